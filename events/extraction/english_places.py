"""Places of an English article: regions ("Donetsk region"), settlements ("the village of X", "near X"), districts.

Names are resolved against the gazetteer; a region named in the same sentence, else the article's setting (the
region it keeps returning to, or the region of the towns it names), constrains ambiguous village names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from events.extraction import lexicon_en as en
from events.extraction.landmarks import landmark_spans
from events.extraction.places import Gazetteer, acronym_of_another, fold, hyphenated_towns
from events.extraction.types import PlaceRef

NAME = re.compile(r"[A-Z][\w'-]*[^\W\d_](?:\s+[A-Z][\w'-]*[^\W\d_])*")
NAME_BEFORE = re.compile(r"(?:[A-Z][\w'-]*[^\W\d_]\s+)*[A-Z][\w'-]*[^\W\d_]$")
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
NOT_A_NAME_AFTER = re.compile(r"\s+(?:soldiers|troops|forces|army|military|units|servicemen|fighters|officials|authorities"
                              r"|drones?|missiles?|president|leader|government|ministry|people|citizens|nationals)\b")
APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}(?:town|village|city|settlement|hub|stronghold)\b")


@dataclass
class PlaceMention:
    start: int
    end: int
    place: PlaceRef
    role: str  # settlement | region
    locator: bool = False  # named only to locate another place ("south of Bakhmut")


# "the left bank of the Dnipro", "across the Dnipro", "the Dnipro River": a river, not the town of that name.
RIVER_BEFORE = re.compile(r"\b(?:banks? of|across|crossed|crossing|cross|along|river)\s+(?:the\s+)?$")
SITE_AFTER = re.compile(r"\s+(?:military\s+|oil\s+|air\s+|naval\s+|fuel\s+|ammunition\s+)?(?:airfield|air\s+base|airbase"
                        r"|refinery|oil\s+depot|depot|terminal|power\s+station|thermal\s+power\s+plant)\b")
RIVER_AFTER = re.compile(r"\s+river\b"
                         # "the Zaporizhzhia nuclear power plant" stands at Enerhodar: every nuclear plant is named for
                         # its region or an older name, never for the town it stands in
                         r"|\s+(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station)\b|\s+npp\b")
SUBJECT_OF_EVENT = re.compile(r"\s+(?:was|were|has been|had been|has fallen|had fallen|fell|remains|remained|is now|was now"
                              r"|is (?:still |firmly |fully )?under)\b")


class PlaceFinder:
    """Finds the place mentions of one article; `spoken` are speaker spans, which are no places."""

    def __init__(self, m: str, f: str, gaz: Gazetteer, spoken: list[tuple[int, int]], lead_end: int):
        self.m, self.f, self.gaz, self.spoken = m, f, gaz, spoken
        self.taken: list[tuple[int, int]] = []
        self.resolved: dict[str, PlaceRef] = {}
        self.places: list[PlaceMention] = []
        self.region_names: dict[str, PlaceRef] = {}
        self._regions()
        candidates = self._candidates()
        self.theatre = self._theatre(lead_end, candidates)
        self._settlements(candidates)

    def _free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def _add(self, a: int, b: int, place: PlaceRef, role: str, name: str) -> None:
        found = en.LOCATOR_BEFORE.search(self.f, max(0, a - 40), a)
        # ("near Bakhmut" locates another place only right after it: "Andriivka, near Bakhmut"; "fighting near
        # Bakhmut", "surrounded near the villages of Hirske and Zolote" are where it happened)
        locator = bool(found) and (not en.NEAR_WORD.match(self.f, found.start()) or bool(
            en.PLACE_COMMA_BEFORE.search(self.m, max(0, found.start() - 40), found.start())))
        self.places.append(PlaceMention(a, b, replace(place, mention=name), role, locator))
        self.taken.append((a, b))

    def _names_before(self, pos: int) -> list[tuple[int, int, str]]:
        """The capitalised names ending at pos, with the ones listed before them ("Yaroslavl and Nizhny Novgorod")."""
        out: list[tuple[int, int, str]] = []
        while True:
            mt = NAME_BEFORE.search(self.m, max(0, pos - 60), pos)
            if not mt:
                break
            start = mt.start()
            poss = self.m.rfind("'s ", start, mt.end())
            if poss >= 0:  # "Russia's Kursk region": the name after the possessive
                start = poss + 3
            out.insert(0, (start, mt.end(), self.m[start:mt.end()]))
            join = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", self.m[max(0, mt.start() - 8):mt.start()])
            if not join:
                break
            pos = mt.start() - len(join.group(0))
        return out

    def _names_at(self, pos: int) -> list[tuple[int, int, str]]:
        names = []
        while True:
            mt = NAME.match(self.m, pos)
            # "Ukraine's military", "North Korean soldiers": a possessive or an adjective, not a place.
            if not mt or mt.group(0).endswith("'s") or NOT_A_NAME_AFTER.match(self.f, mt.end()):
                break
            names.append((mt.start(), mt.end(), mt.group(0)))
            join = LIST_JOIN.match(self.m, mt.end())
            if not join or not NAME.match(self.m, join.end()):
                break
            pos = join.end()
        return names

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        a = max(self.f.rfind(". ", 0, pos), self.f.rfind("\n", 0, pos), 0)
        ends = [i for i in (self.f.find(". ", pos), self.f.find("\n", pos)) if i >= 0]
        return a, (min(ends) if ends else len(self.f))

    def _region_near(self, pos: int) -> tuple[PlaceRef | None, bool]:
        """The region named in the sentence (True), else the article's setting (False)."""
        a, b = self._sentence_bounds(pos)
        near = [pm for pm in self.places if pm.role == "region" and a <= pm.start < b]
        return (min(near, key=lambda pm: abs(pm.start - pos)).place, True) if near else (self.theatre, False)

    # --- regions ------------------------------------------------------------------------------------------------

    def _regions(self) -> None:
        for mt in en.REGION_SUFFIX.finditer(self.f):
            for a, b, name in self._names_before(mt.start()):
                place = self.gaz.region(name)
                if place is not None and self._free(a, b):
                    self._add(a, b, place, "region", name)
                    self.region_names[fold(name)] = place
        for mt in re.finditer(r"\bcrimea\b", self.f):
            place = self.gaz.region("Crimea")
            if place is not None and self._free(mt.start(), mt.end()):
                self._add(mt.start(), mt.end(), place, "region", self.m[mt.start():mt.end()])

    def _theatre(self, lead_end: int, candidates: list[tuple[int, int, str, str]]) -> PlaceRef | None:
        """The region an article keeps returning to; failing one, the region of the towns it names."""
        counts = Counter(pm.place.key for pm in self.places if pm.role == "region")
        if counts:
            key, n = counts.most_common(1)[0]
            first = min(pm.start for pm in self.places if pm.place.key == key)
            if n >= 2 or first < lead_end:
                return next(pm.place for pm in self.places if pm.place.key == key)
        parents: Counter[str] = Counter()
        for a, b, name, how in candidates:
            if how == "district" or not self._free(a, b) or fold(name) in en.METONYMS | en.NOT_PLACES:
                continue
            place = self.gaz.lookup(name)
            if place is not None and place.kind in {"town", "city"} and place.country_code in {"UA", "RU"} \
                    and place.parent_key:
                parents[place.parent_key] += 1
        if parents:
            return self.gaz.get(parents.most_common(1)[0][0])
        return None

    # --- settlements --------------------------------------------------------------------------------------------

    def _candidates(self) -> list[tuple[int, int, str, str]]:
        """(start, end, name, how) for every name in a place slot; how: explicit | district | sector | loose."""
        f, out = self.f, []
        for mt in en.SETTLEMENT_PREFIX.finditer(f):
            # "several nearby villages, including X and Y": villages of the article's setting, not towns elsewhere
            how = "villages" if re.search(r"\b(?:including|such as|among them)\s+$", mt.group(0)) else "explicit"
            out += [(a, b, n, how) for a, b, n in self._names_at(mt.end())]
        for mt in en.NAMED_AS.finditer(f):
            out += [(a, b, n, "villages") for a, b, n in self._names_at(mt.end() + 1)]  # "identified them as X and Y"
        for mt in en.DISTRICT_SUFFIX.finditer(f):
            out += [(a, b, n, "district") for a, b, n in self._names_before(mt.start())]
        for mt in en.SECTOR_SUFFIX.finditer(f):
            out += [(a, b, n, "sector") for a, b, n in self._names_before(mt.start())[-1:]]
        for mt in NAME.finditer(self.m):
            if APPOSITION.match(self.m, mt.end()):
                out.append((mt.start(), mt.end(), mt.group(0), "explicit"))
        for mt in NAME.finditer(self.m):
            # "the Morozovsk military airfield", "the Afipsky oil refinery": a site named for the town it serves
            if SITE_AFTER.match(self.f, mt.end()):
                out.append((mt.start(), mt.end(), mt.group(0), "loose"))
        for mt in en.OBJECT_PREFIX.finditer(f):
            out += [(a, b, n, "explicit") for a, b, n in self._names_at(mt.end())]
        for mt in en.LOCATIVE_PREFIX.finditer(f):
            out += [(a, b, n, "loose") for a, b, n in self._names_at(mt.end())]
        for mt in NAME.finditer(self.m):
            # "Bakhmut was completely taken", "Avdiivka has fallen": a town as the subject of what happened to it.
            if SUBJECT_OF_EVENT.match(self.f, mt.end()) and not mt.group(0).endswith("'s"):
                # ("Irpin, Bucha and Hostomel were liberated": every town of the list is the subject)
                out += [(a, b, n, "subject") for a, b, n in self._names_before(mt.end())]
        rivers = [c for c in out if RIVER_BEFORE.search(f, max(0, c[0] - 20), c[0]) or RIVER_AFTER.match(f, c[1])]
        self.taken += [(a, b) for a, b, _n, _h in rivers]
        return sorted((c for c in out if c not in rivers), key=lambda c: (c[0], c[3] != "explicit"))

    def _unresolved(self, name: str, parent: PlaceRef, kind: str) -> PlaceRef:
        """A place no gazetteer knows, under the name as written: English copy already spells it in English."""
        place = self.gaz.unresolved(name, parent=parent, kind=kind)
        written = " ".join(name.split())
        return replace(place, key=f"unresolved:{parent.key}:{fold(written)}", name=written, name_fr="",
                       alternate_names=())

    def _resolve(self, name: str, a: int, how: str) -> PlaceRef | None:
        folded = fold(name)
        if folded in self.resolved:
            return self.resolved[folded]
        region, in_sentence = self._region_near(a)
        if how == "villages":
            how = "explicit"
            in_sentence = True
        if region is not None and not in_sentence:
            # The article's setting is a weak hint: a town of that name elsewhere is the likelier reading.
            town = self.gaz.lookup(name, kinds={"town", "city"})
            if town is not None:
                return town
        if how == "district":
            return self._unresolved(f"{name} District", region, "town") if region else None
        if region is not None:
            place = self.gaz.lookup(name, region=region)
            if place is not None and place.kind == "village":
                # "hits centre of Sumy; ... airbase in Crimea": a city of the name beats a village of the region
                city = self.gaz.lookup(name, kinds={"city"})
                place = city or place
            if place is None and how == "explicit" and len(folded) >= 3:
                place = self._unresolved(name, region, "village")
            if place is not None:
                return place
        place = self.gaz.lookup(name)
        # Village names repeat across the country: without a region, only a town or city is a safe guess.
        if place is not None and (place.kind in {"town", "city"} or (how == "explicit" and region is None)):
            return place
        if region is None and how == "explicit" and len(folded) >= 3:
            country = self.gaz.country("UA")  # "the village of X" with no region named: the war's main theatre
            return self._unresolved(name, country, "village") if country is not None else None
        return None

    def _settlements(self, candidates: list[tuple[int, int, str, str]]) -> None:
        for a, b, name, how in candidates:
            folded = fold(name)
            if not self._free(a, b) or folded in en.NOT_PLACES or len(folded) < 3:
                continue
            if en.SEA_OR_UNIT_AROUND.search(self.f, max(0, a - 8), a) or en.SEA_OR_UNIT_AROUND.match(self.f, b):
                continue  # "the Sea of Azov", "the Azov regiment": no town
            pair = hyphenated_towns(self.gaz, name, a)
            if pair:
                for start, end, town in pair:  # "the Pokrovsk-Myrnohrad agglomeration": two towns
                    self._add(start, end, town, "settlement", self.m[start:end])
                continue
            quoted = any(s < b and a < e for s, e in self.spoken) and not re.search(
                r"\b(?:in|near|outside|around|over|towards?|at|into)\s+$", self.f[max(0, a - 10):a])
            if folded in self.region_names and how != "explicit":
                # "Kursk" after "the Kursk region": the region, in shorthand.
                self._add(a, b, self.region_names[folded], "region", name)
                continue
            place = self._resolve(name, a, how)
            if place is not None and how == "subject" and place.kind not in {"town", "city"}:
                continue  # a subject is a place only when it is a known town: "Kupiansk was", not "Shahed was"
            if place is None or place.kind in {"country", "region"} or (quoted and place.kind not in {"town", "city"}):
                continue  # (inside a quotation, a bare name is a place only if it is a known town: "Bakhmut was taken")
            if how != "explicit" and acronym_of_another(name, place):
                continue  # "RUSI", "ISW": an organisation's initials that happen to be some town's foreign name
            self.resolved.setdefault(folded, place)
            self._add(a, b, place, "settlement", name)
        # A name resolved once names the same place wherever it recurs ("Klishchiivka was cleared").
        for mt in NAME.finditer(self.m):
            place = self.resolved.get(fold(mt.group(0)))
            if fold(mt.group(0)) in en.METONYMS and not en.LOCATIVE_PREFIX.search(self.f, max(0, mt.start() - 25),
                                                                                 mt.start()):
                continue  # ("a day after Moscow launched ...": a capital out of a place slot is its government)
            if place is not None and self._free(mt.start(), mt.end()):
                self._add(mt.start(), mt.end(), place, "settlement", mt.group(0))
        for rx, name in en.CAPITALS:
            for mt in rx.finditer(self.f):
                place = self.gaz.lookup(name)
                if place is not None and self._free(mt.start(), mt.end()):
                    self._add(mt.start(), mt.end(), place, "settlement", self.m[mt.start():mt.end()])
        named = {pm.place.key for pm in self.places if pm.role == "settlement"}
        for a, b, town in landmark_spans(self.f):
            # A site stands for its town where the article names that town too (the annotators' "places named").
            place = self.gaz.lookup(town)
            if place is not None and place.key in named and self._free(a, b):
                self._add(a, b, place, "settlement", self.m[a:b])
        for mt in en.BARE_CAPITAL.finditer(self.f):
            # "the capital" alone: the capital last named, as a place or in a title ("Kyiv Mayor Vitali Klitschko").
            named = en.CAPITAL_NAMED.findall(self.f, max(0, mt.start() - 800), mt.start())
            place = self.gaz.lookup("Moscow" if named and named[-1] == "moscow" else "Kyiv") if named else None
            if place is not None and self._free(mt.start(), mt.end()):
                self._add(mt.start(), mt.end(), place, "settlement", self.m[mt.start():mt.end()])
        for mt in en.ANAPHORIC_SETTLEMENT.finditer(self.f):
            prev = [pm for pm in self.places if pm.role == "settlement" and pm.end <= mt.start()
                    and mt.start() - pm.end < 600]
            # "the village" is the village last named, even if a town was named since.
            kinds = {"village"} if "village" in mt.group(0) else {"town", "city"}
            prev = [pm for pm in prev if pm.place.kind in kinds] or prev
            # ("Selydove, a mining town southeast of Pokrovsk. ... liberated the town": not the landmark that located it)
            prev = [pm for pm in prev if not pm.locator] or prev
            if prev and self._free(mt.start(), mt.end()):
                last = max(prev, key=lambda pm: pm.end)
                self._add(mt.start(), mt.end(), last.place, "settlement", self.m[mt.start():mt.end()])
        self.places.sort(key=lambda pm: pm.start)
        # "near the villages of X and Y": the members of a list share whether they locate something else.
        for prev, pm in zip(self.places, self.places[1:], strict=False):
            if LIST_JOIN.fullmatch(self.m[prev.end:pm.start]):
                pm.locator = prev.locator
