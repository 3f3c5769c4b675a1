"""Who decides, what the client needs, how long it takes and what it costs — offline."""

from __future__ import annotations

import pytest

from iqtui.domain.codes import Bundesland, DocumentKind, Funding, Procedure
from iqtui.domain.fields import normalise_all
from iqtui.domain.schema import ENTITIES
from iqtui.i18n import LANGUAGES
from iqtui.reference import (
    CertificationRule,
    CountryGroup,
    Need,
    TranslationRule,
    prefill,
    reference,
)
from iqtui.reference.vocab import Certainty

BQFG_12 = {
    DocumentKind.CV,
    DocumentKind.IDENTITY,
    DocumentKind.CERTIFICATES,
    DocumentKind.WORK_EXPERIENCE,
    DocumentKind.LICENCE_ABROAD,
    DocumentKind.NO_EARLIER_APPLICATION,
    DocumentKind.INTENTION_TO_WORK,
}


def kinds(procedure: Procedure) -> set[DocumentKind]:
    return {item.kind for item in reference().checklist(procedure).items}


def test_equivalence_assessment_asks_for_the_bqfg_12_documents() -> None:
    assert kinds(Procedure.GWP) >= BQFG_12


def test_approbation_adds_medical_certificate_conduct_and_language_proof() -> None:
    extra = {
        DocumentKind.MEDICAL_CERTIFICATE,
        DocumentKind.CERTIFICATE_OF_CONDUCT,
        DocumentKind.LANGUAGE_CERTIFICATE,
        DocumentKind.PROCEEDINGS_DECLARATION,
    }
    assert extra <= kinds(Procedure.APPROBATION)
    item = next(
        i
        for i in reference().checklist(Procedure.APPROBATION).items
        if i.kind is DocumentKind.MEDICAL_CERTIFICATE
    )
    assert item.copy is CertificationRule.RECENT_ORIGINAL


def test_zab_checklist_has_degree_transcript_supplement_and_identity() -> None:
    assert {
        DocumentKind.CERTIFICATES,
        DocumentKind.TRANSCRIPT,
        DocumentKind.DIPLOMA_SUPPLEMENT,
        DocumentKind.IDENTITY,
    } <= kinds(Procedure.ZAB)


def test_foreign_certificates_need_a_sworn_translation_and_never_an_original() -> None:
    checklist = reference().checklist(Procedure.GWP)
    certificates = next(i for i in checklist.items if i.kind is DocumentKind.CERTIFICATES)
    assert certificates.translation is TranslationRule.SWORN
    assert certificates.copy is CertificationRule.CERTIFIED
    hints = " ".join(hint.get("de") for hint in reference().checklists.hints)
    assert "nie Originale" in hints and "justiz-dolmetscher.de" in hints


def test_combined_procedure_merges_both_checklists_without_duplicates() -> None:
    merged = reference().checklist(Procedure.GWP_ZAB).items
    assert {i.kind for i in merged} == kinds(Procedure.GWP) | kinds(Procedure.ZAB)
    assert len(merged) == len({i.kind for i in merged})


def test_eu_citizens_and_residents_need_no_proof_of_intention_to_work() -> None:
    checklist = reference().checklist(Procedure.GWP)
    assert DocumentKind.INTENTION_TO_WORK in {i.kind for i in checklist.items}
    for status in ({"free_movement": True}, {"resident": True}):
        reduced = checklist.for_client(**status)
        assert DocumentKind.INTENTION_TO_WORK not in {i.kind for i in reduced.items}
    intention = next(i for i in checklist.items if i.kind is DocumentKind.INTENTION_TO_WORK)
    assert intention.need is Need.IF_APPLICABLE and "EU" in intention.hint.get("de")


@pytest.mark.parametrize("procedure", list(Procedure))
def test_every_procedure_has_a_checklist_duration_and_costs(procedure: Procedure) -> None:
    data = reference()
    assert data.checklist(procedure).items
    info = data.procedure_info(procedure)
    assert info.duration.get("ar") and info.costs.get("uk")


def test_equivalence_assessment_is_decided_within_about_three_months_for_100_to_600_euros() -> None:
    info = reference().procedure_info(Procedure.GWP)
    assert info.decision_months == 3
    assert (info.fee_min, info.fee_max) == (100, 600)


