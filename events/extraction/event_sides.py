"""Who acted, in a French clause: the side that performed an event, from its own words, its subject, the speaker.

The side of an event is read from the words nearest its trigger (an adjective, "par la Russie", a named actor),
the grammar around it (a passive, "nos troupes", "l'ennemi" in a belligerent's mouth, the accused of "accuse X
d'avoir"), and, failing those, who speaks. `EventReading` uses it for every draft.
"""

from __future__ import annotations

import re

from events.extraction import lexicon as lx
from events.extraction.drafts import BELLIGERENTS, PATIENT_TYPES, PlaceMention, Segment, governed_by
from events.extraction.grammar_fr import (
    AGENT_TYPES,
    CASUALTY_AGENT,
    DETERMINER_BEFORE,
    INNER_PASSIVE,
    NOT_AN_ACTOR,
    PASSIVE_BEFORE,
    PLURAL_NOUN,
    ROLE_WORD,
    USED_TO_STRIKE,
)
from events.extraction.types import ActorRef

# "accuse l'Ukraine d'avoir frappé", "accusé les forces russes de bombarder": group 1 is the accused.
ACCUSED = re.compile(r"\baccus\w*\s+(.{2,60}?)\s+(?:d'avoir|d'etre|de|d')\s*(?:\w+\s+){0,2}$")
NOUN_THEN_PARTICIPLE = re.compile(r"\b(?:assauts?|attaques?|offensives?|tentatives?|drones?|missiles?|roquettes?"
                                  r"|contre-attaques?)\b(?: [\w-]+){0,2} $")
OWN_LINES = re.compile(r"\b(?:positions|lignes|defenses|tranchees) (russes|ukrainiennes)\b")
INFLICTED = re.compile(r"\binflig\w*\s+(?:[\w'-]+\s+){0,3}$")
APPOSITION_AFTER = re.compile(r",\s+(?:le |la |les |l'|un |une |son |sa )[^,;.\"]{3,90}(?=,)"
                              # "..., a écrit Serhiï Lyssak, le gouverneur de la région de X.": a title ends the sentence
                              rf"|,\s+(?:le |la |l')(?:{ROLE_WORD.pattern}|\b(?:vice-\w+|dirigeant|patron)\b)"
                              r"[^,;.\"]{0,90}(?=\s*[.;]|\s*$)")
# Where a noun's complement ends and a purpose or a relative clause starts: a side named after it is the target.
NOUN_PHRASE_END = re.compile(r"\s(?:destinee?s?|visant|pour|afin|qui|dans le but|en vue)\b")
# "libéré des formations armées ukrainiennes": the side a place is freed from lost it.
FREED_FROM = re.compile(r"\s+(?:de la presence\s+)?d(?:es|u)\s+(?:formations|forces|troupes|unites|militaires|soldats"
                        r"|nationalistes|occupants)(?:\s+armees)?\s+(russes|ukrainien\w*)\b")
RETURNED = re.compile(r"\b(?:retour|liberation|rapatriement|echange|rentres|revenus|liberes|echanges|rapatries"
                      r"|captivite)\b")
MILITARY_TARGET = re.compile(r"\b(?:depots? de munitions|munitions|lance-roquettes|himars|systemes? (?:de defense|sol-air"
                             r"|antiaerien)|radars?|chars?|blindes?|postes? de commandement|batteries?|pieces? d'artillerie"
                             r"|centres? de deploiement|points? de deploiement|concentrations? de (?:troupes|forces))\b")
OWN_RETREAT = re.compile(r"\b(?:sa|son|leur|notre|nos) (?:retraite|retrait|repli)\b")


