from enum import StrEnum


class ClaimsMarkersReviewStatusItem(StrEnum):
    REJECTED = "rejected"
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
