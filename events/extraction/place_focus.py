"""Where a French claim with no place of its own happened: a tally counts the one town its sentence names or the
strike just placed, and in an article about one town the events it reports without a place happened there. A mixin of
`claims.ArticleReader`: it reads `self.f`, `self.places`, `self.gaz` and `_sentence_around`."""

from __future__ import annotations

import re

from events.extraction.drafts import Draft
from events.extraction.grammar_fr import FOCUS_MENTIONS, FOCUS_TYPES
from events.extraction.types import PlaceRef

ATTACK_AGAIN = re.compile(r"\b(?:l'attaque|la frappe|le bombardement|le tir|cette attaque|cette frappe|ce bombardement"
                          r"|ces frappes|ces bombardements)\b")
A_TOWN = re.compile(r"\b(?:cette|la|une) (?:ville|localite|cite)\b|\b(?:ce|le|un) village\b")
AIR_RAID_COUNT = 20  # drones or missiles in one count: a raid on the whole country, at no one town unless named
COUNTRYWIDE = re.compile(r"\b(?:sur|contre|a travers|dans tout|sur l'ensemble du|au-dessus du) (?:le |l')?"
                         r"(?:pays|ukraine|russie|territoire(?: ukrainien| russe| national)?)\b")


class FocusReading:
    """The places an article's focus gives to the claims of `claims.ArticleReader` that have none."""

    def _place_at_focus(self, drafts: list[Draft]) -> None:
        """An article about one town: events it reports without a place happened there ("ce bilan", "l'usine")."""
        for d in drafts:
            if d.event_type in {"displacement", "casualties"} and not d.localities and not d.region_is_object:
                # "« La situation à Vovtchansk est difficile », a-t-il déclaré, ajoutant que 6 000 habitants ont été
                # évacués": a tally without a place of its own counts the one town its sentence names.
                a, b = self._sentence_around(d.start)
                # (a town named after the tally, in another clause, is that clause's: "... tué 250 militaires, tandis
                # qu'un dépôt a été anéanti près de Kostiantynivka")
                towns = {pm.place.key: pm.place for pm in self.places
                         if a <= pm.start < min(b, d.end) and pm.role == "settlement"}
                town = next(iter(towns.values())) if len(towns) == 1 else None
                if town is not None and (d.region is None or town.parent_key == d.region.key):
                    d.localities = [town]
        for i, d in enumerate(drafts):
            if d.event_type == "casualties" and not d.localities and not d.region_is_object:
                # "Une roquette a atteint une gare à X. Le bilan est lourd, avec 39 morts": the toll of that strike;
                # "l'attaque avait tué 53 prisonniers": the attack the article is about, a few sentences back.
                reach = 4 if ATTACK_AGAIN.search(self.f, d.start, d.end) else 1
                strike = next((p for p in reversed(drafts[:i]) if p.event_type == "strike" and p.localities
                               and d.sentence - p.sentence <= reach), None)
                if strike is not None:
                    d.localities, d.region = list(strike.localities), d.region or strike.region
                    if reach > 1 and strike.claimant.side == d.claimant.side:
                        d.actor_side = strike.actor_side  # "l'attaque avait tué ...": whoever the speaker says struck
        counts: dict[str, list[PlaceRef]] = {}
        for pm in self.places:
            if pm.role == "settlement":
                counts.setdefault(pm.place.key, []).append(pm.place)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or len(ranked[0]) < FOCUS_MENTIONS or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
            return
        if 2 * len(ranked[0]) <= sum(len(r) for r in ranked):
            return  # a story of many towns (a night of strikes across the country) is about none of them
        focus = ranked[0][0]
        # "Moscou a lancé 309 drones sur le pays. La défense en a abattu 288": a night over the whole country, and
        # what was shot down of it, happened at no one town.
        countrywide = {d.sentence for d in drafts if COUNTRYWIDE.search(self.f, d.start, d.end)}
        for d in drafts:
            if d.localities or d.region_is_object or d.event_type not in FOCUS_TYPES:
                continue
            if d.event_type == "casualties" and "killed_or_wounded" in d.quantities:
                continue  # ("les pertes de l'ennemi ... dans la zone d'action du groupement Centre": a front, no town)
            if d.sentence in countrywide or (d.event_type == "interception" and d.sentence - 1 in countrywide):
                continue
            if max(d.quantities.get("drones", 0), d.quantities.get("missiles", 0)) >= AIR_RAID_COUNT:
                continue  # ("309 drones et huit missiles de croisière": a night's raid on the country, not the town)
            if d.region is not None and d.region.key != focus.parent_key:
                continue
            named = [pm for pm in self.places if d.region is not None and pm.role == "region"
                     and pm.place.key == d.region.key and d.start <= pm.start < d.end]
            if named and not A_TOWN.search(self.f, d.start, named[0].start):
                # "cinq villages dans la région de Kharkiv": the region its clause names, not the town (but "cette
                # ville de la région de Donetsk" is the town, placed in its region).
                continue
            d.localities = [focus]
            d.region = d.region or (self.gaz.get(focus.parent_key) if focus.parent_key else None)
