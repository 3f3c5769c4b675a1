"""Settings of one iqtui installation, in a TOML file the counsellor can read and edit.

The file lives in the user's config folder (``iqtui config`` prints where) or wherever
``--config`` / ``IQTUI_CONFIG`` point. A missing file means defaults; the first start
writes a commented default file so there is a clear place to change things.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from iqtui import paths

BIDI_MODES = ("terminal", "app", "off")
THEMES = ("default", "high-contrast")


@dataclass(frozen=True)
class Centre:
    """The counselling centre, printed in the protocol header."""

    name: str = "IQ Anerkennungs- und Qualifizierungsberatung"
    address: str = ""
    phone: str = ""
    email: str = ""
    #: A PNG or JPEG file printed at the top of the protocol (optional).
    logo: str = ""
    funding_line: str = (
        "Das Förderprogramm „Integration durch Qualifizierung (IQ)“ wird durch das "
        "Bundesministerium für Arbeit und Soziales und die Europäische Union über den "
        "Europäischen Sozialfonds Plus (ESF Plus) gefördert."
    )


@dataclass(frozen=True)
class Config:
    """All settings; unknown keys in the file are ignored, bad values fall back."""

    #: UI language; empty = the system locale.
    language: str = ""
    #: The counsellor's name (audit entries, protocol); empty = the OS user name.
    counsellor: str = ""
    #: At outreach events new contacts default to "mobile" (persönlich außerhalb ...).
    outreach: bool = False
    #: Default place of counselling for new contacts (e.g. the event).
    default_place: str = ""
    #: How right-to-left text is shown in the terminal: terminal | app | off.
    bidi_mode: str = "terminal"
    theme: str = "default"
    #: Lock the app after this many idle minutes (0 = never).
    idle_lock_minutes: int = 5
    centre: Centre = field(default_factory=Centre)

    def with_changes(self, **changes: Any) -> Config:
        return replace(self, **changes)


_TEMPLATE = """\
# iqtui settings. Lines starting with # are comments.
# Language of the interface: de, en, ar, fa, uk, ru, tr, pl, ro, fr, es (empty: system language)
language = "{language}"
# Your name as counsellor (printed on the protocol)
counsellor = ""
# true at outreach events: new contacts are "in person outside our own premises (mobile)"
outreach = false
default_place = ""
# Right-to-left text in the terminal: "terminal" (the terminal orders it), "app", or "off"
bidi_mode = "terminal"
# "default" or "high-contrast"
theme = "default"
# Lock after this many idle minutes (0 = never)
idle_lock_minutes = 5

[centre]
# Your counselling centre, printed at the top of every Beratungsprotokoll
name = "IQ Anerkennungs- und Qualifizierungsberatung"
address = ""
phone = ""
email = ""
# Path to a PNG or JPEG logo
logo = ""
funding_line = "{funding}"
"""


def _coerce(cls: type[Any], data: dict[str, Any]) -> dict[str, Any]:
    """Keep only known keys whose value has the default's type."""
    defaults = cls()
    out: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        default = getattr(defaults, f.name)
        if isinstance(default, Centre) and isinstance(value, dict):
            out[f.name] = Centre(**_coerce(Centre, value))
        elif isinstance(value, type(default)) and not isinstance(default, Centre):
            out[f.name] = value
    return out


def load(path: Path | None = None) -> Config:
    """The configuration from ``path`` (defaults where the file is missing or wrong)."""
    target = path or paths.config_path()
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return Config()
    config = Config(**_coerce(Config, data))
    if config.bidi_mode not in BIDI_MODES:
        config = replace(config, bidi_mode="terminal")
    if config.theme not in THEMES:
        config = replace(config, theme="default")
    return config


def write_default(path: Path | None = None, language: str = "") -> Path:
    """Write the commented default file unless one exists; returns its path."""
    target = path or paths.config_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        funding = Centre().funding_line.replace('"', '\\"')
        target.write_text(_TEMPLATE.format(language=language, funding=funding), encoding="utf-8")
    return target


def save(config: Config, path: Path | None = None) -> None:
    """Write ``config`` (comments of the default file are not kept)."""
    target = path or paths.config_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(config)), encoding="utf-8")
    os.replace(tmp, target)
