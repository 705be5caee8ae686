"""Claim reading on sentences written for these tests: the rules are about French war reporting, not the seeds."""

from __future__ import annotations

import pytest

from events.extraction.pipeline import extract_article


def claims_of(text: str):
    return extract_article(text).claims


def only(text: str, **expected):
    found = [c for c in claims_of(text) if all(_field(c, k) == v for k, v in expected.items())]
    assert len(found) == 1, [(c.claimant.name, c.event_type, c.actor_side, c.stance) for c in claims_of(text)]
    return found[0]


def _field(claim, key):
    if key == "side":
        return claim.claimant.side
    if key == "claimant":
        return claim.claimant.name
    return getattr(claim, key)


def names(claim) -> list[str]:
    return [p.name for p in claim.localities]


def test_the_speaker_before_the_verb_claims_a_capture_with_the_named_village():
    c = only(" date 2023-06 Le ministère ukrainien de la Défense a annoncé lundi que ses troupes avaient libéré le "
             "village de Neskoutchne, dans la région de Donetsk.\n", event_type="capture")
    assert (c.claimant.name, c.claimant.side, c.actor_side, c.stance) == ("Ukrainian Ministry of Defence", "UA", "UA",
                                                                        "asserts")
    assert names(c) == ["Neskuchne"] and c.region.name == "Donetsk Oblast"
    assert c.localities[0].geo_precision == "district"  # a registry village without a GeoNames point: raion centroid
    assert c.occurred.precision == "month"  # a weekday with only the header's month known stays a month


def test_the_speaker_after_the_verb_is_found_without_quotation_marks():
    c = only("Les forces russes ont pris le contrôle de la ville d'Avdiïvka, a annoncé samedi le ministère russe de la "
             "Défense, cité par l'agence Interfax.\n", event_type="capture")
    assert c.claimant.name == "Russian Ministry of Defence" and names(c) == ["Avdiivka"]
    assert c.localities[0].geo_precision == "exact" and c.country_code == "UA"


def test_a_quote_first_sentence_is_attributed_to_the_speaker_named_after_it():
    c = only("« Nos unités ont abattu 18 des 23 drones lancés par l'ennemi », a précisé l'armée de l'air ukrainienne "
             "sur Telegram.\n", event_type="interception")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("UA", "UA", {"drones": 18})
    assert c.quote.startswith("« Nos unités")


def test_a_person_named_by_role_after_the_verb_is_the_claimant_and_the_bomber_is_the_actor():
    c = only("Au moins 5 civils ont été tués et 17 blessés dans un bombardement russe sur Kherson, a indiqué le "
             "gouverneur régional Oleksandr Prokoudine.\n", event_type="casualties")
    assert c.claimant.kind == "person" and c.claimant.name.startswith("Oleksandr")
    assert c.claimant.side == "UA" and c.actor_side == "RU"
    assert c.quantities == {"killed": 5, "wounded": 17, "civilians": 5} and names(c) == ["Kherson"]  # the dead: civilians


def test_bare_authorities_speak_for_the_country_of_the_place():
    c = only("D'après les autorités locales, trois personnes ont été tuées dans une frappe de missile sur Kharkiv.\n",
             event_type="casualties")
    assert (c.claimant.name, c.actor_side, c.quantities) == ("Ukrainian authorities", "RU", {"killed": 3})


def test_an_own_withdrawal_is_acknowledged_and_la_ville_refers_to_the_town_just_named():
    text = ("Les forces russes ont pris le contrôle de la ville d'Avdiïvka, a annoncé le ministère russe de la Défense. "
            "L'armée ukrainienne avait annoncé plus tôt son retrait de la ville afin de préserver la vie de ses "
            "soldats.\n")
    c = only(text, event_type="withdrawal")
    assert (c.claimant.side, c.actor_side, c.stance) == ("UA", "UA", "acknowledges")
    assert names(c) == ["Avdiivka"]


def test_a_denial_of_encirclement_is_a_denial_by_the_side_said_to_be_encircled():
    c = only("Kiev dément catégoriquement que ses troupes soient encerclées près de Pokrovsk.\n",
             event_type="encirclement")
    assert (c.claimant.side, c.stance, c.actor_side) == ("UA", "denies", "RU")
    assert names(c) == ["Pokrovsk"] and c.region.name == "Donetsk Oblast"


