"""The reference data from the command line and in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from iqtui import cli
from iqtui.paths import bundle_root
from iqtui.reference import reference, summaries


def test_counsellor_looks_up_a_pharmacist_in_arabic_and_sees_the_berlin_authority(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--lang", "de", "occupation", "صيدلي", "--land", "BE"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Apotheker/in")
    assert "Landesprüfungsamt" in out and "LAGeSo" in out
    assert "Kenntnisprüfung" in out and "Fachsprachprüfung" in out
    assert "anerkennung-in-deutschland.de" in out
    assert "Referenzdaten Stand" in out


def test_an_unknown_occupation_says_so_and_exits_with_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--lang", "en", "occupation", "qqqxxzz"]) == 1
    assert "qqqxxzz" in capsys.readouterr().out


def test_data_lists_every_data_set_with_licence_and_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--lang", "en", "data"]) == 0
    out = capsys.readouterr().out
    for summary in summaries():
        assert f"({summary.dataset})" in out
    assert "CC-BY-4.0" in out and "Reference data as of" in out


def test_readme_names_each_reference_data_set_with_source_licence_and_date() -> None:
    readme = (Path(bundle_root()) / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reference data", 1)[1]
    for provenance in reference().provenances():
        assert f"`{provenance.dataset}`" in section, provenance.dataset
        assert provenance.licence in section
        assert provenance.as_of.isoformat() in section
