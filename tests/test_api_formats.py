"""Formats: streamed CSV and GeoJSON exports, the ACLED-style CSV, and format negotiation errors."""

import csv
import io
import json

import pytest

from events.api import exports
from events.choices import DatePrecision, EventType, Side, Stance
from events.models import Claim, Event

pytestmark = pytest.mark.django_db


def streamed(response) -> str:
    assert response.status_code == 200
    assert response.streaming, "an export must be streamed, not built in memory"
    return b"".join(response.streaming_content).decode()


def csv_rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(streamed(response))))


def test_claims_csv_has_one_row_per_claim_and_place_with_the_documented_columns(api_client, dataset):
    response = api_client.get("/api/claims/?format=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="claims.csv"' in response["Content-Disposition"]
    text = streamed(response)
    assert next(csv.reader(io.StringIO(text))) == exports.CLAIM_COLUMNS
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == Claim.objects.count()  # every event of the dataset has exactly one place
    row = next(row for row in rows if row["claim_id"] == str(dataset.claims.ru_takes_krupets.pk))
    assert (row["claimant_name"], row["claimant_side"], row["stance"]) == ("Russian Ministry of Defence", "RU", "asserts")
    assert (row["locality_name"], row["latitude"], row["longitude"]) == ("Krupets", "51.35", "34.97")
    assert (row["occurred_on"], row["occurred_precision"], row["curated"]) == ("2024-08-15", "day", "false")


def test_an_event_with_several_places_gives_one_row_per_place(api_client, dataset):
    dataset.events.krupets_capture.localities.add(dataset.places.malaya_loknya)
    rows = csv_rows(api_client.get(f"/api/claims/?format=csv&event={dataset.events.krupets_capture.pk}"))
    assert [row["locality_name"] for row in rows] == ["Krupets", "Malaya Loknya"]
    assert rows[1]["geo_precision"] == "region"


def test_the_csv_export_applies_filters_and_ordering_and_ignores_limit(api_client, many_claims):
    rows = csv_rows(api_client.get("/api/claims/?format=csv&limit=5&claimant_side=UA&ordering=-id"))
    assert len(rows) == Claim.objects.filter(claimant__side=Side.UA).count() > 5
    assert [int(row["claim_id"]) for row in rows] == sorted((int(row["claim_id"]) for row in rows), reverse=True)


def test_geojson_is_a_feature_collection_of_points_with_null_geometry_where_no_coordinates(api_client, dataset):
    nowhere = Event.objects.create(event_type=EventType.AGREEMENT, occurred_precision=DatePrecision.UNKNOWN)
    Claim.objects.create(event=nowhere, source=dataset.sources.c, claimant=dataset.actors.media,
                         stance=Stance.ASSERTS, quote="Kiev", quote_start=0, quote_end=4)
    response = api_client.get("/api/claims/?format=geojson")
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(streamed(response))
    assert collection["type"] == "FeatureCollection"
    by_claim = {feature["properties"]["claim_id"]: feature for feature in collection["features"]}
    sudzha = by_claim[dataset.claims.ua_takes_sudzha.pk]
    assert sudzha["type"] == "Feature"
    assert sudzha["geometry"] == {"type": "Point", "coordinates": [35.2708, 51.1914]}
    assert sudzha["properties"]["claimant_side"] == "UA"
    assert sudzha["properties"]["curated"] is False
    assert set(sudzha["properties"]) == set(exports.CLAIM_COLUMNS)
    nowhere_claim = next(f for f in collection["features"] if f["properties"]["event_id"] == nowhere.pk)
    assert nowhere_claim["geometry"] is None


def test_an_event_without_its_own_place_is_exported_at_its_region(api_client, dataset):
    collection = json.loads(streamed(api_client.get("/api/events/?format=geojson&event_type=offensive")))
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [36.0, 51.5]
    assert feature["properties"]["locality_name"] == "Kursk Oblast"
    assert feature["properties"]["locality_kind"] == "region"


def test_events_and_localities_export_as_csv_and_geojson(api_client, dataset):
    events = csv_rows(api_client.get("/api/events/?format=csv&contested=true"))
    assert {row["event_id"] for row in events} == {
        str(dataset.events.sudzha_capture.pk), str(dataset.events.sudzha_withdraw.pk)
    }
    assert {(row["claimant_sides"], row["contested"]) for row in events} == {("RU;UA", "true")}
    places = csv_rows(api_client.get("/api/localities/?format=csv&q=Soudja"))
    assert [(row["name"], row["parent_name"], row["events_count"]) for row in places] == [("Sudzha", "Kursk Oblast", "2")]
    features = json.loads(streamed(api_client.get("/api/localities/?format=geojson&kind=country")))["features"]
    assert [feature["properties"]["name"] for feature in features] == ["Ukraine", "Russia"]


def test_the_acled_export_uses_acled_columns_and_vocabulary(api_client, dataset):
    response = api_client.get("/api/events/acled/?ordering=occurred_on")
    assert 'filename="events_acled.csv"' in response["Content-Disposition"]
    rows = {row["event_id_cnty"]: row for row in csv_rows(response)}
    assert list(next(iter(rows.values()))) == exports.ACLED_COLUMNS
    capture = rows[f"RUS{dataset.events.sudzha_capture.pk}"]
    assert capture["event_date"] == "2024-08-01"
    assert capture["time_precision"] == "3"  # known to the month
    assert (capture["disorder_type"], capture["event_type"], capture["sub_event_type"]) == (
        "Political violence", "Battles", "Armed clash"
    )
    assert capture["actor1"] == "Military Forces of Ukraine (2019-)"
    assert capture["actor2"] == "Military Forces of Russia (2000-)"
    assert (capture["country"], capture["iso"], capture["admin1"], capture["location"]) == ("Russia", "643", "Kursk",
                                                                                          "Sudzha")
    assert (capture["geo_precision"], capture["source"], capture["tags"]) == ("1", "AFP", "contested")
    assert "Russian Ministry of Defence (RU) denies" in capture["notes"]
    strike = rows[f"UKR{dataset.events.pokrovsk_strike.pk}"]
    assert (strike["event_type"], strike["sub_event_type"], strike["fatalities"]) == (
        "Explosions/Remote violence", "Air/drone strike", "3"
    )
    assert (strike["event_date"], strike["time_precision"]) == ("", "3")
    retake = rows[f"RUS{dataset.events.krupets_capture.pk}"]
    assert retake["sub_event_type"] == "Government regains territory"  # Russia retaking a Russian village
    withdrawal = rows[f"RUS{dataset.events.sudzha_withdraw.pk}"]
    assert (withdrawal["event_type"], withdrawal["sub_event_type"], withdrawal["time_precision"]) == (
        "Strategic developments", "Non-violent transfer of territory", "1"
    )
    offensive = rows[f"RUS{dataset.events.kursk_offensive.pk}"]
    assert (offensive["location"], offensive["geo_precision"], offensive["admin1"]) == ("Kursk Oblast", "3", "Kursk")


def test_the_acled_export_applies_the_event_filters(api_client, dataset):
    rows = csv_rows(api_client.get("/api/events/acled/?country=UA"))
    assert {row["location"] for row in rows} == {"Kupiansk", "Pokrovsk"}


def test_an_unknown_format_is_a_400_naming_the_parameter(api_client, dataset):
    response = api_client.get("/api/claims/?format=xml")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "format" in response.json()


def test_a_bad_parameter_is_answered_in_json_even_when_csv_was_asked_for(api_client, dataset):
    for url in ["/api/claims/?format=csv&bbox=1,2,3", "/api/events/acled/?occurred_after=2024-13-45"]:
        response = api_client.get(url)
        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"


def test_one_record_is_only_offered_in_json(api_client, dataset):
    response = api_client.get(f"/api/claims/{dataset.claims.ua_takes_sudzha.pk}/?format=csv")
    assert response.status_code == 400
    assert response.json()["format"] == ["'csv' is not offered here; use one of: json."]
