from django.core.management.base import BaseCommand

from meetings.services import load_reference_data


class Command(BaseCommand):
    help = "Load or refresh the shipped bodies, regional groups, States and organizations."

    def handle(self, *args, **options) -> None:
        result = load_reference_data()
        self.stdout.write(
            f"{result.bodies} bodies; {result.groups} regional groups; entities: "
            f"{result.entities_created} created, {result.entities_updated} updated; "
            f"{result.aliases_created} aliases created."
        )
