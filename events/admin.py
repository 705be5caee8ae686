"""Admin registration for curation."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from events.models import Actor, Claim, Event, Locality, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "publisher", "language", "published_on", "published_precision"]
    search_fields = ["name", "title"]


@admin.register(Locality)
class LocalityAdmin(SimpleHistoryAdmin):
    list_display = ["name", "name_fr", "kind", "country_code", "geo_precision"]
    search_fields = ["name", "name_fr", "name_native", "search_names"]
    raw_id_fields = ["parent"]


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "side", "kind"]
    search_fields = ["name"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["id", "event_type", "actor_side", "occurred_on", "occurred_precision"]
    raw_id_fields = ["region"]
    filter_horizontal = ["localities"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["id", "claimant", "stance", "event", "source", "review_status"]
    list_select_related = ["claimant", "event", "source"]
    raw_id_fields = ["event", "source", "claimant"]
