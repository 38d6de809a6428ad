"""General attribution rules the seed articles exposed, each on its own invented article.

Every name and outlet here is made up; the assertions pin exact speakers and relay chains.
"""

from __future__ import annotations

from service.attribution import ArticleMeta, Quote, extract


def table(text: str) -> list[tuple[str, str | None, list[str]]]:
    quotes: list[Quote] = extract(text, ArticleMeta(outlet=None))
    return [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes]


POSSESSIVE_PLACE = """Tarnwick ferry service resumes

Marta Ivel, who runs the harbour office, said the first crossing left at dawn. "We were ready," she said.

She would not say whether her cousin, Tarnwick's harbourmaster, had asked. "The sea decides," she said.

Ostreland's chancellor, Rurik Velde, thanked the crews on Monday. "They kept the island alive," he said.
"""


def test_possessive_place_is_no_speaker_and_leading_pronoun_keeps_the_person_before() -> None:
    assert table(POSSESSIVE_PLACE) == [
        ("We were ready,", "Marta Ivel", []),
        ("The sea decides,", "Marta Ivel", []),
        ("They kept the island alive,", "Rurik Velde", []),
    ]


UNKNOWN_OUTLETS = """Grain convoy reaches Pellmark

The Fenwick Gazette reported on Tuesday that Osric Press Agency quoted Governor Hanne Lyst as saying the \
province would "carry every sack by hand if it must."

The governor described the convoy as "a lifeline," the agency reported.

Her rival, Tomas Brevik, told the Gazette that the plan was "a photo opportunity."

Lyst repeated the pledge on air, telling Kestrel Radio that the province "will not be starved."
"""


def test_unknown_outlets_relay_by_their_frames_heads_and_back_references() -> None:
    assert table(UNKNOWN_OUTLETS) == [
        # the title as the article writes it, capital "The" included, for the full name and the
        # back-reference alike
        ("carry every sack by hand if it must.", "Hanne Lyst", ["Osric Press Agency", "The Fenwick Gazette"]),
        ("a lifeline,", "Hanne Lyst", ["Osric Press Agency"]),
        ("a photo opportunity.", "Tomas Brevik", ["The Fenwick Gazette"]),
        ("will not be starved.", "Hanne Lyst", ["Kestrel Radio"]),
    ]


ROLES = """Dunhallow bridge opens

Ana Roth, who has been mayor of Dunhallow since 2020, cut the ribbon on Saturday.

The ceremony drew Pieter Vance, a local builder. "We finally have a road," the mayor said.

Lena Osk has never liked sharing a stage with Piet Jorn. The premier accused Jorn of "dragging his feet."
"""


def test_role_nouns_resolve_to_the_person_holding_the_role() -> None:
    assert table(ROLES) == [
        ("We finally have a road,", "Ana Roth", []),
        ("dragging his feet.", "Lena Osk", []),
    ]


HEADLINE = """'Open water': Sela Norrin warns fishing fleet over quotas

Sela Norrin, the fisheries minister, met skippers in Brackhaven on Monday and said the quota would hold.
"""


def test_headline_opening_on_a_quote_and_colon_goes_to_the_person_it_names() -> None:
    assert table(HEADLINE) == [("Open water", "Sela Norrin", [])]


RELAY_FRAMES = """Ferry fares rise again

"Fares follow fuel, and fuel has doubled," harbour chief Odile Marsk told the Tidewater Echo newspaper.

Speaking to the Fennick Clarion, Marsk said the rise would "hold until spring at least."

In an interview with Radio Solmark, deputy Arvo Lindqvist called the timing "unfortunate but unavoidable."
"""


def test_relays_named_by_speaking_to_an_outlet_noun_or_a_broadcaster_name() -> None:
    assert table(RELAY_FRAMES) == [
        ("Fares follow fuel, and fuel has doubled,", "Odile Marsk", ["Tidewater Echo"]),
        ("hold until spring at least.", "Odile Marsk", ["Fennick Clarion"]),
        ("unfortunate but unavoidable.", "Arvo Lindqvist", ["Radio Solmark"]),
    ]


SUBJECTS = """Cannery closure divides Port Ellery

Jonna Vey, who has run the cannery since 2011, said the owners had "given up on the town."

The Ellery Fishing Association objected. "This decision was taken without us," the association said.

The fine, which Vey called "pocket change for them", was paid on Friday.

Town councillor Brede Salo, who sits on the harbour board, asked how the jobs would be replaced.

"Nobody has a plan for the three hundred families," he said.

The film called "Silver Tide" opened the festival.
"""


def test_asides_org_descriptions_verdicts_and_newly_introduced_speakers() -> None:
    assert table(SUBJECTS) == [
        ("given up on the town.", "Jonna Vey", []),
        ("This decision was taken without us,", "Ellery Fishing Association", []),
        ("pocket change for them", "Jonna Vey", []),
        ("Nobody has a plan for the three hundred families,", "Brede Salo", []),
    ]


REPORTED = """Grain corridor reopens

Ankara said on Monday that it welcomed "the return of common sense" to the talks.

The envoy told the Orvane Press Service agency that ships would sail "by the end of the week."

The union's lawyer, Ines Kollberg, objected.

"Nobody asked the crews," she said.
"""


def test_reported_pronoun_outlet_before_its_noun_and_possessive_titles() -> None:
    rows = table(REPORTED)
    assert rows[0] == ("the return of common sense", "Ankara", [])
    assert rows[1][0] == "by the end of the week." and rows[1][2] == ["Orvane Press Service"]
    assert rows[2] == ("Nobody asked the crews,", "Ines Kollberg", [])


QUOTED_HIM = """Port tariffs frozen

Trade Minister Selma Árnadóttir backed the freeze, according to a ministry release.
The release quoted her as saying the port was "open for business again."
"""


def test_quoted_him_as_saying_takes_the_pronouns_person() -> None:
    assert table(QUOTED_HIM) == [("open for business again.", "Selma Árnadóttir", [])]


PLAIN_FOLK = """Market day in Orvel

"Bread costs double what it did," said baker Anil Mehta.

The president flew to Ohio aboard Air Force One. "We are here to help," he told reporters.

Coach Mia Jordan was furious. "We deserved more," Jordan said.
"""


def test_unlisted_occupations_described_subjects_and_surnames_that_are_places() -> None:
    assert table(PLAIN_FOLK) == [
        ("Bread costs double what it did,", "Anil Mehta", []),
        ("We are here to help,", "president", []),
        ("We deserved more,", "Mia Jordan", []),
    ]


FEATURE = """Profile: the keeper of the lighthouse

Ingrid Solvik has kept the Varholm light for thirty years.

"People imagine it is lonely. It is not. The sea is company enough," she said.

"The first winter I nearly left. The storms went on for weeks.

"Then one morning it was calm, and I knew I would stay."

Asked about the automation plans, Solvik was blunt. "A machine will not row out to a wreck."
"""

RELAYED_AGENCY = """Border shots

The state news agency Kestan quoted a border spokesman as saying the guards would "answer every provocation."

Premier Jan Orvik told his cabinet that the country would "not be baited," the Ostwire agency said.
"""


def test_unattributed_multi_paragraph_quote_and_a_reply_after_a_sentence_about_the_speaker() -> None:
    speakers = {text[:20]: who for text, who, _ in table(FEATURE)}
    assert set(speakers.values()) == {"Ingrid Solvik"} and len(speakers) == 4


def test_quoted_an_indefinite_official_and_an_outlet_that_reports_a_named_cue() -> None:
    assert table(RELAYED_AGENCY) == [
        ("answer every provocation.", "border spokesman", ["Kestan"]),
        ("not be baited,", "Jan Orvik", ["Ostwire"]),
    ]


COLON = """Vinyl sales climb

Record shop owner Tova Lindgren was not surprised: "Young people want something they can hold."

"""


def test_quote_after_a_colon_belongs_to_the_clause_before_it() -> None:
    assert table(COLON) == [("Young people want something they can hold.", "Tova Lindgren", [])]


BUSINESS_VOICES = """Ferry operator halts sailings

Tarnby Ferries cancelled all crossings on Monday after a fire in an engine room.

"No passenger was ever in danger," the operator said in a statement.

A deckhand on the vessel, speaking anonymously, said the alarm "sounded for ten minutes."

Finance Minister Oskar Hale said the state would not step in.

Captain Vera Holm told BBC Radio Tarnby: "We want our ships back."
"""


def test_company_nouns_phrase_heads_regional_outlets_and_titled_ministers() -> None:
    assert table(BUSINESS_VOICES) == [
        ("No passenger was ever in danger,", "Tarnby Ferries", []),
        ("sounded for ten minutes.", "deckhand", []),
        ("We want our ships back.", "Vera Holm", ["BBC Radio Tarnby"]),
    ]


DIPLOMACY = """Strait standoff

Vestria on Monday called on both navies to "step back from the line."

The Polish coast guard objected. Its spokesman, Captain Ivo Marek, wrote online: "We were in our own waters."

President Lena Brandt, in remarks broadcast by state-run OTV, said her country would "hold its course."

In an interview with state television channel Vestria 24, Premier Aldo Mirr said the talks were "not dead."

The agency Nordpress quoted an unnamed military source as saying the fleet would "stay in port."
"""


def test_time_phrases_demonyms_agents_named_channels_and_unnamed_sources() -> None:
    assert table(DIPLOMACY) == [
        ("step back from the line.", "Vestria", []),
        ("We were in our own waters.", "Ivo Marek", []),
        ("hold its course.", "Lena Brandt", ["OTV"]),
        ("not dead.", "Aldo Mirr", ["Vestria 24"]),
        ("stay in port.", "an unnamed military source", ["Nordpress"]),
    ]


TWO_VOICES = """Budget row

Mayor Annika Quill promised new roads. "We will do it," Quill said.

Council member Ruben Adeyemi, who chairs the budget committee, spoke next.

"There is no money for this," she said. "None at all," he replied.
"""


def test_a_pronoun_never_goes_to_someone_whose_first_name_says_otherwise() -> None:
    assert [who for _, who, _ in table(TWO_VOICES)] == ["Annika Quill", "Annika Quill", "Ruben Adeyemi"]


DATELINED = """Harbour cranes fall silent

PORT ELLIS, June 3 (Coastline) - "We have waited long enough," said union steward Mara Quist.

In the Old Quay district, Hendrik Vos watched the pickets. "I have never seen it this quiet," he said.
"""


def test_a_dateline_is_nobody_and_a_paragraphs_setting_is_not_its_subject() -> None:
    assert table(DATELINED) == [
        ("We have waited long enough,", "Mara Quist", []),
        ("I have never seen it this quiet,", "Hendrik Vos", []),
    ]


FERRY = """The last ferryman

Every morning Tobias Lind takes the boat from Kessel Point to the island.

Lind, 70, is a quiet man who rarely talks about himself.

"My father ran this boat before me. He taught me everything.

"I will miss it the way you miss your own hands."

His wife, June Lind, laughed. "He says he is retiring," she said. "I will believe it when I see it."

Reuters reported that Tidewire quoted Ona Berg, a county inspector, as saying the hull was "beyond repair."

Critics dismissed Kenyan claims about the hull as "pure theatre," he added.
"""


def test_introduced_speakers_month_first_names_appositives_in_quoted_as_and_demonym_adjectives() -> None:
    rows = table(FERRY)
    assert [who for _, who, _ in rows[:4]] == ["Tobias Lind"] * 2 + ["June Lind"] * 2
    assert rows[4][:2] == ("beyond repair.", "Ona Berg") and rows[4][2][0] == "Tidewire"
    assert rows[5][1] != "Kenyan"


CLINIC = """Walking study

The Centre for Sleep Research, which funded the work, said the results were "striking." According to the centre, few adults walk after meals.

One volunteer, a 58-year-old baker from Lund, said the habit had "changed everything." "I sleep better now," he said.

The award went to Rosa Imre for her role as the sister, Kata. Speaking to Film Weekly, the 31-year-old said she was "still shaking."

Imre's team is planning a sequel. "We start in May," she said.
"""


def test_for_in_body_names_ages_as_descriptions_describing_participants_and_owners() -> None:
    rows = table(CLINIC)
    assert rows[0][1] == "Centre for Sleep Research"
    assert [who for _, who, _ in rows[1:3]] == ["volunteer", "volunteer"]
    assert rows[3][:2] == ("still shaking.", "Rosa Imre") and rows[3][2] == ["Film Weekly"]
    assert rows[4][1] == "Rosa Imre"


VERDICTS = """Festival notes

Jury head Sven Alm, the Danish editor, called the film "a slow fire."

Tova Rehn, who calls herself an "accidental" director, thanked her cast.

The scheme, which the Riverside Cyclists Union has called "long overdue", starts in May.

Maro Ilic, who founded the studio in 2009, has often described security as "job one" for the firm.
"""


def test_verdicts_with_objects_asides_auxiliaries_and_described_as() -> None:
    assert [(t, who) for t, who, _ in table(VERDICTS)] == [
        ("a slow fire.", "Sven Alm"),
        ("accidental", "Tova Rehn"),
        ("long overdue", "Riverside Cyclists Union"),
        ("job one", "Maro Ilic"),
    ]


NEIGHBOURS = """Flood night

In the Old Mill district, Dora Finch waded to her door. "It all went," she said. Her neighbour, a retired welder, said the water rose "like a bath filling."

One shop owner in Kettering wrote on Reddit that the alerts came "far too late."

"I play what the room needs," the pianist told Groove Monthly in 2001.
"""


def test_possessive_newcomers_heads_before_a_town_and_monthly_magazines() -> None:
    rows = table(NEIGHBOURS)
    assert [who for _, who, _ in rows[:3]] == ["Dora Finch", "neighbour", "owner"]
    assert rows[3][2] == ["Groove Monthly"]


BODIES = """Launch

Vestria said its neighbour had fired a rocket.

The Border Watch Command said the rocket fell short. "Our units are on alert," it said.

The agency Ostwire carried a note from the navy ministry, which said the test was "routine."

Speaking on Radio Kestan's morning show, Mayor Ilse Brun said the town was "calm."
"""


def test_it_takes_the_body_the_paragraph_opens_on_relative_which_and_speaking_on() -> None:
    rows = table(BODIES)
    assert rows[0][:2] == ("Our units are on alert,", "Border Watch Command")
    assert rows[1][:2] == ("routine.", "ministry")
    assert rows[2][:2] == ("calm.", "Ilse Brun") and rows[2][2][0].startswith("Radio Kestan")


VILLAGE = """Wind farm row

Residents of Alto Verde filled the hall. "They will ruin the view," says Lucia Moreno, who runs the inn.

Analysts split: Ken Oda at Pine Research called it "a fair bet."
"""


def test_present_tense_inversion_connectors_after_stop_words_and_person_before_employer() -> None:
    assert [(t, who) for t, who, _ in table(VILLAGE)] == [
        ("They will ruin the view,", "Lucia Moreno"),
        ("a fair bet.", "Ken Oda"),
    ]


TITLED_OF = """Lab notes

The study, led by Dr. Ana Kross of the Baltic Marine Institute, appeared on Tuesday.

"The reef is recovering," Kross said.
"""


def test_a_titled_person_of_an_institute_keeps_her_own_name() -> None:
    assert table(TITLED_OF) == [("The reef is recovering,", "Ana Kross", [])]


ISSUED = """Call between leaders

Premier Oda's office said in a statement that the leaders spoke for an hour. Oda "stressed the need for calm," the statement said.

The Tidewire news agency quoted a senior diplomat as saying talks would "resume in spring."
"""


def test_the_statement_speaks_for_its_issuer_and_an_outlet_before_its_noun_quotes() -> None:
    rows = table(ISSUED)
    assert rows[0][0] == "stressed the need for calm," and rows[0][1].endswith("Oda's office")
    assert rows[1][1:] == ("a senior diplomat", ["Tidewire"])


AGES = """Promotion day

Port Vale Rovers went up on Saturday. "I just hit it," Ade Bello, 22, said afterwards.
"""


def test_an_age_between_name_and_cue_is_an_aside() -> None:
    assert table(AGES) == [("I just hit it,", "Ade Bello", [])]


REPORTED_ONLY = """Drills

Vestrian leader Oren Valk has told his navy to prepare a "firm" answer to the drills, state media reported.
"""


def test_a_quote_whose_only_cue_is_an_outlet_reporting_belongs_to_the_sentence_subject() -> None:
    assert table(REPORTED_ONLY) == [("firm", "Oren Valk", ["state media"])]


EMPLOYER_AFTER_OF = """Reef survey

"We counted half the corals of last year," biologist Tove Lindqvist of the national marine institute Havlab told reporters.
"""


def test_a_person_before_of_and_lower_case_words_speaks_not_the_employer_after_them() -> None:
    assert table(EMPLOYER_AFTER_OF) == [("We counted half the corals of last year,", "Tove Lindqvist", [])]


COUNTRY_BODY = """Flood relief

The Malawi Red Crescent said boats had reached the last villages. The aid group called the damage "worse than 2019."
"""


def test_a_long_name_opening_on_a_country_is_a_body_that_group_refers_back_to() -> None:
    assert table(COUNTRY_BODY) == [("worse than 2019.", "Malawi Red Crescent", [])]


ACRONYM = """Loan talks

Talks with the Pan-Oceanic Development Bank resumed on Monday. In its last report, the PODB said reforms were "behind schedule."
"""


def test_an_acronym_resolves_to_the_body_named_in_full_before() -> None:
    assert table(ACRONYM) == [("behind schedule.", "Pan-Oceanic Development Bank", [])]


LEAD_IN_RELAY = """Carmaker rethinks

In an interview with Sky News on Monday, Ilse Varga said the group would slow its expansion. "Growth is not a goal," she said.

Speaking on BBC Radio 4 on Tuesday, Tom Reyes defended the plan. "We will not cut jobs," he said.
"""


def test_a_relay_in_the_quote_free_sentence_before_carries_to_the_same_speakers_quotes() -> None:
    assert table(LEAD_IN_RELAY) == [
        ("Growth is not a goal,", "Ilse Varga", ["Sky News"]),
        ("We will not cut jobs,", "Tom Reyes", ["BBC Radio 4"]),
    ]


LEAD_IN_OTHER = """Port strike

In an interview with Sky News, Ilse Varga said the strike would end soon.

Union leader Pavel Marek was unmoved. "We stay out," he said.
"""


def test_a_lead_in_relay_of_someone_else_is_not_carried() -> None:
    assert table(LEAD_IN_OTHER) == [("We stay out,", "Pavel Marek", [])]


CLUB_TITLE = """Derby report

Striker Noor Bakri scored twice.

Harriers manager Owen Telford refused to blame the referee. "We were second best," he said.
"""


def test_a_club_and_role_before_a_name_only_qualify_the_person_the_pronoun_means() -> None:
    assert table(CLUB_TITLE) == [("We were second best,", "Owen Telford", [])]


QUOTED_AFTER = """Nuclear talks

"We will answer in kind," IRNA quoted Dariush Kaveh as saying on Monday.
"""


def test_an_outlet_quoting_someone_after_the_quote_is_the_relay_not_the_speaker() -> None:
    assert table(QUOTED_AFTER) == [("We will answer in kind,", "Dariush Kaveh", ["IRNA"])]


SHOT_BACK = """Council clash

Council member Ivo Brandt accused the mayor of secrecy. "Nothing is hidden," Mayor Lena Sato shot back.

A guard was shot on Friday night, police said. "He is stable," a hospital spokesman said.
"""


def test_shot_back_is_a_speech_verb_only_with_back() -> None:
    assert table(SHOT_BACK) == [("Nothing is hidden,", "Lena Sato", []), ("He is stable,", "hospital spokesman", [])]


PARTICIPLE = """Bread price

Valdria will raise the price of bread next month, Supply Minister Omar Castell said on Sunday, calling the current cost "unsustainable."
"""


def test_a_participle_after_the_reporting_clause_belongs_to_its_speaker_not_the_sentence_subject() -> None:
    assert table(PARTICIPLE) == [("unsustainable.", "Omar Castell", [])]


MIDDLE_SURNAME = """Search

"We found shoes," said Rosario Iturbe Lanz, who leads the search collective.

The rights group Fundación Alba said the state had failed.

Iturbe said she had received threats. "They are late," she said.
"""


def test_a_middle_surname_used_alone_resolves_to_the_full_name() -> None:
    assert table(MIDDLE_SURNAME) == [("We found shoes,", "Rosario Iturbe Lanz", []),
                                     ("They are late,", "Rosario Iturbe Lanz", [])]


OPENERS = """Harbour story

Lotte Brams has run the ferry kiosk for twenty years.

Back at the kiosk on Monday, Lotte Brams counted the week's takings. "We will manage," she said.

Reached by telephone, her nephew Jasper Wolde said he was worried. "The rent doubled," he said.

Among those waiting was Ilse Maar, a retired teacher. "I come every day," she said.

Citing a harbour memo, the Noordkust Courant quoted the harbour master, Pim Ravel, as saying the kiosk would "stay open".
"""


def test_a_capitalised_opener_is_no_name_so_the_pronoun_finds_the_person() -> None:
    assert table(OPENERS) == [("We will manage,", "Lotte Brams", []), ("The rent doubled,", "Jasper Wolde", []),
                              ("I come every day,", "Ilse Maar", []),
                              ("stay open", "Pim Ravel", ["Noordkust Courant"])]


SURNAME_OPENS = """Match report

Manning scored twice for the visitors. "It was a good day," Tom Manning said afterwards.

Manning said the pitch was heavy. "We adapted," he said.
"""


def test_a_surname_ending_in_ing_that_opens_a_sentence_is_still_a_name() -> None:
    assert table(SURNAME_OPENS) == [("It was a good day,", "Tom Manning", []), ("We adapted,", "Tom Manning", [])]


QUOTED_APPOSITION = """Port

Reuters quoted the harbour master, Pim Ravel, as saying the kiosk would "stay shut".

"It stays," the Noordkust Courant quoted the port director, Saskia Veld, as saying.

Kyodo News quoted an official at the Fisheries Agency, Goro Ueda, as saying the review would take "several months."
"""


def test_quoted_description_then_name_in_apposition_as_saying_gives_the_name() -> None:
    assert table(QUOTED_APPOSITION) == [("stay shut", "Pim Ravel", ["Reuters"]),
                                        ("It stays,", "Saskia Veld", ["Noordkust Courant"]),
                                        ("several months.", "Goro Ueda", ["Kyodo News"])]


SIDE_TITLE = """Budget day

Opposition housing spokeswoman Ada Roy wasted no time. "Not one new home," she wrote on X.
"""


def test_a_party_before_lower_case_modifiers_and_a_role_is_part_of_the_title() -> None:
    assert table(SIDE_TITLE) == [("Not one new home,", "Ada Roy", ["X"])]


OBJECT_OF_PREPOSITION = """Camp

At a camp on the outskirts of Varnetz, Lea Doss, 34, said she had walked for two days. "I left everything," she said.
"""


def test_a_name_after_of_is_a_setting_not_the_paragraphs_subject() -> None:
    assert table(OBJECT_OF_PREPOSITION) == [("I left everything,", "Lea Doss", [])]


DESCRIPTION_APPOSITION = """Mayors

The minister delegate for local towns, Odile Marchand, reacted on Tuesday. "When a mayor is hit, we are all hit," she said.
"""


def test_the_name_in_apposition_to_a_description_opening_the_paragraph_is_its_subject() -> None:
    assert table(DESCRIPTION_APPOSITION) == [("When a mayor is hit, we are all hit,", "Odile Marchand", [])]


CULTURE_RELAYS = """Comeback

"I had a whole plan," the actor Nell Varga told Variety in an interview. Her director, Tomas Brandl, told The Hollywood Reporter the film was "smaller and colder" than the book.

Andre Lupu, the party's leader, said the vote was "a turning point", according to Lusa.
"""


def test_entertainment_outlets_and_national_agencies_are_relays() -> None:
    assert table(CULTURE_RELAYS) == [("I had a whole plan,", "Nell Varga", ["Variety"]),
                                     ("smaller and colder", "Tomas Brandl", ["The Hollywood Reporter"]),
                                     ("a turning point", "Andre Lupu", ["Lusa"])]


SURNAME_NOT_OUTLET = """Holyrood

Finance Secretary Kate Forbes defended the budget. "It is fair," Forbes said.

Senator Ann Hill disagreed. "It is not," Hill said.
"""


def test_surnames_that_are_also_outlet_words_stay_people() -> None:
    assert table(SURNAME_NOT_OUTLET) == [("It is fair,", "Kate Forbes", []), ("It is not,", "Ann Hill", [])]


CALL_SIGNS = """School board

Mona Reyes, a teacher, said the board was "trusting the process," WEWS-TV reported.

Jon Pratt told KBJR 6 the new lock was "better than a padlock."
"""


def test_a_broadcasters_call_sign_is_an_outlet() -> None:
    assert table(CALL_SIGNS) == [("trusting the process,", "Mona Reyes", ["WEWS-TV"]),
                                 ("better than a padlock.", "Jon Pratt", ["KBJR 6"])]


INTRODUCED_VIA = """Results

Okon Bale, who became chief executive last year, told Reuters in an interview that he would not sell the shoe unit.

"People keep asking me that," he said.

Mara Lund runs the depot.

"We are fine," she said.
"""


def test_the_outlet_of_a_quote_free_introducing_paragraph_carries_to_the_next_paragraphs_quote() -> None:
    assert table(INTRODUCED_VIA) == [("People keep asking me that,", "Okon Bale", ["Reuters"]),
                                     ("We are fine,", "Mara Lund", [])]


FIRST_REPORTED = """Flood remarks

As the Guardian first reported on Saturday, Helena Marsh, the housing minister, told donors that some residents had "chosen to live in a bathtub".

A co-author, Luis Fontaine, said counting was hard. "They hide," he told New Scientist.
"""


def test_as_an_outlet_first_reported_and_told_a_science_magazine_are_relays() -> None:
    assert table(FIRST_REPORTED) == [("chosen to live in a bathtub", "Helena Marsh", ["Guardian"]),
                                     ("They hide,", "Luis Fontaine", ["New Scientist"])]


SPA_QUOTED_HIM = """Red Sea

Prince Faisal bin Nasser, the foreign minister, spoke in Riyadh. "Shipping must be safe," SPA quoted him as saying.

Yonhap later reported that KCNA had quoted a senior officer of the Korean People's Army General Staff, Col. Gen. Ri Song Gwon, as saying units were on "the highest state of readiness."
"""


def test_quoted_him_as_saying_is_the_pronouns_person_and_a_long_apposition_still_names_the_quoted() -> None:
    assert table(SPA_QUOTED_HIM) == [("Shipping must be safe,", "Faisal bin Nasser", ["SPA"]),
                                 ("the highest state of readiness.", "Ri Song Gwon", ["KCNA", "Yonhap"])]


MINISTER_OF = """Lithium

The Minister of Mining, Ignacio Valdez, said the strategy "does not admit more delays".

"Every year we lose, others advance," the minister added, according to EFE.

Ms Bronwyn Lacey runs the pub.

Back at Windorah, Ms Lacey said the hardest part was ahead.

"Once the water is gone, the cameras go too," she said.

Another outside researcher, Hilde Brekke, said she wanted more data. "One estuary is one estuary," she wrote.
"""


def test_an_office_of_something_is_a_description_and_its_holder_is_the_minister_later() -> None:
    assert table(MINISTER_OF) == [("does not admit more delays", "Ignacio Valdez", []),
                                  ("Every year we lose, others advance,", "Ignacio Valdez", ["EFE"]),
                                  ("Once the water is gone, the cameras go too,", "Bronwyn Lacey", []),
                                  ("One estuary is one estuary,", "Hilde Brekke", [])]


CITING_AGENCY = """Gulf task force

Kuwait's official KUNA news agency, citing the Saudi Press Agency, quoted GCC Secretary-General Saleh Al-Mutairi as saying the force would be "open to all partners."

Spokesman Mehdi Rostami told reporters that security "must come from the region," according to the official IRNA news agency.
"""


def test_a_cited_agency_stands_nearer_the_speaker_and_official_only_qualifies_an_outlet() -> None:
    assert table(CITING_AGENCY) == [("open to all partners.", "Saleh Al-Mutairi", ["Saudi Press Agency", "KUNA"]),
                                    ("must come from the region,", "Mehdi Rostami", ["IRNA"])]


FILED_BY = """BUCHAREST, March 12 (Reuters) - The coalition wobbled on Wednesday.

Finance Minister Adrian Cozma told Reuters the government had no fallback plan. "There is no plan B," Cozma said in an interview.

A union leader, Ion Vasile, told AFP the strike was "only the start".
"""


def test_the_agency_a_dateline_names_is_the_publisher_and_no_relay_of_its_own_story() -> None:
    assert table(FILED_BY) == [("There is no plan B,", "Adrian Cozma", []), ("only the start", "Ion Vasile", ["AFP"])]
    chains = [[(link.role, link.entity.name) for link in q.chain] for q in extract(FILED_BY)]
    assert chains[0] == [("speaker", "Adrian Cozma"), ("publisher", "Reuters")]
    assert chains[1] == [("speaker", "Ion Vasile"), ("relay", "AFP"), ("publisher", "Reuters")]
    # the outlet the caller names is its own publisher too: an AFP story's "told AFP" is no relay
    afp = extract(FILED_BY.replace(" (Reuters)", ""), ArticleMeta(outlet="AFP"))
    assert [(link.role, link.entity.name) for link in afp[1].chain] == [("speaker", "Ion Vasile"),
                                                                        ("publisher", "AFP")]


IT_QUOTED = """Talks

The semi-official Tasnim news agency struck a harder tone. It quoted lawmaker Hamid Rezaei, a member of the security committee, as saying that "no deal will pass this parliament."
"""


def test_it_quoted_someone_as_saying_relays_through_the_outlet_the_paragraph_opens_on() -> None:
    assert table(IT_QUOTED) == [("no deal will pass this parliament.", "Hamid Rezaei", ["Tasnim"])]


STATION_AND_WHICH_CITED = """Kivu

Neither claim could be verified. According to Radio Okapi, the UN-backed broadcaster, thousands had fled. The station quoted a local leader, Josue Bahati, as saying the town was "empty except for soldiers."

The Kremlin said the talks were "a step forward," TASS reported. "Any dialogue helps," Kremlin spokesman Yuri Danilin was quoted by the agency as saying.

According to Reuters, which cited Lusa, Moura told aides he wanted a government "before the summer."
"""


def test_the_station_or_the_agency_is_the_outlet_named_last_and_which_cited_stands_nearer() -> None:
    assert table(STATION_AND_WHICH_CITED) == [
        ("empty except for soldiers.", "Josue Bahati", ["Radio Okapi"]),
        ("a step forward,", "Kremlin", ["TASS"]),
        ("Any dialogue helps,", "Yuri Danilin", ["TASS"]),
        ("before the summer.", "Moura", ["Lusa", "Reuters"])]


TITLES_AND_ADJECTIVES = """Coastal bill

Union Home Minister Suresh Bhandari on Monday said the proposed Coastal Security Bill would "strengthen, not weaken" the states.

Speaking to reporters, Mr. Bhandari said, "There is a campaign of misinformation."

"Every state that was consulted has given inputs," the Minister added.

Kerala Fisheries Minister Anil Kumar said his state would "study the draft".

Margaret Shaw, 74, a retired teacher from Harrogate who took part in the study, told BBC News she had napped "for as long as I can remember".

Bank of England Governor Andrew Bailey said rates would "stay high".
"""


def test_a_body_before_a_title_is_part_of_it_and_a_participle_after_the_is_no_cue() -> None:
    assert table(TITLES_AND_ADJECTIVES) == [
        ("strengthen, not weaken", "Suresh Bhandari", []),
        ("There is a campaign of misinformation.", "Suresh Bhandari", []),
        ("Every state that was consulted has given inputs,", "Suresh Bhandari", []),
        ("study the draft", "Anil Kumar", []),
        ("for as long as I can remember", "Margaret Shaw", ["BBC News"]),
        ("stay high", "Andrew Bailey", [])]


SAID_THE_OFFICE_OF = """Salt flat

"We are not against development," said the mayor of San Pedro de Atacama, Carolina Oyarzun Tapia, who led the march.

"We listen," said the governor of the region, Ana Vela.
"""


def test_said_the_office_of_somewhere_then_a_name_in_apposition_is_that_person() -> None:
    assert table(SAID_THE_OFFICE_OF) == [("We are not against development,", "Carolina Oyarzun Tapia", []),
                                         ("We listen,", "Ana Vela", [])]


COINED_NAMES = """Names

Rovers extended their run at what supporters have taken to calling "Fortress Marsh Lane" to 11 matches.

A feature the company calls "Glance" shows notifications. The writer Garrett Lyle argues this in his new book, "Deep Rest", which sold well.

Minister Ana Ruiz called the plan "a grave mistake" on Monday.
"""


def test_a_title_case_name_after_calling_or_a_book_is_no_quote_but_a_verdict_still_is() -> None:
    assert table(COINED_NAMES) == [("a grave mistake", "Ana Ruiz", [])]


TOLD_THE_PAPER = """Prize list

Fellow novelist Tobias Wren told the Bergens Tidende that she was "the most stubborn writer I have met."

Coach Ned Ray told the club's in-house channel, RoversTV, that the squad was "ready".

Prime Minister Ana Vela told the House of Commons the plan was "fully costed".
"""


def test_told_the_capitalised_name_is_a_publication_unless_it_is_a_chamber() -> None:
    assert table(TOLD_THE_PAPER) == [("the most stubborn writer I have met.", "Tobias Wren", ["Bergens Tidende"]),
                                     ("ready", "Ned Ray", ["RoversTV"]),
                                     ("fully costed", "Ana Vela", [])]


