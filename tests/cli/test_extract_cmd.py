"""`quotetrail extract` as a user (and the shared scorer) runs it: a real subprocess, JSON out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLES = [
    {"id": "a1", "text": 'Port director Lena Vos said the cranes would be "fully back" by Friday.'},
    {"id": "a2", "text": 'The cranes will be "fully back in service" by Friday, Lena Vos told Nordwelle.'},
    {"id": "a3", "text": "No quotes here, only the port's cranes and the '90s warehouse."},
]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "extract", *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )


def test_jsonl_contract_one_line_per_article_with_exact_spans_and_shared_clusters(tmp_path: Path) -> None:
    lexicon = tmp_path / "outlets.json"
    lexicon.write_text(json.dumps([{"name": "Nordwelle", "aliases": []}]))
    out = run_cli("--jsonl", "--lexicon", str(lexicon),
                  stdin="".join(json.dumps(a) + "\n" for a in ARTICLES))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [rec["id"] for rec in lines] == ["a1", "a2", "a3"]
    by_id = {rec["id"]: rec["quotes"] for rec in lines}
    assert by_id["a3"] == []
    for art in ARTICLES[:2]:
        (q,) = by_id[art["id"]]
        assert art["text"][q["start"]:q["end"]] == q["text"]
        assert q["speaker"]["name"] == "Lena Vos"
        fields = {"text", "start", "end", "kind", "speaker", "cue", "confidence", "chain", "cluster_id"}
        assert set(q) >= fields
    relays = [link["entity"]["name"] for link in by_id["a2"][0]["chain"] if link["role"] == "relay"]
    assert relays == ["Nordwelle"]
    assert by_id["a1"][0]["cluster_id"] == by_id["a2"][0]["cluster_id"] is not None


def test_bad_jsonl_line_is_a_clear_error_not_a_traceback() -> None:
    out = run_cli("--jsonl", stdin='{"id": 1, "text": "fine"}\n{not json\n')
    assert out.returncode != 0
    assert "<stdin>" not in out.stderr and "-:2: not JSON" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_lexicon_file_is_named_in_the_error(tmp_path: Path) -> None:
    out = run_cli("--jsonl", "--lexicon", str(tmp_path / "absent.json"), stdin='{"id": 1, "text": "x"}\n')
    assert out.returncode != 0 and "absent.json" in out.stderr and "Traceback" not in out.stderr
