from django.core.management.base import BaseCommand

from meetings.services import load_reference_data


class Command(BaseCommand):
    help = "Load or refresh the shipped reference data: regional groups, States, organizations."

    def handle(self, *args, **options) -> None:
        result = load_reference_data()
        self.stdout.write(
            f"{result.groups} regional groups; entities: {result.entities_created} created, "
            f"{result.entities_updated} updated; {result.aliases_created} aliases created."
        )
