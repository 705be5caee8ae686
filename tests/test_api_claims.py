"""/api/claims/: the claim contract and every filter, through HTTP."""

import datetime as dt

import pytest
from django.utils import timezone

from events.models import Claim, Event

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def claim_ids(*claims) -> set[int]:
    return {claim.pk for claim in claims}


def test_a_claim_carries_the_fields_downstream_readers_rely_on(api_client, dataset):
    claim = dataset.claims.ua_takes_sudzha
    body = api_client.get(f"/api/claims/{claim.pk}/").json()
    assert body["source"]["name"] == "000_aaaa.txt"
    assert body["source"]["published_on"] == "2024-08-16"
    assert body["source"]["published_precision"] == "day"
    assert body["claimant"]["name"] == "État-major ukrainien"
    assert body["claimant"]["side"] == "UA"
    assert body["stance"] == "asserts"
    assert body["quote"] == dataset.sources.a.text[body["quote_start"]:body["quote_end"]]
    event = body["event"]
    assert event["id"] == dataset.events.sudzha_capture.pk
    assert (event["event_type"], event["actor_side"]) == ("capture", "UA")
    assert (event["occurred_on"], event["occurred_precision"]) == ("2024-08-01", "month")
    assert event["localities"] == [
        {"id": dataset.places.sudzha.pk, "name": "Sudzha", "name_fr": "Soudja", "name_native": "Суджа",
         "kind": "town", "country_code": "RU", "latitude": 51.1914, "longitude": 35.2708, "geo_precision": "exact"}
    ]
    assert event["quantities"] == {}
    assert {"created_at", "updated_at", "review_status", "curated"} <= set(body)


def test_quantities_are_numbers(api_client, dataset):
    body = api_client.get(f"/api/claims/{dataset.claims.media_strike.pk}/").json()
    assert body["event"]["quantities"] == {"killed": 3, "drones": 1}


def test_every_claim_is_listed_rejected_ones_included(api_client, dataset):
    assert ids(api_client.get("/api/claims/")) == {claim.pk for claim in Claim.objects.all()}
    assert ids(api_client.get("/api/claims/?review_status=rejected")) == claim_ids(dataset.claims.isw_on_kupiansk)


def test_a_source_is_found_by_id_or_by_file_name(api_client, dataset):
    by_name = ids(api_client.get("/api/claims/?source=002_cccc.txt"))
    assert by_name == ids(api_client.get(f"/api/claims/?source={dataset.sources.c.pk}"))
    assert by_name == claim_ids(dataset.claims.ru_retakes_sudzha, dataset.claims.ua_admits_sudzha)


def test_it_filters_by_event(api_client, dataset):
    response = api_client.get(f"/api/claims/?event={dataset.events.kupiansk_repel.pk}")
    assert ids(response) == claim_ids(dataset.claims.ua_repels_kupiansk, dataset.claims.isw_on_kupiansk)


@pytest.mark.parametrize("query", ["event_type=capture&event_type=withdrawal", "event_type=capture,withdrawal"])
def test_several_event_types_are_given_repeated_or_comma_separated(api_client, dataset, query):
    c = dataset.claims
    assert ids(api_client.get(f"/api/claims/?{query}")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_takes_krupets, c.ru_retakes_sudzha, c.ua_admits_sudzha
    )


