"""Reissues an adopted report for general distribution, under a General symbol of its own.

The draft ("CTOC/COP/WG.7/2020/L.1", or a draft printed without a symbol: seeds 000 and 004)
stays Limited and hidden. Publication issues the report as a General document (type report,
published, with its issue date) that `replaces` the draft, under a symbol of the body's series
the editor confirms: the portal proposes the next free number of the meeting's year (after
CTOC/COP/WG.7/2020/1 to 3 comes CTOC/COP/WG.7/2020/4). Its language versions hold the report's
text from its sections, so it is read and searched like an imported text, titled as the report
it is ("Report on the meeting of the Working Group ... held in Vienna on 8 and 9 September
2020"). From then on the facts the draft stated and the report's recommendations name the
General document (`documents.signals.report_published`).
"""

import hashlib

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from documents.indexing import index_text
from documents.models import Document, LanguageVersion
from documents.parsing import reports, symbols
from documents.parsing.results import ParseError
from documents.parsing.structure import parse_text
from documents.services.announcing import announce_meeting_of
from documents.services.meeting_facts import update_meeting
from documents.services.structure import replace_structure
from documents.signals import report_published
from meetings.models import AgendaItem, Attendance, MeetingRole, Statement
from reports.exports import report_text
from reports.exports.masthead import report_title
from reports.models import DraftReport

# The facts a report states remember the document they were read from (meetings.models.FactQuerySet,
# AgendaItemQuerySet).
FACTS = (AgendaItem, Attendance, MeetingRole, Statement)


def proposed_symbol(report: DraftReport) -> str:
    """The General symbol the portal proposes for the report: the next free number.

    A General report of the meeting already imported (the secretariat's own file, before the
    report was published here) is the reissue, so its symbol is proposed.
    """
    meeting = report.meeting
    imported = reissues_of(report).filter(type=Document.Type.REPORT, meeting=meeting)
    imported = imported.order_by("pk").first()
    if imported is not None:
        return imported.symbol
    prefix, year = meeting.body.symbol_prefix, meeting.start_date.year
    # Only the plain numbers of the series count: "2020/INF/1" and "2020/L.1" are other series,
    # and an addendum "2020/2/Add.1" carries its document's number. Combined numbers
    # ("21-23") take the last.
    numbers = Document.objects.filter(
        symbol_body=prefix, symbol_year=year, symbol_nature=""
    ).values_list("symbol_number", flat=True)
    last = max(
        (int(number.rsplit("-", 1)[-1]) for number in numbers if number.replace("-", "").isdigit()),
        default=0,
    )
    return str(symbols.Symbol(body=prefix, year=year, number=str(last + 1)))


def reissues_of(report: DraftReport):
    """Documents the report may be reissued as: General, replacing nothing yet, with a symbol."""
    return (
        Document.objects.filter(
            replaces__isnull=True,
            symbol__isnull=False,
            distribution=Document.Distribution.GENERAL,
            draft_report__isnull=True,
        )
        .exclude(pk=report.document_id)
        .exclude(type=Document.Type.DRAFT_REPORT)
    )


def reissue_symbol(report: DraftReport, symbol: str) -> str:
    """`symbol` as the UN writes it, when the report may be reissued under it.

    A numbered symbol of the body's series (no L., R., INF. or CRP., no Add. or Corr.), held by
    no other document. A document the portal knows only as cited under it (no text), or the
    General report of this meeting already imported, is the reissue itself and may take it.
    Anything else raises ValidationError saying why.
    """
    prefix = report.meeting.body.symbol_prefix
    example = {"proposed": proposed_symbol(report)}
    if not symbol.strip():
        raise ValidationError(
            _("Give the General symbol the report is reissued under, such as %(proposed)s.")
            % example
        )
    try:
        parsed = symbols.parse(symbol)
    except symbols.SymbolError as error:
        raise ValidationError(
            _(
                "“%(symbol)s” is not a UN document symbol (%(reason)s): give one such as "
                "%(proposed)s."
            )
            % {"symbol": symbol, "reason": error, **example}
        ) from error
    written = str(parsed)
    if parsed.body != prefix:
        raise ValidationError(
            _(
                "%(symbol)s is not a symbol of %(prefix)s: the report is reissued in its body's "
                "own series, such as %(proposed)s."
            )
            % {"symbol": written, "prefix": prefix, **example}
        )
    if parsed.distribution_hint != Document.Distribution.GENERAL:
        raise ValidationError(
            _(
                "%(symbol)s is the symbol of a document of limited or restricted distribution: "
                "the adopted report is reissued for general distribution, such as %(proposed)s."
            )
            % {"symbol": written, **example}
        )
    if parsed.nature is not None or parsed.modifiers or parsed.part or parsed.reissue:
        raise ValidationError(
            _(
                "%(symbol)s is not a plain number of the series: a report is issued as "
                "%(prefix)s/year/number, such as %(proposed)s."
            )
            % {"symbol": written, "prefix": prefix, **example}
        )
    holder = Document.objects.filter(symbol=written).first()
    if holder is not None and not may_take(holder, report):
        raise ValidationError(
            _(
                "%(symbol)s is already the symbol of another document (%(type)s): choose a free "
                "number, such as %(proposed)s."
            )
            % {"symbol": written, "type": holder.get_type_display(), **example}
        )
    return written


