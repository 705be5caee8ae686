"""Who holds a town, and who speaks for a region: sentences written for these tests."""

from __future__ import annotations

from events.extraction.pipeline import extract_article


def claims_of(text: str):
    return extract_article(f" date 2024-03 {text}\n").claims


def units(text: str) -> set[tuple[str, str, str, str | None, tuple[str, ...]]]:
    return {(c.event_type, c.claimant.side, c.stance, c.actor_side, tuple(p.name for p in c.localities))
            for c in claims_of(text)}


def test_a_side_saying_its_troops_hold_a_town_claims_control_of_it():
    found = units("Le groupement Khortytsia a déclaré que les troupes ukrainiennes se maintiennent dans la partie "
                  "ouest de Kourakhové.")
    assert found == {("territorial_control", "UA", "asserts", "UA", ("Kurakhove",))}


def test_holding_after_the_other_side_claimed_the_town_also_denies_that_capture():
    found = units("Moscou a affirmé lundi avoir pris Kourakhové.\n\nLe groupement Khortytsia a déclaré mardi que "
                  "les troupes ukrainiennes se maintiennent dans la partie ouest de la ville.")
    assert ("capture", "RU", "asserts", "RU", ("Kurakhove",)) in found
    assert ("capture", "UA", "denies", "RU", ("Kurakhove",)) in found
    assert ("territorial_control", "UA", "asserts", "UA", ("Kurakhove",)) in found


def test_a_map_showing_a_town_under_the_other_sides_control_acknowledges_it():
    found = units("La carte du blog DeepState, proche de l'armée ukrainienne, montre Pokrovsk sous contrôle russe.")
    assert found == {("territorial_control", "UA", "acknowledges", "RU", ("Pokrovsk",))}


def test_y_in_a_holding_claim_is_the_town_just_named():
    found = units("Les combats se concentrent autour de Tchassiv Iar.\n\nLe président Volodymyr Zelensky a souligné "
                  "que les forces ukrainiennes y tiennent leurs positions.")
    assert ("territorial_control", "UA", "asserts", "UA", ("Chasiv Yar",)) in found


def test_a_town_passed_under_control_is_a_capture_not_a_holding():
    found = units("Selon Moscou, la localité de Vovtchansk est passée sous contrôle russe.")
    assert {t for t, *_ in found} == {"capture"}


def test_an_unnamed_governor_speaks_for_the_side_that_governs_his_region():
    claims = claims_of("Le gouverneur de la région de Belgorod a affirmé que deux personnes avaient été tuées par des "
                       "tirs ukrainiens sur la ville de Chebekino.")
    assert {(c.claimant.name, c.claimant.side) for c in claims} == {("Governor of Belgorod Oblast", "RU")}
    claims = claims_of("Selon le maire de Kharkiv, des drones russes ont frappé un quartier résidentiel de la ville.")
    assert {(c.claimant.side, c.event_type, c.actor_side) for c in claims} == {("UA", "strike", "RU")}


def test_a_person_named_after_a_title_speaks_not_the_title():
    claims = claims_of("Le chef de l'administration militaire régionale de Dnipropetrovsk, Serhiï Lyssak, a fait état "
                       "de deux morts après une attaque de missiles balistiques sur Dnipro.")
    assert [(c.claimant.name, c.event_type, c.stance, c.actor_side) for c in claims] == [
        ("Serhiy Lysak", "casualties", "asserts", "RU")]


def test_a_nominal_strike_takes_its_side_from_its_own_adjective():
    for text in ("Selon Kiev, une frappe russe sur Kharkiv a fait un mort.",
                 "Selon Kiev, des frappes russes sur Kharkiv ont fait un mort.",
                 "Le gouverneur Oleh Synegoubov a annoncé une frappe russe sur Koupiansk."):
        assert {(c.event_type, c.actor_side) for c in claims_of(text) if c.event_type == "strike"} == {("strike", "RU")}


def test_a_speaker_with_a_relative_clause_and_a_present_tense_verb():
    found = units("Le groupement de forces Khortytsia, qui se bat dans la zone, déclare que les troupes ukrainiennes "
                  "se maintiennent dans Kourakhové.")
    assert found == {("territorial_control", "UA", "asserts", "UA", ("Kurakhove",))}


