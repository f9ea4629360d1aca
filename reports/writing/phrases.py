"""The wording of a generated report, one class per language: the formulas of the Working
Group's reports (seeds 000 and 004 in Chinese; the English versions of the same reports).

Arabic, French, Russian and Spanish get a class of their own with the same methods; until then
`phrases_for` refuses them rather than print English in a French report. Dates are printed by
`meetings.dates`, the portal's one date code, as UN documents print them in each language
("8 and 9 September 2020", "2020年9月8日和9日"): what the pages say, the report says.
"""

from datetime import date

from meetings.dates import un_date, un_dates_in_sentence

PLACEHOLDER = "[……]"

# The instrument a body's lists of States name ("《打击偷运移民议定书》的下列缔约方"), by the
# body's symbol prefix; another body's reports name the Convention.
INSTRUMENTS = {
    "CTOC/COP/WG.7": {
        "zh": "《打击偷运移民议定书》",
        "en": "the Protocol against the Smuggling of Migrants by Land, Sea and Air",
    },
    "CTOC/COP/WG.4": {"zh": "《人口贩运议定书》", "en": "the Trafficking in Persons Protocol"},
}
CONVENTION = {
    "zh": "《联合国打击跨国有组织犯罪公约》",
    "en": "the United Nations Convention against Transnational Organized Crime",
}

