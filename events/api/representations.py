"""The JSON of a claim and of the places records embed, built as plain dicts.

The serializers in events.api.serializers declare these shapes (the OpenAPI schema and the help texts come from
their fields) and hand the work to these functions. A claim embeds its source, claimant, event, the event's
region and places: DRF's generic path (a nested serializer and a field object per value) spent 9-10 ms on a
100-claim page where these take about 1 ms. Lists read claims as `.values()` rows rather than model instances
(half of a page's time went into building 500 instances); a single claim is read as an instance. Both go
through one description of the shape (`_claim`, `_place`), and the values are formatted exactly as DRF's
fields format them: tests/test_api_representations.py compares the three paths on every record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from events.models import Claim, Locality


def date_iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def datetime_iso(value: dt.datetime | None, tz: dt.tzinfo | None = None) -> str | None:
    """As DRF's DateTimeField with ISO_8601: in the current time zone (or `tz`), UTC written as Z."""
    if value is None:
        return None
    if timezone.is_aware(value):
        value = value.astimezone(tz or timezone.get_current_timezone())
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def quantities(value: Any) -> dict[str, float | int]:
    """The numbers an event states; anything that is not a number is left out rather than failing."""
    if not isinstance(value, dict):
        return {}
    return {
        str(key): number
        for key, number in value.items()
        if isinstance(number, int | float) and not isinstance(number, bool)
    }


Getter = Callable[[str], Any]


def _attributes(obj: Any) -> Getter:
    """Read `a__b__c` on a model instance as obj.a.b.c (None as soon as a link is None)."""

    def get(path: str) -> Any:
        value = obj
        for part in path.split("__"):
            if value is None:
                return None
            value = getattr(value, part)
        return value

    return get


def _place(get: Getter, prefix: str = "") -> dict[str, Any]:
    return {
        "id": get(prefix + "id"),
        "name": get(prefix + "name"),
        "name_fr": get(prefix + "name_fr"),
        "name_native": get(prefix + "name_native"),
        "kind": get(prefix + "kind"),
        "country_code": get(prefix + "country_code"),
        "latitude": _float(get(prefix + "latitude")),
        "longitude": _float(get(prefix + "longitude")),
        "geo_precision": get(prefix + "geo_precision"),
    }


def locality_brief(place: Locality | None) -> dict[str, Any] | None:
    return None if place is None else _place(_attributes(place))


def place_row(row: dict[str, Any]) -> dict[str, Any]:
    """A place from a `.values(*LOCALITY_BRIEF_FIELDS)` row."""
    return _place(row.__getitem__)


def _claim(get: Getter, places: list[dict[str, Any]], tz: dt.tzinfo) -> dict[str, Any]:
    """A claim with its source, claimant and event embedded, read through `get` (paths as in `.values()`)."""
    return {
        "id": get("id"),
        "source": {
            "id": get("source__id"),
            "name": get("source__name"),
            "title": get("source__title"),
            "publisher": get("source__publisher"),
            "language": get("source__language"),
            "published_on": date_iso(get("source__published_on")),
            "published_precision": get("source__published_precision"),
        },
        "claimant": {
            "id": get("claimant__id"),
            "name": get("claimant__name"),
            "side": get("claimant__side"),
            "kind": get("claimant__kind"),
        },
        "stance": get("stance"),
        "event": {
            "id": get("event__id"),
            "event_type": get("event__event_type"),
            "actor_side": get("event__actor_side"),
            "localities": places,
            "region": None if get("event__region__id") is None else _place(get, "event__region__"),
            "country_code": get("event__country_code"),
            "occurred_on": date_iso(get("event__occurred_on")),
            "occurred_precision": get("event__occurred_precision"),
            "quantities": quantities(get("event__quantities")),
            "summary": get("event__summary"),
        },
        "quote": get("quote"),
        "quote_start": get("quote_start"),
        "quote_end": get("quote_end"),
        "claimed_on": date_iso(get("claimed_on")),
        "claimed_precision": get("claimed_precision"),
        "review_status": get("review_status"),
        "curator_note": get("curator_note"),
        "curated": get("curated"),
        "created_at": datetime_iso(get("created_at"), tz),
        "updated_at": datetime_iso(get("updated_at"), tz),
    }


def claim(record: Claim) -> dict[str, Any]:
    """A claim instance (its event's places prefetched)."""
    places = [locality_brief(place) for place in record.event.localities.all()]
    return _claim(_attributes(record), places, timezone.get_current_timezone())


def claim_row(row: dict[str, Any], places: list[dict[str, Any]], tz: dt.tzinfo) -> dict[str, Any]:
    """A claim from a `.values(*CLAIM_ROW_FIELDS)` row (events.selectors) and its event's places."""
    return _claim(row.__getitem__, places, tz)


def claim_rows(rows: list[dict[str, Any]], places: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """A page of claim rows, each with its event's places (events.selectors.places_of_events())."""
    tz = timezone.get_current_timezone()
    return [claim_row(row, [place_row(place) for place in places[row["event__id"]]], tz) for row in rows]
