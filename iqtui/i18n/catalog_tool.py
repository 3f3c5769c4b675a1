"""Maintaining the translation catalogs: extract, update, check, merge.

Run as ``python -m iqtui.i18n.catalog_tool COMMAND``:

``update``
    Extract every message from ``iqtui/`` and merge it into each ``locales/<lang>`` catalog
    (new messages arrive untranslated, obsolete ones are dropped).
``check [LANG ...]``
    Exit 1 and list the problems unless every message of each catalog is translated, not
    fuzzy, keeps exactly the placeholders of its source, and the catalog matches the
    source code (nothing missing, nothing stale).
``union TARGET SOURCE``
    Fill untranslated messages of TARGET from SOURCE (after a merge conflict: take one
    side, run ``update``, then ``union`` with the other side's file).
``init LANG``
    Create the catalog of a new language (all messages untranslated); for a regional
    overlay such as ``fa_AF`` an empty catalog to which only differing messages are added.
``identity LANG``
    Translate every message of LANG as itself (for ``en``, the source language).

Babel writes wrong ``Plural-Forms`` for fa and tr; ``update`` and ``check`` enforce the
CLDR forms below.

Overlays (:data:`OVERLAYS`): Dari (``fa_AF``) shares almost every message with Persian
(``fa``); its catalog holds only the terms Afghan readers say differently (بلی/نخیر,
پوهنتون, تیلفون, …) and falls back to ``fa`` for the rest at run time
(:func:`iqtui.i18n.catalogs.load_translations`). ``check`` therefore does not call an
overlay incomplete, but still rejects stale, untranslated, fuzzy and placeholder-broken
entries, and entries that merely repeat the base translation.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from iqtui.i18n import LANGUAGES
from iqtui.i18n.catalogs import catalog_path
from iqtui.paths import bundle_root

#: Plural rules from CLDR where Babel's defaults are wrong.
PLURAL_FORMS = {
    "fa": "nplurals=2; plural=(n > 1);",
    "tr": "nplurals=2; plural=(n != 1);",
}
#: Regional catalogs that hold only what differs from their base language's catalog.
OVERLAYS = {"fa_AF": "fa"}
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "pgettext": ((1, "c"), 2)}
_BRACE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")
_PERCENT = re.compile(r"%(?:\(([A-Za-z_][A-Za-z0-9_]*)\))?[#0\- +]*\d*(?:\.\d+)?[sdrifg%]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a catalog."""

    language: str
    msgid: str
    what: str

    def __str__(self) -> str:
        return f"{self.language}: {self.what}: {self.msgid[:70]!r}"


