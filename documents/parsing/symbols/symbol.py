"""One UN document symbol, as the UN writes it, matches it and links it to undocs.org."""

from dataclasses import dataclass, replace

from .grammar import DOTTED_NATURES, ROMAN_VALUES, UNDOCS

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
            written += f"({self._session_text(roman_numeral(self.session))})"
        if self.modifiers:
            written += "/" + self.modifiers_text
        if self.part:
            written += f" ({self.part})"
        if council_year and self._is_council_resolution and self.year is not None:
            written += f" ({self.year})"
        return written


def roman_numeral(value: int) -> str:
    numeral = ""
    for letters, worth in ROMAN_VALUES:
        while value >= worth:
            numeral += letters
            value -= worth
    return numeral
