"""The draft report generated in Russian and in Arabic says what the seeds say (000: 7th meeting,
004: 4th meeting), as `test_report_generation` checks it for Chinese.

The meeting's facts come from importing the seed; the imported draft is set aside, the report
generated from those facts alone in Russian and Arabic, exported as text and read back with the
parser that read the seed. Names of States and organizations are compared as the entities they
stand for; a fact the portal holds only in Chinese (the agenda's titles, the venue) must come
out as the placeholder, an open item, never as Chinese text.
"""

import re

import pytest

from documents.parsing.report_sections import report_parts
from documents.parsing.reports import ReportFacts, read_report
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job
from documents.services.meeting_facts import update_meeting
from meetings.models import Entity
from meetings.names import EntityNames
from reports.exports import report_text
from reports.models import DraftReport
from reports.services.generation import generate_report
from reports.writing import PLACEHOLDER, phrases_for, split_paragraphs
from tests.reports.test_report_generation import by_category, codes, spoken
from tests.reports.test_report_import import FOURTH, SEVENTH

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "ar")
CHINESE = re.compile(r"[\u3400-\u9fff]")


def seed_and_generated_in(
    seeds, name: str, language: str
) -> tuple[ReportFacts, ReportFacts, DraftReport, str]:
    """The seed's facts, and those of the report generated in `language` from its import."""
    job = create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    job = run_import_job(job=job)
    names = EntityNames.load()
    seed = read_report(
        parse_text((seeds / name).read_text(encoding="utf-8")), is_known_name=names.__contains__
    )
    meeting = job.document.meeting
    update_meeting(meeting, seed, "zh")  # sittings, format and venue, as the secretariat knows them
    imported = job.document.draft_report
    adopted_on = imported.adopted_on
    imported.sections.all().delete()
    imported.delete()
    report = generate_report(meeting=meeting, languages=(language,)).report
    report.adopted_on = adopted_on
    report.save()
    report = generate_report(meeting=meeting, languages=(language,)).report
    text = report_text(report, language)
    generated = read_report(parse_text(text, language=language), is_known_name=names.__contains__)
    return seed, generated, report, text


def code_of(name: str) -> str:
    return codes((name,))[0]


