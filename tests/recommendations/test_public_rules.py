"""The public rules of one row, on the model: a background paper under a theme, and whether a
recommendation's report may be named to a reader."""

import pytest

from documents.models import Document
from recommendations.models import Recommendation, ThemePaper
from tests.factories import DocumentFactory, RecommendationFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_background_paper_is_public_under_its_theme_when_the_paper_is():
    theme = ThemeFactory()
    general = DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    limited = DocumentFactory(
        symbol="CTOC/COP/WG.7/2020/L.9", distribution=Document.Distribution.LIMITED
    )
    unpublished = DocumentFactory(symbol="CTOC/COP/WG.7/2020/3", published=False)
    withdrawn = DocumentFactory(symbol="CTOC/COP/WG.7/2020/4", withdrawn=True)
    for document in (general, limited, unpublished, withdrawn):
        ThemePaper.objects.create(theme=theme, document=document)

    public = ThemePaper.objects.public()

    assert [entry.document.symbol for entry in public] == ["CTOC/COP/WG.7/2020/2"]


def test_a_recommendation_names_its_report_only_once_the_report_is_public():
    issued = DocumentFactory(symbol="CTOC/COP/WG.7/2020/5", type=Document.Type.REPORT)
    draft = DocumentFactory(
        symbol="CTOC/COP/WG.7/2020/L.1",
        type=Document.Type.DRAFT_REPORT,
        distribution=Document.Distribution.LIMITED,
    )
    RecommendationFactory(number=1, report=issued, meeting=issued.meeting)
    RecommendationFactory(number=2, report=draft, meeting=issued.meeting)
    RecommendationFactory(number=3, report=None, meeting=issued.meeting)

    shown = {row.number: row.report_shown for row in Recommendation.objects.naming_public_reports()}

    assert shown == {1: True, 2: False, 3: False}
