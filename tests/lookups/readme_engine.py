"""An extractor that answers exactly what seeds/README.md expects, for lookup tests.

The lookups are what these tests examine: feeding them the README's speakers, relays and spans
(instead of the evolving engine's output) makes the expected story exact. Quotes are located in
their article like tests/provenance/test_seeds.py does (successive occurrences for repeats).
"""

from __future__ import annotations

import json
from pathlib import Path

from service.attribution import ArticleMeta, ChainLink, Entity, Quote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_MEDIA = {"Meridian News Agency", "Lowmarsh Ledger", "Valdoria One", "Baltica Wire"}


def readme_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    article = ""
    for line in (SEEDS / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            article = line[4:].split()[0]
        elif line.startswith("| ") and article and not line.startswith("| quote"):
            quote, speaker, relays, cluster = (c.strip() for c in line.strip("|").split("|"))
            rows.append(
                {"file": article, "quote": quote, "speaker": speaker, "relays": relays, "cluster": cluster}
            )
    return rows


def _by_text() -> dict[str, str]:
    return {json.loads(p.read_text(encoding="utf-8"))["text"]: p.name for p in SEEDS.glob("*.json")}


def readme_extract(text: str, meta: ArticleMeta) -> list[Quote]:
    name = _by_text()[text]
    out: list[Quote] = []
    cursor: dict[str, int] = {}
    for row in (r for r in readme_rows() if r["file"] == name):
        start = text.index(row["quote"], cursor.get(row["quote"], 0))
        end = start + len(row["quote"])
        cursor[row["quote"]] = end
        speaker = Entity(name=row["speaker"], type="person")
        relays = row["relays"].split(" / ")[-1]  # the fuller alternative
        chain = [ChainLink(role="speaker", entity=speaker, cue="said")]
        for relay in [] if relays == "\u2014" else relays.split(" \u2192 "):
            if relay != meta.outlet:
                chain.append(
                    ChainLink(role="relay", entity=Entity(name=relay, type="media"), cue="according to")
                )
        if meta.outlet:
            chain.append(ChainLink(role="publisher", entity=Entity(name=meta.outlet, type="media")))
        out.append(
            Quote(
                text=row["quote"],
                start=start,
                end=end,
                kind="full",
                speaker=speaker,
                cue="said",
                confidence=0.9,
                chain=tuple(chain),
            )
        )
    return out


__all__ = ["_MEDIA", "readme_extract", "readme_rows"]
