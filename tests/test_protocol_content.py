"""What the protocol says, as plain data (no PDF involved)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from iqtui.config import Centre
from iqtui.domain.codes import Regulated
from iqtui.i18n import gettext_in
from iqtui.protocol import facts
from iqtui.protocol.bilingual import Bilingual
from iqtui.protocol.content import choose_language, protocol_document
from iqtui.protocol.document import Document, Fields, Paragraph, Section, Table, Text
from iqtui.protocol.service import load_case
from iqtui.store import Store
from tests.protocol_cases import enter_case

CENTRE = Centre(name="IQ Beratung Köln", phone="0221 123456", email="iq@example.org")


def section(document: Document, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)


def all_text(document: Document) -> str:
    return "\n".join(document.texts())


def make(store: Store, language: str, **options: object) -> Document:
    case = enter_case(store, language)
    client, contact = load_case(store, case.contact_id)
    choice = choose_language(client, contact)
    return protocol_document(client, contact, CENTRE, language=choice.code, **options)  # type: ignore[arg-type]


def test_content_is_assembled_without_loading_reportlab() -> None:
    code = "import sys, iqtui.protocol.content; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_client_section_holds_only_the_names(store: Store) -> None:
    document = make(store, "ar")
    rows = section(document, "client").blocks[0]
    assert isinstance(rows, Fields)
    assert [r.value.german for r in rows.rows] == ["Mohammed Ahmad Al-Ali", "محمد أحمد العلي"]
    text = all_text(document)
    assert "1988" not in text  # year of birth
    assert "Syrien" not in section_text(document, "client")


def section_text(document: Document, key: str) -> str:
    found = section(document, key)
    probe = Document(Text(""), None, document.letterhead, (found,), Text(""))
    return "\n".join(probe.texts())


def test_what_the_counsellor_typed_appears_as_typed(store: Store) -> None:
    document = make(store, "ar")
    concern = section(document, "concern").blocks[0]
    assert isinstance(concern, Paragraph)
    assert concern.text.german.startswith("أريد أن أعمل مهندساً مدنياً")
    assert concern.text.client == ""


def test_code_list_values_appear_in_german_and_the_client_language(store: Store) -> None:
    document = make(store, "en")
    regulated = Bilingual("en").code(Regulated.NO)
    assert regulated == Text("nicht reglementiert", "not regulated")
    recognition = section(document, "recognition")
    values = [
        row.value for block in recognition.blocks if isinstance(block, Fields) for row in block.rows
    ]
    assert regulated in values


def test_a_german_only_protocol_has_no_client_parts(store: Store) -> None:
    document = make(store, "de")
    assert document.client_language is None
    for item in document.sections:
        assert item.heading.client == ""
    assert section(document, "counselling").heading == Text("Angaben zur Beratung")


def test_the_protocol_language_follows_the_client_then_the_contact(store: Store) -> None:
    case = enter_case(store, "uk")
    client, contact = load_case(store, case.contact_id)
    assert choose_language(client, contact).code == "uk"
    store.update("client", case.client_id, {"document_language": None})
    client, contact = load_case(store, case.contact_id)
    assert contact.language == "uk"
    assert choose_language(client, contact).code == "uk"
    assert choose_language(client, contact, "fa").code == "fa"
    assert choose_language(client, contact, "prs").code == "fa_AF"
    assert choose_language(client, contact, "de").code is None
    assert choose_language(client, contact, german_only=True).code is None


def test_a_language_without_catalog_falls_back_to_english_with_a_note(store: Store) -> None:
    case = enter_case(store, "en")
    store.update("client", case.client_id, {"document_language": "ti"})
    client, contact = load_case(store, case.contact_id)
    choice = choose_language(client, contact)
    assert choice.code == "en"
    assert "Tigrinya" in choice.note


def test_recorded_costs_are_shown_in_euros_with_a_total(store: Store) -> None:
    document = make(store, "fa")  # fees 450 €, translations 320,50 €
    text = section_text(document, "recognition")
    assert "Gebühren 450,00\xa0€; Übersetzungen 320,50\xa0€; insgesamt etwa 770,50\xa0€" in text
    client = "\n".join(
        row.value.client
        for block in section(document, "recognition").blocks
        if isinstance(block, Fields)
        for row in block.rows
    )
    assert "€\xa0320.50" in client  # Persian order and separators in the client half


def test_without_recorded_costs_general_figures_and_their_source_are_shown(store: Store) -> None:
    document = make(store, "tr")
    text = section_text(document, "recognition")
    assert "Gebühren meist zwischen 100 und 600 Euro" in text
    provenance = facts.provenance()
    assert f"{provenance.source}, Stand {provenance.as_of}" in text


def test_a_regulated_profession_is_explained_in_plain_words(store: Store) -> None:
    document = make(store, "ru")
    text = section_text(document, "recognition")
    assert "Reglementierter Beruf: In Deutschland dürfen Sie in diesem Beruf erst arbeiten" in text
    assert "Ausgleichsmaßnahme" in text  # possible outcomes in a regulated profession


def test_the_competence_profile_is_marked_as_self_assessment(store: Store) -> None:
    document = make(store, "ar")
    notice = section(document, "competences").blocks[0]
    assert isinstance(notice, Paragraph) and notice.style == "notice"
    assert "kein Zertifikat" in notice.text.german
    without = make(store, "ar", competences=False)
    assert "competences" not in [s.key for s in without.sections]


def test_the_steps_table_lists_what_who_and_by_when(store: Store) -> None:
    document = make(store, "ar")
    table = section(document, "steps").blocks[0]
    assert isinstance(table, Table)
    assert [h.german for h in table.header] == ["Was", "Wer", "Bis wann", "Stand"]
    assert table.rows[0][0] == Text("Zeugnisse und Fächerübersicht übersetzen lassen")
    assert table.rows[0][1].german == "Ratsuchende*r"
    assert table.rows[0][2].german.count(".") == 2  # 12.03.2025


def test_the_notes_say_free_decision_by_authority_and_privacy(store: Store) -> None:
    text = section_text(make(store, "de"), "notes")
    assert "kostenlos" in text
    assert "entscheidet die zuständige Stelle" in text
    assert "Art. 13 DSGVO" in text


def test_without_an_appointment_the_protocol_says_how_to_get_in_touch(store: Store) -> None:
    case = enter_case(store, "de")
    store.update("contact", case.contact_id, {"next_appointment_date": None})
    client, contact = load_case(store, case.contact_id)
    document = protocol_document(client, contact, CENTRE, language=None)
    text = section_text(document, "appointment")
    assert "Es ist noch kein Termin vereinbart" in text
    assert "0221 123456 · iq@example.org" in text


def test_fixed_texts_use_the_client_language_catalog() -> None:
    t = Bilingual("en")
    assert t("Signatures") == Text("Unterschriften", "Signatures")
    assert t("Signatures").german == gettext_in("de", "Signatures")


def test_entries_from_the_reference_lists_print_the_data_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = {"de": "Referenzdaten Stand 1. März 2026, Version abcd1234", "ar": "بيانات مرجعية"}
    monkeypatch.setattr(facts, "reference_stamp", lambda language: stamps.get(language, ""))
    case = enter_case(store, "ar")
    client, contact = load_case(store, case.contact_id)
    plain = protocol_document(client, contact, CENTRE, language="ar")
    assert "Referenzdaten" not in section_text(plain, "record")
    store.update(
        "qualification", client.qualifications[0].id, {"reference_occupation_id": "B-0042"}
    )
    client, contact = load_case(store, case.contact_id)
    document = protocol_document(client, contact, CENTRE, language="ar")
    assert "Referenzdaten Stand 1. März 2026, Version abcd1234" in section_text(document, "record")
    assert "بيانات مرجعية" in section_text(document, "record")


def test_the_reference_stamp_is_empty_without_reference_data() -> None:
    from iqtui.reference import data_version

    expected = data_version().stamp("de") if data_version().count else ""
    assert facts.reference_stamp("de") == expected


def test_lists_use_the_arabic_semicolon_and_comma_in_arabic_script(store: Store) -> None:
    document = make(store, "ar")
    rows = {r.label.german: r.value for r in section(document, "counselling").blocks[0].rows}  # type: ignore[union-attr]
    topics = rows["Themen"]
    assert "; " in topics.german and "؛ " in topics.client and ";" not in topics.client
    assert "، 10:30" in section_text(document, "appointment")
    assert ", 10:30" in section_text(document, "appointment")  # the German half
