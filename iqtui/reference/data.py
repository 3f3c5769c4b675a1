"""All bundled reference data, loaded and checked together, once.

:func:`reference` is what screens and the protocol call: it reads every file in
``assets/reference/`` (about 30 ms, see ``benchmarks/bench_reference.py``), checks each row
and cross-reference, and keeps the result for the rest of the run. A broken file raises
:class:`~iqtui.reference.provenance.ReferenceDataError` listing *every* problem of *every*
file, which is also what the tests check. :func:`load` reads any folder (a test's copy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TypeVar

from iqtui.domain.codes import Bundesland, Procedure
from iqtui.reference.authorities import (
    Authorities,
    Authority,
    AuthorityKind,
    AuthorityKinds,
    read_authorities,
    read_authority_kinds,
)
from iqtui.reference.countries import Countries, read_countries
from iqtui.reference.documents import Checklist, Checklists, read_checklists
from iqtui.reference.occupations import Occupation, Occupations, read_occupations
from iqtui.reference.procedures import ProcedureData, ProcedureInfo, read_procedures
from iqtui.reference.provenance import Problem, Provenance, ReferenceDataError
from iqtui.reference.search import Match, OccupationIndex

T = TypeVar("T")


@dataclass(frozen=True)
class ReferenceData:
    """Occupations, authorities, procedures, checklists and countries."""

    occupations: Occupations
    authority_kinds: AuthorityKinds
    authorities: Authorities
    procedures: ProcedureData
    checklists: Checklists
    countries: Countries

    @cached_property
    def index(self) -> OccupationIndex:
        return OccupationIndex(self.occupations)

    def search(self, query: str, limit: int = 20, prefer: Sequence[str] = ()) -> list[Match]:
        """Reference occupations matching ``query`` (any language, forgiving), best first.

        ``prefer``: languages whose matches win ties (the counsellor's and the client's).
        """
        return self.index.search(query, limit, prefer)

    def occupation(self, occupation_id: str) -> Occupation | None:
        return self.occupations.get(occupation_id)

    def kinds_of(self, occupation: Occupation) -> list[AuthorityKind]:
        """The kinds of competent authority for ``occupation``, the usual one first."""
        kinds = (self.authority_kinds.get(kind) for kind in occupation.authority_kinds)
        return [kind for kind in kinds if kind is not None]

    def authorities_for(
        self, occupation: Occupation, bundesland: Bundesland | None = None
    ) -> list[Authority]:
        """Concrete authorities known for ``occupation`` (in ``bundesland``), if any.

        Often empty: then only the kind is known and the Anerkennungs-Finder names the body.
        """
        return [
            authority
            for kind in occupation.authority_kinds
            for authority in self.authorities.items
            if authority.covers(occupation.id, kind, bundesland)
        ]

    def procedure_info(self, procedure: Procedure) -> ProcedureInfo:
        return self.procedures.info(procedure)

    def checklist(self, procedure: Procedure) -> Checklist:
        return self.checklists.for_procedure(procedure)

    def provenances(self) -> list[Provenance]:
        return [
            *self.occupations.provenances,
            self.authority_kinds.provenance,
            *self.procedures.provenances,
            self.checklists.provenance,
            self.authorities.provenance,
            self.countries.provenance,
        ]


def load(root: Path) -> ReferenceData:
    """Read and check every reference data file under ``root`` (``assets/reference``)."""
    problems: list[Problem] = []

    def attempt(reader: Callable[[], T]) -> T | None:
        try:
            return reader()
        except ReferenceDataError as error:
            problems.extend(error.problems)
            return None

    kinds = attempt(lambda: read_authority_kinds(root / "authority_kinds.toml"))
    kind_ids = kinds.ids() if kinds else frozenset()
    occupations = attempt(lambda: read_occupations(root, kind_ids))
    occupation_ids = frozenset(o.id for o in occupations) if occupations else frozenset()
    authorities = attempt(
        lambda: read_authorities(root / "authorities.csv", kind_ids, occupation_ids)
    )
    procedures = attempt(lambda: read_procedures(root / "procedures.toml", root / "funding.toml"))
    checklists = attempt(lambda: read_checklists(root / "documents.toml"))
    countries = attempt(lambda: read_countries(root / "countries.csv"))
    if problems:
        raise ReferenceDataError(problems)
    assert kinds and occupations and authorities and procedures and checklists and countries
    return ReferenceData(occupations, kinds, authorities, procedures, checklists, countries)


@cache
def reference() -> ReferenceData:
    """The bundled reference data (loaded on first use, then kept)."""
    from iqtui.reference.occupations import reference_root

    return load(reference_root())