def source_catalog(root: Path | None = None) -> Catalog:
    """Every message in the source code, as an untranslated catalog."""
    base = root or bundle_root()
    catalog = Catalog(project="iqtui", domain="iqtui")
    messages = extract_from_dir(
        str(base),
        method_map=[("iqtui/**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in messages:
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def _placeholders(text: str) -> set[str]:
    """``{name}`` and ``%(name)s`` / ``%s`` placeholders of ``text``."""
    found = {"{" + (m.group(1) or "") + "}" for m in _BRACE.finditer(text)}
    found |= {m.group(1) or m.group(0) for m in _PERCENT.finditer(text) if m.group(0) != "%%"}
    return found


def _placeholder_problem(ids: list[str], strings: list[str]) -> str | None:
    """A plain message keeps exactly its placeholders; plural forms may drop, not add."""
    if len(ids) == 1:
        if _placeholders(strings[0]) != _placeholders(ids[0]):
            return "placeholders differ"
        return None
    allowed = set().union(*(_placeholders(i) for i in ids))
    if any(not _placeholders(s) <= allowed for s in strings):
        return "placeholder not in the source"
    if not any(_placeholders(s) for s in strings) and allowed:
        return "placeholders dropped from every plural form"
    return None


def _strings(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return [""]
    if isinstance(value, str):
        return [value]
    return list(value)


def _load(language: str, root: Path) -> Catalog:
    with catalog_path(language, ".po", root / "locales").open("rb") as handle:
        return read_po(handle, locale=language)


def _save(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False, no_location=True)


def check_catalog(
    language: str, catalog: Catalog, source: Catalog | None, base: Catalog | None = None
) -> list[Problem]:
    """Problems of one loaded catalog.

    ``source``: compare with the code, if given. ``base``: for an overlay, the catalog it
    falls back to (an overlay need not be complete, but must not repeat its base).
    """
    problems: list[Problem] = []
    overlay = language in OVERLAYS
    wanted_plural = PLURAL_FORMS.get(language.split("_")[0])
    if wanted_plural and catalog.plural_forms != wanted_plural:
        problems.append(Problem(language, "Plural-Forms", f"header must be {wanted_plural!r}"))
    for message, errors in catalog.check():
        for error in errors:
            problems.append(Problem(language, _strings(message.id)[0], f"format: {error}"))
    for message in catalog:
        if not message.id:
            continue
        ids = _strings(message.id)
        strings = _strings(message.string)
        key = ids[0]
        if message.fuzzy:
            problems.append(Problem(language, key, "fuzzy"))
        if not all(strings):
            problems.append(Problem(language, key, "untranslated"))
            continue
        problem = _placeholder_problem(ids, strings)
        if problem:
            problems.append(Problem(language, key, problem))
        inherited = base.get(message.id, message.context) if base is not None else None
        if inherited is not None and _strings(inherited.string) == strings:
            problems.append(Problem(language, key, f"same as {OVERLAYS[language]} (drop it)"))
    if source is not None:
        have = {(m.context, _strings(m.id)[0]) for m in catalog if m.id}
        want = {(m.context, _strings(m.id)[0]) for m in source if m.id}
        for _context, msgid in [] if overlay else sorted(want - have, key=lambda x: x[1]):
            problems.append(Problem(language, msgid, "missing (run catalog_tool update)"))
        for _context, msgid in sorted(have - want, key=lambda x: x[1]):
            problems.append(Problem(language, msgid, "stale (no longer in the code)"))
    return problems


def check(languages: Iterable[str], root: Path | None = None) -> list[Problem]:
    """Problems of the catalogs of ``languages`` (a missing catalog is a problem too).

    The template ``locales/iqtui.pot`` must also match the code, so a forgotten
    ``update`` shows up even where no catalog is checked.
    """
    base = root or bundle_root()
    source = source_catalog(base)
    problems = _template_problems(base, source)
    for language in languages:
        path = catalog_path(language, ".po", base / "locales")
        if not path.is_file():
            problems.append(Problem(language, str(path), "catalog missing"))
            continue
        fallback = OVERLAYS.get(language)
        parent = _load(fallback, base) if fallback and _exists(fallback, base) else None
        if fallback and parent is None:
            problems.append(Problem(language, fallback, "base catalog of the overlay missing"))
        problems.extend(check_catalog(language, _load(language, base), source, parent))
    return problems


def _exists(language: str, root: Path) -> bool:
    return catalog_path(language, ".po", root / "locales").is_file()


def _keys(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, "\x04".join(_strings(m.id))) for m in catalog if m.id}


def _template_problems(root: Path, source: Catalog) -> list[Problem]:
    template = root / "locales" / "iqtui.pot"
    if not template.is_file():
        return [Problem("pot", str(template), "template missing (run catalog_tool update)")]
    with template.open("rb") as handle:
        written = read_po(handle)
    if _keys(written) != _keys(source):
        return [Problem("pot", str(template), "out of date (run catalog_tool update)")]
    return []


def existing_languages(root: Path | None = None) -> list[str]:
    """Languages that have a catalog, in the order of :data:`LANGUAGES`."""
    base = root or bundle_root()
    found = [lang for lang in LANGUAGES if catalog_path(lang, ".po", base / "locales").is_file()]
    extra = sorted(
        p.parent.parent.name
        for p in (base / "locales").glob("*/LC_MESSAGES/iqtui.po")
        if p.parent.parent.name not in LANGUAGES
    )
    return found + extra


def update(root: Path | None = None) -> None:
    """Merge the current source messages into every catalog."""
    base = root or bundle_root()
    source = source_catalog(base)
    template = base / "locales" / "iqtui.pot"
    _save(source, template)
    for language in existing_languages(base):
        catalog = _load(language, base)
        if language in OVERLAYS:
            _prune_overlay(catalog, source)
        else:
            catalog.update(source, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        for message in catalog:
            message.locations = []
        _fix_plural_forms(catalog, language)
        _save(catalog, catalog_path(language, ".po", base / "locales"))


def _prune_overlay(catalog: Catalog, source: Catalog) -> None:
    """Drop overlay entries whose message left the code; never add new ones."""
    for message in list(catalog):
        if message.id and source.get(message.id, message.context) is None:
            catalog.delete(message.id, message.context)


def _fix_plural_forms(catalog: Catalog, language: str) -> None:
    """Replace Babel's wrong plural rule for fa and tr with CLDR's."""
    forms = PLURAL_FORMS.get(language.split("_")[0])
    if forms is None:
        return
    match = re.match(r"nplurals=(\d+);\s*plural=(.*);", forms)
    assert match, forms
    # Babel has no public setter; these are the attributes its header parser fills.
    setattr(catalog, "_num_plurals", int(match[1]))  # noqa: B010
    setattr(catalog, "_plural_expr", match[2])  # noqa: B010


def union(target: Path, source: Path) -> int:
    """Fill untranslated messages of ``target`` from ``source``; returns how many."""
    with target.open("rb") as handle:
        into = read_po(handle)
    with source.open("rb") as handle:
        other = read_po(handle)
    filled = 0
    for message in into:
        if not message.id or all(_strings(message.string)):
            continue
        found: Message | None = other.get(message.id, message.context)
        if found is not None and all(_strings(found.string)) and not found.fuzzy:
            message.string = found.string
            filled += 1
    _save(into, target)
    return filled


def init(language: str, root: Path | None = None) -> Path:
    """Create an empty catalog for ``language`` (with the right plural forms)."""
    base = root or bundle_root()
    path = catalog_path(language, ".po", base / "locales")
    if path.exists():
        raise FileExistsError(path)
    catalog = Catalog(locale=language, project="iqtui", domain="iqtui", fuzzy=False)
    if language not in OVERLAYS:
        catalog.update(source_catalog(base), no_fuzzy_matching=True)
    _fix_plural_forms(catalog, language)
    _save(catalog, path)
    return path


def identity(language: str, root: Path | None = None) -> None:
    """Translate every message as itself (the source language)."""
    base = root or bundle_root()
    catalog = _load(language, base)
    for message in catalog:
        if message.id and not all(_strings(message.string)):
            message.string = message.id
            message.flags.discard("fuzzy")
    _save(catalog, catalog_path(language, ".po", base / "locales"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__)
        return 2
    command, rest = args[0], args[1:]
    if command == "update":
        update()
        return 0
    if command == "check":
        problems = check(rest or existing_languages())
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    if command == "union" and len(rest) == 2:
        print(f"filled {union(Path(rest[0]), Path(rest[1]))}")
        return 0
    if command == "init" and len(rest) == 1:
        print(init(rest[0]))
        return 0
    if command == "identity" and len(rest) == 1:
        identity(rest[0])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
