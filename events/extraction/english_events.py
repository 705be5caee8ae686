"""The event of one English clause: its trigger, places, acting side, stance, quantities and dates."""

from __future__ import annotations

import re

from events.extraction import lexicon_en as en
from events.extraction.count_kinds import children_of_toll, missile_kind_en
from events.extraction.dates import clause_date, statement_date
from events.extraction.dates_en import find_dated_weekdays_en, find_dates_en, find_relative_days_en
from events.extraction.drafts import BELLIGERENTS, PATIENT_TYPES, Draft, analysts_reading, denial_of, governed_by, stance_of
from events.extraction.english_places import PlaceMention
from events.extraction.lexicon import OPPONENT, TriggerPattern
from events.extraction.numbers import find_numbers_en
from events.extraction.places import Gazetteer
from events.extraction.types import ActorRef, DateValue, PlaceRef

# Events on the ground happen in the article's setting when no place is named; strikes and deals need a place.
GROUND_TYPES = {"capture", "withdrawal", "offensive", "attack_repelled", "prisoners", "casualties", "displacement",
                "deployment", "territorial_control", "encirclement", "interception"}
# An unattributed tally right after an attributed one continues the same report ("91 were shot down over ...").
CONTINUED_TYPES = {"interception", "strike"}
# Tallies told of a whole region, which is then their place.
REGION_WIDE_TYPES = {"interception", "strike"}
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|unless|whether)\b|\b[Ii]f\b")
CAPTIVES = re.compile(en.PEOPLE)  # a prisoners trigger that starts at the people taken
LOSS = re.compile(r"^(?:pushed out|driven out|driven from|ousted|expelled|forced out|lost|suffered|sustained|incurred)")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|now|still|already|almost|effectively)\s+)*"
                            r"[\"\s]*$")
INNER_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:shot|intercepted|destroyed|downed|neutrali[sz]ed)\b")
SHOT_DOWN_AFTER = re.compile(r"^[\s\"-]*(?:of (?:them|which)\s+)?(?:were|was|had been|have been)\s+(?:shot down|intercepted"
                             r"|destroyed|downed)")


SINCE = re.compile(r"\bsince\b[^,;]{0,45}$")
SAID_ON = re.compile(r"\b(?:said|says|claimed|reported|announced|stated|confirmed|added|wrote|posted|told \w+)"
                     r"(?:\s+\w+ly)?\s+(?:on\s+)?$")
MILITARY_DEAD = re.compile(r"\b(?:servicem[ae]n|soldiers?|troops|military personnel|service members|fighters"
                           r"|marines|paratroopers)\b")
FRONTED_PLACE = re.compile(r"\s*(?:in|near|outside|around|over) (?:the )?[\w' -]{2,40},")
THREAT_BEFORE = re.compile(r"\b(?:threat|threatened|risk|risked|risking|danger|fear|feared|avoid|avoiding|prevent"
                           r"|escape|escaping|faced|facing|face)(?:\s+(?:of|with))?\s+(?:an?\s+|the\s+|being\s+|possible\s+"
                           r"|getting\s+)*$")
STRUCK_TARGET = re.compile(r"[\s\"]+(?:[\w'-]+\s+){0,4}?(?:airfields?|air bases?|military bases?"
                           r"|energy (?:facilities|infrastructure|sites)|power (?:plants?|stations?|grid)|substations?"
                           r"|refiner(?:y|ies)|oil depots?|ammunition depots?"
                           r"|arms depots?|fuel depots?|command posts?|military (?:facilities|targets|infrastructure)"
                           r"|ports?|railway (?:stations?|infrastructure|junctions?)|bridges?"
                           r"|military-industrial (?:facilities|enterprises|sites)|defen[cs]e (?:industry|enterprises|plants?)"
                           r"|troop concentrations|(?:drone )?launch sites|temporary deployment points)\b")
