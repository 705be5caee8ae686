from enum import StrEnum


class ClaimsPlacesReviewStatusItem(StrEnum):
    REJECTED = "rejected"
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
