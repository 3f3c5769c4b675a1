"""Normalising text typed by people: Unicode forms, invisible characters, digits, search keys.

Stored text is NFC, in logical order, exactly as typed apart from the clean-ups here.
The search key is separate: NFKD without marks, case-folded, Arabic-script letter
variants unified, Cyrillic also transliterated, so ``ozturk`` finds ``Öztürk``.
"""

from __future__ import annotations

import re
import unicodedata

#: Zero-width and formatting characters dropped from single-line fields.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff\u00ad\u2060\u200e\u200f\u061c"))
#: Bidi embeddings, overrides and isolates ("Trojan Source" characters).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Spaces of other widths that become a plain space in single-line fields.
_SPACES = re.compile(r"[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+")
#: ZWNJ and ZWJ are part of Persian (and other) spelling and are kept inside words.
JOINERS = "\u200c\u200d"

_EASTERN_DIGITS = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic ٠–٩
    **{0x06F0 + i: str(i) for i in range(10)},  # Persian ۰–۹
}


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds an unpaired surrogate (a badly decoded paste)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def is_control(ch: str) -> bool:
    """C0/C1 control characters (not format characters such as ZWNJ)."""
    return unicodedata.category(ch) == "Cc"


def ascii_digits(text: str) -> str:
    """Turn Persian, Arabic-Indic and other decimal digits into ``0``–``9``."""
    translated = text.translate(_EASTERN_DIGITS)
    if translated.isascii():
        return translated
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in translated
    )


def clean_line(text: str) -> str:
    """One line: NFC, invisible characters removed, whitespace collapsed, trimmed.

    Control characters other than whitespace are left in place for the caller to reject
    (see :func:`line_problem`), so nothing is silently changed beyond spacing.
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def line_problem(text: str) -> str | None:
    """Why ``text`` (already cleaned) cannot be stored as a single line, or ``None``.

    Returns a key: ``"control"`` or ``"bidi"``.
    """
    if any(is_control(ch) for ch in text):
        return "control"
    if any(ch in BIDI_CONTROLS for ch in text):
        return "bidi"
    return None


def clean_text(text: str) -> str:
    """Multi-line notes: NFC, line ends unified, control and bidi characters removed.

    Tabs and line breaks stay; ZWNJ/ZWJ stay; trailing whitespace at the end goes.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t" or not (is_control(ch) or ch in BIDI_CONTROLS or ch == "\ufeff")
    )
    return text.rstrip()


# --- search ---------------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ئ": "ي",
        "ک": "ك",  # Persian keheh
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ı": "i",  # Turkish dotless i
        "\u200c": "",
        "\u200d": "",
    }
)
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ё": "e", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    }
)  # fmt: skip
_CYRILLIC_RANGE = re.compile("[\u0400-\u04ff]")
_RUSSIAN_G = str.maketrans({"г": "g", "и": "i"})


def fold(text: str) -> str:
    """The search form of ``text``: no marks, case-folded, letter variants unified."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", stripped).casefold()
    folded = _ARABIC_MARKS.sub("", folded).translate(_ARABIC_LETTERS)
    return _SPACES.sub(" ", folded).strip()


def transliterations(folded: str) -> list[str]:
    """Latin spellings of a folded Cyrillic string (Ukrainian and Russian readings)."""
    if not _CYRILLIC_RANGE.search(folded):
        return []
    ukrainian = folded.translate(_CYRILLIC)
    russian = folded.translate(_RUSSIAN_G).translate(_CYRILLIC)
    return sorted({ukrainian, russian})


def search_key(*parts: str | None) -> str:
    """The text stored beside a record for searching it."""
    words: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        words.append(folded)
        words.extend(transliterations(folded))
    return " ".join(words)


def search_terms(query: str) -> list[str]:
    """Folded variants of what the user typed; a record matches if it contains any."""
    folded = fold(query)
    if not folded:
        return []
    return [folded, *transliterations(folded)]


def escape_like(term: str, escape: str = "\\") -> str:
    """Escape ``%``, ``_`` and the escape character for a ``LIKE … ESCAPE`` pattern."""
    return (
        term.replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_")
    )
