"""Whatever the text, extract returns exact spans inside it and never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.attribution import extract
from service.attribution.marks import find_spans

MARKS = "\"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u2039\u203a"
news_alphabet = st.sampled_from(list(MARKS) + list("Kim said told, according to. He\n \u0301\x00\x1f") +
                                ["Reuters", " Putin ", "state media", "\n\n", " as saying "])


def check(text: str) -> None:
    for q in extract(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(news_alphabet, max_size=200).map("".join))
def test_newsy_fragments_and_marks(text: str) -> None:
    check(text)


def test_hundred_thousand_quote_marks() -> None:
    for mark in ('"', "'", "\u201c", "\u201d\u201c"):
        check(mark * 100_000)
    check("".join(MARKS) * 8_000)


def test_deeply_nested_quotes() -> None:
    check("\u201c\u2018" * 20_000 + "deep" + "\u2019\u201d" * 20_000)
    check('He said "' + "'a " * 30_000 + '" end.')


def test_one_megabyte_single_line() -> None:
    unit = 'Kim Jong Un said the plan was "fully supported," state media KCNA reported. '
    check(unit * (1_000_000 // len(unit)))


def test_control_chars_and_lone_combining_marks() -> None:
    check("\u0301\u0301\"\x00said\x07\" \u200b\u202e Kim\u0308 \u201c\u0301\u201d")


def test_marks_are_paired_inside_paragraphs_only() -> None:
    text = 'A "one\nB two" and "three" here.'
    spans = [(s.start, s.end) for s in find_spans(text)]
    assert [text[s:e] for s, e in spans] == ["three"]
