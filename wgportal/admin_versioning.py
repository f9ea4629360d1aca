"""The admin's change forms under the same optimistic locking as the API and the editor pages.

A change form carries the version its row had when the page was opened (a hidden field). On
save the row is locked (SELECT ... FOR UPDATE, inside the admin view's transaction) and compared.
When it moved on since, the row's history tells, field by field, who changed what:
- the other person changed fields this form sends (whether or not this editor touched them):
  refused, nothing on the page is written, and under each such field the form says what the
  other person saved; the values sent stay in the form, now at the stored version, so saving
  again is a deliberate choice of them;
- only the other person changed the row (this editor sent it back as opened, e.g. an inline
  row they did not touch): that row is left as stored and the rest of the page is saved;
- the other person changed only what the form does not hold (a report section's text): saved.
A save raises the version by one, so an API client or editor page holding the old version is
refused in turn (wgportal.versioning). Inline rows (agenda items, attendance, report sections)
are checked alike, and a revert from the history page too.
"""

from django import forms
from django.contrib.admin.utils import display_for_field, flatten_fieldsets
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.db import models, router, transaction
from django.forms.models import BaseInlineFormSet, InlineForeignKeyField, model_to_dict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

OPENED_VERSION = "opened_version"


class OpenedVersionField(forms.IntegerField):
    """The version the page was opened at; sent back, never a change of its own."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data) -> bool:
        # The page opened at version 3 still sends 3 when the row is at 4: that is the staleness
        # clean() looks for, not a change an editor made. Counted as one, it would mark every
        # inline row changed, save rows nobody touched and write "Changed opened version" into
        # the history.
        return False


class VersionCheckedForm(forms.ModelForm):
    """A model form that refuses to save over a version newer than the one it was opened at."""

    opened_version = OpenedVersionField(required=False, min_value=0)

    # The admin saves its main row whether or not a field changed; an inline formset saves only
    # the rows whose fields changed, so an untouched inline row needs no lock and no check.
    saved_when_unchanged = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_version: int | None = None
        self.untouched = False
        if self.instance.pk is not None:
            self.fields[OPENED_VERSION].initial = self.version_stored_now()

    def version_stored_now(self) -> int:
        # A revert page (django-simple-history) edits the row as it was at an older version;
        # the save it may make is checked against the row as it is now, so that is the version
        # the page is opened at.
        if getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None) is None:
            return self.instance.version
        model = type(self.instance)
        return (
            model._default_manager.filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
            or 0
        )

    def clean(self):
        cleaned_data = super().clean()
        model = type(self.instance)
        if self.has_error(model._meta.pk.name, "invalid_choice"):
            # An inline row's hidden key names a row no longer there: Django says only "Select a
            # valid choice", under a field nobody sees.
            self.add_error(None, deleted(model))
        if self.instance._state.adding or self.instance.pk is None:
            return cleaned_data
        if not (self.saved_when_unchanged or self.has_changed()):
            return cleaned_data
        # Locked until the admin view's transaction ends: a second save of the same row waits
        # here for the first to commit, then finds its version raised.
        current = model._default_manager.select_for_update().filter(pk=self.instance.pk).first()
        if current is None:
            raise deleted(model)
        opened = cleaned_data.get(OPENED_VERSION)
        if opened != current.version:
            differing = self.fields_differing_from(current)
            before = row_at_version(current, opened)
            yours = [name for name in differing if self.changed_since(before, name)]
            theirs = [name for name in differing if changed_between(before, current, name)]
            if differing and not yours:
                # Only the other person changed this row: the values sent are the ones the page
                # was opened with, and writing them back would undo the other save. So nothing
                # is written here, and the rest of the page (other inline rows) is saved.
                self.untouched = True
                self.changed_data = []
                return cleaned_data
            if theirs:
                self.refuse(current=current, opened=opened, theirs=theirs)
                return cleaned_data
            # Otherwise what the other person saved is in fields this form does not hold (a
            # report section's text), or equal to what was sent: saving loses none of it.
        # What is not on the form is written back as it is stored now, not as the page read it
        # before the lock (a row is saved whole).
        for field in model._meta.concrete_fields:
            if field.name not in self.fields and not field.primary_key:
                setattr(self.instance, field.attname, getattr(current, field.attname))
        self.stored_version = current.version
        return cleaned_data

    def fields_differing_from(self, current: models.Model) -> list[str]:
        """The form's fields whose value sent differs from the one stored in `current`."""
        opts = current._meta
        names = []
        for name, field in self.fields.items():
            if name == OPENED_VERSION or field.disabled or isinstance(field, InlineForeignKeyField):
                continue
            try:
                model_field = opts.get_field(name)
            except FieldDoesNotExist:
                continue  # a formset's DELETE or ORDER box
            if not model_field.primary_key and self.fields[name].has_changed(
                value_of(current, name), self[name].data
            ):
                names.append(name)
        return names

    def changed_since(self, before: models.Model | None, name: str) -> bool:
        """Whether the value sent differs from the one the page was opened with (if known)."""
        if before is None or before._meta.get_field(name).many_to_many:
            return True
        return self.fields[name].has_changed(value_of(before, name), self[name].data)

    def refuse(self, *, current: models.Model, opened: int | None, theirs: list[str]) -> None:
        """Nothing is saved; the form keeps what was sent and shows what is stored beside it."""
        saved_by = last_saved_by(current)
        if saved_by:
            message = _(
                "%(user)s saved this %(model)s (now version %(current)s) after you opened "
                "version %(opened)s: nothing was saved. Under each field %(user)s changed you "
                "see what they saved; your values are still in the form. Save again to replace "
                "theirs with yours."
            )
        else:
            message = _(
                "Someone else saved this %(model)s (now version %(current)s) after you opened "
                "version %(opened)s: nothing was saved. Under each field they changed you see "
                "what they saved; your values are still in the form. Save again to replace "
                "theirs with yours."
            )
        model = current._meta.verbose_name
        params = {"user": saved_by, "model": model, "current": current.version, "opened": opened}
        self.add_error(None, forms.ValidationError(message, code="stale", params=params))
        for name in theirs:
            self.add_error(
                name,
                forms.ValidationError(
                    _("Saved meanwhile: %(value)s"),
                    code="stale",
                    params={"value": shown(current, name)},
                ),
            )
        # The page now stands at the stored version: saving it again is a deliberate choice of
        # the values in the form over those shown under them.
        self.data = self.data.copy()
        self.data[self.add_prefix(OPENED_VERSION)] = str(current.version)

    def _save_m2m(self):
        if not self.untouched:
            super()._save_m2m()

    def save(self, commit=True):
        if self.stored_version is not None:
            self.instance.version = self.stored_version + 1
        return super().save(commit)


