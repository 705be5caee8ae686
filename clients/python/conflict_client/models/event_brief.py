from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.date_precision_enum import DatePrecisionEnum
from ..models.event_type_enum import EventTypeEnum
from ..models.side_enum import SideEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_brief_quantities import EventBriefQuantities
    from ..models.locality_brief import LocalityBrief


T = TypeVar("T", bound="EventBrief")


@_attrs_define
class EventBrief:
    """
    Attributes:
        id (int): Id of the event: /api/events/{id}/, ?event={id} on claims.
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
        localities (list[LocalityBrief]): The places of the event.
        region (LocalityBrief | None): The region (oblast), or null.
        quantities (EventBriefQuantities): Numbers stated: killed, wounded, prisoners, drones, localities, area_km2,
            civilians, waves, battalions... Example: {'killed': 12, 'drones': 25}.
        actor_side (BlankEnum | None | SideEnum | Unset): The side that performed the event; null when not stated.

            * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        country_code (str | Unset): ISO 3166-1 alpha-2
        occurred_on (datetime.date | None | Unset): When it happened; for month or year precision the first day of that
            month or year.
        occurred_precision (DatePrecisionEnum | Unset): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        summary (str | Unset): A one-line description, blank when none was written.
    """

    id: int
    event_type: EventTypeEnum
    localities: list[LocalityBrief]
    region: LocalityBrief | None
    quantities: EventBriefQuantities
    actor_side: BlankEnum | None | SideEnum | Unset = UNSET
    country_code: str | Unset = UNSET
    occurred_on: datetime.date | None | Unset = UNSET
    occurred_precision: DatePrecisionEnum | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.locality_brief import LocalityBrief  # noqa: PLC0415

        id = self.id

        event_type = self.event_type.value

        localities = []
        for localities_item_data in self.localities:
            localities_item = localities_item_data.to_dict()
            localities.append(localities_item)

        region: dict[str, Any] | None
        if isinstance(self.region, LocalityBrief):
            region = self.region.to_dict()
        else:
            region = self.region

        quantities = self.quantities.to_dict()

        actor_side: None | str | Unset
        if isinstance(self.actor_side, Unset):
            actor_side = UNSET
        elif isinstance(self.actor_side, SideEnum):
            actor_side = self.actor_side.value
        elif isinstance(self.actor_side, BlankEnum):
            actor_side = self.actor_side.value
        else:
            actor_side = self.actor_side

        country_code = self.country_code

        occurred_on: None | str | Unset
        if isinstance(self.occurred_on, Unset):
            occurred_on = UNSET
        elif isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        occurred_precision: str | Unset = UNSET
        if not isinstance(self.occurred_precision, Unset):
            occurred_precision = self.occurred_precision.value

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "localities": localities,
                "region": region,
                "quantities": quantities,
            }
        )
        if actor_side is not UNSET:
            field_dict["actor_side"] = actor_side
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if occurred_precision is not UNSET:
            field_dict["occurred_precision"] = occurred_precision
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_brief_quantities import EventBriefQuantities  # noqa: PLC0415
        from ..models.locality_brief import LocalityBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        event_type = EventTypeEnum(d.pop("event_type"))

        localities = []
        _localities = d.pop("localities")
        for localities_item_data in _localities:
            localities_item = LocalityBrief.from_dict(localities_item_data)

            localities.append(localities_item)

        def _parse_region(data: object) -> LocalityBrief | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_type_1 = LocalityBrief.from_dict(data)

                return region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalityBrief | None, data)

        region = _parse_region(d.pop("region"))

        quantities = EventBriefQuantities.from_dict(d.pop("quantities"))

        def _parse_actor_side(data: object) -> BlankEnum | None | SideEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_side_type_0 = SideEnum(data)

                return actor_side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_side_type_1 = BlankEnum(data)

                return actor_side_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | None | SideEnum | Unset, data)

        actor_side = _parse_actor_side(d.pop("actor_side", UNSET))

        country_code = d.pop("country_code", UNSET)

        def _parse_occurred_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.date.fromisoformat(data)

                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on", UNSET))

        _occurred_precision = d.pop("occurred_precision", UNSET)
        occurred_precision: DatePrecisionEnum | Unset
        if isinstance(_occurred_precision, Unset):
            occurred_precision = UNSET
        else:
            occurred_precision = DatePrecisionEnum(_occurred_precision)

        summary = d.pop("summary", UNSET)

        event_brief = cls(
            id=id,
            event_type=event_type,
            localities=localities,
            region=region,
            quantities=quantities,
            actor_side=actor_side,
            country_code=country_code,
            occurred_on=occurred_on,
            occurred_precision=occurred_precision,
            summary=summary,
        )

        event_brief.additional_properties = d
        return event_brief

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
