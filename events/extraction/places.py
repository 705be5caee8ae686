"""Offline place resolution: French, English, native and misspelt names to PlaceRef via the shipped gazetteer."""

from __future__ import annotations

import gzip
import json
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from events.extraction.admin_areas import AdminAreas
from events.extraction.romanise import alias_keys, fold, french_to_english
from events.extraction.romanise import dedup as _dedup
from events.extraction.romanise import max_typos as _max_typos
from events.extraction.romanise import region_core as _region_core
from events.extraction.romanise import skeleton as _skeleton
from events.extraction.types import PlaceRef

__all__ = [
    "DEFAULT_GAZETTEER_PATH",
    "Gazetteer",
    "alias_keys",
    "fold",
    "french_to_english",
    "get_gazetteer",
]

DEFAULT_GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer.json.gz"
GAZETTEER_FORMAT = 2

# Place rows are stored as positional lists to keep the fixture small; these are their columns.
# A row without a GeoNames id comes from Ukraine's settlement registry alone: it has no point of its own,
# only its district's or region's centroid, which P_PRECISION says.
(P_GID, P_NAME, P_FR, P_NATIVE, P_GN_NAME, P_ALTS, P_KIND, P_CC, P_LAT, P_LON, P_POP, P_REGION,
 P_DISTRICT, P_PRECISION, P_CODE) = range(15)

# City regions lie inside another region: "Sébastopol, en Crimée" and "Moscou, dans sa région" must resolve.
ENCLOSED_BY = {"UA-40": "UA-43", "UA-30": "UA-32", "RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN", "BY-HM": "BY-MI"}

SETTLEMENT_KINDS = frozenset({"village", "town", "city"})

# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------


# Russia's regions that border Ukraine or the front, or that the war reaches most (Moscow): their towns are named
# in war reporting for themselves.
NEAR_FRONT_RU = {"RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-KDA", "RU-MOS", "RU-MOW", "RU-AD", "RU-KL"}


