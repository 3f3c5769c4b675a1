"""The printed protocol, read back from the PDF, for a realistic case in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from iqtui.config import Centre, Config
from iqtui.i18n import gettext_in, is_rtl
from iqtui.protocol import case_sections, content
from iqtui.protocol.content import protocol_document
from iqtui.protocol.service import build_protocol, load_case
from iqtui.store import Store
from tests.pdf_reading import glyph_lines, normalise, pdffonts, pdftotext, read_all, read_line
from tests.protocol_cases import Case, enter_case

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
#: The message id of each section heading.
HEADINGS = {
    "counselling": content.H_COUNSELLING,
    "client": content.H_CLIENT,
    "concern": content.H_CONCERN,
    "situation": case_sections.H_SITUATION,
    "recognition": case_sections.H_RECOGNITION,
    "documents": case_sections.H_DOCUMENTS,
    "steps": case_sections.H_STEPS,
    "referrals": case_sections.H_REFERRALS,
    "competences": case_sections.H_COMPETENCES,
    "appointment": content.H_APPOINTMENT,
    "notes": content.H_NOTES,
    "signatures": content.H_SIGNATURES,
    "record": content.H_RECORD,
}
CONFIG = Config(
    centre=Centre(
        name="IQ Anerkennungsberatung Köln",
        address="Musterstraße 1\n50667 Köln",
        phone="0221 123456",
        email="beratung@example.org",
    )
)


def build(store: Store, case: Case, tmp_path: Path, **options: object) -> tuple[Path, str]:
    pdf = tmp_path / f"protocol-{case.language}.pdf"
    built = build_protocol(store, case.contact_id, CONFIG, pdf, **options)  # type: ignore[arg-type]
    assert built.path == pdf and pdf.stat().st_size > 10_000
    return pdf, pdftotext(pdf)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_heading_is_printed_in_german_and_the_client_language(
    store: Store, tmp_path: Path, language: str
) -> None:
    case = enter_case(store, language)
    pdf, text = build(store, case, tmp_path)
    lines = read_all(pdf)
    client, contact = load_case(store, case.contact_id)
    document = protocol_document(client, contact, CONFIG.centre, language=language)
    keys = [section.key for section in document.sections]
    assert keys == [
        "counselling",
        "client",
        "concern",
        "situation",
        "recognition",
        "documents",
        "steps",
        "referrals",
        "competences",
        "appointment",
        "notes",
        "signatures",
        "record",
    ]
    for section in document.sections:
        german, *client_part = section.heading.parts
        assert normalise(german) in text, section.key
        if language != "de":
            assert client_part, f"{section.key} has no {language} heading"
            assert normalise(client_part[0]) in (lines if is_rtl(language) else text), (
                section.key,
                client_part[0],
            )
            assert client_part[0] == gettext_in(language, HEADINGS[section.key])
            if language != "en":  # really translated, not the English source
                assert client_part[0] != HEADINGS[section.key], (language, section.key)
    assert normalise(document.title.german) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_clients_name_is_printed_in_both_scripts(
    store: Store, tmp_path: Path, language: str
) -> None:
    case = enter_case(store, language)
    pdf, text = build(store, case, tmp_path)
    assert normalise(case.latin_name) in text
    assert normalise(case.original_name) in text
    assert normalise(case.original_name) in read_all(pdf)  # and drawn in the right order


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_agreed_step_is_in_the_table(store: Store, tmp_path: Path, language: str) -> None:
    case = enter_case(store, language)
    _pdf, text = build(store, case, tmp_path)
    for step in case.steps:
        assert normalise(step) in text, step


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_embedded_fonts_are_used(store: Store, tmp_path: Path, language: str) -> None:
    case = enter_case(store, language)
    pdf, _text = build(store, case, tmp_path)
    listed = pdffonts(pdf)
    assert listed, "no fonts listed"
    for font in listed:
        assert font["emb"] == "yes" and font["sub"] == "yes" and font["uni"] == "yes", font
        assert font["name"].split("+")[-1].startswith("IqtuiSans"), font
    # The same from the PDF objects: every font has an embedded TrueType program.
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]


@pytest.mark.parametrize("language", ["uk", "fa"])
def test_every_page_says_page_n_of_m_in_both_languages(
    store: Store, tmp_path: Path, language: str
) -> None:
    case = enter_case(store, language)
    pdf, _text = build(store, case, tmp_path)
    pages = len(PdfReader(pdf).pages)
    assert pages >= 2
    footers = [ln for ln in glyph_lines(pdf) if ln.y < 50]  # below the body frame
    for number in range(1, pages + 1):
        line = next(ln for ln in footers if ln.page == number and "Seite" in ln.visual)
        read = read_line(line.visual, rtl=False)
        client = gettext_in(language, "page {page} of {pages}").format(page=number, pages=pages)
        assert f"Seite {number} von {pages}" in read
        assert normalise(client) in read, (read, client)


def test_a_german_only_protocol_has_no_second_language(store: Store, tmp_path: Path) -> None:
    case = enter_case(store, "ru")
    _pdf, text = build(store, case, tmp_path, german_only=True)
    assert "Angaben zur Beratung" in text
    assert "About this counselling" not in text
    assert normalise(case.original_name) in text  # the name is data, not a translation


def test_the_protocol_shows_record_id_version_and_check_code(store: Store, tmp_path: Path) -> None:
    case = enter_case(store, "tr")
    _pdf, text = build(store, case, tmp_path)
    _client, contact = load_case(store, case.contact_id)
    assert contact.content_hash
    code = " ".join(contact.content_hash[i : i + 4] for i in (0, 4, 8))
    assert f"Vorgang {contact.id}, Version 1, Prüfcode {code}." in text
    assert f"Vorgang {contact.id[:8]} · Version 1 · Prüfcode {code}" in text


def test_a_protocol_printed_after_an_amendment_says_so(store: Store, tmp_path: Path) -> None:
    case = enter_case(store, "tr")
    client, _contact = load_case(store, case.contact_id)
    step = client.plan_steps[0]
    store.update("plan_step", step.id, {"status": "done"}, contact_id=case.contact_id)
    _client, contact = load_case(store, case.contact_id)
    assert contact.version == 2
    _pdf, text = build(store, case, tmp_path)
    assert "Nach Abschluss geändert: Version 2 vom" in text
    assert "ersetzt alle früheren Ausdrucke" in text
    code = " ".join(contact.content_hash[i : i + 4] for i in (0, 4, 8))  # type: ignore[index]
    assert f"Version 2, Prüfcode {code}" in text


def test_a_protocol_of_an_open_contact_is_marked_as_draft(store: Store, tmp_path: Path) -> None:
    case = enter_case(store, "en", finalise=False)
    _pdf, text = build(store, case, tmp_path)
    assert "Entwurf: Diese Beratung ist noch nicht abgeschlossen." in text
    assert "Draft: this counselling has not been completed yet." in text
