"""Reading reports of a meeting in French and in Spanish: the formulas of the French and Spanish
versions of the Working Group's reports (CTOC/COP/WG.7/…), on short texts written here in
their shape: the chapters I to V, the meeting held with its sittings and format, the Chair,
statements by capacity, the adopted agenda, attendance by category, the documents.
"""

import datetime

import pytest

from documents.parsing.dates import read_dates
from documents.parsing.name_lists import split_names
from documents.parsing.numerals import cardinal_word, ordinal_word
from documents.parsing.reports import read_report
from documents.parsing.roles import read_chair
from documents.parsing.structure import parse_text

# The organization chapter of a French report of the Working Group (the 7th meeting's dates,
# with Vienna as venue), and its introduction naming two meetings held before.
FRENCH = """\
I. Introduction

1. Le Groupe de travail a tenu sa première réunion du 30 mai au 1er juin 2012 et sa deuxième \
réunion du 11 au 13 novembre 2013.

IV. Organisation de la réunion

A. Ouverture de la réunion

2. La septième réunion du Groupe de travail sur le trafic illicite de migrants s’est tenue à \
Vienne les 8 et 9 septembre 2020. Le Groupe de travail a tenu quatre séances. La réunion s’est \
tenue selon une formule hybride.
3. La réunion a été ouverte par le Président du Groupe de travail, M. Francesco Testa (Italie).

B. Déclarations

4. Un représentant du Secrétariat a fait une déclaration liminaire au titre du point 2 de \
l’ordre du jour.
5. Au titre des points 2 et 3 de l’ordre du jour, des déclarations ont été faites par des \
représentants des parties au Protocole contre le trafic illicite de migrants par terre, mer et \
air ci-après : Afrique du Sud, Italie et Mexique.
6. Des déclarations ont également été faites par les observateurs des États ci-après, qui ne \
sont ni parties ni signataires du Protocole : Colombie.

C. Adoption de l’ordre du jour et organisation des travaux

7. À sa première séance, le 8 septembre 2020, le Groupe de travail a adopté par consensus \
l’ordre du jour suivant :
1. Questions d’organisation :
(a) Ouverture de la réunion ;
(b) Adoption de l’ordre du jour et organisation des travaux.
2. Adoption du rapport.

D. Participation

8. Les États parties au Protocole ci-après étaient représentés à la réunion : Afrique du Sud, \
Italie et Royaume-Uni de Grande-Bretagne et d’Irlande du Nord.
9. Les États ci-après, qui ne sont ni parties ni signataires du Protocole, étaient représentés \
par des observateurs : Chine et Colombie.
10. Les organisations intergouvernementales ci-après étaient représentées par des \
observateurs : Organisation internationale pour les migrations.
11. La liste des participants figure dans le document CTOC/COP/WG.7/2020/INF/1/Rev.1.

E. Documentation

12. Le Groupe de travail était saisi des documents suivants :
(a) Ordre du jour provisoire annoté (CTOC/COP/WG.7/2020/1) ;
(b) Document d’information établi par le Secrétariat (CTOC/COP/WG.7/2020/2).

V. Adoption du rapport

13. Le 9 septembre 2020, le Groupe de travail a adopté le rapport sur sa réunion.
"""

# The same in the Spanish version's words, for the 4th meeting (a run of three days).
SPANISH = """\
I. Introducción

1. El Grupo de Trabajo celebró su primera reunión del 30 de mayo al 1 de junio de 2012 y su \
segunda reunión del 11 al 13 de noviembre de 2013.

IV. Organización de la reunión

A. Apertura de la reunión

2. La cuarta reunión del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes se celebró en \
Viena del 11 al 13 de septiembre de 2017. El Grupo de Trabajo celebró cinco sesiones. La \
reunión se celebró de forma presencial.
3. Abrió la reunión el Presidente del Grupo de Trabajo, Sr. Francesco Testa (Italia).

B. Declaraciones

4. En relación con el tema 2 del programa, formularon declaraciones representantes de las \
siguientes partes en el Protocolo: Grecia e Italia.
5. También formularon declaraciones los observadores de las siguientes organizaciones: \
Organización Internacional para las Migraciones.

C. Aprobación del programa y organización de los trabajos

6. En su primera sesión, celebrada el 11 de septiembre de 2017, el Grupo de Trabajo aprobó por \
consenso el siguiente programa:
1. Cuestiones de organización:
(a) Apertura de la reunión;
(b) Aprobación del programa.
2. Aprobación del informe.

D. Asistencia

7. Estuvieron representados en la reunión los siguientes Estados partes en el Protocolo: \
Bosnia y Herzegovina, Grecia e Italia.
8. Estuvieron representadas en la reunión las siguientes organizaciones regionales de \
integración económica partes en el Protocolo: Unión Europea.
9. Estuvieron representados por observadores los siguientes Estados signatarios del \
Protocolo: Tailandia.
10. Estuvieron representadas por observadores las siguientes entidades de las Naciones Unidas: \
Fondo de las Naciones Unidas para la Infancia.
11. La lista de participantes figura en el documento CTOC/COP/WG.7/2017/INF.1/Rev.1.

E. Documentación

12. El Grupo de Trabajo tuvo ante sí los siguientes documentos:
(a) Programa provisional anotado (CTOC/COP/WG.7/2017/1);
(b) Documento de antecedentes preparado por la Secretaría (CTOC/COP/WG.7/2017/2).

V. Aprobación del informe

13. El 13 de septiembre de 2017, el Grupo de Trabajo aprobó el informe sobre su reunión.
"""
UNITED_KINGDOM = "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"
KNOWN = {UNITED_KINGDOM, "Bosnia y Herzegovina"}


