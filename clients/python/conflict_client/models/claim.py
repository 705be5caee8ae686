from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..models.review_status_enum import ReviewStatusEnum
from ..models.stance_enum import StanceEnum

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.event_brief import EventBrief
    from ..models.source_brief import SourceBrief


T = TypeVar("T", bound="Claim")


@_attrs_define
class Claim:
    """
    Attributes:
        id (int): Id of the claim.
        source (SourceBrief):
        claimant (Actor):
        stance (StanceEnum): * `asserts` - Asserts
            * `denies` - Denies
            * `acknowledges` - Acknowledges (admits a setback of its own side)
        event (EventBrief):
        quote (str): The verbatim sentence, equal to source.text[quote_start:quote_end].
        quote_start (int): Offset of the quote's first character in the source text.
        quote_end (int): Offset just after the quote's last character in the source text.
        claimed_on (datetime.date | None): When the claim was made (often the publication date).
        claimed_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        review_status (ReviewStatusEnum): * `unreviewed` - Unreviewed
            * `verified` - Verified
            * `rejected` - Rejected
        curator_note (str): The curator's note, blank when none.
        curated (bool): Edited by a curator: a re-ingest of its article never overwrites it.
        created_at (datetime.datetime): When the record was created (ISO 8601, UTC).
        updated_at (datetime.datetime): When the record was last created or edited (ISO 8601, UTC): see updated_since.
    """

    id: int
    source: SourceBrief
    claimant: Actor
    stance: StanceEnum
    event: EventBrief
    quote: str
    quote_start: int
    quote_end: int
    claimed_on: datetime.date | None
    claimed_precision: DatePrecisionEnum
    review_status: ReviewStatusEnum
    curator_note: str
    curated: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source.to_dict()

        claimant = self.claimant.to_dict()

        stance = self.stance.value

        event = self.event.to_dict()

        quote = self.quote

        quote_start = self.quote_start

        quote_end = self.quote_end

        claimed_on: None | str
        if isinstance(self.claimed_on, datetime.date):
            claimed_on = self.claimed_on.isoformat()
        else:
            claimed_on = self.claimed_on

        claimed_precision = self.claimed_precision.value

        review_status = self.review_status.value

        curator_note = self.curator_note

        curated = self.curated

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "claimant": claimant,
                "stance": stance,
                "event": event,
                "quote": quote,
                "quote_start": quote_start,
                "quote_end": quote_end,
                "claimed_on": claimed_on,
                "claimed_precision": claimed_precision,
                "review_status": review_status,
                "curator_note": curator_note,
                "curated": curated,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.event_brief import EventBrief  # noqa: PLC0415
        from ..models.source_brief import SourceBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = SourceBrief.from_dict(d.pop("source"))

        claimant = Actor.from_dict(d.pop("claimant"))

        stance = StanceEnum(d.pop("stance"))

        event = EventBrief.from_dict(d.pop("event"))

        quote = d.pop("quote")

        quote_start = d.pop("quote_start")

        quote_end = d.pop("quote_end")

        def _parse_claimed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_on_type_0 = datetime.date.fromisoformat(data)

                return claimed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        claimed_on = _parse_claimed_on(d.pop("claimed_on"))

        claimed_precision = DatePrecisionEnum(d.pop("claimed_precision"))

        review_status = ReviewStatusEnum(d.pop("review_status"))

        curator_note = d.pop("curator_note")

        curated = d.pop("curated")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        claim = cls(
            id=id,
            source=source,
            claimant=claimant,
            stance=stance,
            event=event,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            claimed_on=claimed_on,
            claimed_precision=claimed_precision,
            review_status=review_status,
            curator_note=curator_note,
            curated=curated,
            created_at=created_at,
            updated_at=updated_at,
        )

        claim.additional_properties = d
        return claim

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
