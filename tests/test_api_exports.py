"""Exports read in keyset chunks: the same records in the same order as the ordered queryset, whatever the
chunk sizes, a fixed number of queries per chunk, and `contested` computed from the prefetched claims."""

import csv
import io
import json

import pytest

from events import selectors
from events.api import exports
from events.choices import ReviewStatus, Side, Stance
from events.filters import ClaimFilterSet, EventFilterSet, LocalityFilterSet
from events.models import Actor, Claim, Event, Locality

pytestmark = pytest.mark.django_db


def streamed(response) -> str:
    assert response.status_code == 200
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def record_ids(response, column: str) -> list[int]:
    """The ids of the exported records in order, one per record (a record has one row per place)."""
    ids: list[int] = []
    for row in csv.DictReader(io.StringIO(streamed(response))):
        if not ids or ids[-1] != int(row[column]):
            ids.append(int(row[column]))
    return ids


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 3 rows, keys read 7 at a time: chunk and key-query boundaries fall inside runs of equal dates."""
    monkeypatch.setattr(exports, "EXPORT_CHUNK_SIZE", 3)
    monkeypatch.setattr(exports, "EXPORT_KEYS_PER_QUERY", 7)


def _orderings(filterset) -> list[str]:
    keys = [key for key, _ in filterset.base_filters["ordering"].extra["choices"]]
    assert any(key.startswith("-") for key in keys)
    return keys


@pytest.mark.parametrize("ordering", _orderings(ClaimFilterSet))
def test_the_claims_export_keeps_every_ordering_nulls_last(api_client, many_claims, small_chunks, ordering):
    spec = ClaimFilterSet.ordering_spec(ordering)
    expected = list(Claim.objects.order_by(*spec.order_by()).values_list("pk", flat=True))
    assert record_ids(api_client.get(f"/api/claims/?format=csv&ordering={ordering}"), "claim_id") == expected


@pytest.mark.parametrize("ordering", _orderings(EventFilterSet))
def test_the_events_export_keeps_every_ordering_nulls_last(api_client, many_claims, small_chunks, ordering):
    spec = EventFilterSet.ordering_spec(ordering)
    expected = list(Event.objects.order_by(*spec.order_by()).values_list("pk", flat=True))
    assert Event.objects.filter(occurred_on__isnull=True).exists()
    assert record_ids(api_client.get(f"/api/events/?format=csv&ordering={ordering}"), "event_id") == expected
    rows = list(csv.DictReader(io.StringIO(streamed(api_client.get(f"/api/events/acled/?ordering={ordering}")))))
    acled_ids = list(dict.fromkeys(int(row["event_id_cnty"][3:]) for row in rows))
    assert acled_ids == expected


@pytest.mark.parametrize("ordering", _orderings(LocalityFilterSet))
def test_the_localities_export_keeps_every_ordering(api_client, dataset, small_chunks, ordering):
    spec = LocalityFilterSet.ordering_spec(ordering)
    expected = list(Locality.objects.order_by(*spec.order_by()).values_list("pk", flat=True))
    assert record_ids(api_client.get(f"/api/localities/?format=csv&ordering={ordering}"), "locality_id") == expected


@pytest.mark.parametrize("ordering", ["occurred_on", "-claimed_on", "-id"])
def test_a_filtered_export_has_the_filtered_records_in_order(api_client, many_claims, small_chunks, ordering):
    url = f"/api/claims/?format=csv&claimant_side=UA&contested=true&ordering={ordering}"
    spec = ClaimFilterSet.ordering_spec(ordering)
    expected = list(
        Claim.objects.filter(claimant__side=Side.UA, event__in=selectors.contested_event_ids())
        .order_by(*spec.order_by())
        .values_list("pk", flat=True)
    )
    assert expected
    assert record_ids(api_client.get(url), "claim_id") == expected


def test_geojson_reads_the_same_chunks(api_client, many_claims, small_chunks):
    features = json.loads(streamed(api_client.get("/api/claims/?format=geojson&ordering=-occurred_on")))["features"]
    ids = list(dict.fromkeys(feature["properties"]["claim_id"] for feature in features))
    spec = ClaimFilterSet.ordering_spec("-occurred_on")
    assert ids == list(Claim.objects.order_by(*spec.order_by()).values_list("pk", flat=True))


def test_an_export_reads_keys_then_each_chunk_by_id(api_client, many_claims, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(exports, "EXPORT_CHUNK_SIZE", 50)
    monkeypatch.setattr(exports, "EXPORT_KEYS_PER_QUERY", 60)
    # keys: the claims whose event has a date, 60 per query until a query returns fewer, then those whose event
    # has none, the same way; rows: each key query's keys in chunks of at most 50 (60 -> 50 + 10), and for each
    # chunk the claims by id and the places of their events
    dated = Claim.objects.filter(event__occurred_on__isnull=False).count()
    undated = Claim.objects.count() - dated
    key_queries = dated // 60 + 1 + undated // 60 + 1
    chunks = sum(-(-size // 50) for size in _split(dated, 60) + _split(undated, 60))
    with django_assert_num_queries(key_queries + 2 * chunks):
        response = api_client.get("/api/claims/?format=csv&ordering=occurred_on")
        b"".join(response.streaming_content)


def _split(total: int, size: int) -> list[int]:
    return [min(size, total - start) for start in range(0, total, size)]


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # keys, events by id, their places, their claims with the claimant's side
        ("/api/events/?format=geojson", 4),
        ("/api/events/?format=csv", 4),
        # the same and every claim with its source and claimant
        ("/api/events/acled/", 5),
        # keys, places JOIN parent by id
        ("/api/localities/?format=csv", 2),
    ],
)
def test_exports_read_no_column_row_by_row(api_client, many_claims, django_assert_num_queries, url, queries):
    # The exports read only the columns they write: a column left out would cost one query per row.
    with django_assert_num_queries(queries):
        streamed(api_client.get(url))


def test_an_order_the_key_pass_does_not_know_is_read_through_a_cursor(many_claims, small_chunks):
    queryset = selectors.event_list().order_by("-occurred_on", "id")
    assert exports.keyset_of(queryset) is None
    records = list(exports._records(queryset, exports.EVENT_FIELDS))
    assert [event.pk for event in records] == list(queryset.values_list("pk", flat=True))


def test_a_record_deleted_between_its_key_and_its_row_is_left_out(dataset, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_CHUNK_SIZE", 2)
    records = exports._records(selectors.claim_list().order_by("pk"))
    first = next(records)  # the first chunk of 2 rows is read: the last claim's key is known, not its row
    Claim.objects.order_by("pk").last().delete()
    rest = [claim.pk for claim in records]
    assert [first.pk, *rest] == list(Claim.objects.order_by("pk").values_list("pk", flat=True))


# ---------------------------------------------------------------------------------------------
# contested
# ---------------------------------------------------------------------------------------------


def _contested_stored() -> dict[int, bool]:
    return dict(Event.objects.values_list("pk", "contested"))


def _contested_in_sql() -> dict[int, bool]:
    ids = set(selectors.contested_event_ids().values_list("event_id", flat=True))
    return {pk: pk in ids for pk in Event.objects.values_list("pk", flat=True)}


def test_the_stored_contested_is_the_rule_of_the_claims(dataset):
    events = dataset.events
    computed = _contested_stored()
    assert computed == _contested_in_sql()
    # UA asserts, RU denies: opposing stances (and both camps)
    assert computed[events.sudzha_capture.pk]
    # RU asserts, UA acknowledges: both camps
    assert computed[events.sudzha_withdraw.pk]
    # UA asserts, ISW denies but is rejected
    assert not computed[events.kupiansk_repel.pk]
    assert not computed[events.krupets_capture.pk]
    assert not computed[events.kursk_offensive.pk]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([(Side.INT, Stance.DENIES, ReviewStatus.UNREVIEWED), (Side.MEDIA, Stance.ASSERTS, ReviewStatus.VERIFIED)],
         True),
        ([(Side.INT, Stance.DENIES, ReviewStatus.UNREVIEWED), (Side.MEDIA, Stance.ACKNOWLEDGES,
                                                              ReviewStatus.UNREVIEWED)], True),
        ([(Side.INT, Stance.DENIES, ReviewStatus.UNREVIEWED), (Side.MEDIA, Stance.DENIES, ReviewStatus.UNREVIEWED)],
         False),
        ([(Side.KP, Stance.ASSERTS, ReviewStatus.UNREVIEWED), (Side.UA, Stance.ASSERTS, ReviewStatus.UNREVIEWED)],
         True),
        ([(Side.RU, Stance.ASSERTS, ReviewStatus.UNREVIEWED), (Side.UA, Stance.ASSERTS, ReviewStatus.REJECTED)],
         False),
        ([(Side.RU, Stance.DENIES, ReviewStatus.REJECTED), (Side.RU, Stance.ASSERTS, ReviewStatus.UNREVIEWED)],
         False),
        ([(Side.RU, Stance.ASSERTS, ReviewStatus.UNREVIEWED), (Side.KP, Stance.ASSERTS, ReviewStatus.UNREVIEWED)],
         False),
        ([], False),
    ],
)
def test_contested_agrees_with_the_filter_on_each_case(api_client, dataset, claims, expected):
    event = Event.objects.create(event_type=dataset.events.krupets_capture.event_type, country_code="UA")
    for n, (side, stance, status) in enumerate(claims):
        claimant = Actor.objects.create(name=f"claimant {n}", side=side)
        Claim.objects.create(event=event, source=dataset.sources.a, claimant=claimant, stance=stance, quote="x",
                             quote_start=0, quote_end=1, review_status=status)
    assert _contested_stored()[event.pk] is expected
    assert _contested_in_sql()[event.pk] is expected
    assert api_client.get(f"/api/events/{event.pk}/").json()["contested"] is expected
    listed = {row["id"] for row in api_client.get("/api/events/?contested=true&limit=500").json()["results"]}
    assert (event.pk in listed) is expected
    rows = list(csv.DictReader(io.StringIO(streamed(api_client.get("/api/events/?format=csv&event_type=capture")))))
    assert {row["contested"] for row in rows if row["event_id"] == str(event.pk)} == {"true" if expected else "false"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/events/?format=geojson&count=-276", "/api/claims/?format=csv&count=maybe"])
def test_an_export_still_refuses_a_count_that_is_no_boolean(api_client, url):
    response = api_client.get(url)
    assert response.status_code == 400
    assert "count" in response.json()
