"""The interface languages: catalogues current, every one complete, compiled; pages follow the
reader.

English is the source language. Arabic, Chinese, French, Russian and Spanish translate every
string. `make messages` writes and compiles the catalogues; these checks run GNU gettext's
msgfmt, as compilemessages does.
"""

import ast
import gettext
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import BodyFactory, MeetingFactory
from wgportal.site.languages import address_in

ROOT = Path(__file__).resolve().parents[1]
# Django's locale names: zh_Hans serves the interface language code zh-hans.
LOCALES = ("ar", "zh_Hans", "fr", "ru", "es")
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 ? 4 : 5;",
    "zh_Hans": "nplurals=1; plural=0;",
    "fr": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "es": "nplurals=2; plural=(n != 1);",
}
# Left out of the copy whose strings are extracted, as `make messages` leaves them out.
NOT_EXTRACTED = ("tests", "media", "staticfiles", "test-artifacts", "db.sqlite3", ".*", "*.pyc")


def catalogue(locale: str, root: Path = ROOT) -> Path:
    return root / "locale" / locale / "LC_MESSAGES" / "django.po"


def msgfmt(*args: str) -> subprocess.CompletedProcess:
    if shutil.which("msgfmt") is None:
        pytest.fail("msgfmt is missing: install GNU gettext (apt-get install gettext)")
    # msgfmt words its statistics in the machine's language unless told otherwise.
    environment = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}
    return subprocess.run(
        ["msgfmt", *args], capture_output=True, text=True, check=True, env=environment
    )


def msgids(po: Path) -> set[tuple[str, str]]:
    """The (msgid, msgid_plural) pairs of a catalogue, its header left out."""
    entries: list[dict[str, str]] = [{}]
    keyword = ""
    for line in po.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            entries.append({})
            keyword = ""
        elif line.startswith(("msgid ", "msgid_plural ", "msgstr")):
            keyword, _space, quoted = line.partition(" ")
            entries[-1][keyword] = ast.literal_eval(quoted)
        elif line.startswith('"') and keyword:
            entries[-1][keyword] += ast.literal_eval(line)
    return {
        (entry["msgid"], entry.get("msgid_plural", "")) for entry in entries if entry.get("msgid")
    }


def test_the_catalogues_hold_exactly_the_strings_the_code_marks_for_translation(tmp_path):
    # makemessages writes into the catalogues it reads, so it runs on a copy of the project.
    copy = tmp_path / "wgportal"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_EXTRACTED))
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-obsolete"]
        + [argument for locale in LOCALES for argument in ("-l", locale)],
        cwd=copy,
        capture_output=True,
        check=True,
    )

    for locale in LOCALES:
        extracted, committed = msgids(catalogue(locale, copy)), msgids(catalogue(locale))
        assert extracted == committed, (
            f"{locale}: run `make messages`, translate, commit locale/. "
            f"New: {sorted(extracted - committed)}; gone: {sorted(committed - extracted)}"
        )


@pytest.mark.parametrize("locale", LOCALES)
def test_each_catalogue_has_a_checked_header_with_its_plural_forms(locale, tmp_path):
    po, mo = catalogue(locale), tmp_path / "django.mo"
    msgfmt("--check", "-o", str(mo), str(po))  # the header, plural formula and placeholders
    with mo.open("rb") as compiled:
        header = gettext.GNUTranslations(compiled).info()

    assert header["language"] == locale
    assert header["plural-forms"] == PLURAL_FORMS[locale]
    # msgfmt leaves fuzzy entries out, and a fuzzy header with its plural forms too.
    assert "#, fuzzy" not in po.read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", LOCALES)
def test_each_catalogue_translates_every_string(locale):
    statistics = msgfmt("--statistics", "-o", os.devnull, str(catalogue(locale))).stderr

    # Anything else reads "..., 3 untranslated messages" or "..., 1 fuzzy translation".
    assert re.fullmatch(r"\d+ translated messages?\.\n", statistics), statistics


@pytest.mark.parametrize("locale", LOCALES)
def test_the_committed_mo_file_is_its_catalogue_compiled(locale, tmp_path):
    compiled = tmp_path / "django.mo"
    msgfmt("--check-format", "-o", str(compiled), str(catalogue(locale)))
    committed = catalogue(locale).with_suffix(".mo")

    assert committed.is_file(), f"{committed} is missing: run `make messages` and commit it"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed} is not {catalogue(locale).name} compiled: run `make messages` and commit it"
    )


@pytest.fixture
def seventh(db):
    return MeetingFactory(body=BodyFactory(published=True), ordinal=7)


def page(client, url: str, interface: str) -> str:
    """The page at `url` (an English address) at its address in `interface`."""
    response = client.get(address_in(url, interface))
    assert response.status_code == 200
    return response.content.decode()


