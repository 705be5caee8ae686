from enum import StrEnum


class LocalitiesTimelineOrdering(StrEnum):
    CLAIMED_ON = "claimed_on"
    ID = "id"
    OCCURRED_ON = "occurred_on"
    PUBLISHED_ON = "published_on"
    VALUE_1 = "-occurred_on"
    VALUE_3 = "-claimed_on"
    VALUE_5 = "-published_on"
    VALUE_7 = "-id"

    def __str__(self) -> str:
        return str(self.value)
