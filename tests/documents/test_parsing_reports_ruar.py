"""The report reader on Russian and Arabic reports: short texts in the form the Russian and
Arabic versions of the Working Group's reports print (CTOC/COP/WG.7/2020/3, the report on its
seventh meeting, cut to one or two paragraphs a formula), no database."""

import datetime

from documents.parsing.dates import read_dates
from documents.parsing.name_lists import split_names
from documents.parsing.numerals import ordinal_word
from documents.parsing.reports import read_report
from documents.parsing.structure import parse_text

# The Russian version: chapters I. and IV. with sections A.–E., as the UN prints them.
RUSSIAN = """\
I. Введение

1. Рабочая группа провела свое первое совещание с 30 мая по 1 июня 2012 года; свое второе \
совещание с 11 по 13 ноября 2013 года.

IV. Организация работы совещания

A. Открытие совещания

2. Рабочая группа по незаконному ввозу мигрантов провела свое седьмое совещание в Вене 8 и 9 \
сентября 2020 года. Было проведено четыре заседания. Совещание проводилось в гибридном формате.

3. Совещание открыла Председатель Рабочей группы г-жа Amanda Ledwaba (Южная Африка).

B. Заявления

4. С вступительным заявлением по пункту 2 повестки дня выступил представитель Секретариата.

5. Обсуждение по пунктам 2 и 3 повестки дня проходило под руководством Председателя при \
участии следующих докладчиков: г-н Gerald Tatzgern (Австрия) и д-р Anne Gallagher (Австралия).

6. По пункту 2 повестки дня с заявлениями выступили представители следующих участников \
Протокола против незаконного ввоза мигрантов по суше, морю и воздуху: Австралия, Бразилия и Канада.

7. С заявлениями выступили также наблюдатели от следующих государств, не являющихся \
участниками Протокола и не подписавших его: Китай и Израиль.

C. Утверждение повестки дня и организация работы

8. На своем первом заседании 8 сентября 2020 года Рабочая группа утвердила путем консенсуса \
следующую повестку дня:
1. Организационные вопросы:
(a) Открытие совещания;
(b) Утверждение повестки дня и организация работы.
2. Утверждение доклада.

D. Участники

9. На совещании были представлены следующие государства — участники Протокола против \
незаконного ввоза мигрантов по суше, морю и воздуху: Австрия, Босния и Герцеговина и \
Тринидад и Тобаго.

10. Наблюдателями были представлены следующие государства, подписавшие Протокол: Таиланд.

11. Наблюдателями были представлены следующие подразделения Организации Объединенных Наций: \
Детский фонд Организации Объединенных Наций.

12. Наблюдателями были представлены следующие межправительственные организации: \
Международная организация по миграции.

13. Список участников содержится в документе CTOC/COP/WG.7/2020/INF/1/Rev.1.

E. Документация

14. На рассмотрении Рабочей группы находились следующие документы:
(a) Аннотированная предварительная повестка дня (CTOC/COP/WG.7/2020/1);
(b) Справочный документ, подготовленный Секретариатом (CTOC/COP/WG.7/2020/2).

V. Утверждение доклада

15. 9 сентября 2020 года Рабочая группа утвердила доклад о работе своего совещания.
"""

# The Arabic version, with its headings as UN Arabic documents number them ("أولا -", "ألف -").
ARABIC = """\
أولا - مقدمة

1- وعقد الفريق العامل اجتماعه الأول في الفترة من 30 أيار/مايو إلى 1 حزيران/يونيه 2012، \
واجتماعه الثاني في الفترة من 11 إلى 13 تشرين الثاني/نوفمبر 2013.

رابعا - تنظيم الاجتماع

ألف - افتتاح الاجتماع

2- عقد الفريق العامل المعني بتهريب المهاجرين اجتماعه السابع في فيينا يومي 8 و9 أيلول/سبتمبر \
2020. وعقد الفريق العامل خلال الاجتماع أربع جلسات. وعقد الاجتماع بصيغة هجينة.

3- وافتتح الاجتماع رئيس الفريق العامل، السيد Francesco Testa (إيطاليا).

باء - البيانات

4- وفي إطار البندين 2 و3 من جدول الأعمال، أدلى ببيانات ممثلو الأطراف التالية في البروتوكول: \
أستراليا، البرازيل، وكندا.

جيم - الحضور

5- وحضر الاجتماع ممثلون عن الدول التالية الأطراف في البروتوكول: النمسا، البوسنة والهرسك، \
وترينيداد وتوباغو.

6- ومثلت بمراقبين المنظمات غير الحكومية التالية: منظمة العفو الدولية.

7- وترد قائمة المشاركين في الوثيقة CTOC/COP/WG.7/2020/INF/1/Rev.1.

خامسا - اعتماد التقرير

8- وفي 9 أيلول/سبتمبر 2020، اعتمد الفريق العامل تقرير اجتماعه.
"""

STATES = {
    "Австрия", "Босния и Герцеговина", "Тринидад и Тобаго", "Австралия", "Бразилия", "Канада",
    "النمسا", "البوسنة والهرسك", "ترينيداد وتوباغو", "ولايات ميكرونيزيا الموحدة", "اليابان",
}  # fmt: skip


