"""French date expressions: absolute dates, weekdays and relative days, and the article's publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from events.extraction.text import matchable
from events.extraction.types import DateValue

# Accents are optional because scraped and typed text often drops them (aout, fevrier, decembre).
# Abbreviations need their dot: "sept" alone is the number seven.
_MONTHS: tuple[tuple[str, int], ...] = (
    (r"janvier|janv\.", 1),
    (r"f[ée]vrier|f[ée]vr\.", 2),
    (r"mars", 3),
    (r"avril|avr\.", 4),
    (r"mai", 5),
    (r"juin", 6),
    (r"juillet|juil\.", 7),
    (r"ao[uû]t", 8),
    (r"septembre|sept\.", 9),
    (r"octobre|oct\.", 10),
    (r"novembre|nov\.", 11),
    (r"d[ée]cembre|d[ée]c\.", 12),
)
MONTH_PATTERN = "(?:" + "|".join(alt for alt, _ in _MONTHS) + ")"
_MONTH_RES = tuple((re.compile(rf"(?:{alt})\Z", re.I), number) for alt, number in _MONTHS)

_DAY = r"(?P<day>1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH = rf"(?P<month>{MONTH_PATTERN})"
_END = r"(?![\w-])"

# Between a day and a year an abbreviation needs no dot: the wires' "31 juil 2025", "2 sept 2024".
_ABBREVIATED = r"janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c"
_DAY_MONTH_YEAR_RE = re.compile(rf"(?<![\w.,/-]){_DAY}\s+(?P<month>{MONTH_PATTERN}|{_ABBREVIATED}){_END}\s+{YEAR}\b",
                                re.I)
_DAY_MONTH_RE = re.compile(rf"(?<![\w.,/-]){_DAY}\s+{_MONTH}{_END}(?!\s+\d)", re.I)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.-])(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>1[0-2]|0?[1-9])/(?P<year>(?:19|20)\d\d)(?![\w/])"
    r"|(?<![\w/.-])(?P<iyear>(?:19|20)\d\d)-(?P<imonth>1[0-2]|0[1-9])-(?P<iday>[12]\d|3[01]|0[1-9])(?![\w-])"
)
_MONTH_YEAR_RE = re.compile(rf"(?<![\w-]){_MONTH}{_END}\s+{YEAR}\b", re.I)
# A month on its own is only a date after a word that introduces a time ("en avril", "depuis mars").
_MONTH_INTRO = (
    r"(?:en|depuis|d[ée]but|fin|mi-|courant|d[èe]s|jusqu'en|jusqu'à|jusqu'a|au\s+mois\s+d(?:e\s+|')"
    r"|le\s+mois\s+d(?:e\s+|')|mois\s+d(?:e\s+|'))"
)
_MONTH_ALONE_RE = re.compile(rf"\b{_MONTH_INTRO}\s*{_MONTH}{_END}(?!\s+\d)(?P<last>\s+derni(?:er|ère|ere))?", re.I)
# Seasons only with their article: "ont été 2000 à fuir" is a count, "l'été 2024" a year.
_YEAR_INTRO = (
    r"(?:en|depuis|d[ée]but|fin|mi-|courant|d[èe]s|jusqu'en|l'ann[ée]e|ann[ée]e|l'an|l'[ée]t[ée]|l'hiver"
    r"|l'automne|printemps)"
)
_YEAR_ALONE_RE = re.compile(rf"\b{_YEAR_INTRO}\s*{YEAR}(?![\w-])", re.I)

# A day-and-month without a year more than this far after the reference belongs to the previous year.
FUTURE_TOLERANCE = dt.timedelta(days=62)


def _month_number(name: str) -> int:
    for pattern, number in _MONTH_RES:
        if pattern.match(name) or pattern.match(name + "."):
            return number
    raise ValueError(f"not a French month: {name!r}")


def _day_number(day: str) -> int:
    return 1 if day.lower().startswith("1e") or day.startswith("1ᵉ") else int(day)


def reference_end(reference: DateValue) -> dt.date | None:
    """Last day the reference period covers: later dates are in its future."""
    value = reference.value
    if not reference.known or value is None:
        return None
    if reference.precision == "day":
        return value
    if reference.precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value.replace(month=12, day=31)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(segment: str, reference: DateValue) -> list[tuple[int, int, DateValue]]:
    """Absolute dates in the segment with their offsets in it; a missing year comes from the reference.

    The span covers the date itself ("6 août 2024", "juin 2024", "2023"), not the preposition before it.
    """
    flat = matchable(segment)
    found: list[tuple[int, int, DateValue]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: DateValue) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, end, value))

    for m in _DAY_MONTH_YEAR_RE.finditer(flat):
        date = safe_date(int(m["year"]), _month_number(m["month"]), _day_number(m["day"]))
        if date:
            add(m.start(), m.end(), DateValue(date, "day"))
    for m in NUMERIC_DATE_RE.finditer(flat):
        if m["year"]:
            date = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        else:
            date = safe_date(int(m["iyear"]), int(m["imonth"]), int(m["iday"]))
        if date:
            add(m.start(), m.end(), DateValue(date, "day"))
    for m in _MONTH_YEAR_RE.finditer(flat):
        add(m.start("month"), m.end(), DateValue(dt.date(int(m["year"]), _month_number(m["month"]), 1), "month"))

    ref_end = reference_end(reference)
    if ref_end is not None:
        for m in _DAY_MONTH_RE.finditer(flat):
            month, day = _month_number(m["month"]), _day_number(m["day"])
            # The latest reading not far after the reference: "le 3 janvier" written on 30 December is next week.
            candidates = (safe_date(ref_end.year + delta, month, day) for delta in (1, 0, -1))
            date = next((d for d in candidates if d and d <= ref_end + FUTURE_TOLERANCE), None)
            if date:
                add(m.start(), m.end(), DateValue(date, "day"))
        for m in _MONTH_ALONE_RE.finditer(flat):
            month = _month_number(m["month"])
            year = ref_end.year
            # "en avril" written in March means last April; "avril dernier" written in April too.
            if month > ref_end.month or (m["last"] and month >= ref_end.month):
                year -= 1
            add(m.start("month"), m.end(), DateValue(dt.date(year, month, 1), "month"))

    for m in _YEAR_ALONE_RE.finditer(flat):
        add(m.start("year"), m.end("year"), DateValue(dt.date(int(m["year"]), 1, 1), "year"))
    return sorted(found, key=lambda item: item[0])


def date_number_spans(segment: str) -> list[tuple[int, int]]:
    """Spans of the digits that belong to dates (day numbers, years), so counts can skip them."""
    flat = matchable(segment)
    spans: list[tuple[int, int]] = []
    for pattern in (_DAY_MONTH_YEAR_RE, _DAY_MONTH_RE):
        for m in pattern.finditer(flat):
            spans.append(m.span("day"))
            if "year" in pattern.groupindex and m["year"]:
                spans.append(m.span("year"))
    for m in NUMERIC_DATE_RE.finditer(flat):
        spans.append(m.span())
    for pattern in (_MONTH_YEAR_RE, _YEAR_ALONE_RE):
        for m in pattern.finditer(flat):
            spans.append(m.span("year"))
    return sorted(set(spans))


# --------------------------------------------------------------------------------------------------
# Weekdays and relative days
# --------------------------------------------------------------------------------------------------

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\w-])"
    rf"(?!\s+(?:1er|\d{{1,2}})\s+{MONTH_PATTERN})"
    r"|(?P<dby>avant[- ]hier)\b|(?P<today>aujourd'hui)\b|(?P<yesterday>hier)\b"
    r"|(?P<dat>apr[èe]s[- ]demain)\b|(?P<tomorrow>demain)\b)",
    re.I,
)
_TOKEN_DAYS = {"today": 0, "yesterday": -1, "day_before_yesterday": -2, "tomorrow": 1, "day_after_tomorrow": 2}
_WEEKDAY_TOKEN_RE = re.compile(r"weekday:([0-6])\Z")


def find_relative_days(segment: str) -> list[tuple[int, int, str]]:
    """Weekday and relative-day mentions: "weekday:N" (Monday=0), "today", "yesterday", "day_before_yesterday"...

    A weekday directly followed by a day and month ("samedi 26 avril") is left to find_dates.
    """
    flat = matchable(segment)
    found: list[tuple[int, int, str]] = []
    for m in _RELATIVE_RE.finditer(flat):
        if m["weekday"]:
            token = f"weekday:{WEEKDAYS.index(m['weekday'].lower())}"
        elif m["dby"]:
            token = "day_before_yesterday"
        elif m["today"]:
            token = "today"
        elif m["yesterday"]:
            token = "yesterday"
        elif m["dat"]:
            token = "day_after_tomorrow"
        else:
            token = "tomorrow"
        found.append((m.start(), m.end(), token))
    return found


_DATED_WEEKDAY_RE = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?=(?:1er|\d{1,2})\s)", re.I)


def find_dated_weekdays(segment: str, reference: DateValue) -> list[tuple[int, int, DateValue]]:
    """Days named with their weekday ("a annoncé dimanche 8 septembre"): the day a statement was made, when the
    weekday stands next to the speech verb rather than inside the event."""
    flat = matchable(segment)
    days = {start: (start, end, value) for start, end, value in find_dates(flat, reference) if value.precision == "day"}
    return [days[m.end()] for m in _DATED_WEEKDAY_RE.finditer(flat) if m.end() in days]


def resolve_relative(token: str, reference: DateValue) -> DateValue:
    """Turn a relative token into a date against the article date; never against the real today.

    With a day reference a weekday is the latest such day on or before it; with a coarser reference the
    result keeps that coarser precision. Raises ValueError for a token find_relative_days never returns.
    """
    weekday = _WEEKDAY_TOKEN_RE.match(token)
    if weekday is None and token not in _TOKEN_DAYS:
        raise ValueError(f"unknown relative-day token: {token!r}")
    value = reference.value
    if not reference.known or value is None:
        return DateValue.unknown()
    if reference.precision == "month":
        return DateValue(value.replace(day=1), "month")
    if reference.precision == "year":
        return DateValue(value.replace(month=1, day=1), "year")
    if weekday is not None:
        back = (value.weekday() - int(weekday.group(1))) % 7
        return DateValue(value - dt.timedelta(days=back), "day")
    return DateValue(value + dt.timedelta(days=_TOKEN_DAYS[token]), "day")


# --------------------------------------------------------------------------------------------------
# Publication date
# --------------------------------------------------------------------------------------------------


def consistent_with(header: DateValue, date: dt.date) -> bool:
    value = header.value
    if not header.known or value is None:
        return True
    if header.precision == "year":
        return date.year == value.year
    if header.precision == "month":
        return (date.year, date.month) == (value.year, value.month)
    return date == value


def article_date(header: DateValue, caption_dates: list[DateValue], lead_tokens: list[str]) -> DateValue:
    """The publication date: the header's month, made exact by a consistent photo-caption date.

    A weekday named in the lead ("a affirmé jeudi") moves the caption day forward to that weekday, since
    photos are taken on or shortly before the day the news is reported.
    """
    if header.known and header.precision == "day":
        return header
    days = [c.value for c in caption_dates if c.known and c.precision == "day" and c.value is not None]
    days = [d for d in days if consistent_with(header, d)]
    if not days:
        return header if header.known else DateValue.unknown()
    caption_day = max(days)
    for token in lead_tokens:
        weekday = _WEEKDAY_TOKEN_RE.match(token)
        if weekday is None:
            continue
        ahead = (int(weekday.group(1)) - caption_day.weekday()) % 7
        candidate = caption_day + dt.timedelta(days=ahead)
        if consistent_with(header, candidate):
            return DateValue(candidate, "day")
        break
    return DateValue(caption_day, "day")


def clause_date(m: str, f: str, reference: DateValue, *, dates, relative_days, since: re.Pattern[str], window: int,
                trigger: int | None = None) -> DateValue | None:
    """The date of what a clause tells: its first date, unless `since` ("depuis", "since", within `window` characters
    before it) opens a span up to it, which dates no event unless the event is named inside that phrase ("depuis la
    prise de Bakhmout en mai 2023"); else a weekday or relative day. `m` and `f` are the clause as matched and folded
    (same offsets), `trigger` the event's offset in it; the finders are the language's."""
    for start, _e, value in dates(m, reference):
        opened = since.search(f, max(0, start - window), start)
        if opened is None or (trigger is not None and opened.start() < trigger < start):
            return value
    for _s, _e, token in relative_days(m):
        value = resolve_relative(token, reference)
        if value.known:
            return value
    return None


def statement_date(m: str, f: str, reference: DateValue, *, dated_weekdays, dates, relative_days,
                   said_on: re.Pattern[str]) -> DateValue:
    """The day a sentence's statement was made: a weekday written with its date ("dimanche 8 septembre"), a day right
    after the speech verb (`said_on` ends there: "a annoncé le 6 janvier", "claimed on Jan. 6"), a weekday or
    relative day, else the article's date. `m` and `f` are the sentence as matched and folded (same offsets); the
    finders are the language's."""
    for _s, _e, value in dated_weekdays(m, reference):
        return value
    for s, _e, value in dates(m, reference):
        if value.precision == "day" and said_on.search(f, max(0, s - 30), s):
            return value
    for _s, _e, token in relative_days(m):
        value = resolve_relative(token, reference)
        if value.known:
            return value
    return reference
