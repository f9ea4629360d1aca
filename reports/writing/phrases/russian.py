"""The wording of a generated report in Russian, as the Russian versions of the Working Group's
reports print its formulas ("Рабочая группа … провела свое седьмое совещание в Вене 8 и 9
сентября 2020 года", "На совещании были представлены следующие государства — участники …")."""

from datetime import date

from .base import Phrases
from .placeholder import PLACEHOLDER

# Ordinals are built on their stems, as the sentence's case wants them: "седьмое совещание",
# "на своем первом заседании", "первым выступил докладчик".
RU_ORDINAL_STEMS = (
    *("", "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят"),
    *("десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат"),
    *("шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"),
)
# "было проведено четыре заседания": the count of a neuter noun.
RU_CARDINALS = (
    *("ноль", "одно", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"),
    *("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать"),
    *("шестнадцать", "семнадцать", "восемнадцать", "девятнадцать", "двадцать"),
)
# "с выступлений трех докладчиков": the genitive of a count.
RU_GENITIVE_CARDINALS = (
    *("", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти"),
    "десяти",
)
# Chinese honorifics as the Russian version prints them.
RU_HONORIFICS = {
    "女士": "г-жа",
    "先生": "г-н",
    "博士": "д-р",
    "教授": "профессор",
    "大使": "посол",
    "上校": "полковник",
}
# "в Вене": the venues the Working Groups meet in, in the prepositional case.
RU_LOCATIVES = {"Вена": "Вене", "Нью-Йорк": "Нью-Йорке", "Женева": "Женеве", "Доха": "Дохе"}
FORMATS = {
    "in_person": "в очном формате",
    "hybrid": "в гибридном формате",
    "online": "в режиме онлайн",
}


def russian_ordinal(number: int, case: str = "neuter") -> str:
    """7 -> "седьмое"; case "prepositional" "седьмом", "instrumental" "седьмым"."""
    if number >= len(RU_ORDINAL_STEMS):
        return f"{number}-е"
    stem = RU_ORDINAL_STEMS[number]
    soft = stem == "трет"  # "третье", "третьем", "третьим"
    endings = {
        "neuter": ("ье", "ое"),
        "prepositional": ("ьем", "ом"),
        "instrumental": ("ьим", "ым"),
    }[case]
    return stem + endings[0 if soft else 1]


def sittings_count(number: int) -> str:
    """ "одно заседание", "четыре заседания", "пять заседаний"."""
    word = RU_CARDINALS[number] if number < len(RU_CARDINALS) else str(number)
    last, tens = number % 10, number % 100
    if last == 1 and tens != 11:
        noun = "заседание"
    elif 2 <= last <= 4 and not 12 <= tens <= 14:
        noun = "заседания"
    else:
        noun = "заседаний"
    return f"{word} {noun}"


def under_items(numbers: tuple[int, ...]) -> str:
    """ "по пункту 2 повестки дня", "по пунктам 2 и 3 повестки дня" (the dative)."""
    printed = [str(n) for n in numbers]
    if len(printed) == 1:
        return f"по пункту {printed[0]} повестки дня"
    return f"по пунктам {', '.join(printed[:-1])} и {printed[-1]} повестки дня"


def accusative(instrument: str) -> str:
    """ "Протокола против …" -> "Протокол против …", as "подписавшие" takes it."""
    for genitive, accusative_form in (("Протокола", "Протокол"), ("Конвенции", "Конвенцию")):
        if instrument.startswith(genitive + " "):
            return accusative_form + instrument[len(genitive) :]
    return instrument


def located(venue: str) -> str:
    return f"в {RU_LOCATIVES.get(venue, venue or PLACEHOLDER)}"


class Russian(Phrases):
    language = "ru"
    list_separator = ", "
    chapters = {
        "introduction": ("I", "Введение"),
        "recommendations": ("II", "Рекомендации"),
        "summary": ("III", "Резюме обсуждений"),
        "organization": ("IV", "Организация работы совещания"),
        "adoption": ("V", "Утверждение доклада"),
    }
    sections = {
        "opening": "Открытие совещания",
        "statements": "Заявления",
        "agenda": "Утверждение повестки дня и организация работы",
        "attendance": "Участники",
        "documentation": "Документация",
    }
    general_recommendations = "Общие рекомендации"

    def names(self, names: tuple[str, ...]) -> str:
        if len(names) > 1:
            return ", ".join(names[:-1]) + " и " + names[-1]
        return "".join(names)

    def items(self, numbers: tuple[int, ...]) -> str:
        printed = [str(n) for n in numbers]
        if len(printed) == 1:
            return f"пункт {printed[0]} повестки дня"
        return f"пункты {', '.join(printed[:-1])} и {printed[-1]} повестки дня"

    def recommendations_heading(self, title: str) -> str:
        return f"Рекомендации по теме «{title}»"

    def recommendation(self, number: int, text: str) -> str:
        return f"Рекомендация {number}: {text}"

    # I. Introduction
    def held_before(self, meetings) -> str:
        held = "; ".join(
            f"свое {russian_ordinal(m.ordinal)} совещание {self.dates(m.start, m.end)}"
            for m in meetings
        )
        return f"Рабочая группа провела {held}."

    # II. Recommendations
    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return (
            f"На своем совещании, состоявшемся {located(venue)} {dates}, {body} приняла "
            "следующие рекомендации."
        )

    # III. Summary of deliberations
    chair_summary = (
        "Нижеследующее резюме обсуждений было подготовлено Секретариатом после совещания в "
        "тесной консультации с Председателем на основе итогов совещания. Оно не обсуждалось и "
        "поэтому не было утверждено на совещании; оно представляет собой резюме Председателя."
    )

    def item_considered(self, number: int, title: str) -> str:
        return (
            f"На своих {PLACEHOLDER} заседаниях Рабочая группа рассмотрела пункт {number} "
            f"повестки дня, озаглавленный «{title}»."
        )

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        if count == 1:
            opened = "с выступления докладчика"
        else:
            genitive = (
                RU_GENITIVE_CARDINALS[count] if count < len(RU_GENITIVE_CARDINALS) else str(count)
            )
            opened = f"с выступлений {genitive} докладчиков"
        sentences = [f"Обсуждение {under_items((number,))} началось {opened}."]
        for place, person in enumerate(panellists, start=1):
            which = "Последним" if place == count and count > 2 else None
            which = which or russian_ordinal(place, "instrumental").capitalize()
            lead = "Выступил" if count == 1 else f"{which} выступил"
            if person.function:
                group = (
                    f", от имени группы «{person.regional_group}»" if person.regional_group else ""
                )
                sentences.append(f"{lead} докладчик {person.name}, {person.function}{group}.")
            else:
                country = f" ({person.country})" if person.country else ""
                sentences.append(f"{lead} докладчик {person.name}{country}.")
        return " ".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return (
            "В ходе последовавшего обсуждения с заявлениями выступили представители "
            f"следующих государств и организаций: {self.names(names)}."
        )

    # IV. A. Opening
    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = russian_ordinal(ordinal) if ordinal else PLACEHOLDER
        count = sittings_count(sittings) if sittings else f"{PLACEHOLDER} заседаний"
        return (
            f"{body} провела свое {which} совещание {located(venue)} {dates}. "
            f"Было проведено {count}. Совещание проводилось {FORMATS[meeting_format]}."
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return f"Совещание открыл Председатель Рабочей группы {PLACEHOLDER}."
        verb = "открыла" if chair.honorific == "г-жа" else "открыл"
        name = f"{chair.honorific} {chair.name}" if chair.honorific else chair.name
        return (
            f"Совещание {verb} Председатель Рабочей группы {name} ({chair.country or PLACEHOLDER})."
        )

    # IV. B. Statements
    def secretariat_spoke(self, numbers) -> str:
        return (
            f"С вступительным заявлением {under_items(numbers)} выступил представитель "
            "Секретариата."
        )

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(
                f"{p.honorific} {p.name}".strip() + f" ({p.country or PLACEHOLDER})"
                for p in panellists
            )
        )
        return (
            f"Обсуждение {under_items(numbers)} проходило под руководством Председателя при "
            f"участии следующих докладчиков: {entries}."
        )

    def spoke(self, speakers) -> str:
        under = (
            f"{under_items(speakers.agenda_items).capitalize()} с" if speakers.agenda_items else "С"
        )
        names = self.names(speakers.names)
        made = f"{under} заявлениями выступили представители следующих"
        also = f"{under} заявлениями выступили также наблюдатели от следующих"
        if speakers.capacity == "party":
            return f"{made} участников {self.instrument}: {names}."
        if speakers.capacity == "signatory":
            return f"{made} государств, подписавших {accusative(self.instrument)}: {names}."
        if speakers.capacity == "non_party":
            return (
                f"{also} государств, не являющихся участниками {self.instrument} и не "
                f"подписавших его: {names}."
            )
        if speakers.organizations:
            return f"{also} организаций: {names}."
        return f"{also} государств: {names}."

    # IV. C. Agenda
    def agenda_adopted(self, day: date | None) -> str:
        return (
            f"На своем первом заседании {self.on(day)} Рабочая группа утвердила путем "
            "консенсуса следующую повестку дня:"
        )

    def agenda_lines(self, agenda) -> list[str]:
        lines = []
        for item in agenda:
            lines.append(f"{item.number}. {item.title}{':' if item.sub_items else '.'}")
            for place, (letter, title) in enumerate(item.sub_items, start=1):
                end = "." if place == len(item.sub_items) else ";"
                lines.append(f"({letter}) {title}{end}")
        return lines

    # IV. D. Attendance
    def attended(self, category: str, names: tuple[str, ...]) -> str:
        represented = "На совещании были представлены следующие"
        observers = "Наблюдателями были представлены следующие"
        leads = {
            "state_party": f"{represented} государства — участники {self.instrument}",
            "reio": (
                f"{represented} региональные организации экономической интеграции — участники "
                f"{self.instrument}"
            ),
            "signatory": f"{observers} государства, подписавшие {accusative(self.instrument)}",
            "non_signatory": (
                f"{observers} государства, не являющиеся участниками {self.instrument} и не "
                "подписавшие его"
            ),
            "un_entity": f"{observers} подразделения Организации Объединенных Наций",
            "igo": f"{observers} межправительственные организации",
            "standing_observer": f"{observers} образования, имеющие постоянные бюро наблюдателей",
            "ngo": f"{observers} неправительственные организации",
        }
        return f"{leads[category]}: {self.names(names)}."

    def participants(self, symbol: str) -> str:
        return f"Список участников содержится в документе {symbol or PLACEHOLDER}."

    # IV. E. Documentation
    documents_lead = "На рассмотрении Рабочей группы находились следующие документы:"

    def document_line(self, document, label: str, last: bool) -> str:
        title = document.title or PLACEHOLDER
        described = {
            "provisional_agenda": "Аннотированная предварительная повестка дня",
            "background_paper": (
                f"Справочный документ, подготовленный Секретариатом, по теме «{title}»"
            ),
            "secretariat_report": f"Доклад Секретариата по теме «{title}»",
        }.get(document.type, document.title or PLACEHOLDER)
        if document.own_title:
            described = document.title
        return f"({label}) {described} ({document.symbol}){'.' if last else ';'}"

    # V. Adoption
    def report_adopted(self, day: date | None) -> str:
        return f"{self.on(day)} Рабочая группа утвердила доклад о работе своего совещания."
