"""Regions and countries of the gazetteer: their indexes, resolution from any spelling, and their PlaceRefs."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from events.extraction.romanise import alias_keys, fold, french_to_english
from events.extraction.romanise import dedup as _dedup
from events.extraction.romanise import max_typos as _max_typos
from events.extraction.romanise import region_core as _region_core
from events.extraction.romanise import skeleton as _skeleton
from events.extraction.types import PlaceRef


class AdminAreas:
    """The region and country half of the gazetteer; `Gazetteer` adds the settlements."""

    def _index_areas(self, data: dict[str, Any]) -> None:
        self._regions: dict[str, dict[str, Any]] = {r["code"]: r for r in data["regions"]}
        self._countries: dict[str, dict[str, Any]] = {c["code"]: c for c in data["countries"]}
        self._alpha3: dict[str, str] = {c["alpha3"]: c["code"] for c in data["countries"] if c.get("alpha3")}

        # Region aliases carry a rank so that "Moscou" means the oblast (rank 0/1) before the city (rank 2),
        # as in "la région de Moscou".
        self._region_index: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._region_skeletons: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for region in data["regions"]:
            city_rank = 2 if region.get("is_city") else 0
            ranked = [(city_rank, a) for a in region["alternates"]]
            ranked += [(max(city_rank, 1), a) for a in region.get("namesake_alternates", [])]
            for rank, alias in ranked:
                for key in alias_keys(alias):
                    core = _region_core(key)
                    if not core:
                        continue
                    self._region_index[core].append((rank, region["code"]))
                    skeleton = _skeleton(core)
                    if len(skeleton) >= 4:
                        self._region_skeletons[skeleton].append((rank, region["code"]))

        self._country_index: dict[str, list[str]] = defaultdict(list)
        for country in data["countries"]:
            for alias in _dedup(
                [country["name"], country["name_fr"], country.get("name_native", "")] + country["alternates"]
            ):
                for key in alias_keys(alias):
                    if key and country["code"] not in self._country_index[key]:
                        self._country_index[key].append(country["code"])

    def _query_forms(self, mention: str) -> list[str]:
        return _dedup([*alias_keys(mention), *alias_keys(french_to_english(mention))])

    # -- regions ------------------------------------------------------------------------------------

    def region(self, mention: str, *, country: str | None = None) -> PlaceRef | None:
        """Resolve a region name as written after "la région de" / "l'oblast de": "Koursk", "Voronej"."""
        text = mention.strip()
        if not text:
            return None
        country_code = country.upper() if country else None
        cores = _dedup(_region_core(f) for f in self._query_forms(text))
        cores = [c for c in cores if c]

        def pick(hits: Iterable[tuple[int, str]]) -> str | None:
            allowed = [
                (rank, code)
                for rank, code in hits
                if not country_code or self._regions[code]["country"] == country_code
            ]
            return min(allowed)[1] if allowed else None

        for core in cores:
            code = pick(self._region_index.get(core, ()))
            if code:
                return self._region_ref(code, text)
        skeletons = [s for s in _dedup(_skeleton(c) for c in cores) if len(s) >= 4]
        for skeleton in skeletons:
            code = pick(self._region_skeletons.get(skeleton, ()))
            if code:
                return self._region_ref(code, text)
        best: tuple[int, int, str] | None = None
        for skeleton in skeletons:
            budget = _max_typos(len(skeleton), "region")
            if budget == 0:
                continue
            for choice, typos, _ in process.extract(
                skeleton, list(self._region_skeletons), scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                code = pick(self._region_skeletons[choice])
                if code:
                    rank = min(r for r, c in self._region_skeletons[choice] if c == code)
                    candidate = (int(typos), rank, code)
                    best = candidate if best is None or candidate < best else best
        return self._region_ref(best[2], text) if best else None

    def _region_ref(self, code: str, mention: str = "") -> PlaceRef:
        region = self._regions[code]
        return PlaceRef(
            key=f"iso:{code}",
            name=region["name"],
            kind="region",
            country_code=region["country"],
            name_fr=region["name_fr"],
            name_native=region["name_native"],
            alternate_names=tuple(a for a in region["alternates"] if a != region["name"]),
            latitude=region["lat"],
            longitude=region["lon"],
            geo_precision="region",
            iso_code=code,
            parent_key=f"iso:{region['country']}",
            mention=mention,
        )

    # -- countries ----------------------------------------------------------------------------------

    def country(self, mention_or_code: str) -> PlaceRef | None:
        """Resolve "Russie", "Corée du Nord", "États-Unis", or an ISO alpha-2/alpha-3 code ("RU", "UKR")."""
        text = mention_or_code.strip()
        if not text:
            return None
        if re.fullmatch(r"[A-Z]{2}", text) and text in self._countries:
            return self._country_ref(text, text)
        if re.fullmatch(r"[A-Z]{3}", text) and text in self._alpha3:
            return self._country_ref(self._alpha3[text], text)
        for form in self._query_forms(text):
            codes = self._country_index.get(form)
            if codes:
                return self._country_ref(codes[0], text)
        folded = fold(text)
        budget = _max_typos(len(folded), "country")
        if budget:
            match = process.extractOne(folded, list(self._country_index), scorer=OSA.distance, score_cutoff=budget)
            if match:
                return self._country_ref(self._country_index[match[0]][0], text)
        return None

    def is_country_name(self, mention: str) -> bool:
        """Whether the mention spells a country exactly ("Ukraine", "la Russie"), with no typo allowed."""
        return any(self._country_index.get(form) for form in self._query_forms(mention.strip()))

    def _country_ref(self, code: str, mention: str = "") -> PlaceRef:
        country = self._countries[code]
        return PlaceRef(
            key=f"iso:{code}",
            name=country["name"],
            kind="country",
            country_code=code,
            name_fr=country["name_fr"],
            name_native=country.get("name_native", ""),
            alternate_names=tuple(a for a in country["alternates"] if a != country["name"]),
            latitude=country["lat"],
            longitude=country["lon"],
            geo_precision="country",
            iso_code=code,
            parent_key=None,
            mention=mention,
        )
