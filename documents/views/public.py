"""Public pages of documents: a document in its languages, and its source file."""

from dataclasses import dataclass
from pathlib import PurePath

from django.db.models import Prefetch
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from meetings.models import AgendaItem
from wgportal.languages import LANGUAGE_CODES, reading_language

from ..markup import Link, footnote_calls, linked_text, symbol_link
from ..models import Document, LanguageVersion, Paragraph, Reference, Section

HEADING_LEVELS = {"chapter": 2, "section": 3, "subsection": 4}


@dataclass
class VersionText:
    """One language version as its page shows it: headings and paragraphs in order, notes."""

    version: LanguageVersion
    items: list[dict]
    notes: list[dict]


def document_detail(request, address: str):
    """A document: its masthead, the text in one language (or two side by side), its notes.

    `address` is its symbol, or "~<id>" for a document printed without one.
    """
    # The meeting and its agenda items are named only when public: a General document of a
    # meeting not yet announced is public, what the meeting's rows say is not.
    document = get_object_or_404(
        Document.objects.public()
        .with_public_meeting()
        .at_address(address)
        .select_related("meeting__body", "body", "replaces", "replaced_by")
        .prefetch_related(
            Prefetch("agenda_items", AgendaItem.objects.public(), to_attr="public_agenda_items"),
            "versions",
        )
    )
    versions = {version.language: version for version in document.versions.all()}
    wanted = reading_language(request)
    # A text missing in the reading language is shown in the language search and lists show
    # it in (Document.version_for), and said so.
    shown = document.version_for(wanted)
    language = shown.language if shown else None
    predecessor = shown_relative(request, document.replaces)
    successor = shown_relative(request, getattr(document, "replaced_by", None))
    compare = request.GET.get("compare", "")
    compare = compare if compare in versions and compare != language else ""
    texts = [
        version_text(versions[code], prefix)
        for code, prefix in ((language, ""), (compare, f"{compare}-"))
        if code
    ]
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "versions": [versions[code] for code in LANGUAGE_CODES if code in versions],
            "language": language,
            "wanted": wanted,
            "compare": compare,
            "text": texts[0] if texts else None,
            "rows": side_by_side(*texts) if len(texts) == 2 else None,
            "other": texts[1] if len(texts) == 2 else None,
            "predecessor": predecessor,
            "successor": successor,
        },
    )


def shown_relative(request, relative: Document | None) -> dict | None:
    """A document the page's one replaces or is replaced by, for a reader who may see it.

    A reissued report's draft is Limited: only readers who may view every document (editors)
    are told of it, and led to the draft report's page, as the draft has no public one.
    """
    if relative is None:
        return None
    if Document.objects.public().filter(pk=relative.pk).exists():
        return {"document": relative, "url": relative.get_absolute_url()}
    if not request.user.has_perm("documents.view_document"):
        return None
    # Only editors reach the draft report's page (reports.views.pages.editor_page). Through the
    # reverse relation: documents stands below reports and does not import it.
    report = getattr(relative, "draft_report", None)
    editor = request.user.has_perm("reports.change_reportsection")
    url = reverse("report-detail", args=[report.pk]) if report and editor else ""
    return {"document": relative, "url": url}


def version_text(version: LanguageVersion, prefix: str) -> VersionText:
    """The headings, paragraphs and notes of a version, with their links, in four queries."""
    sections = list(version.sections.order_by("order"))
    paragraphs = list(version.paragraphs.order_by("order"))
    notes = list(version.footnotes.order_by("order"))
    links = reference_links(list(version.references.all()))
    calls: dict[int, list[str]] = {}
    for note in notes:
        if note.paragraph_id:
            calls.setdefault(note.paragraph_id, []).append(note.marker)
    shown_notes = [
        {
            "note": note,
            "id": f"{prefix}fn-{note.marker}",
            "back": f"#{prefix}fnref-{note.marker}" if note.paragraph_id else "",
            "html": linked_text(note.text, links.get(("note", note.pk), [])),
        }
        for note in notes
    ]
    items = text_items(sections, paragraphs, links=links, calls=calls, prefix=prefix)
    return VersionText(version, items, shown_notes)


