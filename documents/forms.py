"""Forms of the documents app."""

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from meetings.languages import Language

IMPORTABLE_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


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
        for upload in files:
            if PurePath(upload.name).suffix.lower() not in IMPORTABLE_SUFFIXES:
                raise forms.ValidationError(
                    _("%(name)s: only %(suffixes)s files can be imported."),
                    params={"name": upload.name, "suffixes": ", ".join(IMPORTABLE_SUFFIXES)},
                )
            if upload.size > settings.MAX_UPLOAD_SIZE:
                raise forms.ValidationError(
                    _("%(name)s is %(size)s; the limit is %(limit)s."),
                    params={
                        "name": upload.name,
                        "size": filesizeformat(upload.size),
                        "limit": filesizeformat(settings.MAX_UPLOAD_SIZE),
                    },
                )
        return files