def test_a_chinese_interface_shows_the_page_in_chinese_words_and_dates(client, seventh):
    html = page(client, seventh.get_absolute_url(), "zh-hans")

    assert '<html lang="zh-hans" dir="ltr">' in html
    assert '<a href="/zh-hans/meetings/">会议</a>' in html
    assert '<a href="/zh-hans/search/">搜索</a>' in html
    assert "偷运移民问题工作组: 第7次会议</h1>" in html
    assert '<button type="submit">切换</button>' in html
    assert (
        '<time datetime="2020-09-08">2020年9月8日</time>和<time datetime="2020-09-09">9日</time>'
        in html
    )


@pytest.mark.parametrize(
    ("interface", "first", "joint", "last"),
    [
        ("en", "8", " and ", "9 September 2020"),
        ("fr", "8", " et ", "9 septembre 2020"),
        ("ru", "8", " и ", "9 сентября 2020 года"),
        ("es", "8", " y ", "9 de septiembre de 2020"),
    ],
)
def test_dates_are_written_as_un_documents_print_them_in_the_interface_language(
    client, seventh, interface, first, joint, last
):
    html = page(client, seventh.get_absolute_url(), interface)

    # Each day keeps its machine-readable date: "8 and 9 September 2020", not "Sept. 8, 2020".
    days = '<time datetime="2020-09-08">{}</time>{}<time datetime="2020-09-09">{}</time>'
    assert days.format(first, joint, last) in html


def test_an_arabic_interface_runs_right_to_left_in_arabic(client, seventh):
    html = page(client, seventh.get_absolute_url(), "ar")

    assert '<html lang="ar" dir="rtl">' in html
    assert '<a href="/ar/meetings/">الاجتماعات</a>' in html
    assert '<h2 id="agenda">جدول الأعمال</h2>' in html


def test_the_switcher_names_each_language_in_itself_in_un_order(client, seventh):
    html = page(client, seventh.get_absolute_url(), "zh-hans")
    switcher = re.search(r'<select id="interface-language".*?</select>', html, re.S).group()
    options = re.findall(
        r'<option value="([^"]+)" lang="[^"]+"( selected)?>([^<]+)</option>', switcher
    )

    assert [(code, unescape(name)) for code, _selected, name in options] == [
        ("ar", "العربيّة"),
        ("zh-hans", "简体中文"),
        ("en", "English"),
        ("fr", "français"),
        ("ru", "Русский"),
        ("es", "español"),
    ]
    assert [code for code, selected, _name in options if selected] == ["zh-hans"]


def test_the_switch_goes_back_only_to_this_site_and_sets_only_a_known_language(client, db):
    outside = client.get("/en/language/", {"language": "fr", "next": "https://evil.example/"})
    assert (outside.status_code, outside["Location"]) == (302, "/fr/")
    assert outside.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    unknown = client.get("/en/language/", {"language": "xx", "next": "/en/meetings/"})
    assert (unknown.status_code, unknown["Location"]) == (302, "/en/meetings/")
    assert settings.LANGUAGE_COOKIE_NAME not in unknown.cookies
    assert "no-store" in unknown["Cache-Control"]


def test_switching_the_interface_language_keeps_the_page_and_its_content_language(client, seventh):
    url = seventh.get_absolute_url() + "?lang=en"
    response = client.get("/en/language/", {"language": "zh-hans", "next": url})

    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/meetings/CTOC/COP/WG.7/7/?lang=en"
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="zh-hans"' in html and "第7次会议" in html
    # The content stays in the language the reader chose for it: the venue in English.
    assert '<span lang="en">Vienna</span>' in html


def test_an_address_without_a_language_goes_to_the_language_the_reader_chose_last(client, seventh):
    first = client.get("/meetings/CTOC/COP/WG.7/7/?lang=zh")
    client.get("/en/language/", {"language": "fr", "next": "/en/meetings/"})
    remembered = client.get("/meetings/CTOC/COP/WG.7/7/?lang=zh")

    assert (first.status_code, first["Location"]) == (302, "/en/meetings/CTOC/COP/WG.7/7/?lang=zh")
    assert (remembered.status_code, remembered["Location"]) == (
        302,
        "/fr/meetings/CTOC/COP/WG.7/7/?lang=zh",
    )
    # Caches keep the redirect apart for each reader's choice.
    assert {"Accept-Language", "Cookie"} <= {
        field.strip() for field in remembered["Vary"].split(",")
    }


def test_a_copied_address_shows_the_page_in_its_language_whatever_the_cookie_says(client, seventh):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    response = client.get("/fr/meetings/CTOC/COP/WG.7/7/", headers={"Accept-Language": "ru"})
    html = response.content.decode()

    assert response.status_code == 200 and response["Content-Language"] == "fr"
    assert '<html lang="fr" dir="ltr">' in html
    assert "Accept-Language" not in response.get("Vary", "")


def test_the_page_names_its_address_in_each_language_as_alternates(client, seventh):
    html = page(client, seventh.get_absolute_url() + "?lang=zh", "ru")
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)

    path = "/meetings/CTOC/COP/WG.7/7/?lang=zh"
    assert alternates == [
        *(
            (code, f"http://testserver/{code}{path}")
            for code in ("ar", "zh-hans", "en", "fr", "ru", "es")
        ),
        ("x-default", f"http://testserver{path}"),  # which sends each reader to their language
    ]
