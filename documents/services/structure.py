"""Writes a language version's structure: its sections, paragraphs (with their search vectors),
footnotes and references, as the parser read them, each linked to the rows it belongs to.

The import's store (services.storing) and a reissued report (services.reissue) both write a
version's structure through `replace_structure`.
"""

from documents.indexing import ParagraphIndex
from documents.models import (
    Document,
    Footnote,
    LanguageVersion,
    Paragraph,
    Reference,
    Section,
)
from documents.parsing.results import ParsedText

from .copying import insert_rows


def replace_structure(
    version: LanguageVersion,
    parsed: ParsedText,
    index: ParagraphIndex | None,
    *,
    is_new: bool = False,
) -> dict[str, int]:
    """Delete the version's structure rows and write the parsed ones, keeping their links.

    The paragraphs go in with their search vectors from `index` (none on SQLite).
    """
    if not is_new:
        version.references.all().delete()
        version.footnotes.all().delete()
        version.paragraphs.all().delete()
        version.sections.all().delete()

    sections = _insert_sections(version, parsed)
    paragraphs = _insert_paragraphs(version, parsed, index, sections=sections)
    footnotes = _insert_footnotes(version, parsed, paragraphs=paragraphs)
    references = _insert_references(version, parsed, paragraphs=paragraphs, footnotes=footnotes)
    return {
        "headings": len(sections),
        "paragraphs": len(paragraphs),
        "numbered_paragraphs": sum(1 for p in parsed.paragraphs if p.kind == "numbered"),
        "footnotes": len(footnotes),
        "references": len(references),
        "indexed_paragraphs": len(index.vectors) if index is not None else 0,
    }


def _insert_sections(version: LanguageVersion, parsed: ParsedText) -> list[Section]:
    sections = [
        Section(
            version=version,
            kind=heading.kind,
            number=heading.number,
            heading=heading.text,
            order=heading.order,
        )
        for heading in parsed.headings
    ]
    insert_rows(sections, [heading.parent for heading in parsed.headings])
    return sections


def _insert_paragraphs(
    version: LanguageVersion,
    parsed: ParsedText,
    index: ParagraphIndex | None,
    *,
    sections: list[Section],
) -> list[Paragraph]:
    paragraphs = [
        Paragraph(
            version=version,
            kind=paragraph.kind,
            number=paragraph.number,
            label=paragraph.label,
            part=paragraph.part,
            order=paragraph.order,
            text=paragraph.text,
            section=sections[paragraph.heading] if paragraph.heading is not None else None,
            search=vector,
        )
        for paragraph, vector in zip(
            parsed.paragraphs,
            index.vectors if index is not None else [None] * len(parsed.paragraphs),
            strict=True,
        )
    ]
    insert_rows(paragraphs, [paragraph.parent for paragraph in parsed.paragraphs])
    return paragraphs


def _insert_footnotes(
    version: LanguageVersion, parsed: ParsedText, *, paragraphs: list[Paragraph]
) -> list[Footnote]:
    footnotes = [
        Footnote(
            version=version,
            marker=note.marker,
            order=order,
            text=note.text,
            paragraph=paragraphs[note.paragraph] if note.paragraph is not None else None,
        )
        for order, note in enumerate(parsed.footnotes)
    ]
    insert_rows(footnotes)
    return footnotes


def _insert_references(
    version: LanguageVersion,
    parsed: ParsedText,
    *,
    paragraphs: list[Paragraph],
    footnotes: list[Footnote],
) -> list[Reference]:
    """The references, each cited symbol linked to the document the portal holds under it."""
    cited = resolve_symbols(parsed)
    references = [
        Reference(
            version=version,
            kind=reference.kind,
            target=reference.target,
            paragraph=paragraphs[reference.paragraph] if reference.paragraph is not None else None,
            footnote=footnotes[reference.footnote] if reference.footnote is not None else None,
            document=cited.get(reference.target) if reference.kind == "symbol" else None,
        )
        for reference in parsed.references
    ]
    insert_rows(references)
    return references


def resolve_symbols(parsed: ParsedText) -> dict[str, Document]:
    targets = {r.target for r in parsed.references if r.kind == "symbol"}
    return {d.symbol: d for d in Document.objects.filter(symbol__in=targets)}
