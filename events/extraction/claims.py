"""The French claim reader: attribution, stance, event typing, places, dates and quantities of each clause.

The article is read sentence by sentence. A sentence is cut into segments at clause boundaries (tandis que,
mais, relative and participial clauses, goals); each segment gets a claimant (the subject of its reporting
verb, a "selon X", a pronoun resolved to the last named actor, or the article itself) and its events (the
strongest trigger that names enough to be a record, then other event types with a verb of their own). The
drafts are then linked across the article by `drafts.link` (a lead that the body details, a follow-up that
continues an engagement, a denial of an earlier allegation). Phrase shapes live in `grammar_fr.py`, the
vocabulary in `lexicon.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon as lx
from events.extraction.dates import find_dates, find_relative_days, resolve_relative
from events.extraction.drafts import Draft, Mention, PlaceMention, Segment, implied_strikes
from events.extraction.grammar_fr import (
    AGENT_TYPES,
    ALLEGATION,
    ANAPHORIC_EVENT_NOUNS,
    ANAPHORIC_PLACE,
    ANAPHORIC_SETTLEMENT,
    APPOSED_ROLE,
    BARE_ROLE,
    BELLIGERENTS,
    CAPITALISED,
    CASUALTY_AGENT,
    CIVILIANS,
    CLOSE_TO,
    COUNTRY_PHRASES,
    CREDIT_VERB,
    DEMONSTRATIVE_BEFORE,
    DIRECTION,
    DISTANCE_FROM,
    DURATION_BEFORE,
    FALSEHOOD,
    FOCUS_MENTIONS,
    FOCUS_TYPES,
    GROUND_TYPES,
    HONORIFIC,
    INNER_PASSIVE,
    INVERTED_SUBJECT,
    LAUNCHED,
    LIST_JOIN,
    LOCATIVE_PREFIX,
    METONYM_CAPITALS,
    NAME,
    NAMED_REGION,
    NOT_A_PLACE_BEFORE,
    NOT_AN_ACTOR,
    OBJECT_PREFIX,
    OUT_OF,
    PASSIVE_BEFORE,
    PATIENT_TYPES,
    PLURAL_NOUN,
    REGION_PREFIX,
    REPORTED_WHILE,
    ROLE_DIRECT,
    ROLE_WORD,
    SECOND_EVENT_NEEDS,
    SETTLEMENT_APPOSITION,
    SETTLEMENT_PREFIX,
    SHOT_DOWN,
    SINCE,
    TALLY_TYPES,
    TRAILING_ACCORDING,
    UNKNOWN_SIDE,
)
from events.extraction.numbers import find_numbers
from events.extraction.places import Gazetteer, fold, french_to_english
from events.extraction.types import ActorRef, DateValue, PlaceRef


class ArticleReader:
    """Reads one article; `claims()` returns its claims and the places they need."""

    def __init__(self, *, text: str, matchable: str, paragraphs: list[tuple[int, int]], published: DateValue,
                 gazetteer: Gazetteer, publisher: str = ""):
        self.text = text
        self.m = matchable
        self.f = lx.flatten(matchable)
        self.paragraphs = paragraphs
        self.published = published
        self.gaz = gazetteer
        self.media = ActorRef(publisher or "Unattributed (article text)", "media", "media")
        self.mentions = self._actor_mentions()
        self.theatre: PlaceRef | None = None
        self.places: list[PlaceMention] = []
        self._place_mentions()
        self._settle_person_sides()

    # --- mentions ---------------------------------------------------------------------------------------------------

    def _actor_mentions(self) -> list[Mention]:
        f = self.f
        found: list[Mention] = []
        for ap in lx.ACTOR_PATTERNS:
            for mt in ap.pattern.finditer(f):
                actor = ap.actor
                if actor.name == "__outlet__":
                    key = next((v for k, v in lx.OUTLET_NAMES.items() if k in mt.group(0)), mt.group(0))
                    actor = ActorRef(key, "media", "media")
                found.append(Mention(mt.start(), mt.end(), actor, ap.gender, ap.person))
        for mt in lx.US_PRESIDENT.finditer(f):
            found.append(Mention(mt.start(), mt.end(), lx.us_president(self.published.value), "m", True))
        for mt in lx.ROLE_NAME.finditer(f):
            name = NAME.match(self.m, mt.end())
            if not name or self.m[name.end():name.end() + 1] not in {",", ".", ";", ")", ""}:
                continue
            if any(mn.start < name.end() and name.start() < mn.end and mn.person for mn in found):
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
            if any(mn.start < name.end() and name.start() < mn.end and mn.person for mn in found):
                continue
            hits = [(h.start(), s) for rx, s in lx.SIDE_ADJECTIVES for h in [rx.search(f, mt.start(), name.start())] if h]
            side = min(hits)[1] if hits else UNKNOWN_SIDE
            actor = ActorRef(french_to_english(name.group(0)), side, "person")
            found.append(Mention(mt.start(), name.end(), actor, "f" if mt.group(1) == "la" else "m", True))
        found.extend(self._named_people(found))
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

    def _named_people(self, found: list[Mention]) -> list[Mention]:
        """People named before their title ("Serguiï Gaïdaï, gouverneur de Louhansk"), then "M. Gaïdaï" again."""
        f, m = self.f, self.m
        people: list[Mention] = []
        for mt in APPOSED_ROLE.finditer(m):
            a, b = mt.start(1), mt.end(1)
            if any(mn.start < b and a < mn.end for mn in found + people):
                continue
            title_end = min([i for i in (f.find(",", mt.end()), f.find(".", mt.end())) if i >= 0] or [len(f)])
            hits = [(h.start(), side) for rx, side in lx.SIDE_ADJECTIVES
                    for h in [rx.search(f, mt.end(2), min(title_end, mt.end(2) + 90))] if h]
            side = min(hits)[1] if hits else UNKNOWN_SIDE
            people.append(Mention(a, b, ActorRef(french_to_english(mt.group(1)), side, "person"), "m", True))
        # A channel or blog known by its leaning: "Rybar, proche de l'armée russe", "DeepState, proche de Kiev".
        for mt in CLOSE_TO.finditer(f):
            name = NAME.match(m, mt.start())
            if name is None or any(mn.start < name.end() and name.start() < mn.end for mn in found + people):
                continue
            side = "RU" if mt.group(1) in {"russe", "kremlin", "moscou"} else "UA"
            label = re.sub(r"^(?:Telegram|Twitter|X|YouTube|Facebook)\s+", "", name.group(0))
            people.append(Mention(name.start(), name.end(), ActorRef(label, side, "media"), "m", True))
        # A person named again by name alone ("Vladimir Saldo affirme", "Prokoudine a ajouté") is the same speaker.
        known = {fold(mn.actor.name): mn.actor for mn in found + people if mn.person and mn.actor.side != UNKNOWN_SIDE}
        surnames = {name.split()[-1]: actor for name, actor in known.items() if " " in name}
        for mt in NAME.finditer(m):
            a, b = mt.start(), mt.end()
            if any(mn.start < b and a < mn.end for mn in found + people):
                continue
            folded = fold(french_to_english(mt.group(0)))
            actor = known.get(folded) or (surnames.get(folded) if " " not in folded and len(folded) > 3 else None)
            if actor is not None:
                people.append(Mention(a, b, actor, "m", True))
        for mt in HONORIFIC.finditer(m):
            a, b = mt.start(), mt.end()
            if any(mn.start < b and a < mn.end for mn in found + people):
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
        return sorted(kept + extra, key=lambda mn: mn.start)

    def _settle_person_sides(self) -> None:
        """A governor or spokesman named without nationality speaks for the country of the places around him."""
        for mn in self.mentions:
            if mn.actor.side != UNKNOWN_SIDE:
                continue
            a = max(self.f.rfind(". ", 0, mn.start), self.f.rfind("\n", 0, mn.start), 0)
            ends = [i for i in (self.f.find(". ", mn.end), self.f.find("\n", mn.end)) if i >= 0]
            b = min(ends) if ends else len(self.f)
            near = [pm.place.country_code for pm in self.places if a <= pm.start < b and pm.place.country_code]
            if not near:
                # Else the country the article is set in: the places it names most.
                counts: dict[str, int] = {}
                for pm in self.places:
                    if pm.place.country_code in BELLIGERENTS:
                        counts[pm.place.country_code] = counts.get(pm.place.country_code, 0) + 1
                near = sorted(counts, key=counts.get, reverse=True)[:1]
            mn.actor = replace(mn.actor, side=near[0] if near else "other")

    def _in_actor(self, start: int, end: int) -> bool:
        return any(mn.start <= start and end <= mn.end and not mn.person for mn in self.mentions)

    def _names_at(self, pos: int, limit: int) -> list[tuple[int, int, str]]:
        """Capitalised names starting at pos, joined by ',' / 'et' / 'et de' (lists of places)."""
        names = []
        while pos < limit:
            mt = NAME.match(self.m, pos)
            if not mt or mt.end() > limit:
                break
            names.append((mt.start(), mt.end(), mt.group(0)))
            join = LIST_JOIN.match(self.f, mt.end())
            if not join or not join.group(0).strip() or not NAME.match(self.m, join.end()):
                break
            pos = join.end()
        return names

    def _free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self._taken)

    def _region_in_sentence(self, pos: int) -> PlaceRef | None:
        """The region named in the same sentence decides ambiguous village names."""
        sent_start = max(self.f.rfind(". ", 0, pos), self.f.rfind("\n", 0, pos), 0)
        ends = [i for i in (self.f.find(". ", pos), self.f.find("\n", pos)) if i >= 0]
        sent_end = min(ends) if ends else len(self.f)
        near = sorted((r for r in self._regions if sent_start <= r.start < sent_end), key=lambda r: abs(r.start - pos))
        return near[0].place if near else None

    def _settle(self, a: int, b: int, name: str, explicit: bool, capital: bool = False) -> None:
        """Resolve a settlement name at [a, b); an explicit one ("le village de X") is kept even if unknown.

        `capital`: a capital after a locative ("à Moscou") is the city, though elsewhere it names a government.
        """
        if not self._free(a, b) or (self._in_actor(a, b) and not capital):
            return
        in_sentence = self._region_in_sentence(a)
        # One spelling names one place throughout an article, resolved with the first context seen.
        place = self._resolved.get(fold(name))
        if place is None and in_sentence is not None:
            # A region named in the same sentence is a hard constraint (Kroupets beside "région de Koursk").
            place = self.gaz.lookup(name, region=in_sentence)
            if place is None and explicit:
                place = self.gaz.unresolved(name, parent=in_sentence) if len(fold(name)) >= 3 else None
        elif place is None:
            if self.theatre is not None:
                place = self.gaz.lookup(name, region=self.theatre)
            if place is None:
                # Elsewhere, only a town or city is a safe guess: village names repeat across the country.
                found = self.gaz.lookup(name)
                if found is not None and (found.kind in {"town", "city"} or self.theatre is None):
                    place = found
            if place is None and explicit and len(fold(name)) >= 3:
                parent = self.theatre or self.gaz.country(self._country_in(a, min(len(self.f), a + 300)) or "UA")
                place = self.gaz.unresolved(name, parent=parent) if parent is not None else None
        if place is None or place.kind == "country":
            return
        self._resolved.setdefault(fold(name), place)
        self.places.append(PlaceMention(a, b, replace(place, mention=name), "settlement"))
        self.places.sort(key=lambda pm: pm.start)
        self._taken.append((a, b))

    def _place_mentions(self) -> list[PlaceMention]:
        f = self.f
        self._taken: list[tuple[int, int]] = []
        self._resolved: dict[str, PlaceRef] = {}
        self._regions: list[PlaceMention] = []
        for mt in REGION_PREFIX.finditer(f):
            for a, b, name in self._names_at(mt.end(), len(f)):
                place = self.gaz.region(name)
                if place and self._free(a, b):
                    self._regions.append(PlaceMention(a, b, replace(place, mention=name), "region"))
                    self._taken.append((a, b))
        for mt in NAMED_REGION.finditer(f):
            place = self.gaz.region(self.m[mt.start(1):mt.end(1)])
            if place and self._free(mt.start(1), mt.end(1)):
                self._regions.append(PlaceMention(mt.start(1), mt.end(1), replace(place, mention=mt.group(1)), "region"))
                self._taken.append((mt.start(1), mt.end(1)))
        self._regions.sort(key=lambda pm: pm.start)
        self.places = list(self._regions)
        lead_end = self.paragraphs[0][1] if self.paragraphs else 0
        self.theatre = self._theatre_from(self._regions, lead_end)
        for mt in SETTLEMENT_PREFIX.finditer(f):
            for a, b, name in self._names_at(mt.end(), len(f)):
                self._settle(a, b, name, explicit=True)
        for mt in SETTLEMENT_APPOSITION.finditer(self.m):
            names = self._names_at(mt.end(), len(f))
            if names and self.m[names[-1][1]:names[-1][1] + 1] in {",", ".", ";"}:
                for a, b, name in names:
                    self._settle(a, b, name, explicit=True)
        locatives = {mt.end() for mt in LOCATIVE_PREFIX.finditer(f)}
        for mt in list(LOCATIVE_PREFIX.finditer(f)) + list(OBJECT_PREFIX.finditer(f)):
            for a, b, name in self._names_at(mt.end(), len(f)):
                # "au-dessus de Moscou" is the city; "le contrôle de Moscou" its government.
                if fold(name) in METONYM_CAPITALS and mt.end() not in locatives:
                    continue
                self._settle(a, b, name, explicit=False, capital=fold(name) in METONYM_CAPITALS)
        # Names standing alone ("Mykolaïvka, ville située ..., est aux mains de ...") that the gazetteer knows as a
        # settlement: the same cautious resolution as any name without a prefix.
        for mt in NAME.finditer(self.m):
            name = mt.group(0)
            if len(name) < 4 or not self._free(mt.start(), mt.end()) or fold(name) in METONYM_CAPITALS:
                continue
            if NOT_A_PLACE_BEFORE.search(f, max(0, mt.start() - 40), mt.start()):
                continue
            if self.gaz.is_known_name(name):
                self._settle(mt.start(), mt.end(), name, explicit=False)
        for mt in ANAPHORIC_SETTLEMENT.finditer(f):
            prev = sorted((pm for pm in self.places if pm.role == "settlement" and pm.end <= mt.start()
                           and mt.start() - pm.end < 600), key=lambda pm: pm.end)
            if prev and self._free(mt.start(), mt.end()):
                self.places.append(PlaceMention(mt.start(), mt.end(), prev[-1].place, "settlement"))
                self._taken.append((mt.start(), mt.end()))
        self.places.sort(key=lambda pm: pm.start)
        # "à une dizaine de kilomètres de Pokrovsk": a landmark that locates the event, not where it happened.
        self.places = [pm for pm in self.places if pm.role == "region" or
                       not DISTANCE_FROM.search(f, max(0, pm.start - 90), pm.start)]
        return self.places

    def ner_wanted(self, sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
        """Sentences where statistical NER may add a place: an event is named but the patterns found no place.

        Running spaCy only there keeps its cost to a fraction of the text.
        """
        wanted = []
        covered = [(mn.start, mn.end) for mn in self.mentions]
        for a, b, _pi in sentences:
            if any(a <= pm.start < b for pm in self.places):
                continue
            # NER can only add a capitalised name that is neither a known speaker nor the sentence's first word.
            caps = [mt.start() for mt in CAPITALISED.finditer(self.m, a + 1, b)]
            if not any(not any(s <= c < e for s, e in covered) for c in caps):
                continue
            if any(tp.pattern.search(self.f, a, b) for tp in lx.TRIGGERS):
                wanted.append((a, b))
        return wanted

    def add_ner_places(self, spans: list[tuple[int, int, str]]) -> None:
        """Places spaCy found that the patterns missed; only names the gazetteer knows are kept."""
        for a, b, label in spans:
            if label not in {"LOC", "GPE"} or not self._free(a, b):
                continue
            name = self.m[a:b]
            if fold(name) in METONYM_CAPITALS or not self.gaz.is_known_name(name):
                continue
            self._settle(a, b, name, explicit=False)

    @staticmethod
    def _theatre_from(regions: list[PlaceMention], lead_end: int) -> PlaceRef | None:
        """The region an article keeps returning to: the setting of what it reports without naming a place."""
        counts: dict[str, tuple[int, int, PlaceRef]] = {}
        for pm in regions:
            if pm.role == "region":
                n, first, place = counts.get(pm.place.key, (0, pm.start, pm.place))
                counts[pm.place.key] = (n + 1, first, place)
        if not counts:
            return None
        best = max(counts.values(), key=lambda v: (v[0], -v[1]))
        # A region named once, outside the lead, is a detail of one sentence, not the setting of the article.
        return best[2] if best[0] >= 2 or best[1] < lead_end else None

    # --- sentence structure -----------------------------------------------------------------------------------------

    def _segments(self, a: int, b: int) -> list[Segment]:
        f = self.f
        cuts: list[tuple[int, int, str]] = []
        concession = lx.CONCESSION_OPEN.match(f, a, b)
        if concession:
            cuts.append((concession.end(), concession.end(), "main"))
        quotes = self._quoted(a, b)
        for kind, rx in lx.BOUNDARIES:
            for mt in rx.finditer(f, a, b):
                if any(qa < mt.start() < qb for qa, qb in quotes) and kind != "goal":
                    continue
                cuts.append((mt.start(), mt.end(), kind))
        cuts.sort()
        segments, pos, kind = [], a, "concession" if concession else "main"
        for s, e, k in cuts:
            if s < pos:
                continue
            if s > pos:
                segments.append(Segment(pos, s, kind))
            pos, kind = e, k
        if pos < b:
            segments.append(Segment(pos, b, kind))
        return segments

    def _quoted(self, a: int, b: int) -> list[tuple[int, int]]:
        spans, open_at = [], None
        for i in range(a, b):
            if self.m[i] == '"':
                if open_at is None:
                    open_at = i
                else:
                    spans.append((open_at, i))
                    open_at = None
        return spans

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
        mentions = [mn for mn in mentions if not re.search(r"\b(?:avec|au|aux|a|contre)\s+(?:\w+\s+){0,2}$",
                                                          self.f[max(sent_start, mn.start - 25):mn.start])]
        if not mentions:
            return None
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
        if lx.BARE_AUTHORITIES.search(self.f, a, b) and country in lx.AUTHORITIES_BY_COUNTRY:
            return lx.AUTHORITIES_BY_COUNTRY[country]
        if lx.BARE_MINISTRY.search(self.f, a, b):
            mn = next((m for m in reversed(self.mentions) if m.end <= a and m.actor.kind == "ministry"), None)
            if mn:
                return mn.actor
        return None

    # --- places, dates, numbers of a segment ------------------------------------------------------------------------

    def _places_in(self, a: int, b: int) -> list[PlaceMention]:
        return [pm for pm in self.places if a <= pm.start and pm.end <= b]

    def _last_region_before(self, pos: int, floor: int) -> PlaceRef | None:
        regions = [pm for pm in self.places if pm.role == "region" and floor <= pm.start < pos]
        if regions:
            return regions[-1].place
        return self.theatre

    def _country_in(self, a: int, b: int) -> str | None:
        for rx, code in COUNTRY_PHRASES:
            if rx.search(self.f, a, b):
                return code
        return None

    def _quantities(self, a: int, b: int, event_type: str) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for num in find_numbers(self.m[a:b]):
            pos = a + num.end
            after = self.f[pos:pos + 60].lstrip(" \"'")
            after = re.sub(r"^(?:des\s+[\d.\s]+|de |d')", "", after)
            after = re.sub(r"^(?:(?:nouveaux|nouvelles|nouvelles|autres|petits|petites|grands|grandes|premiers|derniers)\s+)+",
                           "", after)
            key = None
            for rx, k in lx.QUANTITY_NOUNS:
                if rx.match(after):
                    key = k
                    break
            if key is None and lx.LENGTH_NOUN.match(after):
                tail = after[:40]
                key = "width_km" if "largeur" in tail else "depth_km" if "profondeur" in tail else "distance_km"
            if key is None and lx.PEOPLE_NOUN.match(after):
                tail = after[:70]
                if event_type == "prisoners":
                    key = "prisoners"
                elif event_type == "casualties":
                    # "ont été tuées" after the count, or "a tué deux personnes" before it.
                    around = self.f[max(a, a + num.start - 20):a + num.start] + " " + tail
                    key = "killed" if re.search(r"\b(?:tuee?s?|tue|morte?s?|decedee?s?)\b", around) else (
                        "wounded" if re.search(r"\bblessee?s?\b", around) else "casualties")
                elif event_type == "displacement":
                    key = "civilians"
                elif event_type == "deployment":
                    key = "soldiers"
            if key is None and event_type == "interception" and SHOT_DOWN.match(after):
                # "112 drones et 7 missiles ..., dont 84 ont été abattus": the count shot down of what was launched.
                sentence = self.f[max(self.f.rfind(". ", 0, a), 0):b]
                key = "drones" if "drone" in sentence else "missiles"
            if key and key not in out:
                out[key] = num.value
        return out

    def _segment_dates(self, a: int, b: int, event_type: str = "") -> DateValue | None:
        reference = self.published
        found = find_dates(self.m[a:b], reference)
        if event_type in TALLY_TYPES:
            # "6 millions ont fui depuis février 2022": a tally since a date is not dated by it.
            found = [d for d in found if not SINCE.search(self.f[max(a, a + d[0] - 50):a + d[0]])]
        if found:
            return found[0][2]
        for _s, _e, token in find_relative_days(self.m[a:b]):
            value = resolve_relative(token, reference)
            if value.known:
                return value
        return None

    def _claimed_date(self, a: int, b: int) -> DateValue:
        for _s, _e, token in find_relative_days(self.m[a:b]):
            value = resolve_relative(token, self.published)
            if value.known:
                return value
        return self.published

    # --- triggers ---------------------------------------------------------------------------------------------------

    def _negated(self, a: int, pos: int) -> bool:
        window = self.f[max(a, pos - 45):pos]
        return bool(lx.NEGATION.search(window))

    def _triggers(self, seg: Segment) -> list[tuple[int, int, lx.TriggerPattern]]:
        found = []
        for tp in lx.TRIGGERS:
            for mt in tp.pattern.finditer(self.f, seg.start, seg.end):
                s, e = mt.start(), mt.end()
                if self._negated(seg.start, s) or lx.NEGATION.match(self.f, e):
                    continue
                if not tp.verbal and (DEMONSTRATIVE_BEFORE.search(self.f[max(seg.start, s - 20):s])
                                      or DURATION_BEFORE.search(self.f[max(seg.start, s - 20):s])):
                    continue
                word = self.m[s:e].split()[0].lower()  # accents kept: "libéré" is no infinitive, "libérer" is
                if word.endswith(("er", "ir", "re")) and not word.startswith("entr") and tp.event_type != "encirclement":
                    # A bare infinitive names a goal unless a speaker reports it ("affirmant continuer à repousser").
                    before = self.f[max(seg.start, s - 40):s]
                    if not any(r[0] >= s - 40 for r in self._reporting(max(seg.start, s - 40), s)) \
                            and not re.search(r"\bavoir\s+$", before):
                        continue
                found.append((s, e, tp))
        found.sort(key=lambda t: (not t[2].verbal, -t[2].weight, t[0]))
        return found

    def _side_near(self, a: int, b: int, pos: int, end: int, exclude: tuple[int, int] | None) -> str | None:
        near = self._side_near_at(a, b, pos, end, exclude)
        return near[1] if near else None

    def _side_near_at(self, a: int, b: int, pos: int, end: int,
                      exclude: tuple[int, int] | None) -> tuple[int, str, str] | None:
        """(distance, side, 'before' | 'after') of the side word nearest the trigger."""
        cands: list[tuple[int, str, str]] = []
        # "sur le sol russe" is a place and "aux côtés des militaires russes" an ally: neither names who acted.
        masked = [(mt.start(), mt.end()) for mt in NOT_AN_ACTOR.finditer(self.f, a, b)]
        for rx, side in lx.ACTOR_SIDE_NEAR:
            for mt in rx.finditer(self.f, a, b):
                if exclude and exclude[0] <= mt.start() < exclude[1]:
                    continue
                if any(ma <= mt.start() < mb for ma, mb in masked):
                    continue
                after = mt.start() >= end
                dist = mt.start() - end if after else (pos - mt.end()) + 15
                cands.append((dist, side, "after" if after else "before"))
        for mn in self.mentions:
            if any(ma <= mn.start < mb for ma, mb in masked):
                continue
            if a <= mn.start < b and mn.actor.side in BELLIGERENTS | {"US"} and not (
                    exclude and exclude[0] <= mn.start < exclude[1]):
                after = mn.start >= end
                dist = mn.start - end if after else (pos - mn.end) + 15
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
        if t == "agreement":
            return None  # an agreement binds its parties; no side performs it against the other
        if t == "encirclement" and places and places[0].place.country_code in BELLIGERENTS:
            return lx.OPPONENT.get(places[0].place.country_code)  # a besieged town is held by its own country
        # "ont été abattus" before the trigger, or inside it when it starts at the noun ("deux drones ont été abattus").
        passive = bool(PASSIVE_BEFORE.search(f[max(seg.start, s - 30):s]) or INNER_PASSIVE.search(f, s, e))
        own = lx.OWN_SIDE.search(f, seg.start, seg.end)
        if own and claimant.side in BELLIGERENTS:
            # "Nos unités ont abattu" acts; "ses troupes soient encerclées" is done to.
            done_to = t in PATIENT_TYPES and not via_avoir and (passive or own.start() >= e)
            return lx.OPPONENT.get(claimant.side) if done_to else claimant.side
        if t == "casualties":
            agent = CASUALTY_AGENT.search(f, seg.start, seg.end)
            if agent:
                return "RU" if agent.group(1).startswith("russ") else "UA"
        if via_avoir and claimant.side in BELLIGERENTS:
            return claimant.side
        if t == "displacement":
            return None
        if tp.verbal:
            found = self._side_near_at(seg.start, seg.end, s, e, claimant_span)
            losing = t == "casualties" and f[s:e].startswith(("perd", "perte"))
            if found and t in PATIENT_TYPES and found[2] == "before" and not passive and not losing:
                return found[1]  # "les forces ukrainiennes ont repoussé l'attaque": the subject acts
            near = found[1] if found else None
            # A noun's own complement names its agent ("des frappes de missiles russes"): kept when it is close,
            # within the noun phrase.
            nominal = PLURAL_NOUN.match(f, s) or re.match(r"\w+\s+(?:de|d')", f[s:s + 20])
            complement = nominal and found and found[0] < 40 and "," not in f[e:e + found[0]]
            if found and found[2] == "after" and f.startswith("par ", e + found[0]) and found[0] < 40:
                complement = True  # "tirés par la Russie": the agent of a passive participle acted
            if found and found[2] == "after" and not passive and t in AGENT_TYPES and not complement:
                # "ont libéré la ville et anéantissent les unités ukrainiennes", "ont lancé 397 drones sur l'Ukraine":
                # a side named after an agent's verb is its object; the subject, or the speaker's own forces, act.
                subject = self._side_near_at(seg.start, s, s, e, claimant_span)
                if subject is not None:
                    near = subject[1]
                elif claimant.side in BELLIGERENTS:
                    near = claimant.side
        else:
            # A noun takes its side from its own complement: "l'offensive russe", "des forces de Kiev".
            comma = f.find(",", e, seg.end)
            stop = min(seg.end, e + 45, comma if comma >= 0 else seg.end)
            near = self._side_near(max(seg.start, s - 12), stop, s, e, claimant_span)
            if near is None:
                subject = [mn for mn in self.mentions if seg.start <= mn.start and mn.end <= s
                           and mn.actor.side in BELLIGERENTS and not (claimant_span and mn.start == claimant_span[0])]
                near = subject[-1].actor.side if subject else None
        if near:
            if t in PATIENT_TYPES:
                return lx.OPPONENT.get(near)
            return near
        if t == "casualties":
            country = next((pm.place.country_code for pm in places), None) or self._context_country(seg.start)
            return lx.OPPONENT.get(country or "")
        if t == "capture" and places and f[s:e].startswith(("repr", "recon")):
            return places[0].place.country_code if places[0].place.country_code in BELLIGERENTS else None
        if claimant.side in BELLIGERENTS:
            return claimant.side
        return None

    def _context_country(self, pos: int) -> str | None:
        region = self._last_region_before(pos, max(0, pos - 3000))
        return region.country_code if region else None

    # --- the reading ------------------------------------------------------------------------------------------------

    def drafts(self, sentences: list[tuple[int, int, int]]) -> list[Draft]:
        drafts: list[Draft] = []
        last_claimant: ActorRef | None = None
        for si, (a, b, pi) in enumerate(sentences):
            if self._enrich_anaphora(a, b, drafts):
                continue
            segments = self._segments(a, b)
            verbs = self._reporting(a, b)
            inverted = [v for v in verbs if self._is_inverted(a, v)]
            prev_claimant: ActorRef | None = None
            for idx, seg in enumerate(segments):
                if seg.kind == "goal":
                    continue
                claimant, span, stance, verb = self._attribute(a, b, seg, idx, verbs, inverted, prev_claimant,
                                                               last_claimant)
                if claimant is None:
                    continue
                prev_claimant = claimant
                if claimant.side != "media":
                    last_claimant = claimant
                if lx.NEGATED_REPORT.search(self.f, seg.start, seg.end):
                    continue
                if lx.CONDITIONAL.search(self.f, seg.start, seg.end):
                    continue
                if stance == lx.DENIES and self._deny_previous(seg, claimant, drafts, si, pi):
                    continue
                found = self._drafts(seg, claimant, span, stance, verb, a, b, si, pi)
                if not found and seg.kind == "and":
                    found = self._gapped(seg, claimant, drafts, si, pi)
                drafts.extend(found)
            drafts.extend(self._implied_strikes(drafts, si, a, b))
        self._place_at_focus(drafts)
        return drafts

    def _place_at_focus(self, drafts: list[Draft]) -> None:
        """An article about one town: events it reports without a place happened there ("ce bilan", "l'usine")."""
        counts: dict[str, list[PlaceRef]] = {}
        for pm in self.places:
            if pm.role == "settlement":
                counts.setdefault(pm.place.key, []).append(pm.place)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < FOCUS_MENTIONS or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
            return
        focus = ranked[0][0]
        for d in drafts:
            if d.localities or d.region_is_object or d.event_type not in FOCUS_TYPES:
                continue
            if d.region is not None and d.region.key != focus.parent_key:
                continue
            d.localities = [focus]
            d.region = d.region or (self.gaz.get(focus.parent_key) if focus.parent_key else None)

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

    def _is_inverted(self, sent_start: int, verb: tuple[int, int, str, str]) -> bool:
        """'« ... », a déclaré X' and '..., a annoncé samedi le ministère': the speaker follows the verb."""
        before = self.f[sent_start:verb[0]].rstrip()
        after = self.f[verb[1]:verb[1] + 4]
        if after.startswith("-t-") or self.f[verb[0]:verb[1]].startswith(("a-t-", "ont-")):
            return True
        if before.endswith(('",', '"')):
            return True
        if before.endswith(",") and verb[3] != "participle":
            follow = INVERTED_SUBJECT.match(self.f, verb[1])
            return bool(follow) and any(verb[1] <= mn.start < verb[1] + 60 for mn in self.mentions)
        return False

    def _attribute(self, a, b, seg, idx, verbs, inverted, prev_claimant, last_claimant):
        """(claimant, claimant span, stance, verb) of a segment."""
        f = self.f
        own = [v for v in verbs if seg.start <= v[0] < seg.end]
        here = [pm.place.country_code for pm in self._places_in(a, b) if pm.place.country_code]
        country = here[0] if here else self._context_country(seg.start)
        for v in own:
            inner = re.search(r"-t-(il|elle)\b|-(ils|elles)\b", self.f[v[0]:v[1]])
            if inner:
                actor = self._pronoun(inner.group(1) or inner.group(2), v[0])
            elif v in inverted:
                actor = self._subject_after(v[1], b)
            elif v[3] == "participle":
                actor = prev_claimant or last_claimant
            else:
                actor = self._bare_subject(max(a, seg.start - 200), v[0], country) or \
                    self._subject_before(seg.start if seg.kind != "main" or idx else a, v[0]) or \
                    (self._subject_before(a, v[0]) if seg.kind in {"main", "contrast", "and"} else None)
            if actor is not None:
                span = self._span_of(actor, a, b)
                return actor, span, v[2], v
        acc = lx.ACCORDING_TO.search(f, seg.start, seg.end) or (
            lx.ACCORDING_TO.search(f, a, seg.start) if idx == 0 or seg.kind == "main" else None)
        if acc is None and not own:
            # "..., selon l'armée de l'air ukrainienne." closing the sentence attributes all of it.
            tail = TRAILING_ACCORDING.search(f, a, b)
            acc = lx.ACCORDING_TO.search(f, tail.start(), b) if tail else None
        if acc:
            pron = re.match(r"(lui|elle|eux)\b", f[acc.end():acc.end() + 5])
            if pron:
                actor = self._pronoun(pron.group(1), acc.start())
            else:
                bare = self._bare_subject(acc.end(), acc.end() + 20, country)
                mn = next((m for m in self.mentions if acc.end() <= m.start < acc.end() + 40), None)
                actor = bare or (mn.actor if mn else None)
            if actor is not None:
                return actor, self._span_of(actor, a, b), lx.ASSERTS, None
        if prev_claimant and seg.kind == "contrast" and prev_claimant.side != "media" and \
                REPORTED_WHILE.search(f, max(a, seg.start - 14), seg.start) and \
                any(v[0] < seg.start and v[3] != "participle" for v in verbs if a <= v[0]):
            # "X a déclaré que les Russes subissaient des pertes alors qu'ils tentaient de prendre Y": the
            # 'while' clause sits inside the reported speech.
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
            if out and not (tp.verbal and tp.needs in SECOND_EVENT_NEEDS):
                continue  # a second event needs a verb of its own and something it names (a place, a count)
            if out and PLURAL_NOUN.match(self.f, s):
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
            value = next((n.value for n in find_numbers(self.m[of.start(1):of.end(1)])), None)
            launched = ("drones" if of.group(2).startswith("drone") else "missiles", value) if value else None
        return implied_strikes(drafts, si, launched)

    def _draft(self, seg, claimant, span, stance, verb, a, b, si, pi, only=None) -> Draft | None:
        f = self.f
        places = [pm for pm in self._places_in(seg.start, seg.end)]
        if not places and re.search(r",\s+ou\s*$", f[max(a, seg.start - 6):seg.start]):
            # "une attaque sur la région d'Odessa, où deux personnes ont été blessées": where the clause points.
            places = [pm for pm in self._places_in(a, seg.start)]
        for s, e, tp in ([only] if only else self._triggers(seg)):
            if span and span[0] <= s < span[1]:
                continue
            before = f[max(seg.start, s - 40):s]
            via_avoir = bool(verb and re.search(r"\bavoir\s+(?:\"\s*)?$", before)) or bool(
                verb and verb[3] == "participle" and s - verb[1] < 30)
            quantities = self._quantities(seg.start, seg.end, tp.event_type)
            settlements = [pm for pm in places if pm.role == "settlement"]
            regions = [pm for pm in places if pm.role == "region"]
            region_object = any(self._is_object(e, pm.start) for pm in regions)
            if not self._satisfies(tp, settlements, regions, region_object, quantities, claimant, seg, s, e, span):
                continue
            actor_side = self._actor_side(tp, seg, s, e, claimant, span, via_avoir, places)
            if verb and CREDIT_VERB.match(f, verb[0], verb[1]) and claimant.side in BELLIGERENTS and \
                    tp.event_type in AGENT_TYPES and 0 <= s - verb[1] < 25:
                actor_side = claimant.side  # "Moscou a revendiqué la prise de X": it claims the credit for itself
            if tp.needs == "actor" and actor_side is None:
                continue
            if tp.event_type == "offensive" and not tp.verbal and claimant.side == "media" and \
                    not LAUNCHED.search(f, max(seg.start, s - 45), s) and \
                    not find_dates(self.m[max(seg.start, s - 45):s], self.published):
                # "l'offensive russe", "à l'offensive": the article's background, not a launch the article reports
                # (one launched or dated: "lancé une offensive", "depuis le 6 août d'une offensive").
                continue
            localities, region = self._where(tp.event_type, settlements, regions, seg)
            country = (localities[0].country_code if localities else None) or (
                region.country_code if region else None) or self._country_in(seg.start, seg.end)
            occurred = self._segment_dates(seg.start, seg.end, tp.event_type)
            claimed = self._claimed_date(a, b)
            event_type = tp.event_type
            if event_type == "capture" and "share_pct" in quantities and localities:
                event_type = "territorial_control"  # "80% de Voltchansk conquis": how much of a town is held
            final_stance = self._stance(stance, claimant, event_type, actor_side)
            if claimant.side in BELLIGERENTS and FALSEHOOD.search(f, a, b) and final_stance != lx.DENIES:
                # "Les déclarations suggérant que X a été conquis sont fausses": the speaker denies the event.
                final_stance = lx.DENIES
            start, end = self._quote_bounds(seg, a, b)
            return Draft(claimant, final_stance, event_type, actor_side, localities, region, region_object, country,
                         occurred or claimed, claimed, quantities, start, end, si, pi, via_avoir)
        return None

    def _is_object(self, trigger_end: int, place_start: int) -> bool:
        between = self.f[trigger_end:place_start]
        return 0 <= len(between) <= 60 and not re.search(r"\b(?:dans|en|au|aux|a|sur|vers|pres)\b", between)

    def _satisfies(self, tp, settlements, regions, region_object, quantities, claimant, seg, s, e, span) -> bool:
        needs = tp.needs
        if needs == "place":
            return bool(settlements or regions)
        if needs == "place_or_quantity":
            return bool(settlements or region_object or {"localities", "area_km2"} & quantities.keys())
        if needs == "number" and tp.event_type == "displacement":
            # People who fled or remain are civilians; "des soldats bloqués" is no displacement.
            return bool(quantities) and bool(CIVILIANS.search(self.f, seg.start, seg.end))
        if needs == "number":
            return bool(quantities)
        if needs == "quantity":
            return bool({"localities", "area_km2", "share_pct"} & quantities.keys())
        if needs == "number_or_place":
            # "des missiles sur le territoire russe": a country named as the target is enough for a strike.
            fired = re.match(r"(?:tire|lance|frappe|bombarde|pilonne)\b", self.f[s:e])  # a verb, not "les bombardements"
            return bool({"drones", "missiles"} & quantities.keys() or settlements or regions
                        or (fired and self._country_in(seg.start, seg.end)))
        return True

    def _where(self, event_type, settlements, regions, seg) -> tuple[list[PlaceRef], PlaceRef | None]:
        localities = [pm.place for pm in settlements]
        region = None
        if localities:
            parent_key = localities[0].parent_key
            region = self.gaz.get(parent_key) if parent_key else None
            if region is not None and region.kind != "region":
                region = None
        elif regions:
            uniq = list({pm.place.key: pm.place for pm in regions}.values())
            if len(uniq) == 1 and self.theatre is not None and uniq[0].key == self.theatre.key:
                region = uniq[0]  # the article's setting: the event happened somewhere in it
            else:
                localities = uniq
                region = uniq[0] if len(uniq) == 1 else None
        elif event_type in GROUND_TYPES and not DIRECTION.search(self.f, seg.start, seg.end) and (
                self._country_in(seg.start, seg.end) is None):  # "envoyés en Russie" names a country, no region
            floor = max(0, seg.start - 1500)
            region = self._last_region_before(seg.start, floor) if ANAPHORIC_PLACE.search(
                self.f, seg.start, seg.end) else self.theatre
        uniq_loc = list({p.key: p for p in localities}.values())
        return uniq_loc, region

    def _stance(self, stance: str, claimant: ActorRef, event_type: str, actor_side: str | None) -> str:
        if stance == lx.DENIES:
            return stance
        own, opp = claimant.side, lx.OPPONENT.get(claimant.side)
        setback = (event_type == "withdrawal" and actor_side == own) or (
            event_type in {"capture", "territorial_control"} and opp is not None and actor_side == opp)
        if own in BELLIGERENTS and setback:
            return lx.ACKNOWLEDGES
        return lx.ASSERTS

    def _quote_bounds(self, seg: Segment, a: int, b: int) -> tuple[int, int]:
        start, end = seg.start, seg.end
        if end - start < 30:
            start, end = a, b
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:-–—"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—."):
            end -= 1
        return start, end

    def _enrich_anaphora(self, a: int, b: int, drafts: list[Draft]) -> bool:
        """'Ces frappes, qui ont visé la région de Moscou, ...' adds places to the strike just reported."""
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
        if not ALLEGATION.search(self.f, seg.start, seg.end) and self._triggers(seg):
            return False
        target = next((d for d in reversed(drafts) if d.claimant != claimant and d.sentence >= si - 2
                       and not d.dropped), None)
        if target is None:
            return False
        start, end = self._quote_bounds(seg, seg.start, seg.end)
        draft = replace(target, claimant=claimant, stance=lx.DENIES, start=start, end=end, sentence=si, paragraph=pi,
                        links=[], claimed=self._claimed_date(seg.start, seg.end))
        draft.localities = list(target.localities)
        draft.quantities = {}
        drafts.append(draft)
        target.links.append(len(drafts) - 1)
        return True
