"""Build a set's JSON Lines gold from its articles and quote list.

    python3 seeds/invented/build.py X   # reads seeds/invented/X/{NN.txt, gold.json}, writes X.jsonl

Why: writers list quotes by their words (`{"01": [{"quote", "speaker", "via", "optional"}]}`);
the scorer wants character offsets. A quote's "cluster" (an id shared by the same words
across a set's articles) is passed through for the scorer's cluster measure. Each quote is
looked for after the one before it, so a phrase repeated later lands where it is meant; one not
found is reported and left out.
"""

from __future__ import annotations

import json
import pathlib
import sys


def build(folder: pathlib.Path) -> tuple[list[dict[str, object]], int]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out: list[dict[str, object]] = []
    missing = 0
    for stem in sorted(gold):
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        pos, quotes = 0, []
        for q in gold[stem]:
            at = text.find(q["quote"], pos)
            if at < 0:
                at = text.find(q["quote"])
            if at < 0:
                print("NOT FOUND", stem, q["quote"][:60])
                missing += 1
                continue
            pos = at + len(q["quote"])
            entry = {"start": at, "end": pos, "speaker": q["speaker"], "via": q.get("via", [[]])}
            if q.get("optional"):
                entry["optional"] = True
            if q.get("cluster"):
                entry["cluster"] = q["cluster"]
            quotes.append(entry)
        out.append({"id": f"{folder.name}-{stem}", "text": text, "quotes": quotes})
    return out, missing


def main() -> None:
    name = sys.argv[1]
    root = pathlib.Path(__file__).parent
    docs, missing = build(root / name)
    (root / f"{name}.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    n_quotes = sum(len(d["quotes"]) for d in docs)  # type: ignore[arg-type]
    print(name, len(docs), "articles", n_quotes, "quotes", missing, "not found")


if __name__ == "__main__":
    main()
