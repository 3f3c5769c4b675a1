"""Records as plain JSON-able dicts, and back (for export, import and content hashes).

Dates are ``YYYY-MM-DD``, timestamps ISO 8601 in UTC with microseconds and a ``Z``;
lists stay lists. Keys are column names, so the format follows the schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Date, DateTime, inspect

from iqtui.store.models import Base


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def record_to_dict(record: Base) -> dict[str, Any]:
    """Every column of ``record`` as a JSON-able value."""
    mapper = inspect(type(record))
    return {column.key: _to_json(getattr(record, column.key)) for column in mapper.column_attrs}


def dict_to_columns(model: type[Base], data: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``model`` from an exported dict (unknown keys are an error)."""
    mapper = inspect(model)
    columns = {attr.key: attr.columns[0] for attr in mapper.column_attrs}
    unknown = set(data) - set(columns)
    if unknown:
        raise KeyError(f"unknown fields for {model.__tablename__}: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for key, value in data.items():
        column_type = columns[key].type
        if value is not None and isinstance(column_type, DateTime):
            out[key] = dt.datetime.fromisoformat(str(value).removesuffix("Z"))
        elif value is not None and isinstance(column_type, Date):
            out[key] = dt.date.fromisoformat(str(value))
        else:
            out[key] = value
    return out


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no insignificant whitespace (for hashing)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of ``data``."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
