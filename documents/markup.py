"""The HTML of a paragraph or footnote as a document page shows it.

The text is escaped, then the symbols and addresses the import found in it become links: a
symbol to its page here when the portal shows that document, else to undocs.org; an address to
itself (http and https only). Footnote calls follow the paragraph, each linked to its note, and
each note links back to its call, so a reader can go both ways.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from documents.parsing import symbols


@dataclass(frozen=True)
class Link:
    target: str  # the symbol or address as printed in the text
    href: str


def symbol_link(symbol: str, here: dict[str, str]) -> Link:
    """A cited symbol's link: its page in the portal (`here`: symbol -> URL), else undocs.org."""
    return Link(symbol, here.get(symbol) or symbols.undocs_url(symbol))


def linked_text(text: str, links: list[Link]) -> SafeString:
    """`text` escaped, with each link's target made an anchor (the longest target first)."""
    usable = [link for link in links if link.target and is_safe_href(link.href)]
    if not usable:
        return escape(text)
    by_target = {escape(link.target): link.href for link in usable}
    # A symbol must not stop inside a longer one (…/2020/2 inside …/2020/2/Add.1).
    pattern = re.compile(
        "|".join(re.escape(target) for target in sorted(by_target, key=len, reverse=True))
        + r"(?![\w/.-])"
    )
    html = pattern.sub(
        lambda match: str(
            format_html('<a href="{}">{}</a>', by_target[match.group(0)], mark_safe(match.group(0)))
        ),
        str(escape(text)),
    )
    return mark_safe(html)


def footnote_calls(markers: list[str], *, prefix: str = "") -> SafeString:
    """The superscript calls of a paragraph's notes, each linked to its note."""
    return mark_safe(
        "".join(
            str(
                format_html(
                    '<sup class="note-call"><a href="#{0}fn-{1}" id="{0}fnref-{1}">{1}</a></sup>',
                    prefix,
                    marker,
                )
            )
            for marker in markers
        )
    )


def is_safe_href(href: str) -> bool:
    return href.startswith(("/", "https://", "http://"))
