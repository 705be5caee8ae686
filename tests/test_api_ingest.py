"""Ingest over HTTP: POST /api/sources/ (JSON or file upload) and /api/sources/batch/, the command's service."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from events.models import Claim, Event, Source

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = sorted(SEEDS.iterdir())[0]


def claims_of(source_id: int) -> list[tuple]:
    return sorted(
        Claim.objects.filter(source_id=source_id).values_list(
            "claimant__name", "claimant__side", "stance", "event__event_type", "event__actor_side", "quote",
            "quote_start", "quote_end",
        )
    )


def post_text(client, name: str, text: str):
    return client.post("/api/sources/", {"name": name, "text": text}, format="json")


def test_an_ingester_posts_an_article_and_gets_its_source_and_claims(ingester_client, db):
    response = post_text(ingester_client, SEED.name, SEED.read_text())
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["name"], body["status"]) == (SEED.name, "created")
    source = Source.objects.get()
    assert response["Location"] == f"/api/sources/{source.pk}/"
    assert body["source"]["id"] == source.pk and body["source"]["text"] == SEED.read_text()
    assert sorted(claim["id"] for claim in body["source"]["claims"]) == sorted(
        Claim.objects.filter(source=source).values_list("pk", flat=True)
    )
    assert len(body["source"]["claims"]) == body["source"]["claims_count"] > 0


def test_a_posted_seed_has_the_same_claims_as_the_command_gives(ingester_client, db):
    call_command("ingest", str(SEED), verbosity=0)
    by_command = claims_of(Source.objects.get().pk)
    Source.objects.all().delete()
    Event.objects.all().delete()
    response = ingester_client.post("/api/sources/", {"file": SimpleUploadedFile(SEED.name, SEED.read_bytes())},
                                    format="multipart")
    assert response.status_code == 201, response.json()
    assert response.json()["name"] == SEED.name
    assert claims_of(response.json()["source"]["id"]) == by_command
    assert len(by_command) > 0


def test_the_same_bytes_posted_again_answer_200_with_the_existing_ids(ingester_client, db):
    first = post_text(ingester_client, SEED.name, SEED.read_text()).json()
    again = post_text(ingester_client, "another_name.txt", SEED.read_text())
    assert again.status_code == 200
    assert again.json()["status"] == "unchanged"
    assert again.json()["source"] == first["source"]  # the stored record, under its first name
    assert Source.objects.count() == 1


def test_a_changed_text_under_the_same_name_is_re_extracted(ingester_client, db):
    post_text(ingester_client, SEED.name, SEED.read_text())
    response = post_text(ingester_client, SEED.name, SEED.read_text() + "\nUn paragraphe ajouté.\n")
    assert response.status_code == 200
    assert response.json()["status"] == "updated"
    assert Source.objects.get().text.endswith("Un paragraphe ajouté.\n")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01binary", "binary content (NUL bytes)"),
        ("L'armée a repris le village.".encode("cp1252"), "not valid UTF-8 at byte 5 (looks like Latin-1/Windows-1252?)"),
    ],
)
def test_an_article_the_command_would_refuse_is_a_400_naming_the_problem(ingester_client, raw, message):
    response = ingester_client.post("/api/sources/", {"file": SimpleUploadedFile("bad.txt", raw)}, format="multipart")
    assert response.status_code == 400
    assert response.json() == {"file": [message]}
    assert not Source.objects.exists()


def test_json_without_a_name_or_with_a_folder_in_it_is_refused(ingester_client, db):
    assert post_text(ingester_client, "", "texte").json() == {"name": ["This field may not be blank."]}
    assert ingester_client.post("/api/sources/", {"text": "x"}, format="json").json() == {
        "name": ["This field is required."]
    }
    folder = post_text(ingester_client, "../etc/passwd", "texte")
    assert folder.status_code == 400
    assert list(folder.json()) == ["name"]
    assert post_text(ingester_client, "blank.txt", "  \n").json() == {"text": ["empty file"]}


def test_an_article_over_the_size_limit_is_refused_over_http_and_by_the_command(ingester_client, settings, tmp_path):
    settings.INGEST_MAX_BYTES = 100
    response = post_text(ingester_client, "long.txt", "mot " * 30)
    assert response.status_code == 400
    assert response.json() == {"text": ["too large: 120 bytes, at most 100 per article"]}
    huge = post_text(ingester_client, "huge.txt", "mot " * 300)
    assert huge.status_code == 413
    assert "INGEST_MAX_BYTES" in huge.json()["detail"]
    (tmp_path / "long.txt").write_text("mot " * 30)
    with pytest.raises(Exception, match="1 file"):
        call_command("ingest", str(tmp_path), verbosity=0)


def test_only_ingesters_and_curators_may_post(api_client, reader_client, curator_client, ingester_client, db):
    assert post_text(api_client, "a.txt", "texte").status_code == 401
    assert post_text(reader_client, "a.txt", "texte").status_code == 403
    assert post_text(curator_client, SEED.name, SEED.read_text()).status_code == 201
    assert ingester_client.patch(f"/api/claims/{Claim.objects.first().pk}/", {"curator_note": "x"},
                                 format="json").status_code == 403


def test_a_batch_reports_each_article_in_order(ingester_client, db):
    seeds = sorted(SEEDS.iterdir())[:2]
    articles = [{"name": p.name, "text": p.read_text()} for p in seeds] + [{"name": "empty.txt", "text": ""}]
    response = ingester_client.post("/api/sources/batch/", {"articles": articles}, format="json")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["name"], r["status"]) for r in results] == [(seeds[0].name, "created"), (seeds[1].name, "created"),
                                                          ("empty.txt", "failed")]
    assert results[2]["error"] == "empty file" and "source" not in results[2]
    assert [r["source"]["name"] for r in results[:2]] == [p.name for p in seeds]
    again = ingester_client.post("/api/sources/batch/", {"articles": articles[:1]}, format="json").json()
    assert again["results"][0]["status"] == "unchanged"
    assert again["results"][0]["source"]["id"] == results[0]["source"]["id"]


def test_a_batch_larger_than_the_limit_or_malformed_is_a_400(ingester_client, settings):
    settings.INGEST_BATCH_MAX = 2
    too_many = [{"name": f"{n}.txt", "text": "texte"} for n in range(3)]
    response = ingester_client.post("/api/sources/batch/", {"articles": too_many}, format="json")
    assert response.json() == {"articles": ["At most 2 articles per request, got 3."]}
    malformed = ingester_client.post("/api/sources/batch/", {"articles": [{"text": "x"}]}, format="json")
    assert malformed.status_code == 400
    assert malformed.json() == {"articles": {"0": {"name": ["This field is required."]}}}


def test_a_repeated_post_costs_a_fixed_number_of_queries(ingester_client, db, django_assert_num_queries):
    post_text(ingester_client, SEED.name, SEED.read_text())
    # token and user; the ingesters group; the known checksums; the source with its claim count; its claims
    with django_assert_num_queries(5):
        assert post_text(ingester_client, SEED.name, SEED.read_text()).status_code == 200


def test_create_curator_makes_an_ingest_account_that_cannot_log_in_to_the_admin(db, capsys):
    call_command("create_curator", "feed", "--group", "ingesters")
    user = User.objects.get(username="feed")
    assert not user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == ["ingesters"]
    assert "post articles with its token" in capsys.readouterr().out


def test_an_article_a_web_worker_could_not_extract_in_time_is_sent_to_the_command(ingester_client, settings):
    settings.INGEST_HTTP_MAX_BYTES = 200
    response = post_text(ingester_client, "long.txt", "mot " * 60)
    assert response.status_code == 413
    assert "INGEST_HTTP_MAX_BYTES" in response.json()["detail"] and "manage.py ingest" in response.json()["detail"]