def in_un_order_of(language: str, entity_codes: list[str]) -> list[str]:
    order = dict(Entity.objects.in_un_order(language).values_list("code", f"sort_{language}"))
    return sorted(entity_codes, key=lambda code: (order[code], code))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_generated_report_reads_back_to_the_seeds_facts(seeds, name, language):
    seed, generated, _report, _text = seed_and_generated_in(seeds, name, language)

    assert generated.meeting_ordinal == seed.meeting_ordinal
    assert (generated.start, generated.end) == (seed.start, seed.end)
    assert generated.sittings == seed.sittings
    if seed.format is not None:  # 004 does not say; the portal's default is printed
        assert generated.format == seed.format
    assert generated.chair.name == seed.chair.name
    assert code_of(generated.chair.country) == code_of(seed.chair.country)
    assert [(m.ordinal, m.start, m.end) for m in generated.previous_meetings] == [
        (m.ordinal, m.start, m.end) for m in seed.previous_meetings
    ]
    assert generated.agenda.adopted_on == seed.agenda.adopted_on
    assert generated.agenda.sitting == 1
    # The agenda's structure is the seed's; its titles are known only in Chinese.
    assert [
        (item.number, [s.label for s in item.sub_items]) for item in generated.agenda.items
    ] == [(item.number, [s.label for s in item.sub_items]) for item in seed.agenda.items]
    assert {item.title for item in generated.agenda.items} == {PLACEHOLDER}
    assert generated.adopted_on == seed.adopted_on
    assert generated.participants_symbol == seed.participants_symbol
    assert [d.symbol for d in generated.documents] == [d.symbol for d in seed.documents]
    # The seed's recommendations keep their numbers (004: 1-8, 000: none; the chapter's lead-in
    # is none); their text is known only in Chinese.
    assert [r.number for r in generated.recommendations] == [r.number for r in seed.recommendations]
    assert {r.text for r in generated.recommendations} <= {PLACEHOLDER}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_every_attendance_list_has_the_seeds_entities_in_the_languages_un_order(
    seeds, name, language
):
    seed, generated, _report, _text = seed_and_generated_in(seeds, name, language)

    printed, written = by_category(seed), by_category(generated)
    assert set(written) == set(printed)
    for category, entity_codes in printed.items():
        assert len(written[category]) == len(entity_codes), category
        assert written[category] == in_un_order_of(language, entity_codes), category


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_panellists_speakers_and_chapter_four_are_the_seeds(seeds, name, language):
    seed, generated, report, _text = seed_and_generated_in(seeds, name, language)

    assert [(p.name, code_of(p.country), p.agenda_items) for p in generated.panellists] == [
        (p.name, code_of(p.country), p.agenda_items) for p in seed.panellists
    ]

    assert spoken(generated) == spoken(seed)

    say = phrases_for(language, "CTOC/COP/WG.7")
    seed_sections = {
        part.key: part
        for part in report_parts(parse_text((seeds / name).read_text(encoding="utf-8")))
    }
    for section in report.sections.filter(language=language, key__startswith="organization-"):
        printed = seed_sections[section.key]
        assert section.number == printed.number
        assert section.heading == say.sections[section.key.removeprefix("organization-")]
        mine = [b for b in split_paragraphs(section.text) if b.number]
        theirs = [b for b in split_paragraphs(printed.text) if b.number]
        # 000 ¶23 lists organizations and United Nations entities together; the generator
        # writes one paragraph per category.
        extra = 1 if (name, section.key) == (SEVENTH, "organization-attendance") else 0
        assert len(mine) == len(theirs) + extra, section.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_facts_known_only_in_chinese_are_open_items_and_no_chinese_is_printed(seeds, language):
    _seed, generated, report, text = seed_and_generated_in(seeds, SEVENTH, language)

    assert not CHINESE.search(text)
    # The venue is known only as 维也纳: the sentence holds the placeholder, no venue is read.
    opening = report.sections.get(language=language, key="organization-opening").text
    assert generated.venue is None and PLACEHOLDER in opening
    # One open item for each of the five agenda items and two sub-items, in paragraph 18.
    agenda = generated.agenda.paragraph_number
    assert sum(1 for item in generated.open_items if item.paragraph_number == agenda) == 7
    # Sub-items are lettered as the language letters them, and read back as (a), (b).
    lines = report.sections.get(language=language, key="organization-agenda").text.splitlines()
    assert [line.split(" ")[0] for line in lines if line.startswith("(")] == (
        ["(أ)", "(ب)"] if language == "ar" else ["(a)", "(b)"]
    )
    assert [s.label for s in generated.agenda.items[0].sub_items] == ["a", "b"]
    # The chapters and sections are those of the language's wording.
    say = phrases_for(language, "CTOC/COP/WG.7")
    chapters = report.sections.filter(language=language, key__in=say.chapters)
    assert sorted((s.number, s.heading) for s in chapters) == sorted(say.chapters.values())


def test_regenerating_beside_the_imported_chinese_draft_adds_each_languages_parts_once(seeds):
    job = run_import_job(
        job=create_import_job(name=FOURTH, data=(seeds / FOURTH).read_bytes(), queue=False)
    )
    report = job.document.draft_report
    chinese = list(report.sections.filter(language="zh").values_list("key", "text"))

    def printed(language):
        return list(
            report.sections.filter(language=language)
            .order_by("order")
            .values_list("number", "heading", "text")
        )

    generate_report(meeting=report.meeting, languages=LANGUAGES)
    written = {language: printed(language) for language in LANGUAGES}
    generate_report(meeting=report.meeting, languages=LANGUAGES)

    for language in LANGUAGES:
        keys = set(report.sections.filter(language=language).values_list("key", flat=True))
        assert {"introduction", "organization-attendance", "adoption"} <= keys
        assert len(written[language]) == 17  # five chapters, twelve sections
        assert printed(language) == written[language], language  # nothing changed or doubled
    # The secretariat's Chinese draft is left as it was imported.
    assert list(report.sections.filter(language="zh").values_list("key", "text")) == chinese