class SideReading:
    """The actor-side part of `claims.ArticleReader`: it reads `self.f`, `self.mentions` and `self.places`."""

    def _side_near(self, a: int, b: int, pos: int, end: int, exclude: tuple[int, int] | None,
                   speaker: str | None = None) -> str | None:
        near = self._side_near_at(a, b, pos, end, exclude, speaker)
        return near[1] if near else None

    def _side_near_at(self, a: int, b: int, pos: int, end: int,
                      exclude: tuple[int, int] | None, speaker: str | None = None) -> tuple[int, str, str] | None:
        """(distance, side, 'before' | 'after') of the side word nearest the trigger.

        "L'ennemi" in a belligerent's words is the other side."""
        cands: list[tuple[int, str, str]] = []
        if exclude is not None:
            # "Ivan Fedorov, le chef de l'administration militaire régionale, a fait état": the speaker's apposition
            # belongs to the speaker.
            apposition = APPOSITION_AFTER.match(self.f, exclude[1])
            if apposition is not None:
                exclude = (exclude[0], apposition.end())
        if speaker in lx.OPPONENT:
            for mt in lx.ENEMY.finditer(self.f, a, b):
                after = mt.start() >= end
                dist = mt.start() - end if after else (pos - mt.end()) + 15
                cands.append((dist, lx.OPPONENT[speaker], "after" if after else "before"))
        # "sur le sol russe" is a place and "aux côtés des militaires russes" an ally: neither names who acted.
        masked = [(mt.start(), mt.end()) for mt in NOT_AN_ACTOR.finditer(self.f, a, b)]
        # ("dont celles d'Odessa et de Kiev": regions, not a government acting)
        regions = [(pm.start, pm.end) for pm in self.places if a <= pm.start < b and pm.role == "region"]
        for rx, side in lx.ACTOR_SIDE_NEAR:
            for mt in rx.finditer(self.f, a, b):
                if exclude and exclude[0] <= mt.start() < exclude[1]:
                    continue
                if any(ma <= mt.start() < mb for ma, mb in masked) or any(
                        ra <= mt.start() < rb or ra < mt.end() <= rb for ra, rb in regions):
                    continue
                after = mt.start() >= end
                dist = mt.start() - end if after else (pos - mt.end()) + 15
                cands.append((dist, side, "after" if after else "before"))
        placed = [(pm.start, pm.end) for pm in self.places if a <= pm.start < b]
        for mn in self.mentions:
            if any(ma <= mn.start < mb for ma, mb in masked):
                continue
            if any(pa <= mn.start < pb for pa, pb in placed):
                continue  # "dans les régions d'Odesa et de Kyiv", "à Moscou": a place, not a government acting
            if a <= mn.start < b and mn.actor.side in BELLIGERENTS | {"US"} and not (
                    exclude and exclude[0] <= mn.start < exclude[1]):
                # (a mention that starts inside the trigger is its object: "a capturé 909 militaires russes")
                after = mn.start >= end or (pos < mn.start and mn.end > end)
                dist = max(mn.start - end, 0) if after else (pos - mn.end) + 15
                cands.append((dist, mn.actor.side, "after" if after else "before"))
        if not cands:
            return None
        return min(cands)

    def _actor_side(self, tp: lx.TriggerPattern, seg: Segment, s: int, e: int, claimant: ActorRef,
                    claimant_span: tuple[int, int] | None, via_avoir: bool,
                    places: list[PlaceMention]) -> str | None:
        f = self.f
        t = tp.event_type
        frm = lx.FROM_SIDE.search(f, e, min(seg.end, e + 80))
        if frm and t in {"capture", "withdrawal"}:
            side = "RU" if (frm.group(1) or frm.group(2) or "").startswith("russ") else "UA"
            return lx.OPPONENT[side]
        freed = FREED_FROM.match(f, e) if t == "capture" and f.startswith("liber", s) else None
        if freed is not None:
            return "UA" if freed.group(1).startswith("russ") else "RU"  # "libéré des formations ukrainiennes"
        if t == "capture" and f.startswith("perte", s) and claimant.side in lx.OPPONENT:
            return lx.OPPONENT[claimant.side]  # "a admis la perte de Y", "a démenti la perte de Y": its side's loss
        if t == "withdrawal" and claimant.side in BELLIGERENTS and OWN_RETREAT.search(f, max(seg.start, s - 12), e):
            return claimant.side  # "l'armée a confirmé sa retraite": the speaker's own forces withdrew
        if t == "offensive" and re.match(r"(?:combats|affrontements|accrochages)\b", f[s:e]) and claimant.side in lx.OPPONENT:
            # "l'état-major a fait état de combats près de X": the enemy's push, unless a side is named
            named = self._side_near_at(seg.start, seg.end, s, e, claimant_span, claimant.side)
            return named[1] if named else lx.OPPONENT[claimant.side]
        if t == "strike" and re.match(r"(?:recu|essuye|subi)\b", f[s:e]):
            # "l'Ukraine a essuyé une attaque de 93 drones", "Nikopol a reçu 60 obus": the subject took the fire
            target = self._side_near_at(seg.start, s, s, e, None, claimant.side)
            country = target[1] if target else next((governed_by(pm.place) for pm in places), None)
            if country in lx.OPPONENT:
                return lx.OPPONENT[country]
        if t in {"strike", "interception"}:
            inner = [side for rx, side in lx.ACTOR_SIDE_NEAR if rx.search(f, s, e)]
            if len(inner) == 1:
                # "des drones russes visaient Kyiv": the weapons' side, named inside the trigger, fired them;
                # "cinq missiles ukrainiens abattus": the other side shot them down.
                return inner[0] if t == "strike" else lx.OPPONENT.get(inner[0])
        if t == "agreement":
            return None  # an agreement binds its parties; no side performs it against the other
        if t == "prisoners" and RETURNED.search(f, s, e):
            return None  # prisoners exchanged or come home: both sides let theirs go, neither took them
        if via_avoir and t == "encirclement" and claimant.side in BELLIGERENTS:
            return claimant.side  # "affirme avoir encerclé": the speaker's own forces did it
        by = re.match(r"\s+(?:[\w'-]+\s+){0,3}?par\s+", f[e:min(seg.end, e + 40)]) if t == "encirclement" else None
        if t == "strike" and (PASSIVE_BEFORE.search(f[max(seg.start, s - 30):s]) or INNER_PASSIVE.search(f, s, e)):
            # "Le pont, qui relie la Russie à la Crimée, a été visé dans la nuit par une attaque de drones ukrainiens":
            # the agent of the passive struck, whoever the clause names before it.
            by = re.match(r"[^,;.\"]{0,60}?\bpar\s+", f[e:min(seg.end, e + 80)])
        if by is not None:
            # "encerclées par les forces russes": the agent encircles
            at = e + by.end()
            agent = self._side_near_at(at, min(seg.end, at + 60), at, at, claimant_span, claimant.side)
            if agent is not None:
                return agent[1]
        if t == "encirclement" and places and places[0].place.country_code in BELLIGERENTS and not (
                lx.OWN_SIDE.search(f, seg.start, seg.end)
                or self._side_near_at(seg.start, seg.end, s, e, claimant_span, claimant.side)):
            # A besieged town is held by its own country, unless the clause names whose troops are surrounded
            # ("les troupes ukrainiennes étaient encerclées dans la région de Koursk").
            return lx.OPPONENT.get(places[0].place.country_code)
        # "ont été abattus" before the trigger, or inside it when it starts at the noun ("deux drones ont été abattus").
        passive = bool(PASSIVE_BEFORE.search(f[max(seg.start, s - 30):s]) or INNER_PASSIVE.search(f, s, e)
                       # "quatorze assauts russes repoussés": a participle after the noun it was done to
                       or (t in PATIENT_TYPES and NOUN_THEN_PARTICIPLE.search(f, max(seg.start, s - 40), s)
                           and f[s:e].endswith(("es", "s", "e"))))
        own = lx.OWN_SIDE.search(f, seg.start, seg.end)
        if own and claimant.side in BELLIGERENTS:
            # "Nos unités ont abattu" acts; "ses troupes soient encerclées" is done to.
            done_to = t in PATIENT_TYPES and not via_avoir and (passive or own.start() >= e)
            return lx.OPPONENT.get(claimant.side) if done_to else claimant.side
        inflicted = INFLICTED.search(f, max(seg.start, s - 40), s) if t == "casualties" else None
        if inflicted is not None:
            # "Moscou assure avoir infligé de lourdes pertes aux assaillants": who inflicts them acts ("infligé à
            # l'ennemi des pertes": the enemy named after the verb suffered them)
            subject = self._side_near_at(seg.start, inflicted.start(), inflicted.start(), e, claimant_span,
                                         claimant.side)
            return subject[1] if subject and subject[2] == "before" else (
                claimant.side if claimant.side in BELLIGERENTS else None)
        if t == "casualties":
            agent = CASUALTY_AGENT.search(f, seg.start, seg.end)
            if agent:
                return "RU" if (agent.group(1) or agent.group(2)).startswith(("russ", "mosc")) or \
                    (agent.group(2) or "").endswith("russe") else "UA"
        used = USED_TO_STRIKE.search(f, max(seg.start, s - 80), e) if f.startswith("pour ", s) else None
        if used is not None:
            # "l'armée ukrainienne avait utilisé des lance-roquettes fournis par les États-Unis pour frapper X":
            # the subject of "utilisé" struck, not the supplier named after it.
            subject = self._side_near_at(seg.start, used.start(), used.start(), used.start() + 1, claimant_span,
                                         claimant.side)
            if subject is not None and subject[2] == "before":
                return subject[1]
        accused = ACCUSED.search(f, max(seg.start, s - 90), s)
        if accused and t in AGENT_TYPES | {"strike"}:
            # "Moscou accuse Kiev d'avoir attaqué le pont": the accused acted, not the speaker.
            a0, a1 = accused.span(1)
            named = [mn.actor.side for mn in self.mentions if a0 <= mn.start < a1 and mn.actor.side in BELLIGERENTS]
            named += [side for rx, side in lx.ACTOR_SIDE_NEAR if rx.search(f, a0, a1)]
            if named:
                return named[0]
        if via_avoir and claimant.side in BELLIGERENTS:
            return claimant.side
        if t == "displacement":
            return None
        if tp.verbal:
            found = self._side_near_at(seg.start, seg.end, s, e, claimant_span, claimant.side)
            losing = t == "casualties" and (f[s:e].startswith(("perd", "perte")) or "pertes" in f[s:e])
            if found and t in PATIENT_TYPES and found[2] == "before" and not passive and not losing:
                return found[1]  # "les forces ukrainiennes ont repoussé l'attaque": the subject acts
            near = found[1] if found else None
            # A noun's own complement names its agent ("des frappes de missiles russes"): kept when it is close,
            # within the noun phrase.
            after_aux = re.search(r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+)?$", f[max(seg.start, s - 25):s])
            nominal = PLURAL_NOUN.match(f, s) or (re.match(r"\w+\s+(?:de|d')", f[s:s + 20]) and not after_aux) or \
                DETERMINER_BEFORE.search(f, max(seg.start, s - 12), s)  # ("ont tenté de percer" is a verb)
            complement = nominal and found and found[0] < 40 and "," not in f[e:e + found[0]]
            if found and found[2] == "after" and found[0] < 40 and (f.startswith("par ", e + found[0]) or re.fullmatch(
                    r"\s*par\s+(?:l'|la |le |les |des |du )?(?:[\w-]+\s+){0,2}", f[e:e + found[0]])):
                # "tirés par la Russie", "frappés par l'artillerie ukrainienne": the agent of a passive participle acted
                complement = True
            if found and found[2] == "after" and not passive and t in AGENT_TYPES and not complement:
                # "ont libéré la ville et anéantissent les unités ukrainiennes", "ont lancé 397 drones sur l'Ukraine":
                # a side named after an agent's verb is its object; the subject, or the speaker's own forces, act.
                subject = self._side_near_at(seg.start, s, s, e, claimant_span, claimant.side)
                if subject is not None:
                    near = subject[1]
                elif claimant.side in BELLIGERENTS:
                    near = claimant.side
            lines = OWN_LINES.search(f, e, min(seg.end, e + 40)) if near is None and t == "offensive" else None
            if lines is not None:
                # "attaques ont visé les positions ukrainiennes": the other side's lines were attacked
                near = lx.OPPONENT.get("RU" if lines.group(1).startswith("russ") else "UA")
        else:
            # A noun takes its side from its own complement: "l'offensive russe", "des forces de Kiev".
            comma = f.find(",", e, seg.end)
            stop = min(seg.end, e + 45, comma if comma >= 0 else seg.end)
            purpose = NOUN_PHRASE_END.search(f, e, stop)
            if purpose is not None:
                stop = purpose.start()  # "une contre-offensive destinée à repousser les forces russes": their target
            near = self._side_near(max(seg.start, s - 12), stop, s, e, claimant_span, claimant.side)
            enemy = lx.ENEMY.search(f, seg.start, s) if claimant.side in lx.OPPONENT else None
            if near is None and enemy:
                near = lx.OPPONENT[claimant.side]  # "L'ennemi a mené une attaque de missiles"
            if near is None:
                subject = [mn for mn in self.mentions if seg.start <= mn.start and mn.end <= s
                           and mn.actor.side in BELLIGERENTS and not (claimant_span and mn.start == claimant_span[0])]
                near = subject[-1].actor.side if subject else None
        if near:
            if t in PATIENT_TYPES:
                return lx.OPPONENT.get(near)
            return near
        if t == "casualties":
            country = next((governed_by(pm.place) for pm in places), None) or self._country_in(seg.start, seg.end) \
                or self._context_country(seg.start)
            return lx.OPPONENT.get(country or "")
        if t == "capture" and places and f[s:e].startswith(("repr", "recon")):
            return places[0].place.country_code if places[0].place.country_code in BELLIGERENTS else None
        if t == "strike" and places and claimant.side in lx.OPPONENT and \
                {governed_by(pm.place) for pm in places} == {claimant.side}:
            return lx.OPPONENT[claimant.side]  # a governor reporting strikes on his own towns reports the enemy's
        if t == "strike" and passive and claimant.side in lx.OPPONENT and MILITARY_TARGET.search(f, seg.start, seg.end):
            return claimant.side  # "un dépôt de munitions ... a été « anéanti »", says Moscow: its own forces' strike
        if t == "strike" and passive and claimant.side in lx.OPPONENT:
            return lx.OPPONENT[claimant.side]  # "76 missiles ont été lancés", says Kyiv's air force: at it, by Moscow
        if claimant.side in BELLIGERENTS:
            return claimant.side
        return None
