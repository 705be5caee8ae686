"""The committed Python client (clients/python/, generated from the schema) against a live server: it works."""

import contextlib
import datetime as dt
import importlib
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from rest_framework.authtoken.models import Token

# serialized_rollback: the flush after each live-server test must not drop the rows migrations create (groups)
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CLIENT_FOLDER = Path(__file__).resolve().parent.parent / "clients" / "python"
PACKAGE = "conflict_client"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def generated():
    """An importer of the committed client's modules (clients/python on sys.path while the module runs)."""
    sys.path.insert(0, str(CLIENT_FOLDER))
    yield lambda module: importlib.import_module(f"{PACKAGE}.{module}")
    sys.path.remove(str(CLIENT_FOLDER))
    for name in [name for name in sys.modules if name == PACKAGE or name.startswith(f"{PACKAGE}.")]:
        del sys.modules[name]


@pytest.fixture
def connect(live_server, generated):
    """Opens clients of the generated package on the live server; closes them (no keep-alive left) after the test."""
    with contextlib.ExitStack() as stack:

        def connect(token: str | None = None):
            module = generated("client")
            if token:
                return stack.enter_context(module.AuthenticatedClient(base_url=live_server.url, token=token,
                                                                      prefix="Token"))
            return stack.enter_context(module.Client(base_url=live_server.url))

        yield connect


def test_a_generated_client_lists_claims_with_filters_and_reads_one(dataset, generated, connect):
    client = connect()
    claims_list, claims_retrieve = generated("api.claims.claims_list"), generated("api.claims.claims_retrieve")
    models = generated("models")

    page = claims_list.sync(
        client=client,
        event_type=[models.ClaimsListEventTypeItem.CAPTURE, models.ClaimsListEventTypeItem.WITHDRAWAL],
        locality="Koursk",
        occurred_after=dt.date(2024, 8, 10),
        claimant_side=[models.ClaimsListClaimantSideItem.RU],
        ordering=models.ClaimsListOrdering("-occurred_on"),
    )
    assert isinstance(page, models.PaginatedClaimList)
    assert page.count is None  # computed only when asked for (count=true)
    assert [claim.id for claim in page.results] == [
        dataset.claims.ru_retakes_sudzha.pk, dataset.claims.ru_takes_krupets.pk, dataset.claims.ru_denies_sudzha.pk,
    ]

    claim = claims_retrieve.sync(client=client, id=dataset.claims.ru_retakes_sudzha.pk)
    assert isinstance(claim, models.Claim)
    assert (claim.source.name, claim.source.published_precision) == ("002_cccc.txt", models.DatePrecisionEnum.MONTH)
    assert (claim.claimant.name, claim.claimant.side) == ("Russian Ministry of Defence", models.SideEnum.RU)
    assert claim.stance == models.StanceEnum.ASSERTS
    assert claim.event.event_type == models.EventTypeEnum.WITHDRAWAL
    assert claim.event.occurred_on == dt.date(2025, 3, 12)
    assert [(place.name, place.latitude, place.longitude) for place in claim.event.localities] == [
        ("Sudzha", 51.1914, 35.2708)
    ]


def test_a_generated_client_pages_with_cursors_and_reads_errors(dataset, generated, connect):
    client = connect()
    claims_list, claims_retrieve = generated("api.claims.claims_list"), generated("api.claims.claims_retrieve")
    models = generated("models")

    seen, cursor = [], None
    while True:
        page = claims_list.sync(client=client, limit=3, **({"cursor": cursor} if cursor else {}))
        seen += [claim.id for claim in page.results]
        if not page.next_:
            break
        cursor = parse_qs(urlsplit(page.next_).query)["cursor"][0]
    assert sorted(seen) == sorted(claim.pk for claim in dataset.claims.__dict__.values())

    bad = claims_list.sync(client=client, bbox="30,50,40")
    assert isinstance(bad, models.ClaimsListResponse400)
    assert "bbox" in bad.additional_properties
    missing = claims_retrieve.sync_detailed(client=client, id=999999)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, models.DetailError)


def test_a_generated_client_curates_a_claim_with_a_curator_token(dataset, curator, generated, connect):
    client = connect(Token.objects.create(user=curator).key)
    models = generated("models")
    update = generated("api.claims.claims_partial_update")
    claim = update.sync(
        client=client,
        id=dataset.claims.media_strike.pk,
        body=models.PatchedClaimCurationRequest(review_status=models.ReviewStatusEnum.VERIFIED, curator_note="ok"),
    )
    assert isinstance(claim, models.Claim)
    assert (claim.review_status, claim.curated) == (models.ReviewStatusEnum.VERIFIED, True)
    assert update.sync_detailed(client=connect(), id=dataset.claims.media_strike.pk,
                                body=models.PatchedClaimCurationRequest()).status_code == 401


def test_the_client_ingests_an_article_with_an_ingesters_token(db, ingester, generated, connect):
    client = connect(Token.objects.create(user=ingester).key)
    models, create = generated("models"), generated("api.ingest.sources_create")
    seed = sorted(SEEDS.iterdir())[0]
    body = models.ArticleTextRequest(name=seed.name, text=seed.read_text())
    first = create.sync_detailed(client=client, body=body)
    assert first.status_code == 201
    assert (first.parsed.status, first.parsed.source.name) == (models.IngestStatusEnum.CREATED, seed.name)
    assert first.parsed.source.claims
    again = create.sync_detailed(client=client, body=body)
    assert (again.status_code, again.parsed.status) == (200, models.IngestStatusEnum.UNCHANGED)
    assert [c.id for c in again.parsed.source.claims] == [c.id for c in first.parsed.source.claims]
    upload = create.sync_detailed(client=client, body=models.ArticleFileRequest(
        file=generated("types").File(payload=b"", file_name="empty.txt")))
    assert upload.status_code == 400
    assert upload.parsed.additional_properties == {"file": ["empty file"]}
