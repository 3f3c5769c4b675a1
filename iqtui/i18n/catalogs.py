"""Loading gettext catalogs from ``locales/``.

A compiled ``.mo`` is used when it is at least as new as its ``.po``; otherwise the
``.po`` is compiled in memory (about 20 ms for a few hundred messages), so a fresh git
checkout works without a build step and nothing is written into the install folder.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from iqtui.paths import locales_dir

DOMAIN = "iqtui"


def catalog_path(language: str, suffix: str = ".po", root: Path | None = None) -> Path:
    """Path of the catalog file for ``language``."""
    return (root or locales_dir()) / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def _load_one(language: str, root: Path) -> gettext.NullTranslations | None:
    po = catalog_path(language, ".po", root)
    mo = catalog_path(language, ".mo", root)
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.is_file():
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=language.replace("-", "_"))
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        return gettext.GNUTranslations(buffer)
    return None


def load_translations(language: str, root: Path | None = None) -> gettext.NullTranslations:
    """Translations for ``language`` with fallback ``fa_AF`` → ``fa`` → source strings."""
    base = root or locales_dir()
    chain = [language]
    if "_" in language:
        chain.append(language.split("_")[0])
    result: gettext.NullTranslations | None = None
    for code in chain:
        found = _load_one(code, base)
        if found is None:
            continue
        if result is None:
            result = found
        else:
            result.add_fallback(found)
    return result or gettext.NullTranslations()