SHOW_AS_VERB = """Coalition talks

President Luis Carvalhal said he would begin consultations, and urged the parties to show "a sense of state."

The actor starred in the reality show "Love Island" and in the play "Night Shift" last year.
"""


def test_show_or_play_as_a_verb_does_not_make_the_quote_a_title() -> None:
    assert table(SHOW_AS_VERB) == [("a sense of state.", "Luis Carvalhal", [])]


SHARED_TITLE_AND_KIND = """Floods and fire money

Water and Sanitation Minister Cheikh Faye, who toured the area, promised relief. "The state will not abandon a single family," he said.

Rep. Thomas Beaulieu, a Montana Republican who wrote the House version, said he understood the concerns.

"Every week counts," he said in a phone interview.

Hollis and Crane Ltd said the plan was "sound".
"""


def test_portfolios_joined_by_and_share_the_title_and_a_capitalised_kind_is_no_name() -> None:
    assert table(SHARED_TITLE_AND_KIND) == [
        ("The state will not abandon a single family,", "Cheikh Faye", []),
        ("Every week counts,", "Thomas Beaulieu", []),
        ("sound", "Hollis and Crane Ltd", [])]


AMPERSAND_AND_TITLE_INTRO = """Launch slip

NASA associate administrator for science Renata Voss said engineers had found a crack.

"We could have fixed this on the current schedule. But we only get one chance."

Her editor at Fenwick & Lowe, Marcus Threlfall, says the manuscript arrived unagented. "It was single-spaced," he says.
"""


def test_an_ampersand_joins_a_firm_and_an_agency_before_a_lower_case_title_introduces_the_person() -> None:
    assert table(AMPERSAND_AND_TITLE_INTRO) == [
        ("We could have fixed this on the current schedule. But we only get one chance.", "Renata Voss", []),
        ("It was single-spaced,", "Marcus Threlfall", [])]


SAID_ON_BROADCASTER = """Floods

Minister Cheikh Faye toured the area. "The state will not abandon a single family," he said on public broadcaster RTS.

Mayor Awa Ndiaye was blunt. "Pumps are coming," she said on Monday.
"""


def test_said_on_a_broadcaster_is_a_relay_said_on_a_day_is_not() -> None:
    assert table(SAID_ON_BROADCASTER) == [("The state will not abandon a single family,", "Cheikh Faye", ["RTS"]),
                                          ("Pumps are coming,", "Awa Ndiaye", [])]


NATIONAL_AGENCY = """Odesa

A drone attack set fire to a port warehouse, the head of the regional administration, Yuriy Kravets, told the national news agency Ukrinform. "The enemy is targeting the infrastructure," Kravets said.
"""


def test_told_the_national_news_agency_name_is_that_agency_and_carries_to_the_next_sentence() -> None:
    assert table(NATIONAL_AGENCY) == [("The enemy is targeting the infrastructure,", "Yuriy Kravets", ["Ukrinform"])]


THE_SENATOR = """Fire money

Sen. Dana Whitcombe of Kansas objected. Sen. Ellen Marsh answered her. "We need the money now," Marsh said.

Whitcombe, a former county commissioner, rejected that characterization.

"Nobody in Kansas thinks I am looking for an exit," the senator said.
"""


def test_the_senator_after_a_line_about_one_senator_is_that_one_not_the_last_to_speak() -> None:
    assert table(THE_SENATOR) == [("We need the money now,", "Ellen Marsh", []),
                                  ("Nobody in Kansas thinks I am looking for an exit,", "Dana Whitcombe", [])]


RELAY_VERB_LEAD_IN = """Factory visit

Kim Jong Un made the remarks while inspecting a munitions factory, state media KCNA reported on Monday. "Our army will answer any aggression," Kim was quoted as saying.
"""


def test_a_lead_in_whose_only_verb_is_the_outlets_reported_still_carries_the_outlet() -> None:
    assert table(RELAY_VERB_LEAD_IN) == [("Our army will answer any aggression,", "Kim Jong Un", ["KCNA"])]


IT_AFTER_A_BODY_SPOKE = """Launch

The missile flew 600 km before landing in the sea, South Korea's Joint Chiefs of Staff said in a statement. It called the launch "a clear provocation".
"""


def test_it_after_a_sentence_in_which_a_body_spoke_is_that_body() -> None:
    assert table(IT_AFTER_A_BODY_SPOKE) == [("a clear provocation", "Joint Chiefs of Staff", [])]


STATEMENT_GOES_ON = """Drills condemned

In a statement carried by Varn News Agency, the Ostreland defence ministry said the drills were "reckless." The ministry added that "the response will be firm."

"We will not stand idle," it added.

The Pellmark council told Harbour Radio the plan was "unworkable." It added that "no vote will be held."
"""


def test_a_statements_relay_goes_on_through_its_added_lines_and_the_next_paragraphs_it() -> None:
    assert table(STATEMENT_GOES_ON) == [
        ("reckless.", "Ostreland defence ministry", ["Varn News Agency"]),
        ("the response will be firm.", "Ostreland defence ministry", ["Varn News Agency"]),
        ("We will not stand idle,", "Ostreland defence ministry", ["Varn News Agency"]),
        ("unworkable.", "Pellmark council", ["Harbour Radio"]),
        ("no vote will be held.", "Pellmark council", ["Harbour Radio"]),
    ]


BODIES_AND_SPOKESPEOPLE = """Heater recall

The State Department said it was "watching closely." Tarsel Appliances Corp recalled 4,000 heaters on Monday.

"We are reviewing every unit," a spokesperson told Gadget Wire.

"No one was hurt," a company spokeswoman added later. "The investigation continues," a police spokesman said.
"""


def test_state_bodies_keep_their_name_and_an_unnamed_spokesperson_speaks_for_the_firm_just_named() -> None:
    assert table(BODIES_AND_SPOKESPEOPLE) == [
        ("watching closely.", "State Department", []),
        ("We are reviewing every unit,", "Tarsel Appliances Corp", ["Gadget Wire"]),
        ("No one was hurt,", "Tarsel Appliances Corp", []),
        ("The investigation continues,", "police spokesman", []),
    ]


STATE_AND_PARTY = """Stopgap bill

In an interview with Capitol Wire, Rep. Nora Castell said the measure was "not what anyone wanted." "But it is what we have," the Vermont Democrat said.

Sen. Hollis Brandt was blunt. "No," the Idaho Republican said.
"""


def test_the_state_and_party_of_the_member_just_named_is_that_member_and_keeps_the_interview() -> None:
    assert table(STATE_AND_PARTY) == [
        ("not what anyone wanted.", "Nora Castell", ["Capitol Wire"]),
        ("But it is what we have,", "Nora Castell", ["Capitol Wire"]),
        ("No,", "Hollis Brandt", []),
    ]


TITLES_AND_SHOWS = """Book ban vote

A parent, Dora Vick, asked the board to remove two novels, "The Salt in Winter" and "Every House After the Flood," from the library. Student Ana Roy said "Every House After the Flood" had helped her.

Governor Pell Arden told Vantage's "Morning Ledger Hour" that the ban was "a mistake." Fans still call the team's mascot "the Iron Goose," a name that stuck.
"""


def test_quoted_titles_shows_and_nicknames_in_title_case_are_no_quotes() -> None:
    assert [q for q, _s, _r in table(TITLES_AND_SHOWS)] == ["a mistake."]


NESTED_MARKS = """Shooting on Elm Street

"Then I heard the screaming," Rena Holt said. "A boy was lying there, saying, 'Call my mom, call my mom.'"

"He kept saying, 'Trust me,'" she said.
"""


def test_a_double_mark_right_after_a_single_one_closes_the_outer_quote() -> None:
    assert table(NESTED_MARKS) == [
        ("Then I heard the screaming,", "Rena Holt", []),
        ("A boy was lying there, saying, 'Call my mom, call my mom.'", "Rena Holt", []),
        ("He kept saying, 'Trust me,'", "Rena Holt", []),
    ]


EXCHANGE = """Minister, senator clash over grid money: "Where did it go?"

Sen. Mara Quill pressed the minister. "I have one question," Quill said. "Where did it go?"

"Senator, the money is obligated," Energy Minister Tomas Vell replied.

"Obligated. Not spent."

"Obligated, which comes before spent, yes."

"Two years, Minister."
"""


def test_a_headline_ending_on_its_quotes_question_mark_and_the_turns_of_an_exchange() -> None:
    assert table(EXCHANGE) == [
        ("Where did it go?", "Mara Quill", []),
        ("I have one question,", "Mara Quill", []),
        ("Where did it go?", "Mara Quill", []),
        ("Senator, the money is obligated,", "Tomas Vell", []),
        ("Obligated. Not spent.", "Mara Quill", []),
        ("Obligated, which comes before spent, yes.", "Tomas Vell", []),
        ("Two years, Minister.", "Mara Quill", []),
    ]


PLATFORMS_AND_HOLDERS = """Budget row

ISLAMABAD: Federal Minister for Information and Broadcasting Rana Veer Khalil on Monday said the economy had "turned the corner."

Corbin Dale wrote on X that the senator was "a fraud." Tessa Wynn responded in an Instagram story: "Cute."

"Stay inside," Gov. Ron Pike said during a briefing streamed on Facebook Live.

"We have gotten slower," Ann Cole wrote in the memo, which was viewed by The Wall Street Journal.

In a letter seen by Tom Hale, Ann Cole said it was "late."
"""


def test_colon_datelines_portfolio_titles_x_platform_posts_and_outlets_holding_a_document() -> None:
    assert table(PLATFORMS_AND_HOLDERS) == [
        ("turned the corner.", "Rana Veer Khalil", []),
        ("a fraud.", "Corbin Dale", ["X"]),
        ("Cute.", "Tessa Wynn", ["Instagram"]),
        ("Stay inside,", "Ron Pike", ["Facebook Live"]),
        ("We have gotten slower,", "Ann Cole", ["The Wall Street Journal"]),
        ("late.", "Ann Cole", []),
    ]


MINISTER_OF_STATE = """Budget talks

KESTAD: Federal Minister for Information and Broadcasting Rana Veer Khalil on Monday said the economy had "turned the corner."

Addressing a press conference alongside Minister of State for Finance Sadia Orme, the minister said the talks had been "constructive."

Later, Prime Minister Aslan Berk chaired a meeting on the budget.
"""


def test_the_minister_is_one_described_so_before_and_the_portfolio_title_describes_its_holder() -> None:
    assert table(MINISTER_OF_STATE) == [
        ("turned the corner.", "Rana Veer Khalil", []),
        ("constructive.", "Rana Veer Khalil", []),
    ]


UNNAMED_SOURCES = """Sudan briefing

UNITED NATIONS, 14 May — The siege has reached "a point beyond words," a senior UN relief official told the Security Council on Wednesday.

Unification Ministry spokesperson Han Do-yun said the drills were "a provocation."

A U.S. State Department spokesperson told Harbour Wire that the drills were "defensive in nature."

Briefing the 15-member Council, Ines Morel, Assistant Secretary-General for Humanitarian Affairs, said 600,000 people were trapped.

"I have been doing this work for 25 years.

"I am not exaggerating."
"""


def test_unnamed_sources_keep_all_their_words_and_a_participle_opener_still_introduces_the_speaker() -> None:
    assert table(UNNAMED_SOURCES) == [
        ("a point beyond words,", "a senior UN relief official", []),
        ("a provocation.", "Han Do-yun", []),
        ("defensive in nature.", "U.S. State Department spokesperson", ["Harbour Wire"]),
        ("I have been doing this work for 25 years.", "Ines Morel", []),
        ("I am not exaggerating.", "Ines Morel", []),
    ]


SHOW_INTRO_AND_FOOTER = """Cap fight

OLDSTON — The premier said the cap was "unworkable."

Speaking on Vantage TV's "Market Hour," Devin Sato, a portfolio manager, said he had spoken with the premier.

"She told me she was serious," Sato said.

In an interview with The Canadian Press, Ana Roy said the fight was "about politics."

This report by The Canadian Press was first published Nov. 12, 2024.
"""


def test_a_line_quoting_only_a_show_introduces_its_relay_and_a_wire_footer_names_the_publisher() -> None:
    rows = table(SHOW_INTRO_AND_FOOTER)
    assert rows[1] == ("She told me she was serious,", "Devin Sato", ["Vantage TV"])
    assert rows[2] == ("about politics.", "Ana Roy", [])


BYLINE_AND_PARTICLES = """VAT row

Jabu Khoza, News24

But DA chairperson Karin van der Merwe hit back, telling News24 that the ANC had "run out of ideas."

Commission President Ursula von der Leyen said the deal was "historic." "It is done," von der Leyen added.
"""


def test_a_byline_names_the_publisher_and_two_particles_stay_inside_a_name() -> None:
    assert table(BYLINE_AND_PARTICLES) == [
        ("run out of ideas.", "Karin van der Merwe", []),
        ("historic.", "Ursula von der Leyen", []),
        ("It is done,", "Ursula von der Leyen", []),
    ]


CLOSING_PERSON_AND_STATEMENT = """Commons clash

Starmer said he would "happily meet" the landlord. It was then that the Speaker, Sir Geoffrey Marlow, rose.

"Order! Order! I want to hear the answer," he said.

County District Attorney Greta Vance said in a statement that her office would seek a trial.

"Two families lost someone they loved," the statement said.

Ambassador Eleanor Hartley said the Council could "no longer hide." She called for a ceasefire around El Fasher.

"The parties know what they are doing," she said.
"""


def test_he_after_a_line_bringing_in_one_person_is_that_person_and_the_statement_is_its_issuers() -> None:
    assert table(CLOSING_PERSON_AND_STATEMENT) == [
        ("happily meet", "Starmer", []),
        ("Order! Order! I want to hear the answer,", "Geoffrey Marlow", []),
        ("Two families lost someone they loved,", "Greta Vance", []),
        ("no longer hide.", "Eleanor Hartley", []),
        ("The parties know what they are doing,", "Eleanor Hartley", []),
    ]


AFTER_A_TITLE_AND_AN_OUTLET = """Library vote

Several students spoke. Priya Nandi, the student representative, said "Every Summer After the Fire" had helped her.

"It's not a comfortable book," she said.

In an email to The Westbrook Courier on Wednesday, Angela Fairfax said the district would post a recording. "Everyone deserves to hear every side," she wrote.
"""


def test_a_title_is_no_quote_for_pronoun_reading_and_an_outlet_opening_a_sentence_is_no_subject() -> None:
    assert table(AFTER_A_TITLE_AND_AN_OUTLET) == [
        ("It's not a comfortable book,", "Priya Nandi", []),
        ("Everyone deserves to hear every side,", "Angela Fairfax", ["The Westbrook Courier"]),
    ]


OUTLET_PIECES = """Album notes

Lena Harrow said in a recent Harbour Radio documentary that the sessions were "hard."
"""


def test_an_outlets_own_piece_relays_its_words() -> None:
    assert table(OUTLET_PIECES) == [("hard.", "Lena Harrow", ["Harbour Radio"])]


ARABIC_ARTICLE_NAMES = """Truce talks

Foreign Ministry spokesperson Khalid al-Mansouri told a briefing that mediators were "working around the clock."

"We are closer," al-Mansouri said.
"""


def test_names_with_a_lower_case_al_are_names() -> None:
    assert table(ARABIC_ARTICLE_NAMES) == [("working around the clock.", "Khalid al-Mansouri", []),
                                           ("We are closer,", "Khalid al-Mansouri", [])]


NATIONALITIES_AND_OPENERS = """Centre Court

Ellie Whitcombe beat Katarina Novak on Saturday. Her father, Martin Whitcombe, watched. "I was a wreck," he said.

The match turned late. Katarina Novak had two match points before Ellie Whitcombe saved both.

The Briton, who only entered the draw when Olga Petrenko withdrew, served for the match at 5-4.

"At 5-5 I looked up at the box and my dad just breathed," she said.

Novak, the Croatian who reached the semi-finals two years ago, was gracious. Asked about her opponent, she shook her head. "She played unbelievable," the 27-year-old said.
"""


def test_the_briton_is_the_person_before_and_a_surname_opening_the_paragraph_is_its_subject() -> None:
    assert table(NATIONALITIES_AND_OPENERS) == [
        ("I was a wreck,", "Martin Whitcombe", []),
        ("At 5-5 I looked up at the box and my dad just breathed,", "Ellie Whitcombe", []),
        ("She played unbelievable,", "Katarina Novak", []),
    ]


INQUEST = """Inquest

Giving evidence, the council's head of highways, Paul Renshaw, apologised. "We got this wrong," he said.

In a statement read to the court, Mr Price's mother, Joanne Price, described her son as "the funniest person in any room."

Outside court, Callum's father, Gareth Price, read a statement on behalf of the family.

"Callum was our only son.

"We hope no other family has to sit where we sat."
"""


def test_an_opening_participle_phrase_is_no_name_and_a_relative_in_apposition_speaks() -> None:
    assert table(INQUEST) == [
        ("We got this wrong,", "Paul Renshaw", []),
        ("the funniest person in any room.", "Joanne Price", []),
        ("Callum was our only son.", "Gareth Price", []),
        ("We hope no other family has to sit where we sat.", "Gareth Price", []),
    ]


INTERVIEWS_GO_ON = """Obituary

"I write about people," Ruth Sloane told The Paris Review in 1987.

In the same interview, she described her method as "mostly waiting."

Lionel Hargreaves, reviewing it in The New York Times Book Review, called it "a novel of terrible patience."

Senator Emilio Barragan told EFE that the cuts would make it "physically impossible."

"You cannot organise it," he said, according to the Spanish news agency EFE.

"Fine," Ana Ruiz said, according to Spanish news agency EFE.
"""


def test_the_same_interview_writing_in_an_outlet_and_a_told_relay_into_the_next_he_said() -> None:
    assert table(INTERVIEWS_GO_ON) == [
        ("I write about people,", "Ruth Sloane", ["The Paris Review"]),
        ("mostly waiting.", "Ruth Sloane", ["The Paris Review"]),
        # (its capital "The" is the title's)
        ("a novel of terrible patience.", "Lionel Hargreaves", ["The New York Times Book Review"]),
        ("physically impossible.", "Emilio Barragan", ["EFE"]),
        ("You cannot organise it,", "Emilio Barragan", ["EFE"]),
        ("Fine,", "Ana Ruiz", ["EFE"]),
    ]


BYLINE_PERSON_AND_JUSTICES = """Chipmaker shares slide

By Lena Pike

Northwind Corp shares fell 11% after its chief executive warned of an "air pocket" in orders.

"We are seeing customers digest capacity," Chief Executive Dana Whitlock said on a call.

Justice Harold Wynne asked about the warrant. Justice Eleanor Marsh was unconvinced.

Farouk said the precedents allowed warrants "tailored to the crime." Marsh pressed her. "Tailored," the justice said.
"""


def test_a_byline_writer_never_speaks_and_the_justice_is_the_one_the_paragraph_named() -> None:
    assert table(BYLINE_PERSON_AND_JUSTICES) == [
        ("air pocket", "Dana Whitlock", []),
        ("We are seeing customers digest capacity,", "Dana Whitlock", []),
        ("tailored to the crime.", "Farouk", []),
        ("Tailored,", "Eleanor Marsh", []),
    ]


ACRONYM_AND_SONG = """Reform

The reform would shrink the National Electoral Institute (INE) sharply.

The INE said the cuts posed "serious operational risks."

The crowd, which sang "Sweet Caroline" at 4-4, was loud, Ana Ruiz said. "It was fun," she said.
"""


def test_an_acronym_the_article_defines_is_the_full_name_and_a_song_sung_is_no_quote() -> None:
    assert table(ACRONYM_AND_SONG) == [("serious operational risks.", "National Electoral Institute", []),
                                       ("It was fun,", "Ana Ruiz", [])]


SOURCES_FAMILIAR = """Talks

A European diplomat familiar with the talks said the atmosphere had been „businesslike, not warm“.

Two people with knowledge of the plan said it was "dead."

"Rocks like these are why," Ferreira wrote on X.
"""


def test_sources_familiar_with_a_matter_are_the_speakers_and_x_ends_a_sentence() -> None:
    assert table(SOURCES_FAMILIAR) == [
        ("businesslike, not warm", "a European diplomat", []),
        ("dead.", "people with knowledge of the plan", []),
        ("Rocks like these are why,", "Ferreira", ["X"]),
    ]


AGENCY_WITH_AN_ASIDE = """Talks

The Tasnim news agency, which is close to the Revolutionary Guards, quoted an informed source as saying the plan was „unrealistic“.
"""


def test_an_agency_quoting_after_a_relative_clause_still_relays() -> None:
    assert table(AGENCY_WITH_AN_ASIDE) == [("unrealistic", "an informed source", ["Tasnim"])]


SUNDAY_SHOWS = """Tariff talk

Sen. Luis Alba went further. In an interview on "Fox Weekend Report," he called the tariffs "a sales tax."

Ana Ruiz appeared on two networks. On CBS's "Face the Nation," she said talks were "closer than people think."

"I am not going to stand here," Greg Hale told NBC's "Meet the Press."

Pressed by moderator Allison Kerr, Hale said the figure was "built on assumptions."
"""


def test_programmes_relay_and_a_told_interview_goes_on_into_the_next_paragraph() -> None:
    assert table(SUNDAY_SHOWS) == [
        ("a sales tax.", "Luis Alba", ["Fox Weekend Report"]),
        ("closer than people think.", "Ana Ruiz", ["CBS"]),
        ("I am not going to stand here,", "Greg Hale", ["NBC"]),
        ("built on assumptions.", "Greg Hale", ["NBC"]),
    ]


HIS_OFFICIAL_SPOKESPERSON = """Lobby

The Treasury spokesperson, Fiona Aldridge, said it was "a mess."

Downing Street defended the tone. "We stand by it," his official spokesperson told reporters.
"""


def test_a_possessed_description_is_someone_new_not_the_one_described_before() -> None:
    assert table(HIS_OFFICIAL_SPOKESPERSON) == [("a mess.", "Fiona Aldridge", []),
                                                ("We stand by it,", "official spokesperson", [])]


PARTY_AND_INTERVIEWER = """Debate night

Republican Dana Whitcomb said the plan was "a mess."

That streak has not served her well. In a 2019 interview with Eater, she described diners as "allergic to bones."
"""


def test_a_party_before_a_name_is_a_title_and_an_interviewer_is_no_subject() -> None:
    rows = table(PARTY_AND_INTERVIEWER)
    assert rows[0] == ("a mess.", "Dana Whitcomb", [])
    assert rows[1][1] != "Eater"


KNOWN_AS_AND_LONG_TITLES = """Oil and water

Ellery, a two-term mayor known to supporters as "Mayor Marc," countered the point. "You can't sell the well," he said.

In remarks carried by the official Saudi Press Agency, Energy Minister Prince Khalid bin Nasser said the kingdom would "act pre-emptively."

Oil Minister Tariq Hajri spoke later in Vienna.

Earlier, "the market needs stability," the minister said, according to SPA.
"""


def test_known_to_someone_as_names_and_a_title_with_a_rank_still_describes_its_holder() -> None:
    rows = table(KNOWN_AS_AND_LONG_TITLES)
    assert rows[0] == ("You can't sell the well,", "Ellery", [])
    assert rows[1] == ("act pre-emptively.", "Khalid bin Nasser", ["Saudi Press Agency"])
    assert len(rows) == 3


PLATFORM_WITH_AN_OWNER = """Truce

The RSF, in a statement posted on its Telegram channel, said it accepted the truce "for the sake of our people."

Al Cole said on Monday that it was "over."
"""


def test_a_platform_after_its_owner_relays_and_a_day_is_no_platform() -> None:
    assert table(PLATFORM_WITH_AN_OWNER) == [("for the sake of our people.", "RSF", ["Telegram"]),
                                             ("over.", "Al Cole", [])]


DAILY_IN_A_NAME = """Strike

Writing in the Daily Telegraph, shadow health secretary Harriet Lowe said Labour had "lost control."
"""


def test_a_capitalised_daily_is_part_of_the_outlets_name_not_a_description() -> None:
    assert table(DAILY_IN_A_NAME) == [("lost control.", "Harriet Lowe", ["Daily Telegraph"])]


HOLDER_OF_A_PLACE = """Runoff won

Reformist mayor Irina Dobre won the runoff on Sunday.

Speaking to supporters, the 48-year-old former mayor of Brasova said the vote belonged to "everyone who stayed."

Members stormed the Well of the House on Monday.

Labour MP Nadia Kerr hit back. "It is a disgrace," she said.
"""


def test_a_role_of_a_place_is_its_holder_and_a_name_with_of_the_is_no_person() -> None:
    assert table(HOLDER_OF_A_PLACE) == [("everyone who stayed.", "Irina Dobre", []),
                                        ("It is a disgrace,", "Nadia Kerr", [])]


LEAD_STATE_THEN_VOICE = """Norway tells Sweden to 'stop provoking' on border

KARSBURG, May 4 (Reuters) - Norway on Tuesday urged Sweden to "stop provoking" its border guards, saying the patrols were "routine and lawful."

Norwegian Foreign Ministry spokeswoman Anka Moravec made the remarks at a regular briefing in Karsburg.

"We want calm," she said, according to the Tass agency.
"""

LEAD_STATE_ALONE = """Norway rejects claim

Norway on Tuesday called the claim "baseless."

Sweden's ambassador Piet Laar said later that nobody believed it. "Nobody," he said.
"""


def test_a_leads_state_words_are_the_officials_the_next_paragraph_opens_on() -> None:
    rows = table(LEAD_STATE_THEN_VOICE)
    assert [r[:2] for r in rows] == [("stop provoking", "Anka Moravec"), ("stop provoking", "Anka Moravec"),
                                     ("routine and lawful.", "Anka Moravec"), ("We want calm,", "Anka Moravec")]
    # not when the next paragraph opens on another state's official
    assert table(LEAD_STATE_ALONE)[0][:2] == ("baseless.", "Norway")


OWN_DATELINES = [
    ("NEW DELHI, Jul 24 (PTI) The minister, Ravi Menon, said it was \"settled\", PTI reported.\n", "Press Trust of India"),
    ("ISTANBUL (AA) - Minister Selim Kaya told Anadolu the deal was \"close\".\n", "Anadolu"),
    ("Oct 23 (Reuters) - Chief Executive Helena Berg told Reuters the quarter was \"strong\".\n", "Reuters"),
    ("LIVE UPDATES: Storm\n\nUPDATED 6:42 PM\n\nBAYSIDE, Ala. (WKXB) -- Sheriff Tom Pyle told WKXB 13 the "
     "roads were \"closed\".\n", "WKXB"),
    ("Council vote\n\nBy Kevin Marsh | Lowmarsh Gazette\n\nMayor Ann Roe told the Lowmarsh Gazette it was "
     "\"done\".\n", "Lowmarsh Gazette"),
    ("Review\n\nBy DANA WHIT, AP Film Critic\n\nThe director Ana Reis told The Associated Press it was "
     "\"personal\".\n", "AP"),
]


def test_the_outlet_a_dateline_or_byline_names_is_the_publisher_never_a_relay() -> None:
    for text, outlet in OWN_DATELINES:
        rows = table(text)
        assert len(rows) == 1 and rows[0][1] is not None, text
        assert rows[0][2] == [], text
        chain = extract(text, ArticleMeta(outlet=None))[0].chain
        assert [link.entity.name for link in chain if link.role == "publisher"] == [outlet]
    # the same words in a story from elsewhere relay through that outlet
    elsewhere = table('Roads\n\nSheriff Tom Pyle told WKXB 13 the roads were "closed".\n')
    assert elsewhere == [("closed", "Tom Pyle", ["WKXB 13"])]


SENTENCE_OPENERS_AND_PEOPLES = """Hearing study

Orla Keane's ballad found a second audience among Irish Americans in Boston.

"I was singing about home," she told the Tallow Review in 1972.

Cost remains a barrier, Dr. Tomas Rhee, a geriatrician at Larkfield University, told CNN. "Aids can run $4,000," he said.

Her editor at Halyard Press, Mira Stahl, says it was "a gamble."
"""


def test_a_people_a_sentence_opening_word_and_an_apposition_before_says() -> None:
    rows = table(SENTENCE_OPENERS_AND_PEOPLES)
    assert [r[:2] for r in rows] == [("I was singing about home,", "Orla Keane"),
                                     ("Aids can run $4,000,", "Tomas Rhee"),
                                     ("a gamble.", "Mira Stahl")]
    assert rows[1][2] == ["CNN"]


SPEAKING_LATER_ON = """Budget row

Finance Minister Julia Brant, speaking later on broadcaster ZDF, said she would present a list. "There will be no sacred cows," she said.
"""


def test_an_adverb_between_speaking_and_the_outlet_keeps_the_relay() -> None:
    assert table(SPEAKING_LATER_ON) == [("There will be no sacred cows,", "Julia Brant", ["ZDF"])]


STATEMENT_CARRIED_ON = """Launch

North Korean leader Kim Jong Un watched the test, KCNA said.

In a separate statement carried by KCNA, Kim Yo Jong, the leader's sister, called the drills "a rehearsal."

"Seoul should stop its chatter," she said.

She went on to say that Pyongyang had "no interest whatsoever" in talks.

"Let them hold their drills," Kim added.
"""


def test_a_statement_carried_by_an_agency_goes_on_and_the_kim_speaking_is_the_one_just_quoted() -> None:
    assert table(STATEMENT_CARRIED_ON) == [("a rehearsal.", "Kim Yo Jong", ["KCNA"]),
                                           ("Seoul should stop its chatter,", "Kim Yo Jong", ["KCNA"]),
                                           ("no interest whatsoever", "Kim Yo Jong", ["KCNA"]),
                                           ("Let them hold their drills,", "Kim Yo Jong", ["KCNA"])]


ARTICLE_BEFORE_A_PAIR = """Questions

Ms Tara Lowe then produced Mr Pell's memoir, A Steady Hand, and read from it.

"Perhaps he could start by reading his own book," she added.

Mr Dan Pell met reporters in the Central Lobby afterwards. "If the cap fits," he said.
"""


def test_a_capitalised_pair_after_an_article_is_a_place_or_a_title_not_a_person() -> None:
    assert [r[:2] for r in table(ARTICLE_BEFORE_A_PAIR)] == [
        ("Perhaps he could start by reading his own book,", "Tara Lowe"), ("If the cap fits,", "Dan Pell")]


INTRODUCED_AFTER_A_SETTING = """Veto

Algerian envoy Amal Bensaid said the failure sent "a terrible message."

Before the vote, UN humanitarian chief Mira Ostlund gave the Council a stark briefing.

"I wish I had something new to tell you. I do not.

"We are not asking for miracles."
"""


def test_a_voice_introduced_after_an_opening_setting_owns_the_quotation_that_follows() -> None:
    assert [r[:2] for r in table(INTRODUCED_AFTER_A_SETTING)] == [
        ("a terrible message.", "Amal Bensaid"),
        ("I wish I had something new to tell you. I do not.", "Mira Ostlund"),
        ("We are not asking for miracles.", "Mira Ostlund")]


MEMOIR_AFTER_A_PEOPLE = """Singer dies at 81

The singer Brid Nolan died on Sunday. "She never forgot a tune," said her husband, Tom Reilly.

Ms. Nolan's ballad "Carry Me Home" found a second audience among Irish Americans in Boston.

"I was singing about my uncles," she told Rolling Stone in 1972.

In her memoir, "Salt on the Strings," she wrote about her father:

"He had a voice like a rusty gate.

"So I sang to the cows."
"""


def test_a_people_closing_a_paragraph_and_a_titles_words_introduce_nobody() -> None:
    rows = table(MEMOIR_AFTER_A_PEOPLE)
    assert [r[:2] for r in rows[1:]] == [("I was singing about my uncles,", "Brid Nolan"),
                                         ("He had a voice like a rusty gate.", "Brid Nolan"),
                                         ("So I sang to the cows.", "Brid Nolan")]


MATCH_REPORT_CLUB_AND_CAPTAIN = """Rovers beaten

Kingsmoor captain Tom Riley was sent off after 30 minutes, and manager Stuart Hale was furious.

Riley, 29, later apologised to supporters on Instagram. 'Gutted to let the boys down,' the Kingsmoor captain wrote.

The result leaves Kingsmoor 14th, and Hale confirmed the club would appeal. 'We'll go through the proper channels,' he said.
"""


def test_a_clubs_name_is_no_subject_and_a_described_speaker_keeps_the_platform_before() -> None:
    assert table(MATCH_REPORT_CLUB_AND_CAPTAIN) == [
        ("Gutted to let the boys down,", "Tom Riley", ["Instagram"]),
        ("We'll go through the proper channels,", "Stuart Hale", [])]


APPOSED_VOICE_INTRODUCED = """Coral study

Co-author Zuri Saidi of the State University of Zanzibar said fishers had spotted it first.

"They told us the reef was coming back," she said.

The study's senior author, Tomas Lindell, a coral geneticist at Stockholm University, was more guarded.

"I worry this paper will be read as good news.

"What we have found is time."
"""


def test_a_name_in_apposition_to_a_describing_subject_introduces_the_quotation_after() -> None:
    assert [r[:2] for r in table(APPOSED_VOICE_INTRODUCED)] == [
        ("They told us the reef was coming back,", "Zuri Saidi"),
        ("I worry this paper will be read as good news.", "Tomas Lindell"),
        ("What we have found is time.", "Tomas Lindell")]


