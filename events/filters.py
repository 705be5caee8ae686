"""One FilterSet per resource: every query parameter, validated (a 400 names the parameter), documented
(OpenAPI description and example, read by events.api.schema) and turned into SQL through the selectors."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F, Q, QuerySet

from events import selectors
from events.choices import (
    ActorKind,
    DatePrecision,
    EventType,
    GeoPrecision,
    LocalityKind,
    ReviewStatus,
    Side,
    Stance,
)
from events.models import Actor, Claim, Event, Locality, Source

MAX_ID = 2**63 - 1
DEFAULT_RADIUS_KM = 10.0
MAX_RADIUS_KM = 20_016.0  # half the Earth's circumference: every point on Earth is within it


def as_id(value: str) -> int | None:
    """The integer id spelt by `value` (ASCII digits only), or None for a name. An id no row can have is 0."""
    value = value.strip()
    if value.isascii() and value.isdigit():
        pk = int(value)
        return pk if pk <= MAX_ID else 0
    return None


# ---------------------------------------------------------------------------------------------
# Form fields: strict parsing, messages that say what was expected. User input goes in `params`, never in
# the message itself: django-filter %-formats every message, so a stray % would otherwise raise.
# ---------------------------------------------------------------------------------------------


def _finite_floats(parts: Sequence[str]) -> list[float]:
    numbers = []
    for part in parts:
        try:
            number = float(part)
        except ValueError:
            raise ValidationError("%(value)r is not a number.", code="invalid", params={"value": part.strip()}) from None
        if not math.isfinite(number):
            raise ValidationError("%(value)r is not a finite number.", code="invalid", params={"value": part.strip()})
        numbers.append(number)
    return numbers


def _check_lat_lon(lat: float, lon: float) -> None:
    if not -90 <= lat <= 90:
        raise ValidationError(f"Latitude {lat:g} is outside -90..90.", code="invalid")
    if not -180 <= lon <= 180:
        raise ValidationError(f"Longitude {lon:g} is outside -180..180.", code="invalid")


# The exact syntax of a coordinate in bbox and near, ranges included: the OpenAPI pattern and the parser are one.
LATITUDE = r"-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?)"
LONGITUDE = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)"
BBOX_PATTERN = f"^{LONGITUDE},{LATITUDE},{LONGITUDE},{LATITUDE}$"
POINT_PATTERN = f"^{LATITUDE},{LONGITUDE}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
NO_NUL_PATTERN = r"^[^\u0000]*$"  # any text but the NUL character, which PostgreSQL cannot hold


class BBox(NamedTuple):
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float


class Point(NamedTuple):
    lat: float
    lon: float


def _coordinates(value: str, count: int, names: str, pattern: str) -> list[float]:
    parts = value.split(",")
    if len(parts) != count:
        raise ValidationError(
            f"Expected {count} numbers {names} separated by commas, got {len(parts)}.", code="invalid"
        )
    numbers = _finite_floats(parts)
    for index in range(0, count, 2):
        lat, lon = (numbers[index], numbers[index + 1]) if names.startswith("lat") else (numbers[index + 1], numbers[index])
        _check_lat_lon(lat, lon)
    if not re.fullmatch(pattern, value):  # what is left: a sign, spaces, an exponent, a point without digits
        raise ValidationError(
            "Write each number as plain decimals (e.g. -0.5, 35.27), without spaces, exponents or a + sign.",
            code="invalid",
        )
    return numbers


class BBoxField(forms.CharField):
    """min_lon,min_lat,max_lon,max_lat; min_lon > max_lon is a box across the antimeridian (RFC 7946 5.2)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, strip=False, **kwargs)

    def clean(self, value: Any) -> BBox | None:
        value = super().clean(value)
        if not value:
            return None
        return BBox(*_coordinates(value, 4, "min_lon,min_lat,max_lon,max_lat", BBOX_PATTERN))


class PointField(forms.CharField):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, strip=False, **kwargs)

    def clean(self, value: Any) -> Point | None:
        value = super().clean(value)
        if not value:
            return None
        return Point(*_coordinates(value, 2, "lat,lon", POINT_PATTERN))