def test_zab_costs_200_euros_first_and_100_for_each_further_statement() -> None:
    info = reference().procedure_info(Procedure.ZAB)
    assert (info.fee_min, info.fee_further) == (200, 100)
    assert "200" in info.costs.get("fa") and "100" in info.costs.get("fa")


def test_recognition_grant_is_an_option_with_its_caveat_in_every_language() -> None:
    grant = reference().procedures.funding_option(Funding.RECOGNITION_GRANT)
    assert grant.certainty is Certainty.CHECK
    for language in LANGUAGES:
        assert "2024" in grant.text.get(language), language
    assert {f.funding for f in reference().procedures.funding} == set(Funding)


def test_a_concrete_authority_is_named_only_where_known_and_marked_when_unsure() -> None:
    data = reference()
    doctor = data.occupation("arzt")
    architect = data.occupation("architekt")
    baker = data.occupation("baecker")
    assert doctor and architect and baker
    in_berlin = data.authorities_for(doctor, Bundesland.BE)
    assert [a.name for a in in_berlin] == ["Landesamt für Gesundheit und Soziales (LAGeSo)"]
    in_bavaria = data.authorities_for(doctor, Bundesland.BY)
    assert len(in_bavaria) == 2 and all(a.certainty is Certainty.CHECK for a in in_bavaria)
    hessen = [a.name for a in data.authorities_for(architect, Bundesland.HE)]
    assert "Architekten- und Stadtplanerkammer Hessen" in hessen
    assert data.authorities_for(baker, Bundesland.NW) == []  # the Handwerkskammer: see kind
    assert data.kinds_of(baker)[0].name_in("tr").startswith("Zanaatkârlar Odası")
    assert "anerkennung-in-deutschland.de" in data.authority_kinds.finder_hint.get("fa")


@pytest.mark.parametrize(
    ("code", "group", "destatis"),
    [
        ("SY", CountryGroup.THIRD, "475"),
        ("UA", CountryGroup.THIRD, "166"),
        ("PL", CountryGroup.EU, "152"),
        ("NO", CountryGroup.EEA, "149"),
        ("CH", CountryGroup.SWITZERLAND, "158"),
        ("DE", CountryGroup.GERMANY, "000"),
        ("XX", CountryGroup.NONE, "997"),
    ],
)
def test_nationalities_carry_group_and_destatis_key(
    code: str, group: CountryGroup, destatis: str
) -> None:
    countries = reference().countries
    country = countries.get(code)
    assert country is not None
    assert (country.group, country.destatis) == (group, destatis)
    assert countries.by_destatis(destatis) == country


def test_countries_are_named_in_the_clients_language_and_sorted_for_pickers() -> None:
    countries = reference().countries
    assert countries.get("SY") and countries.get("SY").name("ar") == "سوريا"  # type: ignore[union-attr]
    names = [name for _code, name in countries.choices("de")]
    assert names.index("Afghanistan") < names.index("Ägypten") < names.index("Syrien")
    assert countries.group_of("GB") is CountryGroup.THIRD
    assert countries.group_of("AQ") is CountryGroup.THIRD  # a CLDR territory not listed
    assert CountryGroup.EU.free_movement and not CountryGroup.THIRD.free_movement


def test_choosing_an_occupation_prefills_values_the_forms_accept() -> None:
    data = reference()
    for occupation in data.occupations:
        for bundesland in (None, Bundesland.BE):
            filled = prefill(occupation, bundesland, data=data)
            normalise_all(ENTITIES["qualification"], filled.qualification)
            normalise_all(ENTITIES["recognition"], filled.recognition)
            assert filled.documents


def test_prefill_for_a_pharmacist_in_berlin() -> None:
    data = reference()
    pharmacist = data.occupation("apotheker")
    assert pharmacist is not None
    filled = prefill(pharmacist, Bundesland.BE, free_movement=True, data=data)
    assert filled.qualification["regulated"] == "yes"
    assert filled.recognition["procedure"] == "approbation"
    assert filled.recognition["authority_name"].startswith("Landesamt für Gesundheit")
    assert DocumentKind.INTENTION_TO_WORK not in filled.documents
    engineer = data.occupation("bauingenieur")
    assert engineer is not None
    assert prefill(engineer, data=data).recognition["procedure"] == "gwp_zab"
