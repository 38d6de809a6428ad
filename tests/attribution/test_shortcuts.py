"""The engine's speed shortcuts must give exactly what the plain computation gives.

Each shortcut (one name-window pass per article, the per-article `_name` cache) is checked against
the slow path it replaces, on invented articles, generated ones and adversarial token mixes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import generate_articles
from service.attribution.lexicon import default_lexicon
from service.attribution.marks import _MARK, _MARK_FAST, _mark_offsets, find_spans, mark_positions
from service.attribution.mentions import NameCache, find_mentions
from service.attribution.segment import name_tokens, name_windows, paragraphs, tokens
from tests.attribution import articles as A

TEXTS = [v for k, v in vars(A).items() if isinstance(v, str) and not k.startswith("_")] + [
    str(a["text"]) for a in generate_articles(40, seed=5, min_bytes=1000, max_bytes=6000)] + [
    # one run, next to a word and then to a quote of the same spelling: only the first is a role
    'Staff from North Kavia officials met, and from North Kavia "officials" was the word used.']

words = st.sampled_from(["Kim", "Jong", "Un", "said", "officials", "the", "daily", "Kronos", "leader",
                         "Harbour", "Board", "of", "and", "Ltd", "Mara", "Hollis", ",", "agency",
                         "\"officials\"", "\"daily\"", "Premier", "Oda", "Linnark", "\n"])


def _mentions(text: str, cache: NameCache | None) -> list[object]:
    lex = default_lexicon()
    spans = find_spans(text)
    out: list[object] = []
    for ps, pe in paragraphs(text):
        mine = [(i, s) for i, s in enumerate(spans) if ps <= s.start < pe]
        toks = tokens(text, ps, pe, [s for _, s in mine], mine[0][0] if mine else 0)
        out.append([(m.i, m.j, m.kind, m.text, m.title, m.org, m.media)
                    for m in find_mentions(toks, lex, False, cache)])
    return out


def test_name_cache_changes_no_mention() -> None:
    for text in TEXTS:
        assert _mentions(text, {}) == _mentions(text, None)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, max_size=60).map(" ".join))
def test_name_cache_changes_no_mention_on_odd_text(text: str) -> None:
    assert _mentions(text, {}) == _mentions(text, None)


def test_one_window_pass_equals_a_pass_per_paragraph() -> None:
    for text in TEXTS:
        windows = name_windows(text)
        for ps, pe in paragraphs(text):
            mine = [w for w in windows if ps <= w[0] < pe]
            assert name_tokens(text, ps, pe, mine) == name_tokens(text, ps, pe)


def test_fast_mark_scan_equals_the_reference_pattern() -> None:
    for text in TEXTS:
        assert list(mark_positions(text)) == [m.start() for m in _MARK.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ÄéЖ\n'\u2019\"\u201c\u00ab.1")), max_size=40))
def test_fast_mark_scan_equals_the_reference_pattern_on_odd_text(text: str) -> None:
    assert list(mark_positions(text)) == [m.start() for m in _MARK.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n'\u2019\"\u201c\u201d\u00ab\u00bb\u300c\uff02")),
               max_size=40))
def test_mark_sweep_finds_what_the_class_scan_finds(text: str) -> None:
    assert _mark_offsets(text) == [m.start() for m in _MARK_FAST.finditer(text) if m.group() != "\n"]


def test_fast_name_run_scan_equals_the_reference_pattern() -> None:
    """`name_windows` scans with the stdlib pattern; it must find exactly _NAME_WINDOW's runs
    (session 16 taught only the reference "Rossiya-24 TV", and the fast path cut it short)."""
    from service.attribution.segment import _NAME_WINDOW

    for text in [*TEXTS, "Speaking to Rossiya-24 TV, Energy Minister Muhammad al-Rashid said."]:
        assert name_windows(text) == [m.span() for m in _NAME_WINDOW.finditer(text)]
