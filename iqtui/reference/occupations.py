"""Reference occupations (Referenzberufe): the German occupations a foreign qualification
is compared with, and what recognition means for each.

The facts live in ``assets/reference/occupations/<field>.csv`` (one file per
:class:`~iqtui.reference.vocab.OccupationField`, German, one row per occupation); titles in
the clients' languages live in ``assets/reference/titles/<language>.csv``. Loading checks
every row against the domain code lists and refuses the data with every problem listed
(:class:`~iqtui.reference.provenance.ReferenceDataError`), so a screen never shows a
half-valid occupation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from iqtui.domain.codes import CompensationMeasure, LegalBasis, Procedure, Regulated
from iqtui.i18n import LANGUAGES, N_, normalise_language
from iqtui.paths import assets_dir
from iqtui.reference.checks import (
    EMPTY,
    MISSING_TRANSLATION,
    UNKNOWN_REFERENCE,
    Checker,
)
from iqtui.reference.provenance import (
    Provenance,
    ReferenceDataError,
    csv_columns,
    read_csv,
)
from iqtui.reference.vocab import (
    KldbLevel,
    LanguageRequirement,
    OccupationField,
    QualificationLevel,
)

COLUMNS = (
    "id",
    "title_de",
    "qualification",
    "kldb",
    "kldb_level",
    "regulated",
    "legal_basis",
    "law",
    "authority_kinds",
    "procedures",
    "compensation",
    "language",
    "common",
    "synonyms_de",
    "uncertain",
    "note_de",
)
TITLE_COLUMNS = ("id", "title", "synonyms")
#: Languages every *common* occupation has a title in (all UI languages but German).
CLIENT_LANGUAGES = tuple(code for code in LANGUAGES if code != "de")
#: The issue asks for at least this many reference occupations.
MINIMUM_OCCUPATIONS = 150

BAD_FIELD_FILE = N_("the file name must name an occupational field, not '{value}'")
BAD_KLDB = N_("the KldB code '{value}' must have {digits} digits for the level '{level}'")
NOT_REGULATED_WITH_MEASURE = N_("an occupation that is not regulated has no compensation measure")
NONE_WITH_OTHERS = N_("'none' cannot be combined with other compensation measures")
APPROBATION_NOT_FEDERAL = N_("Approbation exists only for regulated occupations under federal law")
UNIVERSITY_NOT_ZAB = N_(
    "an occupation with a university degree as its legal basis needs the ZAB procedure "
    "and is not regulated"
)
BAD_UNCERTAIN = N_("'{value}' in 'uncertain' is not a column of this file")
BAD_COMMON = N_("'common' must be 'yes' or 'no', not '{value}'")
TOO_FEW = N_("only {count} reference occupations; at least {minimum} are expected")
UNKNOWN_OCCUPATION = N_("the occupation '{value}' is not defined in occupations/")
ID_ELSEWHERE = N_("the id '{value}' is already used in {where}")
TITLE_NOT_COMMON_FILE = N_("'{value}' is not a language of iqtui")


@dataclass(frozen=True)
class Occupation:
    """One reference occupation with what recognition means for it."""

    id: str
    title_de: str
    field: OccupationField
    qualification: QualificationLevel
    kldb: str
    kldb_level: KldbLevel
    regulated: Regulated
    legal_basis: LegalBasis
    law: str
    authority_kinds: tuple[str, ...]
    procedures: tuple[Procedure, ...]
    compensation: tuple[CompensationMeasure, ...]
    language: tuple[LanguageRequirement, ...]
    common: bool
    synonyms_de: tuple[str, ...]
    uncertain: tuple[str, ...]
    note_de: str
    file: str
    line: int
    #: Titles in the clients' languages: ``(language, (main title, variants…))``.
    titles: tuple[tuple[str, tuple[str, ...]], ...] = dataclasses.field(default=(), compare=False)

    def titles_in(self, language: str) -> tuple[str, ...]:
        """The title and its variants in ``language`` (empty if there is none)."""
        code = normalise_language(language)
        found = dict(self.titles)
        return found.get(code) or found.get(code.split("_")[0]) or ()

    def title(self, language: str) -> str:
        """The title in ``language``, or the German title when there is none."""
        if normalise_language(language) == "de":
            return self.title_de
        titles = self.titles_in(language)
        return titles[0] if titles else self.title_de

    def is_certain(self, column: str) -> bool:
        """False when the data marks ``column`` of this row as not verified."""
        return column not in self.uncertain

    @property
    def measures(self) -> tuple[CompensationMeasure, ...]:
        """The compensation measures, without the ``none`` marker."""
        return tuple(m for m in self.compensation if m is not CompensationMeasure.NONE)


class Occupations:
    """All reference occupations, by id and in file order, with their provenance."""

    def __init__(self, items: tuple[Occupation, ...], provenances: tuple[Provenance, ...]):
        self.items = items
        self.provenances = provenances
        self._by_id = {occupation.id: occupation for occupation in items}

    def __iter__(self) -> Iterator[Occupation]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, occupation_id: str) -> Occupation | None:
        return self._by_id.get(occupation_id)


def reference_root() -> Path:
    return assets_dir() / "reference"


def read_occupations(root: Path, authority_kinds: frozenset[str]) -> Occupations:
    """Read and check every occupation file and title file under ``root``."""
    problems = []
    occupations: list[Occupation] = []
    provenances: list[Provenance] = []
    seen: dict[str, str] = {}
    for path in sorted((root / "occupations").glob("*.csv")):
        try:
            provenance, rows = _read_field(path, authority_kinds, seen)
        except ReferenceDataError as error:
            problems.extend(error.problems)
            continue
        occupations.extend(rows)
        provenances.append(provenance)
    try:
        titles, title_provenances = _read_titles(root, {o.id: o for o in occupations})
    except ReferenceDataError as error:
        problems.extend(error.problems)
        titles, title_provenances = {}, []
    checker = Checker(root / "occupations")
    if len(occupations) < MINIMUM_OCCUPATIONS and not problems:
        checker.add(None, TOO_FEW, count=len(occupations), minimum=MINIMUM_OCCUPATIONS)
    for occupation in occupations:
        if occupation.common:
            for language in CLIENT_LANGUAGES:
                if not titles.get(occupation.id, {}).get(language):
                    checker.add(
                        None, MISSING_TRANSLATION, what=occupation.title_de, language=language
                    )
        elif not titles.get(occupation.id, {}).get("en"):
            checker.add(None, MISSING_TRANSLATION, what=occupation.title_de, language="en")
    problems.extend(checker.problems)
    if problems:
        raise ReferenceDataError(problems)
    finished = tuple(
        _with_titles(occupation, titles.get(occupation.id, {})) for occupation in occupations
    )
    return Occupations(finished, tuple(provenances + title_provenances))


def _with_titles(occupation: Occupation, titles: dict[str, tuple[str, ...]]) -> Occupation:
    return replace(occupation, titles=tuple(sorted(titles.items())))


def _read_field(
    path: Path, authority_kinds: frozenset[str], seen: dict[str, str]
) -> tuple[Provenance, list[Occupation]]:
    checker = Checker(path)
    provenance, rows = read_csv(path)
    if not checker.columns(csv_columns(path), COLUMNS):
        checker.raise_problems()
    field_code = checker.parse(None, "file", path.stem, OccupationField)
    if field_code is None:
        checker.problems[-1:] = []
        checker.add(None, BAD_FIELD_FILE, value=path.stem)
    occupations = []
    for row in rows:
        occupation_id = checker.text(row, "id")
        checker.identifier(row.line, "id", occupation_id)
        if occupation_id in seen:
            checker.add(row.line, ID_ELSEWHERE, value=occupation_id, where=seen[occupation_id])
        seen.setdefault(occupation_id, path.name)
        kldb, level = checker.text(row, "kldb"), checker.code(row, "kldb_level", KldbLevel)
        if level is not None and (not kldb.isdigit() or len(kldb) != level.digits):
            checker.add(row.line, BAD_KLDB, value=kldb, digits=level.digits, level=level.value)
        regulated = checker.code(row, "regulated", Regulated)
        legal_basis = checker.code(row, "legal_basis", LegalBasis)
        procedures = checker.codes(row, "procedures", Procedure)
        compensation = checker.codes(row, "compensation", CompensationMeasure)
        kinds = checker.items(row, "authority_kinds")
        if not kinds:
            checker.add(row.line, EMPTY, column="authority_kinds")
        for kind in kinds:
            if kind not in authority_kinds:
                checker.add(
                    row.line,
                    UNKNOWN_REFERENCE,
                    value=kind,
                    column="authority_kinds",
                    where="authority_kinds.toml",
                )
        common = row.get("common")
        if common not in ("yes", "no"):
            checker.add(row.line, BAD_COMMON, value=common)
        uncertain = checker.items(row, "uncertain")
        for column in uncertain:
            if column not in COLUMNS:
                checker.add(row.line, BAD_UNCERTAIN, value=column)
        _check_rules(checker, row.line, regulated, legal_basis, procedures, compensation)
        values = (
            field_code,
            checker.code(row, "qualification", QualificationLevel),
            level,
            regulated,
            legal_basis,
        )
        if any(value is None for value in values):
            continue
        occupations.append(
            Occupation(
                id=occupation_id,
                title_de=checker.text(row, "title_de"),
                field=field_code,  # type: ignore[arg-type]
                qualification=values[1],  # type: ignore[arg-type]
                kldb=kldb,
                kldb_level=level,  # type: ignore[arg-type]
                regulated=regulated,  # type: ignore[arg-type]
                legal_basis=legal_basis,  # type: ignore[arg-type]
                law=checker.text(row, "law"),
                authority_kinds=kinds,
                procedures=procedures,
                compensation=compensation,
                language=checker.codes(row, "language", LanguageRequirement, required=False),
                common=common == "yes",
                synonyms_de=checker.items(row, "synonyms_de"),
                uncertain=uncertain,
                note_de=checker.text(row, "note_de", required=False),
                file=path.name,
                line=row.line,
            )
        )
    checker.raise_problems()
    return provenance, occupations


def _check_rules(
    checker: Checker,
    line: int,
    regulated: Regulated | None,
    legal_basis: LegalBasis | None,
    procedures: tuple[Procedure, ...],
    compensation: tuple[CompensationMeasure, ...],
) -> None:
    """Consistency between the columns, as recognition law has it."""
    measures = [m for m in compensation if m is not CompensationMeasure.NONE]
    if CompensationMeasure.NONE in compensation and measures:
        checker.add(line, NONE_WITH_OTHERS)
    if regulated is Regulated.NO and measures:
        checker.add(line, NOT_REGULATED_WITH_MEASURE)
    if Procedure.APPROBATION in procedures and (
        regulated is not Regulated.YES or legal_basis is not LegalBasis.FEDERAL
    ):
        checker.add(line, APPROBATION_NOT_FEDERAL)
    if legal_basis is LegalBasis.UNIVERSITY and (
        Procedure.ZAB not in procedures or regulated is not Regulated.NO
    ):
        checker.add(line, UNIVERSITY_NOT_ZAB)


def _read_titles(
    root: Path, occupations: dict[str, Occupation]
) -> tuple[dict[str, dict[str, tuple[str, ...]]], list[Provenance]]:
    """``titles/<language>.csv``: ``{occupation id: {language: (title, variants…)}}``."""
    titles: dict[str, dict[str, tuple[str, ...]]] = {}
    provenances = []
    problems = []
    for path in sorted((root / "titles").glob("*.csv")):
        checker = Checker(path)
        language = path.stem
        if language not in LANGUAGES:
            checker.add(None, TITLE_NOT_COMMON_FILE, value=language)
        provenance, rows = read_csv(path)
        provenances.append(provenance)
        if checker.columns(csv_columns(path), TITLE_COLUMNS):
            for row in rows:
                occupation_id = checker.text(row, "id")
                checker.unique(row.line, "id", occupation_id)
                if occupation_id and occupation_id not in occupations:
                    checker.add(row.line, UNKNOWN_OCCUPATION, value=occupation_id)
                title = checker.text(row, "title")
                variants = (title, *checker.items(row, "synonyms"))
                titles.setdefault(occupation_id, {})[language] = tuple(v for v in variants if v)
        problems.extend(checker.problems)
    if problems:
        raise ReferenceDataError(problems)
    return titles, provenances
