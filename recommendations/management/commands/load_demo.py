"""manage.py load_demo: write the demo dataset (two invented meetings of the Working Group)."""

from django.core.management.base import BaseCommand

from recommendations.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo dataset: the Working Group on the Smuggling of Migrants at two invented "
        "meetings, with documents, a draft report, recommendations and two logins. Running it "
        "again restores the demo rows and adds none."
    )

    def handle(self, *args, **options) -> None:
        result = load_demo()
        width = max(len(row.label) for row in result.rows)
        for row in result.rows:
            created = f"  ({row.created} new)" if row.created else ""
            self.stdout.write(f"{row.label:<{width}}  {row.present:>4}{created}")
        self.stdout.write(self.style.SUCCESS(f"Demo loaded: {result.created} rows created."))
        for username in result.accounts:
            self.stdout.write(f"Log in as {username!r} with the password {DEMO_PASSWORD!r}.")
