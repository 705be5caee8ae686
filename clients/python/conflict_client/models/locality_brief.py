from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalityBrief")


@_attrs_define
class LocalityBrief:
    """
    Attributes:
        id (int): Id of the place: /api/localities/{id}/, ?locality={id}.
        name (str): Canonical English (GeoNames) spelling, e.g. Kupiansk.
        name_fr (str | Unset): French spelling, e.g. Koupiansk (blank when unknown).
        name_native (str | Unset): Spelling in the local script, e.g. Куп'янськ (blank when unknown).
        kind (LocalityKindEnum | Unset): * `village` - Village
            * `town` - Town
            * `city` - City
            * `region` - Region
            * `country` - Country
        country_code (str | Unset): ISO 3166-1 alpha-2
        latitude (float | None | Unset): WGS84 latitude in degrees; null when unknown.
        longitude (float | None | Unset): WGS84 longitude in degrees; null when unknown.
        geo_precision (GeoPrecisionEnum | Unset): * `exact` - Exact (the place's own coordinates)
            * `district` - District (the centroid of its district: a registry village with no known point)
            * `region` - Region (the centroid of its region: needs geocoding)
            * `country` - Country (the centroid of its country)
    """

    id: int
    name: str
    name_fr: str | Unset = UNSET
    name_native: str | Unset = UNSET
    kind: LocalityKindEnum | Unset = UNSET
    country_code: str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    geo_precision: GeoPrecisionEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        name_fr = self.name_fr

        name_native = self.name_native

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        country_code = self.country_code

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
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
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if geo_precision is not UNSET:
            field_dict["geo_precision"] = geo_precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        name_fr = d.pop("name_fr", UNSET)

        name_native = d.pop("name_native", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: LocalityKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = LocalityKindEnum(_kind)

        country_code = d.pop("country_code", UNSET)

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

        locality_brief = cls(
            id=id,
            name=name,
            name_fr=name_fr,
            name_native=name_native,
            kind=kind,
            country_code=country_code,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
        )

        locality_brief.additional_properties = d
        return locality_brief

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
