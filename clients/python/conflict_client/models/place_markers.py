from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_enum import ControlEnum
from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum

T = TypeVar("T", bound="PlaceMarkers")


@_attrs_define
class PlaceMarkers:
    """The places of /api/claims/places/ as columns: entry i of every list is place i (busiest first).

    Attributes:
        count (int): Number of places: the length of every list.
        id (list[int]): Ids of the places.
        name (list[str]): Canonical English spellings.
        name_fr (list[str]): French spellings (blank when unknown).
        kind (list[LocalityKindEnum]): village, town, city, region or country.
        latitude (list[float]): WGS84 latitudes.
        longitude (list[float]): WGS84 longitudes.
        geo_precision (list[GeoPrecisionEnum]): exact: the place's own point; district, region or country: only the
            centroid of that area.
        claims_count (list[int]): Filtered claims about events at each place.
        control (list[ControlEnum | None]): Who holds each place after its latest control event among the filtered
            claims: RU, UA, contested, or null (no control claim).
    """

    count: int
    id: list[int]
    name: list[str]
    name_fr: list[str]
    kind: list[LocalityKindEnum]
    latitude: list[float]
    longitude: list[float]
    geo_precision: list[GeoPrecisionEnum]
    claims_count: list[int]
    control: list[ControlEnum | None]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        id = self.id

        name = self.name

        name_fr = self.name_fr

        kind = []
        for kind_item_data in self.kind:
            kind_item = kind_item_data.value
            kind.append(kind_item)

        latitude = self.latitude

        longitude = self.longitude

        geo_precision = []
        for geo_precision_item_data in self.geo_precision:
            geo_precision_item = geo_precision_item_data.value
            geo_precision.append(geo_precision_item)

        claims_count = self.claims_count

        control = []
        for control_item_data in self.control:
            control_item: None | str
            if isinstance(control_item_data, ControlEnum):
                control_item = control_item_data.value
            else:
                control_item = control_item_data
            control.append(control_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "id": id,
                "name": name,
                "name_fr": name_fr,
                "kind": kind,
                "latitude": latitude,
                "longitude": longitude,
                "geo_precision": geo_precision,
                "claims_count": claims_count,
                "control": control,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        id = cast(list[int], d.pop("id"))

        name = cast(list[str], d.pop("name"))

        name_fr = cast(list[str], d.pop("name_fr"))

        kind = []
        _kind = d.pop("kind")
        for kind_item_data in _kind:
            kind_item = LocalityKindEnum(kind_item_data)

            kind.append(kind_item)

        latitude = cast(list[float], d.pop("latitude"))

        longitude = cast(list[float], d.pop("longitude"))

        geo_precision = []
        _geo_precision = d.pop("geo_precision")
        for geo_precision_item_data in _geo_precision:
            geo_precision_item = GeoPrecisionEnum(geo_precision_item_data)

            geo_precision.append(geo_precision_item)

        claims_count = cast(list[int], d.pop("claims_count"))

        control = []
        _control = d.pop("control")
        for control_item_data in _control:

            def _parse_control_item(data: object) -> ControlEnum | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    control_item_type_0 = ControlEnum(data)

                    return control_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ControlEnum | None, data)

            control_item = _parse_control_item(control_item_data)

            control.append(control_item)

        place_markers = cls(
            count=count,
            id=id,
            name=name,
            name_fr=name_fr,
            kind=kind,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
            claims_count=claims_count,
            control=control,
        )

        place_markers.additional_properties = d
        return place_markers

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
