"""Forms of the documents app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.models import Document
from documents.services.imports import upload_problem
from meetings.forms import QuickSelect, row_filter
from meetings.languages import Language


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files from one input and cleans each of them."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list:
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ImportUploadForm(forms.Form):
    """Texts an importer uploads: each file becomes one import job."""

    files = MultipleFileField(
        label=_("Files"),
        help_text=_("Plain text, Markdown, Word (.docx) or PDF; several at once."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Detect from the text")), *Language.choices],
        required=False,
    )

    def clean_files(self) -> list:
        files = self.cleaned_data["files"]
        problems = [upload_problem(name=upload.name, size=upload.size) for upload in files]
        if any(problems):
            raise forms.ValidationError([problem for problem in problems if problem])
        return files


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
