"""Claim drafts and the article-level linking that turns them into claims, shared by the French and English readers.

A reader returns drafts; `link` merges what an article says several times about one event and groups drafts into
events; `to_claims` keeps one claim per (claimant, event).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from events.extraction import lexicon as lx
from events.extraction.types import ActorRef, DateValue, ExtractedClaim, PlaceRef

# Kinds of events and sides both readers reason with.
BELLIGERENTS = {"RU", "UA", "KP"}
# Events on the ground: reported without a place, they happened in the article's setting or the engagement named.
GROUND_TYPES = {"capture", "withdrawal", "offensive", "attack_repelled", "prisoners", "casualties", "displacement",
                "deployment", "territorial_control", "encirclement"}
# Who the side words near a trigger name: the one who acts, or the one it is done to.
PATIENT_TYPES = {"attack_repelled", "interception", "encirclement", "casualties", "prisoners"}
# Counts of people or ground: a date "since" which they run does not date them.
TALLY_TYPES = {"casualties", "displacement", "prisoners", "territorial_control"}


# Crimea and Sevastopol, annexed in 2014: their governors and officials are Russia's.
ANNEXED_2014 = {"UA-40", "UA-43"}


def governed_by(place: PlaceRef) -> str | None:
    """The side whose officials govern a place: its country, but Russia in Crimea and Sevastopol."""
    codes = {place.iso_code, (place.parent_key or "").removeprefix("iso:"), place.key.removeprefix("iso:")}
    return "RU" if codes & ANNEXED_2014 else place.country_code


@dataclass
class Mention:
    start: int
    end: int
    actor: ActorRef
    gender: str
    person: bool


@dataclass
class PlaceMention:
    start: int
    end: int
    place: PlaceRef
    role: str  # settlement | region | country


@dataclass
class Segment:
    start: int
    end: int
    kind: str  # main | contrast | background | continuation | goal | concession


@dataclass
class Draft:
    """A claim being built, with what the article-level passes need to link it to others."""

    claimant: ActorRef
    stance: str
    event_type: str
    actor_side: str | None
    localities: list[PlaceRef]
    region: PlaceRef | None
    region_is_object: bool
    country_code: str | None
    occurred: DateValue
    claimed: DateValue
    quantities: dict[str, float | int]
    start: int
    end: int
    sentence: int
    paragraph: int
    via_avoir: bool = False
    event_ref: int = -1
    dropped: bool = False
    links: list[int] = field(default_factory=list)
    implied: bool = False  # an attack implied by what was shot down of it, not told in words


# Words of an advance: the other side's gains, not its attacks ("ont progressé", "une percée", "advanced").
ADVANCE = re.compile(r"(?:progress|avanc|perce|advanc|breakthrough|gained ground|made gains|pushed forward|penetr"
                     r"|pris pied|implant)")


def analysts_reading(event_type: str, claimant_side: str, trigger: str, quantities: dict) -> str:
    """Ground an analyst says was gained ("ont progressé dans X", "advanced near X") is a capture in its reading, as
    the shared gold records it; an advance counted in kilometres stays an offensive."""
    if event_type == "offensive" and claimant_side == "INT" and ADVANCE.match(trigger) and not (
            {"depth_km", "distance_km", "area_km2"} & quantities.keys()):
        return "capture"
    return event_type


def stance_of(verb_stance: str, claimant_side: str, event_type: str, actor_side: str | None, trigger: str = "") -> str:
    """A belligerent acknowledges a setback of its own side: its withdrawal, the other side's capture, hold, prisoners
    taken, or advance (an advance it says so, with "a reconnu" or in words of gains); it asserts the rest."""
    if verb_stance == lx.DENIES:
        return lx.DENIES
    if claimant_side not in BELLIGERENTS:
        return lx.ASSERTS
    opponent = lx.OPPONENT.get(claimant_side)
    setback = (event_type == "withdrawal" and actor_side == claimant_side) or (
        event_type in {"capture", "territorial_control", "prisoners"} and actor_side == opponent) or (
        event_type == "offensive" and actor_side == opponent
        and (verb_stance == lx.ACKNOWLEDGES or bool(ADVANCE.match(trigger)))) or (
        event_type == "casualties" and actor_side == opponent and verb_stance == lx.ACKNOWLEDGES)  # its own dead
    return lx.ACKNOWLEDGES if setback else lx.ASSERTS


def opposing_parties(mentions, start: int, end: int) -> tuple[ActorRef, ActorRef] | None:
    """The two belligerents named first in [start, end) ("La Russie et l'Ukraine se sont accusées ..."), each side
    once, or None when the span does not name two."""
    parties: list[ActorRef] = []
    for mn in mentions:
        if start <= mn.start < end and mn.actor.side in lx.OPPONENT and mn.actor.side not in {p.side for p in parties}:
            parties.append(mn.actor)
    return (parties[0], parties[1]) if len(parties) == 2 else None


def implied_strikes(drafts: list[Draft], si: int, launched: tuple[str, float | int] | None = None) -> list[Draft]:
    """Drones shot down were launched by the other side: the speaker reports that attack too.

    Only when sentence `si` states no strike of its own; `launched` is the count of what was fired when the
    sentence gives it ("abattu 18 des 23 drones" launched 23 drones).
    """
    here = [d for d in drafts if d.sentence == si]
    if any(d.event_type == "strike" for d in here):
        return []
    out = []
    for d in here:
        if d.event_type != "interception" or set(d.quantities) == {"aircraft"}:
            continue  # (an aircraft shot down was flying, not fired at anyone: no strike implied)
        attacker = lx.OPPONENT.get(d.actor_side or "")
        if any(o.event_type == "strike" and o.claimant == d.claimant and o.actor_side == attacker and o.sentence < si
               for o in drafts):
            continue  # the speaker already told the attack ("a lancé 23 drones", then "18 ont été abattus")
        if d.claimant.side == "media" and any(o.event_type == "strike" and si - 1 <= o.sentence < si for o in drafts):
            continue  # ("..., selon l'armée de l'air. Les défenses en ont abattu 281": the same report's attack)
        quantities = dict(d.quantities)
        if launched is not None:
            quantities[launched[0]] = launched[1]
        out.append(replace(d, event_type="strike", actor_side=lx.OPPONENT.get(d.actor_side or ""),
                           stance=lx.ASSERTS, links=[], quantities=quantities, event_ref=-1, implied=True))
    return out


def told_later(drafts: list[Draft]) -> list[Draft]:
    """Drops the attacks implied by a count shot down that the same speaker then tells in words, in the next
    sentences of the paragraph ("It shot down 15 drones. Russia launched 23 drones, the air force said")."""
    for d in drafts:
        if d.implied and any(o.event_type == "strike" and not o.implied and not o.dropped and o.claimant == d.claimant
                             and o.actor_side == d.actor_side and o.paragraph == d.paragraph
                             and 0 < o.sentence - d.sentence <= 2 for o in drafts):
            d.dropped = True
    return drafts


# --- article-level linking -----------------------------------------------------------------------------------------

def _same_event(x: Draft, y: Draft) -> bool:
    if x.event_type != y.event_type or x.actor_side != y.actor_side:
        return False
    if {p.key for p in x.localities} != {p.key for p in y.localities}:
        return False
    if not x.localities and (x.region.key if x.region else None) != (y.region.key if y.region else None):
        return False
    if any(x.quantities[k] != y.quantities[k] for k in x.quantities.keys() & y.quantities.keys()):
        return False
    if x.occurred.known and y.occurred.known and x.occurred.precision == y.occurred.precision == "day":
        return x.occurred.value == y.occurred.value
    return True


def holding_denial(drafts: list[Draft], *, claimant: ActorRef, places: list[PlaceRef], start: int, end: int,
                   sentence: int, paragraph: int, claimed: DateValue) -> Draft | None:
    """"Our troops are still fighting in X" after the other side claimed X: a denial of that capture.

    Only a belligerent denies so, and only a capture by its opponent reported earlier in the article, at a place
    the statement names (or the last such capture when it names none).
    """
    opponent = lx.OPPONENT.get(claimant.side)
    if opponent is None:
        return None
    keys = {p.key for p in places}
    if not keys and any(d.sentence == sentence and d.claimant == claimant and not d.dropped for d in drafts):
        return None  # "X denied it had lost Y, saying fighting was ongoing": what it just said, not an earlier claim
    target = next((d for d in reversed(drafts) if d.event_type == "capture" and not d.dropped
                   and d.actor_side == opponent and d.claimant.side != claimant.side
                   and (not keys or keys & {p.key for p in d.localities})), None)
    if target is None:
        return None
    return denial_of(target, claimant, start=start, end=end, sentence=sentence, paragraph=paragraph, claimed=claimed)


def denial_of(target: Draft, claimant: ActorRef, **changes) -> Draft:
    """`claimant`'s denial of the event `target` tells: the same event and places, no counts of its own, unlinked
    (the caller links it to `target` where it appends it)."""
    return replace(target, claimant=claimant, stance=lx.DENIES, links=[], quantities={},
                   localities=list(target.localities), **changes)


def link(drafts: list[Draft]) -> list[Draft]:
    """Merge what an article says several times about one event; drop what only repeats it."""
    # One toll told in two halves: "killing 17 people and injuring 279", "deux morts et cinq blessés à X".
    for i, d in enumerate(drafts):
        if d.event_type != "casualties" or d.dropped:
            continue
        prev = next((p for p in reversed(drafts[:i]) if p.event_type == "casualties" and not p.dropped
                     and p.sentence == d.sentence and p.claimant == d.claimant), None)
        if prev is None or prev.quantities.keys() & d.quantities.keys() or prev.stance != d.stance:
            continue
        if prev.localities and d.localities and {p.key for p in prev.localities} != {p.key for p in d.localities}:
            continue
        prev.quantities = {**prev.quantities, **d.quantities}
        prev.localities = prev.localities or d.localities
        prev.region = prev.region or d.region
        prev.actor_side = prev.actor_side or d.actor_side
        prev.end = max(prev.end, d.end)
        d.dropped = True
    # An attack the speaker says it repelled and the attack it then describes are one engagement.
    for i, d in enumerate(drafts):
        if d.event_type != "offensive" or d.localities:
            continue
        prev = next((p for p in reversed(drafts[:i]) if not p.dropped and p.sentence >= d.sentence - 2), None)
        if prev and prev.event_type == "attack_repelled" and prev.claimant == d.claimant and \
                lx.OPPONENT.get(prev.actor_side or "") == d.actor_side:
            prev.quantities = {**d.quantities, **prev.quantities}
            d.dropped = True
    live = [d for d in drafts if not d.dropped]
    # "ce sont 2500 km² qui ont été repris": the side is the one whose advance the preceding sentences describe.
    for i, d in enumerate(live):
        if d.actor_side is None and d.event_type in {"capture", "offensive", "territorial_control"}:
            prev = next((p for p in reversed(live[:i]) if p.event_type in {"capture", "offensive"} and p.actor_side
                         and p.sentence >= d.sentence - 3), None)
            if prev is not None:
                d.actor_side = prev.actor_side
    # A follow-up without places ("Toutes les attaques ont été repoussées") is about the engagement just named.
    for i, d in enumerate(live):
        if d.localities or d.region_is_object or d.event_type not in GROUND_TYPES:
            continue
        prev = next((p for p in reversed(live[:i]) if p.event_type == d.event_type
                     and (p.actor_side == d.actor_side or d.actor_side is None)
                     and p.localities and p.sentence >= d.sentence - 4), None)
        if prev is not None and (not d.quantities or d.event_type in TALLY_TYPES):
            # "Le ministère a confirmé ce bilan de 63 morts": the tally of the strike just placed.
            d.localities, d.region = list(prev.localities), prev.region
            d.actor_side = d.actor_side or prev.actor_side
    # A lead that the body details: the same type and side in the same region, the places named later.
    for d in live:
        if d.localities or d.region_is_object or d.region is None or d.event_type not in GROUND_TYPES:
            continue
        if {"area_km2"} & d.quantities.keys():
            continue
        wanted = d.quantities.get("localities")
        for other in live:
            if other is d or other.event_type != d.event_type or other.actor_side != d.actor_side:
                continue
            if not other.localities or any(p.parent_key != d.region.key for p in other.localities):
                continue
            if wanted is not None and wanted != len(other.localities):
                continue
            d.localities = list(other.localities)
            break
    # Group into events.
    ref = 0
    for i, d in enumerate(live):
        if d.event_ref >= 0:
            continue
        d.event_ref = ref
        for j in d.links:
            if j < len(drafts):  # (a link to a draft a reader dropped before appending it names no event)
                drafts[j].event_ref = ref
        for other in live[i + 1:]:
            if other.event_ref < 0 and _same_event(d, other):
                other.event_ref = ref
                for j in other.links:
                    if j < len(drafts):
                        drafts[j].event_ref = ref
        ref += 1
    return live


def summary(d: Draft) -> str:
    where = ", ".join(p.name for p in d.localities) or (d.region.name if d.region else "")
    qty = ", ".join(f"{k}={v}" for k, v in sorted(d.quantities.items()))
    parts = [d.event_type.replace("_", " "), f"by {d.actor_side}" if d.actor_side else "", f"in {where}" if where else "",
             f"({qty})" if qty else ""]
    return " ".join(p for p in parts if p)[:500]


def to_claims(text: str, drafts: list[Draft]) -> list[ExtractedClaim]:
    """One claim per (claimant, event): the first quote that carries it, with the counts the speaker adds later ("a
    appelé les habitants de Pokrovsk à évacuer, précisant que 26 000 personnes s'y trouvaient encore")."""
    seen: dict[tuple[str, str, int], ExtractedClaim] = {}
    claims = []
    for d in drafts:
        key = (d.claimant.name, d.claimant.side, d.event_ref)
        if key in seen:
            for name, value in d.quantities.items():
                seen[key].quantities.setdefault(name, value)
            continue
        seen[key] = ExtractedClaim(
            claimant=d.claimant, stance=d.stance, event_type=d.event_type, actor_side=d.actor_side,
            localities=d.localities, region=d.region, country_code=d.country_code, occurred=d.occurred,
            claimed=d.claimed, quantities=dict(d.quantities), quote=text[d.start:d.end], start=d.start, end=d.end,
            summary=summary(d), event_ref=d.event_ref,
        )
        claims.append(seen[key])
    return claims
