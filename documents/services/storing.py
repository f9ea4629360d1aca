"""Stores one text, read: its document, meeting and body, its structure and what it says.

Called inside the import job's transaction with the `ReadText` of `parsing.reading.read_file`,
which has already read everything the text says: nothing here parses. The document is found by
its symbol; without one, by the fingerprint of its text (the same text in another file format),
else, for a draft not yet numbered, by its meeting and type. The body is found by the symbol's
prefix or its printed name, the meeting by body and ordinal. The same file twice changes
nothing; a revised file of the same document and language replaces that version's structure,
the version's history keeps what it was, and the other languages of the document are not
touched. A draft report's revised file keeps what editors wrote (reports.services.drafts, which
receives `text_imported`) and is refused, storing nothing, when the meeting has adopted the
report (`draft_report_arriving`). A list of participants
stores its people and the attendance they imply (services.participants).

Two jobs may store the same file at once (an upload repeated while the first still runs, a
message delivered twice): the first holds a lock on the file's checksum until it commits, and
the second then finds the file stored and changes nothing, so each version has one history row.
"""

from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from documents.fingerprints import fingerprint_of
from documents.indexing import ParagraphIndex
from documents.models import (
    Document,
    ImportJob,
    LanguageVersion,
)
from documents.parsing import symbols
from documents.parsing.reading import ReadText
from documents.parsing.reports import ReportFacts
from documents.parsing.results import Masthead, ParseWarning
from documents.signals import draft_report_arriving, text_imported
from meetings.models import AgendaItem, Body, Meeting
from meetings.names import EntityNames
from wgportal.languages import LANGUAGE_CODES

from .announcing import announce_meeting_of
from .meeting_facts import meeting_of, store_meeting_facts
from .participants import store_participants
from .structure import replace_structure


@dataclass
class Stored:
    document: Document
    counts: dict[str, int]
    summary: str
    warnings: list[ParseWarning] = field(default_factory=list)
    version: LanguageVersion | None = None  # None when the file was seen before


def store_text(
    *,
    read: ReadText,
    name: str,
    data: bytes,
    checksum: str,
    names: EntityNames,
    index: ParagraphIndex | None,
    job: ImportJob | None = None,
) -> Stored:
    """Upsert the document and replace this language's version with the text read.

    `index` holds the paragraphs' search vectors, built beforehand and written with them;
    `names` resolves the States and organizations a report names; `job` is the import job
    (who uploaded the file decides whether a draft report's text changes or is proposed).
    """
    parsed = read.parsed
    language = parsed.masthead.language
    if language not in LANGUAGE_CODES:
        raise ValueError(f"parser returned no content language for {name}")
    lock_file(checksum)
    # The same file again changes nothing, not even a history row.
    same = LanguageVersion.objects.filter(checksum=checksum, language=language).first()
    if same is not None:
        counts = {"paragraphs": same.paragraphs.count(), "unchanged": 1}
        return Stored(same.document, counts, f"{same.document} [{language}] unchanged (same file).")
    warnings: list[ParseWarning] = []
    fingerprint = fingerprint_of(parsed)
    document = document_of(read, fingerprint=fingerprint, warnings=warnings)
    version, replaced = store_version(
        document=document,
        read=read,
        name=name,
        data=data,
        checksum=checksum,
        fingerprint=fingerprint,
        index=index,
    )
    counts = replace_structure(version, parsed, index, is_new=not replaced)
    if announce_meeting_of(document):
        counts["meetings_announced"] = 1  # the job tells the importer, in its counts
    counts |= store_what_it_says(
        read=read, document=document, language=language, names=names, warnings=warnings
    )
    # A draft report's sections are stored by the reports app, which receives this.
    text_imported.send(
        sender=LanguageVersion,
        version=version,
        read=read,
        job=job,
        warnings=warnings,
        counts=counts,
    )
    verb = "replaced" if replaced else "imported"
    return Stored(document, counts, f"{document} [{language}] {verb}.", warnings, version)


