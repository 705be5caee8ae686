from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status_enum import ReviewStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClaimCurationRequest")


@_attrs_define
class PatchedClaimCurationRequest:
    """What a curator may change on a claim.

    Attributes:
        review_status (ReviewStatusEnum | Unset): * `unreviewed` - Unreviewed
            * `verified` - Verified
            * `rejected` - Rejected
        curator_note (str | Unset): Why: the curator's note.
    """

    review_status: ReviewStatusEnum | Unset = UNSET
    curator_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        curator_note = self.curator_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if curator_note is not UNSET:
            field_dict["curator_note"] = curator_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _review_status = d.pop("review_status", UNSET)
        review_status: ReviewStatusEnum | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = ReviewStatusEnum(_review_status)

        curator_note = d.pop("curator_note", UNSET)

        patched_claim_curation_request = cls(
            review_status=review_status,
            curator_note=curator_note,
        )

        patched_claim_curation_request.additional_properties = d
        return patched_claim_curation_request

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