def test_it_filters_by_stance_and_review_status(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?stance=denies")) == claim_ids(c.ru_denies_sudzha, c.isw_on_kupiansk)
    assert ids(api_client.get("/api/claims/?stance=denies&review_status=unreviewed")) == claim_ids(c.ru_denies_sudzha)
    assert ids(api_client.get("/api/claims/?review_status=verified")) == claim_ids(c.zelensky_offensive)


@pytest.mark.parametrize("name", ["état-major", "ETAT MAJOR", "etat-major ukr", "Major"])
def test_a_claimant_name_matches_ignoring_case_and_accents(api_client, dataset, name):
    expected = ids(api_client.get(f"/api/claims/?claimant={dataset.actors.ua_staff.pk}"))
    assert ids(api_client.get("/api/claims/", {"claimant": name})) == expected
    assert len(expected) == 3


def test_an_unknown_claimant_matches_nothing(api_client, dataset):
    assert ids(api_client.get("/api/claims/?claimant=nobody")) == set()
    assert ids(api_client.get("/api/claims/?claimant=999999")) == set()


def test_it_filters_by_claimant_side_and_actor_side(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?claimant_side=RU")) == claim_ids(
        c.ru_denies_sudzha, c.ru_takes_krupets, c.ru_retakes_sudzha
    )
    assert ids(api_client.get("/api/claims/?actor_side=RU&claimant_side=media,INT")) == claim_ids(c.media_strike)


@pytest.mark.parametrize("spelling", ["Koupiansk", "Kupiansk", "Куп'янськ", "Куп’янськ", "KUPIANSK", "kupyansk"])
def test_a_locality_in_any_spelling_gives_the_same_claims(api_client, dataset, spelling):
    assert ids(api_client.get("/api/claims/", {"locality": spelling})) == claim_ids(
        dataset.claims.ua_repels_kupiansk, dataset.claims.isw_on_kupiansk
    )


def test_a_locality_id_gives_the_same_claims_as_its_name(api_client, dataset):
    by_id = ids(api_client.get(f"/api/claims/?locality={dataset.places.sudzha.pk}"))
    assert by_id == ids(api_client.get("/api/claims/?locality=Soudja"))
    assert len(by_id) == 4


def test_a_spelling_is_matched_whole_not_as_a_part(api_client, dataset):
    assert ids(api_client.get("/api/claims/?locality=Koupi")) == set()


@pytest.mark.parametrize("query", ["locality=Kursk Oblast", "locality=région de Koursk", "region=Koursk",
                                   "region=Курская область"])
def test_a_region_includes_the_places_inside_it(api_client, dataset, query):
    c = dataset.claims
    key, value = query.split("=")
    assert ids(api_client.get("/api/claims/", {key: value})) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_takes_krupets, c.media_offensive, c.zelensky_offensive,
        c.ru_retakes_sudzha, c.ua_admits_sudzha,
    )


def test_a_country_includes_its_regions_and_their_places(api_client, dataset):
    c = dataset.claims
    expected = claim_ids(c.ua_repels_kupiansk, c.isw_on_kupiansk, c.media_strike)
    assert ids(api_client.get("/api/claims/?locality=Україна")) == expected
    assert ids(api_client.get("/api/claims/?country=ua")) == expected


def test_a_month_precision_event_is_in_range_when_its_month_overlaps(api_client, dataset):
    c = dataset.claims
    # sudzha_capture is known to the month (2024-08): it overlaps 20-31 August and 1-5 August alike
    assert ids(api_client.get("/api/claims/?occurred_after=2024-08-20&occurred_before=2024-08-31")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha
    )
    assert ids(api_client.get("/api/claims/?occurred_after=2024-08-01&occurred_before=2024-08-05")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha
    )
    assert ids(api_client.get("/api/claims/?occurred_after=2024-08-16&occurred_before=2024-09-30")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha, c.ua_repels_kupiansk, c.isw_on_kupiansk
    )


def test_an_undated_event_is_out_of_any_date_range(api_client, dataset):
    assert dataset.claims.media_strike.pk not in ids(api_client.get("/api/claims/?occurred_after=0001-01-01"))


