"""Countries and nationalities: CLDR names, EU/EEA/third-country group, Destatis key.

Names come from CLDR through :mod:`iqtui.i18n.names` in every UI language. The bundled
``countries.csv`` adds what statistics need: the group (Germany, EU, EEA, Switzerland,
third country, stateless/unknown — the split IQ monitoring reports use) and the 3-digit
key of the Destatis *Staats- und Gebietssystematik* (Staatsangehörigkeitsschlüssel), left
empty where the compilers could not state it reliably.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iqtui.domain.text import fold
from iqtui.i18n import N_
from iqtui.i18n.names import country_codes, country_name
from iqtui.reference.checks import Checker
from iqtui.reference.provenance import Provenance, csv_columns, read_csv
from iqtui.reference.vocab import CountryGroup

COLUMNS = ("iso2", "destatis", "group")
UNKNOWN_COUNTRY = N_("'{value}' is not a country code known to CLDR")
BAD_DESTATIS = N_("the Destatis key '{value}' must have three digits")
#: The 27 member states of the European Union (since 1 February 2020).
EU_MEMBERS = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
))  # fmt: skip
MISSING_MEMBER = N_("the EU member state '{value}' is missing or not grouped as EU")


@dataclass(frozen=True)
class Country:
    code: str
    destatis: str | None
    group: CountryGroup

    def name(self, language: str) -> str:
        return country_name(self.code, language)


class Countries:
    """The countries of ``countries.csv`` by ISO code and by Destatis key."""

    def __init__(self, items: tuple[Country, ...], provenance: Provenance) -> None:
        self.items = items
        self.provenance = provenance
        self._by_code = {country.code: country for country in items}
        self._by_destatis = {c.destatis: c for c in items if c.destatis}

    def __len__(self) -> int:
        return len(self.items)

    def get(self, code: str) -> Country | None:
        return self._by_code.get(code.upper())

    def by_destatis(self, key: str) -> Country | None:
        return self._by_destatis.get(key)

    def group_of(self, code: str) -> CountryGroup:
        """The group of a nationality; any other CLDR territory counts as third country."""
        found = self.get(code)
        if found:
            return found.group
        return CountryGroup.THIRD if code.upper() in country_codes() else CountryGroup.NONE

    def choices(self, language: str) -> list[tuple[str, str]]:
        """``(code, name)`` of every country, sorted by its name in ``language``."""
        named = [(country.code, country.name(language)) for country in self.items]
        return sorted(named, key=lambda pair: fold(pair[1]))


def read_countries(path: Path) -> Countries:
    checker = Checker(path)
    provenance, rows = read_csv(path)
    if not checker.columns(csv_columns(path), COLUMNS):
        checker.raise_problems()
    valid = country_codes()
    countries = []
    for row in rows:
        code = checker.text(row, "iso2")
        checker.unique(row.line, "iso2", code)
        if code and code not in valid:
            checker.add(row.line, UNKNOWN_COUNTRY, value=code)
        destatis = row.get("destatis") or None
        if destatis is not None:
            if not (destatis.isdigit() and len(destatis) == 3):
                checker.add(row.line, BAD_DESTATIS, value=destatis)
            checker.unique(row.line, "destatis", destatis)
        group = checker.code(row, "group", CountryGroup)
        if group is not None:
            countries.append(Country(code, destatis, group))
    grouped = {c.code for c in countries if c.group in (CountryGroup.EU, CountryGroup.GERMANY)}
    for member in sorted(EU_MEMBERS - grouped):
        checker.add(None, MISSING_MEMBER, value=member)
    checker.raise_problems()
    return Countries(tuple(countries), provenance)
