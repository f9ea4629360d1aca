"""The issue date where the masthead prints none alone: beside "Distr.", or under a resolution."""

import re
from datetime import date

from ..dates import read_dates

# The adoption of a resolution, printed under it: "2000年3月15日 第93次全体会议", "93rd
# plenary meeting 15 March 2000", "93e séance plénière 23 mars 2000".
PLENARY = re.compile(
    r"第\s*\d+\s*次全体会议|\d+(?:st|nd|rd|th|e|re|a|ª|-?[ея]|-?м)?\s*(?:plenary meeting|"
    r"séance plénière|sesión plenaria|пленарное заседание)|الجلسة العامة\s*\d+",
    re.IGNORECASE,
)


def date_near_distribution(texts: list[str], facts: dict[int, str]) -> date | None:
    """The issue date a two-column masthead interleaved with the organ's name: "Distr. générale
    pour le développement industriel 26 mars 2021" prints it a line or two below "Distr."."""
    for index, fact in facts.items():
        if fact != "distribution":
            continue
        for text in texts[index : index + 3]:
            found = read_dates(text)
            if (
                found is not None
                and found[0] == found[1]
                and facts.get(texts.index(text)) != "meeting"
            ):
                return found[0]
    return None


def adopted_on(body_text: str) -> date | None:
    """The date a resolution was adopted, printed with its plenary meeting at its end."""
    for match in PLENARY.finditer(body_text):
        around = body_text[max(0, match.start() - 40) : match.end() + 40]
        if (found := read_dates(around)) is not None and found[0] == found[1]:
            return found[0]
    return None
