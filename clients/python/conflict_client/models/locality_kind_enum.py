from enum import StrEnum


class LocalityKindEnum(StrEnum):
    CITY = "city"
    COUNTRY = "country"
    REGION = "region"
    TOWN = "town"
    VILLAGE = "village"

    def __str__(self) -> str:
        return str(self.value)
