"""A counsellor finds the Referenzberuf from whatever the client says, in any script."""

from __future__ import annotations

import pytest

from iqtui.domain.codes import CompensationMeasure, LegalBasis, Procedure, Regulated
from iqtui.reference import LanguageRequirement, OccupationField, reference
from iqtui.reference.search import gender_forms


@pytest.mark.parametrize("query", ["Apotheker", "Pharmazeut", "صيدلي", "фармацевт"])
def test_pharmacist_is_found_in_german_arabic_and_russian_with_what_recognition_means(
    query: str,
) -> None:
    data = reference()
    hits = data.search(query)
    assert hits, query
    pharmacist = hits[0].occupation
    assert pharmacist.id == "apotheker"
    assert pharmacist.title_de == "Apotheker/in"
    assert pharmacist.regulated is Regulated.YES
    assert pharmacist.legal_basis is LegalBasis.FEDERAL
    assert any("Landesprüfungsamt" in kind.name_in("de") for kind in data.kinds_of(pharmacist))
    assert Procedure.APPROBATION in pharmacist.procedures
    assert CompensationMeasure.KNOWLEDGE_TEST in pharmacist.compensation
    assert LanguageRequirement.SPECIALIST_C1 in pharmacist.language
    assert "Fachsprachprüfung" in LanguageRequirement.SPECIALIST_C1.label_in("de")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("apothekerin", "apotheker"),  # gender form of Apotheker/in
        ("Pflegefachmann", "pflegefachkraft"),  # Pflegefachfrau/-mann
        ("Kauffrau für Büromanagement", "kaufmann_bueromanagement"),
        ("Aerztin", "arzt"),  # typed without umlaut keys
        ("ÄRZTIN", "arzt"),
        ("Sozialpädagogin", "sozialarbeiter"),
        ("Apoteker", "apotheker"),  # a typo still finds it
        ("farmatsevt", "apotheker"),  # Cyrillic typed in Latin letters
        ("hemsire", "pflegefachkraft"),  # Turkish without ş
        ("پرستار", "pflegefachkraft"),  # Persian
        ("Медсестра", "pflegefachkraft"),  # Ukrainian/Russian variant
        ("Krankenschwester", "pflegefachkraft"),  # old German title
        ("einzelhandel kauf", "einzelhandelskaufmann"),  # words in any order
        ("Lekarz", "arzt"),
        ("Médecin", "arzt"),
    ],
)
def test_search_is_forgiving_about_gender_forms_spelling_and_script(
    query: str, expected: str
) -> None:
    hits = reference().search(query)
    assert hits and hits[0].occupation.id == expected, [h.occupation.id for h in hits[:3]]


def test_a_kldb_code_finds_the_occupations_of_that_group() -> None:
    hits = reference().search("8140")
    assert {"arzt"} <= {hit.occupation.id for hit in hits}
    assert all(hit.occupation.kldb.startswith("814") for hit in hits)


def test_nothing_typed_or_nonsense_finds_nothing() -> None:
    assert reference().search("   ") == []
    assert reference().search("qqqxxzz") == []


def test_matches_in_the_clients_language_win_ties() -> None:
    hits = reference().search("инженер", prefer=("ru",))
    assert hits and all(hit.language in {"ru", "uk"} for hit in hits[:3])
    assert hits[0].language == "ru"


def test_gendered_titles_expand_to_every_form() -> None:
    assert gender_forms("Kaufmann/-frau im Einzelhandel")[1:] == [
        "Kaufmann im Einzelhandel",
        "Kauffrau im Einzelhandel",
    ]
    assert {"Ärztin", "Arzt"} <= set(gender_forms("Ärztin/Arzt"))
    assert {"Sozialpädagoge", "Sozialpädagogin", "Sozialarbeiterin"} <= set(
        gender_forms("Sozialarbeiter/in / Sozialpädagoge/-pädagogin")
    )


def test_at_least_150_reference_occupations_cover_every_field() -> None:
    occupations = reference().occupations
    assert len(occupations) >= 150
    assert {o.field for o in occupations} == set(OccupationField)
    assert sum(o.common for o in occupations) >= 60


def test_the_title_in_the_clients_language_falls_back_to_german() -> None:
    data = reference()
    pharmacist = data.occupation("apotheker")
    assert pharmacist is not None
    assert pharmacist.title("ar") == "صيدلي"
    assert pharmacist.title("fa_AF") == "داروساز"  # Dari uses the Persian titles
    assert pharmacist.title("de") == "Apotheker/in"
    rare = data.occupation("orthoptist")
    assert rare is not None and rare.title("uk") == "Orthoptist/in"


def test_a_german_query_finds_german_titles_before_foreign_ones() -> None:
    hits = reference().search("Ingenieur")
    assert hits[0].language == "de"
    assert hits[0].occupation.id in {"bauingenieur", "elektroingenieur", "maschinenbauingenieur"}
    # a whole word beats the start of a longer word: a mechanic is not a mechanical engineer
    mechanics = [hit.occupation.id for hit in reference().search("mechanic")[:4]]
    assert "kfz_mechatroniker" in mechanics and "maschinenbauingenieur" not in mechanics[:3]
