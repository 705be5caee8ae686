"""Reading and segmenting article text without ever rewriting it: everything returns offsets into the original."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from events.extraction.errors import ArticleError
from events.extraction.types import DateValue

# --------------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------------

_BOM = b"\xef\xbb\xbf"
# Control characters that legitimately occur in text files.
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
# Above this share of control characters a file is not prose, even without NUL bytes.
_MAX_CONTROL_SHARE = 0.05


def decode(raw: bytes) -> str:
    """Decode an article file as UTF-8 (BOM stripped) or UTF-16 (BOM, or the zero bytes of Latin letters),
    refusing empty, binary and wrongly encoded content."""
    encoding = _utf16_encoding(raw)
    if encoding:
        try:
            text = raw.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"not valid {encoding.upper()} at byte {exc.start}") from None
        return _checked(text)
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    if not raw.strip():
        raise ArticleError("empty file")
    if b"\x00" in raw:
        raise ArticleError("binary content (NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 at byte {exc.start} ({_encoding_hint(raw)})") from None
    return _checked(text)


def _checked(text: str) -> str:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if controls and controls / len(text) > _MAX_CONTROL_SHARE:
        raise ArticleError(f"binary content ({controls} control characters)")
    if not text.strip():
        raise ArticleError("empty file")
    return text


# Without a BOM, UTF-16 text shows as a zero byte beside nearly every Latin or ASCII character: on the odd bytes
# for little-endian, the even ones for big-endian. Binary data has its zeros anywhere.
_UTF16_SNIFF_BYTES = 4096
_UTF16_MIN_ZERO_SHARE = 0.3


def _utf16_encoding(raw: bytes) -> str:
    """"utf-16" (with a BOM), "utf-16-le" or "utf-16-be" (sniffed), or "" when the bytes are not UTF-16."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not raw.startswith(b"\xff\xfe\x00\x00"):
        return "utf-16"
    head = raw[:_UTF16_SNIFF_BYTES]
    pairs = len(head) // 2
    if pairs < 2 or len(raw) % 2:
        return ""
    even_zeros = head[0::2].count(0)
    odd_zeros = head[1::2].count(0)
    if odd_zeros >= _UTF16_MIN_ZERO_SHARE * pairs and even_zeros == 0:
        return "utf-16-le"
    if even_zeros >= _UTF16_MIN_ZERO_SHARE * pairs and odd_zeros == 0:
        return "utf-16-be"
    return ""


def _encoding_hint(raw: bytes) -> str:
    """Guess what the undecodable bytes are, so the error tells the user how to fix the file."""
    try:
        guess = raw.decode("cp1252")
    except UnicodeDecodeError:
        return "unknown encoding"
    high = [ch for ch in guess if ord(ch) > 127]
    # Latin-1 French prose has its high bytes on letters (é, à, ç...), not on symbols.
    if high and sum(ch.isalpha() for ch in high) / len(high) >= 0.6:
        return "looks like Latin-1/Windows-1252?"
    return "unknown encoding"


# --------------------------------------------------------------------------------------------------
# Matchable copy
# --------------------------------------------------------------------------------------------------

_MATCHABLE_MAP: dict[int, str] = {
    **dict.fromkeys(map(ord, "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"), " "),
    **dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u00b4\u201b\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a"), '"'),
    **dict.fromkeys(map(ord, "\u2013\u2014\u2011\u2010\u2012\u2212"), "-"),
}


def matchable(text: str) -> str:
    """Return a same-length copy with typographic spaces, apostrophes, quotes and dashes made ASCII."""
    result = text.translate(_MATCHABLE_MAP)
    # Offsets found in the copy are used on the original: a length change would corrupt every quote.
    if len(result) != len(text):  # pragma: no cover - the map is char-to-char by construction
        raise AssertionError("matchable() changed the text length")
    return result


# --------------------------------------------------------------------------------------------------
# Header
# --------------------------------------------------------------------------------------------------

_HEADER_RE = re.compile(r"\A\s*date\s*:?\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d-])[ \t\u00a0\u202f]*", re.I)


