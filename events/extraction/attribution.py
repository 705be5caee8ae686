"""Who says it, in a French clause: the reporting verb's subject, pronouns, inverted subjects, "selon X".

The actors an article names are found by `mentions_fr.MentionReading`."""

from __future__ import annotations

import re

from events.extraction import lexicon as lx
from events.extraction.drafts import Mention, governed_by
from events.extraction.grammar_fr import (
    BARE_ROLE,
    INVERTED_LEAD,
    INVERTED_SUBJECT,
    REPORTED_WHILE,
    ROLE_WORD,
    SAME_SOURCE,
    SOURCE_DOCUMENT,
    TRAILING_ACCORDING,
)
from events.extraction.mentions_fr import MentionReading
from events.extraction.types import ActorRef

QUOTE_FIRST = re.compile(r"\s*[\"«]")
SAYS_NEXT = re.compile(r"\s*(?:de |d')(?:assurer|affirmer|ajouter|indiquer|annoncer|souligner|expliquer|preciser"
                       r"|declarer)\b")
STRIKE_THEN_WHICH = re.compile(r"\b(?:frappes?|attaques?|bombardements?|tirs?|explosions?|drones?|missiles?|roquettes?)"
                               r"\b[^,.;]{0,50},\s*qui\s*$")
ADDRESSEE_BEFORE = re.compile(r"\b(?:a|au|aux|aupres de|to)\s+(?:l'|la |le |les )?$")