def reference_links(references: list[Reference]) -> dict[tuple[str, int | None], list[Link]]:
    """The links of a version's references, by what holds them: ("paragraph" or "note", id).

    A cited symbol links to its page here when the document is public, else to undocs.org.
    """
    cited = {r.target for r in references if r.kind == Reference.Kind.SYMBOL}
    here = (
        {
            document.symbol: document.get_absolute_url()
            for document in Document.objects.public().filter(symbol__in=cited).only("symbol")
        }
        if cited
        else {}
    )
    links: dict[tuple[str, int | None], list[Link]] = {}
    for reference in references:
        link = (
            symbol_link(reference.target, here)
            if reference.kind == Reference.Kind.SYMBOL
            else Link(reference.target, reference.target)
        )
        owner = (
            ("note", reference.footnote_id)
            if reference.footnote_id
            else ("paragraph", reference.paragraph_id)
        )
        links.setdefault(owner, []).append(link)
    return links


def text_items(
    sections: list[Section],
    paragraphs: list[Paragraph],
    *,
    links: dict[tuple[str, int | None], list[Link]],
    calls: dict[int, list[str]],
    prefix: str,
) -> list[dict]:
    """The headings and paragraphs of a text in reading order, each heading before the first
    paragraph under it, with their ids on the page, linked text and footnote calls."""
    items: list[dict] = []
    shown = 0  # headings are shown in their order, each before the first paragraph under it
    by_pk = {section.pk: section for section in sections}

    def headings_until(order: int) -> None:
        nonlocal shown
        while shown < len(sections) and sections[shown].order <= order:
            section = sections[shown]
            items.append(
                {
                    "heading": section,
                    "level": HEADING_LEVELS.get(section.kind, 5),
                    "id": f"{prefix}section-{shown + 1}",  # the n-th heading of the text
                }
            )
            shown += 1

    for paragraph in paragraphs:
        if paragraph.section_id in by_pk:
            headings_until(by_pk[paragraph.section_id].order)
        anchor = paragraph.anchor
        items.append(
            {
                "paragraph": paragraph,
                "id": f"{prefix}{anchor}" if anchor else "",
                "html": linked_text(paragraph.text, links.get(("paragraph", paragraph.pk), [])),
                "calls": footnote_calls(calls.get(paragraph.pk, []), prefix=prefix),
            }
        )
    headings_until(sections[-1].order if sections else 0)
    return items


def side_by_side(left: VersionText, right: VersionText) -> list[tuple[list[dict], list[dict]]]:
    """Rows of the two versions aligned by paragraph number, headings with what they introduce."""
    blocks = [blocks_by_number(left.items), blocks_by_number(right.items)]
    keys = sorted(set(blocks[0]) | set(blocks[1]))
    return [(blocks[0].get(key, []), blocks[1].get(key, [])) for key in keys]


def blocks_by_number(items: list[dict]) -> dict[tuple[float, float], list[dict]]:
    """A version's items keyed by the numbered paragraph they belong with: (part, number).

    A heading goes with the paragraph it introduces, a sub-paragraph with the paragraph before
    it; what stands before paragraph 1 is keyed (0, 0), what follows the last one infinity. An
    annex numbered anew is its own part, so its paragraph 1 is not the body's.
    """
    blocks: dict[tuple[float, float], list[dict]] = {}
    pending: list[dict] = []
    last = (0.0, 0.0)
    for item in items:
        paragraph = item.get("paragraph")
        if paragraph is not None and item["id"]:
            last = (float(paragraph.part), float(paragraph.number))
            blocks[last] = [*pending, item]
            pending = []
        elif paragraph is None or pending:
            pending.append(item)
        else:
            blocks.setdefault(last, []).append(item)
    if pending:
        blocks[(float("inf"), float("inf"))] = pending
    return blocks


def document_source(request, address: str, language: str):
    """The file a language version was imported from, for a document the reader may see."""
    version = get_object_or_404(
        LanguageVersion.objects.public().exclude(source_file=""),
        document__in=Document.objects.at_address(address),
        language=language,
    )
    return FileResponse(
        version.source_file.open("rb"),
        as_attachment=True,
        filename=PurePath(version.source_file.name).name,
    )
