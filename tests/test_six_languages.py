"""Every public page in each of the six interface languages, with no interface string left in
another language.

After the four seeds and the demo data, each page (home, the meeting list, a meeting with its
agenda, its participants, a document, search with results, recommendations, themes, an entity,
the feed, the subscription form and the sign-in page) is read at its address in each language.
Its visible interface text (text and labels outside any element whose `lang` is not the page's:
`{% text %}` marks content shown in another language) must hold no string of the interface in
another language: neither an English msgid the page's catalogue translates (or leaves
untranslated) nor a string of another language's catalogue. The strings come from the compiled
catalogues (`locale/*/LC_MESSAGES/django.mo`), so a new string is checked the day it is marked.
"""

import gettext
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from tests.conftest import SEEDS
from wgportal.demo import load_demo

# The pages are read once for the module (`rendered`); the mark has the test database set up.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
# Interface language codes (settings.LANGUAGES) and the catalogue serving each.
CATALOGUES = {"ar": "ar", "zh-hans": "zh_Hans", "fr": "fr", "ru": "ru", "es": "es"}
LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
SEVENTH = "/meetings/CTOC/COP/WG.7/7/"
TWELFTH = "/meetings/CTOC/COP/WG.7/12/"
# Each page by what it is, at its address without the language prefix.
PAGES = {
    "home": "/",
    "meeting list": "/meetings/",
    "meeting and agenda (seeds)": SEVENTH,
    "meeting and agenda (demo)": TWELFTH,
    "participants": TWELFTH + "participants/",
    "document": "/documents/CTOC/COP/WG.7/2020/2/",
    "search with results": "/search/?q=偷运移民",
    "recommendations": "/recommendations/",
    "themes": "/themes/",
    "entity": "/entities/IT/",
    "feed": "/feeds/documents/",
    "subscription": "/follow/?body=CTOC/COP/WG.7",
}
SIGN_IN = "/admin/login/"
# Placeholders of gettext and of blocktranslate, and markup, split a string into its literal runs.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sd]|\{\{.*?\}\}|<[^>]+>|\n")
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
LATIN_OR_OTHER_LETTERS = re.compile(r"[^\W\d_]")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


