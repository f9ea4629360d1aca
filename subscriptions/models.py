"""Delegates following a body by e-mail, what became public for them, and the mails sent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from documents.models import Document
from meetings.models import Body, Meeting


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Confirmed by a click on the mailed link and not ended: the addresses alerts go to."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscription(models.Model):
    """An e-mail address following one body's new documents, its announced meetings, or both."""

    email = models.EmailField(_("e-mail address"))
    body = models.ForeignKey(
        Body, models.CASCADE, related_name="subscriptions", verbose_name=_("body")
    )
    documents = models.BooleanField(_("new documents"), default=True)
    meetings = models.BooleanField(_("meetings announced"), default=True)
    # The interface language the delegate subscribed in: their mails are written in it, with
    # titles in its content language when the document has one.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # The last confirmation mail: a repeated request sends no other before
    # SUBSCRIPTION_CONFIRMATION_INTERVAL has passed.
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["body", "email"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["email", "body"], name="one_subscription_per_body")
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.body.symbol_prefix}"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None

    def follows(self, publication: "Publication") -> bool:
        return self.documents if publication.document_id else self.meetings


class Publication(models.Model):
    """A document or meeting of a body, from the moment it was first seen public."""

    document = models.OneToOneField(
        Document,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="publication",
        verbose_name=_("document"),
    )
    meeting = models.OneToOneField(
        Meeting,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="publication",
        verbose_name=_("meeting"),
    )
    body = models.ForeignKey(
        Body, models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("body")
    )
    public_since = models.DateTimeField(_("public since"))
    # Set once its deliveries are made for the subscriptions active then: a later subscription
    # is younger than the row, and never gets it.
    planned = models.BooleanField(_("deliveries made"), default=False)

    class Meta:
        ordering = ["-public_since"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        constraints = [
            models.CheckConstraint(
                condition=Q(document__isnull=True) ^ Q(meeting__isnull=True),
                name="publication_of_a_document_or_a_meeting",
            )
        ]
        indexes = [
            models.Index(
                fields=["public_since"], condition=Q(planned=False), name="publication_unplanned"
            )
        ]

    def __str__(self) -> str:
        return str(self.document or self.meeting)


class Delivery(models.Model):
    """One alert mail: one publication to one subscriber, sent at most once."""

    subscription = models.ForeignKey(
        Subscription, models.CASCADE, related_name="deliveries", verbose_name=_("subscription")
    )
    publication = models.ForeignKey(
        Publication, models.CASCADE, related_name="deliveries", verbose_name=_("publication")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # What the mail server answered when it refused the address: such a delivery is not tried
    # again, and it does not hold up the others.
    failure = models.TextField(_("failure"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "publication"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [
            # The sender reads the deliveries still to send, oldest first.
            models.Index(
                fields=["id"],
                condition=Q(sent_at__isnull=True, failure=""),
                name="delivery_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.publication} → {self.subscription.email}"
