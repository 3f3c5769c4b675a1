"""``iqtui protocol`` and printing, as a counsellor uses them."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from iqtui.cli import main
from iqtui.i18n import current_language
from iqtui.protocol.printing import print_pdf
from iqtui.store import Store
from tests.conftest import PASSPHRASE
from tests.protocol_cases import enter_case


@pytest.fixture
def unlocked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IQTUI_PASSPHRASE", PASSPHRASE)


def fake_lp(folder: Path, monkeypatch: pytest.MonkeyPatch, *, works: bool) -> Path:
    """An ``lp`` on PATH that records its arguments (or fails like CUPS without printer)."""
    folder.mkdir()
    log = folder / "lp.log"
    script = folder / "lp"
    if works:
        body = f'echo "$@" > {log}\necho "request id is Laser-42 (1 file(s))"\n'
    else:
        body = 'echo "lp: Error - no default destination available." >&2\nexit 1\n'
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return log


def test_counsellor_saves_a_protocol_by_id_prefix(
    store: Store, unlocked: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = enter_case(store, "ar")
    target = tmp_path / "out" / "protokoll.pdf"
    code = main(
        ["--lang", "en", "protocol", case.contact_id[:6], "-o", str(target), "--lang", "ar"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert f"Protocol saved: {target}" in out
    assert current_language() == "en"  # the protocol's --lang is not the UI language


def test_without_o_the_protocol_goes_to_the_data_folder(
    store: Store, unlocked: None, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = enter_case(store, "de")
    assert main(["protocol", case.contact_id]) == 0
    saved = list((data_dir / "protocols").glob("Beratungsprotokoll_*_v1.pdf"))
    assert len(saved) == 1
    assert case.contact_id[:8] in saved[0].name
    assert "Nowak" not in saved[0].name  # no names in file names
    assert str(saved[0]) in capsys.readouterr().out


def test_an_unknown_or_ambiguous_id_is_one_line_and_exit_2(
    store: Store, unlocked: None, capsys: pytest.CaptureFixture[str]
) -> None:
    enter_case(store, "de")
    enter_case(store, "en")
    assert main(["--lang", "en", "protocol", "zzzz"]) == 2
    assert capsys.readouterr().err.strip() == "iqtui: There is no contact with the id zzzz."
    assert main(["--lang", "en", "protocol", ""]) == 2
    assert "Several contacts start with" in capsys.readouterr().err


def test_an_unknown_protocol_language_is_refused(
    store: Store, unlocked: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case = enter_case(store, "de")
    assert main(["--lang", "en", "protocol", case.contact_id, "--lang", "xx"]) == 2
    assert "Unknown language code xx" in capsys.readouterr().err


def test_print_sends_the_pdf_to_the_default_printer(
    store: Store,
    unlocked: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = fake_lp(tmp_path / "bin", monkeypatch, works=True)
    case = enter_case(store, "fa")
    target = tmp_path / "p.pdf"
    assert main(["--lang", "en", "protocol", case.contact_id, "-o", str(target), "--print"]) == 0
    assert log.read_text(encoding="utf-8").strip() == f"-- {target}"
    out = capsys.readouterr().out
    assert "sent to the default printer (request id is Laser-42" in out


def test_without_a_printer_the_pdf_is_kept_and_the_user_told_where(
    store: Store,
    unlocked: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_lp(tmp_path / "bin", monkeypatch, works=False)
    case = enter_case(store, "de")
    target = tmp_path / "p.pdf"
    assert main(["--lang", "de", "protocol", case.contact_id, "-o", str(target), "--print"]) == 1
    out = capsys.readouterr().out
    assert "Das Protokoll konnte nicht gedruckt werden: lp: Error - no default destination" in out
    assert f"Das Protokoll ist gespeichert unter {target}." in out
    assert target.is_file()


def test_no_cups_at_all_is_reported_not_raised(tmp_path: Path) -> None:
    result = print_pdf(tmp_path / "x.pdf", platform="linux", which=lambda name: None)
    assert not result.printed
    assert "No printing system (CUPS) was found." in result.message
    assert str(tmp_path / "x.pdf") in result.message


def test_a_hanging_lp_times_out_with_a_message(tmp_path: Path) -> None:
    def hanging(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        raise subprocess.TimeoutExpired("lp", 30)

    result = print_pdf(
        tmp_path / "x.pdf", platform="darwin", runner=hanging, which=lambda n: "/usr/bin/lp"
    )
    assert not result.printed
    assert "could not be printed" in result.message


def test_windows_uses_the_print_verb(tmp_path: Path) -> None:
    calls: list[tuple[str, str]] = []
    result = print_pdf(
        tmp_path / "x.pdf", platform="win32", startfile=lambda p, v: calls.append((p, v))
    )
    assert result.printed
    assert calls == [(str(tmp_path / "x.pdf"), "print")]

    def no_app(path: str, verb: str) -> None:
        raise OSError(1155, "No application is associated with the specified file")

    failed = print_pdf(tmp_path / "x.pdf", platform="win32", startfile=no_app)
    assert not failed.printed and "No application is associated" in failed.message
