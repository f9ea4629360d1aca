"""The wording of a generated report in Arabic, as the Arabic versions of the Working Group's
reports print its formulas ("عقد الفريق العامل المعني بتهريب المهاجرين اجتماعه السابع في فيينا
يومي 8 و9 أيلول/سبتمبر 2020"), with Western digits, the Arabic comma and "و" joined to the word
it joins, as UN Arabic documents print them."""

from datetime import date

from documents.parsing.numbering import ARABIC_LABELS

from .base import Phrases
from .placeholder import PLACEHOLDER

# "اجتماعه السابع": ordinals of a masculine noun, first to twentieth.
AR_ORDINALS = (
    *("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"),
    *("التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر"),
    *("الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون"),
)
# "وتكلم ثانيا": the adverbs that order speakers, as chapters are numbered.
AR_ADVERBS = (
    *("", "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا"),
    "عاشرا",
)
# "أربع جلسات": a count of a feminine noun takes the masculine form from three to ten.
AR_SITTINGS = {
    1: "جلسة واحدة",
    2: "جلستين",
    **{
        number: f"{word} جلسات"
        for number, word in enumerate(
            ("ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"), start=3
        )
    },
}
AR_PANELLISTS = {1: "محاور واحد", 2: "محاورَين", 3: "ثلاثة محاورين", 4: "أربعة محاورين"}
# Chinese honorifics as the Arabic version prints them.
AR_HONORIFICS = {
    "女士": "السيدة",
    "先生": "السيد",
    "博士": "الدكتور",
    "教授": "الأستاذ",
    "大使": "السفير",
    "上校": "العقيد",
}
FEMININE = {"السيدة", "الدكتورة"}
FORMATS = {"in_person": "حضوريا", "hybrid": "بصيغة هجينة", "online": "عبر الإنترنت"}


def arabic_label(letter: str) -> str:
    """ "b" -> "ب": sub-paragraphs lettered as UN Arabic texts letter them; past the fourteenth
    the Latin letter stays."""
    index = ord(letter) - ord("a") if len(letter) == 1 else len(ARABIC_LABELS)
    return ARABIC_LABELS[index] if 0 <= index < len(ARABIC_LABELS) else letter


def items_in(numbers: tuple[int, ...]) -> str:
    """ "البند 2 من جدول الأعمال", "البندين 2 و3 من جدول الأعمال", "البنود 2 و3 و4 …"."""
    printed = [str(n) for n in numbers]
    word = {1: "البند", 2: "البندين"}.get(len(printed), "البنود")
    return f"{word} {' و'.join(printed)} من جدول الأعمال"