def test_rejecting_these_allegations_denies_the_event_just_alleged_by_someone_else():
    text = ("Le président américain Joe Biden a affirmé que les troupes russes étaient encerclées près de Koupiansk. "
            "Le Kremlin a rejeté ces allégations.\n")
    claims = claims_of(text)
    encirclement = [c for c in claims if c.event_type == "encirclement"]
    assert {(c.claimant.side, c.stance) for c in encirclement} == {("US", "asserts"), ("RU", "denies")}
    assert len({c.event_ref for c in encirclement}) == 1


def test_two_claims_in_one_sentence_get_their_own_speakers_numbers_and_places():
    text = ("L'Ukraine a annoncé avoir abattu 42 drones russes, tandis que Moscou a affirmé avoir intercepté 17 "
            "missiles au-dessus des régions de Belgorod et de Briansk.\n")
    ua = only(text, side="UA", event_type="interception")
    ru = only(text, side="RU", event_type="interception")
    assert (ua.event_type, ua.actor_side, ua.quantities) == ("interception", "UA", {"drones": 42})
    assert (ru.event_type, ru.actor_side, ru.quantities) == ("interception", "RU", {"missiles": 17})
    assert names(ru) == ["Belgorod Oblast", "Bryansk Oblast"]


def test_the_subject_that_repels_an_attack_is_its_actor():
    c = only("Les forces ukrainiennes ont repoussé une attaque russe près de Koupiansk, selon l'armée ukrainienne.\n",
             event_type="attack_repelled")
    assert c.actor_side == "UA" and names(c) == ["Kupiansk"]


def test_a_governor_reports_casualties_caused_by_the_other_side():
    c = only("Le gouverneur de la région de Belgorod, Viatcheslav Gladkov, a fait état de 2 morts et 4 blessés après "
             "une attaque de drones ukrainiens.\n", event_type="casualties")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Vyacheslav Gladkov", "RU", "UA")
    assert c.quantities == {"killed": 2, "wounded": 4}


def test_prisoners_counted_by_the_speaker_with_number_words():
    c = only(" date 2024-10 L'état-major ukrainien a affirmé mercredi avoir fait prisonniers deux cents soldats russes "
             "dans la région de Koursk.\n", event_type="prisoners")
    assert (c.claimant.name, c.actor_side, c.quantities) == ("Ukrainian General Staff", "UA", {"prisoners": 200})


def test_an_absolute_date_in_the_clause_dates_the_event_to_the_day():
    c = only(" date 2024-03 La Russie a revendiqué la prise du village de Tonenke, dans la région de Donetsk, le 26 "
             "février.\n", event_type="capture")
    assert (str(c.occurred.value), c.occurred.precision) == ("2024-02-26", "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Les forces russes pourraient reprendre la ville de Koupiansk dans les prochains jours.",
        "L'Ukraine n'a pas confirmé la perte du village de Krynky.",
        "Le but était de capturer des soldats russes pour les échanger.",
        "Les combats se poursuivent dans la région de Donetsk.",
        "Cette offensive a surpris tout le monde.",
    ],
)
def test_hypotheses_negations_goals_and_vague_statements_make_no_claim(sentence):
    assert claims_of(sentence + "\n") == []


def test_an_english_story_is_read_by_the_english_reader():
    article = extract_article("Russian forces captured the village of Krynky, the defence ministry said on Sunday.\n")
    assert article.language == "en" and article.note == ""
    [claim] = article.claims
    assert (claim.claimant.name, claim.event_type, claim.actor_side) == ("Russian Ministry of Defence", "capture", "RU")
    assert names(claim) == ["Krynky"]


def test_a_story_in_neither_language_yields_no_claim_and_a_note():
    article = extract_article("Die russische Armee hat das Dorf eingenommen, sagte das Ministerium am Sonntag.\n")
    assert article.language != "fr" and article.claims == [] and "language" in article.note


def test_every_quote_is_the_exact_slice_of_the_text_with_typography_kept():
    text = ("Kiev a annoncé\u00a0avoir intercepté 30 drones lancés par la Russie ; l’armée russe a affirmé avoir repris "
            "le village d’Ivanivka, dans la région de Kharkiv.\n")
    article = extract_article(text)
    assert article.claims
    for c in article.claims:
        assert text[c.start : c.end] == c.quote


