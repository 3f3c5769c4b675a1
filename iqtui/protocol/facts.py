"""General facts the protocol may state when the counsellor recorded nothing specific.

Kept deliberately few and with their sources (``shared/domain/iq-counselling-data.md``,
section a3): the binding figures always come from the competent authority. Entries the
counsellor picked from the bundled reference data (:mod:`iqtui.reference`: reference
occupations, authorities) are vouched for by that data's own "as of" line instead
(:func:`reference_stamp`).
"""

from __future__ import annotations

from dataclasses import dataclass

from iqtui.domain.codes import Procedure
from iqtui.i18n import N_

#: Research date of the figures below (sources mostly 2013–2024).
AS_OF = "2024"
SOURCE = "anerkennung-in-deutschland.de, BQFG, ZAB"


@dataclass(frozen=True)
class ProcedureFacts:
    """Typical duration and cost of one kind of procedure (msgids, to be translated)."""

    duration: str
    cost: str


#: Decision usually within three months of complete documents [S44]; fees usually
#: 100–600 € [S44]; ZAB statement 200 €, each further one 100 € [S17].
EQUIVALENCE = ProcedureFacts(
    duration=N_("Usually up to three months after all documents are complete."),
    cost=N_("Fees usually between 100 and 600 euros, plus translations and certified copies."),
)
ZAB = ProcedureFacts(
    duration=N_("Often up to about three months."),
    cost=N_("200 euros for the first statement, 100 euros for each further one."),
)

BY_PROCEDURE: dict[Procedure, ProcedureFacts] = {
    Procedure.GWP: EQUIVALENCE,
    Procedure.APPROBATION: EQUIVALENCE,
    Procedure.ZAB: ZAB,
    Procedure.GWP_ZAB: EQUIVALENCE,
}


def for_procedure(procedure: Procedure | None) -> ProcedureFacts | None:
    """Typical duration and cost of ``procedure`` (``None`` where there are no general figures)."""
    return BY_PROCEDURE.get(procedure) if procedure else None


#: Months from complete documents to the usual decision (equivalence assessment).
DECISION_MONTHS = 3


@dataclass(frozen=True)
class Provenance:
    """Where the general figures come from, for the line printed under them."""

    source: str
    as_of: str


def provenance() -> Provenance:
    """The source and research date of the figures in this module."""
    return Provenance(SOURCE, AS_OF)


def reference_stamp(language: str) -> str:
    """ "Reference data as of …, version …" of :mod:`iqtui.reference`, in ``language``.

    Empty when no reference data is installed or it cannot be read: a broken data file
    must not stop a protocol from being printed.
    """
    from iqtui.reference import ReferenceDataError, data_version

    try:
        version = data_version()
    except ReferenceDataError:
        return ""
    return version.stamp(language) if version.count else ""
