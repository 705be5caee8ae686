from enum import StrEnum


class GeoJSONPointTypeEnum(StrEnum):
    POINT = "Point"

    def __str__(self) -> str:
        return str(self.value)