def test_villages_listed_after_the_count_are_the_places_and_the_speaker_is_the_actor():
    c = only(" date 2025-03 L'armée russe a revendiqué dimanche la prise de deux nouveaux villages dans l'est de "
             "l'Ukraine, Novopil et Tchervone.\n", event_type="capture")
    assert (c.actor_side, c.stance, c.quantities) == ("RU", "asserts", {"localities": 2})
    assert names(c) == ["Novopil", "Chervone"]


def test_a_participle_ending_in_re_is_not_mistaken_for_an_infinitive():
    c = only("« Les unités du groupement Centre ont libéré la localité de Mykolaïvka », a indiqué le ministère russe de "
             "la Défense.\n", event_type="capture")
    assert (c.claimant.name, c.actor_side, names(c)) == ("Russian Ministry of Defence", "RU", ["Mykolaivka"])


def test_a_barrage_and_the_share_shot_down_are_two_events_attributed_by_a_closing_selon():
    text = ("Dans la nuit, la Russie a lancé 112 drones et 7 missiles sur l'Ukraine, dont 84 ont été abattus, selon "
            "l'armée de l'air ukrainienne.\n")
    strike = only(text, event_type="strike")
    interception = only(text, event_type="interception")
    assert (strike.claimant.side, strike.actor_side, strike.quantities) == ("UA", "RU", {"drones": 112, "missiles": 7})
    assert (interception.actor_side, interception.quantities) == ("UA", {"drones": 84})


def test_a_count_with_an_aside_keeps_the_total_and_a_typo_resolves_to_the_city():
    c = only("Au moins 14 personnes, dont trois enfants, ont été tuées mardi dans une frappe russe sur la ville de Kryvy "
             "Rih, a annoncé le chef de l'administration militaire régionale, Serguiï Lyssak.\n", event_type="casualties")
    assert c.quantities == {"killed": 14, "children_killed": 3} and names(c) == ["Kryvyi Rih"]
    assert c.claimant.kind == "person" and c.claimant.side == "UA" and c.actor_side == "RU"


def test_a_tally_since_a_date_is_not_dated_by_it():
    c = only(" date 2025-03 Selon l'ONU, plus de 6 millions d'Ukrainiens ont fui le pays depuis le début de l'invasion "
             "russe en février 2022.\n", event_type="displacement")
    assert (c.claimant.side, c.quantities) == ("INT", {"civilians": 6_000_000})
    assert (str(c.occurred.value), c.occurred.precision) == ("2025-03-01", "month")


def test_a_single_region_outside_the_setting_is_the_place_of_the_event():
    c = only("Les combats font rage dans la région de Donetsk, selon l'armée ukrainienne.\n\nKiev a par ailleurs assuré "
             "avoir frappé une raffinerie dans la région russe de Riazan.\n", event_type="strike")
    assert (c.actor_side, names(c), c.country_code) == ("UA", ["Ryazan Oblast"], "RU")


def test_a_common_village_name_outside_the_setting_becomes_a_new_village_in_it():
    text = (" date 2024-05 L'armée russe a affirmé samedi avoir pris cinq villages dans la région de Kharkiv.\n\n"
            "Les troupes russes ont « libéré » les localités de Pyltchyne, Striletcha et Krasne, a indiqué le ministère "
            "russe de la Défense dans un communiqué.\n")
    c = only(text, claimant="Russian Ministry of Defence")
    krasne = next(p for p in c.localities if p.name == "Krasne")
    assert krasne.parent_key == "iso:UA-63" and krasne.geo_precision == "region"
    assert {p.name for p in c.localities} == {"Pylchyne", "Strilecha", "Krasne"}


def test_losses_name_the_losing_side_as_victim():
    c = only("Selon Kiev, les forces russes ont perdu 30 soldats et deux chars lors de ces assauts.\n",
             event_type="casualties")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("UA", "UA", {"killed_or_wounded": 30, "vehicles": 2})


