"""quote_keys: re-key every named speaker's quotes under its speaker class

Cluster keys began with the speaker's `entity_key` ("abdulmalik al hashedi|..."), so one person
written two ways by two outlets ("Abdulmalik al-Hashedi", "Hashedi"; "Talal Al Harthy", "Sayyid
Talal bin Saif Al Harthy") never shared a key, and the same words never shared a cluster. Keys now
begin with `speaker_class` (initial and surname: "a hashedi|..."); stored quotes are re-keyed here so a new
quote finds them. Clusters already decided are left as they are: this adds links from now on, it
does not merge history.

Only quotes whose speaker's class differs from its entity key are touched (anonymous quotes,
organisations, outlets and one-word names keep their keys). It runs in the upgrade's transaction,
in chunks of 2,000 quotes; measured on the 2-core development machine: see `docs/scaling.md`.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from service.provenance.cluster import QuoteSig
from service.provenance.entities import entity_key, speaker_class
from service.store.clustering import keys_for

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 2000
_ENTITIES = text("SELECT id, name FROM entities")
_QUOTES = text(
    "SELECT id, text, context, speaker_entity_id FROM quotes "
    "WHERE id > :after AND speaker_entity_id IS NOT NULL ORDER BY id LIMIT :n"
)
_DELETE = text("DELETE FROM quote_keys WHERE quote_id = :quote_id")
_INSERT = text("INSERT INTO quote_keys (key, quote_id) VALUES (:key, :quote_id)")


def upgrade() -> None:
    bind = op.get_bind()
    changed = {
        int(eid): str(name) for eid, name in bind.execute(_ENTITIES)
        if name and speaker_class(str(name)) != entity_key(str(name))
    }
    if not changed:
        return
    after = 0
    while True:
        rows = list(bind.execute(_QUOTES, {"after": after, "n": _CHUNK}))
        if not rows:
            return
        after = int(rows[-1][0])
        mine = [(int(qid), qtext, context, changed[int(eid)]) for qid, qtext, context, eid in rows
                if int(eid) in changed]
        if not mine:
            continue
        bind.execute(_DELETE, [{"quote_id": qid} for qid, *_ in mine])
        keys = [
            {"key": key, "quote_id": qid}
            for qid, qtext, context, name in mine
            for key in keys_for(QuoteSig(text=qtext, context=context or "", speaker=name))
        ]
        if keys:
            bind.execute(_INSERT, keys)


_UNDO = text(
    "UPDATE quote_keys SET key = :old || substr(key, :cut) WHERE key LIKE :like "
    "AND quote_id IN (SELECT id FROM quotes WHERE speaker_entity_id = :eid)"
)


def downgrade() -> None:
    """Put each key's speaker part back to the entity key: the rest of a key did not change.
    (A key past 190 characters was stored as its digest and cannot be rewritten; such keys are
    quote bigrams of very long words, and losing one only costs that key's candidates.)"""
    bind = op.get_bind()
    for eid, name in bind.execute(_ENTITIES):
        if not name or speaker_class(str(name)) == entity_key(str(name)):
            continue
        cls = speaker_class(str(name))
        bind.execute(_UNDO, {"old": entity_key(str(name)), "cut": len(cls) + 1, "like": f"{cls}|%",
                             "eid": int(eid)})
