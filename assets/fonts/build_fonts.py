"""Build the protocol fonts: Noto Sans + Noto Sans Arabic merged into "Iqtui Sans".

One font per weight that covers German, the other Latin-script languages, Greek,
Cyrillic and Arabic/Persian lets every paragraph of the Beratungsprotokoll (e.g. a
German sentence holding an Arabic-script name) use a single font. reportlab does not
shape or kern, so OpenType layout tables and hinting are dropped; Arabic joining comes
from the presentation forms (U+FB50–U+FEFF) that arabic-reshaper produces.

Run once, offline, and commit the result (merging takes seconds; never at runtime)::

    .venv/bin/python assets/fonts/build_fonts.py [/usr/share/fonts/truetype/noto]

Sources: Debian package ``fonts-noto-core`` (see README.md for the version). Noto is a
trademark of Google, so the derived family is renamed (SIL OFL 1.1, section 3).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
FAMILY = "Iqtui Sans"
POSTSCRIPT_FAMILY = "IqtuiSans"
VERSION = "1.000"

#: Code points taken from Noto Sans: Latin (incl. Vietnamese), IPA bits, combining marks,
#: Greek, Cyrillic, punctuation, currency (€ ₴ ₽ ₺), letterlike symbols (№).
LATIN_RANGES = [
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0250, 0x02FF),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
]
#: Code points taken from Noto Sans Arabic: Arabic, Arabic Supplement, Extended-A and both
#: presentation-form blocks (what arabic-reshaper emits).
ARABIC_RANGES = [
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
]


def _codepoints(ranges: list[tuple[int, int]]) -> list[int]:
    return [cp for start, end in ranges for cp in range(start, end + 1)]


def _subset(source: Path, ranges: list[tuple[int, int]], target: Path) -> None:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "kern", "gasp"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_codepoints(ranges))
    subsetter.subset(font)
    font.save(str(target))


def _rename(font: TTFont, style: str, sources: str) -> None:
    name = font["name"]
    full = f"{FAMILY} {style}"
    postscript = f"{POSTSCRIPT_FAMILY}-{style}"
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 5, 6, 16, 17, 18, 21, 22, 25):
            name.removeNames(nameID=record.nameID)
    entries = {
        0: "Copyright 2015-2020 Google LLC. All Rights Reserved. (Noto Sans, Noto Sans Arabic)",
        1: FAMILY,
        2: style,
        3: f"{VERSION};IQTUI;{postscript}",
        4: full,
        5: f"Version {VERSION}; derived from {sources}",
        6: postscript,
        10: (
            f"{FAMILY} is Noto Sans and Noto Sans Arabic ({sources}) merged, subset and renamed "
            "for the iqtui counselling protocol. Modified Version under the SIL OFL 1.1."
        ),
    }
    for name_id, text in entries.items():
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    font["head"].macStyle = 1 if style == "Bold" else 0
    os2 = font["OS/2"]
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | (0b100000 if style == "Bold" else 0b1000000)


def build(noto_dir: Path, style: str, work: Path) -> Path:
    latin_src = noto_dir / f"NotoSans-{style}.ttf"
    arabic_src = noto_dir / f"NotoSansArabic-{style}.ttf"
    latin = work / f"latin-{style}.ttf"
    arabic = work / f"arabic-{style}.ttf"
    _subset(latin_src, LATIN_RANGES, latin)
    _subset(arabic_src, ARABIC_RANGES, arabic)
    merged = Merger().merge([str(latin), str(arabic)])
    versions = []
    for source in (latin_src, arabic_src):
        version = TTFont(str(source))["name"].getDebugName(5) or ""
        versions.append(f"{source.stem} {version.split(';')[0].removeprefix('Version ')}")
    _rename(merged, style, ", ".join(versions))
    # Reproducible output: keep the source's timestamps instead of "now".
    source_head = TTFont(str(arabic_src))["head"]
    merged["head"].created = source_head.created
    merged["head"].modified = source_head.modified
    merged.recalcTimestamp = False
    target = HERE / f"{POSTSCRIPT_FAMILY}-{style}.ttf"
    merged.save(str(target))
    return target


def main() -> None:
    import tempfile

    noto_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/noto")
    with tempfile.TemporaryDirectory() as tmp:
        for style in ("Regular", "Bold"):
            target = build(noto_dir, style, Path(tmp))
            font = TTFont(str(target))
            print(
                f"{target.name}: {target.stat().st_size // 1024} KB, "
                f"{len(font.getGlyphOrder())} glyphs, {len(font.getBestCmap())} code points"
            )


if __name__ == "__main__":
    main()
