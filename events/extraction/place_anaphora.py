"""Places named again by a pronoun or a bare noun, in both languages.

"L'armée russe a attaqué près de Berdytchi et de Tonenké ; 26 assauts y ont été repoussés", "The ministry said
Ukraine had lost up to 280 servicemen in the area": the claim is about the places the report just named. A claim
with no place of its own that points back this way takes the towns of the claim told just before it, in the same
paragraph by the same speaker; without such a pointer a claim keeps no place rather than borrow one.

Runs on the drafts of one article, after they are read; a pure function of the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.extraction.drafts import Draft

POINTER = {
    # ("il y a" is "there is"; "y" before a verb points back to a place)
    "fr": re.compile(r"(?<!\bil )\by (?:ont|a|avaient|avait|auraient|aurait|sont|est|etaient|etait|seraient|serait)\b"
                     r"|\b(?:dans|sur) (?:ce|le meme|ce meme) secteur\b|\bdans le secteur\b(?! de| d')"
                     r"|\bdans (?:cette|la meme) zone\b|\bdans la zone\b(?! de| d')|\bsur place\b"),
    "en": re.compile(r"\b(?:in|near|around) (?:the|that|this) (?:area|sector)\b(?! of)|\bin the same (?:area|sector)\b"
                     r"|\bthere(?=\s*[,.;])"),
}
TYPES = {"attack_repelled", "offensive", "casualties", "prisoners", "capture", "withdrawal", "encirclement", "strike",
         "displacement"}
REACH = 2  # sentences back


def inherit_places(drafts: list[Draft], flat: str, sentences: Sequence[tuple[int, int, int]], language: str) -> None:
    pointer = POINTER[language]
    for i, d in enumerate(drafts):
        if d.localities or d.region_is_object or d.dropped or d.event_type not in TYPES:
            continue
        if not 0 <= d.sentence < len(sentences):
            continue
        a, b, _pi = sentences[d.sentence]
        if not pointer.search(flat, max(a, d.start), min(b, d.end) if d.end > d.start else b):
            continue
        # (the same speaker's report goes on: "It said its troops had repelled attacks near X. ... Ukraine had lost
        # 280 servicemen in the area")
        told = next((p for p in reversed(drafts[:i]) if p.localities and not p.dropped and p.paragraph == d.paragraph
                     and (p.claimant == d.claimant or p.claimant.side == d.claimant.side != "media")
                     and 0 <= d.sentence - p.sentence <= REACH and any(q.kind != "region" for q in p.localities)),
                    None)
        if told is None:
            continue
        d.localities = [q for q in told.localities if q.kind != "region"]
        d.region = d.region or told.region
        d.country_code = d.country_code or told.country_code
