from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_kind_enum import ActorKindEnum
from ..models.side_enum import SideEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Actor")


@_attrs_define
class Actor:
    """
    Attributes:
        id (int): Id of the claimant: ?claimant={id}.
        name (str): Normalised name, e.g. Russian Ministry of Defence.
        side (SideEnum): * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        kind (ActorKindEnum | Unset): * `ministry` - Ministry
            * `person` - Person
            * `army` - Armed forces
            * `government` - Government
            * `media` - Media
            * `organisation` - Organisation
            * `other` - Other
    """

    id: int
    name: str
    side: SideEnum
    kind: ActorKindEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        side = self.side.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "side": side,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        side = SideEnum(d.pop("side"))

        _kind = d.pop("kind", UNSET)
        kind: ActorKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ActorKindEnum(_kind)

        actor = cls(
            id=id,
            name=name,
            side=side,
            kind=kind,
        )

        actor.additional_properties = d
        return actor

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
