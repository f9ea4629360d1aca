"""The language of a text: the one the importer gives, else the one its script and words show."""

import pytest

from documents.parsing.results import ParseError
from documents.parsing.structure import parse_text


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("工作组举行了会议并通过了报告。", "zh"),
        ("The Working Group adopted the report of the meeting.", "en"),
        ("Le Groupe de travail a adopté le rapport de la réunion et les recommandations.", "fr"),
        ("El Grupo de trabajo aprobó el informe de la reunión y las recomendaciones.", "es"),
        ("Рабочая группа утвердила доклад о работе совещания.", "ru"),
        ("واعتمد الفريق العامل تقرير الاجتماع.", "ar"),
    ],
)
def test_the_language_is_detected_when_the_importer_does_not_give_it(
    paragraph: str, language: str
) -> None:
    assert parse_text(f"I. Introduction\n\n1. {paragraph}\n").masthead.language == language


def test_the_language_the_importer_gives_wins() -> None:
    parsed = parse_text("I. Introduction\n\n1. The Working Group met.\n", language="fr")

    assert parsed.masthead.language == "fr"


def test_an_unknown_language_code_is_refused() -> None:
    with pytest.raises(ParseError, match="six languages"):
        parse_text("I. Introduction\n\n1. Text.\n", language="de")


def test_a_masthead_that_names_its_language_is_believed() -> None:
    parsed = parse_text("Distr.: General\nFrench\n\nI. Introduction\n\n1. The Working Group met.\n")

    assert parsed.masthead.language == "fr"