UNNAMED_OFFICIAL_IN_A_QUOTE_FREE_LINE = """Talks stall

Israeli minister Ben Mizran said the talks were "serious."

A senior Hamas official told Al Jazeera that Israel had presented new maps.

"What they are offering is not a withdrawal," the official said.
"""

PARTY_AND_STATE = """Vote

Sen. Roberta Castel, R-Texas, the top Republican on the Finance Committee, called the bill "a Washington solution."

Rep. Glen Ashby, R-Ohio, said the House would "take a hard look."

Sen. Ann Ford, D-N.Y., said it was "overdue."
"""


def test_the_official_after_an_unnamed_one_and_a_legislators_party_and_state() -> None:
    assert table(UNNAMED_OFFICIAL_IN_A_QUOTE_FREE_LINE)[1][:2] == (
        "What they are offering is not a withdrawal,", "a senior Hamas official")
    assert [r[:2] for r in table(PARTY_AND_STATE)] == [("a Washington solution.", "Roberta Castel"),
                                                       ("take a hard look.", "Glen Ashby"),
                                                       ("overdue.", "Ann Ford")]


SPEAKING_TO_CARRIES_ON = """Transfer row

Speaking to Sky Sports News, agent Marco Bellan said the player had learned of the talks "from his phone."

"Danny has given this club eight years," Bellan said.
"""


def test_what_someone_said_speaking_to_an_outlet_goes_on_in_the_next_paragraph() -> None:
    assert table(SPEAKING_TO_CARRIES_ON) == [("from his phone.", "Marco Bellan", ["Sky Sports News"]),
                                             ("Danny has given this club eight years,", "Marco Bellan",
                                              ["Sky Sports News"])]


def test_the_lead_voice_rule_reads_only_the_lead_whatever_the_line_breaks() -> None:
    single = LEAD_STATE_THEN_VOICE.replace("\n\n", "\n")
    assert [r[1] for r in table(single)][:3] == ["Anka Moravec"] * 3
    # deep in the story, a state's words followed by an official stay the state's
    late = LEAD_STATE_THEN_VOICE.replace("KARSBURG, May 4 (Reuters) - ", "").replace(
        "Norway tells Sweden to 'stop provoking' on border\n\n",
        "Border\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n").replace("\n\n", "\n")
    assert [r[1] for r in table(late)][:2] == ["Norway", "Norway"]



ROLE_THEN_NAME = """Quarry extension halted by court

BRENLO - A regional court on Friday stopped the extension of the Harrowgate quarry.

Judge Ilse Varnholt ruled that the operator's survey was "badly out of date" and sent it back.

Speaking to the broadcaster KVT, the mayor of Brenlo, Oskar Lind, called the ruling "a win for every village in the valley."
"""


def test_a_ruling_judge_and_a_mayor_named_in_apposition_are_the_speakers() -> None:
    # "ruled" introduces the judge's words; in "the mayor of Brenlo, Oskar Lind, called" the aside
    # is the mayor's name, not a description of the town
    assert table(ROLE_THEN_NAME) == [
        ("badly out of date", "Ilse Varnholt", []),
        ("a win for every village in the valley.", "Oskar Lind", ["KVT"]),
    ]


PEOPLE_AT_PLACES = """Ward pressures grow in Lisbrook

Ines Marlow at Harwick Analytics said bed numbers had been "falling for a decade."

A senior nurse at Saint Alder Hospital said the wards were "full every single night."

In an interview with the Lisbrook Post, a junior doctor at Saint Alder Hospital described the shifts as "impossible to plan."

A spokeswoman at Saint Alder Hospital said the claims were "simply untrue."
"""


def test_the_person_at_a_named_place_speaks_not_the_place() -> None:
    # "X at <Org> said / described ... as": X, named or described; a spokeswoman speaks for the org
    assert table(PEOPLE_AT_PLACES) == [
        ("falling for a decade.", "Ines Marlow", []),
        ("full every single night.", "senior nurse", []),
        ("impossible to plan.", "junior doctor", ["Lisbrook Post"]),
        ("simply untrue.", "Saint Alder Hospital", []),
    ]


ACTION_BEAT = """The last lamplighter of Orrin Street

"I light them the way my father did," says Piet Vandeler, 68, lifting the long brass pole.

He paused at the corner. "Every one of them by hand. Every single night."
"""


def test_a_quote_after_a_sentence_about_he_or_she_is_that_persons() -> None:
    assert table(ACTION_BEAT) == [
        ("I light them the way my father did,", "Piet Vandeler", []),
        ("Every one of them by hand. Every single night.", "Piet Vandeler", []),
    ]


SOMEONE_OF_THEIRS = """Coalition talks to open in Vessa

Mara Lindqvist won the run-off with 53 percent.

Lindqvist's campaign manager said talks with the smaller parties would start "on Monday morning."

Vessa's prime minister, Otto Brandvik, arrived in the capital at noon. Later, Vessa's prime minister said the result was "beyond dispute."
"""


def test_someone_of_a_named_persons_speaks_as_theirs_not_as_them() -> None:
    # "Lindqvist's campaign manager": nobody the article named, so the owner's, never the owner;
    # "Vessa's prime minister" was named, so it is him
    assert table(SOMEONE_OF_THEIRS) == [
        ("on Monday morning.", "Mara Lindqvist's campaign manager", []),
        ("beyond dispute.", "Otto Brandvik", []),
    ]


PLURAL_SOURCE = """Soil compound clears infections in mice

"We did not expect it to work this well," said Dr. Lena Varga, a chemist at Hollin University who led the work.

Dr. Tomas Ek, a pharmacologist at Brandt Institute who was not involved, said the results were "promising but early."

The researchers said in their paper that the compound "caused no harm at working doses."
"""


def test_the_researchers_are_not_the_person_named_before() -> None:
    # a plural description is nobody's one person: never the expert quoted just before
    assert table(PLURAL_SOURCE) == [
        ("We did not expect it to work this well,", "Lena Varga", []),
        ("promising but early.", "Tomas Ek", []),
        ("caused no harm at working doses.", "researchers", []),
    ]


CLUB_PEOPLE = """United part company with manager

Farley United sacked manager Dean Holloway on Sunday after a run of nine defeats. Farley will face Brackwell Athletic on Saturday.

Holloway, 52, said he was "heartbroken" but wished the players well.

Brackwell boss Ian Mercer was asked about the game. "It changes nothing for us," he said.
"""


def test_a_first_name_that_is_also_a_title_and_a_clubs_boss() -> None:
    # "manager Dean Holloway": after a role noun, Dean is his first name; "Brackwell boss Ian
    # Mercer": the boss, not the club named before
    assert table(CLUB_PEOPLE) == [
        ("heartbroken", "Dean Holloway", []),
        ("It changes nothing for us,", "Ian Mercer", []),
    ]


PIECES_FOR_OUTLETS = """Ports bill divides former ministers

In an op-ed for the Northgate Ledger, former transport secretary Alma Fiske wrote that the bill was "a gift to the shipping lobby."

In an interview in the Vesta Times, Jon Berg said he was "not finished with this fight."
"""


def test_an_op_ed_or_interview_in_an_outlet_is_relayed_by_it() -> None:
    assert table(PIECES_FOR_OUTLETS) == [
        ("a gift to the shipping lobby.", "Alma Fiske", ["Northgate Ledger"]),
        ("not finished with this fight.", "Jon Berg", ["Vesta Times"]),
    ]


CITING_SOURCES = """Gulf states told of escort plan in advance

The Kuwaiti news agency KUNA, citing a foreign ministry source, said Kuwait had been "told well in advance" of the plan.

Marlin Wire, citing two people familiar with the matter, said a deal was "all but done."

Ola Brandt, citing her doctors, said she was "not ready to race."
"""


def test_an_outlet_citing_a_source_relays_the_sources_words() -> None:
    # "<outlet>, citing <source>, said": the source speaks and the outlet relays; a person citing
    # someone still speaks for herself
    assert table(CITING_SOURCES) == [
        ("told well in advance", "a foreign ministry source", ["KUNA"]),
        ("all but done.", "people familiar with the matter", ["Marlin Wire"]),
        ("not ready to race.", "Ola Brandt", []),
    ]


DENIED_HEADLINE = """'A sell-out': growers react to tariff deal

The trade minister, Edda Vik, said the agreement was "not a sell-out but a start."
"""

GROUP_HEADLINE = """'We will not go back': union leaders vow new walkouts

Rail workers stayed off the job for a third day on Monday.
"""


def test_a_headline_quote_the_body_denies_is_nobodys_and_a_group_can_open_the_colon() -> None:
    # the body's "not a sell-out" is the minister denying the headline's words, not saying them;
    # the headline's "'...': <group> <verb>" form still makes it a quotation
    assert table(DENIED_HEADLINE) == [
        ("A sell-out", None, []),
        ("not a sell-out but a start.", "Edda Vik", []),
    ]
    assert table(GROUP_HEADLINE) == [("We will not go back", "union leaders", [])]


KIN_FIRST_NAME = """Boatyard owner jailed for fraud

Former boatyard owner Victor Lamb, 61, was jailed for six years on Friday.

In a letter to the court, Lamb's wife, Irene, wrote that her husband was "ashamed of every day of it."
"""


def test_a_relative_given_by_first_name_takes_the_surname_of_the_person_named() -> None:
    assert table(KIN_FIRST_NAME) == [("ashamed of every day of it.", "Irene Lamb", [])]


QUOTED_WITH_COMPLEMENT = """Talks resume in Lorvik

Delegations met again on Sunday.

The Tallis Agency quoted a senior official from the coastal delegation as saying the group would \
"weigh the offer in good faith".
"""


def test_quoted_as_saying_takes_the_head_not_the_words_that_complete_it() -> None:
    # the person after "quoted" speaks, however long the phrase that places them; the quoter relays
    assert table(QUOTED_WITH_COMPLEMENT) == [
        ("weigh the offer in good faith", "a senior official", ["The Tallis Agency"]),
    ]


DESCRIPTION_IN_APPOSITION = """Ferry strike ends

"It is a fair deal," said union negotiator Oren Blass.

The challenger, businessman Pavel Strand, said the contract was "a gift to the owners".

The ferry company welcomed the vote. Its chief executive, Ilse Moreau, said in a statement:

"Today brings certainty back to the crossing.

"Our first task is to clear the backlog."
"""


def test_a_described_subject_with_a_name_in_apposition_is_that_name() -> None:
    # "The challenger, businessman X," and "Its chief executive, X," name who speaks; a line ending
    # in a colon hands the paragraphs of quotation after it to the subject of its last sentence
    assert table(DESCRIPTION_IN_APPOSITION) == [
        ("It is a fair deal,", "Oren Blass", []),
        ("a gift to the owners", "Pavel Strand", []),
        ("Today brings certainty back to the crossing.", "Ilse Moreau", []),
        ("Our first task is to clear the backlog.", "Ilse Moreau", []),
    ]


SPORTS_VARIATION = """Rovers boss fumes after late penalty

Dunmore Rovers manager Tiago Braga attacked the referee after the 2-1 defeat at Ashcombe.

"It was never a penalty," Braga told Harbour Sport after the match.

Asked whether he feared a touchline ban, the Portuguese coach shrugged. "Let them ban me. Somebody has to say it."
"""


def test_a_nationality_and_a_role_after_an_asked_clause_is_the_person_written_about() -> None:
    # "the Portuguese coach" is the manager named before (not "Harbour Sport", an outlet by its
    # name's head); the question's "he" names nobody who answers
    assert table(SPORTS_VARIATION) == [
        ("It was never a penalty,", "Tiago Braga", ["Harbour Sport"]),
        ("Let them ban me. Somebody has to say it.", "Tiago Braga", []),
    ]


WITH_PARTICIPLE = """'Not one step back': talks collapse in Orsa

Negotiations between the two cooperatives broke down on Thursday, with one side declaring there \
would be "not one step back".

"Not one step back, not after what they did," said Hedda Lind, chair of the Orsa Growers' Union.
"""


def test_with_and_a_participle_give_the_participles_subject_and_the_headline_the_named_voice() -> None:
    # "with one side declaring" is the side's words, not the negotiations'; the headline takes the
    # named person saying the same words over the unnamed side
    assert table(WITH_PARTICIPLE) == [
        ("Not one step back", "Hedda Lind", []),
        ("not one step back", "one side", []),
        ("Not one step back, not after what they did,", "Hedda Lind", []),
    ]


LEAD_ROLE = """Chipmaker's chief warns of a painful year

SAN ESTEBAN (Ridge Wire) - The chief executive of chipmaker Kestrel Devices warned staff on Friday \
of a "painful" year ahead, according to a memo seen by Ridge Wire.

"Some of our bets have not paid off," Mira Castell wrote in the memo.
"""

LEAD_ROLE_OTHER_VOICE = """Fund chief warns on growth

The head of the Alder Fund warned on Tuesday that growth was "slowing sharply".

"It is a serious moment," said economist Piet Varga.
"""


def test_a_leads_role_of_a_body_is_the_person_the_next_paragraph_names() -> None:
    # the words are the chief executive's, whom the next paragraph names, not the company's
    assert table(LEAD_ROLE)[0] == ("painful", "Mira Castell", [])
    # an economist with a role of his own is someone else: the lead keeps the fund
    assert table(LEAD_ROLE_OTHER_VOICE)[0][1] != "Piet Varga"


BODY_AND_SOURCES = """Bus drivers to strike

A spokesperson for Larkline Buses said the company was "disappointed" and urged the union to \
"return to the table".

The Orrin Agency cited a source in the transport ministry as saying that "contacts continue".

Commuter Tilda Brandt was resigned. "We will walk," she said.
"""


def test_a_spokespersons_second_verb_a_cited_source_and_a_vox_pop_role() -> None:
    # the spokesperson's "and urged" speaks for the company as "said" does; "a source in the
    # ministry" is the source; "Commuter" is her role, not part of her name
    assert table(BODY_AND_SOURCES) == [
        ("disappointed", "Larkline Buses", []),
        ("return to the table", "Larkline Buses", []),
        ("contacts continue", "a source", ["The Orrin Agency"]),
        ("We will walk,", "Tilda Brandt", []),
    ]


PRONOUN_KIN = """Village mourns its landlord

Tributes have been paid to Amos Pellow, who ran the Plough in Tarrow for four decades.

His daughter, Wenna, said he had been "the heart of the village". "Everybody knew Dad," she said.
"""


def test_his_daughter_given_by_first_name_takes_the_surname_of_the_man_named() -> None:
    assert table(PRONOUN_KIN) == [
        ("the heart of the village", "Wenna Pellow", []),
        ("Everybody knew Dad,", "Wenna Pellow", []),
    ]


PASSIVE_QUOTED_AND_NUMBERED_CHANNEL = """Envoy warns of response

"Our patience has limits," Javad Rostami was quoted as saying by the Tarsa agency.

In an interview with Channel 9, opposition leader Ivo Maren said his party was "ready for a vote".
"""


def test_quoted_as_saying_by_an_agent_and_a_channel_with_a_number_relay() -> None:
    assert table(PASSIVE_QUOTED_AND_NUMBERED_CHANNEL) == [
        ("Our patience has limits,", "Javad Rostami", ["Tarsa"]),
        ("ready for a vote", "Ivo Maren", ["Channel 9"]),
    ]


PRONOUN_OWNED_OFFICE = """Senator's office denies report

Senator Maude Ellery on Monday faced questions over a report that she would run for governor.

"The senator is focused on her work," her office said in a statement.
"""


def test_her_office_is_the_office_of_the_woman_named() -> None:
    assert table(PRONOUN_OWNED_OFFICE) == [("The senator is focused on her work,", "Maude Ellery's office", [])]


CRITICS_AND_TITLES = """Founder: "We grew far too fast"

The director of Iron Fen, Kasia Marr, has defended the film against critics who called it "glorified violence".

Opposition councillor Rhys Tallon said the budget was "a tax on families" and accused the ruling group of \
"wasting money on vanity projects".

The film's distributor said it was "proud" to release it.

In a blog post, founder Arjun Vell wrote that the firm "grew far too fast".
"""


def test_restrictive_critics_a_titled_subjects_second_verb_a_things_role_and_a_headline_holding_the_body() -> None:
    assert table(CRITICS_AND_TITLES) == [
        # the headline holds the body's words (not the other way round): still the body's speaker
        ("We grew far too fast", "Arjun Vell", []),
        ("glorified violence", "critics", []),
        ("a tax on families", "Rhys Tallon", []),
        # "and accused": the councillor, not his title's "Opposition"
        ("wasting money on vanity projects", "Rhys Tallon", []),
        # a thing's role is nobody named before
        ("proud", "film's distributor", []),
        ("grew far too fast", "Arjun Vell", []),
    ]


OWNED_ROLES_AND_OPENINGS = """Ferry operator apologises

"We let our passengers down," said the company's managing director, Fiona Garth.

"Every hour counts," said Captain Luis Ferro of the fire service.

But the operator's chief engineer, who did not want to be named, told the Tarrow Echo that the fleet was "held together with tape".

Garth's husband, Paulo, was at sea when the news broke. He heard it on the radio. "I could not believe it," he said.
"""


def test_an_owned_role_in_apposition_a_things_role_and_a_pronoun_after_a_paragraph_opening() -> None:
    assert table(OWNED_ROLES_AND_OPENINGS) == [
        ("We let our passengers down,", "Fiona Garth", []),
        ("Every hour counts,", "Luis Ferro", []),
        ("held together with tape", "operator's chief engineer", ["Tarrow Echo"]),
        # the paragraph opens on him (read for full names only), so its "he" is not the captain
        ("I could not believe it,", "Paulo Garth", []),
    ]


ANALYSTS_AND_AGENCY_CLAUSES = """Missile test draws warnings

"The market has heard promises before," said Amrita Sen of Energy Aspects.

In Manila, National Security Adviser Eduardo Año said the country would "not be intimidated".

The Korean Central News Agency said leader Kim Jong Un had overseen the launch and called it "a clear warning".

The Democratic Republic of Congo said the deal was "unfair".
"""


def test_a_firm_after_of_an_advisers_title_and_a_joined_clauses_subject() -> None:
    assert table(ANALYSTS_AND_AGENCY_CLAUSES) == [
        # "Sen" is a surname (the title is written "Sen."), and "of <firm>" is where she works
        ("The market has heard promises before,", "Amrita Sen", []),
        ("not be intimidated", "Eduardo Año", []),
        # "and called it": the leader the agency reports, not the agency
        ("a clear warning", "Kim Jong Un", ["Korean Central News Agency"]),
        # "Republic" takes its "of": one name
        ("unfair", "Democratic Republic of Congo", []),
    ]


FIRM_KIND_OPENERS = """Homes plan divides village

Developer Oakline Homes said the scheme would provide "much-needed housing".

Carmaker Voltra said sales were "holding up".

Bank of Ostland Governor Ana Berg said rates would "stay high".

Club Vessen said the result was "a disgrace".
"""


def test_a_sentence_opening_kind_of_firm_is_no_part_of_its_name() -> None:
    assert table(FIRM_KIND_OPENERS) == [
        ("much-needed housing", "Oakline Homes", []),
        ("holding up", "Voltra", []),
        ("stay high", "Ana Berg", []),
        # "Club" begins names: it stays
        ("a disgrace", "Club Vessen", []),
    ]


TITLED_SEX_AND_SHOT_BACK = """Teen wins science prize

"I honestly thought they had made a mistake," said 16-year-old Aisha Bello.

Her teacher, Mr. Grant Howell, called her "the most determined student I have taught".

Her mother, Funmi, said the family was "over the moon".

"That is not what you told us," Bello shot back.
"""


def test_a_title_says_he_or_she_and_shot_back_is_the_cue() -> None:
    quotes = extract(TITLED_SEX_AND_SHOT_BACK, ArticleMeta(outlet=None))
    # "Mr." makes Howell a "he", so "Her mother" is Bello's
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == [
        "Aisha Bello", "Grant Howell", "Funmi Bello", "Aisha Bello",
    ]
    assert quotes[-1].cue == "shot back"


OFFICE_HOLDER_AND_OWNED_PLATFORM = """Recording shows governor pressed officials

Secretary of State Helen Marsh, who was on the call, told the Ledger that she had been "shocked".

"It's time," the keeper Tomas Brandt said in a video posted on the club's Instagram account.
"""


def test_an_office_then_its_holder_the_ledger_and_a_platform_behind_an_owner() -> None:
    assert table(OFFICE_HOLDER_AND_OWNED_PLATFORM) == [
        ("shocked", "Helen Marsh", ["Ledger"]),
        ("It's time,", "Tomas Brandt", ["Instagram"]),
    ]


VERDICT_DASHES_AND_OWNED_STATEMENT = """"We were not consulted": fury over closure

"We were not consulted, not once."

That was the verdict of Ellen Shaw, who chairs the Friends of Dunmore Hospital.

Local MP Sarah Linden \u2014 who campaigned to keep the unit open \u2014 called the decision "a betrayal".

The ministry's statement said the rules were "based on the best available science".
"""


def test_a_verdict_named_after_an_aside_between_dashes_and_a_bodys_statement() -> None:
    assert table(VERDICT_DASHES_AND_OWNED_STATEMENT) == [
        ("We were not consulted", "Ellen Shaw", []),
        ("We were not consulted, not once.", "Ellen Shaw", []),
        ("a betrayal", "Sarah Linden", []),
        ("based on the best available science", "ministry", []),
    ]


OWNED_ROLE_LEAD = """Leaders clash over migration pact

BRUSSELS \u2014 European leaders clashed late into the night, with Ostmark's prime minister vowing to "never accept" quotas.

"Ostmark will not bend," Viktor Balaz told reporters as he arrived at the summit.

Vantian Prime Minister Giulia Conti said a deal was "within reach".
"""


def test_an_owned_role_in_the_lead_is_not_a_later_holder_of_the_same_title() -> None:
    # not the Vantian prime minister named later (the role is owned by Ostmark): the person the
    # next paragraph names and quotes
    assert table(OWNED_ROLE_LEAD) == [
        ("never accept", "Viktor Balaz", []),
        ("Ostmark will not bend,", "Viktor Balaz", []),
        ("within reach", "Giulia Conti", []),
    ]


TURNS_AND_THEIR_SON = """Council approves cycle lanes

"This is about safety," said Councillor Anita Rane. Councillor Derek Hobb disagreed. "It is about ideology," he said.

Angus Mallin kept the Skerry light for 31 years with his wife, Morag Mallin.

Their son, Iain, is now a ferry captain. "Dad taught me to read the weather," he says.
"""


def test_a_sentence_bringing_in_a_new_person_takes_the_pronoun_and_their_son_takes_the_surname() -> None:
    assert table(TURNS_AND_THEIR_SON) == [
        ("This is about safety,", "Anita Rane", []),
        ("It is about ideology,", "Derek Hobb", []),
        ("Dad taught me to read the weather,", "Iain Mallin", []),
    ]


PASSIVE_AGENT_AND_OWN_OUTLET = """Factory to close

The closure of the Brightwell plant has been described as "a hammer blow" by local leaders.

US-based Crestmoor Foods said the plant was "no longer viable".

"We will fight this," union organiser Gary Nolan told the Northern Chronicle.
"""


def test_a_passive_agent_a_based_prefix_and_the_own_outlet_by_its_last_word() -> None:
    quotes = extract(PASSIVE_AGENT_AND_OWN_OUTLET, ArticleMeta(outlet="Northern Chronicle"))
    assert [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes] == [
        ("a hammer blow", "local leaders", []),
        ("no longer viable", "Crestmoor Foods", []),
        # the story's own outlet, which the article's "the Northern Chronicle" reads as "Chronicle"
        ("We will fight this,", "Gary Nolan", []),
    ]


FIRM_BY_ITS_KIND = """Miner warns on output

SYDNEY (Ostwire) - Australian miner Redrock Resources warned on Thursday that floods would cut output.

"The rainfall is unprecedented," the company said in a statement.

Analysts at Morgan Ridge said the warning was "worse than feared".
"""


def test_a_firm_named_after_its_kind_and_a_noun_in_ing_after_the() -> None:
    assert table(FIRM_BY_ITS_KIND) == [
        # "miner Redrock Resources" is a firm, so "the company" is it
        ("The rainfall is unprecedented,", "Redrock Resources", []),
        # "the warning" is no cue: the analysts said it (known by where they work)
        ("worse than feared", "analysts at Morgan Ridge", []),
    ]


UNNAMED_TENANT = """Landlord fined over mouldy flat

Magistrates heard that Kamal Reshi, 52, ignored repeated warnings from council inspectors.

"It was like living in a cave," the tenant, who cannot be named for legal reasons, said in a statement.
"""


def test_a_description_the_article_says_it_will_not_name_is_nobody_named_before() -> None:
    assert table(UNNAMED_TENANT) == [("It was like living in a cave,", "tenant", [])]


CRITICS_WITHIN = """Prime minister survives vote

Prime Minister Helena Vargo survived a confidence vote, but critics within her own party said her authority had been "badly damaged".
"""


def test_the_head_before_within_her_own_is_who_speaks() -> None:
    assert table(CRITICS_WITHIN) == [("badly damaged", "critics", [])]


COUPLE_EMBASSY_RESEARCHER = """Spy row and flood families

Sue and Derek Watkins have been in a caravan since March. "We thought it would be weeks," Sue said.

The Ostrian embassy in London has rejected claims that a parliamentary researcher spied for it, calling them "fabricated".

The researcher, who has not been charged, said through his lawyer that he was "completely innocent".
"""


def test_a_couple_shares_a_surname_an_embassy_is_not_its_city_and_the_researcher_is_the_one_described() -> None:
    assert table(COUPLE_EMBASSY_RESEARCHER) == [
        ("We thought it would be weeks,", "Sue Watkins", []),
        # "calling them": the sentence's subject, not the city its title words run into
        ("fabricated", "Ostrian embassy", []),
        # the unnamed researcher the lead described, not the person named last
        ("completely innocent", "a parliamentary researcher", []),
    ]


WEEKDAY_OUTLET = """Film divides critics

Critic Adam Fell, writing in the Sunday Clarion, was unmoved: "It mistakes cruelty for honesty."
"""


def test_a_weekday_or_compass_word_before_an_outlet_head_is_part_of_the_outlets_name() -> None:
    # "Sunday" (like "Northern" in "the Northern Chronicle") is the outlet's own word
    assert table(WEEKDAY_OUTLET) == [("It mistakes cruelty for honesty.", "Adam Fell", ["Sunday Clarion"])]


SHORT_FORM_AFTER_NAME = """Launch condemned

The official Dalmatic Central Press Service (DCPS) said the launch was "a historic success".

The agency said the general had watched the test, which it described as "flawless".
"""


def test_a_name_followed_by_its_short_form_in_brackets_speaks() -> None:
    # "... (DCPS) said": the bracketed short form sits between the name and its verb
    assert table(SHORT_FORM_AFTER_NAME)[0] == ("a historic success", "Dalmatic Central Press Service", [])


OF_THE_INSTITUTION_ASIDE = """Fossil find

Dr Lena Vaughan of the University of Tamsford, who was not involved in the work, called the results "a tantalising start".
"""


def test_a_person_of_the_institution_before_an_aside_does_the_calling() -> None:
    assert table(OF_THE_INSTITUTION_ASIDE) == [("a tantalising start", "Lena Vaughan", [])]


PEOPLE_OF_A_PLACE = """Depot plan

Residents of Upper Haddon say they feel "ignored" by the county.

Villagers in Crossmere said the lorries would be "a nightmare".

Parents at Elm Road Primary said they were "frightened" for their children.
"""


def test_a_group_of_people_is_known_by_where_they_are() -> None:
    assert table(PEOPLE_OF_A_PLACE) == [
        ("ignored", "residents of Upper Haddon", []),
        ("a nightmare", "villagers in Crossmere", []),
        ("frightened", "parents at Elm Road Primary", []),
    ]


UNNAMED_SPOKESMAN_SINCE = """Ferry held

The harbour authority's spokesman Piet Lorenz told reporters the ferry would stay in port.

A spokesman for the ferry's owner, Baltrin Shipping, said the company had not been told why. "We are asking for answers," the spokesman said.
"""


def test_the_spokesman_is_the_unnamed_one_brought_in_since_and_speaks_for_his_firm() -> None:
    assert table(UNNAMED_SPOKESMAN_SINCE) == [("We are asking for answers,", "Baltrin Shipping", [])]


FIRM_SPOKESPEOPLE = """Plant to close

Halvard Biologics said on Monday it would close its plant in Corran, cutting 300 jobs.

Analysts at Wexley Partners called the move overdue. Another analyst said costs had risen for two years.

The closure follows a weak year for the sector, in which demand fell in most markets and several rivals cut their forecasts, and in which regulators delayed approvals for new drugs by months.

A company spokeswoman said staff would be offered "every possible support".

"We did not take this lightly," a Halvard spokesman said.
"""


def test_a_company_spokeswoman_and_a_spokesman_by_the_firms_first_word_speak_for_it() -> None:
    assert table(FIRM_SPOKESPEOPLE) == [
        ("every possible support", "Halvard Biologics", []),
        ("We did not take this lightly,", "Halvard Biologics", []),
    ]


ABOARD_A_PLANE = """Summit

Speaking to reporters aboard Air Force One, the press secretary Maya Lund said the talks were "going well".
"""


def test_a_plane_called_one_is_no_channel() -> None:
    assert table(ABOARD_A_PLANE) == [("going well", "Maya Lund", [])]


FAMILY_STATEMENT = """Obituary: Walter Penhallow

Walter Penhallow, who ran the Tregarth lifeboat for forty years, has died aged 91.

His family said in a statement that he had died at home. "Dad loved the sea more than he feared it," the statement said.

The Bishop of Truro, the Rt Rev Helen Marsh, described him as "the bravest man in Cornwall".
"""


def test_a_family_statement_is_the_familys_and_a_reverend_in_apposition_does_the_describing() -> None:
    assert table(FAMILY_STATEMENT) == [
        ("Dad loved the sea more than he feared it,", "Walter Penhallow's family", []),
        ("the bravest man in Cornwall", "Helen Marsh", []),
    ]


FIRM_BY_ITS_FIRST_WORD = """Job cuts

Corvane Microsystems will cut 2,000 jobs, the company said on Tuesday.

The Electrical Workers of Canada, which represents some of its staff, said it would "resist every cut".

Corvane declined to name the sites. A spokeswoman said details would follow "within weeks".

"It is the right decision," said Councilmember Ines Okafor.
"""


def test_a_firm_by_its_first_word_and_a_union_of_workers_of_a_place() -> None:
    assert table(FIRM_BY_ITS_FIRST_WORD) == [
        ("resist every cut", "Electrical Workers of Canada", []),
        ("within weeks", "Corvane Microsystems", []),
        ("It is the right decision,", "Ines Okafor", []),
    ]


QUESTION_AND_ANSWER = """Q&A: the new harbour master

Captain Ruth Okonkwo took charge of Portlow harbour in May. She talked to us about her first months.

What has surprised you?

"How many people still fish here. I thought it was a dying trade. It is not."

What comes next?

"Dredging. Without it, in five years the big boats stop coming."

Okonkwo, 49, grew up in Lagos. "The sea is the same everywhere," she said.
"""


def test_a_paragraph_of_quotation_answering_a_question_line_is_the_interviewees() -> None:
    assert table(QUESTION_AND_ANSWER) == [
        ("How many people still fish here. I thought it was a dying trade. It is not.", "Ruth Okonkwo", []),
        ("Dredging. Without it, in five years the big boats stop coming.", "Ruth Okonkwo", []),
        ("The sea is the same everywhere,", "Ruth Okonkwo", []),
    ]


COUNTRY_BEFORE_AN_OFFICE = """Talks

U.S. Secretary of State Daniel Whitford, speaking in Ottawa, called the offer "a real step forward".
"""


def test_a_country_before_an_office_is_part_of_the_title_not_a_body() -> None:
    assert table(COUNTRY_BEFORE_AN_OFFICE) == [("a real step forward", "Daniel Whitford", [])]


PASSIVE_WITHOUT_AGENT = """Stabbing

Northdale Police said a man had been taken to hospital. His condition was described as "serious but stable".

The bar's manager told the Harbour Desk the venue had "never had trouble before".
"""


def test_a_passive_description_is_the_body_that_spoke_before_and_a_trailing_part_of_the_own_outlet() -> None:
    quotes = extract(PASSIVE_WITHOUT_AGENT, ArticleMeta(outlet="City Harbour Desk"))
    assert [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes] == [
        # (was "condition was", a subject made of the described thing and its auxiliary)
        ("serious but stable", "Northdale Police", []),
        # "the Harbour Desk" is this story's own "City Harbour Desk", no relay
        ("never had trouble before", "bar's manager", []),
    ]


FORMER_AND_LATTER = """Debate

Mayor Lena Brandt and challenger Owen Pike met on Tuesday for their last debate.

Asked about rents, the former spoke of "steady progress", while the latter said the city needed "a clean break".

Moderator Tessa Quinn asked them to "keep it short".
"""


def test_the_former_and_the_latter_are_the_last_two_people_named_in_order() -> None:
    assert table(FORMER_AND_LATTER) == [
        ("steady progress", "Lena Brandt", []),
        ("a clean break", "Owen Pike", []),
        ("keep it short", "Tessa Quinn", []),
    ]


BOARD_AND_OBTAINED_BY = """Chief ousted

The board of Harrowgate Energy has removed its chief executive, Nina Castell.

In a letter obtained by Coastal Business Weekly, the board said it had "lost confidence" in her.
"""


