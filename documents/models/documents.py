"""A UN document, identified by its symbol, and its versions in the six languages."""

import re
from collections.abc import Iterable

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from documents.parsing import symbols
from meetings.models import AgendaItem, Body, Meeting
from meetings.withdrawal import Withdrawable
from wgportal.languages import FALLBACK_ORDER, Language


def public_document_q(prefix: str = "") -> Q:
    """The one rule for documents an anonymous reader may see.

    Published, of General distribution (Limited and Restricted never), not a draft report, not
    withdrawn by an editor, and not of a body an editor unpublished or withdrew. Whatever its
    meeting's state: a General document is public at the UN once issued, so a meeting not yet
    announced (or withdrawn) does not hide it; its page then says nothing of that meeting
    (`with_public_meeting`). Language versions, paragraphs, footnotes and search rows build
    their `public()` on this with their lookup prefix.
    """
    issued = Q(
        **{
            f"{prefix}published": True,
            f"{prefix}distribution": Document.Distribution.GENERAL,
            f"{prefix}withdrawn": False,
        }
    ) & ~Q(**{f"{prefix}type": Document.Type.DRAFT_REPORT})
    return issued & (
        Q(**{f"{prefix}body__isnull": True})
        | Q(**{f"{prefix}body__published": True, f"{prefix}body__withdrawn": False})
    )


def document_year_q(year: int, prefix: str = "") -> Q:
    """Documents of a year: their meeting's opening year, else their issue date's without one."""
    return Q(**{f"{prefix}meeting__start_date__year": year}) | Q(
        **{f"{prefix}meeting__isnull": True, f"{prefix}issue_date__year": year}
    )


# Newest first, undated last, then by symbol: the order of document lists and search results.
NEWEST_FIRST = (F("issue_date").desc(nulls_last=True), F("symbol"), F("id"))

# The address of a document without a symbol: "~" and its id. A symbol is letters, digits and
# "/.()*", so no symbol can be read as one, and none can be mistaken for it.
UNNUMBERED_ADDRESS = re.compile(r"~([1-9][0-9]{0,17})")


class DocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public_document_q())

    def with_public_meeting(self):
        """Annotated `meeting_is_public`, by the meetings' own rule: a public document of a
        meeting not announced (or withdrawn) must not name it (see `Document.public_meeting`)."""
        return self.annotate(
            meeting_is_public=Exists(Meeting.objects.public().filter(pk=OuterRef("meeting_id")))
        )

    def at_address(self, address: str):
        """The document a page or API address names: by its symbol, or "~<id>" without one."""
        if match := UNNUMBERED_ADDRESS.fullmatch(address):
            # Only a document without a symbol answers at its id: one address per document.
            return self.filter(pk=int(match[1]), symbol__isnull=True)
        return self.filter(symbol=address)

    def with_text(self):
        """Documents with a text on the portal: a language version holding paragraphs.

        A document known only by citation (seed 000 lists the papers before the meeting) has
        its row but nothing to read; the feed and the e-mail alerts announce only what can be read.
        """
        # Through the versions' reverse relation: structure.py imports this module, not back.
        held = LanguageVersion.objects.filter(document=OuterRef("pk"), paragraphs__isnull=False)
        return self.filter(Exists(held))

    def with_symbol_prefix(self, prefix: str):
        return self.filter(symbol__startswith=prefix)

    def get_or_create_cited(self, symbol: str, *, defaults: dict) -> tuple["Document", bool]:
        """The document a text cites by `symbol`, created when the portal does not hold it yet.

        Only its symbol is known, and the symbol says its distribution: "L." Limited, "R."
        Restricted, else General. Only a General one is public, as if it had been imported: a
        draft listed among the documents before a meeting ("CTOC/COP/WG.7/2020/L.1") is not.
        """
        distribution = symbols.parse(symbol).distribution_hint
        return self.get_or_create(
            symbol=symbol,
            defaults={
                **defaults,
                "distribution": distribution,
                "published": distribution == Document.Distribution.GENERAL,
            },
        )


