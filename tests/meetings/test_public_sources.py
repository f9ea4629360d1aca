"""Meetings learn which documents are public from documents itself, which stands above them.

A fact read from a document is public when that document is (DESIGN.md, Publication); the rule is
the documents' own, handed to meetings when the portal starts (documents' AppConfig.ready()).
"""

from django.db.models import Q

from documents.models import Document
from meetings.models import sources


def test_documents_hand_meetings_their_rule_when_the_portal_starts():
    assert sources._public_documents == [Document.objects.public]


def test_without_the_rule_only_what_an_editor_entered_is_public(monkeypatch):
    monkeypatch.setattr(sources, "_public_documents", [])

    assert sources.stated_publicly_q() == Q(source__isnull=True)
