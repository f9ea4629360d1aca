"""Forms of the recommendations app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from meetings.forms import QuickSelect, row_filter

from .models import Recommendation


class RecommendationFilterForm(forms.Form):
    """The filters of the index of recommendations; the choices are the public ones."""

    body = row_filter(_("Body"))
    meeting = row_filter(_("Meeting"))
    theme = row_filter(_("Theme"))
    # Draft recommendations are never public, so offering them would always find nothing; the
    # filter still narrows within what public() returns should other statuses be added.
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            ("", _("Any status")),
            *[
                (value, label)
                for value, label in Recommendation.Status.choices
                if value != Recommendation.Status.DRAFT
            ],
        ],
        required=False,
        widget=QuickSelect,
    )
    text = forms.CharField(
        label=_("Words in the text"),
        help_text=_("Searched in the text in the reading language."),
        max_length=200,
        required=False,
        widget=forms.SearchInput,
    )

    def __init__(self, *args, bodies, meetings, themes, **kwargs) -> None:
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["body"].choices = [("", _("Any body")), *bodies]
        self.fields["meeting"].choices = [("", _("Any meeting")), *meetings]
        self.fields["theme"].choices = [("", _("Any theme")), *themes]
