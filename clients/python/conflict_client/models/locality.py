from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.locality_brief import LocalityBrief


T = TypeVar("T", bound="Locality")


@_attrs_define
class Locality:
    """
    Attributes:
        id (int): Id of the place: /api/localities/{id}/, ?locality={id}.
        name (str): Canonical English (GeoNames) spelling, e.g. Kupiansk.
        alternate_names (list[str]): Other known spellings (transliterations, former names).
        parent (LocalityBrief | None): The region of a settlement, the country of a region; or null.
        needs_geocoding (bool): A settlement placed at its region's or country's centroid.
        events_count (int): Events at this place (as one of their places or as their region).
        created_at (datetime.datetime): When the record was created (ISO 8601, UTC).
        updated_at (datetime.datetime): When the record was last created or edited (ISO 8601, UTC): see updated_since.
        name_fr (str | Unset): French spelling, e.g. Koupiansk (blank when unknown).
        name_native (str | Unset): Spelling in the local script, e.g. Куп'янськ (blank when unknown).
        kind (LocalityKindEnum | Unset): * `village` - Village
            * `town` - Town
            * `city` - City
            * `region` - Region
            * `country` - Country
        country_code (str | Unset): ISO 3166-1 alpha-2
        iso_code (str | Unset): ISO 3166-2 code of a region (e.g. UA-63), blank otherwise.
        latitude (float | None | Unset): WGS84 latitude in degrees; null when unknown.
        longitude (float | None | Unset): WGS84 longitude in degrees; null when unknown.
        geo_precision (GeoPrecisionEnum | Unset): * `exact` - Exact (the place's own coordinates)
            * `district` - District (the centroid of its district: a registry village with no known point)
            * `region` - Region (the centroid of its region: needs geocoding)
            * `country` - Country (the centroid of its country)
        geonames_id (int | None | Unset): GeoNames id, when the place comes from GeoNames.
    """

    id: int
    name: str
    alternate_names: list[str]
    parent: LocalityBrief | None
    needs_geocoding: bool
    events_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name_fr: str | Unset = UNSET
    name_native: str | Unset = UNSET
    kind: LocalityKindEnum | Unset = UNSET
    country_code: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    geo_precision: GeoPrecisionEnum | Unset = UNSET
    geonames_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.locality_brief import LocalityBrief  # noqa: PLC0415

        id = self.id

        name = self.name

        alternate_names = self.alternate_names

        parent: dict[str, Any] | None
        if isinstance(self.parent, LocalityBrief):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        needs_geocoding = self.needs_geocoding

        events_count = self.events_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name_fr = self.name_fr

        name_native = self.name_native

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        country_code = self.country_code

        iso_code = self.iso_code

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        geo_precision: str | Unset = UNSET
        if not isinstance(self.geo_precision, Unset):
            geo_precision = self.geo_precision.value

        geonames_id: int | None | Unset
        if isinstance(self.geonames_id, Unset):
            geonames_id = UNSET
        else:
            geonames_id = self.geonames_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "alternate_names": alternate_names,
                "parent": parent,
                "needs_geocoding": needs_geocoding,
                "events_count": events_count,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name_fr is not UNSET:
            field_dict["name_fr"] = name_fr
        if name_native is not UNSET:
            field_dict["name_native"] = name_native
        if kind is not UNSET:
            field_dict["kind"] = kind
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if geo_precision is not UNSET:
            field_dict["geo_precision"] = geo_precision
        if geonames_id is not UNSET:
            field_dict["geonames_id"] = geonames_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.locality_brief import LocalityBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        alternate_names = cast(list[str], d.pop("alternate_names"))

        def _parse_parent(data: object) -> LocalityBrief | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = LocalityBrief.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalityBrief | None, data)

        parent = _parse_parent(d.pop("parent"))

        needs_geocoding = d.pop("needs_geocoding")

        events_count = d.pop("events_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        name_fr = d.pop("name_fr", UNSET)

        name_native = d.pop("name_native", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: LocalityKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = LocalityKindEnum(_kind)

        country_code = d.pop("country_code", UNSET)

        iso_code = d.pop("iso_code", UNSET)

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        _geo_precision = d.pop("geo_precision", UNSET)
        geo_precision: GeoPrecisionEnum | Unset
        if isinstance(_geo_precision, Unset):
            geo_precision = UNSET
        else:
            geo_precision = GeoPrecisionEnum(_geo_precision)

        def _parse_geonames_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        geonames_id = _parse_geonames_id(d.pop("geonames_id", UNSET))

        locality = cls(
            id=id,
            name=name,
            alternate_names=alternate_names,
            parent=parent,
            needs_geocoding=needs_geocoding,
            events_count=events_count,
            created_at=created_at,
            updated_at=updated_at,
            name_fr=name_fr,
            name_native=name_native,
            kind=kind,
            country_code=country_code,
            iso_code=iso_code,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
            geonames_id=geonames_id,
        )

        locality.additional_properties = d
        return locality

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
