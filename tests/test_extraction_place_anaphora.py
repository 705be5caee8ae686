"""Places named again by a pointer ('y', 'dans ce secteur', 'in the area'): the towns of the same speaker's claim
just before (sentences written for these tests)."""

from __future__ import annotations

from events.extraction.pipeline import extract_article


def places_of(text: str, event_type: str) -> list[list[str]]:
    return [[p.name for p in c.localities] for c in extract_article(text).claims if c.event_type == event_type]


def test_in_the_area_is_where_the_same_speaker_just_placed_the_fighting():
    found = places_of(" date 2024-02 Avdiivka\n\nRussia's defence ministry said its troops had beaten back seven "
                      "Ukrainian counter-attacks near Berdychi and Tonenke in the Donetsk region. It said Ukraine had "
                      "lost up to 280 servicemen in the area over the previous 24 hours.\n", "casualties")
    assert found == [["Berdychi", "Tonenke"]]


def test_y_points_back_to_the_town_just_named_and_without_a_pointer_no_place_is_borrowed():
    lead = ("L'état-major ukrainien a affirmé que ses forces avaient repris le village de Robotyne, dans la région de "
            "Zaporijjia.")
    pointed = places_of(f" date 2023-08 Front\n\n{lead} Selon l'état-major, 26 assauts russes y ont été repoussés.\n",
                        "attack_repelled")
    assert pointed == [["Robotyne"]]
    bare = places_of(f" date 2023-08 Front\n\n{lead} Selon l'état-major, 26 assauts russes ont été repoussés.\n",
                     "attack_repelled")
    assert bare == [[]]
