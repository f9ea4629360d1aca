"""UN document symbols: parse, validate and normalize them, and link them to undocs.org.

A symbol names one document in all six languages. Every series follows one grammar (the UN's
"Document Series Symbols", ST/LIB/SER.B/5), read here by its rules, never by a list of bodies:

    body [/RES] [/date [/subseries]...] /number [(session)] [/modifier]... [ (part)] [ (YYYY)] [*]

    CTOC/COP/WG.7/2017/INF.1/Rev.1   A/C.3/57/SR.39   UNEP/OzL.Pro.27/1/Add.1   S/RES/2240 (2015)
    CCPR/C/129/D/2337/2014   BWC/MSP/2004/MX/3   A/RES/ES-10/1   A/RES/3363(XXX)
    A/63/49 (Vol. III)   A/59/100*

`PRINTED` is the shape of a symbol as texts print it, for the finders of `references` and `lines`.
"""

import re
import string
import unicodedata
from dataclasses import dataclass, replace

__all__ = ["PRINTED", "Symbol", "SymbolError", "is_valid", "normalize", "parse", "undocs_url"]

UNDOCS = "https://undocs.org/"

# The first sessions of the General Assembly and the Security Council met in 1946.
FIRST_YEAR = 1946
LAST_YEAR = 2100

# Natures written glued to their number with a dot: "L.66", "CRP.1", "INF.1", summary records
# "A/C.3/57/SR.39", verbatim records "S/PV.8000", the climate convention's "FCCC/SBSTA/2019/MISC.1".
DOTTED_NATURES = ("INF", "L", "CRP", "R", "WP", "SR", "PV", "MISC")
# "RES" stands before the date ("A/RES/73/195"); "D" before a treaty body's communication number,
# which carries the year the communication was registered: "CCPR/C/129/D/2337/2014".
NATURES = (*DOTTED_NATURES, "RES", "D")
MODIFIER_KINDS = ("Add", "Corr", "Rev", "Amend", "Summary")
# Words a body component may not be, or "A/Rev.1/73" would pass as the body "A/REV.1". "INF" may:
# before a date it is the body's information series, "A/INF/73/4".
RESERVED_WORDS = frozenset({"RES", *(kind.upper() for kind in MODIFIER_KINDS)})
# The parts a document is issued in, printed in parentheses after it: "A/63/49 (Vol. III)",
# "A/72/6 (Sect. 29A)", "A/61/6 (Prog. 1)", "A/73/6 (Part II)". Written as the UN abbreviates them.
PART_WORDS = {"VOL": "Vol.", "SECT": "Sect.", "PROG": "Prog.", "PART": "Part"}

ALLOWED_CHARACTERS = frozenset(string.ascii_letters + string.digits + "/.()*-")
# Callers cut symbols out of running text, where the sentence goes on: "（CTOC/COP/WG.7/2012/2）。".
# No symbol ends in one of these, so they always belong to the sentence.
SENTENCE_PUNCTUATION = ".,;:。、"

