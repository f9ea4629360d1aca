"""The general rules of reading any UN document, each on a short text written for it.

Each text stands for a form real UN documents print (the comment says which); none is a copy of
a corpus file, so the rules, not the files, are what pass.
"""

from datetime import date

import pytest

from documents.parsing.structure import parse_text


def masthead(text: str):
    return parse_text(text).masthead


# Mastheads in the six languages, as a PDF export prints them: one fact a line.
@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            # A Russian report of the Secretary-General (Latin "Distr." as the UN prints it).
            "Организация Объединенных Наций A/70/123\n\nГенеральная Ассамблея Distr.: General\n"
            "3 июля 2015 года\nRussian\nOriginal: English\n\nСемидесятая сессия\n"
            "Пункт 12 предварительной повестки дня\nДоклад о работе\n\nВопросы управления\n\n"
            "Доклад Генерального секретаря\n\nI. Введение\n\n1. Настоящий доклад представлен.\n",
            ("A/70/123", "general", date(2015, 7, 3), "ru", "en", "Вопросы управления"),
        ),
        (
            # An Arabic note, its masthead in Arabic words and Arabic month names.
            "الأمم المتحدة A/74/500\n\nالجمعية العامة Distr.: Limited\n"
            "16 كانون الأول/ديسمبر 2019\nArabic\nOriginal: French\n\n"
            "الدورة الرابعة والسبعون\nالبند 7 من جدول الأعمال\n\nتنشيط أعمال الجمعية العامة\n\n"
            "مذكرة من الأمين العام\n\n1 - تتشرف الأمانة العامة بأن تقدم هذا التقرير.\n",
            ("A/74/500", "limited", date(2019, 12, 16), "ar", "fr", "تنشيط أعمال الجمعية العامة"),
        ),
        (
            # A French report: "Distr. générale", "1er novembre", "Original : anglais".
            "Nations Unies CTOC/COP/2020/9\n\nConférence des Parties Distr. générale\n"
            "1er novembre 2020\nFrançais\nOriginal : anglais\n\nRapport sur les travaux\n\n"
            "I. Introduction\n\n1. La Conférence s'est réunie.\n",
            (
                "CTOC/COP/2020/9",
                "general",
                date(2020, 11, 1),
                "fr",
                "en",
                "Rapport sur les travaux",
            ),
        ),
        (
            # A Spanish note: "Distr. general", "15 de junio de 2007", "Original: inglés".
            "Naciones Unidas A/62/300\n\nAsamblea General Distr. general\n15 de junio de 2007\n"
            "Español\nOriginal: inglés\n\nSexagésimo segundo período de sesiones\n\n"
            "Lista de temas\n\n1. La Asamblea General examinó.\n",
            ("A/62/300", "general", date(2007, 6, 15), "es", "en", "Lista de temas"),
        ),
        (
            # A Chinese background paper: "2018年7月2日", "中文", "原文：英文".
            "联合国 CTOC/COP/WG.4/2018/2\n\n"
            "联合国打击跨国有组织犯罪公约缔约方会议 Distr.: General\n"
            "2018年7月2日\n中文\n原文：英文\n\n打击贩运人员问题工作组\n2018年7月2日和3日，维也纳\n\n"
            "临时议程项目 2\n\n贩运人员问题\n\n秘书处编写的背景文件\n\n一. 导言\n\n1. 本文件。\n",
            ("CTOC/COP/WG.4/2018/2", "general", date(2018, 7, 2), "zh", "en", "贩运人员问题"),
        ),
    ],
    ids=["ru", "ar", "fr", "es", "zh"],
)
def test_a_masthead_is_read_in_each_language(text: str, facts: tuple) -> None:
    read = masthead(text)

    assert (
        read.symbol,
        read.distribution,
        read.issue_date,
        read.language,
        read.original_language,
        read.title,
    ) == facts


def test_facts_that_share_a_line_are_read_apart() -> None:
    # As pdftotext prints a two-column masthead: the symbol, distribution and date on one line.
    read = masthead(
        "CTOC/COP/WG.4/2010/6 Distr.: General 16 February 2010 Original: English\n\n"
        "Working Group on Trafficking in Persons\nVienna, 27-29 January 2010\n\n"
        "Activities of the Secretariat\n\nNote by the Secretariat\n\n"
        "I. Introduction\n\n1. The Working Group met.\n"
    )

    assert read.symbol == "CTOC/COP/WG.4/2010/6"
    assert read.distribution == "general"
    assert read.issue_date == date(2010, 2, 16)
    assert read.original_language == "en"
    assert (read.meeting_start, read.meeting_end) == (date(2010, 1, 27), date(2010, 1, 29))
    assert read.title == "Activities of the Secretariat"


def test_facts_run_together_without_spaces_are_read() -> None:
    # Bad PDF extraction drops the spaces: "11August2004", "Distr.:General".
    read = masthead(
        "A/59/200\nDistr.:General\n11August2004\nOriginal:English\n\nA title\n\n1. Text.\n"
    )

    assert (read.distribution, read.issue_date, read.original_language) == (
        "general",
        date(2004, 8, 11),
        "en",
    )


def test_a_whole_masthead_run_onto_one_line_by_a_web_copy_is_read() -> None:
    read = masthead(
        "1 United Nations FCCC/SBI/2019/1 Subsidiary Body for Implementation Distr.: General "
        "3 April 2019 Original: English Fiftieth session Bonn, 17-27 June 2019 Item 2 of the "
        "provisional agenda Provisional agenda and annotations Note by the Executive Secretary "
        "I. Provisional agenda 1. Opening of the session. 2. Organizational matters."
    )

    assert read.symbol == "FCCC/SBI/2019/1"
    assert read.issue_date == date(2019, 4, 3)
    assert (read.meeting_start, read.meeting_end) == (date(2019, 6, 17), date(2019, 6, 27))
    assert read.agenda_item == "2"
    assert read.title == "Provisional agenda and annotations"