def test_the_board_is_the_firms_and_no_name_before_a_comma_is_described_by_the_next_subject() -> None:
    # (was "Coastal Business Weekly": "..., the board said" read as an apposition to it); the
    # weekly that obtained the letter passed the words on
    assert table(BOARD_AND_OBTAINED_BY) == [
        ("lost confidence", "Harrowgate Energy's board", ["Coastal Business Weekly"])]


OTHER_MARKS_ENDING_A_LINE = """Coalition row

Asked about the row, a government spokesman said: \u300cThe chancellor has full confidence in his ministers.\u300d

The finance minister disagreed. \u00bbWe cannot spend money we do not have,\u00ab Lars Kessler said.
"""


def test_a_line_ending_on_a_corner_bracket_or_guillemet_is_no_headline() -> None:
    quotes = extract(OTHER_MARKS_ENDING_A_LINE, ArticleMeta(outlet=None))
    assert [(q.text, q.kind) for q in quotes] == [
        ("The chancellor has full confidence in his ministers.", "full"),
        ("We cannot spend money we do not have,", "full"),
    ]


ONE_OF_THEM_AND_A_ONE_WORD_FIRM = """Plan shelved

Two officials described the plan to reporters. One, who asked not to be named, said it was "dead in the water".

Finwise denied any wrongdoing on Tuesday. "We followed every rule," a company spokeswoman said.

Regular John Hartley said the pub was "the heart of the village".
"""


def test_one_of_a_counted_group_a_one_word_firm_and_a_pub_regular() -> None:
    assert table(ONE_OF_THEM_AND_A_ONE_WORD_FIRM) == [
        ("dead in the water", "one official", []),  # was "One", a name
        ("We followed every rule,", "Finwise", []),  # was "company spokeswoman"
        ("the heart of the village", "John Hartley", []),
    ]


COMPOUND_TITLE_AND_FOR_THE = """Water cuts

"You can't farm on promises," said fourth-generation grower Rosa Almeida, 61. "We need water."

The Centre for the Study of Rivers, a research group, said in a report that the cuts were "long overdue".
"""


def test_a_hyphenated_word_before_a_lower_case_title_and_a_body_for_the_something() -> None:
    assert table(COMPOUND_TITLE_AND_FOR_THE) == [
        ("You can't farm on promises,", "Rosa Almeida", []),  # was nobody
        ("We need water.", "Rosa Almeida", []),
        ("long overdue", "Centre for the Study of Rivers", []),  # was "Study of Rivers"
    ]


DESCRIBED_SOURCES_AND_THE_OWN_PAPER = """Rates

A source close to the governor, who spoke on condition of anonymity, said the talks had been "tense".

Dr Ann Lowe, president of the college, told the Sentinel: "It is dangerous."
"""


def test_an_unnamed_source_keeps_its_description_and_the_sentinel_is_the_sentinels_own() -> None:
    quotes = extract(DESCRIBED_SOURCES_AND_THE_OWN_PAPER, ArticleMeta(outlet="The Sentinel"))
    assert [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes] == [
        # (was "source"; and never "the governor" the description ends on)
        ("tense", "source close to the governor", []),
        # "told the Sentinel" in The Sentinel's own story: no relay
        ("It is dangerous.", "Ann Lowe", []),
    ]


UNNAMED_RELATIVE_AND_ONE_OF = """Sentenced

Former Millbrook mayor Owen Pratt was jailed on Tuesday. Judge Ruth Adler told him he had "betrayed the town".

Pratt's wife wept as the sentence was read. Outside court, his daughter told reporters the family would appeal. "My father is a good man," she said.

Four hikers were rescued on Sunday. One of the rescued hikers, a student from Leeds, said he had "never been so cold".

Lifeguard Jo Marsh said it had been a long day. One of the swimmers she saved, a student, said he had not seen the flags. "I thought I would drown," he said.

Forecaster Amy Doyle urged walkers to "check the weather first".
"""


def test_an_unnamed_relative_speaks_through_the_pronoun_after_and_one_of_a_group_as_written() -> None:
    assert table(UNNAMED_RELATIVE_AND_ONE_OF) == [
        ("betrayed the town", "Ruth Adler", []),
        ("My father is a good man,", "Owen Pratt's daughter", []),  # was the judge
        ("never been so cold", "one of the rescued hikers", []),  # was "One"
        ("I thought I would drown,", "one of the swimmers", []),  # was Jo Marsh, who spoke before
        ("check the weather first", "Amy Doyle", []),  # was "Forecaster Amy Doyle"
    ]


SHORT_FORM_BEFORE_REPORTED_AND_A_MODEL_NAME = """Recall

Carmaker Brennan Motors is recalling 80,000 SUVs over a brake fault, the Road Safety Authority said on Friday. The recall covers 2022 Brennan Ridgeback models.

Brennan said it knew of no injuries. "Safety comes first," the company said in a statement.

Economy Minister Sara Lind said the deal was "close", the state-run Veloria Press Agency (VPA) reported.
"""


def test_a_short_form_before_reported_and_a_firm_whose_model_reads_like_a_name() -> None:
    assert table(SHORT_FORM_BEFORE_REPORTED_AND_A_MODEL_NAME) == [
        # "Brennan Ridgeback" reads like a person, but "Brennan" is no one's surname: the firm
        ("Safety comes first,", "Brennan Motors", []),
        # "(VPA) reported": the agency before its bracketed short form relays
        ("close", "Sara Lind", ["Veloria Press Agency"]),
    ]


NATIONALITY_BEFORE_A_NAME = """Semi-final

Unseeded Latvian Ilze Berzina beat top seed Mei Sato on Friday to reach her first Grand Slam final. "I am still shaking," Berzina said.

Sato, speaking through an interpreter, said her wrist had hurt. "She was better today," the Japanese said.
"""


def test_what_a_player_is_before_her_name_and_the_nationality_noun_for_the_paragraphs_person() -> None:
    assert table(NATIONALITY_BEFORE_A_NAME) == [
        ("I am still shaking,", "Ilze Berzina", []),  # was "Unseeded Latvian Ilze Berzina"
        ("She was better today,", "Mei Sato", []),  # was "Grand Slam", the last "person" named
    ]


FIRM_BY_ITS_NOUN_AND_THE_PAPER_BY_ITS_HEAD = """Bus strike

The operator, Metrovia Westside, said it was "disappointed" by the vote.

"Our offer is fair," a Metrovia spokesperson said.

Driver Ana Ruiz told the Courier the offer was "an insult".
"""


def test_a_name_in_apposition_to_a_firm_noun_is_a_firm_and_a_paper_calls_itself_by_its_head() -> None:
    quotes = extract(FIRM_BY_ITS_NOUN_AND_THE_PAPER_BY_ITS_HEAD, ArticleMeta(outlet="Valley Courier"))
    assert [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes] == [
        ("disappointed", "Metrovia Westside", []),
        ("Our offer is fair,", "Metrovia Westside", []),  # was "Metrovia spokesperson"
        ("an insult", "Ana Ruiz", []),  # "the Courier" is the Valley Courier's own story: no relay
    ]


STREETS_AND_OWNED_TITLES = """Floodwater reaches the square

"You can replace a shed," said Tobin Marsh, whose family has farmed the valley since 1931.

The county's flood recovery director, Erin Halvorsen-Pike, toured Fenner Street on Saturday and said the \
state would ask for help.

"We are going to need help, and we will ask for it this week," she said.

Back on Fenner Street, Halvorsen-Pike's crews kept arriving with pumps. Marsh said he had stopped counting them.

"Some of them I have not seen since they were boys," he said.
"""


def test_a_street_is_no_person_and_an_owned_title_opens_its_sentence() -> None:
    assert table(STREETS_AND_OWNED_TITLES) == [
        ("You can replace a shed,", "Tobin Marsh", []),
        # was Tobin Marsh: "The county's ... director, Erin Halvorsen-Pike," is the sentence's subject
        ("We are going to need help, and we will ask for it this week,", "Erin Halvorsen-Pike", []),
        ("Some of them I have not seen since they were boys,", "Tobin Marsh", []),  # was "Fenner Street"
    ]


SCENE_THEN_SPEAKER = """Rental cap upheld

"You can't run a town on weekends," said Dolores Ferrante, who has lived in the town since 1994.

Not every owner who lost a permit was an investor. Stanko Vidmar, a retired machinist, told the Coastal \
Ledger that he had sold his cottage.

"I bought that house to retire in," he told the paper.

One of the last speakers of the night was Marguerite Ansel, who has run a frame shop for 19 years.

"My customers are not students on bicycles."
"""


def test_a_sentence_naming_nobody_sets_the_scene_for_the_speaker_after_it() -> None:
    assert table(SCENE_THEN_SPEAKER) == [
        ("You can't run a town on weekends,", "Dolores Ferrante", []),
        ("I bought that house to retire in,", "Stanko Vidmar", ["Coastal Ledger"]),  # was Dolores Ferrante
        ("My customers are not students on bicycles.", "Marguerite Ansel", []),  # was Stanko Vidmar
    ]


HONORIFICS_AND_BODY_TITLES = """Council backs bike lanes

"This is a decision about safety," said Council Member Priya Ambrose.

Council Member Lyle Brandt, who voted no, said the city had not done enough.

"Paint on the road did not protect me," said Devon Sallis, a nurse.

Brandt was blunt in a post a few hours after the vote.

"Tonight the council ignored 31 businesses," he wrote.

Ubaka Rovers Chairman, Alhaji Musa Danladi, who watched from the stand, praised the players. The club's \
media officer quoted the chairman as saying: "This victory belongs to our people."

The singer's lawyer, Adv. Palesa Dlamini, confirmed the letter. "My client has met every obligation," said \
Adv. Dlamini.
"""


def test_council_member_and_honorifics_are_titles_and_a_bodys_chairman_is_a_role() -> None:
    assert table(HONORIFICS_AND_BODY_TITLES) == [
        ("This is a decision about safety,", "Priya Ambrose", []),  # was "Council Member Priya Ambrose", a body
        ("Paint on the road did not protect me,", "Devon Sallis", []),
        ("Tonight the council ignored 31 businesses,", "Lyle Brandt", []),  # was Devon Sallis
        ("This victory belongs to our people.", "Musa Danladi", []),  # was "Rovers Chairman"
        ("My client has met every obligation,", "Palesa Dlamini", []),  # was "Adv"
    ]


AGES_TEAMS_AND_THE_NEXT_SENTENCES_PRONOUN = """Reef spawns a month early

Dr Mereana Hollis, a reef ecologist at the Tasman Marine Institute, was in the water that night. Her \
team's findings were published this week, with data from Professor Tane Whitby's laboratory.

"It is not a disaster in itself," Hollis says. "But it is a signal."

"The data are excellent, and the timing is real," he says.

Brennagh Tully's late point sealed the final for Carrig.

"We told her to hit it like she meant it," said the manager, Declan Fogarty.

Tully, who had missed two frees in the first half, admitted she had doubts.

"I was not even sure I would reach the posts," the 29-year-old told reporters.
"""


def test_an_unknown_age_is_the_person_just_brought_in_and_a_next_sentences_pronoun_gives_the_sex() -> None:
    assert table(AGES_TEAMS_AND_THE_NEXT_SENTENCES_PRONOUN) == [
        ("It is not a disaster in itself,", "Mereana Hollis", []),
        ("But it is a signal.", "Mereana Hollis", []),
        # "Her team's findings" says Hollis is "she": "he says" is the other scientist named
        ("The data are excellent, and the timing is real,", "Tane Whitby", []),  # was Mereana Hollis
        ("We told her to hit it like she meant it,", "Declan Fogarty", []),
        # nobody was called 29: the person the line before brought in, not the last one named
        ("I was not even sure I would reach the posts,", "Brennagh Tully", []),  # was Declan Fogarty
    ]


DATELINE_BEFORE_A_BODY = """Ransomware attack forces Kestrin Health to divert ambulances

LOWELL FORKS, Mich. — Kestrin Valley Health diverted ambulances from two hospitals on Wednesday.

"Patient care is continuing," the health system said in a statement.
"""


def test_a_dateline_is_nobody_the_next_quote_could_mean() -> None:
    # a guard for the rule above: the line before opens on a dateline, which names nobody
    assert table(DATELINE_BEFORE_A_BODY) == [("Patient care is continuing,", "Kestrin Valley Health", [])]


UNDER_21 = """Castleford win

"The lads made it easy," said Kieran Odell after the game.

Speaking to Sky Sports, the former England Under-21 international thanked the fans.

"They never stopped singing," he said.
"""


def test_an_age_grade_team_is_no_ones_name() -> None:
    # was "England Under", a person the pronoun went to
    assert [speaker for _q, speaker, _r in table(UNDER_21)] == ["Kieran Odell", "Kieran Odell"]


RELAYS_OF_THE_LINE_BEFORE = """Hospital runs short of donors

Dr. Imran Pasha Qureshi, Head of the Department of Medicine at Velpur Government Medical College, told PTI \
that the blood bank had run short last week. "The situation has improved after the appeal," he said.

A nurse at Mokora's only working hospital told the Ardent Press news agency by telephone that staff were \
working by torchlight.

"We have no anaesthetic left," said the nurse, who asked not to be named.

Haddad told Tarvan state television (TTV) on arrival that he had been held "as a hostage."
"""


def test_the_line_before_names_the_relay_for_a_person_in_apposition_or_described() -> None:
    assert table(RELAYS_OF_THE_LINE_BEFORE) == [
        # was no relay: the apposition's college looked like who told PTI
        ("The situation has improved after the appeal,", "Imran Pasha Qureshi", ["PTI"]),
        # was no relay: "A nurse at ... told" has no subject the frame finder reads
        ("We have no anaesthetic left,", "a nurse", ["Ardent Press"]),
        ("as a hostage.", "Haddad", ["TTV"]),  # was no relay: "Tarvan state television (TTV)"
    ]


THE_CLUB_THAT_SPOKE_AND_THE_NATIONALITY_OF_THE_LINE_BEFORE = """Stars protest penalty call

"We were robbed," said Ubaka Stars coach Fidelis Obi.

In a statement signed by its secretary, Ubaka Stars said it had written to the League Management \
Company about the officiating.

"The club has submitted video evidence," the club said in the statement.

Lindgren, who beat Clarke last year, had an easier path, dispatching American Kayla Moss 6-2, 6-1.

"I know it will be loud," the Swede said.
"""


def test_the_club_is_the_body_that_spoke_and_a_nationality_is_the_person_just_brought_in() -> None:
    rows = table(THE_CLUB_THAT_SPOKE_AND_THE_NATIONALITY_OF_THE_LINE_BEFORE)
    assert rows[1] == ("The club has submitted video evidence,", "Ubaka Stars", [])  # was the company named last
    assert rows[2] == ("I know it will be loud,", "Lindgren", [])  # was "Kayla Moss", the American


A_SPOKESMAN_FOR_ITS_STAFF = """Drone row

Defence Minister Kerem Aslan told the state broadcaster that Sarkand had shown "maximum restraint".

Orvania denied the accusation. A spokesman for its general staff, Colonel Davit Ruzan, said no aircraft \
had crossed the border and described the Sarkandi claims as "a fantasy for domestic consumption".

"We do not need to fly drones over Tesh," he told reporters.
"""


def test_a_spokesman_for_a_body_then_his_name_and_a_nationalitys_claims_are_a_noun() -> None:
    assert table(A_SPOKESMAN_FOR_ITS_STAFF) == [
        ("maximum restraint", "Kerem Aslan", ["state broadcaster"]),
        # was "Sarkandi": "the Sarkandi claims" read as a verb, and "general" of "general staff"
        # as a person
        ("a fantasy for domestic consumption", "Davit Ruzan", []),
        ("We do not need to fly drones over Tesh,", "Davit Ruzan", []),  # was "Sarkandi"
    ]


NICKNAMES_AND_NEW_ROLES = """Oke-Ado United win again

Goals from Chinedu "Zico" Amadu and substitute Yusuf Garba gave Oke-Ado United the win.

Amadu, the 23-year-old winger, dedicated his strike to his mother. Speaking to Sporting Tribune, the former \
Golden Eaglets star said: "Every goal I score is for my mother."

Actress Funmi Daramola-Eze wrote under the post: "Rest well, Baba."
"""


def test_a_nickname_inside_a_name_and_a_star_or_actress_are_roles() -> None:
    rows = table(NICKNAMES_AND_NEW_ROLES)
    # was "Golden Eaglets", a person; the nickname had split the name in two
    assert ("Every goal I score is for my mother.", "Chinedu Amadu", ["Sporting Tribune"]) in rows
    assert ("Rest well, Baba.", "Funmi Daramola-Eze", []) in rows  # was "Actress Funmi Daramola-Eze"


CLAUSES_AFTER_SAID = """Corridor talks stall

President Oleksa Marvin said on Friday his government would make "no retreat", the official Dravenian \
Telegraph Agency reported.

The agency said Marvin had also ordered the defence ministry to "accelerate" the deployment.

A member of the Dravenian delegation, who spoke on condition of anonymity because the talks were \
confidential, said the team had left after Korvath tabled a new map "that nobody had seen before."

Tarkhan's judiciary, in a statement published by its news agency Adalat, said Sandell had been \
"pardoned on humanitarian grounds".

Priya Raman, director of the Fisheries Institute, said catches reported by member states had fallen by "nearly \
a third".
"""


def test_who_said_is_left_of_said_and_a_reported_clause_subject_never_speaks() -> None:
    assert table(CLAUSES_AFTER_SAID) == [
        ("no retreat", "Oleksa Marvin", ["Dravenian Telegraph Agency"]),
        # "ordered ... to" is a directive: his word, passed on by the agency (was the agency's)
        ("accelerate", "Oleksa Marvin", ["Dravenian Telegraph Agency"]),
        # was "team", the reported clause's subject after "said"
        ("that nobody had seen before.", "member of the Dravenian delegation", []),
        ("pardoned on humanitarian grounds", "Tarkhan's judiciary", ["Adalat"]),  # was "Sandell"
        ("nearly a third", "Priya Raman", []),  # (a guard: "member" is a role now, "member states" no relay)
    ]


COURT_FILINGS = """Tenants sue over heat

Tenants of a 212-unit complex filed a lawsuit Monday accusing its owner of leaving them without heat.

The suit, filed in Superior Court by the Elmbrook Tenants Association, names Carrow Residential as a defendant.

The complaint alleges that indoor temperatures "fell below 50 degrees for days at a time."

At least one other case has been filed. Corinne Lathe, 71, sued the company Tuesday in federal court.

The complaint alleges that Tamsin Creek "knew or should have known" about the problems.
"""


def test_a_complaint_speaks_for_whoever_filed_it() -> None:
    assert table(COURT_FILINGS) == [
        # was no speaker: "the complaint alleges" had no cue ("alleges" wanted a mention before it)
        ("fell below 50 degrees for days at a time.", "Elmbrook Tenants Association", []),
        ("knew or should have known", "Corinne Lathe", []),  # the plaintiff, never the firm it names
    ]


AN_UNNAMED_WHO = """Layoffs at Quillbyte

Chief executive Owen Hallard wrote in a memo that the company had "hired ahead of the market". He posted a \
shorter version on X.

Several employees described a chaotic morning. A software engineer who was laid off, and who asked not to \
be named, said many workers were locked out of company systems.

"I opened my laptop at 8 and my Slack was already gone," she said.
"""


def test_an_unnamed_person_the_line_before_brings_in_is_who_she_is() -> None:
    # was Owen Hallard, the last person named (whom "she" does not fit)
    assert table(AN_UNNAMED_WHO)[-1] == (
        "I opened my laptop at 8 and my Slack was already gone,", "a software engineer", [])


WEB_BRANDS = """Singer ends tour early

The singer Thandi Mokoena, 31, cut her tour short on Sunday.

"It is a dream that ended too soon," she told TshisaLIVE.

"We will be back next year," Mokoena told GeekWire. Her manager, Sipho DeMarco, agreed.

"She needs rest," DeMarco said.
"""


def test_a_one_word_web_brand_after_told_is_an_outlet() -> None:
    assert table(WEB_BRANDS) == [
        # were no relay: an unknown one-word outlet needed an outlet noun after it
        ("It is a dream that ended too soon,", "Thandi Mokoena", ["TshisaLIVE"]),
        ("We will be back next year,", "Thandi Mokoena", ["GeekWire"]),
        ("She needs rest,", "Sipho DeMarco", []),  # a name with a short inner-capital prefix is a person
    ]


OWNED_LEAD_ROLE = """Talks stall over border

GENEVA, March 4 (Reuters) - Varenia's foreign minister told a U.N. panel on Tuesday that the window for talks \
was "closing by the hour," as fighting spread along the border.

Foreign Minister Odile Marchetti accused neighbouring Castria of arming the rebels.

"We are not asking for pity. We are asking for the rules to be applied.

"Every week of silence is a message to those who are shooting at us."

Castria's ambassador, Tomas Brell, rejected the accusations as "a convenient story."

Castria's chief nuclear negotiator said the talks had made "some progress on the framework," in remarks to \
Castrian state television.
"""


def test_an_owned_role_in_the_lead_is_the_titled_person_named_next() -> None:
    assert table(OWNED_LEAD_ROLE) == [
        # was "Varenia's foreign minister": the next paragraph names her, quoted only after it
        ("closing by the hour,", "Odile Marchetti", []),
        # were "Varenia's foreign minister" too: "Foreign Minister Odile Marchetti accused
        # neighbouring Castria" was read as a title before "Castria"
        ("We are not asking for pity. We are asking for the rules to be applied.", "Odile Marchetti", []),
        ("Every week of silence is a message to those who are shooting at us.", "Odile Marchetti", []),
        ("a convenient story.", "Tomas Brell", []),  # was no speaker: "rejected ... as" was no cue
        # was "negotiator" (the owner cut off by "nuclear") and "state television" (whose?)
        ("some progress on the framework,", "Castria's chief nuclear negotiator", ["Castrian state television"]),
    ]


LEAD_INS_AND_BODIES = """Record falls in Fresno

FRESNO, Calif. (AP) — Lena Marchetti broke the American record in the 400 hurdles on Saturday.

Coach Jordan Dunmore, who has trained Marchetti since college, said the time was no surprise.

"We were aiming for June," Dunmore said.

Asked whether there was more to come, Marchetti grinned.

"There's more in the tank," she said.

In a trackside interview with the Valley Sports Radio, Marchetti took a moment to thank her surgeon.

"Dr. Osei, thank you for my foot," she said.

Fresno Heritage Trust, which manages the stadium, said it would review the new track surface.

"We will be looking carefully at the complaints," it said in a statement.

Kim Sol-hee, a sprinter from Busan, finished fourth. "I was tired," Kim said.
"""


def test_a_lead_in_phrase_before_the_subject_and_a_body_named_with_which() -> None:
    assert table(LEAD_INS_AND_BODIES) == [
        ("We were aiming for June,", "Jordan Dunmore", []),
        # was Jordan Dunmore: "Asked whether ..., Marchetti grinned." named nobody past its comma
        ("There's more in the tank,", "Lena Marchetti", []),
        # was Jordan Dunmore: the lead-in was longer than six words
        ("Dr. Osei, thank you for my foot,", "Lena Marchetti", ["Valley Sports Radio"]),
        # was the radio (the last body): "Fresno Heritage Trust, which ..." was typed a person, "it" nobody
        ("We will be looking carefully at the complaints,", "Fresno Heritage Trust", []),
        ("I was tired,", "Kim Sol-hee", []),  # a hyphenated given name stays a person's
    ]


TOWN_AND_TITLES = """Nurses strike enters second week

Tom Wiebe, 67, of Steinbach, whose hip replacement was cancelled, told The Canadian Press he supported \
the nurses "even though it's costing me."

In a memo seen by The Information, chief executive Dana Rusk said "every dollar has to earn its place."
"""


def test_a_town_aside_and_a_title_with_a_capital_the() -> None:
    assert table(TOWN_AND_TITLES) == [
        # was Steinbach, with "Canadian Press": the town aside before "whose" hid the person
        ("even though it's costing me.", "Tom Wiebe", ["The Canadian Press"]),
        # was no relay: a one-word title the lexicon leaves out ("Information")
        ("every dollar has to earn its place.", "Dana Rusk", ["The Information"]),
    ]


INQUIRY_AND_RESIDENTS = """Maternity failings found at Harlow Vale

The inquiry, led by the former chief midwife Dame Helena Brockley, examined the care given to 900 families \
at Harlow Vale Hospital, run by the Fenmoor NHS Foundation Trust.

"Time and again, mothers told us they were not listened to," the report said.

"We are not saying the unit is beyond repair," lead author Petra Lind, a statistician based in Bergen, \
Norway, told reporters.

Residents of Obunga said the water had run out. Mary Atieno, a mother of four who sells vegetables at the \
market, said her family bought water from vendors.

"We are told to boil water, but where is the water?" she said.

A clinical officer at the referral hospital, who asked not to be named because she was not authorised to \
speak, said the ward was full. "We had two nurses for 40 patients," she said.
"""


def test_a_report_by_its_author_a_town_and_country_aside_and_unnamed_openers() -> None:
    assert table(INQUIRY_AND_RESIDENTS) == [
        # was the trust, the body named last: the inquiry that wrote the report was led by her
        ("Time and again, mothers told us they were not listened to,", "Helena Brockley", []),
        ("We are not saying the unit is beyond repair,", "Petra Lind", []),  # was Norway
        # was Petra Lind: the scene-setting first sentence named a place, so the second was not read
        ("We are told to boil water, but where is the water?", "Mary Atieno", []),
        # was Mary Atieno: "A clinical officer" was read from "officer", past the paragraph's opening
        ("We had two nurses for 40 patients,", "a clinical officer", []),
    ]


STATIONS = """Storm clean-up goes on

"Our outdoor staff have been magnificent," Cr Jan Harkness told ABC Southern Queensland.

League commissioner Alfredo Tan, in an interview with Cebu radio station DYAB, said the series had been the best.

"Seven games, and the last one decided at the buzzer," Tan said.

Federation president Samson Kiptanui, in comments carried by state broadcaster KBC, said the door was open.

"If one of the selected athletes is injured, she comes in," Kiptanui said.

Music critic Femi Adewale, who spoke on the Cool FM breakfast show, said the album was a turning point.

"He is one of the few artistes of his generation," Adewale said.
"""


def test_stations_a_network_region_and_a_relay_carried_by_the_line_before() -> None:
    assert table(STATIONS) == [
        # were "Cr Jan Harkness" with no relay: "Cr" is a councillor's title, ABC's region a station
        ("Our outdoor staff have been magnificent,", "Jan Harkness", ["ABC Southern Queensland"]),
        ("Seven games, and the last one decided at the buzzer,", "Alfredo Tan", ["DYAB"]),  # was "Cebu"
        # was no relay: the line before was not read for "carried by"
        ("If one of the selected athletes is injured, she comes in,", "Samson Kiptanui", ["KBC"]),
        ("He is one of the few artistes of his generation,", "Femi Adewale", ["Cool FM"]),  # "FM" names a station
    ]


INDIAN_WIRE = """'Not done yet': Rao eyes comeback

Nagpur, Mar 14 (PTI) Veteran pacer Harshal Rao on Thursday said he was "not done yet" with Test cricket.

"People have written me off many times," Rao told PTI after the presentation ceremony.

"What is the point of domestic cricket if nobody watches?" Rao was quoted as saying.

Asked about his plans, Rao, who is nicknamed "Bhau" in the dressing room, said, "I will play the IPL first."
"""


def test_an_indian_wire_dateline_a_question_then_quoted_as_saying_and_a_nickname_aside() -> None:
    assert table(INDIAN_WIRE) == [
        ("Not done yet", "Harshal Rao", []),
        ("not done yet", "Harshal Rao", []),
        # was via PTI: "Nagpur, Mar 14 (PTI)" is PTI's own dateline, so "told PTI" is its reporter
        ("People have written me off many times,", "Harshal Rao", []),
        # was Harshal Rao by the paragraph before, with no cue: "?" ended the sentence
        ("What is the point of domestic cricket if nobody watches?", "Harshal Rao", []),
        # was nobody: the nickname in quote marks stopped the aside
        ("I will play the IPL first.", "Harshal Rao", []),
    ]


READ_ON_STATE_TV = """Junta suspends broadcasters

In a statement read on state television ORTV late on Sunday, government spokesman Colonel Idrissa Kanté said \
the coverage had "undermined the morale of the forces."

"The government will no longer tolerate any outlet that gives a platform to killers," the colonel said.

Transition president General Amadou Sagara has accused foreign media of seeking to destabilise the country. \
Addressing officers at a military camp outside the capital on Saturday, the 46-year-old said in remarks \
broadcast by ORTV:

"Our partners of yesterday want us to believe that we cannot defend ourselves.

"We have chosen sovereignty."
"""


def test_a_statement_read_on_television_and_a_speech_introduced_by_a_description() -> None:
    assert table(READ_ON_STATE_TV) == [
        ("undermined the morale of the forces.", "Idrissa Kanté", ["ORTV"]),  # was no relay ("read on")
        # was no relay: "the colonel" goes on with the statement the paragraph before relayed
        ("The government will no longer tolerate any outlet that gives a platform to killers,", "Idrissa Kanté",
         ["ORTV"]),
        # were Idrissa Kanté, no relay: "the 46-year-old said ...:" is the person the line opened on
        ("Our partners of yesterday want us to believe that we cannot defend ourselves.", "Amadou Sagara", ["ORTV"]),
        ("We have chosen sovereignty.", "Amadou Sagara", ["ORTV"]),
    ]


APPOSED_TITLED_NAMES = """Sanctions on Varnish officials

Britain imposed sanctions on Tuesday, with the Foreign Secretary, Harriet Colvin, accusing the government of \
a "systematic and brutal" campaign.

The head of the regional observer mission, former Uruguayan Foreign Minister Lucía Ferrand, told a news \
conference that the vote had been "technically sound but politically poisoned" by disinformation.
"""


def test_a_titled_name_in_apposition_is_the_subject() -> None:
    assert table(APPOSED_TITLED_NAMES) == [
        ("systematic and brutal", "Harriet Colvin", []),  # was Britain: "with X, Name, accusing"
        # was nobody: "former ... Lucía Ferrand" was skipped as an aside after the head's comma
        ("technically sound but politically poisoned", "Lucía Ferrand", []),
    ]


ROLES_AT_BODIES_AND_POSTED_STATEMENTS = """Press groups condemn suspension

Aminata Sow-Kone, West Africa director of the Dakar-based Media Defence Collective, told RFI that the \
suspension was part of "a slow strangulation of independent information."

The Estonian foreign ministry hit back within hours. "The reaction shows once again that they have no \
interest in peace," a statement posted on the ministry's Telegram channel said.
"""


def test_a_role_at_a_body_in_apposition_and_a_statement_posted_somewhere() -> None:
    assert table(ROLES_AT_BODIES_AND_POSTED_STATEMENTS) == [
        # was the Media Defence Collective: her role at it, not the body speaking
        ("a slow strangulation of independent information.", "Aminata Sow-Kone", ["RFI"]),
        # was nobody: the statement, not the channel, is what said it (for the ministry)
        ("The reaction shows once again that they have no interest in peace,", "Estonian foreign ministry",
         ["Telegram"]),
    ]


COUNTY_AND_BRANCH = """Cholera cases rise in Kavuma

Kavuma County has confirmed 312 cholera cases. Patients at Lakeside County Referral Hospital were moved to tents.

The county later said that "no patient has been turned away."

The Kavuma branch secretary of the teachers' union, Mr Jared Otieno, said the union supported the \
closures. "We support the decision, but the county must tell parents when schools will reopen," he said.
"""


def test_the_county_by_its_name_and_a_place_used_as_a_modifier() -> None:
    assert table(COUNTY_AND_BRANCH) == [
        # was the hospital, the last body whose name holds "county"
        ("no patient has been turned away.", "Kavuma County", []),
        # was "Kavuma", an unknown capitalised word after "The" taken for a person
        ("We support the decision, but the county must tell parents when schools will reopen,",
         "Jared Otieno", []),
    ]


UNNAMED_AND_TEAMS = """Finals night in Cebu

Mobley, the 6-foot-8 former G League forward, finished with 31 points.

Hours after the game, the American posted on Instagram: "Cebu, you adopted me."

Iloilo, which had led by nine, was left to rue a late collapse. Coach Benjie Sarmiento refused to blame his players.

"We have nothing to be ashamed of," the Tigersharks mentor told reporters.

One shopkeeper, who did not want to be named, said power had been out since the storm.

"Every hour that goes by is money in the bin," the shopkeeper said.

One teacher at the school, who asked not to be named, said staff had learnt of the decision informally.

"We were told in a WhatsApp message," she said.

The nationalist tabloid Global Times, published by the ruling party's People's Daily, said Manila was \
"playing with fire."

Senegal's Foreign Minister Aissatou Ndiaye, in remarks carried by the official APS news agency, said the \
demand was "not negotiable."

Samajik Nyay Morcha (SNM) state president Kavita Choudhary said her party would reflect.

"We accept the verdict of the people with humility," she told reporters.
"""


def test_unnamed_people_teams_demonym_speakers_and_outlets_by_their_owners() -> None:
    assert table(UNNAMED_AND_TEAMS) == [
        # was nobody: "the American posted" was read as an adjective before a noun
        ("Cebu, you adopted me.", "Mobley", ["Instagram"]),
        # was "Iloilo": a team ("which") opened the line, the coach is named in its second sentence
        ("We have nothing to be ashamed of,", "Benjie Sarmiento", []),
        # were the coach and a person before: "One shopkeeper, who ..." is who "the shopkeeper" is
        ("Every hour that goes by is money in the bin,", "one shopkeeper", []),
        ("We were told in a WhatsApp message,", "one teacher at the school", []),
        # "published by" the paper's owner names who owns it, no relay
        ("playing with fire.", "Global Times", []),
        ("not negotiable.", "Aissatou Ndiaye", ["APS"]),  # was "official", the outlet's adjective
        # was "Samajik Nyay Morcha": the party before its short form is her title, not a person
        ("We accept the verdict of the people with humility,", "Kavita Choudhary", []),
    ]


