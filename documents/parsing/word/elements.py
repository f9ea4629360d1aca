"""WordprocessingML elements as the reader reads them: a w:val at a path, a related part."""

from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml


def related_xml(part, relationship_type: str):
    try:
        related = part.part_related_by(relationship_type)
    except KeyError:
        return None
    # python-docx loads the numbering part as XML but has no class for footnotes: it keeps
    # their bytes, parsed here with its own parser (entities off).
    return related.element if hasattr(related, "element") else parse_xml(related.blob)


def value_at(element, path: str) -> str | None:
    """The w:val of the element at `path` (w:-prefixed steps) under `element`, if there is one."""
    found = element.find("/".join(qn(step) for step in path.split("/")))
    return None if found is None else found.get(qn("w:val"))


def as_integer(text: str | None, default: int) -> int:
    return int(text) if text and text.lstrip("-").isdigit() else default
