"""Client-facing content in all eleven UI languages: the shared parts of its loaders.

The content lives in ``assets/content/``: for each data set an index file
(``cards.toml``, ``cefr.toml``, ``sheets.toml``) with the language-neutral structure, and a
folder with one TOML file per language (``cards/de.toml`` …), so that a translator reviews
one file and a test can prove that every language is complete. Every file carries its
provenance in a ``[meta]`` table (:mod:`iqtui.reference.provenance`).

A text that exists in every language is a :class:`Localised`; the TUI shows it in one
language or in two at once (counsellor's and client's), the PDF prints it beside German.
Problems in the files are collected, not raised one by one, and reported with file, line
and key as :class:`~iqtui.reference.provenance.ReferenceDataError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from iqtui.i18n import LANGUAGES, N_, normalise_language
from iqtui.paths import assets_dir
from iqtui.reference.provenance import (
    Problem,
    Provenance,
    ReferenceDataError,
    problem,
    read_toml,
)

#: The language whose file defines the shape (blocks, item counts) the others must match.
REFERENCE_LANGUAGE = "de"

MISSING_LANGUAGE = N_("the file for the language '{language}' is missing")
MISSING_TEXT = N_("'{key}' is missing or empty")
NOT_TEXT = N_("'{key}' must be text")
UNKNOWN_KEY = N_("'{key}' is not listed in the index file {index}")
DUPLICATE_ID = N_("the id '{id}' appears more than once")
BAD_CODE = N_("'{value}' is not a valid value for '{key}'")
TOO_LONG = N_("'{key}' is too long for one line (length {length}, at most {limit})")
SHAPE_DIFFERS = N_(
    "'{key}' does not have as many items as in the German file ({count} instead of {expected})"
)
WRONG_LANGUAGE = N_("the file says its language is '{value}', not '{language}'")
MISSING_PLACEHOLDER = N_("'{key}' must contain the placeholder {placeholder}")


def content_dir() -> Path:
    """The folder holding the content data sets."""
    return assets_dir() / "content"


def content_language(language: str) -> str:
    """The content language for a UI language code (``fa_AF`` Dari reads the Persian text)."""
    return normalise_language(language).split("_")[0]


@dataclass(frozen=True)
class Localised:
    """One text in every UI language."""

    texts: Mapping[str, str]

    def in_language(self, language: str) -> str:
        """The text in ``language`` (any spelling :func:`normalise_language` accepts)."""
        return self.texts[content_language(language)]

    def pair(self, counsellor: str, client: str) -> tuple[str, str]:
        """The text in the counsellor's and in the client's language, for a two-language view."""
        return self.in_language(counsellor), self.in_language(client)

    def __str__(self) -> str:  # a Localised is never shown by accident without a language
        return self.in_language(REFERENCE_LANGUAGE)


class Problems:
    """Collects problems of one data set so that a reviewer sees all of them at once.

    Files are named relative to the folder above the content folder
    (``content/cards/ro.toml``), for the bundled files and for a copy alike.
    """

    def __init__(self, base: Path) -> None:
        self.base = base
        self.items: list[Problem] = []

    def shown(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.base.resolve().parent).as_posix()
        except ValueError:
            return path.name

    def add(self, path: Path, template: str, *, line: int | None = None, **params: object) -> None:
        self.items.append(replace(problem(path, line, template, **params), file=self.shown(path)))

    def extend(self, path: Path, error: ReferenceDataError) -> None:
        """Take over the problems found while reading ``path``, naming it the same way."""
        self.items.extend(replace(p, file=self.shown(path)) for p in error.problems)

    def raise_if_any(self) -> None:
        if self.items:
            raise ReferenceDataError(self.items)


@dataclass
class LanguageFile:
    """One ``<folder>/<language>.toml`` file: provenance, document and its raw text."""

    language: str
    path: Path
    provenance: Provenance
    document: dict[str, Any]
    lines: list[str] = field(repr=False)

    def line_of(self, section: str, key: str | None = None) -> int | None:
        """Best-effort line number of ``[section]`` (and ``key =`` inside it), for messages."""
        header = re.compile(r"^\s*\[\s*" + re.escape(section) + r"\s*\]\s*(#.*)?$")
        start = next((n for n, text in enumerate(self.lines) if header.match(text)), None)
        if start is None:
            return None
        if key is None:
            return start + 1
        assignment = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        for n in range(start + 1, len(self.lines)):
            if self.lines[n].lstrip().startswith("["):
                break
            if assignment.match(self.lines[n]):
                return n + 1
        return start + 1


def read_index(path: Path, problems: Problems) -> tuple[Provenance, dict[str, Any]]:
    """The index file of a data set (structure and provenance); unreadable is fatal."""
    try:
        return read_toml(path)
    except ReferenceDataError as error:
        problems.extend(path, error)
        problems.raise_if_any()
        raise


def read_language_files(folder: Path, problems: Problems) -> dict[str, LanguageFile]:
    """``<folder>/<language>.toml`` for every UI language; a missing one is a problem."""
    files: dict[str, LanguageFile] = {}
    for language in LANGUAGES:
        path = folder / f"{language}.toml"
        if not path.is_file():
            problems.add(folder, MISSING_LANGUAGE, language=language)
            continue
        try:
            provenance, document = read_toml(path)
        except ReferenceDataError as error:
            problems.extend(path, error)
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        declared = document["meta"].get("language")
        if declared != language:
            problems.add(path, WRONG_LANGUAGE, line=1, value=declared, language=language)
        files[language] = LanguageFile(language, path, provenance, document, lines)
    return files


def text_of(
    file: LanguageFile, table: Any, section: str, key: str, problems: Problems
) -> str | None:
    """The non-empty string ``table[key]`` of ``[section]``, or a problem."""
    value = table.get(key) if isinstance(table, dict) else None
    where = f"{section}.{key}"
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.add(file.path, MISSING_TEXT, line=file.line_of(section), key=where)
        return None
    if not isinstance(value, str):
        problems.add(file.path, NOT_TEXT, line=file.line_of(section, key), key=where)
        return None
    return value.strip()


def localised(
    files: Mapping[str, LanguageFile],
    section: str,
    key: str,
    problems: Problems,
    *,
    table_path: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> Localised | None:
    """``[section] key`` from every language file; ``None`` if any language lacks it."""
    texts: dict[str, str] = {}
    for language, file in files.items():
        table: Any = file.document
        for part in table_path or (section,):
            table = table.get(part) if isinstance(table, dict) else None
        value = text_of(file, table, section, key, problems)
        if value is None:
            continue
        if limit is not None and len(value) > limit:
            problems.add(
                file.path,
                TOO_LONG,
                line=file.line_of(section, key),
                key=f"{section}.{key}",
                length=len(value),
                limit=limit,
            )
        texts[language] = value
    if len(texts) != len(LANGUAGES):
        return None
    return Localised(texts)


def unknown_sections(
    file: LanguageFile, known: set[str], index_name: str, problems: Problems
) -> None:
    """Report top-level tables of a language file that the index does not list (typos)."""
    for name in file.document:
        if name not in known and name != "meta":
            problems.add(
                file.path, UNKNOWN_KEY, line=file.line_of(name), key=name, index=index_name
            )


def duplicates(ids: list[str]) -> Iterator[str]:
    """Ids that occur more than once, in order of their second occurrence."""
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            yield item
        seen.add(item)
