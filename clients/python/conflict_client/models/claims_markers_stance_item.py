from enum import StrEnum


class ClaimsMarkersStanceItem(StrEnum):
    ACKNOWLEDGES = "acknowledges"
    ASSERTS = "asserts"
    DENIES = "denies"

    def __str__(self) -> str:
        return str(self.value)
