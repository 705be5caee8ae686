from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side_enum import SideEnum

T = TypeVar("T", bound="WeeklyCount")


@_attrs_define
class WeeklyCount:
    """
    Attributes:
        week (datetime.date | None): Monday of the week of the claim date; null for claims without a date.
        claimant_side (SideEnum): * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        claims (int): Claims of that side in that week.
    """

    week: datetime.date | None
    claimant_side: SideEnum
    claims: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week: None | str
        if isinstance(self.week, datetime.date):
            week = self.week.isoformat()
        else:
            week = self.week

        claimant_side = self.claimant_side.value

        claims = self.claims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "week": week,
                "claimant_side": claimant_side,
                "claims": claims,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_week(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                week_type_0 = datetime.date.fromisoformat(data)

                return week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        week = _parse_week(d.pop("week"))

        claimant_side = SideEnum(d.pop("claimant_side"))

        claims = d.pop("claims")

        weekly_count = cls(
            week=week,
            claimant_side=claimant_side,
            claims=claims,
        )

        weekly_count.additional_properties = d
        return weekly_count

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