def known(name: str) -> bool:
    """The name check of the importer: these two names hold a conjunction, no other does."""
    return name in KNOWN or not any(f" {word} " in name for word in ("et", "y", "e"))


def test_a_french_report_gives_its_meeting_its_chair_and_the_meetings_held_before():
    facts = read_report(parse_text(FRENCH, language="fr"), is_known_name=known)

    assert (facts.meeting_ordinal, facts.venue, facts.sittings) == (7, "Vienne", 4)
    assert (facts.start, facts.end) == (datetime.date(2020, 9, 8), datetime.date(2020, 9, 9))
    assert facts.format == "hybrid"
    assert (facts.chair.name, facts.chair.country, facts.chair.honorific) == (
        "Francesco Testa", "Italie", "M.",
    )  # fmt: skip
    assert [(m.ordinal, m.start, m.end) for m in facts.previous_meetings] == [
        (1, datetime.date(2012, 5, 30), datetime.date(2012, 6, 1)),
        (2, datetime.date(2013, 11, 11), datetime.date(2013, 11, 13)),
    ]
    assert facts.adopted_on == datetime.date(2020, 9, 9)


def test_a_french_report_gives_its_agenda_attendance_statements_and_documents():
    facts = read_report(parse_text(FRENCH, language="fr"), is_known_name=known)

    assert [(i.number, i.title, [s.label for s in i.sub_items]) for i in facts.agenda.items] == [
        ("1", "Questions d’organisation", ["a", "b"]),
        ("2", "Adoption du rapport", []),
    ]
    assert (facts.agenda.adopted_on, facts.agenda.sitting) == (datetime.date(2020, 9, 8), 1)
    assert [(a.category, a.names) for a in facts.attendance] == [
        ("state_party", ("Afrique du Sud", "Italie", UNITED_KINGDOM)),
        ("non_signatory", ("Chine", "Colombie")),
        ("igo", ("Organisation internationale pour les migrations",)),
    ]  # fmt: skip
    assert facts.participants_symbol == "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    assert [d.symbol for d in facts.documents] == ["CTOC/COP/WG.7/2020/1", "CTOC/COP/WG.7/2020/2"]
    assert [(s.capacity, s.speakers, s.agenda_items) for s in facts.statements] == [
        ("secretariat", ("Secretariat",), ("2",)),
        ("party", ("Afrique du Sud", "Italie", "Mexique"), ("2", "3")),
        # "également": the observers spoke under the items of the paragraph before.
        ("non_party", ("Colombie",), ("2", "3")),
    ]


def test_a_spanish_report_gives_its_meeting_agenda_attendance_and_documents():
    facts = read_report(parse_text(SPANISH, language="es"), is_known_name=known)

    assert (facts.meeting_ordinal, facts.venue, facts.sittings, facts.format) == (
        4, "Viena", 5, "in_person",
    )  # fmt: skip
    assert (facts.start, facts.end) == (datetime.date(2017, 9, 11), datetime.date(2017, 9, 13))
    assert (facts.chair.name, facts.chair.country, facts.chair.honorific) == (
        "Francesco Testa", "Italia", "Sr.",
    )  # fmt: skip
    assert [m.ordinal for m in facts.previous_meetings] == [1, 2]
    assert [(i.number, [s.label for s in i.sub_items]) for i in facts.agenda.items] == [
        ("1", ["a", "b"]),
        ("2", []),
    ]
    assert (facts.agenda.adopted_on, facts.agenda.sitting) == (datetime.date(2017, 9, 11), 1)
    assert [(a.category, a.names) for a in facts.attendance] == [
        ("state_party", ("Bosnia y Herzegovina", "Grecia", "Italia")),
        ("reio", ("Unión Europea",)),
        ("signatory", ("Tailandia",)),
        ("un_entity", ("Fondo de las Naciones Unidas para la Infancia",)),
    ]
    assert facts.participants_symbol == "CTOC/COP/WG.7/2017/INF.1/Rev.1"
    assert [d.symbol for d in facts.documents] == ["CTOC/COP/WG.7/2017/1", "CTOC/COP/WG.7/2017/2"]
    assert [(s.capacity, s.speakers, s.agenda_items) for s in facts.statements] == [
        ("party", ("Grecia", "Italia"), ("2",)),
        ("observer", ("Organización Internacional para las Migraciones",), ("2",)),
    ]
    assert facts.adopted_on == datetime.date(2017, 9, 13)


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Afrique du Sud, Italie et Mexique.", ("Afrique du Sud", "Italie", "Mexique")),
        ("Suiza, Tailandia y Turquía.", ("Suiza", "Tailandia", "Turquía")),
        # Spanish "y" is "e" before a sound /i/.
        ("Grecia e Italia", ("Grecia", "Italia")),
        ("Hungría e Irlanda", ("Hungría", "Irlanda")),
    ],
)
def test_french_and_spanish_lists_are_cut_at_their_last_conjunction(printed, names):
    assert split_names(printed) == names


