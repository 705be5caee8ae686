"""The scoring rules of events.evaluation on claims written by hand: units, snapping, optional gold, accuracies."""

from __future__ import annotations

from pathlib import Path

from events.evaluation import fold, score, snap

ARTICLE = "a.txt"


def served(side: str, event_type: str, places: list[str], *, quote: str = "", stance: str = "asserts",
           actor: str | None = None, event_id: int = 1, occurred_on: str | None = None,
           quantities: dict | None = None, article: str = ARTICLE, published_on: str | None = "2024-08-16") -> dict:
    """A claim shaped as /api/claims/ serves it (only the fields the scorer reads)."""
    return {
        "source": {"name": article, "published_on": published_on},
        "claimant": {"side": side},
        "stance": stance,
        "quote": quote,
        "event": {"id": event_id, "event_type": event_type, "actor_side": actor, "occurred_on": occurred_on,
                  "occurred_precision": "day", "localities": [{"name": name} for name in places],
                  "quantities": quantities or {}},
    }


def gold_claim(side: str, event_type: str, places: list[str], *, quote: str = "", stance: str = "asserts",
               actor: str | None = None, date: tuple[str, str] | None = None, quantities: dict | None = None,
               core: bool = True, key: str | None = None) -> dict:
    return {"core": core, "claimant_side": side, "event_type": event_type, "localities": places, "quote": quote,
            "stance": stance, "actor_side": actor, "quantities": quantities or {}, "event_key": key,
            "event_date": {"date": date[0], "precision": date[1]} if date else {"date": None, "precision": "unknown"}}


def gold(*claims: dict, article: str = ARTICLE, published: str | None = "2024-08-15") -> dict[str, dict]:
    return {article: {"file": article, "published": {"date": published, "precision": "day"}, "claims": list(claims)}}


def counts(result) -> tuple[int, int, int]:
    return result.figures["tp"], result.figures["fp"], result.figures["fn"]


def test_names_fold_without_accents_case_and_administrative_words():
    assert fold("Voronezh Oblast") == fold("voronezh") == "voronezh"
    assert fold("Région de Koursk") == "koursk"
    assert fold(None) is None


def test_a_served_name_snaps_to_a_gold_spelling_at_eighty_percent_similarity_and_not_below():
    assert snap("Bugrovatka", {"buhruvatka"}) == "buhruvatka"  # ratio 0.8 exactly
    assert snap("Sudzha", {"sudja"}) == "Sudzha"  # ratio 0.73
    result = score([served("RU", "capture", ["Krupets"])], gold(gold_claim("RU", "capture", ["Kroupets"])))
    assert counts(result) == (1, 0, 0)


def test_each_locality_of_a_claim_is_a_unit_of_its_own():
    claims = [served("RU", "capture", ["Krupets", "Gornal"])]
    result = score(claims, gold(gold_claim("RU", "capture", ["Krupets"]), gold_claim("RU", "capture", ["Ulanok"])))
    assert counts(result) == (1, 1, 1)
    assert [u for u, _ in result.extra] == [(ARTICLE, "capture", "RU", "gornal")]
    assert [u for u, _ in result.missed] == [(ARTICLE, "capture", "RU", "ulanok")]


def test_a_unit_matches_only_with_the_same_event_type_and_claimant_side():
    claims = [served("UA", "capture", ["Krupets"]), served("RU", "withdrawal", ["Krupets"])]
    result = score(claims, gold(gold_claim("RU", "capture", ["Krupets"])))
    assert counts(result) == (0, 2, 1)
    assert {t: (c.tp, c.fp, c.fn) for t, c in result.per_event_type.items()} == {
        "capture": (0, 1, 1), "withdrawal": (0, 1, 0)}


def test_an_optional_gold_claim_is_neither_rewarded_when_served_nor_a_miss_when_not():
    golds = gold(gold_claim("RU", "capture", ["Krupets"]), gold_claim("UA", "capture", ["Krupets"], core=False),
                 gold_claim("UA", "strike", ["Kursk"], core=False))
    result = score([served("RU", "capture", ["Krupets"]), served("UA", "capture", ["Krupets"])], golds)
    assert counts(result) == (1, 0, 0)
    assert result.figures["stance_acc"] == 1.0  # accuracies are over core claims only


def test_field_accuracies_read_the_served_claim_whose_quote_shares_most_words_with_the_gold_quote():
    golds = gold(gold_claim("RU", "strike", ["Pokrovsk"], quote="trois morts a Pokrovsk", stance="asserts",
                            actor="RU", date=("2024-09", "month"), quantities={"killed": 3, "drones": 2}))
    claims = [
        served("RU", "strike", ["Pokrovsk"], quote="rien a voir", stance="denies", actor="UA", event_id=1),
        served("RU", "strike", ["Pokrovsk"], quote="une frappe a fait trois morts a Pokrovsk", actor="RU",
               occurred_on="2024-09-10", quantities={"killed": 3.0, "drones": 1}, event_id=2),
    ]
    figures = score(claims, golds).figures
    assert (figures["stance_acc"], figures["actor_side_acc"], figures["event_date_acc"]) == (1.0, 1.0, 1.0)
    assert figures["quantity_acc"] == 0.5
    assert counts(score(claims, golds)) == (1, 0, 0)  # two claims on one unit: one hit


def test_event_dates_compare_to_the_gold_precision_and_unknown_gold_dates_are_not_counted():
    def date_acc(gold_date, served_on):
        golds = gold(gold_claim("RU", "capture", ["Krupets"], date=gold_date))
        return score([served("RU", "capture", ["Krupets"], occurred_on=served_on)], golds).figures["event_date_acc"]

    assert date_acc(("2024-08-01", "month"), "2024-08-15") == 1.0
    assert date_acc(("2024-08-14", "day"), "2024-08-15") == 0.0
    assert date_acc(("2024-08-14", "day"), None) == 0.0
    assert date_acc(None, "2024-08-15") is None


def test_publication_months_quotes_and_coreference_are_measured_per_article(tmp_path: Path):
    (tmp_path / ARTICLE).write_text("Moscou affirme avoir repris Kroupets.", encoding="utf-8")
    golds = gold(gold_claim("RU", "capture", ["Krupets"], key="krupets"),
                 gold_claim("UA", "capture", ["Krupets"], key="krupets"), published="2024-08-01")
    claims = [served("RU", "capture", ["Krupets"], quote="avoir repris Kroupets", event_id=1),
              served("UA", "capture", ["Krupets"], quote="not in the text", event_id=2, published_on="2024-09-01")]
    figures = score(claims, golds, tmp_path).figures
    assert figures["quotes_verbatim"] == 0.5
    assert figures["published_month_acc"] == 0.0  # the source as the last served claim gives it
    assert figures["coreference"] == {"krupets": 2}  # one gold event told as two served events
    assert score(claims, golds).figures["quotes_verbatim"] is None  # without the articles folder


def test_an_article_with_no_served_claim_misses_all_its_gold_and_counts_in_its_own_line():
    golds = {**gold(gold_claim("RU", "capture", ["Krupets"])),
             **gold(gold_claim("UA", "strike", []), article="b.txt")}
    result = score([served("RU", "capture", ["Krupets"])], golds)
    assert counts(result) == (1, 0, 1)
    assert result.missed[0][0] == ("b.txt", "strike", "UA", None)
    assert {name: (c.tp, c.fp, c.fn) for name, c in result.per_article.items()} == {"a.txt": (1, 0, 0),
                                                                                   "b.txt": (0, 0, 1)}
    assert result.figures["f1"] == 0.667 and result.figures["claims_served"] == 1
