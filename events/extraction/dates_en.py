"""English date expressions of wire copy: "on Saturday", "Sept. 17, 2023", "17 September", "in May", "last year"."""

from __future__ import annotations

import datetime as dt
import re

from events.extraction.dates import FUTURE_TOLERANCE, NUMERIC_DATE_RE, YEAR, reference_end, safe_date
from events.extraction.text import matchable
from events.extraction.types import DateValue

_EN_MONTHS: tuple[tuple[str, int], ...] = (
    (r"january|jan\.?", 1), (r"february|feb\.?", 2), (r"march|mar\.", 3), (r"april|apr\.?", 4), (r"may", 5),
    (r"june|jun\.", 6), (r"july|jul\.", 7), (r"august|aug\.?", 8), (r"september|sept?\.?", 9),
    (r"october|oct\.?", 10), (r"november|nov\.?", 11), (r"december|dec\.?", 12),
)  # fmt: skip
_EN_MONTH_RES = tuple((re.compile(rf"(?:{alt})\Z", re.I), number) for alt, number in _EN_MONTHS)
_EN_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Month names are capitalised in English: "may" and "march" in lower case are a verb.
_EN_MONTH_CAP = "(?P<month>" + "|".join(
    "|".join(a[0].upper() + a[1:] for a in alt.split("|")) for alt, _ in _EN_MONTHS) + ")"
_EN_MDY_RE = re.compile(rf"(?<![\w-]){_EN_MONTH_CAP}\s+{_EN_DAY}(?![\w-])(?:,?\s+{YEAR}\b)?")
_EN_DMY_RE = re.compile(rf"(?<![\w.,/-]){_EN_DAY}\s+{_EN_MONTH_CAP}(?![\w-])(?:,?\s+{YEAR}\b)?")
_EN_MONTH_YEAR_RE = re.compile(rf"(?<![\w-]){_EN_MONTH_CAP}(?![\w-]),?\s+{YEAR}\b")
_EN_MONTH_ALONE_RE = re.compile(rf"\b(?:in|since|early|late|mid-|until|by|from|last|this)\s+{_EN_MONTH_CAP}(?![\w-])"
                                rf"(?!\s+\d)")
_EN_YEAR_ALONE_RE = re.compile(rf"\b(?:in|since|early|late|mid-|until|from)\s+{YEAR}(?![\w-])")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_RELATIVE_RE = re.compile(
    r"\b(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])(?!,?\s+[A-Z][a-z]+\.?\s+\d)"
    r"|(?P<today>today|tonight)\b|(?P<yesterday>yesterday)\b|(?P<tomorrow>tomorrow)\b)",
)


def _en_month_number(name: str) -> int:
    for pattern, number in _EN_MONTH_RES:
        if pattern.match(name):
            return number
    raise ValueError(f"not an English month: {name!r}")


def find_dates_en(segment: str, reference: DateValue) -> list[tuple[int, int, DateValue]]:
    """Absolute dates of English text ("Sept. 17, 2023", "17 September", "in May", "in 2022"), as `find_dates`."""
    flat = matchable(segment)
    found: list[tuple[int, int, DateValue]] = []
    ref_end = reference_end(reference)

    def add(start: int, end: int, value: DateValue) -> None:
        if not any(start < e and s < end for s, e, _v in found):
            found.append((start, end, value))

    def day_value(m: re.Match[str]) -> DateValue | None:
        month, day = _en_month_number(m["month"]), int(m["day"])
        if m["year"]:
            date = safe_date(int(m["year"]), month, day)
        elif ref_end is not None:
            candidates = (safe_date(ref_end.year + delta, month, day) for delta in (1, 0, -1))
            date = next((d for d in candidates if d and d <= ref_end + FUTURE_TOLERANCE), None)
        else:
            date = None
        return DateValue(date, "day") if date else None

    for pattern in (_EN_MDY_RE, _EN_DMY_RE):
        for m in pattern.finditer(flat):
            value = day_value(m)
            if value:
                add(m.start(), m.end(), value)
    for m in NUMERIC_DATE_RE.finditer(flat):
        if m["iyear"]:
            date = safe_date(int(m["iyear"]), int(m["imonth"]), int(m["iday"]))
            if date:
                add(m.start(), m.end(), DateValue(date, "day"))
    for m in _EN_MONTH_YEAR_RE.finditer(flat):
        add(m.start("month"), m.end(), DateValue(dt.date(int(m["year"]), _en_month_number(m["month"]), 1), "month"))
    if ref_end is not None:
        for m in _EN_MONTH_ALONE_RE.finditer(flat):
            month = _en_month_number(m["month"])
            # "in May" written in March is last May.
            year = ref_end.year - (1 if month > ref_end.month else 0)
            add(m.start("month"), m.end(), DateValue(dt.date(year, month, 1), "month"))
    for m in _EN_YEAR_ALONE_RE.finditer(flat):
        add(m.start("year"), m.end("year"), DateValue(dt.date(int(m["year"]), 1, 1), "year"))
    return sorted(found, key=lambda item: item[0])


def date_number_spans_en(segment: str) -> list[tuple[int, int]]:
    """Digits that belong to English dates, so counts can skip them."""
    flat = matchable(segment)
    spans: list[tuple[int, int]] = []
    for pattern in (_EN_MDY_RE, _EN_DMY_RE):
        for m in pattern.finditer(flat):
            spans.append(m.span("day"))
            if m["year"]:
                spans.append(m.span("year"))
    for pattern in (_EN_MONTH_YEAR_RE, _EN_YEAR_ALONE_RE, NUMERIC_DATE_RE):
        for m in pattern.finditer(flat):
            spans.append(m.span("year") if "year" in pattern.groupindex and m["year"] else m.span())
    return sorted(set(spans))


_EN_DATED_WEEKDAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=[A-Z]|\d)")


def find_dated_weekdays_en(segment: str, reference: DateValue) -> list[tuple[int, int, DateValue]]:
    """English days named with their weekday ("said on Sunday, Sept. 8"), as `find_dated_weekdays`."""
    flat = matchable(segment)
    days = {start: (start, end, value) for start, end, value in find_dates_en(flat, reference) if value.precision == "day"}
    return [days[m.end()] for m in _EN_DATED_WEEKDAY_RE.finditer(flat) if m.end() in days]


def find_relative_days_en(segment: str) -> list[tuple[int, int, str]]:
    """English weekdays and relative days, as the tokens of `find_relative_days` ("weekday:5", "yesterday")."""
    found: list[tuple[int, int, str]] = []
    for m in _EN_RELATIVE_RE.finditer(matchable(segment)):
        if m["weekday"]:
            token = f"weekday:{_EN_WEEKDAYS.index(m['weekday'].lower())}"
        else:
            token = "today" if m["today"] else "yesterday" if m["yesterday"] else "tomorrow"
        found.append((m.start(), m.end(), token))
    return found