def test_a_site_stands_for_its_town_when_the_article_names_the_town():
    claims = claims_of("Le ministre russe de la Défense, Sergueï Choïgou, a annoncé au président Vladimir Poutine la "
                       "libération complète de l'aciérie d'Azovstal et de Marioupol.\n\nSelon Moscou, 500 soldats "
                       "ukrainiens bloqués dans l'usine se sont rendus.")
    assert {(c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims} >= {
        ("capture", "RU", ("Mariupol",)), ("prisoners", "RU", ("Mariupol",))}
    assert "Vladimir Putin" not in {c.claimant.name for c in claims}  # told, not telling


def test_a_site_alone_names_no_town():
    claims = claims_of("Moscou a accusé Kiev d'avoir frappé le pont de Crimée avec des drones navals.")
    assert [(c.event_type, c.actor_side, [p.name for p in c.localities]) for c in claims] == [("strike", "UA", [])]


def test_the_accused_acted_not_the_accuser():
    for text, side in (("La Russie accuse l'Ukraine d'avoir frappé Belgorod.", "UA"),
                       ("Kiev a accusé les forces russes d'avoir bombardé Kharkiv.", "RU")):
        assert {(c.event_type, c.actor_side) for c in claims_of(text)} == {("strike", side)}


def test_the_capital_named_by_its_title_or_by_the_capital_last_named():
    claims = claims_of("Le maire de Kiev, Vitali Klitschko, a indiqué que la défense aérienne avait abattu 12 drones "
                       "au-dessus de la capitale.")
    assert {p.name for c in claims for p in c.localities} == {"Kyiv"}
    claims = claims_of("L'armée de l'air ukrainienne a indiqué que des drones russes visaient la capitale Kyiv.")
    assert {(c.event_type, c.actor_side, tuple(p.name for p in c.localities)) for c in claims} == {
        ("strike", "RU", ("Kyiv",))}


def test_cest_ce_qua_declare_gives_the_sentence_before_its_speaker():
    found = units("L'armée ukrainienne contrôle 82 localités de la région russe de Koursk. C'est ce qu'a déclaré "
                  "mercredi le commandant en chef Oleksandr Syrsky.")
    assert {(t, side, stance) for t, side, stance, *_ in found} == {("territorial_control", "UA", "asserts")}


def test_cest_ce_qua_rapporte_a_relay_leaves_an_attributed_claim_with_its_source():
    claims = claims_of("Le renseignement militaire ukrainien a affirmé que 11 000 soldats nord-coréens avaient été "
                       "déployés dans la région de Koursk. C'est ce qu'a rapporté mercredi le Kyiv Independent.")
    assert {c.claimant.side for c in claims} == {"UA"}


def test_so_many_times_is_no_recapture():
    found = units("Selon le gouverneur Oleg Synegoubov, les forces russes ont frappé Vovtchansk à 20 reprises.")
    assert {t for t, *_ in found} == {"strike"}


def test_an_attempt_to_break_through_the_other_sides_defences_is_the_subjects():
    found = units("Les forces russes ont tenté de percer les défenses ukrainiennes près de Vovtchansk, selon "
                  "l'état-major ukrainien.")
    assert found == {("offensive", "UA", "asserts", "RU", ("Vovchansk",))}


def test_a_capital_after_a_locative_is_the_city_not_its_government():
    found = units("À Kiev, deux immeubles ont été touchés dans le centre, a indiqué le maire Vitali Klitschko.")
    assert found == {("strike", "UA", "asserts", "RU", ("Kyiv",))}
    found = units("La Russie a lancé une vague de frappes sur l'Ukraine, visant notamment Kiev, Lviv et Kharkiv, selon "
                  "les autorités ukrainiennes.")
    assert found == {("strike", "UA", "asserts", "RU", ("Kyiv", "Lviv", "Kharkiv"))}


def test_spokespeople_of_the_white_house_are_american():
    claims = claims_of("« La Russie a lancé une offensive près de Vovtchansk », a déclaré Adrienne Watson, porte-parole "
                       "de la Maison Blanche.")
    assert {c.claimant.side for c in claims} == {"US"}


def test_governors_in_the_plural_speak_for_the_country_of_their_regions():
    found = units("Des frappes ont également touché les régions de Rivne et Volyn, selon les gouverneurs locaux.")
    assert {(t, side, actor) for t, side, _st, actor, _p in found} == {("strike", "UA", "RU")}


def test_the_toll_in_a_relative_clause_after_a_strike_is_the_speakers():
    claims = claims_of("Le gouverneur de la région de Dnipropetrovsk a fait état de deux frappes de missiles sur Dnipro, "
                       "qui ont fait quatre blessés.")
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in claims} == {("strike", "UA", "RU"),
                                                                               ("casualties", "UA", "RU")}


