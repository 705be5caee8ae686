from enum import StrEnum


class ClaimsDeletedListOrdering(StrEnum):
    DELETED_AT = "deleted_at"
    VALUE_1 = "-deleted_at"

    def __str__(self) -> str:
        return str(self.value)
