"""The reader of lists of participants, on lists written in the UN's layout (participant_lists)."""

import pytest

from documents.parsing.extraction import ExtractedText
from documents.parsing.participants import read_participants
from documents.parsing.reading import read_extracted
from tests.documents import participant_lists as lists

# The names the reference data knows, as the portal's EntityNames would answer for them.
KNOWN = {
    "Argentina", "Italy", "Mexico", "Japan", "Holy See", "European Union",
    "Office of the United Nations High Commissioner for Refugees",
    "阿根廷", "意大利", "日本",
    "Argentine", "Italie", "Organisation internationale pour les migrations",
    "México", "Japón",
    "Аргентина", "Италия",
}  # fmt: skip


def read(text: str, language: str):
    return read_participants(text, language=language, is_known_name=KNOWN.__contains__)


def test_the_english_list_gives_each_delegation_under_its_category_in_printed_order() -> None:
    listed = read(lists.ENGLISH, "en")

    assert [(d.category, d.name) for d in listed.delegations] == [
        ("state_party", "Argentina"),
        ("state_party", "Italy"),
        ("state_party", "Mexico"),
        ("signatory", "Japan"),
        ("observer", "Holy See"),
        ("reio", "European Union"),
        ("un_entity", "Office of the United Nations High Commissioner for Refugees"),
    ]
    assert listed.people == 9
    holy_see = listed.delegations[4].participants[0]
    assert (holy_see.title, holy_see.name) == ("Rev. Fr.", "Paolo Bianchi")


def test_a_person_is_read_as_title_name_function_and_the_role_carries_to_the_next_line() -> None:
    argentina = read(lists.ENGLISH, "en").delegations[0]

    assert [(p.title, p.name, p.function, p.role) for p in argentina.participants] == [
        ("H.E. Mr.", "Rafael Grossi", "Ambassador, Permanent Representative", "Representative"),
        ("Ms.", "María López", "Counsellor, Permanent Mission", "Alternate representatives"),
        ("Mr.", "Carlos Ruiz", "First Secretary, Permanent Mission", "Alternate representatives"),
    ]


def test_page_headers_between_entries_are_not_delegations() -> None:
    listed = read(lists.ENGLISH, "en")

    assert not any("V.20-04711" in w.message for w in listed.warnings)
    assert [p.name for p in listed.delegations[2].participants] == ["Juan Pérez"]


def test_an_unknown_delegation_is_reported_and_its_people_are_not_given_to_another() -> None:
    listed = read(lists.ENGLISH, "en")

    assert [(w.code, w.line) for w in listed.warnings] == [("unknown-delegation", 37)]
    assert "Ruritania" in listed.warnings[0].message
    everyone = [p.name for d in listed.delegations for p in d.participants]
    assert "Rudolf Rassendyll" not in everyone


def test_the_chinese_list_prints_the_title_after_the_name() -> None:
    listed = read(lists.CHINESE, "zh")

    assert [(d.category, d.name) for d in listed.delegations] == [
        ("state_party", "阿根廷"),
        ("state_party", "意大利"),
        ("signatory", "日本"),
    ]
    assert [(p.title, p.name, p.function, p.role) for p in listed.delegations[0].participants] == [
        ("先生阁下", "拉斐尔·格罗西", "大使，常驻代表", "代表"),
        ("女士", "玛丽亚·洛佩斯", "参赞，常驻代表团", "副代表"),
    ]


def test_the_french_list_reads_s_e_m_and_a_spaced_colon() -> None:
    listed = read(lists.FRENCH, "fr")

    assert [(d.category, d.name) for d in listed.delegations] == [
        ("state_party", "Argentine"),
        ("state_party", "Italie"),
        ("igo", "Organisation internationale pour les migrations"),
    ]
    first = listed.delegations[0].participants[0]
    assert (first.title, first.name, first.role) == ("S. E. M.", "Rafael Grossi", "Représentant")
    assert listed.delegations[1].participants[0].title == "Mme"


def test_the_spanish_list_reads_excmo_sr_and_sra() -> None:
    listed = read(lists.SPANISH, "es")

    assert [(d.category, d.name, len(d.participants)) for d in listed.delegations] == [
        ("state_party", "Argentina", 2),
        ("state_party", "México", 1),
        ("signatory", "Japón", 1),
    ]
    titles = [p.title for p in listed.delegations[0].participants]
    assert titles == ["Excmo. Sr.", "Sra."]


def test_the_russian_list_reads_the_long_form_of_his_excellency() -> None:
    listed = read(lists.RUSSIAN, "ru")

    grossi, rossi = (d.participants[0] for d in listed.delegations)
    assert (grossi.title, grossi.name) == ("Его Превосходительство г-н", "Рафаэль Гросси")
    assert (rossi.title, rossi.function) == ("г-жа", "глава делегации")


def test_an_arabic_list_reads_its_headings_and_titles() -> None:
    # A short list in Arabic as the UN prints it: "الدول الأطراف", then "السيد" before the name.
    text = "الدول الأطراف\n\nالأرجنتين\nالممثل: السيد رافائيل غروسي، سفير، ممثل دائم\n"
    listed = read_participants(text, language="ar", is_known_name={"الأرجنتين"}.__contains__)

    (argentina,) = listed.delegations
    (person,) = argentina.participants
    assert (argentina.category, person.title, person.name) == (
        "state_party",
        "السيد",
        "رافائيل غروسي",
    )
    assert person.function == "سفير، ممثل دائم"


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("I. States parties to the Protocol", "state_party"),
        ("Non-signatory States", "non_signatory"),
        ("Observers", "observer"),
        ("Intergovernmental organizations", "igo"),
        ("Non-governmental organizations", "ngo"),
        ("联合国实体", "un_entity"),
        ("政府间组织", "igo"),
        ("Entités des Nations Unies", "un_entity"),
        ("Organizaciones no gubernamentales", "ngo"),
        ("Межправительственные организации", "igo"),
    ],
)
def test_each_category_heading_names_its_category(heading: str, category: str) -> None:
    text = f"{heading}\nItaly\nMr. A. Person, Expert\n"

    (delegation,) = read_participants(
        text, language="en", is_known_name={"Italy"}.__contains__
    ).delegations
    assert delegation.category == category


def test_a_known_name_that_begins_like_a_heading_is_a_delegation() -> None:
    text = "United Nations entities\nUnited Nations System Staff College\nMs. B. Person, Trainer\n"
    known = {"United Nations System Staff College"}

    listed = read_participants(text, language="en", is_known_name=known.__contains__)

    assert [(d.category, d.name) for d in listed.delegations] == [
        ("un_entity", "United Nations System Staff College")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (lists.ENGLISH, "en"),
        (lists.CHINESE, "zh"),
        (lists.FRENCH, "fr"),
        (lists.SPANISH, "es"),
    ],
)
def test_read_file_reads_a_list_of_participants_by_its_masthead(text: str, language: str) -> None:
    read = read_extracted(
        ExtractedText(text=text, source_format="txt", encoding="utf-8"),
        is_known_name=KNOWN.__contains__,
    )

    assert read.parsed.masthead.document_type == "list_of_participants"
    assert read.parsed.masthead.language == language
    assert read.participants is not None
    assert read.participants.delegations[0].participants[0].name in (
        "Rafael Grossi",
        "拉斐尔·格罗西",
    )
