from enum import StrEnum


class LocalitiesListOrdering(StrEnum):
    ID = "id"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-id"

    def __str__(self) -> str:
        return str(self.value)
