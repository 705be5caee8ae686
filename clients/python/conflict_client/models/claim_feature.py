from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_json_feature_type_enum import GeoJSONFeatureTypeEnum

if TYPE_CHECKING:
    from ..models.claim_row import ClaimRow
    from ..models.point import Point


T = TypeVar("T", bound="ClaimFeature")


@_attrs_define
class ClaimFeature:
    """A claim at one place: a Point, or a null geometry where there are no coordinates.

    Attributes:
        type_ (GeoJSONFeatureTypeEnum): * `Feature` - Feature
        geometry (None | Point): The place's Point, or null.
        properties (ClaimRow): A claim flattened for CSV and GeoJSON: one row per claim x place of its event.
    """

    type_: GeoJSONFeatureTypeEnum
    geometry: None | Point
    properties: ClaimRow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.point import Point  # noqa: PLC0415

        type_ = self.type_.value

        geometry: dict[str, Any] | None
        if isinstance(self.geometry, Point):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "geometry": geometry,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_row import ClaimRow  # noqa: PLC0415
        from ..models.point import Point  # noqa: PLC0415

        d = dict(src_dict)
        type_ = GeoJSONFeatureTypeEnum(d.pop("type"))

        def _parse_geometry(data: object) -> None | Point:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geometry_type_1 = Point.from_dict(data)

                return geometry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Point, data)

        geometry = _parse_geometry(d.pop("geometry"))

        properties = ClaimRow.from_dict(d.pop("properties"))

        claim_feature = cls(
            type_=type_,
            geometry=geometry,
            properties=properties,
        )

        claim_feature.additional_properties = d
        return claim_feature

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