def test_claimed_and_published_dates_filter_on_the_claim_and_its_source(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?claimed_after=2025-03-13")) == claim_ids(c.ua_admits_sudzha)
    assert ids(api_client.get("/api/claims/?claimed_before=2024-08-16")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_takes_krupets, c.media_offensive
    )
    # source c is known to the month (2025-03): published_after=2025-03-20 still overlaps it
    assert ids(api_client.get("/api/claims/?published_after=2025-03-20")) == claim_ids(
        c.ru_retakes_sudzha, c.ua_admits_sudzha
    )
    assert ids(api_client.get("/api/claims/?published_before=2024-08-16")) == ids(
        api_client.get("/api/claims/?source=000_aaaa.txt")
    )


def test_a_bounding_box_keeps_the_claims_at_places_inside_it(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?bbox=35.0,51.0,35.5,51.3")) == claim_ids(
        c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_retakes_sudzha, c.ua_admits_sudzha
    )


def test_an_event_without_a_place_is_positioned_at_its_region_centroid(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?bbox=35.9,51.4,36.1,51.6")) == claim_ids(
        c.media_offensive, c.zelensky_offensive
    )


def test_near_keeps_the_claims_within_the_radius(api_client, dataset):
    c = dataset.claims
    sudzha = claim_ids(c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_retakes_sudzha, c.ua_admits_sudzha)
    # Krupets is about 27 km from Sudzha
    assert ids(api_client.get("/api/claims/?near=51.19,35.27&radius_km=5")) == sudzha
    assert ids(api_client.get("/api/claims/?near=51.19,35.27")) == sudzha
    assert ids(api_client.get("/api/claims/?near=51.19,35.27&radius_km=30")) == sudzha | claim_ids(c.ru_takes_krupets)


def test_q_searches_quotes_claimant_names_and_source_titles(api_client, dataset):
    c = dataset.claims
    assert ids(api_client.get("/api/claims/?q=Kroupets")) == claim_ids(c.ru_takes_krupets)
    assert ids(api_client.get("/api/claims/?q=Zelensky")) == claim_ids(c.zelensky_offensive)
    assert ids(api_client.get("/api/claims/?q=Institute")) == claim_ids(c.isw_on_kupiansk)
    assert ids(api_client.get("/api/claims/?q=front")) == ids(api_client.get("/api/claims/?source=001_bbbb.txt"))
    assert ids(api_client.get("/api/claims/?q=Soudja retrait")) == claim_ids(c.ru_retakes_sudzha, c.ua_admits_sudzha)


def test_contested_claims_are_those_whose_event_has_opposing_stances_or_both_camps(api_client, dataset):
    c = dataset.claims
    # sudzha_capture: UA asserts, RU denies; sudzha_withdraw: RU asserts, UA acknowledges (both camps);
    # kupiansk_repel: ISW's denial was rejected by a curator, so it does not count
    contested = claim_ids(c.ua_takes_sudzha, c.ru_denies_sudzha, c.ru_retakes_sudzha, c.ua_admits_sudzha)
    assert ids(api_client.get("/api/claims/?contested=true")) == contested
    assert ids(api_client.get("/api/claims/?contested=false")) == {claim.pk for claim in Claim.objects.all()} - contested


def test_updated_since_returns_what_was_created_or_edited_since(api_client, dataset):
    long_ago = timezone.now() - dt.timedelta(days=30)
    Claim.objects.update(updated_at=long_ago)
    Event.objects.update(updated_at=long_ago)
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert ids(api_client.get("/api/claims/", {"updated_since": since})) == set()

    dataset.claims.ru_takes_krupets.save()  # edited: auto_now bumps updated_at
    dataset.events.kupiansk_repel.save()  # its claims embed it, so they changed too
    c = dataset.claims
    assert ids(api_client.get("/api/claims/", {"updated_since": since})) == claim_ids(
        c.ru_takes_krupets, c.ua_repels_kupiansk, c.isw_on_kupiansk
    )


def test_filters_combine(api_client, dataset):
    response = api_client.get("/api/claims/?locality=Soudja&claimant_side=UA&occurred_after=2025-01-01")
    assert ids(response) == claim_ids(dataset.claims.ua_admits_sudzha)


def test_an_unknown_claim_is_a_404(api_client, dataset):
    response = api_client.get("/api/claims/999999/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No Claim matches the given query."}
