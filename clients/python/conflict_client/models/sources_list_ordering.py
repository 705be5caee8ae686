from enum import StrEnum


class SourcesListOrdering(StrEnum):
    ID = "id"
    NAME = "name"
    PUBLISHED_ON = "published_on"
    VALUE_1 = "-published_on"
    VALUE_3 = "-name"
    VALUE_5 = "-id"

    def __str__(self) -> str:
        return str(self.value)
