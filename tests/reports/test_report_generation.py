"""The generated draft report says what the seeds say (000: 7th meeting, 004: 4th meeting).

The meeting's facts come from importing the seed; the imported draft is then set aside and the
report generated from those facts alone, exported as text and read back with the same parser
that read the seed. Every fact of the introduction and of chapter IV is compared item by item.
"""

import datetime
from itertools import pairwise

import pytest

from documents.models import ImportJob
from documents.parsing.report_sections import report_parts
from documents.parsing.reports import ReportFacts, read_report
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job
from documents.services.meeting_facts import update_meeting
from meetings.models import Entity, Meeting, MeetingRole
from meetings.names import EntityNames
from meetings.withdrawal import set_withdrawn
from reports.exports import report_text
from reports.models import DraftReport, ReportEvent, ReportSection
from reports.services.generation import generate_report
from reports.services.sections import save_report_section
from reports.writing import split_paragraphs
from tests.reports.test_report_import import FOURTH, SEVENTH

pytestmark = pytest.mark.django_db


def seed_and_generated(seeds, name: str) -> tuple[ReportFacts, ReportFacts, DraftReport]:
    """The seed's facts and those of the report generated from what its import stored."""
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    names = EntityNames.load()
    seed = read_report(
        parse_text((seeds / name).read_text(encoding="utf-8")), is_known_name=names.__contains__
    )
    # The meeting's sittings, format and venue, which a draft does not write on it (its facts
    # are not public), entered as the secretariat knows them.
    update_meeting(job.document.meeting, seed, "zh")
    imported = job.document.draft_report
    adopted_on = imported.adopted_on  # the date the secretariat set, kept as an editor would
    imported.sections.all().delete()
    imported.delete()
    report = generate_report(meeting=job.document.meeting).report
    report.adopted_on = adopted_on
    report.save()
    report = generate_report(meeting=report.meeting).report
    generated = read_report(
        parse_text(report_text(report, "zh"), language="zh"), is_known_name=names.__contains__
    )
    return seed, generated, report


def codes(names: tuple[str, ...]) -> list[str]:
    resolved = EntityNames.load()
    return [resolved.resolve(name).code for name in names]


def spoken(facts: ReportFacts) -> list[tuple]:
    """Who spoke in which capacity under which items, the States and organizations as codes."""
    return sorted(
        (
            said.capacity,
            tuple(sorted(codes(said.speakers))) if said.capacity != "secretariat" else (),
            tuple(said.agenda_items),
        )
        for said in facts.statements
    )


def by_category(facts: ReportFacts) -> dict[str, list[str]]:
    """Entity codes per attendance category; a joint list of organizations split by kind."""
    lists: dict[str, list[str]] = {}
    for listed in facts.attendance:
        for code in codes(listed.names):
            category = listed.category
            if category == "igo_or_un_entity":
                kind = Entity.objects.get(code=code).kind
                category = "un_entity" if kind == Entity.Kind.UN_ENTITY else "igo"
            lists.setdefault(category, []).append(code)
    return lists


def in_un_order(entity_codes: list[str]) -> list[str]:
    order = dict(Entity.objects.in_un_order("zh").values_list("code", "sort_zh"))
    return sorted(entity_codes, key=lambda code: order[code])


