"""Every bundled data file loads and every row is valid; a broken row is refused, not shown.

The broken-copy tests change one thing in a copy of ``assets/reference`` and expect the
loader to name the file and line (or table) and what is wrong.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iqtui.i18n import LANGUAGES
from iqtui.paths import assets_dir
from iqtui.reference import ReferenceDataError, load, reference
from iqtui.reference.provenance import data_files

SOURCE = assets_dir() / "reference"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(SOURCE, target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def refused(root: Path) -> str:
    with pytest.raises(ReferenceDataError) as caught:
        load(root)
    return str(caught.value)


def test_every_bundled_reference_file_loads_and_is_accounted_for() -> None:
    data = load(SOURCE)
    loaded = {p.path.resolve() for p in data.provenances()}
    on_disk = {p.resolve() for p in data_files() if SOURCE in p.parents}
    assert on_disk == loaded, "a data file in assets/reference is not read by any loader"


def test_ids_are_unique_across_all_occupation_files() -> None:
    ids = [o.id for o in reference().occupations]
    assert len(ids) == len(set(ids))


def test_the_loaded_copy_of_the_data_is_identical_to_the_bundled(copy: Path) -> None:
    assert len(load(copy).occupations) == len(reference().occupations)


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        # an enumeration value that is not a domain code
        ("occupations/medicine.csv", ",yes,federal,", ",ja,federal,", r"medicine\.csv:\d+: 'ja'"),
        # a procedure code that does not exist
        ("occupations/health.csv", ",gwp,knowledge", ",gleichwertig,knowledge", "gleichwertig"),
        # the same id twice
        ("occupations/it.csv", "wirtschaftsinformatiker,", "informatiker,", "twice"),
        # KldB code with the wrong number of digits for its level
        ("occupations/law.csv", ",73134,berufsgattung,", ",7313,berufsgattung,", "5 digits"),
        # an authority kind that authority_kinds.toml does not define
        ("occupations/trades.csv", ",hwk,gwp", ",handwerkskammer,gwp", "handwerkskammer"),
        # not regulated but with a compensation measure: contradicts recognition law
        ("occupations/commerce.csv", "validation,none,", "validation,aptitude_test,", "regulated"),
        # a common occupation loses a client-language title
        ("titles/ar.csv", "apotheker,صيدلي,", "apothekerx,صيدلي,", "apothekerx"),
        # a required translation is missing in a TOML text
        ("procedures.toml", 'es = "Pregunte los costes', 'xx = "Pregunte los costes', "'es'"),
        # a document kind that is not a DocumentKind code
        ("documents.toml", 'kind = "transcript"', 'kind = "zeugnis"', "zeugnis"),
        # a country code CLDR does not know, and a malformed Destatis key
        ("countries.csv", "SY,475,third", "QQ,47,third", "QQ"),
        # a concrete authority for an occupation that does not exist
        (
            "authorities.csv",
            "arzt;zahnarzt;apotheker,sure",
            "arzt;zahnarzt;drogist,sure",
            "drogist",
        ),
        # a quote left open breaks the CSV structure
        ("occupations/social.csv", ',"Landesrecht (Sozial-', ",Landesrecht (Sozial-", "social.csv"),
    ],
)
def test_a_malformed_row_is_refused_naming_file_and_problem(
    copy: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(copy / file, old, new)
    message = refused(copy)
    assert re.search(expected, message), message


def test_a_row_missing_a_required_column_value_is_refused(copy: Path) -> None:
    path = copy / "occupations" / "hospitality.csv"
    edit(path, "koch,Koch/Köchin,", "koch,,")
    assert re.search(r"hospitality\.csv:\d+: 'title_de' must not be empty", refused(copy))


def test_every_problem_of_every_file_is_reported_at_once(copy: Path) -> None:
    edit(copy / "occupations" / "medicine.csv", ",yes,federal,", ",ja,federal,")
    edit(copy / "countries.csv", "SY,475,third", "SY,475,drittstaat")
    edit(copy / "funding.toml", 'code = "employer"', 'code = "arbeitgeber"')
    message = refused(copy)
    assert "medicine.csv" in message and "countries.csv" in message
    assert "funding.toml" in message


def test_a_data_file_without_provenance_is_refused(copy: Path) -> None:
    edit(copy / "countries.csv", "# licence: CC-BY-4.0\n", "")
    assert "'licence'" in refused(copy)


def test_problems_are_explained_in_the_counsellors_language(copy: Path) -> None:
    edit(copy / "occupations" / "law.csv", ",73134,berufsgattung,", ",7313,berufsgattung,")
    with pytest.raises(ReferenceDataError) as caught:
        load(copy)
    german = caught.value.problems[0].message("de")
    assert "law.csv" in german and "Stellen" in german


def test_every_client_facing_text_exists_in_every_ui_language() -> None:
    data = reference()
    texts = [data.authority_kinds.finder_hint, *data.checklists.hints]
    texts += [kind.name for kind in data.authority_kinds.kinds]
    texts += [p.duration for p in data.procedures.procedures]
    texts += [p.costs for p in data.procedures.procedures]
    texts += [f.text for f in data.procedures.funding]
    texts += [c.note for c in data.checklists.checklists]
    for text in texts:
        assert set(LANGUAGES) <= text.languages(), text.get("de")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_search_never_fails_on_any_input(query: str) -> None:
    hits = reference().search(query)
    assert isinstance(hits, list)
