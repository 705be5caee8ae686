"""Tallies broken down by place: one claim for the whole, one for each part at its place (sentences written for
these tests)."""

from __future__ import annotations

from events.extraction.pipeline import extract_article


def interceptions(text: str) -> list[tuple[tuple[str, ...], dict, str]]:
    article = extract_article(text)
    found = []
    for c in article.claims:
        assert c.quote == article.text[c.start:c.end]
        if c.event_type == "interception":
            found.append((tuple(p.name for p in c.localities), c.quantities, c.claimant.side))
    return sorted(found)


def test_a_french_count_broken_down_by_region_is_the_whole_and_each_part():
    found = interceptions(" date 2025-08 Drones\n\nLe ministère russe de la Défense a assuré avoir abattu durant la "
                          "nuit 57 drones ukrainiens au-dessus de huit régions, dont 21 au-dessus de celle de Voronej, "
                          "13 au-dessus de celle de Saratov et neuf au-dessus de la péninsule de Crimée.\n")
    assert found == [((), {"drones": 57}, "RU"), (("Crimea",), {"drones": 9}, "RU"),
                     (("Saratov Oblast",), {"drones": 13}, "RU"), (("Voronezh Oblast",), {"drones": 21}, "RU")]


def test_an_english_count_broken_down_by_region_is_the_whole_and_each_part():
    found = interceptions(" date 2025-08 Drones\n\nRussia's Ministry of Defence said it had destroyed 95 Ukrainian "
                          "drones overnight, including 21 over the Bryansk region and twelve over Crimea.\n")
    assert found == [((), {"drones": 95}, "RU"), (("Bryansk Oblast",), {"drones": 21}, "RU"),
                     (("Crimea",), {"drones": 12}, "RU")]


def test_a_count_over_one_region_is_not_broken_down():
    found = interceptions(" date 2025-08 Drones\n\nLe ministère russe de la Défense a affirmé avoir abattu 24 drones "
                          "ukrainiens au-dessus de la région de Belgorod.\n")
    assert found == [(("Belgorod Oblast",), {"drones": 24}, "RU")]