def header_date(text: str) -> tuple[DateValue, int]:
    """Read a leading ` date YYYY[-MM[-DD]] ` header; return its date and the offset where the body starts."""
    match = _HEADER_RE.match(text)
    if match is None:
        stripped = len(text) - len(text.lstrip())
        return DateValue.unknown(), stripped
    year, month, day = (int(g) if g else None for g in match.groups())
    offset = match.end()
    try:
        if day is not None and month is not None:
            return DateValue(dt.date(year, month, day), "day"), offset  # type: ignore[arg-type]
        if month is not None:
            return DateValue(dt.date(year, month, 1), "month"), offset  # type: ignore[arg-type]
        return DateValue(dt.date(year, 1, 1), "year"), offset  # type: ignore[arg-type]
    except ValueError:
        # A malformed header (month 13...) still is a header: skip it, but claim no date.
        return DateValue.unknown(), offset


# --------------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------------

PARAGRAPH_KINDS = ("body", "title", "heading", "boilerplate", "caption", "repeat")


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the article, as offsets into the original text, with what it is."""

    start: int
    end: int
    kind: str


_LINE_RE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")

# Site chrome that is the whole line (compared folded: lower case, no accents, no surrounding punctuation).
_CHROME_EXACT = frozenset(
    {
        "rechercher", "recherche", "menu", "accueil", "monde", "international", "europe", "france", "politique",
        "economie", "societe", "culture", "sport", "sports", "article", "articles", "le", "la", "les", "video",
        "videos", "direct", "en direct", "en continu", "actualites", "actualite", "a la une", "a lire", "partager",
        "imprimer", "commenter", "commentaires", "commentaire", "connexion", "se connecter", "s'abonner",
        "abonnez-vous", "newsletter", "newsletters", "publicite", "tweet", "facebook", "twitter", "x", "linkedin",
        "whatsapp", "telegram", "email", "e-mail", "envoyer", "fermer", "retour", "suivant", "precedent",
        "les + lus", "les plus lus", "les plus partages", "les + partages", "populaire", "populaires", "tags",
        "mots-cles", "sur le meme sujet", "a voir aussi", "voir aussi", "lire aussi", "a lire aussi",
        "vous aimerez aussi", "contenus sponsorises", "sponsorise", "annonce", "mon compte", "s'inscrire",
        "inscription", "top", "live", "share", "search", "home", "advertisement", "related", "click to comment",
        "leave a comment", "read more", "lire la suite", "en savoir plus", "plus", "moins", "ukraine",
        "conflit", "guerre en ukraine", "dernieres infos", "derniere minute", "breaking news", "infos",
    }
)  # fmt: skip
# Site chrome that starts a line (sharing bars, comment forms, cookie and newsletter banners, bylines).
_CHROME_PREFIX = (
    "dernieres infos", "derniere minute", "nous rejoindre", "rejoignez-nous", "suivez-nous", "suivez nous",
    "click to comment", "laisser un commentaire", "laissez un commentaire", "leave a reply", "leave a comment",
    "votre adresse e-mail", "votre adresse email", "votre adresse de messagerie", "your email address",
    "les champs obligatoires", "enregistrer mon nom", "save my name", "commentaire *", "nom *", "e-mail *",
    "site web", "poster le commentaire", "publier le commentaire", "laisser une reponse", "partager sur",
    "partager cet article", "partager :", "partager:", "partagez", "lire aussi", "a lire aussi", "a lire egalement",
    "lire egalement", "voir aussi", "a voir aussi", "sur le meme sujet", "nous utilisons des cookies",
    "ce site utilise des cookies", "ce site web utilise des cookies", "en poursuivant votre navigation",
    "accepter les cookies", "gerer les cookies", "parametrer les cookies", "politique de confidentialite",
    "mentions legales", "tous droits reserves", "all rights reserved", "copyright", "(c) ", "inscrivez-vous",
    "abonnez-vous", "recevez notre newsletter", "recevez nos newsletters", "s'abonner a la newsletter",
    "newsletter", "cet article est reserve", "reserve aux abonnes", "article reserve aux abonnes",
    "vous devez etre connecte", "connectez-vous", "publie le", "mis a jour le", "modifie le", "publie aujourd'hui",
    "temps de lecture", "lecture :", "les + lus", "les plus lus", "vous aimerez aussi", "contenus sponsorises",
    "activez javascript", "votre navigateur", "ajouter a mes favoris", "signaler un abus", "signaler une erreur",
)  # fmt: skip
# Prefix chrome is short: a long line that happens to start like chrome is prose.
_CHROME_PREFIX_MAX_WORDS = 40
_CHROME_SUBSTRING = ("cookie", "newsletter")
_CHROME_SUBSTRING_MAX_WORDS = 30

# Agency and photo credit words; a line made only of these is a bare credit.
_CREDIT_WORDS = frozenset(
    {
        "afp", "ap", "reuters", "keystone", "keystone-sda", "keystone-ats", "sda", "ats", "belga", "ansa", "epa",
        "epa-efe", "efe", "dpa", "getty", "images", "pool", "sputnik", "tass", "ria", "novosti", "anadolu",
        "xinhua", "photo", "photos", "credit", "credits", "image", "illustration", "(afp)", "(ap)", "(reuters)",
        "afp/archives", "archives", "ukrinform", "interfax", "unian", "shutterstock", "abaca", "maxppp",
        "sipa", "imago", "press", "photo:", "credit:", "©", "(c)", "/", "-", "|",
    }
)  # fmt: skip
_CREDIT_NAMES = (
    r"AFP|AP|REUTERS|Reuters|KEYSTONE|Keystone(?:[- ](?:SDA|ATS))?(?:\s+ATS)?|EPA(?:-EFE)?|EFE|dpa|DPA|Belga|BELGA"
    r"|ANSA|SPUTNIK|Sputnik|TASS|ANADOLU|Anadolu|Getty\s+Images|GETTY\s+IMAGES|Xinhua|XINHUA|SIPA|ABACA|MAXPPP"
    r"|Shutterstock|IMAGO|Ukrinform|UKRINFORM"
)
_CAPTION_PATTERNS = (
    # "..., le 5 février 2025. Photo Gavriil Grigorov / POOL / AFP" and "Photo : AFP" as the last sentence.
    re.compile(
        r"(?:^|[.!?)]\s+)(?:Photos?|PHOTOS?|Cr[ée]dits?(?:\s+photo)?|Illustration)\b(?:\s+d'illustration)?"
        r"\s*:?\s*[^.!?]{0,120}\.?$"
    ),
    # A slash credit at the end: "... / POOL / AFP", "... / EPA / SERGEI ILNITSKY".
    re.compile(rf"/\s*(?:[A-Z][\w.'-]*\s*){{0,3}}/?\s*(?:{_CREDIT_NAMES})(?:\s*/\s*[A-Z][\w .'-]*)?\s*$"),
    # A credit name as the closing token after the last sentence: "... forces ukrainiennes. KEYSTONE".
    re.compile(rf"[.!?)]\s+\(?(?:{_CREDIT_NAMES})\)?(?:\s*/\s*[A-Z][\w .'-]*)?\s*$"),
    # An all-caps tail after the last sentence is a photographer or agency credit: ". EPA/STR", ". AFP PHOTO".
    re.compile(r"[.!?)]\s+(?=[^a-z]*[A-Z]{2})[A-Z][A-Z .'/-]{1,60}$"),
)
# "(AFP)" closing a caption that describes a dated scene.
_TRAILING_AGENCY_RE = re.compile(rf"\((?:{_CREDIT_NAMES})[^)]{{0,40}}\)\s*$")
_DATE_HINT_RE = re.compile(
    r"\b(?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.I,
)
_CAPTION_MAX_WORDS = 90

_SENTENCE_END_RE = re.compile(r"[.!?…;:,]$")
_TRAILING_CLOSERS = "\"')]»” \t"
# A heading is a line without final punctuation; past this length it is prose that lost its full stop.
_HEADING_MAX_WORDS = 30
_TITLE_MIN_WORDS = 4
_SHORT_LINE_MAX_WORDS = 3
_QUESTION_TITLE_MAX_WORDS = 15
_REPEAT_MIN_CHARS = 30
# Far more body than any news story (the corpora's longest is a few KB): the teaser search stays bounded per line.
_TEASER_SCOPE = 100_000
_ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…)\s*$")
_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\W_][\w'’+-]*|\+")


def _fold(s: str) -> str:
    """Lower-case, accent-free, ASCII-punctuated, single-spaced form for phrase comparison."""
    s = unicodedata.normalize("NFKD", matchable(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return _WS_RE.sub(" ", s).strip(" .,;:!?-|>•·*\"'")


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _is_chrome(line: str) -> bool:
    folded = _fold(line)
    if folded in _CHROME_EXACT:
        return True
    n_words = len(_words(line))
    if n_words <= _CHROME_PREFIX_MAX_WORDS and folded.startswith(_CHROME_PREFIX):
        return True
    return n_words <= _CHROME_SUBSTRING_MAX_WORDS and any(w in folded for w in _CHROME_SUBSTRING)


def _is_bare_credit(line: str) -> bool:
    tokens = _fold(line).replace("/", " / ").split()
    return bool(tokens) and all(t in _CREDIT_WORDS for t in tokens)


def _is_caption(line: str) -> bool:
    m = matchable(line).strip()
    if len(_words(m)) > _CAPTION_MAX_WORDS:
        return False
    if any(p.search(m) for p in _CAPTION_PATTERNS):
        return True
    return bool(_TRAILING_AGENCY_RE.search(m) and _DATE_HINT_RE.search(m))


def _is_heading_like(line: str) -> bool:
    """A line that reads as a title or heading: no final sentence punctuation and not too long."""
    m = matchable(line).strip().rstrip(_TRAILING_CLOSERS)
    n_words = len(_words(m))
    if not m or n_words > _HEADING_MAX_WORDS:
        return False
    if m.endswith(("?", "!")) and n_words <= _QUESTION_TITLE_MAX_WORDS and not re.search(r"[.!?]\s+\S", m):
        return True
    return not _SENTENCE_END_RE.search(m)


def _squeeze(s: str) -> str:
    return _WS_RE.sub("", matchable(s))


def paragraphs(text: str) -> list[Paragraph]:
    """Split the text into non-empty lines and classify each (body, title, heading, boilerplate, caption, repeat)."""
    _, body_start = header_date(text)
    spans: list[tuple[int, int]] = []
    for match in _LINE_RE.finditer(text):
        start, end = max(match.start(), body_start), match.end()
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))

    # First pass: what each line is on its own (and against what came before it).
    kinds: list[str] = []
    seen: set[str] = set()
    body_so_far = ""
    for start, end in spans:
        line = text[start:end]
        squeezed = _squeeze(line)
        if _is_chrome(line) or _is_bare_credit(line):
            kind = "boilerplate"
        elif _is_caption(line):
            kind = "caption"
        elif squeezed in seen:
            kind = "repeat"
        elif _is_teaser(line, body_so_far):
            kind = "repeat"
        elif _is_heading_like(line):
            kind = "heading"
        else:
            kind = "body"
            body_so_far += squeezed
        seen.add(squeezed)
        kinds.append(kind)

    # Second pass: position decides between headings, the title and site chrome.
    body_indices = [i for i, k in enumerate(kinds) if k == "body"]
    first_body = body_indices[0] if body_indices else len(kinds)
    last_body = body_indices[-1] if body_indices else -1
    title_found = False
    for i, kind in enumerate(kinds):
        if kind != "heading":
            continue
        line = text[spans[i][0] : spans[i][1]]
        n_words = len(_words(line))
        starts_lower = line.lstrip("\"'«“ ")[:1].islower()
        if starts_lower and n_words <= _SHORT_LINE_MAX_WORDS:
            kinds[i] = "boilerplate"
        elif i < first_body:
            # Above the article, short lines are menus; the first real headline is the title.
            if n_words < _TITLE_MIN_WORDS:
                kinds[i] = "boilerplate"
            elif not title_found:
                kinds[i] = "title"
                title_found = True
        elif i > last_body:
            # Below the article only chrome and links to other articles remain.
            kinds[i] = "boilerplate"
    return [Paragraph(s, e, k) for (s, e), k in zip(spans, kinds, strict=True)]


def _is_teaser(line: str, body_so_far: str) -> bool:
    """True for an end-of-page teaser: earlier body text glued together and cut with an ellipsis.

    Only the last _TEASER_SCOPE characters of body are searched: a teaser repeats the story just told, and a
    search of the whole body for every line would make a long many-line text quadratic.
    """
    core = _squeeze(_ELLIPSIS_RE.sub("", line))
    return len(core) >= _REPEAT_MIN_CHARS and body_so_far.find(core, max(0, len(body_so_far) - _TEASER_SCOPE)) >= 0


# --------------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------------

_PUNCT_RUN_RE = re.compile(r"[.!?…]+")
_PREV_WORD_RE = re.compile(r"([^\W\d_][\w-]*)$")
_ABBREVIATIONS = frozenset(
    {
        "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "sts", "gal", "gen", "gén",
        "col", "cdt", "lt", "cpt", "sgt", "adj", "av", "apr", "c", "cf", "p", "pp", "al", "no", "n", "env", "ex",
        "resp", "inc", "cie", "jr", "sr", "mr", "mrs", "ms", "prof", "bd", "fig", "tel", "vs",
        # English titles and months of wire copy: "regional Gov. Oleh Kiper", "Lt. Gen.", "on Sept. 3"
        "gov", "govs", "sen", "rep", "maj", "capt", "cmdr", "adm", "brig", "gens", "jan", "feb", "aug", "sept", "oct",
        "nov", "dec",
    }
)  # fmt: skip
_OPENERS = {"«": "»", "“": "”", "‹": "›"}
_CLOSERS = frozenset("»”›)]")
_INLINE_SPACE = " \t\u00a0\u202f\u2009"


def _quoted_ranges(seg: str) -> list[tuple[int, int]]:
    """Matched quotation pairs as (open index, close index); unbalanced marks are ignored."""
    ranges: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {opener: [] for opener in _OPENERS}
    closers = {closer: opener for opener, closer in _OPENERS.items()}
    ascii_open: int | None = None
    for i, ch in enumerate(seg):
        if ch in _OPENERS:
            stacks[ch].append(i)
        elif ch in closers and stacks[closers[ch]]:
            ranges.append((stacks[closers[ch]].pop(), i))
        elif ch == '"':
            if ascii_open is None:
                ascii_open = i
            else:
                ranges.append((ascii_open, i))
                ascii_open = None
    return ranges


# The word before a full stop is read from this many characters before it: an abbreviation is a few letters, and a
# look-back bounded by a constant keeps the splitter linear in the paragraph (the whole prefix made it quadratic).
_ABBREVIATION_LOOKBACK = 64


# A full stop glued to the next sentence: three letters (a word, not an initial or "U.S."), then a capitalised word.
_GLUED_SENTENCE_RE = re.compile(r"[^\W\d_]{3}\.[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")


def _is_abbreviation(before: str) -> bool:
    prev = _PREV_WORD_RE.search(before)
    if prev is None:
        return False
    word = prev.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _inside_quotation(position: int, quoted: list[tuple[int, int]], reach: list[int]) -> bool:
    """True when some quotation (open, close), sorted by open, has open < position <= close: one bisection."""
    i = bisect_left(quoted, (position, -1))  # quotations opened strictly before the position
    return i > 0 and reach[i - 1] >= position


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, trimmed) inside the paragraph span text[start:end]."""
    seg = text[start:end]
    quoted = sorted(_quoted_ranges(seg))
    reach = list(accumulate((c for _, c in quoted), max))  # the furthest close among the quotations opened so far
    ascii_openers = {o for o, _ in quoted if seg[o] == '"'}
    ascii_closers = {c for _, c in quoted if seg[c] == '"'}
    cuts: list[int] = []
    for m in _PUNCT_RUN_RE.finditer(seg):
        # Closing quotes and brackets after the full stop belong to the sentence that ends.
        after = k = m.end()
        while True:
            while k < len(seg) and seg[k] in _INLINE_SPACE:
                k += 1
            if k < len(seg) and (seg[k] in _CLOSERS or k in ascii_closers):
                after = k = k + 1
            else:
                break
        if after < len(seg) and not seg[after].isspace() and m.group() == "." and _GLUED_SENTENCE_RE.match(
                seg, max(0, m.start() - 3), after + 2) and not _is_abbreviation(seg[max(0, m.start() - 8):m.start()]):
            cuts.append(after)  # "ces renseignements.Le média ...": a page that lost the space still has two sentences
            continue
        if after >= len(seg) or not seg[after].isspace():
            continue  # "1.000", "2.5": no space, no boundary
        nxt = after
        while nxt < len(seg) and seg[nxt].isspace():
            nxt += 1
        if nxt >= len(seg):
            continue
        if not (seg[nxt].isupper() or seg[nxt] in _OPENERS or nxt in ascii_openers):
            continue
        punct = m.group()
        if punct in ("...", "…") and m.start() > 0 and seg[m.start() - 1] in "([":
            continue  # "(...)" marks a cut inside a quotation, not a sentence end
        if punct == "." and _is_abbreviation(seg[max(0, m.start() - _ABBREVIATION_LOOKBACK) : m.start()]):
            continue
        if _inside_quotation(after, quoted, reach):
            continue  # still inside a quotation: its sentences belong to the quoting sentence
        cuts.append(after)
    spans: list[tuple[int, int]] = []
    bounds = [0, *cuts, len(seg)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = seg[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((start + a + lead, start + a + trail))
    return spans


# --------------------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------------------

_FR_STOPWORDS = frozenset(
    "le la les un une des du de d l et est sont ont au aux en dans sur pour par avec que qui ne pas plus ce cette "
    "ces il elle ils elles nous vous leur leurs son sa ses se s y été être avoir fait selon mais ou où dont aussi "
    "comme depuis lors après avant entre très tout tous toute toutes c qu n j m à".split()
)
_EN_STOPWORDS = frozenset(
    "the of and to in is are was were be been has have had that which who this these those it its with for from "
    "by at an or not but he she they we you his her their our said says will would could should than there "
    "about after before into over also more".split()
)
_LANG_WORD_RE = re.compile(r"[^\W\d_]+")
_LANG_MIN_WORDS = 3
_LANG_MIN_SHARE = 0.15


def detect_language(text: str) -> str:
    """Return "fr", "en" or "und" from stopword shares; deterministic and safe on any input."""
    try:
        words = [w.lower() for w in _LANG_WORD_RE.findall(matchable(str(text)))]
    except Exception:  # a language guess must never break the pipeline
        return "und"
    if len(words) < _LANG_MIN_WORDS:
        return "und"
    fr = sum(w in _FR_STOPWORDS for w in words) / len(words)
    en = sum(w in _EN_STOPWORDS for w in words) / len(words)
    if max(fr, en) < _LANG_MIN_SHARE or fr == en:
        return "und"
    return "fr" if fr > en else "en"


# --------------------------------------------------------------------------------------------------
# Publisher
# --------------------------------------------------------------------------------------------------

_PUBLISHERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("AFP", re.compile(r"\bAFP\b|Agence France[- ]Presse")),
    ("Reuters", re.compile(r"\bReuters\b|\bREUTERS\b")),
    ("AP", re.compile(r"\(AP\)|/\s*AP\b|\bAP Photo\b|Associated Press|\bl'AP\b")),
    ("BBC", re.compile(r"\bBBC\b")),
    ("Keystone-ATS", re.compile(r"\bKeystone(?:[- ](?:SDA|ATS))*(?:\s+ATS)?\b|\bKEYSTONE\b|\bATS\b")),
    ("Belga", re.compile(r"\bBelga\b|\bBELGA\b")),
    ("ANSA", re.compile(r"\bANSA\b")),
    ("Interfax", re.compile(r"\bInterfax(?:-Ukraine)?\b")),
    ("TASS", re.compile(r"\bTASS\b|\bTass\b")),
    ("RIA Novosti", re.compile(r"\bRIA[- ]Novosti\b|\bRia Novosti\b")),
    ("Ukrinform", re.compile(r"\bUkrinform\b")),
    ("Kyiv Independent", re.compile(r"\bKyiv Independent\b")),
    ("Kyiv Post", re.compile(r"\bKyiv Post\b")),
    ("UNIAN", re.compile(r"\bUNIAN\b")),
    ("dpa", re.compile(r"\bdpa\b|\bDPA\b")),
    ("EFE", re.compile(r"\bEFE\b")),
    ("Xinhua", re.compile(r"\bXinhua\b")),
    ("CNN", re.compile(r"\bCNN\b")),
    ("Al Jazeera", re.compile(r"\bAl[- ]Jazeera\b")),
)


def publisher(text: str) -> str:
    """The agency or outlet the text credits most often ("" when none); ties go to the first credited."""
    flat = matchable(text)
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for name, pattern in _PUBLISHERS:
        hits = list(pattern.finditer(flat))
        if hits:
            counts[name] = len(hits)
            first_seen[name] = hits[0].start()
    if not counts:
        return ""
    return min(counts, key=lambda name: (-counts[name], first_seen[name]))
