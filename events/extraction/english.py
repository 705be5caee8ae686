"""English wire copy in, claim drafts out: who speaks in each clause, and what it says happened.

A parser-free reader: regular expressions over a lexicon (`lexicon_en`), mirroring the French reader's stages
(sentence -> clauses -> claimant -> at most one event -> places, side, stance, quantities). No statistical model
is used: the official spaCy English pipelines are not on the package index here, and a regex pass over a wire
story costs milliseconds. Drafts are the shared `drafts.Draft`, so `drafts.link` and `drafts.to_claims` turn
them into the same `ExtractedClaim` records whatever the language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon_en as en
from events.extraction import text as textmod
from events.extraction.breakdowns import split_tallies
from events.extraction.drafts import Draft, holding_denial, implied_strikes, opposing_parties, told_later
from events.extraction.english_attribution import EnglishAttribution
from events.extraction.english_events import ClauseReader
from events.extraction.english_places import PlaceFinder
from events.extraction.english_speakers import EnglishMentions
from events.extraction.lexicon import OPPONENT, flatten
from events.extraction.numbers import find_numbers_en
from events.extraction.place_anaphora import inherit_places
from events.extraction.places import Gazetteer
from events.extraction.types import ActorRef, DateValue

ALL_OF_THEM = re.compile(r"\b(all|most|\d[\d,]*|[a-z]+)\s+of\s+(?:them|these|those)\b")
# A full stop glued to the next sentence ("region.It also said"), as scraped pages often have.
GLUED_STOP = re.compile(r"(?<=[A-Za-z]{2}[.!?])(?=[\"“‘]?[A-Z][a-z])")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text.sentences`, with sentences glued by a missing space after the full stop split apart."""
    out = []
    for a, b in textmod.sentences(text, start, end):
        cuts = [a] + [mt.start() for mt in GLUED_STOP.finditer(text, a, b)] + [b]
        out += [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if text[x:y].strip()]
    return out


def _name_span(m: str, a: int, b: int) -> tuple[int, int]:
    """The last two words of a mention: a person's own name, without the title before it."""
    words = list(re.finditer(r"\S+", m[a:b]))
    return (a + words[-2].start(), b) if len(words) >= 2 else (a, b)


