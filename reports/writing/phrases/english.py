"""The wording of a generated report in English, as the English versions of seeds 000 and 004
print the Working Group's formulas."""

from datetime import date

from .base import Phrases
from .placeholder import PLACEHOLDER

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


class English(Phrases):
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
            f"{count} {'meeting was' if sittings == 1 else 'meetings were'} held. "
            f"The meeting was held {formats[meeting_format]}."
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