class Gazetteer(AdminAreas):
    """Indexes over the shipped gazetteer; build with `Gazetteer.load()` or share via `get_gazetteer()`."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("meta", {}).get("format") != GAZETTEER_FORMAT:
            raise ValueError("gazetteer fixture has an unexpected format; rebuild it with build_gazetteer")
        self.meta: dict[str, Any] = data["meta"]
        self._districts: list[dict[str, Any]] = data["districts"]
        self._index_areas(data)  # first: registry rows without a district take their region's centroid
        self._places: list[list[Any]] = data["places"] + self._registry_rows(data["registry"])
        # A key naming one place stores a bare row number: most keys do, and ints parse faster than lists.
        self._index: dict[str, int | list[int]] = data["place_index"]
        self._by_gid: dict[int, int] = {row[P_GID]: i for i, row in enumerate(self._places) if row[P_GID] is not None}
        self._by_code: dict[str, int] = {row[P_CODE]: i for i, row in enumerate(self._places) if row[P_GID] is None}

        self._region_members: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(self._places):
            if row[P_REGION]:
                self._region_members[row[P_REGION]].append(i)
                if row[P_REGION] in ENCLOSED_BY:
                    self._region_members[ENCLOSED_BY[row[P_REGION]]].append(i)

        # Built on first use only: most calls are settled by the exact alias index.
        self._lock = threading.Lock()
        self._skeleton_index: dict[str, list[int]] | None = None
        self._skeleton_buckets: dict[tuple[str, int], list[str]] | None = None
        self._region_pools: dict[str, dict[str, list[int]]] = {}

    def _registry_rows(self, table: str) -> list[list[Any]]:
        """Rows of registry-only villages, stored as tab-separated lines to keep loading fast.

        They have no point of their own: they take their district's centroid, else their region's, and
        their precision says which.
        """
        points: dict[tuple[str, str], tuple[Any, ...]] = {}
        rows: list[list[Any]] = []
        for line in table.split("\n") if table else ():
            code, name, name_fr, native, kind, region, district_text = line.split("\t")
            point = points.get((region, district_text))
            if point is None:
                district = int(district_text) if district_text else None
                centre = self._districts[district] if district is not None else None
                if centre is not None and centre["lat"] is not None:
                    point = (centre["lat"], centre["lon"], district, "district")
                else:
                    point = (self._regions[region]["lat"], self._regions[region]["lon"], district, "region")
                points[(region, district_text)] = point
            rows.append([None, name, name_fr, native, "", (), kind, "UA", point[0], point[1], 0, region, *point[2:], code])
        return rows

    def _rows_for(self, key: str) -> list[int]:
        rows = self._index.get(key)
        if rows is None:
            return []
        return [rows] if isinstance(rows, int) else rows

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Gazetteer:
        with gzip.open(path or DEFAULT_GAZETTEER_PATH, "rt", encoding="utf-8") as handle:
            return cls(json.load(handle))

    # -- statistics ------------------------------------------------------------------------------

    @property
    def counts(self) -> dict[str, int]:
        return {"places": len(self._places), "regions": len(self._regions), "countries": len(self._countries)}

    # -- settlements ------------------------------------------------------------------------------

    def lookup(
        self,
        mention: str,
        *,
        region: PlaceRef | None = None,
        country: str | None = None,
        kinds: set[str] | None = None,
    ) -> PlaceRef | None:
        """Resolve a settlement mention in any spelling, never outside the given region/country.

        Tries, in order: exact folded alias, exact alias of the French->English romanisation, equal
        skeletons, then a bounded number of typos among the constrained candidates. Within a tier a match
        on the place's own name beats one on an alternate name, then the larger population wins.
        `kinds` filters village/town/city; "region"/"country" in it fall back to `region()`/`country()`.
        """
        text = mention.strip()
        if not text:
            return None
        region_code, country_code = self._constraints(region, country)
        if region_code == "":
            return None  # a region we do not know: nothing of ours can be inside it
        settlement_kinds = None if kinds is None else set(kinds) & SETTLEMENT_KINDS

        def accept(i: int) -> bool:
            row = self._places[i]
            if region_code and row[P_REGION] != region_code and ENCLOSED_BY.get(row[P_REGION]) != region_code:
                return False
            if country_code and row[P_CC] != country_code:
                return False
            return settlement_kinds is None or row[P_KIND] in settlement_kinds

        found = None
        if settlement_kinds is None or settlement_kinds:
            found = self._find_place(text, accept, region_code, country_code)
        if found is not None and found >= 0 and not region_code and not country_code and self._far_town(found):
            # "Voltchansk" is the Russian spelling of Ukraine's Vovchansk, not a town of the Urals: outside the
            # theatre, a small town yields to a Ukrainian place that the same spelling reaches.
            ua_rows = lambda i: accept(i) and self._places[i][P_CC] == "UA"  # noqa: E731
            nearer = self._find_place(text, ua_rows, None, "UA")
            if nearer is not None:
                found = nearer
        if found is not None and found < 0:
            return self._somewhere_in_region(-1 - found, text)
        if found is not None:
            return self._place_ref(found, text)
        if kinds and "region" in kinds:
            hit = self.region(text, country=country_code)
            if hit is not None and (not region_code or hit.iso_code == region_code):
                return hit
        if kinds and "country" in kinds and not region_code:
            hit = self.country(text)
            if hit is not None and (not country_code or hit.iso_code == country_code):
                return hit
        return None

    def _far_town(self, i: int) -> bool:
        """A town of under 100,000 people in neither Ukraine nor Russia's regions near the front."""
        row = self._places[i]
        if row[P_CC] == "UA" or (row[P_POP] or 0) >= 100_000:
            return False
        return row[P_CC] != "RU" or row[P_REGION] not in NEAR_FRONT_RU

    def _constraints(self, region: PlaceRef | None, country: str | None) -> tuple[str | None, str | None]:
        country_code = country.upper() if country else None
        region_code: str | None = None
        if region is not None:
            if region.kind == "country":
                country_code = country_code or region.iso_code or region.country_code
            else:
                code = region.iso_code or (region.key[4:] if region.key.startswith("iso:") else "")
                region_code = code if code in self._regions else ""
                country_code = country_code or region.country_code
        return region_code, country_code

    def _find_place(
        self, mention: str, accept: Callable[[int], bool], region_code: str | None, country_code: str | None
    ) -> int | None:
        forms = self._query_forms(mention)
        ambiguous = False
        for form in forms:
            hits = [i for i in self._rows_for(form) if accept(i)]
            if not region_code:
                safe = self._globally_safe(hits)
                ambiguous = ambiguous or (bool(hits) and not safe)
                hits = safe
            if hits:
                return self._best(hits, forms)
        if ambiguous:
            # The name is that of several registry villages: it is no misspelling of some other place.
            return None

        skeletons = _dedup(_skeleton(f) for f in forms)
        skeletons = [s for s in skeletons if len(s) >= 3]
        if region_code:
            pool = self._region_pool(region_code)
        else:
            pool = self._global_skeleton_index()
        hits = [i for s in skeletons for i in pool.get(s, ()) if accept(i)]
        if hits:
            return self._best(hits, forms)

        if region_code and any(
            self._places[i][P_KIND] in ("town", "city") for form in forms for i in self._rows_for(form)
        ):
            # "Pokrovsk" beside another region is the town, misplaced by the context: not a typo of the
            # region's Pokrovske village.
            return None
        if not region_code and any(self._rows_for(form) for form in forms):
            # Outside a region, a name the gazetteer knows, spelt as it knows it, is no typo of another place:
            # "Ivanivka" asked for among towns is not the town of Zhdanivka (French "Jdanivka"), one letter away.
            # (Inside one, it may be the region's own village of a near spelling.)
            return None
        scope = "region" if region_code else "country" if country_code else "world"
        words = len(mention.split())
        scored: list[tuple[int, int]] = []  # (typos, place index)
        for skeleton in skeletons:
            budget = _max_typos(len(skeleton), scope)
            if budget == 0:
                continue
            if region_code:
                choices: list[str] = list(pool)
            else:
                choices = self._bucket_candidates(skeleton, budget)
            for choice, typos, _ in process.extract(
                skeleton, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                # A misspelling keeps the number of words: "Oleksandr Syrskyi" is no typo of "Oleksandrivskyi".
                scored.extend((int(typos), i) for i in pool[choice] if accept(i) and self._same_word_count(i, choice, words))
        if not scored:
            return None
        fewest = min(typos for typos, _ in scored)
        return self._best([i for typos, i in scored if typos == fewest], forms)

    def _globally_safe(self, hits: list[int]) -> list[int]:
        """Without a region, a registry-only village answers only when it is the single place of that name.

        Village names repeat across Ukraine (dozens of Andriivka): picking one of them, or snapping an
        unknown word to one, would invent a place; a GeoNames place still answers as it always did.
        """
        known = [i for i in hits if self._places[i][P_GID] is not None]
        if known:
            return known
        return hits if len(set(hits)) == 1 else []

    def _best(self, hits: list[int], forms: list[str]) -> int:
        def rank(i: int) -> tuple[bool, int]:
            row = self._places[i]
            own = {key for n in (row[P_NAME], row[P_FR], row[P_NATIVE], row[P_GN_NAME]) for key in alias_keys(n)}
            return (not any(f in own for f in forms), -(row[P_POP] or 0))

        candidates = _dedup_ints(hits)
        best = min(candidates, key=rank)
        if self._places[best][P_GID] is None:
            # Several registry villages of that name in different districts: which one is unknown, so
            # none of their district centroids may be claimed.
            tied = [i for i in candidates if rank(i) == rank(best) and self._places[i][P_GID] is None]
            if len({self._places[i][P_DISTRICT] for i in tied}) > 1:
                return -1 - best  # negative: lookup() answers with the region, not with this row
        return best

    def _region_pool(self, region_code: str) -> dict[str, list[int]]:
        pool = self._region_pools.get(region_code)
        if pool is None:
            built: dict[str, list[int]] = defaultdict(list)
            for i in self._region_members.get(region_code, ()):
                for alias in self._row_aliases(i):
                    skeleton = _skeleton(alias)
                    if len(skeleton) >= 3 and i not in built[skeleton]:
                        built[skeleton].append(i)
            pool = dict(built)
            self._region_pools[region_code] = pool
        return pool

    def _row_aliases(self, i: int) -> list[str]:
        row = self._places[i]
        names = [row[P_NAME], row[P_FR], row[P_NATIVE], row[P_GN_NAME], *row[P_ALTS]]
        return _dedup(fold(n) for n in names if n)

    def _global_skeleton_index(self) -> dict[str, list[int]]:
        if self._skeleton_index is None:
            with self._lock:
                if self._skeleton_index is None:
                    index: dict[str, list[int]] = defaultdict(list)
                    for i, row in enumerate(self._places):
                        # Registry-only villages are found by exact name or inside a region, never by
                        # a near spelling from anywhere: too many of them share too few letters. Nor is a
                        # place reached from anywhere by a near spelling of one of its foreign names
                        # ("Samarivka" is no typo of the German "Sachariwka" of an Odesa village).
                        if row[P_GID] is None:
                            continue
                        for skeleton in {_skeleton(key) for key in self._own_keys(i) if key in self._index}:
                            if len(skeleton) >= 3:
                                index[skeleton].append(i)
                    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
                    for skeleton in index:
                        buckets[(skeleton[0], len(skeleton))].append(skeleton)
                    self._skeleton_buckets = dict(buckets)
                    self._skeleton_index = dict(index)
        return self._skeleton_index

    def _same_word_count(self, i: int, skeleton: str, words: int) -> bool:
        """Whether a name of place `i` with that skeleton has as many words as the mention."""
        row = self._places[i]
        names = [row[P_NAME], row[P_FR], row[P_NATIVE], row[P_GN_NAME], *row[P_ALTS]]
        # (words as written: an apostrophe folds to a space, "Oleksandrivs'kij" is still one word)
        return any(len(n.split()) == words for n in names if n and _skeleton(fold(n)) == skeleton)

    def _own_keys(self, i: int) -> set[str]:
        row = self._places[i]
        return {key for n in (row[P_NAME], row[P_FR], row[P_GN_NAME]) if n for key in alias_keys(n)}

    def _bucket_candidates(self, skeleton: str, budget: int) -> list[str]:
        # Prefilter: a typo budget of k allows a length difference of at most k; the first letter is
        # assumed right (a conservative choice that keeps the scan to a few hundred strings).
        self._global_skeleton_index()
        assert self._skeleton_buckets is not None
        out: list[str] = []
        for length in range(len(skeleton) - budget, len(skeleton) + budget + 1):
            out.extend(self._skeleton_buckets.get((skeleton[0], length), ()))
        return out

    def _place_ref(self, i: int, mention: str) -> PlaceRef:
        row = self._places[i]
        parent = f"iso:{row[P_REGION]}" if row[P_REGION] else f"iso:{row[P_CC]}"
        alternates = _dedup([row[P_GN_NAME], *row[P_ALTS]])
        return PlaceRef(
            key=f"geonames:{row[P_GID]}" if row[P_GID] is not None else f"katottg:{row[P_CODE]}",
            name=row[P_NAME],
            kind=row[P_KIND],
            country_code=row[P_CC],
            name_fr=row[P_FR],
            name_native=row[P_NATIVE],
            alternate_names=tuple(a for a in alternates if a != row[P_NAME]),
            latitude=row[P_LAT],
            longitude=row[P_LON],
            geo_precision=row[P_PRECISION] or "exact",
            geonames_id=row[P_GID],
            iso_code="",
            parent_key=parent,
            mention=mention,
        )

    def _somewhere_in_region(self, i: int, mention: str) -> PlaceRef:
        """One of several same-name registry villages of a region: its names, at the region's centroid."""
        row = self._places[i]
        region = self._region_ref(row[P_REGION])
        return PlaceRef(
            key=f"unresolved:{region.key}:{fold(row[P_NAME])}",
            name=row[P_NAME],
            kind=row[P_KIND],
            country_code=row[P_CC],
            name_fr=row[P_FR],
            name_native=row[P_NATIVE],
            latitude=region.latitude,
            longitude=region.longitude,
            geo_precision="region",
            parent_key=region.key,
            mention=mention,
        )

    # -- places no source knows ----------------------------------------------------------------------

    def unresolved(self, mention: str, *, parent: PlaceRef, kind: str = "village") -> PlaceRef:
        """A place absent from every offline source: romanised name, parent's centroid, coarse precision.

        The precision is "region" under a region and "country" when only the country is known, since
        the coordinates are the parent's centroid and claim no more than that.
        """
        written = " ".join(mention.split())
        name = french_to_english(written)
        return PlaceRef(
            key=f"unresolved:{parent.key}:{fold(name)}",
            name=name,
            kind=kind,
            country_code=parent.country_code or (parent.iso_code if parent.kind == "country" else None),
            name_fr=written,
            alternate_names=(written,) if written != name else (),
            latitude=parent.latitude,
            longitude=parent.longitude,
            geo_precision="country" if parent.kind == "country" else "region",
            parent_key=parent.key,
            mention=written,
        )

    # -- keys -----------------------------------------------------------------------------------------

    def get(self, key: str) -> PlaceRef | None:
        """The PlaceRef behind a natural key ("geonames:703656", "iso:RU-KRS", "iso:RU", "unresolved:...")."""
        if key.startswith("geonames:"):
            gid = key.removeprefix("geonames:")
            i = self._by_gid.get(int(gid)) if gid.isdigit() else None
            return self._place_ref(i, "") if i is not None else None
        if key.startswith("katottg:"):
            i = self._by_code.get(key.removeprefix("katottg:"))
            return self._place_ref(i, "") if i is not None else None
        if key.startswith("iso:"):
            code = key.removeprefix("iso:")
            if code in self._regions:
                return self._region_ref(code)
            if code in self._countries:
                return self._country_ref(code)
            return None
        if key.startswith("unresolved:"):
            parent_key, _, folded = key.removeprefix("unresolved:").rpartition(":")
            parent = self.get(parent_key)
            if parent is None or not folded:
                return None
            name = " ".join(word[:1].upper() + word[1:] for word in folded.split())
            return self.unresolved(name, parent=parent)
        return None

    def district(self, place: PlaceRef) -> dict[str, Any] | None:
        """The registry district (raion) of a Ukrainian settlement: code, names, region, centroid."""
        i = None
        if place.key.startswith("geonames:") and place.geonames_id is not None:
            i = self._by_gid.get(place.geonames_id)
        elif place.key.startswith("katottg:"):
            i = self._by_code.get(place.key.removeprefix("katottg:"))
        district = self._places[i][P_DISTRICT] if i is not None else None
        return self._districts[district] if district is not None else None

    def parent(self, place: PlaceRef) -> PlaceRef | None:
        """A settlement's region (or country when it has no region), a region's country."""
        return self.get(place.parent_key) if place.parent_key else None

    def is_known_name(self, mention: str) -> bool:
        """Cheap exact check (any spelling, incl. the romanised one) to vet a NER candidate."""
        for form in self._query_forms(mention.strip()):
            if not form:
                continue
            if self._globally_safe(self._rows_for(form)) or form in self._country_index:
                return True
            core = _region_core(form)
            if core and core == form and core in self._region_index:
                return True
        return False


def _dedup_ints(values: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(values))


_shared: Gazetteer | None = None
_shared_lock = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use ($GAZETTEER_PATH overrides the shipped fixture)."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Gazetteer.load(os.environ.get("GAZETTEER_PATH") or DEFAULT_GAZETTEER_PATH)
    return _shared


def with_parents(gazetteer: Gazetteer, places: Iterable[PlaceRef]) -> list[PlaceRef]:
    """The places and all their ancestors (a village's region, a region's country), each once, parents first."""
    out: dict[str, PlaceRef] = {}

    def add(place: PlaceRef) -> None:
        if place.key in out:
            return
        parent = gazetteer.parent(place)
        if parent is not None:
            add(parent)
        out[place.key] = place

    for place in places:
        add(place)
    return list(out.values())


def acronym_of_another(mention: str, place: PlaceRef) -> bool:
    """"RUSI", "ISW", "SBU": a short word in capitals that is only some foreign alternate name of the place it
    reached (a Romanian town's, for RUSI) is an organisation, not that place; "KIEV" in capitals is still Kyiv."""
    letters = mention.replace(" ", "")
    if not (letters.isupper() and len(letters) <= 6):
        return False
    return fold(mention) not in {fold(n) for n in (place.name, place.name_fr, place.name_native) if n}


def hyphenated_towns(gaz: Gazetteer, name: str, start: int) -> list[tuple[int, int, PlaceRef]]:
    """"Pokrovsk-Myrnohrad" (an agglomeration, a front named for two towns): the two towns with their spans, where
    the whole is no place of its own ("Kupiansk-Vuzlovyi" is one) and each half is a known town or city of the same
    region (not "Gora-Podol", a village whose halves name towns far apart)."""
    left, sep, right = name.partition("-")
    if not sep or "-" in right or len(left) < 5 or len(right) < 5 or gaz.lookup(name) is not None:
        return []
    towns = [gaz.lookup(part, kinds={"town", "city"}) for part in (left, right)]
    if towns[0] is None or towns[1] is None or not towns[0].parent_key or towns[0].parent_key != towns[1].parent_key:
        return []
    return [(start, start + len(left), towns[0]), (start + len(left) + 1, start + len(name), towns[1])]