def out_of_un_order(entity_codes: list[str]) -> list[tuple[str, str]]:
    """Neighbours the seed prints the wrong way round."""
    order = dict(Entity.objects.values_list("code", "sort_zh"))
    return [(a, b) for a, b in pairwise(entity_codes) if order[a] > order[b]]


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_generated_opening_and_agenda_state_the_seeds_facts(seeds, name):
    seed, generated, _report = seed_and_generated(seeds, name)

    assert generated.meeting_ordinal == seed.meeting_ordinal
    assert (generated.start, generated.end) == (seed.start, seed.end)
    assert generated.venue == seed.venue == "维也纳"
    assert generated.sittings == seed.sittings
    if seed.format is not None:  # 004 does not say; the portal's default is printed
        assert generated.format == seed.format
    assert (generated.chair.name, generated.chair.country) == (seed.chair.name, seed.chair.country)
    assert generated.agenda.adopted_on == seed.agenda.adopted_on
    assert [
        (item.number, item.title, [(s.label, s.title) for s in item.sub_items])
        for item in generated.agenda.items
    ] == [
        (item.number, item.title, [(s.label, s.title) for s in item.sub_items])
        for item in seed.agenda.items
    ]
    assert generated.adopted_on == seed.adopted_on


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_generated_introduction_lists_the_meetings_held_before_with_their_dates(seeds, name):
    seed, generated, report = seed_and_generated(seeds, name)

    assert [(m.ordinal, m.start, m.end) for m in generated.previous_meetings] == [
        (m.ordinal, m.start, m.end) for m in seed.previous_meetings
    ]
    introduction = report.sections.get(language="zh", key="introduction")
    paragraphs = split_paragraphs(introduction.text)
    assert paragraphs[0].body.startswith("依照联合国打击跨国有组织犯罪公约缔约方会议第五届会议")
    # 000 prints the mandate in two paragraphs, as the body's mandate has it; 004 adds two on
    # resolution 8/2 that only that meeting's report needed, for its editors to write.
    assert len(paragraphs) == 2


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_every_attendance_list_has_the_seeds_entities_in_un_order(seeds, name):
    seed, generated, _report = seed_and_generated(seeds, name)

    printed, written = by_category(seed), by_category(generated)
    assert set(written) == set(printed)
    for category, entity_codes in printed.items():
        assert len(written[category]) == len(entity_codes), category
        assert written[category] == in_un_order(entity_codes), category
    assert generated.participants_symbol == seed.participants_symbol


def test_the_seeds_own_lists_stray_from_un_order_only_where_known(seeds):
    """The generator follows the UN order; where a seed strays, the test names the pair."""
    seventh, _generated, _report = seed_and_generated(seeds, SEVENTH)
    fourth = read_report(parse_text((seeds / FOURTH).read_text(encoding="utf-8")))

    strays = {
        category: out_of_un_order(entity_codes)
        for category, entity_codes in by_category(seventh).items()
        if out_of_un_order(entity_codes)
    }
    # 000 ¶22 prints Israel before Iran (Islamic Republic of); ¶23 files Eurojust before
    # Frontex ("European Union Agency…" after "European Border…"), INTERPOL after IOM
    # ("International Criminal…" before "International Organization…") and UNICEF before the
    # Office of the United Nations High Commissioner for Refugees, filed under "Office".
    assert strays == {
        "non_signatory": [("IL", "IR")],
        "igo": [("EUROJUST", "FRONTEX"), ("IOM", "INTERPOL")],
        "un_entity": [("UNICEF", "UNHCR")],
    }
    # 004 ¶13 prints Czechia before Cuba.
    parties = codes(fourth.attendance_of("state_party"))
    assert out_of_un_order(parties) == [("CZ", "CU")]


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_generated_documents_panellists_and_speakers_are_the_seeds(seeds, name):
    seed, generated, _report = seed_and_generated(seeds, name)

    assert [d.symbol for d in generated.documents] == [d.symbol for d in seed.documents]
    assert [(p.name, p.country, p.agenda_items) for p in generated.panellists] == [
        (p.name, p.country, p.agenda_items) for p in seed.panellists
    ]
    for mine, theirs in zip(generated.panellists, seed.panellists, strict=True):
        assert mine.function == theirs.function
        assert theirs.regional_group in mine.regional_group  # "非洲国家" of "非洲国家组"

    assert spoken(generated) == spoken(seed)