CORONER_AND_RECALL = """Boy's river death was avoidable, coroner rules

Recording a conclusion of accidental death, area coroner Elspeth Varnham said the signs had been removed.

One of his friends, Jake Morrow, now 17, said in a statement read to the court: "We'd done it loads of times."

The coroner said she would send a report to the trust.

"I am not satisfied that anyone took ownership of the question," she said.

Speaking outside court, the family's solicitor, Priya Nandra, read a statement on behalf of Callum's mother, \
Joanne Farris.

"Callum was the light of our family.

"We have waited more than a year for answers."

Varnham believes the signs would have saved him, an idea campaigners call the "last line" defence.

"Think of a sign as a lifeguard who never sleeps.

"It costs almost nothing."

Kestrel Appliances Co. is recalling packs sold in South Korea and the United States, the company said.

In a filing with South Korea's Ministry of Trade, Industry and Energy, the company said the cells "may cause \
a short circuit."
"""


def test_a_coroner_a_statement_on_behalf_of_someone_a_term_and_the_company_not_the_ministry() -> None:
    assert table(CORONER_AND_RECALL) == [
        ("We'd done it loads of times.", "Jake Morrow", []),
        # was Jake Morrow: "coroner" was no role noun, so "The coroner said ..." named nobody
        ("I am not satisfied that anyone took ownership of the question,", "Elspeth Varnham", []),
        # were Priya Nandra, who read the statement: it speaks for the mother
        ("Callum was the light of our family.", "Joanne Farris", []),
        ("We have waited more than a year for answers.", "Joanne Farris", []),
        # were nobody: the scare-quoted term made the line before a quoting one
        ("Think of a sign as a lifeguard who never sleeps.", "Elspeth Varnham", []),
        ("It costs almost nothing.", "Elspeth Varnham", []),
        ("may cause a short circuit.", "Kestrel Appliances Co.", []),  # was the ministry it filed with
    ]


WITNESS_STAND = """Singer tells jury of lost royalties

Pop singer Sienna Vane took the witness stand on Tuesday in her lawsuit against her former manager.

Questioned by her attorney, Rachel Stone, Vane described finding the discrepancies.

"I didn't understand at first. I thought it was a typo."

"The government's housing plan has become a press release with a roof on it," said the independent TD for \
Dublin South-Central, Niamh Garvey, who marched with the crowd.
"""


def test_a_questioner_in_apposition_and_an_unknown_office_before_a_name() -> None:
    assert table(WITNESS_STAND) == [
        # was Rachel Stone: the name after "Questioned by her attorney," is the attorney's
        ("I didn't understand at first. I thought it was a typo.", "Sienna Vane", []),
        # was nobody: "TD" is an office no list knows; the name in apposition speaks
        ("The government's housing plan has become a press release with a roof on it,", "Niamh Garvey", []),
    ]


OWNED_ROLE_NAMED_LATER = """Cartel extends cuts, Veldan minister urges "patience"

VIENNA (AP) - Oil producers agreed on Sunday to extend their cuts, with Veldan's energy minister telling \
reporters that the market needed "patience, not panic."

The group said in a statement that members had agreed to keep output targets unchanged.

It also said eight members would unwind a separate layer of cuts more slowly.

"We are not chasing a price," Veldan Energy Minister Khalid Al-Rashan told a news conference.
"""


def test_an_owned_role_in_the_lead_is_whoever_the_article_later_titles_so() -> None:
    rows = table(OWNED_ROLE_NAMED_LATER)
    # were "Veldan's energy minister": the person is titled so three paragraphs on, not the next
    assert rows[:2] == [("patience", "Khalid Al-Rashan", []), ("patience, not panic.", "Khalid Al-Rashan", [])]
    assert rows[-1] == ("We are not chasing a price,", "Khalid Al-Rashan", [])


HEADLINE_DENIAL = """Beijing warns Manila it will not "sit idly by" over shoal patrols

BEIJING, March 12 (Reuters) - China "will not sit idly by" while the Philippines sends ships to the shoal, \
foreign ministry spokeswoman Lin Jiahui said on Tuesday.
"""


def test_a_headline_that_denies_as_the_body_does_takes_the_body_speaker() -> None:
    # was Beijing: "will not sit idly by" read as denying the headline's words
    assert table(HEADLINE_DENIAL)[0] == ("sit idly by", "Lin Jiahui", [])


ANOTHER_FAN = """Concert chaos in Pune

The Global Times, a tabloid published by the ruling party's People's Daily, said Tokyo was "using a \
criminal case as a bargaining chip."

"We came from Satara, three hours by bus," a fan, Sneha Jadhav, told reporters.

"It was like a railway station at Diwali," another fan said.
"""


def test_another_fan_is_someone_new_and_a_tabloid_published_by_its_owner() -> None:
    assert table(ANOTHER_FAN) == [
        # was via the owner: "a tabloid published by" names who owns the paper, no relay
        ("using a criminal case as a bargaining chip.", "Global Times", []),
        ("We came from Satara, three hours by bus,", "Sneha Jadhav", []),
        ("It was like a railway station at Diwali,", "another fan", []),  # was Sneha Jadhav
    ]


KNOWN_AS = """Zeno announces world tour, says new album "cost me everything"

Afrobeats singer Obinna Nwoke, popularly known as Zeno, has announced a 22-city world tour.

Speaking with journalists, the 29-year-old said the album had "cost me everything" emotionally.

"I was crying in the booth," Zeno said.
"""


def test_a_stage_name_and_a_first_person_quote_after_album() -> None:
    assert table(KNOWN_AS) == [
        # was no quote: "album" before it made it a title; lower-case words saying "me" are speech
        ("cost me everything", "Obinna Nwoke", []),
        ("cost me everything", "Obinna Nwoke", []),
        ("I was crying in the booth,", "Obinna Nwoke", []),  # was "Zeno": "known as" names him
    ]


UNNAMED_SOURCES_INTRODUCED = """Budget passes after a long night

One senior Democratic aide, granted anonymity to describe private talks, said leadership had been unsure.

"There was a moment around four o'clock where we thought we might lose," the aide said.

A person familiar with the matter said the board had pushed for deeper cuts.

"There was real pressure to get to profitability," the person said.

Another worker, who asked not to be named, said rumors had circulated for months.

"Everybody knew something was coming," the worker said.

"Every software CEO is being asked the same question: what does your cost structure look like?" Sarah \
Lindqvist, an analyst at Halvorsen Capital, said in an interview.

Kowalski's campaign wrote on X that the mayor had "laid out a clear plan," and posted a clip.
"""


def test_unnamed_sources_a_line_introduces_and_a_platform_is_no_subject() -> None:
    assert table(UNNAMED_SOURCES_INTRODUCED) == [
        # were people named before: the unnamed source the line before brings in speaks
        ("There was a moment around four o'clock where we thought we might lose,",
         "one senior Democratic aide", []),
        ("There was real pressure to get to profitability,", "a person familiar with the matter", []),
        ("Everybody knew something was coming,", "another worker", []),
        # was the speaker before: "?" ends the sentence; the next names her past an aside
        ("Every software CEO is being asked the same question: what does your cost structure look like?",
         "Sarah Lindqvist", []),
        ("laid out a clear plan,", "Kowalski", ["X"]),  # was "X", the platform, as the subject
    ]


REGIONAL_TITLES = """Floods force thousands from their homes

State disaster management committee secretary Datuk Mohd Faizal Che Harun said 187 relief centres had \
been opened, with Kuala Krai, Tanah Merah and Pasir Mas the worst hit.

"The situation is still worrying," he said in a statement on Sunday.

At a relief centre set up in a primary school in Manek Urai, housewife Rohana Ismail said the water rose fast.

"I only managed to grab our ICs and the children's school books," she said.

Kuala Krai OCPD Supt Azman Yaakob said two men were feared drowned.

"The search and rescue operation resumed at 7am today," he said when contacted.
"""


def test_regional_titles_and_a_long_setting_before_the_speaker() -> None:
    assert table(REGIONAL_TITLES) == [
        # was "Pasir Mas": the committee's title made the line name nobody, and "Datuk" was a name
        ("The situation is still worrying,", "Mohd Faizal Che Harun", []),
        # was Mohd Faizal: the setting ran past the 70 characters read
        ("I only managed to grab our ICs and the children's school books,", "Rohana Ismail", []),
        ("The search and rescue operation resumed at 7am today,", "Azman Yaakob", []),  # was "Kuala Krai"
    ]


MEMBERS_AND_APPOSED_EXPERTS = """Central bank cuts rates

The Ranking Member on Parliament's Finance Committee, Hon. Kofi Adjei-Mensah, said the Bank had been "too slow."

"We said this three months ago," the MP for Asante Akyem Kwahu told Citi News.

An economist at the University of Cape Coast, Prof. Yaw Boakye Darkwa, said the Committee struck the right balance.

"You don't want to cut aggressively and then be forced to reverse yourself," he said.

Member for Toowoomba North Kirra Dalby posted on Facebook: "Thinking of everyone tonight."
"""


def test_the_mp_for_a_constituency_and_an_expert_named_after_their_employer() -> None:
    assert table(MEMBERS_AND_APPOSED_EXPERTS) == [
        ("too slow.", "Kofi Adjei-Mensah", []),
        ("We said this three months ago,", "Kofi Adjei-Mensah", ["Citi News"]),  # was the constituency
        # was the constituency, via Citi News: the economist's name stood past eight words
        ("You don't want to cut aggressively and then be forced to reverse yourself,", "Yaw Boakye Darkwa", []),
        # (her constituency glued to her name is a known gap; the rule for "the MP for X" must not
        # turn the untitled "Member for X Name" into a bare "Member")
        ("Thinking of everyone tonight.", "Toowoomba North Kirra Dalby", ["Facebook"]),
    ]


OFFICES_AND_PLACES = """Central bank cuts its policy rate

Announcing the decision in Accra on Monday, the Governor of the Central Bank, Dr Kwabena Asante-Boadu, said \
inflation was "firmly on a downward path."

"Headline inflation declined to 18.2 per cent in September," the Governor said.

Lena Thorvald, a meteorologist with private forecaster WeatherEdge, said there was "not a lot of relief" in sight.

"We lost, but we are not beaten," Gert Hoekman told reporters in The Hague.
"""


def test_an_office_and_its_holder_a_firm_in_an_aside_and_the_hague() -> None:
    assert table(OFFICES_AND_PLACES) == [
        ("firmly on a downward path.", "Kwabena Asante-Boadu", []),
        # was "Governor of the Central Bank": the office, typed a body, described nobody
        ("Headline inflation declined to 18.2 per cent in September,", "Kwabena Asante-Boadu", []),
        ("not a lot of relief", "Lena Thorvald", []),  # was WeatherEdge, the firm in her aside
        ("We lost, but we are not beaten,", "Gert Hoekman", []),  # was via "The Hague"
    ]


HOWEVER_AN_ENGINEER = """Taps run dry in Ilanga Hills

"The first pump will be back on line by Friday," Mayor Thandeka Dlamini-Sithole said.

However, a municipal engineer, who spoke on condition of anonymity, said the tanker schedule existed only on paper.

"Some of those tankers have not been paid for three months," he said.
"""


def test_a_discourse_adverb_before_an_unnamed_source() -> None:
    # was Thandeka Dlamini-Sithole: "However," hid the engineer the line brings in
    assert table(HOWEVER_AN_ENGINEER)[-1] == (
        "Some of those tankers have not been paid for three months,", "a municipal engineer", [])


CALL_SIGNS_AND_BROADCASTERS = """Nurses ratify contract

Chief Nursing Officer Graham Whitby told KGW in February that the proposal would have cost "north of \
$40 million a year."

Mr Qureshi, talking to PTV, dismissed the allegations as "baseless and motivated."

The WHO said it was "alarmed," Dr Ben Olade told WHO officials.
"""


def test_station_call_signs_and_national_broadcasters_relay() -> None:
    assert table(CALL_SIGNS_AND_BROADCASTERS) == [
        ("north of $40 million a year.", "Graham Whitby", ["KGW"]),  # was no relay: a call sign
        ("baseless and motivated.", "Qureshi", ["PTV"]),  # was no relay: PTV was no known outlet
        ("alarmed,", "Ben Olade", []),  # the WHO is no station
    ]



OFFICE_IN_THE_LEAD = """Treasurer rejects 'fairy-tale' costings from opposition

Wilhelmina Strand has accused the shadow treasurer of selling "fairy-tale costings" to voters.

Speaking on Harbour Radio's Breakfast show, the Treasurer said the numbers "would not pass a first-year \
exam".

The shadow treasurer, Corin Halvey, said the Treasurer had "no answers". "She has had three years," he said.

Later the Treasurer told reporters the costings were "a wish list".
"""

OFFICE_THEN_ITS_HOLDER = """Deputy premier says cabinet 'will not be rushed'

The Deputy Premier has insisted the cabinet "will not be rushed" on the port deal.

Speaking on Coastline FM's Morning Report, Odile Fennimore said the delay was "prudent".
"""


def test_an_office_the_lead_gives_its_subject_is_that_person_and_a_shadow_office_is_another() -> None:
    assert [(q, s) for q, s, _r in table(OFFICE_IN_THE_LEAD)] == [
        ("fairy-tale", "Wilhelmina Strand"),
        ("fairy-tale costings", "Wilhelmina Strand"),
        ("would not pass a first-year exam", "Wilhelmina Strand"),  # was "Breakfast", the show
        ("no answers", "Corin Halvey"),
        ("She has had three years,", "Corin Halvey"),
        # was Corin Halvey: "the shadow treasurer" was filed under "treasurer" too
        ("a wish list", "Wilhelmina Strand"),
    ]
    # was "Deputy Premier" for both: the lead's office is who the next paragraph names
    assert [(q, s) for q, s, _r in table(OFFICE_THEN_ITS_HOLDER)][:2] == [
        ("will not be rushed", "Odile Fennimore"),
        ("will not be rushed", "Odile Fennimore"),
    ]


AN_OFFICE_NOBODY_HOLDS_AND_A_STATEMENT_THAT_READS = """Flood works delayed again

Independent TD Maire Lonergan raised the delay in the chamber on Tuesday.

The Taoiseach said he would ask officials to meet her "within the week".

In a statement, the Office of Public Works said the tender had been paused.

"The Office remains committed to the scheme," the statement read.
"""


def test_a_capitalised_office_nobody_is_named_as_is_not_the_member_just_named() -> None:
    assert table(AN_OFFICE_NOBODY_HOLDS_AND_A_STATEMENT_THAT_READS) == [
        # was "Taoiseach", read as a name; as an office, never the TD the line before names
        ("within the week", "the Taoiseach", []),
        ("The Office remains committed to the scheme,", "Office of Public Works", []),  # was nobody's
    ]


A_VERB_BEFORE_A_PLACE_AND_WHAT_A_FIRM_ADDED = """Chipmaker lifts outlook

Chief Executive Tarun Velasco said sales rose. Chief Financial Officer Dana Whitlow told analysts margins \
would dip. "It is a mix issue," she said.

Velasco said the company had added capacity in Malaysia and expected shortages to ease "by the autumn."

Whitlow said margins would recover "in the second half".

Velasco also addressed U.S. export curbs on advanced chips.

"We have planned for a world without that market," he said.

Analysts at Castleford Kemp said in a note that the outlook was "cautious". "The risk is execution," they wrote.
"""


def test_an_adverb_and_a_place_are_no_title_and_had_added_capacity_is_no_speech() -> None:
    assert [(q, s) for q, s, _r in table(A_VERB_BEFORE_A_PLACE_AND_WHAT_A_FIRM_ADDED)] == [
        ("It is a mix issue,", "Dana Whitlow"),  # was Tarun Velasco, who opens the paragraph
        ("by the autumn.", "Tarun Velasco"),  # was the company: "had added capacity" is no speech
        ("in the second half", "Dana Whitlow"),
        ("We have planned for a world without that market,", "Tarun Velasco"),  # was Dana Whitlow
        ("cautious", "analysts at Castleford Kemp"),
        ("The risk is execution,", "analysts at Castleford Kemp"),  # was the chipmaker
    ]


CLUBS_AGES_AND_FILMS = """Harbury Town part company with Vosk

Harbury Town have sacked manager Ilan Vosk after a 4-0 defeat by Kelby United.

In a statement, the club said: "We thank Ilan for his work."

Osei, a two-time finalist, was gracious in defeat. "He was better," the Londoner said.

The 29-year-old had been carrying a knee strain since Montreal but insisted it was "not an excuse."

The Quiet Tide is one of 19 films in competition, judged by a jury led by director Maren Solberg. At the \
jury's first news conference, Solberg said she wanted to be surprised.

"We are here to be moved," she said.
"""


def test_the_club_a_city_demonym_an_age_after_a_place_and_a_film_that_opens_a_line() -> None:
    assert [(q, s) for q, s, _r in table(CLUBS_AGES_AND_FILMS)] == [
        ("We thank Ilan for his work.", "Harbury Town"),  # was Kelby United, the club named last
        ("He was better,", "Osei"),  # was "Londoner"
        ("not an excuse.", "Osei"),  # was "Montreal", the place the strain dates from
        ("We are here to be moved,", "Maren Solberg"),  # was "Quiet Tide", the film
    ]


OUTLETS_BY_WHAT_THEY_ARE = """Border row deepens

Al Jazeera first reported the talks. "Nothing is off the table," Rostami told the Qatar-based network.

"We are not moving," Velardo said in remarks carried live by state broadcaster TVN7 from the palace.

"This is not how neighbours behave," Wanjiru told GTV.

"We expect an apology," Wanjiru later told Sautiya's morning programme.
"""


def test_an_outlet_by_its_adjective_carried_live_and_a_channels_programme_relay() -> None:
    assert table(OUTLETS_BY_WHAT_THEY_ARE) == [
        ("Nothing is off the table,", "Rostami", ["Al Jazeera"]),  # was "Qatar-based"
        ("We are not moving,", "Velardo", ["TVN7"]),  # was no relay: "live" between "carried" and "by"
        ("This is not how neighbours behave,", "Wanjiru", ["GTV"]),  # was no relay: a channel's initials
        ("We expect an apology,", "Wanjiru", ["Sautiya"]),  # was no relay: whose programme
    ]


A_SPOKESWOMAN_IN_THE_LEAD = """Prague tells Budapest to 'stop the theatrics'

PRAGUE, May 2 - A Czech foreign ministry spokeswoman on Tuesday accused Hungary of "staging" the border \
incident and told it to "stop the theatrics."

"The Hungarian side ignored every warning," spokeswoman Irena Kovacova told a regular briefing.
"""


def test_an_unnamed_spokeswoman_in_a_lead_is_the_one_the_next_paragraph_names() -> None:
    # were "Czech foreign ministry spokeswoman": the next paragraph names her, after her words
    assert [s for _q, s, _r in table(A_SPOKESWOMAN_IN_THE_LEAD)] == ["Irena Kovacova"] * 4


BODIES_INTRODUCING_QUOTATION = """Drills condemned

Lena Harrow, the envoy's sister, issued a statement via Norvik Radio describing the drills as "a dress \
rehearsal". "They should stop," she said.

Elsewhere, Tarland's foreign ministry expressed "full solidarity" with the island.

In a commentary also carried by Norvik Radio, the defence ministry said:

"The drills push the region to the brink.

"Our forces will answer every provocation."
"""


def test_a_channel_before_a_participle_is_no_caller_and_a_body_before_a_colon_speaks_what_follows() -> None:
    assert [(q, s) for q, s, _r in table(BODIES_INTRODUCING_QUOTATION)] == [  # (another ministry)
        ("a dress rehearsal", "Lena Harrow"),  # was Norvik Radio
        ("They should stop,", "Lena Harrow"),
        ("full solidarity", "Tarland's foreign ministry"),  # was dropped: "expressed" was no cue
        ("The drills push the region to the brink.", "defence ministry"),  # were Lena Harrow
        ("Our forces will answer every provocation.", "defence ministry"),
    ]


AN_INTERVIEW_WITH_AN_EDITOR_QUOTED_FIRST = """"I write at the kitchen table": Halina Dobrev on her late start

Interview by Cara Wynne

"She sent it in with a note pinned to the front," said Tomas Reidy, her editor at Grey Finch.

You were 63 when you began. What happened?

"My husband died, and the house went quiet."

Some critics have called the prose "plain". Does that bother you?

"Let them. Plain is what I am."
"""


def test_an_interviews_answers_are_the_headlines_subject_even_after_a_question_that_quotes() -> None:
    assert [(q, s) for q, s, _r in table(AN_INTERVIEW_WITH_AN_EDITOR_QUOTED_FIRST)][2:] == [
        ("My husband died, and the house went quiet.", "Halina Dobrev"),  # was Tomas Reidy
        ("plain", "Some critics"),
        ("Let them. Plain is what I am.", "Halina Dobrev"),  # was "Some critics"
    ]


AGES_SEXES_AND_A_PROSECUTOR_NAMED_LATER = """Dealer jailed

TORONTO - A Crown prosecutor urged the judge to jail a Mississauga man for what she called "a poison \
pipeline."

"This was a business," Crown prosecutor Maren Adeyemi told the court.

At the family's farm, their daughter, Colleen Harte-Voss, 56, remembered the postcards. "He kept every one," \
she said.

It was her son, Tyler Voss, who planned the trip.

"I thought he was joking," the 82-year-old widow said.
"""


def test_a_leads_unnamed_prosecutor_titled_later_and_a_description_no_one_named_may_fit() -> None:
    assert [(q, s) for q, s, _r in table(AGES_SEXES_AND_A_PROSECUTOR_NAMED_LATER)] == [
        ("a poison pipeline.", "Maren Adeyemi"),  # was "Crown prosecutor"
        ("This was a business,", "Maren Adeyemi"),
        ("He kept every one,", "Colleen Harte-Voss"),
        ("I thought he was joking,", "widow"),  # was Tyler Voss: a widow is no man, and not 56
    ]


OUTLETS_IN_LOWER_CASE_OR_BY_ADDRESS = """Team orders row

"It is harsh," Armitage told talkSPORT.

Speaking to Sky Sports F1 after the race, Velden was pointed. "I had the pace," he said.

A team insider told Motorsport.com that relations were "frosty at best".

His father explained it to De Telegraaf. "Sem is a racer," he told the Dutch daily.
"""


def test_outlets_in_lower_case_a_known_outlets_channel_a_site_by_address_and_the_demonym_daily() -> None:
    assert [r for _q, _s, r in table(OUTLETS_IN_LOWER_CASE_OR_BY_ADDRESS)] == [
        ["talkSPORT"],  # was none: a lower-case first letter was no name
        ["Sky Sports F1"],  # was none
        ["Motorsport.com"],  # was none
        ["De Telegraaf"],  # was none: "the Dutch daily" is the daily named last
    ]


A_ROLE_THE_NEXT_SENTENCE_OPENS_ON = """The pub the village bought

Gethin Rowlands holds the door open with one shoulder. The former miner, who is 68, now keeps the cellar.

Mared Ellis runs the kitchen. She arrived in 2019.

"It is not a pub, it is a lifeboat," the former miner says.

Hiroko Vance sailed out of Woods Hole for forty years.

"It is the busiest place on the planet," she said.
"""


def test_a_role_the_next_sentence_opens_on_is_the_person_before_and_out_of_a_place() -> None:
    assert [(q, s) for q, s, _r in table(A_ROLE_THE_NEXT_SENTENCE_OPENS_ON)] == [
        ("It is not a pub, it is a lifeboat,", "Gethin Rowlands"),  # was "former miner"
        ("It is the busiest place on the planet,", "Hiroko Vance"),  # was "Woods Hole", a place
    ]


PAPERS_BY_THEIR_SHAPE_AND_THE_PAPER = """Referee row

Committee chairman Tendai Marufu told The Bulawayo Herald that the footage would be reviewed.

"We take all complaints seriously," Marufu told the paper.

Depot manager Rashid Kabir told The Daily Courant that supply would improve.

"We are doing our best," Kabir told the newspaper.

"It is not fair," Okello told KTV Lira. "Not all of us," he told the station later.
"""


def test_a_paper_by_its_shape_is_what_the_paper_means_later() -> None:
    assert [r for _q, _s, r in table(PAPERS_BY_THEIR_SHAPE_AND_THE_PAPER)] == [
        ["The Bulawayo Herald"],  # was "the paper": a quote-free line named it
        ["The Daily Courant"],  # was "the newspaper"
        ["KTV Lira"],
        ["KTV Lira"],  # was "the station"
    ]


POLICE_TITLES_SOLICITORS_AND_A_CAR = """Inquest and chase

Gordon Tessel said he was "innocent".

"This has been a difficult investigation," Supt. Dara Kowal, officer in charge of the major crimes unit in \
southern Alberta, told reporters at a news conference in Red Deer on Thursday.

Callum Rede died in December. His mother, Denise Rede, made three calls that night.

In a statement issued through her solicitors, Harcourt Pryce LLP, Mrs Rede said:

"Callum was funny and clever.

"He was training to be an electrician."

"""


def test_police_title_abbreviations_a_firm_in_apposition_a_married_title_and_a_car() -> None:
    assert [(q, s) for q, s, _r in table(POLICE_TITLES_SOLICITORS_AND_A_CAR)] == [
        ("innocent", "Gordon Tessel"),
        ("This has been a difficult investigation,", "Dara Kowal"),  # was Gordon Tessel: "Supt." ended a sentence
        ("Callum was funny and clever.", "Denise Rede"),  # was Harcourt Pryce LLP, then Callum Rede
        ("He was training to be an electrician.", "Denise Rede"),
    ]


A_CAR_AFTER_AN_ADJECTIVE = """Chase

Jayden Kolar was driving a stolen Holden Corvane through Noble Park.

"Catch me if you can," the 22-year-old wrote.
"""


def test_a_name_after_an_article_and_an_adjective_is_a_thing() -> None:
    assert table(A_CAR_AFTER_AN_ADJECTIVE) == [("Catch me if you can,", "Jayden Kolar", [])]  # was the car


SOURCES_WITH_ODD_WORDS_AND_ANOTHER_NAMED = """Output talks

Hassan Tamimi said the deal was "fine".

"Compliance is the elephant in the room," one OPEC+ source told Reuters.

Another regular, 81-year-old Derek Shenton, said the library was "the only place I talk to anyone".
"""


def test_a_source_described_past_odd_words_and_another_person_named_in_apposition() -> None:
    assert table(SOURCES_WITH_ODD_WORDS_AND_ANOTHER_NAMED) == [
        ("fine", "Hassan Tamimi", []),
        ("Compliance is the elephant in the room,", "one OPEC+ source", ["Reuters"]),  # was Hassan Tamimi
        ("the only place I talk to anyone", "Derek Shenton", []),  # was "another Another regular"
    ]


A_COLD_OPEN_AND_A_BARE_ROLE = """The choir where every member has a tremor

By Naomi Trew

"Shoulders down. Breathe into your belly. Now, from the top."

Clare Ashford raises her arms, and 23 voices fill the church hall.

Keith Bramley, 71, joined in 2021.

Dr Farah Quill, a speech scientist at the university, has recorded the choir since 2022.

The researcher is quick to add that the study is small. "It is a signal, not proof," she says.
"""


def test_a_cold_open_is_the_next_paragraphs_person_and_a_bare_role_the_person_last_named() -> None:
    assert [(q, s) for q, s, _r in table(A_COLD_OPEN_AND_A_BARE_ROLE)] == [
        ("Shoulders down. Breathe into your belly. Now, from the top.", "Clare Ashford"),  # was nobody's
        ("It is a signal, not proof,", "Farah Quill"),  # was "researcher"
    ]


NUMBERED_CHANNELS_AND_A_CENTERS_ORG = """Count night

Mayor Hana Latu spoke first.

"It is a nail-biter," she told 1News.

Officials at the Centers for Disease Control said they were "in daily contact".
"""


def test_a_channel_named_by_its_number_and_an_org_of_centers_is_no_person() -> None:
    assert table(NUMBERED_CHANNELS_AND_A_CENTERS_ORG) == [
        ("It is a nail-biter,", "Hana Latu", ["1News"]),  # was no relay
        ("in daily contact", "Centers for Disease Control", []),  # was "Disease Control"
    ]


REPLIES_AFTER_A_SENTENCE_ABOUT_SOMEONE = """Wolves held again

Manager Rui Fontes was angry. "It was a penalty," Fontes said.

Asked whether he would be contacting the referees' body, the 51-year-old shrugged. "What for? They will say \
it was correct."

One supporter, who has held a season ticket for three decades, was blunt as he left the ground. "It is the \
same story every week."
"""


def test_a_quote_after_a_sentence_about_an_unnamed_person_or_an_age_is_theirs() -> None:
    assert [(q, s) for q, s, _r in table(REPLIES_AFTER_A_SENTENCE_ABOUT_SOMEONE)] == [
        ("It was a penalty,", "Rui Fontes"),
        ("What for? They will say it was correct.", "Rui Fontes"),  # was nobody's
        ("It is the same story every week.", "one supporter"),  # was nobody's
    ]


A_ROLE_AT_A_NAMED_BODY_IN_APPOSITION = """Measles closes schools

"We do not take this lightly," said Dr. Priya Nandi, the Yakima Health District's health officer.

"I was up at five," said Rosa Delmar, who has three children at the school.

The health officer said the district would run clinics.

"If your child has had two doses, they are protected," she said.
"""


def test_a_role_at_a_named_body_in_apposition_describes_the_person() -> None:
    # was Rosa Delmar: "X, the Y's health officer," never described X as the health officer
    assert table(A_ROLE_AT_A_NAMED_BODY_IN_APPOSITION)[-1] == (
        "If your child has had two doses, they are protected,", "Priya Nandi", [])


LOCAL_WIRES = """Homes plan

The council's head of planning, Gareth Lowry, told the Local Democracy Reporting Service that a decision was \
unlikely before the spring.

"We have received more than 1,100 representations," Mr Lowry said.

A ministry spokesperson told PA Media the funding was "under review".
"""


def test_local_democracy_reporting_and_pa_media_relay() -> None:
    assert [r for _q, _s, r in table(LOCAL_WIRES)] == [
        ["Local Democracy Reporting Service"],  # was none
        ["PA Media"],  # was none
    ]


A_BARE_PLURAL_CALLED_AFTER_A_LONG_ASIDE = """Seaweed for cattle

Dr Priya Venn leads the trial. "The early results are striking," she says.

Professor Alasdair Renwick, an agricultural economist at Scotland's Rural College who is not involved in the \
study, calls feed additives "a sticking plaster on a much bigger wound".

"If you are serious about emissions from beef, the honest answer is fewer cattle," he says.
"""


def test_calls_a_bare_plural_after_a_long_aside_is_the_name_before_it() -> None:
    assert [(q, s) for q, s, _r in table(A_BARE_PLURAL_CALLED_AFTER_A_LONG_ASIDE)][1:] == [
        ("a sticking plaster on a much bigger wound", "Alasdair Renwick"),  # was nobody's
        ("If you are serious about emissions from beef, the honest answer is fewer cattle,",
         "Alasdair Renwick"),
    ]


THE_VOICE_BELONGS_TO = """The gym on Germantown Avenue

Dana Price, 41, owns the building.

"Hands up. You want to get hit? Go home and get hit."

The voice belongs to Ambrose Tilling, and it fills the old auto-body shop.
"""


def test_the_voice_belongs_to_names_who_spoke_the_paragraph_before() -> None:
    # was nobody's (then Dana Price): "The voice belongs to X" says whose words they were
    assert table(THE_VOICE_BELONGS_TO) == [
        ("Hands up. You want to get hit? Go home and get hit.", "Ambrose Tilling", [])]


A_FIRST_NAME_ONLY_AND_A_PAUSE = """Floods

"This is the worst flooding in a century," Gov. Lorraine Tidmore said at a briefing.

"We have people on rooftops," said Sheriff Wade Hollins.

At a shelter in Black Mountain, families sat on cots. One man, who gave only his first name, Travis, said \
the water had reached his ceiling.

"We lost everything but the dog," he said.

Asked whether the state had enough resources, the governor paused before answering.

"We will need help, and we will ask for it," she said.
"""


def test_a_first_name_given_only_and_a_role_after_a_lead_in_with_any_verb() -> None:
    assert [(q, s) for q, s, _r in table(A_FIRST_NAME_ONLY_AND_A_PAUSE)][2:] == [
        ("We lost everything but the dog,", "Travis"),  # was Wade Hollins
        ("We will need help, and we will ask for it,", "Lorraine Tidmore"),  # was Wade Hollins
    ]


A_PAPERS_SHORT_NAME = """Sentencing

Outside the courthouse, Laferriere told the Toronto Star that his client was studying.

"I come so they know someone is watching," Ferreira told the Star.

"The ocean is not empty," Hiroko Vance told Scientific American in 2011.
"""


def test_a_papers_short_name_is_the_paper_named_before() -> None:
    assert [r for _q, _s, r in table(A_PAPERS_SHORT_NAME)] == [
        ["Toronto Star"],  # was none: "the Star" is the Toronto Star named before
        ["Scientific American"],  # was none
    ]


