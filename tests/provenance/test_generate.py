"""The synthetic generator: deterministic, inside its byte bounds, and with quotes that recur."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from bench.generate import generate_articles, main


def test_same_seed_same_articles_and_different_seed_differs() -> None:
    a = list(generate_articles(30, seed=7))
    assert a == list(generate_articles(30, seed=7))
    assert a != list(generate_articles(30, seed=8))


def test_fields_and_bounds() -> None:
    arts = list(generate_articles(300, seed=1, min_bytes=1500, max_bytes=6000))
    assert len({a["id"] for a in arts}) == 300
    sizes = []
    for a in arts:
        assert set(a) == {"id", "text", "outlet", "title", "published_at", "url"}
        text = a["text"]
        assert isinstance(text, str)
        sizes.append(len(text.encode()))
        dt.date.fromisoformat(str(a["published_at"]))
        assert str(a["url"]).startswith("https://")
    assert min(sizes) >= 1500
    assert max(sizes) <= 6000
    assert max(sizes) - min(sizes) > 3000  # spread over the range, not one size


def test_features_news_prose_needs() -> None:
    text = "\n".join(str(a["text"]) for a in generate_articles(200, seed=3))
    needles = ["\u201c", "\u00ab", '"', "according to", "told ", "quoted ", "\u2019", "She added", "He added"]
    for needle in needles:
        assert needle in text, needle


def test_quotes_recur_across_articles_with_the_same_speaker() -> None:
    clusters: Counter[str] = Counter()
    speakers: dict[str, set[str]] = {}
    for a in generate_articles(300, seed=4, with_truth=True):
        seen = set()
        for q in a["_truth"]:  # type: ignore[attr-defined]
            seen.add(q["cluster"])
            speakers.setdefault(q["cluster"], set()).add(q["speaker"])
        clusters.update(seen)
    multi = [c for c, n in clusters.items() if n >= 2]
    assert len(multi) > 30
    assert all(len(speakers[c]) == 1 for c in multi)


def test_cli_writes_json_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "a.jsonl"
    main(["--n", "5", "--seed", "1", "--out", str(out)])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [a["id"] for a in generate_articles(5, seed=1)]
