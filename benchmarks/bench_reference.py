"""How long reading the bundled reference data and searching it take (cold, as at start-up).

Prints figures; run with ``make bench``. Never a timing assertion in the tests.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from iqtui.reference import data as reference_data
from iqtui.reference import provenance
from iqtui.reference.occupations import reference_root
from iqtui.reference.search import OccupationIndex

QUERIES = (
    "Apotheker",
    "Pharmazeut",
    "صيدلي",
    "фармацевт",
    "Krankenschwester",
    "Kauffrau Büro",
    "Apoteker",  # typo: the slow path
    "8140",
)


def _timed(label: str, action: Callable[[], object], repeat: int = 20) -> None:
    samples = []
    for _ in range(repeat):
        provenance.data_version.cache_clear()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{label:<44} median {statistics.median(samples):7.2f} ms  max {max(samples):7.2f} ms")


def main() -> None:
    root = reference_root()
    _timed("provenance of every data file", provenance.data_version)
    _timed("load and check all reference data", lambda: reference_data.load(root), repeat=10)
    data = reference_data.load(root)
    _timed("build the occupation search index", lambda: OccupationIndex(data.occupations))
    index = OccupationIndex(data.occupations)
    for query in QUERIES:
        _timed(f"search {query!r}", lambda q=query: index.search(q), repeat=30)  # type: ignore[misc]
    print(
        f"data files: {provenance.data_version().count}, occupations: {len(data.occupations)}, "
        f"search keys: {len(index._keys)}"
    )


if __name__ == "__main__":
    main()
