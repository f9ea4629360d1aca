"""The title of an adopted report in each language, as the UN issues it: "Report on the meeting
of the Working Group on the Smuggling of Migrants held in Vienna on 8 and 9 September 2020".

The days are said as the report's own sentences say them (`meetings.dates.un_dates_in_sentence`:
"les 8 et 9 septembre 2020", "los días 8 y 9 de septiembre de 2020", "8 и 9 сентября 2020 года",
"يومي 8 و 9 أيلول/سبتمبر 2020"). The body's name and the venue are those of the title's language:
where the portal has none, the title names no venue and calls the body by its kind, never by a
name in another language.
"""

from datetime import date

from meetings.dates import un_dates_in_sentence
from reports.writing.phrases.russian import RU_LOCATIVES

# What a body is called where its name is not known in the language.
BODY_KINDS = {
    "zh": "工作组",
    "en": "Working Group",
    "fr": "Groupe de travail",
    "es": "Grupo de Trabajo",
    "ru": "Рабочая группа",
    "ar": "الفريق العامل",
}
# "Rapport sur la réunion du Groupe de travail…", "…de la Conférence des Parties…": French and
# Spanish contract the article of the body's first word.
FEMININE_FIRST_WORDS = {"conférence", "commission", "réunion", "conferencia", "comisión", "reunión"}
# "совещания Рабочей группы": the name follows in the genitive; the bodies' names open with one
# of these.
RU_GENITIVES = {
    "Рабочая группа": "Рабочей группы",
    "Конференция": "Конференции",
    "Комиссия": "Комиссии",
    "Совещание": "Совещания",
    "Группа": "Группы",
}


def titled(language: str, name: str, venue: str, start: date, end: date) -> str:
    """The title in `language` ("zh", "en", "fr", "es", "ru", "ar"); `name` and `venue` are in it
    or empty."""
    name = name or BODY_KINDS[language]
    days = un_dates_in_sentence(start, end, language)
    if language == "zh":
        return f"{days}{f'在{venue}' if venue else ''}举行的{name}会议报告"
    if language == "fr":
        where = f" à {venue}" if venue else ""
        return f"Rapport sur la réunion {_of(name, 'fr')} tenue{where} {days}"
    if language == "es":
        where = f" en {venue}" if venue else ""
        return f"Informe sobre la reunión {_of(name, 'es')} celebrada{where} {days}"
    if language == "ru":
        where = f" в {RU_LOCATIVES.get(venue, venue)}" if venue else ""
        return f"Доклад о работе совещания {_genitive(name)}, состоявшегося{where} {days}"
    if language == "ar":
        where = f" في {venue}" if venue else ""
        return f"تقرير عن اجتماع {name} المعقود{where} {days}"
    where = f" in {venue}" if venue else ""
    return f"Report on the meeting of the {name} held{where} {days}"


def _of(name: str, language: str) -> str:
    """ "du Groupe de travail", "de la Conférence", "de l’Organisation"; "del Grupo", "de la
    Conferencia"."""
    first = name.split(" ", 1)[0].casefold()
    if language == "fr":
        if first[:1] in "aeiouyéèâîôh":
            return f"de l’{name}"
        return f"de la {name}" if first in FEMININE_FIRST_WORDS else f"du {name}"
    return f"de la {name}" if first in FEMININE_FIRST_WORDS else f"del {name}"


def _genitive(name: str) -> str:
    for nominative, genitive in RU_GENITIVES.items():
        if name.startswith(nominative):
            return genitive + name[len(nominative) :]
    return name
