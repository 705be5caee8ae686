"""Score extracted claims against gold annotations by the rules of the shared scorer (pure, no ORM)."""

# The rules are those of ../shared/eval/score_claims.py, kept line for line where they decide a figure, so that
# `manage.py evaluate` prints what that scorer prints on the same claims:
# - a claim (predicted or gold) is expanded into units, one per named locality (one without a locality if it
#   names none); a unit is (article, event type, claimant side, folded locality name);
# - a predicted locality name is first snapped to the closest gold spelling of its article (ratio >= 0.8);
# - a predicted unit is a true positive when a core gold claim has it, neither a hit nor a false positive when
#   only an optional (non-core) gold claim has it, a false positive otherwise; recall is over core gold units;
# - field accuracies compare each gold claim with the matched prediction whose quote shares the most words.
# The per-article and per-event-type counts are additions for developers; the scorer does not print them.

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Unit = tuple[str, str | None, str | None, str | None]  # article, event type, claimant side, folded locality

_ADMIN_WORDS = re.compile(r"\b(oblast|region|province|raion|district|city|village|of|la|de|region de)\b")
_DATE_DIGITS = {"day": 10, "month": 7, "year": 4}


def fold(name: str | None) -> str | None:
    """Lower-case, strip accents and admin words, so 'Voronezh Oblast' ~ 'voronezh'."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _ADMIN_WORDS.sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def snap(name: str | None, gold_names: set[str | None]) -> str | None:
    """The gold spelling closest to a served locality name (Bugrovatka ~ Buhruvatka), else the name itself."""
    f = fold(name)
    if not f or f in gold_names:
        return name
    # max() over a set: the scorer's own tie-break, kept so that the figures are the same.
    best = max(gold_names, key=lambda g: difflib.SequenceMatcher(None, f, g).ratio(), default=None)
    if best and difflib.SequenceMatcher(None, f, best).ratio() >= 0.8:
        return best
    return name


def _get(d: Any, *path: str) -> Any:
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def _units(names: Iterable[str | None], key: tuple[str, str | None, str | None]) -> list[Unit]:
    locs = [fold(n) for n in names if n] or [None]
    return [(key[0], key[1], key[2], loc) for loc in locs]


def _gold_units(fname: str, gc: dict) -> list[Unit]:
    return _units(gc["localities"], (fname, gc["event_type"], gc["claimant_side"]))


def _date_ok(gold: dict, pred_date: str | None) -> bool | None:
    g, gp = gold.get("date"), gold.get("precision")
    if not g or gp in (None, "unknown"):
        return None
    if not pred_date:
        return False
    n = _DATE_DIGITS[gp]
    return str(pred_date)[:n] == g[:n]


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _ratio(x: int, n: int) -> float | None:
    return round(x / n, 3) if n else None


@dataclass
class Counts:
    """True positives, false positives and misses of one slice (an article, an event type, everything)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Evaluation:
    """The scorer's figures (`figures`, the same keys and rounding as its --json) and what helps read them."""

    figures: dict[str, Any]
    per_article: dict[str, Counts] = field(default_factory=dict)
    per_event_type: dict[str, Counts] = field(default_factory=dict)
    missed: list[tuple[Unit, str]] = field(default_factory=list)  # (unit, the gold quote's first 90 characters)
    extra: list[tuple[Unit, str]] = field(default_factory=list)  # (unit, the served quote's first 90 characters)
    # (article, field, gold value, served value, the gold quote's first 90 characters) of matched core claims
    mismatched: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The figures, then the per-article and per-event-type counts (no quotes, no unit lists)."""
        return {
            **self.figures,
            "per_article": {name: c.as_dict() for name, c in self.per_article.items()},
            "per_event_type": {name: c.as_dict() for name, c in sorted(self.per_event_type.items())},
        }


def load_gold(folder: Path) -> dict[str, dict]:
    """The gold annotations of a folder (*.json, see GOLD-SCHEMA.md), keyed by the article's file name."""
    golds = {}
    for p in sorted(Path(folder).glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        golds[g["file"]] = g
    return golds


def score(claims: Iterable[dict], golds: dict[str, dict], articles: Path | None = None) -> Evaluation:
    """Score claims shaped like the API's (in the API's order: ties are broken by it) against gold annotations.

    With `articles` (the folder of the article texts) each served quote is also checked to be verbatim.
    """
    by_source: dict[str | None, list[dict]] = defaultdict(list)
    sources: dict[str | None, dict] = {}
    for c in claims:
        name = _get(c, "source", "name")
        by_source[name].append(c)
        sources[name] = c.get("source") or {}

    total = Counts()
    per_article: dict[str, Counts] = {}
    per_type: dict[str, Counts] = defaultdict(Counts)
    stance_ok = stance_n = actor_ok = actor_n = qty_ok = qty_n = date_hit = date_n = 0
    pub_month = pub_n = 0
    grounded = grounded_n = 0
    coref: dict[str, set] = defaultdict(set)
    missed: list[tuple[Unit, str]] = []
    extra: list[tuple[Unit, str]] = []
    mismatched: list[tuple[str, str, str, str, str]] = []
    for fname, g in golds.items():
        preds = by_source.get(fname, [])
        article = per_article[fname] = Counts()
        gold_core: set[Unit] = set()
        gold_opt: set[Unit] = set()
        for gc in g["claims"]:
            (gold_core if gc["core"] else gold_opt).update(_gold_units(fname, gc))
        gold_names = {fold(n) for gc in g["claims"] for n in gc["localities"]}
        pred_units: dict[Unit, list[dict]] = defaultdict(list)
        for pc in preds:
            ev = pc.get("event") or {}
            key = (fname, ev.get("event_type"), _get(pc, "claimant", "side"))
            names = [snap(loc.get("name"), gold_names) for loc in ev.get("localities") or []]
            for u in _units(names, key):
                pred_units[u].append(pc)
        for u, pcs in pred_units.items():
            if u in gold_core:
                total.tp += 1
                article.tp += 1
                per_type[str(u[1])].tp += 1
            elif u not in gold_opt:
                total.fp += 1
                article.fp += 1
                per_type[str(u[1])].fp += 1
                extra.append((u, (pcs[0].get("quote") or "")[:90]))
        for u in gold_core - set(pred_units):
            total.fn += 1
            article.fn += 1
            per_type[str(u[1])].fn += 1
            gq = next(gc["quote"] for gc in g["claims"] if u in _gold_units(fname, gc))
            missed.append((u, gq[:90]))
        # attributes: each gold claim against the matched prediction whose quote overlaps it most
        for gc in g["claims"]:
            cands = [pc for u in _gold_units(fname, gc) for pc in pred_units.get(u, [])]
            if not cands:
                continue
            gw = _words(gc["quote"])
            pc = max(cands, key=lambda p: len(gw & _words(p.get("quote"))))
            ev = pc.get("event") or {}
            if gc["core"]:
                checks = _field_checks(gc, pc)
                for name, ok, gold_value, served_value in checks:
                    if not ok:
                        mismatched.append((fname, name, gold_value, served_value, gc["quote"][:90]))
                stance_n += 1
                stance_ok += checks[0][1]
                if gc.get("actor_side"):
                    actor_n += 1
                    actor_ok += checks[1][1]
                quantity_checks = [c for c in checks if c[0].startswith("quantities.")]
                qty_n += len(quantity_checks)
                qty_ok += sum(c[1] for c in quantity_checks)
                date_checks = [c for c in checks if c[0] == "event_date"]
                date_n += len(date_checks)
                date_hit += sum(c[1] for c in date_checks)
            if gc.get("event_key") and ev.get("id") is not None:
                coref[gc["event_key"]].add(ev.get("id"))
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

    figures = {
        "articles": len(golds), "claims_served": sum(len(by_source.get(f, [])) for f in golds),
        "precision": round(total.precision, 3), "recall": round(total.recall, 3), "f1": round(total.f1, 3),
        "tp": total.tp, "fp": total.fp, "fn": total.fn,
        "stance_acc": _ratio(stance_ok, stance_n), "actor_side_acc": _ratio(actor_ok, actor_n),
        "quantity_acc": _ratio(qty_ok, qty_n), "event_date_acc": _ratio(date_hit, date_n),
        "published_month_acc": _ratio(pub_month, pub_n),
        "quotes_verbatim": _ratio(grounded, grounded_n),
        "coreference": {k: len(v) for k, v in coref.items()},
    }
    return Evaluation(figures=figures, per_article=per_article, per_event_type=dict(per_type), missed=missed,
                      extra=extra, mismatched=mismatched)


def _field_checks(gc: dict, pc: dict) -> list[tuple[str, bool, str, str]]:
    """(field, right, gold value, served value) for the fields the scorer reads on a matched core claim.

    Stance first and actor side second (always, even when the gold has no actor side: the caller skips it then),
    then one entry a gold quantity and one for the event date where the gold dates it.
    """
    ev = pc.get("event") or {}
    served_quantities = ev.get("quantities") or {}
    checks = [
        ("stance", pc.get("stance") == gc["stance"], str(gc["stance"]), str(pc.get("stance"))),
        ("actor_side", not gc.get("actor_side") or ev.get("actor_side") == gc["actor_side"],
         str(gc.get("actor_side")), str(ev.get("actor_side"))),
    ]
    for k, v in (gc.get("quantities") or {}).items():
        pv = served_quantities.get(k)
        right = isinstance(pv, int | float) and float(pv) == float(v)
        checks.append((f"quantities.{k}", right, str(v), str(served_quantities or None)))
    d = _date_ok(gc["event_date"], ev.get("occurred_on"))
    if d is not None:
        gold_date = f"{gc['event_date'].get('date')} ({gc['event_date'].get('precision')})"
        checks.append(("event_date", d, gold_date, f"{ev.get('occurred_on')} ({ev.get('occurred_precision')})"))
    return checks