class EnglishReader(EnglishAttribution, ClauseReader, EnglishMentions):
    """Reads one English article; `drafts()` returns its claim drafts."""

    def __init__(self, *, text: str, matchable: str, paragraphs: list[tuple[int, int]], published: DateValue,
                 gazetteer: Gazetteer, publisher: str = ""):
        self.text, self.m, self.f = text, matchable, flatten(matchable)
        self.published = published
        self.gaz = gazetteer
        self.media = ActorRef(publisher or "Unattributed (article text)", "media", "media")
        self._negated_verbs: list[int] = []
        self.mentions = self._mentions()
        lead_end = paragraphs[0][1] if paragraphs else 0
        # Speakers are not places; of a person, only the name itself ("Moscow Mayor Sergei Sobyanin": Moscow is one).
        spoken = [(mn.start, mn.end) if mn.actor.kind != "person" else _name_span(self.m, mn.start, mn.end)
                  for mn in self.mentions]
        finder = PlaceFinder(self.m, self.f, gazetteer, spoken, lead_end)
        self.places, self.theatre = finder.places, finder.theatre
        # A capital named as a place ("in Kyiv") is not a speaker there.
        self.mentions = [mn for mn in self.mentions if not any(
            pm.start <= mn.start < pm.end for pm in self.places)]
        self._settle_person_sides()

    # --- the NER hooks of the pipeline: English reads without statistical NER ------------------------------------

    def ner_wanted(self, sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
        return []

    def add_ner_places(self, spans: list[tuple[int, int, str]]) -> None:
        return None


    # --- the reading --------------------------------------------------------------------------------------------

    def drafts(self, sentences: list[tuple[int, int, int]]) -> list[Draft]:
        drafts: list[Draft] = []
        last: list[ActorRef] = []
        for si, (a, b, pi) in enumerate(sentences):
            if textmod.detect_language(self.m[a:b]) == "fr":
                continue  # a French passage (a quoted statement, a bilingual page): English rules would misread it
            if self._names_the_places(a, b, si, drafts):
                continue
            mutual = self._mutual_accusation(a, b, si, pi, drafts)
            if mutual:
                drafts.extend(mutual)
                continue
            verbs = self._verbs(a, b, last)
            according = self._according_to(a, b)
            prev_places: list = []
            for kind, cs, ce in self._clauses(a, b):
                if kind in {"goal", "apposition"} or any(cs <= pos < ce for pos in self._negated_verbs):
                    continue
                claimant, span, stance, cs, ce = self._attribute(a, b, cs, ce, kind, verbs, according)
                if claimant.side != "media" and (not last or last[-1] != claimant):
                    last.append(claimant)
                control = self._held(a, b, cs, ce, claimant, si, pi)
                if control is not None:
                    drafts.append(control)  # and, after a capture claim by the other side, a denial of it below
                if en.HOLDING.search(self.f, cs, ce):
                    held = [pm.place for pm in self._places_in(cs, ce) if pm.role == "settlement"]
                    start, end = self._quote_bounds(a, b, cs, ce)
                    denial = holding_denial(drafts, claimant=claimant, places=held, start=start, end=end,
                                            sentence=si, paragraph=pi, claimed=self._claimed(a, b))
                    if denial is not None or control is not None:
                        drafts.extend([denial] if denial is not None else [])
                        continue
                draft = self._read_clause(a, b, cs, ce, kind, claimant, span, stance, si, pi, drafts, prev_places)
                if draft is not None and claimant.side == "media" and not draft.quantities:
                    # English wire copy retells the background in its own voice ("Russia has been trying to take
                    # the town for months"); unattributed, only a stated count makes it a record.
                    draft = None
                if draft is not None:
                    self._all_of_them(draft, drafts, cs, ce)
                    drafts.append(draft)
                    drafts.extend(self._strike_behind_toll(draft, cs, ce, span))
                prev_places = self._places_in(cs, ce) or prev_places
            # "air defences destroyed 24 Ukrainian drones over the Kursk region": the speaker reports the other
            # side's attack too, as the French reading does ("shot down 29 of the 36 drones": 36 were launched)
            drafts.extend(implied_strikes(drafts, si, self._launched(a, b)))
        inherit_places(drafts, self.f, sentences, "en")
        return split_tallies(told_later(drafts), self.places, self.f, sentences, "en")

    def _launched(self, a: int, b: int) -> tuple[str, int | float] | None:
        of = re.search(r"\b\d[\d,]*\s+of\s+(?:the\s+)?(\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(drones?|missiles?)\b", self.f[a:b])
        if of is None:
            return None
        found = find_numbers_en(of.group(1))
        return ("drones" if of.group(2).startswith("drone") else "missiles", found[0].value) if found else None

    def _all_of_them(self, draft: Draft, drafts: list[Draft], cs: int, ce: int) -> None:
        """"16 drones targeted warships in Sevastopol bay. All of them were destroyed": the weapons of the strike just
        told, shot down where it was aimed."""
        mt = ALL_OF_THEM.search(self.f, cs, ce)
        strike = next((d for d in reversed(drafts) if d.event_type == "strike" and d.sentence == draft.sentence - 1
                       and d.claimant == draft.claimant), None)
        if draft.event_type != "interception" or mt is None or strike is None:
            return
        if not draft.localities:
            draft.localities, draft.region = list(strike.localities), draft.region or strike.region
        if mt.group(1) == "all" and not draft.quantities:
            draft.quantities = {k: v for k, v in strike.quantities.items() if k in {"drones", "missiles"}}

    def _mutual_accusation(self, a: int, b: int, si: int, pi: int, drafts: list[Draft]) -> list[Draft]:
        """"Russia and Ukraine accused each other of shelling the plant": each side claims the other did it."""
        mt = en.MUTUAL_ACCUSATION.search(self.f, a, b)
        if mt is None:
            return []
        parties = opposing_parties(self.mentions, a, mt.start())
        if parties is None:
            return []
        comma = self.f.find(", ", mt.end(), b)
        ce = comma if comma >= 0 else b
        out = []
        for claimant, accused in (parties, parties[::-1]):
            draft = self._read_clause(a, b, mt.end(), ce, "main", claimant, None, en.ASSERTS, si, pi, drafts, [])
            if draft is not None:
                draft.actor_side, draft.stance = accused.side, en.ASSERTS
                out.append(draft)
        return out

    def _names_the_places(self, a: int, b: int, si: int, drafts: list[Draft]) -> bool:
        """"The ministry identified the villages as Novopil and Zelenyi Kut": the places of the count just told."""
        if not en.NAMED_AS.search(self.f, a, b) and not en.LISTED_AS.match(self.f, a):
            return False
        towns = [pm.place for pm in self._places_in(a, b) if pm.role == "settlement"]
        target = next((d for d in reversed(drafts) if not d.dropped and d.sentence >= si - 2
                       and "localities" in d.quantities and not d.localities), None)
        if target is None or not towns:
            return False
        target.localities = list({p.key: p for p in towns}.values())
        target.region = target.region or (self.gaz.get(towns[0].parent_key) if towns[0].parent_key else None)
        target.country_code = target.country_code or towns[0].country_code
        target.end = b  # the quote runs on to the names
        return True

    def _held(self, a: int, b: int, cs: int, ce: int, claimant: ActorRef, si: int, pi: int) -> Draft | None:
        """"Kupiansk remains under the control of Ukraine's forces", "its troops still hold the town": who holds a
        named town, in a belligerent's words (territorial_control; acknowledged when the holder is the other side)."""
        mt = en.HELD.search(self.f, cs, ce)
        if mt is None or claimant.side not in OPPONENT:
            return None
        named = next((side for rx, side in en.HOLDER if rx.search(self.f, mt.start(), min(ce, mt.end() + 40))), None)
        holder = named or claimant.side
        towns = [pm.place for pm in self._places_in(cs, ce) if pm.role == "settlement" and not pm.locator]
        if not towns:
            return None
        start, end = self._quote_bounds(a, b, cs, ce)
        claimed = self._claimed(a, b)
        region = self.gaz.get(towns[0].parent_key) if towns[0].parent_key else None
        stance = en.ASSERTS if holder == claimant.side else en.ACKNOWLEDGES
        # ("more than 80 percent of Vovchansk was under Russian control": the share held)
        share = {k: v for k, v in self._quantities(cs, ce, "territorial_control").items() if k in {"share_pct"}}
        return Draft(claimant, stance, "territorial_control", holder, towns, region, False, towns[0].country_code,
                     self._occurred(cs, ce) or claimed, claimed, share, start, end, si, pi)

    def _strike_behind_toll(self, draft: Draft, cs: int, ce: int, span: tuple[int, int] | None) -> list[Draft]:
        """"A Russian missile strike on Odesa killed four people": the toll's clause reports the strike too."""
        if draft.event_type != "casualties":
            return []
        strike = next(((s, e, tp) for s, e, tp in self._triggers(cs, ce, span) if tp.event_type == "strike"), None)
        if strike is None:
            return []
        stance = en.ASSERTS if draft.stance != en.DENIES else draft.stance
        side = self._actor_side(strike[2], cs, ce, strike[0], strike[1], draft.claimant, span, stance)
        return [replace(draft, event_type="strike", quantities={}, stance=stance, links=[], actor_side=side)]

    def _clauses(self, a: int, b: int) -> list[tuple[str, int, int]]:
        cuts = []
        quotes = [(mt.start(), mt.end()) for mt in re.finditer(r'"[^"]*"', self.m[a:b])]
        for kind, rx in en.BOUNDARIES:
            for mt in rx.finditer(self.f, a, b):
                if kind == "goal" and (en.NOT_GOAL_BEFORE.search(self.f, max(a, mt.start() - 30), mt.start())
                                       or not self.m[mt.end():mt.end() + 1].islower()):
                    continue  # "continuing to destroy" is one verb; "fell to Russian forces" names whom to
                if kind == "relative" and any(qa < mt.start() - a < qb for qa, qb in quotes):
                    continue  # "which" inside a quotation belongs to the speaker's own sentence
                cuts.append((mt.start(), mt.end(), kind))
        cuts.sort()
        out, pos, kind = [], a, "main"
        for s, e, k in cuts:
            if s < pos:
                continue
            if s > pos:
                out.append((kind, pos, s))
            pos, kind = e, k
        if pos < b:
            out.append((kind, pos, b))
        return out
