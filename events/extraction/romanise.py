"""Spelling folding and romanisation: French, English and native names of places reduced to comparable keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["alias_keys", "fold", "french_to_english", "max_typos", "region_core", "skeleton", "dedup"]

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

# Letters that NFD does not decompose; without this "Łódź" and "Lodz" would not meet.
_FOLD_TABLE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ŀ": "l",
        "ħ": "h",
    }
)
# Apostrophes (incl. the Ukrainian one), quotes, hyphens and light punctuation all separate words.
_SEPARATORS = re.compile(r"[\s'’ʼ‘`´ʹʻ′″\"“”«»\-‐‑‒–—.,;:()\[\]/\\_]+")
_LATIN_LIMIT = "\u0250"  # combining marks after a base below this (Latin) are accents to strip


def fold(name: str) -> str:
    """Lower-case, strip Latin accents, turn apostrophes/hyphens/punctuation into single spaces.

    Marks on Cyrillic letters are kept (й, ї, ё stay distinct), so a native name folds to itself lower-cased.
    """
    decomposed = unicodedata.normalize("NFD", name.lower())
    kept: list[str] = []
    base = ""
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base and base < _LATIN_LIMIT:
                continue
        else:
            base = ch
        kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept)).translate(_FOLD_TABLE)
    return _SEPARATORS.sub(" ", text).strip()


_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ‘`´ʹʻ″\"”](?=\w)")


def alias_keys(name: str) -> list[str]:
    """Index keys of a spelling: its fold, and its fold with in-word apostrophes dropped.

    Soft signs are romanised as apostrophes or not at all ("L’gov", "Lgov"); both spellings must meet.
    """
    folded = fold(name)
    joined = fold(_APOSTROPHES.sub("", name))
    return [folded] if joined == folded else [folded, joined]


# French transcription -> English (BGN-like) romanisation. Order matters: alternation is leftmost-first,
# so longer French digraphs must come before their prefixes (chtch before tch before ch).
_VOWELS = "aeiouyéèêëàâîïôûùü"
_FR_TO_EN_RULES: list[tuple[str, str]] = [
    (r"^ïou", "yu"),
    (r"^iou", "yu"),
    (r"^ia", "ya"),
    (r"^ie", "ye"),
    (r"^io", "yo"),
    (r"chtch", "shch"),
    (r"tch", "ch"),
    (r"ch", "sh"),
    (r"dj", "dzh"),
    (r"j", "zh"),
    (r"ïou", "yu"),
    (r"ïo", "yo"),
    (r"ïa", "ya"),
    (r"ï[eéè]", "ye"),
    (r"ï$", "y"),
    (r"ï", "i"),
    (r"ou", "u"),
    (r"gu(?=[eéèêiîïy])", "g"),
    # French doubles an intervocalic s to keep it voiceless; the Cyrillic has a single с.
    (rf"(?<=[{_VOWELS}])ss(?=[{_VOWELS}])", "s"),
    (r"[éèêë]", "e"),
    (r"[àâä]", "a"),
    (r"[îì]", "i"),
    (r"[ôö]", "o"),
    (r"[ûùü]", "u"),
    (r"ç", "s"),
]
_FR_TO_EN = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(_FR_TO_EN_RULES)))
_FR_TO_EN_REPL = [repl for _, repl in _FR_TO_EN_RULES]
_WORD = re.compile(r"[^\W\d_]+")


def _restore_case(original: str, converted: str) -> str:
    if len(original) > 1 and original.isupper():
        return converted.upper()
    if original[:1].isupper():
        return converted[:1].upper() + converted[1:]
    return converted


def _fr_word_to_en(match: re.Match[str]) -> str:
    word = match.group(0)
    lowered = word.lower()
    converted = _FR_TO_EN.sub(lambda m: _FR_TO_EN_REPL[int((m.lastgroup or "r0")[1:])], lowered)
    return _restore_case(word, converted)


def french_to_english(name: str) -> str:
    """Romanise a French transcription of a Russian/Ukrainian name in English/BGN style.

    "Tcherkasskaïa Konopelka" -> "Cherkasskaya Konopelka", "Soudja" -> "Sudzha", "Guérassimov" -> "Gerasimov".
    Separators and per-word capitalisation are kept. English input mostly passes through, except that a
    bare "ch" becomes "sh" (it is French for ш), so callers also try the mention as written.
    """
    return _WORD.sub(_fr_word_to_en, name)


# The skeleton merges spelling variants of one English-style romanisation (y/i/j, doubled letters,
# ts/c, soft-sign apostrophes) so that "Balaklyia", "Balakliya" and "Balakliia" meet.
_SKELETON_RULES: list[tuple[str, str]] = [
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "dz"),
    ("zh", "z"),
    ("kh", "h"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("j", "i"),
    ("y", "i"),
    ("w", "v"),
]
_SKELETON = re.compile("|".join(re.escape(src) for src, _ in _SKELETON_RULES))
_SKELETON_MAP = dict(_SKELETON_RULES)
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(folded: str) -> str:
    text = folded.replace(" ", "")
    text = _SKELETON.sub(lambda m: _SKELETON_MAP[m.group(0)], text)
    return _DOUBLED.sub(r"\1", text)


def max_typos(length: int, scope: str) -> int:
    """Edit budget for a fuzzy match; the wider the candidate pool the longer the name must be."""
    thresholds = {"region": (5, 10), "country": (7, 12), "world": (8, 99)}[scope]
    if length >= thresholds[1]:
        return 2
    if length >= thresholds[0]:
        return 1
    return 0


# Words that say what kind of region it is, not which one: "la région de Koursk", "Kursk Oblast",
# "Курская область" all reduce to the distinctive part. "city"/"ville" stay: "ville de Moscou" is the
# federal city, while a bare "Moscou" after "la région de" is the oblast.
_REGION_GENERIC = frozenset(
    """
    la le les l de du des d of the region regions région régions oblast oblasts oblast' voblast voblasts
    krai kray kraï territoire territory province okrug district autonomous autonome autonomnyy
    avtonomnyy avtonomnaya avtonomna respublika respublyka republic république republique
    municipality municipalité federal fédérale federale raion rayon unit unitatea teritoriala
    область обл край республика республіка автономна автономный автономная автономний округ
    """.split()
)


def region_core(folded: str) -> str:
    return " ".join(token for token in folded.split() if token not in _REGION_GENERIC)


def dedup(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)
