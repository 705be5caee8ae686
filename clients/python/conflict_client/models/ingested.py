from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ingest_status_enum import IngestStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_detail import SourceDetail


T = TypeVar("T", bound="Ingested")


@_attrs_define
class Ingested:
    """What one posted article became.

    Attributes:
        name (str): The name the article was posted under.
        status (IngestStatusEnum): * `created` - created
            * `updated` - updated
            * `unchanged` - unchanged
            * `failed` - failed
        error (str | Unset): Why the article was refused (failed only).
        source (SourceDetail | Unset):
    """

    name: str
    status: IngestStatusEnum
    error: str | Unset = UNSET
    source: SourceDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        error = self.error

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_detail import SourceDetail  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        status = IngestStatusEnum(d.pop("status"))

        error = d.pop("error", UNSET)

        _source = d.pop("source", UNSET)
        source: SourceDetail | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SourceDetail.from_dict(_source)

        ingested = cls(
            name=name,
            status=status,
            error=error,
            source=source,
        )

        ingested.additional_properties = d
        return ingested

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
