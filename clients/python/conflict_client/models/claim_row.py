from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_kind_enum import ActorKindEnum
from ..models.date_precision_enum import DatePrecisionEnum
from ..models.event_type_enum import EventTypeEnum
from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum
from ..models.review_status_enum import ReviewStatusEnum
from ..models.side_enum import SideEnum
from ..models.stance_enum import StanceEnum

T = TypeVar("T", bound="ClaimRow")


@_attrs_define
class ClaimRow:
    """A claim flattened for CSV and GeoJSON: one row per claim x place of its event.

    Attributes:
        claim_id (int): Id of the claim.
        stance (StanceEnum): * `asserts` - Asserts
            * `denies` - Denies
            * `acknowledges` - Acknowledges (admits a setback of its own side)
        quote (str): The verbatim quote.
        quote_start (int): Offset of the quote in the source text.
        quote_end (int): Offset just after the quote.
        claimed_on (datetime.date | None): When the claim was made.
        claimed_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        review_status (ReviewStatusEnum): * `unreviewed` - Unreviewed
            * `verified` - Verified
            * `rejected` - Rejected
        curated (bool): Edited by a curator: a re-ingest of its article never overwrites it.
        claimant_id (int): Id of the claimant.
        claimant_name (str): Name of the claimant.
        claimant_side (SideEnum): * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        claimant_kind (ActorKindEnum): * `ministry` - Ministry
            * `person` - Person
            * `army` - Armed forces
            * `government` - Government
            * `media` - Media
            * `organisation` - Organisation
            * `other` - Other
        source_id (int): Id of the source.
        source_name (str): File name of the source.
        source_title (str): Title of the source.
        source_publisher (str): Agency or outlet credited.
        source_published_on (datetime.date | None): Publication date.
        source_published_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        event_id (int): Id of the event.
        event_type (EventTypeEnum): * `capture` - Capture
            * `withdrawal` - Withdrawal
            * `offensive` - Offensive
            * `attack_repelled` - Attack repelled
            * `strike` - Strike
            * `interception` - Interception
            * `prisoners` - Prisoners
            * `casualties` - Casualties
            * `displacement` - Displacement
            * `deployment` - Deployment
            * `territorial_control` - Territorial control
            * `encirclement` - Encirclement
            * `agreement` - Agreement
        actor_side (None | SideEnum): Side that performed the event.

            * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        occurred_on (datetime.date | None): When the event happened.
        occurred_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        country_code (str): ISO 3166-1 alpha-2 country of the event.
        region_id (int | None): Id of the event's region.
        region_name (None | str): Name of the event's region.
        quantities (str): The numbers stated, as a JSON object in a string.
        locality_id (int | None): Id of the place of this row (one row per place; a region when the event has no place
            of its own; null when it has neither).
        locality_name (None | str): Canonical name of the place.
        locality_name_fr (None | str): French name of the place.
        locality_kind (LocalityKindEnum | None): Kind of place.

            * `village` - Village
            * `town` - Town
            * `city` - City
            * `region` - Region
            * `country` - Country
        latitude (float | None): Latitude of the place (WGS84).
        longitude (float | None): Longitude of the place (WGS84).
        geo_precision (GeoPrecisionEnum | None): exact, or the centroid of a region or country.

            * `exact` - Exact (the place's own coordinates)
            * `district` - District (the centroid of its district: a registry village with no known point)
            * `region` - Region (the centroid of its region: needs geocoding)
            * `country` - Country (the centroid of its country)
        created_at (datetime.datetime): When the record was created (ISO 8601, UTC).
        updated_at (datetime.datetime): When the record was last created or edited (ISO 8601, UTC): see updated_since.
    """

    claim_id: int
    stance: StanceEnum
    quote: str
    quote_start: int
    quote_end: int
    claimed_on: datetime.date | None
    claimed_precision: DatePrecisionEnum
    review_status: ReviewStatusEnum
    curated: bool
    claimant_id: int
    claimant_name: str
    claimant_side: SideEnum
    claimant_kind: ActorKindEnum
    source_id: int
    source_name: str
    source_title: str
    source_publisher: str
    source_published_on: datetime.date | None
    source_published_precision: DatePrecisionEnum
    event_id: int
    event_type: EventTypeEnum
    actor_side: None | SideEnum
    occurred_on: datetime.date | None
    occurred_precision: DatePrecisionEnum
    country_code: str
    region_id: int | None
    region_name: None | str
    quantities: str
    locality_id: int | None
    locality_name: None | str
    locality_name_fr: None | str
    locality_kind: LocalityKindEnum | None
    latitude: float | None
    longitude: float | None
    geo_precision: GeoPrecisionEnum | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_id = self.claim_id

        stance = self.stance.value

        quote = self.quote

        quote_start = self.quote_start

        quote_end = self.quote_end

        claimed_on: None | str
        if isinstance(self.claimed_on, datetime.date):
            claimed_on = self.claimed_on.isoformat()
        else:
            claimed_on = self.claimed_on

        claimed_precision = self.claimed_precision.value

        review_status = self.review_status.value

        curated = self.curated

        claimant_id = self.claimant_id

        claimant_name = self.claimant_name

        claimant_side = self.claimant_side.value

        claimant_kind = self.claimant_kind.value

        source_id = self.source_id

        source_name = self.source_name

        source_title = self.source_title

        source_publisher = self.source_publisher

        source_published_on: None | str
        if isinstance(self.source_published_on, datetime.date):
            source_published_on = self.source_published_on.isoformat()
        else:
            source_published_on = self.source_published_on

        source_published_precision = self.source_published_precision.value

        event_id = self.event_id

        event_type = self.event_type.value

        actor_side: None | str
        if isinstance(self.actor_side, SideEnum):
            actor_side = self.actor_side.value
        else:
            actor_side = self.actor_side

        occurred_on: None | str
        if isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        occurred_precision = self.occurred_precision.value

        country_code = self.country_code

        region_id: int | None
        region_id = self.region_id

        region_name: None | str
        region_name = self.region_name

        quantities = self.quantities

        locality_id: int | None
        locality_id = self.locality_id

        locality_name: None | str
        locality_name = self.locality_name

        locality_name_fr: None | str
        locality_name_fr = self.locality_name_fr

        locality_kind: None | str
        if isinstance(self.locality_kind, LocalityKindEnum):
            locality_kind = self.locality_kind.value
        else:
            locality_kind = self.locality_kind

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        geo_precision: None | str
        if isinstance(self.geo_precision, GeoPrecisionEnum):
            geo_precision = self.geo_precision.value
        else:
            geo_precision = self.geo_precision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_id": claim_id,
                "stance": stance,
                "quote": quote,
                "quote_start": quote_start,
                "quote_end": quote_end,
                "claimed_on": claimed_on,
                "claimed_precision": claimed_precision,
                "review_status": review_status,
                "curated": curated,
                "claimant_id": claimant_id,
                "claimant_name": claimant_name,
                "claimant_side": claimant_side,
                "claimant_kind": claimant_kind,
                "source_id": source_id,
                "source_name": source_name,
                "source_title": source_title,
                "source_publisher": source_publisher,
                "source_published_on": source_published_on,
                "source_published_precision": source_published_precision,
                "event_id": event_id,
                "event_type": event_type,
                "actor_side": actor_side,
                "occurred_on": occurred_on,
                "occurred_precision": occurred_precision,
                "country_code": country_code,
                "region_id": region_id,
                "region_name": region_name,
                "quantities": quantities,
                "locality_id": locality_id,
                "locality_name": locality_name,
                "locality_name_fr": locality_name_fr,
                "locality_kind": locality_kind,
                "latitude": latitude,
                "longitude": longitude,
                "geo_precision": geo_precision,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_id = d.pop("claim_id")

        stance = StanceEnum(d.pop("stance"))

        quote = d.pop("quote")

        quote_start = d.pop("quote_start")

        quote_end = d.pop("quote_end")

        def _parse_claimed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_on_type_0 = datetime.date.fromisoformat(data)

                return claimed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        claimed_on = _parse_claimed_on(d.pop("claimed_on"))

        claimed_precision = DatePrecisionEnum(d.pop("claimed_precision"))

        review_status = ReviewStatusEnum(d.pop("review_status"))

        curated = d.pop("curated")

        claimant_id = d.pop("claimant_id")

        claimant_name = d.pop("claimant_name")

        claimant_side = SideEnum(d.pop("claimant_side"))

        claimant_kind = ActorKindEnum(d.pop("claimant_kind"))

        source_id = d.pop("source_id")

        source_name = d.pop("source_name")

        source_title = d.pop("source_title")

        source_publisher = d.pop("source_publisher")

        def _parse_source_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_published_on_type_0 = datetime.date.fromisoformat(data)

                return source_published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        source_published_on = _parse_source_published_on(d.pop("source_published_on"))

        source_published_precision = DatePrecisionEnum(d.pop("source_published_precision"))

        event_id = d.pop("event_id")

        event_type = EventTypeEnum(d.pop("event_type"))

        def _parse_actor_side(data: object) -> None | SideEnum:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_side_type_0 = SideEnum(data)

                return actor_side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SideEnum, data)

        actor_side = _parse_actor_side(d.pop("actor_side"))

        def _parse_occurred_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.date.fromisoformat(data)

                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on"))

        occurred_precision = DatePrecisionEnum(d.pop("occurred_precision"))

        country_code = d.pop("country_code")

        def _parse_region_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        region_id = _parse_region_id(d.pop("region_id"))

        def _parse_region_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_name = _parse_region_name(d.pop("region_name"))

        quantities = d.pop("quantities")

        def _parse_locality_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        locality_id = _parse_locality_id(d.pop("locality_id"))

        def _parse_locality_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locality_name = _parse_locality_name(d.pop("locality_name"))

        def _parse_locality_name_fr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locality_name_fr = _parse_locality_name_fr(d.pop("locality_name_fr"))

        def _parse_locality_kind(data: object) -> LocalityKindEnum | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locality_kind_type_0 = LocalityKindEnum(data)

                return locality_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalityKindEnum | None, data)

        locality_kind = _parse_locality_kind(d.pop("locality_kind"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        def _parse_geo_precision(data: object) -> GeoPrecisionEnum | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geo_precision_type_0 = GeoPrecisionEnum(data)

                return geo_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoPrecisionEnum | None, data)

        geo_precision = _parse_geo_precision(d.pop("geo_precision"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        claim_row = cls(
            claim_id=claim_id,
            stance=stance,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            claimed_on=claimed_on,
            claimed_precision=claimed_precision,
            review_status=review_status,
            curated=curated,
            claimant_id=claimant_id,
            claimant_name=claimant_name,
            claimant_side=claimant_side,
            claimant_kind=claimant_kind,
            source_id=source_id,
            source_name=source_name,
            source_title=source_title,
            source_publisher=source_publisher,
            source_published_on=source_published_on,
            source_published_precision=source_published_precision,
            event_id=event_id,
            event_type=event_type,
            actor_side=actor_side,
            occurred_on=occurred_on,
            occurred_precision=occurred_precision,
            country_code=country_code,
            region_id=region_id,
            region_name=region_name,
            quantities=quantities,
            locality_id=locality_id,
            locality_name=locality_name,
            locality_name_fr=locality_name_fr,
            locality_kind=locality_kind,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
            created_at=created_at,
            updated_at=updated_at,
        )

        claim_row.additional_properties = d
        return claim_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
