"""/api/sources/: the full text with each claim's offsets, and the source filters."""

import pytest

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


def test_a_source_gives_its_full_text_and_the_offsets_of_its_claims(api_client, dataset):
    body = api_client.get(f"/api/sources/{dataset.sources.b.pk}/").json()
    assert body["text"] == dataset.sources.b.text
    assert body["claims_count"] == 4
    quotes = [body["text"][claim["quote_start"]:claim["quote_end"]] for claim in body["claims"]]
    assert quotes == [
        dataset.claims.ua_repels_kupiansk.quote,
        dataset.claims.isw_on_kupiansk.quote,
        dataset.claims.media_strike.quote,
        dataset.claims.zelensky_offensive.quote,
    ]
    first = body["claims"][0]
    assert first["claimant"]["side"] == "UA"
    assert (first["stance"], first["event_type"]) == ("asserts", "attack_repelled")


def test_the_source_list_leaves_the_text_out(api_client, dataset):
    rows = api_client.get("/api/sources/").json()["results"]
    assert all("text" not in row for row in rows)
    assert [row["claims_count"] for row in rows] == [4, 4, 2]


def test_sources_are_filtered_by_text_publisher_name_and_date(api_client, dataset):
    assert names(api_client.get("/api/sources/?q=Kroupets")) == ["000_aaaa.txt"]
    assert names(api_client.get("/api/sources/?q=front")) == ["001_bbbb.txt"]
    assert names(api_client.get("/api/sources/?publisher=afp")) == ["000_aaaa.txt"]
    assert names(api_client.get("/api/sources/?name=002_cccc.txt")) == ["002_cccc.txt"]
    # published in March 2025 (month precision): it overlaps the 20th onwards
    assert names(api_client.get("/api/sources/?published_after=2025-03-20")) == ["002_cccc.txt"]
    assert names(api_client.get("/api/sources/?published_before=2024-09-11&ordering=-published_on")) == [
        "001_bbbb.txt", "000_aaaa.txt",
    ]