class SpeakerReading(MentionReading):
    """The speaker side of `claims.ArticleReader`: the claimant of each clause, from the actors it mentions."""

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
                      floor: int = 0, speaker: bool = False) -> Mention | None:
        cands = [mn for mn in self.mentions if floor <= mn.start and mn.end <= before and mn.actor.side != "media"]
        if speaker:
            # "Selon l'armée de l'air, Moscou a lancé 309 drones. [...], a-t-elle précisé": Moscow was talked about,
            # the air force talked; a pronoun that speaks refers to a speaker, not to what another one said.
            cands = [mn for mn in cands if not any(s <= mn.start < e and mn.start != sp[0]
                                                  for s, e, sp in self.reported)]
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
                  "cette derniere": "f", "ces derniers": "p", "celui-ci": "m", "celle-ci": "f"}.get(word, None)
        mn = self._last_mention(pos, gender=gender, person_first=True, floor=max(0, pos - 1500), speaker=True)
        return mn.actor if mn else None

    def _inverted_pronoun(self, word: str, sent_start: int, pos: int) -> ActorRef | None:
        """'« ... », a-t-elle déclaré': the pronoun's antecedent stands before the quote, never inside it. With
        none (a page cut before it), the side whose voice the quote speaks in ("nos défenseurs", "le régime de
        Kiev") is the speaker."""
        quoted = QUOTE_FIRST.match(self.f, sent_start, pos)
        actor = self._pronoun(word, sent_start if quoted else pos)
        if actor is None and quoted:
            voices = {side for rx, side in lx.VOICE_OF_SIDE if rx.search(self.f, sent_start, pos)}
            if len(voices) == 1:
                return lx.AUTHORITIES_BY_COUNTRY[voices.pop()]
        return actor

    def _subject_before(self, sent_start: int, pos: int) -> ActorRef | None:
        window = self.f[sent_start:pos]
        pron = re.search(r"(?:^|[\s,'\"])(il|elle|ils|elles|ce dernier|cette derniere|ces derniers|celui-ci|celle-ci)"
                         r"\s+(?:\w+\s+)?$", window)
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
        if len(window) > 1 and window[0].actor.side == "media" and ADDRESSEE_BEFORE.search(
                self.f, max(pos, window[0].start - 12), window[0].start):
            window = window[1:]  # "a déclaré à l'AFP Viktor Trehoubov": the agency was told; he speaks
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
        if re.search(r"\b(?:ce qu'|ce que|comme|ainsi que)\s*(?:l'|le |la )?\s*(?:a |ont |avait )?$", before + " ") and \
                INVERTED_LEAD.match(self.f, verb[1]) and any(
                    verb[1] <= mn.start < verb[1] + 60 for mn in self.mentions):
            return True  # "c'est ce qu'affirme le commandant", "comme l'a indiqué le ministère": the speaker follows
        if before.endswith(",") and verb[3] != "participle":
            comma = sent_start + len(before) - 1
            if any(comma - 2 <= mn.end <= comma and mn.actor.side != "media" and re.fullmatch(
                    r"[\s\"«»]*(?:(?:le|la|les|l'|un|une)\s*)?", self.f[sent_start:mn.start]) for mn in self.mentions):
                # "Le ministre russe de la Défense, Sergueï Choïgou, a annoncé au président ...": the subject and
                # its apposition come first; the verb is not inverted.
                return False
            if re.search(r"accus\w*$", self.f[verb[0]:verb[1]]) and re.match(r"[^,;.]{1,60}?\s(?:de|d')\s*", self.f[verb[1]:]):
                return False  # "X, ..., a accusé l'armée ukrainienne d'avoir bombardé": whom X accuses, not who speaks
            follow = INVERTED_SUBJECT.match(self.f, verb[1])
            if follow:
                bare = lx.BARE_AUTHORITIES.search(self.f, verb[1], follow.end() + 45)
                return any(verb[1] <= mn.start < verb[1] + 60 for mn in self.mentions) or bool(
                    bare and bare.start() < follow.end())  # ("..., a annoncé le parquet régional")
            lead = INVERTED_LEAD.match(self.f, verb[1])
            # ("..., a écrit Serhiï Lyssak, le gouverneur": a first name before the surname the lexicon knows)
            return bool(lead) and any(mn.start == lead.end() or (
                mn.person and self.m[lead.end():lead.end() + 1].isupper()
                and re.fullmatch(r"[\w'-]+\s+", self.f[lead.end():mn.start])) for mn in self.mentions)
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
                actor = self._inverted_pronoun(inner.group(1) or inner.group(2), a, v[0])
            elif v in inverted:
                # ("..., a annoncé le parquet régional": a bare authority speaks for the country it happened in)
                lead = INVERTED_LEAD.match(f, v[1])
                at = lead.end() if lead else v[1]
                actor = self._subject_after(v[1], b) or self._bare_subject(at, min(b, at + 45), country)
            elif v[3] == "participle":
                # "X a émis des alertes signalant que ...": the subject of the sentence, else the last speaker.
                # ("Le gouverneur X a appelé à évacuer, précisant que ...": a first clause that reported nothing
                # left no speaker but the sentence's subject)
                speaker = prev_claimant if prev_claimant is not None and prev_claimant.side != "media" else None
                actor = speaker or self._subject_before(a, v[0]) or last_claimant
            elif seg.kind == "background" and re.search(r",\s+qui\s*$", f[max(a, seg.start - 8):seg.start]):
                # "face aux assauts des troupes russes, qui avaient revendiqué la capture": the antecedent speaks.
                head = [mn for mn in self.mentions if a <= mn.start and 0 <= seg.start - mn.end <= 8]
                actor = head[-1].actor if head else None
            else:
                actor = self._bare_subject(max(a, seg.start - 200), v[0], country) or \
                    self._subject_before(seg.start if seg.kind != "main" or idx else a, v[0]) or \
                    (self._subject_before(a, v[0]) if seg.kind in {"main", "contrast", "and"} else None)
            if actor is not None and actor.name == self.media.name and lx.ACCORDING_TO.search(f, v[1], seg.end):
                actor = None  # "Comme le rapporte Ukrinform, selon Oleh Kiper, ...": the outlet relays Kiper's words
            if actor is not None:
                # (an inverted speaker is the mention after its verb, though the quote may name it too)
                span = self._span_of(actor, v[1] if v in inverted else a, b) or self._span_of(actor, a, b)
                return actor, span, v[2], v
        opening = lx.ACCORDING_TO.match(f, a) or lx.ACCORDING_TO.match(f, a + 1)
        for_opening = self._for_opening(a, b) if idx == 0 or seg.kind == "main" else None
        acc = lx.ACCORDING_TO.search(f, seg.start, seg.end) or (
            lx.ACCORDING_TO.search(f, a, seg.start) if idx == 0 or seg.kind == "main" else None) or (
            opening if opening and opening.end() <= seg.start else None) or for_opening  # "Selon X, ..." governs
        if acc is None and not own:
            # "..., selon l'armée de l'air ukrainienne." closing the sentence attributes all of it.
            tail = TRAILING_ACCORDING.search(f, a, b)
            acc = lx.ACCORDING_TO.search(f, tail.start(), b) if tail else None
        if acc:
            pron = re.match(r"(lui|elle|eux)\b", f[acc.end():acc.end() + 5])
            if pron:
                actor = self._pronoun(pron.group(1), acc.start())
            elif SAME_SOURCE.match(f, acc.end()):
                actor = last_claimant  # "selon la même source": the speaker last quoted
            else:
                doc = SOURCE_DOCUMENT.match(f, acc.end())
                at = doc.end() if doc else acc.end()  # ("selon le dernier bilan du ministère": the ministry)
                bare = self._bare_subject(at, min(b, at + 60), country)
                mn = next((m for m in self.mentions if at <= m.start < min(b, at + 40)), None)
                # "selon le gouverneur régional Oleg Synegoubov": the person named, not a bare title.
                actor = mn.actor if mn and mn.person and mn.start - at <= 25 else bare or (
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
        if prev_claimant and prev_claimant.side != "media" and SAYS_NEXT.match(f, seg.start):
            # "X a admis la perte de Y, avant d'assurer que ...": the same speaker goes on.
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
                actor = self._inverted_pronoun(inner.group(1) or inner.group(2), a, v[0]) if inner else \
                    self._subject_after(v[1], b)
                if actor is not None:
                    return actor, self._span_of(actor, v[1], b) or self._span_of(actor, a, b), v[2], v
        if seg.kind == "main" and idx > 0 and prev_claimant is not None and not own:
            return prev_claimant, None, lx.ASSERTS, None
        if lx.PASSIVE_REPORT.search(f, seg.start, min(len(f), seg.end + 2)) and last_claimant is not None:
            return last_claimant, None, lx.ASSERTS, None
        return self.media, None, lx.ASSERTS, None

    def _for_opening(self, a: int, b: int):
        """'Pour l'ISW, les troupes ukrainiennes ont pénétré ...': "pour" and a speaker named before the sentence's
        first comma attribute it (a match object ending where the speaker starts), else None."""
        mt = lx.FOR_OPENING.match(self.f, a)
        if mt is None:
            return None
        comma = self.f.find(",", mt.end(), min(b, mt.end() + 120))
        named = any(mt.end() <= mn.start <= mt.end() + 4 and mn.end <= comma for mn in self.mentions
                    if mn.actor.side != "media")
        return mt if comma > 0 and named else None

    def _span_of(self, actor: ActorRef, a: int, b: int) -> tuple[int, int] | None:
        for mn in self.mentions:
            if a <= mn.start < b and mn.actor == actor:
                return (mn.start, mn.end)
        return None
