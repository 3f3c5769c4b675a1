"""The exchange format: lossless for every column, documented by the committed schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from iqtui.domain.codes import ConsentPurpose
from iqtui.paths import bundle_root
from iqtui.store import Store
from iqtui.store.exchange import dumps, export_document, import_rows
from iqtui.store.exchange_format import DERIVED, columns, nodes, parent_column, table
from iqtui.store.exchange_schema import json_schema, schema_text
from iqtui.store.exchange_validate import ExchangeError, parse
from tests.conftest import PASSPHRASE

SCHEMA_FILE = bundle_root() / "docs" / "exchange.schema.json"


def test_every_stored_column_is_in_the_exchange_format() -> None:
    for node in nodes():
        stored = {column.name for column in table(node.entity).columns}
        exported = {column.name for column in columns(node.entity)}
        assert stored - exported <= DERIVED | {parent_column(node.entity)}, node.entity


def test_the_committed_json_schema_describes_the_current_format() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m iqtui.store.exchange_schema > docs/exchange.schema.json"
    )
    jsonschema.Draft202012Validator.check_schema(json_schema())


def _every_kind_of_value(store: Store) -> None:
    """A case with a value of every field kind, typed the way a counsellor would."""
    client = store.create_client(
        {
            "family_name": "Öztürk",
            "given_names": "Ayşe",
            "name_original": "  نجیب‌الله  ",
            "birth_year": "۱۹۸۹",
            "special_status": ["ukraine_refugee"],
            "other_languages": "en, ru",
            "postcode": "50667",
            "phone": "+49 221 123-45",
            "email": "a@example.org",
            "goal": "Zeile 1\nZeile 2\twith tab",
        }
    )
    qualification = store.add("qualification", client.id, {"report_to_niq": False, "year": 2010})
    recognition = store.add(
        "recognition",
        qualification.id,
        {"cost_fees": "1.200,50", "applied_on": "24.03.2025", "funding": ["self", "jobcenter"]},
    )
    store.add("recognition_document", recognition.id, {"kind": "cv", "status": "missing"})
    store.record_consent(client.id, ConsentPurpose.PROCESSING, True, text_language="fa_AF")
    contact = store.start_contact(client.id)
    store.update("contact", contact.id, {"start_time": "9.30", "topics": ["rec_options"]})
    store.finalise_contact(contact.id)
    store.add("plan_step", client.id, {"what": "Übersetzen"}, contact_id=contact.id)  # amendment
    assessment = store.add("assessment", client.id, {"instrument": "cefr_self"})
    store.add(
        "language_skill", assessment.id, {"language": "de", "skill": "reading", "level": "B1"}
    )


def test_exports_validate_against_the_committed_schema(store: Store) -> None:
    _every_kind_of_value(store)
    document = json.loads(dumps(export_document(store)))
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_values_of_every_kind_survive_a_round_trip(store: Store, data_dir: Path) -> None:
    _every_kind_of_value(store)
    first = dumps(export_document(store))
    other = Store.create(data_dir.parent / "other", PASSPHRASE, user="someone-else")
    report = import_rows(other, parse(first))
    assert report.created == 10 and not report.skipped
    assert dumps(export_document(other)) == first
    text = json.loads(first)["clients"][0]
    assert text["birth_year"] == 1989 and text["name_original"] == "نجیب‌الله"
    assert text["qualifications"][0]["report_to_niq"] is False
    assert text["contacts"][0]["version"] == 2 and len(text["contacts"][0]["amendments"]) == 1
    assert text["qualifications"][0]["recognitions"][0]["cost_fees"] == 120050
    other.close()


def test_the_checksum_covers_everything_but_itself() -> None:
    document = {"format": "iqtui-exchange", "version": 1, "clients": []}
    from iqtui.store.exchange_validate import checksum

    document["checksum"] = checksum(document)
    assert parse(json.dumps(document)) == []
    document["clients"] = [{"id": "x"}]
    with pytest.raises(ExchangeError) as raised:
        parse(json.dumps(document))
    assert "checksum" in raised.value.message()


def test_a_key_written_twice_is_refused() -> None:
    with pytest.raises(ExchangeError) as raised:
        parse('{"format": "iqtui-exchange", "format": "iqtui-exchange"}')
    assert '"format"' in raised.value.message()