def compiled(locale: str) -> dict:
    with (ROOT / "locale" / locale / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        return gettext.GNUTranslations(mo)._catalog


def interface_strings() -> dict[str, dict[str, set[str]]]:
    """For each interface language, the forms its catalogue gives each msgid it translates
    (English's are the msgids themselves): what its pages may show as the interface."""
    catalogues = {code: compiled(locale) for code, locale in CATALOGUES.items()}
    msgids = {
        (key[0] if isinstance(key, tuple) else key).split("\x04")[-1]
        for catalogue in catalogues.values()
        for key in catalogue
    } - {""}
    strings: dict[str, dict[str, set[str]]] = {"en": {msgid: {msgid} for msgid in msgids}}
    for code, catalogue in catalogues.items():
        forms = strings.setdefault(code, {})
        for key, text in catalogue.items():
            msgid = (key[0] if isinstance(key, tuple) else key).split("\x04")[-1]
            if msgid and text:
                forms.setdefault(msgid, set()).add(text)
    return strings


def runs(text: str) -> list[str]:
    """The literal runs of an interface string long enough to be told apart from content: four
    letters, or two Chinese characters."""
    found = []
    for run in PLACEHOLDER.split(text):
        run = " ".join(run.split()).strip(" :;,.·()[]«»\"'")
        letters = len(LATIN_OR_OTHER_LETTERS.findall(run))
        if len(CJK.findall(run)) >= 2 or (letters >= 4 and not CJK.search(run)):
            found.append(run)
    return found


def foreign_runs(language: str) -> set[str]:
    """What must not show on a page in `language`: any other language's form of a msgid, the
    English msgid included, unless `language`'s catalogue gives that very form; a msgid it does
    not translate shows in English, and is found so. Runs of its own forms are never foreign."""
    strings = interface_strings()
    own = strings[language]
    foreign = {
        text
        for other, forms in strings.items()
        if other != language
        for msgid, texts in forms.items()
        for text in texts
        if text not in own.get(msgid, set())
    }
    allowed = {run for texts in own.values() for text in texts for run in runs(text)}
    return {run for text in foreign for run in runs(text)} - allowed


class VisibleText(HTMLParser):
    """The text and labels a reader of `language` sees as the page's own: none inside an
    element whose `lang` (or `xml:lang`) names another language, nor in scripts and styles."""

    def __init__(self, language: str) -> None:
        super().__init__(convert_charrefs=True)
        self.language = language.split("-")[0]
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []

    def own(self) -> bool:
        return not self.stack or self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        lang = attributes.get("lang") or attributes.get("xml:lang")
        own = self.own() and tag not in ("script", "style", "template")
        if lang is not None:
            own = own and lang.split("-")[0].lower() == self.language
        if own:
            self.texts.extend(attributes[name] for name in ATTRIBUTES if attributes.get(name))
        if tag not in VOID:
            self.stack.append((tag, own))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self.own() and data.strip():
            self.texts.append(" ".join(data.split()))


def visible_text(page: str, body: str, language: str) -> list[str]:
    if page == "feed":
        # Entries' titles are the documents' own; the feed's words and summaries are the portal's.
        atom = "{http://www.w3.org/2005/Atom}"
        root = ET.fromstring(body)
        named = [root.find(f"{atom}{name}") for name in ("title", "subtitle")]
        named += root.findall(f"{atom}author/{atom}name")
        named += root.findall(f"{atom}entry/{atom}summary")
        return [" ".join(texts_of(element.text or "", language)) for element in named]
    return texts_of(body, language)


def texts_of(html: str, language: str) -> list[str]:
    parser = VisibleText(language)
    parser.feed(html)
    return parser.texts


def left_in_another_language(texts: list[str], language: str) -> list[str]:
    """The foreign runs found in `texts`: whole words in alphabetic scripts, anywhere in Chinese."""
    found = set()
    # Web addresses quoted in a text are no words of any language ("…/themes/trafic-illicite…").
    joined = WEB_ADDRESS.sub(" ", "\n".join(texts))
    for run in foreign_runs_cached(language):
        pattern = re.escape(run) if CJK.search(run) else rf"(?<!\w){re.escape(run)}(?!\w)"
        if re.search(pattern, joined):
            found.add(run)
    return sorted(found)


_FOREIGN: dict[str, set[str]] = {}


def foreign_runs_cached(language: str) -> set[str]:
    if language not in _FOREIGN:
        _FOREIGN[language] = foreign_runs(language)
    return _FOREIGN[language]


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every page in every language: {(language, page): (status, body)}, read once for the
    module in a transaction rolled back afterwards, so no test after it finds these rows."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seeds are not at {SEEDS} (../shared is absent)")
    found = {}
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        call_command("import_texts", str(SEEDS), "--here", verbosity=0)
        load_demo(accounts=False)
        for language in ("ar", "zh-hans", "en", "fr", "ru", "es"):
            reader = Client()
            for page, address in PAGES.items():
                response = reader.get(f"/{language}{address}")
                found[language, page] = (response.status_code, response.content.decode())
            reader.cookies["django_language"] = language
            response = reader.get(SIGN_IN)
            found[language, "sign-in"] = (response.status_code, response.content.decode())
        transaction.set_rollback(True)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_page_shows_an_interface_string_of_another_language(rendered, language):
    left = {}
    for (code, page), (status, body) in rendered.items():
        if code != language:
            continue
        assert status == 200, (page, status)
        if found := left_in_another_language(visible_text(page, body, language), language):
            left[page] = found

    assert left == {}


@pytest.mark.parametrize("language", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_every_page_is_read_in_its_addresses_language_and_direction(rendered, language):
    direction = "rtl" if language == "ar" else "ltr"
    for page in (*PAGES, "sign-in"):
        status, body = rendered[language, page]
        assert status == 200, page
        if page != "feed":
            assert re.search(rf'<html lang="{language}" dir="{direction}"', body), page


def test_an_untranslated_page_is_found_out():
    # A French page as the catalogue of an untranslated language would leave it: in English.
    english_page = '<html lang="fr"><h2>Agenda</h2><p lang="en">Agenda of the content</p></html>'

    assert left_in_another_language(visible_text("meeting", english_page, "fr"), "fr") == ["Agenda"]
    chinese_word = '<html lang="en"><a href="/en/search/">搜索</a></html>'
    assert left_in_another_language(visible_text("home", chinese_word, "en"), "en") == ["搜索"]
