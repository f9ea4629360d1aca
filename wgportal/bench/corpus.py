"""A generated corpus for the page benchmark: one body, its meetings, documents and paragraphs.

The speed targets hold "at 200 meetings, 20,000 documents and 1,000,000 paragraphs, half of them
Chinese", far more than an import could write in a benchmark's minutes (bench_import: about 20
documents a second). So the rows go in directly, by COPY (`copying.insert_rows`), with their
search vectors as an import leaves them: a Chinese paragraph's written out in Python, the
others' built by PostgreSQL after the insert, one UPDATE per batch. History rows are not written:
no page reads them. PostgreSQL only.
"""

import datetime
import random
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from documents.indexing import index_latin_terms
from documents.models import Document, LanguageVersion, Paragraph
from documents.parsing import symbols
from documents.parsing.segmentation import chinese_vector
from documents.services.copying import insert_rows
from meetings.models import AgendaItem, Attendance, Body, Entity, Meeting
from wgportal.content import content_changed

from .papers import chinese_paragraph, english_paragraph

SYMBOL_PREFIX = "BENCH/WG.1"
# Two meetings a year (1950 to 2049 for 200), clear of the year bench_import generates and
# deletes (2099).
FIRST_YEAR = 1950
AGENDA_ITEMS = 6
ATTENDANCE = 20
DOCUMENTS_PER_BATCH = 200


@dataclass(frozen=True)
class CorpusSize:
    meetings: int = 200
    documents_per_meeting: int = 100
    paragraphs_per_document: int = 50

    @property
    def documents(self) -> int:
        return self.meetings * self.documents_per_meeting

    @property
    def paragraphs(self) -> int:
        return self.documents * self.paragraphs_per_document


def existing_corpus(size: CorpusSize) -> bool:
    """Whether the bench body already holds a corpus of this size (so it is reused)."""
    body = Body.objects.filter(symbol_prefix=SYMBOL_PREFIX).first()
    if body is None:
        return False
    documents = Document.objects.filter(body=body)
    return (
        Meeting.objects.filter(body=body).count() == size.meetings
        and documents.count() == size.documents
        and Paragraph.objects.filter(version__document__in=documents).count() == size.paragraphs
    )


def delete_corpus() -> None:
    """Remove the bench body and everything generated under it."""
    body = Body.objects.filter(symbol_prefix=SYMBOL_PREFIX).first()
    if body is None:
        return
    documents = Document.objects.filter(body=body)
    versions = LanguageVersion.objects.filter(document__in=documents)
    with transaction.atomic():
        # In bulk, table by table, without signals: the ORM's cascade would load a million
        # paragraphs first, and simple_history would write a deletion record for each row.
        Paragraph.objects.filter(version__in=versions)._raw_delete(connection.alias)
        versions._raw_delete(connection.alias)
        through = Document.agenda_items.through.objects.filter(document__in=documents)
        through._raw_delete(connection.alias)
        documents._raw_delete(connection.alias)
        for model in (Attendance, AgendaItem):
            model.objects.filter(meeting__body=body)._raw_delete(connection.alias)
        Meeting.objects.filter(body=body)._raw_delete(connection.alias)
        Body.objects.filter(pk=body.pk)._raw_delete(connection.alias)
        Body.history.filter(symbol_prefix=SYMBOL_PREFIX).delete()
        content_changed()


