"""How long reading the bundled reference data takes (cold, as at start-up).

Prints figures; run with ``make bench``. Never a timing assertion in the tests.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from iqtui.reference import provenance


def _timed(label: str, action: Callable[[], object], repeat: int = 20) -> None:
    samples = []
    for _ in range(repeat):
        provenance.data_version.cache_clear()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{label:<40} median {statistics.median(samples):7.2f} ms  max {max(samples):7.2f} ms")


def main() -> None:
    _timed("provenance of every data file", provenance.data_version)
    print(f"data files: {provenance.data_version().count}")


if __name__ == "__main__":
    main()
