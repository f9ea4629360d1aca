"""UN document symbols: parse, validate and normalize them, and link them to undocs.org.

A symbol names one document in all six languages. Its written form, component by component:

    body [/RES] [/year | /session] /number-with-nature [/modifier]... [ (YYYY)] [*]

    CTOC/COP/WG.7/2017/INF.1/Rev.1    A/RES/73/195    A/73/L.66    S/RES/2240 (2015)
"""

import re
import string
import unicodedata
from dataclasses import dataclass, replace

__all__ = ["Symbol", "SymbolError", "is_valid", "normalize", "parse", "undocs_url"]

UNDOCS = "https://undocs.org/"

# The first sessions of the General Assembly and the Security Council met in 1946.
FIRST_YEAR = 1946
LAST_YEAR = 2100

# Natures written glued to their number with a dot: "L.66", "CRP.1", "INF.1".
DOTTED_NATURES = ("INF", "L", "CRP", "R", "WP")
NATURES = (*DOTTED_NATURES, "RES")
MODIFIER_KINDS = ("Add", "Corr", "Rev", "Amend", "Summary")
# Words a body component may not be, or "A/Rev.1/73" would pass as the body "A/REV.1".
RESERVED_WORDS = frozenset({"RES", "INF", *(kind.upper() for kind in MODIFIER_KINDS)})

ALLOWED_CHARACTERS = frozenset(string.ascii_letters + string.digits + "/.()*")
# Callers cut symbols out of running text, where the sentence goes on: "（CTOC/COP/WG.7/2012/2）。".
# No symbol ends in one of these, so they always belong to the sentence.
SENTENCE_PUNCTUATION = ".,;:。、"

# Bodies and modifiers are read in any case; error messages quote the components as written.
BODY_COMPONENT = re.compile(r"[A-Z]+(?:\.[0-9]+)?", re.ASCII | re.IGNORECASE)
DOTTED_NATURE = re.compile(rf"({'|'.join(DOTTED_NATURES)})\.([0-9]+)", re.ASCII | re.IGNORECASE)
MODIFIER = re.compile(r"(ADD|CORR|REV|AMEND)(?:\.([0-9]+))?|SUMMARY", re.ASCII | re.IGNORECASE)
COUNCIL_YEAR = re.compile(r"\(([0-9]{4})\)$")

Modifier = tuple[str, int | None]


class SymbolError(ValueError):
    """A text that is not a UN document symbol; the message says what is wrong."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Symbol:
    """One UN document symbol, as written on the document's first page."""

    body: str
    number: str
    year: int | None = None
    session: int | None = None
    nature: str | None = None
    modifiers: tuple[Modifier, ...] = ()
    reissue: bool = False
    # Both "CTOC/COP/WG.7/2017/INF.1/Rev.1" and "CTOC/COP/WG.7/2020/INF/1/Rev.1" are real
    # symbols; undocs.org only resolves the one the secretariat issued, so the form is kept.
    inf_with_slash: bool = False

    def __str__(self) -> str:
        written = self._written(inf_with_slash=self.inf_with_slash)
        if self._is_council_resolution and self.year is not None:
            written += f" ({self.year})"
        return written + ("*" if self.reissue else "")

    @property
    def series(self) -> str:
        return self.body.split("/", 1)[0]

    @property
    def key(self) -> str:
        """The symbol to match on: equal for every way of writing the same document."""
        # The reissue mark and INF.1 vs INF/1 are typography, not identity. Security Council
        # resolutions are numbered continuously since 1946, so "S/RES/2240" is enough.
        return self._written(inf_with_slash=False)

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
        # The UN's own links write "undocs.org/S/RES/2240(2015)": no space, which a URL cannot
        # hold, and no reissue mark, which is not part of the symbol the document system stores.
        written = self._written(inf_with_slash=self.inf_with_slash)
        if self._is_council_resolution and self.year is not None:
            written += f"({self.year})"
        return UNDOCS + written

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

    def _written(self, *, inf_with_slash: bool) -> str:
        components = [self.body]
        if self.nature == "RES":
            components.append("RES")
        if self.year is not None and not self._is_council_resolution:
            components.append(str(self.year))
        if self.session is not None:
            components.append(str(self.session))
        if self.nature in DOTTED_NATURES and not (self.nature == "INF" and inf_with_slash):
            components.append(f"{self.nature}.{self.number}")
        elif self.nature == "INF":
            components += ["INF", self.number]
        else:
            components.append(self.number)
        if self.modifiers:
            components.append(self.modifiers_text)
        return "/".join(components)


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
    council_year = None
    if match := COUNCIL_YEAR.search(written):
        council_year = _year(text, match[1])
        written = written[: match.start()]
    if "(" in written or ")" in written:
        raise SymbolError(f"{text!r} has parentheses that are not a year like '(2015)'")

    components = written.split("/")
    if "" in components:
        raise SymbolError(f"{text!r} has a dangling slash")
    modifiers = _take_modifiers(text, components)
    nature, number, inf_with_slash = _take_number(text, components)
    year, session = _take_year_or_session(text, components)
    if components and components[-1].upper() == "RES":
        if nature is not None:
            raise SymbolError(f"{text!r} is a resolution and {nature!r} at once")
        nature = components.pop().upper()
    body = _body(text, components)

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
        nature=nature,
        number=number,
        modifiers=modifiers,
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
        # ")" ends a symbol only when it closes the Security Council year "(2015)".
        or (cleaned[-1] == ")" and cleaned.count(")") > cleaned.count("("))
    ):
        cleaned = cleaned[:-1]
    return cleaned


def _take_modifiers(text: str, components: list[str]) -> tuple[Modifier, ...]:
    modifiers: list[Modifier] = []
    while components and (match := MODIFIER.fullmatch(components[-1])):
        kind = next(
            kind for kind in MODIFIER_KINDS if kind.upper() == match[0].split(".")[0].upper()
        )
        if kind != "Summary" and match[2] is None:
            raise SymbolError(f"{text!r} has {kind!r} without its number, like '{kind}.1'")
        modifiers.insert(0, (kind, None if match[2] is None else int(match[2])))
        components.pop()
    return tuple(modifiers)


def _take_number(text: str, components: list[str]) -> tuple[str | None, str, bool]:
    last = components.pop() if components else ""
    # Numbers are compared as written by the UN, which never pads them: "L.066" is "L.66".
    if match := DOTTED_NATURE.fullmatch(last):
        return match[1].upper(), str(int(match[2])), False
    if not last.isdigit():
        raise SymbolError(f"{text!r} has no valid document number: {last!r}")
    if components and components[-1].upper() == "INF":
        components.pop()
        return "INF", str(int(last)), True
    return None, str(int(last)), False


def _take_year_or_session(text: str, components: list[str]) -> tuple[int | None, int | None]:
    if not components or not components[-1].isdigit():
        return None, None
    value = components.pop()
    if len(value) == 4:
        return _year(text, value), None
    if len(value) <= 3:
        return None, int(value)
    raise SymbolError(f"{text!r} has no valid year or session: {value!r}")


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
    return "/".join(components).upper()
