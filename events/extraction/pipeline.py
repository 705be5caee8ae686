"""Article text in, ExtractedArticle out: cleaning, dating, NER batching and claim reading, without the ORM."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from events.extraction import text as textmod
from events.extraction.claims import ArticleReader
from events.extraction.datelines import Dateline, wire_dateline
from events.extraction.dates import article_date, find_dates, find_relative_days
from events.extraction.dates_en import find_dates_en
from events.extraction.drafts import link, to_claims
from events.extraction.english import EnglishReader
from events.extraction.english import sentences as english_sentences
from events.extraction.places import get_gazetteer, with_parents
from events.extraction.types import ActorRef, DateValue, ExtractedArticle

logger = logging.getLogger(__name__)

SPACY_MODEL = "fr_core_news_md"
# Only the statistical NER is used (places the patterns miss); the rest of the pipeline would cost time for nothing.
SPACY_EXCLUDE = ["morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]
BODY_KINDS = {"body"}
# language -> (reader, sentence splitter); both readers return drafts.Draft, so linking is shared.
READERS = {"fr": (ArticleReader, textmod.sentences), "en": (EnglishReader, english_sentences)}


@functools.lru_cache(maxsize=1)
def load_nlp():
    """The French spaCy pipeline (from the fr-core-news-md package), or None when disabled by EXTRACTION_NER=0."""
    if os.environ.get("EXTRACTION_NER", "1").lower() in {"0", "false", "no", "off"}:
        return None
    import spacy

    return spacy.load(SPACY_MODEL, exclude=SPACY_EXCLUDE)


def _ner_spans(texts: list[str], spans_per_text: list[list[tuple[int, int]]]) -> list[list[tuple[int, int, str]]]:
    """Entity spans (offsets into each article) of the given spans of every article, in one nlp.pipe batch."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    jobs = [(i, a, b) for i, spans in enumerate(spans_per_text) for a, b in spans]
    if not jobs:
        return out  # nothing to look at (English articles never ask): the model need not even load
    nlp = load_nlp()
    if nlp is None:
        return out
    docs = nlp.pipe((texts[i][a:b] for i, a, b in jobs), batch_size=64)
    for (i, a, _b), doc in zip(jobs, docs, strict=True):
        out[i].extend((a + ent.start_char, a + ent.end_char, ent.label_) for ent in doc.ents)
    return out


def _title(text: str, paras: list[textmod.Paragraph], body: list[textmod.Paragraph], start: int) -> str:
    titled = next((p for p in paras if p.kind == "title"), None)
    if titled is not None:
        return text[titled.start:titled.end].strip()
    if body:
        first = textmod.sentences(text, max(body[0].start, start), body[0].end)
        if first:
            return text[first[0][0]:first[0][1]].strip()[:300]
    return ""