def test_a_tally_without_a_place_counts_the_town_its_sentence_names():
    claims = claims_of("« La situation à Vovtchansk est extrêmement difficile », a déclaré Oleg Synegoubov, ajoutant "
                       "que près de 6 000 habitants avaient été évacués.")
    assert [(c.event_type, [p.name for p in c.localities]) for c in claims] == [("displacement", ["Vovchansk"])]


def test_part_of_a_town_held_in_words_is_territorial_control():
    found = units("Le chef du groupe Wagner, Evgueni Prigojine, a affirmé que ses combattants contrôlaient désormais "
                  "toute la partie est de Bakhmout.")
    assert found == {("territorial_control", "RU", "asserts", "RU", ("Bakhmut",))}
    found = units("L'armée russe contrôle la quasi-totalité de la ville de Sievierodonetsk, a reconnu le gouverneur "
                  "Serguiï Gaïdaï.")
    assert {(t, side, stance, actor) for t, side, stance, actor, _p in found} == {
        ("territorial_control", "UA", "acknowledges", "RU")}


def test_a_belligerents_own_news_agency_speaks_for_its_side():
    claims = claims_of("Selon l'agence TASS, les forces russes ont pris le contrôle du village de Jelanne.")
    assert {(c.claimant.name, c.claimant.side) for c in claims} == {("TASS", "RU")}
    claims = claims_of("Selon l'AFP, les forces russes ont pris le contrôle du village de Jelanne.")
    assert {c.claimant.side for c in claims} == {"media"}


def test_calling_the_other_sides_figures_propaganda_denies_them():
    found = units("Moscou a affirmé que plus de 1 500 soldats ukrainiens avaient été tués à Avdiïvka.\n\nKiev a "
                  "qualifié ces chiffres de « propagande ».")
    assert ("casualties", "UA", "denies", "RU", ("Avdiivka",)) in found


def test_an_apposition_giving_the_other_sides_denial_is_its_claim():
    found = units("Les troupes russes ont encerclé plusieurs unités ukrainiennes près de Pokrovsk, selon des blogueurs "
                  "militaires russes, une information démentie par l'armée ukrainienne.")
    assert {(t, side, stance) for t, side, stance, _a, _p in found} == {("encirclement", "RU", "asserts"),
                                                                        ("encirclement", "UA", "denies")}


def test_a_brigade_named_bare_is_the_army_of_the_side_last_named():
    found = units("Les forces ukrainiennes ont fait prisonniers une trentaine de soldats russes près de Robotyne, a "
                  "indiqué la brigade concernée.")
    assert {(t, side) for t, side, *_ in found} == {("prisoners", "UA")}


def test_one_aircraft_shot_down():
    claims = claims_of("Le ministère russe de la Défense a affirmé avoir abattu un avion de combat ukrainien Su-27 "
                       "dans la région de Donetsk.")
    assert [(c.event_type, c.actor_side, c.quantities) for c in claims] == [("interception", "RU", {"aircraft": 1})]


def test_a_liberation_in_quotation_marks_is_still_a_capture():
    found = units("Le ministère russe de la Défense a fait état de la « libération » de Novohrodivka.")
    assert found == {("capture", "RU", "asserts", "RU", ("Novohrodivka",))}


def test_a_bare_air_force_is_the_one_of_the_forces_just_named_not_of_the_side_that_fired():
    claims = claims_of("La défense antiaérienne ukrainienne a neutralisé 45 des 60 drones Shahed lancés par la Russie "
                       "dans la nuit, selon l'armée de l'air.")
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in claims} == {("interception", "UA", "UA"),
                                                                               ("strike", "UA", "RU")}


def test_a_town_held_whose_capture_the_other_side_claimed_in_a_relative_clause():
    found = units("Le groupement de forces Khortytsia a publié un communiqué. Les militaires ukrainiens « continuent "
                  "de contrôler le village de Zaporizké » dont la prise a été revendiquée lundi par la Russie, a assuré "
                  "le groupement.")
    assert found == {("territorial_control", "UA", "asserts", "UA", ("Zaporizke",)),
                     ("capture", "RU", "asserts", "RU", ("Zaporizke",)),
                     ("capture", "UA", "denies", "RU", ("Zaporizke",))}


def test_weapons_used_to_strike_a_place_report_the_strike_by_whoever_used_them():
    found = units("La Russie a déclaré que l'armée ukrainienne avait utilisé des lance-roquettes fournis par les "
                  "États-Unis pour frapper la prison d'Olenivka.")
    assert found == {("strike", "RU", "asserts", "UA", ("Olenivka",))}


