"""Competent authorities (zuständige Stellen): the kinds, and concrete ones where known.

Which body decides depends on the occupation and, for most regulated occupations, on the
federal state where the client wants to work. ``authority_kinds.toml`` describes each kind
in every UI language; ``authorities.csv`` names concrete authorities only where the
compilers were confident, each marked ``sure`` or ``check``. The honest answer is always:
check the Anerkennungs-Finder (anerkennung-in-deutschland.de) when online —
:data:`AuthorityKinds.finder_hint` says so in the client's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iqtui.domain.codes import Bundesland, Procedure
from iqtui.reference.checks import UNKNOWN_REFERENCE, Checker, LocalText, tables
from iqtui.reference.provenance import Provenance, csv_columns, read_csv, read_toml
from iqtui.reference.vocab import Certainty

AUTHORITY_COLUMNS = (
    "id",
    "kind",
    "bundesland",
    "name",
    "city",
    "occupations",
    "certainty",
    "note_de",
)
#: Descriptions are for the counsellor: German and English are required.
COUNSELLOR_LANGUAGES = ("de", "en")
#: ``bundesland`` value of an authority responsible for all of Germany.
NATIONWIDE = "*"


@dataclass(frozen=True)
class AuthorityKind:
    """A kind of competent authority, e.g. the Handwerkskammer."""

    id: str
    name: LocalText
    description: LocalText
    procedures: tuple[Procedure, ...]

    def name_in(self, language: str) -> str:
        return self.name.get(language)


@dataclass(frozen=True)
class AuthorityKinds:
    kinds: tuple[AuthorityKind, ...]
    #: "Check the Anerkennungs-Finder …" in every UI language.
    finder_hint: LocalText
    provenance: Provenance

    def get(self, kind_id: str) -> AuthorityKind | None:
        return next((kind for kind in self.kinds if kind.id == kind_id), None)

    def ids(self) -> frozenset[str]:
        return frozenset(kind.id for kind in self.kinds)


@dataclass(frozen=True)
class Authority:
    """A concrete competent authority (German name; shown as written)."""

    id: str
    kind: str
    bundesland: Bundesland | None
    name: str
    city: str
    occupations: tuple[str, ...]
    certainty: Certainty
    note_de: str

    def covers(self, occupation_id: str, kind: str, bundesland: Bundesland | None) -> bool:
        """Responsible for this occupation (of this kind) in this state?"""
        if self.kind != kind:
            return False
        if self.occupations and occupation_id not in self.occupations:
            return False
        return self.bundesland is None or bundesland is None or self.bundesland is bundesland


def read_authority_kinds(path: Path) -> AuthorityKinds:
    checker = Checker(path)
    provenance, document = read_toml(path)
    kinds = []
    for table in tables(document, "kind"):
        kind_id = str(table.get("id", ""))
        checker.identifier(None, "kind.id", kind_id)
        procedures = tuple(
            code
            for value in table.get("procedures", [])
            if (code := checker.parse(None, f"kind.{kind_id}.procedures", value, Procedure))
        )
        kinds.append(
            AuthorityKind(
                id=kind_id,
                name=checker.local_text(table.get("name"), f"kind.{kind_id}.name"),
                description=checker.local_text(
                    table.get("description"),
                    f"kind.{kind_id}.description",
                    languages=COUNSELLOR_LANGUAGES,
                ),
                procedures=procedures,
            )
        )
    hints = document.get("hints", {})
    finder = checker.local_text(
        hints.get("finder") if isinstance(hints, dict) else None, "hints.finder"
    )
    checker.raise_problems()
    return AuthorityKinds(tuple(kinds), finder, provenance)


@dataclass(frozen=True)
class Authorities:
    items: tuple[Authority, ...]
    provenance: Provenance


def read_authorities(path: Path, kinds: frozenset[str], occupations: frozenset[str]) -> Authorities:
    checker = Checker(path)
    provenance, rows = read_csv(path)
    if not checker.columns(csv_columns(path), AUTHORITY_COLUMNS):
        checker.raise_problems()
    authorities = []
    for row in rows:
        authority_id = checker.text(row, "id")
        checker.identifier(row.line, "id", authority_id)
        kind = checker.text(row, "kind")
        if kind and kind not in kinds:
            checker.add(
                row.line, UNKNOWN_REFERENCE, value=kind, column="kind", where="authority_kinds.toml"
            )
        state = row.get("bundesland")
        bundesland = None
        if state != NATIONWIDE:
            bundesland = checker.code(row, "bundesland", Bundesland)
        covered = checker.items(row, "occupations")
        for occupation in covered:
            if occupation not in occupations:
                checker.add(
                    row.line,
                    UNKNOWN_REFERENCE,
                    value=occupation,
                    column="occupations",
                    where="occupations/",
                )
        certainty = checker.code(row, "certainty", Certainty)
        name = checker.text(row, "name")
        if certainty is None:
            continue
        authorities.append(
            Authority(
                id=authority_id,
                kind=kind,
                bundesland=bundesland,
                name=name,
                city=row.get("city"),
                occupations=covered,
                certainty=certainty,
                note_de=row.get("note_de"),
            )
        )
    checker.raise_problems()
    return Authorities(tuple(authorities), provenance)