TOLD_REPORTERS_A_CLAUSE = """Flood toll rises

LAHORE - The death toll rose to 40 on Sunday, officials said.

Provincial relief commissioner Amina Qureshi told reporters the agency was stretched. "We are doing \
everything we can," she said.

"We need more boats," Qureshi added.
"""


def test_whom_a_speaker_told_is_an_audience_not_the_outlet_after_it() -> None:
    assert table(TOLD_REPORTERS_A_CLAUSE) == [
        ("We are doing everything we can,", "Amina Qureshi", []),  # was ["the agency"]
        ("We need more boats,", "Amina Qureshi", []),  # was ["the agency"]
    ]


A_TITLES_INITIALS = """Police vow crackdown

NAIROBI - The Inspector-General of Police, Douglas Kanja Mwangi, on Monday ordered more patrols.

"We will not allow criminals to hold the city hostage," the IGP said.

Director General ISPR Major General Ahmed Sharif said troops had cleared the area. "The operation \
continues," the DG ISPR said.
"""


def test_a_title_by_its_initials_is_who_the_article_gave_the_title() -> None:
    assert [(q, s) for q, s, _r in table(A_TITLES_INITIALS)] == [
        ("We will not allow criminals to hold the city hostage,", "Douglas Kanja Mwangi"),  # was IGP
        ("The operation continues,", "Ahmed Sharif"),  # was DG ISPR
    ]


A_PERSON_OF_A_BODY_IN_A_PLACE = """Coral study

Another marine biologist, Teodora Vasquez of the Institute of Marine Sciences in Barcelona, Spain, \
called the findings "deeply worrying" but said more sampling was needed.
"""


def test_a_person_of_a_body_in_a_place_called_it_not_the_place() -> None:
    assert [(q, s) for q, s, _r in table(A_PERSON_OF_A_BODY_IN_A_PLACE)] == [
        ("deeply worrying", "Teodora Vasquez"),  # was Spain's run "Barcelona"
    ]


A_LEAD_CHIEF_EXECUTIVE = """Brightwell shares climb as CEO says orders are 'still accelerating'

Shares of Brightwell Robotics rose 9% on Thursday after the warehouse-automation firm beat forecasts \
and its chief executive said orders were "still accelerating."

Revenue rose 41% to $1.3 billion, the company said.

"We have never had a backlog like this," Halvard Munch, Brightwell's co-founder and CEO, said on a call \
with analysts.
"""


def test_a_leads_chief_executive_is_the_ceo_the_article_names_after() -> None:
    assert [(q, s) for q, s, _r in table(A_LEAD_CHIEF_EXECUTIVE)] == [
        ("still accelerating", "Halvard Munch"),  # was "chief executive"
        ("still accelerating.", "Halvard Munch"),  # was "chief executive"
        ("We have never had a backlog like this,", "Halvard Munch"),
    ]


AN_AMPERSAND_IN_A_BODYS_NAME = """Measles

Dr. Kwabena Asante-Mills, a virologist at the Liverpool School of Hygiene & Tropical Medicine, said \
the outbreak was expected.

The virologist added that the cluster showed the system was working. "Vaccination rates have slipped \
for a decade," he said.
"""


def test_an_ampersand_keeps_a_bodys_name_whole() -> None:
    assert [(q, s) for q, s, _r in table(AN_AMPERSAND_IN_A_BODYS_NAME)] == [
        ("Vaccination rates have slipped for a decade,", "Kwabena Asante-Mills"),  # was "Public Health"
    ]


A_FIRM_FOUNDED_BY_SOMEONE = """Battery start-up

Halcyon Cells, founded in 2019 by the chemist Dr Ines Marwood, said its new cell had passed "every \
safety test we could throw at it."

"We are ready to build," Marwood told reporters.

In a statement, the company said: "Production begins in the spring."
"""


def test_a_name_founded_in_a_year_is_a_firm_and_the_company_later() -> None:
    assert [(q, s) for q, s, _r in table(A_FIRM_FOUNDED_BY_SOMEONE)] == [
        ("every safety test we could throw at it.", "Halcyon Cells"),
        ("We are ready to build,", "Ines Marwood"),
        ("Production begins in the spring.", "Halcyon Cells"),  # was "company"
    ]


RELAYS_BY_SHAPE_AND_LEAD_IN = """Blackout

"The depot has diesel for two days," Karim Haddad told OTV.

"We handed out tarpaulins," district chief Wiranto Saputra told Tribunnews.com.

"Prices will not fall this year," union leader Marta Ibáñez said in statements to the Noticias \
Argentinas news agency.

Councillor Aziz Rahman, when contacted by Sinar Harian, said the council would review every contract.

"Nothing will be hidden," he was quoted as saying.

Deputy Minister Lucía Paredes rejected the claims. Speaking to RPP radio later in the day, the deputy \
minister softened her tone. "We are sending a commission," she said.
"""


def test_relays_by_their_shape_and_in_a_lead_in_about_a_role() -> None:
    assert [r for _q, _s, r in table(RELAYS_BY_SHAPE_AND_LEAD_IN)] == [
        ["OTV"],  # was none: capitals right after "told", ending the clause
        ["Tribunnews.com"],  # was none: the full stop is the sentence's, not the site's
        ["Noticias Argentinas"],  # was none: "in statements to"
        ["Sinar Harian"],  # was none: "when contacted by" an outlet, in the line before
        ["RPP"],  # was none: "Speaking to RPP radio, the deputy minister ..." then "she said"
    ]


SPEAKERS_IN_REGIONAL_COPY = """Storm drains

Former state official Harun bin Ismail Zakaria was charged on Monday with abuse of power.

Judge Aminah Yusof granted bail and ordered the accused to surrender his passport.

Met by reporters outside the court complex, Harun, dressed in a dark suit, appeared composed.

"I will clear my name," he said.

Eng. Noura Saeed Al Mansoori, Sharjah Municipality's director-general, told a press briefing that work \
would begin next year in Al Barsha and Jebel Ali.

The director-general said residents would see 'little disruption' during the works.

Sharjah Police reminded motorists of the rules. 'Avoid low-lying roads during rain,' the force said.

In Kalimaro, one of the villages nearest the river, village head Yohanes Beda wrote in a post that \
houses had flooded. "Our fields are under water," he wrote.

Aid arrived from South Halmahera on Monday.

"We need boats," he said.
"""


def test_speakers_in_regional_copy() -> None:
    assert [(q, s) for q, s, _r in table(SPEAKERS_IN_REGIONAL_COPY)] == [
        ("I will clear my name,", "Harun bin Ismail Zakaria"),  # was Aminah Yusof: "Met by ..., X,"
        ("little disruption", "Noura Saeed Al Mansoori"),  # was Jebel Ali: her role read off a names-only line
        ("Avoid low-lying roads during rain,", "Sharjah Police"),  # was Sharjah Municipality
        ("Our fields are under water,", "Yohanes Beda"),  # was Kalimaro: "In Kalimaro, ..." sets the scene
        ("We need boats,", "Yohanes Beda"),  # was South Halmahera, taken for a person
    ]


A_PROGRAMME_GOES_ON = """Nominee

Sen. Marla Quist of Idaho said on CBS's Face the Nation that she had "real doubts" about the nominee.

"I asked him twice and got two answers," Quist said.

Senate Majority Whip Dale Ferrand of North Dakota said on Fox News Sunday that he expected a vote soon.

"He will be confirmed," Ferrand said.

In an interview with NBC that aired on Saturday, Ferrand was asked whether he had the votes.

"We have them," Ferrand said.
"""


def test_a_programme_named_before_goes_on_into_the_next_paragraph() -> None:
    assert table(A_PROGRAMME_GOES_ON) == [
        ("real doubts", "Marla Quist", ["CBS"]),
        ("I asked him twice and got two answers,", "Marla Quist", ["CBS"]),  # was none
        ("He will be confirmed,", "Dale Ferrand", ["Fox News Sunday"]),  # was "Ferrand", none
        ("We have them,", "Dale Ferrand", ["NBC"]),  # was none: "he was asked" in the line before
    ]


OWNED_OUTLETS_AND_OFFICES = """Summit

Speaking on the sidelines, in remarks relayed by Jordan's state news agency Petra, the minister warned \
of "a catastrophe."

"Every hour counts," Foreign Minister Karim Zayed said in comments reported by Hungary's MTI news agency.

Oman's Minister of State for Foreign Affairs, Dr Salim Al Harthy, said in remarks carried by the Oman \
News Agency that talks were continuing 'day and night'.
"""


def test_an_outlet_after_its_owner_and_an_office_with_a_field_before_its_holder() -> None:
    assert [r[1:] for r in table(OWNED_OUTLETS_AND_OFFICES)] == [
        ("Karim Zayed", ["Petra"]),  # was Jordan
        ("Karim Zayed", ["MTI"]),  # was Hungary
        ("Salim Al Harthy", ["Oman News Agency"]),  # was Oman's Minister of State
    ]


THE_ONE_ASKED_ANSWERS = """Hearing

Sen. Marisol Trent of Iowa, the panel's ranking Democrat, pressed the witness on staffing.

The chairman, Sen. Hollis Brandt of Montana, asked Deirdre Okafor whether the agency could merge its \
laboratories.

"We are doing some of that already, Senator," she said.

"I don't think that's a fair characterization of what we —" Okafor began.
"""


def test_the_one_asked_answers_and_began_is_a_cue() -> None:
    assert [(q, s) for q, s, _r in table(THE_ONE_ASKED_ANSWERS)] == [
        ("We are doing some of that already, Senator,", "Deirdre Okafor"),
        ("I don't think that's a fair characterization of what we —", "Deirdre Okafor"),  # was not found
    ]


THE_ONE_ASKED_AFTER_ANOTHER_WOMAN_SPOKE = """Hearing

Ruth Okafor, who runs the state lottery commission, said the agency had lost staff.

Sen. Nadia Ferris of Ohio asked Okafor whether any county had been told it would go without.

"Not yet," Okafor said.

"That is not reassuring," Ferris said.

The chairman, Sen. Lyle Brandt of Kentucky, said the cuts were overdue.

Brandt asked Okafor whether the commission had considered merging its laboratories.

"We have considered it, Senator," she said.
"""


def test_the_one_asked_answers_though_another_woman_spoke_last() -> None:
    assert [s for _q, s, _r in table(THE_ONE_ASKED_AFTER_ANOTHER_WOMAN_SPOKE)][-1] == "Ruth Okafor"  # was Ferris


A_NEWSLETTERS_SECTION_LABEL = """The Statehouse Brief

MONEY RACE. Harlan's latest filing shows $1.2 million on hand, half of what his rival reported. Asked \
about the gap at a rally last week, Harlan told the crowd he did not need the money. "They have the \
checks," he said.
"""


def test_a_newsletters_section_label_is_no_speaker() -> None:
    assert [s for _q, s, _r in table(A_NEWSLETTERS_SECTION_LABEL)] == ["Harlan"]  # was MONEY RACE


AN_INTERVIEW_FOR_THIS_ARTICLE = """Budget

House Speaker Donna Kessler and Senate Majority Leader Joan Pruitt traded blame on Tuesday.

"We have been waiting since June," Pruitt told Punchbowl News last month. "Nobody called."

In an interview for this article, she said a deal could come "within weeks."

Pruitt, speaking from the Senate floor, said the House had passed "a budget on a napkin."
"""


def test_an_interview_for_this_article_carries_no_relay_and_two_names_stay_two() -> None:
    assert table(AN_INTERVIEW_FOR_THIS_ARTICLE)[2:] == [
        ("within weeks.", "Joan Pruitt", []),  # was ["Punchbowl News"]
        ("a budget on a napkin.", "Joan Pruitt", []),  # was "Kessler Pruitt", read from "Kessler and ..."
    ]


WIRE_RELAYS_IN_THE_LINE_BEFORE = """Sanctions

Ankara (AFP) - Turkey's parliament debated the bill on Tuesday.

"It is routine now," analyst Tom Reyes told AFP. "Nobody is surprised."

Inside Iran, hardliners seized on the vote. Parliament speaker Davoud Rahimi was quoted by the \
semi-official Tasnim news agency as saying lawmakers would answer.

"We will not stand by," Rahimi said.

Oman's Minister of State, Dr Salim Al Harthy, said in remarks carried by the Oman News Agency that talks \
were going on 'day and night'.

'We are in contact with all parties,' Dr Al Harthy was quoted as saying.
"""


def test_wire_relays_in_the_line_before_and_the_papers_own_agency() -> None:
    assert [r[1:] for r in table(WIRE_RELAYS_IN_THE_LINE_BEFORE)] == [
        ("Tom Reyes", []),  # was ["AFP"]: "Ankara (AFP) -" files the story, so AFP is no relay
        ("Tom Reyes", []),  # was ["AFP"]
        ("Davoud Rahimi", ["Tasnim"]),  # was none: the second sentence of the line before
        ("Salim Al Harthy", ["Oman News Agency"]),
        ("Salim Al Harthy", ["Oman News Agency"]),  # was "Al Harthy", none
    ]


AN_ACRONYM_SPELT_OUT_AND_A_STATION_THAT_IS_A_PLACE = """Strike

Transport for London (TfL) said fewer than a fifth of stations were open.

The union's general secretary, Ann Blake, speaking on a picket line outside Stockwell station, said: \
'Nobody wanted to be here today.'

TfL said the strike was 'unnecessary'.
"""


def test_an_acronym_with_a_small_letter_and_a_station_that_is_a_place() -> None:
    assert [r[1:] for r in table(AN_ACRONYM_SPELT_OUT_AND_A_STATION_THAT_IS_A_PLACE)] == [
        ("Ann Blake", []),  # was ["Stockwell"]: a railway station outside which she spoke
        ("Transport for London", []),  # was "TfL"
    ]


AN_ASIDE_AND_A_CAMPUS = """Stove ruling

Judge Ruth Calloway wrote for the majority. Food labels, she wrote, give "purely factual \
information," while the warning did not.

"The courts have grown skeptical of mandated warnings," Paul Oduya, a law professor at the University \
of Michigan, Dearborn, told WDET.
"""


def test_an_aside_names_the_writer_and_a_campus_is_no_speaker() -> None:
    assert [(q, s) for q, s, _r in table(AN_ASIDE_AND_A_CAMPUS)] == [
        ("purely factual information,", "Ruth Calloway"),  # was "Food" ("labels" read as a cue)
        ("The courts have grown skeptical of mandated warnings,", "Paul Oduya"),  # was Dearborn
    ]


A_LABEL_HEADLINE_AND_A_SCENE_COLD_OPEN = """Early shift: 'By six, the bakery belongs to us'

'Nobody tells you about the smell.'

It is 4.10am on Harbour Street, and the only light on the block comes from the back of the bakery, \
where Marguerite Osei is folding dough on a floured bench.

'By six, the bakery belongs to us,' she says, without looking up.
"""


def test_a_label_before_a_headlines_colon_and_a_cold_open_before_a_scene() -> None:
    assert [(q, s) for q, s, _r in table(A_LABEL_HEADLINE_AND_A_SCENE_COLD_OPEN)] == [
        ("By six, the bakery belongs to us", "Marguerite Osei"),
        ("Nobody tells you about the smell.", "Marguerite Osei"),  # was nobody: the scene names her
        ("By six, the bakery belongs to us,", "Marguerite Osei"),
    ]


AN_ACRONYM_ASKED_TWICE = """Loan talks

The Caribbean Development Fund said on Monday that talks were going well.

"We are close," the CDF said.

"A deal is near," the CDF said later.
"""


def test_an_acronym_resolves_the_same_every_time_it_is_asked() -> None:
    assert [s for _q, s, _r in table(AN_ACRONYM_ASKED_TWICE)] == [
        "Caribbean Development Fund",
        "Caribbean Development Fund",  # was "CDF": the search for "(CDF)" once remembered as a verdict
    ]


TITLE_CASE_HEADLINE_CUE = """Harbour Row: Brandvold Says 'Not One More Krone' To Toll Rise As Fleet Cries 'Robbery'

Harbour board chair Ilse Brandvold on Monday ruled out any further rise in tolls, telling councillors \
that the board would "not ask for one more krone" this year.
"""


def test_a_title_case_headline_capitalises_its_cue_and_may_end_on_its_quote() -> None:
    rows = table(TITLE_CASE_HEADLINE_CUE)
    assert rows[0] == ("Not One More Krone", "Ilse Brandvold", [])
    assert [r[0] for r in rows] == ["Not One More Krone", "Robbery", "not ask for one more krone"]


RUSSIAN_WIRE_DATELINE = """Uzbek leader rules out blocs

ST. PETERSBURG, June 19. /TASS/. Uzbekistan will not join any bloc, Uzbek President Rustam Oripov \
told TASS. "We are friends with those who are friends with us," he said.
"""


def test_a_russian_wire_dateline_files_the_story_and_names_no_speaker() -> None:
    assert table(RUSSIAN_WIRE_DATELINE) == [
        ("We are friends with those who are friends with us,", "Rustam Oripov", []),
    ]


TABLOID_LEADS = """Fenbridge striker breaks silence

DISGRACED Fenbridge Rovers striker Jaden Okoro-Pryce has broken his silence after the charge, \
insisting: "I never bet against my own team."

Grim-faced Stellan Vikberg, his manager, was asked about the charge on Friday.

Grim-faced Vikberg told reporters: "We will not hide from anything."
"""


def test_a_tabloid_lead_word_is_no_part_of_the_name_and_a_club_titled_player_speaks() -> None:
    assert table(TABLOID_LEADS) == [
        ("I never bet against my own team.", "Jaden Okoro-Pryce", []),
        ("We will not hide from anything.", "Stellan Vikberg", []),
    ]


AGE_IN_BRACKETS = """Quake survivors wait for food

Victims in the district hospital complained of a lack of blankets. Kalpana Budhathoki (27) of \
Naumule said, "We have not eaten since yesterday."
"""


def test_an_age_in_brackets_does_not_part_a_name_from_its_clause() -> None:
    assert table(AGE_IN_BRACKETS) == [("We have not eaten since yesterday.", "Kalpana Budhathoki", [])]


SAID_TO_AN_OUTLET = """Prisoner swap completed

On his arrival in Tehran, Mr Zarvani affirmed to the Iranian state television that he "never lost hope".

The Omani foreign minister, Khalid Al Rashdi, declared to the ONA agency that "the door of Oman is always open".

The minister said to reporters: "We talk to everyone."
"""


def test_said_or_declared_to_an_outlet_is_told_it() -> None:
    assert table(SAID_TO_AN_OUTLET) == [
        ("never lost hope", "Zarvani", ["Iranian state television"]),
        ("the door of Oman is always open", "Khalid Al Rashdi", ["ONA"]),
        ("We talk to everyone.", "Khalid Al Rashdi", []),
    ]


SHOWN_BY_TELEVISION = """Engineer freed in swap

Engineer Mehdi Zarvani was freed on Friday.

In Tehran, foreign ministry spokesman Reza Ghaffani said Zarvani was "an innocent citizen," according to IRNA.

Iranian state television showed Zarvani arriving at the airport, where relatives greeted him with flowers.

"I never lost hope in my country," he told state broadcaster IRIB.
"""


def test_the_person_a_broadcaster_shows_is_who_the_line_brings_in() -> None:
    assert table(SHOWN_BY_TELEVISION)[1] == ("I never lost hope in my country,", "Mehdi Zarvani", ["IRIB"])


BODY_ROLE_BY_INITIALS = """Outbreak spreads in the delta

Many patients come from the canal villages of Chau Phu and Tri Ton, where families live in floating houses.

Also Read: WHO Chief Says Global Vaccine Stockpile 'Dangerously Low'

The ministry's spokesman Reza Ghaffani also thanked the WHO, while describing the stockpile as "a shared worry."

Iran's Ministry of Health spokesman Kaveh Ardalani also spoke, describing the outbreak as "contained."
"""


def test_a_role_by_a_bodys_initials_is_nobody_named_and_a_headline_verb_no_name() -> None:
    rows = table(BODY_ROLE_BY_INITIALS)
    assert rows[0] == ("Dangerously Low", "WHO Chief", [])
    assert rows[2] == ("contained.", "Kaveh Ardalani", [])


CHANNEL_WITH_A_NUMBER = """Uzbek leader on trade

Later, in an interview with the Rossiya-24 TV channel, Oripov said trade would grow. "We will reach \
40 billion dollars in trade," he told the channel.

Villagers from Naumule-4 waited at the clinic. "We have not eaten," Kalpana Budhathoki said.
"""


def test_a_name_ending_in_a_number_is_one_word() -> None:
    assert table(CHANNEL_WITH_A_NUMBER) == [
        ("We will reach 40 billion dollars in trade,", "Oripov", ["Rossiya-24 TV"]),
        ("We have not eaten,", "Kalpana Budhathoki", []),
    ]


DEMONYM_AFTER_A_QUESTION = """Club stands by striker

Stellan Vikberg, Fenbridge's Norwegian manager, told reporters that he had learned of the charge from his phone.

"Jaden is a human being before he is a footballer," Vikberg said.

Asked whether Okoro-Pryce would face Aston Villa, the Norwegian said: "No. His head is not in a place to play."
"""


def test_the_demonym_after_a_question_is_who_just_spoke_not_the_club_asked_about() -> None:
    assert [r[1] for r in table(DEMONYM_AFTER_A_QUESTION)] == ["Stellan Vikberg", "Stellan Vikberg"]


SET_AT_A_FORUM = """Uzbek leader snubs West

Uzbekistan leader Rustam Oripov has delivered a defiant speech in Russia.

Speaking at the glitzy St Petersburg International Economic Forum on Thursday, the Uzbek president \
declared that Western sanctions "always" backfire.
"""


def test_a_gathering_a_sentence_is_set_at_is_no_person() -> None:
    assert table(SET_AT_A_FORUM) == [("always", "Rustam Oripov", [])]


UNCLOSED_APPOSITION = """Sea clash near the shoal

"Three of our sailors sustained minor injuries," Colonel Marisol Bayani, spokeswoman of the Armed \
Forces of Philippines told AFP.

A spokesman for the Coast Guard said the ships were safe. "We will keep sailing," the Coast Guard said.
"""


def test_an_apposition_left_unclosed_still_names_the_person_before_it() -> None:
    assert table(UNCLOSED_APPOSITION)[0] == ("Three of our sailors sustained minor injuries,", "Marisol Bayani", ["AFP"])


GOVERNING_BODY = """Striker charged over bets

Fenbridge Rovers striker Jaden Okoro-Pryce has been charged by the Football Association with breaching betting rules.

The FA alleges the 24-year-old placed 41 bets over 19 months.

"It is alleged that the player placed 41 bets on football matches," the governing body said in a statement.
"""


def test_the_governing_body_is_the_body_named_before_not_the_player() -> None:
    assert [r[1] for r in table(GOVERNING_BODY)] == ["Football Association"]


NAMED_BEFORE_THE_COLON = """Co-founder quits

Co-founder Sam Oduwole had been at the company since its first day.

Chair Priya Natarajan later told Bloomberg it was "about trust."

In a Slack message to the infrastructure group, which two employees shared with Stackwire, Oduwole wrote:

"Marcus and I started this in a garage with two borrowed servers."

The company posted a notice on its website. The post continued:

"We thank Sam for sixteen years of work."
"""


def test_the_name_right_before_the_colon_speaks_what_follows() -> None:
    assert [r[1] for r in table(NAMED_BEFORE_THE_COLON)][:2] == ["Priya Natarajan", "Sam Oduwole"]
    assert table(NAMED_BEFORE_THE_COLON)[2][1] != "The"


CONJUNCTION_OPENER = """Opposition scorns budget speech

But Chipo Nakazwe-Banda was quick to hit back, telling AFP the speech was "a fairy tale" and that \
"Zambians cannot eat speeches."
"""


def test_an_opening_but_is_stepped_over_not_read_as_a_lead_in_clause() -> None:
    assert table(CONJUNCTION_OPENER) == [
        ("a fairy tale", "Chipo Nakazwe-Banda", ["AFP"]),
        ("Zambians cannot eat speeches.", "Chipo Nakazwe-Banda", ["AFP"]),
    ]


DASH_CREDIT = """“Worst is behind us” – Kasonda

PRESIDENT Mutale Kasonda yesterday told Parliament that the country's debt crisis was over.

"We will fight on" - Banda
"""


def test_a_headline_quote_credited_after_a_dash_is_that_persons() -> None:
    assert [r[:2] for r in table(DASH_CREDIT)] == [("Worst is behind us", "Mutale Kasonda"),
                                                  ("We will fight on", "Banda")]


WEEKDAY_AFTER_NAME = """Family thanks jurors

A statement posted by Ines Marrow Thursday night was shared thousands of times. "We can rest now," \
it read.

A video uploaded by Tomas Veil Friday morning showed the crash site. "The fight is not over," he said outside the Sunday Clarion's offices.
"""


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    assert [r[1] for r in table(WEEKDAY_AFTER_NAME)] == ["Ines Marrow", "Tomas Veil"]


ARABIC_ARTICLE_IN_NAME = """Mine rescue goes on

Energy Minister Muhammad al-Rashid, who spent the night at the site, said no question would go unanswered.

"There will be a full investigation," al-Rashid told reporters.
"""


def test_a_name_with_an_arabic_article_is_learnt_whole_and_its_surname_resolves_to_it() -> None:
    assert [r[1] for r in table(ARABIC_ARTICLE_IN_NAME)] == ["Muhammad al-Rashid"]


TRAILING_REPORTED = """Mine rescue goes on

Energy Minister Tarik Saleh Nawar told state agency Pelra that authorities "will not rest until every miner is home", OWN reported.

Nawar told the Kestrel Gazette: "We have reached the second gallery," Heidi Vasse reported.
"""


def test_a_name_that_reports_after_the_speakers_own_cue_is_a_relay() -> None:
    # neither OWN nor a reporter is an outlet the lexicon knows; "reported" after the minister's
    # "told" still only passes his words on
    assert [r[1:] for r in table(TRAILING_REPORTED)] == [
        ("Tarik Saleh Nawar", ["Pelra", "OWN"]), ("Tarik Saleh Nawar", ["Kestrel Gazette", "Heidi Vasse"])]


RADIO_AND_REPORTS = """Rate rise splits the bank

Deputy Governor Lerato Mabuza told KAfm that she had considered the move "premature".

Analyst Pieter Roux of Oakvale Capital, quoted in a Reuters report, called the move "a credibility play".

Asked about a Harbour Times report that the vote was close, Mabuza said it had been "a normal debate".
"""


BROADCAST_ON = """Floods

The chief minister, Wajid Khan, pledged to "rebuild every house", according to the state-run Indus Wire. \
In a speech broadcast on Rawal News later on Tuesday, he accused the federal government of "neglect".
"""


def test_a_speech_broadcast_on_an_outlet_is_relayed_by_it() -> None:
    assert [r[1:] for r in table(BROADCAST_ON)] == [("Wajid Khan", ["Indus Wire"]), ("Wajid Khan", ["Rawal News"])]


def test_a_radio_brand_and_a_report_that_quoted_someone_are_relays() -> None:
    # "KAfm" is a station by its shape; "a Reuters report" carried Roux's words; a report asked
    # about is the question's topic, not the carrier of her answer
    assert [r[1:] for r in table(RADIO_AND_REPORTS)] == [
        ("Lerato Mabuza", ["KAfm"]), ("Pieter Roux", ["Reuters"]), ("Lerato Mabuza", [])]


RELAY_IN_THE_LINE_BEFORE = """Appeal lodged

The lawyer of the athlete, Alvaro Mendes, explained to the newspaper Diario Norte the strategy of the defence.
"Strict liability is not blind liability", said Mendes.

Her father, Tomas Ferro, spoke in the podcast Long Stride about the case.
"She is destroyed," said Ferro.
"""


def test_a_relay_named_by_explained_to_or_a_podcast_in_the_line_before_carries_the_quote() -> None:
    assert [r[1:] for r in table(RELAY_IN_THE_LINE_BEFORE)] == [
        ("Alvaro Mendes", ["Diario Norte"]), ("Tomas Ferro", ["Long Stride"])]


OWN_SITE_DATELINE = """KabarTV English
Plane overruns runway
Balikpapan, KabarTV \u2013 A plane overran the runway on Monday morning.
"All passengers have been evacuated," Rescue chief Wahyu Sentosa said in an interview with KabarTV on Monday.
"""

OWN_PAPER_SHORT_NAME = """THE DAILY TORCH
Star vows to fight ban
A source close to the runner told The Torch: "She has been in tears for weeks."
"""


def test_a_site_naming_itself_in_its_dateline_or_without_its_daily_is_no_relay() -> None:
    assert [r[1:] for r in table(OWN_SITE_DATELINE)] == [("Wahyu Sentosa", [])]
    assert [r[2] for r in table(OWN_PAPER_SHORT_NAME)] == [[]]


ROLE_NAMED_NEXT = """Reuters
Markets
Central bank stuns markets with hike
By Thabo Mkhize and Claire Jansen
March 27, 2025 6:42 PM GMT+2
FILE PHOTO: The bank's headquarters in Pretoria. REUTERS/Kagiso Mabena/File Photo

JOHANNESBURG, March 27 (Reuters) - The central bank unexpectedly raised its main lending rate on Thursday.

"Our mandate is price stability, not popularity," the central bank chief told a news conference in Pretoria.

Governor Nomsa Dlamini said three members of the committee had voted for the increase.

"The rand has lost more than 8% since January," she said.

"It's a credibility play," said Karel Brink, chief economist at Oakvale Capital.
"""


def test_a_role_named_in_the_next_paragraph_is_that_person_and_never_a_byline_or_a_caption() -> None:
    # "the central bank chief" was the chief economist named later, then (without that) the
    # photographer, "File Photo", "PM GMT" and the byline's writers in turn
    assert [r[1] for r in table(ROLE_NAMED_NEXT)] == ["Nomsa Dlamini", "Nomsa Dlamini", "Karel Brink"]


OFFICE_THEN_HOLDER = """Plane overruns runway

"All passengers have been evacuated," said Head of Balikpapan Search and Rescue Office, Wahyu Sentosa, to reporters.
"""


def test_an_office_in_capitals_then_its_holder_in_apposition_speaks_as_the_holder() -> None:
    assert [r[1] for r in table(OFFICE_THEN_HOLDER)] == ["Wahyu Sentosa"]


PASSENGERS = """Plane overruns runway

One of the passengers, Dewi Lestari, described the landing.
"The plane was shaking very hard," said Dewi to Kabar TV.
A passenger named Kevin Tanoto uploaded a video of the evacuation. "Thank God for a second life," he wrote.
"""


def test_said_name_to_an_outlet_relays_and_a_person_named_so_is_the_one_who_speaks() -> None:
    assert [r[1:] for r in table(PASSENGERS)] == [("Dewi Lestari", ["Kabar TV"]), ("Kevin Tanoto", [])]


DOUBLE_SURNAME = """Runner Ferro Ballesta appeals ban

MADRID (AP) \u2014 Spanish star Lucia Ferro Ballesta has appealed her four-year ban.

"I have never cheated," Ferro Ballesta wrote on Instagram.
"""


def test_a_double_surname_alone_is_the_person_the_article_named_with_it() -> None:
    # the headline's "Runner Ferro Ballesta" is no first name; the body's Lucia is who wrote
    assert [r[1] for r in table(DOUBLE_SURNAME)] == ["Lucia Ferro Ballesta"]


HANDED_OVER = """Hospital chain hacked

Harju Health said it had been hit by ransomware.

Harju chief executive Mirja Koivu addressed the attack in a video posted on LinkedIn on Wednesday. \
The relevant part, as transcribed by this site:

\u201cTo our patients I want to say this directly: I am sorry.

\u201cOn Sunday night our security team detected unusual activity.\u201d
"""


def test_a_handing_over_sentence_that_names_nobody_hands_over_the_person_the_line_opened_on() -> None:
    assert [r[1] for r in table(HANDED_OVER)] == ["Mirja Koivu", "Mirja Koivu"]


UNNAMED_AT_A_NAMED_PLACE = """Hospital chain hacked

Chief executive Mirja Koivu insisted that "at no point was patient safety compromised".

A nurse at Harju's hospital in Tampere, who spoke to Yle on condition of anonymity, painted a \
different picture.

"We went back to paper charts overnight," she said.

According to a statement issued by the National Cyber Centre (NCC), "the attackers are well resourced."
"""


def test_an_unnamed_nurse_at_a_named_hospital_and_the_issuer_of_a_statement_speak() -> None:
    assert [r[1] for r in table(UNNAMED_AT_A_NAMED_PLACE)] == [
        "Mirja Koivu", "a nurse at Harju's hospital in Tampere", "National Cyber Centre"]


THE_AGENCY = """Hack hits hospitals

A spokesperson told the Patch Ledger only that "the investigation is ongoing".

The National Cyber Security Centre (NCSC) published an advisory on Wednesday. The agency said that \
"the attack bears the hallmarks of an experienced group" and asked operators to act.

State news agency Lusa reported the attack. "It is serious," the agency said.
"""


def test_the_agency_is_the_government_agency_named_since_the_last_outlet() -> None:
    assert [r[1] for r in table(THE_AGENCY)] == ["spokesperson", "National Cyber Security Centre", "Lusa"]


CALLING_ITSELF = """Hackers post samples

On Tuesday evening, a group calling itself Ash Lantern listed the hospital chain on its leak site.

"The chain chose to gamble with its patients' privacy," the group wrote next to the files.
"""


def test_a_group_calling_itself_a_name_is_that_body_when_the_group_speaks() -> None:
    assert [r[1] for r in table(CALLING_ITSELF)] == ["Ash Lantern"]


