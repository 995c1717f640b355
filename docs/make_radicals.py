"""Write kg_builder/data/cjk_radicals.tsv: each CJK radical code point and the ideograph it stands for.

PDF text layers often carry radical code points where the document has ideographs (⽅案 for 方案,
⻚ for 页): a CJK font draws U+2F45 KANGXI RADICAL SQUARE and U+65B9 方 with one glyph, and a PDF
writer that maps glyphs back to text may pick the radical. The table is read off the fonts: a radical
stands for the ideograph drawn with the same glyph in Noto Sans and Serif CJK SC (Debian's
fonts-noto-cjk), else in one of their other faces (JP, KR, TC, HK) when those agree; a Kangxi radical
no face draws as an ideograph takes its Unicode compatibility mapping (NFKC). Run by hand (needs fontTools and fonts-noto-cjk); the table is committed.

    python docs/make_radicals.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from fontTools.ttLib import TTCollection

FONTS = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"]
RADICALS = range(0x2E80, 0x2FE0)
OUT = Path(__file__).resolve().parent.parent / "kg_builder" / "data" / "cjk_radicals.tsv"


def _ideograph(code: int) -> bool:
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF


def main() -> None:
    # what each face draws a radical as: the SC faces first, then the others (a PDF made with a
    # Japanese or Korean face gives 江⻄ for 江西)
    simplified: dict[int, set[int]] = {}
    others: dict[int, set[int]] = {}
    for path in FONTS:
        for font in TTCollection(path).fonts:
            found = simplified if " SC" in font["name"].getDebugName(4) else others
            cmap = font.getBestCmap()
            by_glyph: dict[str, list[int]] = {}
            for code, glyph in cmap.items():
                if _ideograph(code):
                    by_glyph.setdefault(glyph, []).append(code)
            for radical in RADICALS:
                same = by_glyph.get(cmap.get(radical), [])
                if len(same) == 1:
                    found.setdefault(radical, set()).add(same[0])
    table = {radical: min(codes) for radical, codes in others.items() if len(codes) == 1}
    table.update({radical: min(codes) for radical, codes in simplified.items() if len(codes) == 1})
    for radical in RADICALS:
        folded = unicodedata.normalize("NFKC", chr(radical))
        if radical not in table and len(folded) == 1 and _ideograph(ord(folded)):
            table[radical] = ord(folded)
    lines = ["# radical\tideograph (see docs/make_radicals.py)"]
    lines += [f"{chr(radical)}\t{chr(table[radical])}" for radical in sorted(table)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} radicals -> {OUT}")


if __name__ == "__main__":
    main()