# A dateline in the page furniture: "Publié le 12/05/2023 à 10h42", "Mis à jour le 3 mars 2024".
# ("Publié le 27/10/25 à 13h47" gives the year in two digits; "La Croix (avec AFP), le 10/09/2022 à 17:31")
DATELINE = re.compile(r"(?i)\b(?:publi[ée]e?|mis[e]? à jour|modifi[ée]e?)\s+le\s+(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b"
                      r"|^\s*(?:le\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b|\),\s*le\s+(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
# A line that is only a timestamp: "Le 25 mai 2025 à 17h32", "31 juillet 2025, 08:15".
TIMESTAMP_LINE = re.compile(r"(?i)^\s*(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4}"
                            r"(?:\s*(?:à|a|,)?\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*$")
SHORT_LINE = 90
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DATELINE_WORDS = re.compile(r"(?i)\b(?:publi[ée]e?|mis[e]? à jour|modifi[ée]e?)\s+le\s+")


def _dateline(text: str, paras: list[textmod.Paragraph], header: DateValue, language: str = "fr") -> DateValue | None:
    """The publication day printed above or below the story (not in its body), when the page carries one."""
    for p in paras:
        if p.kind == "body":
            continue
        line = text[p.start:p.end]
        mt = DATELINE.search(line)
        if mt:
            groups = next(mt.group(i, i + 1, i + 2) for i in (1, 4, 7) if mt.group(i))
            day, month, year = (int(g) for g in groups)
            year += 2000 if year < 100 else 0
            try:
                return DateValue(dt.date(year, month, day), "day")
            except ValueError:
                continue
        if TIMESTAMP_LINE.match(line):
            found = [v for _s, _e, v in find_dates(textmod.matchable(line), header) if v.precision == "day"]
            if found:
                return found[0]
        words = DATELINE_WORDS.search(line)
        if words:
            found = [v for _s, _e, v in find_dates(textmod.matchable(line[words.end():]), header) if v.precision == "day"]
            if found:
                return found[0]
        if language == "en" and len(line.strip()) <= SHORT_LINE and YEAR.search(line):
            # "Updated 3:12 AM EDT, September 22, 2022", "January 8, 2025 11:52 AM  2 min read": a page's timestamp
            found = [v for _s, _e, v in find_dates_en(textmod.matchable(line), header) if v.precision == "day"]
            if found:
                return found[0]
    return None


def _wire(text: str, header: DateValue, body: list[textmod.Paragraph], start: int,
          language: str) -> tuple[int, Dateline] | None:
    """The story's own dateline and the index of its paragraph, among the first five (a title, a byline, a
    timestamp or a standfirst may come first)."""
    for i, p in enumerate(body[:5]):
        found = wire_dateline(text[max(p.start, start):p.end], header, english=language == "en")
        if found is not None:
            return i, found
    return None


def _published(text: str, header: DateValue, paras: list[textmod.Paragraph], body: list[textmod.Paragraph],
               start: int, wire: Dateline | None, language: str = "fr") -> DateValue:
    dateline = _dateline(text, paras, header, language)
    if dateline is not None and (not header.known or dateline.value.strftime("%Y-%m") == header.value.strftime("%Y-%m")):
        return dateline
    if header.precision != "day" and wire is not None and wire.day is not None:
        return wire.day
    m = textmod.matchable(text)
    captions = [value for p in paras if p.kind == "caption"
                for _s, _e, value in find_dates(m[p.start:p.end], header) if value.precision == "day"]
    lead_tokens: list[str] = []
    if body:
        lead_tokens = [tok for _s, _e, tok in find_relative_days(m[max(body[0].start, start):body[0].end])]
    return article_date(header, captions, lead_tokens)


def extract_articles(items: Sequence[tuple[str, str]]) -> list[ExtractedArticle]:
    """Extract each (file name, text) pair; NER runs once, batched, over the sentences that need it."""
    stage = [_prepare(text) for _name, text in items]
    windows = [w for s in stage for w in s.windows]
    wanted = [w.reader.ner_wanted(w.sentences) for w in windows]
    ner = _ner_spans([w.text for w in windows], wanted)
    for window, spans in zip(windows, ner, strict=True):
        window.reader.add_ner_places(spans)
    for st in stage:
        if st.windows:
            _read_claims(st)
    return [s.article for s in stage]


def extract_article(text: str) -> ExtractedArticle:
    return extract_articles([("", text)])[0]


# An article longer than this is read in windows of whole paragraphs (or whole sentences of a paragraph longer than
# that) of at most this many characters: the readers compare each mention with the others of the text they hold,
# so one reader over megabytes costs time in the square of the length, windows cost it linearly. News stories are
# a few KB; only dumps and concatenations are cut, and no reference (a pronoun, "la ville") is followed across a cut.
WINDOW_CHARS = 20_000


@dataclass
class _Window:
    """Part of an article read by its own reader: `text` is article.text[offset:offset + len(text)]."""

    offset: int
    text: str
    reader: ArticleReader | EnglishReader
    sentences: list[tuple[int, int, int]]  # offsets into `text`, paragraph index


@dataclass
class _Stage:
    article: ExtractedArticle
    windows: list[_Window] = field(default_factory=list)


def _prepare(text: str) -> _Stage:
    """Clean, date and detect the language; set up the readers when the article is one we can read."""
    header, start = textmod.header_date(text)
    paras = textmod.paragraphs(text)
    body = [p for p in paras if p.kind in BODY_KINDS]
    language = textmod.detect_language(" ".join(text[p.start:p.end] for p in body) or text)
    wire = _wire(text, header, body, start, language)
    published = _published(text, header, paras, body, start, wire[1] if wire else None, language)
    article = ExtractedArticle(text=text, title=_title(text, paras, body, start), publisher=textmod.publisher(text),
                               language=language, published=published)
    if language not in READERS:
        article.note = (f"language detected as '{language}': the extractor reads French and English wire stories "
                        "only, so the source is recorded without claims")
        return _Stage(article)
    if not body:
        article.note = "no body paragraph found (only headings, captions or site boilerplate)"
        return _Stage(article)
    reader_class, split = READERS[language]
    spans = [(max(p.start, start), p.end) for p in body]
    dateline = None
    if wire is not None:  # the readers start after the dateline: its place is where the story was filed
        i, line = wire
        dateline = (spans[i][0], spans[i][0] + line.end)
        spans[i] = (spans[i][0] + line.end, spans[i][1])
    parts = [[(0, len(text), spans)]] if len(text) <= WINDOW_CHARS else _windows(text, spans, split)
    windows = []
    for part in parts:
        offset, end, paragraphs = part[0]
        wtext = text[offset:end]
        matchable = textmod.matchable(wtext)
        if dateline is not None and offset <= dateline[0] < end:
            # ("KYIV/MOSCOW, May 11 (Reuters) -": names no reader may take for a place, here or where they recur)
            a, b = dateline[0] - offset, min(dateline[1], end) - offset
            matchable = matchable[:a] + " " * (b - a) + matchable[b:]
        reader = reader_class(text=wtext, matchable=matchable, published=published,
                              paragraphs=[(a - offset, b - offset) for a, b in paragraphs],
                              gazetteer=get_gazetteer(), publisher=article.publisher)
        sentences = [(a - offset, b - offset, pi) for pi, (pa, pb) in enumerate(paragraphs) for a, b in split(text, pa, pb)]
        windows.append(_Window(offset, wtext, reader, sentences))
    return _Stage(article, windows)


def _windows(text: str, spans: list[tuple[int, int]], split) -> list[list[tuple[int, int, list[tuple[int, int]]]]]:
    """Body spans grouped into windows of at most WINDOW_CHARS: (window start, window end, its paragraph spans)."""
    pieces: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a <= WINDOW_CHARS:
            pieces.append((a, b))
            continue
        # A paragraph longer than a window is cut between sentences, a sentence longer than one between words.
        run_start = run_end = None
        for sa, sb in (cut for sentence in split(text, a, b) for cut in _cut_long(text, *sentence)):
            if run_start is not None and sb - run_start > WINDOW_CHARS:
                pieces.append((run_start, run_end))
                run_start = None
            run_start = sa if run_start is None else run_start
            run_end = sb
        if run_start is not None:
            pieces.append((run_start, run_end))
    windows: list[list[tuple[int, int, list[tuple[int, int]]]]] = []
    group: list[tuple[int, int]] = []
    for a, b in pieces:
        if group and b - group[0][0] > WINDOW_CHARS:
            windows.append([(group[0][0], group[-1][1], group)])
            group = []
        group.append((a, b))
    if group:
        windows.append([(group[0][0], group[-1][1], group)])
    return windows


def _cut_long(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence as pieces of at most WINDOW_CHARS, cut at the last space before each limit (or at the limit)."""
    cuts = []
    while b - a > WINDOW_CHARS:
        space = text.rfind(" ", a + 1, a + WINDOW_CHARS)
        cut = space if space > a else a + WINDOW_CHARS
        cuts.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        cuts.append((a, b))
    return cuts


def _read_claims(stage: _Stage) -> None:
    article = stage.article
    drafts = []
    for window in stage.windows:
        found = link(window.reader.drafts(window.sentences))
        # Event references are per window: number them on from the previous windows', offsets into the article.
        refs = 1 + max(d.event_ref for d in drafts) if drafts else 0
        for d in found:
            d.start, d.end, d.event_ref = d.start + window.offset, d.end + window.offset, d.event_ref + refs
        drafts.extend(found)
    article.claims = to_claims(article.text, drafts)
    # The outlet whose copy this is (credited more than once: a byline and "comme l'a rapporté X") speaks as the
    # article; an agency quoted once ("selon l'agence TASS") is a side's voice.
    own = article.publisher and article.text.count(article.publisher) >= 2
    for claim in article.claims:
        if own and claim.claimant.name == article.publisher and claim.claimant.side != "media":
            # "Comme l'a déjà rapporté Ukrinform", in Ukrinform's own copy: the article speaks, not a side's agency
            claim.claimant = ActorRef(claim.claimant.name, "media", "media")
            claim.stance = "asserts"
    article.places = with_parents(get_gazetteer(), [p for c in article.claims for p in c.localities] +
                                          [c.region for c in article.claims if c.region is not None])
    if not article.claims:
        article.note = "no claim found: no reporting of a military event was recognised"
