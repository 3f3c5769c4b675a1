"""Reading an exchange file: JSON, format and version, checksum, and every value.

Nothing here touches a database. A file is accepted only as a whole: the first problem
raises :class:`ExchangeError`, whose message names the place in the file
(``clients[3].contacts[1].date``) and what is wrong, in the user's language. Case fields
go through :func:`iqtui.domain.fields.normalise` — the same validation as typing them —
so an import can never store a value the forms would refuse.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from iqtui.domain.fields import LIST_KINDS, FieldError, FieldSpec, Kind, normalise
from iqtui.domain.text import has_lone_surrogate, is_control
from iqtui.i18n import N_, _
from iqtui.store.exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HASH_COLUMNS,
    TREE,
    Column,
    ColumnKind,
    Node,
    columns,
)
from iqtui.store.serialise import canonical_json

MSG_NOT_JSON = N_("The file is not valid JSON (line {line}, column {column}).")
MSG_NOT_UTF8 = N_("The file is not UTF-8 text.")
MSG_NOT_EXCHANGE = N_("This is not an iqtui exchange file.")
MSG_VERSION = N_(
    "The file uses version {version} of the exchange format; this iqtui reads version {supported}."
)
MSG_CHECKSUM = N_("The file was changed after it was exported: its checksum does not match.")
MSG_AT = N_("{where}: {problem}")
MSG_FIELD = N_("{label}: {problem}")
MSG_OBJECT = N_("expected an object")
MSG_LIST = N_("expected a list")
MSG_TEXT = N_("expected text")
MSG_TEXT_INVALID = N_("the text is too long or contains control characters")
MSG_NUMBER = N_("expected a whole number")
MSG_BOOL = N_("expected true or false")
MSG_UNKNOWN_KEY = N_('unknown field "{name}"')
MSG_DUPLICATE_KEY = N_('the field "{name}" occurs twice')
MSG_MISSING = N_('"{name}" is missing')
MSG_ID = N_('"{value}" is not a record id')
MSG_TIMESTAMP = N_('"{value}" is not a UTC time such as 2026-03-24T14:30:00.000000Z')
MSG_DATE = N_('"{value}" is not a date such as 2026-03-24')
MSG_CHOICE = N_('"{value}" is not one of: {choices}')
MSG_HASH = N_('"{value}" is not a SHA-256 digest')
MSG_DUPLICATE_ID = N_("the id {id} occurs more than once")
MSG_UNKNOWN_CONTACT = N_("refers to contact {id}, which is not one of this client's contacts")
MSG_NO_NAME = N_("the client has no name")

_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_STRING_KINDS = frozenset(Kind) - LIST_KINDS - {Kind.YEAR, Kind.INT, Kind.MONEY, Kind.BOOL}
_INTEGER_KINDS = frozenset({Kind.YEAR, Kind.INT, Kind.MONEY})
_MAX_INT = 10**9
NAME_FIELDS = ("family_name", "given_names", "name_original")


class ExchangeError(ValueError):
    """A file that cannot be imported; :meth:`message` says why, translated."""

    def __init__(
        self, msgid: str, where: str = "", *, field: FieldSpec | None = None, **params: Any
    ) -> None:
        super().__init__(f"{where}: {msgid}" if where else msgid)
        self.msgid = msgid
        self.where = where
        self.field = field
        self.params = params

    def message(self) -> str:
        """One line in the current UI language."""
        cause = self.__cause__ or self.__context__
        if self.field is not None and isinstance(cause, FieldError):
            problem = _(MSG_FIELD).format(label=self.field.label_text(), problem=cause.message())
        else:
            problem = _(self.msgid).format(**self.params)
        if not self.where:
            return problem
        return _(MSG_AT).format(where=self.where, problem=problem)


@dataclass
class Row:
    """One validated record: Python values for every exported column, and its children."""

    entity: str
    values: dict[str, Any]
    path: str
    children: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.values["id"])


def checksum(data: dict[str, Any]) -> str:
    """The checksum of a document: SHA-256 over the canonical JSON of everything else."""
    body = {key: value for key, value in data.items() if key != "checksum"}
    digest = hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()
    return f"sha256:{digest}"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ExchangeError(MSG_DUPLICATE_KEY, name=shown(key))
            seen.add(key)
    return result


def parse(raw: bytes | str) -> list[Row]:
    """The validated clients of an exchange file's content."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise ExchangeError(MSG_NOT_UTF8) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise ExchangeError(MSG_NOT_JSON, line=error.lineno, column=error.colno) from None
    return validate(data)


