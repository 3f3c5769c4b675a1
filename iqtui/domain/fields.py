"""Field specifications and the one validation every value passes on its way to storage.

A :class:`FieldSpec` says what a field means (label and help, both translatable), what
kind of value it holds and its limits. :func:`normalise` turns raw input — text typed in
a form, a value from an import file or the command line — into the stored value, or
raises :class:`FieldError` with a message the user can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from iqtui.domain import text as t
from iqtui.domain.codes import CodeList
from iqtui.i18n import N_, _, gettext_in
from iqtui.i18n.names import country_codes, language_codes


class Kind(Enum):
    """What kind of value a field holds."""

    NAME = "name"  # a person's name: one line, no direction controls
    LINE = "line"  # one line of text
    TEXT = "text"  # notes: several lines
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    INT = "int"
    MONEY = "money"  # stored as whole cents
    BOOL = "bool"
    CODE = "code"  # one value of a code list
    CODES = "codes"  # several values of a code list
    COUNTRY = "country"
    LANGUAGE = "language"
    LANGUAGES = "languages"
    POSTCODE = "postcode"
    EMAIL = "email"
    PHONE = "phone"


#: Kinds whose stored value is a list.
LIST_KINDS = frozenset({Kind.CODES, Kind.LANGUAGES})

#: Default length limits (code points).
MAX_LINE = 200
MAX_TEXT = 20_000


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entity: meaning, kind and limits."""

    name: str
    label: str  # msgid
    kind: Kind = Kind.LINE
    help: str = ""  # msgid: what the field is for, shown with F1
    codes: type[CodeList] | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    future: bool = False  # dates and years may lie in the future
    past_limit: int | None = None  # earliest plausible year
    max_items: int | None = None
    client_facing: bool = False  # shown to the client / printed on the protocol
    niq_yellow: bool = False  # needed for NIQ statistics (Ampel yellow when missing)
    tags: frozenset[str] = field(default_factory=frozenset)

    def label_text(self, language: str | None = None) -> str:
        """The translated label."""
        return gettext_in(language, self.label) if language else _(self.label)

    def help_text(self, language: str | None = None) -> str:
        """The translated help text (may be empty)."""
        if not self.help:
            return ""
        return gettext_in(language, self.help) if language else _(self.help)

    @property
    def limit(self) -> int:
        """The maximum length of a text value."""
        if self.max_length is not None:
            return self.max_length
        return MAX_TEXT if self.kind is Kind.TEXT else MAX_LINE

    def empty(self) -> Any:
        """The stored value of an empty field."""
        return [] if self.kind in LIST_KINDS else None


class FieldError(ValueError):
    """A value that cannot be stored in a field; the message is translated on demand."""

    def __init__(self, field_name: str, msgid: str, **params: Any) -> None:
        super().__init__(f"{field_name}: {msgid}")
        self.field = field_name
        self.msgid = msgid
        self.params = params

    def message(self, language: str | None = None) -> str:
        """The message in the UI language (or ``language``)."""
        template = gettext_in(language, self.msgid) if language else _(self.msgid)
        return template.format(**self.params)


