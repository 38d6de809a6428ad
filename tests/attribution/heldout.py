# ruff: noqa: E501
"""Three invented articles in three house styles, with the answers a careful reader would give.

Written before the rules they exercise were generalised, so they measure reach on prose the rules
were not tuned on: a wire story (curly double quotes, an unknown state agency, platforms), a sports
report (British single quotes, interrupted quotes, role nouns, a headline), and a business story
(guillemets, a multi-paragraph quote, unknown weeklies, lower-case titles). People, outlets and
places are made up.
"""

WIRE = """Minister says border plan is 'only option'

VELMORA, March 3 - The state news agency Tassara quoted Prime Minister Ivo Brandt as saying the new border plan was “the only option left to us.”

Brandt, speaking after a cabinet meeting, said the government would “not be rushed” into talks with its neighbours.

“We have waited long enough,” said Interior Minister Lidia Horvat. “Patience is not a policy.”

Posting on Telegram, opposition leader Marek Zell said the plan was “a gift to smugglers.”

The Lakeside Growers' Cooperative said in a statement it was “alarmed” by the closure of the northern crossings.

In a written statement, the airport's board said it would “review every permit” issued since January.

Horvat later told the regional broadcaster Nordwelle that the talks were “frozen, not dead.”

Zell wrote on Truth Social that the government was “hiding the real numbers.”

The prime minister said the first checkpoints would open “within a fortnight,” the daily Kronos reported.
"""

WIRE_ANSWERS = [
    ("only option", "Ivo Brandt", ["Tassara"]),  # the headline quotes words Tassara carried (session 21)
    ("the only option left to us.", "Ivo Brandt", ["Tassara"]),
    ("not be rushed", "Ivo Brandt", []),
    ("We have waited long enough,", "Lidia Horvat", []),
    ("Patience is not a policy.", "Lidia Horvat", []),
    ("a gift to smugglers.", "Marek Zell", ["Telegram"]),
    ("alarmed", "Lakeside Growers' Cooperative", []),
    ("review every permit", "airport's board", []),
    ("frozen, not dead.", "Lidia Horvat", ["Nordwelle"]),
    ("hiding the real numbers.", "Marek Zell", ["Truth Social"]),
    ("within a fortnight,", "Ivo Brandt", ["Kronos"]),
]

SPORT = """Coach hails 'brilliant' win as Rovers go top

Kingsmere Rovers moved to the top of the table on Saturday after a 3-1 win over Dunmore, and their coach, Sofia Marant, called the performance 'brilliant'.

'I thought we were sharp from the first whistle,' Marant said. 'The players deserve every bit of this.'

Dunmore captain Ellen Voss was less impressed. 'We gave them two goals,' said Voss, 'and you cannot do that at this level.'

Marant also took questions about her future. Asked whether she would stay beyond the summer, she said: 'I have a contract and I intend to honour it.'

Sports physiologist Hana Brill of the University of Ulm said the squad's fitness was 'the best in the division'.

'They run further than anyone,' Brill said.

The coach said the title was 'not won yet'.

Club chairman Rupert Lane told the local paper Kingsmere Echo that he had 'never seen the ground so full'.

Okonjo, who scored twice, said: 'It was a night for the fans.'
"""

SPORT_ANSWERS = [
    ("brilliant", "Sofia Marant", []),
    ("brilliant", "Sofia Marant", []),
    ("I thought we were sharp from the first whistle,", "Sofia Marant", []),
    ("The players deserve every bit of this.", "Sofia Marant", []),
    ("We gave them two goals,", "Ellen Voss", []),
    ("and you cannot do that at this level.", "Ellen Voss", []),
    ("I have a contract and I intend to honour it.", "Sofia Marant", []),
    ("the best in the division", "Hana Brill", []),
    ("They run further than anyone,", "Hana Brill", []),
    ("not won yet", "Sofia Marant", []),
    ("never seen the ground so full", "Rupert Lane", ["Kingsmere Echo"]),
    ("It was a night for the fans.", "Okonjo", []),
]

BUSINESS = """Osterlund chairman calls forecast cut «painful but necessary»

Shares in Osterlund Freight fell 9 percent on Wednesday after the company cut its forecast, a move its finance chief, Eva Moll, described as «a reset, not a retreat», according to the business weekly Marktblatt.

Its chairman, Henrik Dahl, said the cut was «painful but necessary».

«Freight volumes have not recovered the way we expected,» Dahl told analysts on a call. «We were too optimistic in the spring.

«We will not make that mistake again.»

Shipping analyst Tom Reyes, of Calder Securities, said the market had «already priced in the worst».

«That is where the real test comes,» Reyes said of the second quarter.

In an interview with the news site Freightline, the chairman said the board was «united behind the plan».

Lindqvist, the company's largest shareholder, said he was «disappointed but patient».
"""

BUSINESS_ANSWERS = [
    ("painful but necessary", "Henrik Dahl", []),
    ("a reset, not a retreat", "Eva Moll", ["Marktblatt"]),
    ("painful but necessary", "Henrik Dahl", []),
    ("Freight volumes have not recovered the way we expected,", "Henrik Dahl", []),
    ("We were too optimistic in the spring.", "Henrik Dahl", []),
    ("We will not make that mistake again.", "Henrik Dahl", []),
    ("already priced in the worst", "Tom Reyes", []),
    ("That is where the real test comes,", "Tom Reyes", []),
    ("united behind the plan", "Henrik Dahl", ["Freightline"]),
    ("disappointed but patient", "Lindqvist", []),
]

HELDOUT = [("wire", WIRE, WIRE_ANSWERS), ("sport", SPORT, SPORT_ANSWERS), ("business", BUSINESS, BUSINESS_ANSWERS)]
