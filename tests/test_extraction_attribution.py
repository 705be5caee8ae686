"""Who claims it: speakers known by role and allegiance only, adverbials inside the reporting verb, inverted speakers.

Sentences written for these tests; the rules are about how French war reporting attributes, not about any article.
"""

from __future__ import annotations

from events.extraction.pipeline import extract_article


def claims_of(text: str):
    return extract_article(text).claims


def one(text: str, **expected):
    found = [c for c in claims_of(text)
             if all((c.claimant.side if k == "side" else getattr(c, k)) == v for k, v in expected.items())]
    assert len(found) == 1, [(c.claimant.name, c.claimant.side, c.event_type, c.actor_side) for c in claims_of(text)]
    return found[0]


def test_an_unnamed_official_speaks_for_the_side_of_his_nationality():
    c = one(" date 2024-03 Un haut responsable ukrainien a déclaré mardi que les troupes russes avaient pris le contrôle "
            "de la ville de Bakhmout.\n", event_type="capture")
    assert (c.claimant.side, c.claimant.name, c.actor_side, c.stance) == ("UA", "Ukrainian official", "RU",
                                                                        "acknowledges")


def test_a_russian_newspaper_or_telegram_channel_is_a_russian_claimant():
    c = one(" date 2024-03 La chaîne Telegram russe Voenkor a rapporté la prise du village de Robotyne par l'armée "
            "russe.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("RU", "RU")


def test_an_allegiance_word_after_a_preposition_does_not_make_a_speaker():
    # "en direction des localités ukrainiennes" is where the attack went, not who speaks.
    text = (" date 2024-03 L'armée russe a affirmé avoir repoussé une attaque des forces armées ukrainiennes en "
            "direction du village de Pischane.\n")
    c = one(text, event_type="attack_repelled")
    assert c.claimant.side == "RU"


def test_an_adverbial_between_auxiliary_and_participle_keeps_the_speaker():
    c = one(" date 2024-03 L'état-major de l'armée ukrainienne a quant à lui écrit que ses forces avaient repoussé "
            "18 attaques près de Tchassiv Iar.\n", event_type="attack_repelled")
    assert (c.claimant.side, c.actor_side) == ("UA", "UA")


def test_south_korean_intelligence_is_an_international_observer():
    c = one(" date 2024-11 Le renseignement sud-coréen a affirmé que 10.000 soldats nord-coréens avaient été "
            "déployés en Russie.\n", event_type="deployment")
    assert (c.claimant.side, c.actor_side) == ("INT", "KP")


def test_an_and_clause_without_a_speaker_keeps_the_speaker_of_the_sentence():
    claims = claims_of(" date 2024-03 L'état-major ukrainien a fait état de combats près de Kourakhove, et les forces "
                       "de Kiev ont repoussé 12 assauts dans les zones de Toretsk et de Pokrovsk.\n")
    repelled = [c for c in claims if c.event_type == "attack_repelled"]
    assert repelled and all(c.claimant.side == "UA" for c in repelled)


def test_ce_dernier_names_the_person_just_mentioned():
    c = one(" date 2024-03 Le chef de l'armée ukrainienne Oleksandr Syrsky s'est rendu sur le front. Ce dernier a "
            "annoncé que ses troupes avaient repris le village de Robotyne.\n", event_type="capture")
    assert (c.claimant.name, c.claimant.side) == ("Oleksandr Syrskyi", "UA")


def test_a_bare_role_noun_names_the_person_last_mentioned():
    c = one(" date 2025-11 Le général Valery Gerasimov s'est adressé aux troupes. L'officier a également affirmé que "
            "les forces russes contrôlaient 60% de la ville de Pokrovsk.\n", event_type="territorial_control")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("RU", "RU", {"share_pct": 60})


def test_a_speaker_named_after_a_prepositional_phrase_is_still_the_speaker():
    c = one(" date 2022-10 Les troupes ukrainiennes entrent dans Lyman, a indiqué sur Twitter le ministère ukrainien "
            "de la Défense.\n", event_type="capture")
    assert (c.claimant.name, c.actor_side) == ("Ukrainian Ministry of Defence", "UA")


def test_claiming_credit_makes_the_speaker_the_one_who_acted():
    c = one(" date 2025-11 La Russie a revendiqué jeudi la prise de la ville ukrainienne de Koupiansk.\n",
            event_type="capture")
    assert (c.claimant.side, c.actor_side, c.stance) == ("RU", "RU", "asserts")


def test_a_person_named_before_his_title_and_then_as_monsieur_is_one_speaker():
    claims = claims_of(" date 2022-06 Serguiï Gaïdaï, gouverneur ukrainien de la région de Louhansk, s'est exprimé "
                       "vendredi. La ville de Mykolaïvka est aux mains de l'armée russe, a indiqué M. Gaïdaï.\n")
    c = next(c for c in claims if c.event_type == "capture")
    assert (c.claimant.name, c.claimant.side, c.actor_side, c.stance) == ("Sergiy Gaiday", "UA", "RU", "acknowledges")


def test_rescue_services_speak_for_the_country_of_the_place():
    c = one(" date 2024-03 Au moins 14 personnes ont été tuées à Kramatorsk, selon les secours.\n",
            event_type="casualties")
    assert (c.claimant.side, c.quantities) == ("UA", {"killed": 14})


def test_a_title_s_allegiance_is_read_across_the_whole_title():
    c = one(" date 2025-05 Le secrétaire américain au Trésor Scott Bessent a annoncé que les États-Unis et l'Ukraine "
            "ont signé un accord sur les minerais.\n", event_type="agreement")
    assert c.claimant.side == "US" and "Scott" in c.claimant.name


def test_the_speaker_opens_the_apposition_not_the_person_named_inside_it():
    c = one(" date 2023-01 Evgueni Prigojine, chef de Wagner et proche allié du président russe Vladimir Poutine, a "
            "déclaré que ses forces avaient capturé la totalité de Soledar.\n", event_type="capture")
    assert (c.claimant.name, c.actor_side) == ("Yevgeny Prigozhin", "RU")


def test_a_while_clause_inside_reported_speech_keeps_the_speaker():
    c = one(" date 2023-01 L'état-major ukrainien a déclaré que les forces russes subissaient de lourdes pertes alors "
            "qu'elles tentaient de prendre Soledar.\n", event_type="offensive")
    assert (c.claimant.side, c.actor_side) == ("UA", "RU")


def test_a_person_introduced_with_a_title_is_the_same_speaker_when_named_again():
    claims = claims_of(" date 2023-11 Vladimir Saldo, le gouverneur nommé par Moscou dans la région de Kherson, s'est "
                       "exprimé mercredi. Dans son communiqué, Vladimir Saldo affirme que l'ennemi est pris au piège "
                       "dans le village de Krynky.\n")
    c = next(c for c in claims if c.event_type == "encirclement")
    assert (c.claimant.name, c.claimant.side) == ("Vladimir Saldo", "RU")


def test_a_channel_close_to_an_army_speaks_for_that_side():
    c = one(" date 2025-01 La chaîne Telegram Rybar, proche de l'armée russe, affirme que Kourakhové est complètement "
            "libérée.\n", event_type="capture")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Rybar", "RU", "RU")


def test_a_bare_army_is_the_army_of_the_side_last_named_and_its_own_encirclement_is_its_act():
    text = (" date 2022-10 Le ministère ukrainien de la Défense a annoncé que ses soldats entraient dans Lyman.\n\n"
            "L'armée avait plus tôt affirmé avoir encerclé des milliers de soldats russes dans cette ville.\n")
    c = one(text, event_type="encirclement")
    assert (c.claimant.side, c.actor_side) == ("UA", "UA")


def test_an_aside_between_dashes_does_not_cut_the_reported_clause_from_its_speaker():
    text = (" date 2022-10 La Russie a annoncé samedi que ses troupes – qu'elle qualifie d'alliées – avaient été "
            "retirées de Lyman.\n")
    c = one(text, event_type="withdrawal")
    assert (c.claimant.side, c.actor_side, c.stance) == ("RU", "RU", "acknowledges")


def test_an_official_of_annexed_crimea_speaks_for_russia_and_his_enemy_is_ukraine():
    text = (" date 2023-09 « L'ennemi a mené une attaque de missiles contre le port », a écrit le gouverneur de "
            "Sébastopol, Mikhaïl Razvojaïev.\n")
    c = one(text, event_type="strike")
    assert (c.claimant.side, c.actor_side) == ("RU", "UA")


def test_the_enemy_in_a_ukrainian_command_statement_is_russia():
    c = one(" date 2024-03 Le commandement ukrainien a affirmé que l'ennemi avait tenté de prendre le village de "
            "Robotyne.\n", event_type="offensive")
    assert (c.claimant.side, c.actor_side) == ("UA", "RU")


def test_rescuers_cited_after_a_strike_speak_for_the_struck_country_and_the_toll_is_that_strikes():
    text = (" date 2022-04 Un missile a touché la gare de Kramatorsk vendredi. Le bilan est lourd, avec au moins 39 "
            "morts selon les secours sur place. L'armée russe dément que le tir vienne de ses forces.\n")
    found = {(c.event_type, c.claimant.side, c.stance, tuple(p.name for p in c.localities))
             for c in claims_of(text)}
    assert ("casualties", "UA", "asserts", ("Kramatorsk",)) in found
    assert ("strike", "RU", "denies", ("Kramatorsk",)) in found


def test_an_army_that_says_a_claimed_town_stays_under_its_control_denies_the_capture():
    text = (" date 2024-02 Le ministère russe de la Défense a affirmé que ses troupes avaient pris le contrôle de "
            "Koupiansk.\n\nUn porte-parole ukrainien a assuré que les soldats ukrainiens continuent de se battre dans "
            "la ville.\n")
    c = one(text, event_type="capture", side="UA")
    assert (c.stance, tuple(p.name for p in c.localities)) == ("denies", ("Kupiansk",))


def test_holding_without_an_earlier_capture_by_the_other_side_denies_nothing():
    text = " date 2024-02 Un porte-parole ukrainien a assuré que les soldats ukrainiens continuent de se battre.\n"
    assert [c for c in claims_of(text) if c.stance == "denies"] == []


def test_a_regional_official_known_by_name_speaks_for_his_side_and_his_title_is_part_of_his_mention():
    text = (" date 2024-05 « Les frappes ennemies ont touché Vovtchansk », a déclaré le gouverneur de la région de "
            "Kharkiv déployé sur place, Oleg Synegoubov.\n")
    c = one(text, event_type="strike")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Oleh Syniehubov", "UA", "RU")


def test_an_opening_selon_governs_the_relative_clause_of_its_sentence():
    text = (" date 2024-11 Selon DeepState, de violents combats ont lieu pour Toretsk, où des soldats russes ont "
            "pénétré dans les faubourgs.\n")
    c = one(text, event_type="capture")
    assert (c.claimant.name, c.claimant.side, c.stance) == ("DeepState", "UA", "acknowledges")


def test_the_agent_of_a_passive_confirmation_is_the_claimant():
    c = one(" date 2025-04 La signature de l'accord a été confirmée par la ministre ukrainienne de l'Économie "
            "Ioulia Svyrydenko.\n", event_type="agreement")
    assert (c.claimant.side, c.claimant.name) == ("UA", "Yulia Svyrydenko")
    c = one(" date 2023-05 La prise de Bakhmout a été revendiquée samedi par le ministère russe de la Défense.\n",
            event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("RU", "RU")


def test_a_command_ordering_its_troops_out_of_a_town_acknowledges_the_withdrawal():
    c = one(" date 2024-10 Le commandement militaire ukrainien a ordonné mercredi à ses soldats de se retirer de la "
            "ville de Vouhledar.\n", event_type="withdrawal")
    assert (c.claimant.side, c.stance) == ("UA", "acknowledges")


def test_a_speaker_named_without_a_determiner_after_the_verb_is_inverted():
    c = one(" date 2024-05 Les forces russes ont avancé vendredi près de Vovtchansk, a reconnu Kiev.\n",
            event_type="offensive")
    assert (c.claimant.side, c.actor_side) == ("UA", "RU")


def test_a_relative_clause_inside_the_subject_does_not_cut_it_from_its_verb():
    text = (" date 2023-07 Le pont de Crimée, qui relie la péninsule annexée à la Russie, a été frappé lundi par une "
            "attaque qui a fait deux morts, a annoncé le Comité national antiterroriste russe.\n")
    found = {(c.event_type, c.claimant.side) for c in claims_of(text)}
    assert found == {("strike", "RU"), ("casualties", "RU")}


def test_the_subject_before_a_relative_clause_speaks_not_the_forces_named_inside_it():
    text = (" date 2022-10 La chaîne Telegram russe Rybar, qui suit les mouvements des forces russes a, elle, relevé que "
            "les Ukrainiens progressaient près de Doudtchany.\n")
    c = one(text, event_type="offensive")
    assert (c.claimant.name, c.actor_side) == ("Rybar", "UA")


def test_a_denial_explained_by_holding_positions_denies_the_capture_not_the_last_event():
    text = (" date 2024-06 L'armée russe a revendiqué dimanche la prise du village de Novopokrovské.\n\n"
            "Le renseignement militaire ukrainien a revendiqué une attaque de drones contre une raffinerie dans la "
            "région de Riazan.\n\nKiev a démenti, assurant que ses troupes tenaient toujours leurs positions autour "
            "de Novopokrovské.\n")
    denials = [(c.event_type, c.claimant.side, tuple(p.name for p in c.localities))
               for c in claims_of(text) if c.stance == "denies"]
    assert denials == [("capture", "UA", ("Novopokrovske",))]


def test_that_was_not_the_case_denies_the_other_sides_claim_just_reported():
    text = (" date 2023-09 L'armée ukrainienne a annoncé vendredi avoir repris une autre localité, Andriïvka, au sud de "
            "Bakhmout. L'armée russe a affirmé dimanche que ce n'était pas le cas.\n")
    found = {(c.event_type, c.claimant.side, c.stance, tuple(p.name for p in c.localities)) for c in claims_of(text)}
    assert found == {("capture", "UA", "asserts", ("Andriivka",)), ("capture", "RU", "denies", ("Andriivka",))}


def test_the_ministry_named_again_without_its_country_speaks_after_its_verb_too():
    text = (" date 2024-05 Le ministère russe de la Défense a affirmé lundi avoir pris le contrôle de Kyslivka.\n\n"
            "« Nos unités ont libéré la localité de Synkivka », a ajouté le ministère dans un communiqué.\n")
    c = one(text, event_type="capture", stance="asserts", actor_side="RU",
            quote="« Nos unités ont libéré la localité de Synkivka », a ajouté le ministère dans un communiqué")
    assert (c.claimant.name, [p.name for p in c.localities]) == ("Russian Ministry of Defence", ["Synkivka"])


def test_a_ministry_of_another_field_is_not_the_defence_ministry_named_before():
    text = (" date 2024-05 Le ministère russe de la Défense a affirmé lundi avoir pris le contrôle de Kyslivka.\n\n"
            "Trois civils ont été tués à Kharkiv, a indiqué le ministère de l'Intérieur ukrainien.\n")
    assert all(c.claimant.name != "Russian Ministry of Defence" for c in claims_of(text) if c.event_type == "casualties")


def test_the_same_source_is_the_speaker_last_quoted():
    text = (" date 2025-06 « Le nombre de morts est passé à 17 à Dnipro », a indiqué le gouverneur Serguiï Lyssak.\n\n"
            "Dans la ville voisine de Pidhorodne, deux personnes ont été tuées, selon la même source.\n")
    c = one(text, event_type="casualties", quote="Dans la ville voisine de Pidhorodne, deux personnes ont été tuées, "
                                                 "selon la même source")
    assert (c.claimant.name, c.quantities) == ("Serhiy Lysak", {"killed": 2})


def test_a_speaker_who_recalls_a_fact_claims_it():
    c = one(" date 2025-06 Deux immeubles ont été touchés par une frappe à Kharkiv, a rappelé le gouverneur Oleg "
            "Synegoubov.\n", event_type="strike")
    assert (c.claimant.side, c.actor_side) == ("UA", "RU")


def test_an_analyst_speaks_for_no_belligerent_and_keeps_his_name_as_written():
    c = one(" date 2024-05 « Les Russes ont progressé de plusieurs kilomètres près de Vovtchansk », a expliqué "
            "Michael Watson, chercheur à l'Institut royal des services unis (RUSI).\n", event_type="offensive")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Michael Watson", "INT", "RU")
    assert [p.name for p in c.localities] == ["Vovchansk"]  # the institute's initials are no Romanian town


def test_an_analyst_with_a_belligerent_nationality_speaks_for_it():
    c = one(" date 2024-05 Selon l'analyste militaire ukrainien Oleksandr Kovalenko, les troupes russes ont pris le "
            "village de Robotyne.\n", event_type="capture")
    assert c.claimant.side == "UA"


def test_an_intelligence_service_of_a_third_country_speaks_for_no_belligerent():
    c = one(" date 2025-02 D'après le Service national du renseignement sud-coréen (NIS), le nombre de tués est estimé "
            "à environ 300.\n", event_type="casualties")
    assert (c.claimant.side, c.quantities) == ("INT", {"killed": 300})


def test_an_inverted_speaker_named_in_its_own_quote_is_not_the_object_of_the_event():
    c = one(" date 2024-10 « Les unités du groupement Khortytsia ont repoussé 12 attaques près de Pokrovsk », a indiqué "
            "le groupement Khortytsia.\n", event_type="attack_repelled")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("UA", "UA", {"attacks": 12})


def test_a_third_country_speaks_for_no_belligerent_and_a_missile_that_fell_took_no_village():
    claims = claims_of(" date 2022-11 La Pologne a indiqué qu'un missile de fabrication russe était tombé sur son "
                       "territoire, dans le village de Przewodów.\n")
    assert not [c for c in claims if c.event_type == "capture"]


def test_a_participle_after_a_clause_that_reported_nothing_is_the_subjects_statement():
    c = one(" date 2024-09 Le gouverneur de la région de Donetsk, Vadym Filachkine, a appelé les habitants de Pokrovsk à "
            "évacuer, précisant que quelque 26 000 personnes s'y trouvaient encore.\n", event_type="displacement")
    assert (c.claimant.side, c.quantities, [p.name for p in c.localities]) == ("UA", {"civilians": 26000}, ["Pokrovsk"])


def test_a_denial_of_these_claims_targets_the_other_side_not_its_own():
    text = (" date 2024-09 « Les unités du groupement Centre ont libéré la localité de Mykhaïlivka », a indiqué le "
            "ministère russe de la Défense.\n\nL'état-major ukrainien a assuré que ses forces continuaient de repousser les "
            "assauts russes dans ce secteur.\n\nUn porte-parole militaire ukrainien, Nazar Volochyn, a qualifié ces "
            "affirmations de « mensonges ».\n")
    c = one(text, stance="denies")
    assert (c.claimant.side, c.event_type, c.actor_side, [p.name for p in c.localities]) == (
        "UA", "capture", "RU", ["Mykhailivka"])


def test_a_mutual_accusation_is_each_sides_claim_that_the_other_did_it():
    text = (" date 2022-07 La Russie et l'Ukraine se sont mutuellement accusées vendredi d'avoir bombardé une prison dans "
            "l'est de l'Ukraine, une attaque qui aurait tué des dizaines de prisonniers capturés en mai.\n\nLa Russie a "
            "déclaré que l'armée ukrainienne avait frappé la prison d'Olenivka.\n")
    mutual = [c for c in claims_of(text) if "mutuellement" in c.quote]
    assert sorted((c.claimant.side, c.event_type, c.actor_side, c.stance) for c in mutual) == [
        ("RU", "strike", "UA", "asserts"), ("UA", "strike", "RU", "asserts")]
    assert all([p.name for p in c.localities] == ["Olenivka"] and c.occurred.value.month == 7 for c in mutual)


def test_a_pronoun_after_a_quote_refers_to_a_speaker_before_it_not_to_the_quote_s_words():
    c = one(" date 2023-07 La vice-ministre ukrainienne de la Défense, Ganna Maliar, s'est exprimée lundi. "
            "« Le village de Staromaïorské a été libéré, nos défenseurs chassent les troupes russes », a-t-elle "
            "déclaré sur Telegram.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("UA", "UA")


def test_an_unnamed_pronoun_speaker_takes_the_side_whose_words_the_quote_uses():
    c = one(" date 2023-07 « Staromaïorské a été libérée. Nos défenseurs mènent des opérations de nettoyage » des "
            "troupes russes, a-t-elle déclaré sur Telegram.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("UA", "UA")
    c = one(" date 2023-07 « Le village de Krasnohorivka a été libéré des formations armées ukrainiennes », "
            "a-t-il déclaré.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("RU", "RU")


def test_a_ministry_of_defence_named_without_country_is_that_of_the_side_the_sentence_fronts():
    c = one(" date 2025-05 Côté russe, le ministère de la Défense a affirmé avoir intercepté 95 drones ukrainiens "
            "samedi au-dessus de la région de Moscou.\n", event_type="interception")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Russian Ministry of Defence", "RU", "RU")


def test_the_governor_of_the_region_is_of_the_region_last_named():
    c = one(" date 2024-08 Les forces ukrainiennes avancent dans la région russe de Koursk. Le gouverneur par intérim "
            "de la région, Alexeï Smirnov, a fait savoir que 121 000 civils avaient été évacués.\n",
            event_type="displacement")
    assert c.claimant.side == "RU"


def test_a_reporting_verb_in_the_imperfect_still_names_the_speaker():
    c = one(" date 2025-11 Dans le même communiqué, l'armée russe revendiquait la prise de Petropavlivka, dans la région "
            "de Kharkiv.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side, c.stance) == ("RU", "RU", "asserts")
    c = one(" date 2022-07 Quelques heures plus tard, l'état-major ukrainien confirmait la perte de la ville de "
            "Lyssytchansk.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side, c.stance) == ("UA", "RU", "acknowledges")
    c = one(" date 2024-05 Le ministère ukrainien de la Défense démentait toute percée russe près de Vovtchansk.\n",
            side="UA")
    assert c.stance == "denies"


def test_a_connective_between_auxiliary_and_participle_keeps_the_pronoun_s_speaker():
    c = one(" date 2023-08 Le ministère russe de la Défense n'a pas mentionné Ourojaïne dans son bulletin. Il a en "
            "revanche affirmé que ses troupes avaient repoussé quatre attaques près de Robotyne.\n",
            event_type="attack_repelled")
    assert (c.claimant.name, c.actor_side) == ("Russian Ministry of Defence", "RU")


def test_an_inverted_speaker_named_by_first_name_and_surname_with_a_title_after():
    c = one(" date 2024-03 Un drone a touché un immeuble de Kryvyï Rih, blessant deux personnes, a écrit Serhiï Lyssak, "
            "le gouverneur de la région de Dnipropetrovsk.\n", event_type="strike")
    assert (c.claimant.name, c.actor_side) == ("Serhiy Lysak", "RU")
    toll = one(" date 2024-03 Un drone a touché un immeuble de Kryvyï Rih, blessant deux personnes, a écrit Serhiï "
               "Lyssak, le gouverneur de la région de Dnipropetrovsk.\n", event_type="casualties")
    assert toll.quantities == {"wounded": 2}


def test_a_count_kept_by_an_authority_is_its_statement():
    found = [x for x in claims_of(" date 2024-03 Un drone a touché un immeuble dans la région de Dnipropetrovsk, "
                                  "selon le gouverneur. Dans celle de Zaporijjia, Ivan Fedorov a recensé 412 frappes "
                                  "russes contre onze localités en 24 heures, notamment Houliaïpole, Orikhiv et "
                                  "Stepnohirsk.\n") if x.claimant.name == "Ivan Fedorov"]
    # ("dans celle de Zaporijjia" after "la région de Dnipropetrovsk" is the region, not the city)
    assert [(x.event_type, x.actor_side, [p.name for p in x.localities]) for x in found] == [
        ("strike", "RU", ["Huliai-Pole", "Orikhiv", "Stepnohirsk"])]


def test_a_statement_in_the_present_with_an_adverb_inside_its_verb():
    c = one(" date 2023-03 Le gouverneur Pavlo Kyrylenko fait aussi état de frappes russes près de Bakhmout.\n",
            event_type="strike")
    assert c.claimant.side == "UA"


def test_a_daily_communique_is_its_body_s_statement_and_no_newspaper():
    claims = claims_of(" date 2025-07 Le ministère russe de la Défense a revendiqué lundi la prise de Datchné. « Les "
                       "unités du groupement Centre ont libéré la localité de Datchné », affirme le communiqué quotidien "
                       "de l'armée russe, qui ajoute que « les unités du groupement Est ont libéré la localité de "
                       "Voskressenka ».\n")
    assert {(c.claimant.side, c.claimant.name != "Russian newspaper", tuple(p.name for p in c.localities))
            for c in claims} >= {("RU", True, ("Dachne",)), ("RU", True, ("Voskresenka",))}
    c = one(" date 2025-07 Le ministère russe de la Défense a publié un bilan. Selon le communiqué quotidien du "
            "ministère, des unités du groupement Sud ont libéré les localités de Stoupotchky et de Predtetchyne.\n",
            event_type="capture")
    assert (c.claimant.name, [p.name for p in c.localities]) == ("Russian Ministry of Defence",
                                                                  ["Stupochky", "Predtechyne"])


def test_a_bare_staff_adds_what_it_says_after_the_quote():
    c = one(" date 2025-07 L'état-major ukrainien a publié son bulletin. Près de Tchassiv Iar, « l'ennemi a tenté à "
            "neuf reprises d'enfoncer nos lignes », ajoute l'état-major.\n", event_type="offensive")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("UA", "RU", {"attacks": 9})
    assert not [c for c in claims_of(" date 2025-07 L'état-major ukrainien a publié son bulletin. Près de Tchassiv "
                                     "Iar, « l'ennemi a tenté à neuf reprises d'enfoncer nos lignes », ajoute "
                                     "l'état-major.\n") if c.event_type == "capture"]


def test_the_agency_told_is_not_the_speaker_who_told_it():
    claims = claims_of(" date 2025-07 Le ministère russe a revendiqué lundi la prise de Datchné, un village de la "
                       "région de Dnipropetrovsk.\n\n« C'est faux. Datchné n'a pas été pris, des combats y ont lieu », a "
                       "déclaré à l'AFP Viktor Trehoubov, porte-parole du groupement de forces Khortytsia.\n")
    denial = [c for c in claims if c.stance == "denies"]
    assert [(c.claimant.side, c.event_type, [p.name for p in c.localities]) for c in denial] == [
        ("UA", "capture", ["Dachne"])]


def test_a_bare_denial_answers_the_claim_on_the_ground_not_the_tally_beside_it():
    claims = claims_of(" date 2025-07 Le ministère russe de la Défense a revendiqué lundi la prise de Datchné, dans la "
                       "région de Dnipropetrovsk. Selon Moscou, les pertes de l'ennemi se sont élevées à 480 militaires "
                       "en vingt-quatre heures. Des chiffres invérifiables. L'armée ukrainienne a aussitôt démenti.\n")
    denial = [c for c in claims if c.stance == "denies"]
    assert [(c.claimant.side, c.event_type) for c in denial] == [("UA", "capture")]


def test_a_think_tank_and_the_migration_agency_are_international_observers():
    c = one(" date 2025-03 Le think tank américain estime toutefois que Kiev ne tient plus qu'une bande d'environ "
            "110 km² dans la région de Koursk.\n", event_type="territorial_control")
    assert c.claimant.side == "INT"
    c = one(" date 2025-03 Selon l'OIM, 3,7 millions de personnes sont déplacées à l'intérieur de l'Ukraine.\n",
            event_type="displacement")
    assert c.claimant.side == "INT"


def test_drones_shot_down_told_after_the_air_force_s_count_are_its_count():
    claims = claims_of(" date 2025-07 Selon l'armée de l'air ukrainienne, la Russie a tiré 339 drones et 34 missiles "
                       "dans la nuit. Les défenses antiaériennes en ont abattu ou neutralisé 281 et 29, respectivement.\n")
    assert sorted((c.event_type, c.claimant.side, c.actor_side) for c in claims) == [
        ("interception", "UA", "UA"), ("strike", "UA", "RU")]


def test_a_speaker_after_ce_qu_or_comme_is_inverted():
    c = one(" date 2025-12 C'est du moins ce qu'affirme le commandant en chef des forces armées ukrainiennes, "
            "Oleksandr Syrsky, pour qui les unités russes restées dans la ville de Koupiansk sont « encerclées ».\n",
            event_type="encirclement")
    assert (c.claimant.side, c.actor_side) == ("UA", "UA")
    c = one(" date 2025-12 Les forces russes ont pris Siversk, comme l'a indiqué le ministère russe de la Défense.\n",
            event_type="capture")
    assert c.claimant.name == "Russian Ministry of Defence"


def test_the_outlet_citing_itself_is_the_article_and_relays_whom_it_quotes():
    claims = claims_of(" date 2025-02 Ukrinform\n\nComme l'a déjà rapporté Ukrinform, le 31 janvier, une frappe de "
                       "missile balistique contre le centre historique d'Odesa avait blessé sept personnes. Comme le "
                       "rapporte Ukrinform, selon Oleh Kiper, des entrepôts ont été endommagés dans le district "
                       "d'Izmaïl.\n")
    assert {(c.event_type, c.claimant.side) for c in claims} >= {("strike", "media"), ("casualties", "media"),
                                                                 ("strike", "UA")}


def test_the_same_bulletin_is_its_author_s():
    c = one(" date 2023-04 L'état-major des forces armées ukrainiennes a fait état, dans son rapport matinal, de 58 "
            "affrontements. Selon le même bulletin, la Russie aurait perdu 640 soldats en une journée.\n",
            event_type="casualties")
    assert (c.claimant.name, c.quantities) == ("Ukrainian General Staff", {"killed_or_wounded": 640})


def test_the_count_of_a_body_speaks_for_the_body_and_its_country():
    for source in ("le dernier décompte du Service d'État pour les situations d'urgence (DSNS), publié le soir",
                   "un bilan du ministère de la Santé", "le parquet régional"):
        claims = claims_of(f"Neuf personnes ont été tuées à Dnipro, selon {source}.")
        toll = next(c for c in claims if c.event_type == "casualties")
        assert (toll.claimant.side, toll.actor_side) == ("UA", "RU"), source


def test_a_body_named_bare_speaks_for_the_country_of_the_last_place_named():
    claims = claims_of("La Crimée a été visée dans la nuit. A Kiev, plusieurs missiles ont frappé le quartier central, "
                       "a indiqué le maire. La police nationale a recensé au moins 11 morts.")
    toll = next(c for c in claims if c.event_type == "casualties")
    assert toll.claimant.side == "UA"


def test_an_imperfect_report_with_an_adverb_inside_still_names_its_speaker():
    toll = next(c for c in claims_of("Au petit matin, le gouverneur de la région, Serhiï Lyssak, faisait encore état "
                                     "de « trois morts » à Dnipro.") if c.event_type == "casualties")
    assert toll.claimant.name == "Serhiy Lysak"


def test_where_missiles_were_fired_from_is_not_where_they_struck():
    claims = claims_of("Deux missiles ont frappé Dnipro, tirés selon les enquêteurs depuis la région russe de Rostov.")
    assert all("Rostov Oblast" not in [p.name for p in c.localities] for c in claims)


def test_a_sentence_that_only_tells_the_denial_denies_the_claims_of_the_sentence_before():
    claims = claims_of(" date 2024-08 Front\n\nLe ministère russe de la Défense a affirmé avoir pris les villages de "
                       "Mala Tokmatchka et de Novoandriïvka, dans la région de Zaporijjia. Une revendication aussitôt "
                       "contestée par Kiev.\n")
    denial = one(" date 2024-08 Front\n\nLe ministère russe de la Défense a affirmé avoir pris les villages de Mala "
                 "Tokmatchka et de Novoandriïvka, dans la région de Zaporijjia. Une revendication aussitôt contestée "
                 "par Kiev.\n", stance="denies")
    assert (denial.claimant.side, denial.event_type, denial.quote) == ("UA", "capture",
                                                                       "Une revendication aussitôt contestée par Kiev")
    assert [p.name for p in denial.localities] == ["Mala Tokmachka", "Novoandriivka"] and len(claims) == 2


def test_whom_a_speaker_accuses_is_not_the_speaker():
    claims = claims_of(" date 2023-11 Zaporijjia\n\nDans la partie occupée de la région, Evgueni Balitski, installé par "
                       "la Russie à la tête de l'administration d'occupation, a accusé l'armée ukrainienne d'avoir "
                       "bombardé dans la nuit Energodar, tuant deux civils.\n")
    strike = next(c for c in claims if c.event_type == "strike")
    assert (strike.claimant.side, strike.actor_side, [p.name for p in strike.localities]) == ("RU", "UA", ["Enerhodar"])


def test_a_speaker_named_again_by_a_bare_title_or_celui_ci_keeps_speaking():
    lead = ("Le porte-parole du groupement Est, Serhiï Tcherevaty, a démenti la prise de Bakhmout, dans la région de "
            "Donetsk. ")
    toll = one(f" date 2023-03 Bakhmout\n\n{lead}Le porte-parole a chiffré à 221 tués les pertes russes à Bakhmout.\n",
               event_type="casualties")
    assert toll.claimant.side == "UA"
    moved = one(" date 2024-08 Pokrovsk\n\nLe gouverneur de la région de Donetsk, Vadym Filachkine, a fait état de "
                "combats à Toretsk. Celui-ci a par ailleurs ordonné lundi l'évacuation obligatoire des familles avec "
                "enfants de Pokrovsk.\n", event_type="displacement")
    assert moved.claimant.name == "Vadym Filashkin"


def test_a_governor_named_with_a_possessive_after_the_verb_speaks():
    found = claims_of("Les drones russes ont frappé Nikopol, blessant deux personnes, a indiqué son gouverneur, "
                      "Serhiï Lyssak.")
    assert {(c.event_type, c.claimant.name, c.claimant.side) for c in found} == {
        ("strike", "Serhiy Lysak", "UA"), ("casualties", "Serhiy Lysak", "UA")}


def test_a_toll_revised_by_someone_is_that_person_s():
    c = one("Une attaque de drones a tué cinq personnes à Zaporijjia, selon un bilan revu à la hausse en fin de "
            "matinée par Ivan Fedorov.")
    assert (c.event_type, c.claimant.name, c.claimant.side, c.quantities) == (
        "casualties", "Ivan Fedorov", "UA", {"killed": 5})


def test_a_speaker_who_raises_the_toll_states_it():
    found = claims_of("Une frappe de missiles a tué deux personnes à Zaporijjia, a annoncé le gouverneur Ivan "
                      "Fedorov. Plus tard dans la soirée, il a porté le bilan à trois morts.")
    tolls = [(c.claimant.name, c.quantities.get("killed")) for c in found if c.event_type == "casualties"]
    assert tolls == [("Ivan Fedorov", 2), ("Ivan Fedorov", 3)]


def test_a_body_installed_by_moscow_speaks_for_russia():
    found = claims_of("Selon l'administration de la centrale installée par Moscou, un drone ukrainien a frappé le "
                      "réacteur numéro 6 à Enerhodar, blessant trois employés.")
    assert {(c.event_type, c.claimant.side) for c in found} >= {("casualties", "RU")}
    assert all(c.claimant.side == "RU" for c in found)


def test_an_inverted_speaker_after_de_son_cote_or_a_bare_authority_after_the_verb():
    c = one("Des renforts ont été envoyés dans le secteur, a assuré de son côté le ministère ukrainien de la Défense.")
    assert (c.event_type, c.claimant.name, c.claimant.side) == ("deployment", "Ukrainian Ministry of Defence", "UA")
    toll = one("Au moins 21 personnes ont été tuées à Merefa, a annoncé le parquet régional.")
    assert (toll.event_type, toll.claimant.side) == ("casualties", "UA")
    left = one("Les unités ont quitté les localités de Rivnopillia et Iabloukové, a annoncé sur Telegram le "
               "commandement des Forces de défense du Sud.")
    assert (left.event_type, left.claimant.name, left.claimant.side) == ("withdrawal", "Southern Defence Forces", "UA")
