from enum import StrEnum


class GeoJSONFeatureCollectionTypeEnum(StrEnum):
    FEATURECOLLECTION = "FeatureCollection"

    def __str__(self) -> str:
        return str(self.value)
