"""Where bundled reference data comes from, which date it describes, and its version.

Every data file in ``assets/reference/`` and ``assets/content/`` carries its own
provenance, so a reviewer sees it in the file and the app can print it:

* **CSV** files start with comment lines ``# key: value`` before the header row;
* **TOML** files have a ``[meta]`` table.

Required keys: ``dataset`` (a stable id), ``title``, ``as_of`` (the date the facts were
last checked against their sources, ``YYYY-MM-DD``), ``source`` and ``licence`` (an SPDX
identifier such as ``CC-BY-4.0``). ``compiled`` (the date the file was written) is
optional. The *version* of a file is not typed by hand: it is a digest of its bytes, so it
changes whenever the data changes and a printed protocol names exactly the data it used.

:func:`data_version` sums this up for the About screen and the protocol: the **oldest**
``as_of`` of all data sets (the data is at least that current) and one digest over all files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date

from iqtui.i18n import N_, gettext_in, normalise_language
from iqtui.paths import assets_dir

REQUIRED_KEYS = ("dataset", "title", "as_of", "source", "licence")
#: Folders whose data files make up the app's reference data.
DATA_FOLDERS = ("reference", "content")
DATA_SUFFIXES = (".csv", ".toml")


class ReferenceDataError(Exception):
    """A bundled data file is missing, malformed or inconsistent.

    ``problems`` lists every problem found (not just the first), each with file and line.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.english() for p in problems))

    def message(self) -> str:
        """All problems in the current UI language, one per line."""
        return "\n".join(p.message() for p in self.problems)


@dataclass(frozen=True)
class Problem:
    """One problem in a data file: where it is and what is wrong (a translatable template)."""

    file: str
    line: int | None
    template: str
    params: tuple[tuple[str, str], ...] = ()

    def _where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def message(self, language: str | None = None) -> str:
        """The problem, translated (``language`` or the current UI language)."""
        from iqtui.i18n import _

        template = gettext_in(language, self.template) if language else _(self.template)
        return f"{self._where()}: {template.format(**dict(self.params))}"

    def english(self) -> str:
        return f"{self._where()}: {self.template.format(**dict(self.params))}"


def problem(file: Path | str, line: int | None, template: str, **params: object) -> Problem:
    """A :class:`Problem`; ``file`` is shown relative to the assets folder when possible."""
    name = Path(file)
    try:
        shown = name.resolve().relative_to(assets_dir().resolve()).as_posix()
    except ValueError:
        shown = name.name
    return Problem(shown, line, template, tuple((k, str(v)) for k, v in params.items()))


MISSING_KEY = N_("the provenance entry '{key}' is missing")
BAD_DATE = N_("'{key}' must be a date written YYYY-MM-DD, not '{value}'")
UNREADABLE = N_("the file cannot be read: {reason}")


@dataclass(frozen=True)
class Provenance:
    """Source, licence and dates of one data file."""

    dataset: str
    title: str
    as_of: date
    source: str
    licence: str
    path: Path
    digest: str
    compiled: date | None = None

    @property
    def version(self) -> str:
        """Short content digest: changes whenever the file changes."""
        return self.digest[:8]