class Arabic(Phrases):
    language = "ar"
    list_separator = "، "
    # Chapters by their ordinal words, "أولا - مقدمة"; sections keep the Latin letters the
    # portal files them under (the parser reads "ألف" as A).
    chapters = {
        "introduction": ("أولا", "مقدمة"),
        "recommendations": ("ثانيا", "التوصيات"),
        "summary": ("ثالثا", "موجز المداولات"),
        "organization": ("رابعا", "تنظيم الاجتماع"),
        "adoption": ("خامسا", "اعتماد التقرير"),
    }
    sections = {
        "opening": "افتتاح الاجتماع",
        "statements": "البيانات",
        "agenda": "إقرار جدول الأعمال وتنظيم الأعمال",
        "attendance": "الحضور",
        "documentation": "الوثائق",
    }
    general_recommendations = "توصيات عامة"

    def names(self, names: tuple[str, ...]) -> str:
        """ "ألبانيا، وأنغولا", "أفغانستان، ألبانيا، وأنغولا": "و" joined to the last name."""
        if len(names) > 1:
            return "، ".join(names[:-1]) + "، و" + names[-1]
        return "".join(names)

    def items(self, numbers: tuple[int, ...]) -> str:
        return items_in(numbers)

    def recommendations_heading(self, title: str) -> str:
        return f"التوصيات المتعلقة بموضوع «{title}»"

    def recommendation(self, number: int, text: str) -> str:
        return f"التوصية {number}: {text}"

    # I. Introduction
    def held_before(self, meetings) -> str:
        held = "، و".join(
            f"اجتماعه {AR_ORDINALS[m.ordinal] if m.ordinal < len(AR_ORDINALS) else m.ordinal} "
            f"{self.dates(m.start, m.end)}"
            for m in meetings
        )
        return f"وعقد الفريق العامل {held}."

    # II. Recommendations
    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return f"اعتمد {body}، في اجتماعه المعقود في {venue} {dates}، التوصيات التالية."

    # III. Summary of deliberations
    chair_summary = (
        "أعدت الأمانة موجز المداولات التالي بعد الاجتماع، بالتشاور الوثيق مع الرئيس، استنادا إلى "
        "نتائج الاجتماع. ولم يخضع هذا الموجز للمناقشة، ومن ثم لم يعتمد في الاجتماع؛ وهو موجز من "
        "إعداد الرئيس."
    )

    def item_considered(self, number: int, title: str) -> str:
        return (
            f"نظر الفريق العامل، في جلساته {PLACEHOLDER}، في البند {number} من جدول الأعمال، "
            f"المعنون «{title}»."
        )

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        speakers = AR_PANELLISTS.get(count, f"{count} محاورين")
        sentences = [f"استهلت المناقشة في إطار {items_in((number,))} بعروض قدمها {speakers}."]
        for place, person in enumerate(panellists, start=1):
            which = "أخيرا" if place == count and count > 2 else AR_ADVERBS[min(place, 10)]
            lead = "وتكلم المحاور" if count == 1 else f"وتكلم {which} المحاور"
            if person.function:
                group = f"، باسم {person.regional_group}" if person.regional_group else ""
                sentences.append(f"{lead} {person.name}، {person.function}{group}.")
            else:
                country = f" ({person.country})" if person.country else ""
                sentences.append(f"{lead} {person.name}{country}.")
        return " ".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return (
            "وفي المناقشة التي تلت ذلك، أدلى ببيانات ممثلو الدول والمنظمات التالية: "
            f"{self.names(names)}."
        )

    # IV. A. Opening
    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = AR_ORDINALS[ordinal] if ordinal and ordinal < len(AR_ORDINALS) else PLACEHOLDER
        count = AR_SITTINGS.get(sittings, f"{sittings} جلسة") if sittings else PLACEHOLDER
        return (
            f"عقد {body} اجتماعه {which} في {venue or PLACEHOLDER} {dates}. "
            f"وعقد الفريق العامل خلال الاجتماع {count}. وعقد الاجتماع {FORMATS[meeting_format]}."
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return f"وافتتح الاجتماع رئيس الفريق العامل، {PLACEHOLDER}."
        opened = "وافتتحت الاجتماع رئيسة" if chair.honorific in FEMININE else "وافتتح الاجتماع رئيس"
        name = f"{chair.honorific} {chair.name}" if chair.honorific else chair.name
        return f"{opened} الفريق العامل، {name} ({chair.country or PLACEHOLDER})."

    # IV. B. Statements
    def secretariat_spoke(self, numbers) -> str:
        return f"وأدلى ممثل للأمانة ببيان استهلالي في إطار {items_in(numbers)}."

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(
                f"{p.honorific} {p.name}".strip() + f" ({p.country or PLACEHOLDER})"
                for p in panellists
            )
        )
        return (
            f"وأدار الرئيس المناقشة في إطار {items_in(numbers)}، وقادها أعضاء حلقة النقاش "
            f"التالية أسماؤهم: {entries}."
        )

    def spoke(self, speakers) -> str:
        under = f"وفي إطار {items_in(speakers.agenda_items)}، " if speakers.agenda_items else "و"
        names = self.names(speakers.names)
        made = f"{under}أدلى ببيانات ممثلو"
        also = f"{under}أدلى ببيانات أيضا المراقبون عن"
        if speakers.capacity == "party":
            return f"{made} الأطراف التالية في {self.instrument}: {names}."
        if speakers.capacity == "signatory":
            return f"{made} الدول التالية الموقعة على {self.instrument}: {names}."
        if speakers.capacity == "non_party":
            return (
                f"{also} الدول التالية غير الأطراف في {self.instrument} وغير الموقعة عليه: {names}."
            )
        if speakers.organizations:
            return f"{also} المنظمات التالية: {names}."
        return f"{also} الدول التالية: {names}."

    # IV. C. Agenda
    def agenda_adopted(self, day: date | None) -> str:
        return (
            f"وفي الجلسة الأولى، المعقودة في {self.on(day)}، أقر الفريق العامل بتوافق الآراء "
            "جدول الأعمال التالي:"
        )

    def agenda_lines(self, agenda) -> list[str]:
        lines = []
        for item in agenda:
            lines.append(f"{item.number}. {item.title}{':' if item.sub_items else '.'}")
            for place, (letter, title) in enumerate(item.sub_items, start=1):
                end = "." if place == len(item.sub_items) else "؛"
                lines.append(f"({arabic_label(letter)}) {title}{end}")
        return lines

    # IV. D. Attendance
    def attended(self, category: str, names: tuple[str, ...]) -> str:
        present = "وحضر الاجتماع ممثلون عن"
        observed = "ومثلت بمراقبين"
        leads = {
            "state_party": f"{present} الدول التالية الأطراف في {self.instrument}",
            "reio": (
                f"{present} منظمات التكامل الاقتصادي الإقليمي التالية الأطراف في {self.instrument}"
            ),
            "signatory": f"{observed} الدول التالية الموقعة على {self.instrument}",
            "non_signatory": (
                f"{observed} الدول التالية غير الأطراف في {self.instrument} وغير الموقعة عليه"
            ),
            "un_entity": f"{observed} هيئات الأمم المتحدة التالية",
            "igo": f"{observed} المنظمات الحكومية الدولية التالية",
            "standing_observer": f"{observed} الهيئات التالية التي لها مكاتب مراقبين دائمة",
            "ngo": f"{observed} المنظمات غير الحكومية التالية",
        }
        return f"{leads[category]}: {self.names(names)}."

    def participants(self, symbol: str) -> str:
        return f"وترد قائمة المشاركين في الوثيقة {symbol or PLACEHOLDER}."

    # IV. E. Documentation
    documents_lead = "وكان معروضا على الفريق العامل ما يلي:"

    def document_line(self, document, label: str, last: bool) -> str:
        title = document.title or PLACEHOLDER
        described = {
            "provisional_agenda": "جدول الأعمال المؤقت المشروح",
            "background_paper": f"ورقة معلومات أساسية من إعداد الأمانة عن {title}",
            "secretariat_report": f"تقرير الأمانة عن {title}",
        }.get(document.type, document.title or PLACEHOLDER)
        if document.own_title:
            described = document.title
        return f"({arabic_label(label)}) {described} ({document.symbol}){'.' if last else '؛'}"

    # V. Adoption
    def report_adopted(self, day: date | None) -> str:
        return f"وفي {self.on(day)}، اعتمد الفريق العامل تقرير اجتماعه."