def may_take(holder: Document, report: DraftReport) -> bool:
    """Whether the document holding the symbol is the report's reissue waiting to be filled."""
    if not reissues_of(report).filter(pk=holder.pk).exists():
        return False
    if holder.meeting_id == report.meeting_id and holder.type == Document.Type.REPORT:
        return True
    # Known only from a citation (a later document names the report by its symbol): no text,
    # no meeting, and no type the citation gave it. The documents the draft lists as the
    # meeting's own (the draft questionnaire "CTOC/COP/WG.7/2017/2", a background paper) belong
    # to the meeting: other documents, even before their text is imported.
    return (
        holder.type in (Document.Type.REPORT, Document.Type.OTHER)
        and holder.meeting_id is None
        and not holder.versions.exists()
    )


def reissue_report(*, report: DraftReport, symbol: str) -> Document:
    """Issue the adopted report as a General document under `symbol`; return that document.

    Called inside the workflow's transaction: a refused symbol raises before anything is
    written. A language version the General document already holds (the secretariat's file,
    imported) is kept; the others are written from the report's sections.
    """
    written = reissue_symbol(report, symbol)
    draft = report.document
    meeting = report.meeting
    document = Document.objects.filter(symbol=written).first() or Document(symbol=written)
    document.type = Document.Type.REPORT
    document.distribution = Document.Distribution.GENERAL
    document.published = True
    document.issue_date = document.issue_date or report.adoption_date
    document.original_language = document.original_language or draft.original_language
    document.meeting = meeting
    document.body = meeting.body
    # Sets the draft's `replaced_by` too, which the masthead of the text below prints from.
    document.replaces = draft
    try:
        with transaction.atomic():
            document.save()
    except IntegrityError as clash:
        # Another report was published under the same symbol a moment before.
        raise ValidationError(
            _("%(symbol)s was taken meanwhile: choose a free number, such as %(proposed)s.")
            % {"symbol": written, "proposed": proposed_symbol(report)}
        ) from clash
    held = set(document.versions.values_list("language", flat=True))
    languages = report.sections.values_list("language", flat=True).distinct().order_by("language")
    for language in languages:
        if language not in held:
            write_version(report=report, document=document, language=language)
    # A meeting created by importing its draft waits for its first General document, and this
    # report often is that: it announces the meeting as an imported one would.
    announce_meeting_of(document)
    for model in FACTS:
        for row in model.objects.filter(source=draft):
            row.source = document
            row.save(update_fields=["source"])
    report_published.send(sender=DraftReport, report=report, document=document)
    return document


def write_version(*, report: DraftReport, document: Document, language: str) -> LanguageVersion:
    """The report's text in `language` as a language version of `document`, with its structure."""
    text = report_text(report, language)
    parsed = parse_text(text, language=language)
    state_meeting_facts(report, parsed, language)
    index = index_text(parsed)
    version = LanguageVersion.objects.create(
        document=document,
        language=language,
        title=report_title(report.meeting, language),
        checksum=hashlib.sha256(text.encode()).hexdigest(),
        imported_at=timezone.now(),
        latin_terms=index.latin_terms if index is not None else None,
    )
    replace_structure(version, parsed, index, is_new=True)
    return version


def state_meeting_facts(report: DraftReport, parsed, language: str) -> None:
    """Write on the meeting the sittings, format, venue and status the reissued text states.

    They were kept off the meeting while the draft was Limited (meeting_facts); the General
    report states them now, before its title is written from the venue.
    """
    try:
        facts = reports.read_report(parsed)
    except ParseError:
        return  # sections an editor rewrote until they no longer read as a report: nothing known
    update_meeting(report.meeting, facts, language)