# Bodies and modifiers are read in any case; error messages quote the components as written.
# A body component is letters, dotted with more letters and a number: "C.3", "CONF.222",
# "OzL.Pro.27", "OzL.Pro.WG.1" (the Open-ended Working Group of the Montreal Protocol's Parties).
BODY_COMPONENT = re.compile(r"[A-Z]+(?:\.[A-Z]+)*(?:\.[0-9]+)?", re.ASCII | re.IGNORECASE)
# Letters between the date and the number: the meeting of experts in "BWC/MSP/2004/MX/3".
SUBSERIES = re.compile(r"[A-Z]+", re.ASCII | re.IGNORECASE)
DOTTED_NATURE = re.compile(rf"({'|'.join(DOTTED_NATURES)})\.([0-9]+)", re.ASCII | re.IGNORECASE)
# Combined periodic reports carry both numbers: "CERD/C/GBR/CO/21-23".
JOINT_NUMBER = re.compile(r"([0-9]+)-([0-9]+)")
# OCR reads the digit 1 of a modifier as the letter l: "A/54/L.81/Rev.l" is Rev.1.
MODIFIER = re.compile(
    r"(ADD|CORR|REV|AMEND)(?:\.((?-i:[0-9l])+))?|SUMMARY", re.ASCII | re.IGNORECASE
)
# Special sessions number their own series: "A/RES/S-27/2", emergency ones "A/RES/ES-10/1".
SPECIAL_SESSION = re.compile(r"(E?S)-([0-9]{1,3})", re.ASCII | re.IGNORECASE)
HYPHENATED = re.compile(r"E?S-[0-9]+|[0-9]+-[0-9]+", re.ASCII | re.IGNORECASE)
# Parentheses close a component, at the end or before the modifiers: "A/RES/3367(XXX)/Corr.1",
# "HRI/GEN/1/Rev.9 (Vol. I)".
PARENTHESES = re.compile(r"\(([^()]*)\)(?=[/(]|$)")
PART = re.compile(
    rf"({'|'.join(PART_WORDS)})\.?([0-9]+[A-Z]?|[IVXLCDM]+)", re.ASCII | re.IGNORECASE
)
# Until the thirtieth session the General Assembly (and until 1978 the Economic and Social
# Council) numbered resolutions across sessions and printed the session after the number, in
# Roman numerals: "A/RES/169(II)", "A/RES/3363(XXX)", "A/RES/997(ES-I)".
SESSION_IN_PARENTHESES = re.compile(r"(?:(E?S)-)?([IVXLCDM]+|[0-9]{1,3})", re.ASCII | re.IGNORECASE)
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ROMAN_VALUES = (
    *(("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50)),
    *(("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)),
)
LETTER_RUN = re.compile(r"[A-Za-z]+")

# How a text prints a symbol: a series in capitals, then "/"-separated components; a wrap may leave
# a space after a slash ("CTOC/COP/WG.7/ 2013/4"). A component is a special session ("S-27"), a
# number or two joined ("21-23"), or letters dotted with letters or numbers ("OzL.Pro.27",
# "Rev.l" as OCR prints Rev.1); hyphens go no further, so "A/47/277-S/24111" is two symbols.
# After a component, the parentheses the grammar allows: a year "(2015)", a session "(XXX)" or
# "(ES-I)", a part "(Vol. III)"; a footnote call "(1)" is none of them and stays out: "A/52/250(1)".
# Roman numerals alone are no series: the Montreal Protocol's "decision XXVI/9" is no symbol.
# A symbol ends where no letter or digit follows, or where a bitext page glued the next one to
# it: "A/71/1007A/71/1007".
PRINTED = re.compile(
    r"(?![IVX]+/)[A-Z]{1,8}"
    r"(?:/[ \t]?(?:E?S-[0-9]{1,3}|[0-9]+(?:-[0-9]+)?|[A-Za-z]+(?:\.(?:[0-9]+|[A-Za-z]+))*)"
    r"(?:[ \t]?\((?:[0-9]{4}|(?:E?S-)?[IVXL]+|E?S-[0-9]{1,2}"
    r"|(?:Vol|Part|Sect|Prog)\.?[ \t]?(?:[0-9]+[A-Z]?|[IVXLC]+))\))*)+"
    r"\*?"
    r"(?:(?![A-Za-z0-9])|(?=[A-Z]{1,8}/))"
)

Modifier = tuple[str, int | None]


class SymbolError(ValueError):
    """A text that is not a UN document symbol; the message says what is wrong."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Symbol:
    """One UN document symbol, as written on the document's first page."""

    body: str
    number: str  # "66"; a communication "2337/2014"; combined reports "21-23"
    year: int | None = None
    session: int | None = None
    special_session: str | None = None  # "S" special, "ES" emergency special: "A/RES/ES-10/1"
    session_after_number: bool = False  # "A/RES/3363(XXX)"
    subseries: tuple[str, ...] = ()  # ("MX",) in "BWC/MSP/2004/MX/3"
    nature: str | None = None
    modifiers: tuple[Modifier, ...] = ()
    part: str | None = None  # "Vol. III" in "A/63/49 (Vol. III)"
    reissue: bool = False
    # Both "CTOC/COP/WG.7/2017/INF.1/Rev.1" and "CTOC/COP/WG.7/2020/INF/1/Rev.1" are real
    # symbols; undocs.org only resolves the one the secretariat issued, so the form is kept.
    inf_with_slash: bool = False

    def __str__(self) -> str:
        written = self._written(inf_with_slash=self.inf_with_slash, council_year=True)
        return written + ("*" if self.reissue else "")

    @property
    def series(self) -> str:
        return self.body.split("/", 1)[0]

    @property
    def key(self) -> str:
        """The symbol to match on: equal for every way of writing the same document."""
        # The reissue mark and INF.1 vs INF/1 are typography, not identity. Security Council
        # resolutions are numbered continuously since 1946, so "S/RES/2240" is enough. The UN's
        # document system matches symbols in any case: "UNEP/OZL.PRO.27/1" finds "OzL.Pro.27".
        matched = replace(self, body=self.body.upper())
        return matched._written(inf_with_slash=False, council_year=False)

    @property
    def distribution_hint(self) -> str:
        # "L." marks drafts of limited distribution and "R." restricted documents; everything
        # else is issued for general distribution.
        if self.nature == "L":
            return "limited"
        if self.nature == "R":
            return "restricted"
        return "general"

    @property
    def undocs_url(self) -> str:
        # The UN's own links write "undocs.org/S/RES/2240(2015)" and "A/63/49(Vol.III)": no
        # space, which a URL cannot hold, and no reissue mark, which is not part of the symbol
        # the document system stores.
        written = self._written(inf_with_slash=self.inf_with_slash, council_year=True)
        return UNDOCS + written.replace(" ", "")

    @property
    def base(self) -> "Symbol":
        """The document this addendum, corrigendum or revision belongs to."""
        return replace(self, modifiers=(), reissue=False)

    @property
    def modifiers_text(self) -> str:
        """The modifiers as written after the number: "Rev.1/Add.2", or "" when there are none."""
        return "/".join(
            kind if number is None else f"{kind}.{number}" for kind, number in self.modifiers
        )

    @property
    def is_addendum(self) -> bool:
        return self._has_modifier("Add")

    @property
    def is_corrigendum(self) -> bool:
        return self._has_modifier("Corr")

    @property
    def is_revision(self) -> bool:
        return self._has_modifier("Rev")

    @property
    def _is_council_resolution(self) -> bool:
        return self.body == "S" and self.nature == "RES"

    def _has_modifier(self, kind: str) -> bool:
        return any(modifier_kind == kind for modifier_kind, _ in self.modifiers)

    def _session_text(self, numeral: str) -> str:
        return f"{self.special_session}-{numeral}" if self.special_session else numeral

    def _written(self, *, inf_with_slash: bool, council_year: bool) -> str:
        components = [self.body]
        if self.nature == "RES":
            components.append("RES")
        if self.year is not None and not self._is_council_resolution:
            components.append(str(self.year))
        if self.session is not None and not self.session_after_number:
            components.append(self._session_text(str(self.session)))
        components += self.subseries
        if self.nature in DOTTED_NATURES and not (self.nature == "INF" and inf_with_slash):
            components.append(f"{self.nature}.{self.number}")
        elif self.nature in ("INF", "D"):
            components += [self.nature, self.number]
        else:
            components.append(self.number)
        written = "/".join(components)
        if self.session_after_number and self.session is not None:
            written += f"({self._session_text(_roman(self.session))})"
        if self.modifiers:
            written += "/" + self.modifiers_text
        if self.part:
            written += f" ({self.part})"
        if council_year and self._is_council_resolution and self.year is not None:
            written += f" ({self.year})"
        return written


def parse(text: str) -> Symbol:
    """Read one symbol, forgiving how texts write it; raise SymbolError when it is none."""
    written = _clean(text)
    if not written:
        raise SymbolError(f"{text!r} is empty, not a symbol")
    unknown = sorted(set(written) - ALLOWED_CHARACTERS)
    if unknown:
        raise SymbolError(f"{text!r} contains {unknown[0]!r}, which no UN symbol uses")
    reissue = written.endswith("*")
    written = written.removesuffix("*")
    if "*" in written:
        raise SymbolError(f"{text!r} has a '*' that is not the one reissue mark at the end")
    council_year = session_in_parentheses = part = None
    if "(" in written:
        written, council_year, session_in_parentheses, part = _take_parentheses(text, written)
    if "(" in written or ")" in written:
        raise SymbolError(f"{text!r} has parentheses that are not a year like '(2015)'")

    components = written.split("/")
    if "" in components:
        raise SymbolError(f"{text!r} has a dangling slash")
    if "-" in written and not all(HYPHENATED.fullmatch(c) for c in components if "-" in c):
        raise SymbolError(
            f"{text!r} contains '-', which UN symbols only use in special sessions like"
            " 'S-27' and combined reports like '21-23'"
        )
    modifiers = _take_modifiers(text, components)
    nature, number, inf_with_slash = _take_number(text, components)
    year, session, special_session, subseries = _take_date(text, components)
    if components and components[-1].upper() == "RES":
        if nature is not None:
            raise SymbolError(f"{text!r} is a resolution and {nature!r} at once")
        nature = components.pop().upper()
    body = _body(text, components)

    if session_in_parentheses is not None:
        if year is not None or session is not None:
            raise SymbolError(f"{text!r} has a session in parentheses and a date before its number")
        session, special_session = session_in_parentheses
    # Only Security Council resolutions carry their year, in parentheses: "S/RES/2240 (2015)".
    if body == "S" and nature == "RES":
        if year is not None:
            raise SymbolError(f"{text!r} should write its year in parentheses: 'S/RES/N (YYYY)'")
        year = council_year
    elif council_year is not None:
        raise SymbolError(f"{text!r} has a year in parentheses, which only S/RES symbols have")
    return Symbol(
        body=body,
        year=year,
        session=session,
        special_session=special_session,
        session_after_number=session_in_parentheses is not None,
        subseries=subseries,
        nature=nature,
        number=number,
        modifiers=modifiers,
        part=part,
        reissue=reissue,
        inf_with_slash=inf_with_slash,
    )


def normalize(text: str) -> str:
    """The symbol as the UN writes it: 'ctoc/cop/wg.7/2020/2/rev.1' -> '.../2020/2/Rev.1'."""
    return str(parse(text))


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except SymbolError:
        return False
    return True


def undocs_url(text: str) -> str:
    return parse(text).undocs_url


def _clean(text: str) -> str:
    # Chinese texts type symbols in full-width forms ("ＣＴＯＣ／ＣＯＰ"); NFKC makes them ASCII.
    # Whitespace goes everywhere because line wraps split symbols: "CTOC/COP/WG.7/ 2013/4".
    cleaned = "".join(unicodedata.normalize("NFKC", text).split())
    while cleaned and (
        cleaned[-1] in SENTENCE_PUNCTUATION
        # ")" ends a symbol only when it closes a parenthesis of the symbol: "(2015)", "(XXX)".
        or (cleaned[-1] == ")" and cleaned.count(")") > cleaned.count("("))
    ):
        cleaned = cleaned[:-1]
    return cleaned


def _take_parentheses(
    text: str, written: str
) -> tuple[str, int | None, tuple[int, str | None] | None, str | None]:
    """The text without its parentheses, and the year, session and part they hold."""
    council_year: int | None = None
    session: tuple[int, str | None] | None = None
    part: str | None = None
    for match in PARENTHESES.finditer(written):
        inside = match[1]
        if inside.isdigit() and len(inside) == 4 and council_year is None:
            council_year = _year(text, inside)
        elif (found := PART.fullmatch(inside)) and part is None:
            part = f"{PART_WORDS[found[1].upper()]} {found[2].upper()}"
        elif (
            (found := SESSION_IN_PARENTHESES.fullmatch(inside))
            and session is None
            # A number alone in parentheses is a footnote call glued to the symbol: "A/52/250(1)".
            and (found[1] is not None or not found[2].isdigit())
        ):
            numeral = found[2].upper()
            value = int(numeral) if numeral.isdigit() else _from_roman(text, numeral)
            session = (value, found[1].upper() if found[1] else None)
        else:
            raise SymbolError(
                f"{text!r} has parentheses that are not a year like '(2015)', a session like"
                " '(XXX)' or a part like '(Vol. III)'"
            )
    return PARENTHESES.sub("", written), council_year, session, part


def _take_modifiers(text: str, components: list[str]) -> tuple[Modifier, ...]:
    modifiers: list[Modifier] = []
    while components and (match := MODIFIER.fullmatch(components[-1])):
        kind = next(
            kind for kind in MODIFIER_KINDS if kind.upper() == match[0].split(".")[0].upper()
        )
        if kind != "Summary" and match[2] is None:
            raise SymbolError(f"{text!r} has {kind!r} without its number, like '{kind}.1'")
        number = None if match[2] is None else int(match[2].replace("l", "1"))
        modifiers.insert(0, (kind, number))
        components.pop()
    return tuple(modifiers)


def _take_number(text: str, components: list[str]) -> tuple[str | None, str, bool]:
    # A treaty body's decision on a communication carries the communication's number and the
    # year it was registered: "CCPR/C/129/D/2337/2014".
    if (
        len(components) > 3
        and components[-3].upper() == "D"
        and components[-2].isdigit()
        and components[-1].isdigit()
        and len(components[-1]) == 4
    ):
        registered = _year(text, components[-1])
        communication = int(components[-2])
        del components[-3:]
        return "D", f"{communication}/{registered}", False
    last = components.pop() if components else ""
    # Numbers are compared as written by the UN, which never pads them: "L.066" is "L.66".
    if match := DOTTED_NATURE.fullmatch(last):
        return match[1].upper(), str(int(match[2])), False
    if match := JOINT_NUMBER.fullmatch(last):
        number = f"{int(match[1])}-{int(match[2])}"
    elif last.isdigit():
        number = str(int(last))
    else:
        raise SymbolError(f"{text!r} has no valid document number: {last!r}")
    if components and components[-1].upper() == "INF":
        components.pop()
        return "INF", number, True
    return None, number, False


def _take_date(
    text: str, components: list[str]
) -> tuple[int | None, int | None, str | None, tuple[str, ...]]:
    """The year or session, and the letters between it and the number: "2004/MX" of BWC/MSP."""
    start = len(components)
    while (
        start > 0
        and SUBSERIES.fullmatch(components[start - 1])
        and components[start - 1].upper() not in RESERVED_WORDS
    ):
        start -= 1
    # Without a date, letters before the number are the body's: "CRC/C/GBR/CO/5".
    if start == 0 or not (
        components[start - 1][0].isdigit() or SPECIAL_SESSION.fullmatch(components[start - 1])
    ):
        return None, None, None, ()
    date = components[start - 1]
    subseries = tuple(component.upper() for component in components[start:])
    del components[start - 1 :]
    if special := SPECIAL_SESSION.fullmatch(date):
        return None, int(special[2]), special[1].upper(), subseries
    if date.isdigit() and len(date) == 4:
        return _year(text, date), None, None, subseries
    if date.isdigit() and len(date) <= 3:
        return None, int(date), None, subseries
    raise SymbolError(f"{text!r} has no valid year or session: {date!r}")


def _year(text: str, value: str) -> int:
    year = int(value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise SymbolError(
            f"{text!r} has no valid year: {year} is outside {FIRST_YEAR}..{LAST_YEAR}"
        )
    return year


def _body(text: str, components: list[str]) -> str:
    if not components:
        raise SymbolError(f"{text!r} has no body, like 'A' or 'CTOC/COP', before its numbers")
    for component in components:
        if component[0].isdigit():
            raise SymbolError(f"{text!r} has no valid year or session: {component!r}")
        if not BODY_COMPONENT.fullmatch(component):
            raise SymbolError(
                f"{text!r} has no valid body: {component!r} is not letters"
                " optionally followed by .N, like 'WG.7'"
            )
        if component.split(".")[0].upper() in RESERVED_WORDS:
            raise SymbolError(
                f"{text!r} has no valid body: {component!r} belongs after the body and numbers"
            )
    body = "/".join(components)
    if body.isupper():
        return body
    # Texts and search boxes write a symbol in small letters or capitalize each word
    # ("ctoc/cop/wg.7", "Ctoc/Cop/Wg.7"): the UN writes such a body in capitals.
    if all(run.islower() or run.istitle() for run in LETTER_RUN.findall(body)):
        return body.upper()
    # A body that keeps capitals after the first letter of a word is as the UN prints it, in
    # mixed case where the UN uses it: "UNEP/OzL.Pro.27", "E/CN.4/Sub.2".
    return LETTER_RUN.sub(lambda run: run[0].upper() if run[0].islower() else run[0], body)


def _roman(value: int) -> str:
    numeral = ""
    for letters, worth in ROMAN_VALUES:
        while value >= worth:
            numeral += letters
            value -= worth
    return numeral


def _from_roman(text: str, numeral: str) -> int:
    if not ROMAN.fullmatch(numeral):
        raise SymbolError(f"{text!r} has no valid session in Roman numerals: {numeral!r}")
    value, rest = 0, numeral
    for letters, worth in ROMAN_VALUES:
        while rest.startswith(letters):
            value += worth
            rest = rest[len(letters) :]
    return value
