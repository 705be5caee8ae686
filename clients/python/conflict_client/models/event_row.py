from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..models.event_type_enum import EventTypeEnum
from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum
from ..models.side_enum import SideEnum

T = TypeVar("T", bound="EventRow")


@_attrs_define
class EventRow:
    """An event flattened for CSV and GeoJSON: one row per event x place.

    Attributes:
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
        summary (str): One-line description.
        quantities (str): The numbers stated, as a JSON object in a string.
        claims_count (int): Claims about the event.
        sources_count (int): Articles with a claim about the event.
        contested (bool): Claims of opposing stance or from both camps.
        claimant_sides (str): Sides of the claimants, separated by ';'.
        curated (bool): Edited by a curator: a re-ingest of its article never overwrites it.
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

    event_id: int
    event_type: EventTypeEnum
    actor_side: None | SideEnum
    occurred_on: datetime.date | None
    occurred_precision: DatePrecisionEnum
    country_code: str
    region_id: int | None
    region_name: None | str
    summary: str
    quantities: str
    claims_count: int
    sources_count: int
    contested: bool
    claimant_sides: str
    curated: bool
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

        summary = self.summary

        quantities = self.quantities

        claims_count = self.claims_count

        sources_count = self.sources_count

        contested = self.contested

        claimant_sides = self.claimant_sides

        curated = self.curated

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
                "event_id": event_id,
                "event_type": event_type,
                "actor_side": actor_side,
                "occurred_on": occurred_on,
                "occurred_precision": occurred_precision,
                "country_code": country_code,
                "region_id": region_id,
                "region_name": region_name,
                "summary": summary,
                "quantities": quantities,
                "claims_count": claims_count,
                "sources_count": sources_count,
                "contested": contested,
                "claimant_sides": claimant_sides,
                "curated": curated,
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

        summary = d.pop("summary")

        quantities = d.pop("quantities")

        claims_count = d.pop("claims_count")

        sources_count = d.pop("sources_count")

        contested = d.pop("contested")

        claimant_sides = d.pop("claimant_sides")

        curated = d.pop("curated")

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

        event_row = cls(
            event_id=event_id,
            event_type=event_type,
            actor_side=actor_side,
            occurred_on=occurred_on,
            occurred_precision=occurred_precision,
            country_code=country_code,
            region_id=region_id,
            region_name=region_name,
            summary=summary,
            quantities=quantities,
            claims_count=claims_count,
            sources_count=sources_count,
            contested=contested,
            claimant_sides=claimant_sides,
            curated=curated,
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

        event_row.additional_properties = d
        return event_row

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
