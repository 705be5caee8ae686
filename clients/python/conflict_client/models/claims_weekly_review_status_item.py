from enum import StrEnum


class ClaimsWeeklyReviewStatusItem(StrEnum):
    REJECTED = "rejected"
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
