"""Information sheets for clients (IQ process chain, phase 1 "Zugang, Ansprache, Information").

The index ``assets/content/sheets.toml`` lists each sheet, its "as of" date, its blocks in
order and the statements a reviewer must re-check; ``sheets/<language>.toml`` holds the
texts. Every language has the same blocks and, where a block is a list, the same number of
items as German — so a bilingual print lines up paragraph by paragraph and nothing is
silently left out in one language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date

from iqtui.domain.codes import Phase
from iqtui.i18n import LANGUAGES
from iqtui.reference.content import (
    BAD_CODE,
    DUPLICATE_ID,
    MISSING_PLACEHOLDER,
    MISSING_TEXT,
    REFERENCE_LANGUAGE,
    SHAPE_DIFFERS,
    LanguageFile,
    Localised,
    Problems,
    content_dir,
    content_language,
    duplicates,
    localised,
    read_index,
    read_language_files,
    unknown_sections,
)
from iqtui.reference.provenance import Provenance

INDEX = "sheets.toml"
COMMON = "common"
COMMON_KEYS = ("as_of", "portal", "disclaimer", "free", "in_brief", "good_to_know", "page")
#: Placeholders a shared line must keep in every language.
PLACEHOLDERS = {"as_of": ("{date}",), "page": ("{page}", "{pages}")}


@dataclass(frozen=True)
class Block:
    """One part of a sheet: a heading with a paragraph, a list of items, or both."""

    id: str
    heading: Localised
    text: Localised | None
    items: tuple[Localised, ...]


@dataclass(frozen=True)
class Sheet:
    """One information sheet in every language."""

    id: str
    phase: Phase
    as_of: date
    title: Localised
    intro: Localised
    blocks: tuple[Block, ...]
    #: Statements to re-check before a data release (for maintainers; never printed).
    review: tuple[str, ...]


@dataclass(frozen=True)
class CommonTexts:
    """The lines every sheet carries: "as of", portal hint, disclaimer, free counselling,
    and the labels of a printed sheet ("In brief", "Good to know", "Page 1 of 2")."""

    as_of: Localised
    portal: Localised
    disclaimer: Localised
    free: Localised
    in_brief: Localised
    good_to_know: Localised
    page: Localised


@dataclass(frozen=True)
class InformationSheets:
    """All sheets in display order, the shared lines and the provenance of every file."""

    sheets: tuple[Sheet, ...]
    common: CommonTexts
    portal: str
    provenance: tuple[Provenance, ...]

    def __iter__(self) -> Iterator[Sheet]:
        return iter(self.sheets)

    def __len__(self) -> int:
        return len(self.sheets)

    def get(self, sheet_id: str) -> Sheet | None:
        """The sheet with this id."""
        return next((sheet for sheet in self.sheets if sheet.id == sheet_id), None)

    def ids(self) -> list[str]:
        return [sheet.id for sheet in self.sheets]

    def as_of_line(self, sheet: Sheet, language: str) -> str:
        """ "As of: 22 November 2026" in ``language``, with the date in its local format."""
        code = content_language(language)
        when = format_date(sheet.as_of, format="long", locale=code)
        return self.common.as_of.in_language(code).format(date=when)

    def footer(self, sheet: Sheet, language: str) -> list[str]:
        """The closing lines of a sheet: as of, portal hint, disclaimer, free counselling."""
        common = self.common
        return [
            self.as_of_line(sheet, language),
            common.portal.in_language(language),
            common.disclaimer.in_language(language),
            common.free.in_language(language),
        ]

    def plain_text(self, sheet: Sheet, language: str) -> str:
        """The whole sheet as plain text in one language (terminal view, ``--text``)."""
        lines = [sheet.title.in_language(language), "", sheet.intro.in_language(language)]
        for block in sheet.blocks:
            lines += ["", block.heading.in_language(language)]
            if block.text:
                lines.append(block.text.in_language(language))
            lines += ["• " + item.in_language(language) for item in block.items]
        lines += ["", *self.footer(sheet, language)]
        return "\n".join(lines)


def _block(
    files: dict[str, LanguageFile], sheet_id: str, block_id: str, problems: Problems
) -> Block | None:
    """One block in every language; German decides whether it has a paragraph, a list, both."""
    section = f"{sheet_id}.{block_id}"
    path = (sheet_id, block_id)
    heading = localised(files, section, "heading", problems, table_path=path)
    reference = files.get(REFERENCE_LANGUAGE)
    shape = _table(reference.document, path) if reference else {}
    has_text = "text" in shape
    has_items = isinstance(shape.get("items"), list)
    if reference and not has_text and not has_items:
        problems.add(reference.path, MISSING_TEXT, line=reference.line_of(section), key=section)
    text = localised(files, section, "text", problems, table_path=path) if has_text else None
    items = _items(files, section, len(shape["items"]), problems) if has_items else ()
    if heading is None or (has_text and text is None) or items is None:
        return None
    return Block(block_id, heading, text, items)


def _items(
    files: dict[str, LanguageFile], section: str, expected: int, problems: Problems
) -> tuple[Localised, ...] | None:
    """The list of a block: the same number of non-empty items in every language."""
    lists: dict[str, list[Any]] = {}
    for language, file in files.items():
        found = _table(file.document, tuple(section.split("."))).get("items")
        lists[language] = found if isinstance(found, list) else []
        if len(lists[language]) != expected:
            line = file.line_of(section, "items")
            count = len(lists[language])
            problems.add(
                file.path, SHAPE_DIFFERS, line=line, key=section, count=count, expected=expected
            )
        for number, value in enumerate(lists[language], start=1):
            if not isinstance(value, str) or not value.strip():
                key = f"{section}.items[{number}]"
                problems.add(file.path, MISSING_TEXT, line=file.line_of(section), key=key)
    if any(len(found) != expected for found in lists.values()) or len(lists) != len(LANGUAGES):
        return None
    return tuple(
        Localised({language: str(found[n]).strip() for language, found in lists.items()})
        for n in range(expected)
    )


def _table(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    table: Any = document
    for part in path:
        table = table.get(part) if isinstance(table, dict) else None
    return table if isinstance(table, dict) else {}


def _sheet(
    row: dict[str, Any], files: dict[str, LanguageFile], index_path: Path, problems: Problems
) -> Sheet | None:
    """One sheet of the index with its texts in every language."""
    sheet_id = str(row.get("id", ""))
    try:
        phase = Phase.parse(row.get("phase"))
    except ValueError:
        problems.add(index_path, BAD_CODE, value=row.get("phase"), key=f"{sheet_id}.phase")
        return None
    as_of = row.get("as_of")
    if not isinstance(as_of, date):
        problems.add(index_path, BAD_CODE, value=as_of, key=f"{sheet_id}.as_of")
        return None
    block_ids = [str(b) for b in row.get("blocks") or []]
    if not block_ids:
        problems.add(index_path, MISSING_TEXT, key=f"{sheet_id}.blocks")
        return None
    for twice in duplicates(block_ids):
        problems.add(index_path, DUPLICATE_ID, id=f"{sheet_id}.{twice}")
    title = localised(files, sheet_id, "title", problems)
    intro = localised(files, sheet_id, "intro", problems)
    blocks = [_block(files, sheet_id, block_id, problems) for block_id in block_ids]
    known = {"title", "intro", *block_ids}
    for file in files.values():
        for key in sorted(set(_table(file.document, (sheet_id,))) - known):
            line = file.line_of(f"{sheet_id}.{key}")
            problems.add(file.path, BAD_CODE, line=line, value=key, key=sheet_id)
    if not (title and intro and all(blocks)):
        return None
    review = tuple(str(note) for note in row.get("review", []))
    return Sheet(sheet_id, phase, as_of, title, intro, tuple(b for b in blocks if b), review)


def load_sheets(folder: Path | None = None) -> InformationSheets:
    """Read and check the sheets in ``folder`` (default: the bundled content)."""
    base = folder or content_dir()
    index_path = base / INDEX
    problems = Problems(base)
    index_provenance, index = read_index(index_path, problems)
    rows = [row for row in index.get("sheet", []) if isinstance(row, dict)]
    if not rows:
        problems.add(index_path, MISSING_TEXT, key="sheet")
    for twice in duplicates([str(row.get("id")) for row in rows]):
        problems.add(index_path, DUPLICATE_ID, id=twice)
    files = read_language_files(base / "sheets", problems)
    common = {key: localised(files, COMMON, key, problems) for key in COMMON_KEYS}
    for file in files.values():
        shared = _table(file.document, (COMMON,))
        for key, needed in PLACEHOLDERS.items():
            template = shared.get(key)
            for placeholder in needed:
                if isinstance(template, str) and placeholder not in template:
                    line = file.line_of(COMMON, key)
                    where = f"{COMMON}.{key}"
                    problems.add(
                        file.path,
                        MISSING_PLACEHOLDER,
                        line=line,
                        key=where,
                        placeholder=placeholder,
                    )
    sheets = [_sheet(row, files, index_path, problems) for row in rows]
    for file in files.values():
        unknown_sections(file, {str(row.get("id")) for row in rows} | {COMMON}, INDEX, problems)
    problems.raise_if_any()
    texts = CommonTexts(**{key: value for key, value in common.items() if value is not None})
    portal = str(index["meta"].get("portal", ""))
    provenance = (index_provenance, *(f.provenance for f in files.values()))
    found = tuple(sheet for sheet in sheets if sheet is not None)
    return InformationSheets(found, texts, portal, provenance)


@cache
def information_sheets() -> InformationSheets:
    """The bundled sheets (read once)."""
    return load_sheets()
