"""The JSON Schema of the exchange format, generated from the field specifications.

``docs/exchange.schema.json`` is this module's output, committed so that other programs
can check files without iqtui; a test fails when the two differ. Regenerate it with::

    python -m iqtui.store.exchange_schema > docs/exchange.schema.json

The schema checks structure and value shapes. Import applies the domain's full
validation on top (e.g. that a country code exists or a birth year is not in the future).
"""

from __future__ import annotations

import json
from typing import Any

from iqtui.domain.fields import FieldSpec, Kind
from iqtui.store.exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HASH_COLUMNS,
    Column,
    ColumnKind,
    Node,
    columns,
    nodes,
)

ID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TIMESTAMP_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{6})?Z$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
LANGUAGE_PATTERN = "^[a-z]{2,3}(_[A-Z]{2})?$"

_COMMON_DEFS: dict[str, Any] = {
    "id": {
        "description": "A record id: a UUID in lower case. Ids are kept on import.",
        "type": "string",
        "pattern": ID_PATTERN,
    },
    "timestamp": {
        "description": "A moment in UTC with microseconds, e.g. 2026-03-24T14:30:00.000000Z.",
        "type": "string",
        "pattern": TIMESTAMP_PATTERN,
    },
    "date": {
        "description": "A calendar date, e.g. 2026-03-24.",
        "type": "string",
        "pattern": DATE_PATTERN,
    },
}


def _describe(spec: FieldSpec) -> str:
    text = spec.label
    return f"{text}. {spec.help}" if spec.help else text


def _field_schema(spec: FieldSpec) -> dict[str, Any]:
    kind = spec.kind
    out: dict[str, Any] = {"description": _describe(spec)}
    if kind in (Kind.NAME, Kind.LINE, Kind.TEXT, Kind.EMAIL, Kind.PHONE):
        out.update(type="string", minLength=1, maxLength=spec.limit)
    elif kind is Kind.POSTCODE:
        out.update(type="string", pattern="^[0-9]{5}$")
    elif kind is Kind.TIME:
        out.update(type="string", pattern="^[0-9]{2}:[0-9]{2}$")
    elif kind is Kind.COUNTRY:
        out["description"] += " (ISO 3166-1 alpha-2; XX stateless, ZZ unknown)"
        out.update(type="string", pattern="^[A-Z]{2}$")
    elif kind is Kind.LANGUAGE:
        out["description"] += " (ISO 639 code)"
        out.update(type="string", pattern=LANGUAGE_PATTERN)
    elif kind is Kind.LANGUAGES:
        out["description"] += " (ISO 639 codes)"
        languages: dict[str, Any] = {"type": "string", "pattern": LANGUAGE_PATTERN}
        out.update(type="array", items=languages, uniqueItems=True)
        if spec.max_items is not None:
            out["maxItems"] = spec.max_items
    elif kind is Kind.CODE:
        assert spec.codes is not None
        out.update(type="string", enum=[member.value for member in spec.codes])
    elif kind is Kind.CODES:
        assert spec.codes is not None
        codes: dict[str, Any] = {"type": "string", "enum": [m.value for m in spec.codes]}
        out.update(type="array", items=codes, uniqueItems=True)
    elif kind is Kind.YEAR:
        out.update(type="integer", minimum=spec.past_limit or 1900, maximum=9999)
    elif kind is Kind.INT:
        out.update(type="integer", minimum=spec.minimum or 0)
        if spec.maximum is not None:
            out["maximum"] = spec.maximum
    elif kind is Kind.MONEY:
        out["description"] += " (in euro cents)"
        out.update(type="integer", minimum=0)
    elif kind is Kind.BOOL:
        out["type"] = "boolean"
    elif kind is Kind.DATE:
        out["$ref"] = "#/$defs/date"
    else:  # pragma: no cover - every kind is handled above
        raise TypeError(kind)
    return out


def _column_schema(entity: str, column: Column) -> dict[str, Any]:
    if column.spec is not None:
        return _field_schema(column.spec)
    kind = column.kind
    if kind == ColumnKind.ID:
        return {"$ref": "#/$defs/id"}
    if kind == ColumnKind.TIMESTAMP:
        return {"$ref": "#/$defs/timestamp"}
    if kind == ColumnKind.DATE:
        return {"$ref": "#/$defs/date"}
    if kind == ColumnKind.INT:
        return {"type": "integer", "minimum": 0}
    if kind == ColumnKind.BOOL:
        return {"type": "boolean"}
    if kind == ColumnKind.LIST:
        return {"type": "array", "items": {"type": "string", "maxLength": 100}}
    out: dict[str, Any] = {"type": "string"}
    if column.max_length is not None:
        out["maxLength"] = column.max_length
    if column.choices is not None:
        out["enum"] = list(column.choices)
    if (entity, column.name) in HASH_COLUMNS:
        out["pattern"] = "^[0-9a-f]{64}$"
    return out


def _entity_schema(node: Node) -> dict[str, Any]:
    cols = columns(node.entity)
    properties = {c.name: _column_schema(node.entity, c) for c in cols}
    for child in node.children:
        properties[child.key] = {"type": "array", "items": {"$ref": f"#/$defs/{child.entity}"}}
    out: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": [c.name for c in cols if c.required],
        "properties": properties,
    }
    if node.entity == "client":
        names = ("family_name", "given_names", "name_original")
        out["anyOf"] = [{"required": [name]} for name in names]
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of exchange files of the current version."""
    defs: dict[str, Any] = dict(_COMMON_DEFS)
    for node in nodes():
        defs[node.entity] = _entity_schema(node)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:iqtui:{FORMAT_NAME}:{FORMAT_VERSION}",
        "title": f"iqtui exchange format, version {FORMAT_VERSION}",
        "description": (
            "Counselling cases of iqtui (IQ recognition and qualification counselling): "
            "clients with everything recorded about them. See docs/exchange-format.md."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "checksum", "clients"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "checksum": {
                "description": (
                    "sha256: and the hex SHA-256 of the document without this key, as JSON "
                    "with sorted keys, no spaces, UTF-8 (see docs/exchange-format.md)."
                ),
                "type": "string",
                "pattern": "^sha256:[0-9a-f]{64}$",
            },
            "clients": {"type": "array", "items": {"$ref": "#/$defs/client"}},
        },
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema as committed in ``docs/exchange.schema.json``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
