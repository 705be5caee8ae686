"""How many and when, in a French clause: counts by the noun they count, tolls, shares, one death or one aircraft
said in words, and the dates of a clause and of its statement."""

from __future__ import annotations

import re

from events.extraction import lexicon as lx
from events.extraction.count_kinds import children_of_toll, missile_kind_fr
from events.extraction.dates import clause_date, find_dated_weekdays, find_dates, find_relative_days, statement_date
from events.extraction.event_sides import SideReading
from events.extraction.grammar_fr import SHOT_DOWN, SINCE
from events.extraction.numbers import find_numbers
from events.extraction.types import DateValue

TOLL_BEFORE = re.compile(r"\b(?:nombre|bilan) (?:\w+ )?(?:de |des |d')(morts|tues|deces|blesses)\b[^.;]{0,60}"
                         r"\b(?:a|de|atteint|depasse)\s*(?:desormais\s+|maintenant\s+|au moins\s+|plus de\s+|environ\s+"
                         r"|pres de\s+|quelque\s+)*$")
TOLL_VERB_BEFORE = re.compile(r"\b(?:en (?:a |ont |avait )?)?(tue|tuant|blesse|blessant|blessees?|blesses)\s+"
                              r"(?:au moins |plus de |pres de |environ |une )?$")
# "a éliminé en vingt-quatre heures « jusqu'à 340 militaires »": the dead a side claims to have killed
ELIMINATED = re.compile(r"\b(?:elimine|eliminee?s|eliminant)\b[^.;]{0,50}$")
EITHER = re.compile(r"^\w+\s+(?:\w+\s+)?(?:tuee?s? ou blessee?s?|blessee?s? ou tuee?s?|morts ou blessee?s?|mis hors de combat)"
                    r"|^(?:\w+\s+){0,4}(?:ont|avaient|auraient) ete mis hors de combat")
KILLED_WORD = re.compile(r"\b(?:tuee?s?|tue|tuant|morte?s?|decedee?s?|perie?s?|perdu la vie|sans vie)\b")
_ONE_PERSON = r"(?:un|une) (?:homme|femme|civile?|enfant|personne|soldat|militaire|adolescente?|retraitee?|garcon|fillette"\
              r"|policier|secouriste|pompier|passant|habitante?|riverain|septuagenaire|octogenaire|quadragenaire|employee?"\
              r"|ouvriere?|agent|conducteur|chauffeur|automobiliste|benevole)"
ONE_KILLED = re.compile(rf"\b(?:tue|tuant) {_ONE_PERSON}\b"
                        # "faisant un mort et cinq blessés", "un mort et deux blessés"
                        r"|\b(?:faisant|fait|causant|cause) un mort\b|(?<!\w)un mort et\b"
                        # "une femme a été tuée à Dnipro", "un homme de 45 ans est mort"
                        rf"|(?<!\w){_ONE_PERSON}\b(?: [\w-]+){{0,4}}? (?:(?:a|avait) ete tuee?|est morte?|a peri|est decedee?"
                        rf"|a perdu la vie|a trouve la mort|(?:a|avait) ete mortellement (?:blessee?|touchee?))\b")
# "une fillette de six ans et un garçon de quatorze ans ont été tués": two
TWO_KILLED = re.compile(rf"(?<!\w){_ONE_PERSON}(?: de [\w-]+ ans)? et {_ONE_PERSON}(?: de [\w-]+ ans)? (?:ont ete tuee?s"
                        r"|sont morte?s|ont peri|sont decedee?s|ont perdu la vie|ont trouve la mort)\b")
# "d'un homme blessé par des éclats", "une femme a été blessée": one wounded
ONE_WOUNDED = re.compile(rf"(?<!\w){_ONE_PERSON}\b(?: [\w-]+){{0,3}}? (?:(?:a|avait) ete )?blessee?\b(?! mortellement)"
                         rf"|\bblessant {_ONE_PERSON}\b")
ONE_SHOT_DOWN = re.compile(r"\b(?:abattu|intercepte|detruit|neutralise)\s+(?:un|une)\s+(?:[\w-]+\s+){0,3}?"
                           r"(drone|missile|roquette|avion|helicoptere|chasseur|bombardier)s?\b")
SHARES = {"la moitie": 50, "les deux tiers": 67, "les trois quarts": 75, "un tiers": 33, "le tiers": 33,
          "un quart": 25, "le quart": 25}
SHARE_WORDS = re.compile(r"\b(la moitie|les deux tiers|les trois quarts|un tiers|le tiers|un quart|le quart) (?:de|du|d')")
ONE_DEATH = re.compile(r"\bla mort d'(?:un|une)\s+(?!\w+ (?:de|d')\s*(?:personnes|civils|soldats|militaires))")