def test_a_date_with_its_time_is_a_web_page_stamp_not_the_issue_date() -> None:
    read = masthead(
        "第七十届会议 2016年9月5日 15:27 大会决议 70/1. 一项决议 大会, 回顾其决议, 1. 决定。"
    )

    assert read.issue_date is None
    assert read.title == "一项决议"


def test_a_mirror_sites_viewer_and_banners_are_not_the_title() -> None:
    read = masthead(
        "Some document title - Download free\n\nSize: px\nStart display at page:\n\n"
        'Download "Some document title"\n\nTranscription\n\n'
        "1 United Nations A/71/99 General Assembly Distr.: General 1 June 2016 "
        "Original: English Seventy-first session The real title I. Introduction 1. Text."
    )

    assert read.symbol == "A/71/99"
    assert read.title == "The real title"


def test_the_title_is_the_documents_own_not_the_agenda_items() -> None:
    read = masthead(
        "A/70/50\n\nGeneral Assembly Distr.: General\n1 May 2015\nOriginal: English\n\n"
        "Seventieth session\nAgenda item 5\nElection of the officers\n\n"
        "Procedure for elections\n\nReport of the Secretary-General\n\n1. Text of it.\n"
    )

    assert read.title == "Procedure for elections"


def test_a_resolutions_title_follows_its_heading_without_its_number() -> None:
    read = masthead(
        "A/RES/60/1\n\nGeneral Assembly Distr.: General\n24 October 2005\n\n"
        "Sixtieth session\nAgenda items 46 and 120\n\n"
        "Resolution adopted by the General Assembly\n\n[without reference to a Main Committee "
        "(A/60/L.1)]\n\n60/1. 2005 World Summit Outcome\n\nThe General Assembly,\n\n"
        "Adopts the following:\n"
    )

    assert read.title == "2005 World Summit Outcome"
    assert read.symbol == "A/RES/60/1"


def test_a_table_of_contents_is_kept_out_of_the_headings_and_the_title() -> None:
    parsed = parse_text(
        "A/60/100\n\nGeneral Assembly Distr.: General\n1 June 2005\n\nList of items\n\n"
        "Contents\nPage\nI. Introduction ...... 3\nII. Annotated list ...... 4\n"
        "1. Opening ...... 4\n\nI. Introduction\n\n1. The list is annotated.\n\n"
        "II. Annotated list\n\n2. Items follow.\n"
    )

    assert parsed.masthead.title == "List of items"
    assert [(h.number, h.text) for h in parsed.headings] == [
        ("I", "Introduction"),
        ("II", "Annotated list"),
    ]
    assert [p.number for p in parsed.numbered] == [1, 2]
    contents = parsed.paragraphs[0]
    assert contents.kind == "text"
    assert "Annotated list ...... 4" in contents.text


@pytest.mark.parametrize(
    "text",
    [
        "1 - تؤكد الجمعية العامة.\n\n2 - تقرر ذلك.\n",  # Arabic, "1 -"
        "1- تؤكد الجمعية العامة.\n\n2- تقرر ذلك.\n",  # Arabic, "1-"
        "1.\nThe Assembly affirms.\n\n2.\nIt decides.\n",  # the number alone on its line
        "The General Assembly, recalling its resolutions, 1. Affirms the principle; "
        "2. Decides to continue; the text runs on past the principle set out in its "
        "resolutions and decisions of earlier sessions, for as long as a web copy sets it.",
    ],
    ids=["arabic-dash", "arabic-dash-glued", "number-alone", "run-together"],
)
def test_paragraph_numbers_are_read_in_each_form_they_are_printed(text: str) -> None:
    assert [p.number for p in parse_text(text).numbered] == [1, 2]


def test_a_number_quoted_inside_a_paragraph_is_not_a_paragraph() -> None:
    line = (
        "1. 大会回顾其第 5. 段以及该决议的其他各段，并回顾其以往关于这个问题的全部决议和决定，"
        "还回顾秘书长的有关报告和各会员国在一般性辩论中的发言，以及各区域组织提出的意见和建议，"
        "并注意到各方在执行这些决议方面取得的进展和仍然存在的困难。"
    )

    assert [p.number for p in parse_text(line).numbered] == [1]


def test_arabic_chapters_and_sections_are_read_by_their_ordinal_words_and_letter_names() -> None:
    # As Arabic UN texts number them: "أولا - مقدمة", "ألف - …", "ثامن عشر - …".
    parsed = parse_text(
        "أولا - مقدمة\n\n1 - هذا التقرير مقدم.\n\nثانيا - الوقائع\n\nألف - المناقشة العامة\n\n"
        "2 - جرت المناقشة.\n\nثامن عشر - التفسير\n\n3 - تفسير المواد.\n"
    )

    assert [(h.kind, h.number, h.text) for h in parsed.headings] == [
        ("chapter", "أولا", "مقدمة"),
        ("chapter", "ثانيا", "الوقائع"),
        ("section", "A", "المناقشة العامة"),
        ("chapter", "ثامن عشر", "التفسير"),
    ]
    assert [p.number for p in parsed.numbered] == [1, 2, 3]


def test_a_word_stretched_by_tatweel_reads_as_the_word() -> None:
    # Arabic justification stretches words: "بـــاء -" is the section letter B, "الأمــم" الأمم.
    parsed = parse_text("الأمــم المتحـدة\n\nبـــاء - الاجتماعات\n\n1 - عقدت الاجتماعات.\n")

    assert [(h.kind, h.number, h.text) for h in parsed.headings] == [("section", "B", "الاجتماعات")]
