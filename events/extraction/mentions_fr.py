"""Who is named, in a French article: institutions, people with their titles, officials by office and place,
outlets, channels and unnamed speakers, each with the side it speaks for.

`MentionReading._actor_mentions` lists them once per article, longest first at each position; sides that depend on
the places around a person are settled once the places are known (`_settle_person_sides`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon as lx
from events.extraction.drafts import BELLIGERENTS, Mention, governed_by
from events.extraction.grammar_fr import (
    ANALYST_ROLE,
    APPOSED_ROLE,
    CLOSE_TO,
    HONORIFIC,
    NAME,
    OFFICE_OF_PLACE,
    OFFICES,
    ROLE_DIRECT,
    UNKNOWN_SIDE,
)
from events.extraction.places import fold, french_to_english
from events.extraction.types import ActorRef


class MentionReading:
    """The actors of `claims.ArticleReader`: it reads `self.f`, `self.m`, `self.published` and `self.places`."""

    def _actor_mentions(self) -> list[Mention]:
        f = self.f
        found: list[Mention] = []
        for ap in lx.ACTOR_PATTERNS:
            for mt in ap.pattern.finditer(f):
                actor = ap.actor
                if actor.name == "__outlet__":
                    key = next((v for k, v in lx.OUTLET_NAMES.items() if k in mt.group(0)), mt.group(0))
                    actor = ActorRef(key, lx.OUTLET_SIDES.get(key, "media"), "media")
                found.append(Mention(mt.start(), mt.end(), actor, ap.gender, ap.person))
        for mt in lx.US_PRESIDENT.finditer(f):
            found.append(Mention(mt.start(), mt.end(), lx.us_president(self.published.value), "m", True))
        for mt in lx.ROLE_NAME.finditer(f):
            name = NAME.match(self.m, mt.end())
            if not name or self.m[name.end():name.end() + 1] not in {",", ".", ";", ")", ""}:
                continue
            if _extend_known(found, mt.start(), name.start(), name.end()):
                continue
            # The qualifier nearest the role noun names the side ("porte-parole du commandement ukrainien pour la
            # région de Koursk" is Ukrainian).
            hits = [(h.start(), s) for rx, s in lx.SIDE_ADJECTIVES for h in [rx.search(f, mt.start(), mt.end())] if h]
            side = min(hits)[1] if hits else UNKNOWN_SIDE
            actor = ActorRef(_person_name(name.group(0), side), side, "person")
            found.append(Mention(mt.start(), name.end(), actor, "m", True))
        for mt in ROLE_DIRECT.finditer(f):
            # "le gouverneur régional Oleksandr Prokoudine": up to six words of role, then a full name.
            name, pos = None, mt.end()
            for _ in range(7):
                cand = NAME.match(self.m, pos)
                if cand and " " in cand.group(0).strip():
                    name = cand
                    break
                nxt = re.compile(r"[\w'-]+\s+").match(self.f, pos)
                if not nxt or re.match(r"[,.;]", self.f[nxt.end() - 1:nxt.end()]):
                    break
                pos = nxt.end()
            if name is None:
                continue
            if _extend_known(found, mt.start(), name.start(), name.end()):
                continue
            hits = [(h.start(), s) for rx, s in lx.SIDE_ADJECTIVES for h in [rx.search(f, mt.start(), name.start())] if h]
            side = min(hits)[1] if hits else "INT" if ANALYST_ROLE.search(f, mt.start(), mt.end()) else UNKNOWN_SIDE
            actor = ActorRef(_person_name(name.group(0), side), side, "person")
            found.append(Mention(mt.start(), name.end(), actor, "f" if mt.group(1) == "la" else "m", True))
        found.extend(self._named_people(found))
        found.extend(self._unnamed_officials(found))
        # Longest first at each position, then drop mentions nested in a longer one.
        found.sort(key=lambda mn: (mn.start, -(mn.end - mn.start)))
        kept: list[Mention] = []
        for mn in found:
            if kept and mn.start < kept[-1].end:
                if mn.person and not kept[-1].person and mn.end > kept[-1].end:
                    kept[-1] = mn
                continue
            kept.append(mn)
        return self._with_unnamed_speakers(kept)

    def _unnamed_officials(self, found: list[Mention]) -> list[Mention]:
        """"Le gouverneur de la région de Belgorod a affirmé": an office without a name speaks for the side that
        governs its place (settled with the places, in `_settle_person_sides`)."""
        out: list[Mention] = []
        for mt in OFFICE_OF_PLACE.finditer(self.f):
            end = mt.end()
            if mt.group(0).endswith((" ", "'")):
                place = NAME.match(self.m, end)
                if place is None:
                    continue
                end = place.end()
            if re.match(r",?\s+[A-ZÀ-ÖØ-Þ]", self.m[end:end + 3]) or _overlaps(mt.start(), end, found):
                continue  # "le gouverneur de Kharkiv, Oleh Synegoubov": the named person is read elsewhere
            office = OFFICES[mt.group(1)]
            out.append(Mention(mt.start(), end, ActorRef(office, UNKNOWN_SIDE, "government"),
                               "f" if mt.group(1).endswith("e") else "m", True))
        return out

    def _named_people(self, found: list[Mention]) -> list[Mention]:
        """People named before their title ("Serguiï Gaïdaï, gouverneur de Louhansk"), then "M. Gaïdaï" again."""
        f, m = self.f, self.m
        people: list[Mention] = []
        for mt in APPOSED_ROLE.finditer(m):
            a, b = mt.start(1), mt.end(1)
            if _overlaps(a, b, found, people):
                continue
            title_end = min([i for i in (f.find(",", mt.end()), f.find(".", mt.end())) if i >= 0] or [len(f)])
            hits = [(h.start(), side) for rx, side in lx.SIDE_ADJECTIVES
                    for h in [rx.search(f, mt.end(2), min(title_end, mt.end(2) + 90))] if h]
            side = min(hits)[1] if hits else "INT" if ANALYST_ROLE.search(f, mt.start(2), mt.end(2)) else UNKNOWN_SIDE
            people.append(Mention(a, b, ActorRef(_person_name(mt.group(1), side), side, "person"), "m", True))
        # A channel or blog known by its leaning: "Rybar, proche de l'armée russe", "DeepState, proche de Kiev".
        for mt in CLOSE_TO.finditer(f):
            name = NAME.match(m, mt.start())
            if name is None or _overlaps(name.start(), name.end(), found, people):
                continue
            side = "RU" if mt.group(1) in {"russe", "kremlin", "moscou"} else "UA"
            label = re.sub(r"^(?:Telegram|Twitter|X|YouTube|Facebook)\s+", "", name.group(0))
            people.append(Mention(name.start(), name.end(), ActorRef(label, side, "media"), "m", True))
        # A person named again by name alone ("Vladimir Saldo affirme", "Prokoudine a ajouté") is the same speaker.
        known = {fold(mn.actor.name): mn.actor for mn in found + people if mn.person and mn.actor.side != UNKNOWN_SIDE}
        surnames = {name.split()[-1]: actor for name, actor in known.items() if " " in name}
        for mt in NAME.finditer(m) if known else ():
            a, b = mt.start(), mt.end()
            if _overlaps(a, b, found, people):
                continue
            folded = fold(french_to_english(mt.group(0)))
            actor = known.get(folded) or (surnames.get(folded) if " " not in folded and len(folded) > 3 else None)
            if actor is not None:
                people.append(Mention(a, b, actor, "m", True))
        for mt in HONORIFIC.finditer(m):
            a, b = mt.start(), mt.end()
            if _overlaps(a, b, found, people):
                continue
            surname = fold(french_to_english(mt.group(2)))
            earlier = [mn for mn in found + people if mn.person and mn.start < a
                       and fold(mn.actor.name).split()[-1:] == [surname]]
            if earlier:
                people.append(Mention(a, b, earlier[-1].actor, "f" if mt.group(1) == "Mme" else "m", True))
        return people

    def _with_unnamed_speakers(self, kept: list[Mention]) -> list[Mention]:
        """Add speakers named by role and allegiance only ("un responsable ukrainien") where no actor is known."""
        f = self.f
        extra: list[Mention] = []
        for mt in lx.SPEAKER_HEAD.finditer(f):
            if any(mn.start <= mt.start() < mn.end or mt.start() <= mn.start < mt.end() for mn in kept + extra):
                continue
            if mt.group(1) == "quotidien" and re.search(r"\b(?:communique|bulletin|point|rapport|briefing|compte rendu)"
                                                         r"s?\s+$", f[max(0, mt.start() - 25):mt.start()]):
                continue  # "le communiqué quotidien de l'armée russe": a daily statement, no newspaper
            stop = lx.SPEAKER_NP_END.search(f, mt.end(), min(len(f), mt.end() + 70))
            np_end = stop.start() if stop else min(len(f), mt.end() + 70)
            hits = [(h.start(), h.end(), side, adj) for rx, side, adj in lx.SPEAKER_SIDES
                    for h in [rx.search(f, mt.end(), np_end)] if h]
            if not hits:
                continue
            _pos, end, side, adjective = min(hits)
            head = lx.SPEAKER_HEADS[mt.group(1)]
            extra.append(Mention(mt.start(), end, ActorRef(f"{adjective} {head}", side, "other"),
                                 "p" if f[mt.end() - 1:mt.end()] in {"s", "x"} else "m", False))
        extra.extend(self._bare_bodies(kept + extra))
        return sorted(kept + extra, key=lambda mn: mn.start)

    def _bare_bodies(self, known: list[Mention]) -> list[Mention]:
        """"L'armée a affirmé" after "le ministère ukrainien de la Défense": the army of the side last named; "le
        ministère" alone: the ministry last named."""
        found: list[Mention] = []
        for mt in lx.BARE_ARMY.finditer(self.f):
            if _overlaps(mt.start(), mt.end(), known):
                continue
            before = [mn for mn in known if mn.end <= mt.start() and mt.start() - mn.end < 1500
                      and mn.actor.side in lx.ARMIES and mn.actor.kind in {"army", "ministry", "government"}]
            if re.search(r"air|aerienne|groupement|brigade|bataillon|regiment", mt.group(0)):
                # "la défense antiaérienne ukrainienne a neutralisé 45 des 60 drones lancés par la Russie, selon
                # l'armée de l'air", "..., a assuré le groupement": the forces last named, not a government.
                before = [mn for mn in before if mn.actor.kind == "army"] or before
            fronted = self._fronted_side(mt.start())
            if fronted or before:
                actor = lx.ARMIES[fronted or before[-1].actor.side]
                found.append(Mention(mt.start(), mt.end(), actor, "f" if mt.group(0).startswith("l'a") else "m", False))
        for mt in lx.BARE_DEFENCE_MINISTRY.finditer(self.f):
            if _overlaps(mt.start(), mt.end(), known, found):
                continue
            last = next((mn.actor.side for mn in reversed(known) if mn.end <= mt.start() and mt.start() - mn.end < 1500
                         and mn.actor.kind == "ministry" and mn.actor.side in lx.MINISTRIES), None)
            side = self._fronted_side(mt.start()) or last
            if side is not None:
                found.append(Mention(mt.start(), mt.end(), lx.MINISTRIES[side], "m", False))
        for mt in lx.BARE_MINISTRY.finditer(self.f):
            # "..., a ajouté le ministère dans un communiqué": the ministry last named, as a speaker anywhere.
            if _overlaps(mt.start(), mt.end(), known) or re.match(r" (?:des|de l'|du|d')\b", self.f[mt.end():mt.end() + 6]):
                continue
            last = next((mn for mn in reversed(known) if mn.end <= mt.start() and mt.start() - mn.end < 1500
                         and mn.actor.kind == "ministry"), None)
            if last is not None:
                found.append(Mention(mt.start(), mt.end(), last.actor, "m", False))
        return found

    def _fronted_side(self, pos: int) -> str | None:
        """'Côté russe, le ministère de la Défense a affirmé': the side its sentence opens with."""
        mt = lx.FRONTED_SIDE.search(self.f, max(0, pos - 60), pos)
        return None if mt is None else ("RU" if mt.group(1).endswith(("russe", "moscou")) else "UA")

    def _settle_person_sides(self) -> None:
        """A governor or spokesman named without nationality speaks for the country of the places around him."""
        for mn in self.mentions:
            if mn.actor.side != UNKNOWN_SIDE:
                continue
            a, _end = self._sentence_around(mn.start)
            _start, b = self._sentence_around(mn.end)
            # The place in the title first ("le gouverneur de la région de Belgorod"), then the sentence's places.
            titled = [pm.place for pm in self.places if mn.start <= pm.start < mn.end and pm.place.country_code]
            named = [side for rx, side in lx.SIDE_ADJECTIVES if rx.search(self.f, mn.start, mn.end)]
            anaphor = re.search(r"\bde (la region|l'oblast|la ville)\b", self.f[mn.start:mn.end])
            if anaphor and not titled:
                # "le gouverneur par intérim de la région, Alexeï Smirnov": of the region (or town) last named
                role = "region" if anaphor.group(1) != "la ville" else "settlement"
                prior = [pm.place for pm in self.places if pm.role == role and pm.end <= mn.start
                         and mn.start - pm.end < 1500 and pm.place.country_code]
                titled = prior[-1:]
            near = named[:1] or [governed_by(p) for p in titled][:1] or [
                governed_by(pm.place) for pm in self.places if a <= pm.start < b and pm.place.country_code]
            if not near:
                # Else the country the article is set in: the places it names most.
                counts: dict[str, int] = {}
                for pm in self.places:
                    if pm.place.country_code in BELLIGERENTS:
                        counts[pm.place.country_code] = counts.get(pm.place.country_code, 0) + 1
                near = sorted(counts, key=counts.get, reverse=True)[:1]
            side = near[0] if near else "other"
            if mn.actor.name in OFFICES.values():
                # "governor of Belgorod Oblast"; with no place named, the side's regional office.
                where = f" of {titled[0].name}" if titled else ""
                adjective = {"RU": "Russian ", "UA": "Ukrainian "}.get(side, "") if not where else ""
                label = f"{adjective}{mn.actor.name}{where}"
                mn.actor = ActorRef(label[:1].upper() + label[1:], side, "government")
                continue
            mn.actor = replace(mn.actor, side=side)


def _extend_known(found: list[Mention], role_start: int, a: int, b: int) -> bool:
    """A person already known by name ("Nazar Volochyne") keeps its actor; the role before the name joins the span."""
    known = [mn for mn in found if mn.start < b and a < mn.end and mn.person]
    for mn in known:
        mn.start = min(mn.start, role_start)
    return bool(known)


def _overlaps(a: int, b: int, *groups: list[Mention]) -> bool:
    """Whether [a, b) overlaps a mention already found: one span of text names one actor."""
    return any(mn.start < b and a < mn.end for group in groups for mn in group)


def _person_name(written: str, side: str) -> str:
    """A Russian or Ukrainian name in French transcription takes its English spelling ("Sergueï Choïgou" ->
    "Sergei Shoigu"); a third country's analyst or official keeps the name as written ("Michael", not "Mishael")."""
    return written if side in {"INT", "US"} else french_to_english(written)
