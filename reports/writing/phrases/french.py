"""The wording of a generated report in French, as the French versions of the Working Group's
reports (CTOC/COP/WG.7/…) print its formulas: "La septième réunion du Groupe de travail … s’est
tenue à Vienne les 8 et 9 septembre 2020", "Les États parties au Protocole … ci-après étaient
représentés à la réunion : …"."""

from datetime import date

from .base import Phrases
from .placeholder import PLACEHOLDER

# "une séance" but "un intervenant": the counts a report prints are feminine (séances) and
# masculine (intervenants) alike from two on.
FR_CARDINALS = (
    *("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    *("onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit"),
    *("dix-neuf", "vingt"),
)
FR_ORDINALS = (
    *("zéroième", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième"),
    *("septième", "huitième", "neuvième", "dixième", "onzième", "douzième", "treizième"),
    *("quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième", "dix-neuvième"),
    "vingtième",
)
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante"}
# Chinese and English honorifics as the French version prints them ("Mme Amanda Ledwaba").
FR_HONORIFICS = {
    "女士": "Mme",
    "先生": "M.",
    "博士": "Dr",
    "教授": "Pr",
    "Ms.": "Mme",
    "Mrs.": "Mme",
    "Mr.": "M.",
    "Dr.": "Dr",
}


def french_ordinal(number: int, feminine: bool = True) -> str:
    """7 -> "septième", 1 -> "première" (la réunion, la séance) or "premier" (l’intervenant)."""
    if number == 1:
        return "première" if feminine else "premier"
    if number < len(FR_ORDINALS):
        return FR_ORDINALS[number]
    tens, unit = divmod(number, 10)
    if tens * 10 in FR_TENS:
        stem = FR_TENS[tens * 10]
        if unit == 0:
            return f"{stem[:-1] if stem.endswith('e') else stem}ième"
        return f"{stem} et unième" if unit == 1 else f"{stem}-{FR_ORDINALS[unit]}"
    return f"{number}e"


def french_cardinal(number: int, feminine: bool = True) -> str:
    if number == 1:
        return "une" if feminine else "un"
    return FR_CARDINALS[number] if number < len(FR_CARDINALS) else str(number)


def au(instrument: str) -> str:
    """ "au Protocole …", "à la Convention …": the instrument after "parties"."""
    return f"à la {instrument}" if instrument.startswith("Convention") else f"au {instrument}"


def du(instrument: str) -> str:
    """ "du Protocole …", "de la Convention …": the instrument after "signataires"."""
    return f"de la {instrument}" if instrument.startswith("Convention") else f"du {instrument}"


def points(numbers: tuple[int, ...]) -> str:
    """ "du point 2 de l’ordre du jour", "des points 2 et 3 de l’ordre du jour"."""
    printed = [str(n) for n in numbers]
    if len(printed) == 1:
        return f"du point {printed[0]} de l’ordre du jour"
    return f"des points {', '.join(printed[:-1])} et {printed[-1]} de l’ordre du jour"


def with_honorific(person) -> str:
    honorific = FR_HONORIFICS.get(person.honorific, person.honorific)
    return f"{honorific} {person.name}" if honorific else person.name


def introduced(person, place: int, count: int) -> str:
    """ "La première intervenante, Amanda Ledwaba, …, s’est exprimée au nom des États d’Afrique."
    A panellist addressed as Mme is "l’intervenante"; the others "l’intervenant"."""
    woman = FR_HONORIFICS.get(person.honorific, person.honorific) == "Mme"
    e = "e" if woman else ""
    last = "dernière" if woman else "dernier"
    which = last if place == count > 2 else french_ordinal(place, woman)
    the = f"{'La' if woman else 'Le'} {'' if count == 1 else which + ' '}intervenant{e}"
    if person.function and (group := person.regional_group):
        of = "des" if group.startswith("États") else "du"
        return f"{the}, {person.name}, {person.function}, s’est exprimé{e} au nom {of} {group}."
    if person.function:
        return f"{the} était {person.name}, {person.function}."
    country = f" ({person.country})" if person.country else ""
    return f"{the} était {person.name}{country}."


class French(Phrases):
    language = "fr"
    list_separator = ", "
    chapters = {
        "introduction": ("I", "Introduction"),
        "recommendations": ("II", "Recommandations"),
        "summary": ("III", "Résumé des débats"),
        "organization": ("IV", "Organisation de la réunion"),
        "adoption": ("V", "Adoption du rapport"),
    }
    sections = {
        "opening": "Ouverture de la réunion",
        "statements": "Déclarations",
        "agenda": "Adoption de l’ordre du jour et organisation des travaux",
        "attendance": "Participation",
        "documentation": "Documentation",
    }
    general_recommendations = "Recommandations générales"

    def names(self, names: tuple[str, ...]) -> str:
        if len(names) > 1:
            return ", ".join(names[:-1]) + " et " + names[-1]
        return "".join(names)

    def items(self, numbers: tuple[int, ...]) -> str:
        printed = [str(n) for n in numbers]
        if len(printed) == 1:
            return f"point {printed[0]} de l’ordre du jour"
        return f"points {', '.join(printed[:-1])} et {printed[-1]} de l’ordre du jour"

    def recommendations_heading(self, title: str) -> str:
        return f"Recommandations sur le thème « {title} »"

    def recommendation(self, number: int, text: str) -> str:
        return f"Recommandation {number} : {text}"

    # I. Introduction
    def held_before(self, meetings) -> str:
        held = self.names(
            tuple(
                f"sa {french_ordinal(m.ordinal)} réunion {self.dates(m.start, m.end)}"
                for m in meetings
            )
        )
        return f"Le Groupe de travail a tenu {held}."

    # II. Recommendations
    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return (
            f"À sa réunion tenue à {venue} {dates}, le {body} a adopté les recommandations "
            "suivantes."
        )

    # III. Summary of deliberations
    chair_summary = (
        "Le résumé des débats ci-après a été établi par le Secrétariat après la réunion, en "
        "étroite consultation avec la présidence, sur la base des résultats de la réunion. Il "
        "n’a pas fait l’objet de discussions et n’a donc pas été adopté pendant la réunion ; il "
        "s’agit d’un résumé établi par la présidence."
    )

    def item_considered(self, number: int, title: str) -> str:
        return (
            f"À ses {PLACEHOLDER} séances, le Groupe de travail a examiné le point {number} de "
            f"l’ordre du jour, intitulé « {title} »."
        )

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        presentations = (
            "l’exposé d’un intervenant"
            if count == 1
            else f"les exposés de {french_cardinal(count, feminine=False)} intervenants"
        )
        sentences = [
            f"Le débat au titre du point {number} de l’ordre du jour s’est ouvert par "
            f"{presentations}."
        ]
        sentences += [
            introduced(person, place, count) for place, person in enumerate(panellists, start=1)
        ]
        return " ".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return (
            "Au cours du débat qui a suivi, des déclarations ont été faites par les "
            f"représentants des États et organisations ci-après : {self.names(names)}."
        )

    # IV. A. Opening
    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = french_ordinal(ordinal) if ordinal else PLACEHOLDER
        count = french_cardinal(sittings) if sittings else PLACEHOLDER
        formats = {
            "in_person": "en présentiel",
            "hybrid": "selon une formule hybride",
            "online": "en ligne",
        }
        return (
            f"La {which} réunion du {body} s’est tenue à {venue or PLACEHOLDER} {dates}. "
            f"Le Groupe de travail a tenu {count} séance{'' if sittings == 1 else 's'}. "
            "La réunion s’est tenue "
            f"{formats[meeting_format]}."
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return (
                f"La réunion a été ouverte par la présidence du Groupe de travail, {PLACEHOLDER}."
            )
        title = "la Présidente" if FR_HONORIFICS.get(chair.honorific) == "Mme" else "le Président"
        return (
            f"La réunion a été ouverte par {title} du Groupe de travail, {with_honorific(chair)} "
            f"({chair.country or PLACEHOLDER})."
        )

    # IV. B. Statements
    def secretariat_spoke(self, numbers) -> str:
        return (
            "Un représentant du Secrétariat a fait une déclaration liminaire au titre "
            f"{points(numbers)}."
        )

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(f"{with_honorific(p)} ({p.country or PLACEHOLDER})" for p in panellists)
        )
        return (
            f"Le débat au titre {points(numbers)} a été animé par la présidence et mené par les "
            f"intervenants ci-après : {entries}."
        )

    def spoke(self, speakers) -> str:
        names = self.names(speakers.names)
        made = "des déclarations ont été faites par des représentants"
        made = (
            f"Au titre {points(speakers.agenda_items)}, {made}"
            if speakers.agenda_items
            else (made[0].upper() + made[1:])
        )
        also = "Des déclarations ont également été faites par les observateurs"
        if speakers.capacity == "party":
            return f"{made} des parties {au(self.instrument)} ci-après : {names}."
        if speakers.capacity == "signatory":
            return f"{made} des signataires {du(self.instrument)} ci-après : {names}."
        if speakers.capacity == "non_party":
            return (
                f"{also} des États ci-après, qui ne sont ni parties ni signataires "
                f"{du(self.instrument)} : {names}."
            )
        if speakers.organizations:
            return f"{also} des organisations ci-après : {names}."
        return f"{also} des États ci-après : {names}."

    # IV. C. Agenda
    def agenda_adopted(self, day: date | None) -> str:
        return (
            f"À sa première séance, le {self.on(day)}, le Groupe de travail a adopté par "
            "consensus l’ordre du jour suivant :"
        )

    def agenda_lines(self, agenda) -> list[str]:
        lines = []
        for item in agenda:
            lines.append(f"{item.number}. {item.title}{' :' if item.sub_items else '.'}")
            for place, (letter, title) in enumerate(item.sub_items, start=1):
                end = "." if place == len(item.sub_items) else " ;"
                lines.append(f"({letter}) {title}{end}")
        return lines

    # IV. D. Attendance
    def attended(self, category: str, names: tuple[str, ...]) -> str:
        at_meeting = "étaient représentés à la réunion :"
        by_observers = "étaient représentés par des observateurs :"
        # Organizations and entities are feminine: "représentées".
        by_observers_f = "étaient représentées par des observateurs :"
        leads = {
            "state_party": f"Les États parties {au(self.instrument)} ci-après {at_meeting}",
            "reio": (
                "Les organisations régionales d’intégration économique parties "
                f"{au(self.instrument)} ci-après étaient représentées à la réunion :"
            ),
            "signatory": f"Les États signataires {du(self.instrument)} ci-après {by_observers}",
            "non_signatory": (
                "Les États ci-après, qui ne sont ni parties ni signataires "
                f"{du(self.instrument)}, {by_observers}"
            ),
            "un_entity": f"Les entités des Nations Unies ci-après {by_observers_f}",
            "igo": f"Les organisations intergouvernementales ci-après {by_observers_f}",
            "standing_observer": (
                f"Les entités ci-après, qui ont un bureau permanent d’observateur, {by_observers_f}"
            ),
            "ngo": f"Les organisations non gouvernementales ci-après {by_observers_f}",
        }
        return f"{leads[category]} {self.names(names)}."

    def participants(self, symbol: str) -> str:
        return f"La liste des participants figure dans le document {symbol or PLACEHOLDER}."

    # IV. E. Documentation
    documents_lead = "Le Groupe de travail était saisi des documents suivants :"

    def document_line(self, document, label: str, last: bool) -> str:
        title = document.title or PLACEHOLDER
        described = {
            "provisional_agenda": "Ordre du jour provisoire annoté",
            "background_paper": (
                f"Document d’information établi par le Secrétariat sur le thème « {title} »"
            ),
            "secretariat_report": f"Rapport du Secrétariat sur le thème « {title} »",
        }.get(document.type, document.title or PLACEHOLDER)
        if document.own_title:
            described = document.title
        return f"({label}) {described} ({document.symbol}){'.' if last else ' ;'}"

    # V. Adoption
    def report_adopted(self, day: date | None) -> str:
        return f"Le {self.on(day)}, le Groupe de travail a adopté le rapport sur sa réunion."
