"""End-to-end behaviour of `extract` on invented articles: quotes, speakers, cues, chains."""

from __future__ import annotations

import pytest

from service.attribution import ArticleMeta, Quote, extract
from service.attribution.lexicon import Lexicon, media_aliases
from tests.attribution import articles as A

LEX = Lexicon.from_dict({"outlets": [
    {"name": "Harbour Post", "aliases": ["HP"], "type": "media"},
    {"name": "Coastline Radio", "aliases": [], "type": "media"},
    {"name": "Northland Times", "aliases": [], "type": "media"},
    {"name": "Dalmar News Agency", "aliases": ["DNA"], "type": "agency"},
    {"name": "Cape Ledger", "aliases": []},
]})


def run(text: str, outlet: str | None = None) -> list[Quote]:
    quotes = extract(text, ArticleMeta(outlet=outlet), lexicon=LEX)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
    return quotes


def table(quotes: list[Quote]) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.cue,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes]


def test_harbour_article_every_frame() -> None:
    got = table(run(A.HARBOUR))
    assert got == [
        ("new deal", "Elena Vasquez-Reed", "pledges", []),
        ("stand behind every dock worker", "Elena Vasquez-Reed", "said", ["Harbour Post"]),
        ("We are not going to let this town lose its heart,", "Elena Vasquez-Reed", "told", []),
        ("Not this year, not ever.", "Elena Vasquez-Reed", None, []),
        ("a betrayal of forty years of loyalty.", "Elena Vasquez-Reed", "described", []),
        ("no intention of walking away.", "Elena Vasquez-Reed", "stressed", []),
        ("ambitious", "Tomasz Wierzbicki", "told", ["Coastline Radio"]),
        ("badly timed.", "Tomasz Wierzbicki", "told", ["Coastline Radio"]),
        ("It should have come five years ago,", "Tomasz Wierzbicki", "added", ["Coastline Radio"]),
        ("the decision was purely commercial.", "Fenwick Holdings", "saying", []),
        ("We regret the impact on our staff.", "Daniel Ormsby", "stated", ["Reuters"]),
        ("This is our shipyard, our history.", "Elena Vasquez-Reed", "put it", []),
    ]


def test_kinds_headline_partial_full() -> None:
    kinds = [q.kind for q in run(A.HARBOUR)]
    assert kinds[0] == "headline"
    assert kinds[1] == "partial"
    assert kinds[2] == "full"


def test_publisher_closes_chain_and_speaker_opens_it() -> None:
    q = run(A.HARBOUR, outlet="Harbourton Herald")[1]
    roles = [(link.role, link.entity.name) for link in q.chain]
    assert roles == [("speaker", "Elena Vasquez-Reed"), ("relay", "Harbour Post"),
                     ("publisher", "Harbourton Herald")]


def test_aliases_collect_other_surface_forms() -> None:
    q = run(A.HARBOUR)[5]
    assert q.speaker is not None
    assert "Vasquez-Reed" in q.speaker.aliases


def test_family_sharing_a_surname_is_not_merged() -> None:
    got = table(run(A.FAMILY))
    assert got == [("the biggest in a decade.", "Mika Ohara", "said", []),
                   ("overwhelmed by the response.", "Rin Ohara", "said", [])]


def test_nested_chain_nearest_speaker_first_and_state_media_alias() -> None:
    got = table(run(A.CHAIN))
    assert got == [
        ("remain closed until further notice.", "Arvo Kask", "saying",
         ["Dalmar News Agency", "Northland Times"]),
        ("ready for any scenario,", "Arvo Kask", "said", ["Dalmar News Agency"]),
    ]


def test_multi_paragraph_quote_is_one_part_per_paragraph_with_one_speaker() -> None:
    got = table(run(A.MULTI))
    assert [g[0][:12] for g in got] == ["We have list", "We have read", "And we will "]
    assert {g[1] for g in got} == {"Priya Natarajan"}


@pytest.mark.parametrize("text", [A.NEGATIVE_APOSTROPHES, A.NEGATIVE_TITLE, A.NO_QUOTES, ""])
def test_negatives_yield_nothing(text: str) -> None:
    assert run(text) == []


def test_unbalanced_mark_spoils_only_its_paragraph() -> None:
    assert table(run(A.UNBALANCED)) == [("The result stands,", "Beatrix Hale", "said", [])]


def test_possessive_office_and_appositive_subject_with_according_to() -> None:
    got = table(run(A.CURLY_POSSESSIVE))
    assert got[0][0] == "fully funded."
    assert got[0][1] is not None and "Andile Mokoena" in got[0][1]
    assert got[1] == ("a plan for growth,", "Sipho Dube", "called", ["Cape Ledger"])


def test_other_quote_marks() -> None:
    texts = [q.text.strip() for q in run(A.GUILLEMETS)]
    assert texts == ["Nous allons reconstruire le port.", "Wir sind bereit.", "cautious"]


def test_pronoun_follows_last_speaker_not_last_name() -> None:
    text = ("Mayor Elena Vasquez-Reed met Governor Paul Okafor on Friday. Vasquez-Reed assured Okafor "
            "that the city would \"pay its share.\" She stressed that \"nothing is off the table.\"")
    assert [g[1] for g in table(run(text))] == ["Elena Vasquez-Reed", "Elena Vasquez-Reed"]


def test_metonym_and_description_speakers() -> None:
    text = ("Vidrian Foreign Minister Lena Marsh flew to Calder. The Kremlin said the talks were \"useful.\" "
            "The foreign minister later said she was \"hopeful.\"")
    got = table(run(text))
    assert got[0][1] == "Kremlin"
    assert got[1][1] == "Lena Marsh"


def test_user_lexicon_extends_outlets_and_media_aliases_are_public() -> None:
    assert LEX.outlet("HP") is not None and LEX.outlet("hp").name == "Harbour Post"  # type: ignore[union-attr]
    aliases = media_aliases()
    assert aliases["associated press"] == "AP"
    assert aliases["korean central news agency"] == "KCNA"


def test_title_case_headline_splits_at_and_and_surnames_find_their_first_names() -> None:
    got = table(run(A.TITLE_CASE_SUMMIT))
    assert got == [
        ("a fair catch for both coasts.", "Oda Linnark", "said", []),
        ("We counted every boat twice,", "Ravi Mendel", "told", []),
    ]


def test_title_case_headline_cue_verb_ends_the_name() -> None:
    got = run(A.TITLE_CASE_SAYS)
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in got] == [
        ("Ready For Anything", "headline", "Ilse Varn"), ("ready for anything", "partial", "Ilse Varn")]


def test_lower_case_and_joins_a_firm_but_not_two_people() -> None:
    got = run(A.LOWER_CASE_AND)
    assert [(q.speaker.name, q.speaker.type) for q in got if q.speaker] == [
        ("Hollis and Crane Ltd", "organization"), ("Piet Crane", "person")]


def test_registry_rejects_names_longer_than_a_person_has() -> None:
    from service.attribution.coref import Registry
    from service.attribution.lexicon import default_lexicon
    reg = Registry(default_lexicon())
    assert not reg._is_person_name("Lina Ortiz Pledge Closer Ties Today")
    assert reg._is_person_name("Mohammed bin Salman bin Abdulaziz Al Saud")


def test_capitalised_connector_inside_a_body_name_in_prose_stays() -> None:
    got = run(A.PROSE_CAPITAL_CONNECTORS)
    assert [q.speaker.name for q in got if q.speaker] == ["Reporters Without Borders"]
