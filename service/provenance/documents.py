"""GET /v1/quotes/{id}/provenance (JSON) from a per-cluster document stored in the database.

Everything in the answer but `quote_id`, `cluster_id` and `speaker` belongs to the cluster, not
to the asked quote (the graph is built over the members in id order). So a cluster's answer is
stored once, as the bytes that follow `"speaker":<...>`, and a read is one statement (the asked
quote's cluster and speaker survivor, plus the document if it is still valid) and a byte splice:
the same bytes `provenance_service.provenance_json` gives, without building the graph.

Validity is the database's business (migration 0004: triggers record every write that may change
a cluster's answer; a document stamped before one is neither installed nor served), so this
module cannot serve a stale answer whatever path wrote. A miss (no document yet, or an invalid
one) computes the answer as before from one statement that also reads the stamp, and stores it.
Clusters cut at MAX_OCCURRENCES are not stored: there the members depend on the asked quote.
"""

from __future__ import annotations

import copy
import logging

import msgspec
from sqlalchemy.ext.asyncio import AsyncEngine

from models.schemas import EntityRef
from service.errors import NotFound
from service.provenance_service import ClusterView, provenance_out
from service.store import provenance_repo

log = logging.getLogger(__name__)
_encode = msgspec.json.Encoder().encode


def splice(quote_id: int, cluster_id: int, speaker: bytes, body: bytes) -> bytes:
    """The answer's bytes: its three per-quote fields, then the stored rest."""
    return b'{"quote_id":%d,"cluster_id":%d,"speaker":%b%b' % (quote_id, cluster_id, speaker, body)


async def provenance_json(engine: AsyncEngine, quote_id: int) -> bytes:
    """The JSON answer of GET provenance, from the stored document when it is valid."""
    row = await provenance_repo.doc_row(engine, quote_id)
    if row is None:
        raise NotFound(f"no quote with id {quote_id}")
    cluster_id, stored_speaker, sid, name, etype, doc_speaker, body = row
    if cluster_id is None or body is None or doc_speaker is None:
        return await compute_and_store(engine, quote_id)
    # the asked quote's own speaker (its survivor, read in the same statement), else the cluster's
    speaker = _encode(EntityRef(id=sid, name=name, type=etype)) if stored_speaker is not None else doc_speaker
    return splice(quote_id, cluster_id, speaker, body)


async def compute_and_store(engine: AsyncEngine, quote_id: int) -> bytes:
    """Compute the answer (one statement, as without documents) and store the cluster's document
    under the stamp read by that same statement; the answer either way."""
    rows = await provenance_repo.fill_rows(engine, quote_id)
    if not any(r[0] == quote_id for r in rows):
        raise NotFound(f"no quote with id {quote_id}")
    view = ClusterView(quote_id, rows)
    out = provenance_out(view)
    answer = _encode(out)
    doc = document(view, answer)
    if doc is not None:
        speaker, body = doc
        try:
            await provenance_repo.install_doc(
                engine, doc_cluster(view), rows[0][provenance_repo.STAMP_COLUMN], speaker, body
            )
        except Exception:  # a read-only replica, a busy SQLite: the answer stands, unstored
            log.warning("provenance document for cluster %s not stored", view.cluster_id, exc_info=True)
    return answer


def doc_cluster(view: ClusterView) -> int:
    assert view.cluster_id is not None
    return view.cluster_id


def document(view: ClusterView, answer: bytes) -> tuple[bytes, bytes] | None:
    """(speaker for a member without one, body after the speaker) of the cluster's document, or
    None when the answer cannot be shared by the cluster's quotes."""
    if view.cluster_id is None or len(view.members) >= provenance_repo.MAX_OCCURRENCES:
        return None
    asked = next(m for m in view.members if m.id == view.quote_id)
    # the speaker an answer shows when the asked quote names none: what provenance_out gives for
    # a quote that is no member (it falls back to the graph's speaker), so no rule is copied here
    anonymous = copy.copy(view)
    anonymous.quote_id = 0
    fallback = _encode(provenance_out(anonymous).speaker)
    speaker = _encode(asked.speaker) if asked.speaker_id is not None else fallback
    prefix = splice(view.quote_id, view.cluster_id, speaker, b"")
    if not answer.startswith(prefix):  # the struct's field order changed: do not guess
        return None
    return fallback, answer[len(prefix) :]
