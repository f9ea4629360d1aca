"""Forms of the documents app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.services.imports import upload_problem
from wgportal.languages import Language


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
