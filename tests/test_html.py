"""The public pages' HTML: no id twice, every form field labelled, other-language text marked.

A small checker on Python's own HTML parser reads each page as a reader's browser and a screen
reader would: ids must be unique (a duplicate breaks anchors and labels), every visible form
field needs a label, and text in Chinese on a page in another language must stand inside an
element whose `lang` says so, so that it is read out and hyphenated as Chinese.
"""

import re
from html.parser import HTMLParser

import pytest

from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
UNLABELLED_INPUTS = {"hidden", "submit", "button", "reset", "image"}


class PageChecker(HTMLParser):
    """Collects what breaks the three rules while reading one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.labelled: set[str] = set()
        self.fields: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, str]] = []  # (tag, lang in force)
        self.unmarked: list[str] = []
        self.in_label = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "label":
            self.in_label += 1
            if "for" in attributes:
                self.labelled.add(attributes["for"])
        if tag in ("input", "select", "textarea"):
            self.fields.append((tag, {**attributes, "_inside_label": self.in_label > 0}))
        lang = attributes.get("lang", self.stack[-1][1] if self.stack else "")
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label = max(self.in_label - 1, 0)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        in_force = self.stack[-1][1] if self.stack else ""
        inside = {tag for tag, _lang in self.stack}
        # A <title> cannot carry a lang of its own: it is read in the page's language.
        skipped = {"script", "style", "title"}
        if HAN.search(data) and not in_force.startswith("zh") and not inside & skipped:
            self.unmarked.append(data.strip()[:40])

    def problems(self) -> dict[str, list]:
        unlabelled = [
            attributes.get("name") or attributes.get("id") or tag
            for tag, attributes in self.fields
            if attributes.get("type", "text") not in UNLABELLED_INPUTS
            and attributes.get("id") not in self.labelled
            and not attributes.get("aria-label")
            and not attributes["_inside_label"]
        ]
        duplicated = sorted({i for i in self.ids if self.ids.count(i) > 1})
        found = {"duplicate ids": duplicated, "unlabelled fields": unlabelled}
        found["Chinese without lang"] = self.unmarked
        return {rule: items for rule, items in found.items() if items}


def check(html: str) -> dict[str, list]:
    checker = PageChecker()
    checker.feed(html)
    return checker.problems()


def pages(paper) -> list[str]:
    meeting = paper.meeting.get_absolute_url()
    document = paper.get_absolute_url()
    return [
        "/en/",
        "/en/meetings/",
        meeting,
        meeting + "?lang=zh",
        document,
        document + "?lang=zh",
        "/en/recommendations/",
        "/en/themes/",
        "/en/entities/CN/",
        "/en/search/",
        "/en/search/?q=偷运移民",
        "/en/search/?q=smuggling",
    ]


def test_the_checker_finds_what_it_looks_for():
    assert check('<p id="a"></p><p id="a">偷运</p><input name="q">') == {
        "duplicate ids": ["a"],
        "unlabelled fields": ["q"],
        "Chinese without lang": ["偷运"],
    }
    assert check('<div lang="zh"><label for="q">搜索</label><input id="q"></div>') == {}


@pytest.mark.parametrize("interface", ["en", "zh-hans"])
def test_every_public_page_keeps_the_rules(client, public_paper, interface):
    found = {}
    for url in pages(public_paper):
        url = address_in(url, interface)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert re.search(r'<html lang="[a-z-]+"', html), url
        problems = check(html)
        if interface.startswith("zh"):
            problems.pop("Chinese without lang", None)  # the whole page is Chinese then
        if problems:
            found[url] = problems
    assert found == {}, "\n".join(f"{url}: {problems}" for url, problems in found.items())