class ValidationErrors(ValueError):
    """Several field errors at once (e.g. a whole record)."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = list(errors)

    def by_field(self) -> dict[str, FieldError]:
        """The first error per field."""
        out: dict[str, FieldError] = {}
        for error in self.errors:
            out.setdefault(error.field, error)
        return out


# --- messages (one place, so tests and translators see them all) -----------------------

MSG_TOO_LONG = N_("Too long: at most {limit} characters (now {count}).")
MSG_CONTROL = N_("This field cannot contain line breaks or control characters.")
MSG_BIDI = N_("This field cannot contain text-direction control characters.")
MSG_ENCODING = N_(
    "The text contains characters that cannot be stored (broken encoding). Please type it again."
)
MSG_YEAR_FORMAT = N_("Please enter a year with four digits, e.g. 1985.")
MSG_YEAR_FUTURE = N_("The year cannot be in the future.")
MSG_YEAR_RANGE = N_("Please enter a year between {minimum} and {maximum}.")
MSG_DATE_FORMAT = N_("Please enter a date as DD.MM.YYYY, e.g. 24.03.2026.")
MSG_DATE_INVALID = N_("This date does not exist: {value}.")
MSG_DATE_FUTURE = N_("The date cannot be in the future.")
MSG_DATE_RANGE = N_("Please enter a date between {minimum} and {maximum}.")
MSG_TIME_FORMAT = N_("Please enter a time as HH:MM, e.g. 14:30.")
MSG_INT = N_("Please enter a whole number.")
MSG_INT_RANGE = N_("Please enter a number from {minimum} to {maximum}.")
MSG_MONEY = N_("Please enter an amount in euros, e.g. 200 or 120,50.")
MSG_CHOICE = N_("Please choose a value from the list.")
MSG_COUNTRY = N_("Please choose a country from the list.")
MSG_LANGUAGE = N_("Please choose a language from the list.")
MSG_TOO_MANY = N_("Please choose at most {maximum}.")
MSG_POSTCODE = N_("A German postcode has five digits, e.g. 50667.")
MSG_EMAIL = N_("Please enter an e-mail address such as name@example.org.")
MSG_PHONE = N_("A phone number may contain digits, spaces, +, -, / and brackets.")
MSG_BOOL = N_("Please answer yes or no.")
MSG_REQUIRED = N_("Please fill in this field.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()/\-.]{3,40}$")
#: Day first, as in Germany and in the Arabic- and Persian-speaking world: 24.03.2026,
#: 24/03/2026 (how Arabic keyboards write it) or 24-03-2026.
_DATE_DE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d+)$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_MONEY = re.compile(r"^(\d{1,7})(?:[.,](\d{1,2}))?$")

EARLIEST_YEAR = 1900


def today() -> dt.date:
    """Today's date (a function so tests can move the clock)."""
    return dt.date.today()


def _as_text(spec: FieldSpec, raw: Any) -> str:
    text = raw if isinstance(raw, str) else str(raw)
    if t.has_lone_surrogate(text):
        raise FieldError(spec.name, MSG_ENCODING)
    return text


def _check_length(spec: FieldSpec, value: str) -> str:
    if len(value) > spec.limit:
        raise FieldError(spec.name, MSG_TOO_LONG, limit=spec.limit, count=len(value))
    return value


def _normalise_line(spec: FieldSpec, raw: Any) -> str | None:
    value = t.clean_line(_as_text(spec, raw))
    if not value:
        return None
    problem = t.line_problem(value)
    if problem == "control":
        raise FieldError(spec.name, MSG_CONTROL)
    if problem == "bidi" and spec.kind is Kind.NAME:
        raise FieldError(spec.name, MSG_BIDI)
    if problem == "bidi":
        value = "".join(ch for ch in value if ch not in t.BIDI_CONTROLS)
    return _check_length(spec, value)


def _normalise_text(spec: FieldSpec, raw: Any) -> str | None:
    value = t.clean_text(_as_text(spec, raw))
    if not value.strip():
        return None
    return _check_length(spec, value)


#: Arabic decimal and thousands separators (٫ ٬), typed with Arabic-Indic digits.
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ",", "\u066c": "."})


def _digits(spec: FieldSpec, raw: Any) -> str:
    text = t.ascii_digits(t.clean_line(_as_text(spec, raw))).replace(" ", "")
    return text.translate(_ARABIC_SEPARATORS)


def _normalise_year(spec: FieldSpec, raw: Any) -> int | None:
    if isinstance(raw, bool):
        raise FieldError(spec.name, MSG_YEAR_FORMAT)
    text = str(raw) if isinstance(raw, int) else _digits(spec, raw)
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4):
        raise FieldError(spec.name, MSG_YEAR_FORMAT)
    year = int(text)
    this_year = today().year
    if year > this_year and not spec.future:
        raise FieldError(spec.name, MSG_YEAR_FUTURE)
    minimum = spec.past_limit or EARLIEST_YEAR
    maximum = this_year + 10 if spec.future else this_year
    if not minimum <= year <= maximum:
        raise FieldError(spec.name, MSG_YEAR_RANGE, minimum=minimum, maximum=maximum)
    return year