FROM_ORIGIN = re.compile(r"\b(?:launched|fired|sent|flew in|came)\b[^.;]{0,70}\bfrom\s+(?:the\s+)?(?:occupied\s+)?"
                         r"(?:[\w'-]+(?:,\s*|\s+and\s+|\s+))*$")
# "told a briefing in Moscow that", "speaking at a news conference in Kyiv": where the words were said
SPOKEN_AT = re.compile(r"\b(?:told|said|says|speaking|spoke|briefing|conference|meeting|interview|address)\b"
                       r"(?:\s+(?:a|an|the|reporters|journalists|\w+ers|news|press|televised|daily|weekly|on \w+)){0,4}"
                       r"\s+(?:in|at)\s+(?:the\s+)?$")
# "the biggest advance since the fall of Avdiivka": a town that dates the event, not its place
TEMPORAL_ANCHOR = re.compile(r"\bsince the (?:fall|capture|loss|liberation|recapture) of\s+(?:the (?:town|city) of )?$")


class ClauseReader:
    """Event reading over the attributes an `EnglishReader` sets up (text, places, mentions, gazetteer)."""

    text: str
    m: str
    f: str
    published: DateValue
    gaz: Gazetteer
    places: list[PlaceMention]
    theatre: PlaceRef | None

    def _places_in(self, a: int, b: int) -> list[PlaceMention]:
        return [pm for pm in self.places if a <= pm.start and pm.end <= b]

    def _triggers(self, cs: int, ce: int, skip: tuple[int, int] | None,
                  negated: bool = False) -> list[tuple[int, int, TriggerPattern]]:
        found = []
        for tp in en.TRIGGERS:
            for mt in tp.pattern.finditer(self.f, cs, ce):
                s, e = mt.start(), mt.end()
                if skip and skip[0] <= s < skip[1]:
                    continue
                if bool(en.NEGATION.search(self.f, max(cs, s - 30), s)) != negated:
                    continue
                if tp.event_type == "offensive" and en.FOILED_BEFORE.search(self.f, max(cs, s - 40), s):
                    continue  # "thwarted attempts to break through": the attempt foiled is the repelled attack
                if tp.event_type == "encirclement" and THREAT_BEFORE.search(self.f, max(cs, s - 40), s):
                    continue  # "to avoid encirclement", "the threat of being surrounded": a threat, no encirclement
                if not tp.verbal and re.search(r"\b(?:the|this|that|these|its|their)\s+(?:\w+\s+)?$", self.f[max(cs, s - 25):s]) \
                        and not (self.f[s:e].endswith(" of") and re.match(r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,4}?[A-Z]",
                                                                              self.m[e:e + 50])
                                 or re.match(r"\s*(?:of|from|on|in|near)\s+(?:the\s+)?[A-Z]", self.m[e:e + 25])):
                    continue  # "the withdrawal comes as ...": the event just told; "the capture of Bakhmut" is news
                found.append((s, e, tp))
        found.sort(key=lambda t: (-(t[2].weight + (10 if t[2].verbal else 0)), t[0]))
        return found

    def _read_clause(self, a, b, cs, ce, kind, claimant, span, stance, si, pi, drafts, prev_places) -> Draft | None:
        f = self.f
        if en.DENIAL_WORDS.search(f, cs, ce):
            stance = en.DENIES
        triggers = self._triggers(cs, ce, span)
        if not triggers and claimant.side in OPPONENT and en.NOT_DONE_TO_US.search(f, cs, ce):
            # "Ukrainian forces had not been encircled", in Ukraine's words: a denial of the encirclement.
            triggers = [t for t in self._triggers(cs, ce, span, negated=True)
                        if t[2].event_type in {"encirclement", "capture"}]
            stance = en.DENIES if triggers else stance
        if stance == en.DENIES and (not triggers or en.ALLEGATION.search(f, max(a, cs - 40), ce)):
            if not triggers or en.PASSIVE_DENIAL.search(f, a, ce):
                return self._deny_previous(a, b, claimant, drafts, si, pi)
        # "launched 15 drones from the Kursk and Bryansk regions": where the weapons came from is no target
        places = [pm for pm in self._places_in(cs, ce) if not FROM_ORIGIN.search(f, max(cs, pm.start - 90), pm.start)
                  and not SPOKEN_AT.search(f, max(a, pm.start - 60), pm.start)]
        fronted = False
        if not [pm for pm in places if pm.role == "settlement"] and kind == "adjunct":
            places = places + [pm for pm in prev_places if pm.role == "settlement"]
            if not places and FRONTED_PLACE.match(self.f, a):
                places = list(prev_places)  # "In the Kyiv region, falling debris damaged houses": the fronted place
                fronted = True
        for s, e, tp in triggers:
            # "could capture", "would be a setback": a hypothesis; a modal after a verb ("a claim that could not be
            # verified") hedges the report, not the event.
            if HYPOTHETICAL.search(self.m, cs, ce if not tp.verbal else s):
                continue
            quantities = self._quantities(cs, ce, tp.event_type)
            settlements = [pm for pm in places if pm.role == "settlement"
                           and not TEMPORAL_ANCHOR.search(f, max(cs, pm.start - 40), pm.start)]
            if any(not pm.locator for pm in settlements):
                settlements = [pm for pm in settlements if not pm.locator]
            regions = [pm for pm in places if pm.role == "region"]
            event_type = analysts_reading(tp.event_type, claimant.side, f[s:e], quantities)
            if event_type == "attack_repelled" and en.AIR_ATTACK.search(f, max(cs, s - 60), min(ce, e + 50)):
                event_type = "interception"  # "repelled a drone attack on the city": shot down
            if event_type == "capture" and settlements and (en.PART_OF.search(f, e, settlements[0].start) or any(
                    en.PART_OF.search(f, max(cs, pm.start - 20), pm.start) for pm in settlements)):
                event_type = "territorial_control"  # "70 percent of Pokrovsk": a share held, not a capture
            if not self._satisfies(tp, settlements, regions, quantities, s, e, ce):
                continue
            # "Russian forces carried out 40 air strikes and launched 60 attacks": a coordinate verb shares the
            # subject of the clause before it.
            side = self._actor_side(tp, a if kind == "coordinate" else cs, ce, s, e, claimant, span, stance)
            if fronted and event_type == "strike" and side == claimant.side and claimant.side in OPPONENT and \
                    not self._sides_near(cs, ce, span) and self._struck_at_home(cs, ce, claimant.side, places):
                side = OPPONENT[claimant.side]  # damage a governor reports at home is the enemy's
            if tp.needs == "actor" and side is None:
                continue
            localities = list({pm.place.key: pm.place for pm in settlements}.values())
            region = self._region_of(localities, regions, event_type)
            if not localities and regions and (event_type in REGION_WIDE_TYPES or not (
                    self.theatre is not None and all(pm.place.key == self.theatre.key for pm in regions))):
                # "24 drones destroyed over the Kursk region": the whole region is the place of the tally, as in
                # French copy ("au-dessus de la région de Koursk").
                localities = list({pm.place.key: pm.place for pm in regions}.values())
            country = (localities[0].country_code if localities else None) or (region.country_code if region else None)
            claimed = self._claimed(a, b)
            occurred = self._occurred(cs, ce, s) or claimed
            start, end = self._quote_bounds(a, b, cs, ce)
            told = [d for d in drafts if not d.dropped]
            # (of the last sentence told, the claim of the same kind: the attack a count of drones shot down implies
            # is told beside it)
            prev = next((d for d in reversed(told) if d.sentence == told[-1].sentence and d.event_type == event_type),
                        None) if told else None
            if claimant.side == "media" and prev is not None and prev.claimant.side != "media" \
                    and prev.sentence >= si - 2 and prev.event_type == event_type in CONTINUED_TYPES:
                claimant = prev.claimant  # "91 were shot down over ...": the same report goes on
            final = self._stance(stance, claimant, event_type, side, f[s:e])
            if event_type == "casualties" and final == en.ASSERTS and side == OPPONENT.get(claimant.side) and \
                    MILITARY_DEAD.search(f, cs, ce) and not en.CIVILIAN_WORDS.search(f, cs, ce):
                final = en.ACKNOWLEDGES  # "63 Russian servicemen were killed", in Russia's words: its own loss
            return Draft(claimant, final, event_type, side, localities, region, bool(regions and not settlements),
                         country, occurred, claimed, quantities, start, end, si, pi)
        return None

    def _satisfies(self, tp, settlements, regions, quantities, s, e, ce) -> bool:
        needs = tp.needs
        if needs == "place":
            return bool(settlements or regions)
        if needs == "place_or_quantity":
            region_object = any(0 <= pm.start - e <= 60 and not re.search(r"\b(?:in|near|at|on|from)\b",
                                                                        self.f[e:pm.start]) for pm in regions)
            return bool(settlements or region_object or {"localities", "area_km2", "share_pct"} & quantities.keys())
        if needs == "number" and tp.event_type == "prisoners" and not re.match(r"(?:prisoners? of war|pows?)\b",
                                                                                self.f[s:e]):
            return bool(quantities or settlements or regions)  # "soldiers were captured in Avdiivka": a place will do
        if needs == "number":
            return bool(quantities)
        if needs == "quantity":
            return bool({"localities", "area_km2", "share_pct"} & quantities.keys())
        if needs == "number_or_place":
            # "struck Ukrainian military airfields", "hit energy facilities": a named kind of target will do.
            target = tp.verbal and STRUCK_TARGET.match(self.f, e, min(ce, e + 60))
            return bool({"drones", "missiles"} & quantities.keys() or settlements or regions or target)
        return True

    def _region_of(self, localities: list[PlaceRef], regions: list[PlaceMention], event_type: str) -> PlaceRef | None:
        if localities and localities[0].parent_key:
            parent = self.gaz.get(localities[0].parent_key)
            if parent is not None and parent.kind == "region":
                return parent
        if regions:
            return regions[0].place
        return None if localities or event_type not in GROUND_TYPES else self.theatre

    # --- who acted ----------------------------------------------------------------------------------------------

    def _sides_near(self, cs: int, ce: int, skip: tuple[int, int] | None) -> list[tuple[int, int, str]]:
        out = []
        for rx, side in en.SIDE_NEAR:
            for mt in rx.finditer(self.f, cs, ce):
                if not (skip and skip[0] <= mt.start() < skip[1]):
                    out.append((mt.start(), mt.end(), side))
        for mn in getattr(self, "mentions", []):
            if cs <= mn.start < ce and mn.actor.side in BELLIGERENTS and mn.actor.kind != "person" and not (
                    skip and skip[0] <= mn.start < skip[1]) and not re.match(r"'s\b", self.f[mn.end:mn.end + 3]):
                out.append((mn.start, mn.end, mn.actor.side))
        return out

    def _actor_side(self, tp, cs, ce, s, e, claimant: ActorRef, span, stance: str) -> str | None:
        t, f = tp.event_type, self.f
        if t in {"agreement", "displacement"}:
            return None  # (an agreement binds its parties; people who flee or are evacuated are no side's act)
        if t == "prisoners" and re.search(r"\b(?:returned|freed|released|swapped|exchanged|exchange|swap|home)\b",
                                          f[cs:ce]):
            return None  # prisoners exchanged or come home: both sides let theirs go, neither took them
        if stance == en.DENIES and claimant.side in OPPONENT:
            if en.OWN_SIDE.search(f, cs, s) or re.search(r"\b(?:it|they|we)\s+(?:had|has|have)?\s*$", f[max(cs, s - 12):s]):
                # "the Kremlin denied that its forces had struck ...": its own act, denied ("its forces had been
                # pushed out of X": the other side's capture, denied).
                done_to = t in PATIENT_TYPES and (PASSIVE_BEFORE.search(f, max(cs, s - 20), s)
                                                  or INNER_PASSIVE.search(f, s, e))  # "its troops had been encircled"
                return OPPONENT[claimant.side] if LOSS.match(f[s:e]) or done_to else claimant.side
            return OPPONENT[claimant.side]  # a belligerent denies what the other side claims to have done
        # (a trigger that starts at its noun carries its own passive: "20 of them had been shot down")
        passive = bool(PASSIVE_BEFORE.search(f, max(cs, s - 20), s) or INNER_PASSIVE.search(f, s, e))
        own = en.OWN_SIDE.search(f, cs, ce)
        if own and claimant.side in BELLIGERENTS and own.start() < s:
            done_to = t in PATIENT_TYPES and passive
            side = OPPONENT.get(claimant.side) if done_to else claimant.side
            return OPPONENT.get(claimant.side) if LOSS.match(f[s:e]) else side
        cands = sorted(self._sides_near(cs, ce, span))
        by = [c for c in cands if 0 <= c[0] - e < 25 and (re.search(r"\bby\s+(?:the\s+)?$", f[max(e, c[0] - 12):c[0]])
                                                          or f[s:e].endswith(" to") and c[0] - e < 6)]
        before = [c for c in cands if c[0] <= s]
        after = [c for c in cands if c[0] >= e]
        if by:
            side = by[0][2]
            return OPPONENT.get(side) if LOSS.match(f[s:e]) else side
        if before and t == "encirclement" and re.match(r"\s*(?:\w+\s+)?$", f[before[-1][1]:s]) and \
                f[s:e].endswith("ed"):
            return OPPONENT.get(before[-1][2])  # "Ukrainian units surrounded": they are the ones encircled
        if before and t == "prisoners" and CAPTIVES.match(f, s):
            return OPPONENT.get(before[-1][2])  # "three Russian soldiers were taken prisoner": the other side took them
        if before and not passive:
            side = before[-1][2]
            return OPPONENT.get(side) if LOSS.match(f[s:e]) else side
        if after and t in PATIENT_TYPES:
            if re.search(r"\b(?:in|by|after|during|from|amid|when|as)\s+(?:a|an|the)?\s*(?:[\w'-]+\s+){0,2}$",
                         f[max(e, after[0][0] - 30):after[0][0]]):
                return after[0][2]  # "killed in a Russian strike": the strike's side caused the toll
            return OPPONENT.get(after[0][2])  # "shot down 20 Ukrainian drones": done to them
        # "the invasion of Ukraine" names the target, not who acted: a noun takes its side from before it.
        if before and t in PATIENT_TYPES:
            return OPPONENT.get(before[-1][2])
        if t == "casualties":
            # "Shoigu acknowledged 5,937 deaths": a side acknowledges its own dead, killed by the other side
            if stance == en.ACKNOWLEDGES:
                return OPPONENT.get(claimant.side)
            # "In Kharkiv, two people were killed when drones hit ...": the dead of a town, killed by its enemy
            governing = {governed_by(pm.place) for pm in self._places_in(cs, ce)} - {None}
            return OPPONENT.get(governing.pop()) if len(governing) == 1 else None
        if t == "strike" and claimant.side in OPPONENT and self._struck_at_home(cs, ce, claimant.side):
            return OPPONENT[claimant.side]  # a governor reporting an attack on his own region reports the enemy's
        return claimant.side if claimant.side in BELLIGERENTS else None

    def _struck_at_home(self, cs: int, ce: int, side: str, places: list | None = None) -> bool:
        """Whether every place of the clause (or the `places` given) is governed by `side` (Crimea by Russia)."""
        governing = {governed_by(pm.place) for pm in (self._places_in(cs, ce) if places is None else places)}
        return governing == {side}

    def _stance(self, stance: str, claimant: ActorRef, event_type: str, side: str | None, trigger: str = "") -> str:
        return stance_of(stance, claimant.side, event_type, side, trigger)

    # --- numbers and dates --------------------------------------------------------------------------------------

    def _quantities(self, cs: int, ce: int, event_type: str) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for num in find_numbers_en(self.m[cs:ce]):
            pos = cs + num.end
            after = self.f[pos:pos + 60].lstrip(" \"'-")
            kids = children_of_toll(self.f, cs + num.start, after, out) if event_type == "casualties" else None
            if kids:
                out.setdefault(kids, num.value)  # "killed seven people, including three children"
                continue
            key = "share_pct" if num.noun == "%" else None
            rest = en.SKIPPED_ADJECTIVES.sub("", after)
            weapon = re.match(r"^(?:(?!(?:when|as|after|while|a|an|the|and|or|by|in|on|at|to|were|was|had|have|has"
                              r"|killed|wounded|injured|hit|struck)\b)[\w-]+\s+){1,3}(drones?|missiles?|uavs?)\b", rest)
            if weapon:  # "two Iskander-M ballistic missiles"
                rest = weapon.group(1)
            if after.startswith("of "):
                rest = re.sub(r"^\d[\d,]*\s+", "", rest)  # "45 of the 60 drones": 45 drones
            for rx, k in en.QUANTITY_NOUNS:
                if key is None and rx.match(rest):
                    key = k
            if key is None and re.match(r"^(?:killed|dead|deaths|fatalities)\b", rest):
                key = "killed"
            if key is None and event_type == "casualties" and re.search(
                    r"\bdeath toll\b[^.;]{0,110}\b(?:to|at|of|reached)\s+(?:at least\s+)?$",
                    self.f[max(cs, cs + num.start - 130):cs + num.start]):
                key = "killed"  # "the death toll rose to 14"
            if key is None and re.match(r"^(?:wounded|injured)\b", rest):
                key = "wounded"
            verb_before = re.search(r"\b(killed|wounded|injured|injuring|killing|wounding)\s+(?:at least\s+)?$",
                                    self.f[max(cs, cs + num.start - 25):cs + num.start])
            if key is None and event_type == "casualties" and verb_before and not en.PEOPLE_NOUN.match(rest):
                key = "killed" if en.KILLED.match(verb_before.group(1)) else "wounded"  # "wounded 27 on Friday"
            if key is None and en.PEOPLE_NOUN.match(rest):
                if event_type == "prisoners":
                    key = "prisoners"
                elif event_type == "casualties":
                    key = "casualties"
                    # "4 people were killed": the verb after; "injured 14 others": the verb before.
                    # ("35 people, including two children, were killed": the verb after the aside)
                    told = re.sub(r"^(\s*\w+),\s+(?:including|among them)\s[^,]{1,40},", r"\1", self.f[pos:pos + 100])
                    for around, pick in ((verb_before.group(1) if verb_before else "", min), (told[:40], min),
                                         (self.f[max(cs, cs + num.start - 20):cs + num.start], max)):
                        hits = [(h.start(), k) for rx, k in ((en.KILLED, "killed"), (en.WOUNDED, "wounded"))
                                for h in [rx.search(around)] if h]
                        if hits:
                            key = pick(hits)[1]
                            break
                    if key == "casualties" or re.match(r"(?:\w+\s+){0,4}(?:were |had been |have been )?(?:killed or"
                                                       r" wounded|wounded or killed|dead or wounded|killed or injured)\b",
                                                       self.f[pos:pos + 60].lstrip()):
                        key = "killed_or_wounded"  # "lost 560,000 troops", "20 personnel were killed or wounded"
                elif event_type == "displacement":
                    key = "civilians"
                elif event_type == "deployment":
                    key = "soldiers"
            if key is None and event_type == "interception" and (SHOT_DOWN_AFTER.match(after) or re.match(
                    r"of (?:them|these|those)\b", after)):
                # "126 were shot down", "51 of them": what was launched, in this sentence or the one before.
                sentence = self.f[max(self.f.rfind(". ", 0, max(0, self.f.rfind(". ", 0, cs))), 0):ce]
                key = "drones" if "drone" in sentence else "missiles"
            if key and key not in out:
                out[key] = num.value
                kind = missile_kind_en(after) if key == "missiles" else None
                if kind:
                    out.setdefault(kind, num.value)  # "two Iskander-M ballistic missiles": also by kind
                if key == "killed" and re.match(r"civilians?\b", rest):
                    out.setdefault("civilians", num.value)  # "killed three civilians": the dead are civilians
        if event_type == "casualties" and not out:
            # "Russian shelling killed a 65-year-old woman": one.
            one = re.search(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:a|an|one|the|its)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:woman|man|child|boy|girl|civilian|person|soldier|resident|teenager"
                            r"|pensioner|driver|passenger|firefighter|rescuer|worker|employee|journalist)\b",
                            self.f[cs:ce])
            if one:
                out["killed" if one.group(0).startswith("kill") else "wounded"] = 1
            else:
                # "a civilian was killed when a drone struck a minibus": one, told in the passive
                one = re.search(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|child|boy|girl|civilian|person"
                                r"|soldier|resident|teenager|pensioner)\s+(?:was|has been|had been)\s+(killed|wounded"
                                r"|injured)\b", self.f[cs:ce])
                if one:
                    out["killed" if one.group(1) == "killed" else "wounded"] = 1
        if event_type == "interception" and not out:
            # "shot down a Ukrainian Su-27 fighter jet": one.
            one = re.search(r"\b(?:shot down|downed|intercepted|destroyed)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?"
                            r"(drone|uav|missile|rocket|jet|aircraft|plane|helicopter)s?\b", self.f[cs:ce])
            if one:
                out[{"drone": "drones", "uav": "drones", "missile": "missiles", "rocket": "missiles"}.get(
                    one.group(1), "aircraft")] = 1
        if event_type == "territorial_control" and "share_pct" not in out and re.search(r"\bhalf of\b", self.f[cs:ce]):
            out["share_pct"] = 50
        return out

    def _occurred(self, cs: int, ce: int, trigger: int | None = None) -> DateValue | None:
        # "6 million have fled since February 2022", "Sudzha, held since its incursion last August": a span's start
        return clause_date(self.m[cs:ce], self.f[cs:ce], self.published, dates=find_dates_en,
                           relative_days=find_relative_days_en, since=SINCE, window=55,
                           trigger=None if trigger is None else trigger - cs)

    def _claimed(self, a: int, b: int) -> DateValue:
        return statement_date(self.m[a:b], self.f[a:b], self.published, dated_weekdays=find_dated_weekdays_en,
                              dates=find_dates_en, relative_days=find_relative_days_en, said_on=SAID_ON)

    def _quote_bounds(self, a: int, b: int, cs: int, ce: int) -> tuple[int, int]:
        start, end = (a, b) if b - a <= 320 or ce - cs < 30 else (cs, ce)
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:-–—"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
            end -= 1
        return start, end

    def _deny_previous(self, a, b, claimant: ActorRef, drafts: list[Draft], si: int, pi: int) -> Draft | None:
        """'The claim was disputed by Kyiv': a denial is a claim on the event just reported by someone else."""
        target = next((d for d in reversed(drafts) if d.claimant.side != claimant.side and d.sentence >= si - 2
                       and not d.dropped and d.claimant.side != "media"), None)
        if target is None or claimant.side == "media" or any(d.sentence == si and d.claimant == claimant for d in drafts):
            return None  # (the article's own voice denies nothing: its clause is no record, and would link to none)
        start, end = self._quote_bounds(a, b, a, b)
        target.links.append(len(drafts))
        return denial_of(target, claimant, start=start, end=end, sentence=si, paragraph=pi, claimed=self._claimed(a, b))
