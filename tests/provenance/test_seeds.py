"""The seed articles and their README agree, and the README's clusters are what the matcher finds."""

from __future__ import annotations

import json
import pathlib

from service.provenance.cluster import QuoteSig, cluster_batch, context_window
from service.provenance.graph import ChainEntry, Occurrence, build_graph

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"


def _expected() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    article = ""
    for line in (SEEDS / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            article = line[4:].split()[0]
        elif line.startswith("| ") and article and not line.startswith("| quote"):
            quote, speaker, relays, cluster = (c.strip() for c in line.strip("|").split("|"))
            rows.append({"file": article, "quote": quote, "speaker": speaker, "relays": relays,
                         "cluster": cluster})
    return rows


def _articles() -> dict[str, dict[str, str]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.json"))}


def _located() -> list[tuple[dict[str, str], QuoteSig, str]]:
    """Each README quote located in its article (successive occurrences for repeated words)."""
    arts = _articles()
    out = []
    cursor: dict[tuple[str, str], int] = {}
    for row in _expected():
        text = arts[row["file"]]["text"]
        start = text.index(row["quote"], cursor.get((row["file"], row["quote"]), 0))
        end = start + len(row["quote"])
        cursor[(row["file"], row["quote"])] = end
        out.append((row, QuoteSig(text=row["quote"], context=context_window(text, start, end),
                                  speaker=row["speaker"]), text))
    return out


def test_seed_files_are_complete() -> None:
    arts = _articles()
    assert len(arts) >= 6
    for art in arts.values():
        assert set(art) == {"outlet", "url", "title", "published_at", "byline", "text"}
        assert art["text"].startswith(art["title"])


def test_every_readme_quote_is_in_its_article_between_marks() -> None:
    rows = _located()
    assert len(rows) >= 30
    for row, sig, text in rows:
        start = text.index(sig.text)
        assert text[start - 1] in "\"'\u201c\u2018\u00ab", row
        assert text[start + len(sig.text)] in "\"'\u201d\u2019\u00bb", row


def test_film_title_is_not_listed_as_a_quote() -> None:
    assert all("Rivers of Salt" not in r["quote"] for r in _expected())


def test_matcher_reproduces_the_readme_clusters_exactly() -> None:
    rows = _located()
    labels = cluster_batch([sig for _, sig, _ in rows])
    gold = [row["cluster"] for row, _, _ in rows]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            same_gold = gold[i] != "\u2014" and gold[i] == gold[j]
            assert (labels[i] == labels[j]) == same_gold, (rows[i][0]["quote"], rows[j][0]["quote"])


def test_readme_story_graph() -> None:
    arts = _articles()
    occs = []
    for row, _, _ in _located():
        if row["cluster"] != "marchetti-fully-back":
            continue
        relays = row["relays"].split(" / ")[-1]
        chain = [ChainEntry(role="speaker", name=row["speaker"])]
        chain += [ChainEntry(role="relay", name=r) for r in relays.split(" \u2192 ") if r != "\u2014"]
        art = arts[row["file"]]
        occs.append(Occurrence(article_id=row["file"][:2], outlet=art["outlet"],
                               published_at=art["published_at"], text=row["quote"], chain=tuple(chain)))
    g = build_graph(occs)
    assert g.first is not None and (g.first.article_id, g.first.outlet) == ("01", "Meridian News Agency")
    edges = {(e.source, e.target) for e in g.edges}
    assert ("lowmarsh ledger", "meridian news agency") in edges
    assert ("harbour post", "lowmarsh ledger") in edges
    assert ("carrow herald", "meridian news agency") in edges
    assert ("meridian news agency", "elena marchetti") in edges


def test_relatives_sharing_a_surname_never_share_a_cluster() -> None:
    rows = _located()
    elena = next(sig for row, sig, _ in rows if row["cluster"] == "marchetti-fully-back")
    as_brother = QuoteSig(text=elena.text, context=elena.context, speaker="Paolo Marchetti")
    assert cluster_batch([elena, as_brother]) == ["c1", "c2"]