def test_prisoners_killed_are_a_toll_of_the_attack_just_told():
    found = units("La Russie a déclaré que l'armée ukrainienne avait utilisé des lance-roquettes pour frapper la "
                  "prison d'Olenivka. Les responsables russes ont indiqué que l'attaque avait tué 53 prisonniers de "
                  "guerre ukrainiens.")
    assert ("casualties", "RU", "asserts", "UA", ("Olenivka",)) in found
    assert "prisoners" not in {t for t, *_ in found}


def test_a_relative_clause_with_its_own_reporting_verb_keeps_its_antecedent_as_speaker():
    found = units("L'armée ukrainienne a annoncé s'être retirée de Siversk face aux assauts des troupes russes, qui "
                  "avaient revendiqué la capture de cette localité le 11 décembre.")
    assert found == {("withdrawal", "UA", "acknowledges", "UA", ("Siversk",)),
                     ("capture", "RU", "asserts", "RU", ("Siversk",))}


def test_broken_windows_are_no_repelled_attack_and_a_future_goal_is_no_event():
    assert units("Selon Moscou, l'onde de choc a brisé les vitres de dix immeubles de Sébastopol.") == set()
    assert units("« Cette tête de pont va nous permettre de mener des offensives », a déclaré le général ukrainien "
                 "Oleksandr Tarnavsky.") == set()


def test_the_fleet_headquarters_stands_for_sevastopol_when_the_article_names_it():
    found = units("Kiev a indiqué avoir mené une frappe sur le siège de la flotte russe de la mer Noire, à Sébastopol. "
                  "Kiev a revendiqué une nouvelle frappe sur le quartier général de la flotte de la mer Noire.")
    assert {places for t, _s, _st, _a, places in found if t == "strike"} == {("Sevastopol",)}


def test_the_sides_as_peoples_and_the_separatists_speak():
    found = units("Les Russes affirment avoir repoussé une offensive ukrainienne près de Robotyne et détruit huit "
                  "chars Leopard.")
    assert {(t, side, actor) for t, side, _st, actor, _p in found} == {("attack_repelled", "RU", "RU"),
                                                                       ("strike", "RU", "RU")}
    found = units("Les séparatistes prorusses ont affirmé que les forces ukrainiennes étaient encerclées à Lyman.")
    assert {(t, side) for t, side, *_ in found} == {("encirclement", "RU")}


def test_tolls_said_in_other_words():
    def tally(text):
        return [c.quantities for c in claims_of(text) if c.event_type == "casualties"]
    assert tally("Deux personnes ont péri à Odessa, a indiqué le gouverneur Oleg Kiper.") == [{"killed": 2}]
    assert tally("Trois civils ont perdu la vie dans des bombardements ukrainiens sur Belgorod, selon le gouverneur "
                 "Viatcheslav Gladkov.") == [{"killed": 3, "civilians": 3}]  # the dead are civilians
    assert tally("Une attaque de drones a tué un homme dans la région de Soumy, selon l'administration "
                 "régionale.") == [{"killed": 1}]
    assert tally("Selon un bilan provisoire des secours, la frappe a fait 12 victimes à Soumy.") == [{"killed_or_wounded": 12}]
    assert {c.claimant.side for c in claims_of("Selon un bilan provisoire des secours, la frappe a fait 12 victimes à "
                                               "Soumy.")} == {"UA"}


def test_il_sagit_des_villages_names_the_places_of_a_count():
    claims = claims_of("Le ministère russe de la Défense a revendiqué la prise de deux villages dans la région de "
                       "Donetsk. Il s'agit des villages de Novopil et Zeleny Kout.")
    assert [(c.event_type, [p.name for p in c.localities]) for c in claims] == [("capture", ["Novopil", "Zelenyi Kut"])]


def test_troops_that_attacked_the_other_sides_positions_so_many_times_are_an_offensive():
    claims = claims_of("Selon Kiev, les troupes russes ont attaqué à 30 reprises les positions ukrainiennes près de "
                       "Tchassiv Iar.")
    assert [(c.event_type, c.claimant.side, c.actor_side, c.quantities) for c in claims] == [
        ("offensive", "UA", "RU", {"attacks": 30})]


def test_a_village_no_gazetteer_knows_is_still_the_place_taken():
    claims = claims_of("L'ISW estime que les forces russes ont probablement pris le contrôle de Kolisnykivka.")
    assert [(c.event_type, c.claimant.side, c.actor_side, [p.name for p in c.localities]) for c in claims] == [
        ("capture", "INT", "RU", ["Kolisnykivka"])]
    assert claims[0].localities[0].geo_precision != "exact"  # placed at its region or country, never invented


