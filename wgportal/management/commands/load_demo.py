"""manage.py load_demo: write the demo dataset (two invented meetings of the Working Group)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wgportal.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo dataset: the Working Group on the Smuggling of Migrants at two invented "
        "meetings, with documents, a draft report, recommendations and two logins. Running it "
        "again restores the demo rows and adds none. With DEBUG off the logins, whose password "
        "is public, are only created when asked for (--with-accounts or DEMO_ACCOUNTS=1)."
    )

    def add_arguments(self, parser) -> None:
        accounts = parser.add_mutually_exclusive_group()
        accounts.add_argument(
            "--with-accounts",
            action="store_true",
            help="Create the demo logins even with DEBUG off.",
        )
        accounts.add_argument(
            "--without-accounts", action="store_true", help="Load the data, create no login."
        )

    def handle(self, *args, **options) -> None:
        accounts = self.accounts_wanted(options)
        result = load_demo(accounts=accounts)
        width = max(len(row.label) for row in result.rows)
        for row in result.rows:
            created = f"  ({row.created} new)" if row.created else ""
            self.stdout.write(f"{row.label:<{width}}  {row.present:>4}{created}")
        self.stdout.write(self.style.SUCCESS(f"Demo loaded: {result.created} rows created."))
        for username in result.accounts:
            self.stdout.write(f"Log in as {username!r} with the password {DEMO_PASSWORD!r}.")

    @staticmethod
    def accounts_wanted(options) -> bool:
        # What the command is told wins over the environment, which wins over the default.
        if options["with_accounts"] or options["without_accounts"]:
            return options["with_accounts"]
        if settings.DEMO_ACCOUNTS is not None:
            return settings.DEMO_ACCOUNTS
        if settings.DEBUG:
            return True
        raise CommandError(
            "DEBUG is off, so this may be a deployment: the demo logins' password is public and "
            "would let anyone in. Nothing was loaded. Run `load_demo --without-accounts` to load "
            "the data alone, or `load_demo --with-accounts` (or set DEMO_ACCOUNTS=1) if you do "
            "want the logins."
        )