def test_a_russian_report_gives_its_meeting_its_dates_venue_sittings_and_format():
    facts = read_report(parse_text(RUSSIAN, language="ru"))

    assert facts.meeting_ordinal == 7
    assert (facts.start, facts.end) == (datetime.date(2020, 9, 8), datetime.date(2020, 9, 9))
    assert facts.venue == "Вене"  # as the sentence prints it, in the prepositional case
    assert (facts.sittings, facts.format) == (4, "hybrid")
    assert [(m.ordinal, m.start) for m in facts.previous_meetings] == [
        (1, datetime.date(2012, 5, 30)),
        (2, datetime.date(2013, 11, 11)),
    ]
    assert facts.adopted_on == datetime.date(2020, 9, 9)


def test_a_russian_report_gives_its_chair_panellists_and_speakers_by_capacity():
    facts = read_report(parse_text(RUSSIAN, language="ru"))

    chair = facts.chair
    assert (chair.name, chair.honorific) == ("Amanda Ledwaba", "г-жа")
    assert chair.country == "Южная Африка"
    assert [(p.name, p.honorific, p.country, p.agenda_items) for p in facts.panellists] == [
        ("Gerald Tatzgern", "г-н", "Австрия", ("2", "3")),
        ("Anne Gallagher", "д-р", "Австралия", ("2", "3")),
    ]
    assert [(s.capacity, s.speakers, s.agenda_items) for s in facts.statements] == [
        ("secretariat", ("Секретариат",), ("2",)),
        ("party", ("Австралия", "Бразилия", "Канада"), ("2",)),
        # "также" with no item of its own: the items of the paragraph before.
        ("non_party", ("Китай", "Израиль"), ("2",)),
    ]


def test_a_russian_report_gives_its_agenda_attendance_and_documents():
    facts = read_report(parse_text(RUSSIAN, language="ru"), is_known_name=STATES.__contains__)

    agenda = facts.agenda
    assert (agenda.adopted_on, agenda.sitting) == (datetime.date(2020, 9, 8), 1)
    assert [(i.number, i.title, [s.title for s in i.sub_items]) for i in agenda.items] == [
        (
            "1",
            "Организационные вопросы",
            ["Открытие совещания", "Утверждение повестки дня и организация работы"],
        ),
        ("2", "Утверждение доклада", []),
    ]
    assert [(a.category, a.names) for a in facts.attendance] == [
        ("state_party", ("Австрия", "Босния и Герцеговина", "Тринидад и Тобаго")),
        ("signatory", ("Таиланд",)),
        ("un_entity", ("Детский фонд Организации Объединенных Наций",)),
        ("igo", ("Международная организация по миграции",)),
    ]
    assert facts.participants_symbol == "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    assert [d.symbol for d in facts.documents] == ["CTOC/COP/WG.7/2020/1", "CTOC/COP/WG.7/2020/2"]


def test_an_arabic_report_numbered_as_un_arabic_documents_are_reads_to_its_facts():
    facts = read_report(parse_text(ARABIC, language="ar"), is_known_name=STATES.__contains__)

    assert facts.meeting_ordinal == 7
    assert (facts.start, facts.end) == (datetime.date(2020, 9, 8), datetime.date(2020, 9, 9))
    assert (facts.venue, facts.sittings, facts.format) == ("فيينا", 4, "hybrid")
    assert [(m.ordinal, m.start, m.end) for m in facts.previous_meetings] == [
        (1, datetime.date(2012, 5, 30), datetime.date(2012, 6, 1)),
        (2, datetime.date(2013, 11, 11), datetime.date(2013, 11, 13)),
    ]
    assert (facts.chair.name, facts.chair.honorific, facts.chair.country) == (
        "Francesco Testa",
        "السيد",
        "إيطاليا",
    )
    assert [(s.capacity, s.speakers, s.agenda_items) for s in facts.statements] == [
        ("party", ("أستراليا", "البرازيل", "كندا"), ("2", "3")),
    ]
    assert [(a.category, a.names) for a in facts.attendance] == [
        ("state_party", ("النمسا", "البوسنة والهرسك", "ترينيداد وتوباغو")),
        ("ngo", ("منظمة العفو الدولية",)),
    ]
    assert facts.participants_symbol == "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    assert facts.adopted_on == datetime.date(2020, 9, 9)


def test_an_arabic_chapter_is_read_with_a_dash_as_the_un_prints_it_and_with_a_stop():
    for heading in ("رابعا - تنظيم الاجتماع", "رابعا. تنظيم الاجتماع"):
        text = ARABIC.replace("رابعا - تنظيم الاجتماع", heading)
        chapters = [h for h in parse_text(text, language="ar").headings if h.kind == "chapter"]
        assert [h.number for h in chapters] == ["أولا", "رابعا", "خامسا"], heading


