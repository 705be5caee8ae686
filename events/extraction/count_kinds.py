"""What kind a count counts, in both languages. Missiles: "huit missiles balistiques Iskander-M", "six missiles de
croisière Kh-101", "two Iskander-M ballistic missiles", "38 cruise missiles" are served under `missiles` and, where the
kind is said, under `ballistic_missiles` or `cruise_missiles` as well. Victims: "huit morts, dont deux enfants",
"killed seven people, including three children" count the children among the dead (`children_killed`) or the
wounded (`children_wounded`)."""

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


# Right before a count of children: "dont", "parmi lesquels", "including", "among them".
_AMONG_BEFORE = re.compile(r"\b(?:dont|parmi (?:eux|elles|lesquels|lesquelles)|including|among them)\s+"
                           r"(?:au moins\s+|at least\s+)?$")
_CHILDREN_AFTER = re.compile(r"(?:enfants?|mineurs?|adolescents?|children|child|minors|teenagers)\b")


def children_of_toll(flat: str, start: int, after: str, counted: dict) -> str | None:
    """`children_killed` or `children_wounded` for a count of children told among the dead or the wounded counted
    just before it (`counted`, the counts read so far, in text order), else None."""
    if not _CHILDREN_AFTER.match(after) or not _AMONG_BEFORE.search(flat, max(0, start - 25), start):
        return None
    last = [k for k in counted if k in {"killed", "wounded"}]
    return f"children_{last[-1]}" if last else None
