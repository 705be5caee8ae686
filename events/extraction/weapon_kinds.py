"""Which missiles a count counts: "huit missiles balistiques Iskander-M", "six missiles de croisière Kh-101",
"two Iskander-M ballistic missiles", "38 cruise missiles". The count is served under `missiles` and, where the
kind is said, under `ballistic_missiles` or `cruise_missiles` as well."""

from __future__ import annotations

import re

# French, on folded text right after the count: the kind follows the noun, maybe after a model name.
_KIND_AFTER_FR = re.compile(r"^missiles?\s+(?:[\w-]+\s+){0,2}?(balistiques?|de croisiere)\b")
# English, on the words between the count and the noun: the kind comes before it.
_KIND_BEFORE_EN = re.compile(r"^(?:[\w-]+\s+){0,3}?(ballistic|cruise)\s+(?:[\w-]+\s+)?missiles?\b", re.IGNORECASE)


def missile_kind_fr(after: str) -> str | None:
    """`ballistic_missiles` or `cruise_missiles` for the folded words after a French count of missiles, else None."""
    kind = _KIND_AFTER_FR.match(after)
    return None if kind is None else "cruise_missiles" if kind.group(1) == "de croisiere" else "ballistic_missiles"


def missile_kind_en(after: str) -> str | None:
    """`ballistic_missiles` or `cruise_missiles` for the words after an English count of missiles, else None."""
    kind = _KIND_BEFORE_EN.match(after)
    return None if kind is None else f"{kind.group(1).lower()}_missiles"
