"""The draft report generated in French and in Spanish says what the seeds say (000: 7th
meeting, 004: 4th meeting), as `test_report_generation.py` checks it for Chinese.

The seed is imported, its draft set aside, the report generated from the stored facts in one
language, exported as text and read back with the parser that read the seed; every fact is
compared with the seed's own. The portal holds the agenda titles, the documents' titles, the
venue and the body's mandate only in Chinese (and English): in these reports they are the
placeholder [……], an open item, never Chinese or English text.
"""

import datetime

import pytest

from documents.parsing.report_sections import report_parts
from documents.parsing.reports import ReportFacts, read_report
from documents.parsing.structure import parse_text
from documents.services.meeting_facts import update_meeting
from meetings.collation import sort_key
from meetings.models import Entity
from meetings.names import EntityNames
from reports.exports import report_text
from reports.models import DraftReport
from reports.services.generation import generate_report
from reports.writing import PLACEHOLDER, Person, split_paragraphs
from reports.writing.phrases import French, Spanish
from tests.reports.test_report_generation import by_category, codes, spoken
from tests.reports.test_report_import import FOURTH, SEVENTH, imported
from tests.reports.test_report_regeneration import has_chinese

pytestmark = pytest.mark.django_db

CASES = [(SEVENTH, "fr"), (FOURTH, "fr"), (SEVENTH, "es"), (FOURTH, "es")]


def seed_and_generated_in(
    seeds, name: str, language: str
) -> tuple[ReportFacts, ReportFacts, DraftReport]:
    """The seed's facts, and those of the report generated in `language` from its import."""
    job = imported(seeds, name)
    names = EntityNames.load()
    seed = read_report(
        parse_text((seeds / name).read_text(encoding="utf-8")), is_known_name=names.__contains__
    )
    update_meeting(job.document.meeting, seed, "zh")  # as the Chinese round trip enters them
    imported_draft = job.document.draft_report
    adopted_on = imported_draft.adopted_on
    imported_draft.sections.all().delete()
    imported_draft.delete()
    report = generate_report(
        meeting=job.document.meeting, languages=(language,), adopted_on=adopted_on
    ).report
    generated = read_report(
        parse_text(report_text(report, language), language=language),
        is_known_name=names.__contains__,
    )
    return seed, generated, report


def in_un_order(entity_codes: list[str], language: str) -> list[str]:
    order = dict(Entity.objects.values_list("code", f"sort_{language}"))
    return sorted(entity_codes, key=lambda code: (order[code], code))


@pytest.mark.parametrize(("name", "language"), CASES)
def test_the_generated_opening_agenda_and_introduction_state_the_seeds_facts(seeds, name, language):
    seed, generated, report = seed_and_generated_in(seeds, name, language)

    assert generated.meeting_ordinal == seed.meeting_ordinal
    assert (generated.start, generated.end) == (seed.start, seed.end)
    assert generated.sittings == seed.sittings
    if seed.format is not None:
        assert generated.format == seed.format
    assert codes((generated.chair.country,)) == codes((seed.chair.country,))
    assert generated.chair.name == seed.chair.name
    assert generated.agenda.adopted_on == seed.agenda.adopted_on
    assert [
        (item.number, [s.label for s in item.sub_items]) for item in generated.agenda.items
    ] == [(item.number, [s.label for s in item.sub_items]) for item in seed.agenda.items]
    assert generated.adopted_on == seed.adopted_on
    assert [(m.ordinal, m.start, m.end) for m in generated.previous_meetings] == [
        (m.ordinal, m.start, m.end) for m in seed.previous_meetings
    ]
    # The venue is known only in Chinese: the report prints the placeholder, and the reader
    # finds no venue rather than a word of the sentence.
    assert seed.venue == "维也纳" and generated.venue is None
    opening = report.sections.get(language=language, key="organization-opening").text
    assert {"fr": f"s’est tenue à {PLACEHOLDER}", "es": f"se celebró en {PLACEHOLDER}"}[
        language
    ] in opening


@pytest.mark.parametrize(("name", "language"), CASES)
def test_the_generated_lists_name_the_seeds_entities_people_and_documents_in_un_order(
    seeds, name, language
):
    seed, generated, _report = seed_and_generated_in(seeds, name, language)

    printed, written = by_category(seed), by_category(generated)
    assert set(written) == set(printed)
    for category, entity_codes in printed.items():
        # In the order of this language's names: "Afrique du Sud" comes second in French,
        # "Sudáfrica" near the end in Spanish.
        assert written[category] == in_un_order(entity_codes, language), category
    for listed in generated.attendance:  # as printed: "Égypte" between "Cuba" and "El Salvador"
        assert list(listed.names) == sorted(listed.names, key=sort_key), listed.category
    assert generated.participants_symbol == seed.participants_symbol
    assert [d.symbol for d in generated.documents] == [d.symbol for d in seed.documents]
    assert [(p.name, codes((p.country,)), p.agenda_items) for p in generated.panellists] == [
        (p.name, codes((p.country,)), p.agenda_items) for p in seed.panellists
    ]
    assert spoken(generated) == spoken(seed)
    # A panellist's function is written only in Chinese: an open item here, and the regional
    # group spoken for is named in this language.
    for mine, theirs in zip(generated.panellists, seed.panellists, strict=True):
        assert mine.function == (PLACEHOLDER if theirs.function else "")
        assert bool(mine.regional_group) == bool(theirs.regional_group)
        assert not has_chinese(mine.regional_group)


