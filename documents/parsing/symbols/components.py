"""The components of a symbol, taken from its end: modifiers, number, date, body; parentheses."""

from .grammar import (
    BODY_COMPONENT,
    DOTTED_NATURE,
    FIRST_YEAR,
    JOINT_NUMBER,
    LAST_YEAR,
    LETTER_RUN,
    MODIFIER,
    MODIFIER_KINDS,
    PARENTHESES,
    PART,
    PART_WORDS,
    RESERVED_WORDS,
    ROMAN,
    ROMAN_VALUES,
    SESSION_IN_PARENTHESES,
    SPECIAL_SESSION,
    SUBSERIES,
)
from .symbol import Modifier, SymbolError


def take_parentheses(
    text: str, written: str
) -> tuple[str, int | None, tuple[int, str | None] | None, str | None]:
    """The text without its parentheses, and the year, session and part they hold."""
    council_year: int | None = None
    session: tuple[int, str | None] | None = None
    part: str | None = None
    for match in PARENTHESES.finditer(written):
        inside = match[1]
        if inside.isdigit() and len(inside) == 4 and council_year is None:
            council_year = year_of(text, inside)
        elif (found := PART.fullmatch(inside)) and part is None:
            part = f"{PART_WORDS[found[1].upper()]} {found[2].upper()}"
        elif (
            (found := SESSION_IN_PARENTHESES.fullmatch(inside))
            and session is None
            # A number alone in parentheses is a footnote call glued to the symbol: "A/52/250(1)".
            and (found[1] is not None or not found[2].isdigit())
        ):
            numeral = found[2].upper()
            value = int(numeral) if numeral.isdigit() else from_roman(text, numeral)
            session = (value, found[1].upper() if found[1] else None)
        else:
            raise SymbolError(
                f"{text!r} has parentheses that are not a year like '(2015)', a session like"
                " '(XXX)' or a part like '(Vol. III)'"
            )
    return PARENTHESES.sub("", written), council_year, session, part


def take_modifiers(text: str, components: list[str]) -> tuple[Modifier, ...]:
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


def take_number(text: str, components: list[str]) -> tuple[str | None, str, bool]:
    # A treaty body's decision on a communication carries the communication's number and the
    # year it was registered: "CCPR/C/129/D/2337/2014".
    if (
        len(components) > 3
        and components[-3].upper() == "D"
        and components[-2].isdigit()
        and components[-1].isdigit()
        and len(components[-1]) == 4
    ):
        registered = year_of(text, components[-1])
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


def take_date(
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
        return year_of(text, date), None, None, subseries
    if date.isdigit() and len(date) <= 3:
        return None, int(date), None, subseries
    raise SymbolError(f"{text!r} has no valid year or session: {date!r}")


def year_of(text: str, value: str) -> int:
    year = int(value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise SymbolError(
            f"{text!r} has no valid year: {year} is outside {FIRST_YEAR}..{LAST_YEAR}"
        )
    return year


def take_body(text: str, components: list[str]) -> str:
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


def from_roman(text: str, numeral: str) -> int:
    if not ROMAN.fullmatch(numeral):
        raise SymbolError(f"{text!r} has no valid session in Roman numerals: {numeral!r}")
    value, rest = 0, numeral
    for letters, worth in ROMAN_VALUES:
        while rest.startswith(letters):
            value += worth
            rest = rest[len(letters) :]
    return value