ZH_DIGITS = "〇一二三四五六七八九"
EN_CARDINALS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
EN_ORDINALS = (
    *("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
    *("ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
    *("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"),
)
EN_TENS = {20: "twent", 30: "thirt", 40: "fort", 50: "fift"}
# Chinese honorifics as the English version prints them.
EN_HONORIFICS = {
    "女士": "Ms.",
    "先生": "Mr.",
    "博士": "Dr.",
    "教授": "Professor",
    "大使": "Ambassador",
}


def chinese_numeral(number: int) -> str:
    """4 -> 四, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (as ordinals and counts are printed)."""
    if number < 10:
        return ZH_DIGITS[number]
    if number < 20:
        return "十" + (ZH_DIGITS[number % 10] if number % 10 else "")
    if number < 100:
        return ZH_DIGITS[number // 10] + "十" + (ZH_DIGITS[number % 10] if number % 10 else "")
    return str(number)


def english_ordinal(number: int) -> str:
    if number < len(EN_ORDINALS):
        return EN_ORDINALS[number]
    tens, unit = divmod(number, 10)
    if tens * 10 in EN_TENS:
        stem = EN_TENS[tens * 10]
        return f"{stem}ieth" if unit == 0 else f"{stem}y-{EN_ORDINALS[unit]}"
    return f"{number}th"


def lower_first(title: str) -> str:
    """ "Countering the use of …" as it runs on in a sentence; "COVID-19 …" and "United
    Nations …" keep their capitals (a second capital or a proper name's word)."""
    first, _space, _rest = title.partition(" ")
    if len(first) > 1 and first[1:].islower() and first not in PROPER_WORDS:
        return title[0].lower() + title[1:]
    return title


PROPER_WORDS = {"United", "Protocol", "Convention", "Conference", "Working", "Member"}


def english_cardinal(number: int) -> str:
    return EN_CARDINALS[number] if number < len(EN_CARDINALS) else str(number)


class Chinese:
    language = "zh"
    list_separator = "、"
    chapters = {
        "introduction": ("一", "导言"),
        "recommendations": ("二", "建议"),
        "summary": ("三", "审议情况概要"),
        "organization": ("四", "会议安排"),
        "adoption": ("五", "通过报告"),
    }
    sections = {
        "opening": "会议开幕",
        "statements": "发言情况",
        "agenda": "通过议程和工作安排",
        "attendance": "出席情况",
        "documentation": "文件",
    }
    general_recommendations = "一般性建议"

    def __init__(self, body_prefix: str) -> None:
        self.instrument = INSTRUMENTS.get(body_prefix, CONVENTION)["zh"]

    def on(self, day: date | None) -> str:
        return un_date(day, self.language) if day else PLACEHOLDER

    def dates(self, start: date, end: date) -> str:
        """2020年9月8日和9日; 2017年9月11日至13日; 2012年5月30日至6月1日."""
        return un_dates_in_sentence(start, end, self.language)

    def names(self, names: tuple[str, ...]) -> str:
        return self.list_separator.join(names)

    def items(self, numbers: tuple[int, ...]) -> str:
        """ "议程项目 2", "议程项目 2 和 3", "议程项目 2、3 和 4"."""
        printed = [str(n) for n in numbers]
        if len(printed) > 1:
            printed = ["、".join(printed[:-1]) + " 和 " + printed[-1]]
        return f"议程项目 {printed[0]}"

    def recommendations_heading(self, title: str) -> str:
        return f"关于{title}的建议"

    def recommendation(self, number: int, text: str) -> str:
        return f"建议 {number}：{text}"

    # I. Introduction
    def held_before(self, meetings) -> str:
        held = "，".join(
            f"第{chinese_numeral(m.ordinal)}次会议于{self.dates(m.start, m.end)}举行"
            for m in meetings
        )
        return f"工作组{held}。"

    # II. Recommendations
    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return f"{body}在{dates}于{venue}举行的会议上通过了以下建议。"

    # III. Summary of deliberations
    chair_summary = (
        "秘书处在会后与主席密切协商，根据会议的结果编写了以下审议情况概要。本审议情况概要没有"
        "经过辩论，因此无需在会议期间通过。它只是“主席总结”，内容如下。"
    )

    def item_considered(self, number: int, title: str) -> str:
        return f"工作组在{PLACEHOLDER}会议上审议了题为“{title}”的议程项目 {number}。"

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        sentences = [
            f"关于议程项目 {number} 的讨论开始时，先由{chinese_numeral(count)}位主讲人作专题介绍。"
        ]
        for place, person in enumerate(panellists, start=1):
            which = "最后一位" if place == count and count > 2 else f"第{chinese_numeral(place)}位"
            which = "" if count == 1 else which
            function = f"{person.function} " if person.function else ""
            group = f"，代表{person.regional_group}" if person.regional_group else ""
            sentences.append(f"{which}主讲人是{function}{person.name}{group}。")
        return "".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return f"在随后的讨论中，下列国家和组织的代表作了发言：{self.names(names)}。"

    # IV. A. Opening
    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = f"第{chinese_numeral(ordinal)}次会议" if ordinal else f"第{PLACEHOLDER}次会议"
        count = chinese_numeral(sittings) if sittings else PLACEHOLDER
        formats = {"in_person": "实际到场", "hybrid": "混合", "online": "线上"}
        return (
            f"{body}{which}于{dates}在{venue or PLACEHOLDER}举行。共举行了{count}场会议。"
            f"本次会议以“{formats[meeting_format]}”形式举行。"
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return f"工作组主席{PLACEHOLDER}宣布会议开幕。"
        honorific = chair.honorific or ""
        return f"工作组主席 {chair.name}{honorific}（{chair.country or PLACEHOLDER}）宣布会议开幕。"

    # IV. B. Statements
    def secretariat_spoke(self, numbers) -> str:
        return f"秘书处代表在{self.items(numbers)}下作了一般介绍性发言。"

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(f"{p.name} {p.honorific}（{p.country or PLACEHOLDER}）" for p in panellists)
        )
        return f"{self.items(numbers)} 下的讨论由主席主持，由以下专题主讲人主导：{entries}。"

    def spoke(self, speakers) -> str:
        under = f"在{self.items(speakers.agenda_items)} 下，" if speakers.agenda_items else ""
        names = self.names(speakers.names)
        leads = {
            "party": f"{under}{self.instrument}下列缔约方的代表作了发言：{names}。",
            "signatory": f"{under}{self.instrument}下列签署国的代表作了发言：{names}。",
            "non_party": f"{under}下列非{self.instrument}缔约方或签署方的国家的观察员也作了发言："
            f"{names}。",
        }
        if speakers.capacity in leads:
            return leads[speakers.capacity]
        if speakers.organizations:
            return f"工作组还听取了下列组织观察员的发言：{names}。"
        return f"下列国家的观察员也作了发言：{names}。"

    # IV. C. Agenda
    def agenda_adopted(self, day: date | None) -> str:
        return f"工作组在{self.on(day)}第一场会议上以协商一致的方式通过了以下议程："

    def agenda_lines(self, agenda) -> list[str]:
        lines = []
        for item in agenda:
            lines.append(f"{item.number}. {item.title}{'：' if item.sub_items else '。'}")
            for place, (letter, title) in enumerate(item.sub_items, start=1):
                end = "。" if place == len(item.sub_items) else "；"
                lines.append(f"({letter}) {title}{end}")
        return lines

    # IV. D. Attendance
    def attended(self, category: str, names: tuple[str, ...]) -> str:
        listed = self.names(names)
        leads = {
            "state_party": f"{self.instrument}的下列缔约方派代表出席了本次会议：",
            "reio": f"下列区域经济一体化组织作为{self.instrument}缔约方派代表出席了会议：",
            "signatory": f"{self.instrument}下列签署国派观察员出席了会议：",
            "non_signatory": f"下列非{self.instrument}缔约方或签署方的国家派观察员出席了会议：",
            "un_entity": "下列联合国实体派观察员出席了会议：",
            "igo": "下列政府间组织派观察员出席了会议：",
            "standing_observer": "下列设有常驻观察员办公室的实体派观察员出席了会议：",
            "ngo": "下列非政府组织派观察员出席了会议：",
        }
        return f"{leads[category]}{listed}。"

    def participants(self, symbol: str) -> str:
        return f"与会者名单载于 {symbol or PLACEHOLDER} 号文件。"

    # IV. E. Documentation
    documents_lead = "工作组收到了下列文件："

    def document_line(self, document, label: str, last: bool) -> str:
        title = document.title or PLACEHOLDER
        described = {
            "provisional_agenda": "临时议程说明",
            "background_paper": f"秘书处编写的背景文件，内容是{title}",
            "secretariat_report": f"秘书处关于{title}的报告",
        }.get(document.type, title)
        if document.own_title:
            described = document.title
        return f"({label}) {described}（{document.symbol}）{'。' if last else '；'}"

    # V. Adoption
    def report_adopted(self, day: date | None) -> str:
        return f"工作组于{self.on(day)}通过了本次会议报告。"


class English:
    language = "en"
    list_separator = ", "
    chapters = {
        "introduction": ("I", "Introduction"),
        "recommendations": ("II", "Recommendations"),
        "summary": ("III", "Summary of deliberations"),
        "organization": ("IV", "Organization of the meeting"),
        "adoption": ("V", "Adoption of the report"),
    }
    sections = {
        "opening": "Opening of the meeting",
        "statements": "Statements",
        "agenda": "Adoption of the agenda and organization of work",
        "attendance": "Attendance",
        "documentation": "Documentation",
    }
    general_recommendations = "General recommendations"

    def __init__(self, body_prefix: str) -> None:
        self.instrument = INSTRUMENTS.get(body_prefix, CONVENTION)["en"]

    def on(self, day: date | None) -> str:
        return un_date(day, self.language) if day else PLACEHOLDER

    def dates(self, start: date, end: date) -> str:
        """ "on 8 and 9 September 2020", "from 11 to 13 September 2017", as sentences say them."""
        return un_dates_in_sentence(start, end, self.language)

    def names(self, names: tuple[str, ...]) -> str:
        if len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        return "".join(names)

    def items(self, numbers: tuple[int, ...]) -> str:
        printed = [str(n) for n in numbers]
        if len(printed) == 1:
            return f"agenda item {printed[0]}"
        return f"agenda items {', '.join(printed[:-1])} and {printed[-1]}"

    def recommendations_heading(self, title: str) -> str:
        return f"Recommendations on {lower_first(title)}"

    def recommendation(self, number: int, text: str) -> str:
        return f"Recommendation {number}: {text}"

    def held_before(self, meetings) -> str:
        held = "; ".join(
            f"its {english_ordinal(m.ordinal)} meeting {self.dates(m.start, m.end)}"
            for m in meetings
        )
        return f"The Working Group held {held}."

    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return (
            f"At its meeting held in {venue} {dates}, the {body} adopted the following "
            "recommendations."
        )

    chair_summary = (
        "The following summary of deliberations was prepared by the Secretariat after the meeting, "
        "in close consultation with the Chair, on the basis of the outcome of the meeting. It was "
        "not subject to discussion and was therefore not adopted at the meeting; it is a summary "
        "by the Chair."
    )

    def item_considered(self, number: int, title: str) -> str:
        return (
            f"At its {PLACEHOLDER} meetings, the Working Group considered agenda item {number}, "
            f"entitled \u201c{title}\u201d."
        )

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        presentations = (
            "a presentation by a panellist"
            if count == 1
            else f"presentations by {english_cardinal(count)} panellists"
        )
        sentences = [f"The discussion under agenda item {number} opened with {presentations}."]
        for place, person in enumerate(panellists, start=1):
            which = "final" if place == count and count > 2 else english_ordinal(place)
            which = "" if count == 1 else f"{which} "
            if person.function:
                group = (
                    f", spoke on behalf of the {person.regional_group}"
                    if person.regional_group
                    else ""
                )
                sentences.append(f"The {which}panellist, {person.name}, {person.function}{group}.")
            else:
                country = f" ({person.country})" if person.country else ""
                sentences.append(f"The {which}panellist was {person.name}{country}.")
        return " ".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return (
            "In the ensuing discussion, statements were made by the representatives of the "
            f"following: {self.names(names)}."
        )

    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = english_ordinal(ordinal) if ordinal else PLACEHOLDER
        count = english_cardinal(sittings).capitalize() if sittings else PLACEHOLDER
        formats = {"in_person": "in person", "hybrid": "in a hybrid format", "online": "online"}
        return (
            f"The {which} meeting of the {body} was held in {venue or PLACEHOLDER} {dates}. "
            f"{count} meetings were held. The meeting was held {formats[meeting_format]}."
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return f"The meeting was opened by the Chair of the Working Group, {PLACEHOLDER}."
        honorific = EN_HONORIFICS.get(chair.honorific, chair.honorific)
        name = f"{honorific} {chair.name}" if honorific else chair.name
        return (
            f"The meeting was opened by the Chair of the Working Group, {name} "
            f"({chair.country or PLACEHOLDER})."
        )

    def secretariat_spoke(self, numbers) -> str:
        return (
            "A representative of the Secretariat made an introductory statement under "
            f"{self.items(numbers)}."
        )

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(
                f"{EN_HONORIFICS.get(p.honorific, p.honorific)} {p.name}".strip()
                + f" ({p.country or PLACEHOLDER})"
                for p in panellists
            )
        )
        return (
            f"The discussion under {self.items(numbers)} was moderated by the Chair and led by the "
            f"following panellists: {entries}."
        )

    def spoke(self, speakers) -> str:
        under = f"Under {self.items(speakers.agenda_items)}, s" if speakers.agenda_items else "S"
        names = self.names(speakers.names)
        made = f"{under}tatements were made by representatives of the following"
        also = "Statements were also made by the observers for the following"
        if speakers.capacity == "party":
            return f"{made} parties to {self.instrument}: {names}."
        if speakers.capacity == "signatory":
            return f"{made} signatories to {self.instrument}: {names}."
        if speakers.capacity == "non_party":
            return (
                f"{also} States, which are neither parties nor signatories to {self.instrument}: "
                f"{names}."
            )
        if speakers.organizations:
            return f"{also} organizations: {names}."
        return f"{also} States: {names}."

    def agenda_adopted(self, day: date | None) -> str:
        return (
            f"At its first meeting, on {self.on(day)}, the Working Group adopted the following "
            "agenda by consensus:"
        )

    def agenda_lines(self, agenda) -> list[str]:
        lines = []
        for item in agenda:
            lines.append(f"{item.number}. {item.title}{':' if item.sub_items else '.'}")
            for place, (letter, title) in enumerate(item.sub_items, start=1):
                end = "." if place == len(item.sub_items) else ";"
                lines.append(f"({letter}) {title}{end}")
        return lines

    def attended(self, category: str, names: tuple[str, ...]) -> str:
        at_meeting = "were represented at the meeting:"
        by_observers = "were represented by observers:"
        leads = {
            "state_party": f"States parties to {self.instrument} {at_meeting}",
            "reio": (
                f"regional economic integration organizations parties to {self.instrument} "
                f"{at_meeting}"
            ),
            "signatory": f"signatory States to {self.instrument} {by_observers}",
            "non_signatory": (
                f"States, which are neither parties nor signatories to {self.instrument}, "
                f"{by_observers}"
            ),
            "un_entity": f"United Nations entities {by_observers}",
            "igo": f"intergovernmental organizations {by_observers}",
            "standing_observer": f"entities maintaining a standing observer office {by_observers}",
            "ngo": f"non-governmental organizations {by_observers}",
        }
        return f"The following {leads[category]} {self.names(names)}."

    def participants(self, symbol: str) -> str:
        return f"A list of participants is contained in {symbol or PLACEHOLDER}."

    documents_lead = "The Working Group had before it the following:"

    def document_line(self, document, label: str, last: bool) -> str:
        title = lower_first(document.title) or PLACEHOLDER
        described = {
            "provisional_agenda": "Annotated provisional agenda",
            "background_paper": f"Background paper prepared by the Secretariat on {title}",
            "secretariat_report": f"Report of the Secretariat on {title}",
        }.get(document.type, document.title or PLACEHOLDER)
        if document.own_title:
            described = document.title
        return f"({label}) {described} ({document.symbol}){'.' if last else ';'}"

    def report_adopted(self, day: date | None) -> str:
        return f"On {self.on(day)}, the Working Group adopted the report on its meeting."


PHRASES = {"zh": Chinese, "en": English}


def phrases_for(language: str, body_prefix: str) -> Chinese | English:
    if language not in PHRASES:
        raise ValueError(
            f"Reports cannot be generated in {language!r} yet: its wording is not written "
            f"(documents/writing/phrases.py has {', '.join(PHRASES)})."
        )
    return PHRASES[language](body_prefix)
