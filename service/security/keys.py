"""API keys: kept only as SHA-256 digests and compared in constant time.

Hashing first means the comparison runs over fixed-length digests (no length leak), and that a
settings object, a repr or a crash dump never holds a usable key. Every configured digest is
compared, match or not, so timing does not reveal which key (or how many) matched.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyRing:
    """The accepted keys' digests; `identify` returns a short non-secret id of the matching key."""

    def __init__(self, digests: Iterable[str]) -> None:
        self._digests = tuple(bytes.fromhex(d) for d in digests)

    def __bool__(self) -> bool:
        return bool(self._digests)

    def identify(self, candidate: str | None) -> str | None:
        if candidate is None:
            return None
        digest = hashlib.sha256(candidate.encode("utf-8", "surrogatepass")).digest()
        found: bytes | None = None
        for known in self._digests:
            if hmac.compare_digest(digest, known):
                found = known
        # 12 hex digits of the digest: enough to tell keys apart in logs and rate limits, useless
        # for recovering the key
        return found.hex()[:12] if found is not None else None
