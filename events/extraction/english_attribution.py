"""Who speaks in an English clause: reporting verbs and their speakers (named, by pronoun, "according to"), and the
claimant, stance and reported span of each clause. A mixin of `english.EnglishReader`: it reads `self.f`, `self.m`,
`self.mentions` and `self.media`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction import lexicon_en as en
from events.extraction.types import ActorRef

# What may open a sentence before its subject: "On Monday, ", "Late on Tuesday, ", a quote mark, "The".
SENTENCE_OPENING = re.compile(r"[\s\"]*(?:(?:on|late|early|last|this|earlier|later) [\w ]{0,20},\s*)?(?:the\s+)?")
COORDINATED = re.compile(r"^\s+[^.;\"]{0,80}?\b(?:but|and)\s+(?:also\s+|later\s+|instead\s+)?$")
THE_SOURCE = re.compile(r"the (?:same )?source\b")
STATEMENT = re.compile(r"(?:the|its|their|his|her|that) (?:\w+ )?(?:statement|report|update|data|figures|post|message"
                       r"|briefing|summary)\b")


@dataclass
class Verb:
    start: int
    end: int
    stance: str
    speaker: ActorRef
    speaker_span: tuple[int, int] | None
    backward: bool  # what is said comes before the speaker ('"...," X said')


class EnglishAttribution:
    """The speakers of `english.EnglishReader`."""

    # --- speakers -----------------------------------------------------------------------------------------------

    def _resolve_pronoun(self, word: str, pos: int, last: list[ActorRef]) -> ActorRef | None:
        """he/she: the last person who spoke, else the last person named; it/they: the last body that spoke; "the
        source" or "the official": whoever spoke last."""
        if word.startswith("the "):
            return last[-1] if last else None
        person = word in {"he", "she"}
        if not person:
            # "Russia's defence ministry did not comment. It said ...": the body that opened a recent sentence,
            # though it did not speak there, when its number agrees ("it", not "local officials").
            want = "they" if word == "they" else "it"
            opening = [mn for mn in self.mentions if mn.end <= pos and pos - mn.end < 400 and mn.pronoun == want
                       and mn.actor.kind != "person" and mn.actor.side != "media"
                       and re.fullmatch(r"\s*(?:the\s+)?", self.f[max(self.f.rfind(". ", 0, mn.start) + 1,
                                                                     self.f.rfind("\n", 0, mn.start) + 1):mn.start])]
            spoke = next((actor for actor in reversed(last) if actor.kind != "person"), None)
            spoke_at = max((mn.end for mn in self.mentions if mn.actor == spoke and mn.end <= pos), default=-1)
            if opening and spoke_at > opening[-1].end and pos - spoke_at < 400:
                # "Russia launched 135 drones, Ukraine's air force said. It said 98 were shot down": the body that
                # spoke since, not the one the sentence was about
                return spoke
            if opening:
                return opening[-1].actor
        for actor in reversed(last):
            if (actor.kind == "person") == person:
                return actor
        cands = [mn for mn in self.mentions if mn.end <= pos and pos - mn.end < 1500 and mn.actor.side != "media"
                 and (mn.actor.kind == "person") == person]
        if not cands and person and last and last[-1].side != "media":
            # "Defence ministry spokesman Igor Konashenkov said ... He told a briefing that ...": the spokesman, who
            # speaks for his ministry
            return last[-1]
        return cands[-1].actor if cands else None

    def _verbs(self, a: int, b: int, last: list[ActorRef]) -> list[Verb]:
        f, out = self.f, []
        self._negated_verbs = []
        for stance, rx in en.REPORTING:
            for mt in rx.finditer(f, a, b):
                if en.NEGATED_VERB.search(f, max(a, mt.start() - 25), mt.start()):
                    self._negated_verbs.append(mt.start())  # "has not confirmed": no claim there
                    continue
                verb = self._speaker_of(a, b, mt.start(), mt.end(), stance, last)
                if verb is not None:
                    out.append(verb)
        for mt in en.QUOTED_AS.finditer(f, a, b):
            mn = next((m for m in self.mentions if mt.start(1) <= m.start < mt.end(1)), None)
            if mn is not None:
                out = [v for v in out if not mt.start() <= v.start < mt.end()]
                out.append(Verb(mt.start(), mt.end(), en.ASSERTS, mn.actor, (mn.start, mn.end),
                                self._backward(a, mt.start(), mt.end(), b)))
        out.sort(key=lambda v: v.start)
        for stance, rx in en.PARTICIPLES:
            for mt in rx.finditer(f, a, b):
                if f[max(a, mt.start() - 3):mt.start()] == "as ":
                    continue
                prev = [v for v in out if v.end <= mt.start()]
                if prev:
                    out.append(Verb(mt.start(), mt.end(), stance, prev[-1].speaker, None, False))
                    continue
                # "Zelenskyy gave a rare official figure last week, saying ...": the sentence's subject speaks.
                subject = next((mn for mn in self.mentions if a <= mn.start < mt.start() and mn.actor.side != "media"
                                and SENTENCE_OPENING.fullmatch(f, a, mn.start)), None)
                if subject is not None and f[max(a, mt.start() - 2):mt.start()] == ", ":
                    out.append(Verb(mt.start(), mt.end(), stance, subject.actor, (subject.start, subject.end), False))
        return sorted(out, key=lambda v: v.start)

    def _speaker_of(self, a: int, b: int, s: int, e: int, stance: str, last: list[ActorRef]) -> Verb | None:
        f = self.f
        before = f[a:s]
        passive = re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$", before)
        if passive:
            by = re.match(r"\s+by\s+", f[e:e + 6])
            mn = next((m for m in self.mentions if by and m.start == e + by.end()), None)
            return Verb(s, e, stance, mn.actor, (mn.start, mn.end), True) if mn else None
        pron = en.PRONOUN.search(before)
        if pron:
            actor = self._resolve_pronoun(pron.group(1), a + pron.start(1), last)
            if actor is None:
                return None
            return Verb(s, e, stance, actor, None, self._backward(a, a + pron.start(1), e, b))
        cands = [mn for mn in self.mentions if a <= mn.start and mn.end <= s]
        chosen = None
        gap = f[cands[-1].end:s] if cands else ""
        if cands and f[cands[-1].start - 2:cands[-1].start] == ", " and gap.startswith(","):
            gap = gap[1:]  # "the head of the group, Yevgeny X, also reported": the apposition closes
        if cands and en.SPEAKER_GAP.match(gap):
            chosen = cands[-1]
        elif cands and COORDINATED.match(gap) and SENTENCE_OPENING.fullmatch(f, a, cands[0].start) and \
                not any(m.actor.side != "media" for m in cands[1:]):
            # "Ukraine's General Staff did not comment on Urozhaine but said ...": the subject of the first verb
            chosen = cands[0]
        elif cands and before.rstrip().endswith(","):
            # "Gerasimov, seated beside the president, told ...": the name that opens the apposition.
            # ("..., Colonel General Oleksandr X, commander of ..., said": a rank may stand before the name)
            opening = [mn for mn in cands if f[mn.end:mn.end + 1] == "," and re.search(
                rf"(?:^|[\",]\s*)(?:the\s+)?(?:(?:{en.ROLE}|{en.RANK})\.?\s+){{0,3}}$", f[a:mn.start])]
            chosen = opening[-1] if opening else None
        if chosen is None:
            inverted = re.match(r"\s+(?:the\s+)?", f[e:e + 8])
            mn = next((m for m in self.mentions if inverted and e < m.start <= e + inverted.end() + 4), None)
            if mn is not None and re.search(r"[,\"]\s*$", before):
                return Verb(s, e, stance, mn.actor, (mn.start, mn.end), True)
            return None
        return Verb(s, e, stance, chosen.actor, (chosen.start, chosen.end), self._backward(a, chosen.start, e, b))

    def _backward(self, a: int, speaker_start: int, verb_end: int, b: int) -> bool:
        """'..., Kyiv said' reports what precedes; 'Kyiv said that ...' what follows."""
        head = self.f[a:speaker_start]
        if not re.search(r"[,\"]\s*(?:the\s+)?(?:[\w'.-]+\s+){0,4}$", head):
            return False
        if re.search(r"\b(?:but|and|while|whereas|although|though|yet)\s+(?:the\s+)?$", head):
            return False  # "..., but Ukraine said fighting continued": a new clause with its own speaker
        if re.match(r"\s*(?:on \w+\s*)?(?:that|:)\b", self.f[verb_end:verb_end + 20]):
            return False
        return any(tp.pattern.search(self.f, a, speaker_start) for tp in en.TRIGGERS)

    def _according_to(self, a: int, b: int) -> tuple[ActorRef, tuple[int, int]] | None:
        acc = en.ACCORDING_TO.search(self.f, a, b)
        if acc is None:
            return None
        mn = next((m for m in self.mentions if acc.end() <= m.start < min(b, acc.end() + 40)), None)
        source = THE_SOURCE.match(self.f, acc.end())
        if mn is not None and source and mn.start > acc.end() + 10:
            mn = None  # "according to the source, 20 Russian soldiers were killed": the source, not the dead
        if mn is None and (STATEMENT.match(self.f, acc.end()) or source):
            # "according to the statement": the body whose statement the article has been quoting.
            earlier = [m for m in self.mentions if m.end <= a and a - m.end < 1500 and m.actor.side != "media"
                       and en.SPEAKS.match(self.f, m.end)]
            return (earlier[-1].actor, None) if earlier else None
        return (mn.actor, (mn.start, mn.end)) if mn else None

    def _attribute(self, a: int, b: int, cs: int, ce: int, kind: str, verbs: list[Verb],
                   according: tuple[ActorRef, tuple[int, int]] | None
                   ) -> tuple[ActorRef, tuple[int, int] | None, str, int, int]:
        """(claimant, its span, stance, start and end of what it says) of the clause [cs, ce)."""
        own = [v for v in verbs if cs <= v.start < ce and not v.backward]
        if own:
            v = own[0]
            start = v.end if v.speaker_span is None or v.speaker_span[0] < v.start else cs
            return v.speaker, v.speaker_span, v.stance, max(cs, start), ce
        for v in verbs:
            if not v.backward:
                continue
            said_end = min(v.start, v.speaker_span[0] if v.speaker_span else v.start)
            if v.speaker_span and v.speaker_span[0] > v.start and cs <= v.start < ce:
                return v.speaker, v.speaker_span, v.stance, cs, ce  # "was disputed by Kyiv": what was said before
            if said_end >= cs:
                # '"...," X said': everything of the sentence before the speaker.
                return v.speaker, v.speaker_span, v.stance, cs, min(ce, said_end)
        earlier = [v for v in verbs if v.start < cs and not v.backward]
        if earlier and kind != "contrast":
            v = earlier[-1]
            # "X said its troops still held the town and denied it had been encircled": the same speaker, with
            # the stance of the verb that opens this clause.
            opening = next((stance for stance, rx in en.REPORTING if rx.match(self.f, cs)), v.stance)
            return v.speaker, v.speaker_span, opening, cs, ce
        if according is not None:
            return according[0], according[1], en.ASSERTS, cs, ce
        return self.media, None, en.ASSERTS, cs, ce
