"""French quantities: digits ("1.000", "1 500", "1,2 million"), number words and collectives, with their nouns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.dates import date_number_spans
from events.extraction.dates_en import date_number_spans_en
from events.extraction.text import matchable

_UNITS: dict[str, int] = {
    "zero": 0, "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    # Belgian and Swiss wire copy (Belga, Keystone-ATS) counts with these.
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
_BIG = {"cent": 100, "cents": 100, "mille": 1000, "millier": 1000, "million": 10**6, "millions": 10**6,
        "milliard": 10**9, "milliards": 10**9}  # fmt: skip
_COLLECTIVES: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}  # fmt: skip
_VAGUE = ("des", "les", "plusieurs", "quelques", "nombreuses", "nombreux", "de nombreuses", "de nombreux",
          "certaines", "certains", "de")  # fmt: skip

_WORD = (
    r"(?:z[ée]ro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
    r"|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?)"
)
_JOINED_UN = r"(?:\s+et\s+|-et-)(?:une?|onze)"
# "un"/"une" only count inside a compound ("vingt-et-un") or before a big unit ("un million"): alone it is an article.
_WORDS_RE = re.compile(
    rf"(?<![\w-])(?:une?\s+(?=millions?\b|milliards?\b))?(?<!pour ){_WORD}"
    rf"(?:(?:{_JOINED_UN})|(?:-|\s+){_WORD}(?!\w))*(?![\w-])",
    re.I,
)
_COLLECTIVE_RE = re.compile(
    r"(?<![\w-])(?:(?P<count>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|des|les"
    r"|de\s+nombreu(?:x|ses)|nombreu(?:x|ses)|certain(?:e)?s)\s+)?"
    r"(?P<coll>dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?"
    r"|centaines?|milliers?)(?![\w-])(?:\s+d(?:e\s+|')(?P<mult>milliers|millions|milliards)(?![\w-]))?",
    re.I,
)
_DIGITS = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
# A unit glued to the digits ("2500km²") is fine; any other letter makes a code, ordinal or time (F-16, 3e, 10h30).
_DIGITS_RE = re.compile(
    rf"(?<![\w./,:-])(?P<num>{_DIGITS})(?![\d])(?![.,:/]\d)(?=(?:km²|km2|km|m²|m2|mm|cm|kg|m|t)(?![^\W\d_])|[^\w]|$)"
    r"(?:\s*(?P<mult>millions?|milliards?|mille)(?![\w-]))?",
    re.I,
)
_PERCENT_RE = re.compile(r"\s*(?:%|pour\s*cent\b|pourcent\b)", re.I)
_OF_RE = re.compile(r"[\s\"«»]*(?:de|du|des|d')(?![\w-])", re.I)  # ("« environ 30 % » de la ville")
_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")

# (and "deux des six missiles": a part of a count, whose noun comes after the whole)
_NOUN_LEAD_RE = re.compile(r"[\s\"]*(?:d(?:e\s+|')(?:ces\s+(?=(?:drones|missiles|roquettes|engins|appareils|obus)\b))?"
                           r"(?!(?:la|le|les|l|ses|son|sa|leurs?|ces|cette)\b)"
                           # ("trente-neuf de ces drones": a part of the weapons just counted)
                           r"|des\s+(?:\d[\d\s.]*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze"
                           r"|vingt|trente|quarante|cinquante|soixante|cent)\w*)\s+)?[\s\"]*", re.I)
# "trente-sept ont été détruits", "soixante d'entre eux ont été abattus": a count whose verb says what it counts.
_COUNTED_BY_VERB = re.compile(r"\s+(?:d'entre (?:eux|elles)\s+)?(?:ont|avaient|sont)\s+(?:(?:été|ete)\s+)?(?:abattu|intercept"
                              r"|détruit|detruit|neutralis|tué|tue|bless)", re.I)
_NOUN_RE = re.compile(r"[^\W\d_][\w-]*|%")
_SPACES_RE = re.compile(r"\s*")
_AREA_UNITS = frozenset({"kilomètres", "kilometres", "kilomètre", "kilometre", "km", "mètres", "metres", "m"})
_SQUARE_RE = re.compile(r"\s+carr[ée]s?(?![\w-])", re.I)
# Adjectives that come before the noun ("deux principales annonces", "trois autres soldats").
_PRENOMINAL = frozenset(
    "autres nouveaux nouvelles nouvel premiers premières derniers dernières principaux principales grands grandes "
    "petits petites jeunes anciens anciennes seuls seules vrais gros".split()
)
_NOT_NOUNS = frozenset(
    "le la les l un une des du de d à a au aux en et ou où qui que qu dont ont sont est été était étaient avait "
    "avaient avoir être ce cette ces se s sa son ses leur leurs par pour sur sous dans avec sans contre selon "
    "entre vers chez depuis pendant après avant lors plus moins très environ près il ils elle elles nous vous on "
    "y ne n pas ainsi mais donc or ni car si comme fois-ci".split()
)

_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("at_least", re.compile(r"(?:\bau\s+moins|\bpas\s+moins\s+d(?:e|')|\bau\s+minimum|\bminimum)[\s\"]*$", re.I)),
    ("more_than", re.compile(r"(?:\bplus\s+d(?:e|')|\bau-del[àa]\s+d(?:e|')|\bsup[ée]rieur\s+[àa])[\s\"]*$", re.I)),
    ("less_than", re.compile(r"(?:\bmoins\s+d(?:e|')|\binf[ée]rieur\s+[àa])[\s\"]*$", re.I)),
    (
        "about",
        re.compile(
            r"(?:\bpr[èe]s\s+d(?:e|')|\benviron|\bquelque|\bautour\s+d(?:e|')|\bapproximativement|\bpresque"
            r"|\bquasiment|\bune\s+estimation\s+de)[\s\"]*$",
            re.I,
        ),
    ),
    ("up_to", re.compile(r"(?:\bjusqu'(?:à|a)|\bau\s+plus|\bau\s+maximum)[\s\"]*$", re.I)),
)
_QUALIFIER_WINDOW = 40


@dataclass(frozen=True)
class NumberMention:
    """A count found in a segment: offsets of the number itself, its value, the noun it counts, a qualifier.

    `qualifier` is "", "more_than", "at_least", "less_than", "about" or "up_to".
    """

    start: int
    end: int
    value: int | float
    noun: str
    qualifier: str


def _tidy(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _parse_digits(num: str, mult: str | None) -> int | float:
    compact = re.sub(r"\s", "", num)
    if _GROUPED_RE.fullmatch(compact):
        compact = compact.replace(".", "")  # French thousands: "120.000"
    value = float(compact.replace(",", "."))
    if mult:
        value *= _BIG[mult.lower()]
    return _tidy(value)


def _parse_words(expr: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", expr.lower()) if t and t != "et"]
    if not tokens:
        return None
    result = total = current = 0
    previous = ""
    for token in tokens:
        if token in ("million", "millions", "milliard", "milliards"):
            result += ((total + current) or 1) * _BIG[token]
            total = current = 0
        elif token == "mille":
            total += (current or 1) * 1000
            current = 0
        elif token in ("cent", "cents"):
            current = (current or 1) * 100
        elif token in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # "quatre-vingts": the four multiplies, it was already added
        elif token in _UNITS:
            current += _UNITS[token]
        else:
            return None
        previous = token
    return result + total + current


def _parse_collective(count: str | None, coll: str, mult: str | None) -> int | None:
    """Value of "une centaine", "deux milliers", "une dizaine de milliers"; None for vague plurals."""
    if count is None:
        return None
    count_value = _UNITS.get(count.lower())
    if count_value is None:
        return None  # "des centaines", "plusieurs dizaines": no number to extract
    value = count_value * _COLLECTIVES[coll.lower().rstrip("s")]
    if mult:
        value *= _BIG[mult.lower().rstrip("s")]
    return value


def parse_number(s: str) -> int | float | None:
    """Value of a French number written in digits or words; None when it is vague or not a number."""
    flat = re.sub(r"\s+", " ", matchable(s)).strip().rstrip("%").strip()
    if not flat:
        return None
    m = _DIGITS_RE.fullmatch(flat)
    if m:
        return _parse_digits(m["num"], m["mult"])
    m = _COLLECTIVE_RE.fullmatch(flat)
    if m:
        return _parse_collective(m["count"], m["coll"], m["mult"])
    if flat.lower() in ("un", "une"):
        return 1
    if flat.lower() in ("millions", "milliards"):
        return None  # "des millions": vague
    if re.fullmatch(rf"(?:une?\s+)?{_WORD}(?:(?:{_JOINED_UN})|(?:-|\s+){_WORD})*", flat, re.I):
        return _parse_words(flat)
    return None


def _noun_after(flat: str, segment: str, end: int) -> str:
    """The noun a number counts: the first noun word after it, skipping "de"/"d'" and quotes."""
    lead = _NOUN_LEAD_RE.match(flat, end)
    pos = lead.end() if lead else end
    while True:
        word = _NOUN_RE.match(flat, pos)
        if word is None:
            return ""
        text = word.group()
        if text.lower() in _PRENOMINAL:
            pos = _SPACES_RE.match(flat, word.end()).end()  # type: ignore[union-attr]
            continue
        if text.lower() in _NOT_NOUNS or flat[word.end() : word.end() + 1] == "'":
            return ""
        if text.lower() in _AREA_UNITS:
            square = _SQUARE_RE.match(flat, word.end())
            if square:
                return segment[word.start() : square.end()].strip()
        return segment[word.start() : word.end()]


def _qualifier(flat: str, start: int) -> str:
    before = flat[max(0, start - _QUALIFIER_WINDOW) : start]
    for name, pattern in _QUALIFIERS:
        if pattern.search(before):
            return name
    return ""


# "a tué deux personnes et en a blessé cinq", "blessant quatre autres": people counted right after a toll's verb
_TOLL_VERB_BEFORE = re.compile(r"\b(?:tu[eé]|tuant|bless[eé]|blessant)\s+(?:au moins\s+|plus de\s+|environ\s+)?$", re.I)


def find_numbers(segment: str) -> list[NumberMention]:
    """Counts in the segment with the noun each counts; dates, vague plurals and bare percentages are skipped."""
    flat = matchable(segment)
    taken: list[tuple[int, int]] = list(date_number_spans(segment))
    mentions: list[NumberMention] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def add(start: int, end: int, value: int | float | None, need_noun: bool) -> None:
        if not free(start, end):
            return
        taken.append((start, end))  # vague expressions are consumed too, so "milliers" is not re-read
        if value is None:
            return
        percent = _PERCENT_RE.match(flat, end)
        if percent:
            # A percentage is a quantity only as a share of something ("20% du territoire").
            if not _OF_RE.match(flat, percent.end()):
                return
            noun = "%"
        else:
            noun = _noun_after(flat, segment, end)
        if need_noun and not noun and not _COUNTED_BY_VERB.match(flat, end) and not _TOLL_VERB_BEFORE.search(
                flat, max(0, start - 30), start):
            return
        mentions.append(NumberMention(start, end, value, noun, _qualifier(flat, start)))

    for m in _COLLECTIVE_RE.finditer(flat):
        add(m.start(), m.end(), _parse_collective(m["count"], m["coll"], m["mult"]), need_noun=False)
    for m in _DIGITS_RE.finditer(flat):
        add(m.start(), m.end(), _parse_digits(m["num"], m["mult"]), need_noun=False)
    for m in _WORDS_RE.finditer(flat):
        expr = m.group()
        value = None if expr.lower() in ("millions", "milliards") else _parse_words(expr)
        # A number word with nothing counted after it is more likely an adjective ("un char neuf").
        add(m.start(), m.end(), value, need_noun=True)
    return sorted(mentions, key=lambda mention: mention.start)


# --------------------------------------------------------------------------------------------------
# English: "337 drones", "1,200 km", "two soldiers", "more than 300", "40%", "70 percent"
# --------------------------------------------------------------------------------------------------

_EN_UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100,
    "a thousand": 1000,
}  # fmt: skip
_EN_BIG = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_EN_WORD = "|".join(sorted(_EN_UNITS, key=len, reverse=True))
_EN_WORDS_RE = re.compile(rf"(?<![\w-])(?:{_EN_WORD})(?:[-\s]+(?:{_EN_WORD}|thousand|million))*(?![\w-])", re.I)
_EN_DIGITS_RE = re.compile(
    r"(?<![\w./,:-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])(?![.,:/]\d)"
    r"(?=(?:km2|km²|km|sq|m)(?![^\W\d_])|[^\w]|$)(?:\s*(?P<mult>thousand|million|billion)(?![\w-]))?",
    re.I,
)
_EN_PERCENT_RE = re.compile(r"\s*(?:%|percent\b|per cent\b)", re.I)
_EN_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("at_least", re.compile(r"\bat least[\s\"]*$", re.I)),
    ("more_than", re.compile(r"(?:\bmore than|\bover|\bin excess of)[\s\"]*$", re.I)),
    ("less_than", re.compile(r"(?:\bless than|\bfewer than|\bunder)[\s\"]*$", re.I)),
    ("about", re.compile(r"(?:\babout|\baround|\bnearly|\balmost|\broughly|\bsome|\bapproximately)[\s\"]*$", re.I)),
    ("up_to", re.compile(r"\bup to[\s\"]*$", re.I)),
)


def _parse_words_en(expr: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", expr.lower()) if t and t not in {"and", "a"}]
    total = current = 0
    for token in tokens:
        if token in ("thousand", "million"):
            total += (current or 1) * _EN_BIG[token]
            current = 0
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _EN_UNITS:
            current += _EN_UNITS[token]
        else:
            return None
    return (total + current) or None


def find_numbers_en(segment: str) -> list[NumberMention]:
    """Counts in English text with the word after each (its noun, or "%"); dates are skipped."""
    flat = matchable(segment)
    taken: list[tuple[int, int]] = list(date_number_spans_en(segment))
    mentions: list[NumberMention] = []

    def add(start: int, end: int, value: int | float | None) -> None:
        if value is None or any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        percent = _EN_PERCENT_RE.match(flat, end)
        noun = "%" if percent else (_NOUN_RE.search(flat, end, min(len(flat), end + 30)) or [""])[0]
        before = flat[max(0, start - _QUALIFIER_WINDOW):start]
        qualifier = next((name for name, rx in _EN_QUALIFIERS if rx.search(before)), "")
        mentions.append(NumberMention(start, end, value, noun, qualifier))

    for m in _EN_DIGITS_RE.finditer(flat):
        value = float(m["num"].replace(",", "")) * (_EN_BIG[m["mult"].lower()] if m["mult"] else 1)
        add(m.start(), m.end(), _tidy(value))
    for m in _EN_WORDS_RE.finditer(flat):
        add(m.start(), m.end(), _parse_words_en(m.group()))
    return sorted(mentions, key=lambda mention: mention.start)
