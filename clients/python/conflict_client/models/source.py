from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """
    Attributes:
        id (int): Id of the source: /api/sources/{id}/ has its text.
        name (str): File name of the article, e.g. 000_32dfb83c7dd7f389.txt
        sha256 (str): SHA-256 of the raw bytes
        claims_count (int): Claims quoted from this article.
        ingested_at (datetime.datetime): When the article was first ingested.
        created_at (datetime.datetime): When the record was created (ISO 8601, UTC).
        updated_at (datetime.datetime): When the record was last created or edited (ISO 8601, UTC): see updated_since.
        title (str | Unset): Headline of the article, blank when none was found.
        publisher (str | Unset): Agency or outlet credited (AFP, BBC...)
        language (str | Unset): ISO 639-1 code detected from the text
        published_on (datetime.date | None | Unset): Publication date; for month or year precision, the first day of
            that month or year.
        published_precision (DatePrecisionEnum | Unset): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        extraction_note (str | Unset): Why the extraction found nothing, when it did not
    """

    id: int
    name: str
    sha256: str
    claims_count: int
    ingested_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    title: str | Unset = UNSET
    publisher: str | Unset = UNSET
    language: str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_precision: DatePrecisionEnum | Unset = UNSET
    extraction_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sha256 = self.sha256

        claims_count = self.claims_count

        ingested_at = self.ingested_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        extraction_note = self.extraction_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "sha256": sha256,
                "claims_count": claims_count,
                "ingested_at": ingested_at,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if extraction_note is not UNSET:
            field_dict["extraction_note"] = extraction_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        sha256 = d.pop("sha256")

        claims_count = d.pop("claims_count")

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        extraction_note = d.pop("extraction_note", UNSET)

        source = cls(
            id=id,
            name=name,
            sha256=sha256,
            claims_count=claims_count,
            ingested_at=ingested_at,
            created_at=created_at,
            updated_at=updated_at,
            title=title,
            publisher=publisher,
            language=language,
            published_on=published_on,
            published_precision=published_precision,
            extraction_note=extraction_note,
        )

        source.additional_properties = d
        return source

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
