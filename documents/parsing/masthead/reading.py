"""The masthead read from its blocks, the page headers' symbols and the running text."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .. import symbols
from ..blocks import Block
from ..results import Masthead
from ..vocabulary import (
    AGENDA_ITEM,
    DISTRIBUTION,
    DISTRIBUTIONS,
    LANGUAGE_NAMES,
    ORIGINAL,
)
from .facts import agenda_item_number, date_alone, document_type_of, fact_of, read_meeting
from .issue_date import adopted_on, date_near_distribution
from .ordinal import meeting_ordinal
from .pieces import cut_pieces, labels_joined
from .title import title_of


@dataclass
class Stated:
    """What the masthead's pieces state, each fact the first time it is printed."""

    facts: dict[int, str] = field(default_factory=dict)  # piece index -> what it says
    printed_symbol: str | None = None
    distribution: str | None = None
    original: str | None = None
    printed_language: str | None = None
    issue_date: date | None = None
    document_type: str | None = None
    agenda_item: str | None = None
    meeting: tuple[date, date, str | None] | None = None
    meeting_index: int | None = None


def read_masthead(
    blocks: Sequence[Block],
    *,
    header_symbols: Sequence[str],
    job_number: str | None,
    language: str | None,
    detected_language: str,
    body_text: str,
) -> Masthead:
    """The masthead from its blocks, the page headers' symbols and the running text.

    The language is the one the importer gave, else the one the masthead prints ("Chinese"),
    else the one detected from the script.
    """
    texts = labels_joined(cut_pieces(blocks))
    symbol = Counter(header_symbols).most_common(1)[0][0] if header_symbols else None
    stated = _stated(texts)
    facts = stated.facts
    issue_date = stated.issue_date
    if issue_date is None:
        issue_date = date_near_distribution(texts, facts)
    # The distribution is what the masthead prints: a symbol's "L." says the document is a
    # draft, which the storing service knows, but the text printed no distribution.
    symbol = symbol or stated.printed_symbol
    title = title_of(texts, facts)
    if issue_date is None and any(fact == "heading_type" for fact in facts.values()):
        issue_date = adopted_on(body_text)
    start, end, venue = stated.meeting if stated.meeting else (None, None, None)
    return Masthead(
        symbol=symbol,
        distribution=stated.distribution,
        issue_date=issue_date,
        language=language or stated.printed_language or detected_language,
        original_language=stated.original,
        body_name=_body_name(texts, stated),
        meeting_ordinal=meeting_ordinal(title, body_text, start),
        meeting_start=start,
        meeting_end=end,
        venue=venue,
        document_type=stated.document_type,
        agenda_item=stated.agenda_item,
        title=title,
        job_number=job_number,
    )


def _stated(texts: list[str]) -> Stated:
    """Each piece's fact, and the value of the first piece that states each."""
    stated = Stated()
    for index, text in enumerate(texts):
        fact = fact_of(text)
        if fact is None:
            continue
        stated.facts[index] = fact
        if fact == "distribution" and (match := DISTRIBUTION.match(text)):
            stated.distribution = DISTRIBUTIONS.get(match[1].lower(), stated.distribution)
        elif fact == "original" and (match := ORIGINAL.match(text)):
            stated.original = LANGUAGE_NAMES.get(match[1].lower().rstrip("."))
        elif fact == "language":
            stated.printed_language = LANGUAGE_NAMES.get(text.lower())
        elif fact == "symbol":
            stated.printed_symbol = stated.printed_symbol or symbols.normalize(text)
        elif fact == "meeting" and stated.meeting is None:
            stated.meeting, stated.meeting_index = read_meeting(text), index
        elif fact == "date":
            stated.issue_date = stated.issue_date or date_alone(text)
        elif fact == "agenda" and (match := AGENDA_ITEM.search(text)):
            stated.agenda_item = stated.agenda_item or agenda_item_number(match)
        elif fact == "type":
            stated.document_type = stated.document_type or document_type_of(text)
    return stated


def _body_name(texts: list[str], stated: Stated) -> str | None:
    bodies = [i for i, fact in stated.facts.items() if fact == "body"]
    before_meeting = [i for i in bodies if stated.meeting_index is None or i < stated.meeting_index]
    # "联合国打击跨国有组织犯罪公约 缔约方会议" above "偷运移民问题工作组": the body is the
    # last one named before the meeting's dates.
    named = before_meeting or bodies
    return texts[named[-1]] if named else None
