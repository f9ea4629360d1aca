"""The meeting's ordinal, rarely in the masthead: the title, or the text's account of the opening
or the paper's purpose names it."""

import re
from datetime import date

from ..dates import read_dates
from ..numerals import chinese_number, ordinal_word

# The ordinal, from the sentence that opens the meeting or states a paper's purpose.
HELD = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*次会议于(.{0,40}?)举行")
# Ordinals are Latin words or digits: "[A-Za-z0-9]", not "\w", which runs through Chinese.
HELD_ENGLISH = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z0-9]{3,12}) meeting of the Working Group"
    r"[^.]{0,120}?\bheld\b[^.]{0,20}?\b(?:on|from)\b([^.]{0,40})",
    re.IGNORECASE,
)
FACILITATES = re.compile(r"便利[^。]{0,40}?第\s*([一二三四五六七八九十\d]{1,3})\s*次会议的")
FACILITATES_ENGLISH = re.compile(
    r"facilitate (?:the )?discussions? (?:at|of|during) the ([A-Za-z0-9]+) meeting", re.IGNORECASE
)
TITLE_ORDINAL = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,3})\s*次会议|(?<![A-Za-z0-9])([A-Za-z0-9]{3,12}) meeting",
    re.IGNORECASE,
)


def meeting_ordinal(title: str | None, body_text: str, meeting_start: date | None) -> int | None:
    is_report = title is not None and ("报告" in title or "report" in title.lower())
    if is_report and title and (match := TITLE_ORDINAL.search(title)):
        number = _ordinal_number(match[1] or match[2])
        if number is not None:
            return number
    # Reports recall the earlier meetings too ("工作组第一次会议于 2012 年 5 月 30日至 6月 1日
    # 举行，第二次会议于…"): the one held on the masthead's dates is this one.
    if meeting_start is not None:
        for pattern in (HELD, HELD_ENGLISH):
            for match in pattern.finditer(body_text):
                found = read_dates(match[2])
                if found is not None and found[0] == meeting_start:
                    number = _ordinal_number(match[1])
                    if number is not None:
                        return number
    for pattern in (FACILITATES, FACILITATES_ENGLISH):
        if match := pattern.search(body_text):
            return _ordinal_number(match[1])
    return None


def _ordinal_number(text: str) -> int | None:
    return chinese_number(text) or ordinal_word(text)