def test_denying_an_own_strike_on_a_building_of_a_capital():
    found = units("Moscou a démenti avoir frappé l'hôpital pour enfants de Kiev.")
    assert found == {("strike", "RU", "denies", "RU", ("Kyiv",))}


def test_avant_dassurer_keeps_the_speaker_going():
    found = units("Le gouverneur installé par Moscou, Vladimir Saldo, a admis la perte du village de Doudtchany, avant "
                  "d'assurer que l'aviation russe avait stoppé l'avancée ukrainienne.")
    assert ("attack_repelled", "RU", "asserts", "RU", ()) in found
    assert ("capture", "RU", "acknowledges", "UA", ("Dudchany",)) in found


def test_a_river_bank_is_no_town_and_a_second_que_is_a_second_report():
    found = units("Dans son communiqué, Vladimir Saldo affirme que des renforts russes ont été déployés sur la rive est "
                  "du Dniepr, que l'ennemi est pris au piège dans le village de Krynky.")
    assert ("encirclement", "RU", "asserts", "RU", ("Krynky",)) in found
    assert "Dnipro" not in {p for *_, places in found for p in places}


def test_a_spokesman_reacting_to_a_claimed_fall_denies_it_and_holds_part_of_the_town():
    claims = claims_of("La Russie a affirmé lundi avoir pris le contrôle total de Toretsk. « Toretsk n'est pas tombée. "
                       "Les combats se poursuivent dans la ville, nos unités tiennent la partie nord-ouest », a réagi "
                       "sur la télévision nationale Viktor Tregoubov, porte-parole du groupement de forces Khortytsia.")
    found = {(c.claimant.side, c.stance, c.event_type, c.actor_side) for c in claims}
    assert ("UA", "denies", "capture", "RU") in found
    assert ("UA", "asserts", "territorial_control", "UA") in found


def test_what_a_capture_would_open_is_a_hypothesis_not_an_event():
    assert not claims_of("La prise de Toretsk ouvrirait à Moscou la route de Kostiantynivka, puis des grandes villes de "
                         "Kramatorsk et Sloviansk.")


def test_there_is_no_encirclement_is_a_denial_and_a_matter_of_days_is_no_event():
    claims = claims_of("« Il n'y a pas d'encerclement de Pokrovsk ni de Myrnohrad. La logistique est compliquée, mais "
                       "elle fonctionne », a martelé Viktor Trehoubov, porte-parole du groupement de forces Dnipro.")
    assert {(c.claimant.side, c.stance, c.event_type) for c in claims} == {("UA", "denies", "encirclement")}
    assert not claims_of("Selon lui, « l'encerclement de l'agglomération de Pokrovsk est une question de jours ».")


def test_assault_groups_reaching_a_station_is_ground_taken_and_fire_control_is_no_control():
    claims = claims_of("D'après la chaîne Telegram Rybar, des groupes d'assaut russes auraient atteint la gare de "
                       "Pokrovsk et placé « sous contrôle de tir » la dernière route d'approvisionnement vers Myrnohrad.")
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in claims} == {("capture", "RU", "RU")}


def test_an_analyst_judging_speaks_for_the_analysts():
    claims = claims_of("L'Institut pour l'étude de la guerre (ISW) juge que les forces russes ont « probablement "
                       "progressé » dans le centre de Pokrovsk.")
    assert {c.claimant.side for c in claims} == {"INT"}


def test_a_town_not_under_the_occupiers_control_denies_the_capture_claimed_before_and_a_road_locates_nothing():
    claims = claims_of("Le ministère russe de la Défense a revendiqué jeudi la « libération complète » de Tchassiv Iar, "
                       "verrou stratégique sur la route de Kramatorsk. Le chef d'état-major russe a assuré que sa prise "
                       "ouvrait la voie vers Kostiantynivka. Kiev a aussitôt démenti. « Il s'agit d'une nouvelle "
                       "opération de propagande de l'ennemi, la ville n'est pas sous le contrôle des occupants », a "
                       "réagi le groupement de forces Khortytsia.")
    found = {(c.claimant.side, c.stance, c.event_type, tuple(p.name for p in c.localities)) for c in claims}
    assert ("RU", "asserts", "capture", ("Chasiv Yar",)) in found
    assert ("UA", "denies", "capture", ("Chasiv Yar",)) in found
    assert not [c for c in claims if c.event_type == "territorial_control"]
