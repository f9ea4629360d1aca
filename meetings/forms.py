"""Choices of bodies and meetings for the public pages' filter forms, and their select box; the
admin's upload of a list of participants."""

import html

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wgportal.languages import content_language

from .models import Body, Meeting


def body_choices() -> list[tuple[int, str]]:
    """The public bodies, by symbol prefix and name in the interface's language.

    Options are part of the form, so they are named in the interface's language, as its labels.
    """
    language = content_language(get_language())
    return [
        (body.pk, f"{body.symbol_prefix} {body.name_in(language)}".strip())
        for body in Body.objects.public().order_by("symbol_prefix")
    ]


def meeting_choices() -> list[tuple[int, str]]:
    """The public meetings, latest first within each body: "CTOC/COP/WG.7, meeting 7 (2020)"."""
    label = _("%(body)s, meeting %(ordinal)s (%(year)s)")
    meetings = (
        Meeting.objects.public()
        .order_by("body__symbol_prefix", "-start_date")
        .values_list("pk", "body__symbol_prefix", "ordinal", "start_date")
    )
    return [
        (pk, label % {"body": body, "ordinal": ordinal, "year": start.year})
        for pk, body, ordinal, start in meetings
    ]


def row_filter(label) -> forms.TypedChoiceField:
    """A filter naming one row by id (a body, meeting, year or theme); its choices set later."""
    return forms.TypedChoiceField(
        label=label, coerce=int, empty_value=None, required=False, widget=QuickSelect
    )


class QuickSelect(forms.Select):
    """A select box written out in Python rather than one template per option.

    The search and recommendations filters list every public meeting; through Django's option
    template, two hundred of them cost more than the rest of the page. The markup is the same.
    """

    def render(self, name, value, attrs=None, renderer=None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html("<select{}>", flatatt({**widget["attrs"], "name": widget["name"]}))]
        # The standard library's escape: Django's, made for lazy text, costs five times more.
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(format_html('<optgroup label="{}">', group))
            parts += [
                f'<option value="{html.escape(str(option["value"]))}"'
                f"{' selected' if option['selected'] else ''}>"
                f"{html.escape(str(option['label']))}</option>"
                for option in options
            ]
            if group:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("".join(parts))


class ParticipantUploadForm(forms.Form):
    """A meeting's list of participants as a table, for the admin's upload page."""

    meeting = forms.ModelChoiceField(
        queryset=Meeting.objects.select_related("body"), label=gettext_lazy("meeting")
    )
    file = forms.FileField(
        label=gettext_lazy("file"),
        help_text=gettext_lazy(
            "A .csv (UTF-8) or .xlsx file whose first row names the columns name, title, "
            "function, delegation and category; a delegation by its code (AR, IOM) or any of its "
            "names, a category by its code (state_party) or its name. The file replaces the "
            "participants editors entered for the meeting; those read from an imported list stay."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("%(name)s is %(size)s; the limit is %(limit)s.")
                % {
                    "name": upload.name,
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.MAX_UPLOAD_SIZE),
                }
            )
        return upload
