from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceBrief")


@_attrs_define
class SourceBrief:
    """
    Attributes:
        id (int): Id of the source: /api/sources/{id}/ has its text.
        name (str): File name of the article, e.g. 000_32dfb83c7dd7f389.txt
        title (str | Unset): Headline of the article, blank when none was found.
        publisher (str | Unset): Agency or outlet credited (AFP, BBC...)
        language (str | Unset): ISO 639-1 code detected from the text
        published_on (datetime.date | None | Unset): Publication date; for month or year precision, the first day of
            that month or year.
        published_precision (DatePrecisionEnum | Unset): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
    """

    id: int
    name: str
    title: str | Unset = UNSET
    publisher: str | Unset = UNSET
    language: str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_precision: DatePrecisionEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        title = self.title

        publisher = self.publisher

        language = self.language

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        published_precision: str | Unset = UNSET
        if not isinstance(self.published_precision, Unset):
            published_precision = self.published_precision.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if language is not UNSET:
            field_dict["language"] = language
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if published_precision is not UNSET:
            field_dict["published_precision"] = published_precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        title = d.pop("title", UNSET)

        publisher = d.pop("publisher", UNSET)

        language = d.pop("language", UNSET)

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        _published_precision = d.pop("published_precision", UNSET)
        published_precision: DatePrecisionEnum | Unset
        if isinstance(_published_precision, Unset):
            published_precision = UNSET
        else:
            published_precision = DatePrecisionEnum(_published_precision)

        source_brief = cls(
            id=id,
            name=name,
            title=title,
            publisher=publisher,
            language=language,
            published_on=published_on,
            published_precision=published_precision,
        )

        source_brief.additional_properties = d
        return source_brief

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
