from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_enum import ControlEnum
from ..models.geo_precision_enum import GeoPrecisionEnum
from ..models.locality_kind_enum import LocalityKindEnum

if TYPE_CHECKING:
    from ..models.control_event import ControlEvent


T = TypeVar("T", bound="PlaceClaims")


@_attrs_define
class PlaceClaims:
    """A place of the filtered claims: where it is, how many claims, what its latest control claim says.

    Attributes:
        id (int): Id of the place: /api/localities/{id}/timeline/.
        name (str): Canonical English spelling.
        name_fr (str): French spelling (blank when unknown).
        kind (LocalityKindEnum): * `village` - Village
            * `town` - Town
            * `city` - City
            * `region` - Region
            * `country` - Country
        country_code (str): ISO 3166-1 alpha-2.
        latitude (float): WGS84 latitude.
        longitude (float): WGS84 longitude.
        geo_precision (GeoPrecisionEnum): * `exact` - Exact (the place's own coordinates)
            * `district` - District (the centroid of its district: a registry village with no known point)
            * `region` - Region (the centroid of its region: needs geocoding)
            * `country` - Country (the centroid of its country)
        claims_count (int): Filtered claims about events at this place (an event with no place of its own counts at its
            region).
        contested_claims_count (int): Of those, claims about contested events.
        control (ControlEnum | None): Who holds the place after its latest control event among the filtered claims: RU,
            UA, contested (its claims oppose each other, or an encirclement), or null (no control claim).

            * `RU` - Russian control
            * `UA` - Ukrainian control
            * `contested` - Contested
        control_event (ControlEvent | None): That latest control event, or null.
    """

    id: int
    name: str
    name_fr: str
    kind: LocalityKindEnum
    country_code: str
    latitude: float
    longitude: float
    geo_precision: GeoPrecisionEnum
    claims_count: int
    contested_claims_count: int
    control: ControlEnum | None
    control_event: ControlEvent | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_event import ControlEvent  # noqa: PLC0415

        id = self.id

        name = self.name

        name_fr = self.name_fr

        kind = self.kind.value

        country_code = self.country_code

        latitude = self.latitude

        longitude = self.longitude

        geo_precision = self.geo_precision.value

        claims_count = self.claims_count

        contested_claims_count = self.contested_claims_count

        control: None | str
        if isinstance(self.control, ControlEnum):
            control = self.control.value
        else:
            control = self.control

        control_event: dict[str, Any] | None
        if isinstance(self.control_event, ControlEvent):
            control_event = self.control_event.to_dict()
        else:
            control_event = self.control_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "name_fr": name_fr,
                "kind": kind,
                "country_code": country_code,
                "latitude": latitude,
                "longitude": longitude,
                "geo_precision": geo_precision,
                "claims_count": claims_count,
                "contested_claims_count": contested_claims_count,
                "control": control,
                "control_event": control_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_event import ControlEvent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        name_fr = d.pop("name_fr")

        kind = LocalityKindEnum(d.pop("kind"))

        country_code = d.pop("country_code")

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        geo_precision = GeoPrecisionEnum(d.pop("geo_precision"))

        claims_count = d.pop("claims_count")

        contested_claims_count = d.pop("contested_claims_count")

        def _parse_control(data: object) -> ControlEnum | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                control_type_0 = ControlEnum(data)

                return control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlEnum | None, data)

        control = _parse_control(d.pop("control"))

        def _parse_control_event(data: object) -> ControlEvent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_event_type_1 = ControlEvent.from_dict(data)

                return control_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlEvent | None, data)

        control_event = _parse_control_event(d.pop("control_event"))

        place_claims = cls(
            id=id,
            name=name,
            name_fr=name_fr,
            kind=kind,
            country_code=country_code,
            latitude=latitude,
            longitude=longitude,
            geo_precision=geo_precision,
            claims_count=claims_count,
            contested_claims_count=contested_claims_count,
            control=control,
            control_event=control_event,
        )

        place_claims.additional_properties = d
        return place_claims

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
