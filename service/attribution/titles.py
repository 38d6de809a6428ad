"""Whether quoted words read as a title or a coined name rather than speech.

Shared by the engine (a quoted title is no quote) and the relay finder (a programme quoted by its
title carries words as an outlet does), so both read Title Case the same way.
"""

from __future__ import annotations

_TITLE_SMALL = frozenset({"of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "with", "after",
                          "from", "by", "or", "but", "nor", "is", "as", "into", "over", "under"})


def title_words(quoted: str) -> int:
    """How many words a quote has when it reads as a title or a coined name ("Meet the Press",
    "the Queen of Sad Thursdays"): every word capitalised but the small ones, no sentence mark
    inside; 0 otherwise. Speech in Title Case is rare enough that three such words settle it."""
    if len(quoted) > 82 or not (quoted[:1].isupper() or quoted[:4] == "the " or quoted[:2] == "a "):
        return 0  # most quotes: too long, or opening in lower case
    body = quoted.strip(" ,.!?\u2019\u201d\"'")
    if not body or any(c in body for c in ".!?;:"):
        return 0
    words = body.split()
    if len(words) > 8:
        return 0
    caps = 0
    for i, w in enumerate(words):
        if w[:1].isupper():
            caps += 1
        elif w not in _TITLE_SMALL or (i == len(words) - 1):
            return 0
    if caps == 0 or (words[0] not in ("the", "a") and not words[0][:1].isupper()):
        return 0
    if caps == 1 and len(words) == 1 and words[0] == "I":
        return 0
    return len(words)
