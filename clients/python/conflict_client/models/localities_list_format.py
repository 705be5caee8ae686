from enum import StrEnum


class LocalitiesListFormat(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
