from django.apps import AppConfig


class WgportalConfig(AppConfig):
    name = "wgportal"

    def ready(self) -> None:
        from .demo import checks  # noqa: F401 (registers itself)
