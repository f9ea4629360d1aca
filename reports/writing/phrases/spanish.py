"""The wording of a generated report in Spanish, as the Spanish versions of the Working Group's
reports (CTOC/COP/WG.7/…) print its formulas: "La séptima reunión del Grupo de Trabajo … se
celebró en Viena los días 8 y 9 de septiembre de 2020", "Estuvieron representados en la reunión
los siguientes Estados partes en el Protocolo …: …"."""

from datetime import date

from .base import Phrases
from .placeholder import PLACEHOLDER

ES_CARDINALS = (
    *("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    *("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete"),
    *("dieciocho", "diecinueve", "veinte"),
)
# Feminine, as "reunión" and "sesión" want them; `spanish_ordinal` gives the masculine.
ES_ORDINALS = (
    *("cero", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima"),
    *("octava", "novena", "décima", "undécima", "duodécima", "decimotercera", "decimocuarta"),
    *("decimoquinta", "decimosexta", "decimoséptima", "decimoctava", "decimonovena"),
    "vigésima",
)
ES_TENS = {20: "vigésima", 30: "trigésima", 40: "cuadragésima", 50: "quincuagésima"}
# Chinese and English honorifics as the Spanish version prints them ("Sra. Amanda Ledwaba").
ES_HONORIFICS = {
    "女士": "Sra.",
    "先生": "Sr.",
    "博士": "Dr.",
    "教授": "Prof.",
    "Ms.": "Sra.",
    "Mrs.": "Sra.",
    "Mr.": "Sr.",
    "Dr.": "Dr.",
}


def spanish_ordinal(number: int, feminine: bool = True) -> str:
    """7 -> "séptima" (la reunión); masculine before a noun: "primer", "tercer" (panelista)."""
    if number < len(ES_ORDINALS):
        word = ES_ORDINALS[number]
    else:
        tens, unit = divmod(number, 10)
        if tens * 10 not in ES_TENS:
            return f"{number}.ª" if feminine else f"{number}.º"
        word = ES_TENS[tens * 10] + (f" {ES_ORDINALS[unit]}" if unit else "")
    if feminine:
        return word
    masculine = " ".join(part[:-1] + "o" for part in word.split(" "))
    # Before the noun "primero" and "tercero" lose their vowel: "el primer panelista".
    for full, short in (("primero", "primer"), ("tercero", "tercer")):
        if masculine.endswith(full):
            return masculine.removesuffix(full) + short
    return masculine


def spanish_cardinal(number: int, feminine: bool = True) -> str:
    if number == 1:
        return "una" if feminine else "un"
    return ES_CARDINALS[number] if number < len(ES_CARDINALS) else str(number)


def joined(names: list[str]) -> str:
    """ "A, B y C"; "y" is "e" before a sound /i/: "Grecia e Italia", "Hungría e Irlanda"."""
    if len(names) < 2:
        return "".join(names)
    last = names[-1]
    bare = last.lower()
    sound_i = bare[:1] in ("i", "í") or (bare.startswith("hi") and bare[2:3] not in ("a", "e"))
    return ", ".join(names[:-1]) + (" e " if sound_i else " y ") + last


def del_(instrument: str) -> str:
    """ "del Protocolo …", "de la Convención …"."""
    return f"de la {instrument}" if instrument.startswith("Convención") else f"del {instrument}"


def en_el(instrument: str) -> str:
    """ "en el Protocolo …", "en la Convención …": the instrument after "partes"."""
    return f"en la {instrument}" if instrument.startswith("Convención") else f"en el {instrument}"


def temas(numbers: tuple[int, ...]) -> str:
    """ "el tema 2 del programa", "los temas 2 y 3 del programa"."""
    printed = [str(n) for n in numbers]
    if len(printed) == 1:
        return f"el tema {printed[0]} del programa"
    return f"los temas {', '.join(printed[:-1])} y {printed[-1]} del programa"


def with_honorific(person) -> str:
    honorific = ES_HONORIFICS.get(person.honorific, person.honorific)
    return f"{honorific} {person.name}" if honorific else person.name


def introduced(person, place: int, count: int) -> str:
    """ "La primera panelista, Amanda Ledwaba, …, habló en nombre de los Estados de África." A
    panellist addressed as Sra. is "la panelista"; the others "el panelista"."""
    woman = ES_HONORIFICS.get(person.honorific, person.honorific) == "Sra."
    last = "última" if woman else "último"
    which = last if place == count > 2 else spanish_ordinal(place, woman)
    the = f"{'La' if woman else 'El'} {'' if count == 1 else which + ' '}panelista"
    if person.function and (group := person.regional_group):
        of = "de los" if group.startswith("Estados") else "del"
        return f"{the}, {person.name}, {person.function}, habló en nombre {of} {group}."
    if person.function:
        return f"{the} fue {person.name}, {person.function}."
    country = f" ({person.country})" if person.country else ""
    return f"{the} fue {person.name}{country}."


class Spanish(Phrases):
    language = "es"
    list_separator = ", "
    chapters = {
        "introduction": ("I", "Introducción"),
        "recommendations": ("II", "Recomendaciones"),
        "summary": ("III", "Resumen de las deliberaciones"),
        "organization": ("IV", "Organización de la reunión"),
        "adoption": ("V", "Aprobación del informe"),
    }
    sections = {
        "opening": "Apertura de la reunión",
        "statements": "Declaraciones",
        "agenda": "Aprobación del programa y organización de los trabajos",
        "attendance": "Asistencia",
        "documentation": "Documentación",
    }
    general_recommendations = "Recomendaciones generales"

    def names(self, names: tuple[str, ...]) -> str:
        return joined(list(names))

    def items(self, numbers: tuple[int, ...]) -> str:
        return temas(numbers).removeprefix("el ").removeprefix("los ")

    def recommendations_heading(self, title: str) -> str:
        return f"Recomendaciones sobre el tema “{title}”"

    def recommendation(self, number: int, text: str) -> str:
        return f"Recomendación {number}: {text}"

    # I. Introduction
    def held_before(self, meetings) -> str:
        held = self.names(
            tuple(
                f"su {spanish_ordinal(m.ordinal)} reunión {self.dates(m.start, m.end)}"
                for m in meetings
            )
        )
        return f"El Grupo de Trabajo celebró {held}."

    # II. Recommendations
    def recommendations_lead(self, body: str, dates: str, venue: str) -> str:
        return (
            f"En su reunión celebrada en {venue} {dates}, el {body} aprobó las siguientes "
            "recomendaciones."
        )

    # III. Summary of deliberations
    chair_summary = (
        "El siguiente resumen de las deliberaciones fue preparado por la Secretaría después de "
        "la reunión, en estrecha consulta con la Presidencia, sobre la base de los resultados de "
        "la reunión. No fue objeto de debate y, por lo tanto, no se aprobó durante la reunión; "
        "es un resumen de la Presidencia."
    )

    def item_considered(self, number: int, title: str) -> str:
        return (
            f"En sus sesiones {PLACEHOLDER}, el Grupo de Trabajo examinó el tema {number} del "
            f"programa, titulado “{title}”."
        )

    def panel_introduced(self, number: int, panellists) -> str:
        count = len(panellists)
        presentations = (
            "la exposición de un panelista"
            if count == 1
            else f"las exposiciones de {spanish_cardinal(count, feminine=False)} panelistas"
        )
        sentences = [f"El debate sobre el tema {number} del programa comenzó con {presentations}."]
        sentences += [
            introduced(person, place, count) for place, person in enumerate(panellists, start=1)
        ]
        return " ".join(sentences)

    def discussion_speakers(self, names: tuple[str, ...]) -> str:
        return (
            "En el debate que siguió formularon declaraciones los representantes de los "
            f"siguientes Estados y organizaciones: {self.names(names)}."
        )

    # IV. A. Opening
    def meeting_held(self, body, ordinal, dates, venue, sittings, meeting_format) -> str:
        which = spanish_ordinal(ordinal) if ordinal else PLACEHOLDER
        count = spanish_cardinal(sittings) if sittings else PLACEHOLDER
        formats = {
            "in_person": "de forma presencial",
            "hybrid": "en formato híbrido",
            "online": "en línea",
        }
        return (
            f"La {which} reunión del {body} se celebró en {venue or PLACEHOLDER} {dates}. "
            f"El Grupo de Trabajo celebró {count} {'sesión' if sittings == 1 else 'sesiones'}. "
            "La reunión se celebró "
            f"{formats[meeting_format]}."
        )

    def opened_by(self, chair) -> str:
        if chair is None:
            return f"Abrió la reunión la Presidencia del Grupo de Trabajo, {PLACEHOLDER}."
        title = "la Presidenta" if ES_HONORIFICS.get(chair.honorific) == "Sra." else "el Presidente"
        return (
            f"Abrió la reunión {title} del Grupo de Trabajo, {with_honorific(chair)} "
            f"({chair.country or PLACEHOLDER})."
        )

    # IV. B. Statements
    def secretariat_spoke(self, numbers) -> str:
        return (
            "Un representante de la Secretaría formuló una declaración introductoria en relación "
            f"con {temas(numbers)}."
        )

    def panel_led(self, numbers, panellists) -> str:
        entries = self.names(
            tuple(f"{with_honorific(p)} ({p.country or PLACEHOLDER})" for p in panellists)
        )
        return (
            f"El debate en relación con {temas(numbers)} fue moderado por la Presidencia y "
            f"dirigido por los siguientes panelistas: {entries}."
        )

    def spoke(self, speakers) -> str:
        names = self.names(speakers.names)
        made = (
            f"En relación con {temas(speakers.agenda_items)}, formularon declaraciones"
            if speakers.agenda_items
            else "Formularon declaraciones"
        )
        also = "También formularon declaraciones los observadores de"
        if speakers.capacity == "party":
            return (
                f"{made} representantes de las siguientes partes {en_el(self.instrument)}: {names}."
            )
        if speakers.capacity == "signatory":
            return (
                f"{made} representantes de los siguientes signatarios {del_(self.instrument)}: "
                f"{names}."
            )
        if speakers.capacity == "non_party":
            return (
                f"{also} los siguientes Estados que no son partes ni signatarios "
                f"{del_(self.instrument)}: {names}."
            )
        if speakers.organizations:
            return f"{also} las siguientes organizaciones: {names}."
        return f"{also} los siguientes Estados: {names}."

    # IV. C. Agenda
    def agenda_adopted(self, day: date | None) -> str:
        return (
            f"En su primera sesión, celebrada el {self.on(day)}, el Grupo de Trabajo aprobó por "
            "consenso el siguiente programa:"
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
        by_observers = "Estuvieron representados por observadores los siguientes"
        # Organizations and entities are feminine: "representadas … las siguientes".
        by_observers_f = "Estuvieron representadas por observadores las siguientes"
        leads = {
            "state_party": (
                "Estuvieron representados en la reunión los siguientes Estados partes "
                f"{en_el(self.instrument)}:"
            ),
            "reio": (
                "Estuvieron representadas en la reunión las siguientes organizaciones regionales "
                f"de integración económica partes {en_el(self.instrument)}:"
            ),
            "signatory": f"{by_observers} Estados signatarios {del_(self.instrument)}:",
            "non_signatory": (
                f"{by_observers} Estados que no son partes ni signatarios {del_(self.instrument)}:"
            ),
            "un_entity": f"{by_observers_f} entidades de las Naciones Unidas:",
            "igo": f"{by_observers_f} organizaciones intergubernamentales:",
            "standing_observer": (
                f"{by_observers_f} entidades que mantienen oficinas permanentes de observación:"
            ),
            "ngo": f"{by_observers_f} organizaciones no gubernamentales:",
        }
        return f"{leads[category]} {self.names(names)}."

    def participants(self, symbol: str) -> str:
        return f"La lista de participantes figura en el documento {symbol or PLACEHOLDER}."

    # IV. E. Documentation
    documents_lead = "El Grupo de Trabajo tuvo ante sí los siguientes documentos:"

    def document_line(self, document, label: str, last: bool) -> str:
        title = document.title or PLACEHOLDER
        described = {
            "provisional_agenda": "Programa provisional anotado",
            "background_paper": (
                f"Documento de antecedentes preparado por la Secretaría sobre el tema “{title}”"
            ),
            "secretariat_report": f"Informe de la Secretaría sobre el tema “{title}”",
        }.get(document.type, document.title or PLACEHOLDER)
        if document.own_title:
            described = document.title
        return f"({label}) {described} ({document.symbol}){'.' if last else ';'}"

    # V. Adoption
    def report_adopted(self, day: date | None) -> str:
        return f"El {self.on(day)}, el Grupo de Trabajo aprobó el informe sobre su reunión."
