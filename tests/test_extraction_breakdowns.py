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


def test_a_count_broken_down_in_the_next_sentence_of_the_paragraph_is_broken_down_too():
    found = interceptions(" date 2025-08 Drones\n\nLa défense antiaérienne a détruit 60 drones ukrainiens durant la "
                          "nuit, a affirmé le ministère russe de la Défense. Dans le détail, 25 ont été abattus "
                          "au-dessus de la région de Briansk, 18 au-dessus de celle de Koursk et 9 dans la région de "
                          "Belgorod.\n")
    assert found == [((), {"drones": 60}, "RU"), (("Belgorod Oblast",), {"drones": 9}, "RU"),
                     (("Bryansk Oblast",), {"drones": 25}, "RU"), (("Kursk Oblast",), {"drones": 18}, "RU")]
    told = interceptions(" date 2025-08 Drones\n\n« Nos défenses ont détruit 40 drones ukrainiens », a écrit le "
                         "ministère russe de la Défense. Outre les 30 appareils abattus dans la région de Rostov, six "
                         "l’ont été au-dessus de la région de Koursk, a précisé le ministère.\n")
    assert told == [((), {"drones": 40}, "RU"), (("Kursk Oblast",), {"drones": 6}, "RU"),
                    (("Rostov Oblast",), {"drones": 30}, "RU")]


def test_parts_told_by_another_speaker_are_that_speaker_s_own_claims():
    article = extract_article(" date 2025-08 Drones\n\nLa défense antiaérienne a détruit 60 drones ukrainiens durant "
                              "la nuit, a affirmé le ministère russe de la Défense. Selon le gouverneur Alexandre "
                              "Bogomaz, 25 drones ont été abattus au-dessus de la région de Briansk et 18 au-dessus de "
                              "celle de Koursk.\n")
    found = sorted((c.claimant.name, tuple(p.name for p in c.localities), c.quantities.get("drones"))
                   for c in article.claims if c.event_type == "interception")
    assert ("Russian Ministry of Defence", (), 60) in found
    assert not [f for f in found if f[0] == "Russian Ministry of Defence" and f[1]]


def test_an_english_part_counted_of_them_and_a_sea_named_for_a_town():
    found = interceptions(" date 2025-08 Drones\n\nThe Russian Defence Ministry said its air defences had destroyed 89 "
                          "Ukrainian drones overnight, 34 of them over the Bryansk region and 21 over the Belgorod "
                          "region.\n")
    assert found == [((), {"drones": 89}, "RU"), (("Belgorod Oblast",), {"drones": 21}, "RU"),
                     (("Bryansk Oblast",), {"drones": 34}, "RU")]
    sea = interceptions(" date 2025-08 Drones\n\nRussia's defence ministry says its air defences destroyed 12 "
                        "Ukrainian drones overnight over the Bryansk and Kursk regions, and another three over the Sea "
                        "of Azov.\n")
    assert (("Bryansk Oblast", "Kursk Oblast"), {"drones": 12}, "RU") in sea  # the Sea of Azov is not the town of Azov


def test_a_toll_broken_down_by_town_is_the_whole_and_each_part_but_one_town_alone_is_not():
    article = extract_article(" date 2025-02 Tolls\n\nLes frappes russes ont tué trois civils dans la région de "
                              "Donetsk, selon le gouverneur Vadym Filachkine : deux à Kostiantynivka et un à "
                              "Droujkivka.\n")
    tolls = sorted((tuple(p.name for p in c.localities), c.quantities["killed"]) for c in article.claims
                   if c.event_type == "casualties")
    assert tolls == [((), 3), (("Druzhkivka",), 1), (("Kostiantynivka",), 2)]
    one = extract_article(" date 2025-02 Tolls\n\nLes frappes russes ont tué trois civils, dont deux à Kostiantynivka, "
                          "selon le gouverneur Vadym Filachkine.\n")
    assert len([c for c in one.claims if c.event_type == "casualties"]) == 1
