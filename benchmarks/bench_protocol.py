"""How long building a Beratungsprotokoll takes: warm (inside a running app) and cold.

Run: ``.venv/bin/python benchmarks/bench_protocol.py`` (or ``make bench``).

* **warm** — the fonts are registered and reportlab is imported, as in the running TUI
  after the first protocol: ``build_protocol`` (load the case, assemble, draw, write,
  audit) and ``render_document`` alone, median of 15 runs each. "new text" clears the
  layout caches before each run, as for a protocol with text never laid out before;
  "again" keeps them (printing the same protocol twice, the labels every protocol has).
  Wall and CPU time are both shown: on a busy machine wall time includes waiting for
  the processor. Target: under 150 ms.
* **cold** — a fresh ``python`` process that imports iqtui, unlocks the database and
  builds one protocol (what ``iqtui protocol ID`` costs), median of 5 runs; the same
  process also reports where its time went.

Uses a temporary encrypted database with the cheap test KDF; nothing touches real data.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("IQTUI_KDF", "fast")

PASSPHRASE = "benchmark passphrase 2025"
LANGUAGES = ("de", "ar", "fa", "ru")

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from iqtui.config import Config
from iqtui.store import Store
from iqtui.protocol.service import build_protocol
t1 = time.perf_counter()
store = Store.unlock(Path(sys.argv[1]), sys.argv[2], user="bench")
t2 = time.perf_counter()
built = build_protocol(store, sys.argv[3], Config(), Path(sys.argv[4]))
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "unlock": t2 - t1, "build": t3 - t2, "pages": built.pages}))
"""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def _clear_caches() -> None:
    from iqtui.protocol import flowables, rtl

    flowables._layout_piece.cache_clear()
    flowables.text_width.cache_clear()
    rtl.analyse.cache_clear()
    rtl.shape.cache_clear()


def _timed(run: Callable[[], object], *, clear: bool = False) -> tuple[float, float]:
    """Median wall and CPU seconds of 15 runs."""
    walls, cpus = [], []
    for _ in range(15):
        if clear:
            _clear_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _pair(times: tuple[float, float]) -> str:
    return f"{times[0] * 1000:5.0f} / {times[1] * 1000:4.0f} ms"


def main() -> None:
    from iqtui.config import Config
    from iqtui.protocol import fonts
    from iqtui.protocol.content import choose_language, protocol_document
    from iqtui.protocol.draw import render_document
    from iqtui.protocol.service import build_protocol, load_case
    from iqtui.store import Store
    from tests.protocol_cases import enter_case

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "data"
        store = Store.create(data, PASSPHRASE, user="bench")
        cases = {language: enter_case(store, language) for language in LANGUAGES}

        started = time.perf_counter()
        fonts.register()
        print(f"font registration (once per process): {_ms(time.perf_counter() - started)}")
        config = Config()
        print(
            "\nwarm, median of 15 — build_protocol = load + content + draw + write + audit"
            "\n     (wall / cpu)             build, new text      build, again         "
            "render_document, new text"
        )
        for language, case in cases.items():
            out = folder / f"warm-{language}.pdf"
            built = build_protocol(store, case.contact_id, config, out)  # warm-up

            def build(contact_id: str = case.contact_id, target: Path = out) -> object:
                return build_protocol(store, contact_id, config, target)

            fresh = _timed(build, clear=True)
            again = _timed(build)
            client, contact = load_case(store, case.contact_id)
            choice = choose_language(client, contact)
            document = protocol_document(client, contact, config.centre, language=choice.code)

            def draw_only(document: object = document) -> object:
                return render_document(document, folder / "render.pdf")  # type: ignore[arg-type]

            draw = _timed(draw_only, clear=True)
            print(
                f"  {language}: {built.pages} pages, {out.stat().st_size // 1024:2d} KB  "
                f"{_pair(fresh)}   {_pair(again)}   {_pair(draw)}"
            )
        store.close()

        print(f"\nmachine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print("\ncold process (python start + imports + unlock + fonts + build), median of 5")
        for language in ("de", "ar"):
            walls = []
            phases = []
            for run in range(5):
                begin = time.perf_counter()
                done = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        CHILD,
                        str(data),
                        PASSPHRASE,
                        cases[language].contact_id,
                        str(folder / f"cold-{language}-{run}.pdf"),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                )
                walls.append(time.perf_counter() - begin)
                phases.append(json.loads(done.stdout.strip().splitlines()[-1]))
            mid = {
                k: statistics.median(p[k] for p in phases) for k in ("imports", "unlock", "build")
            }
            print(
                f"  {language}: wall {_ms(statistics.median(walls))}  of which imports "
                f"{_ms(mid['imports'])}, unlock {_ms(mid['unlock'])}, first build "
                f"{_ms(mid['build'])} (incl. font registration)"
            )


if __name__ == "__main__":
    main()
