from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..models.event_type_enum import EventTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedEventCurationRequest")


@_attrs_define
class PatchedEventCurationRequest:
    """What a curator may change on an event.

    Attributes:
        event_type (EventTypeEnum | Unset): * `capture` - Capture
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
        occurred_on (datetime.date | None | Unset): New date; for month or year precision any day of it (stored as the
            first).
        occurred_precision (DatePrecisionEnum | Unset): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        localities (list[int] | Unset): Ids of the event's places (replaces the list).
    """

    event_type: EventTypeEnum | Unset = UNSET
    occurred_on: datetime.date | None | Unset = UNSET
    occurred_precision: DatePrecisionEnum | Unset = UNSET
    localities: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

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

        localities: list[int] | Unset = UNSET
        if not isinstance(self.localities, Unset):
            localities = self.localities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if occurred_precision is not UNSET:
            field_dict["occurred_precision"] = occurred_precision
        if localities is not UNSET:
            field_dict["localities"] = localities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: EventTypeEnum | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = EventTypeEnum(_event_type)

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

        localities = cast(list[int], d.pop("localities", UNSET))

        patched_event_curation_request = cls(
            event_type=event_type,
            occurred_on=occurred_on,
            occurred_precision=occurred_precision,
            localities=localities,
        )

        patched_event_curation_request.additional_properties = d
        return patched_event_curation_request

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
