"""The document's own title, found among the masthead's pieces by where the UN prints it."""

from ..vocabulary import RESOLUTION_NUMBER
from .facts import document_type_of

# Facts between a heading type and the title it announces: "[without reference to a Main
# Committee (A/54/L.81/Rev.1)]" under "Resolution adopted by the General Assembly".
BETWEEN_TYPE_AND_TITLE = frozenset({"bracket", "agenda", "session", "job"})


def title_of(texts: list[str], facts: dict[int, str]) -> str | None:
    """The document's own title, by where the UN prints it.

    Under a heading type: "Draft decision submitted by the President…" / "High-level meetings
    of the General Assembly in September 2020", "大会决议" / "50/28. 联合国近东…". The report of a
    committee is titled by it: "Informe de la Tercera Comisión". Above a byline or the type:
    "自然灾害…" / "秘书处编写的背景文件", or the type itself when nothing free stands above it
    (`报告草稿`). Otherwise the last free piece above the body: what the cover prints last
    before the contents, the summary or the first paragraph.
    """
    for index, fact in facts.items():
        if fact != "heading_type":
            continue
        for below in range(index + 1, len(texts)):
            if below not in facts:
                return _without_number(texts[below])
            if facts[below] not in BETWEEN_TYPE_AND_TITLE:
                break
    committees = [index for index, fact in facts.items() if fact == "committee"]
    if committees:
        return texts[committees[0]]
    types = [index for index, fact in facts.items() if fact in ("type", "byline")]
    if types:
        above = types[0] - 1
        # A provisional agenda is titled by its type ("Programa provisional y anotaciones"),
        # whatever stands above it: the agenda item's title, the session's place and dates.
        if document_type_of(texts[types[0]]) == "provisional_agenda":
            return texts[types[0]]
        if above >= 0 and above not in facts:
            return _without_number(texts[above])
        if facts[types[0]] == "type":
            return texts[types[0]]
    free = [index for index in range(len(texts)) if index not in facts]
    if not free:
        return None
    title = _without_number(texts[free[-1]])
    if facts.get(free[-1] + 1) == "volume":
        title = f"{title}, {texts[free[-1] + 1]}"
    return title


def _without_number(title: str) -> str:
    """ "54/254. Le Sommet du millénaire" is titled "Le Sommet du millénaire"."""
    match = RESOLUTION_NUMBER.match(title)
    if match and match.end() < len(title):
        return title[match.end() :].strip()
    return title