class Document(Withdrawable):
    """A UN document: one symbol shared by all its language versions."""

    class Type(models.TextChoices):
        PROVISIONAL_AGENDA = "provisional_agenda", _("provisional agenda")
        BACKGROUND_PAPER = "background_paper", _("background paper")
        SECRETARIAT_REPORT = "secretariat_report", _("report of the secretariat")
        DRAFT_REPORT = "draft_report", _("draft report")
        REPORT = "report", _("report")
        LIST_OF_PARTICIPANTS = "list_of_participants", _("list of participants")
        CONFERENCE_ROOM_PAPER = "conference_room_paper", _("conference room paper")
        THEMATIC_SUMMARY = "thematic_summary", _("thematic summary")
        RESOLUTION = "resolution", _("resolution")
        OTHER = "other", _("other")

    class Distribution(models.TextChoices):
        GENERAL = "general", _("General")
        LIMITED = "limited", _("Limited")
        RESTRICTED = "restricted", _("Restricted")

    symbol = models.CharField(
        _("symbol"),
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        help_text=_("CTOC/COP/WG.7/2020/2; empty for a draft not yet numbered."),
    )
    # The symbol's parts, set from `symbol` on save, so lists filter by body and year in SQL.
    symbol_body = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    symbol_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    symbol_nature = models.CharField(max_length=8, blank=True, editable=False)
    symbol_number = models.CharField(max_length=20, blank=True, editable=False)
    symbol_modifiers = models.CharField(max_length=60, blank=True, editable=False)

    type = models.CharField(_("type"), max_length=24, choices=Type, default=Type.OTHER)
    distribution = models.CharField(
        _("distribution"), max_length=12, choices=Distribution, default=Distribution.GENERAL
    )
    issue_date = models.DateField(_("issue date"), null=True, blank=True)
    original_language = models.CharField(
        _("original language"), max_length=2, choices=Language, blank=True
    )
    job_number = models.CharField(
        _("job number"), max_length=20, blank=True, help_text=_("As in the footer: V.20-03080")
    )
    body = models.ForeignKey(
        Body,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("body"),
    )
    meeting = models.ForeignKey(
        Meeting,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("meeting"),
    )
    agenda_items = models.ManyToManyField(
        AgendaItem, blank=True, related_name="documents", verbose_name=_("agenda items")
    )
    published = models.BooleanField(_("published"), default=False)
    # The document this one is reissued from: an adopted report issued for general distribution
    # under its own symbol replaces its draft ("CTOC/COP/WG.7/2020/L.1", or a draft printed
    # without a symbol), which stays Limited. SET_NULL: removing a draft leaves the report issued.
    replaces = models.OneToOneField(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
        help_text=_("The draft this document was reissued from."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[agenda_items])

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issue_date", "symbol"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        # NEWEST_FIRST has its index too, made by migration 0005: SQLite takes no NULLS LAST.
        indexes = [models.Index(fields=["symbol_body", "symbol_year"])]

    def __str__(self) -> str:
        if self.symbol:
            return self.symbol
        return _("%(type)s without a symbol (#%(pk)s)") % {
            "type": self.get_type_display(),
            "pk": self.pk,
        }

    def save(self, *args, **kwargs) -> None:
        parsed = symbols.parse(self.symbol) if self.symbol else None
        self.symbol = str(parsed) if parsed else None
        self.symbol_body = parsed.body if parsed else ""
        self.symbol_year = parsed.year if parsed else None
        self.symbol_nature = (parsed.nature or "") if parsed else ""
        self.symbol_number = parsed.number if parsed else ""
        self.symbol_modifiers = parsed.modifiers_text if parsed else ""
        if self.meeting_id and not self.body_id:
            self.body_id = self.meeting.body_id
        super().save(*args, **kwargs)

    def get_absolute_url(self, anchor: str = "") -> str:
        """Where the document is read, at a paragraph when `anchor` names one ("para-12")."""
        url = reverse("document-detail", args=[self.address])
        return f"{url}#{anchor}" if anchor else url

    def version_for(
        self,
        language: str,
        *,
        titled: bool = False,
        among: "Iterable[LanguageVersion] | None" = None,
    ) -> "LanguageVersion | None":
        """The language version shown to a reader of `language`: theirs, else the first held in
        FALLBACK_ORDER, the order titles and names fall back in.

        Every page, search, API answer, feed and mail picks a version so, and a document held in
        Arabic and English shows the same one to a French reader everywhere. It reads
        `versions.all()`, prefetched by lists; `titled` keeps the versions with a title (for lists
        that show one), `among` the versions a search matched.
        """
        held = {
            version.language: version
            for version in (self.versions.all() if among is None else among)
            if version.title or not titled
        }
        return next((held[code] for code in (language, *FALLBACK_ORDER) if code in held), None)

    @property
    def address(self) -> str:
        """What its page and API addresses hold: the symbol, else "~<id>" (UNNUMBERED_ADDRESS)."""
        return self.symbol or f"~{self.pk}"

    @property
    def public_meeting(self) -> Meeting | None:
        """Its meeting when the public may see it (read `with_public_meeting()`), else None."""
        return self.meeting if getattr(self, "meeting_is_public", False) else None

    @property
    def undocs_url(self) -> str:
        return symbols.undocs_url(self.symbol) if self.symbol else ""

    def clean(self) -> None:
        if self.symbol:
            try:
                self.symbol = symbols.normalize(self.symbol)
            except symbols.SymbolError as error:
                raise ValidationError({"symbol": str(error)}) from error


class LanguageVersionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public_document_q("document__"))


def source_file_path(version: "LanguageVersion", filename: str) -> str:
    return f"sources/{version.document_id}/{version.language}/{filename}"


class LanguageVersion(models.Model):
    """One language version of a document: its title, source file and structure."""

    document = models.ForeignKey(
        Document, models.CASCADE, related_name="versions", verbose_name=_("document")
    )
    language = models.CharField(_("language"), max_length=2, choices=Language)
    title = models.TextField(_("title"), blank=True)
    source_file = models.FileField(
        _("source file"), upload_to=source_file_path, blank=True, max_length=300
    )
    checksum = models.CharField(
        _("checksum (SHA-256)"),
        max_length=64,
        blank=True,
        db_index=True,  # an import first looks for the same file among the versions
        help_text=_("Of the source file"),
    )
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    # How a text printed without its symbol is found again when it comes in another format
    # (documents.fingerprints): the same text is the same version, whatever the file.
    fingerprint = models.CharField(
        _("fingerprint of the text"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Of its letters and digits, the same in every file format"),
    )
    # Chinese versions only (documents.indexing.index_latin_terms): the words in other
    # scripts of all its paragraphs ("covid", "19"), without positions. A search in those scripts
    # passes over a Chinese version that holds none of its words without reading its paragraphs.
    latin_terms = SearchVectorField(null=True, editable=False)
    history = HistoricalRecords(excluded_fields=["latin_terms"])

    objects = LanguageVersionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "language"]
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language"], name="one_version_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.document} [{self.language}]"