def document_of(read: ReadText, *, fingerprint: str, warnings: list[ParseWarning]) -> Document:
    """The document the text is a version of, in its body and meeting, found or made."""
    masthead = read.parsed.masthead
    facts = read.report
    body = find_or_create_body(masthead)
    meeting = find_or_create_meeting(masthead, body, warnings)
    if facts is not None:
        # A draft may print neither its symbol nor its body (seed 000): the report's own facts
        # name its meeting, and so tell which draft a revised file replaces.
        body = body or body_of_documents_before(facts)
        meeting = meeting or meeting_of(facts, body)
        if masthead.document_type == Document.Type.DRAFT_REPORT:
            # Before anything is stored: a receiver refuses a revised draft of an adopted
            # report by raising TextRefused.
            draft_report_arriving.send(sender=Document, symbol=masthead.symbol, meeting=meeting)
    document = find_or_create_document(masthead, body, meeting, fingerprint=fingerprint)
    link_agenda_item(document, masthead, meeting, warnings)
    return document


def store_version(
    *,
    document: Document,
    read: ReadText,
    name: str,
    data: bytes,
    checksum: str,
    fingerprint: str,
    index: ParagraphIndex | None,
) -> tuple[LanguageVersion, bool]:
    """The document's version in the text's language, with its file; and whether it replaced one."""
    masthead = read.parsed.masthead
    version = LanguageVersion.objects.filter(document=document, language=masthead.language).first()
    replaced = version is not None
    version = version or LanguageVersion(document=document, language=masthead.language)
    version.title = masthead.title or version.title
    version.checksum = checksum
    version.fingerprint = fingerprint
    version.imported_at = timezone.now()
    version.latin_terms = index.latin_terms if index is not None else None
    version.source_file.save(PurePath(name).name, ContentFile(data), save=False)
    version.save()
    return version, replaced


def store_what_it_says(
    *,
    read: ReadText,
    document: Document,
    language: str,
    names: EntityNames,
    warnings: list[ParseWarning],
) -> dict[str, int]:
    """Store what a report says of its meeting and the people a list of participants names."""
    counts: dict[str, int] = {}
    if read.report is not None and document.meeting is not None:
        counts |= store_meeting_facts(
            facts=read.report,
            meeting=document.meeting,
            names=names,
            language=language,
            warnings=warnings,
            source=document,
        )
    if read.participants is not None:
        counts |= store_participants(
            listed=read.participants, source=document, names=names, warnings=warnings
        )
    return counts