def test_a_name_holding_the_conjunction_stays_whole_where_the_name_check_knows_it():
    assert split_names(f"Italie et {UNITED_KINGDOM}", is_known_name=known) == (
        "Italie",
        UNITED_KINGDOM,
    )
    assert split_names("Chile, Bosnia y Herzegovina y Perú", is_known_name=known) == (
        "Chile", "Bosnia y Herzegovina", "Perú",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("word", "number"),
    [
        *(("septième", 7), ("première", 1), ("premier", 1), ("dix-septième", 17), ("1re", 1)),
        *(("séptima", 7), ("primera", 1), ("primer", 1), ("tercer", 3), ("decimoquinta", 15)),
        ("seventh", 7),
    ],
)
def test_french_and_spanish_ordinals_are_read_in_either_gender(word, number):
    assert ordinal_word(word) == number


def test_french_and_spanish_counts_are_read_as_numbers():
    assert [cardinal_word(w) for w in ("quatre", "cuatro", "Four", "une", "dieciséis")] == [
        4, 4, 4, 1, 16,
    ]  # fmt: skip
    assert cardinal_word("plusieurs") is None


@pytest.mark.parametrize(
    ("printed", "start", "end"),
    [
        ("du 30 mai au 1er juin 2012", (2012, 5, 30), (2012, 6, 1)),
        ("les 8 et 9 septembre 2020", (2020, 9, 8), (2020, 9, 9)),
        ("del 30 de mayo al 1 de junio de 2012", (2012, 5, 30), (2012, 6, 1)),
        ("los días 8 y 9 de septiembre de 2020", (2020, 9, 8), (2020, 9, 9)),
    ],
)
def test_the_dates_the_writer_prints_in_french_and_spanish_are_read_back(printed, start, end):
    assert read_dates(f"La réunion s’est tenue {printed}.")[:2] == (
        datetime.date(*start), datetime.date(*end),
    )  # fmt: skip


def test_a_vice_chair_who_opens_the_meeting_is_no_chair():
    vice = parse_text(
        "1. La réunion a été ouverte par le Vice-Président du Groupe de travail, M. Juan Pérez "
        "(Chili).\n",
        language="fr",
    )
    assert read_chair(vice.paragraphs) is None


# Formulas of real French and Spanish reports the writer does not use: the meeting held by the
# Working Group, one entity in a sentence, one observer who spoke.
FRENCH_OTHER = """\
IV. Organisation de la réunion

A. Ouverture de la réunion

1. Le Groupe de travail a tenu sa septième réunion à Vienne les 8 et 9 septembre 2020.

B. Déclarations

2. Au titre du point 2 de l’ordre du jour, des déclarations ont été faites par les \
représentants des États parties suivants : Italie et Mexique.
3. L’observateur de la Colombie a également fait une déclaration.

D. Participation

4. L’Union européenne, organisation régionale d’intégration économique partie au Protocole, \
était représentée à la réunion.
"""
SPANISH_OTHER = """\
IV. Organización de la reunión

A. Apertura de la reunión

1. El Grupo de Trabajo celebró su séptima reunión en Viena los días 8 y 9 de septiembre de 2020.

B. Declaraciones

2. En relación con el tema 2 del programa, formularon declaraciones los representantes de los \
siguientes Estados partes: Italia y México.
3. También formuló una declaración el observador de Colombia.

D. Asistencia

4. La Unión Europea, organización regional de integración económica que es parte en el \
Protocolo, estuvo representada en la reunión.
"""


@pytest.mark.parametrize(
    ("text", "language", "venue", "italy", "colombia", "union"),
    [
        (FRENCH_OTHER, "fr", "Vienne", "Italie", "Colombie", "Union européenne"),
        (SPANISH_OTHER, "es", "Viena", "Italia", "Colombia", "Unión Europea"),
    ],
)
def test_the_meeting_one_entity_and_one_observer_are_read_in_other_formulas_too(
    text, language, venue, italy, colombia, union
):
    facts = read_report(parse_text(text, language=language))

    assert (facts.meeting_ordinal, facts.venue) == (7, venue)
    assert (facts.start, facts.end) == (datetime.date(2020, 9, 8), datetime.date(2020, 9, 9))
    assert [(s.capacity, s.speakers, s.agenda_items) for s in facts.statements] == [
        ("party", (italy, {"fr": "Mexique", "es": "México"}[language]), ("2",)),
        ("observer", (colombia,), ("2",)),
    ]
    assert [(a.category, a.names) for a in facts.attendance] == [("reio", (union,))]