def test_a_strike_that_killed_counts_the_dead_before_the_noun():
    c = only("Par ailleurs, une frappe de missile russe a tué deux personnes dans la ville de Kharkiv, selon le maire "
             "Igor Terekhov.\n", event_type="casualties")
    assert (c.claimant.name, c.actor_side, c.quantities, names(c)) == ("Ihor Terekhov", "RU", {"killed": 2}, ["Kharkiv"])


def test_a_drone_attack_on_a_refinery_reported_by_local_authorities():
    c = only("Une attaque de drones ukrainiens a provoqué un incendie dans une raffinerie de la région de Krasnodar, dans "
             "le sud de la Russie, selon les autorités locales.\n", event_type="strike")
    assert (c.claimant.name, c.actor_side, c.country_code) == ("Russian authorities", "UA", "RU")
    assert c.region.name == "Krasnodar Krai"


def test_troops_sent_abroad_are_a_deployment_with_a_count_and_no_invented_region():
    c = only(" date 2024-10 Quelque 3.000 soldats nord-coréens ont été envoyés en Russie, a affirmé mardi le "
             "renseignement sud-coréen.\n", event_type="deployment")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("INT", "KP", {"soldiers": 3000})
    assert (c.region, c.country_code) == (None, "RU")


def test_an_agreement_has_no_performing_side_and_crimea_is_a_region():
    text = ("La Russie et l'Ukraine ont signé vendredi à Istanbul un accord sur l'exportation de céréales.\n\n"
            "Le ministère russe de la Défense a assuré avoir abattu dans la nuit 36 drones ukrainiens au-dessus de la "
            "Crimée annexée.\n")
    assert only(text, event_type="agreement").actor_side is None
    assert names(only(text, event_type="interception")) == ["Crimea"]


def test_a_commander_named_after_his_army_is_the_claimant_and_que_clauses_stay_his():
    text = (" date 2024-02 Les forces ukrainiennes se sont retirées de la ville d'Avdiïvka, a annoncé samedi le nouveau "
            "commandant en chef de l'armée ukrainienne, Oleksandre Syrsky.\n\nLe ministre russe de la Défense, Sergueï "
            "Choïgou, a affirmé que les forces russes avaient « entièrement libéré » Avdiïvka, et que l'armée "
            "ukrainienne avait perdu plus de 1.500 hommes.\n")
    withdrawal = only(text, event_type="withdrawal")
    assert (withdrawal.claimant.name, withdrawal.stance) == ("Oleksandr Syrskyi", "acknowledges")
    losses = only(text, event_type="casualties")
    assert (losses.claimant.name, losses.actor_side, losses.quantities) == ("Sergei Shoigu", "RU", {"killed_or_wounded": 1500})


def test_a_capture_named_by_its_noun_is_dated_and_placed():
    c = only(" date 2024-02 Il s'agit du plus important succès militaire russe depuis la prise de Bakhmout en mai 2023.\n",
             event_type="capture")
    assert (names(c), c.actor_side, str(c.occurred.value), c.occurred.precision) == (["Bakhmut"], "RU", "2023-05-01",
                                                                                      "month")


def test_a_relative_ou_clause_happens_where_its_antecedent_is():
    c = only("Dans le même temps, l'armée russe a mené une attaque de drones sur la région d'Odessa, où deux personnes "
             "ont été blessées selon le gouverneur régional Oleg Kiper.\n", event_type="casualties")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("UA", "RU", {"wounded": 2})
    assert c.region.name == "Odesa Oblast"  # the article's setting: a region, no locality


def test_a_dateline_in_the_page_furniture_dates_the_article_to_the_day():
    article = extract_article("Ukraine : Kiev affirme avoir repris des positions\n\nPublié le 12/05/2023\n\nL'armée "
                              "ukrainienne a affirmé vendredi avoir repris deux kilomètres de terrain près de Bakhmout.\n")
    assert (str(article.published.value), article.published.precision) == ("2023-05-12", "day")
    c = article.claims[0]
    assert (c.event_type, names(c), str(c.occurred.value)) == ("capture", ["Bakhmut"], "2023-05-12")