class VersionCheckedInlineForm(VersionCheckedForm):
    saved_when_unchanged = False


class VersionCheckedInlineFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        # The admin shows only the rows still stored, so a row deleted meanwhile is not on the
        # page again to carry its error: the message goes above the inline rows.
        for form in self.initial_forms:
            if form.has_error(forms.forms.NON_FIELD_ERRORS, "deleted"):
                raise deleted(self.model)


def deleted(model: type[models.Model]) -> forms.ValidationError:
    return forms.ValidationError(
        _("This %(model)s was deleted by someone else after you opened it: nothing was saved."),
        code="deleted",
        params={"model": model._meta.verbose_name},
    )


def row_at_version(row: models.Model, version: int | None) -> models.Model | None:
    """The row as its history recorded it at `version`, None when the history does not say."""
    history = getattr(row, "history", None)
    if history is None or version is None:
        return None
    record = history.filter(version=version).order_by("-history_date", "-history_id").first()
    return record.instance if record else None


def changed_between(before: models.Model | None, after: models.Model, name: str) -> bool:
    """Whether a field's stored value changed from `before` (unknown: assumed changed)."""
    if before is None or after._meta.get_field(name).many_to_many:
        return True
    return value_of(before, name) != value_of(after, name)


def value_of(row: models.Model, name: str):
    """A field's value as a model form starts from it (a related row's key, a list of rows)."""
    return model_to_dict(row, fields=[name]).get(name)


def last_saved_by(row: models.Model) -> str:
    """Who made the row's last save, as its history recorded them ("" when it did not)."""
    history = getattr(row, "history", None)
    last = history.only("history_user").select_related("history_user").first() if history else None
    user = getattr(last, "history_user", None)
    return user.get_username() if user else ""


def shown(row: models.Model, name: str) -> str:
    """A stored value as the admin shows it: a choice's label, a related row's name, yes/no."""
    field = row._meta.get_field(name)
    if field.many_to_many:
        value = list(getattr(row, name).all())
    elif field.is_relation:
        value = getattr(row, name)
    else:
        value = getattr(row, field.attname)
    if isinstance(field, models.BooleanField):
        return gettext("yes") if value else gettext("no")
    return str(display_for_field(value, field, "—"))


def with_opened_version(fieldsets):
    """The fieldsets with the hidden field in the first one, unless it is there already."""
    if OPENED_VERSION in flatten_fieldsets(fieldsets):
        return fieldsets
    (name, options), *rest = fieldsets
    return [(name, {**options, "fields": [*options["fields"], OPENED_VERSION]}), *rest]


class VersionedAdmin:
    """For the ModelAdmin of a versioned model: its change form checks and raises `version`."""

    form = VersionCheckedForm

    def get_fieldsets(self, request, obj=None):
        return with_opened_version(super().get_fieldsets(request, obj))

    def save_model(self, request, obj, form, change):
        # The admin saves its row even when nothing on it changed; a row only someone else
        # changed since the page was opened keeps what they saved.
        if not getattr(form, "untouched", False):
            super().save_model(request, obj, form, change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history's revert page saves outside a transaction; the version check's
        # lock needs one.
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if self.list_editable:
            # Rows edited in the change list are saved without the version they were read at.
            errors.append(
                checks.Error(
                    "A versioned model's admin cannot have list_editable.",
                    obj=type(self),
                    id="wgportal.E001",
                )
            )
        return errors


class VersionedInline:
    """For an inline of a versioned model: each changed row is checked and raised alike."""

    form = VersionCheckedInlineForm
    formset = VersionCheckedInlineFormSet

    def get_fieldsets(self, request, obj=None):
        return with_opened_version(super().get_fieldsets(request, obj))
