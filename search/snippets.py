"""Snippets: a window of a paragraph around its first hit, with every hit marked."""

import re
from html import escape  # Django's, made for lazy text, costs more per call

from django.contrib.postgres.search import SearchHeadline
from django.db import connection
from django.db.models import (
    Case,
    TextField,
    When,
)
from django.utils.safestring import SafeString, mark_safe

from documents.indexing import CONFIGURATIONS
from documents.models import Paragraph

from .matching import ParsedOnce
from .reading import Query

SNIPPET_CHARACTERS = 160
# ts_headline marks the words it matched with these: imported texts hold no control characters.
HIT_START, HIT_END = "\x02", "\x03"
HIT = re.compile(f"{HIT_START}(.*?){HIT_END}", re.DOTALL)


def stemmed_hits(query: Query, languages: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """The words of each paragraph (not Chinese) that PostgreSQL's configuration matched.

    Python cannot tell that "investigations" matched "investigation"; ts_headline can. Only the
    words it marks are kept: it drops what looks like markup ("<script>") from the text it
    returns, so the snippet itself is cut from the paragraph in Python. Chinese needs neither:
    a character-pair query matches the words as typed. `languages` gives each paragraph's.
    """
    if not languages or connection.vendor != "postgresql":
        return {}
    headline = Case(
        *[
            When(
                version__language=code,
                then=SearchHeadline(
                    "text",
                    ParsedOnce(query.text, search_type="websearch", config=config),
                    config=config,
                    start_sel=HIT_START,
                    stop_sel=HIT_END,
                    highlight_all=True,
                ),
            )
            for code, config in CONFIGURATIONS.items()
            if code in set(languages.values())
        ],
        output_field=TextField(),
    )
    rows = Paragraph.objects.filter(pk__in=list(languages)).annotate(headline=headline)
    return {
        pk: tuple(dict.fromkeys(HIT.findall(text)))
        for pk, text in rows.values_list("pk", "headline")
        if text
    }


def snippet(
    text: str, words: tuple[str, ...], *, whole_words: bool = False, width: int = SNIPPET_CHARACTERS
) -> SafeString:
    """A window of the text around its first hit, escaped, with every hit in <mark>."""
    hits = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word)
    # Stemmed words are marked whole ("in" is no hit inside "investigation"); Chinese has no
    # spaces to tell words apart, and substring searches match inside words too.
    pattern = re.compile(rf"(?<!\w)(?:{hits})(?!\w)" if whole_words else hits, re.IGNORECASE)
    first = pattern.search(text) if hits else None
    start = max((first.start() if first else 0) - width // 4, 0)
    end = min(start + width, len(text))
    window = text[start:end]
    # Words found side by side are one mark: "<mark>偷运移民</mark>", not two.
    spans: list[list[int]] = []
    for hit in pattern.finditer(window) if hits else ():
        if spans and spans[-1][1] == hit.start():
            spans[-1][1] = hit.end()
        else:
            spans.append([hit.start(), hit.end()])
    parts = ["…"] if start else []
    place = 0
    for hit_start, hit_end in spans:
        parts += [escape(window[place:hit_start]), "<mark>", escape(window[hit_start:hit_end])]
        parts.append("</mark>")
        place = hit_end
    parts.append(escape(window[place:]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))
