"""Document checklists per procedure, with how each document is translated and copied.

``documents.toml`` lists, per :class:`~iqtui.domain.codes.Procedure`, the documents
(:class:`~iqtui.domain.codes.DocumentKind`): the BQFG § 12 standard list for the
equivalence assessment and the extras of Approbation, ZAB, Qualifikationsanalyse,
Feststellungsverfahren and school certificates. Each item says whether it is always needed,
whether a sworn translation is needed, and in which form it is handed in (copy, certified
copy — never the original). General hints (in every UI language) go with every checklist.
The recognition screen pre-fills its document list from here; the protocol prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iqtui.domain.codes import DocumentKind, Procedure
from iqtui.i18n import N_
from iqtui.reference.checks import Checker, LocalText, tables
from iqtui.reference.provenance import Provenance, read_toml
from iqtui.reference.vocab import CertificationRule, Need, TranslationRule

#: Procedures whose checklist is built from others instead of written out.
DERIVED = {
    Procedure.GWP_ZAB: (Procedure.GWP, Procedure.ZAB),
    Procedure.OTHER: (Procedure.GWP,),
}
MISSING_CHECKLIST = N_("there is no checklist for the procedure '{value}'")
DUPLICATE_ITEM = N_("the document '{value}' is listed twice for '{procedure}'")


@dataclass(frozen=True)
class ChecklistItem:
    kind: DocumentKind
    need: Need
    translation: TranslationRule
    copy: CertificationRule
    #: Extra advice for this document in this procedure (may be empty).
    hint: LocalText


@dataclass(frozen=True)
class Checklist:
    procedure: Procedure
    #: What to know about this procedure's documents (every UI language).
    note: LocalText
    items: tuple[ChecklistItem, ...]

    def for_client(self, *, free_movement: bool = False, resident: bool = False) -> Checklist:
        """Without the proof of intention to work when it is not needed.

        BQFG § 12: EU, EEA and Swiss nationals and people living in Germany need not show
        that they intend to work here.
        """
        if not (free_movement or resident):
            return self
        items = tuple(i for i in self.items if i.kind is not DocumentKind.INTENTION_TO_WORK)
        return Checklist(self.procedure, self.note, items)


@dataclass(frozen=True)
class Checklists:
    checklists: tuple[Checklist, ...]
    #: Hints for every checklist (originals, translators, certified copies …).
    hints: tuple[LocalText, ...]
    provenance: Provenance

    def for_procedure(self, procedure: Procedure) -> Checklist:
        """The checklist of ``procedure``; combined ones merge their parts' items."""
        parts = DERIVED.get(procedure, (procedure,))
        found = [next(c for c in self.checklists if c.procedure is part) for part in parts]
        items: dict[DocumentKind, ChecklistItem] = {}
        for checklist in found:
            for item in checklist.items:
                items.setdefault(item.kind, item)
        note = found[0].note if len(found) == 1 else _joined([c.note for c in found])
        return Checklist(procedure, note, tuple(items.values()))


def _joined(notes: list[LocalText]) -> LocalText:
    languages = set.intersection(*(set(note.languages()) for note in notes))
    return LocalText.of({code: "\n".join(note.get(code) for note in notes) for code in languages})


def read_checklists(path: Path) -> Checklists:
    checker = Checker(path)
    provenance, document = read_toml(path)
    checklists = []
    for table in tables(document, "checklist"):
        procedure = checker.parse(None, "checklist.procedure", table.get("procedure"), Procedure)
        if procedure is None:
            continue
        checker.unique(None, "checklist.procedure", procedure.value)
        where = f"checklist.{procedure.value}"
        items = []
        seen: set[DocumentKind] = set()
        for raw in tables(table, "item"):
            item = _item(checker, where, raw)
            if item is None:
                continue
            if item.kind in seen:
                checker.add(None, DUPLICATE_ITEM, value=item.kind.value, procedure=procedure.value)
            seen.add(item.kind)
            items.append(item)
        note = checker.local_text(table.get("note"), f"{where}.note")
        checklists.append(Checklist(procedure, note, tuple(items)))
    present = {checklist.procedure for checklist in checklists}
    for procedure in Procedure:
        if procedure not in present and procedure not in DERIVED:
            checker.add(None, MISSING_CHECKLIST, value=procedure.value)
    hints = tuple(
        checker.local_text(hint.get("text"), f"hint.{hint.get('id', '?')}")
        for hint in tables(document, "hint")
    )
    checker.raise_problems()
    return Checklists(tuple(checklists), hints, provenance)


def _item(checker: Checker, where: str, raw: dict[str, object]) -> ChecklistItem | None:
    kind = checker.parse(None, f"{where}.item.kind", raw.get("kind"), DocumentKind)
    label = f"{where}.{kind.value if kind else '?'}"
    need = checker.parse(None, f"{label}.need", raw.get("need"), Need)
    translation = checker.parse(
        None, f"{label}.translation", raw.get("translation"), TranslationRule
    )
    copy = checker.parse(None, f"{label}.copy", raw.get("copy"), CertificationRule)
    hint = LocalText(())
    if "hint" in raw:
        hint = checker.local_text(raw.get("hint"), f"{label}.hint")
    if kind is None or need is None or translation is None or copy is None:
        return None
    return ChecklistItem(kind, need, translation, copy, hint)
