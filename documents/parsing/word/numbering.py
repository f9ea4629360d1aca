"""Word's list numbering, counted and written the way Word displays it."""

import re

from docx.oxml.ns import qn

from .elements import as_integer, value_at


class WordNumbering:
    """Word's list numbering, counted the way Word displays it."""

    def __init__(self, numbering) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int, bool]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iter(qn("w:abstractNum")):
            levels = self.levels.setdefault(abstract.get(qn("w:abstractNumId")), {})
            for level in abstract.iter(qn("w:lvl")):
                levels[as_integer(level.get(qn("w:ilvl")), 0)] = (
                    value_at(level, "w:numFmt") or "decimal",
                    value_at(level, "w:lvlText") or "",
                    as_integer(value_at(level, "w:start"), 1),
                    level.find(qn("w:isLgl")) is not None,
                )
        for num in numbering.iter(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            self.abstract_of[num_id] = value_at(num, "w:abstractNumId")
            self.restarts[num_id] = {
                as_integer(override.get(qn("w:ilvl")), 0): as_integer(restart, 1)
                for override in num.iter(qn("w:lvlOverride"))
                if (restart := value_at(override, "w:startOverride")) is not None
            }

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """The number shown before a paragraph of list `num_id`, or None where none shows."""
        abstract = self.abstract_of.get(num_id or "")
        levels = self.levels.get(abstract or "", {})
        if ilvl not in levels:
            return None  # numId 0 switches numbering off; others point at a missing definition
        # Lists sharing one definition continue each other's numbers, unless one restarts.
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for level, start in self.restarts.get(num_id, {}).items():
                counters[level] = start - 1
        number_format, text, start, legal = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if number_format == "bullet":
            return "-"  # the seeds print a list bullet as " - "
        rendered = []
        for piece in re.split(r"(%[1-9])", text):
            if not piece.startswith("%") or len(piece) != 2:
                rendered.append(piece)
                continue
            level = int(piece[1]) - 1
            if level > ilvl:
                return None  # Word drops a level text that refers to a deeper level
            level_format, _, level_start, _ = levels.get(level, ("decimal", "", 1, False))
            value = counters.get(level, level_start)
            # "Legal" numbering writes every level in digits: "2.1" under chapter "II".
            formatted = _format_number(value, "decimal" if legal else level_format)
            if formatted is None:
                return None  # a format not rendered here: show no number rather than a wrong one
            rendered.append(formatted)
        return "".join(rendered).strip() or None


ROMAN = tuple(
    zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    )
)
CHINESE_DIGITS = "〇一二三四五六七八九"


def _format_number(value: int, number_format: str) -> str | None:
    if number_format == "decimal":
        return str(value)
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if number_format in ("lowerLetter", "upperLetter") and value > 0:
        # Word goes on a, ..., z, aa, bb, ...
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if number_format == "lowerLetter" else letters.upper()
    if number_format in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, numeral in ROMAN:
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman if number_format == "lowerRoman" else roman.upper()
    if number_format in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting"):
        # Chapters of Chinese UN texts: 一. 导言, 二. 供讨论的问题, ... 十一.
        if not 0 < value < 100:
            return str(value)
        tens, ones = divmod(value, 10)
        written = (CHINESE_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
        return written + (CHINESE_DIGITS[ones] if ones else "")
    return None
