"""How long loading the content and drawing an information sheet take.

Prints figures; run with ``make bench``. Never a timing assertion in the tests.
Loading is cold (the loaders' caches are bypassed); drawing is warm (fonts registered once,
as inside the running app).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from iqtui.config import Centre
from iqtui.reference.content_cards import load_cards
from iqtui.reference.content_cefr import load_cefr
from iqtui.reference.content_pdf import render_sheet
from iqtui.reference.content_sheets import information_sheets, load_sheets


def _timed(label: str, action: Callable[[], object], repeat: int) -> None:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{label:<44} median {statistics.median(samples):7.1f} ms  max {max(samples):7.1f} ms")


def main() -> None:
    _timed("load 52 competence cards x 11 languages", load_cards, 10)
    _timed("load 30 CEFR descriptors x 11 languages", load_cefr, 10)
    _timed("load 7 information sheets x 11 languages", load_sheets, 10)
    sheets = information_sheets()
    sheet = sheets.get("labour_rights")
    assert sheet is not None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sheet.pdf"
        render_sheet(sheets, sheet, "de", Centre(), out)  # registers the fonts
        for language, only in (("de", False), ("uk", False), ("ar", False), ("fa", True)):
            label = f"draw 'labour_rights' {language}{' only' if only else ' + de'}"
            _timed(
                label,
                lambda lang=language, o=only: render_sheet(
                    sheets, sheet, lang, Centre(), out, client_only=o
                ),
                10,
            )
            print(f"{'':<44} {out.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
