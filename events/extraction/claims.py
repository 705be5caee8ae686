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

from events.extraction import lexicon as lx
from events.extraction.attribution import SpeakerReading
from events.extraction.breakdowns import split_tallies
from events.extraction.drafts import (
    BELLIGERENTS,
    Draft,
    PlaceMention,
    Segment,
    denial_of,
    holding_denial,
    opposing_parties,
    stance_of,
    told_later,
)
from events.extraction.event_reading import EventReading
from events.extraction.grammar_fr import (
    ANAPHORIC_SETTLEMENT,
    LIST_COLON,
    MUTUAL_ACCUSATION,
    NOT_THE_CASE,
    PASSED_UNDER,
    RESUMED_VERB,
    SAID_BEFORE,
    USED_TO_STRIKE,
)
from events.extraction.place_anaphora import inherit_places
from events.extraction.place_focus import FocusReading
from events.extraction.place_mentions import PlaceReading
from events.extraction.places import Gazetteer
from events.extraction.types import ActorRef, DateValue, PlaceRef


class ArticleReader(SpeakerReading, PlaceReading, FocusReading, EventReading):
    """Reads one French article: `drafts()` returns the claims it makes, before article-level linking.

    The stages live in their own modules: speakers (`attribution.py`), places (`place_mentions.py`, and
    `place_focus.py` for claims with none) and events (`event_reading.py`); this class holds the article and walks
    its sentences and clauses.
    """

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
        # Clauses told in another's words, with that speaker's span: what they name is no later speaker.
        self.reported: list[tuple[int, int, tuple[int, int]]] = []
        self._place_mentions()
        self._settle_person_sides()

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
                if f[mt.start():mt.end()].lstrip().startswith(":") and LIST_COLON.search(f, max(a, mt.start() - 30),
                                                                                           mt.start()):
                    continue
                if kind == "goal" and USED_TO_STRIKE.search(f, max(a, mt.start() - 70), min(b, mt.end() + 15)):
                    continue  # "a utilisé des lance-roquettes pour frapper la prison": the strike itself, no goal
                cuts.append((mt.start(), mt.end(), kind))
        cuts.sort()
        # "Le pont, qui relie la péninsule à la Russie, a été frappé": a relative clause inside the subject, closed by
        # the main verb, cuts nothing; the clause runs on through it.
        # ("plus de 1 100 km², soit 86 % du territoire, avaient été repris": an aside in apposition, the same)
        cuts = [c for c in cuts if not (c[2] == "background" and f[c[0]:c[1]].rstrip().endswith(("qui", "soit"))
                                        and RESUMED_VERB.match(f, c[1], b))]
        # A pair of dashes encloses an aside ("ses troupes - qu'elle qualifie d'alliées - ont été retirées"): the
        # clause runs on through it.
        dashes = [c for c in cuts if c[2] == "background" and "-" in f[c[0]:c[1]]]
        if len(dashes) == 2:
            cuts = [c for c in cuts if c not in dashes]
        segments, pos, kind = [], a, "concession" if concession else "main"
        for s, e, k in cuts:
            if s < pos:
                continue
            if s > pos:
                segments.append(Segment(pos, s, kind))
            pos, kind = e, k
        if pos < b:
            segments.append(Segment(pos, b, kind))
        segments = [sg for sg in segments if f[sg.start:sg.end].strip(' "')]
        if segments and segments[0].kind == "goal" and re.fullmatch(r"[\s\"]*[\w' ]{0,20}", f[a:segments[0].start]):
            # "« Afin de préserver la vie des défenseurs, la décision a été prise de se retirer »": a fronted goal
            # ends at its comma; the main clause follows it.
            comma = f.find(", ", segments[0].start, segments[0].end)
            if comma > 0:
                first = segments[0]
                segments[0:1] = [Segment(first.start, comma, "goal"), Segment(comma + 2, first.end, "main")]
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

    def drafts(self, sentences: list[tuple[int, int, int]]) -> list[Draft]:
        drafts: list[Draft] = []
        leads: list[Draft] = []  # mutual accusations told before the place is named
        last_claimant: ActorRef | None = None
        speakers: list[tuple[int, int, ActorRef]] = []  # (sentence, paragraph, who) of every attributed clause
        for si, (a, b, pi) in enumerate(sentences):
            if self._enrich_anaphora(a, b, drafts):
                continue
            mutual = self._mutual_accusation(a, b, si, pi)
            if mutual:
                drafts.extend(mutual)
                leads.extend(d for d in mutual if not d.localities)
                continue
            self._said_after(a, b, si, drafts)
            if self._denied_after(a, b, si, drafts):
                continue
            segments = self._segments(a, b)
            verbs = self._reporting(a, b)
            inverted = [v for v in verbs if self._is_inverted(a, v)]
            prev_claimant: ActorRef | None = None
            holds: list[tuple[ActorRef, list[PlaceRef], int, int]] = []
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
                    speakers.append((si, pi, claimant))
                    if span is not None:
                        self.reported.append((seg.start, seg.end, span))
                unconfirmed = lx.NEGATED_REPORT.search(self.f, seg.start, seg.end)
                if unconfirmed and not lx.RELATIVE_BEFORE.search(self.f, max(seg.start, unconfirmed.start() - 50),
                                                                 unconfirmed.start()):
                    continue  # (not "X, un village dont Kiev n'a pas confirmé la perte": that is about X only)
                if lx.CONDITIONAL.search(self.f, seg.start, seg.end):
                    continue
                if stance == lx.DENIES and idx + 1 < len(segments) and lx.HOLDING.search(
                        self.f, segments[idx + 1].start, segments[idx + 1].end):
                    continue  # "Kiev a démenti, assurant que ses troupes tenaient Y": the next clause says what
                if stance == lx.DENIES and self._deny_previous(seg, claimant, drafts, si, pi):
                    continue
                if claimant.side != "media" and NOT_THE_CASE.search(self.f, seg.start, seg.end) and \
                        self._deny_previous(seg, claimant, drafts, si, pi):
                    continue
                control = self._held(seg, claimant, span, a, b, si, pi)
                if control is not None:
                    drafts.append(control)  # and, after a capture claim by the other side, a denial of it below
                if lx.HOLDING.search(self.f, seg.start, seg.end):
                    start, end = self._quote_bounds(seg, a, b)
                    held = [pm.place for pm in self._places_in(seg.start, seg.end) if pm.role == "settlement"]
                    denial = holding_denial(drafts, claimant=claimant, places=held, start=start, end=end,
                                            sentence=si, paragraph=pi, claimed=self._claimed_date(a, b))
                    if denial is None and control is not None:
                        holds.append((claimant, held, start, end))  # the capture may be told later in the sentence
                    if denial is not None or control is not None:
                        drafts.extend([denial] if denial is not None else [])
                        continue
                found = self._drafts(seg, claimant, span, stance, verb, a, b, si, pi)
                if not found and seg.kind == "and":
                    found = self._gapped(seg, claimant, drafts, si, pi)
                drafts.extend(found)
                self._denied_by(seg, claimant, found, drafts)
            for holder, held, start, end in holds:
                # "« continuent de contrôler le village de Z » dont la prise a été revendiquée par la Russie"
                denial = holding_denial(drafts, claimant=holder, places=held, start=start, end=end, sentence=si,
                                        paragraph=pi, claimed=self._claimed_date(a, b))
                if denial is not None and held:
                    drafts.append(denial)
            drafts.extend(self._implied_strikes(drafts, si, a, b))
        for lead in leads:
            # "La Russie et l'Ukraine se sont mutuellement accusées d'avoir bombardé une prison": the body names it.
            told = next((d for d in drafts if d.sentence > lead.sentence and d.event_type == lead.event_type
                         and d.localities and d.sentence - lead.sentence <= 4), None)
            if told is not None:
                lead.localities, lead.region = list(told.localities), lead.region or told.region
        inherit_places(drafts, self.f, sentences, "fr")
        self._place_at_focus(drafts)
        self._toll_goes_on(drafts)
        drafts = split_tallies(told_later(drafts), self.places, self.f, sentences, "fr")
        for d in drafts:
            # (dropped, not removed: the drafts' links are indices into the list)
            d.dropped = d.dropped or not self._bulletin_speaker(d, speakers)
        return drafts

    @staticmethod
    def _toll_goes_on(drafts: list[Draft]) -> None:
        """"Un missile a touché une usine, a indiqué le maire. Deux employés ont été blessés.": the toll right after a
        speaker's account of a strike, in the same paragraph and with no speaker of its own, is still the account."""
        for d in drafts:
            if d.claimant.side != "media" or d.event_type != "casualties":
                continue
            told = [p for p in drafts if p.paragraph == d.paragraph and p.sentence == d.sentence - 1
                    and p.claimant.side != "media" and p.event_type == "strike"]
            if told:
                d.claimant = told[-1].claimant
                d.stance = stance_of(lx.ASSERTS, d.claimant.side, d.event_type, d.actor_side)

    @staticmethod
    def _bulletin_speaker(d: Draft, speakers: list[tuple[int, int, ActorRef]]) -> bool:
        """Attacks repelled and drones shot down are told by the side that did it, never seen by the reporter: an
        unattributed "Les troupes ukrainiennes ont repoussé des assauts près de X" after "L'état-major a fait état de
        58 affrontements" goes on with that report. A repelled attack with no speaker of the side in its paragraph
        before it is dropped (returns False)."""
        if d.claimant.side != "media" or d.event_type not in {"attack_repelled", "interception"}:
            return True
        # ("Les défenses antiaériennes en ont abattu 281": the air defence of the side whose report goes on)
        told = [who for si, pi, who in speakers if pi == d.paragraph and si <= d.sentence and (
            who.side == d.actor_side or (d.actor_side is None and who.side in lx.OPPONENT))]
        if not told:
            # (what the air defence shot down may be the article's headline: "Cinq missiles ukrainiens abattus")
            return d.event_type == "interception"
        d.claimant = told[-1]
        d.actor_side = d.actor_side or d.claimant.side
        d.stance = stance_of(lx.ASSERTS, d.claimant.side, d.event_type, d.actor_side)
        return True

    def _mutual_accusation(self, a: int, b: int, si: int, pi: int) -> list[Draft]:
        """"La Russie et l'Ukraine se sont mutuellement accusées d'avoir bombardé la prison": each side claims the
        other did it (two claims, not the article's own)."""
        mt = MUTUAL_ACCUSATION.search(self.f, a, b)
        if mt is None:
            return []
        parties = opposing_parties(self.mentions, a, mt.start())
        if parties is None:
            return []
        out: list[Draft] = []
        # (up to its first comma: ", une attaque qui aurait tué ..." is the article's own apposition)
        comma = self.f.find(", ", mt.end(), b)
        seg = Segment(mt.end(), comma if comma >= 0 else b, "main")
        for claimant, accused in (parties, parties[::-1]):
            for d in self._drafts(seg, claimant, None, lx.ASSERTS, None, a, b, si, pi):
                d.actor_side, d.stance = accused.side, lx.ASSERTS
                d.start, d.end = self._quote_bounds(Segment(a, b, "main"), a, b)
                out.append(d)
        return out

    def _denied_by(self, seg: Segment, claimant: ActorRef, found: list[Draft], drafts: list[Draft]) -> None:
        """"..., une information démentie par l'armée ukrainienne": the other side's denial of what was just said."""
        by = lx.DENIED_BY.search(self.f, seg.start, seg.end)
        mn = by and next((m for m in self.mentions if by.end() <= m.start < by.end() + 40), None)
        if not found or not mn or mn.actor.side not in BELLIGERENTS or mn.actor.side == claimant.side:
            return
        found[-1].links.append(len(drafts))
        drafts.append(denial_of(found[-1], mn.actor))

    def _denied_after(self, a: int, b: int, si: int, drafts: list[Draft]) -> bool:
        """"X affirme avoir pris A et B. Une revendication aussitôt contestée par Kiev.": the denial of the claims of
        the sentence before, by the other side."""
        by = lx.DENIED_BY_SENTENCE.match(self.f, a)
        mn = by and next((m for m in self.mentions if by.end() <= m.start < min(b, by.end() + 40)), None)
        if not mn or mn.actor.side not in BELLIGERENTS:
            return False
        told = [d for d in drafts if d.sentence == si - 1 and not d.dropped and d.claimant.side in BELLIGERENTS
                and d.claimant.side != mn.actor.side]
        for d in told:
            d.links.append(len(drafts))
            denial = denial_of(d, mn.actor)
            denial.start, denial.end = self._quote_bounds(Segment(a, b, "main"), a, b)
            denial.sentence = si
            drafts.append(denial)
        return bool(told)

    def _said_after(self, a: int, b: int, si: int, drafts: list[Draft]) -> None:
        """"... contrôle 82 localités. C'est ce qu'a déclaré le commandant": the speaker of the sentence before.

        Only what the article stated in its own voice takes the speaker; a claim already attributed keeps its
        claimant (the outlet that relays it is not the source)."""
        said = SAID_BEFORE.match(self.f, a)
        speaker = self._subject_after(said.end(), b) if said else None
        for d in drafts if speaker is not None and speaker.side != "media" else ():
            if d.sentence == si - 1 and d.claimant.side == "media":
                d.claimant = speaker
                d.stance = self._stance(d.stance, speaker, d.event_type, d.actor_side)

    def _held(self, seg: Segment, claimant: ActorRef, span: tuple[int, int] | None, a: int, b: int, si: int,
              pi: int) -> Draft | None:
        """"Nos troupes se maintiennent dans la partie ouest de X", "X reste sous contrôle russe": who holds a town,
        in a belligerent's words (territorial_control, acknowledged when the holder is the other side)."""
        f = self.f
        mt = lx.HELD.search(f, seg.start, seg.end)
        if claimant.side not in BELLIGERENTS or mt is None or PASSED_UNDER.search(f, max(seg.start, mt.start() - 22),
                                                                                mt.start()):
            return None
        holder = next((side for rx, side in lx.HOLDER if rx.match(f, mt.end())), None) \
            if "controle" in mt.group(0) else None
        if holder is None and not re.search(r"\b(?:notre|nos)\b", f[max(seg.start, mt.start() - 30):mt.end()]):
            near = self._side_near_at(seg.start, mt.start(), mt.start(), mt.end(), span, claimant.side)
            holder = near[1] if near and near[1] in BELLIGERENTS else None
        holder = holder or claimant.side
        settlements = [pm for pm in self._places_in(seg.start, seg.end) if pm.role == "settlement"
                       and not (span and span[0] <= pm.start < span[1])]
        if not settlements and (re.search(r"\by\s+(?:\w+\s+)?$", f[max(seg.start, mt.start() - 20):mt.start()])
                                or ANAPHORIC_SETTLEMENT.search(f, mt.end(), seg.end)):
            # "les forces ukrainiennes y tiennent leurs positions", "se maintiennent dans la partie ouest de la
            # ville": the town just named.
            earlier = [pm for pm in self.places if pm.role == "settlement" and max(0, a - 600) <= pm.start < seg.start]
            settlements = earlier[-1:]
        if not settlements:
            return None
        localities, region = self._where("territorial_control", settlements, [], seg)
        claimed = self._claimed_date(a, b)
        start, end = self._quote_bounds(seg, a, b)
        stance = lx.ASSERTS if holder == claimant.side else lx.ACKNOWLEDGES
        return Draft(claimant, stance, "territorial_control", holder, localities, region, False,
                     localities[0].country_code, self._segment_dates(seg.start, seg.end) or claimed, claimed, {},
                     start, end, si, pi)

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
