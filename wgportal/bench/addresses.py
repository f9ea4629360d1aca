"""What the page and API benchmarks ask for: addresses varied over the corpus's meetings,
documents, States and search terms."""

from urllib.parse import quote

from django.urls import reverse
from django.utils import translation

from meetings.models import Attendance, Meeting

from .corpus import FIRST_YEAR, SYMBOL_PREFIX, CorpusSize

API = "/api/v1"
# The corpus's most common terms, and one it does not hold, which reads the newest documents in
# vain and then the whole index.
CHINESE_QUERIES = ("偷运移民", "移民", "执法合作", "金融调查", "护照")
ENGLISH_QUERIES = (
    "smuggling",
    "migrants",
    "law enforcement",
    "financial investigations",
    "passports",
)


def page_urls(size: CorpusSize) -> dict[str, list[str]]:
    """The URLs of each page type, varied over the corpus (meetings, documents, queries), at
    their English addresses (pages live under their language's prefix: wgportal.urls)."""
    with translation.override("en"):
        return english_page_urls(size)


def english_page_urls(size: CorpusSize) -> dict[str, list[str]]:
    prefix = SYMBOL_PREFIX
    ordinals = meeting_ordinals(size)
    # Odd numbers are the Chinese documents, even ones the English (wgportal.bench.corpus).
    last = size.documents_per_meeting

    def document(ordinal: int, number: int) -> str:
        return reverse("document-detail", args=[document_symbol(size, ordinal, number)])

    zh = [f"{document(o, 1 + (2 * i) % last)}?lang=zh" for i, o in enumerate(ordinals)]
    en = [f"{document(o, 2 + (2 * i) % last)}?lang=en" for i, o in enumerate(ordinals)]
    entities = attending_entities()
    search = reverse("search")
    return {
        "healthz": [reverse("health-check")],
        "home": [reverse("home")],
        "meeting list": [reverse("meeting-list")],
        "meeting": [reverse("meeting-detail", args=[prefix, o]) for o in ordinals],
        "document zh": zh,
        "document en": en,
        "search zh": [f"{search}?q={quote(q)}&lang=zh" for q in CHINESE_QUERIES],
        "search en": [f"{search}?q={quote(q)}&lang=en" for q in ENGLISH_QUERIES],
        "recommendations": [reverse("recommendation-list")],
        "themes": [reverse("theme-list")],
        "entity": [reverse("entity-detail", args=[code]) for code in entities],
    }


def endpoint_urls(size: CorpusSize) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The URLs of each list and each detail endpoint, varied over the corpus as the pages' are."""
    body = SYMBOL_PREFIX
    ordinals = meeting_ordinals(size)
    ids = dict(
        Meeting.objects.filter(body__symbol_prefix=body, ordinal__in=ordinals).values_list(
            "ordinal", "pk"
        )
    )
    meetings = [ids[ordinal] for ordinal in ordinals]
    # Odd numbers are the Chinese documents, even ones the English (wgportal.bench.corpus).
    last = size.documents_per_meeting
    chinese = [document_symbol(size, o, 1 + (2 * i) % last) for i, o in enumerate(ordinals)]
    english = [document_symbol(size, o, 2 + (2 * i) % last) for i, o in enumerate(ordinals)]
    # Pages of fifty spread over the lists. Documents are read as a mission's script would:
    # a meeting's, a year's in a language, the body's first pages; harvesting all 20,000 by
    # page number (OFFSET 19,950) is not what a list endpoint is timed by.
    meeting_pages = range(1, size.meetings // 50 + 1)
    years = [FIRST_YEAR + (ordinal - 1) // 2 for ordinal in ordinals[:10]]
    lists = {
        "bodies": [f"{API}/bodies/"],
        "meetings": [f"{API}/meetings/?body={body}&page={page}" for page in meeting_pages],
        "agenda items": [f"{API}/agenda-items/?meeting={pk}" for pk in meetings],
        "attendance": [f"{API}/attendance/?meeting={pk}" for pk in meetings],
        "entities": [f"{API}/entities/?page={page}" for page in (1, 2, 3, 4)],
        "documents": [
            *[f"{API}/documents/?meeting={pk}" for pk in meetings[:10]],
            *[f"{API}/documents/?year={year}&language=zh" for year in years],
            *[f"{API}/documents/?body={body}&page={page}" for page in range(1, 11)],
        ],
        "paragraphs zh": [
            f"{API}/documents/{symbol}/versions/zh/paragraphs/" for symbol in chinese
        ],
        "recommendations": [f"{API}/recommendations/"],
        "themes": [f"{API}/themes/"],
        "search zh": [f"{API}/search/?q={quote(q)}&lang=zh" for q in CHINESE_QUERIES],
        "search en": [f"{API}/search/?q={quote(q)}&lang=en" for q in ENGLISH_QUERIES],
    }
    details = {
        "meeting": [f"{API}/meetings/{pk}/" for pk in meetings],
        "document": [
            f"{API}/documents/{symbol}/"
            for pair in zip(chinese, english, strict=True)
            for symbol in pair
        ],
        "entity": [f"{API}/entities/{code}/" for code in attending_entities()],
    }
    return lists, details


def with_page_size(url: str, size: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}page_size={size}"


def meeting_ordinals(size: CorpusSize) -> list[int]:
    """Fifty meetings spread over the corpus's years."""
    return [1 + (i * 37) % size.meetings for i in range(50)]


def document_symbol(size: CorpusSize, ordinal: int, number: int) -> str:
    """The symbol of the `number`th document of meeting `ordinal`: odd ones are Chinese."""
    year = FIRST_YEAR + (ordinal - 1) // 2
    sequence = number + size.documents_per_meeting * (1 - ordinal % 2)
    return f"{SYMBOL_PREFIX}/{year}/{sequence}"


def attending_entities() -> list[str]:
    """The codes of ten States or organizations attending the corpus's meetings."""
    return list(
        Attendance.objects.filter(meeting__body__symbol_prefix=SYMBOL_PREFIX)
        .values_list("entity__code", flat=True)
        .distinct()
        .order_by("entity__code")[:10]
    )
