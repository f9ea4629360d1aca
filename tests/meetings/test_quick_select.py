"""The filters' select box, written out in Python, gives Django's own Select markup."""

from django import forms
from django.test.html import parse_html

from meetings.forms import QuickSelect

CHOICES = [
    ("", "Any meeting"),
    (1, "CTOC/COP/WG.7, meeting 7 (2020)"),
    (2, 'A "quoted" <name> & co'),
    ("Older", [(3, "meeting 1 (2012)"), (4, "会议 2 (2013)")]),
]


def test_the_quick_select_writes_the_markup_djangos_select_writes():
    for value in ("", 2, 4, None):
        attrs = {"id": "id_meeting", "class": "filter"}
        quick = QuickSelect(choices=CHOICES).render("meeting", value, attrs=attrs)
        django = forms.Select(choices=CHOICES).render("meeting", value, attrs=attrs)
        assert parse_html(quick) == parse_html(django)
    assert "&lt;name&gt; &amp; co" in QuickSelect(choices=CHOICES).render("meeting", None)