def test_rows_an_editor_withdrew_are_left_out_of_the_generated_report(seeds):
    # The report is reissued as a General document: it must not print what an editor withdrew.
    job = run_import_job(
        job=create_import_job(name=FOURTH, data=(seeds / FOURTH).read_bytes(), queue=False)
    )
    meeting = job.document.meeting
    attendance = meeting.attendance.filter(entity__isnull=False).order_by("pk").first()
    statement = meeting.statements.filter(entity__isnull=False, agenda_item__isnull=False).first()
    document = meeting.documents.exclude(symbol=None).order_by("symbol").first()
    panellist = meeting.roles.filter(role=MeetingRole.Role.PANELLIST).order_by("pk").first()
    for row in (attendance, statement, document):
        set_withdrawn(rows=[row], withdrawn=True)
    # A panellist of two items (004 ¶9) has a role under each: the editor withdraws both.
    set_withdrawn(rows=meeting.roles.filter(person=panellist.person), withdrawn=True)
    job.document.draft_report.delete()

    report = generate_report(meeting=meeting).report
    generated = read_report(
        parse_text(report_text(report, "zh"), language="zh"),
        is_known_name=EntityNames.load().__contains__,
    )

    assert attendance.entity.code not in [
        code for c in by_category(generated).values() for code in c
    ]
    spoken = {
        (code, number)
        for listed in generated.statements
        if listed.capacity != "secretariat"
        for code in codes(listed.speakers)
        for number in listed.agenda_items
    }
    assert spoken  # the other statements are still printed
    assert (statement.entity.code, statement.agenda_item.number) not in spoken
    assert document.symbol not in [d.symbol for d in generated.documents]
    assert generated.documents  # the other documents are
    assert panellist.person.name not in [p.name for p in generated.panellists]
    assert generated.panellists


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_chapter_four_has_the_seeds_sections_and_paragraphs(seeds, name):
    _seed, _generated, report = seed_and_generated(seeds, name)
    printed_parts = report_parts(parse_text((seeds / name).read_text(encoding="utf-8")))
    seed_sections = {part.key: part for part in printed_parts}

    for section in report.sections.filter(language="zh", key__startswith="organization-"):
        printed = seed_sections[section.key]
        assert (section.number, section.heading) == (printed.number, printed.heading)
        mine = [b for b in split_paragraphs(section.text) if b.number]
        theirs = [b for b in split_paragraphs(printed.text) if b.number]
        extra = 1 if (name, section.key) == (SEVENTH, "organization-attendance") else 0
        # 000 ¶23 lists organizations and United Nations entities together; the generator
        # writes one paragraph per category, as the issue asks.
        assert len(mine) == len(theirs) + extra, section.key


def test_paragraphs_are_numbered_on_through_the_whole_report(seeds):
    _seed, _generated, report = seed_and_generated(seeds, SEVENTH)

    for language in ("zh", "en"):
        numbers = [
            block.number
            for section in report.sections.filter(language=language).order_by("order")
            for block in split_paragraphs(section.text)
            if block.number
        ]
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) > 25


def test_missing_facts_become_placeholders_not_invented_text(db):
    from tests.factories import MeetingFactory

    meeting = MeetingFactory(sittings=None, venue_zh="", venue_en="")
    report = generate_report(meeting=meeting).report

    opening = report.sections.get(language="zh", key="organization-opening")
    assert "在[……]举行" in opening.text and "共举行了[……]场会议" in opening.text
    assert "工作组主席[……]宣布会议开幕" in opening.text
    attendance = report.sections.get(language="en", key="organization-attendance")
    assert attendance.text.endswith("A list of participants is contained in [……].")
    # Nothing states the adoption date: the meeting's last day (MeetingFactory: 9 September).
    assert report.sections.get(language="zh", key="adoption").text.endswith(
        "工作组于2020年9月9日通过了本次会议报告。"
    )
    assert report.document.distribution == "limited" and not report.document.published
    assert report.events.get().action == ReportEvent.Action.GENERATED


def test_regenerating_keeps_edited_paragraphs_and_updates_untouched_ones(seeds, editor):
    _seed, _generated, report = seed_and_generated(seeds, SEVENTH)
    opening = report.sections.get(language="zh", key="organization-opening")
    _first, second = split_paragraphs(opening.text)
    edited = opening.text.replace(
        second.lines[0], second.lines[0] + "他在会上发言并概述了工作组的任务授权。"
    )
    opening = save_report_section(
        section=opening, text=edited, expected_version=opening.version, user=editor
    )
    meeting = Meeting.objects.get(pk=report.meeting_id)
    meeting.sittings = 5
    meeting.save()

    generation = generate_report(meeting=meeting, user=editor)

    opening.refresh_from_db()
    new_first, new_second = split_paragraphs(opening.text)
    assert "共举行了五场会议" in new_first.body  # the fact changed; nobody had edited it
    assert new_second.body == split_paragraphs(edited)[1].body  # the editor's words stay
    assert opening.regenerated == [new_first.number]
    assert opening.origin == ReportSection.Origin.EDITED
    assert generation.rewritten[opening.pk] == [new_first.number]
    assert generation.kept[opening.pk] == [new_second.number]
    assert report.events.last().action == ReportEvent.Action.REGENERATED


def test_regenerating_keeps_the_imported_sections_words_and_fills_only_the_empty_ones(seeds):
    job = run_import_job(
        job=create_import_job(name=FOURTH, data=(seeds / FOURTH).read_bytes(), queue=False)
    )
    report = job.document.draft_report
    before = dict(report.sections.values_list("key", "text"))

    generate_report(meeting=report.meeting, languages=("zh",))

    after = {s.key: s for s in report.sections.filter(language="zh")}
    for key, text in before.items():
        if not text:
            continue
        # The secretariat's words stay; only the numbers move on past the new chapter III.
        bodies = [block.body for block in split_paragraphs(after[key].text)]
        assert bodies == [block.body for block in split_paragraphs(text)], key
    # Its chapter III was empty: the generator opens it with the Chair's summary and adds a
    # section per substantive agenda item.
    assert split_paragraphs(after["summary"].text)[0].body.startswith("秘书处在会后与主席密切协商")
    assert {"summary-a", "summary-b", "summary-c"} <= set(after)