class IdOrNameField(forms.CharField):
    """An id or a name; an id no record can have (0, or beyond 64 bits) matches nothing, like any unknown id."""


class CountryField(forms.CharField):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, strip=False, **kwargs)

    def clean(self, value: Any) -> str | None:
        value = super().clean(value)
        if not value:
            return None
        if not (len(value) == 2 and value.isascii() and value.isalpha()):
            raise ValidationError(
                "Expected an ISO 3166-1 alpha-2 country code such as UA, got %(value)r.", params={"value": value}
            )
        return value.upper()


class StrictBooleanField(forms.Field):
    TRUE = frozenset({"true", "1", "yes", "on"})
    FALSE = frozenset({"false", "0", "no", "off"})

    def to_python(self, value: Any) -> bool | None:
        if value in (None, "") or isinstance(value, bool):
            return value if isinstance(value, bool) else None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError("Expected true or false, got %(value)r.", code="invalid", params={"value": value})


class StrictDateField(forms.DateField):
    """YYYY-MM-DD exactly (RFC 3339 full-date, the schema's `format: date`): no spaces, no one-digit month."""

    def to_python(self, value: Any) -> dt.date | None:
        if isinstance(value, str) and value and not re.fullmatch(DATE_PATTERN, value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class AwareDateTimeField(django_filters.fields.IsoDateTimeField):
    def clean(self, value: Any) -> dt.datetime | None:
        moment = super().clean(value)
        if moment is None:
            return None
        try:
            # In UTC: PostgreSQL refuses offsets beyond +/-15:59 that ISO 8601 parsing lets through.
            return moment.astimezone(dt.UTC)
        except OverflowError:
            raise ValidationError("The timestamp is out of range once converted to UTC.", code="invalid") from None


class CommaSeparatedChoiceField(django_filters.fields.MultipleChoiceField):
    """Repeated parameters (`?x=a&x=b`) and comma-separated values (`?x=a,b`) alike."""

    def to_python(self, value: Any) -> list[str]:
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]

    def validate(self, value: list[str]) -> None:
        allowed = [str(key) for key, _ in self.choices]
        for item in value:
            if item not in allowed:
                raise ValidationError(
                    "%(value)r is not one of: %(allowed)s.",
                    code="invalid_choice",
                    params={"value": item, "allowed": ", ".join(allowed)},
                )


# ---------------------------------------------------------------------------------------------
# Filters: each one carries its OpenAPI schema and example
# ---------------------------------------------------------------------------------------------


class DocumentedFilter(django_filters.Filter):
    """A filter that describes itself to OpenAPI: `openapi_schema` (its type), `example`, `help_text`."""

    openapi_schema: dict[str, Any] = {"type": "string"}

    def __init__(self, *args: Any, example: Any = None, schema: dict[str, Any] | None = None, **kwargs: Any):
        self.example = example
        self.schema_extra = schema or {}
        super().__init__(*args, **kwargs)

    def parameter_schema(self) -> dict[str, Any]:
        schema = {**self.openapi_schema, **self.schema_extra}
        if schema.get("type") == "string" and not any(key in schema for key in ("pattern", "enum", "format")):
            schema["pattern"] = NO_NUL_PATTERN  # refused up front (events.api.backends): no stored text has one
        return schema


class CharFilter(DocumentedFilter, django_filters.CharFilter):
    def parameter_schema(self) -> dict[str, Any]:
        schema = super().parameter_schema()
        if self.extra.get("max_length"):
            schema["maxLength"] = self.extra["max_length"]
        return schema


class IdOrNameFilter(DocumentedFilter):
    field_class = IdOrNameField
    openapi_schema = {"type": "string", "maxLength": 200}

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


class IdFilter(DocumentedFilter):
    field_class = forms.IntegerField
    openapi_schema = {"type": "integer", "format": "int64", "minimum": 1, "maximum": MAX_ID}

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class CountryFilter(DocumentedFilter):
    field_class = CountryField
    openapi_schema = {"type": "string", "pattern": "^[A-Za-z]{2}$"}


class BooleanFilter(DocumentedFilter):
    field_class = StrictBooleanField
    openapi_schema = {"type": "boolean"}


