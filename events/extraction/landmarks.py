"""Sites the war reporting names instead of their town: a steelworks, a bridge, a power plant.

"La libération complète de l'aciérie d'Azovstal" happened in Mariupol; "the Crimean bridge" is at Kerch. Each
site maps to the settlement it stands in (or beside), in the gazetteer's English spelling; both readers add it as
a settlement where the text names the site and the article names that town somewhere too (a record names the
places the text names; a site alone names none). Patterns run on folded text (lower case, no accents).
"""

from __future__ import annotations

import re

LANDMARKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bazovstal\b"), "Mariupol"),
    (re.compile(r"\b(?:siege|quartier general|qg|etat-major) de la flotte (?:russe )?de la mer noire\b"
                r"|\b(?:headquarters|hq) of (?:russia's |the russian )?black sea fleet\b"), "Sevastopol"),
    (re.compile(r"\bpont (?:de crimee|de kertch|du detroit de kertch)\b|\b(?:the )?(?:crimean|kerch|crimea) bridge\b"),
     "Kerch"),
    (re.compile(r"\bcentrale (?:nucleaire )?(?:de |d')(?:zaporij\w*|zaporiz\w*|energodar|enerhodar)\b"
                r"|\bzaporizhzhia nuclear (?:power )?(?:plant|station)\b|\bznpp\b"), "Enerhodar"),
    (re.compile(r"\bbarrage de (?:kakhovka|nova kakhovka|nova-kakhovka)\b|\b(?:nova )?kakhovka dam\b"), "Nova Kakhovka"),
    (re.compile(r"\bpont (?:antonivsky|antonovsky|antonivskyi|antonovski)\b|\bantonivsk(?:yi|iy|y) bridge\b"), "Kherson"),
]


# The site named again by its kind: "les soldats bloqués dans l'usine", "the plant".
SITE_AGAIN = re.compile(r"\b(?:l'usine|l'acierie|le site|le complexe|la centrale|le pont|le barrage|the plant|the steelworks"
                        r"|the steel plant|the bridge|the dam|the site)\b(?! (?:de|d'|du|of)\b)")


def landmark_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, settlement) for each site named in the folded text, and for each later "l'usine" within 600
    characters of it."""
    named = sorted((mt.start(), mt.end(), town) for rx, town in LANDMARKS for mt in rx.finditer(folded))
    again = []
    for mt in SITE_AGAIN.finditer(folded):
        before = [n for n in named if n[1] <= mt.start() and mt.start() - n[1] < 600]
        if before:
            again.append((mt.start(), mt.end(), before[-1][2]))
    return sorted(named + again)
