"""The form a delegate subscribes with."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from meetings.models import Body


class BodyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, body: Body) -> str:
        name = body.name_in(get_language())
        return f"{body.symbol_prefix} {name}".strip()


class SubscriptionForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    body = BodyChoiceField(
        label=_("Body"),
        queryset=Body.objects.public(),
        to_field_name="symbol_prefix",
        empty_label=None,
    )
    documents = forms.BooleanField(label=_("New documents"), required=False, initial=True)
    meetings = forms.BooleanField(label=_("Meetings announced"), required=False, initial=True)

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("documents") and not cleaned.get("meetings"):
            raise forms.ValidationError(
                _("Choose new documents, meetings announced, or both."), code="nothing"
            )
        return cleaned
