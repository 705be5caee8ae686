"""What real input does to `manage.py ingest`: sizes, HTML pages, other formats, encodings, odd names and links.

Each bad file is named with its problem and loses nothing else: the good files of the same run still ingest.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from events.extraction.pipeline import extract_article
from events.models import Claim, Source

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_32dfb83c7dd7f389.txt"
pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def ingest(*paths, stderr=None, **options) -> tuple[str, str]:
    out, err = io.StringIO(), stderr or io.StringIO()
    try:
        call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    except CommandError as exc:
        return out.getvalue(), err.getvalue() + f"CommandError: {exc}"
    return out.getvalue(), err.getvalue()


def with_a_good_seed(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    return folder


# --- 1. size ---------------------------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_by_name_before_it_is_read(tmp_path, settings):
    folder = with_a_good_seed(tmp_path / "in")
    settings.INGEST_MAX_BYTES = 10_000
    with open(folder / "dump.txt", "wb") as handle:  # sparse: the size is known without writing it
        handle.truncate(50_000_000)
    out, err = ingest(folder)
    assert "failed    dump.txt: too large: 50000000 bytes, at most 10000 per article" in err
    assert "1 created, 0 updated, 0 unchanged, 1 failed, 0 not attempted" in out
    assert list(Source.objects.values_list("name", flat=True)) == [SEED.name]


def one_line(kb: int) -> str:
    seeds = [" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(SEEDS.iterdir())]
    parts, size = [], 0
    while size < kb * 1024:
        parts.append(f"{seeds[len(parts) % len(seeds)]} Réf. {len(parts)}.")
        size += len(parts[-1])
    return " ".join(parts)


@pytest.mark.slow
def test_extraction_time_grows_linearly_with_a_paragraph_s_length():
    extract_article(one_line(4))  # the model and the gazetteer load outside the timing
    timings = {}
    for kb in (16, 128):
        text = one_line(kb)
        started = time.perf_counter()
        extract_article(text)
        timings[kb] = time.perf_counter() - started
    # Linear: 8 times the text, about 8 times the time (it was some 30 times: 8 s for 128 KB on one line).
    assert timings[128] < 16 * timings[16] + 0.5, timings


def test_a_progress_bar_is_drawn_on_a_terminal_only_and_v2_prints_a_line_per_file(tmp_path):
    folder = with_a_good_seed(tmp_path / "in")
    shutil.copy(SEEDS / "001_5b2e7d635423a112.txt", folder)
    terminal = Terminal()
    ingest(folder, stderr=terminal)
    assert "\r[" in terminal.getvalue() and "2/2 files" in terminal.getvalue()

    Source.objects.all().delete()
    out, err = ingest(folder, verbosity=2)
    assert "\r" not in err  # not a terminal: no bar
    assert "[1/2 " in out and f"created   {SEED.name} (" in out and "[2/2 " in out


# --- 4. HTML and other formats ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Kroupets | Le Journal</title>
<script>var teaser = "L'armée ukrainienne a affirmé jeudi avoir repris le village de Soudja, dans la région de Koursk.";</script>
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>L'armée russe revendique la prise de Kroupets</h1>
<p>Moscou, 15 août 2024 (AFP) - L'armée russe a affirmé jeudi avoir repris le village de Kroupets, dans la région
frontalière de Koursk, où les forces ukrainiennes mènent une incursion depuis le 6 août.</p>
<p>Kiev n'a pas commenté cette annonce dans l'immédiat, selon l'agence.</p>
</article>
<section id="comments"><p>Jean : l'armée ukrainienne a affirmé avoir pris Belgorod hier soir.</p></section>
<!-- L'armée russe a affirmé avoir pris Kharkiv -->
<footer>© 2024 Le Journal. Tous droits réservés.</footer>
</body></html>
"""


