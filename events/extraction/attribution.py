"""Who says it, in a French article: named and unnamed speakers, pronouns, inverted subjects, "selon X"."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon as lx
from events.extraction.drafts import BELLIGERENTS, Mention, governed_by
from events.extraction.grammar_fr import (
    APPOSED_ROLE,
    BARE_ROLE,
    CLOSE_TO,
    HONORIFIC,
    INVERTED_LEAD,
    INVERTED_SUBJECT,
    NAME,
    OFFICE_OF_PLACE,
    OFFICES,
    REPORTED_WHILE,
    ROLE_DIRECT,
    ROLE_WORD,
    TRAILING_ACCORDING,
    UNKNOWN_SIDE,
)
from events.extraction.places import fold, french_to_english
from events.extraction.types import ActorRef

STRIKE_THEN_WHICH = re.compile(r"\b(?:frappes?|attaques?|bombardements?|tirs?|explosions?|drones?|missiles?|roquettes?)"
                               r"\b[^,.;]{0,50},\s*qui\s*$")


class SpeakerReading:
    """The speaker side of `claims.ArticleReader`: actor mentions and the claimant of each clause."""

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
            actor = ActorRef(french_to_english(name.group(0)), side, "person")
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
            side = min(hits)[1] if hits else UNKNOWN_SIDE
            actor = ActorRef(french_to_english(name.group(0)), side, "person")
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
            side = min(hits)[1] if hits else UNKNOWN_SIDE
            people.append(Mention(a, b, ActorRef(french_to_english(mt.group(1)), side, "person"), "m", True))
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
        extra.extend(self._bare_armies(kept + extra))
        return sorted(kept + extra, key=lambda mn: mn.start)

    def _bare_armies(self, known: list[Mention]) -> list[Mention]:
        """"L'armée a affirmé" after "le ministère ukrainien de la Défense": the army of the side last named."""
        found: list[Mention] = []
        for mt in lx.BARE_ARMY.finditer(self.f):
            if _overlaps(mt.start(), mt.end(), known):
                continue
            before = [mn for mn in known if mn.end <= mt.start() and mt.start() - mn.end < 1500
                      and mn.actor.side in lx.ARMIES and mn.actor.kind in {"army", "ministry", "government"}]
            if re.search(r"air|groupement|brigade|bataillon|regiment", mt.group(0)):
                # "la défense antiaérienne ukrainienne a neutralisé 45 des 60 drones lancés par la Russie, selon
                # l'armée de l'air", "..., a assuré le groupement": the forces last named, not a government.
                before = [mn for mn in before if mn.actor.kind == "army"] or before
            if before:
                actor = lx.ARMIES[before[-1].actor.side]
                found.append(Mention(mt.start(), mt.end(), actor, "f" if mt.group(0).startswith("l'a") else "m", False))
        return found

    def _settle_person_sides(self) -> None:
        """A governor or spokesman named without nationality speaks for the country of the places around him."""
        for mn in self.mentions:
            if mn.actor.side != UNKNOWN_SIDE:
                continue
            a = max(self.f.rfind(". ", 0, mn.start), self.f.rfind("\n", 0, mn.start), 0)
            ends = [i for i in (self.f.find(". ", mn.end), self.f.find("\n", mn.end)) if i >= 0]
            b = min(ends) if ends else len(self.f)
            # The place in the title first ("le gouverneur de la région de Belgorod"), then the sentence's places.
            titled = [pm.place for pm in self.places if mn.start <= pm.start < mn.end and pm.place.country_code]
            named = [side for rx, side in lx.SIDE_ADJECTIVES if rx.search(self.f, mn.start, mn.end)]
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

    def _reporting(self, a: int, b: int) -> list[tuple[int, int, str, str]]:
        found = []
        for stance, rx, form in lx.REPORTING:
            for mt in rx.finditer(self.f, a, b):
                found.append((mt.start(), mt.end(), stance, form))
        found.sort()
        kept = []
        for item in found:
            if kept and item[0] < kept[-1][1]:
                continue
            kept.append(item)
        return kept

    def _last_mention(self, before: int, *, gender: str | None = None, person_first: bool = False,
                      floor: int = 0) -> Mention | None:
        cands = [mn for mn in self.mentions if floor <= mn.start and mn.end <= before and mn.actor.side != "media"]
        if not cands:
            return None
        if gender:
            matching = [mn for mn in cands if mn.gender == gender or (gender == "p" and mn.gender in {"p", "f"})]
            if person_first and gender == "m":
                persons = [mn for mn in matching if mn.person]
                if persons and persons[-1].start >= (matching[-1].start - 150):
                    return persons[-1]
            if matching:
                return matching[-1]
        return cands[-1]

    def _pronoun(self, word: str, pos: int) -> ActorRef | None:
        gender = {"il": "m", "lui": "m", "elle": "f", "ils": "p", "elles": "p", "eux": "p", "ce dernier": "m",
                  "cette derniere": "f", "ces derniers": "p"}.get(word, None)
        mn = self._last_mention(pos, gender=gender, person_first=True, floor=max(0, pos - 1500))
        return mn.actor if mn else None

    def _subject_before(self, sent_start: int, pos: int) -> ActorRef | None:
        window = self.f[sent_start:pos]
        pron = re.search(r"(?:^|[\s,'\"])(il|elle|ils|elles|ce dernier|cette derniere|ces derniers)\s+(?:\w+\s+)?$", window)
        if pron:
            return self._pronoun(pron.group(1), sent_start + pron.start(1))
        role = BARE_ROLE.search(window)
        if role:
            # "L'officier a affirmé": a role named without its name or allegiance is the person last named.
            mn = self._last_mention(sent_start + role.start(), gender="m", person_first=True,
                                    floor=max(0, sent_start - 1500))
            if mn is not None and mn.person:
                return mn.actor
        mentions = [mn for mn in self.mentions if sent_start <= mn.start and mn.end <= pos]
        # Indirect objects ("avec Donald Trump", "au président") are not subjects.
        mentions = [mn for mn in mentions if not re.search(r"\b(?:avec|au|aux|a|contre)\s+(?:[\w'-]+\s+){0,3}$",
                                                          self.f[max(sent_start, mn.start - 40):mn.start])]
        if not mentions:
            return None
        relative = re.search(r",\s+qui\b", window)
        if relative:
            # "Rybar, qui suit les forces russes, a relevé": the subject stands before its relative clause.
            head = [mn for mn in mentions if 0 <= sent_start + relative.start() - mn.end <= 2]
            if head:
                return head[-1].actor
        if window.rstrip().endswith(","):
            # "Evgueni Prigojine, chef de Wagner et allié du président Poutine, a déclaré": the subject opens the
            # apposition; the people named inside it are not speaking.
            opening = [mn for mn in mentions if self.f[mn.end:mn.end + 2].startswith(",")]
            if opening:
                return opening[0].actor
        persons = [mn for mn in mentions if mn.person]
        if persons and persons[-1].start > mentions[-1].start - 60:
            return persons[-1].actor
        return mentions[-1].actor

    def _subject_after(self, pos: int, limit: int) -> ActorRef | None:
        tail = self.f[pos:pos + 12]
        pron = re.match(r"-t-(il|elle)\b|\s*-(il|elle|ils|elles)\b", tail)
        if pron:
            return self._pronoun(pron.group(1) or pron.group(2), pos)
        window = [mn for mn in self.mentions if pos <= mn.start < min(limit, pos + 140)]
        if not window:
            return None
        first = window[0]
        if not first.person and first.start - pos < 90 and ROLE_WORD.search(self.f, pos, first.start):
            # "le commandant en chef de l'armée ukrainienne, Oleksandre Syrsky": the person, not the army.
            person = next((mn for mn in window[1:] if mn.person and mn.start - first.end < 60), None)
            if person is not None:
                return person.actor
        return first.actor if first.start - pos < 90 else None

    def _bare_subject(self, a: int, b: int, country: str | None) -> ActorRef | None:
        bare = lx.BARE_AUTHORITIES.search(self.f, a, b)
        if bare and country in lx.AUTHORITIES_BY_COUNTRY and not any(
                bare.start() <= mn.end and mn.start < b for mn in self.mentions):
            # "le chef de l'administration militaire régionale, Serhiï Lyssak, a dit": the person named speaks.
            return lx.AUTHORITIES_BY_COUNTRY[country]
        if lx.BARE_MINISTRY.search(self.f, a, b):
            mn = next((m for m in reversed(self.mentions) if m.end <= a and m.actor.kind == "ministry"), None)
            if mn:
                return mn.actor
        return None

    def _is_inverted(self, sent_start: int, verb: tuple[int, int, str, str]) -> bool:
        """'« ... », a déclaré X' and '..., a annoncé samedi le ministère': the speaker follows the verb."""
        before = self.f[sent_start:verb[0]].rstrip()
        after = self.f[verb[1]:verb[1] + 4]
        if after.startswith("-t-") or self.f[verb[0]:verb[1]].startswith(("a-t-", "ont-")):
            return True
        if before.endswith(('",', '"')):
            return True
        if before.endswith(",") and verb[3] != "participle":
            comma = sent_start + len(before) - 1
            if any(comma - 2 <= mn.end <= comma and mn.actor.side != "media" and re.fullmatch(
                    r"[\s\"«»]*(?:(?:le|la|les|l'|un|une)\s*)?", self.f[sent_start:mn.start]) for mn in self.mentions):
                # "Le ministre russe de la Défense, Sergueï Choïgou, a annoncé au président ...": the subject and
                # its apposition come first; the verb is not inverted.
                return False
            follow = INVERTED_SUBJECT.match(self.f, verb[1])
            if follow:
                return any(verb[1] <= mn.start < verb[1] + 60 for mn in self.mentions)
            lead = INVERTED_LEAD.match(self.f, verb[1])
            return bool(lead) and any(mn.start == lead.end() for mn in self.mentions)
        return False

    def _attribute(self, a, b, seg, idx, verbs, inverted, prev_claimant, last_claimant):
        """(claimant, claimant span, stance, verb) of a segment."""
        f = self.f
        own = [v for v in verbs if seg.start <= v[0] < seg.end]
        here = [governed_by(pm.place) for pm in self._places_in(a, b) if pm.place.country_code]
        country = here[0] if here else self._context_country(seg.start)
        for agent_stance, rx in lx.AGENT_REPORT:
            # "dont la prise a été revendiquée par la Russie, a assuré le groupement": the agent of the passive
            # report speaks for its clause; the verb after it reports the whole sentence.
            by = rx.search(f, seg.start, seg.end)
            mn = by and next((m for m in self.mentions if by.end() <= m.start < min(b, by.end() + 60)), None)
            if mn and own and by.end() <= own[0][0]:
                return mn.actor, (mn.start, mn.end), agent_stance, None
        for v in own:
            inner = re.search(r"-t-(il|elle)\b|-(ils|elles)\b", self.f[v[0]:v[1]])
            if inner:
                actor = self._pronoun(inner.group(1) or inner.group(2), v[0])
            elif v in inverted:
                actor = self._subject_after(v[1], b)
            elif v[3] == "participle":
                # "X a émis des alertes signalant que ...": the subject of the sentence, else the last speaker.
                actor = prev_claimant or self._subject_before(a, v[0]) or last_claimant
            elif seg.kind == "background" and re.search(r",\s+qui\s*$", f[max(a, seg.start - 8):seg.start]):
                # "face aux assauts des troupes russes, qui avaient revendiqué la capture": the antecedent speaks.
                head = [mn for mn in self.mentions if a <= mn.start and 0 <= seg.start - mn.end <= 8]
                actor = head[-1].actor if head else None
            else:
                actor = self._bare_subject(max(a, seg.start - 200), v[0], country) or \
                    self._subject_before(seg.start if seg.kind != "main" or idx else a, v[0]) or \
                    (self._subject_before(a, v[0]) if seg.kind in {"main", "contrast", "and"} else None)
            if actor is not None:
                span = self._span_of(actor, a, b)
                return actor, span, v[2], v
        opening = lx.ACCORDING_TO.match(f, a) or lx.ACCORDING_TO.match(f, a + 1)
        acc = lx.ACCORDING_TO.search(f, seg.start, seg.end) or (
            lx.ACCORDING_TO.search(f, a, seg.start) if idx == 0 or seg.kind == "main" else None) or (
            opening if opening and opening.end() <= seg.start else None)  # "Selon X, ..." governs its sentence
        if acc is None and not own:
            # "..., selon l'armée de l'air ukrainienne." closing the sentence attributes all of it.
            tail = TRAILING_ACCORDING.search(f, a, b)
            acc = lx.ACCORDING_TO.search(f, tail.start(), b) if tail else None
        if acc:
            pron = re.match(r"(lui|elle|eux)\b", f[acc.end():acc.end() + 5])
            if pron:
                actor = self._pronoun(pron.group(1), acc.start())
            else:
                bare = self._bare_subject(acc.end(), min(b, acc.end() + 32), country)
                mn = next((m for m in self.mentions if acc.end() <= m.start < min(b, acc.end() + 40)), None)
                # "selon le gouverneur régional Oleg Synegoubov": the person named, not a bare title.
                actor = mn.actor if mn and mn.person and mn.start - acc.end() <= 25 else bare or (
                    mn.actor if mn else None)
            if actor is not None:
                return actor, self._span_of(actor, a, b), lx.ASSERTS, None
        for agent_stance, rx in lx.AGENT_REPORT:
            by = rx.search(f, seg.start, seg.end)
            mn = by and next((m for m in self.mentions if by.end() <= m.start < min(b, by.end() + 60)), None)
            if mn:
                return mn.actor, (mn.start, mn.end), agent_stance, None
        if prev_claimant and seg.kind == "contrast" and prev_claimant.side != "media" and \
                REPORTED_WHILE.search(f, max(a, seg.start - 14), seg.start) and \
                any(v[0] < seg.start and v[3] != "participle" for v in verbs if a <= v[0]):
            # "X a déclaré que les Russes subissaient des pertes alors qu'ils tentaient de prendre Y": the
            # 'while' clause sits inside the reported speech.
            return prev_claimant, None, lx.ASSERTS, None
        if prev_claimant and seg.kind == "background" and prev_claimant.side != "media" and STRIKE_THEN_WHICH.search(
                f, max(a, seg.start - 90), seg.start):
            # "deux frappes sur Dnipro, qui ont fait quatre blessés": the toll of the strike the speaker reports.
            return prev_claimant, None, lx.ASSERTS, None
        if prev_claimant and (seg.kind in {"continuation", "and"} or re.match(r"\s*qu(?:e\b|')", f[seg.start:seg.start + 5])):
            # "a affirmé que X, et que Y": Y is still what the speaker affirmed.
            return prev_claimant, None, lx.ASSERTS, None
        if seg.kind in {"main", "contrast", "and"} and inverted:
            v = inverted[0]
            if v[0] >= seg.end:
                inner = re.search(r"-t-(il|elle)\b|-(ils|elles)\b", self.f[v[0]:v[1]])
                actor = self._pronoun(inner.group(1) or inner.group(2), v[0]) if inner else \
                    self._subject_after(v[1], b)
                if actor is not None:
                    return actor, self._span_of(actor, a, b), v[2], v
        if seg.kind == "main" and idx > 0 and prev_claimant is not None and not own:
            return prev_claimant, None, lx.ASSERTS, None
        if lx.PASSIVE_REPORT.search(f, seg.start, min(len(f), seg.end + 2)) and last_claimant is not None:
            return last_claimant, None, lx.ASSERTS, None
        return self.media, None, lx.ASSERTS, None

    def _span_of(self, actor: ActorRef, a: int, b: int) -> tuple[int, int] | None:
        for mn in self.mentions:
            if a <= mn.start < b and mn.actor == actor:
                return (mn.start, mn.end)
        return None


def _extend_known(found: list[Mention], role_start: int, a: int, b: int) -> bool:
    """A person already known by name ("Nazar Volochyne") keeps its actor; the role before the name joins the span."""
    known = [mn for mn in found if mn.start < b and a < mn.end and mn.person]
    for mn in known:
        mn.start = min(mn.start, role_start)
    return bool(known)


def _overlaps(a: int, b: int, *groups: list[Mention]) -> bool:
    """Whether [a, b) overlaps a mention already found: one span of text names one actor."""
    return any(mn.start < b and a < mn.end for group in groups for mn in group)
