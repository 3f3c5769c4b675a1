"""The audit log: who did what to which record and field, and when — never the values.

Entries are append-only (database triggers) and chained: each entry's hash covers the
previous entry's hash, so editing or removing an entry breaks :func:`verify`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from iqtui.domain.codes import AuditAction
from iqtui.store.models import AuditEntry, utcnow


def _digest(entry: AuditEntry) -> str:
    parts = [
        entry.prev_hash,
        entry.at.isoformat(timespec="microseconds"),
        entry.user or "",
        entry.action,
        entry.entity or "",
        entry.entity_id or "",
        ",".join(entry.fields),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def record(
    session: Session,
    user: str | None,
    action: AuditAction,
    entity: str | None = None,
    entity_id: str | None = None,
    fields: Iterable[str] = (),
) -> AuditEntry:
    """Append an entry inside the caller's transaction."""
    previous = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    entry = AuditEntry(
        at=utcnow(),
        user=user,
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        fields=sorted(set(fields)),
        prev_hash=previous or "",
    )
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    return entry


def verify(session: Session) -> int | None:
    """The sequence number of the first entry that breaks the chain, or ``None``."""
    previous = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != previous or entry.hash != _digest(entry):
            return entry.seq
        previous = entry.hash
    return None