def test_russian_and_arabic_ordinals_are_read_in_the_case_and_gender_the_sentence_gives():
    assert [ordinal_word(w) for w in ("седьмое", "первом", "третьим", "пятнадцатое")] == [
        7, 1, 3, 15,
    ]  # fmt: skip
    # "الأوَّل" carries a shadda and a short vowel; "الحادي عشر" is two words.
    assert [ordinal_word(w) for w in ("السابع", "الأولى", "الأوَّل", "الحادي عشر")] == [7, 1, 1, 11]
    assert ordinal_word("пятница") is None


def test_russian_lists_are_cut_at_their_last_and_but_not_inside_a_name():
    assert split_names("Австралия, Бразилия и Канада") == ("Австралия", "Бразилия", "Канада")
    assert split_names(
        "Австрия, Босния и Герцеговина и Тринидад и Тобаго", is_known_name=STATES.__contains__
    ) == ("Австрия", "Босния и Герцеговина", "Тринидад и Тобаго")


def test_arabic_lists_lose_the_and_of_their_last_name_unless_the_name_holds_it():
    assert split_names("أستراليا، البرازيل، وكندا") == ("أستراليا", "البرازيل", "كندا")
    known = STATES.__contains__
    assert split_names("اليابان، وترينيداد وتوباغو", is_known_name=known) == (
        "اليابان",
        "ترينيداد وتوباغو",
    )
    # Micronesia's name starts with "و": joined to the list's own "و", one is the list's.
    assert split_names("اليابان، وولايات ميكرونيزيا الموحدة", is_known_name=known) == (
        "اليابان",
        "ولايات ميكرونيزيا الموحدة",
    )


def test_russian_and_arabic_dates_in_sentences_are_read():
    assert read_dates("с 30 мая по 1 июня 2012 года")[:2] == (
        datetime.date(2012, 5, 30),
        datetime.date(2012, 6, 1),
    )
    assert read_dates("في الفترة من 11 إلى 13 أيلول/سبتمبر 2017")[:2] == (
        datetime.date(2017, 9, 11),
        datetime.date(2017, 9, 13),
    )
    assert read_dates("يومي 8 و9 أيلول/سبتمبر 2020")[:2] == (
        datetime.date(2020, 9, 8),
        datetime.date(2020, 9, 9),
    )


def test_an_arabic_agenda_and_documents_lettered_in_the_abjad_order_read_as_a_b_c():
    text = """\
رابعا - تنظيم الاجتماع

جيم - إقرار جدول الأعمال وتنظيم الأعمال

19- وفي الجلسة الأولى، المعقودة في 8 أيلول/سبتمبر 2020، أقر الفريق العامل بتوافق الآراء جدول \
الأعمال التالي:
1. المسائل التنظيمية:
(أ) افتتاح الاجتماع؛
(ب) إقرار جدول الأعمال وتنظيم الأعمال.
2. اعتماد التقرير.

هاء - الوثائق

26- وكان معروضا على الفريق العامل ما يلي:
(أ) جدول الأعمال المؤقت المشروح (CTOC/COP/WG.7/2020/1)؛
(ب) ورقة معلومات أساسية من إعداد الأمانة (CTOC/COP/WG.7/2020/2).
"""
    facts = read_report(parse_text(text, language="ar"))

    agenda = facts.agenda
    assert (agenda.adopted_on, agenda.sitting) == (datetime.date(2020, 9, 8), 1)
    assert [(i.number, i.title) for i in agenda.items] == [
        ("1", "المسائل التنظيمية"),
        ("2", "اعتماد التقرير"),
    ]
    assert [(s.label, s.title) for s in agenda.items[0].sub_items] == [
        ("a", "افتتاح الاجتماع"),
        ("b", "إقرار جدول الأعمال وتنظيم الأعمال"),
    ]
    assert [(d.label, d.description, d.symbol) for d in facts.documents] == [
        ("a", "جدول الأعمال المؤقت المشروح", "CTOC/COP/WG.7/2020/1"),
        ("b", "ورقة معلومات أساسية من إعداد الأمانة", "CTOC/COP/WG.7/2020/2"),
    ]


def test_a_panellist_introduced_in_the_summary_gets_a_function_and_a_group():
    introductions = {
        "ru": "III. Резюме обсуждений\n\n4. Обсуждение по пункту 2 повестки дня началось с "
        "выступления докладчика. Выступил докладчик Amanda Ledwaba, руководитель Центрального "
        "управления, от имени группы «Государства Африки».",
        "ar": "ثالثا - موجز المداولات\n\n4- استهلت المناقشة في إطار البند 2 من جدول الأعمال "
        "بعروض قدمها محاور واحد. وتكلم المحاور Amanda Ledwaba، رئيسة المكتب المركزي، باسم "
        "الدول الأفريقية.",
    }
    expected = {
        "ru": ("руководитель Центрального управления", "Государства Африки"),
        "ar": ("رئيسة المكتب المركزي", "الدول الأفريقية"),
    }
    for language, summary in introductions.items():
        text = RUSSIAN if language == "ru" else ARABIC
        facts = read_report(parse_text(f"{text}\n{summary}\n", language=language))
        introduced = [p for p in facts.panellists if p.name == "Amanda Ledwaba"]
        assert [(p.function, p.regional_group) for p in introduced] == [expected[language]]
