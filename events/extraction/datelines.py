"""The wire dateline that opens a story: where it was filed, often when, and by which agency.

"KIEV, 10 mai 2024 (AFP) -", "(Rome, Paris, 20 mai 2022).", "MOSCOU (Reuters) -", "KYIV, Ukraine, Oct 1 (Reuters) -",
"KYIV:". The filing place is not where the story's events happen and the dateline is not part of any claim's quote:
the readers start after it. Its day, when it agrees with the header's month, dates the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.dates import consistent_with, find_dates
from events.extraction.dates_en import find_dates_en
from events.extraction.types import DateValue

_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’./-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’./-]*){0,2}"
_OPEN = re.compile(rf"[ \t]*[(\[]?[ \t]*(?P<places>{_PLACE}(?:[ \t]*,[ \t]*{_PLACE}){{0,2}})")
_AGENCY = (r"\((?:AFP|AP|Reuters|REUTERS|Belga|BELGA|ATS|dpa|DPA|EFE|ANSA|Ukrinform|Interfax|TASS|RIA Novosti"
           r"|Xinhua)\)")
_TAIL = re.compile(rf"[ \t]*[)\]]?[ \t]*(?P<agency>{_AGENCY})?[ \t]*(?P<mark>[-–—:]|\.(?=\s))[ \t]*")
_CAPS_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,})*")


@dataclass(frozen=True)
class Dateline:
    end: int  # where the story proper starts, in the opening given
    day: DateValue | None


def wire_dateline(opening: str, header: DateValue, english: bool = False) -> Dateline | None:
    """The dateline at the very start of `opening`, or None when the paragraph opens with the story itself.

    A dateline is places, then a date, an agency in brackets, or a place in capitals, then a dash, a colon or a
    full stop. Its day counts only when it agrees with the header's month.
    """
    head = _OPEN.match(opening)
    if head is None:
        return None
    finder = find_dates_en if english else find_dates
    day, pos = None, head.end()
    # The date follows one of the commas: "KYIV, Ukraine, Oct 1" (not "Oct" as a third place).
    for comma in (m.start() for m in re.finditer(",", opening[:head.end() + 1])):
        after = re.match(r",[ \t]*", opening[comma:]).end() + comma
        dates = finder(opening[after:after + 40], header)
        if dates and dates[0][0] == 0:
            _s, end, value = dates[0]
            day, pos = value, after + end
            break
    tail = _TAIL.match(opening, pos)
    if tail is None:
        return None
    capitals = _CAPS_PLACE.fullmatch(head.group("places").split(",")[0].strip())
    if day is None and not tail.group("agency") and not (capitals and tail.group("mark") in "-–—:"):
        return None
    if day is not None and (day.precision != "day" or day.value is None or not consistent_with(header, day.value)):
        day = None
    return Dateline(tail.end(), day)