@dataclass(frozen=True)
class CsvRow:
    """One data row of a CSV file, with its line number for error messages."""

    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _provenance(path: Path, raw: bytes, meta: dict[str, Any]) -> Provenance:
    problems = [problem(path, None, MISSING_KEY, key=k) for k in REQUIRED_KEYS if not meta.get(k)]
    dates: dict[str, date | None] = {}
    for key in ("as_of", "compiled"):
        if meta.get(key):
            dates[key] = _as_date(meta[key])
            if dates[key] is None:
                problems.append(problem(path, None, BAD_DATE, key=key, value=meta[key]))
    if problems:
        raise ReferenceDataError(problems)
    as_of = dates["as_of"]
    assert as_of is not None
    return Provenance(
        dataset=str(meta["dataset"]).strip(),
        title=str(meta["title"]).strip(),
        as_of=as_of,
        source=str(meta["source"]).strip(),
        licence=str(meta["licence"]).strip(),
        path=path,
        digest=hashlib.sha256(raw).hexdigest(),
        compiled=dates.get("compiled"),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ReferenceDataError([problem(path, None, UNREADABLE, reason=error)]) from None


def _csv_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """``# key: value`` lines at the top; returns them and how many lines they take."""
    meta: dict[str, str] = {}
    count = 0
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        count += 1
        key, sep, value = stripped.lstrip("#").partition(":")
        if sep and key.strip() and " " not in key.strip():
            meta[key.strip()] = (meta.get(key.strip(), "") + " " + value.strip()).strip()
    return meta, count


def read_csv(path: Path) -> tuple[Provenance, list[CsvRow]]:
    """A CSV data file: its provenance and its rows (blank lines skipped)."""
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReferenceDataError([problem(path, None, UNREADABLE, reason=error)]) from None
    lines = text.splitlines(keepends=True)
    meta, skip = _csv_header(lines)
    provenance = _provenance(path, raw, meta)
    reader = csv.DictReader(io.StringIO("".join(lines[skip:])), strict=True)
    rows: list[CsvRow] = []
    try:
        for values in reader:
            if not any((v or "").strip() for v in values.values() if isinstance(v, str)):
                continue
            rows.append(CsvRow(skip + reader.line_num, values))
    except csv.Error as error:
        line = skip + reader.line_num
        raise ReferenceDataError([problem(path, line, UNREADABLE, reason=error)]) from None
    return provenance, rows


def csv_columns(path: Path) -> list[str]:
    """The header row of a CSV data file (after the provenance comments)."""
    lines = _read_bytes(path).decode("utf-8-sig").splitlines()
    _meta, skip = _csv_header(lines)
    return next(csv.reader(lines[skip : skip + 1]), [])


def read_toml(path: Path) -> tuple[Provenance, dict[str, Any]]:
    """A TOML data file: its provenance (the ``[meta]`` table) and the whole document."""
    raw = _read_bytes(path)
    try:
        document = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReferenceDataError([problem(path, None, UNREADABLE, reason=error)]) from None
    meta = document.get("meta")
    return _provenance(path, raw, meta if isinstance(meta, dict) else {}), document


def read_provenance(path: Path) -> Provenance:
    """Only the provenance of a data file (CSV or TOML)."""
    if path.suffix == ".csv":
        raw = _read_bytes(path)
        meta, _count = _csv_header(raw.decode("utf-8-sig").splitlines())
        return _provenance(path, raw, meta)
    return read_toml(path)[0]


def data_files(root: Path | None = None) -> Iterator[Path]:
    """Every data file under ``assets/reference`` and ``assets/content``, sorted."""
    base = root or assets_dir()
    for folder in DATA_FOLDERS:
        directory = base / folder
        if directory.is_dir():
            yield from sorted(
                p for p in directory.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES
            )


def datasets(root: Path | None = None) -> list[Provenance]:
    """The provenance of every bundled data file (for the About screen and the README)."""
    return [read_provenance(path) for path in data_files(root)]


@dataclass(frozen=True)
class DataVersion:
    """One line's worth of "which data": oldest "as of" date and a digest over all files."""

    as_of: date
    digest: str
    count: int

    @property
    def version(self) -> str:
        return self.digest[:8]

    def stamp(self, language: str) -> str:
        """The line for the About screen and the protocol, in ``language``."""
        when = format_date(self.as_of, format="long", locale=normalise_language(language))
        return gettext_in(language, STAMP).format(date=when, version=self.version)


STAMP = N_("Reference data as of {date}, version {version}")


def combine(provenances: Iterable[Provenance]) -> DataVersion:
    """The :class:`DataVersion` of a set of data files."""
    items = sorted(provenances, key=lambda p: p.path.as_posix())
    if not items:
        return DataVersion(date.min, hashlib.sha256(b"").hexdigest(), 0)
    digest = hashlib.sha256("".join(p.digest for p in items).encode("ascii")).hexdigest()
    return DataVersion(min(p.as_of for p in items), digest, len(items))


@cache
def data_version() -> DataVersion:
    """The version of all bundled data (cached: the files do not change while running)."""
    return combine(datasets())


SUMMARY = N_("{title} ({dataset}): {licence}, as of {date}")


@dataclass(frozen=True)
class DatasetSummary:
    """One data set (possibly several files) for the About screen and ``iqtui data``."""

    dataset: str
    title: str
    as_of: date
    licence: str
    source: str
    files: int

    def line(self, language: str) -> str:
        when = format_date(self.as_of, format="long", locale=normalise_language(language))
        return gettext_in(language, SUMMARY).format(
            title=self.title,
            dataset=self.dataset,
            licence=self.licence,
            date=when,
        )


def summaries(root: Path | None = None) -> list[DatasetSummary]:
    """Every data set once: files with the same ``dataset`` id are summed up."""
    groups: dict[str, list[Provenance]] = {}
    for item in datasets(root):
        groups.setdefault(item.dataset, []).append(item)
    result = []
    for dataset, items in groups.items():
        titles = {item.title for item in items}
        title = items[0].title if len(titles) == 1 else items[0].title.split(" – ")[0]
        result.append(
            DatasetSummary(
                dataset=dataset,
                title=title,
                as_of=min(item.as_of for item in items),
                licence=", ".join(sorted({item.licence for item in items})),
                source=items[0].source,
                files=len(items),
            )
        )
    return sorted(result, key=lambda summary: summary.dataset)
