"""Tallies broken down by place, in both languages: drones shot down by region, tolls by town.

"La défense a abattu 39 drones, dont 15 au-dessus de la Crimée et 12 au-dessus de la région de Koursk" and "air
defences downed 95 drones, including 21 over the Bryansk region and 12 over Crimea" are one claim about the whole
night, at no one place, and one claim for each part, at its place with its own count: an analyst records each
region's figure, and a reader asking what was shot down over Crimea must find it.

Runs on the drafts of one article, after they are read; pure functions of the folded text and the place mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from events.extraction.drafts import Draft, PlaceMention
from events.extraction.numbers import find_numbers_en, parse_number

_WORDS_FR = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
             r"|trente|quarante|cinquante|soixante|cent|cents)")
_WORDS_EN = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
             r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_NUM_FR = rf"\d{{1,3}}(?:[ .]\d{{3}})+|\d+|{_WORDS_FR}(?:[\s-]+(?:et[\s-]+)?{_WORDS_FR})*"
_NUM_EN = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORDS_EN}(?:[\s-]+(?:and[\s-]+)?{_WORDS_EN})*"
# A part of the count, right before the place it was over: "15 au-dessus de la péninsule de Crimée", "31 au-dessus de
# celle de Koursk", "21 over the Bryansk region".
PART_FR = re.compile(rf"(?:^|[\s,;:(])(?P<num>{_NUM_FR})\s+(?:(?:drones|missiles|engins|appareils|autres)\s+)?"
                     r"(?:(?:ont ete |avaient ete )?(?:abattus|detruits|interceptes)\s+|l'(?:ont|avaient) ete\s+)?"
                     r"(?:au-dessus|au dessus|dans le ciel|dans) (?:de la |de l'|du |des |de |d'|la |l'|le )?"
                     r"(?:(?:peninsule|region|oblast|territoire|ville) (?:de |d'|du )|celles? (?:de |d'|du ))?$")
PART_EN = re.compile(rf"(?:^|[\s,;:(])(?P<num>{_NUM_EN})\s+(?:of them\s+)?"
                     r"(?:(?:drones|missiles|were shot down|were destroyed)\s+)?(?:over|above) (?:the )?$")
# A part of a toll, right before its town: "trois civils tués : deux à Kostiantynivka et un à Droujkivka".
TOLL_PART_FR = re.compile(rf"(?:^|[\s,;:(])(?P<num>{_NUM_FR})\s+(?:(?:morts?|tuee?s?|blessee?s?|personnes?|civils?)\s+)?"
                          r"(?:a|dans|pres de) (?:la ville de |la localite de |le village de )?$")
TOLL_PART_EN = re.compile(rf"(?:^|[\s,;:(])(?P<num>{_NUM_EN})\s+(?:(?:dead|killed|wounded|injured|people|civilians)\s+)?"
                          r"(?:in|near) (?:the (?:city|town|village) of )?$")
UNITS = ("drones", "missiles", "rockets", "killed", "wounded")
TYPES = {"interception", "casualties"}


def _value(num: str, language: str) -> int | float | None:
    if language == "fr":
        return parse_number(num)
    found = find_numbers_en(num)
    return found[0].value if found else None


def _place_end(flat: str, end: int, limit: int) -> int:
    word = re.match(r"\s+(?:region|oblast)\b", flat[end:limit])  # ("21 over the Bryansk region")
    return end + word.end() if word else end


def _unit(draft: Draft) -> str:
    return next((u for u in UNITS if u in draft.quantities), "drones")


def split_tallies(drafts: list[Draft], places: Sequence[PlaceMention], flat: str,
                  sentences: Sequence[tuple[int, int, int]], language: str) -> list[Draft]:
    """The drafts, then one draft for each part of every tally broken down by place; the whole keeps no place that
    only a part was counted over."""
    out: list[Draft] = list(drafts)  # (parts go after every draft: the drafts' links are indices into the list)
    for d in drafts:
        if d.event_type not in TYPES or d.dropped or not 0 <= d.sentence < len(sentences):
            continue
        if d.event_type == "interception":
            part_rx = PART_FR if language == "fr" else PART_EN
        else:
            part_rx = TOLL_PART_FR if language == "fr" else TOLL_PART_EN
        a, b, _pi = sentences[d.sentence]
        after = _detail_sentence(drafts, d, places, part_rx, flat, sentences)
        if after is not None:
            b = sentences[after][1]  # "95 drones ... Dans le détail, 29 au-dessus de la région de Briansk, 21 ..."
        parts: list[Draft] = []
        for pm in places:
            if not a <= pm.start < b or pm.role not in {"region", "settlement"}:
                continue
            mt = part_rx.search(flat, max(a, pm.start - 70), pm.start)
            value = _value(mt.group("num").strip(), language) if mt else None
            if not value or value >= d.quantities.get(_unit(d), float("inf")):
                continue  # (a part is less than the whole it is a part of)
            region = pm.place if pm.role == "region" else None
            parts.append(dataclasses.replace(
                d, localities=[pm.place], region=region or d.region, region_is_object=pm.role == "region",
                quantities={_unit(d): value}, start=mt.start("num"), end=_place_end(flat, pm.end, b), event_ref=-1,
                links=[]))
        if not parts or (d.event_type == "casualties" and len(parts) < 2):
            continue  # (a toll is broken down when two parts at least say so: "deux à X et un à Y")
        counted = {p.localities[0].key for p in parts}
        for o in drafts:  # (a part the next sentence told as its own interception is now one of the parts)
            if after is not None and o.sentence == after and o.event_type in TYPES and o.localities and \
                    {p.key for p in o.localities} <= counted:
                o.dropped = True
        # (the whole, and the attack a count shot down implies, told in the same sentence by the same speaker)
        for whole in [d] + [o for o in drafts if o.event_type == "strike" and o.sentence == d.sentence
                            and o.claimant == d.claimant]:
            whole.localities = [p for p in whole.localities if p.key not in counted]
            if whole.region is not None and whole.region.key in counted:
                whole.region = None
        if d.event_type == "casualties" and not d.localities and d.region is not None:
            d.region_is_object = True  # ("trois civils tués dans la région de Donetsk : deux à X, un à Y": the region's)
        out.extend(parts)
    return out


def _detail_sentence(drafts: list[Draft], d: Draft, places: Sequence[PlaceMention], part_rx: re.Pattern, flat: str,
                     sentences: Sequence[tuple[int, int, int]]) -> int | None:
    """The sentence right after `d`'s that breaks its tally down ("Dans le détail, 29 ont été abattus au-dessus de la
    région de Briansk, 21 au-dessus de celle de Koursk"): two parts or more, and no draft of another kind, or of
    another speaker, of its own. None where there is no such sentence."""
    nxt = d.sentence + 1
    if nxt >= len(sentences) or sentences[nxt][2] != sentences[d.sentence][2]:
        return None  # (the same paragraph only)
    a, b, _pi = sentences[nxt]
    if any(o.sentence == nxt and not o.dropped and (o.event_type not in TYPES or o.claimant != d.claimant)
           for o in drafts if o is not d):
        return None
    found = sum(1 for pm in places if a <= pm.start < b and pm.role in {"region", "settlement"}
                and part_rx.search(flat, max(a, pm.start - 70), pm.start))
    return nxt if found >= 2 else None
