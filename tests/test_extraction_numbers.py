"""Tests for French number parsing and counted-noun detection (events.extraction.numbers); no database."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.extraction.numbers import NumberMention, find_numbers, parse_number
from events.extraction.text import decode, paragraphs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def mentions(segment: str) -> list[tuple[str, int | float, str, str]]:
    return [(segment[n.start : n.end], n.value, n.noun, n.qualifier) for n in find_numbers(segment)]


# --------------------------------------------------------------------------------------------------
# parse_number
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.000", 1000),
        ("120.000", 120000),
        ("1.500.000", 1500000),
        ("1 500", 1500),
        ("1\u00a0500", 1500),
        ("1\u202f500", 1500),
        ("12 300 000", 12300000),
        ("2500", 2500),
        ("909", 909),
        ("1,5", 1.5),
        ("2.5", 2.5),
        ("10 000,5", 10000.5),
        ("20%", 20),
        ("1,2 million", 1200000),
        ("3 millions", 3000000),
        ("1,5 milliard", 1500000000),
        ("deux", 2),
        ("douze", 12),
        ("seize", 16),
        ("trente", 30),
        ("vingt-cinq", 25),
        ("vingt et un", 21),
        ("trente-et-une", 31),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt-dix-neuf", 99),
        ("septante-cinq", 75),
        ("cent", 100),
        ("trois cents", 300),
        ("deux cent cinquante", 250),
        ("mille", 1000),
        ("deux mille", 2000),
        ("trois cent vingt-cinq mille", 325000),
        ("deux millions", 2000000),
        ("un million", 1000000),
        ("Huit", 8),
        ("un", 1),
        ("une", 1),
        ("une centaine", 100),
        ("une dizaine", 10),
        ("un millier", 1000),
        ("une vingtaine", 20),
        ("deux milliers", 2000),
        ("une dizaine de milliers", 10000),
    ],
)
def test_parse_number_reads_digits_and_french_words(text: str, expected: int | float) -> None:
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "des centaines",
        "plusieurs centaines",
        "des dizaines de milliers",
        "quelques milliers",
        "de nombreuses dizaines",
        "des millions",
        "millions",
        "milliers",
        "",
        "   ",
        "Koursk",
        "F-16",
        "3e",
    ],
)
def test_parse_number_returns_none_for_vague_or_non_numbers(text: str) -> None:
    assert parse_number(text) is None


# --------------------------------------------------------------------------------------------------
# find_numbers
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("le contrôle de 74 localités et de 1.000 kilomètres carrés dans la région",
         [("74", 74, "localités", ""), ("1.000", 1000, "kilomètres carrés", "")]),
        ("ce sont 2500km² qui ont été repris", [("2500", 2500, "km²", "")]),
        ("avoir abattu 126 drones ukrainiens", [("126", 126, "drones", "")]),
        ("Au moins 12 personnes ont été tuées et plus d'une centaine blessées",
         [("12", 12, "personnes", "at_least"), ("une centaine", 100, "blessées", "more_than")]),
        ("« huit vagues d'attaques avec des forces allant jusqu'à deux bataillons mécanisés »",
         [("huit", 8, "vagues", ""), ("deux", 2, "bataillons", "up_to")]),
        ("la Russie occupe toujours près de 20% du territoire ukrainien", [("20", 20, "%", "about")]),
        ("Plus de 120.000 civils russes ont fui", [("120.000", 120000, "civils", "more_than")]),
        ("que « plus de 1.500 » civils russes se trouvent", [("1.500", 1500, "civils", "more_than")]),
        ("de 40 kilomètres de largeur et de douze kilomètres de profondeur",
         [("40", 40, "kilomètres", ""), ("douze", 12, "kilomètres", "")]),
        ("trente localités avaient été reprises", [("trente", 30, "localités", "")]),
        ("environ 300 chars et quelque 200 militaires",
         [("300", 300, "chars", "about"), ("200", 200, "militaires", "about")]),
        ("moins de 50 blindés, pas moins de 7 frappes",
         [("50", 50, "blindés", "less_than"), ("7", 7, "frappes", "at_least")]),
        ("1,2 million de réfugiés", [("1,2 million", 1200000, "réfugiés", "")]),
        ("Un million de personnes déplacées", [("Un million", 1000000, "personnes", "")]),
        ("une dizaine de civils blessés", [("une dizaine", 10, "civils", "")]),
        ("les 3\u202f000 soldats de la brigade", [("3\u202f000", 3000, "soldats", "")]),
        ("les deux principales annonces", [("deux", 2, "annonces", "")]),
        ("vingt-trois morts et quatre-vingt-dix blessés",
         [("vingt-trois", 23, "morts", ""), ("quatre-vingt-dix", 90, "blessés", "")]),
        ("30 km carrés et 5 mètres carrés", [("30", 30, "km carrés", ""), ("5", 5, "mètres carrés", "")]),
        ("un obus de 155mm", [("155", 155, "mm", "")]),
        ("deux mille soldats", [("deux mille", 2000, "soldats", "")]),
    ],
)  # fmt: skip
def test_find_numbers_returns_values_nouns_and_qualifiers(segment: str, expected: list) -> None:
    assert mentions(segment) == expected


@pytest.mark.parametrize(
    "segment",
    [
        "lancé le 6 août 2024 une offensive",  # day number and year
        "lancé son armée en février 2022",
        "les pertes en 2023",
        "depuis 2014 et le 1er mars",
        "le 26\u00a0avril\u00a02025",
        "publié le 06/02/2025 à 10h30",
        "le F-16, le Su-34, le S-400 et la 47e brigade",
        "le 2e bataillon et la 3ème armée",
        "un soldat a été tué",  # "un" is an article
        "une attaque de drones",
        "des centaines de kilomètres carrés",  # vague
        "plusieurs centaines de soldats",
        "la mort de dizaines de milliers de soldats",
        "plusieurs milliers de soldats nord-coréens",
        "des millions de personnes",
        "sur « plusieurs dizaines de kilomètres »",
        "le rouble a chuté de 20%.",  # a percentage of nothing
        "une hausse de 5 pour cent",
        "Ils étaient sept.",  # a number word with nothing counted
        "un char neuf et",
        "l'un des objectifs",
        "le G7 et la COVID-19",
    ],
)
def test_find_numbers_skips_dates_codes_articles_vague_plurals_and_bare_percentages(segment: str) -> None:
    assert find_numbers(segment) == []


def test_number_mentions_are_frozen_and_slice_the_original_text() -> None:
    segment = "Kiev a intercepté\u00a0130\u00a0drones, dont «\u202f12\u202f» missiles"
    found = find_numbers(segment)
    assert [segment[n.start : n.end] for n in found] == ["130", "12"]
    assert [n.noun for n in found] == ["drones", "missiles"]
    assert isinstance(found[0], NumberMention)
    with pytest.raises(AttributeError):
        found[0].value = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", [(74, "localités"), (1000, "kilomètres carrés"), (28, "localités"), (40, "kilomètres"),
                 (12, "kilomètres"), (120000, "civils"), (12, "personnes"), (100, "blessées"), (20, "%")]),
        ("001", [(6, "mois"), (8, "vagues"), (2, "bataillons"), (909, "soldats"), (6, "mois"), (909, "militaires"),
                 (1500, "civils")]),
        ("002", [(2, "localités"), (2, "camps"), (2, "belligérants"), (130, "drones"), (126, "drones"),
                 (343, "drones")]),
        ("003", [(2, "contre-offensives"), (10, "jours"), (2500, "km²"), (2, "annonces"), (30, "localités"),
                 (27000, "habitants"), (30000, "habitants")]),
        ("004", [(3, "ans"), (2, "pays")]),
    ],
)  # fmt: skip
def test_seed_body_numbers(prefix: str, expected: list[tuple[int, str]]) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = decode(path.read_bytes())
    found = []
    for p in paragraphs(text):
        if p.kind == "body":
            found += [(n.value, n.noun) for n in find_numbers(text[p.start : p.end])]
    assert found == expected


def test_find_numbers_survives_odd_input() -> None:
    for segment in ["", " ", "...", "%", "de de de", "1.", ".5", "1,", "999999999999999999999 soldats", "\x00\ufffd"]:
        assert isinstance(find_numbers(segment), list)


# --------------------------------------------------------------------------------------------------
# Counts served on the events of whole articles (French and English)
# --------------------------------------------------------------------------------------------------


def _quantities_by_type(text: str) -> dict[str, dict]:
    from events.extraction.pipeline import extract_article

    return {c.event_type: c.quantities for c in extract_article(text).claims}


def test_missiles_counted_by_kind_are_served_as_missiles_and_under_their_kind() -> None:
    fr = _quantities_by_type(
        " date 2025-03 Selon l'armée de l'air ukrainienne, la Russie a lancé dans la nuit trois missiles "
        "balistiques Iskander-M sur Kharkiv.\n")
    assert fr["strike"] == {"missiles": 3, "ballistic_missiles": 3}
    en = _quantities_by_type(
        " date 2025-03 Russia fired 38 cruise missiles at Lviv overnight, Ukraine's air force said on Tuesday.\n\n"
        "The attack damaged power lines in the region, officials said.\n")
    assert en["strike"] == {"missiles": 38, "cruise_missiles": 38}
    plain = _quantities_by_type(
        " date 2025-03 La Russie a tiré quatre missiles sur Odessa, a affirmé l'armée de l'air ukrainienne.\n")
    assert plain["strike"] == {"missiles": 4}


def test_one_dead_said_in_words_is_counted_beside_the_wounded() -> None:
    made = _quantities_by_type(
        " date 2025-03 Une frappe de drone russe a touché un dépôt à Kherson, faisant un mort et cinq blessés, a "
        "annoncé le gouverneur régional.\n")
    assert made["casualties"] == {"killed": 1, "wounded": 5}
    worker = _quantities_by_type(
        " date 2025-03 Une attaque de drones ukrainiens a visé une usine de Novotcherkassk. Un employé a été tué et "
        "deux autres blessés, a indiqué le gouverneur régional.\n")
    assert worker["casualties"]["killed"] == 1


def test_two_people_named_one_by_one_are_two_dead() -> None:
    from events.extraction.pipeline import extract_article

    found = extract_article(
        " date 2025-03 Une fillette de six ans et un garçon de quatorze ans ont été tués à Pavlohrad, tandis qu'un "
        "homme de 40 ans a trouvé la mort à Dnipro, a précisé le gouverneur Serhiï Lyssak.\n").claims
    assert sorted((c.localities[0].name, c.quantities["killed"]) for c in found if c.event_type == "casualties") == [
        ("Dnipro", 1), ("Pavlohrad", 2)]
    alone = _quantities_by_type(" date 2025-03 Un homme de 40 ans a trouvé la mort à Dnipro dans une frappe russe, a "
                                "précisé le gouverneur Serhiï Lyssak.\n")
    assert alone["casualties"] == {"killed": 1}


def test_the_wounded_counted_right_after_the_toll_s_verb() -> None:
    for text, expected in (
            ("Une frappe de missiles a tué deux personnes et en a blessé cinq à Zaporijjia, a annoncé le gouverneur "
             "Ivan Fedorov.", {"killed": 2, "wounded": 5}),
            ("Un bombardement russe a tué deux personnes et blessé quatre autres à Bilytske, selon le gouverneur "
             "Vadym Filachkine.", {"killed": 2, "wounded": 4}),
            ("Le missile a frappé Odessa, tuant huit personnes et en blessant dix autres, a annoncé le gouverneur "
             "Oleg Kiper.", {"killed": 8, "wounded": 10})):
        assert _quantities_by_type(f" date 2025-03 {text}\n")["casualties"] == expected
    assert [m.value for m in find_numbers("il a vu un char neuf")] == []  # a number word alone is still no count


def test_children_counted_among_the_dead_or_the_wounded() -> None:
    fr = _quantities_by_type(" date 2025-03 Une série de frappes de missiles russes a fait au moins huit morts, dont "
                             "deux enfants, et 30 blessés à Dnipro, selon le gouverneur Serhiï Lyssak.\n")
    assert fr["casualties"] == {"killed": 8, "children_killed": 2, "wounded": 30}
    en = _quantities_by_type(" date 2024-09 A Russian missile and drone attack on Lviv killed seven people, including "
                             "three children, and wounded 35 on Wednesday, officials said.\n\nThe governor said rescuers "
                             "were searching the rubble.\n")
    assert en["casualties"] == {"killed": 7, "children_killed": 3, "wounded": 35}
    wounded = _quantities_by_type(" date 2025-03 Quinze personnes ont été blessées à Kharkiv, dont quatre enfants, a "
                                  "indiqué le gouverneur Oleh Synegoubov.\n")
    assert wounded["casualties"] == {"wounded": 15, "children_wounded": 4}