@pytest.mark.parametrize("opening, expected", [
    ("KIEV, 10 mai 2024 (AFP) - ", "2024-05-10"),
    ("(Rome, Paris, 10 mai 2024). ", "2024-05-10"),
    ("MOSCOU, 10 mai (Reuters) - ", "2024-05-10"),
    ("KHARKIV, Ukraine, 10 mai 2024 - ", "2024-05-10"),
    ("KIEV, 10 juin 2024 (AFP) - ", "2024-05-01"),  # disagrees with the header's month: the header wins
    ("Le 10 mai 2024, ", "2024-05-01"),  # a date in the story is no dateline
])
def test_a_wire_dateline_opening_the_story_dates_it_to_the_day(opening, expected):
    article = extract_article(f" date 2024-05 {opening}Les forces russes ont lancé vendredi une offensive dans la "
                              "région de Kharkiv, a annoncé le ministère ukrainien de la Défense.\n")
    assert str(article.published.value) == expected
    if expected.endswith("-10"):  # the Friday of the lead is the dateline's day
        assert str(article.claims[0].occurred.value) == "2024-05-10"


def test_a_weekday_with_its_date_next_to_the_speech_verb_dates_the_claim():
    c = only(" date 2024-09 Les troupes de Moscou ont conquis la localité de Novohrodivka, a annoncé dimanche "
             "8 septembre le ministère russe de la Défense.\n", event_type="capture")
    assert (c.claimant.name, str(c.occurred.value), c.occurred.precision) == (
        "Russian Ministry of Defence", "2024-09-08", "day")


def test_deaths_blamed_on_an_invasion_name_the_invader():
    c = only("Selon le Haut-Commissariat de l'ONU aux droits de l'homme, au moins 8.791 civils ont été tués en Ukraine "
             "depuis le début de l'invasion russe.\n", event_type="casualties")
    assert (c.claimant.side, c.actor_side, c.quantities, c.country_code) == (
        "INT", "RU", {"killed": 8791, "civilians": 8791}, "UA")


def test_missiles_fired_at_a_country_and_those_reported_shot_down_are_two_claims():
    text = (" date 2024-11 L'Ukraine a tiré pour la première fois des missiles américains ATACMS sur le territoire russe, "
            "a affirmé mardi le ministère russe de la Défense, précisant que cinq missiles avaient été abattus.\n")
    strike = only(text, event_type="strike")
    interception = only(text, event_type="interception")
    assert (strike.claimant.name, strike.actor_side, strike.country_code) == ("Russian Ministry of Defence", "UA", "RU")
    assert (interception.actor_side, interception.quantities) == ("RU", {"missiles": 5})


def test_bombings_named_as_a_reason_are_no_strike():
    assert claims_of("Ils veulent créer une zone tampon en territoire russe contre les bombardements.\n") == []


def test_the_day_written_after_the_speech_verb_dates_a_french_claim():
    c = only(" date 2025-01 Les forces russes ont pris la ville de Kourakhové, a annoncé le 6 janvier le ministère russe "
             "de la Défense.\n", event_type="capture")
    assert (c.claimant.name, str(c.occurred.value), c.occurred.precision) == (
        "Russian Ministry of Defence", "2025-01-06", "day")


@pytest.mark.parametrize("furniture, expected", [
    ("La Croix (avec AFP), le 10/09/2022 à 17:31", "2022-09-10"),
    ("Publié le 27/10/25 à 13h47 — Mis à jour le 27/10/25 à 16h02", "2025-10-27"),
])
def test_a_french_page_s_timestamp_line_dates_the_story(furniture, expected):
    article = extract_article(f"Pokrovsk encerclée ? Kiev dément\n\n{furniture}\n\nVladimir Poutine a affirmé dimanche "
                              "que des troupes ukrainiennes étaient encerclées à Pokrovsk.\n")
    assert (article.published.value.isoformat(), article.published.precision) == (expected, "day")


@pytest.mark.parametrize("furniture, expected", [
    ("Updated 3:12 AM EDT, September 22, 2022", "2022-09-22"),
    ("January 8, 2025 11:52 AM  2 min read", "2025-01-08"),
])
def test_an_english_page_s_timestamp_line_dates_the_story(furniture, expected):
    article = extract_article(f"Ukraine frees defenders in biggest swap of the war\n\n{furniture}\n\nKYIV, Ukraine (AP) — "
                              "Ukraine said it had won the release of 215 of its fighters, the presidency said.\n")
    assert (article.published.value.isoformat(), article.published.precision) == (expected, "day")
