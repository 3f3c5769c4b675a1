"""Short "I can …" descriptors of the CEFR self-assessment grid, in every UI language.

One line per skill (:class:`~iqtui.domain.codes.Skill`) and level
(:class:`~iqtui.domain.codes.CefrLevel`), worded by us (not the Council of Europe's or
Klett's text) and short enough for one focused cell of an 80-column terminal: the index
``assets/content/cefr.toml`` sets the limit (``max_length``) and loading enforces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from iqtui.domain.codes import CefrLevel, Skill
from iqtui.reference.content import (
    BAD_CODE,
    Localised,
    Problems,
    content_dir,
    localised,
    read_index,
    read_language_files,
    unknown_sections,
)
from iqtui.reference.provenance import Provenance

INDEX = "cefr.toml"
DEFAULT_MAX_LENGTH = 70


@dataclass(frozen=True)
class CefrDescriptors:
    """The 5 × 6 grid of descriptors."""

    grid: dict[tuple[Skill, CefrLevel], Localised]
    max_length: int
    provenance: tuple[Provenance, ...]

    def descriptor(self, skill: Skill, level: CefrLevel) -> Localised:
        """The descriptor of one cell, in every language."""
        return self.grid[(skill, level)]

    def text(self, skill: Skill, level: CefrLevel, language: str) -> str:
        """The descriptor of one cell in ``language``."""
        return self.grid[(skill, level)].in_language(language)

    def for_skill(self, skill: Skill, language: str) -> list[tuple[CefrLevel, str]]:
        """A skill's six levels in order, e.g. for a level picker."""
        return [(level, self.text(skill, level, language)) for level in CefrLevel]


def load_cefr(folder: Path | None = None) -> CefrDescriptors:
    """Read and check the descriptors in ``folder`` (default: the bundled content)."""
    base = folder or content_dir()
    index_path = base / INDEX
    problems = Problems(base)
    index_provenance, index = read_index(index_path, problems)
    limit = index["meta"].get("max_length", DEFAULT_MAX_LENGTH)
    if not isinstance(limit, int) or limit <= 0:
        problems.add(index_path, BAD_CODE, value=limit, key="meta.max_length")
        limit = DEFAULT_MAX_LENGTH
    files = read_language_files(base / "cefr", problems)
    grid: dict[tuple[Skill, CefrLevel], Localised] = {}
    for skill in Skill:
        for level in CefrLevel:
            found = localised(files, skill.value, level.value, problems, limit=limit)
            if found:
                grid[(skill, level)] = found
    for file in files.values():
        unknown_sections(file, {skill.value for skill in Skill}, INDEX, problems)
        for skill in Skill:
            table = file.document.get(skill.value)
            for key in table if isinstance(table, dict) else ():
                if key not in CefrLevel._value2member_map_:
                    problems.add(
                        file.path,
                        BAD_CODE,
                        line=file.line_of(skill.value, key),
                        value=key,
                        key=skill.value,
                    )
    problems.raise_if_any()
    provenance = (index_provenance, *(f.provenance for f in files.values()))
    return CefrDescriptors(grid, limit, provenance)


@cache
def cefr_descriptors() -> CefrDescriptors:
    """The bundled descriptors (read once)."""
    return load_cefr()
