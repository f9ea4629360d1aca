"""Forms of the editors' report pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from reports.models import DraftReport
from reports.services.generation.storing import written_languages
from wgportal.languages import Language


def version_started_from() -> forms.IntegerField:
    """The version of the section an editor's page was opened at, which a save names."""
    return forms.IntegerField(
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The version you started from is missing: reload the page."),
            "invalid": _("The version you started from is not a number: reload the page."),
            "min_value": _("The version you started from is not a number: reload the page."),
        },
    )


class SectionTextForm(forms.Form):
    """An editor's text of a report section, with the version of it they started from."""

    text = forms.CharField(
        label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 20})
    )
    version = version_started_from()

    def __init__(self, *args, language: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The text is in the section's language, whatever the interface's: spell-checking,
        # fonts and screen readers follow the textarea's lang.
        self.fields["text"].widget.attrs["lang"] = language

    def clean_text(self) -> str:
        # Browsers send a textarea's line breaks as CRLF; a section keeps one paragraph a line.
        return self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")


class RestoreSectionForm(forms.Form):
    """An earlier version of a section to save again, and the version the editor sees as current."""

    history_id = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class MoveReportForm(forms.Form):
    """The next step of a report's workflow, with a note for its history."""

    to = forms.ChoiceField(label=_("Next status"), choices=DraftReport.Status.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)
    # Publication only: the workflow checks it (reports.services.reissue.reissue_symbol).
    symbol = forms.CharField(label=_("General symbol"), required=False, max_length=120)


class ReportLanguagesForm(forms.Form):
    """The languages a report is (re)written in, of those the writer has wording for.

    Unticked languages are left as they are. A request that does not come from the form (a
    script posting to the address) names none: `languages` is then None, and the service writes
    a new report in every language, a regenerated one in those it has.
    """

    # The form was sent: no box ticked and no form at all both send no language.
    chosen = forms.BooleanField(required=False, widget=forms.HiddenInput)
    languages = forms.MultipleChoiceField(
        label=_("Languages of this report"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, languages=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        written = written_languages()
        field = self.fields["languages"]
        field.choices = [(code, name) for code, name in Language.choices if code in written]
        field.initial = list(languages or written)

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("chosen"):
            cleaned["languages"] = None
        elif not cleaned.get("languages"):
            raise forms.ValidationError(_("Choose at least one language for the report."))
        return cleaned


class GenerateReportForm(ReportLanguagesForm):
    """A new draft report: in every language unless the editor leaves some out (a secretariat
    may draft in its working languages first)."""


class RegenerateReportForm(ReportLanguagesForm):
    """Regenerating a report in its languages (an editor may tick one more), with the date set
    for its adoption (chapter V states it)."""

    adopted_on = forms.DateField(
        label=_("Date set for adoption"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class ProposalDecisionForm(forms.Form):
    """An editor's taking or leaving of a proposed text, with the section version they compared."""

    version = version_started_from()
