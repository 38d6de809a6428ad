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


def _same_tokens(t: str) -> None:
    from service.attribution.segment import Token, _words, regex_words

    fast: list[Token] = []
    _words(t, 0, len(t), fast)
    ref = regex_words(t, 0, len(t))
    assert [(x.start, x.end, x.text, x.low) for x in fast] == [(x.start, x.end, x.text, x.low) for x in ref]


def test_fast_word_cutter_equals_the_regex_tokeniser_on_news() -> None:
    """`_words` cuts plain words with str methods for speed; it must give the regex's tokens exactly."""
    from bench.generate import generate_articles
    from tests.attribution.heldout import HELDOUT

    texts = [str(a["text"]) for a in generate_articles(40, seed=5, min_bytes=1000, max_bytes=8000)]
    texts += [h[1] for h in HELDOUT]
    texts.append("Mr. Lee met the U.S. envoy at 9:30 a.m. in Kim's office; Growers' Cooperative won't\u2014"
                 "say 'no.' Ex-chair Ana D\u00edaz-Paz (aged 61) said: \u00abNon.\u00bb "
                 "1,200 votes\u2026 ok. A. B.")
    for t in texts:
        _same_tokens(t)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*MARKS, *"Ab s.,;:!?)-\u2019'1 \n\u00a0\u0301"]), max_size=60))
def test_fast_word_cutter_equals_the_regex_tokeniser_on_noise(text: str) -> None:
    _same_tokens(text)
