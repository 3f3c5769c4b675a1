"""The core runs without Textual: importing any core package leaves textual unloaded."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import iqtui

PACKAGE_DIR = Path(iqtui.__file__).parent
CORE_MODULES = sorted(
    name
    for _finder, name, _is_pkg in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="iqtui.")
    if not name.startswith("iqtui.tui") and ".migrations" not in name and name != "iqtui.__main__"
)


def test_core_modules_were_found() -> None:
    assert {"iqtui.domain.codes", "iqtui.store.store", "iqtui.i18n", "iqtui.cli"} <= set(
        CORE_MODULES
    )


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_without_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"{module} pulled in {result.stdout.strip()}"


def test_no_core_source_file_imports_textual() -> None:
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        if "tui" in path.relative_to(PACKAGE_DIR).parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import textual", "from textual")):
                offenders.append(f"{path}: {stripped}")
    assert offenders == []
