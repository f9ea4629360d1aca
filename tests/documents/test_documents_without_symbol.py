"""A document printed without its symbol has its own address, and its text finds it again.

A resolution reproduced on a web page, a note without a masthead: such a text is known by its
text alone. It is read at /documents/~<id>/ (never mistaken for a symbol), and the same text
imported again from another file format is the same language version of the same document.
"""

import io

import docx
import pytest

from documents.fingerprints import text_fingerprint
from documents.models import Document, ImportJob, LanguageVersion
from documents.services import create_import_job, run_import_job
from tests.documents.test_import_formats import as_word

API = "/api/v1"

# Hard-wrapped as PDF extraction leaves it, the way a secretariat's text file often comes.
RESOLUTION_ZH = """大会，

回顾其关于打击跨国有组织犯罪的各项决议，

1. 决定通过本决议所附的《联合国打击跨国有组织犯罪公约关于打击陆、海、
空偷运移民的补充议定书》，并吁请所有国家尽早签署和批准该议定书；

2. 请秘书长向大会下届会议提交一份关于本决议执行情况的报告，其中载有
各会员国提供的资料。
"""

# Wrapped with a hyphen where a word broke at the end of a line ("estab-" / "lish").
RESOLUTION_EN = """The General Assembly,

Recalling its resolution 53/111 of 9 December 1998, in which it decided to estab-
lish an open-ended intergovernmental ad hoc committee,

1. Adopts the Protocol against the Smuggling of Migrants by Land, Sea and Air,
supplementing the United Nations Convention against Transnational Organized Crime;

2. Requests the Secretary-General to report to the General Assembly at its next
session on the implementation of the present resolution.
"""

# The same English text as a Word file keeps each paragraph whole: no wrap, no hyphen.
RESOLUTION_EN_PARAGRAPHS = [
    "The General Assembly,",
    "Recalling its resolution 53/111 of 9 December 1998, in which it decided to establish an "
    "open-ended intergovernmental ad hoc committee,",
    "1.\tAdopts the Protocol against the Smuggling of Migrants by Land, Sea and Air, "
    "supplementing the United Nations Convention against Transnational Organized Crime;",
    "2.\tRequests the Secretary-General to report to the General Assembly at its next "
    "session on the implementation of the present resolution.",
]

NOTE_ZH = """秘书处的说明

1. 本说明介绍工作组第八次会议的安排，供各代表团参考。

2. 会议将以线上和线下相结合的方式举行。
"""


