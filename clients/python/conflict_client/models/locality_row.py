from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum

T = TypeVar("T", bound="LocalityRow")


@_attrs_define
class LocalityRow:
    """A place flattened for CSV and GeoJSON.

    Attributes:
        locality_id (int): Id of the place.
        name (str): Canonical English spelling.
        name_fr (str): French spelling.
        name_native (str): Spelling in the local script.
        kind (LocalityKindEnum): * `village` - Village
            * `town` - Town
            * `city` - City
            * `region` - Region
            * `country` - Country
        parent_id (int | None): Id of the parent (region or country).
        parent_name (None | str): Name of the parent.
        country_code (str): ISO 3166-1 alpha-2 country.
        iso_code (str): ISO 3166-2 code of a region.
        latitude (float | None): Latitude (WGS84).
        longitude (float | None): Longitude (WGS84).
        geo_precision (GeoPrecisionEnum): * `exact` - Exact (the place's own coordinates)
            * `district` - District (the centroid of its district: a registry village with no known point)
            * `region` - Region (the centroid of its region: needs geocoding)
            * `country` - Country (the centroid of its country)
        needs_geocoding (bool): A settlement placed at a centroid.
        geonames_id (int | None): GeoNames id.
        events_count (int): Events at the place.
        created_at (datetime.datetime): When the record was created (ISO 8601, UTC).
        updated_at (datetime.datetime): When the record was last created or edited (ISO 8601, UTC): see updated_since.
    """

    locality_id: int
    name: str
    name_fr: str
    name_native: str
    kind: LocalityKindEnum
    parent_id: int | None
    parent_name: None | str
    country_code: str
    iso_code: str
    latitude: float | None
    longitude: float | None
    geo_precision: GeoPrecisionEnum
    needs_geocoding: bool
    geonames_id: int | None
    events_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locality_id = self.locality_id

        name = self.name

        name_fr = self.name_fr

        name_native = self.name_native

        kind = self.kind.value

        parent_id: int | None
        parent_id = self.parent_id

        parent_name: None | str
        parent_name = self.parent_name

        country_code = self.country_code

        iso_code = self.iso_code

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        geo_precision = self.geo_precision.value

        needs_geocoding = self.needs_geocoding

        geonames_id: int | None
        geonames_id = self.geonames_id

        events_count = self.events_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locality_id": locality_id,
                "name": name,
                "name_fr": name_fr,
                "name_native": name_native,
                "kind": kind,
                "parent_id": parent_id,
                "parent_name": parent_name,
                "country_code": country_code,
                "iso_code": iso_code,
                "latitude": latitude,
                "longitude": longitude,
                "geo_precision": geo_precision,
                "needs_geocoding": needs_geocoding,
                "geonames_id": geonames_id,
                "events_count": events_count,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locality_id = d.pop("locality_id")

        name = d.pop("name")

        name_fr = d.pop("name_fr")

        name_native = d.pop("name_native")

        kind = LocalityKindEnum(d.pop("kind"))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_parent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_name = _parse_parent_name(d.pop("parent_name"))

        country_code = d.pop("country_code")

        iso_code = d.pop("iso_code")

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

        geo_precision = GeoPrecisionEnum(d.pop("geo_precision"))

        needs_geocoding = d.pop("needs_geocoding")

        def _parse_geonames_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        geonames_id = _parse_geonames_id(d.pop("geonames_id"))

        events_count = d.pop("events_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        locality_row = cls(
            locality_id=locality_id,
            name=name,
            name_fr=name_fr,
            name_native=name_native,
            kind=kind,
            parent_id=parent_id,
            parent_name=parent_name,
            country_code=country_code,
            iso_code=iso_code,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
            needs_geocoding=needs_geocoding,
            geonames_id=geonames_id,
            events_count=events_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        locality_row.additional_properties = d
        return locality_row

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