@pytest.mark.parametrize(("name", "language"), CASES)
def test_chapter_four_has_the_seeds_sections_and_paragraphs_and_no_foreign_text(
    seeds, name, language
):
    _seed, generated, report = seed_and_generated_in(seeds, name, language)
    printed = {
        part.key: part for part in report_parts(parse_text((seeds / name).read_text("utf-8")))
    }

    sections = report.sections.filter(language=language, key__startswith="organization-")
    assert {s.key for s in sections} == {key for key in printed if key.startswith("organization-")}
    for section in sections:
        mine = [b for b in split_paragraphs(section.text) if b.number]
        theirs = [b for b in split_paragraphs(printed[section.key].text) if b.number]
        # 000 ¶23 lists organizations and United Nations entities together.
        extra = 1 if (name, section.key) == (SEVENTH, "organization-attendance") else 0
        assert (section.number, len(mine)) == (printed[section.key].number, len(theirs) + extra)
    everything = "\n".join(
        f"{s.heading}\n{s.text}" for s in report.sections.filter(language=language)
    )
    assert not has_chinese(everything)
    assert "Working Group" not in everything and "Vienna" not in everything
    # Every agenda title, the venue and the mandate are open items for the editors.
    assert {item.title for item in generated.agenda.items} == {PLACEHOLDER}
    agenda = report.sections.get(language=language, key="organization-agenda")
    assert agenda.open_items.filter(kind="placeholder").count() == len(
        generated.agenda.items
    ) + sum(len(item.sub_items) for item in generated.agenda.items)
    documentation = report.sections.get(language=language, key="organization-documentation")
    assert documentation.open_items.filter(kind="placeholder").exists()  # the papers' titles
    introduction = report.sections.get(language=language, key="introduction")
    assert split_paragraphs(introduction.text)[0].body.startswith(PLACEHOLDER)


def test_spanish_joins_the_last_name_with_e_before_a_sound_i():
    say = Spanish("CTOC/COP/WG.7")
    assert say.names(("Francia", "Grecia", "Italia")) == "Francia, Grecia e Italia"
    assert say.names(("Hungría", "Irán (República Islámica del)")) == (
        "Hungría e Irán (República Islámica del)"
    )
    assert say.names(("Chile", "Perú")) == "Chile y Perú"
    assert French("CTOC/COP/WG.7").names(("Chine", "Italie")) == "Chine et Italie"


def test_ordinals_and_counts_take_the_gender_of_their_noun():
    chair = Person(name="Amanda Ledwaba", honorific="女士", country="Afrique du Sud")
    fr, es = French("CTOC/COP/WG.7"), Spanish("CTOC/COP/WG.7")
    day = datetime.date(2020, 9, 8)

    held = fr.meeting_held("Groupe de travail", 1, fr.dates(day, day), "Vienne", 4, "online")
    assert held.startswith("La première réunion du Groupe de travail s’est tenue à Vienne le 8")
    assert "a tenu quatre séances" in held
    one = fr.meeting_held("Groupe de travail", 1, fr.dates(day, day), "Vienne", 1, "online")
    assert "a tenu une séance. La réunion s’est tenue en ligne." in one
    assert es.meeting_held("Grupo de Trabajo", 3, "", "Viena", 4, "hybrid").startswith(
        "La tercera reunión del Grupo de Trabajo se celebró en Viena"
    )
    panel = (chair, Person(name="Gerald Tatzgern"), Person(name="Anne Gallagher"))
    # A panellist addressed as Mme or Sra. is "l’intervenante", "la panelista".
    assert "La première intervenante était Amanda Ledwaba (Afrique du Sud)." in (
        fr.panel_introduced(2, panel)
    )
    assert "Le deuxième intervenant était Gerald Tatzgern." in fr.panel_introduced(2, panel)
    assert "Le dernier intervenant était Anne Gallagher." in fr.panel_introduced(2, panel)
    assert "de tres panelistas. La primera panelista fue Amanda" in es.panel_introduced(2, panel)
    assert "El segundo panelista fue Gerald Tatzgern." in es.panel_introduced(2, panel)
    assert "El último panelista fue Anne Gallagher." in es.panel_introduced(2, panel)
    # Mme and Sra. are "la Présidente" and "la Presidenta".
    assert "ouverte par la Présidente du Groupe de travail, Mme Amanda Ledwaba" in fr.opened_by(
        chair
    )
    assert "Abrió la reunión la Presidenta del Grupo de Trabajo, Sra. Amanda Ledwaba" in (
        es.opened_by(chair)
    )


@pytest.mark.parametrize("language", ["fr", "es"])
def test_regenerating_a_french_or_spanish_report_doubles_nothing_and_changes_nothing(
    seeds, language
):
    report = imported(seeds, SEVENTH).document.draft_report  # the secretariat's Chinese draft
    generate_report(meeting=report.meeting, languages=(language,))

    def sections() -> list[tuple]:
        return list(
            report.sections.filter(language=language)
            .order_by("order")
            .values_list("key", "heading", "text", "version")
        )

    before = sections()
    generate_report(meeting=report.meeting, languages=(language,))

    assert sections() == before
    assert len({key for key, *_rest in before}) == len(before)
    numbers = [
        block.number for *_rest, text, _version in before for block in split_paragraphs(text)
    ]
    numbers = [number for number in numbers if number]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 25