def validate(data: Any) -> list[Row]:
    """Check a parsed document (format, version, checksum, every record)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ExchangeError(MSG_NOT_EXCHANGE)
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ExchangeError(MSG_VERSION, version=shown(version), supported=FORMAT_VERSION)
    for key in data:
        if key not in ("format", "version", "checksum", "clients"):
            raise ExchangeError(MSG_UNKNOWN_KEY, name=shown(key))
    for key in ("checksum", "clients"):
        if key not in data:
            raise ExchangeError(MSG_MISSING, name=key)
    if data["checksum"] != checksum(data):
        raise ExchangeError(MSG_CHECKSUM)
    return validate_clients(data["clients"])


def validate_clients(clients: Any, where: str = "clients") -> list[Row]:
    """Check a list of client records (the ``clients`` of a document)."""
    if not isinstance(clients, list):
        raise ExchangeError(MSG_LIST, where)
    rows = [_record(TREE, item, f"{where}[{index}]") for index, item in enumerate(clients)]
    _check_ids(rows)
    return rows


def _record(node: Node, data: Any, path: str) -> Row:
    if not isinstance(data, dict):
        raise ExchangeError(MSG_OBJECT, path)
    cols = columns(node.entity)
    known = {c.name for c in cols} | {child.key for child in node.children}
    for key in data:
        if key not in known:
            raise ExchangeError(MSG_UNKNOWN_KEY, path, name=shown(key))
    values = {c.name: _column(node.entity, c, data.get(c.name), path) for c in cols}
    if node.entity == "client" and not any(values[name] for name in NAME_FIELDS):
        raise ExchangeError(MSG_NO_NAME, path)
    row = Row(node.entity, values, path)
    for child in node.children:
        items = data.get(child.key, [])
        where = f"{path}.{child.key}"
        if not isinstance(items, list):
            raise ExchangeError(MSG_LIST, where)
        row.children[child.entity] = [
            _record(child, item, f"{where}[{index}]") for index, item in enumerate(items)
        ]
    return row


def _column(entity: str, column: Column, raw: Any, path: str) -> Any:
    if column.spec is not None:
        return _field(column.spec, raw, path)
    where = f"{path}.{column.name}"
    if raw is None:
        if column.required:
            raise ExchangeError(MSG_MISSING, path, name=column.name)
        return [] if column.kind == ColumnKind.LIST else None
    kind = column.kind
    if kind == ColumnKind.ID:
        if not isinstance(raw, str) or not _ID.match(raw):
            raise ExchangeError(MSG_ID, where, value=shown(raw))
        return raw
    if kind == ColumnKind.TIMESTAMP:
        if not isinstance(raw, str) or not _TIMESTAMP.match(raw):
            raise ExchangeError(MSG_TIMESTAMP, where, value=shown(raw))
        try:
            return dt.datetime.fromisoformat(raw.removesuffix("Z"))
        except ValueError:
            raise ExchangeError(MSG_TIMESTAMP, where, value=shown(raw)) from None
    if kind == ColumnKind.DATE:
        return _date(raw, where)
    if kind == ColumnKind.INT:
        return _integer(raw, where)
    if kind == ColumnKind.BOOL:
        if not isinstance(raw, bool):
            raise ExchangeError(MSG_BOOL, where)
        return raw
    if kind == ColumnKind.LIST:
        if not isinstance(raw, list):
            raise ExchangeError(MSG_LIST, where)
        return [_text(item, where, 100) for item in raw]
    value = _text(raw, where, column.max_length)
    if column.choices is not None and value not in column.choices:
        raise ExchangeError(
            MSG_CHOICE, where, value=shown(value), choices=", ".join(column.choices)
        )
    if (entity, column.name) in HASH_COLUMNS and not _HEX64.match(value):
        raise ExchangeError(MSG_HASH, where, value=shown(value))
    return value


def _text(raw: Any, where: str, limit: int | None) -> str:
    if not isinstance(raw, str):
        raise ExchangeError(MSG_TEXT, where)
    too_long = limit is not None and len(raw) > limit
    if too_long or has_lone_surrogate(raw) or any(is_control(ch) for ch in raw):
        raise ExchangeError(MSG_TEXT_INVALID, where)
    return raw


def shown(raw: Any, limit: int = 40) -> str:
    """A value from the file as it may appear in a one-line message: short, no controls."""
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    text = "".join("?" if is_control(ch) or "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _integer(raw: Any, where: str) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= _MAX_INT:
        raise ExchangeError(MSG_NUMBER, where)
    return raw


def _date(raw: Any, where: str) -> dt.date:
    if not isinstance(raw, str) or not _DATE.match(raw):
        raise ExchangeError(MSG_DATE, where, value=shown(raw))
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ExchangeError(MSG_DATE, where, value=shown(raw)) from None


def _field(spec: FieldSpec, raw: Any, path: str) -> Any:
    """A case field: the JSON type the format promises, then the domain's validation."""
    where = f"{path}.{spec.name}"
    if raw is None:
        return spec.empty()
    kind = spec.kind
    if kind in _STRING_KINDS and not isinstance(raw, str):
        raise ExchangeError(MSG_TEXT, where)
    if kind in _INTEGER_KINDS:
        _integer(raw, where)
    if kind is Kind.BOOL and not isinstance(raw, bool):
        raise ExchangeError(MSG_BOOL, where)
    if kind in LIST_KINDS and not (
        isinstance(raw, list) and all(isinstance(item, str) for item in raw)
    ):
        raise ExchangeError(MSG_LIST, where)
    if kind is Kind.DATE:
        raw = _date(raw, where)
    try:
        return normalise(spec, raw)
    except FieldError as error:
        raise ExchangeError(MSG_FIELD, where, field=spec) from error


def _check_ids(clients: list[Row]) -> None:
    """Ids are unique in the file; contact links stay inside their client's case."""
    seen: set[str] = set()

    def walk(row: Row, contacts: set[str]) -> None:
        if row.id in seen:
            raise ExchangeError(MSG_DUPLICATE_ID, row.path, id=row.id)
        seen.add(row.id)
        contact_id = row.values.get("contact_id")
        if contact_id is not None and contact_id not in contacts:
            raise ExchangeError(MSG_UNKNOWN_CONTACT, row.path, id=contact_id)
        for children in row.children.values():
            for child in children:
                walk(child, contacts)

    for client in clients:
        contacts = {contact.id for contact in client.children.get("contact", [])}
        walk(client, contacts)
