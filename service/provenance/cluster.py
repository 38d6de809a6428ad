"""Placeholder clustering (exact normalised text + speaker). Replaced by the real matcher."""

from __future__ import annotations

import msgspec
import regex

_WS = regex.compile(r"\W+")


class QuoteSig(msgspec.Struct, frozen=True, kw_only=True):
    """What clustering looks at: the quoted words, a few words around them, and who said them."""

    text: str
    context: str
    speaker: str | None


def context_window(text: str, start: int, end: int, words: int = 6) -> str:
    before = text[max(0, start - 80):start].split()[-words:]
    after = text[end:end + 80].split()[:words]
    return " ".join([*before, text[start:end], *after])


def normalise(text: str) -> str:
    return _WS.sub(" ", text.casefold()).strip()


def cluster_keys(sig: QuoteSig) -> set[str]:
    return {normalise(sig.text)}


def same_quote(a: QuoteSig, b: QuoteSig) -> bool:
    return a.speaker == b.speaker and normalise(a.text) == normalise(b.text)


def cluster_batch(sigs: list[QuoteSig]) -> list[str | None]:
    labels: list[str | None] = []
    reps: list[tuple[QuoteSig, str]] = []
    for sig in sigs:
        label = next((lab for rep, lab in reps if same_quote(rep, sig)), None)
        if label is None:
            label = f"c{len(reps) + 1}"
            reps.append((sig, label))
        labels.append(label)
    return labels
