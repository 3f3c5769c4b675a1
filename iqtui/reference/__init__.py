"""Reference data carried by iqtui: occupations, authorities, documents, countries.

Everything here works offline from files in ``assets/`` and never imports Textual.
Each data file states its source, licence and "as of" date
(:mod:`iqtui.reference.provenance`); :func:`data_version` names the data a screen or a
printed protocol used.
"""

from __future__ import annotations

from iqtui.reference.provenance import (
    DataVersion,
    Provenance,
    ReferenceDataError,
    data_version,
    datasets,
)

__all__ = ["DataVersion", "Provenance", "ReferenceDataError", "data_version", "datasets"]
