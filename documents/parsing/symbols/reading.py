"""Reading a symbol as texts write it: parse, normalize, validate, and its undocs.org link."""

import unicodedata

from .components import take_body, take_date, take_modifiers, take_number, take_parentheses
from .grammar import ALLOWED_CHARACTERS, HYPHENATED, SENTENCE_PUNCTUATION
from .symbol import Symbol, SymbolError


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
        written, council_year, session_in_parentheses, part = take_parentheses(text, written)
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
    modifiers = take_modifiers(text, components)
    nature, number, inf_with_slash = take_number(text, components)
    year, session, special_session, subseries = take_date(text, components)
    if components and components[-1].upper() == "RES":
        if nature is not None:
            raise SymbolError(f"{text!r} is a resolution and {nature!r} at once")
        nature = components.pop().upper()
    body = take_body(text, components)

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
