"""Index-safe keys: long natural keys are replaced by a digest so btree entries stay small.

PostgreSQL refuses btree entries over ~2.7 kB and a quote can be longer, so any key column value
goes through `bounded` both when written and when looked up.
"""

from __future__ import annotations

import hashlib

MAX_KEY_CHARS = 200


def bounded(key: str) -> str:
    if len(key) <= MAX_KEY_CHARS - 10 and not key.startswith("sha256:"):
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def outlet_key(outlet: str | None) -> str:
    """'' for unknown, so (outlet_key, text_hash) is unique even for articles without an outlet."""
    if not outlet:
        return ""
    return bounded(" ".join(outlet.casefold().split()))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
