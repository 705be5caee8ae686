"""The rules of the shared gold scorer (score_claims.py), as a function over claim dicts shaped like the API's.

Kept faithful to the scorer so that the suite measures what the live scorer prints: units per named locality,
matching on article, event type and claimant side, gold spellings snapped at 80% similarity.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path


def fold(name):
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"\b(oblast|region|province|raion|district|city|village|of|la|de|region de)\b", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def snap(name, gold_names):
    f = fold(name)
    if not f or f in gold_names:
        return name
    best = max(gold_names, key=lambda g: difflib.SequenceMatcher(None, f, g).ratio(), default=None)
    if best and difflib.SequenceMatcher(None, f, best).ratio() >= 0.8:
        return best
    return name


def _get(d, *path):
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def _units(names, key):
    locs = [fold(n) for n in names if n] or [None]
    return [(key[0], key[1], key[2], loc) for loc in locs]


def _date_ok(gold, pred_date):
    g, gp = gold.get("date"), gold.get("precision")
    if not g or gp in (None, "unknown"):
        return None
    if not pred_date:
        return False
    n = {"day": 10, "month": 7, "year": 4}[gp]
    return str(pred_date)[:n] == g[:n]


def load_gold(folder: Path) -> dict[str, dict]:
    golds = {}
    for p in sorted(folder.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        golds[g["file"]] = g
    return golds


def score(claims: list[dict], golds: dict[str, dict], articles: Path | None = None) -> dict:
    by_source = defaultdict(list)
    sources = {}
    for c in claims:
        name = _get(c, "source", "name")
        by_source[name].append(c)
        sources[name] = c.get("source") or {}
    tp = fp = fn = 0
    stance_ok = stance_n = actor_ok = actor_n = qty_ok = qty_n = date_hit = date_n = pub_month = pub_n = 0
    grounded = grounded_n = 0
    misses, extras = [], []
    for fname, g in golds.items():
        preds = by_source.get(fname, [])
        gold_core, gold_opt = set(), set()
        for gc in g["claims"]:
            key = (fname, gc["event_type"], gc["claimant_side"])
            (gold_core if gc["core"] else gold_opt).update(_units(gc["localities"], key))
        gold_names = {fold(n) for gc in g["claims"] for n in gc["localities"]}
        pred_units = defaultdict(list)
        for pc in preds:
            ev = pc.get("event") or {}
            key = (fname, ev.get("event_type"), _get(pc, "claimant", "side"))
            names = [snap(loc.get("name"), gold_names) for loc in ev.get("localities") or []]
            for u in _units(names, key):
                pred_units[u].append(pc)
        for u, pcs in pred_units.items():
            if u in gold_core:
                tp += 1
            elif u not in gold_opt:
                fp += 1
                extras.append((u, (pcs[0].get("quote") or "")[:90]))
        for u in gold_core - set(pred_units):
            fn += 1
            misses.append(u)
        for gc in g["claims"]:
            gunits = _units(gc["localities"], (fname, gc["event_type"], gc["claimant_side"]))
            cands = [pc for u in gunits for pc in pred_units.get(u, [])]
            if not cands or not gc["core"]:
                continue
            gw = set(re.findall(r"\w+", gc["quote"].lower()))
            pc = max(cands, key=lambda p: len(gw & set(re.findall(r"\w+", (p.get("quote") or "").lower()))))
            ev = pc.get("event") or {}
            stance_n += 1
            stance_ok += pc.get("stance") == gc["stance"]
            if gc.get("actor_side"):
                actor_n += 1
                actor_ok += ev.get("actor_side") == gc["actor_side"]
            for k, v in (gc.get("quantities") or {}).items():
                qty_n += 1
                pv = (ev.get("quantities") or {}).get(k)
                qty_ok += isinstance(pv, (int, float)) and float(pv) == float(v)
            d = _date_ok(gc["event_date"], ev.get("occurred_on"))
            if d is not None:
                date_n += 1
                date_hit += d
        gp = g.get("published") or {}
        if gp.get("date"):
            pub_n += 1
            pub_month += str(sources.get(fname, {}).get("published_on") or "")[:7] == gp["date"][:7]
        if articles is not None:
            path = Path(articles) / fname
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace")
                for pc in preds:
                    grounded_n += 1
                    grounded += bool(pc.get("quote")) and pc["quote"] in text
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0

    def ratio(x, n):
        return round(x / n, 3) if n else None

    return {
        "precision": round(prec, 3), "recall": round(rec, 3),
        "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
        "tp": tp, "fp": fp, "fn": fn,
        "stance_acc": ratio(stance_ok, stance_n), "actor_side_acc": ratio(actor_ok, actor_n),
        "quantity_acc": ratio(qty_ok, qty_n), "event_date_acc": ratio(date_hit, date_n),
        "published_month_acc": ratio(pub_month, pub_n), "quotes_verbatim": ratio(grounded, grounded_n),
        "misses": misses, "extras": extras,
    }
