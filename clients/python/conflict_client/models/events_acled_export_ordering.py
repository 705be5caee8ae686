from enum import StrEnum


class EventsAcledExportOrdering(StrEnum):
    ID = "id"
    OCCURRED_ON = "occurred_on"
    VALUE_1 = "-occurred_on"
    VALUE_3 = "-id"

    def __str__(self) -> str:
        return str(self.value)