def test_an_html_page_is_stored_as_its_story_without_tags_scripts_menus_or_comments(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kroupets.html").write_text(PAGE, encoding="utf-8")
    (folder / "saved-from-browser.txt").write_text(PAGE.replace("Kroupets", "Kroupets ", 1), encoding="utf-8")
    (folder / "fragment.html").write_text("<p>L'armée russe a affirmé jeudi avoir repris le village de Kroupets, dans la "
                                          "région de Koursk.</p><script>var x = 'Soudja';</script>", encoding="utf-8")
    out, err = ingest(folder)
    assert "3 created" in out and err == ""
    for source in Source.objects.all():
        assert "<" not in source.text and "Accueil" not in source.text
        assert "Soudja" not in source.text and "Belgorod" not in source.text and "Kharkiv" not in source.text
        assert "L'armée russe a affirmé jeudi avoir repris le village de Kroupets" in source.text
        claims = list(source.claims.select_related("claimant", "event"))
        assert ("RU", "capture") in {(c.claimant.side, c.event.event_type) for c in claims}
        assert all(source.text[c.quote_start:c.quote_end] == c.quote for c in claims)
    # The checksum is the raw page's: the same bytes again change nothing.
    assert "0 created, 0 updated, 3 unchanged" in ingest(folder)[0]


def test_an_html_page_posted_over_http_is_read_as_the_command_reads_it(tmp_path, ingester_client):
    (tmp_path / "kroupets.html").write_text(PAGE, encoding="utf-8")
    ingest(tmp_path)
    by_command = Source.objects.get()
    Source.objects.all().delete()
    response = ingester_client.post("/api/sources/", {"file": SimpleUploadedFile("kroupets.html", PAGE.encode())},
                                    format="multipart")
    assert response.status_code == 201, response.json()
    assert response.json()["source"]["text"] == by_command.text
    png = ingester_client.post("/api/sources/", {"file": SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)},
                               format="multipart")
    assert png.status_code == 400
    assert png.json() == {"file": ["unsupported format: a PNG image; only plain text (UTF-8 or UTF-16) and HTML are read"]}


@pytest.mark.parametrize(
    ("content", "format_name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml word/document.xml", "a Word document (DOCX)"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00article.txt", "a ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image"),
    ],
    ids=["pdf", "docx", "zip", "jpeg"],
)
def test_other_formats_are_refused_with_their_format_named(tmp_path, content, format_name):
    folder = with_a_good_seed(tmp_path / "in")
    (folder / "article.txt").write_bytes(content)
    out, err = ingest(folder)
    assert f"failed    article.txt: unsupported format: {format_name}" in err
    assert "1 created" in out and Source.objects.count() == 1


# --- 9. encodings, short files, links and names ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_articles_with_or_without_bom_are_decoded_and_read(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "article.txt").write_bytes(text.encode(encoding))
    out, err = ingest(tmp_path)
    assert "1 created" in out, err
    source = Source.objects.get()
    assert source.text == text and source.claims.exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"x", "too short to be an article: 1 characters of text, at least 40"),
     (b"Kiev, 12 mai (AFP) -\n", "too short to be an article"),
     (b" \n\t \n", "empty file")],
    ids=["one-byte", "a-dateline", "whitespace"],
)
def test_a_file_too_short_to_be_an_article_is_refused_by_name(tmp_path, content, reason):
    folder = with_a_good_seed(tmp_path / "in")
    (folder / "stub.txt").write_bytes(content)
    out, err = ingest(folder)
    assert f"failed    stub.txt: {reason}" in err
    assert list(Source.objects.values_list("name", flat=True)) == [SEED.name]


def test_symbolic_link_loops_and_broken_links_are_reported_and_the_rest_ingests(tmp_path):
    folder = with_a_good_seed(tmp_path / "in")
    os.symlink("self", folder / "self")  # a link to itself
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "back")  # a folder link back up the tree
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    out, err = ingest(folder)
    assert "self: symbolic link loop" in err
    assert "back: symbolic link loop" in err
    assert "dangling.txt: broken symbolic link" in err
    assert "1 created, 0 updated, 0 unchanged, 3 failed" in out
    assert Source.objects.count() == 1


def test_a_file_name_that_is_not_utf8_is_ingested_under_its_name_with_replacement_characters(tmp_path):
    name = os.fsdecode(b"caf\xe9-kroupets.txt")
    shutil.copy(SEED, tmp_path / name)
    out, err = ingest(tmp_path, verbosity=2)
    assert "created   caf\ufffd-kroupets.txt" in out, err
    assert Source.objects.get().name == "caf\ufffd-kroupets.txt"
    assert Claim.objects.exists()
