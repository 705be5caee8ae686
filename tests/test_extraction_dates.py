"""Tests for French date expressions and the publication date (events.extraction.dates); no database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from events.extraction.datelines import wire_dateline
from events.extraction.dates import (
    article_date,
    date_number_spans,
    find_dates,
    find_relative_days,
    resolve_relative,
)
from events.extraction.text import decode, header_date, matchable, paragraphs
from events.extraction.types import DateValue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), "day")


def month(y: int, m: int) -> DateValue:
    return DateValue(dt.date(y, m, 1), "month")


def year(y: int) -> DateValue:
    return DateValue(dt.date(y, 1, 1), "year")


UNKNOWN = DateValue.unknown()
AUG_2024 = month(2024, 8)


def dates_in(segment: str, reference: DateValue) -> list[tuple[str, DateValue]]:
    return [(segment[s:e], value) for s, e, value in find_dates(segment, reference)]


def published(text: str) -> DateValue:
    """The pipeline the extractor runs: header, then caption dates, then weekdays of the lead paragraph."""
    header, _ = header_date(text)
    paras = paragraphs(text)
    captions = [v for p in paras if p.kind == "caption" for _, _, v in find_dates(text[p.start : p.end], header)]
    lead = next(p for p in paras if p.kind == "body")
    tokens = [token for _, _, token in find_relative_days(text[lead.start : lead.end])]
    return article_date(header, captions, tokens)


# --------------------------------------------------------------------------------------------------
# find_dates
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("segment", "reference", "expected"),
    [
        ("théâtre depuis le 6 août d'une offensive", AUG_2024, [("6 août", day(2024, 8, 6))]),
        ("lancé le 6 août 2024 une offensive", month(2025, 2), [("6 août 2024", day(2024, 8, 6))]),
        ("à Moscou, le 26 avril 2025, afin de", month(2025, 4), [("26 avril 2025", day(2025, 4, 26))]),
        ("le 1er mars, les troupes", month(2023, 3), [("1er mars", day(2023, 3, 1))]),
        ("signé en juin 2024 un accord", month(2025, 4), [("juin 2024", month(2024, 6))]),
        ("Depuis août 2024", month(2025, 4), [("août 2024", month(2024, 8))]),
        ("lancé son armée en février 2022.", AUG_2024, [("février 2022", month(2022, 2))]),
        ("retirée des zones autour de Kiev en avril.", month(2022, 9), [("avril", month(2022, 4))]),
        ("les pertes en 2023 ont doublé", UNKNOWN, [("2023", year(2023))]),
        ("le 6 aout 2024, puis en fevrier 2023 et le 3 decembre 2022", UNKNOWN,
         [("6 aout 2024", day(2024, 8, 6)), ("fevrier 2023", month(2023, 2)), ("3 decembre 2022", day(2022, 12, 3))]),
        ("LE 9 MAI 2024 et en Mars 2023", UNKNOWN, [("9 MAI 2024", day(2024, 5, 9)), ("Mars 2023", month(2023, 3))]),
        ("le 24\u00a0février\u00a02022", UNKNOWN, [("24\u00a0février\u00a02022", day(2022, 2, 24))]),
        ("publié le 06/02/2025 et mis à jour le 2025-02-07", UNKNOWN,
         [("06/02/2025", day(2025, 2, 6)), ("2025-02-07", day(2025, 2, 7))]),
        ("depuis l'été 2022", UNKNOWN, [("2022", year(2022))]),
        ("le 6 sept. 2024", UNKNOWN, [("6 sept. 2024", day(2024, 9, 6))]),
    ],
)  # fmt: skip
def test_find_dates_reads_french_absolute_dates(segment: str, reference: DateValue, expected: list) -> None:
    assert dates_in(segment, reference) == expected


@pytest.mark.parametrize(
    ("segment", "reference", "expected"),
    [
        # Written in February 2025, "le 6 août" can only be last August.
        ("depuis le 6 août", month(2025, 2), day(2024, 8, 6)),
        # A date a few weeks after a month reference is still this year (articles anticipate).
        ("le 20 septembre", AUG_2024, day(2024, 9, 20)),
        ("le 15 décembre", AUG_2024, day(2023, 12, 15)),
        ("le 31 décembre", day(2025, 1, 2), day(2024, 12, 31)),
        ("le 3 janvier", day(2024, 12, 30), day(2025, 1, 3)),
        ("en décembre", month(2022, 9), month(2021, 12)),
        ("en septembre", month(2022, 9), month(2022, 9)),
        ("en septembre dernier", month(2022, 9), month(2021, 9)),
        ("depuis mars", year(2023), month(2023, 3)),
        ("début juin", day(2024, 6, 20), month(2024, 6)),
        ("mi-juillet", day(2024, 8, 20), month(2024, 7)),
    ],
)
def test_a_missing_year_comes_from_the_reference_and_never_lies_in_its_far_future(
    segment: str, reference: DateValue, expected: DateValue
) -> None:
    ((_, value),) = dates_in(segment, reference)
    assert value == expected


@pytest.mark.parametrize("segment", ["le 6 août", "en avril", "depuis le 1er mars", "le 6 aout"])
def test_without_reference_year_a_yearless_date_is_skipped(segment: str) -> None:
    assert find_dates(segment, UNKNOWN) == []


@pytest.mark.parametrize(
    "segment",
    [
        "en sept jours",
        "Mars est une planète",
        "il a parlé mai",
        "1.000 kilomètres carrés",
        "le F-16 et 2500km²",
        "au 6 rue de la Paix",
        "la 47e brigade",
    ],
)
def test_things_that_are_not_dates_are_not_found(segment: str) -> None:
    assert find_dates(segment, AUG_2024) == []


@pytest.mark.parametrize(
    ("segment", "expected"),
    [("le 31 février 2024", ("février 2024", month(2024, 2))), ("le 32 août 2024", ("août 2024", month(2024, 8)))],
)
def test_an_impossible_day_keeps_only_the_month(segment: str, expected: tuple[str, DateValue]) -> None:
    assert dates_in(segment, UNKNOWN) == [expected]


def test_find_dates_offsets_work_on_the_original_text_with_typographic_spaces() -> None:
    segment = "signé le 19\u202fjuin 2024 à Pyongyang"
    ((start, end, value),) = find_dates(segment, UNKNOWN)
    assert segment[start:end] == "19\u202fjuin 2024"
    assert value == day(2024, 6, 19)


def test_find_dates_returns_dates_in_text_order_without_overlaps() -> None:
    segment = "En 2023, puis le 5 février 2025, en avril et depuis août 2024, le 6 août."
    found = find_dates(segment, month(2025, 4))
    assert [segment[s:e] for s, e, _ in found] == ["2023", "5 février 2025", "avril", "août 2024", "6 août"]
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", ["6 août", "6 août", "6 août", "février 2022"]),
        ("001", ["5 février 2025", "6 août 2024"]),
        ("002", []),
        ("003", ["avril"]),
        ("004", ["août 2024", "26 avril 2025", "août 2024", "août 2024", "juin 2024"]),
    ],
)
def test_seed_dates(prefix: str, expected: list[str]) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = decode(path.read_bytes())
    header, _ = header_date(text)
    found = []
    for p in paragraphs(text):
        if p.kind in ("body", "caption", "heading", "title"):
            segment = text[p.start : p.end]
            found += [segment[s:e] for s, e, _ in find_dates(segment, header)]
    assert found == expected


def test_date_number_spans_cover_day_numbers_and_years_only() -> None:
    segment = "le 6 août, 74 localités, en 2023, février 2022 et 1.000 km"
    assert [segment[s:e] for s, e in date_number_spans(segment)] == ["6", "2023", "2022"]


# --------------------------------------------------------------------------------------------------
# find_relative_days
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "weekday"),
    [("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5), ("dimanche", 6)],
)
def test_each_weekday_gives_its_monday_based_number(word: str, weekday: int) -> None:
    segment = f"L'armée a affirmé {word} avoir repris le village."
    assert find_relative_days(segment) == [(18, 18 + len(word), f"weekday:{weekday}")]


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("Ce samedi, les forces ukrainiennes", [("samedi", "weekday:5")]),
        ("samedi dernier, Kiev a annoncé", [("samedi", "weekday:5")]),
        ("Les frappes de jeudi soir", [("jeudi", "weekday:3")]),
        ("Mardi, le président ukrainien", [("Mardi", "weekday:1")]),
        ("«Aujourd'hui, la dernière localité", [("Aujourd'hui", "today")]),
        ("aujourd\u2019hui encore", [("aujourd\u2019hui", "today")]),
        ("Hier, puis avant-hier et avant hier", [("Hier", "yesterday"), ("avant-hier", "day_before_yesterday"),
                                                ("avant hier", "day_before_yesterday")]),
        ("attendu demain", [("demain", "tomorrow")]),
        ("dans la nuit de samedi à dimanche", [("samedi", "weekday:5"), ("dimanche", "weekday:6")]),
        ("la hiérarchie militaire et les lundis", []),
        ("samedi 26 avril, Poutine a reçu", []),
        ("Mardi-Gras", []),
    ],
)  # fmt: skip
def test_find_relative_days_reads_weekdays_and_relative_days(segment: str, expected: list) -> None:
    assert [(segment[s:e], token) for s, e, token in find_relative_days(segment)] == expected


# --------------------------------------------------------------------------------------------------
# resolve_relative
# --------------------------------------------------------------------------------------------------

THURSDAY = day(2024, 8, 15)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("weekday:3", day(2024, 8, 15)),  # the article day itself
        ("weekday:1", day(2024, 8, 13)),
        ("weekday:0", day(2024, 8, 12)),
        ("weekday:4", day(2024, 8, 9)),  # a Friday mentioned on Thursday is last Friday
        ("weekday:6", day(2024, 8, 11)),
        ("today", day(2024, 8, 15)),
        ("yesterday", day(2024, 8, 14)),
        ("day_before_yesterday", day(2024, 8, 13)),
        ("tomorrow", day(2024, 8, 16)),
    ],
)
def test_resolve_relative_against_a_day_reference(token: str, expected: DateValue) -> None:
    assert resolve_relative(token, THURSDAY) == expected


def test_resolve_relative_crosses_month_and_year_boundaries() -> None:
    assert resolve_relative("weekday:5", day(2025, 1, 2)) == day(2024, 12, 28)
    assert resolve_relative("yesterday", day(2024, 3, 1)) == day(2024, 2, 29)


@pytest.mark.parametrize("token", ["weekday:5", "today", "yesterday"])
def test_resolve_relative_keeps_a_coarser_reference_coarse(token: str) -> None:
    assert resolve_relative(token, AUG_2024) == AUG_2024
    assert resolve_relative(token, year(2022)) == year(2022)
    assert resolve_relative(token, UNKNOWN) == UNKNOWN


def test_resolve_relative_never_uses_the_real_today() -> None:
    assert resolve_relative("today", day(2001, 9, 11)) == day(2001, 9, 11)
    assert resolve_relative("today", UNKNOWN).value is None


@pytest.mark.parametrize("token", ["weekday:7", "weekday:", "now", ""])
def test_resolve_relative_rejects_unknown_tokens(token: str) -> None:
    with pytest.raises(ValueError, match="unknown relative-day token"):
        resolve_relative(token, THURSDAY)


# --------------------------------------------------------------------------------------------------
# article_date
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "captions", "tokens", "expected"),
    [
        # Caption Wednesday 5 Feb 2025, lead "jeudi": the news is from Thursday 6.
        (UNKNOWN, [day(2025, 2, 5)], ["weekday:3"], day(2025, 2, 6)),
        # Caption Saturday 26 Apr 2025, lead "samedi": the same day.
        (month(2025, 4), [day(2025, 4, 26)], ["weekday:5"], day(2025, 4, 26)),
        (month(2025, 4), [day(2025, 4, 26)], [], day(2025, 4, 26)),
        (month(2025, 4), [day(2025, 4, 26)], ["today", "weekday:0"], day(2025, 4, 28)),
        (AUG_2024, [], ["weekday:3"], AUG_2024),
        (UNKNOWN, [], ["weekday:3"], UNKNOWN),
        (UNKNOWN, [], [], UNKNOWN),
        # An archive photo from another month does not date the article.
        (month(2025, 4), [day(2022, 3, 5)], ["weekday:5"], month(2025, 4)),
        # Month or year precision caption dates cannot fix a day.
        (month(2025, 4), [month(2025, 4), year(2025)], ["weekday:5"], month(2025, 4)),
        # The weekday would leave the header month: keep the caption day.
        (month(2025, 4), [day(2025, 4, 30)], ["weekday:0"], day(2025, 4, 30)),
        (year(2023), [day(2023, 6, 1)], [], day(2023, 6, 1)),
        (day(2024, 8, 15), [day(2024, 8, 1)], ["weekday:0"], day(2024, 8, 15)),
    ],
)
def test_article_date_combines_header_caption_and_lead_weekday(
    header: DateValue, captions: list[DateValue], tokens: list[str], expected: DateValue
) -> None:
    assert article_date(header, captions, tokens) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", month(2024, 8)),
        ("001", day(2025, 2, 6)),
        ("002", UNKNOWN),
        ("003", month(2022, 9)),
        ("004", day(2025, 4, 26)),
    ],
)
def test_seed_publication_dates(prefix: str, expected: DateValue) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    assert published(decode(path.read_bytes())) == expected


def test_seed_publication_dates_agree_with_the_gold_files_where_the_text_allows() -> None:
    import json

    gold_dir = SEEDS.parent / "tests" / "gold"
    for path in sorted(SEEDS.glob("*.txt")):
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))["published"]
        ours = published(decode(path.read_bytes()))
        if gold["precision"] == "day" and ours.precision == "day":
            assert ours.value is not None and ours.value.isoformat() == gold["date"]
        elif ours.known and ours.value is not None:
            # Without a caption the text only supports the header month, which must contain the gold day.
            assert gold["date"].startswith(ours.value.strftime("%Y-%m"))
        else:
            assert gold["date"] is None


def test_matchable_and_original_give_the_same_dates() -> None:
    segment = "le 26\u00a0avril\u00a02025 et l\u2019été 2022"
    assert find_dates(segment, UNKNOWN) == find_dates(matchable(segment), UNKNOWN)


@pytest.mark.parametrize("opening, english, day, rest", [
    ("KIEV, 10 mai 2024 (AFP) - Les forces russes", False, day(2024, 5, 10), "Les forces russes"),
    ("(Rome, Paris, 10 mai 2024). L'armée", False, day(2024, 5, 10), "L'armée"),
    ("MOSCOU, 10 mai (Reuters) - La Russie", False, day(2024, 5, 10), "La Russie"),
    ("MOSCOU (Reuters) - La Russie", False, None, "La Russie"),
    ("KYIV, Ukraine, May 10 (Reuters) - Russia", True, day(2024, 5, 10), "Russia"),
    ("KYIV, Ukraine (AP) — Russia", True, None, "Russia"),
    ("KYIV: Ukrainian authorities", True, None, "Ukrainian authorities"),
    ("MOSCOW/KYIV, May 20 (Reuters) - Wagner", True, day(2024, 5, 20), "Wagner"),
    ("KIEV, 10 juin 2024 (AFP) - Les forces", False, None, "Les forces"),  # another month than the header's
    ("KIEV, 31 mai 2024 (AFP) - Au moins", False, day(2024, 5, 31), "Au moins"),
])
def test_a_wire_dateline_gives_its_day_and_where_the_story_starts(opening, english, day, rest):
    found = wire_dateline(opening, month(2024, 5), english=english)
    assert found is not None and (found.day, opening[found.end:]) == (day, rest)


@pytest.mark.parametrize("opening", [
    "Kiev, Moscou et Washington ont discuté mardi.",
    "Le 10 mai 2024, les forces russes ont lancé une offensive.",
    "Kharkiv, la deuxième ville du pays, a été frappée.",
    "Russia, Ukraine trade blame - as talks stall",
])
def test_a_story_opening_with_places_or_a_date_has_no_dateline(opening):
    assert wire_dateline(opening, month(2024, 5)) is None


@pytest.mark.parametrize("segment, expected", [
    ("KIEV, 31 juil 2025 (AFP)", day(2025, 7, 31)),
    ("le 2 sept 2024", day(2024, 9, 2)),
    ("le 14 déc 2023", day(2023, 12, 14)),
])
def test_a_wire_abbreviation_between_a_day_and_a_year_needs_no_dot(segment, expected):
    assert [value for _s, _e, value in find_dates(segment, UNKNOWN)] == [expected]


def test_sept_without_a_year_stays_a_number():
    assert find_dates("les sept villages", UNKNOWN) == []
