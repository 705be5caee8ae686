"""Read side: querysets with their related-object loading, shared by the API and the admin."""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet

from events.models import Actor, Claim, Event, Locality, Source

_LOCALITIES = Prefetch("localities", queryset=Locality.objects.order_by("name", "id"))


def claim_list() -> QuerySet[Claim]:
    """Claims with everything their API representation shows, in a fixed number of queries."""
    return (
        Claim.objects.select_related("source", "claimant", "event", "event__region")
        .defer("source__text")
        .prefetch_related(Prefetch("event__localities", queryset=Locality.objects.order_by("name", "id")))
    )


def event_list() -> QuerySet[Event]:
    return (
        Event.objects.select_related("region")
        .prefetch_related(_LOCALITIES)
        .annotate(
            claims_count=Count("claims", distinct=True),
            sources_count=Count("claims__source", distinct=True),
        )
    )


def locality_list() -> QuerySet[Locality]:
    return Locality.objects.select_related("parent").annotate(events_count=Count("events", distinct=True))


def source_list() -> QuerySet[Source]:
    return Source.objects.annotate(claims_count=Count("claims"))


def source_detail() -> QuerySet[Source]:
    return Source.objects.prefetch_related(
        Prefetch("claims", queryset=Claim.objects.select_related("claimant", "event").order_by("quote_start"))
    )


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.annotate(claims_count=Count("claims"))
