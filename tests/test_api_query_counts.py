"""Pinned query counts: a list costs the same number of queries whatever its page size.

A page is read keys first (the ids of the page, in order: a narrow query the database can stop early), then its
rows by those ids (events.api.pagination, late row lookup): two queries where one used to be.
"""

import pytest

pytestmark = pytest.mark.django_db

PAGE_SIZES = [1, 7, 500]


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_page_of_claims_takes_three_queries(api_client, many_claims, django_assert_num_queries, limit):
    # 1. the page's claim ids (ORDER BY id LIMIT n + 1)
    # 2. their rows: claims JOIN source, claimant, event, the event's region, as plain values
    # 3. the places of the page's events (through events_event_localities)
    # no COUNT: it is computed only when count=true asks for it
    with django_assert_num_queries(3):
        response = api_client.get(f"/api/claims/?limit={limit}")
    assert len(response.json()["results"]) == min(limit, len(many_claims) + 10)


@pytest.mark.parametrize("limit", [1, 7, 100])
def test_a_page_reached_through_a_cursor_takes_three_queries(
    api_client, many_claims, django_assert_num_queries, limit
):
    next_url = api_client.get(f"/api/claims/?limit={limit}").json()["next"]
    # 1. the ids after the cursor (WHERE id > k ORDER BY id LIMIT n + 1)  2. their rows
    # 3. the places of the page's events; no COUNT: it is null unless count=true asks for it
    with django_assert_num_queries(3):
        assert api_client.get(next_url).json()["count"] is None


def test_count_true_adds_one_count_query_to_a_cursor_page(api_client, many_claims, django_assert_num_queries):
    next_url = api_client.get("/api/claims/?limit=10").json()["next"]
    # 1. COUNT(*)  2. the ids  3. the rows  4. the places
    with django_assert_num_queries(4):
        assert api_client.get(next_url + "&count=true").json()["count"] == 130


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_filters_add_one_query_per_set_of_places_or_claimants_they_name(
    api_client, many_claims, django_assert_num_queries, limit
):
    url = (
        f"/api/claims/?limit={limit}&event_type=capture,withdrawal&locality=Soudja&occurred_after=2024-01-01"
        "&bbox=30,45,40,55&near=51.19,35.27&radius_km=50&contested=true&q=Soudja&updated_since=2020-01-01"
        "&claimant=ministry&country=RU&ordering=id"
    )
    # 1. the actors' names, folded in Python to match `claimant` ignoring accents
    # 2-4. the ids of the places named by locality (with the places inside it), in bbox, near the point:
    #      literal ids let PostgreSQL estimate how few events match (country, a plain equality, needs none)
    # 5. the page's ids  6. their rows  7. the places of its events
    with django_assert_num_queries(7):
        assert api_client.get(url).status_code == 200


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_nullable_ordering_takes_three_queries_while_dated_rows_fill_the_page(
    api_client, many_claims, django_assert_num_queries, limit
):
    # 1. the ids of claims with a claimed_on, in order  2. their rows  3. the places of the page's events
    with django_assert_num_queries(3):
        api_client.get(f"/api/claims/?ordering=claimed_on&limit={min(limit, 50)}")


def test_a_nullable_ordering_takes_two_more_queries_on_the_page_where_dated_rows_run_out(
    api_client, many_claims, django_assert_num_queries
):
    # 1-2. the ids, then the rows, of the claims with a claimed_on, in order
    # 3-4. the ids, then the rows, of the claims without one, to fill the page
    # 5. the places of the page's events (loaded once for both kinds of rows)
    with django_assert_num_queries(5):
        response = api_client.get("/api/claims/?ordering=claimed_on&limit=500")
    assert len(response.json()["results"]) == 130


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_page_of_events_takes_four_queries(api_client, many_claims, django_assert_num_queries, limit):
    # 1. the page's event ids  2. their rows: events JOIN region, with claims_count and sources_count as correlated
    # subqueries  3. the places of the page's events  4. the claims of the page's events with their claimant's
    # side (claimant_sides)
    with django_assert_num_queries(4):
        assert api_client.get(f"/api/events/?limit={limit}").status_code == 200


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_page_of_localities_takes_two_queries(api_client, dataset, django_assert_num_queries, limit):
    # 1. the page's ids  2. their rows: localities JOIN parent, with events_count as a correlated subquery
    with django_assert_num_queries(2):
        assert api_client.get(f"/api/localities/?limit={limit}").status_code == 200


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_page_of_sources_takes_two_queries(api_client, many_claims, django_assert_num_queries, limit):
    # 1. the page's ids  2. their rows, text deferred, with claims_count as a correlated subquery
    with django_assert_num_queries(2):
        assert api_client.get(f"/api/sources/?limit={limit}").status_code == 200


@pytest.mark.parametrize("limit", PAGE_SIZES)
def test_a_page_of_actors_takes_two_queries(api_client, many_claims, django_assert_num_queries, limit):
    # 1. the page's ids  2. their rows with claims_count
    with django_assert_num_queries(2):
        assert api_client.get(f"/api/actors/?limit={limit}").status_code == 200


def test_a_claim_takes_two_queries(api_client, dataset, django_assert_num_queries):
    # 1. the claim JOIN source, claimant, event, region  2. the event's places
    with django_assert_num_queries(2):
        assert api_client.get(f"/api/claims/{dataset.claims.ru_denies_sudzha.pk}/").status_code == 200


def test_a_source_with_its_claims_takes_two_queries(api_client, dataset, django_assert_num_queries):
    # 1. the source with claims_count  2. its claims JOIN claimant, event, in reading order
    with django_assert_num_queries(2):
        assert api_client.get(f"/api/sources/{dataset.sources.a.pk}/").status_code == 200


@pytest.mark.parametrize(("limit", "queries"), [(1, 4), (4, 4), (500, 5)])
def test_a_page_of_a_timeline_takes_four_queries_and_one_more_where_dates_run_out(
    api_client, dataset, django_assert_num_queries, limit, queries
):
    # 1. the place and the places inside it (none: 404)  2-3. the ids, then the rows, of the claims about dated
    # events, oldest first (on the page where dated events run out, the ids of the claims about undated ones,
    # which come last: none here, so no rows to read)  4. the places of the page's events
    with django_assert_num_queries(queries):
        response = api_client.get(f"/api/localities/{dataset.places.kursk_oblast.pk}/timeline/?limit={limit}")
    assert response.status_code == 200


def test_a_csv_export_reads_claims_in_chunks(api_client, many_claims, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr("events.api.exports.EXPORT_CHUNK_SIZE", 50)
    # 1. the ids of the claims in the export's order (up to EXPORT_KEYS_PER_QUERY of them per query)
    # 2-7. for each chunk of 50 ids (130 claims make 3 chunks): the claims JOIN source, claimant, event, region
    #      by id, then the places of the chunk's events
    with django_assert_num_queries(7):
        response = api_client.get("/api/claims/?format=csv")
        b"".join(response.streaming_content)
