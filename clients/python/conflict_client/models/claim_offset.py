from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type_enum import EventTypeEnum
from ..models.review_status_enum import ReviewStatusEnum
from ..models.stance_enum import StanceEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor import Actor


T = TypeVar("T", bound="ClaimOffset")


@_attrs_define
class ClaimOffset:
    """A claim as shown inside its source: enough to highlight the quote.

    Attributes:
        id (int): Id of the claim: /api/claims/{id}/.
        claimant (Actor):
        event (int): Id of the event the claim is about.
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
        quote_start (int): Offset of the quote's first character in `text`.
        quote_end (int): Offset just after the quote's last character: text[quote_start:quote_end].
        stance (StanceEnum | Unset): * `asserts` - Asserts
            * `denies` - Denies
            * `acknowledges` - Acknowledges (admits a setback of its own side)
        review_status (ReviewStatusEnum | Unset): * `unreviewed` - Unreviewed
            * `verified` - Verified
            * `rejected` - Rejected
    """

    id: int
    claimant: Actor
    event: int
    event_type: EventTypeEnum
    quote_start: int
    quote_end: int
    stance: StanceEnum | Unset = UNSET
    review_status: ReviewStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        claimant = self.claimant.to_dict()

        event = self.event

        event_type = self.event_type.value

        quote_start = self.quote_start

        quote_end = self.quote_end

        stance: str | Unset = UNSET
        if not isinstance(self.stance, Unset):
            stance = self.stance.value

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "claimant": claimant,
                "event": event,
                "event_type": event_type,
                "quote_start": quote_start,
                "quote_end": quote_end,
            }
        )
        if stance is not UNSET:
            field_dict["stance"] = stance
        if review_status is not UNSET:
            field_dict["review_status"] = review_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        claimant = Actor.from_dict(d.pop("claimant"))

        event = d.pop("event")

        event_type = EventTypeEnum(d.pop("event_type"))

        quote_start = d.pop("quote_start")

        quote_end = d.pop("quote_end")

        _stance = d.pop("stance", UNSET)
        stance: StanceEnum | Unset
        if isinstance(_stance, Unset):
            stance = UNSET
        else:
            stance = StanceEnum(_stance)

        _review_status = d.pop("review_status", UNSET)
        review_status: ReviewStatusEnum | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = ReviewStatusEnum(_review_status)

        claim_offset = cls(
            id=id,
            claimant=claimant,
            event=event,
            event_type=event_type,
            quote_start=quote_start,
            quote_end=quote_end,
            stance=stance,
            review_status=review_status,
        )

        claim_offset.additional_properties = d
        return claim_offset

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