def generate_corpus(size: CorpusSize, *, seed: int = 7) -> None:
    """Write the bench body's meetings, documents, versions and paragraphs, half in Chinese."""
    rng = random.Random(seed)
    body = Body.objects.create(
        symbol_prefix=SYMBOL_PREFIX,
        name_en="Benchmark Working Group on the Smuggling of Migrants",
        name_zh="偷运移民问题基准工作组",
        published=True,
    )
    meetings = [
        Meeting(
            body=body,
            ordinal=ordinal,
            start_date=datetime.date(FIRST_YEAR + (ordinal - 1) // 2, 6 if ordinal % 2 else 11, 3),
            end_date=datetime.date(FIRST_YEAR + (ordinal - 1) // 2, 6 if ordinal % 2 else 11, 5),
            venue_en="Vienna",
            venue_zh="维也纳",
            status=Meeting.Status.HELD,
            published=True,
        )
        for ordinal in range(1, size.meetings + 1)
    ]
    insert_rows(meetings)
    agenda = [
        AgendaItem(
            meeting=meeting,
            number=number,
            title_en=f"Agenda item {number}: law enforcement cooperation",
            title_zh=f"议程项目{number}：执法合作",
        )
        for meeting in meetings
        for number in range(1, AGENDA_ITEMS + 1)
    ]
    insert_rows(agenda)
    entities = list(Entity.objects.order_by("code")[: ATTENDANCE * 3])
    insert_rows(
        [
            Attendance(
                meeting=meeting,
                entity=entity,
                category=Attendance.Category.STATE_PARTY,
            )
            for meeting in meetings
            for entity in rng.sample(entities, min(ATTENDANCE, len(entities)))
        ]
    )
    items = {
        meeting.pk: agenda[index * AGENDA_ITEMS : (index + 1) * AGENDA_ITEMS]
        for index, meeting in enumerate(meetings)
    }
    documents = [
        (meeting, number)
        for meeting in meetings
        for number in range(1, size.documents_per_meeting + 1)
    ]
    for start in range(0, len(documents), DOCUMENTS_PER_BATCH):
        write_batch(documents[start : start + DOCUMENTS_PER_BATCH], body, items, size, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    content_changed()


def write_batch(
    batch: list[tuple[Meeting, int]],
    body: Body,
    items: dict[int, list[AgendaItem]],
    size: CorpusSize,
    rng: random.Random,
) -> None:
    """One batch of documents, each with one version (Chinese or English) and its paragraphs."""
    now = timezone.now()
    documents = [
        batch_document(meeting, number, body=body, size=size, now=now) for meeting, number in batch
    ]
    with transaction.atomic():
        insert_rows(documents)
        through = Document.agenda_items.through
        insert_rows(
            [
                through(document=document, agendaitem=rng.choice(items[document.meeting_id]))
                for document in documents
            ]
        )
        versions = [
            LanguageVersion(
                document=document,
                language=document.original_language,
                title=(
                    f"偷运移民问题背景文件 {document.symbol}"
                    if document.original_language == "zh"
                    else f"Background paper on the smuggling of migrants {document.symbol}"
                ),
                imported_at=now,
            )
            for document in documents
        ]
        insert_rows(versions)
        insert_rows(
            [
                paragraph
                for version in versions
                for paragraph in version_paragraphs(version, size=size, rng=rng)
            ]
        )
        index_batch(versions)


def batch_document(meeting: Meeting, number: int, *, body: Body, size: CorpusSize,
                   now: datetime.datetime) -> Document:  # fmt: skip
    """The meeting's `number`th document, in Chinese when odd: its report first, then papers."""
    # Meetings come two a year: the second one's documents continue the year's numbering.
    sequence = number + size.documents_per_meeting * (1 - meeting.ordinal % 2)
    parsed = symbols.parse(f"{SYMBOL_PREFIX}/{meeting.start_date.year}/{sequence}")
    return Document(
        symbol=str(parsed),
        symbol_body=parsed.body,
        symbol_year=parsed.year,
        symbol_nature=parsed.nature or "",
        symbol_number=parsed.number,
        symbol_modifiers=parsed.modifiers_text,
        type=Document.Type.REPORT if number == 1 else Document.Type.BACKGROUND_PAPER,
        issue_date=meeting.start_date,
        original_language="zh" if number % 2 else "en",
        body=body,
        meeting=meeting,
        published=True,
        created_at=now,
        updated_at=now,
    )


def version_paragraphs(version: LanguageVersion, *, size: CorpusSize,
                       rng: random.Random) -> list[Paragraph]:  # fmt: skip
    """The version's numbered paragraphs; a Chinese one's search vector as an import writes it."""
    chinese = version.language == "zh"
    paragraphs = []
    for number in range(1, size.paragraphs_per_document + 1):
        text = chinese_paragraph(rng) if chinese else english_paragraph(rng)
        paragraphs.append(
            Paragraph(
                version=version,
                number=number,
                order=number,
                text=text,
                search=chinese_vector(text) if chinese else None,
            )
        )
    return paragraphs


def index_batch(versions: list[LanguageVersion]) -> None:
    """The search index of the batch's paragraphs: Latin terms in Chinese ones, English vectors."""
    index_latin_terms([version.pk for version in versions if version.language == "zh"])
    english = [version.pk for version in versions if version.language == "en"]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE documents_paragraph SET search = to_tsvector('english', text) "
            "WHERE version_id = ANY(%s)",
            [english],
        )
