"""How long building a Beratungsprotokoll takes: warm (inside a running app) and cold.

Run: ``.venv/bin/python benchmarks/bench_protocol.py`` (or ``make bench``).

* **warm** — the fonts are registered and reportlab is imported, as in the running TUI
  after the first protocol: ``build_protocol`` (load the case, assemble, draw, write,
  audit) and ``render_document`` alone, median of 15 runs each. Target: under 150 ms.
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
        print("\nwarm, median of 15 (min) — build_protocol = load + content + draw + write + audit")
        for language, case in cases.items():
            out = folder / f"warm-{language}.pdf"
            built = build_protocol(store, case.contact_id, config, out)  # warm-up
            runs = []
            for _ in range(15):
                begin = time.perf_counter()
                build_protocol(store, case.contact_id, config, out)
                runs.append(time.perf_counter() - begin)
            client, contact = load_case(store, case.contact_id)
            choice = choose_language(client, contact)
            document = protocol_document(client, contact, config.centre, language=choice.code)
            draws = []
            for _ in range(15):
                begin = time.perf_counter()
                render_document(document, folder / "render.pdf")
                draws.append(time.perf_counter() - begin)
            print(
                f"  {language}: {built.pages} pages, {out.stat().st_size // 1024} KB  "
                f"build_protocol {_ms(statistics.median(runs))} ({_ms(min(runs))})  "
                f"render_document {_ms(statistics.median(draws))} ({_ms(min(draws))})"
            )
        store.close()

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
