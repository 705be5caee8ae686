"""Tests for reading, cleaning and segmenting article text (events.extraction.text); no database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from events.extraction.errors import ArticleError
from events.extraction.text import (
    PARAGRAPH_KINDS,
    Paragraph,
    decode,
    detect_language,
    header_date,
    matchable,
    paragraphs,
    publisher,
    sentences,
)
from events.extraction.types import DateValue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> str:
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return decode(path.read_bytes())


def kinds_of(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start : p.end]) for p in paragraphs(text)]


# --------------------------------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_seed_decodes_to_the_same_text_as_a_plain_utf8_read(path: Path) -> None:
    assert decode(path.read_bytes()) == path.read_bytes().decode("utf-8")


def test_a_utf8_bom_is_stripped_and_nothing_else_changes() -> None:
    raw = "\ufeffLigne 1\r\nLigne\u00a02\n\n".encode()
    assert decode(raw) == "Ligne 1\r\nLigne\u00a02\n\n"


@pytest.mark.parametrize("raw", [b"", b"   ", b"\n\r\n\t ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_or_whitespace_only_content_is_an_empty_file(raw: bytes) -> None:
    with pytest.raises(ArticleError, match="empty file"):
        decode(raw)


def test_nul_bytes_mean_binary_content() -> None:
    with pytest.raises(ArticleError, match="binary content"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_decoded_with_or_without_its_bom(encoding: str) -> None:
    assert decode("L'armée russe a affirmé\n".encode(encoding)) == "L'armée russe a affirmé\n"


def test_a_high_share_of_control_characters_is_binary_even_without_nul() -> None:
    with pytest.raises(ArticleError, match="binary content"):
        decode(bytes(range(1, 32)) * 4 + b"texte")


def test_latin1_bytes_are_reported_with_the_byte_offset_and_an_encoding_hint() -> None:
    raw = "L'armée russe a affirmé jeudi".encode("latin-1")
    with pytest.raises(ArticleError, match=r"not valid UTF-8 at byte 5 \(looks like Latin-1/Windows-1252\?\)"):
        decode(raw)


def test_windows_1252_quotes_are_also_reported_as_invalid_utf8() -> None:
    with pytest.raises(ArticleError, match="not valid UTF-8 at byte 9"):
        decode("Il a dit \u201cnon\u201d et l'\u00e9t\u00e9 pass\u00e9".encode("cp1252"))


def test_article_error_is_a_value_error() -> None:
    assert issubclass(ArticleError, ValueError)


def test_a_few_tabs_and_form_feeds_are_still_text() -> None:
    assert decode(b"Titre\tsuite\x0cpage 2\n") == "Titre\tsuite\x0cpage 2\n"


# --------------------------------------------------------------------------------------------------
# matchable
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("1\u00a0500", "1 500"),
        ("1\u202f500", "1 500"),
        ("20\u2009%", "20 %"),
        ("l\u2019Ukraine", "l'Ukraine"),
        ("\u2018oui\u2019", "'oui'"),
        ("l\u02bcarm\u00e9e", "l'armée"),
        ("l\u00b4arm\u00e9e", "l'armée"),
        ("\u00ab\u00a0encercl\u00e9es\u00a0\u00bb", '" encerclées "'),
        ("\u201cpaix\u201d \u201eja\u201d", '"paix" "ja"'),
        ("Nord\u2013Est \u2014 Sud\u2011Est", "Nord-Est - Sud-Est"),
        ("KOURSK Koursk", "KOURSK Koursk"),
    ],
)
def test_matchable_maps_typographic_characters_to_ascii_and_keeps_case(original: str, expected: str) -> None:
    assert matchable(original) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\u00ab\u202fplus de 1.500\u202f\u00bb civils",
        "emoji \U0001f600 and combining e\u0301 and CJK \u4e2d\u6587 and \u2019\u2018\u201c\u201d\u2013\u2014",
        "\r\n\t\u2028\u00a0" * 10,
        "".join(chr(c) for c in range(0x2000, 0x2070)),
        "".join(chr(c) for c in range(0x80, 0x300)),
    ],
)
def test_matchable_never_changes_the_length(text: str) -> None:
    assert len(matchable(text)) == len(text)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_matchable_keeps_every_seed_offset_aligned(path: Path) -> None:
    text = decode(path.read_bytes())
    flat = matchable(text)
    assert len(flat) == len(text)
    # Plain letters are untouched, so a slice of the copy locates the same words in the original.
    assert [i for i, (a, b) in enumerate(zip(text, flat, strict=True)) if a.isalnum() and a != b] == []


# --------------------------------------------------------------------------------------------------
# header_date
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "expected", "body_start"),
    [
        ("000", DateValue(dt.date(2024, 8, 1), "month"), "L'armée russe a affirmé jeudi"),
        ("003", DateValue(dt.date(2022, 9, 1), "month"), "Les forces russes se sont retirées"),
        ("004", DateValue(dt.date(2025, 4, 1), "month"), "Le chef d'état-major"),
    ],
)
def test_seed_headers_give_a_month_and_the_start_of_the_body(prefix: str, expected: DateValue, body_start: str) -> None:
    text = seed(prefix)
    date, offset = header_date(text)
    assert date == expected
    assert text[offset:].startswith(body_start)


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_seeds_without_header_have_an_unknown_date_and_start_at_their_first_character(prefix: str) -> None:
    text = seed(prefix)
    assert header_date(text) == (DateValue.unknown(), 0)


@pytest.mark.parametrize(
    ("text", "expected", "rest"),
    [
        (" date 2024-08-15 Kiev a annoncé", DateValue(dt.date(2024, 8, 15), "day"), "Kiev a annoncé"),
        ("date: 2024 Moscou affirme", DateValue(dt.date(2024, 1, 1), "year"), "Moscou affirme"),
        ("date 2023-2 Les troupes", DateValue(dt.date(2023, 2, 1), "month"), "Les troupes"),
        ("Date 2022-09   Des responsables", DateValue(dt.date(2022, 9, 1), "month"), "Des responsables"),
        ("  \n Les forces russes", DateValue.unknown(), "Les forces russes"),
        ("La date 2024-08 est citée plus loin", DateValue.unknown(), "La date 2024-08"),
        ("date 2024-13 Mois impossible", DateValue.unknown(), "Mois impossible"),
    ],
)
def test_header_date_reads_day_month_and_year_headers(text: str, expected: DateValue, rest: str) -> None:
    date, offset = header_date(text)
    assert date == expected
    assert text[offset:].startswith(rest)


# --------------------------------------------------------------------------------------------------
# paragraphs
# --------------------------------------------------------------------------------------------------

EXPECTED_SEED_KINDS = {
    "000": {"body": 11},
    "001": {"boilerplate": 3, "title": 1, "caption": 1, "body": 15, "repeat": 1},
    "002": {"boilerplate": 8, "title": 1, "heading": 1, "body": 5},
    "003": {"body": 12},
    "004": {"body": 12, "caption": 1, "boilerplate": 1, "heading": 3},
}


@pytest.mark.parametrize(("prefix", "counts"), EXPECTED_SEED_KINDS.items())
def test_seed_paragraphs_are_classified_with_the_expected_counts(prefix: str, counts: dict[str, int]) -> None:
    assert Counter(p.kind for p in paragraphs(seed(prefix))) == counts


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_paragraph_spans_are_trimmed_nonempty_single_lines_in_order(path: Path) -> None:
    text = decode(path.read_bytes())
    result = paragraphs(text)
    assert all(isinstance(p, Paragraph) and p.kind in PARAGRAPH_KINDS for p in result)
    for p in result:
        chunk = text[p.start : p.end]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
    assert all(a.end <= b.start for a, b in zip(result, result[1:], strict=False))
    # Every non-empty line is a paragraph: nothing of the article is silently dropped.
    _, body = header_date(text)
    assert len(result) == sum(1 for line in text[body:].splitlines() if line.strip())


def test_the_header_is_not_part_of_the_first_paragraph() -> None:
    text = seed("000")
    first = paragraphs(text)[0]
    assert text[first.start : first.end].startswith("L'armée russe a affirmé jeudi")
    assert first.kind == "body"


def test_seed_001_menu_title_caption_and_end_teaser() -> None:
    kinds = kinds_of(seed("001"))
    assert kinds[:3] == [("boilerplate", "Rechercher"), ("boilerplate", "Rechercher"),
                         ("boilerplate", "Dernières Infos - Conflit")]  # fmt: skip
    assert kinds[3] == (
        "title",
        "La Russie affirme avoir repoussé une contre-offensive ukrainienne dans la région de Koursk",
    )
    assert kinds[4][0] == "caption" and kinds[4][1].endswith("Photo Gavriil Grigorov / POOL / AFP")
    assert kinds[5][0] == "body" and kinds[5][1].startswith("La Russie a affirmé jeudi")
    assert kinds[-1][0] == "repeat" and kinds[-1][1].endswith("une...")


def test_seed_002_site_chrome_title_subtitle_and_comment_form() -> None:
    kinds = kinds_of(seed("002"))
    assert [k for k, _ in kinds[:6]] == ["boilerplate", "boilerplate", "title", "boilerplate", "boilerplate", "heading"]
    assert kinds[2][1].startswith("La Russie reprend du terrain")
    assert kinds[4] == ("boilerplate", "le")
    assert kinds[5][1].startswith("Conflit en Ukraine : la Russie reprend des villages")
    assert [line for k, line in kinds[-4:] if k == "boilerplate"] == [
        "Click to comment",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Les + Lus",
    ]


def test_seed_004_caption_credit_line_and_section_headings() -> None:
    kinds = kinds_of(seed("004"))
    assert kinds[1][0] == "caption" and kinds[1][1].endswith("forces ukrainiennes. KEYSTONE")
    assert kinds[2] == ("boilerplate", "Keystone-SDA ATS")
    assert [line for k, line in kinds if k == "heading"] == [
        "Depuis août 2024",
        "Soldats nord-coréens félicités",
        "Partenariat stratégique",
    ]
    assert "title" not in {k for k, _ in kinds}


WEB_PAGE = """Accueil
International
Partager
Kiev dit avoir repris un village près de Bakhmout
Un soldat ukrainien monte la garde près de Bakhmout, le 12 mars 2023. (AFP)
Les forces ukrainiennes ont affirmé mardi avoir repris le village de Klichtchiïvka.
Lire aussi : Moscou revendique la prise de Soledar
Selon l'état-major, les combats se poursuivent autour de la ville.
Une contre-offensive attendue
Le ministère russe de la Défense n'a pas commenté ces informations.
Les forces ukrainiennes ont affirmé mardi avoir repris le village de Klichtchiïvka.
Nous utilisons des cookies pour améliorer votre expérience.
Recevez notre newsletter
Les forces ukrainiennes ont affirmé mardi avoir repris le village de Klichtchiïvka. Selon l'état-major, les…
Reuters
Autres articles
"""


def test_a_generic_web_page_is_classified_by_the_genre_rules() -> None:
    assert [k for k, _ in kinds_of(WEB_PAGE)] == [
        "boilerplate",  # Accueil
        "boilerplate",  # International
        "boilerplate",  # Partager
        "title",
        "caption",  # dated scene ending in (AFP)
        "body",
        "boilerplate",  # Lire aussi : ...
        "body",
        "heading",
        "body",
        "repeat",  # identical to an earlier paragraph
        "boilerplate",  # cookie banner
        "boilerplate",  # newsletter
        "repeat",  # teaser gluing two body paragraphs, cut with an ellipsis
        "boilerplate",  # bare credit
        "boilerplate",  # short line below the article
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Des soldats ukrainiens à Kharkiv, le 11 septembre 2022. Photo Juan Barreto / AFP",
        "Le président Volodymyr Zelensky à Kiev, le 24 février 2023. REUTERS/Valentyn Ogirenko",
        "Des secouristes dans les décombres à Dnipro, le 15 janvier 2023. EPA/STR",
        "Vladimir Poutine au Kremlin, le 9 mai 2024. KEYSTONE/EPA/SPUTNIK",
        "Un char détruit près d'Izioum. Photo: Getty Images",
        "Des habitants d'Odessa après une frappe, le 2 mars 2024 (AFP)",
        "Photo d'illustration.",
        "Le ministre Sergueï Choïgou, le 3 mars 2023. / POOL / AFP",
    ],
)
def test_photo_captions_are_recognised_by_their_credit(line: str) -> None:
    text = (
        f"Titre d'un article sur la guerre en Ukraine\n{line}\nLe texte de l'article commence ici, avec une phrase.\n"
    )
    assert kinds_of(text)[1] == ("caption", line)


@pytest.mark.parametrize(
    "line",
    [
        "Le ministère a publié une photo montrant des soldats dans le village.",
        "Selon l'AFP, les combats ont repris le 5 février 2025 dans la région.",
        "Les troupes de l'OTAN sont en alerte, a indiqué le secrétaire général.",
    ],
)
def test_body_sentences_that_mention_photos_or_agencies_are_not_captions(line: str) -> None:
    text = (
        f"Premier paragraphe de l'article, avec une phrase complète.\n{line}\nDernier paragraphe, lui aussi complet.\n"
    )
    assert kinds_of(text)[1] == ("body", line)


@pytest.mark.parametrize(
    "line",
    ["Keystone-SDA ATS", "AFP", "(AFP)", "Reuters", "Photo: AFP", "© AFP", "Belga", "EPA / ANSA"],
)
def test_a_bare_credit_line_is_boilerplate(line: str) -> None:
    text = f"Un paragraphe complet de l'article.\n{line}\nUn autre paragraphe complet.\n"
    assert kinds_of(text)[1] == ("boilerplate", line)


@pytest.mark.parametrize(
    "line",
    [
        "Partager sur Facebook",
        "Lire aussi: La Russie revendique une nouvelle avancée",
        "Publié le 06/02/2025 à 12h30",
        "Mis à jour le 7 février 2025 à 08h15",
        "Ce site utilise des cookies pour vous offrir la meilleure expérience.",
        "Cet article est réservé aux abonnés.",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
        "Inscrivez-vous à notre newsletter quotidienne",
    ],
)
def test_sharing_bars_bylines_and_banners_are_boilerplate_even_mid_article(line: str) -> None:
    text = f"Un paragraphe complet de l'article.\n{line}\nUn autre paragraphe complet.\n"
    assert kinds_of(text)[1] == ("boilerplate", line)


def test_a_short_heading_between_body_paragraphs_is_a_heading_not_a_menu() -> None:
    text = "Premier paragraphe complet.\nBilan humain\nDeuxième paragraphe complet.\n"
    assert [k for k, _ in kinds_of(text)] == ["body", "heading", "body"]


def test_a_question_headline_above_the_article_is_the_title() -> None:
    text = "Monde\nKiev peut-elle reprendre Koursk ?\nLes forces ukrainiennes avancent. Moscou dément.\n"
    assert [k for k, _ in kinds_of(text)] == ["boilerplate", "title", "body"]


def test_a_long_line_without_final_full_stop_is_still_body() -> None:
    line = " ".join(["Les forces russes ont poursuivi leurs frappes sur les villes ukrainiennes"] * 4)
    assert kinds_of(f"{line}\n") == [("body", line)]


def test_crlf_and_indented_lines_give_trimmed_spans() -> None:
    text = "  Un titre assez long pour une page  \r\n\r\n\t Le corps de l'article commence ici.  \r\n"
    result = paragraphs(text)
    assert [(p.kind, text[p.start : p.end]) for p in result] == [
        ("title", "Un titre assez long pour une page"),
        ("body", "Le corps de l'article commence ici."),
    ]


def test_an_empty_text_has_no_paragraphs() -> None:
    assert paragraphs("") == []
    assert paragraphs(" date 2024-08 ") == []


# --------------------------------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------------------------------


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiev a annoncé. Moscou dément.", ["Kiev a annoncé.", "Moscou dément."]),
        ("Vraiment ? Oui ! Non… Peut-être.", ["Vraiment ?", "Oui !", "Non…", "Peut-être."]),
        ("M. Guérassimov a parlé à M. Poutine.", ["M. Guérassimov a parlé à M. Poutine."]),
        ("Mme. Dupont et St. Pétersbourg. Fin.", ["Mme. Dupont et St. Pétersbourg.", "Fin."]),
        ("Selon V. Zelensky, c'est faux. Le Kremlin dément.", ["Selon V. Zelensky, c'est faux.", "Le Kremlin dément."]),
        (
            "La ville de 27.000 habitants. Les 2.5 km restants.",
            ["La ville de 27.000 habitants.", "Les 2.5 km restants."],
        ),
        ("Il est à 30 km. Les troupes avancent.", ["Il est à 30 km.", "Les troupes avancent."]),
        ("Ils ont fui. « Nous reviendrons », a dit l'un.", ["Ils ont fui.", "« Nous reviendrons », a dit l'un."]),
        ("« Ils ont fui. Tous », a-t-il dit. Fin.", ["« Ils ont fui. Tous », a-t-il dit.", "Fin."]),
        ("« Ils ont fui. » Le ministère confirme.", ["« Ils ont fui. »", "Le ministère confirme."]),
        ('Il a dit "ils ont fui. Tous" hier. Fin.', ['Il a dit "ils ont fui. Tous" hier.', "Fin."]),
        (
            "« Stoppées (...) Toutes repoussées », a dit le ministère.",
            ["« Stoppées (...) Toutes repoussées », a dit le ministère."],
        ),
        ("Il y a eu des frappes. puis le calme.", ["Il y a eu des frappes. puis le calme."]),
        # a web page that lost the space after a full stop still has two sentences; initials and numbers do not
        ("Texte collé.Sans espace.", ["Texte collé.", "Sans espace."]),
        ("Les U.S.Army et 1.000 hommes.", ["Les U.S.Army et 1.000 hommes."]),
        ("Les combats (voir carte). Ensuite le repli.", ["Les combats (voir carte).", "Ensuite le repli."]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentences_split_on_sentence_ends_only(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentence_offsets_are_absolute_and_trimmed_inside_a_paragraph() -> None:
    text = "Titre\n  Première phrase. Deuxième phrase.  \nAutre"
    start, end = text.index("  Première"), text.index("\nAutre")
    assert [text[s:e] for s, e in sentences(text, start, end)] == ["Première phrase.", "Deuxième phrase."]


def test_a_seed_quotation_with_an_ellipsis_stays_one_sentence() -> None:
    text = seed("001")
    (para,) = [p for p in paragraphs(text) if text[p.start : p.end].startswith("« Les unités d'assaut")]
    assert sentences(text, para.start, para.end) == [(para.start, para.end)]


def test_seed_004_lead_paragraph_has_two_sentences() -> None:
    text = seed("004")
    lead = paragraphs(text)[0]
    parts = [text[s:e] for s, e in sentences(text, lead.start, lead.end)]
    assert len(parts) == 2
    assert parts[1].startswith("Celles-ci avaient pénétré")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_sentences_cover_every_paragraph_of_every_seed_without_overlap(path: Path) -> None:
    text = decode(path.read_bytes())
    for p in paragraphs(text):
        spans = sentences(text, p.start, p.end)
        assert spans and spans[0][0] == p.start and spans[-1][1] == p.end
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


# --------------------------------------------------------------------------------------------------
# detect_language and publisher
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_seed_is_french(path: Path) -> None:
    assert detect_language(decode(path.read_bytes())) == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces russes ont repris le village dans la région de Koursk, selon le ministère.", "fr"),
        ("Russian forces have withdrawn from the city, the ministry said on Saturday.", "en"),
        ("Росія заявила про захоплення села", "und"),
        ("1.000 2.500 30%", "und"),
        ("", "und"),
        ("Koursk", "und"),
        ("\x00\x01\ufffd\U0001f600", "und"),
    ],
)
def test_detect_language_uses_stopwords_and_abstains_when_unsure(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("000", ""), ("001", "AFP"), ("002", ""), ("003", "BBC"), ("004", "Keystone-ATS")],
)
def test_seed_publishers(prefix: str, expected: str) -> None:
    assert publisher(seed(prefix)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KIEV (AFP) - Les forces ukrainiennes ont avancé.", "AFP"),
        ("Un responsable a déclaré à Reuters que l'attaque avait échoué.", "Reuters"),
        ("Photo Efrem Lukatsky / AP. Le village a été repris.", "AP"),
        ("Selon l'agence Interfax, les combats continuent.", "Interfax"),
        ("L'agence TASS rapporte une frappe. TASS cite le ministère, Reuters aussi.", "TASS"),
        ("Selon RIA Novosti, la ville est encerclée.", "RIA Novosti"),
        ("Selon Ukrinform, 30 drones ont été abattus.", "Ukrinform"),
        ("Le Kyiv Independent rapporte des explosions.", "Kyiv Independent"),
        ("Bruxelles (Belga) - Le ministre s'est exprimé.", "Belga"),
        ("Rome (ANSA) - Le gouvernement italien a réagi.", "ANSA"),
        ("Keystone-ATS a appris que la réunion aurait lieu.", "Keystone-ATS"),
        ("Les forces russes ont repris le village.", ""),
        ("Le pape a parlé à la presse, au Vatican.", ""),
    ],
)
def test_publisher_is_the_most_credited_agency(text: str, expected: str) -> None:
    assert publisher(text) == expected
