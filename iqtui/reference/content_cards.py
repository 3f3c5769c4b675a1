"""Competence cards (Kompetenzkarten) for the self-assessment, in every UI language.

The index ``assets/content/cards.toml`` lists each card's stable id and its
:class:`~iqtui.domain.codes.CompetenceArea`; ``cards/<language>.toml`` gives its short
title and a first-person sentence the client rates on the 0–3 scale
(:class:`~iqtui.domain.codes.Rating`). The id is what an assessment stores
(``competence_item.card_id``), so ids are never reused; a card that is no longer offered
is marked ``retired`` and still resolves for old assessments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from iqtui.domain.codes import CompetenceArea
from iqtui.reference.content import (
    BAD_CODE,
    DUPLICATE_ID,
    MISSING_TEXT,
    Localised,
    Problems,
    content_dir,
    duplicates,
    localised,
    read_index,
    read_language_files,
    unknown_sections,
)
from iqtui.reference.provenance import Provenance

INDEX = "cards.toml"
#: Longest id an assessment can store (``competence_item.card_id``).
MAX_ID_LENGTH = 40
_ID = r"^[a-z][a-z0-9_]*$"


@dataclass(frozen=True)
class CompetenceCard:
    """One card: a competence or an interest, titled and described in every language."""

    id: str
    area: CompetenceArea
    title: Localised
    text: Localised
    retired: bool = False


@dataclass(frozen=True)
class CompetenceCards:
    """All cards in their display order, with the provenance of every file they came from."""

    cards: tuple[CompetenceCard, ...]
    provenance: tuple[Provenance, ...]

    def __iter__(self) -> Iterator[CompetenceCard]:
        return (card for card in self.cards if not card.retired)

    def __len__(self) -> int:
        return sum(1 for _card in self)

    def get(self, card_id: str) -> CompetenceCard | None:
        """The card with this id, retired ones included (old assessments still name them)."""
        return next((card for card in self.cards if card.id == card_id), None)

    def in_area(self, area: CompetenceArea) -> tuple[CompetenceCard, ...]:
        """The cards offered in one area, in display order."""
        return tuple(card for card in self if card.area == area)


def load_cards(folder: Path | None = None) -> CompetenceCards:
    """Read and check the cards in ``folder`` (default: the bundled content)."""
    base = folder or content_dir()
    index_path = base / INDEX
    problems = Problems(base)
    index_provenance, index = read_index(index_path, problems)
    rows = index.get("card")
    if not isinstance(rows, list) or not rows:
        problems.add(index_path, MISSING_TEXT, key="card")
        problems.raise_if_any()
    assert isinstance(rows, list)
    ids = [str(row.get("id", "")) for row in rows if isinstance(row, dict)]
    for twice in duplicates(ids):
        problems.add(index_path, DUPLICATE_ID, id=twice)
    files = read_language_files(base / "cards", problems)
    cards: list[CompetenceCard] = []
    for number, row in enumerate(rows, start=1):
        card_id = str(row.get("id", "")) if isinstance(row, dict) else ""
        if not re.match(_ID, card_id) or len(card_id) > MAX_ID_LENGTH or card_id == "meta":
            problems.add(index_path, BAD_CODE, value=card_id, key=f"card[{number}].id")
            continue
        try:
            area = CompetenceArea.parse(row.get("area"))
        except ValueError:
            problems.add(index_path, BAD_CODE, value=row.get("area"), key=f"{card_id}.area")
            continue
        title = localised(files, card_id, "title", problems)
        text = localised(files, card_id, "text", problems)
        if title and text:
            cards.append(CompetenceCard(card_id, area, title, text, bool(row.get("retired"))))
    for file in files.values():
        unknown_sections(file, set(ids), INDEX, problems)
    problems.raise_if_any()
    provenance = (index_provenance, *(f.provenance for f in files.values()))
    return CompetenceCards(tuple(cards), provenance)


@cache
def competence_cards() -> CompetenceCards:
    """The bundled cards (read once; the files do not change while the app runs)."""
    return load_cards()