EN_SHOT_DOWN = re.compile(r"\ben (?:a|ont|avait|avaient|avoir|aurait|auraient) (?:\w+ )?(?:abattu|intercepte|neutralise"
                          r"|detruit)(?: ou (?:\w+ )?(?:abattu|intercepte|neutralise|detruit))?\s+(?:respectivement\s+)?$")
WEAPON_NOUN = re.compile(r"\b(drones?|missiles?)\b")
SAID_ON = re.compile(r"\b(?:a|ont|avait|avaient) (?:annonce|affirme|indique|declare|precise|assure|revendique|reconnu"
                     r"|dementi|confirme|ecrit|rapporte)e?s?\s+(?:le\s+|ce\s+)?$")


class FigureReading(SideReading):
    """The counts and dates of `event_reading.EventReading`: it reads `self.f`, `self.m` and `self.published`."""

    def _quantities(self, a: int, b: int, event_type: str) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for num in find_numbers(self.m[a:b]):
            pos = a + num.end
            after = self.f[pos:pos + 60].lstrip(" \"'")
            kids = children_of_toll(self.f, a + num.start, after, out) if event_type == "casualties" else None
            if kids:
                out.setdefault(kids, num.value)  # "huit morts, dont deux enfants": the children among the dead
                continue
            # "18 des 23 drones", "deux des six missiles": the count is of what follows the second number
            after = re.sub(r"^(?:des\s+(?:[\d.\s]+|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze"
                           r"|vingt|trente|quarante|cinquante|soixante|cent)\w*\s+)|de |d')", "", after)
            after = re.sub(r"^(?:(?:nouveaux|nouvelles|nouvelles|autres|petits|petites|grands|grandes|premiers|derniers)\s+)+",
                           "", after)
            after = re.sub(r"^(?:d')?entre (?:eux|elles)\s+", "", after)  # "soixante d'entre eux ont été abattus"
            after = re.sub(r"^ces\s+(?=(?:drones|missiles|roquettes|engins|appareils|obus)\b)", "", after)  # "de ces drones"
            key = None
            for rx, k in lx.QUANTITY_NOUNS:
                if rx.match(after):
                    key = k
                    break
            if key is None and lx.LENGTH_NOUN.match(after):
                tail = after[:40]
                key = "width_km" if "largeur" in tail else "depth_km" if re.search(
                    r"profondeur|a l'interieur|en territoire", tail) else "distance_km"
            if key is None and lx.PEOPLE_NOUN.match(after):
                tail = after[:70]
                if event_type == "prisoners":
                    key = "prisoners"
                elif event_type == "casualties":
                    # "ont été tuées" after the count, or "a tué deux personnes" before it.
                    around = self.f[max(a, a + num.start - 20):a + num.start] + " " + tail
                    key = "killed" if KILLED_WORD.search(around) or ELIMINATED.search(
                        self.f, max(a, a + num.start - 60), a + num.start) else (
                        "wounded" if re.search(r"\b(?:blessee?s?|blessant)\b", around) else "casualties")
                    own = re.match(r"\w+\s+(?:(?:\w+\s+){0,2}(?:ont ete|sont|ont)\s+)?(\w+)", tail)
                    if own and (KILLED_WORD.match(own.group(1)) or own.group(1).startswith("bless")):
                        # "une femme tuée et trois personnes blessées": the word right after the count says which
                        key = "wounded" if own.group(1).startswith("bless") else "killed"
                    if key == "casualties":
                        # "Deux civils, un couple originaire de Belgorod, ont été tués": the verb after an apposition.
                        verb = re.search(r"\b(?:ont|sont|avaient) (?:ete )?(tuee?s|mortes?|morts|decedee?s|peri|blessee?s)\b",
                                         self.f[pos:min(b, pos + 160)])
                        if verb:
                            key = "wounded" if verb.group(1).startswith("bless") else "killed"
                    if EITHER.search(tail):
                        key = "killed_or_wounded"  # "300 hommes tués ou blessés": losses, not the dead alone
                elif event_type == "displacement":
                    key = "civilians"
                elif event_type == "deployment":
                    key = "soldiers"
            if key is None and event_type == "casualties":
                # "le nombre de morts est passé à 17", "le bilan des blessés s'élève à 279": the toll's noun before it.
                toll = TOLL_BEFORE.search(self.f, max(a, a + num.start - 100), a + num.start)
                if toll:
                    key = "wounded" if toll.group(1).startswith("bless") else "killed"
            if key is None and event_type == "casualties":
                # "a tué deux personnes et blessé quatre autres", "en a blessé 22", "en blessant dix autres": the
                # verb right before a count of people or of "autres" says which
                verb = TOLL_VERB_BEFORE.search(self.f, max(a, a + num.start - 30), a + num.start)
                if verb:
                    key = "wounded" if verb.group(1).startswith("bless") else "killed"
            if key is None and event_type == "casualties":
                # "deux personnes ont péri et cinq autres ont été blessées": the verb right after the count says which
                verb = re.match(r"(?:ont|avaient|sont|etaient) (?:ete )?(\w+)", after)
                if verb and KILLED_WORD.match(verb.group(1)):
                    key = "killed"
                elif verb and verb.group(1).startswith("bless"):
                    key = "wounded"
            if key is None and event_type == "interception" and SHOT_DOWN.match(after):
                # "112 drones et 7 missiles ..., dont 84 ont été abattus": the count shot down of what was launched,
                # which the verb follows ("Sur les quarante missiles ..., trente-sept ont été détruits"), whatever
                # count of the weapons fired came first.
                out[self._first_weapon(max(self.f.rfind(". ", 0, a), 0), b)  # (or of the sentence before)
                    or self._first_weapon(self._sentence_before(a), a) or "missiles"] = num.value
                continue
            if key is None and event_type == "interception" and EN_SHOT_DOWN.search(
                    self.f, max(a, a + num.start - 60), a + num.start):
                # "Moscou a lancé 309 drones. La défense antiaérienne en a abattu 288": "en" is the weapon last named
                # (of the sentence before, the weapon it names first: "309 drones et huit missiles")
                key = self._first_weapon(self._sentence_before(a), a + num.start)
            if key == "casualties":
                key = "killed_or_wounded"  # "les pertes de l'ennemi se sont élevées à 420 militaires": dead and wounded
            if key and key not in out:
                out[key] = num.value
                kind = missile_kind_fr(after) if key == "missiles" else None
                if kind:
                    out.setdefault(kind, num.value)  # "huit missiles balistiques Iskander-M": also by kind
                if key == "killed" and re.match(r"civil", after):
                    out.setdefault("civilians", num.value)  # "10 civils ont été tués": the dead are civilians
        if event_type in {"territorial_control", "capture"} and "share_pct" not in out:
            # "la moitié de Bakhmout", "les deux tiers de la ville": a share of a town said in words.
            share = SHARE_WORDS.search(self.f, a, b)
            if share:
                out["share_pct"] = SHARES[share.group(1)]
        if event_type == "interception" and not out:
            # "a abattu un avion de combat ukrainien Su-27": one.
            one = ONE_SHOT_DOWN.search(self.f, a, b)
            if one:
                noun = one.group(1)
                out["drones" if noun.startswith("drone") else "missiles" if noun.startswith(("missile", "roquette"))
                    else "aircraft"] = 1
        if event_type == "casualties" and not out.keys() & {"killed", "killed_or_wounded"}:
            # "a causé la mort d'un fonctionnaire", "annoncé la mort d'un militaire", "a tué un homme": one death
            # (also beside a count of wounded: "tuant un homme de 47 ans et blessant quatre personnes").
            one = ONE_DEATH.search(self.f, a, b) or ONE_KILLED.search(self.f, a, b)
            if TWO_KILLED.search(self.f, a, b):
                out["killed"] = 2
            elif one:
                out["killed"] = 1
            elif not out and ONE_WOUNDED.search(self.f, a, b):
                out["wounded"] = 1
        return out

    def _sentence_before(self, a: int) -> int:
        """Where the sentence before the clause at `a` starts (at most 300 characters back)."""
        return max(0, self.f.rfind(". ", 0, max(0, a - 2)), a - 300)

    def _first_weapon(self, start: int, end: int) -> str | None:
        """The quantity key of the first weapon named in [start, end): "drones" or "missiles"."""
        weapon = WEAPON_NOUN.search(self.f, start, end)
        return None if weapon is None else "drones" if weapon.group(1).startswith("drone") else "missiles"

    def _segment_dates(self, a: int, b: int, trigger: int | None = None) -> DateValue | None:
        # "6 millions ont fui depuis février 2022", "Soudja, tenue depuis l'incursion d'août": a span's start
        return clause_date(self.m[a:b], self.f[a:b], self.published, dates=find_dates, relative_days=find_relative_days,
                           since=SINCE, window=50, trigger=None if trigger is None else trigger - a)

    def _claimed_date(self, a: int, b: int) -> DateValue:
        return statement_date(self.m[a:b], self.f[a:b], self.published, dated_weekdays=find_dated_weekdays,
                              dates=find_dates, relative_days=find_relative_days, said_on=SAID_ON)
