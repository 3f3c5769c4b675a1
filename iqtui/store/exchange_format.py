"""The iqtui exchange format: which records a file holds, in which shape, and their columns.

A file is one JSON object: the format name, its version, a checksum and a list of
clients. Every client carries its whole case nested inside it (qualifications with
their recognition procedures and documents, contacts with their amendments,
assessments, plan steps, referrals, consents), so one client is one self-contained
block — what an Art. 15 GDPR request asks for.

A record's keys are its column names. Empty values (``null`` and ``[]``) are left out,
so a reader sees only what was recorded; keys appear in a fixed order (id, the fields
of :mod:`iqtui.domain.schema`, then the bookkeeping columns, then the nested lists).

The columns come from the storage models, so a column added to a model is exported
without further work; ``tests/test_exchange_format.py`` keeps the committed JSON Schema
(``docs/exchange.schema.json``) in step with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table, Text

from iqtui.domain import schema
from iqtui.domain.codes import ContactStatus
from iqtui.domain.fields import FieldSpec
from iqtui.store.models import MODELS, PARENT_COLUMN, Amendment

FORMAT_NAME = "iqtui-exchange"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Node:
    """One kind of record in the nested file: its entity and the key of its list."""

    entity: str
    key: str
    children: tuple[Node, ...] = ()


#: The shape of a file: clients, and below each client its records.
TREE = Node(
    "client",
    "clients",
    (
        Node(
            "qualification",
            "qualifications",
            (Node("recognition", "recognitions", (Node("recognition_document", "documents"),)),),
        ),
        Node("contact", "contacts", (Node("amendment", "amendments"),)),
        Node(
            "assessment",
            "assessments",
            (
                Node("language_skill", "language_skills"),
                Node("competence_item", "competence_items"),
                Node("external_result", "external_results"),
            ),
        ),
        Node("plan_step", "plan_steps"),
        Node("referral", "referrals"),
        Node("consent", "consents"),
    ),
)


def nodes(root: Node = TREE) -> Iterator[Node]:
    """Every node, parents before children (the order records can be inserted in)."""
    yield root
    for child in root.children:
        yield from nodes(child)


#: The parent entity of each nested entity.
PARENT: dict[str, str] = {child.entity: node.entity for node in nodes() for child in node.children}

#: Columns that are never exported: the link to the parent is the nesting itself, and
#: the client's search key is derived from the names.
DERIVED = {"search_key"}


def table(entity: str) -> Table:
    """The database table of ``entity``."""
    model = Amendment if entity == "amendment" else MODELS[entity]
    found = model.__table__
    assert isinstance(found, Table)
    return found


def parent_column(entity: str) -> str | None:
    """The column holding the id of the parent record (``None`` for clients)."""
    if entity == "client":
        return None
    return "contact_id" if entity == "amendment" else PARENT_COLUMN[entity]


# --- columns --------------------------------------------------------------------------


class ColumnKind:
    """JSON shapes of bookkeeping columns (those without a field specification)."""

    ID = "id"
    TIMESTAMP = "timestamp"
    DATE = "date"
    INT = "int"
    BOOL = "bool"
    TEXT = "text"
    LIST = "list"


@dataclass(frozen=True)
class Column:
    """One exported column of an entity."""

    name: str
    #: The domain's specification for case fields; ``None`` for bookkeeping columns.
    spec: FieldSpec | None
    #: For bookkeeping columns: one of :class:`ColumnKind`.
    kind: str
    required: bool
    max_length: int | None = None
    #: Allowed values (bookkeeping columns with a fixed set, e.g. a contact's status).
    choices: tuple[str, ...] | None = None


#: Bookkeeping columns with a fixed set of values.
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("contact", "status"): tuple(status.value for status in ContactStatus),
    ("amendment", "entity"): tuple(schema.ENTITIES),
}
#: Bookkeeping columns holding a hex digest.
HASH_COLUMNS = {("contact", "content_hash")}


def _kind_of(entity: str, name: str, column_type: Any) -> str:
    if name == "id" or name.endswith("_id"):
        return ColumnKind.ID
    if isinstance(column_type, DateTime):
        return ColumnKind.TIMESTAMP
    if isinstance(column_type, Date):
        return ColumnKind.DATE
    if isinstance(column_type, Boolean):
        return ColumnKind.BOOL
    if isinstance(column_type, Integer):
        return ColumnKind.INT
    if isinstance(column_type, JSON):
        return ColumnKind.LIST
    if isinstance(column_type, String | Text):
        return ColumnKind.TEXT
    raise TypeError(f"{entity}.{name}: no exchange representation for {column_type!r}")


@cache
def columns(entity: str) -> tuple[Column, ...]:
    """The exported columns of ``entity`` in file order."""
    specs = schema.ENTITIES.get(entity, {})
    db_columns = table(entity).columns
    skip = DERIVED | {parent_column(entity)}
    names = [c.name for c in db_columns if c.name not in skip]
    ordered = ["id"] + [n for n in specs if n in names] + [n for n in names if n not in specs]
    out: list[Column] = []
    for name in dict.fromkeys(ordered):
        db_column = db_columns[name]
        spec = specs.get(name)
        kind = "field" if spec is not None else _kind_of(entity, name, db_column.type)
        length = getattr(db_column.type, "length", None)
        required = spec is None and not db_column.nullable
        out.append(Column(name, spec, kind, required, length, _CHOICES.get((entity, name))))
    return tuple(out)


def reference_columns(entity: str) -> tuple[str, ...]:
    """Columns that point at a contact of the same client (``contact_id``)."""
    return tuple(c.name for c in columns(entity) if c.name == "contact_id")
