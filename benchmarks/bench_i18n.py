"""Language features: catalog loading, picker building and picker search, in milliseconds.

Run: ``.venv/bin/python benchmarks/bench_i18n.py`` (``make bench`` runs every benchmark).
Picker search runs on every keystroke, so its figure is the one a counsellor feels.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from iqtui.i18n import LANGUAGES, reset_cache, translator
from iqtui.i18n.catalogs import load_translations
from iqtui.i18n.pickers import country_choices, language_choices, search


def _ms(action: Callable[[], object], repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    loads = {lang: _ms(lambda lang=lang: load_translations(lang), 5) for lang in LANGUAGES}
    print("catalog load (.po compiled in memory), median of 5, ms:")
    print("  " + "  ".join(f"{lang} {ms:.1f}" for lang, ms in loads.items()))
    reset_cache()
    print(
        f"all eleven translators loaded: {_ms(lambda: [translator(x) for x in LANGUAGES]):.0f} ms"
    )
    print(
        f"country picker, first build (loads CLDR for 11 languages): "
        f"{_ms(lambda: country_choices('de')):.0f} ms"
    )
    print(f"country picker, next UI language: {_ms(lambda: country_choices('ar')):.0f} ms")
    print(f"language picker, first build: {_ms(lambda: language_choices('de')):.0f} ms")
    countries, languages = country_choices("de"), language_choices("de")
    for query in ("S", "Syr", "سور", "Сир", "Palästina"):
        print(f"search countries {query!r}: {_ms(lambda q=query: search(countries, q), 20):.2f} ms")
    for query in ("D", "Dari", "عرب"):
        print(f"search languages {query!r}: {_ms(lambda q=query: search(languages, q), 20):.2f} ms")


if __name__ == "__main__":
    main()