def parse_date(spec: FieldSpec, raw: Any) -> dt.date | None:
    """``TT.MM.JJJJ`` or ISO ``JJJJ-MM-TT``; real calendar dates with four-digit years."""
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        value = raw
    else:
        text = _digits(spec, raw)
        if not text:
            return None
        match = _DATE_DE.match(text)
        if match:
            day, _sep, month, year = match.groups()
        else:
            match = _DATE_ISO.match(text)
            if not match:
                raise FieldError(spec.name, MSG_DATE_FORMAT)
            year, month, day = match.groups()
        if len(year) != 4:
            raise FieldError(spec.name, MSG_DATE_FORMAT)
        try:
            value = dt.date(int(year), int(month), int(day))
        except ValueError:
            raise FieldError(spec.name, MSG_DATE_INVALID, value=text) from None
    if value > today() and not spec.future:
        raise FieldError(spec.name, MSG_DATE_FUTURE)
    earliest = dt.date(spec.past_limit or EARLIEST_YEAR, 1, 1)
    latest = dt.date(today().year + 10, 12, 31)
    if not earliest <= value <= latest:
        raise FieldError(
            spec.name,
            MSG_DATE_RANGE,
            minimum=earliest.strftime("%d.%m.%Y"),
            maximum=latest.strftime("%d.%m.%Y"),
        )
    return value


def _normalise_time(spec: FieldSpec, raw: Any) -> str | None:
    text = _digits(spec, raw)
    if not text:
        return None
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise FieldError(spec.name, MSG_TIME_FORMAT)
    return f"{int(match[1]):02d}:{match[2]}"


def _normalise_int(spec: FieldSpec, raw: Any) -> int | None:
    if isinstance(raw, bool):
        raise FieldError(spec.name, MSG_INT)
    if isinstance(raw, int):
        number = raw
    else:
        text = _digits(spec, raw)
        if not text:
            return None
        if not re.fullmatch(r"-?\d{1,9}", text):
            raise FieldError(spec.name, MSG_INT)
        number = int(text)
    low = spec.minimum if spec.minimum is not None else 0
    high = spec.maximum if spec.maximum is not None else 10**9
    if not low <= number <= high:
        raise FieldError(spec.name, MSG_INT_RANGE, minimum=low, maximum=high)
    return number


def _normalise_money(spec: FieldSpec, raw: Any) -> int | None:
    if isinstance(raw, int) and not isinstance(raw, bool):
        if raw < 0:
            raise FieldError(spec.name, MSG_MONEY)
        return raw  # already cents (import)
    text = _digits(spec, raw).replace("€", "").replace("EUR", "")
    if not text:
        return None
    # "1.200,50" and "1 200" — drop thousands separators before a decimal comma
    if "," in text:
        text = text.replace(".", "")
    match = _MONEY.match(text)
    if not match:
        raise FieldError(spec.name, MSG_MONEY)
    euros, cents = match.groups()
    return int(euros) * 100 + int((cents or "0").ljust(2, "0"))


def _normalise_bool(spec: FieldSpec, raw: Any) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold()
    if text in {"", "na"}:
        return None
    if text in {"1", "true", "yes", "ja", "j", "y"}:
        return True
    if text in {"0", "false", "no", "nein", "n"}:
        return False
    raise FieldError(spec.name, MSG_BOOL)


def _normalise_code(spec: FieldSpec, raw: Any) -> str | None:
    assert spec.codes is not None, spec.name
    text = _as_text(spec, raw).strip()
    if not text:
        return None
    try:
        return str(spec.codes(text).value)
    except ValueError:
        raise FieldError(spec.name, MSG_CHOICE) from None


def _as_items(spec: FieldSpec, raw: Any) -> list[str]:
    if isinstance(raw, str):
        items: Iterable[Any] = [part for part in re.split(r"[,;]", raw)]
    elif isinstance(raw, Iterable):
        items = raw
    else:
        raise FieldError(spec.name, MSG_CHOICE)
    cleaned = [_as_text(spec, item).strip() for item in items]
    unique = list(dict.fromkeys(item for item in cleaned if item))
    if spec.max_items is not None and len(unique) > spec.max_items:
        raise FieldError(spec.name, MSG_TOO_MANY, maximum=spec.max_items)
    return unique


def _normalise_codes(spec: FieldSpec, raw: Any) -> list[str]:
    assert spec.codes is not None, spec.name
    items = _as_items(spec, raw)
    try:
        return [str(spec.codes(item).value) for item in items]
    except ValueError:
        raise FieldError(spec.name, MSG_CHOICE) from None


