from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type_enum import EventTypeEnum
from ..models.side_enum import SideEnum

T = TypeVar("T", bound="ControlEvent")


@_attrs_define
class ControlEvent:
    """
    Attributes:
        id (int): Id of the event: /api/events/{id}/.
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
        actor_side (None | SideEnum): The side that acted.

            * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        occurred_on (datetime.date | None): When it happened; null when undated.
        contested (bool): Its claims oppose each other.
    """

    id: int
    event_type: EventTypeEnum
    actor_side: None | SideEnum
    occurred_on: datetime.date | None
    contested: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        contested = self.contested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "actor_side": actor_side,
                "occurred_on": occurred_on,
                "contested": contested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        contested = d.pop("contested")

        control_event = cls(
            id=id,
            event_type=event_type,
            actor_side=actor_side,
            occurred_on=occurred_on,
            contested=contested,
        )

        control_event.additional_properties = d
        return control_event

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
