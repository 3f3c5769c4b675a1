"""Every data file says where it comes from, under which licence, and which date it describes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from iqtui.reference.provenance import (
    DataVersion,
    ReferenceDataError,
    combine,
    data_files,
    datasets,
    read_csv,
    read_provenance,
    read_toml,
)

CSV_HEADER = (
    "# dataset: sample\n"
    "# title: Sample occupations\n"
    "# as_of: 2025-06-30\n"
    "# compiled: 2026-11-22\n"
    "# source: Own compilation from public legal texts;\n"
    "# source: KldB 2010 codes © Statistik der Bundesagentur für Arbeit\n"
    "# licence: CC-BY-4.0\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_file_states_source_licence_and_dates_and_rows_keep_line_numbers(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "sample.csv", CSV_HEADER + "id,title\napotheker,Apotheker/in\n\nx,Y\n")
    provenance, rows = read_csv(path)
    assert provenance.dataset == "sample"
    assert provenance.as_of == date(2025, 6, 30)
    assert provenance.compiled == date(2026, 11, 22)
    assert provenance.licence == "CC-BY-4.0"
    assert "KldB 2010" in provenance.source and "public legal texts" in provenance.source
    assert [(r.line, r.get("id")) for r in rows] == [(9, "apotheker"), (11, "x")]


def test_a_file_without_licence_or_date_is_refused_naming_every_gap(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "# dataset: x\n# title: X\n# source: me\nid\n1\n")
    with pytest.raises(ReferenceDataError) as caught:
        read_csv(path)
    text = str(caught.value)
    assert "bad.csv" in text and "'as_of'" in text and "'licence'" in text


def test_an_as_of_date_that_is_not_a_date_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", CSV_HEADER.replace("2025-06-30", "Juni 2025") + "id\n1\n")
    with pytest.raises(ReferenceDataError, match="YYYY-MM-DD"):
        read_csv(path)


def test_toml_file_carries_its_provenance_in_a_meta_table(tmp_path: Path) -> None:
    path = write(
        tmp_path / "sheet.toml",
        '[meta]\ndataset = "sheets"\ntitle = "Sheets"\nas_of = 2026-01-15\n'
        'source = "own text"\nlicence = "CC-BY-4.0"\n\n[[sheet]]\nid = "a"\n',
    )
    provenance, document = read_toml(path)
    assert provenance.as_of == date(2026, 1, 15)
    assert document["sheet"] == [{"id": "a"}]
    assert read_provenance(path) == provenance


def test_the_version_changes_whenever_the_data_changes(tmp_path: Path) -> None:
    path = write(tmp_path / "sample.csv", CSV_HEADER + "id\na\n")
    before = read_provenance(path).version
    write(path, CSV_HEADER + "id\nb\n")
    assert read_provenance(path).version != before


def test_the_data_version_names_the_oldest_as_of_date_of_all_files(tmp_path: Path) -> None:
    write(tmp_path / "reference" / "a.csv", CSV_HEADER + "id\na\n")
    write(
        tmp_path / "content" / "b.toml",
        '[meta]\ndataset = "b"\ntitle = "B"\nas_of = 2026-02-01\nsource = "s"\nlicence = "MIT"\n',
    )
    write(tmp_path / "reference" / "README.md", "not data")
    assert [p.name for p in data_files(tmp_path)] == ["a.csv", "b.toml"]
    version = combine(datasets(tmp_path))
    assert version.as_of == date(2025, 6, 30)
    assert version.count == 2


def test_the_stamp_reads_naturally_in_german_and_arabic() -> None:
    version = DataVersion(date(2025, 6, 30), "1a2b3c4d5e", 3)
    assert version.stamp("de") == "Referenzdaten Stand 30. Juni 2025, Version 1a2b3c4d"
    arabic = version.stamp("ar")
    assert "1a2b3c4d" in arabic
    assert "2025" in arabic or "٢٠٢٥" in arabic
