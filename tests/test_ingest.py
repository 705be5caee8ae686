"""The `ingest` command through its public surface: files in, records out, clear errors, idempotent re-runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from events.models import Actor, Claim, Event, Locality, Source

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
pytestmark = pytest.mark.django_db


def ingest(*paths, **options) -> str:
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    finally:
        ingest.last_err = err.getvalue()
    return out.getvalue()


def counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Source, Claim, Event, Locality, Actor))


def test_ingesting_the_seeds_gives_five_sources_each_with_verbatim_claims():
    out = ingest(SEEDS)
    assert "5 created, 0 updated, 0 unchanged, 0 failed" in out
    assert Source.objects.count() == 5
    for source in Source.objects.all():
        claims = list(source.claims.all())
        assert claims, f"no claim extracted from {source.name}"
        for claim in claims:
            assert source.text[claim.quote_start : claim.quote_end] == claim.quote


def test_a_second_ingest_of_the_same_files_creates_nothing():
    ingest(SEEDS)
    before = counts()
    out = ingest(SEEDS)
    assert "0 created, 0 updated, 5 unchanged, 0 failed, 0 not attempted; 0 claims created" in out
    assert counts() == before


def test_the_same_bytes_under_another_name_are_not_ingested_twice(tmp_path):
    shutil.copy(SEEDS / "000_32dfb83c7dd7f389.txt", tmp_path / "copy.txt")
    ingest(SEEDS)
    before = counts()
    assert "1 unchanged" in ingest(tmp_path)
    assert counts() == before


def test_source_records_title_publisher_language_and_publication_date():
    ingest(SEEDS)
    afp = Source.objects.get(name="001_5b2e7d635423a112.txt")
    assert (afp.publisher, afp.language) == ("AFP", "fr")
    assert (str(afp.published_on), afp.published_precision) == ("2025-02-06", "day")
    assert afp.title.startswith("La Russie affirme avoir repoussé")
    undated = Source.objects.get(name="002_c558a1cc74e1ccfd.txt")
    assert (undated.published_on, undated.published_precision) == (None, "unknown")
    header_only = Source.objects.get(name="000_32dfb83c7dd7f389.txt")
    assert (str(header_only.published_on), header_only.published_precision) == ("2024-08-01", "month")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        ("Le ministère a déclaré que l'armée avait repris la ville.".encode("latin-1"), "UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "unsupported format: a PNG image"),
        (b"\x00\x07\x00binary\x00\x01", "binary"),
    ],
    ids=["empty", "latin-1", "png", "binary"],
)
def test_a_bad_file_is_named_with_its_reason_and_the_others_still_ingest(tmp_path, content, reason):
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(CommandError, match="1 file\\(s\\) failed: bad.txt"):
        ingest(tmp_path)
    assert "bad.txt" in ingest.last_err and reason.lower() in ingest.last_err.lower()
    assert Source.objects.count() == 2
    assert not Source.objects.filter(name="bad.txt").exists()


def test_a_missing_path_is_reported_and_does_not_stop_the_others(tmp_path):
    shutil.copy(SEEDS / "003_21aaa43a69e73199.txt", tmp_path)
    with pytest.raises(CommandError):
        ingest(tmp_path / "nope.txt", tmp_path)
    assert "nope.txt" in ingest.last_err and "no such file" in ingest.last_err
    assert Source.objects.count() == 1


def test_a_directory_with_a_bad_file_among_good_ones_loses_nothing_and_a_rerun_changes_nothing(tmp_path):
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "zz_broken.txt").write_bytes(b"\xff\xfe\x00garbage\x00")
    with pytest.raises(CommandError):
        ingest(tmp_path)
    assert Source.objects.count() == 5
    before = counts()
    with pytest.raises(CommandError):
        ingest(tmp_path)
    assert counts() == before


def test_dry_run_writes_nothing_but_reports_what_it_would_do():
    out = ingest(SEEDS, dry_run=True)
    assert "dry run" in out and "5 created" in out
    assert counts() == (0, 0, 0, 0, 0)


def test_a_changed_file_is_re_extracted_and_keeps_curated_claims(tmp_path):
    path = tmp_path / "article.txt"
    shutil.copy(SEEDS / "003_21aaa43a69e73199.txt", path)
    ingest(path)
    kept = Claim.objects.filter(source__name="article.txt").order_by("id").first()
    kept.review_status = "verified"
    kept.save()
    path.write_text(path.read_text(encoding="utf-8") + "\n\nParagraphe ajouté sans rapport.\n", encoding="utf-8")
    out = ingest(path)
    assert "0 created, 1 updated" in out
    kept.refresh_from_db()
    assert kept.review_status == "verified"
    source = Source.objects.get(name="article.txt")
    assert source.text.endswith("sans rapport.\n")
    assert Claim.objects.filter(source=source).count() >= 2
    assert all(source.text[c.quote_start : c.quote_end] == c.quote for c in source.claims.all())


def test_an_english_story_is_recorded_with_its_claims(tmp_path):
    (tmp_path / "en.txt").write_text(
        "Russia's defence ministry said on Sunday that its forces had captured the village of Novomykhailivka "
        "in the Donetsk region, a claim that could not be independently verified. Ukraine's general staff "
        "said its troops had repelled 40 attacks along the front line.\n",
        encoding="utf-8",
    )
    out = ingest(tmp_path)
    source = Source.objects.get(name="en.txt")
    assert source.language == "en"
    kinds = {(c.claimant.side, c.event.event_type) for c in source.claims.all()}
    assert kinds == {("RU", "capture"), ("UA", "attack_repelled")}
    assert all(source.text[c.quote_start : c.quote_end] == c.quote for c in source.claims.all())
    assert source.extraction_note == ""
    assert "2 claims created" in out


def test_an_event_told_by_several_articles_is_one_event_with_several_claims():
    ingest(SEEDS)
    incursion = Event.objects.filter(event_type="offensive", actor_side="UA", occurred_on="2024-08-06")
    assert incursion.count() == 1
    sources = set(incursion.get().claims.values_list("source__name", flat=True))
    assert {"000_32dfb83c7dd7f389.txt", "001_5b2e7d635423a112.txt"} <= sources


def test_opposing_stances_land_on_one_contested_event():
    ingest(SEEDS)
    event = Event.objects.get(event_type="encirclement")
    stances = dict(event.claims.values_list("claimant__name", "stance"))
    assert stances == {"Donald Trump": "asserts", "Volodymyr Zelensky": "denies"}


def test_a_village_missing_from_the_gazetteer_gets_its_region_centroid_and_needs_geocoding():
    ingest(SEEDS)
    krupets = Locality.objects.get(name="Krupets")
    kursk = Locality.objects.get(name="Kursk Oblast")
    assert krupets.parent == kursk and krupets.country_code == "RU"
    assert krupets.geo_precision == "region" and krupets.needs_geocoding
    assert (krupets.latitude, krupets.longitude) == (kursk.latitude, kursk.longitude)
    sudzha = Locality.objects.get(name="Sudzha")
    assert sudzha.geo_precision == "exact" and sudzha.geonames_id and not sudzha.needs_geocoding
    assert "soudja" in sudzha.search_names


def test_a_place_merged_away_by_a_curator_is_not_recreated_by_a_later_ingest(tmp_path):
    from events.curation import locality_merge

    ingest(SEEDS / "000_32dfb83c7dd7f389.txt")
    krupets = Locality.objects.get(name="Krupets")
    kursk = Locality.objects.get(name="Kursk Oblast")
    survivor = Locality.objects.create(name="Krupets (Kursk)", kind="village", parent=kursk, country_code="RU",
                                       gazetteer_key="curated:krupets", latitude=51.4, longitude=34.9)
    locality_merge(target=survivor, others=[krupets])
    copy = tmp_path / "other.txt"
    copy.write_bytes((SEEDS / "000_32dfb83c7dd7f389.txt").read_bytes() + b"\nMise a jour.\n")
    ingest(copy)
    assert not Locality.objects.filter(name="Krupets").exists()
    assert Claim.objects.filter(source__name="other.txt", event__localities=survivor).exists()