WITH_THE_MESSAGE = """Hackers set a deadline

On Tuesday evening, Ash Lantern listed the hospital chain on its leak site with the message "They have \
seven days."
"""


def test_with_the_message_gives_the_words_to_the_sentences_subject() -> None:
    assert [r[1] for r in table(WITH_THE_MESSAGE)] == ["Ash Lantern"]


OFFICE_OF_A_BODY_THEN_NAME = """Floods

Governor Olena Kravets visited the flooded town on Sunday.

Spokesman of the Service Sergey Moroz told that the dam is holding. "There is no threat of a breach", he told.
"""


def test_an_office_of_a_named_body_then_a_name_is_that_person() -> None:
    assert [r[1] for r in table(OFFICE_OF_A_BODY_THEN_NAME)] == ["Sergey Moroz"]


SPEAKING_TO_THEN_WORKPLACE = """Hospital overloaded

Speaking to state broadcaster Mekong Television (MTV) in a report aired on Tuesday, Dr. Tran Thi Lan, head \
of Tropical Diseases Department at Long Xuyen General Hospital said the hospital was under pressure.

"All our wards are full," Dr. Lan said.
"""


def test_an_introducing_line_relays_for_the_person_it_names_before_her_workplace() -> None:
    assert [r[1:] for r in table(SPEAKING_TO_THEN_WORKPLACE)] == [("Tran Thi Lan", ["Mekong Television"])]


REPORTED_CITING = """Leader rules out blocs

President Rustam Kholmat said his country would not join any bloc, Reuters reported citing Russian \
state news agency TASS.

"We do not join blocs against anyone," Kholmat said.
"""


def test_reported_citing_without_a_comma_and_an_agency_named_after_its_description_relay() -> None:
    assert [r[1:] for r in table(REPORTED_CITING)] == [("Rustam Kholmat", ["TASS", "Reuters"])]


FAR_CATAPHORA = """Prime minister calls snap election

LISBON, March 8 (Wirelink) - Prime Minister Tomas Serra said on Sunday he had asked the president to \
dissolve parliament.

"The people deserve clarity, not paralysis," the 58-year-old centre-right leader said in a televised address.

The opposition was quick to respond. Its deputies met late into the night, and the party's youth wing \
called a rally for the following weekend in Porto. Polls put the two main parties within three points \
of each other, with the far right third. The president is expected to hear the parties this week before \
setting a date, most likely in May. Markets were calm on Monday and the ten-year bond yield barely moved.

The housing law that brought the government down would have capped rents in the two largest cities \
for five years and taxed empty homes. Builders had lobbied against it for months, and tenants' groups \
had marched for it twice. Its fate now rests with whichever parliament the voters return in the spring.

Liberal leader Duarte Marin, whose party left the coalition, said the election was "overdue".
"""


def test_a_role_far_ahead_of_its_description_is_not_who_the_description_means() -> None:
    # "leader" is first given to Duarte Marin ten lines on: the prime minister the lead named is
    # "the 58-year-old centre-right leader"
    assert [r[1] for r in table(FAR_CATAPHORA)] == ["Tomas Serra", "Duarte Marin"]


LONG_PARTICIPLE_THEN_COLON = """Snap vote

In Porto, the Socialist leader, Ines Marin, was in combative mood. Addressing several thousand \
supporters in the Avenida dos Aliados shortly after the prime minister had finished speaking, she said:

"This government did not fall. It collapsed under the weight of its own arrogance."
"""


def test_a_long_participle_clause_before_she_said_names_no_speaker() -> None:
    # the clause ran past the sixteen tokens and 120 characters read, so the avenue spoke
    assert [r[1] for r in table(LONG_PARTICIPLE_THEN_COLON)] == ["Ines Marin"]


SIT_DOWN_AND_PROGRAMME = """Manager speaks out

Lobato broke his silence in a bombshell sit-down with Sky Sports, blasting: "He walked into my dressing room."

The minister Lucia Benavente said in the program of Radio Andina Noticias that the permit "is suspended".
"""


def test_a_sit_down_with_an_outlet_and_its_programme_relay() -> None:
    assert [r[2] for r in table(SIT_DOWN_AND_PROGRAMME)] == [["Sky Sports"], ["Radio Andina Noticias"]]


GENERIC_HEAD_AND_LONG_APPOSITION = """Dam collapse

The far-right Portugal Primero, through its leader Nuno Bras, called the vote "an opportunity".

The secretary general of the Union of Workers of Minera Quillacota, Wilber Quispe, announced that \
the workers will not return. "Since June the workers reported water seeping", denounced the union leader.
"""


def test_a_generic_role_is_the_paragraphs_own_subject_named_in_a_long_apposition() -> None:
    # "leader" was given to Nuno Bras a paragraph before; the union leader is the secretary
    # general named, past his union's long name, in the paragraph that quotes him
    assert [r[1] for r in table(GENERIC_HEAD_AND_LONG_APPOSITION)][-1] == "Wilber Quispe"


FOR_THE_VIEW_OF = """Snap vote

For the political scientist Miguel Sardo, of the University of Coimbra, "fatigue is the main enemy of all \
parties" in this third election in four years.

For many voters, "this is the end".
"""


def test_a_sentence_opening_for_a_named_person_gives_the_quote_to_them() -> None:
    # ("For many voters" names nobody: that quote keeps no speaker and is not reported)
    assert [r[1] for r in table(FOR_THE_VIEW_OF)] == ["Miguel Sardo"]


OWNED_ROLE_BELOW_PAGE_FURNITURE = """THE NORTHERN STAR

World > Asia > Kyrgyzstan

Kyrgyzstan mudslides: death toll passes 40

Rescuers dig through villages in the Chuy valley as rain continues

Aida Temirova in Bishkek

Tue 3 Mar 2026 08.10 GMT

Villagers clear a road near Tokmok on Monday. Photograph: Kabar/EPA

Kyrgyzstan's prime minister has called the mudslides "the worst in a generation" as rescuers dug through the night in the Chuy valley.

At least 41 people have died since Saturday, most of them in three villages below the Kegeti gorge.

"We have reached 30 of the 34 villages, and the roads to the rest are gone," Bolot Asanov, a spokesman for the emergencies ministry, told reporters.

In a speech to parliament, the prime minister, Nurlan Bekmuratov, promised that every family would be rehoused "before the first snow".

The deputy head of the region was quoted by the state-run Kabar news agency of Kyrgyzstan as saying that "help is on the way."
"""


def test_an_owned_role_in_a_scraped_lead_is_the_holder_named_later_not_an_outlet_of_the_country() -> None:
    # the page's masthead, section, standfirst, byline, date and caption come before the lead; the
    # role is named in apposition three paragraphs later; "Kyrgyzstan" stays a country even
    # though an agency's name ends in it
    assert table(OWNED_ROLE_BELOW_PAGE_FURNITURE)[:2] == [
        ("the worst in a generation", "Nurlan Bekmuratov", []),
        ("We have reached 30 of the 34 villages, and the roads to the rest are gone,", "Bolot Asanov", []),
    ]


ADVERBIAL_BEFORE_THE_VERB = """Counting ends without incident

Chief Electoral Officer Ramesh Kumar Bhatt while talking to reporters said that counting was completed "peacefully in all 11 districts".

Chief Minister Anil Prakash Rawat in a post on X (translated from Hindi) wrote, "This is the victory of every worker."

The police in a statement said the march had been "unlawful from the start".

Sunita Bisht during an interview with NDTV said it was "a fair result, fairly counted".

Her brother, Manoj Bisht, described the count in a written statement as "the cleanest in years".
"""


def test_a_phrase_between_the_subject_and_its_verb_without_commas() -> None:
    # South Asian and West African English: "X while talking to reporters said", "X in a post on X
    # wrote"; a phrase between the subject and the verb, no commas round it
    assert table(ADVERBIAL_BEFORE_THE_VERB) == [
        ("peacefully in all 11 districts", "Ramesh Kumar Bhatt", []),
        ("This is the victory of every worker.", "Anil Prakash Rawat", ["X"]),
        ("unlawful from the start", "police", []),
        ("a fair result, fairly counted", "Sunita Bisht", ["NDTV"]),
        ("the cleanest in years", "Manoj Bisht", []),
    ]


RELAYS_BROUGHT_IN_BEFORE_THE_QUOTE = """Typhoon toll climbs

In Manila, disaster council spokesperson Ramon Castillejo said nine deaths had been confirmed, the Philippine News Agency (PNA) reported.

"We have confirmed nine deaths, but reports from the mountain towns are still coming in.

"We expect the number to rise," Castillejo said.

In Claveria, Mayor Teresita Abagon broke down during an interview with the Luzon Monitor.

"The river took the whole lower town," she said.

"Send us boats," Governor Emilio Dacanay said in a radio interview over DZRB.
"""


def test_relays_named_by_the_line_that_brings_a_quote_in() -> None:
    # a trailing "the PNA reported" carries to both parts of the quote the line brings in; a line
    # with no speech verb ("broke down during an interview with") still names its relay; a
    # station's call sign after "interview over" relays
    assert table(RELAYS_BROUGHT_IN_BEFORE_THE_QUOTE) == [
        ("We have confirmed nine deaths, but reports from the mountain towns are still coming in.",
         "Ramon Castillejo", ["Philippine News Agency"]),
        ("We expect the number to rise,", "Ramon Castillejo", ["Philippine News Agency"]),
        ("The river took the whole lower town,", "Teresita Abagon", ["Luzon Monitor"]),
        ("Send us boats,", "Emilio Dacanay", ["DZRB"]),
    ]


TWO_OF_ONE_SURNAME_AND_UNNAMED_SOURCES = """Court strikes down permit law

"We had farmers who walked for two days to reach the office," said Margaret Wafula, a lawyer with the Ardhi Rights Forum.

The petition was also filed by Baraka Wafula, 58, the opposition senator for Busia County. The two are not related.

"This is a victory for every farmer," Mr. Wafula said in a telephone interview. He later told Citizen TV that an appeal would "waste public money".

"Land is held in trust," Ms. Wafula said.

"Requisition is on the table," said a person close to the minister, who asked not to be named because the talks were private.

"Nobody is going to legislate in a hurry," said one person briefed on the discussions.

Odile Marchand, secretary-general of the SNTA union, which represents most of the country's 2,900 inspectors, told Le Parisien that staff were "exhausted".
"""


def test_a_titled_surname_shared_by_two_and_unnamed_sources_after_the_verb() -> None:
    # "Ms. Wafula" is the woman of the two Wafulas, though the man spoke last (and his relay stays
    # his); a source described after the verb is all of its description, not "who asked"; a
    # relative clause after a body in apposition leaves the person before it the speaker
    assert table(TWO_OF_ONE_SURNAME_AND_UNNAMED_SOURCES) == [
        ("We had farmers who walked for two days to reach the office,", "Margaret Wafula", []),
        ("This is a victory for every farmer,", "Baraka Wafula", []),
        ("waste public money", "Baraka Wafula", ["Citizen TV"]),
        ("Land is held in trust,", "Margaret Wafula", []),
        ("Requisition is on the table,", "a person close to the minister", []),
        ("Nobody is going to legislate in a hurry,", "one person briefed on the discussions", []),
        ("exhausted", "Odile Marchand", ["Le Parisien"]),
    ]


BUILDINGS_AND_SHORT_FORMS_ARE_NOBODY = """Fuel hike: unions dig in

The President of the Nigeria Labour Congress (NLC), Comrade Chukwuemeka Obiora Nwankwo, has said there is "no retreat" until the price of Premium Motor Spirit (PMS) is reversed.

Nwankwo stated this on Tuesday while addressing workers at the Labour House, Central Business District.

The labour leader lamented that the new minimum wage had been "wiped out" by the hike.
"""


def test_a_building_or_a_shortened_name_is_no_person_for_a_role_to_fall_back_on() -> None:
    # "the labour leader" held by nobody so called falls back on the person named last: never
    # "Labour House" (a building) or "Premium Motor Spirit (PMS)" (a thing with initials); and
    # "Comrade" is a title, not a first name
    assert table(BUILDINGS_AND_SHORT_FORMS_ARE_NOBODY) == [
        ("no retreat", "Chukwuemeka Obiora Nwankwo", []),
        ("wiped out", "Chukwuemeka Obiora Nwankwo", []),
    ]


PORTFOLIOS_AND_PRICES = """Government defends new pump price

Speaking on Arise Television on Monday, the Minister of Information and National Orientation, Musa Danjuma Kolo, disclosed that a committee had been set up.

"We understand the pain of Nigerians," the minister said.

The Downstream Petroleum Regulatory Authority (DPRA), which announced the new price of N1,390 per litre last Wednesday, had described the old price as "no longer sustainable".
"""


def test_a_portfolios_second_half_and_a_price_are_nobody() -> None:
    # "National Orientation" (after "of Information and") is no person for "the minister" to mean;
    # "N1,390" is a price, not "N1" speaking
    assert table(PORTFOLIOS_AND_PRICES) == [
        ("We understand the pain of Nigerians,", "Musa Danjuma Kolo", ["Arise Television"]),
        ("no longer sustainable", "Downstream Petroleum Regulatory Authority", []),
    ]


WEST_AFRICAN_AND_SOUTH_ASIAN_FORMS = """Strike enters second day

Union leader Chinedu Okafor who heads the Trade Union Congress told AFP that "there is no retreat".

An okada rider at Yaba, who gave his name simply as Sule, said: "Since Monday I have not carried ten passengers."

Another user wrote on X: "Where is the help? We have waited since dawn."

"We accept the verdict of the people," party chief Harish Rawal said, as per PTI.
"""


def test_a_relative_clause_without_commas_a_name_given_as_and_as_per() -> None:
    # "X who heads the Y told": X, not the body; "who gave his name simply as Sule": Sule;
    # "Another user" is someone; "as per PTI" relays
    assert table(WEST_AFRICAN_AND_SOUTH_ASIAN_FORMS) == [
        ("there is no retreat", "Chinedu Okafor", ["AFP"]),
        ("Since Monday I have not carried ten passengers.", "Sule", []),
        ("Where is the help? We have waited since dawn.", "Another user", ["X"]),
        ("We accept the verdict of the people,", "Harish Rawal", ["PTI"]),
    ]


SOUTH_ASIAN_AND_FILIPINO_FIRST_NAMES = """Counting ends

"Not a single discrepancy was found," Chief Electoral Officer Rakesh Semwal said.

Political analyst Meenakshi Rautela of the state university said the result showed that anti-incumbency had failed to take hold.

"The plains were closer, but not close enough," she said.

"We have four rubber boats," Mayor Josefina Tumaneng told DZMM. Governor Rodolfo Baquiran said the province had food packs ready.

"We need more boats," she said.
"""


def test_a_pronoun_fits_first_names_from_south_asia_and_the_philippines() -> None:
    # "she" after a woman spoke in reported speech, not the man who was quoted last
    assert [r[1] for r in table(SOUTH_ASIAN_AND_FILIPINO_FIRST_NAMES)] == [
        "Rakesh Semwal", "Meenakshi Rautela", "Josefina Tumaneng", "Josefina Tumaneng"]


THE_JUDGE_BEFORE_A_SECOND_JUDGE = """Court voids identity law

"A law that makes a citizen's existence conditional on a database cannot stand," Justice Miriam Achola Wekesa said from the bench.

The judge, who has sat in the constitutional division since 2016, was unsparing. She wrote that the government had treated consultation "as a box to be ticked".

A second judge on the panel, Peter Kipchumba Rotich, went further. "Convenience is not a constitutional value," Justice Rotich wrote.
"""


def test_the_judge_is_the_justice_named_before_not_a_second_judge_brought_in_later() -> None:
    # "Justice X" is "the judge"; "A second judge on the panel" is someone new, never whom an
    # earlier "the judge" meant
    assert [r[1] for r in table(THE_JUDGE_BEFORE_A_SECOND_JUDGE)] == [
        "Miriam Achola Wekesa", "Miriam Achola Wekesa", "Peter Kipchumba Rotich"]



COURT_DRESS = """Mediator outlines truce framework

Foreign Minister Sheikh Faisal bin Nasser Al Kuwari said the framework "is a first step, not a destination".

His Excellency added: "We have worked day and night with our partners."

Commodore Jaime Ilustre Bautista described the collision as "reckless". "Their captain knew what he was doing," the Commodore said.
"""

TWO_PART_PORTFOLIO = """Police raid port offices

The Minister of Ports and Airports, Rodrigo Almeida de Castro, used his social networks to comment on the raid.

"I have nothing to hide," wrote the minister on Instagram.
"""


def test_his_excellency_the_commodore_and_a_two_part_portfolio() -> None:
    # "His Excellency" is the man who spoke; "the Commodore" is the man titled so; "Airports"
    # (after "the Minister of Ports and") is no person for "the minister" to mean
    assert [r[1] for r in table(COURT_DRESS)] == [
        "Faisal bin Nasser Al Kuwari", "Faisal bin Nasser Al Kuwari", "Jaime Ilustre Bautista",
        "Jaime Ilustre Bautista"]
    assert [r[1] for r in table(TWO_PART_PORTFOLIO)] == ["Rodrigo Almeida de Castro"]


UNNAMED_VOICES_OF_A_BUSINESS_STORY = """Water company fined

Keble, 61, has been paid 4.1m in three years. A company spokesperson said no bonus would be paid.

"The board agrees that it would not be appropriate," the spokesperson said.

"It is an absolute scandal," raged local MP Helen Gaskell.

The margin was rewritten twice, according to people familiar with the matter, who asked not to be identified.

"It went down to the last night," one of the people said.
"""


def test_an_unnamed_spokesperson_a_tabloid_cue_and_one_of_the_people() -> None:
    # "the spokesperson" is the company spokesperson brought in the line before, not the man the
    # paragraph opened on; "raged" is a cue and "local MP X" its subject; "one of the people" is
    # one of those the article described
    assert [r[1] for r in table(UNNAMED_VOICES_OF_A_BUSINESS_STORY)] == [
        "a company spokesperson", "Helen Gaskell", "one of the people familiar with the matter"]


A_MIDDLE_NAME_AND_A_TWO_PART_MINISTRY = """Port probe widens

President Marcio Duarte said on Wednesday that the inquiry would "follow the evidence".

In an interview with GloboNews on Thursday night, President Marcio Teixeira Duarte said he had spoken to the minister by phone.

"No one in my government is above the law," Duarte said.

In a note, the Ministry of Ports and Airports said it "is collaborating fully with the authorities".
"""


def test_one_person_named_with_and_without_a_middle_name_and_a_two_part_ministry() -> None:
    # "Marcio Duarte" and "Marcio Teixeira Duarte" are one person (the fuller name), so the line
    # that names the interview relays his next words; "the Ministry of Ports and Airports" is one body
    assert table(A_MIDDLE_NAME_AND_A_TWO_PART_MINISTRY) == [
        ("follow the evidence", "Marcio Teixeira Duarte", []),
        ("No one in my government is above the law,", "Marcio Teixeira Duarte", ["GloboNews"]),
        ("is collaborating fully with the authorities", "Ministry of Ports and Airports", []),
    ]


HANDED_OVER_PAST_AN_APPOSITION = """Judge orders arrests

"We found the first layer," federal prosecutor Henrique Bastos told Folha.

In the decision authorizing the operation, to which Folha had access, federal judge Ana Lins Sampaio, of the 10th Federal Court of the Federal District, wrote:

"The elements gathered so far constitute robust evidence of diversion.

"There is, moreover, a concrete risk of destruction of evidence."
"""


def test_a_colon_line_hands_over_to_the_person_named_before_an_apposition() -> None:
    # the judge, not the prosecutor who spoke last (nor his relay)
    assert table(HANDED_OVER_PAST_AN_APPOSITION)[1:] == [
        ("The elements gathered so far constitute robust evidence of diversion.", "Ana Lins Sampaio", []),
        ("There is, moreover, a concrete risk of destruction of evidence.", "Ana Lins Sampaio", []),
    ]


THE_REGULATOR_THAT_SPOKE = """Water firm fined record sum

Ofwat said Medway Water had "let down its customers" by failing to maintain its works.

"The failures we have uncovered are serious," the regulator said.
"""


def test_the_regulator_is_the_body_that_spoke_not_the_company_it_spoke_about() -> None:
    assert [r[1] for r in table(THE_REGULATOR_THAT_SPOKE)] == ["Ofwat", "Ofwat"]


AFRICAN_AND_HIMALAYAN_FORMS = """Landslide toll rises

"I am deeply saddened," Prime Minister Ram Prasad Kharel wrote on X. He later told parliament that "no effort will be spared".

Jugal Rural Municipality chairperson Sunita Thapa said the municipality had received the complaint. "We sent a letter to the province," she said.

In a statement signed by General Secretary Mr. Solomon Ankrah-Quaye, the President of the GFA, Mr. Nana Yaw Boakye-Ansah, said:

"The results have simply not been good enough."
"""


def test_a_platform_ending_a_sentence_a_municipality_and_an_office_holder_before_a_colon() -> None:
    # "X. He" is no name (an initial and a pronoun): the platform relays and "He" speaks next; a
    # Rural Municipality is a body, not the person "she" means; the holder in apposition before
    # "said:" speaks, not the secretary who signed
    assert [r[:2] for r in table(AFRICAN_AND_HIMALAYAN_FORMS)] == [
        ("I am deeply saddened,", "Ram Prasad Kharel"),
        ("no effort will be spared", "Ram Prasad Kharel"),
        ("We sent a letter to the province,", "Sunita Thapa"),
        ("The results have simply not been good enough.", "Nana Yaw Boakye-Ansah"),
    ]
    assert table(AFRICAN_AND_HIMALAYAN_FORMS)[0][2] == ["X"]


WIRE_FORMS_OF_A_NORTH_AMERICAN_AND_GERMAN_DAY = """Wildfire forces town out

By Jordan Kessel

THE CANADIAN PRESS

WHITECOURT, Alta. - Thousands fled on Tuesday.

"You do not leave people's animals," Dale Morrisseau said in a phone interview with The Canadian Press.

"We had the kids and the dog," Jolene Morrisseau told CBC News, The Canadian Press reported.

"The arithmetic does not care," Katrin Wessel, a pensions economist in Cologne, told dpa.

"For how long?" Sen. Eleanor Whitfield asked. "Eighteen months," the Democrat from Connecticut said.
"""


def test_a_wire_under_its_byline_dpa_in_lower_case_and_the_democrat_from_a_state() -> None:
    # "THE CANADIAN PRESS" under the byline is the publisher (so its own interview is no relay),
    # "told dpa" relays, "The Canadian Press" keeps its article, and "the Democrat from
    # Connecticut" is the senator, not the state
    rows = table(WIRE_FORMS_OF_A_NORTH_AMERICAN_AND_GERMAN_DAY)
    assert [r[2] for r in rows[:3]] == [[], ["CBC News"], ["dpa"]]
    assert rows[-1][:2] == ("Eighteen months,", "Eleanor Whitfield")


A_MINISTER_OF_TWO_FIELDS = """Copper output to rise, says minister

LUSAKA - Minister of Tourism and Wildlife Conservation Hon. Mutinta Chibwe Lungu says the US$2 billion Kafue North expansion project will begin production next year.

Union leader Joseph Banda said the jobs must go to local people first.

'When this project is complete, it will add 50,000 tonnes a year,' the minister said.
"""


def test_a_minister_of_two_fields_before_an_honorific_is_the_person_named() -> None:
    # "Minister of Tourism and Wildlife Conservation Hon. X": one office over two fields, then the
    # holder; "the minister" is she, not the project named after her
    assert [r[:2] for r in table(A_MINISTER_OF_TWO_FIELDS)] == [
        ("When this project is complete, it will add 50,000 tonnes a year,", "Mutinta Chibwe Lungu"),
    ]


A_MATCH_REPORT = """Crystal Palace 2-1 Everton: late penalty settles it

"It was a penalty all day long," said Gareth Pennock, and the Crystal Palace manager was in no mood to argue.

Everton's captain, Kieran Maddox, was downbeat. "We're gutted," the midfielder told Sky Sports.

For Palace, it was a third straight home win and the kind of afternoon Pennock has promised since he arrived. "The character they showed was outstanding," he said.
"""


def test_sides_of_a_scoreline_are_clubs_and_a_fronted_for_phrase_is_no_subject() -> None:
    # "Crystal Palace 2-1 Everton": two sides, never a woman called Crystal; "For Palace, it
    # was ..." is about the club, and "he" is the manager the sentence names
    assert [r[:2] for r in table(A_MATCH_REPORT)][-1] == ("The character they showed was outstanding,", "Gareth Pennock")


A_SPORTS_DESK = """Brandt SLAMS Lemarchal after Singapore crash

Indian captain Rohan Deshpande was full of praise. "Arjun was outstanding," Deshpande told PTI.

Australian coach Callum Harridge backed his batter. "It is his shot," Harridge said.

"This win shows the character of this group," the skipper further said.

Immediately after the race the 24-year-old Hugo Lemarchal had told reporters "I had the inside line".

Gunners boss Tomas Ibarrola was fuming. Asked about the referee, he seethed: "I will not talk about him."

Three wickets in five overs. "He is just relentless," says Ian Pendlebury on Channel 9.

Over on Star Sports, former India opener Vikram Sood is purring: "This is the best spell I have seen."
"""


def test_a_sports_desk_capitals_verbs_skippers_and_commentary_boxes() -> None:
    # "Brandt SLAMS Lemarchal": the verb in capitals is no part of a name; "the skipper" is the
    # captain spoken of last; "Immediately" opens a sentence, no one; seethed and purring are
    # cues; a commentator "on Channel 9" and "Over on Star Sports" speaks through the broadcaster
    rows = table(A_SPORTS_DESK)
    assert [r[:2] for r in rows] == [
        ("Arjun was outstanding,", "Rohan Deshpande"),
        ("It is his shot,", "Callum Harridge"),
        ("This win shows the character of this group,", "Rohan Deshpande"),
        ("I had the inside line", "Hugo Lemarchal"),
        ("I will not talk about him.", "Tomas Ibarrola"),
        ("He is just relentless,", "Ian Pendlebury"),
        ("This is the best spell I have seen.", "Vikram Sood"),
    ]
    assert [r[2] for r in rows[-2:]] == [["Channel 9"], ["Star Sports"]]


A_COMMODITIES_WIRE = """Oil jumps after surprise cut

LONDON (Reuters) - Oil prices surged on Monday after the OPEC+ group of oil producing countries agreed to cut output.

Brent crude rose 6%. U.S. West Texas Intermediate crude rose $4.61.

"The decision is a precautionary measure," the group said in a statement.

One OPEC+ delegate, who declined to be named, said the group had moved early. "Nobody wanted to wait," the delegate said.

According to one person familiar with the matter, producers had lined up more cuts. "They have room to go further," the person said.

Union spokesman Kang Min-seo told reporters by phone: "If there is money for Hong Kong, there is money for our members.

The regulator said it would review the deal.
"""


def test_a_plus_in_a_name_unnamed_sources_counted_as_one_and_a_quote_never_closed() -> None:
    # "OPEC+" keeps its plus and "the OPEC+ group" is the group that speaks (not the crude grade
    # named last); "one OPEC+ delegate" and "one person familiar with the matter" are who "the
    # delegate" and "the person" are; a quote web copy never closes runs to its paragraph's end
    assert [r[:2] for r in table(A_COMMODITIES_WIRE)] == [
        ("The decision is a precautionary measure,", "OPEC+"),
        ("Nobody wanted to wait,", "one OPEC+ delegate"),
        ("They have room to go further,", "one person familiar with the matter"),
        ("If there is money for Hong Kong, there is money for our members.", "Kang Min-seo"),
    ]


PUNDITS_ANALYSTS_AND_REPORTED_WORDS = """Reaction

Mercedes team principal Henrik Aalund was furious. As reported by The Athletic, Aalund said: "Oliver is right to be angry."

"I am not going to call for bans," he reportedly added.

Former F1 driver turned pundit Danny Fairweather weighed in on his podcast, saying: "Hugo has got to own that one."

Over on Star Sports, Vikram Sood is purring: "This is the best spell."

He's also told viewers that Malhotra is "landing it on a coin".

Dana Whitcombe, head of energy research at US based Larchmont Partners said that "it is not off the table."

"An extra ten dollars adds to inflation," said Rafael Okimoto, chief economist at Pellham Bank, who said central banks "did not need" the headache.
"""


def test_reported_words_go_on_a_pundit_turned_and_the_person_whose_apposition_names_a_firm() -> None:
    # "he reportedly added" goes on with the report just named; "X turned pundit Y" is Y; "He's
    # also told" is "he has"; "at US based Larchmont Partners said" and ", who said" after an
    # apposition naming a firm are the person, not the firm
    rows = table(PUNDITS_ANALYSTS_AND_REPORTED_WORDS)
    assert [r[1] for r in rows] == ["Henrik Aalund", "Henrik Aalund", "Danny Fairweather", "Vikram Sood",
                                    "Vikram Sood", "Dana Whitcombe", "Rafael Okimoto", "Rafael Okimoto"]
    assert rows[1][2] == ["The Athletic"]


A_NATIONALITY_AFTER_AN_OBJECT = """Manager claims owner meddled

Sergio Lobao has claimed he was sacked for standing up to owner Bradley Kessler.

The Portuguese was dismissed on Monday. "I asked him to leave," the 54-year-old said.
"""


def test_a_nationality_is_who_acted_not_the_person_acted_on() -> None:
    # "The Portuguese" is the manager who stood up to the owner, not the owner named last as the
    # object of "to"
    assert [r[:2] for r in table(A_NATIONALITY_AFTER_AN_OBJECT)] == [("I asked him to leave,", "Sergio Lobao")]


REMEMBERED_SPEECH = """A life in the shipyard

Their son, Declan Carrick, remembered a strict father.

"My father used to say, 'Never walk past a man who needs a hand,' and he meant it," Declan Carrick said.

"I said to him, 'You are wasted down here,' but he laughed," said Walter Henshall, who worked beside him.

"The night sister looked at me and said, 'Stay scared till the morning,' and I did," Siobhan Keane recalled.

His manager described the offer as "a so-called 'risk-free' deal" at the time.
"""


def test_quotes_inside_quotes_are_remembered_speech_relayed_by_who_remembers() -> None:
    # an inner quote a speech verb brings in is someone's words, reaching the article through the
    # outer speaker: "my father" is the speaker's father, "I said" the speaker, "the night sister"
    # as written; a scare quote inside a quote is nobody's
    rows = table(REMEMBERED_SPEECH)
    inner = [r for r in rows if r[0] in ("Never walk past a man who needs a hand,", "You are wasted down here,",
                                         "Stay scared till the morning,", "risk-free")]
    assert inner == [
        ("Never walk past a man who needs a hand,", "Declan Carrick's father", ["Declan Carrick"]),
        ("You are wasted down here,", "Walter Henshall", []),
        ("Stay scared till the morning,", "the night sister", ["Siobhan Keane"]),
    ]


AN_EARNINGS_CALL = """Halvorsen beats estimates

Halvorsen Microsystems reported record revenue on Tuesday. Chief executive Renata Vasquez-Hollis said demand was strong.

Asked by Stanwick Partners analyst Wen-Li Chao whether customers were pulling orders forward, Vasquez-Hollis said no.

The board approved a $5 billion buyback, "reflecting our confidence in free cash flow," the company said.
"""


def test_the_company_is_never_the_firm_an_analyst_works_for() -> None:
    # "Stanwick Partners analyst Wen-Li Chao" names where the analyst works: "the company said"
    # is the company reporting
    assert [r[:2] for r in table(AN_EARNINGS_CALL)] == [
        ("reflecting our confidence in free cash flow,", "Halvorsen Microsystems")]


A_SPLIT_CONFIRMED_BY_A_REP = """Actor and singer to separate

LOS ANGELES (AP) - Delphine Marlowe, the star of the streaming drama "Harbor Lights," and her husband Theo Castellane are separating, a representative for Marlowe confirmed Tuesday.

The statement, first provided to People magazine, read in part:

"After much thought and care, Delphine and Theo have made the decision to separate.

"They remain committed to raising their daughter together."

"Nobody cheated," the 'Weathervane' singer told his followers.
"""


def test_works_named_by_their_kind_are_no_quotes_and_a_statement_is_its_representatives() -> None:
    # "the streaming drama 'Harbor Lights'" and "the 'Weathervane' singer" name works, nobody's
    # words; "The statement ... read in part:" is the representative's the line before named
    rows = table(A_SPLIT_CONFIRMED_BY_A_REP)
    assert [r[0] for r in rows] == ["After much thought and care, Delphine and Theo have made the decision to separate.",
                                    "They remain committed to raising their daughter together.", "Nobody cheated,"]
    assert [r[1] for r in rows[:2]] == ["a representative for Marlowe"] * 2


A_TAGGED_LIVE_BLOG = """PMQs live: Whitcombe under fire

12.31pm GMT

'Most rattled I have seen him' - BBC's Penhaligon

Writing on X, the BBC's political editor, Ruth Penhaligon, said the Prime Minister was rattled.

12.20pm GMT

'They are running away': Parliamentary Affairs Minister Vinod Rawat

Rawat spoke to reporters outside Parliament.
"""


def test_a_quote_tagged_with_its_speaker_after_a_dash_or_a_colon() -> None:
    # a live blog's entry headline: the quote, a dash or a colon, then who said it (by surname,
    # past whose outlet she works for)
    assert [r[:2] for r in table(A_TAGGED_LIVE_BLOG)] == [
        ("Most rattled I have seen him", "Ruth Penhaligon"),
        ("They are running away", "Vinod Rawat"),
    ]