def test_a_language_without_wording_is_refused(db):
    from tests.factories import MeetingFactory

    with pytest.raises(ValueError, match="'de'"):
        generate_report(meeting=MeetingFactory(), languages=("de",))
    assert not DraftReport.objects.exists()


def test_the_adoption_date_is_the_one_set_for_the_report(seeds):
    _seed, generated, _report = seed_and_generated(seeds, FOURTH)
    assert generated.adopted_on == datetime.date(2017, 9, 13)


def test_a_new_report_marks_nothing_regenerated_and_a_quiet_regeneration_clears_the_marks(db):
    from tests.factories import MeetingFactory

    meeting = MeetingFactory(sittings=3)
    report = generate_report(meeting=meeting, languages=("en",)).report
    assert not any(section.regenerated for section in report.sections.all())

    meeting.sittings = 4
    meeting.save()
    generate_report(meeting=meeting, languages=("en",))
    opening = report.sections.get(key="organization-opening")
    assert len(opening.regenerated) == 1
    version = opening.version

    generate_report(meeting=meeting, languages=("en",))  # nothing changed since
    opening.refresh_from_db()
    assert (opening.regenerated, opening.version) == ([], version)


def test_chapter_two_lists_the_meetings_recommendations_under_their_items_numbered(seeds):
    _seed, generated, report = seed_and_generated(seeds, FOURTH)

    # The 4th meeting's eight draft recommendations, stored from its seed, are under item 2.
    assert [(r.number, r.topic_title or r.section_title) for r in generated.recommendations] == [
        (n, "关于利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战的建议")
        for n in range(1, 9)
    ]
    first = split_paragraphs(report.sections.get(language="zh", key="recommendations-a").text)[0]
    assert first.body.startswith("建议 1：鼓励缔约国加强实施")
    general = report.sections.get(language="zh", key="recommendations-d")
    assert (general.heading, general.text) == ("一般性建议", "")


def test_an_edited_paragraph_whose_facts_changed_is_kept_and_named_as_outdated(db):
    from tests.factories import MeetingFactory

    meeting = MeetingFactory(sittings=3)
    report = generate_report(meeting=meeting, languages=("en",)).report
    opening = report.sections.get(key="organization-opening")
    held, opened = split_paragraphs(opening.text)
    edited = f"{held.number}. {held.body} It was the first meeting held in the new building."
    save_report_section(
        section=opening, text=f"{edited}\n{opened.text()}", expected_version=opening.version
    )
    meeting.sittings = 4
    meeting.save()

    generation = generate_report(meeting=meeting, languages=("en",))

    opening.refresh_from_db()
    assert split_paragraphs(opening.text)[0].body.endswith("in the new building.")  # kept
    assert "Three meetings were held" in opening.text  # still the editor's words, now stale
    assert generation.outdated == {opening.pk: [held.number]}
    assert opening.pk not in generation.rewritten


def test_a_category_gone_from_the_attendance_takes_its_paragraph_and_shifts_no_other(db):
    from meetings.models import Attendance
    from tests.factories import MeetingFactory

    meeting = MeetingFactory()
    for code, category in (("AT", "state_party"), ("TH", "signatory"), ("CN", "non_signatory")):
        Attendance.objects.create(
            meeting=meeting, entity=Entity.objects.get(code=code), category=category
        )
    report = generate_report(meeting=meeting, languages=("en",)).report
    section = report.sections.get(key="organization-attendance")
    parties, _signatories, others, participants = split_paragraphs(section.text)
    edited = section.text.replace("China.", "China and the Holy See.")
    save_report_section(section=section, text=edited, expected_version=section.version)
    Attendance.objects.filter(meeting=meeting, category="signatory").delete()

    generate_report(meeting=meeting, languages=("en",))

    section.refresh_from_db()
    bodies = [block.body for block in split_paragraphs(section.text)]
    assert bodies == [
        parties.body,
        others.body.replace("China.", "China and the Holy See."),
        participants.body,
    ]