def lock_file(checksum: str) -> None:
    """Hold the file's checksum until the transaction ends (PostgreSQL's advisory lock).

    Without it two jobs of one file both find it new and both store it: two history rows of
    one version, sections bumped twice. SQLite writes one transaction at a time anyway.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [checksum])


def body_of_documents_before(facts: ReportFacts) -> Body | None:
    """The body whose symbols the documents before the meeting carry.

    Seed 000 prints neither its symbol nor its body's name, but its documents are
    CTOC/COP/WG.7/2020/1 to 3: a meeting's documents are its own body's.
    """
    cited = [d.symbol for d in facts.documents if d.symbol] + [facts.participants_symbol or ""]
    prefixes = {symbols.parse(symbol).body for symbol in cited if symbol}
    if len(prefixes) != 1:
        return None
    return Body.objects.filter(symbol_prefix=prefixes.pop()).first()


def find_or_create_body(masthead: Masthead) -> Body | None:
    parsed = symbols.parse(masthead.symbol) if masthead.symbol else None
    if parsed is not None and (body := Body.objects.filter(symbol_prefix=parsed.body).first()):
        return body
    if masthead.body_name:
        named = Q()
        for code in LANGUAGE_CODES:
            named |= Q(**{f"name_{code}": masthead.body_name})
        body = Body.objects.filter(named).first()
        if body is not None:
            return body
    # A new body is made only for a subsidiary prefix such as CTOC/COP/WG.4; "A" or "S" of a
    # cited resolution is a principal organ, not a body whose meetings the portal keeps.
    if parsed is not None and parsed.body.count("/") >= 1:
        # get_or_create, here and below: two jobs may meet the same new body, meeting or
        # document at once; the loser of the insert reads the winner's row.
        body, _created = Body.objects.get_or_create(
            symbol_prefix=parsed.body,
            defaults={f"name_{masthead.language}": masthead.body_name or ""},
        )
        return body
    return None


def find_or_create_meeting(
    masthead: Masthead, body: Body | None, warnings: list[ParseWarning]
) -> Meeting | None:
    if body is None:
        return None
    if masthead.meeting_ordinal is None:
        if masthead.meeting_start is not None:
            return Meeting.objects.filter(body=body, start_date=masthead.meeting_start).first()
        return None
    meeting = Meeting.objects.filter(body=body, ordinal=masthead.meeting_ordinal).first()
    venue = f"venue_{masthead.language}"
    if meeting is None:
        if masthead.meeting_start is None:
            warnings.append(
                ParseWarning(
                    "meeting-without-dates",
                    f"Meeting {masthead.meeting_ordinal} is named but no dates were found; "
                    "the document is stored without its meeting.",
                )
            )
            return None
        meeting, _created = Meeting.objects.get_or_create(
            body=body,
            ordinal=masthead.meeting_ordinal,
            defaults={
                "start_date": masthead.meeting_start,
                "end_date": masthead.meeting_end or masthead.meeting_start,
                venue: masthead.venue or "",
                "awaits_first_document": True,
            },
        )
    if masthead.venue and not getattr(meeting, venue):
        setattr(meeting, venue, masthead.venue)
        meeting.save()
    return meeting


def find_or_create_document(
    masthead: Masthead, body: Body | None, meeting: Meeting | None, *, fingerprint: str = ""
) -> Document:
    # A draft that prints no distribution (seed 000) is Limited until adopted, as every draft is.
    unprinted = (
        Document.Distribution.LIMITED
        if masthead.document_type == Document.Type.DRAFT_REPORT
        else Document.Distribution.GENERAL
    )
    distribution = masthead.distribution or (
        symbols.parse(masthead.symbol).distribution_hint if masthead.symbol else unprinted
    )
    # Official General documents are public once imported; drafts never are.
    published = (
        distribution == Document.Distribution.GENERAL
        and masthead.document_type != Document.Type.DRAFT_REPORT
    )
    printed = {
        "type": masthead.document_type,
        "distribution": distribution,
        "issue_date": masthead.issue_date,
        "original_language": masthead.original_language,
        "job_number": masthead.job_number,
        "body_id": body.pk if body else None,
        "meeting_id": meeting.pk if meeting else None,
    }
    fields = {name: value for name, value in printed.items() if value}
    if masthead.symbol:
        document, created = Document.objects.get_or_create(
            symbol=symbols.normalize(masthead.symbol), defaults={**fields, "published": published}
        )
    else:
        document = document_without_symbol(masthead, meeting, fingerprint)
        created = document is None
        if created:
            document = Document.objects.create(**fields, published=published)
    changed = {name: value for name, value in fields.items() if getattr(document, name) != value}
    if changed and not created:
        for name, value in changed.items():
            setattr(document, name, value)
        document.save()
    return document


def document_without_symbol(
    masthead: Masthead, meeting: Meeting | None, fingerprint: str
) -> Document | None:
    """The document a text printed without its symbol is a version of, if the portal has it.

    The same text in the same language, from whatever file (its fingerprint), is that version
    again; a draft not yet numbered is known by what it is the draft of.
    """
    if fingerprint:
        same_text = LanguageVersion.objects.filter(
            fingerprint=fingerprint, language=masthead.language, document__symbol__isnull=True
        ).first()
        if same_text is not None:
            return same_text.document
    if meeting is not None and masthead.document_type:
        return Document.objects.filter(
            symbol__isnull=True, meeting=meeting, type=masthead.document_type
        ).first()
    return None


def link_agenda_item(
    document: Document, masthead: Masthead, meeting: Meeting | None, warnings: list
) -> None:
    if not masthead.agenda_item or meeting is None:
        return
    number, _, letter = masthead.agenda_item.partition("(")
    item = AgendaItem.objects.filter(
        meeting=meeting, number=int(number), letter=letter.rstrip(")")
    ).first()
    if item is None:
        warnings.append(
            ParseWarning(
                "unknown-agenda-item",
                f"Agenda item {masthead.agenda_item} of {meeting} is not in the portal yet; "
                "the document is not linked to it.",
            )
        )
        return
    document.agenda_items.add(item)
