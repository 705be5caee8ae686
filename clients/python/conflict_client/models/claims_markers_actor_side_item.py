from enum import StrEnum


class ClaimsMarkersActorSideItem(StrEnum):
    INT = "INT"
    KP = "KP"
    MEDIA = "media"
    OTHER = "other"
    RU = "RU"
    UA = "UA"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
