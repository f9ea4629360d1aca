"""A text printed without its symbol, imported as .txt and then as a PDF of it, is one document.

The PDF is Chromium's print of the text laid out as a page (A4, Noto CJK): its lines wrap where
the page width makes them, not where the text file did; they print far enough apart that
pdfminer parts every line from the next, and some read as headings; and Chromium's character
map names radicals for many ideographs ("移⺠" for 移民). The fingerprint must see through all of
it, as it must through what real PDFs bring.
"""

import html

import pytest
from playwright.sync_api import Browser

from documents.models import Document, ImportJob, LanguageVersion
from documents.services import create_import_job, run_import_job
from tests.documents.test_documents_without_symbol import (
    RESOLUTION_EN,
    RESOLUTION_EN_PARAGRAPHS,
    RESOLUTION_ZH,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def printed(browser: Browser, paragraphs: list[str], language: str) -> bytes:
    """The paragraphs printed to PDF, each a paragraph of the page, wrapped by its width."""
    body = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    tab = browser.new_page()
    try:
        tab.set_content(
            f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><style>'
            'body { font-family: "Noto Sans CJK SC"; font-size: 12pt; width: 12cm; }'
            "p { margin: 0 0 1.2em; }"
            f"</style></head><body>{body}</body></html>"
        )
        return tab.pdf(format="A4", margin={"top": "2cm", "bottom": "2cm", "left": "2cm"})
    finally:
        tab.close()


def imported(name: str, data: bytes) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=data, queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


@pytest.mark.parametrize(
    ("text", "paragraphs", "language"),
    [
        (RESOLUTION_ZH, [p.replace("\n", "") for p in RESOLUTION_ZH.split("\n\n")], "zh"),
        (RESOLUTION_EN, [p.replace("\t", " ") for p in RESOLUTION_EN_PARAGRAPHS], "en"),
    ],
)
def test_a_text_without_a_symbol_imported_again_from_its_pdf_is_the_same_version(
    browser, text, paragraphs, language
):
    first = imported("resolution.txt", text.encode())

    again = imported("resolution.pdf", printed(browser, paragraphs, language))

    assert again.document == first.document
    assert Document.objects.count() == 1
    version = LanguageVersion.objects.get()
    assert (version.language, version.source_file.name[-4:]) == (language, ".pdf")
    assert version.paragraphs.filter(kind="numbered").count() == 2
