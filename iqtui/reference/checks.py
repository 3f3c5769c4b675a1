"""Reading rows and tables of a data file while collecting every problem in it.

A loader walks the whole file with a :class:`Checker`, which turns each cell into a typed
value (a code of a code list, a list of codes, a number, a text in every language) or
records a :class:`~iqtui.reference.provenance.Problem` naming file, line and column. At the
end :meth:`Checker.raise_problems` refuses the file with *all* its problems at once, so a
reviewer fixes a broken file in one go and a malformed row never reaches a screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from iqtui.domain.codes import CodeList
from iqtui.i18n import LANGUAGES, N_, normalise_language
from iqtui.reference.provenance import CsvRow, Problem, ReferenceDataError, problem

C = TypeVar("C", bound=CodeList)

#: Separator of several values in one CSV cell.
LIST_SEPARATOR = ";"
#: Ids are stored in ``*_id`` fields of 40 characters (``iqtui.domain.schema``).
_ID = re.compile(r"^[a-z0-9_]{1,40}$")

MISSING_COLUMN = N_("the column '{column}' is missing")
EMPTY = N_("'{column}' must not be empty")
BAD_CODE = N_("'{value}' in '{column}' is not one of: {allowed}")
DUPLICATE = N_("'{value}' appears twice (first on line {other})")
BAD_ID = N_("the id '{value}' may contain only a–z, 0–9 and _ (at most 40 characters)")
BAD_NUMBER = N_("'{value}' in '{column}' is not a whole number")
MISSING_TRANSLATION = N_("the text '{what}' has no translation into '{language}'")
UNKNOWN_REFERENCE = N_("'{value}' in '{column}' is not defined in {where}")


@dataclass(frozen=True)
class LocalText:
    """One text in several languages (data content, not a gettext message)."""

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> LocalText:
        return cls(tuple(sorted((k, v.strip()) for k, v in texts.items() if v.strip())))

    def languages(self) -> frozenset[str]:
        return frozenset(code for code, _text in self.texts)

    def get(self, language: str) -> str:
        """The text in ``language``; Dari falls back to Persian, then English, then German."""
        found = dict(self.texts)
        code = normalise_language(language)
        for candidate in (code, code.split("_")[0], "en", "de"):
            if candidate in found:
                return found[candidate]
        return next(iter(found.values()), "")

    def __bool__(self) -> bool:
        return bool(self.texts)


class Checker:
    """Collects the problems of one data file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._seen: dict[tuple[str, str], int | None] = {}

    def add(self, line: int | None, template: str, **params: object) -> None:
        self.problems.append(problem(self.path, line, template, **params))

    def raise_problems(self) -> None:
        if self.problems:
            raise ReferenceDataError(self.problems)

    # --- CSV ----------------------------------------------------------------------------

    def columns(self, present: Iterable[str], required: Iterable[str]) -> bool:
        """Report required columns that are missing; True when all are there."""
        have = set(present)
        missing = [column for column in required if column not in have]
        for column in missing:
            self.add(None, MISSING_COLUMN, column=column)
        return not missing

    def text(self, row: CsvRow, column: str, *, required: bool = True) -> str:
        value = row.get(column)
        if required and not value:
            self.add(row.line, EMPTY, column=column)
        return value

    def items(self, row: CsvRow, column: str) -> tuple[str, ...]:
        """A ``;``-separated cell as its non-empty parts."""
        return split_list(row.get(column))

    def code(self, row: CsvRow, column: str, codes: type[C]) -> C | None:
        value = row.get(column)
        if not value:
            self.add(row.line, EMPTY, column=column)
            return None
        return self.parse(row.line, column, value, codes)

    def codes(
        self, row: CsvRow, column: str, codes: type[C], *, required: bool = True
    ) -> tuple[C, ...]:
        values = self.items(row, column)
        if required and not values:
            self.add(row.line, EMPTY, column=column)
        parsed = (self.parse(row.line, column, value, codes) for value in values)
        return tuple(code for code in parsed if code is not None)

    def parse(self, line: int | None, column: str, value: Any, codes: type[C]) -> C | None:
        try:
            return codes.parse(value)
        except ValueError:
            allowed = ", ".join(member.value for member in codes)
            self.add(line, BAD_CODE, value=value, column=column, allowed=allowed)
            return None

    def unique(self, line: int | None, column: str, value: str) -> None:
        """Report ``value`` when an earlier row of this checker had it in ``column``."""
        key = (column, value)
        if key in self._seen:
            self.add(line, DUPLICATE, value=value, other=self._seen[key] or "?")
        else:
            self._seen[key] = line

    def identifier(self, line: int | None, column: str, value: str) -> None:
        if not _ID.match(value):
            self.add(line, BAD_ID, value=value)
        self.unique(line, column, value)

    def number(self, line: int | None, column: str, value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            self.add(line, BAD_NUMBER, value=value, column=column)
            return None

    # --- TOML ---------------------------------------------------------------------------

    def local_text(
        self, table: Any, what: str, *, languages: Iterable[str] = LANGUAGES
    ) -> LocalText:
        """A ``{de = "…", en = "…", …}`` table; every language in ``languages`` is required."""
        texts = table if isinstance(table, dict) else {}
        clean = {str(k): str(v) for k, v in texts.items() if isinstance(v, str)}
        for language in languages:
            if not clean.get(language, "").strip():
                self.add(None, MISSING_TRANSLATION, what=what, language=language)
        return LocalText.of(clean)


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip())


def tables(document: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The array of tables ``[[key]]`` of a TOML document (ignoring anything malformed)."""
    value = document.get(key, [])
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
