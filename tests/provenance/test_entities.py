"""entity_key: surface variants of one entity share a key; different entities do not."""

from __future__ import annotations

import pytest

from service.provenance.entities import entity_key


@pytest.mark.parametrize("variants", [
    ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "kim  jong un"],
    ["AP", "Associated Press", "The Associated Press"],
    ["Korean Central News Agency", "KCNA", "Korean Central News Agency (KCNA)", "state media KCNA"],
    ["Finance Minister Ana Duarte", "Ana Duarte", "Minister Ana Duarte"],
    ["José Ferreira", "Jose Ferreira"],
    ["Liam O'Neill", "Liam O’Neill", "Liam ONeill"],
    ["the Harbour Post", "Harbour Post", "The Harbour Post"],
])
def test_variants_share_a_key(variants: list[str]) -> None:
    assert len({entity_key(v) for v in variants}) == 1, [entity_key(v) for v in variants]


@pytest.mark.parametrize(("a", "b"), [
    ("Ana Duarte", "Rui Duarte"),           # relatives share a surname, not an identity
    ("President of Valdoria", "Valdoria"),  # a title with "of" is the whole name
    ("North Korean Foreign Ministry", "North Korea"),
    ("AP", "AFP"),
])
def test_different_entities_keep_different_keys(a: str, b: str) -> None:
    assert entity_key(a) != entity_key(b)


def test_title_is_kept_when_stripping_would_leave_one_word() -> None:
    assert entity_key("Queen Elizabeth") == "queen elizabeth"
    assert entity_key("President of the Republic") == "president of the republic"
