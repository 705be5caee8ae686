from enum import StrEnum


class GeoJSONFeatureTypeEnum(StrEnum):
    FEATURE = "Feature"

    def __str__(self) -> str:
        return str(self.value)
