"""The bundled content: competence cards, CEFR descriptors and information sheets.

Each test loads the real files in ``assets/content`` and checks what a counsellor or a
client would notice: a card or a sheet missing in one language, a descriptor that does not
fit its cell, a German legal term lost in translation, a sheet without its date.
"""

from __future__ import annotations

import pytest

from iqtui.domain.codes import CefrLevel, CompetenceArea, Skill
from iqtui.i18n import LANGUAGES
from iqtui.reference.content import content_dir
from iqtui.reference.content_cards import MAX_ID_LENGTH, competence_cards
from iqtui.reference.content_cefr import cefr_descriptors
from iqtui.reference.content_sheets import information_sheets
from iqtui.reference.provenance import data_files, read_provenance

#: Terms the client will meet at authorities; every translation keeps them visible.
GERMAN_TERMS = {
    "procedure": ["Referenzberuf", "zuständige Stelle", "Bescheid", "Gleichwertigkeit"],
    "regulated": ["reglementiert", "Ausländerbehörde", "Handwerkskammer"],
    "documents": ["zuständige Stelle", "beglaubigte Kopien", "Qualifikationsanalyse"],
    "costs": ["Anerkennungszuschuss", "Jobcenter", "Agentur für Arbeit"],
    "german_courses": ["Berufssprachkurse", "BAMF", "DeuFöV"],
    "labour_rights": ["Mindestlohn", "Kündigung", "Arbeitsgericht", "Faire Integration"],
    "business": ["Gewerbeanmeldung", "Finanzamt", "Gründungszuschuss"],
}


def test_there_are_at_least_forty_cards_in_every_area() -> None:
    cards = competence_cards()
    assert len(cards) >= 40
    for area in CompetenceArea:
        assert len(cards.in_area(area)) >= 8, area


def test_card_ids_are_unique_and_fit_the_assessment_record() -> None:
    ids = [card.id for card in competence_cards().cards]
    assert len(ids) == len(set(ids))
    assert all(0 < len(card_id) <= MAX_ID_LENGTH for card_id in ids)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_has_a_title_and_a_sentence_in_every_language(language: str) -> None:
    for card in competence_cards():
        title = card.title.in_language(language)
        text = card.text.in_language(language)
        assert 0 < len(title) <= 40, (card.id, title)
        assert len(text) > len(title), (card.id, text)
        assert text[-1] in ".。", (card.id, text)


def test_cards_in_one_language_are_all_different() -> None:
    for language in LANGUAGES:
        titles = [card.title.in_language(language) for card in competence_cards()]
        texts = [card.text.in_language(language) for card in competence_cards()]
        assert len(set(titles)) == len(titles), language
        assert len(set(texts)) == len(texts), language


def test_counsellor_and_client_see_one_card_side_by_side() -> None:
    card = competence_cards().get("teamwork")
    assert card is not None and card.area is CompetenceArea.SOCIAL
    german, arabic = card.title.pair("de", "ar")
    assert german == "Teamarbeit"
    assert arabic != german and any("\u0600" <= ch <= "\u06ff" for ch in arabic)


def test_dari_and_locale_spellings_read_the_persian_text() -> None:
    card = competence_cards().get("reliability")
    assert card is not None
    assert card.text.in_language("fa_AF") == card.text.in_language("fa")
    assert card.text.in_language("de_DE.UTF-8") == card.text.in_language("de")


def test_every_cefr_cell_has_a_short_descriptor_in_every_language() -> None:
    descriptors = cefr_descriptors()
    for language in LANGUAGES:
        for skill in Skill:
            lines = [text for _level, text in descriptors.for_skill(skill, language)]
            assert len(lines) == 6
            assert all(0 < len(line) <= 70 for line in lines), (language, skill, lines)
            assert len(set(lines)) == 6, (language, skill)


def test_descriptor_of_one_cell_in_the_clients_language() -> None:
    descriptors = cefr_descriptors()
    assert descriptors.text(Skill.LISTENING, CefrLevel.A1, "en").startswith("I can")
    assert descriptors.text(Skill.WRITING, CefrLevel.C2, "de").startswith("Ich")
    ukrainian = descriptors.descriptor(Skill.READING, CefrLevel.B2).in_language("uk")
    assert any("\u0400" <= ch <= "\u04ff" for ch in ukrainian)


def test_the_seven_phase_one_sheets_exist() -> None:
    sheets = information_sheets()
    assert sheets.ids() == list(GERMAN_TERMS)
    assert all(sheet.phase.value == "1" for sheet in sheets)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sheet_carries_its_date_and_the_portal_hint(language: str) -> None:
    sheets = information_sheets()
    for sheet in sheets:
        text = sheets.plain_text(sheet, language)
        assert sheet.title.in_language(language) in text
        assert "anerkennung-in-deutschland.de" in text
        assert str(sheet.as_of.year) in text, (sheet.id, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_german_legal_terms_stay_visible_in_every_translation(language: str) -> None:
    sheets = information_sheets()
    for sheet_id, terms in GERMAN_TERMS.items():
        sheet = sheets.get(sheet_id)
        assert sheet is not None
        text = sheets.plain_text(sheet, language)
        missing = [term for term in terms if term not in text]
        assert not missing, (sheet_id, language, missing)


def test_the_as_of_line_uses_the_clients_date_format() -> None:
    sheets = information_sheets()
    sheet = sheets.get("procedure")
    assert sheet is not None
    assert sheets.as_of_line(sheet, "de") == "Stand: 22. November 2026"
    assert "2026" in sheets.as_of_line(sheet, "en")
    assert sheets.as_of_line(sheet, "fa").endswith("22 نوامبر 2026")  # Latin digits: GLOSSARY


def test_facts_we_could_not_verify_are_marked_for_review() -> None:
    costs = information_sheets().get("costs")
    assert costs is not None
    notes = " ".join(costs.review)
    assert "UNCERTAIN" in notes and "Anerkennungszuschuss" in notes


def test_every_content_file_states_its_source_licence_and_date() -> None:
    files = [path for path in data_files() if content_dir() in path.parents]
    assert len(files) == 3 + 3 * len(LANGUAGES)
    for path in files:
        provenance = read_provenance(path)
        assert provenance.licence == "CC-BY-4.0", path
        assert provenance.source and provenance.as_of.year >= 2026, path


def test_loaded_content_names_the_files_it_came_from() -> None:
    names = {p.path.name for p in information_sheets().provenance}
    assert names == {"sheets.toml", *(f"{language}.toml" for language in LANGUAGES)}
