"""The wording of a generated report in Chinese, as seeds 000 and 004 print the Working Group's
formulas."""

from datetime import date

from .base import Phrases
from .placeholder import PLACEHOLDER

ZH_DIGITS = "〇一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """4 -> 四, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (as ordinals and counts are printed)."""
    if number < 10:
        return ZH_DIGITS[number]
    if number < 20:
        return "十" + (ZH_DIGITS[number % 10] if number % 10 else "")
    if number < 100:
        return ZH_DIGITS[number // 10] + "十" + (ZH_DIGITS[number % 10] if number % 10 else "")
    return str(number)


class Chinese(Phrases):
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
