"""Fixtures of the tests of draft reports."""

import pytest

from reports.models import DraftReport
from tests.factories import UserFactory
from tests.reports.test_report_import import SEVENTH, imported


@pytest.fixture
def seventh(seeds) -> DraftReport:
    """The draft report of the seventh meeting (seed 000), in Chinese, as the import stored it."""
    return imported(seeds, SEVENTH).document.draft_report


@pytest.fixture
def other_editor(db):
    return UserFactory(username="second-editor", groups=["Editors"], is_staff=True)
