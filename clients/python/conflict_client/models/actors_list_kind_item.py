from enum import StrEnum


class ActorsListKindItem(StrEnum):
    ARMY = "army"
    GOVERNMENT = "government"
    MEDIA = "media"
    MINISTRY = "ministry"
    ORGANISATION = "organisation"
    OTHER = "other"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
