"""Public pages of subscriptions: the form, and the pages the mailed links open.

None is cached (`never_cache`): the form carries a CSRF token, and the pages the links open
change a row. A link opens a page with one button: mail scanners that open links in advance
must not confirm or end a subscription by it.
"""

from axes.helpers import get_client_ip_address
from django.core import signing
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from meetings.models import Body

from .forms import SubscriptionForm
from .models import Subscription
from .services import (
    LinkExpired,
    client_may_request,
    confirm_subscription,
    links,
    request_subscription,
    unsubscribe,
)


@never_cache
def subscription_form(request):
    """Subscribe an address to a body's new documents, meetings, or both."""
    if request.method == "POST":
        form = SubscriptionForm(request.POST)
        # The client's address as the sign-in lockout reads it (behind PROXY_COUNT proxies).
        if form.is_valid() and not client_may_request(get_client_ip_address(request)):
            form.add_error(
                None,
                _(
                    "Too many subscription requests have come from your network in the last "
                    "hour. Please try again later."
                ),
            )
            return render(
                request, "subscriptions/subscription_form.html", {"form": form}, status=429
            )
        if form.is_valid():
            subscription = request_subscription(
                email=form.cleaned_data["email"],
                body=form.cleaned_data["body"],
                documents=form.cleaned_data["documents"],
                meetings=form.cleaned_data["meetings"],
                language=get_language(),
            )
            return render(
                request, "subscriptions/subscription_sent.html", {"subscription": subscription}
            )
    else:
        body = Body.objects.public().filter(symbol_prefix=request.GET.get("body", "")).first()
        form = SubscriptionForm(initial={"body": body.symbol_prefix if body else None})
    return render(request, "subscriptions/subscription_form.html", {"form": form})


def invalid_link(request):
    return render(request, "subscriptions/subscription_invalid_link.html", status=400)


@never_cache
def subscription_confirm(request, token: str):
    """The confirmation link: a page with the button that confirms the subscription."""
    if request.method != "POST":
        try:
            links.read_confirm_token(token)
        except signing.BadSignature:
            return invalid_link(request)
        return render(request, "subscriptions/subscription_confirm.html", {"token": token})
    try:
        subscription = confirm_subscription(token=token)
    except (signing.BadSignature, LinkExpired, Subscription.DoesNotExist):
        return invalid_link(request)
    return render(
        request, "subscriptions/subscription_confirmed.html", {"subscription": subscription}
    )


# A mail program's one-click unsubscribe (RFC 8058) POSTs here without a CSRF token; the signed
# link is what authorizes the request.
@csrf_exempt
@never_cache
def subscription_unsubscribe(request, token: str):
    """The unsubscribe link: a page with the button; a POST ends the subscription."""
    if request.method != "POST":
        try:
            links.read_unsubscribe_token(token)
        except signing.BadSignature:
            return invalid_link(request)
        return render(request, "subscriptions/subscription_unsubscribe.html", {"token": token})
    try:
        subscription = unsubscribe(token=token)
    except (signing.BadSignature, Subscription.DoesNotExist):
        return invalid_link(request)
    return render(
        request, "subscriptions/subscription_unsubscribed.html", {"subscription": subscription}
    )
