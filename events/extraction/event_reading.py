"""What happened, in a French article: event triggers, the side that acted, stance, quantities and dates of a clause."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon as lx
from events.extraction.dates import find_dates
from events.extraction.drafts import (
    BELLIGERENTS,
    Draft,
    Segment,
    analysts_reading,
    denial_of,
    implied_strikes,
    stance_of,
)
from events.extraction.event_context_fr import (
    ACHIEVED_BEFORE,
    AIR_ATTACK,
    ANCHORED_ON,
    AXIS_BEFORE,
    DENIED_BY_NEGATION,
    DENIED_EVENT_NOUNS,
    HABITUAL,
    LISTED_PLACES,
    MILITARY_DEAD,
    NAMED_PLACES,
    NEAR_BEFORE,
    NO_SUCH,
    ORIGIN_BEFORE,
    SPOKEN_AT,
    STRIKE_HIT_AFTER,
    STRUCK_KIND,
    TEMPORAL_ANCHOR,
    vetoed_by_context,
)
from events.extraction.event_figures import FigureReading
from events.extraction.grammar_fr import (
    AGENT_TYPES,
    ALLEGATION,
    ANAPHORIC_EVENT_NOUNS,
    CIVILIANS,
    CONTROL_DENIED,
    FALSEHOOD,
    LAUNCHED,
    LOCATOR_BEFORE,
    OUT_OF,
    PLURAL_NOUN,
    SECOND_EVENT_NEEDS,
    SUBSET_COUNT,
    USED_TO_STRIKE,
)
from events.extraction.numbers import find_numbers
from events.extraction.types import ActorRef


class EventReading(FigureReading):
    """The event side of `claims.ArticleReader`: the drafts a clause yields."""

    def _negated(self, a: int, pos: int) -> bool:
        window = self.f[max(a, pos - 45):pos]
        return bool(lx.NEGATION.search(window))

    def _denied_by_negation(self, seg_start: int, s: int, tp: lx.TriggerPattern) -> bool:
        """"Koupiansk n'est pas encerclée", "Toretsk n'a pas été prise": a speaker's denial, kept as a trigger."""
        return tp.event_type in {"encirclement", "capture"} and bool(
            DENIED_BY_NEGATION.search(self.f, max(seg_start, s - 45), s))

    def _triggers(self, seg: Segment) -> list[tuple[int, int, lx.TriggerPattern]]:
        found = []
        for tp in lx.TRIGGERS:
            for mt in tp.pattern.finditer(self.f, seg.start, seg.end):
                s, e = mt.start(), mt.end()
                if not self._denied_by_negation(seg.start, s, tp) and (
                        self._negated(seg.start, s) or lx.NEGATION.match(self.f, e)):
                    continue
                if vetoed_by_context(self.f, seg.start, s, tp):
                    continue
                word = self.m[s:e].split()[0].lower()  # accents kept: "libéré" is no infinitive, "libérer" is
                if tp.verbal and word.endswith(("er", "ir", "re")) and not word.startswith(("entr", "d'")) and \
                        tp.event_type != "encirclement":
                    # A bare infinitive names a goal unless a speaker reports it ("affirmant continuer à repousser").
                    before = self.f[max(seg.start, s - 40):s]
                    if not any(r[0] >= s - 40 for r in self._reporting(max(seg.start, s - 40), s)) \
                            and not re.search(r"\bavoir\s+$", before) \
                            and not ACHIEVED_BEFORE.search(before) \
                            and not USED_TO_STRIKE.search(self.f, max(seg.start, s - 80), e):
                        continue
                found.append((s, e, tp))
        found.sort(key=lambda t: (not t[2].verbal, -t[2].weight, t[0]))
        return found

    def _gapped(self, seg: Segment, claimant: ActorRef, drafts: list[Draft], si: int, pi: int) -> list[Draft]:
        """'70% de Pokrovsk, et 80% de Voltchansk': a clause without a verb repeats the previous event elsewhere."""
        prev = drafts[-1] if drafts and drafts[-1].sentence == si and drafts[-1].claimant == claimant else None
        settlements = [pm for pm in self._places_in(seg.start, seg.end) if pm.role == "settlement"]
        if prev is None or not settlements or not prev.localities or self._triggers(seg):
            return []
        _start, end = self._quote_bounds(seg, seg.start, seg.end)
        start = prev.start  # the verb lives in the previous clause: the quote carries both
        quantities = self._quantities(seg.start, seg.end, prev.event_type)
        if set(quantities) - set(prev.quantities):
            return []  # other kinds of numbers: not the same kind of event
        localities, region = self._where(prev.event_type, settlements, [], seg)
        clone = replace(prev, localities=localities, region=region, quantities=quantities, start=start, end=end,
                        links=[], event_ref=-1, country_code=localities[0].country_code or prev.country_code)
        return [clone]

    def _drafts(self, seg, claimant, span, stance, verb, a, b, si, pi) -> list[Draft]:
        """The events a segment reports: the strongest trigger, then any other event type with its own trigger.

        "ses forces ont pris Soledar et tué 500 soldats" is a capture and a casualty tally, each a claim.
        """
        out: list[Draft] = []
        used: list[tuple[int, int]] = []
        triggers = self._triggers(seg)
        for s, e, tp in triggers:
            if any(d.event_type == tp.event_type for d in out) or any(us <= s < ue for us, ue in used):
                continue
            # "des frappes de drones avaient touché X et Y, tuant un homme": the strike behind the toll, though the
            # toll's participle is the clause's verb
            strike_behind_toll = (tp.event_type == "strike" and [d.event_type for d in out] == [
                "casualties"] and STRIKE_HIT_AFTER.match(self.f, e))
            if out and not (tp.verbal and tp.needs in SECOND_EVENT_NEEDS) and not strike_behind_toll:
                continue  # a second event needs a verb of its own and something it names (a place, a count)
            if out and PLURAL_NOUN.match(self.f, s) and not strike_behind_toll:
                continue  # "en raison des bombardements": a cause named in passing, not a second report
            draft = self._draft(seg, claimant, span, stance, verb, a, b, si, pi, only=(s, e, tp))
            if draft is not None:
                out.append(draft)
                used.append((s, e))
        return out

    def _implied_strikes(self, drafts: list[Draft], si: int, a: int, b: int) -> list[Draft]:
        launched = None
        of = OUT_OF.search(self.f, a, b)
        if of:
            count, noun = (1, 2) if of.group(1) is not None else (3, 4)
            value = next((n.value for n in find_numbers(self.m[of.start(count):of.end(noun)])), None)
            launched = ("drones" if of.group(noun).startswith("drone") else "missiles", value) if value else None
        return implied_strikes(drafts, si, launched)

    def _draft(self, seg, claimant, span, stance, verb, a, b, si, pi, only=None) -> Draft | None:
        f = self.f
        # "un couple originaire de la région de Belgorod": where the victims come from, not where it happened
        places = [pm for pm in self._places_in(seg.start, seg.end)
                  if not ORIGIN_BEFORE.search(f, max(seg.start, pm.start - 120), pm.start)
                  and not SPOKEN_AT.search(f, max(a, pm.start - 70), pm.start) and not self._seat_of_speaker(a, pm)]
        # "dans la direction de Zaporijjia, près de Robotyne": the axis is named for a town the clause then leaves;
        # the villages near which it happened are the places, and no locator of the axis.
        axes = [pm for pm in places if pm.role == "settlement" and AXIS_BEFORE.search(f, max(seg.start, pm.start - 25),
                                                                                     pm.start)]
        located = [pm for pm in places if pm.role == "settlement" and any(
            o.role == "settlement" and o.end <= pm.start and o not in axes for o in places)
            and LOCATOR_BEFORE.search(f, max(seg.start, pm.start - 60), pm.start)]
        places = [pm for pm in places if pm not in located]
        if axes and any(pm.role == "settlement" and pm not in axes and NEAR_BEFORE.search(
                f, max(seg.start, pm.start - 30), pm.start) for pm in places):
            places = [pm for pm in places if pm not in axes]
        subset = SUBSET_COUNT.search(f, seg.start, seg.end)
        if subset and re.match(r"[^.;]{0,40}\b(?:repousse|dejoue|contenu|stoppe)", f[subset.end():seg.end]):
            subset = None  # ("47 attaques, dont 26 ont été repoussées près de X": the attacks repelled are at X)
        if subset:
            # "47 drones abattus au-dessus de plusieurs régions, dont 20 au-dessus de Koursk": the part's place is
            # not the whole's.
            places = [pm for pm in places if pm.start < subset.start()]
        if span:
            # "le chef de l'occupation russe à Kherson, Vladimir Saldo, a admis la perte de Y": the speaker's title
            # names where he governs, not where the event is, unless the clause names no other place.
            outside = [pm for pm in places if not span[0] <= pm.start < span[1]]
            if outside:
                places = outside
        if not places and re.search(r"(?:,\s+ou|\bdont)\s*$", f[max(a, seg.start - 8):seg.start]):
            # ("le village de Zaporizké, dont la prise a été revendiquée": the place the relative clause is about)
            # "une attaque sur la région d'Odessa, où deux personnes ont été blessées": where the clause points.
            places = [pm for pm in self._places_in(a, seg.start)]
        for s, e, tp in ([only] if only else self._triggers(seg)):
            if span and span[0] <= s < span[1]:
                continue
            before = f[max(seg.start, s - 40):s]
            # "affirment avoir repoussé une offensive ... et détruit huit chars": the second participle shares "avoir"
            via_avoir = bool(verb and (re.search(r"\b(?:avoir|s'etre|etre)\s+(?:\"\s*)?$", before) or re.search(
                r"\bavoir\s+\w+[^.;,]{0,80}\bet\s+$", f[max(seg.start, s - 100):s]))) or bool(
                verb and verb[3] == "participle" and s - verb[1] < 30 and not re.match(r"\s*qu", f[verb[1]:s]))
            quantities = self._quantities(seg.start, seg.end, tp.event_type)
            # "leur avancée la plus rapide depuis la chute d'Avdiïvka": a town named to date the event, not its place
            # (unless that fall is the event read). A town that orients the reader, "au nord-ouest d'Avdiïvka, près
            # d'Otcheretyne", stays: the shared gold keeps it.
            anchored = [(pm, mt) for pm in places for mt in [TEMPORAL_ANCHOR.search(f, max(seg.start, pm.start - 40),
                                                                                    pm.start)] if mt]
            # (the fall itself is the article's own reference, never what a speaker reports)
            kept = [pm for pm in places if not any(pm is am and not (am_mt.start() <= s < pm.start and claimant.side
                                                                     == "media") for am, am_mt in anchored)]
            settlements = [pm for pm in kept if pm.role == "settlement"]
            if tp.event_type == "casualties" and f.startswith(("tuant", "blessant"), s):
                # "ont frappé le district de Nikopol, tuant un homme de 63 ans à Marhanets": the toll's own place
                clause_end = min([i for i in (f.find(",", e), f.find(".", e)) if i >= 0] or [seg.end])
                own = [pm for pm in settlements if e <= pm.start < clause_end]
                settlements = own or settlements
            regions = [pm for pm in kept if pm.role == "region"]
            region_object = any(self._is_object(e, pm.start) for pm in regions)
            if not self._satisfies(tp, settlements, regions, region_object, quantities, claimant, seg, s, e, span):
                continue
            actor_side = self._actor_side(tp, seg, s, e, claimant, span, via_avoir, places)
            if verb and "revendiqu" in f[verb[0]:verb[1]] and claimant.side in BELLIGERENTS and \
                    tp.event_type in AGENT_TYPES and 0 <= s - verb[1] < 25:
                actor_side = claimant.side  # "Moscou a revendiqué la prise de X": it claims the credit for itself
            if tp.needs == "actor" and actor_side is None:
                continue
            if tp.event_type == "offensive" and not tp.verbal and ANCHORED_ON.search(f, max(a, s - 60), s):
                continue  # "cinq jours après le déclenchement, le 10 mai, d'une offensive": a date's anchor, not news
            if tp.event_type == "offensive" and not tp.verbal and claimant.side == "media" and \
                    not LAUNCHED.search(f, max(seg.start, s - 45), s) and \
                    not find_dates(self.m[max(seg.start, s - 45):s], self.published):
                # "l'offensive russe", "à l'offensive": the article's background, not a launch the article reports
                # (one launched or dated: "lancé une offensive", "depuis le 6 août d'une offensive").
                continue
            if claimant.side == "media" and not quantities and HABITUAL.search(f, seg.start, seg.end):
                # "La capitale est régulièrement la cible de bombardements russes depuis le début de la guerre": the
                # article's background, what keeps happening, not an event it reports.
                continue
            localities, region = self._where(tp.event_type, settlements, regions, seg)
            country = (localities[0].country_code if localities else None) or (
                region.country_code if region else None) or self._country_in(seg.start, seg.end)
            occurred = self._segment_dates(seg.start, seg.end, s)
            claimed = self._claimed_date(a, b)
            event_type = analysts_reading(tp.event_type, claimant.side, f[s:e], quantities)
            if event_type == "capture" and "share_pct" in quantities and localities:
                event_type = "territorial_control"  # "80% de Voltchansk conquis": how much of a town is held
            if event_type == "attack_repelled" and AIR_ATTACK.search(f, max(seg.start, s - 70), min(seg.end, e + 50)):
                event_type = "interception"  # "toutes les attaques de drones ont été repoussées": shot down
            final_stance = self._stance(stance, claimant, event_type, actor_side, f[s:e])
            if event_type == "casualties" and final_stance == lx.ASSERTS and actor_side is not None and \
                    actor_side == lx.OPPONENT.get(claimant.side) and \
                    MILITARY_DEAD.search(f, max(seg.start, span[1] if span else 0), seg.end) \
                    and not CIVILIANS.search(f, seg.start, seg.end):
                final_stance = lx.ACKNOWLEDGES  # "le ministère russe a annoncé la mort d'un militaire": its own loss
            if self._denied_by_negation(seg.start, s, tp):
                if claimant.side == "media":
                    return None  # the article's own "n'est pas encerclée" reports nothing
                final_stance = lx.DENIES
                if actor_side == claimant.side and claimant.side in BELLIGERENTS:
                    actor_side = lx.OPPONENT[claimant.side]  # "Toretsk n'a pas été prise": not by the enemy
            if claimant.side != "media" and NO_SUCH.search(f, max(seg.start, s - 30), s):
                final_stance = lx.DENIES  # "« Il n'y a pas d'encerclement de Pokrovsk », a martelé X": a denial
            if claimant.side in BELLIGERENTS and FALSEHOOD.search(f, a, b) and final_stance != lx.DENIES:
                # "Les déclarations suggérant que X a été conquis sont fausses": the speaker denies the event.
                final_stance = lx.DENIES
            start, end = self._quote_bounds(seg, a, b)
            return Draft(claimant, final_stance, event_type, actor_side, localities, region, region_object, country,
                         occurred or claimed, claimed, quantities, start, end, si, pi, via_avoir)
        return None

    def _seat_of_speaker(self, a: int, pm) -> bool:
        """'A Moscou, le ministère russe de la Défense a affirmé ...': a capital opening the sentence before a national
        body is where that body sits, not where the event happened."""
        if pm.place.name not in {"Kyiv", "Moscow"} or not re.fullmatch(r"[\s\"]*a\s+", self.f[a:pm.start]):
            return False
        after = re.match(r"\s*,\s*", self.f[pm.end:pm.end + 4])
        return after is not None and any(
            mn.start == pm.end + after.end() or (0 <= mn.start - pm.end - after.end() <= 4)
            for mn in self.mentions if mn.actor.kind in {"ministry", "government", "army"})

    def _is_object(self, trigger_end: int, place_start: int) -> bool:
        between = self.f[trigger_end:place_start]
        return 0 <= len(between) <= 60 and not re.search(r"\b(?:dans|en|au|aux|a|sur|vers|pres)\b", between)

    def _satisfies(self, tp, settlements, regions, region_object, quantities, claimant, seg, s, e, span) -> bool:
        needs = tp.needs
        if needs == "place":
            return bool(settlements or regions)
        if needs == "place_or_quantity":
            return bool(settlements or region_object or {"localities", "area_km2"} & quantities.keys())
        if needs == "belligerent_place":
            return claimant.side in BELLIGERENTS and bool(settlements)
        if needs == "belligerent":
            return claimant.side in BELLIGERENTS  # (what a side says of losses; the article's own words are background)
        if needs == "number" and tp.event_type == "displacement":
            # People who fled or remain are civilians; "des soldats bloqués" is no displacement.
            return bool(quantities) and bool(CIVILIANS.search(self.f, seg.start, seg.end))
        if needs == "number" and tp.event_type == "prisoners" and re.match(r"(?:avoir )?fai", self.f[s:e]):
            # "un petit nombre de soldats ont été faits prisonniers lors du retrait d'Avdiïvka": a place will do.
            return bool(quantities or settlements or regions)
        if needs == "number" and tp.event_type == "casualties":
            # ("l'ennemi a mené trois assauts ..., a subi des pertes": three attacks are no toll)
            return bool(quantities.keys() - {"attacks", "drones", "missiles", "shells", "localities", "area_km2",
                                             "share_pct", "distance_km", "depth_km", "width_km"})
        if needs == "number":
            return bool(quantities)
        if needs == "quantity":
            part = tp.event_type == "territorial_control" and lx.PART_OF_TOWN.match(self.f, e)
            town_after = part and any(0 <= pm.start - part.end() <= 2 for pm in settlements)
            return bool({"localities", "area_km2", "share_pct"} & quantities.keys()) or bool(town_after)
        if needs == "number_or_place":
            # "des missiles sur le territoire russe": a country named as the target is enough for a strike.
            fired = re.match(r"(?:tire|lance|frappe|bombarde|pilonne)\b", self.f[s:e])  # a verb, not "les bombardements"
            aimed = re.match(r"\s+(?:sur|contre) (?:l'ukraine|la russie|le territoire (?:russe|ukrainien))",
                             self.f[e:e + 40]) or (  # "une vague de frappes sur l'Ukraine"
                # "une « frappe massive » ... contre des « entreprises du complexe militaro-industriel » ukrainien"
                claimant.side in BELLIGERENTS and (re.search(r"\bcontre\b[^.;]{0,140}\b(?:ukrainien|russe)s?\b",
                                                              self.f[e:min(seg.end, e + 200)])
                                                    or STRUCK_KIND.search(self.f, e, min(seg.end, e + 160))))
            return bool({"drones", "missiles", "shells"} & quantities.keys() or settlements or regions
                        or (fired and self._country_in(seg.start, seg.end)) or aimed)
        return True

    def _stance(self, stance: str, claimant: ActorRef, event_type: str, actor_side: str | None,
                trigger: str = "") -> str:
        return stance_of(stance, claimant.side, event_type, actor_side, trigger)

    def _enrich_anaphora(self, a: int, b: int, drafts: list[Draft]) -> bool:
        """'Ces frappes, qui ont visé la région de Moscou, ...' adds places to the strike just reported; 'Il s'agit des
        villages de X et Y' names the places of a count just told."""
        if NAMED_PLACES.match(self.f, a) or LISTED_PLACES.search(self.f, a, b):
            towns = [pm.place for pm in self._places_in(a, b) if pm.role == "settlement" and not re.search(
                r"\b(?:district|raion|rayon|secteur|arrondissement) (?:de |d')$", self.f[max(a, pm.start - 20):pm.start])]
            target = next((d for d in reversed(drafts) if not d.dropped and "localities" in d.quantities
                           and not d.localities), None)
            if target is not None and towns:
                target.localities = list({p.key: p for p in towns}.values())
                target.country_code = target.country_code or towns[0].country_code
                return True
        head = self.f[a:a + 40]
        for rx, event_type in ANAPHORIC_EVENT_NOUNS:
            if rx.match(head):
                target = next((d for d in reversed(drafts) if d.event_type == event_type and not d.dropped), None)
                if target is None:
                    return False
                places = self._places_in(a, b)
                new = [pm.place for pm in places if pm.role in {"settlement", "region"}]
                if new:
                    target.localities = list({p.key: p for p in target.localities + new}.values())
                    if target.country_code is None:
                        target.country_code = new[0].country_code
                return True
        return False

    def _deny_previous(self, seg: Segment, claimant: ActorRef, drafts: list[Draft], si: int, pi: int) -> bool:
        """A denial of "ces allégations" (or of what was just said) is a claim on the same event."""
        control = CONTROL_DENIED.search(self.f, seg.start, seg.end)
        if control is not None and any(not control.start() <= held.start() < control.end()
                                       for held in lx.HELD.finditer(self.f, seg.start, seg.end)):
            control = None  # "n'est pas tombée ..., nos unités tiennent la partie nord-ouest": the holding tells it
        if not ALLEGATION.search(self.f, seg.start, seg.end) and not control and self._triggers(seg):
            return False
        # (what another side said: a speaker does not deny its own side's words)
        # "dément que le tir vienne de ses forces": the event its noun names, else the last one reported.
        named = {t for rx, t in DENIED_EVENT_NOUNS if rx.search(self.f, seg.start, seg.end)} | (
            {"capture"} if control else set())
        reach = 4 if control or not named else 2  # ("X a revendiqué ... Kiev a aussitôt démenti. « La ville ... »")
        recent = [d for d in reversed(drafts) if d.claimant != claimant and d.sentence >= si - reach and not d.dropped
                  and (d.claimant.side != claimant.side or claimant.side not in BELLIGERENTS)]
        if not named:
            # "Moscou a revendiqué la prise de X. Selon Moscou, les pertes ennemies ... Kiev a aussitôt démenti": a
            # bare denial answers the claim on the ground (a taking before a strike), not the tally told beside it.
            ground = {"capture", "territorial_control", "withdrawal", "encirclement"}
            named = ground if any(d.event_type in ground for d in recent) else {"strike", "attack_repelled"}
            recent = [d for d in recent if d.sentence >= si - 2 or d.event_type in named]
        # "« Datchné n'a pas été pris »": the claim on the place the denial names, of those just told.
        here = {pm.place.key for pm in self._places_in(seg.start, seg.end) if pm.role == "settlement"}
        target = next((d for d in recent if d.event_type in named and here & {p.key for p in d.localities}), None) \
            or next((d for d in recent if d.event_type in named), None) or next(iter(recent), None)
        if target is None:
            return False
        start, end = self._quote_bounds(seg, seg.start, seg.end)
        drafts.append(denial_of(target, claimant, start=start, end=end, sentence=si, paragraph=pi,
                                claimed=self._claimed_date(seg.start, seg.end)))
        target.links.append(len(drafts) - 1)
        return True
