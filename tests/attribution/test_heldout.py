"""Generalisation checks: invented articles in three styles, written before the rules were widened.

Each quote is checked for its words, resolved speaker and relay chain; separate tests pin down the
entity types the API schema depends on and the individual rules, so a regression names its cause.
"""

from __future__ import annotations

import pytest

from service.attribution import Quote, extract
from tests.attribution.heldout import BUSINESS, HELDOUT, SPORT, WIRE


def _rows(quotes: list[Quote]) -> list[tuple[str, str | None, list[str]]]:
    return [(q.text.strip(), q.speaker.name if q.speaker else None,
             [link.entity.name for link in q.chain if link.role == "relay"]) for q in quotes]


@pytest.mark.parametrize(("name", "text", "answers"), HELDOUT, ids=[h[0] for h in HELDOUT])
def test_heldout_article(name: str, text: str, answers: list[tuple[str, str, list[str]]]) -> None:
    assert _rows(extract(text)) == answers


def _by_text(text: str) -> dict[str, Quote]:
    return {q.text.strip(): q for q in extract(text)}


def test_entity_types_stay_inside_the_schema() -> None:
    allowed = {"person", "organization", "government", "media", "unknown"}
    for _name, text, _answers in HELDOUT:
        for q in extract(text):
            for link in q.chain:
                assert link.entity.type in allowed


def test_possessive_organisation_is_one_name() -> None:
    q = _by_text(WIRE)["alarmed"]
    assert q.speaker is not None and q.speaker.type == "organization"


def test_unknown_outlets_named_by_descriptor_are_media_relays() -> None:
    q = _by_text(WIRE)["frozen, not dead."]
    relay = [link for link in q.chain if link.role == "relay"]
    assert [(r.entity.name, r.entity.type, r.cue) for r in relay] == [("Nordwelle", "media", "told")]
    cues = [link.cue for link in _by_text(BUSINESS)["a reset, not a retreat"].chain if link.role == "relay"]
    assert cues == ["according to"]


def test_platform_relays_are_media_typed_with_their_cue() -> None:
    q = _by_text(WIRE)["a gift to smugglers."]
    relay = [link for link in q.chain if link.role == "relay"]
    assert [(r.entity.name, r.entity.type, r.cue) for r in relay] == [("Telegram", "media", "posting on")]


def test_lone_surname_speaker_is_a_person() -> None:
    q = _by_text(SPORT)["It was a night for the fans."]
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Okonjo", "person")


def test_board_of_a_lowercase_owner_is_an_organisation_not_the_statement() -> None:
    q = _by_text(WIRE)["review every permit"]
    assert q.speaker is not None and q.speaker.type == "organization"


def test_role_noun_resolves_only_through_the_person_introduced_with_it() -> None:
    text = ("Regional governor Sofia Marant opened the bridge on Monday. "
            "The mayor, Jonas Pell, stayed away.\n"
            "The governor said the crossing was \"overdue by a decade.\"\n"
            "The mayor said he was \"not invited.\"\n")
    assert [q.speaker.name if q.speaker else None for q in extract(text)] == ["Sofia Marant", "Jonas Pell"]


def test_sentence_initial_occupation_is_a_title_so_the_surname_resolves() -> None:
    text = ("Geologist Mara Quist of the University of Ulm said the slope was \"moving every day.\"\n"
            "\"We cannot stop it,\" Quist said.\n")
    names = [q.speaker.name if q.speaker else None for q in extract(text)]
    assert names == ["Mara Quist", "Mara Quist"]


def test_headline_role_noun_without_body_echo_uses_the_role() -> None:
    text = ("Coach warns of 'long season'\n\n"
            "Dunmore coach Ellen Voss spoke after training on Friday.\n")
    q = extract(text)[0]
    assert q.kind == "headline" and q.speaker is not None and q.speaker.name == "Ellen Voss"