class DateFilter(DocumentedFilter):
    field_class = StrictDateField
    openapi_schema = {"type": "string", "format": "date"}

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault("error_messages", {"invalid": "Expected an existing date as YYYY-MM-DD, e.g. 2024-08-15."})
        super().__init__(*args, **kwargs)


class DateTimeFilter(DocumentedFilter):
    field_class = AwareDateTimeField
    openapi_schema = {"type": "string", "format": "date-time"}

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault(
            "error_messages", {"invalid": "Expected an ISO 8601 timestamp, e.g. 2024-08-15T12:00:00Z."}
        )
        super().__init__(*args, **kwargs)


class FloatFilter(DocumentedFilter):
    field_class = forms.FloatField
    openapi_schema = {"type": "number", "format": "double"}


class BBoxFilter(DocumentedFilter):
    field_class = BBoxField
    openapi_schema = {"type": "string", "pattern": BBOX_PATTERN}


class PointFilter(DocumentedFilter):
    field_class = PointField
    openapi_schema = {"type": "string", "pattern": POINT_PATTERN}


class MultipleChoiceFilter(DocumentedFilter, django_filters.MultipleChoiceFilter):
    field_class = CommaSeparatedChoiceField

    def parameter_schema(self) -> dict[str, Any]:
        choices = [key for key, _ in self.extra["choices"]]
        return {"type": "array", "items": {"type": "string", "enum": choices}}

    def filter(self, qs: QuerySet, value: list[str]) -> QuerySet:
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": value})


# ---------------------------------------------------------------------------------------------
# Ordering: one field plus the primary key, the shape keyset pagination needs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeysetOrder:
    """An ordering the API offers: `key` as clients write it, `path` in the ORM, whether it may be NULL."""

    key: str
    path: str
    nullable: bool = False


@dataclass(frozen=True)
class OrderingSpec:
    """A chosen ordering: `path` then the primary key, both ascending or both descending, NULLs last."""

    key: str
    path: str
    descending: bool
    nullable: bool

    @property
    def by_pk_only(self) -> bool:
        return self.path == "pk"

    def order_by(self) -> list:
        pk = "-pk" if self.descending else "pk"
        if self.by_pk_only:
            return [pk]
        field = F(self.path).desc(nulls_last=True) if self.descending else F(self.path).asc(nulls_last=True)
        return [field, pk]


class KeysetOrderingFilter(DocumentedFilter, django_filters.ChoiceFilter):
    def __init__(self, *args: Any, orders: Sequence[KeysetOrder], default: str, **kwargs: Any):
        self.orders = {order.key: order for order in orders}
        self.default = default
        choices = []
        for order in orders:
            choices += [(order.key, f"{order.key} ascending"), (f"-{order.key}", f"{order.key} descending")]
        kwargs.setdefault("help_text", self._help(orders, default))
        kwargs.setdefault("example", default)
        allowed = ", ".join(key for key, _ in choices)
        kwargs.setdefault("error_messages", {"invalid_choice": f"%(value)r is not one of: {allowed}."})
        super().__init__(*args, choices=choices, **kwargs)

    @staticmethod
    def _help(orders: Sequence[KeysetOrder], default: str) -> str:
        keys = ", ".join(order.key for order in orders)
        return (
            f"Sort on one of {keys}; prefix with - for descending. The id breaks ties, so the order is stable "
            f"and pages never skip nor repeat a row. Rows without a date come last. Default: {default}."
        )

    def parameter_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": [key for key, _ in self.extra["choices"]], "default": self.default}

    def spec(self, value: str | None) -> OrderingSpec:
        value = value or self.default
        order = self.orders.get(value.lstrip("-"))
        if order is None or value.count("-") > 1:
            allowed = ", ".join(key for key, _ in self.extra["choices"])
            raise ValidationError({"ordering": [f"{value!r} is not one of: {allowed}."]})
        return OrderingSpec(key=value, path=order.path, descending=value.startswith("-"), nullable=order.nullable)

    def filter(self, qs: QuerySet, value: str | None) -> QuerySet:
        return qs.order_by(*self.spec(value).order_by())


