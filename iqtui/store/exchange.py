"""Export and import of whole cases in the iqtui exchange format (``docs/exchange-format.md``).

Export reads every record of the chosen clients in one read transaction and writes the
same bytes for the same data: no export time, stable order, ids and times exactly as
stored. Import checks the whole file first (:mod:`iqtui.store.exchange_validate`) and
then writes it in one transaction, or not at all. It keeps ids and times, never deletes,
and never overwrites a record that is newer in this database: such records are skipped
and reported, as are records deleted here after the file's version was saved.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from iqtui.domain.codes import AuditAction
from iqtui.domain.text import search_key
from iqtui.i18n import N_
from iqtui.store import audit
from iqtui.store.exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PARENT,
    Node,
    columns,
    nodes,
    parent_column,
    table,
)
from iqtui.store.exchange_validate import (
    NAME_FIELDS,
    ExchangeError,
    Row,
    checksum,
    parse,
)
from iqtui.store.store import Store

MSG_OTHER_CASE = N_("record {id} belongs to a different case in this database")
_CHUNK = 500


# --- export ---------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def sort_key(entity: str) -> Callable[[Mapping[Any, Any]], tuple[Any, ...]]:
    """The order of ``entity`` records in a file (and in the store's relationships)."""
    if entity == "client" or entity == "assessment":
        return lambda r: (r["created_at"], r["id"])
    if entity == "contact":
        return lambda r: (r["date"] is None, r["date"] or dt.date.min, r["created_at"], r["id"])
    if entity == "consent":
        return lambda r: (r["given_at"] or r["created_at"], r["created_at"], r["id"])
    if entity == "amendment":
        return lambda r: (r["version"], r["at"], r["id"])
    return lambda r: (r["position"], r["id"])


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _fetch(
    session: Session, client_ids: Sequence[str] | None
) -> dict[str, dict[str | None, list[RowMapping]]]:
    """Every exported row, grouped by entity and parent id."""
    grouped: dict[str, dict[str | None, list[RowMapping]]] = {}
    wanted: dict[str, list[str]] = {}
    for node in nodes():
        t = table(node.entity)
        link = parent_column(node.entity)
        rows: list[RowMapping] = []
        if client_ids is None:
            rows = list(session.execute(select(t)).mappings())
        else:
            keys = list(client_ids) if link is None else wanted[PARENT[node.entity]]
            column = t.c.id if link is None else t.c[link]
            for chunk in _chunks(keys):
                rows.extend(session.execute(select(t).where(column.in_(chunk))).mappings())
            wanted[node.entity] = [r["id"] for r in rows]
        by_parent: dict[str | None, list[RowMapping]] = defaultdict(list)
        for row in rows:
            by_parent[row[link] if link else None].append(row)
        order = sort_key(node.entity)
        grouped[node.entity] = {key: sorted(items, key=order) for key, items in by_parent.items()}
    return grouped


def _record(
    node: Node, row: RowMapping, grouped: dict[str, dict[str | None, list[RowMapping]]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in columns(node.entity):
        value = row[column.name]
        if value is None or (value == [] and not column.required):
            continue
        out[column.name] = _json_value(value)
    for child in node.children:
        items = grouped[child.entity].get(row["id"], [])
        if items:
            out[child.key] = [_record(child, item, grouped) for item in items]
    return out


def export_document(store: Store, client_ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The exchange document of the given clients (all clients when ``None``)."""
    with Session(store.engine) as session, session.begin():
        grouped = _fetch(session, client_ids)
    root = next(nodes())
    clients = [_record(root, row, grouped) for row in grouped["client"].get(None, [])]
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    document["checksum"] = checksum({**document, "clients": clients})
    document["clients"] = clients
    return document


def dumps(document: dict[str, Any]) -> str:
    """The document as text: UTF-8 JSON, two-space indent, fixed key order, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def count_records(clients: Iterable[dict[str, Any]]) -> int:
    """How many records (clients and everything nested) a list of exported clients holds."""

    def count(record: dict[str, Any], node: Node) -> int:
        return 1 + sum(count(item, c) for c in node.children for item in record.get(c.key, []))

    root = next(nodes())
    return sum(count(client, root) for client in clients)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable only by the user (it is not encrypted)."""
    path = path.resolve()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def record_export(store: Store, client_ids: Iterable[str]) -> None:
    """Audit an export: one entry per client whose data left the database."""
    with store.transaction() as session:
        for client_id in client_ids:
            audit.record(session, store.user, AuditAction.EXPORT, "client", client_id)


# --- import ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A record of the file that was not written, and why."""

    entity: str
    id: str
    client_id: str
    client_name: str
    #: ``newer_here``, ``changed_in_both`` or ``deleted_here``.
    reason: str
    here: dt.datetime | None
    in_file: dt.datetime


@dataclass
class ImportReport:
    """What an import did."""

    clients: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def _all_rows(rows: Iterable[Row]) -> Iterator[Row]:
    for row in rows:
        yield row
        for children in row.children.values():
            yield from _all_rows(children)


def _existing(session: Session, rows: list[Row]) -> dict[str, dict[str, RowMapping]]:
    """The stored version of every record of the file that exists here, by entity and id."""
    ids: dict[str, list[str]] = defaultdict(list)
    for row in _all_rows(rows):
        ids[row.entity].append(row.id)
    found: dict[str, dict[str, RowMapping]] = {}
    for entity, wanted in ids.items():
        t = table(entity)
        found[entity] = {}
        for chunk in _chunks(wanted):
            for stored in session.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                found[entity][stored["id"]] = stored
    return found


def _deleted_at(session: Session, ids: list[str]) -> dict[str, dt.datetime]:
    """When each of ``ids`` was deleted here, according to the audit log."""
    from iqtui.store.models import AuditEntry

    out: dict[str, dt.datetime] = {}
    for chunk in _chunks(ids):
        statement = (
            select(AuditEntry.entity_id, func.max(AuditEntry.at))
            .where(AuditEntry.action == AuditAction.DELETE.value)
            .where(AuditEntry.entity_id.in_(chunk))
            .group_by(AuditEntry.entity_id)
        )
        for entity_id, at in session.execute(statement):
            out[str(entity_id)] = at
    return out


def _compare(row: Row, stored: RowMapping) -> str:
    """``same``, ``file`` (the file is newer), ``here`` (newer here) or ``both``."""
    if row.entity == "amendment":  # amendments never change
        return "same"
    file_time, here_time = row.values["updated_at"], stored["updated_at"]
    file_version = row.values.get("version", 0)
    here_version = stored["version"] if row.entity == "contact" else 0
    if file_time == here_time and file_version == here_version:
        equal = all(row.values[c.name] == stored[c.name] for c in columns(row.entity))
        return "same" if equal else "both"
    if file_time >= here_time and file_version >= here_version:
        return "file"
    if file_time <= here_time and file_version <= here_version:
        return "here"
    return "both"


class _Merge:
    """Decides, record by record, what an import writes."""

    def __init__(self, session: Session, rows: list[Row]) -> None:
        self.session = session
        self.existing = _existing(session, rows)
        missing = [r.id for r in _all_rows(rows) if r.id not in self.existing[r.entity]]
        self.deleted = _deleted_at(session, missing) if missing else {}
        self.inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.updates: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.report = ImportReport(clients=len(rows))
        self.written: dict[str, set[str]] = defaultdict(set)

    def client(self, row: Row) -> None:
        self.current = row
        self.visit(row, None)

    def _skip(self, row: Row, reason: str, here: dt.datetime | None) -> None:
        client = self.current
        name = " ".join(
            v for v in (client.values["given_names"], client.values["family_name"]) if v
        )
        self.report.skipped.append(
            Skipped(
                row.entity,
                row.id,
                client.id,
                name or client.values["name_original"] or "",
                reason,
                here,
                row.values.get("updated_at") or row.values["at"],
            )
        )

    def visit(self, row: Row, parent_id: str | None) -> None:
        entity = row.entity
        values = dict(row.values)
        link = parent_column(entity)
        if link is not None:
            values[link] = parent_id
        if entity == "client":
            values["search_key"] = search_key(*(values[n] for n in NAME_FIELDS))
        stored = self.existing[entity].get(row.id)
        if stored is None:
            deleted = self.deleted.get(row.id)
            file_time = row.values.get("updated_at") or row.values.get("at")
            if deleted is not None and file_time is not None and deleted > file_time:
                self._skip(row, "deleted_here", deleted)
                return
            self.inserts[entity].append(values)
            self.report.created += 1
            self.written[self.current.id].add(entity)
        else:
            if link is not None and stored[link] != parent_id:
                raise ExchangeError(MSG_OTHER_CASE, row.path, id=row.id)
            verdict = _compare(row, stored)
            if verdict == "file":
                self.updates[entity].append(values)
                self.report.updated += 1
                self.written[self.current.id].add(entity)
            elif verdict == "same":
                self.report.unchanged += 1
            else:
                self._skip(
                    row,
                    "newer_here" if verdict == "here" else "changed_in_both",
                    stored.get("updated_at"),
                )
                if entity == "contact":  # its amendments belong to the version kept here
                    return
        for children in row.children.values():
            for child in children:
                self.visit(child, row.id)

    def flush(self) -> None:
        """Insert the new records (parents before children), then update the newer ones.

        A link to a contact that is not kept (deleted here) is cleared.
        """
        contacts = set(self.existing.get("contact", {}))
        contacts.update(values["id"] for values in self.inserts.get("contact", []))
        for batch in (*self.inserts.values(), *self.updates.values()):
            for values in batch:
                linked = values.get("contact_id")
                if linked is not None and "client_id" in values and linked not in contacts:
                    values["contact_id"] = None
        for node in nodes():
            new = self.inserts.get(node.entity)
            if new:
                self.session.execute(insert(table(node.entity)), new)
        for node in nodes():
            t = table(node.entity)
            for values in self.updates.get(node.entity, []):
                self.session.execute(update(t).where(t.c.id == values["id"]).values(**values))


def import_rows(store: Store, rows: list[Row]) -> ImportReport:
    """Write validated records in one transaction (see the module docstring for the rules)."""
    with store.transaction() as session:
        merge = _Merge(session, rows)
        for row in rows:
            merge.client(row)
        merge.flush()
        for client_id in sorted(merge.written):
            written = sorted(merge.written[client_id])
            audit.record(session, store.user, AuditAction.IMPORT, "client", client_id, written)
        return merge.report


def import_file(store: Store, path: Path) -> ImportReport:
    """Check and import an exchange file."""
    return import_rows(store, parse(path.read_bytes()))


__all__ = [
    "ExchangeError",
    "ImportReport",
    "Skipped",
    "count_records",
    "dumps",
    "export_document",
    "import_file",
    "import_rows",
    "record_export",
    "write_private",
]