def _normalise_country(spec: FieldSpec, raw: Any) -> str | None:
    code = _as_text(spec, raw).strip().upper()
    if not code:
        return None
    if code not in country_codes():
        raise FieldError(spec.name, MSG_COUNTRY)
    return code


def _language_code(spec: FieldSpec, raw: Any) -> str:
    code = _as_text(spec, raw).strip().replace("-", "_")
    lang = code.split("_")[0].lower()
    if lang not in language_codes():
        raise FieldError(spec.name, MSG_LANGUAGE)
    if "_" in code:
        return f"{lang}_{code.split('_')[1].upper()}"
    return lang


def _normalise_language(spec: FieldSpec, raw: Any) -> str | None:
    if not _as_text(spec, raw).strip():
        return None
    return _language_code(spec, raw)


def _normalise_languages(spec: FieldSpec, raw: Any) -> list[str]:
    return list(dict.fromkeys(_language_code(spec, item) for item in _as_items(spec, raw)))


def _normalise_postcode(spec: FieldSpec, raw: Any) -> str | None:
    text = _digits(spec, raw)
    if not text:
        return None
    if not re.fullmatch(r"\d{5}", text):
        raise FieldError(spec.name, MSG_POSTCODE)
    return text


def _normalise_email(spec: FieldSpec, raw: Any) -> str | None:
    value = _normalise_line(spec, raw)
    if value is None:
        return None
    if not _EMAIL.match(value):
        raise FieldError(spec.name, MSG_EMAIL)
    return value


def _normalise_phone(spec: FieldSpec, raw: Any) -> str | None:
    value = _normalise_line(spec, raw)
    if value is None:
        return None
    value = t.ascii_digits(value)
    if not _PHONE.match(value):
        raise FieldError(spec.name, MSG_PHONE)
    return value


_NORMALISERS: dict[Kind, Any] = {
    Kind.NAME: _normalise_line,
    Kind.LINE: _normalise_line,
    Kind.TEXT: _normalise_text,
    Kind.YEAR: _normalise_year,
    Kind.DATE: parse_date,
    Kind.TIME: _normalise_time,
    Kind.INT: _normalise_int,
    Kind.MONEY: _normalise_money,
    Kind.BOOL: _normalise_bool,
    Kind.CODE: _normalise_code,
    Kind.CODES: _normalise_codes,
    Kind.COUNTRY: _normalise_country,
    Kind.LANGUAGE: _normalise_language,
    Kind.LANGUAGES: _normalise_languages,
    Kind.POSTCODE: _normalise_postcode,
    Kind.EMAIL: _normalise_email,
    Kind.PHONE: _normalise_phone,
}


def normalise(spec: FieldSpec, raw: Any) -> Any:
    """The value to store for ``raw`` in field ``spec``; raises :class:`FieldError`."""
    if raw is None:
        return spec.empty()
    result = _NORMALISERS[spec.kind](spec, raw)
    return spec.empty() if result is None else result


def normalise_all(specs: dict[str, FieldSpec], values: dict[str, Any]) -> dict[str, Any]:
    """Normalise several fields; collects every error into :class:`ValidationErrors`.

    Unknown field names are an error too (a programming mistake, not user input).
    """
    out: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, raw in values.items():
        spec = specs.get(name)
        if spec is None:
            raise KeyError(f"unknown field {name!r}")
        try:
            out[name] = normalise(spec, raw)
        except FieldError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    return out


def display(spec: FieldSpec, value: Any, language: str | None = None) -> str:
    """A stored value as text for forms and lists (inverse of :func:`normalise`)."""
    if value is None or value == []:
        return ""
    if spec.kind is Kind.DATE and isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if spec.kind is Kind.MONEY and isinstance(value, int):
        euros, cents = divmod(value, 100)
        return f"{euros},{cents:02d}" if cents else str(euros)
    if spec.kind is Kind.CODE and spec.codes is not None:
        member = spec.codes(value)
        return member.label_in(language) if language else member.label()
    if spec.kind is Kind.CODES and spec.codes is not None:
        codes = spec.codes
        return ", ".join(
            codes(v).label_in(language) if language else codes(v).label() for v in value
        )
    if spec.kind is Kind.BOOL:
        yes, no = N_("yes"), N_("no")
        chosen = yes if value else no
        return gettext_in(language, chosen) if language else _(chosen)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