# ---------------------------------------------------------------------------------------------
# Shared FilterSet machinery
# ---------------------------------------------------------------------------------------------


class FilterForm(forms.Form):
    """The form of every FilterSet (a hook for checks that involve two parameters)."""


def date_after_q(field: str, precision_field: str, day: dt.date) -> Q:
    """On or after `day`; a date known to the month (or year) is in range if its month (or year) overlaps.

    Such dates are stored as the first day of their month (or year), so overlap means >= that day's month.
    """
    return (
        Q(**{f"{field}__gte": day})
        | Q(**{precision_field: DatePrecision.MONTH, f"{field}__gte": day.replace(day=1)})
        | Q(**{precision_field: DatePrecision.YEAR, f"{field}__gte": day.replace(month=1, day=1)})
    )


def date_before_q(field: str, day: dt.date) -> Q:
    """On or before `day`: a month (stored as its first day) overlaps as soon as it starts by then."""
    return Q(**{f"{field}__lte": day})


class ApiFilterSet(django_filters.FilterSet):
    """Base of every FilterSet: the form with cross-parameter checks."""

    class Meta:
        form = FilterForm

    @classmethod
    def ordering_spec(cls, value: str | None) -> OrderingSpec:
        return cls.base_filters["ordering"].spec(value)


class GeoFilterSet(ApiFilterSet):
    """bbox, near and radius_km: subclasses say how a set of places restricts their rows (`_at_places`)."""

    bbox = BBoxFilter(
        method="filter_bbox",
        help_text="Only rows at a place inside this box: min_lon,min_lat,max_lon,max_lat (WGS84 degrees). "
        "An event with no place of its own is positioned at its region's centroid.",
        example="34.9,50.9,35.6,51.4",
    )
    near = PointFilter(
        method="filter_near",
        help_text=f"Only rows at a place within radius_km (default {DEFAULT_RADIUS_KM:g}) of this point: lat,lon "
        "in WGS84 degrees (great-circle distance).",
        example="51.19,35.27",
    )
    radius_km = FloatFilter(
        method="filter_radius_km",
        help_text=f"Radius around `near`, in kilometres (default {DEFAULT_RADIUS_KM:g}); without `near` there is no "
        "circle and it restricts nothing.",
        example=25,
        min_value=0.001,
        max_value=MAX_RADIUS_KM,
        schema={"minimum": 0.001, "maximum": MAX_RADIUS_KM},
    )

    def _at_places(self, qs: QuerySet, place_ids: list[int]) -> QuerySet:
        raise NotImplementedError

    def filter_bbox(self, qs: QuerySet, name: str, value: BBox) -> QuerySet:
        return self._at_places(qs, selectors.place_ids(selectors.localities_in_bbox(*value)))

    def filter_near(self, qs: QuerySet, name: str, value: Point) -> QuerySet:
        radius = self.form.cleaned_data.get("radius_km") or DEFAULT_RADIUS_KM
        return self._at_places(qs, selectors.place_ids(selectors.localities_near(value.lat, value.lon, radius)))

    def filter_radius_km(self, qs: QuerySet, name: str, value: float) -> QuerySet:
        return qs  # read by filter_near


UPDATED_SINCE_HELP = (
    "Only rows created or edited at or after this moment (ISO 8601; UTC when no offset is given), for "
    "incremental sync. Rejected claims stay listed with review_status=rejected; deletions are listed by the "
    "`deleted` endpoints."
)


