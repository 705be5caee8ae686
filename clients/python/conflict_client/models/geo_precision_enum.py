from enum import StrEnum


class GeoPrecisionEnum(StrEnum):
    COUNTRY = "country"
    DISTRICT = "district"
    EXACT = "exact"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)
