"""Where it happened, in a French article: place names found in the text and resolved against the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import lexicon as lx
from events.extraction.drafts import GROUND_TYPES, PlaceMention, governed_by
from events.extraction.grammar_fr import (
    ANAPHORIC_PLACE,
    ANAPHORIC_SETTLEMENT,
    CAPITALISED,
    COUNTRY_PHRASES,
    DIRECTION,
    DISTANCE_FROM,
    LIST_JOIN,
    LOCATIVE_PREFIX,
    LOCATOR_BEFORE,
    METONYM_CAPITALS,
    NAME,
    NAMED_REGION,
    NOT_A_PLACE_BEFORE,
    OBJECT_PREFIX,
    PLANT_BEFORE,
    REGION_PREFIX,
    REGION_WORD,
    SECOND_REGION,
    SETTLEMENT_APPOSITION,
    SETTLEMENT_PREFIX,
    THAT_OF,
)
from events.extraction.landmarks import landmark_spans
from events.extraction.places import acronym_of_another, fold, hyphenated_towns
from events.extraction.types import PlaceRef

TAKEN_OBJECT = re.compile(r"(?:prise|reprise|reconquete|liberation|chute|conquete|controle|encerclement)\s")
CAPITAL_CITY = re.compile(r"\bla capitale(?: (ukrainienne|russe)| de (?:l'(ukraine)|la (russie)))?\b"
                          r"(?! (?:de|d'|du|regionale|provinciale|economique)\b)")
LIST_THEN_REGION = re.compile(r"[\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*)?"
                              r"(?:(?:\s*,\s*|\s+et\s+)[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*)?)*"
                              r",?\s+(?:dans|en)\s+(?:la region|l'oblast|celle)\s+(?:de\s+|d')")
LIST_GOES_ON = re.compile(r",?\s+ainsi qu(?:e\s+|')(?=[A-ZÀ-ÖØ-Þ])")
CAPITAL_NAMED = re.compile(r"\b(kiev|kyiv|moscou)\b")


class PlaceReading:
    """The place side of `claims.ArticleReader`: settlements and regions named, and where a clause points."""

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

    def _plant_named_for_region(self, a: int, name: str) -> bool:
        """"la centrale de Zaporijjia": a plant named for a region stands elsewhere (at Enerhodar), no town of it."""
        return bool(PLANT_BEFORE.search(self.f, max(0, a - 40), a)) and self.gaz.region(name) is not None

    def _free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self._taken)

    def _region_in_sentence(self, pos: int) -> PlaceRef | None:
        """The region named in the same sentence decides ambiguous village names."""
        sent_start, sent_end = self._sentence_around(pos)
        for r in self._regions:
            if pos < r.start < sent_end and LIST_THEN_REGION.fullmatch(self.m, pos, r.start):
                return r.place  # "A, B et C dans celle de Zaporijjia": the region closing a list locates all of it
        near = sorted((r for r in self._regions if sent_start <= r.start < sent_end), key=lambda r: abs(r.start - pos))
        return near[0].place if near else None

    def _other_clause_region(self, a: int, b: int) -> bool:
        """Whether the sentence's regions all stand in another clause than the name at [a, b) ("à X et ... dans la
        région de Y"), so that none locates it."""
        sent_start, sent_end = self._sentence_around(a)
        regions = [r for r in self._regions if sent_start <= r.start < sent_end]
        return bool(regions) and re.search(r"\ba\s+$", self.f[max(0, a - 3):a]) is not None and all(
            re.search(r"\bet\b|;", self.f[b:r.start] if r.start > b else self.f[r.end:a]) for r in regions)

    def _settle(self, a: int, b: int, name: str, explicit: bool, capital: bool = False) -> None:
        """Resolve a settlement name at [a, b); an explicit one ("le village de X") is kept even if unknown.

        `capital`: a capital after a locative ("à Moscou") is the city, though elsewhere it names a government.
        """
        if not self._free(a, b) or (self._in_actor(a, b) and not capital):
            return
        if not re.search(r"\b(?:de|d'|du|des)\s*$", self.f[max(0, a - 4):a]) and any(
                mn.person and mn.start <= a and b == mn.end for mn in self.mentions):
            return  # "le maire de la ville, Ihor Terekhov": the name closing a person's mention is the person's
        if explicit and self.gaz.is_country_name(name):
            return  # "la deuxième ville d'Ukraine": a country, never an unknown village of that name
        if not explicit and NOT_A_PLACE_BEFORE.search(self.f, max(0, a - 40), a):
            return  # "la rive est du Dniepr", "le groupement de Koursk": a river, a unit, not a town
        if self._plant_named_for_region(a, name):
            return
        if fold(name) == "dniepr" and not re.search(r"\bville (?:de |d')$", self.f[max(0, a - 12):a]):
            return  # "le Dniepr" is the river; the city is Dnipro
        pair = hyphenated_towns(self.gaz, name, a)
        if pair:  # "l'agglomération de Pokrovsk-Myrnohrad": two towns
            for start, end, town in pair:
                self.places.append(PlaceMention(start, end, replace(town, mention=self.m[start:end]), "settlement"))
            self.places.sort(key=lambda pm: pm.start)
            self._taken.append((a, b))
            return
        in_sentence = self._region_in_sentence(a)
        # One spelling names one place throughout an article, resolved with the first context seen.
        place = self._resolved.get(fold(name))
        if place is None and in_sentence is not None:
            # A region named in the same sentence is a hard constraint (Kroupets beside "région de Koursk").
            place = self.gaz.lookup(name, region=in_sentence)
            if place is not None and place.kind == "village" and not explicit:
                # (a city of the name beats a village of the region: "Soumy ... la Crimée")
                place = self.gaz.lookup(name, kinds={"city"}) or place
            if place is None and self._other_clause_region(a, b):
                # ("une femme tuée à Dnipro et trois blessés dans la région de Tcherkassy": a city stands for itself)
                city = self.gaz.lookup(name)
                place = city if city is not None and city.kind == "city" else None
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
        if place is None or place.kind == "country" or (not explicit and acronym_of_another(name, place)):
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
        sites = [PlaceMention(a, b, replace(place, mention=self.m[a:b]), "settlement")
                 for a, b, town in landmark_spans(f) for place in [self.gaz.lookup(town)] if place is not None]
        for mt in [*REGION_PREFIX.finditer(f), *SECOND_REGION.finditer(f)]:
            for a, b, name in self._names_at(mt.end(), len(f)):
                place = self.gaz.region(name)
                if place and self._free(a, b):
                    self._regions.append(PlaceMention(a, b, replace(place, mention=name), "region"))
                    self._taken.append((a, b))
        for mt in THAT_OF.finditer(f):
            sent_start, _end = self._sentence_around(mt.start())
            if not REGION_WORD.search(f, sent_start, mt.start()):
                continue
            names = self._names_at(mt.end(), len(f))
            for a, b, name in names if "celles" in mt.group(0) else names[:1]:  # ("celles d'Odessa, de Mykolaïv et de Kiev")
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
        for mt in LIST_GOES_ON.finditer(self.m):
            # "sept localités : A et B dans la région de Donetsk, ainsi que C et D dans celle de Zaporijjia"
            sent_start, _end = self._sentence_around(mt.start())
            if any(pm.role == "settlement" and sent_start <= pm.start < mt.start() for pm in self.places) and \
                    SETTLEMENT_PREFIX.search(f, sent_start, mt.start()):
                for a, b, name in self._names_at(mt.end(), len(f)):
                    self._settle(a, b, name, explicit=True)
        for mt in SETTLEMENT_APPOSITION.finditer(self.m):
            names = self._names_at(mt.end(), len(f))
            if names and self.m[names[-1][1]:names[-1][1] + 1] in {",", ".", ";"}:
                for a, b, name in names:
                    self._settle(a, b, name, explicit=True)
        locatives = {mt.end() for mt in LOCATIVE_PREFIX.finditer(f)}
        for mt in list(LOCATIVE_PREFIX.finditer(f)) + list(OBJECT_PREFIX.finditer(f)):
            # "pris le contrôle de Kolisnykivka": what is taken is a place, even one no gazetteer knows.
            taken = mt.end() not in locatives and TAKEN_OBJECT.match(f, mt.start())
            for a, b, name in self._names_at(mt.end(), len(f)):
                # "au-dessus de Moscou" is the city; "le contrôle de Moscou" its government.
                if fold(name) in METONYM_CAPITALS and mt.end() not in locatives:
                    continue
                self._settle(a, b, name, explicit=bool(taken), capital=fold(name) in METONYM_CAPITALS)
        # Names standing alone ("Mykolaïvka, ville située ..., est aux mains de ...") that the gazetteer knows as a
        # settlement: the same cautious resolution as any name without a prefix.
        for mt in NAME.finditer(self.m):
            name = mt.group(0)
            if len(name) < 4 or not self._free(mt.start(), mt.end()) or fold(name) in METONYM_CAPITALS:
                continue
            if NOT_A_PLACE_BEFORE.search(f, max(0, mt.start() - 40), mt.start()):
                continue
            if self._plant_named_for_region(mt.start(), name):
                continue
            if self.gaz.is_known_name(name):
                self._settle(mt.start(), mt.end(), name, explicit=False)
        for mt in CAPITAL_CITY.finditer(f):
            # "la capitale ukrainienne" is Kyiv; "la capitale" alone, the capital last named (as a place or a title,
            # "le maire de Kiev").
            if self.m[mt.end() + 1:mt.end() + 2].isupper():
                # "la capitale Kyiv": the name that follows is the place, the city and not its government.
                for a, b, name in self._names_at(mt.end() + 1, min(len(f), mt.end() + 40))[:1]:
                    self._settle(a, b, name, explicit=False, capital=True)
                continue
            # (a capital last named as a place, "à Kiev", before one named as a government, "Moscou a lancé")
            as_place = [pm.place.name for pm in self.places if pm.role == "settlement" and pm.end <= mt.start()
                        and mt.start() - pm.end < 1500 and pm.place.name in {"Kyiv", "Moscow"}]
            named = mt.group(1) or mt.group(2) or mt.group(3) or (as_place[-1].lower() if as_place else None) or next(
                iter(CAPITAL_NAMED.findall(f, max(0, mt.start() - 800), mt.start())[-1:]), None)
            city = {"ukrainienne": "Kyiv", "russe": "Moscow", "ukraine": "Kyiv", "russie": "Moscow", "kiev": "Kyiv",
                    "kyiv": "Kyiv", "moscou": "Moscow", "moscow": "Moscow"}.get(named or "")
            place = self.gaz.lookup(city) if city else None
            if place is not None and self._free(mt.start(), mt.end()):
                self.places.append(PlaceMention(mt.start(), mt.end(), replace(place, mention=mt.group(0)), "settlement"))
                self._taken.append((mt.start(), mt.end()))
        for mt in ANAPHORIC_SETTLEMENT.finditer(f):
            prev = sorted((pm for pm in self.places if pm.role == "settlement" and pm.end <= mt.start()
                           and mt.start() - pm.end < 600), key=lambda pm: pm.end)
            region = self._region_in_sentence(mt.start())
            if region is not None and region.kind == "region":
                # "Le gouverneur de la région de Kharkiv a fait état de frappes sur la ville": a town of that
                # region, not the last town of another one.
                prev = [pm for pm in prev if pm.place.parent_key == region.key]
            if re.search(r"ville|cite", mt.group(0)):
                # "la ville" after "Kharkiv ... les villages de A et B": the town, not the last village named
                prev = [pm for pm in prev if pm.place.kind in {"town", "city"}] or prev
            # (nor a landmark named to locate another: "Tchassiv Iar ... ouvrait la voie vers Kostiantynivka")
            prev = [pm for pm in prev if not LOCATOR_BEFORE.search(f, max(0, pm.start - 60), pm.start)] or prev
            if prev and self._free(mt.start(), mt.end()):
                self.places.append(PlaceMention(mt.start(), mt.end(), prev[-1].place, "settlement"))
                self._taken.append((mt.start(), mt.end()))
        self.places.sort(key=lambda pm: pm.start)
        # A site stands for its town only where the article names that town too ("l'aciérie d'Azovstal et
        # Marioupol"); else the annotators' rule holds, the places named, and the site names none.
        named = {pm.place.key for pm in self.places if pm.role == "settlement"}
        kept = [st for st in sites if st.place.key in named]
        # ("l'aciérie d'Azovstal" is then Mariupol's, whatever else its words were read as)
        self.places = sorted([pm for pm in self.places if not any(st.start < pm.end and pm.start < st.end
                                                                   for st in kept)] + kept, key=lambda pm: pm.start)
        self._sites = [(st.start, st.end) for st in sites]
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

    def _context_country(self, pos: int) -> str | None:
        # The country of the last place named, town or region ("A Kiev, des missiles ont frappé ... La police a
        # recensé 11 morts": Kyiv's, though the story began in Crimea).
        before = [governed_by(pm.place) for pm in self.places if pm.end <= pos and pos - pm.end < 3000]
        return before[-1] if before else None

    def _sentence_around(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence around pos, cut at ". " and line ends."""
        starts = [i + 1 for i in (self.f.rfind(". ", 0, pos), self.f.rfind("\n", 0, pos)) if i >= 0]
        ends = [i for i in (self.f.find(". ", pos), self.f.find("\n", pos)) if i >= 0]
        return max(starts, default=0), min(ends, default=len(self.f))

    def _where(self, event_type, settlements, regions, seg) -> tuple[list[PlaceRef], PlaceRef | None]:
        if self.theatre is not None and event_type in GROUND_TYPES - {"casualties", "displacement"}:
            # "15 000 soldats déployés à Koursk" in a story set in the Kursk region: the fighting is in the region
            # the city is named for, not in the city ("la ville de Koursk" stays the city).
            settlements = [pm for pm in settlements if not (
                fold(pm.place.name) == fold(self.theatre.name.replace(" Oblast", ""))
                and not re.search(r"\bville (?:de |d')\s*$", self.f[max(0, pm.start - 12):pm.start]))]
        localities = [pm.place for pm in settlements]
        region = None
        if localities:
            parent_key = localities[0].parent_key
            region = self.gaz.get(parent_key) if parent_key else None
            if region is not None and region.kind != "region":
                region = None
        elif regions:
            uniq = list({pm.place.key: pm.place for pm in regions}.values())
            in_site = all(any(a <= pm.start < b for a, b in self._sites) for pm in regions)
            if in_site or (len(uniq) == 1 and self.theatre is not None and uniq[0].key == self.theatre.key and
                           event_type in GROUND_TYPES):
                # The article's setting: the fighting happened somewhere in it. (Drones shot down or fired "over the
                # Kursk region" are told of the whole region, which is their place; "le pont de Crimée", a site named
                # for its region, frames the event without being its place.)
                region = uniq[0]
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
