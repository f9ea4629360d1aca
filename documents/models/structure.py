"""The structure of one language version: headings, numbered paragraphs, footnotes, references.

Paragraph numbers are the same in every language version of a document, so versions align
paragraph by paragraph on (document, part, number): an annex that numbers its paragraphs from 1
again is a part of its own.
"""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .documents import Document, LanguageVersion, public_document_q


def paragraph_anchor(number: int | None, part: int = 0) -> str:
    """The id of numbered paragraph `number` on its document's page: "para-12".

    An annex's paragraphs are numbered from 1 again, so theirs name the annex: "annex1-para-3".
    The document page, search results and recommendations all link with it.
    """
    if number is None:
        return ""
    return f"annex{part}-para-{number}" if part else f"para-{number}"


class StructureQuerySet(models.QuerySet):
    """Structure rows are public exactly when the document of their version is."""

    def public(self):
        return self.filter(public_document_q("version__document__"))


class Section(models.Model):
    """A heading of a document: chapter (一./I.), section (A.), subsection (1.) or named heading."""

    class Kind(models.TextChoices):
        CHAPTER = "chapter", _("chapter")
        SECTION = "section", _("section")
        SUBSECTION = "subsection", _("subsection")
        HEADING = "heading", _("named heading")

    version = models.ForeignKey(
        LanguageVersion, models.CASCADE, related_name="sections", verbose_name=_("version")
    )
    parent = models.ForeignKey(
        "self",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent heading"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind)
    number = models.CharField(_("number"), max_length=10, blank=True, help_text=_("一, I, A, 1"))
    heading = models.TextField(_("heading"))
    order = models.PositiveIntegerField(_("order"))

    objects = StructureQuerySet.as_manager()

    class Meta:
        ordering = ["version", "order"]
        verbose_name = _("heading")
        verbose_name_plural = _("headings")
        constraints = [
            models.UniqueConstraint(fields=["version", "order"], name="one_section_per_position")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.heading}" if self.number else self.heading

    def clean(self) -> None:
        if self.parent_id and self.parent.version_id != self.version_id:
            raise ValidationError({"parent": _("The parent heading is in another version.")})


class Paragraph(models.Model):
    """A paragraph: numbered (12.), a lettered sub-paragraph ((a)), a bullet or plain text."""

    class Kind(models.TextChoices):
        NUMBERED = "numbered", _("numbered paragraph")
        SUBPARAGRAPH = "subparagraph", _("lettered sub-paragraph")
        BULLET = "bullet", _("bullet")
        TEXT = "text", _("unnumbered text")

    version = models.ForeignKey(
        LanguageVersion, models.CASCADE, related_name="paragraphs", verbose_name=_("version")
    )
    section = models.ForeignKey(
        Section,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="paragraphs",
        verbose_name=_("heading"),
    )
    parent = models.ForeignKey(
        "self",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="subparagraphs",
        verbose_name=_("parent paragraph"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind, default=Kind.NUMBERED)
    number = models.PositiveIntegerField(_("number"), null=True, blank=True)
    label = models.CharField(_("label"), max_length=10, blank=True, help_text=_("(a), (i), -"))
    # An annex that numbers its paragraphs from 1 again ("Annex", then "1. …") is a part of its
    # own, so its numbers do not collide with the body's.
    part = models.PositiveSmallIntegerField(
        _("part"), default=0, help_text=_("0 for the body; 1, 2… for each annex numbered anew")
    )
    order = models.PositiveIntegerField(_("order"))
    text = models.TextField(_("text"))
    # Filled by the import on PostgreSQL (documents.indexing); its GIN index is created by a
    # migration that runs only there, so the embedded SQLite mode keeps the same schema.
    search = SearchVectorField(null=True, editable=False)

    objects = StructureQuerySet.as_manager()

    class Meta:
        ordering = ["version", "order"]
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        constraints = [
            models.UniqueConstraint(fields=["version", "order"], name="one_paragraph_per_position"),
            models.UniqueConstraint(
                fields=["version", "part", "number"],
                condition=models.Q(kind="numbered"),
                name="one_numbered_paragraph_per_number",
            ),
        ]

    def __str__(self) -> str:
        head = f"{self.number}. " if self.number else (f"{self.label} " if self.label else "")
        return f"{head}{self.text[:80]}"

    @property
    def anchor(self) -> str:
        """Its place on the document page ("para-12", "annex1-para-3"); "" when unnumbered."""
        return paragraph_anchor(self.number, self.part) if self.kind == self.Kind.NUMBERED else ""

    def clean(self) -> None:
        if self.kind == self.Kind.NUMBERED and self.number is None:
            raise ValidationError({"number": _("A numbered paragraph needs its number.")})


class Footnote(models.Model):
    """A footnote of a version, with the marker that calls it in the text."""

    version = models.ForeignKey(
        LanguageVersion, models.CASCADE, related_name="footnotes", verbose_name=_("version")
    )
    paragraph = models.ForeignKey(
        Paragraph,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="footnotes",
        verbose_name=_("paragraph calling it"),
    )
    marker = models.CharField(_("marker"), max_length=8, help_text=_("1, 2, * ..."))
    order = models.PositiveIntegerField(_("order"))
    text = models.TextField(_("text"))

    objects = StructureQuerySet.as_manager()

    class Meta:
        ordering = ["version", "order"]
        verbose_name = _("footnote")
        verbose_name_plural = _("footnotes")
        constraints = [
            models.UniqueConstraint(fields=["version", "marker"], name="one_footnote_per_marker")
        ]

    def __str__(self) -> str:
        return f"[{self.marker}] {self.text[:80]}"


class Reference(models.Model):
    """A reference from a paragraph or footnote to another UN symbol or to a URL."""

    class Kind(models.TextChoices):
        SYMBOL = "symbol", _("UN symbol")
        URL = "url", _("URL")

    version = models.ForeignKey(
        LanguageVersion, models.CASCADE, related_name="references", verbose_name=_("version")
    )
    paragraph = models.ForeignKey(
        Paragraph,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="references",
        verbose_name=_("paragraph"),
    )
    footnote = models.ForeignKey(
        Footnote,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="references",
        verbose_name=_("footnote"),
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind)
    target = models.CharField(_("target"), max_length=1000, help_text=_("Symbol or URL as cited"))
    document = models.ForeignKey(
        Document,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="cited_by",
        verbose_name=_("cited document"),
        help_text=_("Set when the portal holds the symbol."),
    )

    objects = StructureQuerySet.as_manager()

    class Meta:
        ordering = ["version", "id"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def __str__(self) -> str:
        return self.target
