# ruff: noqa: E501
"""Invented news articles for the engine's tests: realistic prose, made-up people and outlets."""

HARBOUR = """Mayor pledges 'new deal' for Harbourton docks

Harbourton Mayor Elena Vasquez-Reed said on Monday that the city would "stand behind every dock worker" after the closure of the Fenwick shipyard, the Harbour Post reported.

"We are not going to let this town lose its heart," Vasquez-Reed told reporters outside City Hall. "Not this year, not ever."

The mayor, a former union organiser, described the closure as "a betrayal of forty years of loyalty." She stressed that the council had "no intention of walking away."

Tomasz Wierzbicki, a lecturer at the University of Calder, told Coastline Radio that the plan was "ambitious" but "badly timed." "It should have come five years ago," he added.

Fenwick Holdings dismissed the criticism, saying "the decision was purely commercial." According to Reuters, the company's chief executive, Daniel Ormsby, stated, "We regret the impact on our staff."

As Vasquez-Reed put it at the rally, "This is our shipyard, our history."
"""

FAMILY = """Two Ohara sisters spoke at the festival.

Festival director Mika Ohara said the crowd had been "the biggest in a decade." Her sister, Rin Ohara, a painter, said she was "overwhelmed by the response."

Ohara added that tickets would go on sale in May.
"""

CHAIN = """Northland Times reported that the Dalmar News Agency quoted General Arvo Kask as saying the border would "remain closed until further notice."

Kask said troops were "ready for any scenario," state media DNA reported.
"""

MULTI = """Council leader Priya Natarajan gave a long speech on Tuesday.

"We have listened to every resident who wrote to us.

"We have read every letter, and we have answered every call.

"And we will keep doing so," Natarajan said.
"""

NEGATIVE_APOSTROPHES = """The '90s were kind to Harbourton's fishermen. They didn't expect the boom, and the town's mayor won't say why it ended. Rock 'n' roll played in the pubs.
The players' union met on Friday.
"""

NEGATIVE_TITLE = """Critics loved the film "The Quiet Harbour" at this year's festival. The novel "Salt and Iron" was also adapted.
"""

NO_QUOTES = """Ferries between Harbourton and Calder will run on a reduced timetable this week while the pier is repaired. The work is expected to finish on Friday.
"""

GUILLEMETS = """Le ministre Jean Mercier a déclaré : « Nous allons reconstruire le port. »
Die Sprecherin sagte: „Wir sind bereit.“ Analysts said the mood was 「cautious」 overall.
"""

UNBALANCED = """Chairman Oskar Lind said the vote was "rigged, and then left the room.
The session resumed an hour later.
"The result stands," said Councillor Beatrix Hale.
"""

CURLY_POSSESSIVE = """Premier Andile Mokoena’s office said the budget would be “fully funded.” Mokoena’s deputy, Sipho Dube, called it “a plan for growth,” according to the Cape Ledger.
"""

TITLE_CASE_SUMMIT = """Premier Oda Linnark And Chancellor Ravi Mendel Sign Fishing Pact In Port Vell

The leaders of the two coastal states met for three hours on Tuesday and agreed to share the northern fishing grounds.

Linnark said the pact was "a fair catch for both coasts."

Mendel responded by pledging new patrol boats. "We counted every boat twice," he told reporters.
"""

TITLE_CASE_SAYS = """Coach Ilse Varn Says Squad Is 'Ready For Anything' Before Final

Varn said on Friday that her players were "ready for anything" after a week of training in the hills.
"""

LOWER_CASE_AND = """Two firms answered the regulator on Thursday.

Hollis and Crane Ltd said the fine was "out of all proportion." Mara Hollis and Piet Crane, its founders, declined to comment further.

Crane later said the appeal would be "filed within the week."
"""

PROSE_CAPITAL_CONNECTORS = """The press freedom group Reporters Without Borders said the arrests sent "a chilling signal to every newsroom."
"""
