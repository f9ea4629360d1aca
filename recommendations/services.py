"""Writes to recommendations and the thematic index."""

from django.db.models import Max

from documents.models import Document, LanguageVersion
from documents.parsing.reading import ReadText
from meetings.models import Meeting
from wgportal.languages import LANGUAGE_CODES

from .models import KeyTopic, Recommendation, Theme, ThemePaper


def store_thematic_index(
    *, version: LanguageVersion, read: ReadText, counts: dict, **kwargs
) -> None:
    """Store the themes, key topics and summarized papers of an imported thematic summary.

    Themes are matched by their name in the summary's language, so the Chinese and English
    summaries fill one theme each; a paper the portal does not hold yet is created as a
    background paper under its symbol, linked to its meeting when the portal knows it.
    """
    summary = read.thematic
    if summary is None:
        return
    themes = [store_theme(theme, version.language) for theme in summary.themes]
    # The papers cite the summary's own paragraphs, not an annex's.
    paragraphs = {p.number: p for p in version.paragraphs.filter(kind="numbered", part=0)}
    body = version.document.body
    papers = 0
    for order, paper in enumerate(summary.papers):
        if paper.symbol is None or paper.theme is None:
            continue  # the parser has warned about it
        document, _created = Document.objects.get_or_create_cited(
            paper.symbol, defaults={"type": Document.Type.BACKGROUND_PAPER, "body": body}
        )
        if document.meeting_id is None and paper.meeting_ordinal and body is not None:
            meeting = Meeting.objects.filter(body=body, ordinal=paper.meeting_ordinal).first()
            if meeting is not None:
                document.meeting = meeting
                document.save(update_fields=["meeting"])
        entry, _created = ThemePaper.objects.update_or_create(
            theme=themes[paper.theme],
            document=document,
            defaults={
                "summary": version.document,
                "order": order,
                "meeting_ordinal": paper.meeting_ordinal,
                "year": paper.year,
            },
        )
        entry.summary_paragraphs.add(
            *(paragraphs[n] for n in paper.paragraph_numbers if n in paragraphs)
        )
        papers += 1
    counts.update(themes=len(themes), summarized_papers=papers)


def link_papers_to_new_meeting(*, instance: Meeting, created: bool, raw: bool = False, **kwargs):
    """Link the summarized papers prepared for a meeting the portal has only now learnt of.

    The thematic summary names each paper's meeting by its ordinal only; a report imported
    later lists the earlier meetings with their dates and so creates them (seeds 001, then 000).
    """
    if not created or raw or instance.ordinal is None:
        return
    papers = Document.objects.filter(
        meeting=None,
        body=instance.body,
        theme_entries__meeting_ordinal=instance.ordinal,
    ).distinct()
    for document in papers:
        document.meeting = instance
        document.save(update_fields=["meeting"])


def store_theme(theme, language: str) -> Theme:
    name = f"name_{language}"
    row = Theme.objects.filter(**{name: theme.name}).first()
    if row is None:
        order = (Theme.objects.aggregate(last=Max("order"))["last"] or 0) + 1
        row = Theme.objects.create(code=f"theme-{order}", order=order, **{name: theme.name})
    for position, topic in enumerate(theme.key_topics):
        KeyTopic.objects.update_or_create(
            theme=row, order=position, defaults={f"name_{language}": topic}
        )
    return row


