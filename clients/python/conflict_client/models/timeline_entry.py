from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_enum import DatePrecisionEnum
from ..models.event_type_enum import EventTypeEnum
from ..models.review_status_enum import ReviewStatusEnum
from ..models.side_enum import SideEnum
from ..models.stance_enum import StanceEnum

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.locality_brief import LocalityBrief
    from ..models.source_brief import SourceBrief


T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """One control claim about a place: who claimed what happened there, when, in which article.

    Attributes:
        id (int): Id of the claim.
        occurred_on (datetime.date | None): When the event happened.
        occurred_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        event_id (int): Id of the event.
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
        actor_side (None | SideEnum): The side that performed the event.

            * `RU` - Russia
            * `UA` - Ukraine
            * `US` - United States
            * `KP` - North Korea
            * `INT` - International (ISW, UN, NGOs...)
            * `media` - Media (the article itself)
            * `other` - Other
        localities (list[LocalityBrief]): The places of the event.
        claimant (Actor):
        stance (StanceEnum): * `asserts` - Asserts
            * `denies` - Denies
            * `acknowledges` - Acknowledges (admits a setback of its own side)
        claimed_on (datetime.date | None): When the claim was made (often the publication date).
        claimed_precision (DatePrecisionEnum): * `day` - Day
            * `month` - Month
            * `year` - Year
            * `unknown` - Unknown
        quote (str): The verbatim sentence, equal to source.text[quote_start:quote_end].
        quote_start (int): Offset of the quote's first character in the source text.
        quote_end (int): Offset just after the quote's last character in the source text.
        source (SourceBrief):
        review_status (ReviewStatusEnum): * `unreviewed` - Unreviewed
            * `verified` - Verified
            * `rejected` - Rejected
    """

    id: int
    occurred_on: datetime.date | None
    occurred_precision: DatePrecisionEnum
    event_id: int
    event_type: EventTypeEnum
    actor_side: None | SideEnum
    localities: list[LocalityBrief]
    claimant: Actor
    stance: StanceEnum
    claimed_on: datetime.date | None
    claimed_precision: DatePrecisionEnum
    quote: str
    quote_start: int
    quote_end: int
    source: SourceBrief
    review_status: ReviewStatusEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_on: None | str
        if isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        occurred_precision = self.occurred_precision.value

        event_id = self.event_id

        event_type = self.event_type.value

        actor_side: None | str
        if isinstance(self.actor_side, SideEnum):
            actor_side = self.actor_side.value
        else:
            actor_side = self.actor_side

        localities = []
        for localities_item_data in self.localities:
            localities_item = localities_item_data.to_dict()
            localities.append(localities_item)

        claimant = self.claimant.to_dict()

        stance = self.stance.value

        claimed_on: None | str
        if isinstance(self.claimed_on, datetime.date):
            claimed_on = self.claimed_on.isoformat()
        else:
            claimed_on = self.claimed_on

        claimed_precision = self.claimed_precision.value

        quote = self.quote

        quote_start = self.quote_start

        quote_end = self.quote_end

        source = self.source.to_dict()

        review_status = self.review_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_on": occurred_on,
                "occurred_precision": occurred_precision,
                "event_id": event_id,
                "event_type": event_type,
                "actor_side": actor_side,
                "localities": localities,
                "claimant": claimant,
                "stance": stance,
                "claimed_on": claimed_on,
                "claimed_precision": claimed_precision,
                "quote": quote,
                "quote_start": quote_start,
                "quote_end": quote_end,
                "source": source,
                "review_status": review_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.locality_brief import LocalityBrief  # noqa: PLC0415
        from ..models.source_brief import SourceBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        occurred_precision = DatePrecisionEnum(d.pop("occurred_precision"))

        event_id = d.pop("event_id")

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

        localities = []
        _localities = d.pop("localities")
        for localities_item_data in _localities:
            localities_item = LocalityBrief.from_dict(localities_item_data)

            localities.append(localities_item)

        claimant = Actor.from_dict(d.pop("claimant"))

        stance = StanceEnum(d.pop("stance"))

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

        quote = d.pop("quote")

        quote_start = d.pop("quote_start")

        quote_end = d.pop("quote_end")

        source = SourceBrief.from_dict(d.pop("source"))

        review_status = ReviewStatusEnum(d.pop("review_status"))

        timeline_entry = cls(
            id=id,
            occurred_on=occurred_on,
            occurred_precision=occurred_precision,
            event_id=event_id,
            event_type=event_type,
            actor_side=actor_side,
            localities=localities,
            claimant=claimant,
            stance=stance,
            claimed_on=claimed_on,
            claimed_precision=claimed_precision,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            source=source,
            review_status=review_status,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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
