"""Who is named, in an English article: institutions, officials with their titles, outlets, units and bodies
named by level, each with the side it speaks for (settled from the places around it where the text gives none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from events.extraction import lexicon_en as en
from events.extraction.drafts import governed_by
from events.extraction.lexicon import OPPONENT, OUTLET_SIDES
from events.extraction.types import ActorRef

PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)+")
# "Russia launched 4 missiles ..., the Air Force reported": who launched, before an air force that counts them.
LAUNCHER = re.compile(r"\b(?:russia|ukraine|moscow|kyiv|russian forces|ukrainian forces)\s+(?:\w+\s+)?(?:launched|attacked"
                      r"|fired|struck)\b")
ABBREVIATED = re.compile(r"\b(?:gov|gen|lt|col|mr|mrs|ms|dr|st|sgt|maj|capt|adm|rep|sen|u\.s)$")


@dataclass
class Mention:
    start: int
    end: int
    actor: ActorRef
    pronoun: str
    same_as: Mention | None = None  # "Mr Haidai": the official named in full before


class EnglishMentions:
    """The actors of `english.EnglishReader`: it reads `self.f`, `self.m`, `self.gaz`, `self.places` and
    `self.theatre`."""

    def _mentions(self) -> list[Mention]:
        f, found = self.f, []
        for sp in en.SPEAKERS:
            for mt in sp.pattern.finditer(f):
                actor = sp.actor
                if actor.name == "__outlet__":
                    key = next((v for k, v in en.OUTLET_NAMES.items() if k in mt.group(0)), mt.group(0))
                    actor = ActorRef(key, OUTLET_SIDES.get(key, "media"), "media")
                found.append(Mention(mt.start(), mt.end(), actor, sp.pronoun))
        officials = self._named_officials()
        found += officials + self._surnames(officials)
        for rx, kind, names in en.BARE_BODIES:
            for mt in rx.finditer(f):
                actor = self._bare_body(found, mt.start(), kind, names)
                if actor is not None:
                    found.append(Mention(mt.start(), mt.end(), actor, "it"))
        found.sort(key=lambda mn: (mn.start, -(mn.end - mn.start)))
        kept: list[Mention] = []
        for mn in found:
            if kept and mn.start < kept[-1].end:
                continue
            kept.append(mn)
        return kept

    def _bare_body(self, found: list[Mention], pos: int, kind: str, names: dict[str, str]) -> ActorRef | None:
        """'the ministry', 'the military': the body of that kind named before, else of the side in question."""
        f = self.f
        # (by kind, or by the very name the table gives: "Ukraine's air force" is read as an army mention)
        prev = [mn for mn in found if mn.end <= pos and mn.actor.side in names
                and (mn.actor.kind == kind or mn.actor.name == names[mn.actor.side])]
        if prev:
            return max(prev, key=lambda mn: mn.end).actor
        # (the speakers of the same paragraph: an earlier story's speaker is not who "the air force" belongs to)
        paragraph = f.rfind("\n", 0, pos)
        named = sorted((mn for mn in found if paragraph < mn.start and mn.end <= pos and mn.actor.side in {"RU", "UA"}),
                       key=lambda mn: mn.end)
        speaking = [mn for mn in named if en.SPEAKS.match(f, mn.end)]
        sides = [mn.actor.side for mn in speaking]
        if not sides:
            # "Russian forces took X from Ukrainian troops, the defence ministry said": the side the sentence is
            # about, its subject, named first.
            start = max(f.rfind(". ", 0, pos), f.rfind("\n", 0, pos), 0)
            hits = [(h.start(), side) for rx, side in en.SIDE_NEAR for h in rx.finditer(f, start, pos)]
            sides = [min(hits)[1]] if hits else [mn.actor.side for mn in named] or list(names)[:1]
            if kind == "air force" and (hits or named) and LAUNCHER.search(f, start, pos):
                # "Russia launched 4 missiles ..., the Air Force reported": the defender's air force counts them.
                sides = [OPPONENT.get(sides[0], sides[0])]
        side = sides[-1]
        return ActorRef(names[side], side, kind) if side in names else None

    def _named_officials(self) -> list[Mention]:
        """'Moscow Mayor Sergei Sobyanin', 'the governor of the region, Oleh X,', 'Serhii X, spokesperson for ...'."""
        out = []
        for mt in PERSON_NAME.finditer(self.m):
            a, b = mt.start(), mt.end()
            words = list(re.finditer(r"\S+", self.m[a:b]))
            roles = [i for i, w in enumerate(words) if en.ROLE_WORD.fullmatch(w.group(0).lower())]
            if roles and len(words) - roles[-1] > 2:
                a = a + words[roles[-1] + 1].start()  # "Moscow Mayor Sergei Sobyanin": the name after the title
            elif roles:
                continue
            before = self.f[max(0, a - 45):a]
            after = re.match(r",\s+(?:the\s+)?([^,;.]{0,80})", self.f[b:b + 90])
            role_before = ([None] + list(en.ROLE_WORD.finditer(before)))[-1]
            if role_before and not re.search(r"[;:]|(?<!gov)(?<!gen)(?<!lt)(?<!col)\.\s", before[role_before.start():]):
                phrase = before[role_before.start() - 20 if role_before.start() >= 20 else 0:]
            elif after and en.ROLE_WORD.match(after.group(1)) or (after and en.ROLE_WORD.search(after.group(1)[:30])):
                phrase = after.group(1)
            else:
                continue
            if any(w in {"oblast", "region", "river"} for w in self.f[a:b].split()):
                continue
            hits = [(h.start(), side) for rx, side in en.SIDE_ADJECTIVES for h in [rx.search(phrase)] if h]
            side = min(hits)[1] if hits else "INT" if en.ANALYST_ROLE.search(phrase) else "?"
            if side == "?" and a > mt.start():
                # "Belgorod Governor X": the region in the title names the side.
                title = self.m[mt.start():a].split()
                region = next((r for w in title for r in [self.gaz.region(w)] if r is not None), None)
                side = region.country_code if region is not None and region.country_code else "?"
            out.append(Mention(a, b, ActorRef(self.m[a:b], side, "person"), "he"))
        return out

    def _surnames(self, officials: list[Mention]) -> list[Mention]:
        """'Mr Haidai said', 'Haidai added': an official named in full before, by surname."""
        out = []
        for mn in officials:
            surname = self.m[mn.start:mn.end].split()[-1]
            if len(surname) < 3:
                continue
            for mt in re.finditer(rf"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Gov|Col|Lt|Maj)\.?\s+)?\b{re.escape(surname)}\b", self.m):
                if mt.start() >= mn.end:
                    out.append(Mention(mt.start(), mt.end(), mn.actor, mn.pronoun, same_as=mn))
        return out

    def _settle_person_sides(self) -> None:
        """An official named without a country speaks for the country of the places around him."""
        for mn in self.mentions:
            if mn.actor.side != "?":
                continue
            around = self.f[max(0, mn.start - 40):mn.end]
            hits = [(h.start(), side) for rx, side in en.SIDE_ADJECTIVES for h in [rx.search(around)] if h]
            # The places of the speaker's own sentence first: the next sentence's places are another story's.
            sa = mn.start
            while True:  # back to the full stop that ends a sentence ("Gov. Ivan Fedorov" has one that does not)
                sa = max(self.f.rfind(". ", 0, sa), self.f.rfind("\n", 0, sa), 0)
                if sa == 0 or self.f[sa] == "\n" or not ABBREVIATED.search(self.f, max(0, sa - 6), sa):
                    break
            ends = [i for i in (self.f.find(". ", mn.end), self.f.find("\n", mn.end)) if i >= 0]
            sb = min(ends) if ends else len(self.f)
            near = sorted((abs(pm.start - mn.start), governed_by(pm.place)) for pm in self.places
                          if sa <= pm.start < sb and pm.place.country_code) or sorted(
                (abs(pm.start - mn.start), governed_by(pm.place)) for pm in self.places
                if abs(pm.start - mn.start) < 300 and pm.place.country_code)
            theatre = self.theatre.country_code if self.theatre is not None else None
            side = max(hits)[1] if hits else near[0][1] if near else theatre or "other"
            adjective = {"RU": "Russian", "UA": "Ukrainian"}.get(side)
            name = f"{adjective} {mn.actor.name.lower()}" if adjective and mn.actor.name in {
                "Military unit", "Military command"} else mn.actor.name
            mn.actor = replace(mn.actor, side=side, name=name)
        for mn in self.mentions:
            if mn.same_as is not None:
                mn.actor = mn.same_as.actor

    # --- attribution --------------------------------------------------------------------------------------------