def store_report_recommendations(
    *, version: LanguageVersion, read: ReadText, counts: dict, **kwargs
) -> None:
    """Store the recommendations of an imported (draft) report under their topic headings.

    Drafts give draft recommendations; a report gives adopted ones. The topic heading is matched
    to the meeting's agenda item of the same title ("1. 利用《公约》应对..." under 二.A is agenda
    item 2 of the 4th meeting), so the index can group them by item.
    """
    document = version.document
    report = read.report
    if report is None or document.meeting is None:
        return
    language = version.language
    status = (
        Recommendation.Status.ADOPTED
        if document.type == Document.Type.REPORT
        else Recommendation.Status.DRAFT
    )
    titles = {
        getattr(item, f"title_{language}").rstrip("。."): item
        for item in document.meeting.agenda_items.filter(letter="")
    }
    # What a meeting adopted stays adopted and public: a draft's text never sends it back to
    # draft (a revised draft of an adopted report is refused before this; a draft of another
    # report may still number its recommendations as the meeting's).
    adopted = set(
        Recommendation.objects.filter(
            meeting=document.meeting, status=Recommendation.Status.ADOPTED
        ).values_list("number", flat=True)
    )
    for recommendation in report.recommendations:
        if status == Recommendation.Status.DRAFT and recommendation.number in adopted:
            continue
        topic = recommendation.topic_title or recommendation.section_title
        Recommendation.objects.update_or_create(
            meeting=document.meeting,
            number=recommendation.number,
            defaults={
                f"text_{language}": recommendation.text,
                f"topic_{language}": topic,
                "agenda_item": titles.get(recommendation.topic_title.rstrip("。.")),
                "status": status,
                "report": document,
                "paragraph_number": recommendation.paragraph_number,
            },
        )
    counts["recommendations"] = len(report.recommendations)


def adopt_report_recommendations(*, report, recommendations: dict, **kwargs) -> None:
    """Turn the recommendations of an adopted report's chapter II into adopted rows.

    Each keeps its number, its text and topic heading per language, the agenda item whose title
    its heading names ("关于…的建议", "Recommendations on …") and the themes under which the
    background papers of that item are filed.
    """
    meeting = report.meeting
    items = list(meeting.agenda_items.filter(letter="", substantive=True))
    # One already cited from a public report (the General report imported before the draft was
    # adopted here) keeps citing it and keeps its text: pointing it at the Limited draft would
    # take it off the public index until the report is published.
    cited_publicly = set(
        Recommendation.objects.filter(
            meeting=meeting, report__in=Document.objects.public()
        ).values_list("number", flat=True)
    )
    for language, adopted in recommendations.items():
        for recommendation in adopted:
            if recommendation.number in cited_publicly:
                # Public already, as the General report issued it: the draft's wording, Limited
                # until the report is published, would be public through the row meanwhile.
                continue
            topic = recommendation.topic_title or recommendation.section_title
            agenda_item = next(
                (
                    item
                    for item in items
                    if (title := getattr(item, f"title_{language}").rstrip("。. "))
                    and title in topic
                ),
                None,
            )
            row, _created = Recommendation.objects.update_or_create(
                meeting=meeting,
                number=recommendation.number,
                defaults={
                    f"text_{language}": recommendation.text,
                    f"topic_{language}": topic,
                    "status": Recommendation.Status.ADOPTED,
                    "report": report.document,
                    "paragraph_number": recommendation.paragraph_number,
                    **({"agenda_item": agenda_item} if agenda_item else {}),
                },
            )
            if row.agenda_item_id:
                row.themes.add(
                    *Theme.objects.filter(
                        themepaper__document__agenda_items=row.agenda_item_id
                    ).distinct()
                )


def cite_reissued_report(*, report, document: Document, **kwargs) -> None:
    """Point the recommendations of a published report at the General document it is reissued
    as: they are cited by its symbol (and the paragraph numbers the report gave them, the same
    in its reissue), and are public from then on (RecommendationQuerySet.public)."""
    for row in Recommendation.objects.filter(meeting=report.meeting, report=report.document):
        row.report = document
        row.save(update_fields=["report"])


def recommendations_for_report(*, meeting, **kwargs) -> list[dict]:
    """The meeting's recommendations, for its report's chapter II (report_recommendations)."""
    rows = (
        Recommendation.objects.filter(meeting=meeting)
        .select_related("agenda_item")
        .order_by("number")
    )
    return [
        {
            "number": row.number,
            "agenda_item": row.agenda_item.number if row.agenda_item else None,
            "text": {code: getattr(row, f"text_{code}") for code in LANGUAGE_CODES},
        }
        for row in rows
    ]