def word_paragraphs(paragraphs: list[str]) -> bytes:
    """A .docx of one Word paragraph per paragraph, as a text written in Word is saved."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def imported(name: str, data: bytes) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=data, queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


def test_the_fingerprint_ignores_wrapping_hyphens_spaces_and_full_width_forms():
    paragraphs = ["Recalling its resolution 53/111, in which it decided to establish a committee"]
    reflowed = ["Recalling its resolution 53/111, in which it decided to estab- lish  a committee"]
    full_width = ["ＲＥＣＡＬＬＩＮＧ its resolution ５３/１１１ ,in which it decided to establish"]
    full_width[0] += " a committee"

    assert text_fingerprint(paragraphs) == text_fingerprint(reflowed)
    assert text_fingerprint(paragraphs) == text_fingerprint(full_width)
    assert text_fingerprint(paragraphs) != text_fingerprint([paragraphs[0].replace("53", "54")])
    assert text_fingerprint([]) == text_fingerprint(["", "— ，。"]) == ""


@pytest.mark.django_db
def test_a_text_without_a_symbol_imported_as_txt_then_as_docx_is_one_document_and_version():
    first = imported("resolution.txt", RESOLUTION_ZH.encode())
    # One Word paragraph per line of the text file (test_import_formats.as_word).
    again = imported("resolution.docx", as_word(RESOLUTION_ZH))

    assert first.document.symbol is None
    assert again.document == first.document
    assert Document.objects.count() == 1
    version = LanguageVersion.objects.get()
    assert version.language == "zh"
    assert version.source_file.name.endswith(".docx")
    assert version.paragraphs.filter(kind="numbered").count() == 2


@pytest.mark.django_db
def test_a_wrapped_and_hyphenated_text_finds_its_document_again_from_a_word_file():
    first = imported("resolution-en.txt", RESOLUTION_EN.encode())

    again = imported("resolution-en.docx", word_paragraphs(RESOLUTION_EN_PARAGRAPHS))

    assert again.document == first.document
    assert first.document.versions.get().language == "en"
    assert Document.objects.count() == LanguageVersion.objects.count() == 1


@pytest.mark.django_db
def test_the_same_file_without_a_symbol_twice_changes_nothing():
    first = imported("resolution.txt", RESOLUTION_ZH.encode())

    again = imported("resolution-copy.txt", RESOLUTION_ZH.encode())

    assert again.counts["unchanged"] == 1
    assert again.document == first.document
    assert LanguageVersion.objects.get().history.count() == 1


@pytest.mark.django_db
def test_a_different_text_without_a_symbol_is_another_document_with_its_own_address():
    resolution = imported("resolution.txt", RESOLUTION_ZH.encode()).document
    note = imported("note.txt", NOTE_ZH.encode()).document

    assert resolution != note
    assert Document.objects.filter(symbol__isnull=True).count() == 2
    assert resolution.get_absolute_url() == f"/en/documents/~{resolution.pk}/"
    assert note.get_absolute_url() == f"/en/documents/~{note.pk}/"


@pytest.mark.django_db
def test_both_pages_and_api_details_answer_anonymous_readers(client):
    resolution = imported("resolution.txt", RESOLUTION_ZH.encode()).document
    note = imported("note.txt", NOTE_ZH.encode()).document

    for document, text in ((resolution, "请秘书长向大会下届会议提交"), (note, "线上和线下")):
        page = client.get(document.get_absolute_url())
        assert page.status_code == 200
        assert text in page.content.decode()
        detail = client.get(f"{API}/documents/~{document.pk}/")
        assert detail.status_code == 200
        assert detail.json()["symbol"] is None
        assert detail.json()["url"].endswith(f"{API}/documents/~{document.pk}/")
        assert detail.json()["page"] == document.get_absolute_url()
        (version,) = detail.json()["versions"]
        paragraphs = client.get(version["paragraphs"])
        assert paragraphs.status_code == 200
        assert any(text in row["text"] for row in paragraphs.json()["results"])
        source = client.get(f"{document.get_absolute_url()}source/zh/")
        assert source.status_code == 200
    listed = {row["url"] for row in client.get(f"{API}/documents/").json()["results"]}
    assert {url.split(API)[1] for url in listed} == {
        f"/documents/~{resolution.pk}/",
        f"/documents/~{note.pk}/",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hidden", [{"published": False}, {"distribution": Document.Distribution.LIMITED}]
)
def test_a_document_without_a_symbol_that_is_not_public_is_not_found(client, hidden):
    document = imported("resolution.txt", RESOLUTION_ZH.encode()).document
    Document.objects.filter(pk=document.pk).update(**hidden)

    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(f"{API}/documents/~{document.pk}/").status_code == 404
    assert client.get(f"{API}/documents/~{document.pk}/versions/zh/paragraphs/").status_code == 404
    assert client.get(f"{document.get_absolute_url()}source/zh/").status_code == 404


@pytest.mark.django_db
def test_a_document_with_a_symbol_is_found_at_its_symbol_only(client, public_paper):
    assert client.get(f"/en/documents/~{public_paper.pk}/").status_code == 404
    assert client.get(f"{API}/documents/~{public_paper.pk}/").status_code == 404
    assert client.get(f"{API}/documents/{public_paper.symbol}/").status_code == 200


@pytest.mark.django_db
def test_search_links_a_document_without_a_symbol_to_its_own_address(client):
    document = imported("resolution.txt", RESOLUTION_ZH.encode()).document

    html = client.get("/en/search/", {"q": "偷运移民"}).content.decode()

    assert f'href="/en/documents/~{document.pk}/#para-1"' in html
