"""Share of a gold folder's distinct locality names that the gazetteer resolves, by gold name and by article spelling."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))

from events.extraction.places import Gazetteer  # noqa: E402
from events.extraction.romanise import fold, french_to_english, skeleton  # noqa: E402

# Words the scorer drops before comparing names ("Donetsk Oblast" ~ "Donetsk").
GENERIC = re.compile(r"\b(oblast|region|district|raion|city|krai|republic)\b")
# Capitalised runs of one to three words: the candidates for how an article spells a gold place.
CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w’'-]*(?:[ -][A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w’'-]*){0,2}")


def same_place(name: str, gold: str) -> bool:
    """The scorer's rule: equal after folding and dropping generic words, or at least 80% alike."""
    a = GENERIC.sub("", fold(name)).strip()
    b = GENERIC.sub("", fold(gold)).strip()
    return a == b or fuzz.ratio(a, b) >= 80


def resolves_to(gaz: Gazetteer, mention: str, gold: str, region_name: str | None) -> str:
    """How the mention resolves to the gold place: "exact", "district", "region" (a name several villages of
    the region share), "a region itself", or "" (not at all, or to another place)."""
    # As the extraction does: a region named beside the place is a hard constraint; without one, any place.
    region = gaz.region(region_name) if region_name else None
    found = gaz.lookup(mention, region=region, kinds={"village", "town", "city", "region"})
    if found is None or not (same_place(found.name, gold) or same_place(found.name_fr, gold)):
        return ""
    return "a region itself" if found.kind in ("region", "country") else found.geo_precision


def article_spelling(quote: str, gold: str) -> str | None:
    """The capitalised run of the quote closest to the gold name once romanised the English way."""
    target = skeleton(fold(gold))
    best, best_score = None, 0.0
    for mt in CAPITALISED.finditer(quote):
        text = mt.group(0)
        for candidate in {text, *text.split()[:1]}:
            score = fuzz.ratio(skeleton(fold(french_to_english(candidate))), target)
            if score > best_score:
                best, best_score = candidate, score
    return best if best_score >= 70 else None


def measure(gold_dir: Path, gaz: Gazetteer) -> dict[str, object]:
    names: dict[tuple[str, str | None], set[str]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for claim in data.get("claims", []):
            for locality in claim.get("localities") or []:
                key = (locality, claim.get("region"))
                names.setdefault(key, set())
                spelling = article_spelling(claim.get("quote") or "", locality)
                if spelling:
                    names[key].add(spelling)
    distinct = sorted({name for name, _ in names})
    by_name = {name: "" for name in distinct}
    spelled: dict[str, str] = {}
    for (name, region), spellings in names.items():
        by_name[name] = by_name[name] or resolves_to(gaz, name, name, region)
        for spelling in spellings:
            spelled[name] = spelled.get(name) or resolves_to(gaz, spelling, name, region)
    return {
        "distinct": len(distinct),
        "resolved": sum(bool(v) for v in by_name.values()),
        "precisions": Counter(v for v in by_name.values() if v),
        "unresolved_names": [n for n, ok in by_name.items() if not ok],
        "spelled": len(spelled),
        "spelled_resolved": sum(bool(v) for v in spelled.values()),
        "unresolved_spellings": [n for n, ok in spelled.items() if not ok],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, help="folder of gold JSON files (SCHEMA.md)")
    parser.add_argument("--gazetteer", type=Path, default=None, help="fixture to measure (default: the shipped one)")
    parser.add_argument("--figures-only", action="store_true", help="print counts, never names (held-out sets)")
    args = parser.parse_args()
    started = time.perf_counter()
    gaz = Gazetteer.load(args.gazetteer)
    loaded = time.perf_counter() - started
    result = measure(args.gold, gaz)
    n, ok = result["distinct"], result["resolved"]
    s, s_ok = result["spelled"], result["spelled_resolved"]
    print(f"gazetteer: {gaz.counts['places']} places, loaded in {loaded:.2f}s")
    print(f"gold names resolved: {ok}/{n} = {ok / max(n, 1):.1%} by precision {dict(result['precisions'])}")
    print(f"article spellings resolved: {s_ok}/{s} = {s_ok / max(s, 1):.1%} (names whose spelling was found in a quote)")
    if not args.figures_only:
        print("unresolved gold names:", ", ".join(result["unresolved_names"]) or "-")
        print("unresolved article spellings of:", ", ".join(result["unresolved_spellings"]) or "-")


if __name__ == "__main__":
    main()
