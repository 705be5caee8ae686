from enum import StrEnum


class ClaimsMarkersEventTypeItem(StrEnum):
    AGREEMENT = "agreement"
    ATTACK_REPELLED = "attack_repelled"
    CAPTURE = "capture"
    CASUALTIES = "casualties"
    DEPLOYMENT = "deployment"
    DISPLACEMENT = "displacement"
    ENCIRCLEMENT = "encirclement"
    INTERCEPTION = "interception"
    OFFENSIVE = "offensive"
    PRISONERS = "prisoners"
    STRIKE = "strike"
    TERRITORIAL_CONTROL = "territorial_control"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
