"""The search box and its filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.models import Document
from meetings.forms import QuickSelect, row_filter
from wgportal.languages import Language


class SearchForm(forms.Form):
    """The search box and its filters; the choices are the public ones, read by the view."""

    q = forms.CharField(
        label=_("Search for"), max_length=200, required=False, widget=forms.SearchInput
    )
    body = row_filter(_("Body"))
    meeting = row_filter(_("Meeting"))
    year = row_filter(_("Year"))
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *Language.choices],
        required=False,
        widget=QuickSelect,
    )
    type = forms.ChoiceField(label=_("Document type"), required=False, widget=QuickSelect)
    theme = row_filter(_("Theme"))
    page = forms.IntegerField(min_value=1, max_value=10_000, required=False)

    def __init__(self, *args, bodies, meetings, years, themes, **kwargs) -> None:
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["body"].choices = [("", _("Any body")), *bodies]
        self.fields["meeting"].choices = [("", _("Any meeting")), *meetings]
        self.fields["year"].choices = [("", _("Any year")), *years]
        self.fields["theme"].choices = [("", _("Any theme")), *themes]
        # Draft reports are never public, so searching for them would always find nothing.
        self.fields["type"].choices = [
            ("", _("Any type")),
            *[
                (value, label)
                for value, label in Document.Type.choices
                if value != Document.Type.DRAFT_REPORT
            ],
        ]
