"""The recommendations chapter of a report: numbered recommendations under topic headings.

Seed `004` prints them as the structure parser reads them: a section `A. 关于特定议题的建议`, a
topic `1. 利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战` (a subsection), then
each label `建议 1` as a named heading with its text as the paragraph under it. Topic `2.` and
section `B. 一般性建议` are printed with nothing under them yet: they are topics, not gaps.
Reports that number recommendations as paragraphs (no `建议 N` labels) give the paragraph numbers.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .results import Heading, ParsedText, ParseWarning

__all__ = ["Recommendation", "RecommendationTopic", "read_recommendations"]

# "建议 1", "Recommendation 1" and the labels of the other official languages.
LABEL = re.compile(
    r"(?:建议|Recommendation|Recommandation|Recomendación|Рекомендация|التوصية)\s*(\d{1,3})",
    re.I,
)
# "偷运移民问题工作组在…举行的会议上通过了以下建议。" (000 ¶3, 004 ¶5) opens the chapter.
LEAD_IN = re.compile(
    r"通过了(?:以下|下述|下列|如下)建议|adopted the following recommendations"
    r"|a adopté les recommandations suivantes|aprobó las siguientes recomendaciones",
    re.I,
)
# "… приняла следующие рекомендации.", "اعتمد الفريق العامل … التوصيات التالية."
LEAD_IN_RU_AR = re.compile(r"следующие рекомендации|التوصيات التالية", re.I)


@dataclass(frozen=True)
class RecommendationTopic:
    """A section or topic heading of the recommendations chapter, with or without any under it."""

    section: str  # "A"; "" when the chapter has no sections
    section_title: str
    number: str  # the topic's number, "1"; "" for the section itself
    title: str  # the topic's title; the section's for the section itself
    heading: int  # index into ParsedText.headings


@dataclass(frozen=True)
class Recommendation:
    number: int  # 建议 3 -> 3; the paragraph's number where recommendations are paragraphs
    text: str  # its paragraphs joined with newlines; sub-paragraphs keep their labels
    section: str = ""  # "A"
    section_title: str = ""
    topic: str = ""  # "1"
    topic_title: str = ""
    labelled: bool = True  # printed under a label "建议 3" rather than as a numbered paragraph
    # The numbered paragraph a citation of it names: its own, or for a recommendation printed
    # in unnumbered paragraphs under its label (seed 004), the paragraph that introduces them
    # ("5. 偷运移民问题工作组……通过了下述建议。").
    paragraph_number: int | None = None


def read_recommendations(
    parsed: ParsedText, chapter: int
) -> tuple[tuple[Recommendation, ...], tuple[RecommendationTopic, ...], list[ParseWarning]]:
    """The recommendations and topics under the heading `chapter`, and the numbering gaps."""
    inside = {
        index for index in range(len(parsed.headings)) if _within(parsed.headings, index, chapter)
    }
    topics = tuple(
        _topic(parsed.headings, index)
        for index in sorted(inside)
        if parsed.headings[index].kind in ("section", "subsection")
    )
    labelled = _labelled(parsed, inside)
    if labelled:
        return labelled, topics, _numbering_gaps(labelled)
    return _numbered_paragraphs(parsed, inside), topics, []


def _labelled(parsed: ParsedText, inside: set[int]) -> tuple[Recommendation, ...]:
    found = []
    for index in sorted(inside):
        heading = parsed.headings[index]
        match = LABEL.fullmatch(heading.text.strip())
        if match is None:
            continue
        under = [paragraph for paragraph in parsed.paragraphs if paragraph.heading == index]
        text = "\n".join(
            f"{paragraph.label} {paragraph.text}" if paragraph.label else paragraph.text
            for paragraph in under
        )
        order = under[0].order if under else heading.order
        found.append((heading.order, int(match[1]), text, index, _cited_number(parsed, order)))
    # "建议 1 鼓励缔约国…" run into its text is one paragraph, not a heading; a report may number
    # it as a paragraph of its own ("12. 建议 1：…"): the recommendation keeps its label's number.
    for paragraph in parsed.paragraphs:
        if paragraph.kind not in ("text", "numbered") or paragraph.heading not in inside:
            continue
        if match := LABEL.match(paragraph.text):
            text = paragraph.text[match.end() :].lstrip(" ：:.．")
            if text:
                cited = _cited_number(parsed, paragraph.order)
                found.append((paragraph.order, int(match[1]), text, paragraph.heading, cited))
    found.sort()
    return tuple(
        Recommendation(number, text, paragraph_number=cited, **_place(parsed.headings, heading))
        for _, number, text, heading, cited in found
    )


def _cited_number(parsed: ParsedText, order: int) -> int | None:
    """The number of the last numbered paragraph of the body at or before `order`."""
    numbers = [
        paragraph.number
        for paragraph in parsed.paragraphs
        if paragraph.kind == "numbered"
        and paragraph.part == 0
        and paragraph.number is not None
        and paragraph.order <= order
    ]
    return numbers[-1] if numbers else None


def _numbered_paragraphs(parsed: ParsedText, inside: set[int]) -> tuple[Recommendation, ...]:
    found = []
    for index, paragraph in enumerate(parsed.paragraphs):
        if paragraph.kind != "numbered" or paragraph.heading not in inside:
            continue
        if (
            paragraph.number is None
            or LEAD_IN.search(paragraph.text)
            or LEAD_IN_RU_AR.search(paragraph.text)
        ):
            continue
        parts = [paragraph.text] + [
            f"{child.label} {child.text}"
            for child in parsed.paragraphs[index + 1 :]
            if _descends(parsed, child.parent, index)
        ]
        found.append(
            Recommendation(
                paragraph.number,
                "\n".join(parts),
                labelled=False,
                paragraph_number=paragraph.number,
                **_place(parsed.headings, paragraph.heading),
            )
        )
    return tuple(found)


def _numbering_gaps(recommendations: Sequence[Recommendation]) -> list[ParseWarning]:
    warnings = []
    expected = 1
    for recommendation in recommendations:
        number = recommendation.number
        if number > expected:
            missing = f"{expected}" if number == expected + 1 else f"{expected}–{number - 1}"
            warnings.append(
                ParseWarning(
                    "numbering-gap",
                    f"Recommendation {number} follows recommendation {expected - 1}: "
                    f"{missing} is missing."
                    if expected > 1
                    else f"The recommendations start at {number}: {missing} is missing.",
                )
            )
        elif number < expected:
            warnings.append(
                ParseWarning(
                    "numbering-gap",
                    f"Recommendation {number} comes again after recommendation {expected - 1}.",
                )
            )
        expected = max(expected, number + 1)
    return warnings


def _place(headings: Sequence[Heading], index: int | None) -> dict[str, str]:
    """The section and topic a recommendation stands under."""
    place = {"section": "", "section_title": "", "topic": "", "topic_title": ""}
    seen: set[int] = set()
    while index is not None and index not in seen:
        seen.add(index)
        heading = headings[index]
        if heading.kind == "subsection" and not place["topic"]:
            place["topic"], place["topic_title"] = heading.number, heading.text
        elif heading.kind == "section" and not place["section"]:
            place["section"], place["section_title"] = heading.number, heading.text
        index = heading.parent
    return place


def _topic(headings: Sequence[Heading], index: int) -> RecommendationTopic:
    place = _place(headings, index)
    heading = headings[index]
    if heading.kind == "section":
        return RecommendationTopic(
            place["section"], place["section_title"], "", heading.text, index
        )
    return RecommendationTopic(
        place["section"], place["section_title"], heading.number, heading.text, index
    )


def _within(headings: Sequence[Heading], index: int | None, ancestor: int) -> bool:
    seen: set[int] = set()
    while index is not None and index not in seen:
        if index == ancestor:
            return True
        seen.add(index)
        index = headings[index].parent
    return False


def _descends(parsed: ParsedText, index: int | None, ancestor: int) -> bool:
    seen: set[int] = set()
    while index is not None and index not in seen:
        if index == ancestor:
            return True
        seen.add(index)
        index = parsed.paragraphs[index].parent
    return False