THE_SPEAKER_STYLED_A_KNIGHT = """Uproar at PMQs

The Speaker Sir Geoffrey Marland had to stop the session twice.

Liberal Democrat MP Tom Sellick heckled the Prime Minister. "Order! Order! The Prime Minister will be heard," Speaker said.
"""


def test_an_office_before_a_style_is_still_the_office() -> None:
    # "The Speaker Sir Geoffrey Marland": the Speaker, styled a knight; the bare "Speaker said"
    # is he, not the MP named last
    assert [r[1] for r in table(THE_SPEAKER_STYLED_A_KNIGHT)] == ["Geoffrey Marland"]


A_SKETCH_OF_THE_CHAMBER = """Sketch: forty minutes about the absence of bricks

Tom Sellick is the Member for Bath. Having asked whether the new wing was on the list, and having been told that the Prime Minister would 'write to the honourable gentleman', he sulked.

According to Hansard, Sir Geoffrey Marland told the chamber: "Order! Order!"
"""


def test_a_sentence_opening_participle_is_no_one_and_hansard_is_the_record() -> None:
    # "Having asked ..." opens a sentence, no one speaks by it; "According to Hansard" relays the
    # chamber's words (Hansard is the record, not a person)
    rows = table(A_SKETCH_OF_THE_CHAMBER)
    assert all(r[1] != "Having" for r in rows)
    assert rows[-1] == ("Order! Order!", "Geoffrey Marland", ["Hansard"])


A_JUROR_BY_HER_FIRST_NAME = """Juror explains verdict

The jury convicted Voss on all counts. "It was the emails," a juror who asked to be identified only by her first name, Rachel, told reporters on Saturday.

"We wanted to believe him," she said.

Lead author of the study Dr Lerato Mahlangu said the situation was "not a distant threat".
"""


def test_a_source_named_by_first_name_only_and_asked_to_be_is_no_speech() -> None:
    # "who asked to be identified only by her first name, Rachel," is Rachel ("asked to be" is
    # no speech verb); "Lead author of the study Dr X" is X, "Lead" no one's name
    assert [r[1] for r in table(A_JUROR_BY_HER_FIRST_NAME)] == ["Rachel", "Rachel", "Lerato Mahlangu"]


A_PROGRAMME_AND_A_SOURCE_BY_TITLE = """Ferry row and a scam raid

Lorna Gilfillan, the Economy Secretary, was angry.

Speaking on BBC Radio Scotland's Good Morning Scotland programme, she said: "We were given no formal notice."

Speaking to CNA, the retiree, who wanted to be identified only as Mr Ong, said: "I thought he was a real police officer."

Education Cabinet Secretary Prof Beatrice Wanjiru Muthoni spoke on Sunday. Prof Muthoni urged teachers to "return to class".

Home Minister Datuk Seri Kamarul Ariffin Zainal said his country would "not allow" it.
"""


def test_a_programme_on_an_outlet_is_no_person_and_styles_before_a_name() -> None:
    # "on BBC Radio Scotland's Good Morning Scotland" is a programme, not the "she" who speaks;
    # "who wanted to be identified only as Mr Ong" is Ong; "Prof" and "Datuk Seri" style a name
    assert [r[1] for r in table(A_PROGRAMME_AND_A_SOURCE_BY_TITLE)] == [
        "Lorna Gilfillan", "Ong", "Beatrice Wanjiru Muthoni", "Kamarul Ariffin Zainal"]


A_SPLIT_CONFIRMED_BY_A_NAMED_REP = """Couple to separate

Theo Anderson and Delphine Marlowe are separating, Anderson's rep confirmed Tuesday.

The statement read:

"After much thought and care, they have made the decision to separate."
"""


def test_a_statement_given_by_someones_rep_keeps_the_name_as_written() -> None:
    # the representative by whose name they are written: "Anderson's rep", never lower-cased
    assert [r[1] for r in table(A_SPLIT_CONFIRMED_BY_A_NAMED_REP)] == ["Anderson's rep"]


LOCAL_STATIONS_BY_CHANNEL_NUMBER = """Storm damage

"We lost everything," Tom Hale told Denver7 on Saturday.

"It was bad," Ann Lee told Fox5 Atlanta.
"""


def test_a_local_station_by_its_brand_and_channel_number_relays() -> None:
    # "told Denver7", "told Fox5 Atlanta": a station's brand with its channel number is an outlet
    assert [r[2] for r in table(LOCAL_STATIONS_BY_CHANNEL_NUMBER)] == [["Denver7"], ["Fox5 Atlanta"]]


A_RECALL_NOTICE = """Smart-lock maker recalls 340,000 locks

SAN FRANCISCO, Oct 16 (Reuters) - Smart-home company Tessaly Inc said on Thursday it would recall about 340,000 of its Latch Pro door locks, two days after a cloud outage left many owners unable to open their own front doors and exposed a flaw in a feature the company had marketed as a safeguard for exactly that case.

The San Jose, California-based company said in a notice posted on its website that the recall covered units made between March and November 2024, whose offline mode failed to kick in when the devices lost their connection to the servers the locks rely on for nearly everything.

"Out of an abundance of caution, we are voluntarily recalling Latch Pro units," the notice said.
"""


def test_a_notice_is_the_body_the_line_before_speaks_as() -> None:
    # "The San Jose, California-based company said in a notice ..." then "the notice said": the
    # company named in the lead, further back than a paragraph
    assert [r[1] for r in table(A_RECALL_NOTICE)] == ["Tessaly Inc"]


A_KENYAN_PAGE_UNDER_A_BYLINE = """Nation / News

Teachers' strike: unions dig in

By Faith Wangari

Education Reporter

Tue Oct 14 2025 - 19:20

Education Cabinet Secretary Prof Beatrice Wanjiru Muthoni spoke on Sunday. TSC boss Rose Okello also spoke.

"We cannot pay money we do not have," the CS told KBC on Sunday evening.
"""


def test_a_byline_role_and_date_are_no_one_and_the_cs_is_the_cabinet_secretary() -> None:
    # "Education Reporter" and "Tue Oct" under a byline name no one; "the CS" is who the article
    # titled Cabinet Secretary (the office without its field)
    assert [r[:3] for r in table(A_KENYAN_PAGE_UNDER_A_BYLINE)] == [
        ("We cannot pay money we do not have,", "Beatrice Wanjiru Muthoni", ["KBC"])]


POSTS_BY_HANDLE = """Singer rests after collapse

Fans rallied online. On X, the hashtag #RestWellMira trended within hours.

"We'll be here when you're ready," wrote the fan account @mirasgarden_HQ, in a post shared widely.

"It was always too many dates," posted @dan_k99 on X.

Write to the desk at news@ledger.example.
"""


def test_a_handle_is_its_posters_name_and_a_hashtag_no_ones() -> None:
    # "@mirasgarden_HQ" is one token and the poster; "#RestWellMira" must not be taken for a person
    # and an e-mail address holds no handle
    assert table(POSTS_BY_HANDLE) == [
        ("We'll be here when you're ready,", "@mirasgarden_HQ", []),
        ("It was always too many dates,", "@dan_k99", ["X"]),
    ]


ANOTHER_RESIDENT = """Flood reaches Marlow Street

"The water came in through the floor," said one resident, Ada Pell.

"Help came late," said another resident.
"""


def test_said_another_resident_is_someone_new_and_keeps_the_quote() -> None:
    # the description after the cue opens past "another": before this the frame found no subject
    # and the short quote was dropped as unattributed
    assert table(ANOTHER_RESIDENT)[1] == ("Help came late,", "another resident", [])


RELATED_HEADLINES = """Tornado clean-up begins in Gray

Sheriff Dale Pruitt said crews had cleared most roads by noon. "We got lucky," Pruitt said.

READ MORE: 'I thought he was a nice old man' - neighbours of fugitive stunned

ALSO READ: 'We're going to be out here for days': EMA director Wes Granger on the clean-up

Related: Colombian prosecutor: "The cartel used the hospital as a warehouse"

Read also : Toulouse : «I just wanted to scare him», says the accused of the metro stabbing
"""


def test_a_related_headline_quotes_its_own_story_not_the_lines_around_it() -> None:
    # the label ("READ MORE") is no name, and another story's quote takes no speaker from the
    # sheriff before it: only the line itself says whose it is
    assert [r[:2] for r in table(RELATED_HEADLINES)] == [
        ("We got lucky,", "Dale Pruitt"),
        ("I thought he was a nice old man", None),
        ("We're going to be out here for days", "Wes Granger"),
        ("The cartel used the hospital as a warehouse", "Colombian prosecutor"),
        ("I just wanted to scare him", "accused"),
    ]


A_WITNESS_AND_THE_ACCUSED = """Stabbing trial hears from passer-by

Defence lawyer Anouk Verlaine opened by saying her client had acted in panic.

"He was shaking, he could not stand," the witness told the court.

"I never meant to hurt anyone," the accused said when asked to stand.

Verlaine accused the police of "rushing to judgment."
"""


def test_the_witness_and_the_accused_are_people_and_accused_stays_a_verb() -> None:
    assert [r[:2] for r in table(A_WITNESS_AND_THE_ACCUSED)] == [
        ("He was shaking, he could not stand,", "witness"),
        ("I never meant to hurt anyone,", "accused"),
        ("rushing to judgment.", "Anouk Verlaine"),
    ]


STATION_PAGE = """FOX 13 Tampa Bay
News
Shooting at Walden Lake game
By FOX 13 News Staff
Published October 13, 2025
A shooting at a high school football game left two people hurt.
"We hit the bleachers," Shandra Pickett told FOX 13.
"It was loud, then it was quiet," Tom Hale told NBC 6.
"Run," said Liam Fox, the stadium announcer.
"""

CALL_LETTERS_PAGE = """WGXA
News
Tornado hits Gray
by WGXA News Staff
A tornado hit the town early Tuesday.
"I heard the glass go first," Terrence Bivins told WGXA.
"""


def test_a_stations_masthead_is_its_own_outlet_and_an_affiliate_keeps_its_channel() -> None:
    # "FOX 13 Tampa Bay" and "WGXA" head their own pages: told to them is no relay ("by WGXA
    # News Staff" is the station's byline, not a firm "told WGXA" stands for); "NBC 6" is one
    # outlet, and Liam Fox stays a man
    assert table(STATION_PAGE) == [
        ("We hit the bleachers,", "Shandra Pickett", []),
        ("It was loud, then it was quiet,", "Tom Hale", ["NBC 6"]),
        ("Run,", "Liam Fox", []),
    ]
    assert table(CALL_LETTERS_PAGE) == [("I heard the glass go first,", "Terrence Bivins", [])]


A_LIVE_BLOG_WITH_TIME_STAMPS = """Keynote live blog: everything as it happens
Newest posts are at the top. All times Pacific.
11:31 AM PT — Marcus closing things out: "Pre-orders start today. Go fold something."
11:26 AM PT — "We know what we're asking," Marcus says of the price.
11:02 AM PT — "For six years, people asked us for a foldable," says Marcus Oyelaran, who runs mobile.
"""


def test_a_live_blogs_time_stamp_is_no_speaker() -> None:
    # "11:31 AM PT —" opening a post is blanked like page furniture: its "AM PT" was the speaker
    assert [r[1] for r in table(A_LIVE_BLOG_WITH_TIME_STAMPS)] == ["Marcus Oyelaran"] * 3


BACK_TO_THE_PODCAST = """CEO explains the failed demo

"I would rather fail in front of developers," Nadia Okoro told host Maya Lindell on the Bytegrade podcast.

She also posted on X that the score was "Demo gods 1, Nadia 0" that night.

On the podcast, Okoro put it less formally.

"We changed a timeout setting the night before and nobody re-ran the flow."

Tomas Ferrer, her first coach, spoke in the podcast Zancada Larga about the demo.

"She is stubborn, but every morning she is first into the office," declared the former engineer.
"""


def test_on_the_podcast_goes_back_to_the_podcast_never_to_a_post() -> None:
    # "On the podcast, Okoro put it less formally." introduces words from the podcast named before
    # (not from her post on X); a line that introduces its speaker on a podcast relays it
    assert [r[2] for r in table(BACK_TO_THE_PODCAST)] == [["Bytegrade"], ["X"], ["Bytegrade"], ["Zancada Larga"]]


EXPERT_REACTION = """Expert reaction to study of a blood test for pancreatic cancer

Prof Alasdair Crimond, Professor of Cancer Epidemiology, University of Glasgow, said:

"This is a well-conducted and carefully reported study.

"However, readers should note that this is a case-control study."

Dr Owen Pritchett, Head of Research, Pancreatic Hope UK, said:

"For people affected by pancreatic cancer, early diagnosis is everything."
"""


def test_an_expert_reaction_line_hands_over_to_the_name_it_opens_on() -> None:
    # "Name, Role, Institution, said:": the name, never the institution or field the line ends on
    assert [r[1] for r in table(EXPERT_REACTION)] == ["Alasdair Crimond", "Alasdair Crimond", "Owen Pritchett"]


A_PLACE_AFTER_THE_SPEAKER = """Mafia verdict reaches Germany

"We are examining the judgment for links to Germany," a spokesman for the Federal Criminal Police \
Office (BKA) in Wiesbaden told dpa on Friday.

Until the end the accused said to the jury "I did not kill my wife, I loved her".
"""


def test_the_town_a_speaker_sits_in_and_a_sentence_opening_until_are_no_one() -> None:
    # "in Wiesbaden" is where the spokesman sits; "Until" opens a sentence, it names no one
    assert [r[1] for r in table(A_PLACE_AFTER_THE_SPEAKER)] == ["spokesman", "accused"]


A_911_CALL = """Jones County releases 911 calls

The man who died has been identified as Harold Ferrell, 77. Deputies found him in his mobile home.

"The roof is gone, my mama's under the wall!" the caller says.

"Ma'am, can you hear her?" the dispatcher asks.
"""


def test_the_caller_and_the_dispatcher_are_no_one_the_article_named() -> None:
    assert [r[1] for r in table(A_911_CALL)] == ["caller", "dispatcher"]


A_STUDIO_UNDER_A_BYLINE = """Game delayed to next autumn
By Cass Delahunt, News Editor | Published October 28, 2025
Brightwater Interactive said on Tuesday it would delay its next game and cut 130 jobs.
"We would rather be late than be wrong," the studio wrote on X.
"""


def test_the_studio_is_the_firm_named_and_a_bylines_job_is_no_body() -> None:
    # "Interactive" ends a firm's name; "News Editor" after the byline's name is the writer's job
    assert table(A_STUDIO_UNDER_A_BYLINE) == [
        ("We would rather be late than be wrong,", "Brightwater Interactive", ["X"])]


A_NICKNAME_INSIDE_A_NAME = """Studio lays off staff

On Discord, community manager Jess "Pixel" Morrow asked players to go easy. "I know you are angry," Pixel wrote.

"Please keep it kind in here," Pixel added.
"""


def test_a_nickname_inside_a_name_is_no_quote_and_stands_for_the_person() -> None:
    assert table(A_NICKNAME_INSIDE_A_NAME) == [
        ("I know you are angry,", "Jess Morrow", []),
        ("Please keep it kind in here,", "Jess Morrow", []),
    ]


def test_an_affiliate_by_its_channel_relays_in_any_case() -> None:
    text = ("Tampa Bay Times\nShooting at game\nShandra Pickett told Fox 13 that \"everybody hit the "
            "bleachers\" and that she heard screams.\n")
    assert table(text) == [("everybody hit the bleachers", "Shandra Pickett", ["Fox 13"])]


TOLD_REPORTERS_AFTER_AN_INTERVIEW = """Pharmacist convicted of wife's murder

Before the trial, defence lawyer Antoine Delorme had told Le Parisien that "the file is empty".

"It is a conviction by default," Me Delorme told reporters after the verdict. "My client will appeal."
"""


def test_told_reporters_is_no_carry_of_the_interview_before_and_maitre_is_a_title() -> None:
    # "Me" (Maître) is a French lawyer's title; words told to reporters are not the paper's
    assert table(TOLD_REPORTERS_AFTER_AN_INTERVIEW) == [
        ("the file is empty", "Antoine Delorme", ["Le Parisien"]),
        ("It is a conviction by default,", "Antoine Delorme", []),
        ("My client will appeal.", "Antoine Delorme", []),
    ]


def test_a_headlines_colon_lead_skips_a_place_after_a_preposition() -> None:
    text = ('"We talk on the quay": third day of port stoppage, solidarity arrives from Valparaiso\n\n'
            'The stoppage at Molo Sur entered its third day on Thursday.\n')
    assert [r[1] for r in table(text)] != ["Valparaiso"]


def test_a_masthead_in_its_own_script_and_a_papers_article_name_its_own_outlet() -> None:
    from service.attribution.engine import dateline_outlet
    from service.attribution.lexicon import default_lexicon
    lex = default_lexicon()
    assert dateline_outlet("প্রতিদিনের বার্তা | Protidiner Barta\nENGLISH\nWorkers block highway\n", lex) \
        == "Protidiner Barta"
    assert dateline_outlet("El Litoral\nPort strike enters third day\n", lex) == "El Litoral"
    assert dateline_outlet("Storm hits town\nENGLISH\n", lex) is None  # an edition label is no site


A_RELATIVE_CLAUSE_BEFORE_THE_CUE = """Warehouse walkout

A picker who asked not to be named because she feared retaliation said it was "like working inside a kettle".

"It is hot up there," a packer who declined to give her name told Reuters.

Dr. Paul Levant, a laryngologist in New York who is not involved in her care, told Rolling Stone such injuries were "common among touring singers."
"""


def test_a_restrictive_relative_clause_between_the_subject_and_the_cue() -> None:
    # "A picker who ... said": the head the clause hangs on; never the town in "a laryngologist in
    # New York who is not involved"
    assert table(A_RELATIVE_CLAUSE_BEFORE_THE_CUE) == [
        ("like working inside a kettle", "a picker", []),
        ("It is hot up there,", "a packer", ["Reuters"]),
        ("common among touring singers.", "Paul Levant", ["Rolling Stone"]),
    ]


A_HEADLINE_QUOTING_A_RADIO_INTERVIEW = """Minister calls warehouse heat reports 'unacceptable'

Anita Sandler, the employment rights minister, told BBC Radio 4's Today programme that no worker \
should have to choose between a target and water.

"If that is what happened in Daventry, it is unacceptable," she said.
"""


def test_a_headline_quote_the_body_attributes_takes_the_bodys_relays_too() -> None:
    assert table(A_HEADLINE_QUOTING_A_RADIO_INTERVIEW)[0] == ("unacceptable", "Anita Sandler", ["BBC Radio 4"])


def test_a_name_before_its_role_at_a_named_body_speaks() -> None:
    text = ('Port strike enters second week\n\n"Every day of stoppage is a day lost," Bernardita Ossa, '
            "Asofrupac's executive director, told Reuters.\n")
    assert table(text) == [("Every day of stoppage is a day lost,", "Bernardita Ossa", ["Reuters"])]


A_TERMINAL_STORY_UNDER_A_TITLE_CASE_HEADLINE = """Fed's Ashcombe Signals Openness to Rate Cut as Soon as September
By Hannah Voskamp
(Bloomberg) -- Federal Reserve Governor Lionel Ashcombe said the central bank is nearing a cut.
"We are getting closer to the point where a reduction would be appropriate," Ashcombe said.
"""


def test_a_headlines_verb_is_in_no_ones_name() -> None:
    # "Ashcombe Signals Openness" was learned as a person, and "Ashcombe" resolved to it
    assert [r[1] for r in table(A_TERMINAL_STORY_UNDER_A_TITLE_CASE_HEADLINE)] == ["Lionel Ashcombe"]


def test_about_opening_a_sentence_names_no_one() -> None:
    text = ('Inside the all-hands\n\nThe chief executive, Ingrid Halle, opened the call at 9am.\n\n'
            'About ninety seconds later, she was walking through headcount ratios. "We hired for a world '
            'that did not arrive," she said.\n')
    assert [r[1] for r in table(text)] == ["Ingrid Halle"]


def test_a_bullets_topic_before_a_colon_is_no_speaker() -> None:
    text = ('Podcast recap\n\nThis week I sat down with Governor Lionel Ashcombe.\n\nMore from Ashcombe, on the '
            'outlook:\n\n\u2022 Inflation: "The last mile is proving less stubborn than I feared."\n')
    assert [r[1] for r in table(text)] != ["Inflation"]


AN_OFFICE_OF_A_BODY_BEFORE_ITS_HOLDER = """Workers block highway over unpaid wages

Injured Rashida Khatun, 19, was taken to hospital with an eye wound.

Superintendent of Industrial Police-2 Gazipur Mizanur Rahman told journalists, police used "minimum \
force". "We requested them again and again to clear the highway," he said.

Deputy Commissioner of Dhaka Metropolitan Police Harun Rashid said, "We will act."

Meanwhile, managing director of Meghna Knit Composite Tanvir Ahmed Chowdhury in his LinkedIn post \
wrote that "Our workers are our family".
"""


def test_an_office_of_a_body_then_its_holders_name_is_the_holder() -> None:
    # South Asian papers' order: "Superintendent of <unit> <name>" was one description, resolved to
    # the last person named; "managing director of <firm> <name>" the firm's director, that person
    assert [r[1] for r in table(AN_OFFICE_OF_A_BODY_BEFORE_ITS_HOLDER)] == [
        "Mizanur Rahman", "Mizanur Rahman", "Harun Rashid", "Tanvir Ahmed Chowdhury"]


def test_an_adjective_before_a_name_is_no_part_of_it() -> None:
    text = 'Clash at factory gate\n\nInjured Rashida Khatun said, "I only asked for my salary."\n'
    assert [r[1] for r in table(text)] == ["Rashida Khatun"]


def test_the_minister_for_a_field_is_an_office_not_a_name() -> None:
    text = ('Budget row\n\nThe Minister for Finance defended the measure in the Dail on Tuesday. "We cannot '
            'ask our children to pay," he said.\n')
    assert [r[1] for r in table(text)] != ["Finance"]


def test_a_speaker_keen_to_stress_speaks() -> None:
    text = ('Budget row\n\nThe Minister for Social Protection, Aoife Cunnane, has been at pains to stress that '
            '"nobody receiving the pension will see a cent less."\n\nThe opposition leader, Mairead Tobin, was '
            'quick to say that "this is a cut by another name."\n')
    assert [r[1] for r in table(text)] == ["Aoife Cunnane", "Mairead Tobin"]


A_HOLIDAY_A_PROGRAMME_AND_NOBODY = """Pension cut dressed as prudence

Eoghan Brannelly's second budget cuts the pension for those who retire one day after New Year's Eve.

'We cannot ask our children to pay,' he said. Nobody is asking them to.

On Wednesday, on Morning Ireland, he was reminded of that interview. 'I would rather be unpopular \
than irresponsible,' he said.
"""


def test_a_holiday_a_programme_and_nobody_are_no_one() -> None:
    # "New Year" was a person the "he" after it went to; "Nobody" and "Morning Ireland" too
    assert table(A_HOLIDAY_A_PROGRAMME_AND_NOBODY) == [
        ("We cannot ask our children to pay,", "Eoghan Brannelly", []),
        ("I would rather be unpopular than irresponsible,", "Eoghan Brannelly", ["Morning Ireland"])]


def test_a_units_ordinal_is_inside_its_name() -> None:
    # "U.S. 7th Fleet" broke at "7th", and "Fleet" alone went to the masthead "FLEET & FIELD"
    text = ('FLEET & FIELD\nDestroyer slowed to dodge Chinese warship, Navy says\n\n"The destroyer executed '
            'maneuvers in an unsafe manner," the U.S. 7th Fleet said in a statement Saturday.\n')
    assert [r[1] for r in table(text)] == ["U.S. 7th Fleet"]


A_REPORT_BROUGHT_IN_BY_ITS_ISSUER = """Fighter programme over budget, watchdog warns

In a highly critical report published on Thursday, the National Audit Office (NAO) said the \
department had agreed the contract with Brennard Aerospace in 2019 despite clear warning signs.

'The Ministry of Defence signed the contract on the basis of a schedule nobody believed,' the report said.
"""


def test_the_report_speaks_for_whoever_brought_it_in() -> None:
    # the body the report is about, named last, took its words
    assert [r[1] for r in table(A_REPORT_BROUGHT_IN_BY_ITS_ISSUER)] == ["National Audit Office"]


A_HOMILY_HANDED_OVER_BY_ITS_OWNER = """Synod closes with a call to listen

Bishop Colm Ferriter was principal celebrant at the closing Mass. Delegates from every diocese attended.

Extracts from the Bishop's homily follow.

'Brothers and sisters, we have spent two days in this town speaking and voting.

'We did not come to Athlone to win an argument.'
"""


def test_a_line_handing_over_to_someones_speech_names_its_speaker() -> None:
    assert [r[1] for r in table(A_HOMILY_HANDED_OVER_BY_ITS_OWNER)] == ["Colm Ferriter", "Colm Ferriter"]


def test_the_parties_candidate_speaks_not_the_party() -> None:
    text = ('Rally in Guayaquil\n\nVeronica Paredes Quintana, a 51-year-old physician, addressed thousands of '
            'supporters on Monday.\n\n"They have stolen the will of the people," the candidate of the Movimiento '
            'Ciudadano Renovacion (MCR) said from a stage.\n')
    assert [r[1] for r in table(text)] == ["Veronica Paredes Quintana"]


def test_a_known_outlets_edition_is_the_page_itself() -> None:
    text = ("Al Arabiya English\nGulf\nOman FM says signing is the easy part\n\n\"Signing is the easy part,\" "
            "Al Harthy told Al Arabiya in an exclusive interview.\n")
    assert table(text) == [("Signing is the easy part,", "Al Harthy", [])]


AN_AGED_ROLE_AFTER_HIS_OWN_WORDS = """Kurmanov pledges support in Beijing

President Daulet Kurmanov arrived in Beijing on Tuesday for a state visit.

Zhetistan's Foreign Minister Aidos Zhaksylykov told reporters the deals were worth "more than $9 billion".

"The pipeline will not stay on paper," Kurmanov told ZhetInform in an interview.

"Our people have a saying: a friend's road is never long," the 71-year-old leader added in the interview.
"""


def test_an_aged_role_after_his_own_words_is_who_spoke() -> None:
    # "the 71-year-old leader" went to the minister named last in full, not to who was speaking
    assert [r[1] for r in table(AN_AGED_ROLE_AFTER_HIS_OWN_WORDS)][1:] == ["Daulet Kurmanov", "Daulet Kurmanov"]


TWO_PRESIDENTS_ONE_TELLING_THE_OTHER = """State visit ends with 27 deals

Zhetistan's President Daulet Kurmanov arrived in Beijing on Tuesday.

Chinese President Liang Zhiyuan told Kurmanov that Beijing wanted "an all-weather partnership".

According to a readout, the president told Liang: "Zhetistan does not choose between partners."
"""


def test_the_one_told_is_not_who_tells_him() -> None:
    assert [r[1] for r in table(TWO_PRESIDENTS_ONE_TELLING_THE_OTHER)] == ["Liang Zhiyuan", "Daulet Kurmanov"]


AN_AFP_QUOTE_SUBHEAD = """AU suspends Djemara over coup

The council met behind closed doors for seven hours on Saturday.

- 'Door is open' -

Algerian Foreign Minister Rachid Benkhelifa struck a more conciliatory tone.

"The door to dialogue is open, but it will not stay open forever," Benkhelifa told France 24.
"""


def test_a_subheading_of_only_a_quote_is_whoever_says_it_below() -> None:
    assert table(AN_AFP_QUOTE_SUBHEAD) == [
        ("Door is open", "Rachid Benkhelifa", ["France 24"]),
        ("The door to dialogue is open, but it will not stay open forever,", "Rachid Benkhelifa", ["France 24"])]


THE_AGENCY_BEFORE_A_LATER_ONE = """Qatar says truce talks are progressing

The spokesman said the talks had made progress, Qatar News Agency (QNA) reported.

During the meetings, the minister stressed 'the importance of building on the positive atmosphere', \
according to the agency.

In a statement carried by the Emirates News Agency (WAM), the UAE welcomed the talks.
"""


def test_the_agency_is_the_last_news_agency_named_before_it() -> None:
    assert table(THE_AGENCY_BEFORE_A_LATER_ONE)[0][2] == ["Qatar News Agency"]


def test_whom_a_lawyer_acts_for_is_not_the_paragraphs_subject() -> None:
    text = ("Togo arrest\n\nOpposition leader Komlan Gbedemah was arrested on Tuesday.\n\nLawyer for Mr "
            "Gbedemah, Barrister Raoul Adote said their client is being held incommunicado. 'The file is "
            "empty,' he said.\n")
    assert [r[1] for r in table(text)] == ["Raoul Adote"]


def test_a_ministrys_field_is_no_one() -> None:
    text = ("Budget row\n\nEoghan Brannelly's budget will be remembered for one line in the Revenue and Social "
            "Protection tables.\n\nThe Minister for Finance defended it in the Dail. \"This is a hard choice,\" "
            "he said.\n")
    assert [r[1] for r in table(text)] == ["Eoghan Brannelly"]


def test_a_dateline_is_no_sentences_subject() -> None:
    text = ('Merriwell president fires back at law professor\n\nBy RACHEL DUNMORE\nAssociated Press\n\n'
            'PITTSBURGH (AP) \u2014 The president of a private university in western Pennsylvania hit back '
            'Monday at a law professor whose essay accused the school of having "stopped being a university" '
            'when it canceled a lecture, saying the critic "has never had to clear a hall of 400 people."\n\n'
            'Lawrence Fairbairn, president of Merriwell University, made the remarks to reporters.\n')
    assert "PITTSBURGH" not in [r[1] for r in table(text)]


A_ROYAL_HOUSES_STATEMENT = """Denmark's King Valdemar diagnosed with lymphoma

COPENHAGEN, Nov 4 (Reuters) - Denmark's King Valdemar V has been diagnosed with a form of lymphoma, the \
Royal House said on Tuesday.

"His Majesty has today begun a course of treatment," the Royal House said in a statement.

For Palace, it was a third straight home win, and Gareth Pennock was pleased. "The character they \
showed was outstanding," he said.
"""


def test_a_royal_house_and_a_palace_are_bodies() -> None:
    # "Royal House" was a person the King's name absorbed; "Palace" a person, then (as a body) the
    # subject of "For Palace, ..."
    assert [r[1] for r in table(A_ROYAL_HOUSES_STATEMENT)] == ["Royal House", "Gareth Pennock"]


def test_the_judges_of_a_named_court_speak_as_the_court() -> None:
    text = ("Court rules against Valdenia over pushbacks\n\nThe European Court of Human Rights on Tuesday "
            "found that Valdenia had expelled the applicants collectively.\n\nThe migrants were returned "
            '"without any examination of their individual circumstances," the judges wrote.\n')
    assert [r[1] for r in table(text)] == ["European Court of Human Rights"]


def test_a_stations_web_address_heading_its_page_is_the_page_itself() -> None:
    text = ('KTVB.COM\nLOCAL NEWS\nParents react to school closures\n\n"My son is going to be on a bus for '
            'forty minutes," Dana Ortiz told KTVB.\n')
    assert table(text) == [("My son is going to be on a bus for forty minutes,", "Dana Ortiz", [])]


def test_a_document_signed_by_someone_in_an_aside_is_theirs() -> None:
    text = ('Row over closures\n\nThe council met on Monday. Parents gathered outside.\n\n"We have lost confidence '
            'in the board," the letter, signed by Tom Hale and sent to trustees, said.\n\nJohor names crown prince'
            '\n\nSultan Hamzah Nasiruddin Shah, 71, signed a decree appointing his son.\n\n"His Majesty hereby '
            'consents to the appointment," the decree, signed by the sultan on Wednesday, read according to '
            'Bernama.\n')
    assert table(text) == [("We have lost confidence in the board,", "Tom Hale", []),
                           ("His Majesty hereby consents to the appointment,", "Hamzah Nasiruddin Shah",
                            ["Bernama"])]


def test_a_broadcaster_named_in_apposition_is_the_relay() -> None:
    text = ('Junta defiant\n\nIn a statement read on the state broadcaster, RTD, the junta spokesman, Colonel Sekou '
            'Diawara, said the country "will not take orders from Addis Ababa", AFP reported.\n')
    assert table(text) == [("will not take orders from Addis Ababa", "Sekou Diawara", ["RTD", "AFP"])]


def test_a_promoter_named_by_its_trade_is_the_company_after() -> None:
    text = ('Tour off\n\nTour promoter Northstar Live confirmed that all tickets would be refunded. "Ticket holders '
            'do not need to take any action," the company said in a statement.\n')
    assert [r[1] for r in table(text)] == ["Northstar Live"]


def test_someone_identified_only_by_a_first_name_is_that_name() -> None:
    text = ('Prisoners freed\n\nOne released detainee, who asked to be identified only by his first name, Hamoud, '
            'described the moment he crossed the border. "When I saw the Red Cross vest, I knew it was real," he '
            'said.\n\nOne man, who asked to be identified only by his first name, Karim, described the scene.\n\n'
            '"It was chaos," he said.\n')
    assert [r[1] for r in table(text)] == ["Hamoud", "Karim"]


def test_an_outlet_named_as_the_page_heading_names_itself() -> None:
    # "THE THUNDER" is no name the masthead reader knows for a paper, but the story calls it so
    text = ("THE THUNDER\n\nNews \u203a Politics\n\nJet fiasco leaves RAF pilots stuck\n\nTory MP James Ogundipe "
            "told The Thunder last night: 'Heads should roll.'\n")
    assert table(text) == [("Heads should roll.", "James Ogundipe", [])]