class ClaimEventFilterSet(GeoFilterSet):
    """Parameters shared by claims and events.

    Event-level conditions are expressed on Event and claim-level ones on Claim; each subclass says how they
    restrict its own rows (`_event_filter`, `_claim_filter`). On events, a claim-level parameter keeps the
    events that have at least one matching claim.
    """

    # What happened, where and when
    event_type = MultipleChoiceFilter(
        choices=EventType.choices,
        method="filter_event_type",
        help_text="Event type; several allowed (repeat the parameter or separate with commas).",
        example=["capture", "withdrawal"],
    )
    actor_side = MultipleChoiceFilter(
        choices=Side.choices,
        method="filter_actor_side",
        help_text="Side that performed the event; several allowed.",
        example=["RU"],
    )
    locality = IdOrNameFilter(
        method="filter_locality",
        help_text="A place: its id, or a name in any spelling (French, English, native script; case, accents, "
        "apostrophes and hyphens ignored: Koupiansk, Kupiansk and Куп'янськ are the same place). A region or "
        "country includes the places inside it.",
        example="Koupiansk",
    )
    region = IdOrNameFilter(
        method="filter_region",
        help_text="A region (oblast): its id or a name in any spelling; includes the places inside it.",
        example="Kursk Oblast",
    )
    country = CountryFilter(
        method="filter_country",
        help_text="ISO 3166-1 alpha-2 code of the country where the event took place.",
        example="UA",
    )
    occurred_after = DateFilter(
        method="filter_occurred_after",
        help_text="Events on or after this date (YYYY-MM-DD). An event known only to the month (or year) is in "
        "range if its month (or year) overlaps.",
        example="2024-08-01",
    )
    occurred_before = DateFilter(
        method="filter_occurred_before",
        help_text="Events on or before this date (YYYY-MM-DD); month-precision dates count if their month overlaps.",
        example="2024-08-31",
    )
    contested = BooleanFilter(
        method="filter_contested",
        help_text="true: events with claims of opposing stance (one denies what another asserts or "
        "acknowledges) or from both camps (RU/KP and UA); false: the others. Rejected claims do not count.",
        example=True,
    )
    # Who claimed it, in which article
    source = IdOrNameFilter(
        method="filter_source",
        help_text="A source (article): its id or its file name.",
        example="000_32dfb83c7dd7f389.txt",
    )
    claimant = IdOrNameFilter(
        method="filter_claimant",
        help_text="The claimant: its id, or part of its name (case and accents ignored).",
        example="ministry of defence",
    )
    claimant_side = MultipleChoiceFilter(
        choices=Side.choices,
        method="filter_claimant_side",
        help_text="Side of the claimant; several allowed.",
        example=["UA"],
    )
    stance = MultipleChoiceFilter(
        choices=Stance.choices,
        method="filter_stance",
        help_text="Stance of the claim; several allowed.",
        example=["denies"],
    )
    review_status = MultipleChoiceFilter(
        choices=ReviewStatus.choices,
        method="filter_review_status",
        help_text="Curation status of the claim; several allowed. Without it every status is listed, rejected "
        "claims included.",
        example=["verified", "unreviewed"],
    )
    q = CharFilter(
        method="filter_q",
        max_length=500,
        help_text="Text search in quotes, claimant names and source titles. On PostgreSQL: full-text search "
        "with the French configuration (stemming; \"exact phrase\", -word and or are understood); elsewhere "
        "every word must appear.",
        example="village repris",
    )
    updated_since = DateTimeFilter(method="filter_updated_since", help_text=UPDATED_SINCE_HELP,
                                   example="2024-08-15T00:00:00Z")

    def _event_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        raise NotImplementedError

    def _claim_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        raise NotImplementedError

    def _at_places(self, qs: QuerySet, place_ids: list[int]) -> QuerySet:
        return self._event_filter(qs, selectors.events_at(place_ids, region_only_as_fallback=True))

    def filter_event_type(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._event_filter(qs, Q(event_type__in=value))

    def filter_actor_side(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._event_filter(qs, Q(actor_side__in=value))

    def filter_locality(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        pk = as_id(value)
        places = Locality.objects.filter(pk=pk) if pk else Locality.objects.filter(
            selectors.locality_spelling_q(value, exact=True)
        )
        ids = selectors.place_ids(selectors.localities_with_descendants(places))
        return self._event_filter(qs, selectors.events_at(ids))

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        pk = as_id(value)
        regions = Locality.objects.filter(pk=pk, kind=LocalityKind.REGION) if pk else selectors.regions_named(value)
        ids = selectors.place_ids(selectors.localities_with_descendants(regions))
        return self._event_filter(qs, selectors.events_at(ids))

    def filter_country(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        # A UNION, not an OR: with the OR, PostgreSQL tested each event against the whole list of linked events.
        in_country = (
            Event.objects.filter(country_code=value).order_by().values("pk")
            .union(Event.localities.through.objects.filter(locality__country_code=value).order_by().values("event_id"))
        )
        return self._event_filter(qs, Q(pk__in=in_country))

    def filter_occurred_after(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return self._event_filter(qs, date_after_q("occurred_on", "occurred_precision", value))

    def filter_occurred_before(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return self._event_filter(qs, date_before_q("occurred_on", value))

    def filter_contested(self, qs: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return qs
        return self._event_filter(qs, Q(contested=value))

    def filter_source(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        pk = as_id(value)
        return self._claim_filter(qs, Q(source_id=pk) if pk else Q(source__name=value.strip()))

    def filter_claimant(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        pk = as_id(value)
        return self._claim_filter(qs, Q(claimant_id=pk) if pk else Q(claimant_id__in=selectors.actor_ids_named(value)))

    def filter_claimant_side(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._claim_filter(qs, Q(claimant__side__in=value))

    def filter_stance(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._claim_filter(qs, Q(stance__in=value))

    def filter_review_status(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._claim_filter(qs, Q(review_status__in=value))


class ClaimFilterSet(ClaimEventFilterSet):
    """/api/claims/: every parameter of ClaimEventFilterSet plus the claim's own dates and its event."""

    event = IdFilter(field_name="event_id", help_text="Id of the event the claims are about.", example=1)
    claimed_after = DateFilter(
        method="filter_claimed_after",
        help_text="Claims made on or after this date (YYYY-MM-DD); month precision counts if the month overlaps.",
        example="2024-08-01",
    )
    claimed_before = DateFilter(
        method="filter_claimed_before", help_text="Claims made on or before this date (YYYY-MM-DD).",
        example="2024-08-31",
    )
    published_after = DateFilter(
        method="filter_published_after",
        help_text="Claims in sources published on or after this date (YYYY-MM-DD).",
        example="2024-08-01",
    )
    published_before = DateFilter(
        method="filter_published_before",
        help_text="Claims in sources published on or before this date (YYYY-MM-DD).",
        example="2024-08-31",
    )
    ordering = KeysetOrderingFilter(
        orders=[
            KeysetOrder("occurred_on", "event__occurred_on", nullable=True),
            KeysetOrder("claimed_on", "claimed_on", nullable=True),
            KeysetOrder("published_on", "source__published_on", nullable=True),
            KeysetOrder("id", "pk"),
        ],
        default="id",
    )

    class Meta(ApiFilterSet.Meta):
        model = Claim
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # The event-level parameters are gathered into one subquery on events: one per parameter made
        # PostgreSQL plan (6-10 ms) and join several semi-joins for what is one set of events.
        self._event_conditions: list[Q] = []
        queryset = super().filter_queryset(queryset)
        if self._event_conditions:
            queryset = queryset.filter(event__in=Event.objects.filter(*self._event_conditions).values("pk"))
        return queryset

    def _event_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        self._event_conditions.append(condition)
        return qs

    def _claim_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        return qs.filter(condition)

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.text_search(qs, selectors.CLAIM_SEARCH_FIELDS, value)

    def filter_updated_since(self, qs: QuerySet, name: str, value: dt.datetime) -> QuerySet:
        # The claim's JSON embeds its event: an edited event changes the claim a client holds.
        return qs.filter(Q(updated_at__gte=value) | Q(event__updated_at__gte=value))

    def filter_claimed_after(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_after_q("claimed_on", "claimed_precision", value))

    def filter_claimed_before(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_before_q("claimed_on", value))

    def filter_published_after(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_after_q("source__published_on", "source__published_precision", value))

    def filter_published_before(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_before_q("source__published_on", value))


class ClaimAggregateFilterSet(ClaimFilterSet):
    """/api/claims/places/ and /api/claims/weekly/: every parameter of /api/claims/ but the ordering (an aggregate
    has an order of its own), so that the explorer's map, chart and list always show the same claims."""

    ordering = None

    class Meta(ClaimFilterSet.Meta):
        pass


class TimelineFilterSet(ClaimFilterSet):
    """/api/localities/{id}/timeline/: the claim parameters, in time order by default."""

    ordering = KeysetOrderingFilter(
        orders=[
            KeysetOrder("occurred_on", "event__occurred_on", nullable=True),
            KeysetOrder("claimed_on", "claimed_on", nullable=True),
            KeysetOrder("published_on", "source__published_on", nullable=True),
            KeysetOrder("id", "pk"),
        ],
        default="occurred_on",
    )

    class Meta(ClaimFilterSet.Meta):
        pass


class EventFilterSet(ClaimEventFilterSet):
    """/api/events/: claim-level parameters keep the events with at least one matching claim."""

    ordering = KeysetOrderingFilter(
        orders=[KeysetOrder("occurred_on", "occurred_on", nullable=True), KeysetOrder("id", "pk")],
        default="id",
    )

    class Meta(ApiFilterSet.Meta):
        model = Event
        fields: list[str] = []

    def _event_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        return qs.filter(condition)

    def _claim_filter(self, qs: QuerySet, condition: Q) -> QuerySet:
        return qs.filter(pk__in=Claim.objects.filter(condition).values("event_id"))

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        claims = selectors.text_search(Claim.objects.order_by(), selectors.CLAIM_SEARCH_FIELDS, value)
        summaries = selectors.text_search(Event.objects.order_by(), ["summary"], value)
        return qs.filter(Q(pk__in=claims.values("event_id")) | Q(pk__in=summaries.values("pk")))

    def filter_updated_since(self, qs: QuerySet, name: str, value: dt.datetime) -> QuerySet:
        # An event's counts, sides and `contested` change when one of its claims does.
        claims = Claim.objects.filter(updated_at__gte=value).values("event_id")
        return qs.filter(Q(updated_at__gte=value) | Q(pk__in=claims))


class LocalityFilterSet(GeoFilterSet):
    """/api/localities/."""

    q = CharFilter(
        method="filter_q",
        max_length=200,
        help_text="Part of a name in any spelling: French, English, native script or a known variant; case, "
        "accents, apostrophes and hyphens ignored (Soudja finds Sudzha).",
        example="Soudja",
    )
    kind = MultipleChoiceFilter(
        choices=LocalityKind.choices, help_text="Kind of place; several allowed.", example=["village", "town"]
    )
    country = CountryFilter(
        field_name="country_code", help_text="ISO 3166-1 alpha-2 country code.", example="UA",
        method="filter_country",
    )
    parent = IdFilter(field_name="parent_id", help_text="Id of the parent place (a region or a country).", example=2)
    region = IdOrNameFilter(
        method="filter_region",
        help_text="The places inside a region (or country): its id or a name in any spelling.",
        example="Kursk Oblast",
    )
    needs_geocoding = BooleanFilter(
        method="filter_needs_geocoding",
        help_text="true: settlements placed at their region's or country's centroid, waiting for coordinates.",
        example=True,
    )
    has_events = BooleanFilter(
        method="filter_has_events", help_text="true: places with at least one event.", example=True
    )
    updated_since = DateTimeFilter(
        method="filter_updated_since",
        help_text="Only places created or edited at or after this moment (ISO 8601).",
        example="2024-08-15T00:00:00Z",
    )
    ordering = KeysetOrderingFilter(orders=[KeysetOrder("name", "name"), KeysetOrder("id", "pk")], default="id")

    class Meta(ApiFilterSet.Meta):
        model = Locality
        fields: list[str] = []

    def _at_places(self, qs: QuerySet, place_ids: list[int]) -> QuerySet:
        return qs.filter(pk__in=place_ids)

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(selectors.locality_spelling_q(value, exact=False))

    def filter_country(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(country_code=value)

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        pk = as_id(value)
        places = Locality.objects.filter(pk=pk) if pk else Locality.objects.filter(
            selectors.locality_spelling_q(value, exact=True), kind__in=[LocalityKind.REGION, LocalityKind.COUNTRY]
        )
        inside = selectors.localities_with_descendants(places).exclude(pk__in=places.values("pk"))
        return qs.filter(pk__in=inside.values("pk"))

    def filter_needs_geocoding(self, qs: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return qs
        pending = Q(~Q(geo_precision=GeoPrecision.EXACT) & ~Q(kind__in=[LocalityKind.REGION, LocalityKind.COUNTRY]))
        return qs.filter(pending if value else ~pending)

    def filter_has_events(self, qs: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return qs
        return qs.filter(selectors.has_events_q() if value else ~selectors.has_events_q())

    def filter_updated_since(self, qs: QuerySet, name: str, value: dt.datetime) -> QuerySet:
        return qs.filter(updated_at__gte=value)


class SourceFilterSet(ApiFilterSet):
    """/api/sources/."""

    q = CharFilter(
        method="filter_q",
        max_length=500,
        help_text="Text search in titles and full texts (French full-text search on PostgreSQL).",
        example="Koursk",
    )
    name = CharFilter(field_name="name", help_text="Exact file name of the article.",
                      example="000_32dfb83c7dd7f389.txt", max_length=255)
    publisher = CharFilter(
        field_name="publisher", lookup_expr="iexact", help_text="Agency or outlet credited (case ignored).",
        example="AFP", max_length=100,
    )
    language = CharFilter(field_name="language", help_text="ISO 639-1 code of the text.", example="fr",
                          max_length=8)
    published_after = DateFilter(
        method="filter_published_after",
        help_text="Published on or after this date (YYYY-MM-DD); month precision counts if the month overlaps.",
        example="2024-08-01",
    )
    published_before = DateFilter(
        method="filter_published_before", help_text="Published on or before this date (YYYY-MM-DD).",
        example="2024-08-31",
    )
    updated_since = DateTimeFilter(
        method="filter_updated_since",
        help_text="Only sources ingested or edited at or after this moment (ISO 8601).",
        example="2024-08-15T00:00:00Z",
    )
    ordering = KeysetOrderingFilter(
        orders=[KeysetOrder("published_on", "published_on", nullable=True), KeysetOrder("name", "name"),
                KeysetOrder("id", "pk")],
        default="id",
    )

    class Meta(ApiFilterSet.Meta):
        model = Source
        fields: list[str] = []

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.text_search(qs, ["title", "text"], value)

    def filter_published_after(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_after_q("published_on", "published_precision", value))

    def filter_published_before(self, qs: QuerySet, name: str, value: dt.date) -> QuerySet:
        return qs.filter(date_before_q("published_on", value))

    def filter_updated_since(self, qs: QuerySet, name: str, value: dt.datetime) -> QuerySet:
        return qs.filter(updated_at__gte=value)


class ActorFilterSet(ApiFilterSet):
    """/api/actors/: the claimants."""

    q = CharFilter(
        method="filter_q", max_length=200, help_text="Part of the name (case and accents ignored).",
        example="ministry",
    )
    side = MultipleChoiceFilter(choices=Side.choices, help_text="Side; several allowed.", example=["RU", "UA"])
    kind = MultipleChoiceFilter(choices=ActorKind.choices, help_text="Kind of actor; several allowed.",
                                example=["ministry"])
    ordering = KeysetOrderingFilter(orders=[KeysetOrder("name", "name"), KeysetOrder("id", "pk")], default="id")

    class Meta(ApiFilterSet.Meta):
        model = Actor
        fields: list[str] = []

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(pk__in=selectors.actor_ids_named(value))


class DeletedFilterSet(ApiFilterSet):
    """The deleted claims or events (history rows of type "-")."""

    since = DateTimeFilter(
        field_name="history_date",
        lookup_expr="gte",
        help_text="Only deletions at or after this moment (ISO 8601): the time of your last sync.",
        example="2024-08-15T00:00:00Z",
    )
    ordering = KeysetOrderingFilter(orders=[KeysetOrder("deleted_at", "history_date")], default="deleted_at")


class DeletedClaimFilterSet(DeletedFilterSet):
    class Meta(ApiFilterSet.Meta):
        model = Claim.history.model
        fields: list[str] = []


class DeletedEventFilterSet(DeletedFilterSet):
    class Meta(ApiFilterSet.Meta):
        model = Event.history.model
        fields: list[str] = []
