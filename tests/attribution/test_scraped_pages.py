"""Text as scrapers deliver it: a site's furniture between paragraphs and its name on top.

Every name and outlet here is made up. Each test pins what a clean article of the same words gives.
"""

from __future__ import annotations

from service.attribution import ArticleMeta, Quote, extract
from service.attribution.furniture import blank_furniture


def table(text: str) -> list[tuple[str, str | None, list[str]]]:
    quotes: list[Quote] = extract(text, ArticleMeta(outlet=None))
    return [(q.text, q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes]


ADVERT_IN_A_QUOTE = """Harbour tolls to rise in spring

Ilse Brandvold, the harbourmaster, told councillors on Monday that the tolls had not moved in eleven years.

Advertisement

"We have patched the quay walls with what we had," she said. "The patching is over.

Story continues below advertisement

"From March, every boat over ten metres pays the new rate."

Share this article

Fisherman Oskar Rudd, who moors three trawlers there, called the rise "a tax on getting up early."

READ MORE: Tarnwick ferry timetable changes

"I will pay it, but I will not smile," he said.
"""


def test_adverts_between_paragraphs_are_blank_lines() -> None:
    assert table(ADVERT_IN_A_QUOTE) == [
        ("We have patched the quay walls with what we had,", "Ilse Brandvold", []),
        ("The patching is over.", "Ilse Brandvold", []),
        ("From March, every boat over ten metres pays the new rate.", "Ilse Brandvold", []),
        ("a tax on getting up early.", "Oskar Rudd", []),
        ("I will pay it, but I will not smile,", "Oskar Rudd", []),
    ]


def test_blanking_keeps_offsets_headlines_bylines_and_quoting_lines() -> None:
    text = ("Mill closure talks stall\n\nBy Joan Doe, The Valley Record\n\n"
            "Union organiser Petra Valk said the owners had offered nothing new on the pension fund.\n"
            "Also read: 'We were lied to', says mill worker\n"
            "Also read: Valley rail line reopens\n"
            "6 min read\n"
            "The union will meet the owners again on Friday, a spokesman for the mill said.\n")
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    lines = blanked.split("\n")
    assert lines[0] == "Mill closure talks stall" and lines[2] == "By Joan Doe, The Valley Record"
    # a quote stays, its label goes: read as capitals, "Also read" was the quote's speaker
    assert lines[5] == "           'We were lied to', says mill worker"
    assert lines[6].strip() == "" and lines[7].strip() == ""
    assert blank_furniture("Plain text with nothing to blank.\n") == "Plain text with nothing to blank.\n"


def test_a_subheading_between_paragraphs_is_blanked_and_a_headline_is_not() -> None:
    running = "Union organiser Petra Valk said the owners had offered nothing new on the pension fund."
    text = f"Pension Fund Questions\n\n{running}\n\nPension Fund Questions\n\n{running}\n"
    lines = blank_furniture(text).split("\n")
    assert lines[0] == "Pension Fund Questions"  # at the top: a headline
    assert lines[4].strip() == ""  # between two paragraphs of running text: a subheading
    # a line ending in a colon introduces what follows, and one quoting someone is a quote
    for kept in ("The union's demands:", "Valk: 'No deal'"):
        assert blank_furniture(f"{running}\n{kept}\n{running}").split("\n")[1] == kept


def test_a_photo_credit_ending_a_caption_is_blanked_and_slashes_in_prose_are_not() -> None:
    caption = "FILE PHOTO: The bank's headquarters in Pretoria. REUTERS/Kagiso Mabena/File Photo"
    prose = "A/B tests ran 50/50 for AP Photo/Jae Lin."
    out = blank_furniture(f"{caption}\n{prose}\nCaption. AP Photo/Jae Lin\n")
    lines = out.split("\n")
    assert lines[0] == "FILE PHOTO: The bank's headquarters in Pretoria." + " " * 33
    assert lines[1] == "A/B tests ran 50/50 for AP Photo/Jae Lin."  # no credit ends it: a sentence
    assert lines[2] == "Caption." + " " * 17


def test_a_title_case_question_between_paragraphs_is_a_subheading() -> None:
    running = "Union organiser Petra Valk said the owners had offered nothing new on the pension fund."
    assert blank_furniture(f"{running}\nWho Runs The Mill Now?\n{running}").split("\n")[1].strip() == ""
    # a question in running text's case is a sentence, and stays
    kept = "What happens to the pension now?"
    assert blank_furniture(f"{running}\n{kept}\n{running}").split("\n")[1] == kept


QUESTION_SUBHEAD = """Club president steps aside

Club president Rufus Danby of Harbour Athletic stepped aside on Monday after inspectors raided his \
office at the ground.
Who Runs The Club Now?
The club said "the club will keep playing" and the weekend match was not cancelled by the league.
"""


def test_a_question_subheading_names_nobody() -> None:
    # read as a name, the subheading was "the club" that spoke
    quotes = extract(QUESTION_SUBHEAD, ArticleMeta(outlet=None))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Harbour Athletic"]


MASTHEAD = """THE HARBOUR LEDGER
News | Coast
Quay walls 'will not last another winter', engineer warns
By Nils Ahlberg
Engineer Sigrun Moe told the Harbour Ledger that the north quay was "held up by habit."
She said she had warned the council in 2023. "Nobody answered," Moe told the Fjordside Courier.
"""


def test_the_site_name_heading_a_page_is_its_publisher_not_a_relay() -> None:
    assert table(MASTHEAD) == [
        ("will not last another winter", "Sigrun Moe", []),
        ("held up by habit.", "Sigrun Moe", []),
        ("Nobody answered,", "Sigrun Moe", ["Fjordside Courier"]),
    ]


HEADLINE_LIKE_A_PAPER = """Champions Set New Record
Coach Hanne Lyst told the Valley Record that her side had "nothing left to prove."
"""


def test_a_headline_that_ends_like_a_paper_is_no_masthead() -> None:
    assert table(HEADLINE_LIKE_A_PAPER) == [("nothing left to prove.", "Hanne Lyst", ["Valley Record"])]


SMH_PAGE = """The Sydney Morning Herald
Business | Banking
Bank boss walks after breach
By Tom Ellery
The chief executive told staff in an email, which was seen by the Herald, that he had "no choice".
A senior government source told The Australian there was "no way" he would survive the week.
"Frankly, it's not good enough," Treasurer Paul Kerridge told the ABC, AAP reported.
Harbourline Bank said in a statement to the Australian stock exchange that it was "cooperating fully".
"""

MIRROR_PAGE = """Mirror
NEWS > UK NEWS
Water boss blames old pipes
Campaigner Kate Thorley told the Mirror: "Lock them up."
"""

NZ_PAGE = """NZ Herald
Politics
PM says loss not a referendum
"We ran a campaign for Wellington," one MP told the Herald.
"""


def test_a_papers_short_names_on_its_own_page_and_australian_outlets() -> None:
    # "the Herald" in the Sydney Morning Herald, "the Mirror" under a "Mirror" masthead and "the
    # Herald" under "NZ Herald" are the publisher; The Australian and the ABC relay, and
    # "the Australian stock exchange" is no paper
    assert [r[2] for r in table(SMH_PAGE)] == [[], ["The Australian"], ["ABC", "AAP"], []]
    assert table(MIRROR_PAGE) == [("Lock them up.", "Kate Thorley", [])]
    assert table(NZ_PAGE)[-1][2] == []


def test_a_capitalised_brand_with_an_edition_and_a_places_paper_head_their_pages() -> None:
    # "ANTARA News", "Nepal Mirror" and "Accra Daily Observer" on a page's first line are its
    # publisher: "contacted by ANTARA", "told the Mirror", "told the Observer" are no relays
    antara = ('ANTARA News\nHome > Health\nCases rise\n'
              'The spokesperson, when contacted by ANTARA, said: "We are ready."\n')
    nepal = 'Nepal Mirror\nNational\nSurvivors wait\n"We have nothing now," Pasang Tamang told the Mirror.\n'
    accra = 'Accra Daily Observer\nSports\nSacked\n"We want results," fan Kojo Mensah told the Observer.\n'
    assert [r[2] for r in table(antara) + table(nepal) + table(accra)] == [[], [], []]
