"""Paragraph styles of a Word document: which are headings, and which carry a list's numbering."""

from docx.oxml.ns import qn

from .elements import value_at

HEADING_STYLES = frozenset({f"heading {level}" for level in range(1, 10)} | {"title"})


class WordStyles:
    """Paragraph styles: which are headings, and which carry a list's numbering."""

    def __init__(self, styles) -> None:
        self.by_id = {
            style.get(qn("w:styleId")): style
            for style in styles.iter(qn("w:style"))
            if style.get(qn("w:type")) == "paragraph"
        }
        self.default = next(
            (
                sid
                for sid, style in self.by_id.items()
                if style.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )

    def of(self, paragraph) -> list:
        """The paragraph's style followed by the styles it is based on."""
        style_id = value_at(paragraph, "w:pPr/w:pStyle") or self.default
        chain = []
        while (style := self.by_id.get(style_id)) is not None and style not in chain:
            chain.append(style)
            style_id = value_at(style, "w:basedOn")
        return chain

    def is_heading(self, paragraph, chain: list) -> bool:
        names = {(value_at(style, "w:name") or "").lower() for style in chain}
        levels = [value_at(element, "w:pPr/w:outlineLvl") for element in (paragraph, *chain)]
        # Outline levels 0–8 are the headings of the navigation pane; 9 is body text.
        return bool(names & HEADING_STYLES) or any(level not in (None, "9") for level in levels)

    def numbering_of(self, paragraph, chain: list) -> tuple[str | None, int]:
        num_id = ilvl = None
        for element in (paragraph, *chain):
            num_id = num_id or value_at(element, "w:pPr/w:numPr/w:numId")
            ilvl = ilvl or value_at(element, "w:pPr/w:numPr/w:ilvl")
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0
