from enum import StrEnum


class ControlEnum(StrEnum):
    CONTESTED = "contested"
    RU = "RU"
    UA = "UA"

    def __str__(self) -> str:
        return str(self.value)
