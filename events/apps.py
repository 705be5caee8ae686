"""App configuration for the conflict events app."""

from django.apps import AppConfig


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = "Conflict events and claims"

    def ready(self) -> None:
        from events import contested, data_version, place_claims

        data_version.connect()
        contested.connect()
        place_claims.connect()  # after contested: its receivers read the refreshed `contested`
