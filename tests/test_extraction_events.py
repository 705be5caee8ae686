"""What happened: events read from phrasings of French war reporting, on sentences written for these tests."""

from __future__ import annotations

from events.extraction.pipeline import extract_article


def claims_of(text: str):
    return extract_article(f" date 2024-03 {text}\n").claims


def only_claim(text: str):
    (claim,) = claims_of(text)
    return claim


def kinds(text: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return {(c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims_of(text)}


def test_one_clause_can_report_a_capture_and_a_death_toll():
    found = kinds("Le chef de Wagner a déclaré que ses forces avaient pris la ville de Soledar et tué 500 soldats "
                  "ukrainiens.")
    assert {t for t, _s, _p in found} >= {"capture", "casualties"}


def test_a_cause_named_in_passing_is_no_second_event():
    found = kinds("Plus de 20.000 civils ont fui la région de Belgorod en raison des bombardements.")
    assert {t for t, _s, _p in found} == {"displacement"}


def test_a_verbless_and_clause_repeats_the_event_at_another_place():
    found = kinds("Le ministère russe de la Défense a affirmé que ses troupes contrôlaient 70% de la ville de "
                  "Pokrovsk, et 40% de la ville de Tchassiv Iar.")
    assert ("territorial_control", "RU", ("Pokrovsk",)) in found
    assert ("territorial_control", "RU", ("Chasiv Yar",)) in found


def test_drones_shot_down_out_of_those_launched_are_an_interception_and_the_enemy_strike():
    claims = claims_of("L'armée de l'air ukrainienne a indiqué avoir abattu 18 des 23 drones lancés par la Russie.")
    by_type = {c.event_type: c for c in claims}
    assert (by_type["interception"].actor_side, by_type["interception"].quantities) == ("UA", {"drones": 18})
    assert (by_type["strike"].actor_side, by_type["strike"].quantities["drones"]) == ("RU", 23)


def test_a_word_in_quotation_marks_inside_the_trigger_still_reads():
    claims = claims_of("Trois drones ukrainiens ont été « neutralisés » au-dessus de Moscou, affirme la Russie.")
    interception = next(c for c in claims if c.event_type == "interception")
    assert (interception.claimant.side, interception.actor_side) == ("RU", "RU")
    assert [p.name for p in interception.localities] == ["Moscow"]


def test_the_subject_launching_drones_is_the_attacker_not_the_country_targeted():
    c = next(c for c in claims_of("Les forces russes ont lancé 212 drones sur l'Ukraine dans la nuit.")
             if c.event_type == "strike")
    assert (c.actor_side, c.claimant.side, c.quantities) == ("RU", "media", {"drones": 212})


def test_the_article_s_background_offensive_is_not_a_claim_but_a_launched_one_is():
    assert not [c for c in claims_of("Les troupes russes sont à l'offensive dans le nord-est du pays.")
                if c.event_type == "offensive"]
    launched = [c for c in claims_of("Les troupes russes ont lancé une offensive majeure contre Avdiivka, dans la "
                                     "région de Donetsk.") if c.event_type == "offensive"]
    assert launched and launched[0].actor_side == "RU"


def test_a_town_in_the_hands_of_the_enemy_is_a_capture_by_the_enemy():
    c = next(c for c in claims_of("Le gouverneur ukrainien a indiqué que la ville de Lyssytchansk est aux mains de "
                                  "l'armée russe.") if c.event_type == "capture")
    assert (c.actor_side, c.claimant.side, c.stance) == ("RU", "UA", "acknowledges")


def test_a_landmark_at_a_distance_is_not_where_it_happened():
    c = next(c for c in claims_of("La Russie a revendiqué la prise de Novohrodivka, une localité à une dizaine de "
                                  "kilomètres de la ville de Pokrovsk.") if c.event_type == "capture")
    assert [p.name for p in c.localities] == ["Novohrodivka"]


def test_a_known_town_named_without_a_preposition_is_the_event_place():
    c = next(c for c in claims_of("Selon l'armée ukrainienne, Pokrovsk est désormais aux mains des forces russes.")
             if c.event_type == "capture")
    assert ([p.name for p in c.localities], c.actor_side) == (["Pokrovsk"], "RU")


def test_an_article_about_one_town_places_its_unplaced_events_there():
    claims = claims_of("Une frappe ukrainienne a visé Makiïvka dans la nuit. Makiïvka est une ville de la région de "
                       "Donetsk. Les autorités de Makiïvka ont déploré des dégâts. Le ministère russe de la Défense a "
                       "confirmé un bilan de 63 morts.")
    tally = next(c for c in claims if c.event_type == "casualties")
    assert [p.name for p in tally.localities] == ["Makiivka"]


def test_a_night_s_raid_counted_in_dozens_is_not_placed_at_the_town_an_article_is_about():
    claims = claims_of("Moscou affirme avoir pris Tchassiv Iar. Tchassiv Iar est une ville de la région de Donetsk. "
                       "Les combats se poursuivent à Tchassiv Iar, selon Kiev. La Russie a lancé dans la nuit 309 drones "
                       "et huit missiles de croisière, selon l'armée de l'air ukrainienne.")
    raid = next(c for c in claims if c.event_type == "strike")
    assert (raid.quantities["drones"], raid.localities) == (309, [])


def test_trying_to_take_a_town_is_an_offensive():
    c = next(c for c in claims_of("L'état-major ukrainien a déclaré que les forces russes tentaient de prendre "
                                  "Tchassiv Iar.") if c.event_type == "offensive")
    assert (c.actor_side, c.claimant.side, [p.name for p in c.localities]) == ("RU", "UA", ["Chasiv Yar"])


def test_an_apposition_about_a_town_s_importance_reports_no_event_of_its_own():
    claims = claims_of("La Russie a revendiqué la prise de Siversk, l'un des derniers verrous empêchant ses forces "
                       "d'approcher de Kramatorsk et Sloviansk, encore sous contrôle ukrainien.")
    assert {(c.event_type, tuple(p.name for p in c.localities)) for c in claims} == {("capture", ("Siversk",))}


def test_a_share_of_a_town_declared_false_is_a_denied_statement_of_control():
    c = next(c for c in claims_of('"Les déclarations suggérant que 80% de Voltchansk a été conquis sont fausses", a '
                                  "déclaré l'état-major ukrainien.") if c.claimant.side == "UA")
    assert (c.event_type, c.stance, c.quantities) == ("territorial_control", "denies", {"share_pct": 80})


def test_troops_that_progress_or_lead_counter_assaults_near_a_village_are_an_offensive():
    found = kinds("Un blogueur militaire russe a écrit que les soldats ukrainiens progressaient près de Robotyne.")
    assert ("offensive", "UA", ("Robotyne",)) in found
    found = kinds("L'état-major ukrainien a indiqué que ses unités menaient des contre-assauts près de Robotyne.")
    assert ("offensive", "UA", ("Robotyne",)) in found


def test_the_loss_of_a_village_admitted_by_its_holder_is_a_capture_and_a_title_names_no_event_place():
    found = [c for c in claims_of("Le gouverneur russe de la région de Zaporijia, Ievgueni Balitski, a admis la "
                                  "perte du village de Robotyne.")
             if c.event_type == "capture"]
    assert [(c.claimant.side, tuple(p.name for p in c.localities)) for c in found] == [("RU", ("Robotyne",))]


def test_drones_that_targeted_a_capital_are_a_strike_on_that_city_by_the_side_that_sent_them():
    found = [c for c in claims_of("L'armée de l'air ukrainienne a émis des alertes signalant que des drones russes "
                                  "visaient Kyiv.") if c.event_type == "strike"]
    assert [(c.claimant.side, c.actor_side, tuple(p.name for p in c.localities)) for c in found] == [
        ("UA", "RU", ("Kyiv",))]


def test_a_total_of_drones_launched_is_a_strike():
    found = kinds("La Russie a lancé un total de 2 516 drones sur l'Ukraine au cours des dix premiers jours de juillet.")
    assert "strike" in {t for t, _s, _p in found}


def test_a_town_that_only_locates_another_in_apposition_is_not_the_event_place():
    found = kinds("Au moins 63 militaires russes ont été tués lors d'une frappe ukrainienne à Makiïvka, près de la "
                  "ville de Donetsk, a annoncé le ministère russe de la Défense.")
    assert {p for _t, _s, p in found} == {("Makiivka",)}


def test_an_army_confirming_its_own_retreat_acknowledges_a_withdrawal_of_its_side():
    c = [c for c in claims_of("L'armée ukrainienne a confirmé jeudi sa retraite d'un quartier de la ville "
                              "stratégique de Tchassiv Iar.") if c.event_type == "withdrawal"]
    assert [(x.actor_side, x.stance, tuple(p.name for p in x.localities)) for x in c] == [
        ("UA", "acknowledges", ("Chasiv Yar",))]


def test_forces_that_continued_their_offensive_are_not_speaking():
    found = claims_of("Après avoir repris la ville de Lyman, les forces ukrainiennes ont poursuivi leur "
                      "contre-offensive.")
    assert {c.claimant.side for c in found} == {"media"}


def test_forces_that_went_on_the_attack_or_attempts_of_forces_are_an_offensive():
    assert ("offensive", "RU", ("Avdiivka",)) in kinds("D'après Kiev, quelque 2 000 soldats russes sont passés à "
                                                      "l'attaque près d'Avdiïvka.")
    assert ("offensive", "RU", ("Myrnohrad",)) in kinds("L'état-major ukrainien a fait état de tentatives des forces "
                                                       "russes de percer près de Myrnohrad.")


def test_a_headline_in_the_present_tense_reports_a_capture():
    assert ("capture", "UA", ("Svatove",)) in kinds("L'armée ukrainienne reprend des villages autour de Svatove.")


def test_a_count_of_villages_followed_by_their_names_after_a_colon_places_the_capture_in_each():
    found = kinds("Le ministère russe de la Défense a annoncé avoir pris le contrôle de trois villages : Borysivka, "
                  "Pletenivka et Strilecha.")
    assert ("capture", "RU", ("Borysivka", "Pletenivka", "Strilecha")) in found


def test_a_town_that_was_targeted_is_struck_by_the_enemy_of_the_governor_who_reports_it():
    found = [c for c in claims_of("Selon le gouverneur régional Oleg Synegoubov, la ville de Vovtchansk a été visée "
                                  "par d'intenses bombardements et au moins 5 civils ont été blessés.")]
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in found} == {("strike", "UA", "RU"),
                                                                             ("casualties", "UA", "RU")}


def test_missiles_shot_down_over_sevastopol_by_the_authorities_there_are_russias_interception():
    found = {(c.event_type, c.claimant.side, c.actor_side)
             for c in claims_of("Cinq missiles ukrainiens abattus au-dessus de Sébastopol, selon les autorités.")}
    assert found == {("interception", "RU", "RU"), ("strike", "RU", "UA")}


def test_a_side_announcing_the_death_of_its_own_soldier_acknowledges_a_loss_of_one():
    found = [c for c in claims_of("Le ministère russe de la Défense a annoncé la mort d'un militaire à Sébastopol.")]
    assert [(c.event_type, c.stance, c.actor_side, c.quantities) for c in found] == [
        ("casualties", "acknowledges", "UA", {"killed": 1})]


def test_a_bare_governor_cited_for_a_toll_speaks_for_the_country_of_the_place():
    found = {(c.event_type, c.claimant.side) for c in claims_of("La frappe a causé la mort de trois civils à Kharkiv, "
                                                                "selon le gouverneur.")}
    assert found == {("casualties", "UA"), ("strike", "UA")}


def test_a_wave_of_strikes_on_a_country_is_a_strike_and_a_missile_that_fell_takes_nothing():
    found = {(c.event_type, c.claimant.side, c.actor_side)
             for c in claims_of("La Russie a lancé mardi une vague massive de frappes sur l'Ukraine, a indiqué la "
                                "présidence ukrainienne.")}
    assert found == {("strike", "UA", "RU")}
    assert "capture" not in {c.event_type for c in claims_of("Un missile est tombé sur le village de Przewodow, a "
                                                             "indiqué Varsovie.")}


def test_forces_that_were_repelling_assaults_and_half_a_town_held_are_read():
    found = kinds("L'armée ukrainienne a assuré que ses forces repoussaient toujours les assauts russes dans la ville "
                  "de Bakhmout.")
    assert ("attack_repelled", "UA", ("Bakhmut",)) in found
    c = [c for c in claims_of("Prigojine a affirmé que ses hommes contrôlaient désormais la moitié de Bakhmout.")
         if c.event_type == "territorial_control"]
    assert [(x.claimant.side, x.quantities.get("share_pct")) for x in c] == [("RU", 50)]


def test_a_night_launch_is_a_strike_and_its_shot_down_drones_imply_no_second_one():
    claims = claims_of("La Russie a lancé dans la nuit 23 drones d'attaque contre l'Ukraine, a annoncé mercredi "
                       "l'armée de l'air ukrainienne.\n\nSelon elle, 18 drones ont été abattus au-dessus des régions "
                       "de Kharkiv et de Soumy.")
    strikes = [c for c in claims if c.event_type == "strike"]
    assert [(c.claimant.side, c.actor_side, c.quantities) for c in strikes] == [("UA", "RU", {"drones": 23})]
    interception = next(c for c in claims if c.event_type == "interception")
    assert (interception.quantities, [p.name for p in interception.localities]) == (
        {"drones": 18}, ["Kharkiv Oblast", "Sumy Oblast"])


def test_shot_down_drones_imply_the_strike_when_the_launch_is_not_told():
    claims = claims_of("Selon l'armée de l'air ukrainienne, 18 drones russes ont été abattus au-dessus de la région "
                       "de Soumy.")
    strike = next(c for c in claims if c.event_type == "strike")
    assert (strike.claimant.side, strike.actor_side, strike.quantities, strike.region.name) == (
        "UA", "RU", {"drones": 18}, "Sumy Oblast")


def test_the_place_of_a_part_of_a_count_is_not_the_place_of_the_whole():
    claims = claims_of("Le ministère russe de la Défense a affirmé avoir abattu 47 drones ukrainiens au-dessus de "
                       "plusieurs régions russes, dont 20 au-dessus de la région de Koursk.")
    c = next(c for c in claims if c.event_type == "interception")
    assert (c.quantities, c.localities) == ({"drones": 47}, [])


def test_a_toll_named_before_its_number_counts_the_dead_or_the_wounded():
    found = {(c.event_type, tuple(sorted(c.quantities.items()))) for c in claims_of(
        "Le nombre de morts de la frappe russe sur Dnipro est passé à 17 et le nombre de blessés atteint désormais "
        "279, a indiqué le gouverneur Serguiï Lyssak.")}
    assert any(t == "casualties" and dict(q).get("killed") == 17 for t, q in found)


def test_damage_told_in_the_passive_is_a_strike_report():
    found = kinds("À Odessa, plusieurs immeubles ont été endommagés par des drones russes, a indiqué le maire.")
    assert ("strike", "RU", ("Odesa",)) in found


def test_a_count_of_villages_in_a_named_region_is_not_moved_to_the_article_town():
    claims = claims_of(
        "Les forces russes poursuivent leur offensive dans la région de Kharkiv et ont avancé dans les faubourgs de "
        "Vovtchansk, a déclaré dimanche le gouverneur régional Oleg Synegoubov.\n\n« La situation à Vovtchansk est "
        "difficile, l'ennemi tente d'entrer dans la ville », a-t-il ajouté, précisant que plus de 4 000 habitants "
        "avaient été évacués de la zone.\n\n« Les Russes ont progressé de plusieurs kilomètres près de Vovtchansk », a "
        "expliqué un chercheur.\n\nLe ministère russe de la Défense a de son côté affirmé avoir pris le contrôle de "
        "cinq villages dans la région de Kharkiv.")
    c = next(c for c in claims if c.event_type == "capture")
    assert (c.localities, c.region.name, c.quantities) == ([], "Kharkiv Oblast", {"localities": 5})


def test_an_attempt_to_enter_a_town_is_an_offensive():
    found = kinds("« La situation à Vovtchansk est difficile, l'ennemi tente d'entrer dans la ville », a déclaré le "
                  "gouverneur régional Oleg Synegoubov.")
    assert ("offensive", "RU", ("Vovchansk",)) in found


def test_a_capital_named_as_a_target_or_a_place_is_no_actor():
    found = kinds("La Russie a lancé mardi une vague massive de frappes de missiles sur l'Ukraine, visant notamment Kiev, "
                  "Lviv et Kharkiv, ont annoncé les autorités ukrainiennes.")
    assert ("strike", "RU", ("Kyiv", "Lviv", "Kharkiv")) in found
    found = kinds("Deux immeubles résidentiels ont été touchés dans le centre de Kiev, a indiqué le maire de la "
                  "capitale, Vitali Klitschko.")
    assert ("strike", "RU", ("Kyiv",)) in found


NIGHT_OF_STRIKES = (
    "La Russie a lancé mardi une vague massive de frappes de missiles sur l'Ukraine, visant notamment Kiev, Lviv et "
    "Kharkiv, ont annoncé les autorités ukrainiennes.\n\nAu moins deux immeubles ont été touchés dans le centre de Kiev, "
    "a indiqué le maire Vitali Klitschko.\n\nÀ Lviv, des explosions ont été entendues et l'électricité a été coupée "
    "dans une partie de la ville, selon le maire Andriï Sadovy.\n\nLe gouverneur de la région de Kharkiv, Oleg "
    "Synegoubov, a fait état de frappes sur des infrastructures critiques de la ville.\n\nSelon l'armée de l'air "
    "ukrainienne, la Russie a tiré environ 100 missiles, dont 73 ont été abattus.")


def test_a_story_of_many_towns_puts_a_countrywide_count_in_none_of_them():
    claims = claims_of(NIGHT_OF_STRIKES)
    counted = next(c for c in claims if c.event_type == "strike" and c.claimant.name == "Ukrainian Air Force")
    assert (counted.localities, counted.quantities) == ([], {"missiles": 100})


def test_the_town_of_a_governors_region_is_not_the_last_town_of_another():
    claims = claims_of(NIGHT_OF_STRIKES)
    c = next(c for c in claims if c.claimant.name == "Oleh Syniehubov")
    assert "Lviv" not in [p.name for p in c.localities]


def test_a_threat_of_encirclement_is_no_encirclement_but_a_near_one_is():
    assert not [c for c in claims_of("L'armée ukrainienne a annoncé son retrait d'Avdiïvka, où elle était menacée "
                                     "d'encerclement.") if c.event_type == "encirclement"]
    assert not [c for c in claims_of("« Les troupes se sont retirées de la ville de Vouhledar pour éviter "
                                     "l'encerclement », a déclaré le commandement ukrainien.")
                if c.event_type == "encirclement"]
    assert [c for c in claims_of("Severodonetsk et Lyssytchansk sont aujourd'hui quasiment encerclées par les forces "
                                 "russes.") if c.event_type == "encirclement"]


def test_soldiers_taken_prisoner_where_a_town_fell_are_a_prisoners_claim_of_the_losing_side():
    c = next(c for c in claims_of("Selon le porte-parole Dmytro Lykhovy, plusieurs soldats ukrainiens ont été faits "
                                  "prisonniers à Avdiïvka.") if c.event_type == "prisoners")
    assert (c.claimant.side, c.stance, c.actor_side) == ("UA", "acknowledges", "RU")


def test_a_date_after_depuis_is_not_the_day_the_event_happened():
    c = next(c for c in claims_of("Le ministère russe de la Défense a affirmé jeudi 13 mars avoir repris Soudja, tenue "
                                  "par l'Ukraine depuis son incursion d'août 2024.") if c.event_type == "capture")
    assert str(c.occurred.value) != "2024-08-01"


def test_the_victims_home_region_is_not_where_they_died_and_an_apposition_hides_no_verb():
    c = next(c for c in claims_of("Deux civils, un couple originaire de la région de Belgorod, ont été tués dans "
                                  "l'explosion, selon les autorités russes.") if c.event_type == "casualties")
    assert (c.quantities, c.localities) == ({"killed": 2, "civilians": 2}, [])


def test_the_encircler_is_the_actor_whatever_country_the_pocket_lies_in():
    found = kinds("Vladimir Poutine a affirmé que les troupes ukrainiennes étaient encerclées dans la région de Koursk.")
    assert {(t, side) for t, side, _p in found} == {("encirclement", "RU")}
    denial = next(c for c in claims_of("L'état-major ukrainien a démenti tout encerclement de ses troupes dans la région "
                                       "de Koursk.") if c.event_type == "encirclement")
    assert (denial.stance, denial.actor_side) == ("denies", "RU")
    found = kinds("Severodonetsk et Lyssytchansk sont aujourd'hui quasiment encerclées par les forces russes.")
    assert {(t, side) for t, side, _p in found} == {("encirclement", "RU")}


def test_the_other_sides_advance_is_acknowledged_its_attacks_are_asserted():
    advance = next(c for c in claims_of("Les forces russes ont progressé près de Pokrovsk, a reconnu l'état-major "
                                        "ukrainien.") if c.event_type == "offensive")
    assert (advance.claimant.side, advance.actor_side, advance.stance) == ("UA", "RU", "acknowledges")
    attacks = next(c for c in claims_of("L'état-major ukrainien a indiqué que les forces russes avaient lancé 56 attaques "
                                        "près de Pokrovsk.") if c.event_type == "offensive")
    assert (attacks.actor_side, attacks.stance, attacks.quantities) == ("RU", "asserts", {"attacks": 56})


def test_two_of_six_missiles_shot_down_is_the_interception_of_two_and_the_other_sides_launch_of_six():
    claims = claims_of("Le ministère russe de la Défense a indiqué avoir abattu deux des six missiles tirés sur Makiïvka.")
    got = {(c.event_type, c.actor_side, tuple(c.quantities.items())) for c in claims}
    assert got == {("interception", "RU", (("missiles", 2),)), ("strike", "UA", (("missiles", 6),))}


def test_soldiers_named_inside_the_capture_verb_are_its_object_not_its_actor():
    c = next(c for c in claims_of("« Les forces ukrainiennes ont capturé 909 militaires russes », a assuré l'état-major "
                                  "de l'armée ukrainienne.") if c.event_type == "prisoners")
    assert (c.actor_side, c.stance, c.quantities) == ("UA", "asserts", {"prisoners": 909})


def test_the_dead_counted_as_civilians_are_also_a_count_of_civilians():
    c = next(c for c in claims_of("Dix civils ont été tués dans une frappe de missile à Lviv, selon les autorités "
                                  "ukrainiennes.") if c.event_type == "casualties")
    assert c.quantities == {"killed": 10, "civilians": 10}


def test_a_side_named_in_the_purpose_of_an_offensive_is_its_target_not_its_author():
    found = kinds("L'armée ukrainienne a déclenché début juin une contre-offensive d'ampleur destinée à repousser "
                  "les forces russes de la région de Zaporijjia.")
    assert {(t, s) for t, s, _p in found if t == "offensive"} == {("offensive", "UA")}


def test_a_foothold_on_a_river_bank_is_ground_taken_even_with_no_town_named():
    claims = claims_of("Le chef de cabinet du président ukrainien, Andriy Yermak, a déclaré mardi que les forces de "
                       "Kyiv avaient réussi à s'implanter sur la rive gauche du Dniepr.")
    assert [(c.event_type, c.actor_side, c.claimant.side, c.localities) for c in claims] == [
        ("capture", "UA", "UA", [])]


def test_an_infinitive_the_subject_achieved_is_an_event_not_a_goal():
    achieved = kinds("Selon l'état-major ukrainien, les troupes sont parvenues à reprendre le village de Robotyne.")
    goal = kinds("Selon l'état-major ukrainien, les troupes cherchent à reprendre le village de Robotyne.")
    assert ("capture", "UA", ("Robotyne",)) in achieved
    assert not [t for t, _s, _p in goal if t == "capture"]


def test_an_advance_stopped_is_an_attack_repelled():
    found = kinds("Le ministère russe de la Défense a assuré que l'aviation russe avait « stoppé » l'avancée "
                  "ukrainienne près de Krynky, dans la région de Kherson.")
    assert ("attack_repelled", "RU", ("Krynky",)) in found


def test_missiles_aimed_against_a_capital_are_aimed_at_the_city_not_its_government():
    claims = claims_of("Alors que l'Ukraine s'efforce de renforcer sa défense aérienne, les forces de défense "
                       "aérienne ont réussi à abattre les huit missiles balistiques dirigés contre Kyiv.")
    found = {(c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims}
    assert found == {("interception", "UA", ("Kyiv",)), ("strike", "RU", ("Kyiv",))}


NIGHT = ("KIEV, 31 juil 2025 (AFP) - Au moins seize personnes ont été tuées à Kiev lors d'une attaque nocturne "
         "d'envergure menée par la Russie avec des drones et des missiles, ont annoncé jeudi les autorités "
         "ukrainiennes.\n\nSelon l'armée de l'air ukrainienne, Moscou a lancé dans la nuit de mercredi à jeudi 309 "
         "drones et huit missiles sur le pays. La défense antiaérienne en a abattu ou neutralisé 288, ainsi que trois "
         "missiles, a-t-elle précisé sur Telegram.\n\n« Le bilan s'alourdit », a écrit le chef de l'administration "
         "militaire de la capitale, Tymour Tkatchenko. La capitale ukrainienne est régulièrement la cible de "
         "bombardements russes depuis le début de la guerre.\n\nA Moscou, le Kremlin n'a pas réagi.\n")


def test_a_night_of_strikes_over_the_country_is_told_by_the_air_force_and_placed_nowhere():
    claims = {c.event_type: c for c in extract_article(NIGHT).claims if c.claimant.name == "Ukrainian Air Force"}
    strike, interception = claims["strike"], claims["interception"]
    assert (strike.actor_side, strike.quantities, strike.localities) == ("RU", {"drones": 309, "missiles": 8}, [])
    # "en a abattu 288": of the drones named first; "a-t-elle précisé": the air force, not Moscow it spoke of
    assert (interception.actor_side, interception.quantities, interception.localities) == (
        "UA", {"drones": 288, "missiles": 3}, [])


def test_a_toll_of_an_attack_led_by_russia_is_russia_s_and_the_capital_is_the_one_named_as_a_place():
    article = extract_article(NIGHT)
    assert article.published.value.isoformat() == "2025-07-31"
    tolls = [c for c in article.claims if c.event_type == "casualties"]
    assert {(c.actor_side, tuple(p.name for p in c.localities)) for c in tolls} == {("RU", ("Kyiv",))}
    assert {c.claimant.side for c in tolls} == {"UA"}  # the head of the capital's administration is Kyiv's


def test_what_keeps_happening_is_background_not_an_event_the_article_reports():
    assert not [c for c in extract_article(NIGHT).claims if c.claimant.side == "media"]


def test_one_person_killed_is_a_toll_of_one_and_a_city_stands_for_itself_beside_another_region():
    c = claims_of("Une femme a été tuée à Dnipro et trois personnes blessées dans la région de Tcherkassy, selon "
                  "les autorités locales.")[0]
    assert (c.event_type, [p.name for p in c.localities], c.quantities["wounded"]) == ("casualties", ["Dnipro"], 3)
    c = claims_of("Un homme de 45 ans a été tué à Kharkiv, a indiqué le gouverneur Oleh Synegoubov.")[0]
    assert (c.event_type, c.quantities) == ("casualties", {"killed": 1})


def test_a_strike_s_toll_in_a_participle_and_a_country_after_ville_de_is_no_village():
    claims = claims_of("Deux bombes aériennes guidées ont frappé jeudi soir un quartier résidentiel de Kharkiv, la "
                       "deuxième ville d'Ukraine, tuant au moins sept personnes, selon le gouverneur régional, Oleh "
                       "Synehoubov.")
    found = {(c.event_type, tuple(p.name for p in c.localities)): c for c in claims}
    assert set(found) == {("strike", ("Kharkiv",)), ("casualties", ("Kharkiv",))}
    assert found[("casualties", ("Kharkiv",))].quantities == {"killed": 7}


def test_buildings_on_fire_are_no_capture_and_a_mayor_s_name_is_no_place():
    claims = claims_of("Le maire de Kharkiv, Ihor Terekhov, a évoqué des frappes « d'une violence inouïe » sur la "
                       "ville, où plusieurs bâtiments ont pris feu.")
    assert {(c.event_type, tuple(p.name for p in c.localities)) for c in claims} == {("strike", ("Kharkiv",))}


def test_an_ordered_evacuation_of_named_villages_is_a_displacement_not_the_shelling_that_caused_it():
    claims = claims_of("L'administration militaire régionale a ordonné l'évacuation obligatoire des familles avec "
                       "enfants de onze localités du district de Koupiansk, parmi lesquelles Kindrachivka et "
                       "Petropavlivka, en raison de l'intensification des bombardements.")
    assert {c.event_type for c in claims} == {"displacement"}
    assert {"Kindrashivka", "Petropavlivka"} <= {p.name for p in claims[0].localities}


def test_la_ville_is_the_town_last_named_not_a_village_named_since():
    claims = claims_of("Des frappes ont visé Kharkiv, a indiqué le gouverneur. Les villages de Kindrachivka et "
                       "Petropavlivka ont été évacués, selon les autorités. Le ministère russe de la Défense a "
                       "assuré avoir détruit un dépôt de munitions dans la ville.")
    russian = [c for c in claims if c.claimant.side == "RU"]
    assert [(c.event_type, [p.name for p in c.localities]) for c in russian] == [("strike", ["Kharkiv"])]


def test_shot_down_told_with_en_counts_the_weapons_just_named():
    claims = claims_of("Dans la nuit de samedi à dimanche, la Russie a tiré 298 drones et 69 missiles sur l'Ukraine, "
                       "selon l'armée de l'air ukrainienne, qui dit en avoir abattu respectivement 266 et 45.")
    by_type = {c.event_type: c for c in claims}
    assert (by_type["interception"].claimant.side, by_type["interception"].actor_side) == ("UA", "UA")
    assert by_type["interception"].quantities["drones"] == 266
    assert by_type["strike"].quantities == {"drones": 298, "missiles": 69}


def test_a_timestamp_line_above_the_story_dates_it_to_the_day():
    article = extract_article("Échange de prisonniers : 303 soldats rentrent au pays\n\nPar Le Parisien avec AFP\n"
                              "Le 25 mai 2025 à 17h32\n\nL'Ukraine et la Russie ont achevé ce dimanche un échange de "
                              "prisonniers, a annoncé Volodymyr Zelensky.\n")
    assert (article.published.value.isoformat(), article.published.precision) == ("2025-05-25", "day")


def test_a_list_of_villages_across_two_regions_takes_each_from_its_own_region():
    c = claims_of("Selon la vice-ministre ukrainienne de la Défense, Hanna Maliar, les forces ukrainiennes ont libéré "
                  "sept localités : Blagodatné, Makarivka, Neskoutchné et Storojevé dans la région de Donetsk, ainsi "
                  "que Levadné, Novodarivka et Lobkové dans celle de Zaporijjia.")[0]
    assert [p.name for p in c.localities] == ["Blahodatne", "Makarivka", "Neskuchne", "Storozheve", "Levadne",
                                              "Novodarivka", "Lobkove"]
    # (not Novomarivka nor Lukove, the nearest spellings in the Donetsk region)
    assert {p.parent_key for p in c.localities[4:]} == {"iso:UA-23"}


def test_a_region_told_as_where_troops_came_from_is_not_a_second_region():
    found = kinds("Le groupement Dnipro de l'armée ukrainienne a assuré mardi avoir « stoppé l'avancée des envahisseurs "
                  "russes » peu après leur entrée dans la région de Dnipropetrovsk à partir de celle de Donetsk.")
    assert ("attack_repelled", "UA", ()) in found


def test_we_hold_in_the_first_person_and_the_place_a_statement_was_made_is_not_the_event_s():
    claims = claims_of("Le commandant en chef des forces armées ukrainiennes, Oleksandr Syrsky, a dressé mardi un "
                       "bilan. « Nous contrôlons 1 294 kilomètres carrés de territoire et 100 localités », a-t-il "
                       "déclaré devant la presse à Kiev.")
    c = next(c for c in claims if c.event_type == "territorial_control")
    assert (c.claimant.side, c.actor_side, c.localities) == ("UA", "UA", [])
    assert c.quantities == {"area_km2": 1294, "localities": 100}


def test_an_aside_in_apposition_does_not_cut_the_clause_and_its_former_holder_did_not_act():
    c = claims_of("Le chef d'état-major, Valéri Guerassimov, avait affirmé que plus de 1 100 km², soit 86 % du "
                  "territoire occupé par les Ukrainiens, avaient été repris.")[0]
    assert (c.event_type, c.claimant.side, c.actor_side, c.stance) == ("capture", "RU", "RU", "asserts")
    assert c.quantities["area_km2"] == 1100


def test_captives_counted_before_their_verb_are_prisoners():
    c = claims_of("Le ministère russe de la Défense a affirmé que 430 militaires ukrainiens avaient été capturés.")[0]
    assert (c.event_type, c.actor_side, c.quantities) == ("prisoners", "RU", {"prisoners": 430})


def test_a_launch_in_the_passive_and_a_part_of_it_shot_down_d_entre_eux():
    claims = claims_of("D'après l'armée de l'air ukrainienne, 76 missiles, dont 72 missiles de croisière, ont été "
                       "lancés vendredi matin depuis la mer Caspienne. Soixante d'entre eux ont été abattus, a-t-elle "
                       "indiqué.")
    found = {(c.event_type, c.claimant.side, c.actor_side, tuple(sorted(c.quantities.items()))) for c in claims}
    assert found == {("strike", "UA", "RU", (("missiles", 76),)), ("interception", "UA", "UA", (("missiles", 60),))}


def test_the_count_shot_down_is_the_one_its_verb_follows():
    claims = claims_of("Sur les quarante missiles qui visaient Kiev, trente-sept ont été détruits, selon "
                       "l'administration militaire de la ville.")
    by_type = {c.event_type: c for c in claims}
    assert by_type["interception"].quantities == {"missiles": 37}
    assert by_type["strike"].quantities == {"missiles": 40}
    assert {c.claimant.side for c in claims} == {"UA"}


def test_where_drones_were_launched_from_is_not_where_they_struck():
    claims = claims_of("Selon l'armée de l'air ukrainienne, l'ennemi a lancé dans la nuit 86 drones d'attaque depuis "
                       "les directions de Koursk, Orel, Primorsko-Akhtarsk et Millerovo.")
    assert [(c.event_type, c.actor_side, c.localities) for c in claims] == [("strike", "RU", [])]


def test_a_capital_named_as_a_region_shot_over_is_a_place_not_its_government():
    c = claims_of("Selon l'armée de l'air ukrainienne, 57 drones ont été abattus dans les régions d'Odesa et de "
                  "Kyiv.")
    interception = next(x for x in c if x.event_type == "interception")
    assert interception.actor_side == "UA"


def test_glide_bombs_that_fell_on_a_town_are_a_strike_by_the_enemy_of_the_speaker_not_a_capture():
    claims = claims_of("Ivan Fedorov, le chef de l'administration militaire régionale, a fait état de quatre bombes "
                       "guidées tombées sur la périphérie de Zaporijjia et de deux blessés.")
    found = {(c.event_type, c.stance, c.actor_side) for c in claims}
    # ("l'administration militaire" is no soldier: the wounded are not a loss the speaker acknowledges)
    assert found == {("strike", "asserts", "RU"), ("casualties", "asserts", "RU")}


def test_a_building_gutted_by_a_bomb_is_a_strike_and_a_share_in_quotes_is_still_a_share():
    found = kinds("Un immeuble résidentiel de Kharkiv a été éventré samedi par une bombe aérienne guidée russe.")
    assert ("strike", "RU", ("Kharkiv",)) in found
    c = claims_of("Les forces russes ont lancé une offensive sur Vovtchansk. Le porte-parole du groupement de forces de "
                  "Kharkiv, Vitali Sarantsev, assure que les troupes ukrainiennes ont « repoussé cinq assauts » et que "
                  "les Russes ne contrôlent qu'« environ 30 % » de la ville.")
    repelled = next(x for x in c if x.event_type == "attack_repelled")
    assert [p.name for p in repelled.localities] == ["Vovchansk"]  # (the grouping of forces "de Kharkiv" is no place)


def test_an_ordered_pull_back_is_a_withdrawal_and_the_offensive_s_commander_launches_none():
    claims = claims_of("Le ministre de la Défense Sergueï Choïgou avait ordonné le repli des forces russes sur la rive "
                       "gauche du fleuve, sur proposition du commandant de l'offensive en Ukraine, le général Sergueï "
                       "Sourovikine.")
    assert {(c.event_type, c.claimant.side, c.actor_side, c.stance) for c in claims} == {
        ("withdrawal", "RU", "RU", "acknowledges")}


def test_bridges_struck_by_the_other_side_s_artillery_were_struck_by_that_side():
    c = claims_of("Le général Sergueï Sourovikine avait expliqué que le ravitaillement de la ville de Kherson n'était "
                  "« plus possible », les ponts étant frappés par l'artillerie ukrainienne.")
    assert [(x.event_type, x.claimant.side, x.actor_side) for x in c] == [("strike", "RU", "UA")]


def test_a_plant_shelled_again_is_a_strike_on_its_town_and_shells_are_counted():
    claims = claims_of("La centrale nucléaire de Zaporijia, située à Enerhodar, a de nouveau été bombardée durant le "
                       "week-end, a annoncé dimanche l'AIEA. Selon le ministère russe de la défense, l'armée ukrainienne "
                       "a tiré « au moins douze obus » sur la centrale samedi.")
    found = {(c.claimant.side, c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims}
    assert ("INT", "strike", None, ("Enerhodar",)) in found
    russian = next(c for c in claims if c.claimant.side == "RU")
    assert (russian.actor_side, russian.quantities) == ("UA", {"shells": 12})


def test_heavy_losses_without_a_number_are_a_toll_that_a_side_claims_and_not_the_article_s_background():
    c = claims_of("Les forces russes subissent de lourdes pertes près de Bakhmout, selon l'état-major ukrainien.")[0]
    assert (c.event_type, c.claimant.side, c.actor_side, c.quantities) == ("casualties", "UA", "UA", {})
    assert not claims_of("La bataille de Bakhmout a causé de lourdes pertes des deux côtés.")


def test_losses_inflicted_are_the_inflicter_s_act_and_civilians_killed_in_a_country_by_its_enemy():
    c = claims_of("Moscou assure avoir infligé de lourdes pertes aux assaillants.")[0]
    assert (c.event_type, c.actor_side) == ("casualties", "RU")
    c = claims_of("Au moins 232 civils ont été tués et 1 343 blessés en Ukraine au cours du mois de juin, a annoncé "
                  "jeudi la Mission de surveillance des droits de l'homme de l'ONU.")[0]
    assert (c.claimant.side, c.actor_side, c.quantities["killed"]) == ("INT", "RU", 232)


def test_attacks_repelled_told_by_a_participle_after_them_were_repelled_by_the_speaker():
    c = claims_of("L'état-major ukrainien a fait état, de son côté, de quatorze assauts russes repoussés dans le "
                  "secteur de Koupiansk.")[0]
    assert (c.event_type, c.actor_side, c.quantities) == ("attack_repelled", "UA", {"attacks": 14})


def test_a_capital_opening_the_sentence_before_a_ministry_is_its_seat_not_the_strike_s_place():
    c = claims_of("A Moscou, le ministère russe de la Défense a affirmé avoir mené une « frappe massive avec des armes "
                  "de haute précision » contre des entreprises du complexe militaro-industriel ukrainien.")
    assert [(x.event_type, x.claimant.side, x.actor_side, x.localities) for x in c] == [("strike", "RU", "RU", [])]
    c = claims_of("A Kharkiv, le gouverneur Oleh Synegoubov a fait état de trois morts après une frappe russe.")
    assert {tuple(p.name for p in x.localities) for x in c} == {("Kharkiv",)}


def test_aircraft_counted_as_appareils_are_drones_shot_down():
    c = claims_of("Au total, la défense antiaérienne a « intercepté et détruit » 105 appareils au-dessus de treize "
                  "régions, selon le ministère russe de la Défense.")
    interception = next(x for x in c if x.event_type == "interception")
    assert (interception.claimant.side, interception.quantities) == ("RU", {"drones": 105})


def test_attacks_aimed_at_the_other_side_s_positions_are_an_offensive_by_that_other_side():
    c = claims_of("L'état-major ukrainien a fait état de 41 assauts repoussés près de Kourakhové. Vingt-neuf autres "
                  "attaques ont visé les positions ukrainiennes en direction de Pokrovsk, selon la même source.")
    found = {(x.event_type, x.claimant.side, x.actor_side, tuple(p.name for p in x.localities)) for x in c}
    assert ("offensive", "UA", "RU", ("Pokrovsk",)) in found
    assert not [x for x in c if x.event_type == "strike"]


def test_moscow_s_regrouping_is_a_withdrawal_an_appeal_to_evacuate_a_displacement_and_pour_l_isw_attributes():
    claims = claims_of("« Il a été décidé de regrouper les troupes russes déployées dans les secteurs de Balakliïa et "
                       "d'Izioum », a déclaré le porte-parole du ministère russe de la défense, Igor Konachenkov.")
    assert [(c.event_type, c.actor_side, c.stance) for c in claims] == [("withdrawal", "RU", "acknowledges")]
    claims = claims_of("Le chef de l'administration installée par Moscou dans la région, Vitali Gantchev, a appelé les "
                       "habitants d'Izioum, de Koupiansk et de Balakliïa à évacuer vers la Russie.")
    assert [(c.event_type, c.claimant.side) for c in claims] == [("displacement", "RU")]
    claims = claims_of("Pour l'Institut américain pour l'étude de la guerre (ISW), les troupes ukrainiennes ont "
                       "« probablement » libéré plus de 2 500 km² dans la région de Kharkiv.")
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in claims} == {("capture", "INT", "UA")}


def test_a_count_the_speaker_adds_after_an_appeal_joins_the_claim():
    c = claims_of("Le gouverneur de la région de Donetsk, Vadym Filachkine, a appelé les habitants de Pokrovsk à "
                  "évacuer, précisant que quelque 26 000 personnes s'y trouvaient encore.")
    assert [(x.event_type, x.quantities) for x in c] == [("displacement", {"civilians": 26000})]


def test_counted_strikes_of_a_side_are_that_side_s_and_attacks_are_no_toll():
    c = claims_of("Ivan Fedorov, chef de l'administration militaire régionale de Zaporijjia, a signalé 612 frappes "
                  "russes sur 18 localités de la région en une journée.")
    assert [(x.event_type, x.claimant.side, x.actor_side) for x in c] == [("strike", "UA", "RU")]
    c = claims_of("« Au cours des dernières 24 heures, l'ennemi a mené trois assauts dans la zone de Stepnohirsk. Tous "
                  "ont été repoussés, l'ennemi a subi des pertes », a précisé Vladyslav Volochyn, porte-parole des "
                  "Forces de défense du Sud.")
    assert not [x for x in c if x.event_type == "casualties" and "attacks" in x.quantities]


def test_a_toll_of_one_told_in_the_pluperfect_or_as_one_wounded_and_an_incursion_as_setting():
    c = claims_of("Dans la région russe de Koursk, où les forces de Kiev tiennent toujours plusieurs centaines de "
                  "kilomètres carrés depuis leur incursion d'août, le gouverneur par intérim Alexeï Smirnov a déclaré "
                  "qu'une femme avait été tuée par un drone ukrainien à Rylsk.")
    assert [(x.event_type, x.claimant.side, x.actor_side, x.quantities) for x in c] == [
        ("casualties", "RU", "UA", {"killed": 1})]
    c = claims_of("À Sébastopol, le gouverneur installé par Moscou, Mikhaïl Razvojaïev, a fait état d'un homme blessé "
                  "par des éclats à Lioubimivka.")
    assert [(x.event_type, x.quantities) for x in c] == [("casualties", {"wounded": 1})]


def test_a_building_gutted_in_the_active_and_a_massive_strike_against_a_country_s_targets():
    assert kinds("Dans le district de Sviatochynsky, à Kiev, un missile a éventré un immeuble de neuf étages, selon "
                 "les services de secours.") == {("strike", "RU", ("Kyiv",))}
    c = claims_of("Moscou a confirmé une « frappe massive » avec des armes de haute précision contre « le système de "
                  "commandement militaire, l'industrie de défense et les installations énergétiques » ukrainiens.")
    assert [(x.event_type, x.claimant.side, x.actor_side, x.localities) for x in c] == [("strike", "RU", "RU", [])]


def test_the_agent_of_a_passive_strike_struck_whoever_the_subject_s_clause_names():
    c = next(c for c in claims_of("Le pont de Kertch, qui relie la Russie à la Crimée annexée, a été visé dans la nuit "
                                  "par une attaque de « deux drones navals ukrainiens », a affirmé le ministère russe "
                                  "de la Défense.") if c.event_type == "strike")
    assert (c.claimant.side, c.actor_side, [p.name for p in c.localities]) == ("RU", "UA", ["Kerch"])


def test_attacks_repelled_told_after_a_staff_report_go_on_with_that_report():
    claims = claims_of("L'état-major ukrainien a fait état de 58 affrontements dans la journée, ajoutant que "
                       "l'ennemi avait attaqué près de Lyman. Les troupes ukrainiennes ont repoussé des assauts près "
                       "de Bilohorivka et de Dibrova, dans la région de Louhansk.")
    repelled = [c for c in claims if c.event_type == "attack_repelled"]
    assert [(c.claimant.name, c.actor_side) for c in repelled] == [("Ukrainian General Staff", "UA")]


def test_attacks_repelled_that_no_one_reports_are_no_claim_of_the_article():
    assert not [c for c in claims_of("Les troupes ukrainiennes ont repoussé des assauts près de Bilohorivka, dans la "
                                     "région de Louhansk.") if c.event_type == "attack_repelled"]


def test_losses_inflicted_on_the_enemy_were_inflicted_by_the_speaker_s_side():
    c = next(c for c in claims_of("Le ministère russe de la Défense a affirmé que ses troupes avaient repoussé quatre "
                                  "attaques près de Robotyne, et infligé à l'ennemi des pertes évaluées à 165 soldats.")
             if c.event_type == "casualties")
    assert (c.claimant.side, c.actor_side, c.stance) == ("RU", "RU", "asserts")


def test_an_axis_is_no_place_when_the_clause_names_the_villages_near_which_it_happened():
    found = kinds("Le ministère russe de la Défense a affirmé que ses troupes avaient repoussé quatre attaques dans la "
                  "direction de Zaporijjia, près de Robotyne et de Piatykhatky.")
    assert ("attack_repelled", "RU", ("Robotyne", "Piatykhatky")) in found
    found = kinds("Le ministère russe de la Défense a affirmé que ses troupes avaient repoussé quatre attaques en "
                  "direction de Pokrovsk.")
    assert ("attack_repelled", "RU", ("Pokrovsk",)) in found


def test_strikes_told_by_what_they_hit():
    found = kinds("Le port voisin de Tchornomorsk a lui aussi été visé, a ajouté le gouverneur Oleh Kiper.")
    assert ("strike", "RU", ("Chornomorsk",)) in found
    found = kinds("Un missile russe s'est abattu dimanche matin sur un centre commercial de Zaporijjia.")
    assert ("strike", "RU", ("Zaporizhzhia",)) in found
    found = kinds("Deux personnes ont été tuées lorsqu'un drone ukrainien a percuté un minibus à l'entrée de Lgov, "
                  "dans la région russe de Koursk, a indiqué le gouverneur Alexandre Khinchtein.")
    assert {t for t, _s, _p in found} == {"strike", "casualties"}
    found = kinds("Le ministère russe de la Défense a affirmé qu'un dépôt de munitions a été « anéanti » près de "
                  "Kostiantynivka.")
    assert ("strike", "RU", ("Kostiantynivka",)) in found  # (a military target destroyed: by the speaker's side)


def test_a_plant_named_for_its_town_stands_there_but_one_named_for_a_region_does_not():
    assert ("strike", "RU", ("Burshtyn",)) in kinds("Selon les autorités régionales, des missiles russes ont atteint la "
                                                    "centrale de Bourchtyn, dans l'ouest du pays.")
    assert not [c for c in claims_of("L'AIEA a fait état de frappes sur la centrale de Zaporijjia.")
                if any(p.name == "Zaporizhzhia" for p in c.localities)]


def test_an_operator_speaks_for_the_damage_to_its_plants():
    c = next(c for c in claims_of("La centrale thermique de Zmiïv, dans la région de Kharkiv, a été « totalement "
                                  "détruite », a annoncé Centrenergo.") if c.event_type == "strike")
    assert (c.claimant.side, c.actor_side, [p.name for p in c.localities]) == ("UA", "RU", ["Zmiiv"])


def test_drones_over_the_region_an_article_is_set_in_are_placed_in_that_region():
    claims = claims_of("Les combats se poursuivent dans la région de Koursk, où l'armée russe affirme avoir repris trois "
                       "villages. Selon le ministère russe de la Défense, 48 drones ukrainiens ont été interceptés au-"
                       "dessus de la région de Koursk dans la nuit.")
    interception = next(c for c in claims if c.event_type == "interception")
    assert [p.name for p in interception.localities] == ["Kursk Oblast"]


def test_enemy_soldiers_a_side_says_it_eliminated_are_its_count_of_their_dead():
    c = next(c for c in claims_of("L'armée russe affirme avoir éliminé en vingt-quatre heures « jusqu'à 340 militaires "
                                  "ukrainiens » dans la région de Koursk.") if c.event_type == "casualties")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("RU", "RU", {"killed": 340})


def test_workers_and_sailors_are_people_a_toll_counts():
    c = next(c for c in claims_of("Un missile a frappé une entreprise de Kharkiv, blessant deux ouvriers, a indiqué le "
                                  "gouverneur régional, Oleh Synehoubov.") if c.event_type == "casualties")
    assert c.quantities == {"wounded": 2}


def test_a_town_that_only_locates_a_village_in_apposition_is_no_place_of_the_event():
    assert ("capture", "RU", ("Pogrebki",)) in kinds("L'armée russe affirme avoir repris le contrôle de Pogrebki, une "
                                                     "localité située au nord de Soudja, dans la région de Koursk.")


def test_losses_counted_as_dead_or_wounded_are_told_apart_from_the_dead():
    c = next(c for c in claims_of("Selon Kiev, les Russes ont perdu plus de 300 hommes tués ou blessés près de "
                                  "Toretsk.") if c.event_type == "casualties")
    assert c.quantities == {"killed_or_wounded": 300}
    c = next(c for c in claims_of("Le ministère russe a affirmé que les pertes de l'ennemi se sont élevées « jusqu'à "
                                  "480 militaires » près de Pokrovsk.") if c.event_type == "casualties")
    assert c.quantities == {"killed_or_wounded": 480}


def test_a_town_named_to_date_an_advance_is_not_where_it_happened():
    c = next(c for c in claims_of("D'après l'ISW, les forces russes ont progressé de près de six kilomètres en une "
                                  "semaine, leur avancée la plus rapide depuis la chute d'Avdiïvka.")
             if c.event_type == "offensive")
    assert c.localities == []


def test_an_event_told_in_passing_after_another_is_still_an_event():
    claims = claims_of("Le ministère russe de la Défense a annoncé la prise du village de Malaïa Loknia, dans la région "
                       "de Koursk. Cette avancée intervient après la reconquête de la ville de Soudja, annoncée quelques "
                       "jours plus tôt.")
    assert ("capture", "RU", ("Sudzha",)) in {(c.event_type, c.claimant.side, tuple(p.name for p in c.localities))
                                               for c in claims}


def test_troops_sent_to_the_city_named_like_the_region_a_story_is_set_in_went_to_the_region():
    claims = claims_of("Les forces ukrainiennes tiennent toujours des positions dans la région de Koursk. Selon Kiev, "
                       "Pyongyang a déployé environ 12 000 soldats à Koursk pour appuyer l'armée russe.")
    deployment = next(c for c in claims if c.event_type == "deployment")
    assert (deployment.localities, deployment.region.name) == ([], "Kursk Oblast")
    strike = kinds("Les combats se poursuivent dans la région de Koursk. Un drone ukrainien a frappé un immeuble de la "
                   "ville de Koursk, selon le gouverneur.")
    assert ("strike", "UA", ("Kursk",)) in strike


def test_prisoners_come_home_in_an_exchange_were_taken_by_neither_side():
    claims = claims_of("« Nous ramenons les nôtres à la maison. 303 défenseurs ukrainiens sont rentrés aujourd'hui », a "
                       "écrit Volodymyr Zelensky. Le ministère russe de la Défense a confirmé de son côté le retour de "
                       "303 militaires russes.")
    assert sorted((c.claimant.side, c.actor_side, c.stance, c.quantities["prisoners"]) for c in claims
                  if c.event_type == "prisoners") == [("RU", None, "asserts", 303), ("UA", None, "asserts", 303)]


def test_the_enemy_losing_so_many_is_a_toll():
    c = next(c for c in claims_of("L'armée ukrainienne affirme avoir repoussé les assauts près de Robotyne, l'ennemi "
                                  "perdant « jusqu'à 230 militaires » dans ce secteur.") if c.event_type == "casualties")
    assert (c.claimant.side, c.quantities) == ("UA", {"killed_or_wounded": 230})


def test_a_toll_told_with_its_own_town_after_a_strike_on_a_district():
    claims = claims_of("L'administration militaire régionale de Dnipropetrovsk a indiqué que l'artillerie russe avait "
                       "frappé le district de Nikopol, tuant un homme de 63 ans à Marhanets, et blessant une femme à "
                       "Nikopol.")
    found = {(c.event_type, tuple(p.name for p in c.localities), tuple(sorted(c.quantities.items()))) for c in claims}
    assert ("casualties", ("Marhanets",), (("killed", 1),)) in found
    assert ("strike", ("Nikopol", "Marhanets"), ()) in found  # (no "Dnipro" from the regional administration's title)


def test_an_aim_or_a_failed_attempt_is_no_capture():
    assert not [c for c in claims_of("Bombardée depuis des semaines par les forces russes faute de réussir à en prendre "
                                     "le contrôle, Sievierodonetsk est une étape de leur plan de conquête du Donbass.")
                if c.event_type == "capture"]
    assert not [c for c in claims_of("Selon Kiev, les forces russes ont échoué à prendre la ville de Bakhmout.")
                if c.event_type == "capture"]


def test_an_attempt_made_in_vain_is_an_offensive_without_a_capture():
    assert kinds("Les forces russes ont tenté en vain de prendre Bakhmout, selon Kiev.") == {
        ("offensive", "RU", ("Bakhmut",))}


def test_the_strike_behind_a_toll_told_in_participles():
    claims = claims_of("Le gouverneur Oleh Synehoubov a écrit sur Telegram que des frappes de drones et de bombes "
                       "planantes avaient touché Koupiansk-Vouzlovyï et Borova, tuant un homme de 47 ans et blessant "
                       "quatre personnes.")
    by_type = {c.event_type: c for c in claims}
    assert (by_type["strike"].actor_side, [p.name for p in by_type["strike"].localities]) == (
        "RU", ["Kupiansk-Vuzlovyi", "Borova"])
    assert by_type["casualties"].quantities == {"wounded": 4, "killed": 1}


def test_a_village_at_the_gates_of_a_city_is_the_place_taken_not_the_city():
    found = kinds("L'armée russe a affirmé mardi avoir pris le contrôle total de Pisky, un village fortifié situé aux "
                  "portes de Donetsk, dans l'est de l'Ukraine.")
    assert {p for t, _s, p in found if t == "capture"} == {("Pisky",)}


def test_the_separatist_militia_s_name_is_no_place():
    found = kinds("« Les unités de la milice populaire de la République populaire de Donetsk, avec le soutien des forces "
                  "armées russes, ont achevé la libération de la localité de Pisky », a déclaré le porte-parole du "
                  "ministère russe de la Défense, Igor Konachenkov.")
    assert {p for t, _s, p in found if t == "capture"} == {("Pisky",)}


def test_a_tally_keeps_off_the_town_of_another_clause_and_a_depot_destroyed_is_the_speaker_s_strike():
    claims = claims_of("Le porte-parole du ministère russe de la Défense, Igor Konachenkov, a fait le point. Selon lui, "
                       "les frappes russes ont tué « plus de 250 militaires ukrainiens » au cours des dernières 24 heures, "
                       "tandis qu'un dépôt de munitions destinées aux lance-roquettes Himars a été « anéanti » près de "
                       "Kostiantynivka.")
    found = {(c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims}
    assert found == {("casualties", "RU", ()), ("strike", "RU", ("Kostiantynivka",))}


def test_a_bare_denial_answers_a_taking_before_a_strike_told_since():
    claims = claims_of("L'armée russe a affirmé mardi avoir pris le contrôle total de Pisky, dans la région de Donetsk. "
                       "Selon elle, un dépôt de munitions a été anéanti près de Kostiantynivka. Kiev conteste cette "
                       "version.")
    assert [(c.event_type, [p.name for p in c.localities]) for c in claims if c.stance == "denies"] == [
        ("capture", ["Pisky"])]


def test_a_fronted_goal_ends_at_its_comma_and_a_decision_taken_takes_no_town():
    found = kinds("« Afin de préserver la vie des défenseurs ukrainiens, la décision a été prise de se retirer de "
                  "Lyssytchansk », a indiqué l'état-major ukrainien.")
    assert found == {("withdrawal", "UA", ("Lysychansk",))}


def test_ground_won_counted_in_square_kilometres_is_a_capture():
    assert ("capture", "UA", ("Bakhmut",)) in kinds("Hanna Maliar a précisé que les troupes ukrainiennes avaient "
                                                    "également gagné 2 km² autour de Bakhmout.")


def test_a_weapon_that_hits_whatever_it_hits_is_a_strike_by_the_side_a_governor_reports_as_the_enemy():
    claims = claims_of("À Kryvyï Rih, ville natale du président Volodymyr Zelensky, un missile a touché une entreprise "
                       "industrielle, a indiqué le chef de l'administration militaire de la ville, Oleksandr Vilkoul.")
    strike = next(c for c in claims if c.event_type == "strike")
    # (the president the town is the home of is no party to the strike)
    assert (strike.claimant.side, strike.actor_side, [p.name for p in strike.localities]) == (
        "UA", "RU", ["Kryvyi Rih"])


def test_a_toll_right_after_a_speakers_account_of_a_strike_is_still_the_account():
    claims = claims_of("Un missile a touché une usine à Kryvyï Rih, a indiqué le gouverneur Serhiï Lyssak. Deux "
                       "employés ont été blessés.\n\nSelon les médias locaux, la ville reste calme. Trois personnes ont "
                       "été blessées à Nikopol.")
    tolls = {tuple(p.name for p in c.localities): c.claimant.side for c in claims if c.event_type == "casualties"}
    assert tolls[("Kryvyi Rih",)] == "UA"
    assert tolls[("Nikopol",)] == "media"  # no strike told by a speaker just before it


def test_the_villages_a_count_of_places_names_are_its_places_wherever_the_list_comes():
    told_after = claims_of("L'armée russe a affirmé jeudi avoir repris dix localités dans la région de Koursk.\n\nLe "
                           "ministère russe de la Défense énumère les villages de Snagost, Apanassovka et Vnezapnoïé, "
                           "tous situés dans le district de Korenevo.")
    capture = next(c for c in told_after if c.event_type == "capture")
    assert [p.name for p in capture.localities] == ["Snagost", "Apanasovka", "Vnezapnoye"]  # (not the district)
    named_part = claims_of("Le ministère russe de la Défense a revendiqué la reprise de douze localités, dont Malaïa "
                           "Loknia, Lebedevka et Kossitsa, toutes situées au nord de Soudja.")
    capture = next(c for c in named_part if c.event_type == "capture")
    assert [p.name for p in capture.localities] == ["Malaya Loknia", "Lebedevka", "Kositsa"]  # (Sudzha locates them)


def test_a_sides_strike_on_a_named_kind_of_target_needs_no_town_and_dropped_bombs_are_a_strike():
    massive = next(c for c in claims_of("Le ministère russe de la Défense a revendiqué une « frappe massive » avec des "
                                        "armes de précision contre « des installations du secteur énergétique et des "
                                        "nœuds ferroviaires ».") if c.event_type == "strike")
    assert (massive.claimant.side, massive.actor_side, massive.localities) == ("RU", "RU", [])
    dropped = next(c for c in claims_of("Selon le gouverneur Oleh Synegoubov, l'armée russe a largué au moins six "
                                        "bombes aériennes guidées sur Kharkiv.") if c.event_type == "strike")
    assert (dropped.actor_side, [p.name for p in dropped.localities]) == ("RU", ["Kharkiv"])
    origin = claims_of("D'après le parquet, l'avion russe a largué ses munitions depuis l'espace aérien de la région "
                       "russe de Belgorod.")
    assert all("Belgorod Oblast" not in [p.name for p in c.localities] for c in origin)


def test_missiles_that_came_down_in_the_centre_of_a_town_struck_it_and_a_unit_named_for_a_town_is_no_place():
    fell = next(c for c in claims_of("Deux missiles balistiques russes se sont abattus dimanche, vers 10 h 15, en plein "
                                     "centre de Soumy.") if c.event_type == "strike")
    assert (fell.actor_side, [p.name for p in fell.localities]) == ("RU", ["Sumy"])
    unit = claims_of("Le ministère russe de la Défense a affirmé avoir frappé à Soumy une réunion du groupement "
                     "opérationnel-tactique « Siversk ».")
    assert [p.name for c in unit if c.event_type == "strike" for p in c.localities] == ["Sumy"]


def test_units_moved_to_more_favourable_positions_withdrew():
    claims = claims_of("« Dans les secteurs de Loukiantsi et de Vovtchansk, nos unités ont manœuvré et se sont "
                       "déplacées vers des positions plus avantageuses », a indiqué l'état-major ukrainien.")
    pullback = next(c for c in claims if c.event_type == "withdrawal")
    assert (pullback.claimant.side, pullback.stance, pullback.actor_side) == ("UA", "acknowledges", "UA")
    assert [p.name for p in pullback.localities] == ["Lukiantsi", "Vovchansk"]


def test_fighters_captured_counted_in_words_are_prisoners_not_a_town_taken():
    claims = claims_of("Kiev affirme avoir capturé sept combattants de Wagner près de Klichtchiïvka, dans la région de "
                       "Donetsk.")
    assert [(c.event_type, c.quantities.get("prisoners")) for c in claims] == [("prisoners", 7)]


def test_civilians_who_remain_in_a_town_are_counted_as_displacement_with_no_side():
    claims = claims_of("À Toretsk, il reste environ 1 100 civils, selon le gouverneur de la région de Donetsk, Vadym "
                       "Filachkine.")
    moved = next(c for c in claims if c.event_type == "displacement")
    assert (moved.claimant.side, moved.actor_side, moved.quantities.get("civilians"),
            [p.name for p in moved.localities]) == ("UA", None, 1100, ["Toretsk"])


def test_an_offensive_that_only_dates_what_is_told_is_no_claim_of_its_own():
    claims = claims_of("Trois semaines après le début de son incursion, Kiev revendique près de 1 300 km² et 594 "
                       "prisonniers.")
    assert "offensive" not in [c.event_type for c in claims]


def test_towns_that_took_shells_were_struck_by_the_other_side_and_the_dniepr_is_a_river():
    claims = claims_of("De l'autre côté du Dniepr, les villes de Nikopol et de Marhanets ont reçu une soixantaine "
                       "d'obus pendant la nuit, a indiqué le gouverneur de la région de Dnipropetrovsk.")
    strike = next(c for c in claims if c.event_type == "strike")
    assert (strike.claimant.side, strike.actor_side, [p.name for p in strike.localities]) == (
        "UA", "RU", ["Nikopol", "Marhanets"])


def test_drones_shot_down_over_regions_listed_after_celles_de_are_the_air_forces_and_a_launch_site_is_no_place():
    claims = claims_of("D'après l'armée de l'air ukrainienne, la Russie a tiré dans la nuit deux missiles depuis la "
                       "Crimée occupée et 73 drones. Cinquante d'entre eux ont été abattus au-dessus de onze régions, "
                       "dont celles d'Odessa, de Mykolaïv et de Kiev.")
    by_type = {c.event_type: c for c in claims}
    assert by_type["strike"].localities == []
    shot = by_type["interception"]
    assert (shot.claimant.side, shot.actor_side) == ("UA", "UA")
    assert [p.name for p in shot.localities] == ["Odesa Oblast", "Mykolaiv Oblast", "Kyiv Oblast"]


def test_the_attacks_repelled_among_a_count_of_attacks_are_placed_at_the_villages_named_for_them():
    claims = claims_of("L'état-major ukrainien a recensé 43 attaques russes dans le secteur de Pokrovsk, dont 26 ont été "
                       "repoussées près de Mykhaïlivka et de Hrodivka, dans la région de Donetsk.")
    repelled = next(c for c in claims if c.event_type == "attack_repelled")
    assert {"Mykhailivka", "Hrodivka"} <= {p.name for p in repelled.localities}


def test_an_adverb_between_auxiliary_and_participle_keeps_the_speaker():
    claims = claims_of("Fin août, l'armée ukrainienne avait ainsi admis avoir quitté Novohrodivka, dans la région de "
                       "Donetsk.")
    pullback = next(c for c in claims if c.event_type == "withdrawal")
    assert (pullback.claimant.side, pullback.stance) == ("UA", "acknowledges")


def test_ground_an_analyst_says_was_gained_is_a_capture_in_its_reading():
    claims = claims_of("D'après l'Institut pour l'étude de la guerre (ISW), les forces russes ont récemment progressé "
                       "dans Koupiansk, dans la région de Kharkiv.")
    assert [(c.claimant.side, c.event_type, c.actor_side) for c in claims] == [("INT", "capture", "RU")]


def test_fighting_a_side_reports_near_a_town_is_the_enemys_push_there():
    claims = claims_of("L'armée ukrainienne a fait état de combats près de Grabovské, dans la région de Soumy.")
    push = next(c for c in claims if c.event_type == "offensive")
    assert (push.claimant.side, push.actor_side, [p.name for p in push.localities]) == ("UA", "RU", ["Hrabovske"])
    assert not [c for c in claims_of("De violents combats ont eu lieu près de Grabovské, dans la région de Soumy.")
                if c.event_type == "offensive"]  # (the article's own account of fighting is background)


def test_a_part_of_the_weapons_just_counted_shot_down_is_an_interception_with_its_count():
    claims = claims_of("Selon l'armée de l'air ukrainienne, la Russie a lancé 46 drones. Trente-neuf de ces drones ont "
                       "été abattus ou neutralisés, selon la même source.")
    shot = next(c for c in claims if c.event_type == "interception")
    assert (shot.claimant.side, shot.actor_side, shot.quantities) == ("UA", "UA", {"drones": 39})


def test_drones_shot_down_near_a_town_are_an_interception_without_a_count():
    claims = claims_of("Le gouverneur de la région de Samara a ajouté que plusieurs drones avaient été abattus aux "
                       "abords de Syzran.")
    shot = next(c for c in claims if c.event_type == "interception")
    assert (shot.claimant.side, [p.name for p in shot.localities]) == ("RU", ["Syzran"])


def test_a_plain_negation_of_an_encirclement_or_a_capture_is_the_speaker_s_denial():
    found = claims_of("« Koupiansk n'est pas encerclée et nos unités tiennent leurs positions », a affirmé le "
                      "porte-parole ukrainien Viktor Trehoubov.")
    denial = next(c for c in found if c.event_type == "encirclement")
    assert (denial.claimant.side, denial.stance, denial.actor_side) == ("UA", "denies", "RU")
    taken = only_claim("Selon l'état-major ukrainien, Toretsk n'a pas été prise.")
    assert (taken.event_type, taken.stance, taken.actor_side) == ("capture", "denies", "RU")
    analysts = only_claim("L'Institut pour l'étude de la guerre (ISW) estime que les forces russes « n'ont pas "
                          "encerclé » Pokrovsk.")
    assert (analysts.claimant.side, analysts.stance, analysts.event_type) == ("INT", "denies", "encirclement")
    # An attempt that failed is no denial, and the article's own negation reports nothing.
    assert not claims_of("Les troupes russes n'ont pas réussi à prendre Toretsk, selon l'état-major ukrainien.")
    assert not claims_of("La ville n'est pas encerclée.")


def test_troops_described_by_where_they_are_deployed_are_no_deployment():
    c = only_claim("Vladimir Poutine a affirmé mercredi que les unités ukrainiennes déployées à Pokrovsk étaient "
                   "« totalement encerclées ».")
    assert (c.event_type, c.claimant.side, c.actor_side) == ("encirclement", "RU", "UA")
    sent = only_claim("Le ministère ukrainien a assuré que des renforts avaient été déployés à Pokrovsk.")
    assert sent.event_type == "deployment"


def test_civilians_that_remain_are_counted_after_a_restrictive_negation():
    c = only_claim("Il ne reste qu'un peu plus de 1.200 civils à Pokrovsk, d'après l'administration militaire "
                   "ukrainienne.")
    assert (c.event_type, c.quantities.get("civilians"), [p.name for p in c.localities]) == (
        "displacement", 1200, ["Pokrovsk"])


def test_a_speaker_who_retorts_is_a_speaker():
    c = only_claim("« Il n'y a pas d'encerclement de Myrnohrad », a rétorqué l'état-major ukrainien dans un "
                   "communiqué.")
    assert (c.event_type, c.claimant.side, c.stance) == ("encirclement", "UA", "denies")


def test_a_relative_clause_saying_the_other_side_has_not_confirmed_keeps_the_claim():
    c = only_claim("Moscou avait revendiqué la veille la prise de Rivnopillia, ainsi que celle de Solodké, un village "
                   "du même secteur dont Kiev n'a pas confirmé la perte.")
    assert (c.event_type, c.claimant.side, [p.name for p in c.localities]) == ("capture", "RU", ["Rivnopillia", "Solodke"])
    # the speaker's own unconfirmed report is still no claim
    assert not claims_of("Kiev n'a pas confirmé la perte de Solodké.")


def test_civilians_who_still_lived_somewhere_and_a_quoted_count_of_those_who_remain():
    lived = only_claim("Environ 900 civils vivaient encore à Avdiïvka, qui en comptait 32 000 avant la guerre, selon le "
                       "chef de l’administration militaire de la ville, Vitali Barabach.")
    assert (lived.event_type, lived.claimant.side, lived.quantities) == ("displacement", "UA", {"civilians": 900})
    quoted = only_claim("Il reste « moins de 100 habitants » dans la ville de Toretsk, a déclaré le chef de "
                        "l'administration militaire de Toretsk, Vassyl Tchyntchyk.")
    assert (quoted.event_type, quoted.quantities) == ("displacement", {"civilians": 100})


def test_districts_also_targeted_are_a_strike_told_on_the_participle():
    c = only_claim("Les districts de Millerovo et de Kamensk ont également été visés, selon le gouverneur de la région "
                   "de Rostov, Vassili Goloubev.")
    assert (c.event_type, c.claimant.side, [p.name for p in c.localities]) == (
        "strike", "RU", ["Millerovo", "Kamensk-Shakhtinsky"])


def test_a_drone_attack_repelled_is_drones_shot_down():
    found = {(c.event_type, c.actor_side) for c in claims_of(
        "« Une tentative d'attaque de drones contre une entreprise de Syzran a été repoussée », a écrit le gouverneur "
        "de la région de Samara, Viatcheslav Fedorichtchev.")}
    assert ("interception", "RU") in found and not [f for f in found if f[0] == "attack_repelled"]
    ground = only_claim("L'armée russe a repoussé une attaque ukrainienne près de Robotyne, selon le ministère russe.")
    assert ground.event_type == "attack_repelled"
