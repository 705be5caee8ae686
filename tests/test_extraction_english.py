"""English claim reading on sentences written for these tests: rules are about English wire copy, not one article."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extraction import text as textmod
from events.extraction.dates_en import find_dates_en, find_relative_days_en
from events.extraction.english import EnglishReader, sentences
from events.extraction.numbers import find_numbers_en
from events.extraction.pipeline import extract_article
from events.extraction.places import get_gazetteer
from events.extraction.types import DateValue


def claims_of(text: str):
    article = extract_article(text)
    assert article.language == "en", article.language
    for c in article.claims:
        assert c.quote == text[c.start:c.end]
    return article.claims


def summary(text: str) -> list[tuple]:
    return [(c.claimant.side, c.stance, c.event_type, c.actor_side, [p.name for p in c.localities])
            for c in claims_of(text)]


def only(text: str, **expected):
    found = [c for c in claims_of(text) if all(_field(c, k) == v for k, v in expected.items())]
    assert len(found) == 1, summary(text)
    return found[0]


def _field(claim, key):
    if key == "side":
        return claim.claimant.side
    if key == "claimant":
        return claim.claimant.name
    return getattr(claim, key)


def test_the_speaker_before_the_verb_claims_a_capture_with_the_village_and_its_region():
    c = only(" date 2024-07-13 Russia's defence ministry said on Saturday that its troops had taken control of the "
             "village of Urozhaine in the Donetsk region.\n", event_type="capture")
    assert (c.claimant.name, c.claimant.side, c.actor_side, c.stance) == ("Russian Ministry of Defence", "RU", "RU",
                                                                        "asserts")
    assert [p.name for p in c.localities] == ["Urozhaine"] and c.region.name == "Donetsk Oblast"
    assert c.occurred == DateValue(dt.date(2024, 7, 13), "day")  # "on Saturday" of a Saturday story


def test_a_quote_first_sentence_belongs_to_the_speaker_after_it():
    c = only('"Our units have liberated Robotyne," Ukrainian President Volodymyr Zelenskiy said in his nightly '
             "address.\n", event_type="capture")
    assert (c.claimant.name, c.actor_side) == ("Volodymyr Zelensky", "UA")
    assert [p.name for p in c.localities] == ["Robotyne"]


def test_a_trailing_speaker_after_a_comma_and_a_titled_official():
    c = only("Three people were killed and 12 wounded when a missile hit an apartment block in the city of "
             "Zaporizhzhia, regional governor Ivan Fedorov said.\n", event_type="casualties")
    assert c.claimant.name == "Ivan Fedorov" and c.claimant.side == "UA"
    assert c.quantities == {"killed": 3, "wounded": 12}


def test_according_to_attributes_the_sentence():
    # (ground an analyst says was gained is a capture in its reading, as the shared gold records it)
    c = only("Russian forces have advanced near the town of Kurakhove, according to the Institute for the Study of "
             "War.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("INT", "RU")


def test_a_pronoun_speaks_for_the_last_named_speaker():
    text = ("The Ukrainian air force said on Tuesday that Russia had launched 64 drones overnight. It said air "
            "defences had shot down 51 of them.\n")
    c = only(text, event_type="interception")
    assert c.claimant.side == "UA" and c.quantities.get("drones") == 51


def test_a_denial_is_a_claim_on_the_denied_event_by_the_other_side():
    text = ("Russia said on Monday its forces had captured the town of Chasiv Yar, but Kyiv denied the town had "
            "fallen.\n")
    assert summary(text) == [("RU", "asserts", "capture", "RU", ["Chasiv Yar"]),
                             ("UA", "denies", "capture", "RU", ["Chasiv Yar"])]


def test_a_passive_denial_denies_what_was_just_claimed():
    text = ("Ukraine's military said its troops had recaptured the village of Staromaiorske. The claim was rejected "
            "by Moscow.\n")
    denial = only(text, stance="denies")
    assert (denial.claimant.side, denial.event_type, denial.actor_side) == ("RU", "capture", "UA")


def test_a_belligerent_reporting_its_own_withdrawal_acknowledges_it():
    c = only("Ukraine's army said on Wednesday its units had withdrawn from the town of Avdiivka to avoid "
             "encirclement.\n", event_type="withdrawal")
    assert (c.claimant.side, c.actor_side, c.stance) == ("UA", "UA", "acknowledges")


def test_a_share_of_a_town_is_territorial_control():
    c = only("The Russian general staff said its troops now controlled 60 percent of Toretsk.\n",
             event_type="territorial_control")
    assert c.quantities.get("share_pct") == 60 and [p.name for p in c.localities] == ["Toretsk"]


def test_an_unattributed_sentence_with_a_count_is_the_article_speaking():
    c = only("Russia launched 146 drones and three missiles at Ukraine overnight, targeting energy facilities.\n",
             event_type="strike")
    assert c.claimant.side == "media" and c.actor_side == "RU" and c.quantities == {"drones": 146, "missiles": 3}


def test_unattributed_background_without_a_count_is_no_claim():
    # Wire copy retells the war's background in its own voice; no analyst records it as a claim.
    assert not claims_of("Russian troops captured the city of Bakhmut in May 2023 after months of fighting.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces could capture the town of Pokrovsk within weeks, analysts warned.",
        "Ukraine has not confirmed the loss of the village of Krynky.",
        "Fighting continued around the Donetsk region, where both sides have dug in.",
        "Officials met in Geneva to discuss a possible ceasefire.",
    ],
)
def test_hypotheses_negations_and_vague_statements_make_no_claim(sentence):
    assert summary(sentence + "\n") == []


def test_the_english_reader_finds_nothing_in_french_text():
    text = ("Le ministère russe de la Défense a affirmé samedi que ses troupes avaient pris le village de Krynky. "
            "L'offensive ukrainienne dans la région de Koursk se poursuit depuis l'incursion d'août, selon Kiev.\n")
    reader = EnglishReader(text=text, matchable=textmod.matchable(text), paragraphs=[(0, len(text))],
                           published=DateValue.unknown(), gazetteer=get_gazetteer())
    assert reader.drafts([(a, b, 0) for a, b in sentences(text, 0, len(text))]) == []
    assert extract_article(text).language == "fr"


def test_glued_sentences_are_split():
    text = "Kyiv said it had retaken the village.Moscow said the claim was false."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == ["Kyiv said it had retaken the village.",
                                                                     "Moscow said the claim was false."]


def test_english_numbers_dates_and_weekdays():
    assert [(n.value, n.qualifier) for n in find_numbers_en("more than 300 drones and twenty-five soldiers")] == [
        (300, "more_than"), (25, "")]
    assert [n.value for n in find_numbers_en("some 1,200 km and 40% of the area")] == [1200, 40]
    ref = DateValue(dt.date(2023, 9, 17), "day")
    found = [v for _s, _e, v in find_dates_en("on Sept. 15, 2023, then in May", ref)]
    assert found == [DateValue(dt.date(2023, 9, 15), "day"), DateValue(dt.date(2023, 5, 1), "month")]
    assert find_dates_en("they may advance", ref) == []  # a verb, not the month
    assert [t for _s, _e, t in find_relative_days_en("said on Saturday and yesterday")] == ["weekday:5", "yesterday"]


def test_an_english_article_read_twice_gives_the_same_claims():
    # (how long it takes is measured by benchmarks/lookup_bench.py, not asserted here)
    text = ("Russia's defence ministry said on Sunday its forces had captured the village of Krasnohorivka in the "
            "Donetsk region. Ukraine's general staff said its troops repelled 35 attacks near Pokrovsk. ") * 10 + "\n"
    first = summary(text)
    assert ("RU", "asserts", "capture", "RU", ["Krasnohorivka"]) in first
    assert summary(text) == first


def test_a_bare_body_and_an_official_quoted_as_saying_speak_for_their_side():
    text = ("Russian forces have captured the village of Ivanivka in the Kharkiv region, the TASS news agency quoted "
            "the defence ministry as saying. Ukrainian troops struck a Russian command post near the town of "
            "Tokmak, the military said.\n")
    capture = only(text, event_type="capture")
    assert (capture.claimant.name, capture.claimant.side) == ("Russian Ministry of Defence", "RU")
    strike = only(text, event_type="strike")
    assert (strike.claimant.side, strike.actor_side) == ("UA", "UA")


def test_a_town_that_fell_to_a_side_was_captured_by_it():
    c = only("The town of Vuhledar fell to Russian forces after a two-year siege, a Ukrainian military source told "
             "Reuters.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side, c.stance) == ("UA", "RU", "acknowledges")


def test_local_officials_speak_for_the_country_of_the_place_they_report():
    c = only("A Russian missile strike on the port city of Odesa killed five people and wounded 21, local officials "
             "said on Friday.\n", event_type="casualties")
    assert (c.claimant.side, c.actor_side) == ("UA", "RU")
    assert c.quantities == {"killed": 5, "wounded": 21}


def test_troops_pulled_out_of_a_town_are_a_withdrawal_the_side_acknowledges():
    c = only(" date 2024-10 Ukraine's military said on Wednesday it had pulled its troops out of the eastern town of "
             "Vuhledar to avoid being encircled.\n", event_type="withdrawal")
    assert (c.claimant.side, c.stance, c.actor_side, [p.name for p in c.localities]) == (
        "UA", "acknowledges", "UA", ["Vuhledar"])


def test_the_air_force_named_bare_belongs_to_the_side_the_sentence_opens_with():
    c = only(" date 2024-10 Ukraine's air defence forces shot down four missiles and 15 drones launched by Russia "
             "overnight, the air force said on Sunday.\n", event_type="interception")
    assert (c.claimant.name, c.claimant.side, c.actor_side) == ("Ukrainian Air Force", "UA", "UA")


def test_a_unit_ordered_to_withdraw_and_a_named_group_of_forces_quoted_first_are_withdrawal_claims():
    text = (" date 2024-10 Ukraine's military said it had ordered its troops to withdraw from the town of Vuhledar.\n\n"
            "\"The high command allowed a manoeuvre to withdraw units from Vuhledar,\" the Khortytsia group of forces "
            "said in a statement.\n")
    found = [(c.claimant.name, c.claimant.side, c.event_type) for c in extract_article(text).claims]
    assert ("Ukrainian Armed Forces", "UA", "withdrawal") in found
    assert ("Khortytsia group of forces", "UA", "withdrawal") in found


def test_a_bare_air_force_is_the_one_that_spoke_last_not_the_one_named_first_in_the_pattern_table():
    text = (" date 2024-10 Russian military bloggers said Russian forces had taken the village of Krasnohorivka.\n\n"
            "Ukraine's air force said it shot down 15 drones. Russia launched four Iskander-M ballistic missiles and "
            "23 Shahed drones, the air force said.\n")
    strike = [c for c in extract_article(text).claims if c.event_type == "strike"]
    assert [(c.claimant.side, c.actor_side) for c in strike] == [("UA", "RU")]


def test_a_governor_abbreviated_gov_speaks_and_the_strike_behind_a_toll_is_a_claim_too():
    text = (" date 2024-11 KYIV, Ukraine (AP) — The war goes on in the east and in the south of the country.\n\n"
            "A Russian missile strike on Odesa killed four people, regional Gov. Oleh Kiper said on Telegram.\n")
    found = {(c.event_type, c.claimant.name, c.claimant.side, c.actor_side, tuple(p.name for p in c.localities))
             for c in extract_article(text).claims}
    assert found == {("casualties", "Oleh Kiper", "UA", "RU", ("Odesa",)),
                     ("strike", "Oleh Kiper", "UA", "RU", ("Odesa",))}


def test_a_side_still_fighting_in_a_town_denies_the_others_capture_and_deepstate_speaks_for_ukraine():
    text = (" date 2025-01 LONDON (Reuters) - Russia's defence ministry said on Wednesday its forces had captured the "
            "town of Kurakhove in eastern Ukraine.\n\nUkraine's military said its forces were still fighting in the "
            "town.\n\nDeepState, a Ukrainian war-mapping group, said Russian troops had occupied the village of "
            "Dachne.\n")
    found = {(c.event_type, c.claimant.name, c.claimant.side, c.stance, tuple(p.name for p in c.localities))
             for c in extract_article(text).claims}
    assert ("capture", "Ukrainian Armed Forces", "UA", "denies", ("Kurakhove",)) in found
    assert ("capture", "DeepState", "UA", "acknowledges", ("Dachne",)) in found


def test_an_attack_with_missiles_reported_by_the_air_force_and_what_its_statement_says_next_are_its_claims():
    text = (" date 2025-03 Russia attacked Ukraine with four ballistic missiles and 15 drones overnight, Ukraine's Air "
            "Force reported.\n\nUkrainian air defense shot down two missiles and 11 drones over Kharkiv and Sumy "
            "oblasts, according to the statement.\n\nThe attack damaged infrastructure in the city of Kharkiv, "
            "Governor Oleh Syniehubov said.\n")
    found = {(c.event_type, c.claimant.side, c.actor_side) for c in extract_article(text).claims}
    assert found == {("strike", "UA", "RU"), ("interception", "UA", "UA")}


def test_fighting_that_continues_in_a_town_the_other_side_claims_is_a_denial_of_its_capture():
    text = (" date 2023-05 MOSCOW (Reuters) - Russia's defence ministry said its forces had captured the city of "
            "Bakhmut.\n\nUkraine's military said fighting for the city continued.\n")
    found = {(c.event_type, c.claimant.side, c.stance) for c in extract_article(text).claims}
    assert ("capture", "UA", "denies") in found


def test_and_that_opens_a_second_report_of_the_same_speaker_and_control_of_an_area_is_a_tally():
    text = (" date 2024-08 KYIV, Aug 12 (Reuters) - Ukrainian forces control about 1,000 square kilometres of Russia's "
            "Kursk region, Ukraine's top commander Oleksandr Syrskyi said on Monday, a week after launching a surprise "
            "incursion.\n\nKursk's acting governor Alexei Smirnov said that Ukrainian forces controlled 28 settlements "
            "and that 12 civilians had been killed.\n\nUkraine said on Tuesday it had taken 100 Russian soldiers "
            "prisoner.\n")
    found = {(c.event_type, c.claimant.side) for c in extract_article(text).claims}
    assert found == {("territorial_control", "UA"), ("territorial_control", "RU"), ("casualties", "RU"),
                     ("prisoners", "UA")}


def test_the_air_force_that_counts_what_the_other_side_launched_is_the_defenders():
    text = (" date 2025-03 Russia launched 4 Iskander-M ballistic missiles and 15 Shahed-type attack drones against "
            "Ukraine overnight, the Air Force reported. Air defense units downed all four missiles and 15 drones, the "
            "Air Force said.\n")
    found = {(c.event_type, c.claimant.name, c.actor_side) for c in extract_article(text).claims}
    assert found == {("strike", "Ukrainian Air Force", "RU"), ("interception", "Ukrainian Air Force", "UA")}


def test_a_speaker_named_after_a_list_of_places_is_a_speaker_not_a_place():
    text = (" date 2025-11 Nov 20 (Reuters) - The war goes on in the east.\n\nRussian forces have taken control of about "
            "70% of the city of Pokrovsk, Valery Gerasimov said on Thursday.\n")
    [c] = extract_article(text).claims
    assert (c.event_type, c.claimant.name, [p.name for p in c.localities]) == (
        "territorial_control", "Valery Gerasimov", ["Pokrovsk"])


def test_a_second_verb_of_the_same_speaker_gives_its_own_stance():
    text = (" date 2025-11 Nov 20 (Reuters) - The war goes on in the east.\n\nUkraine's military said its troops were "
            "still holding positions in the city of Pokrovsk and denied they had been encircled.\n")
    found = {(c.event_type, c.claimant.side, c.stance) for c in extract_article(text).claims}
    assert ("encirclement", "UA", "denies") in found


def test_a_toll_in_a_russian_strike_and_the_strike_are_russias():
    claims = extract_article(" date 2024-06 Regional governor Oleh Syniehubov said two people were killed in a "
                             "Russian strike on Kharkiv. Rescue work went on through the night in the city.\n").claims
    assert {(c.event_type, c.actor_side) for c in claims} == {("casualties", "RU"), ("strike", "RU")}


def test_the_capital_after_a_mayors_title_is_that_city():
    claims = extract_article(" date 2024-06 Kyiv Mayor Vitali Klitschko said air defences shot down 12 drones over "
                             "the capital. Debris damaged several houses in the city.\n").claims
    assert {p.name for c in claims for p in c.localities} == {"Kyiv"}


def test_a_strike_on_a_named_kind_of_target_needs_no_place():
    claims = extract_article(" date 2024-06 Russia's defence ministry said its forces had struck Ukrainian military "
                             "airfields with precision weapons on Tuesday night.\n").claims
    assert {(c.event_type, c.claimant.side, c.actor_side) for c in claims} == {("strike", "RU", "RU")}


def english_units(text: str) -> set[tuple[str, str, str, str | None, tuple[str, ...]]]:
    claims = extract_article(f" date 2024-02 {text} The fighting went on through the night in the area.\n").claims
    return {(c.event_type, c.claimant.side, c.stance, c.actor_side, tuple(p.name for p in c.localities))
            for c in claims}


def test_the_capture_of_a_named_place_is_news_not_the_event_just_told():
    assert english_units("Russia announced the capture of Novomykhailivka on Tuesday.") == {
        ("capture", "RU", "asserts", "RU", ("Novomykhailivka",))}


def test_a_coordinate_verb_shares_the_subject_of_the_clause_before():
    found = english_units("The Ukrainian General Staff said Russian forces had carried out 40 air strikes and launched "
                          "60 attacks near Avdiivka over the past day.")
    assert ("offensive", "UA", "asserts", "RU", ("Avdiivka",)) in found


def test_pro_russian_officials_in_an_occupied_city_speak_for_russia():
    found = english_units("Pro-Russian officials in occupied Donetsk said Ukrainian shelling killed three people in the "
                          "city.")
    assert {(t, side, actor, places) for t, side, _st, actor, places in found} == {
        ("casualties", "RU", "UA", ("Donetsk",)), ("strike", "RU", "UA", ("Donetsk",))}


def test_a_regional_prosecutors_office_speaks_for_the_country_of_its_region():
    found = english_units("Russian forces shelled 20 settlements in the Kharkiv region over the past day, killing one "
                          "person, the regional prosecutor's office said.")
    assert {side for _t, side, *_ in found} == {"UA"}


def test_a_toll_when_the_other_side_shelled_a_city_is_that_sides():
    found = english_units("Two civilians were killed and five wounded when Russian artillery shelled the city of "
                          "Kherson, regional governor Oleksandr Prokudin said.")
    assert {(t, actor) for t, _side, _st, actor, _p in found} == {("casualties", "RU"), ("strike", "RU")}


def test_but_opens_a_clause_with_its_own_speaker_who_holds_the_town():
    found = english_units("Russia's Wagner group said it had taken full control of Bakhmut, but Ukraine said fighting "
                          "was continuing and its forces still held parts of the city.")
    assert ("capture", "RU", "asserts", "RU", ("Bakhmut",)) in found
    assert ("capture", "UA", "denies", "RU", ("Bakhmut",)) in found


def test_a_town_held_in_a_sides_words_is_territorial_control():
    assert english_units("The General Staff said Kupiansk is under the control of Ukraine's defence forces.") == {
        ("territorial_control", "UA", "asserts", "UA", ("Kupiansk",))}
    assert english_units("DeepState said Kurakhove was under Russian control.") == {
        ("territorial_control", "UA", "acknowledges", "RU", ("Kurakhove",))}


def test_a_known_town_as_the_subject_of_a_passive_capture_inside_a_quotation():
    found = english_units('"Today at 12 noon, Bakhmut was completely taken," Wagner chief Yevgeny Prigozhin said in '
                          'a video.')
    assert found == {("capture", "RU", "asserts", "RU", ("Bakhmut",))}


def test_an_official_takes_the_side_of_his_own_sentences_places_not_the_next_ones():
    claims = extract_article(
        " date 2024-10 In the southern city of Zaporizhzhia, a guided aerial bomb struck a residential building, "
        "killing two people, regional Gov. Ivan Fedorov said.\n\nUkraine's military said it struck an ammunition "
        "depot in Russia's Bryansk region overnight.\n").claims
    assert {c.claimant.side for c in claims if c.claimant.name == "Ivan Fedorov"} == {"UA"}


def test_a_unit_named_by_its_number_speaks_for_the_side_of_its_places():
    found = english_units("Ukrainian troops pushed Russian forces out of the village of Kruhliakivka near Kupiansk, "
                          "the 14th Mechanized Brigade said.")
    assert found == {("capture", "UA", "asserts", "UA", ("Kruhliakivka",))}


def test_a_belligerents_own_news_agency_speaks_for_its_side():
    found = english_units("Russia's state news agency TASS reported that Russian forces had liberated the village of "
                          "Zhelanne.")
    assert {(t, side, actor) for t, side, _st, actor, _p in found} == {("capture", "RU", "RU")}


def test_a_death_toll_that_rose_counts_the_killed():
    claims = extract_article(" date 2024-08 The death toll from Monday's Russian missile strike on a supermarket in "
                             "Kostiantynivka rose to 14, the regional prosecutor's office said. Rescuers were still at "
                             "work.\n").claims
    tally = next(c for c in claims if c.event_type == "casualties")
    assert (tally.claimant.side, tally.actor_side, tally.quantities) == ("UA", "RU", {"killed": 14})


def test_villages_listed_after_including_are_the_captures_places_in_the_articles_setting():
    claims = extract_article(" date 2025-03 Ukraine has pulled its troops out of the Russian town of Sudzha in the "
                             "Kursk region, its top commander said.\n\nRussia's defence ministry said its troops had "
                             "recaptured Sudzha and several nearby villages, including Martynovka and Mirny.\n").claims
    capture = next(c for c in claims if c.event_type == "capture")
    assert [p.name for p in capture.localities] == ["Sudzha", "Martynovka", "Mirny"]
    assert "Russian" not in {p.name for c in claims for p in c.localities}


def test_not_encircled_in_the_own_sides_words_denies_the_encirclement():
    found = english_units("Syrskyi said the withdrawal was carried out to save soldiers' lives and that Ukrainian "
                          "forces had not been encircled.")
    assert ("encirclement", "UA", "denies", "RU", ()) in found


def test_a_sentence_naming_the_villages_of_a_count_gives_the_capture_its_places():
    claims = extract_article(" date 2025-06 Russian forces have seized two more villages in Ukraine's Donetsk region, "
                             "Russia's defence ministry said on Tuesday.\n\nThe ministry identified the villages as "
                             "Novopil and Zelenyi Kut.\n").claims
    assert [(c.event_type, [p.name for p in c.localities], c.quantities) for c in claims] == [
        ("capture", ["Novopil", "Zelenyi Kut"], {"localities": 2})]


def test_a_side_denying_its_own_forces_struck_denies_its_own_act():
    assert english_units("The Kremlin denied that its forces had struck the children's hospital in Kyiv.") == {
        ("strike", "RU", "denies", "RU", ("Kyiv",))}
    assert english_units("Ukraine denied it had shelled the city of Donetsk.") == {
        ("strike", "UA", "denies", "UA", ("Donetsk",))}


def test_a_bare_air_force_belongs_to_its_own_paragraph_not_an_earlier_speaker():
    claims = extract_article(" date 2024-12 Russia's defence ministry said its forces had \"liberated\" the village of "
                             "Sontsivka in the Donetsk region.\n\nUkrainian forces shot down 52 of 78 drones launched "
                             "by Russia overnight, the air force said.\n").claims
    interception = next(c for c in claims if c.event_type == "interception")
    assert (interception.claimant.name, interception.claimant.side) == ("Ukrainian Air Force", "UA")


def test_a_tally_over_a_whole_region_lists_the_region_as_its_place_as_french_copy_does():
    found = english_units("Russia's defence ministry said air defences had destroyed 30 Ukrainian drones over the "
                          "Bryansk and Belgorod regions overnight.")
    assert ("interception", "RU", "asserts", "RU", ("Belgorod Oblast", "Bryansk Oblast")) in {
        (t, s, st, a, tuple(sorted(locs))) for t, s, st, a, locs in found}, found


def test_a_claim_about_a_region_that_is_not_the_storys_setting_lists_the_region():
    found = english_units("Russia's defence ministry said attacks on airfields in the Ivanovo, Ryazan and Amur regions "
                          "had been repelled. In the Kursk region, acting Governor Alexei Smirnov said more than 121,000 "
                          "people had been evacuated.")
    assert ("attack_repelled", "RU", "asserts", "RU", ("Ivanovo Oblast", "Ryazan Oblast", "Amur Oblast")) in found, found
    assert any(t == "displacement" and locs == ("Kursk Oblast",) for t, _s, _st, _a, locs in found), found


def test_he_after_a_spokesman_is_the_spokesman_and_where_he_spoke_is_no_place_of_the_event():
    claims = claims_of(" date 2022-06 Test\n\nDefence ministry spokesman Igor Konashenkov said the encirclement of "
                       "Lysychansk was complete. He told a briefing in Moscow that Russian forces had captured Hirske "
                       "and Zolote.\n")
    capture = next(c for c in claims if c.event_type == "capture")
    assert (capture.claimant.side, [p.name for p in capture.localities]) == ("RU", ["Hirske", "Zolote"])


def test_an_official_named_in_full_speaks_again_by_surname():
    claims = claims_of(" date 2022-06 Test\n\nLuhansk governor Serhiy Haidai confirmed that Hirske was now fully "
                       "occupied by Russian troops.\n\nMr Haidai said evacuations from Lysychansk were continuing, with "
                       "about 30 people taken out on Thursday.\n")
    moved = next(c for c in claims if c.event_type == "displacement")
    assert (moved.claimant.name, moved.claimant.side, [p.name for p in moved.localities]) == (
        "Serhiy Haidai", "UA", ["Lysychansk"])


def test_soldiers_who_laid_down_their_arms_are_prisoners():
    assert ("prisoners", "RU", "asserts", "RU", ("Zolote",)) in english_units(
        "Russia's defence ministry said 41 Ukrainian servicemen had laid down their arms near Zolote and surrendered.")


def test_a_quoted_massive_strike_and_bombs_dropped_on_a_city_are_strikes():
    assert ("strike", "RU", "asserts", "RU", ()) in english_units(
        "Russia's defence ministry said its forces had carried out a \"massive strike\" on \"military airfields\" in "
        "western Ukraine.")
    assert ("strike", "UA", "asserts", "RU", ("Zaporizhzhia",)) in english_units(
        "Russia dropped at least six guided aerial bombs on Zaporizhzhia, Governor Ivan Fedorov said.")


def test_a_city_named_beside_another_region_is_the_city_not_a_village_of_that_region():
    claims = claims_of(" date 2025-07 Ballistic missile hits centre of Sumy; Kyiv says it struck Saky airbase in "
                       "Crimea\n\nA Russian ballistic missile struck the centre of Sumy on Wednesday, killing three "
                       "people, the city's acting mayor, Artem Kobzar, said.\n")
    strike = next(c for c in claims if c.event_type == "strike")
    assert [p.name for p in strike.localities] == ["Sumy"]


def test_units_moved_to_more_favourable_positions_withdrew():
    assert ("withdrawal", "UA", "acknowledges", "UA", ("Vovchansk",)) in english_units(
        "Ukraine's General Staff said its units near Vovchansk had moved to more favourable positions.")


def test_a_regional_military_administration_speaks_for_its_country_and_civilians_who_remain_are_no_sides_act():
    assert ("displacement", "UA", "asserts", None, ("Pokrovsk", "Myrnohrad")) in english_units(
        "Around 1,200 civilians remain in Pokrovsk and Myrnohrad, according to the Donetsk regional military "
        "administration.")


def test_the_town_a_side_is_accused_of_shelling_is_the_place_of_the_strike():
    assert ("strike", "RU", "asserts", "UA", ("Oleshky",)) in english_units(
        "In the Kherson region, Vladimir Saldo, the Russian-installed governor of the occupied part of the region, "
        "accused Ukrainian forces of shelling Oleshky, killing two civilians.")


def test_drones_shot_down_imply_the_other_sides_attack_unless_the_speaker_then_tells_it():
    found = english_units("Russia's defence ministry said air defences had destroyed 24 Ukrainian drones over the "
                          "Kursk region.")
    assert ("strike", "RU", "asserts", "UA", ("Kursk Oblast",)) in found, found
    told = [c for c in claims_of(" date 2024-10 Ukraine's air force said it shot down 15 drones. Russia launched 23 "
                                 "Shahed drones, the air force said.\n") if c.event_type == "strike"]
    assert [(c.claimant.side, c.actor_side, c.quantities) for c in told] == [("UA", "RU", {"drones": 23})]


def test_soldiers_taken_prisoner_in_quotes_and_prisoners_returned_in_an_exchange():
    assert ("prisoners", "UA", "asserts", "UA", ()) in english_units(
        "Ukraine's military said its forces had taken \"more than 600\" Russian troops prisoner in the Kursk region.")
    returned = english_units("Russia's defence ministry said in a statement that 103 Russian servicemen captured in the "
                             "Kursk region had been returned.")
    assert ("prisoners", "RU", "asserts", None, ()) in returned, returned


def test_a_dateline_after_a_byline_and_a_capital_that_acts_are_no_places_of_the_claim():
    text = (" date 2024-05-11 Russia says it captured villages\n\nBy Reuters\n\nMay 11, 2024 6:12 PM GMT+3 Updated 2 "
            "hours ago\n\nKYIV/MOSCOW, May 11 (Reuters) - Russia's defence ministry said on Saturday its forces had "
            "captured five villages in the Kharkiv region, a day after Moscow launched a ground assault that Kyiv "
            "said it had expected.\n\nThe ministry named the villages as Borysivka, Ohirtseve and Pylna.\n")
    capture = next(c for c in claims_of(text) if c.event_type == "capture")
    assert [p.name for p in capture.localities] == ["Borysivka", "Ohirtseve", "Pylna"]


def test_a_town_after_nearby_is_a_place_and_the_military_leadership_denies():
    assert ("casualties", "UA", "asserts", "RU", ("Myrnohrad",)) in english_units(
        "Two people were killed by Russian shelling in nearby Myrnohrad on Monday, Governor Vadym Filashkin said.")
    denial = only(" date 2025-10 Kupiansk\n\nThe Russian Defence Ministry has claimed that Russian forces have "
                  "encircled Ukrainian units in Kupiansk, Kharkiv Oblast. Ukraine's military leadership has rejected "
                  "the claim.\n", stance="denies")
    assert (denial.claimant.side, denial.event_type, [p.name for p in denial.localities]) == (
        "UA", "encirclement", ["Kupiansk"])


def test_ground_an_analyst_says_was_gained_is_a_capture_in_its_reading():
    assert ("capture", "INT", "asserts", "RU", ("Novohrodivka", "Mykhailivka")) in english_units(
        "The Institute for the Study of War said Russian forces had recently advanced near Novohrodivka and Mykhailivka "
        "in the Donetsk region.")


def test_one_person_killed_in_words():
    found = english_units("Russian shelling killed a 65-year-old woman in the village of Bilozerka, the Kherson "
                          "regional administration said.")
    assert ("casualties", "UA", "asserts", "RU", ("Bilozerka",)) in found


@pytest.mark.parametrize("opening, expected", [
    ("KYIV, Ukraine, Sept. 8 (Reuters) - ", "2024-09-08"),
    ("KYIV, Sept. 8, 2024 (AP) — ", "2024-09-08"),
    ("On Sept. 8, ", "2024-09-01"),  # a date in the story is no dateline
])
def test_an_english_wire_dateline_dates_the_story_to_the_day(opening, expected):
    article = extract_article(f" date 2024-09 {opening}Russian forces have captured the village of Novohrodivka, "
                              "Russia's defence ministry said on Sunday.\n")
    assert str(article.published.value) == expected


def test_a_weekday_with_its_date_next_to_the_speech_verb_dates_an_english_claim():
    c = only(" date 2024-09 Russian forces have captured the village of Novohrodivka, the Russian Defence Ministry "
             "said on Sunday, Sept. 8.\n", event_type="capture")
    assert (str(c.occurred.value), c.occurred.precision) == ("2024-09-08", "day")


@pytest.mark.parametrize("text", [
    "Russian forces have advanced near Vovchansk, said Michael Watson, a researcher at RUSI in London.",
    "Russian forces have advanced near Vovchansk, military analyst Michael Watson said.",
])
def test_an_english_analyst_speaks_for_no_belligerent(text):
    c = only(f" date 2024-05 {text}\n", event_type="capture")
    assert (c.claimant.name, c.claimant.side, [p.name for p in c.localities]) == (
        "Michael Watson", "INT", ["Vovchansk"])


def test_a_denied_loss_is_the_other_sides_capture_and_its_reason_denies_nothing_more():
    text = (" date 2024-10 Russia's Defense Ministry said its troops had taken full control of Vuhledar.\n\n"
            "Ukraine denied that its forces had been pushed out of the village of Ivanivka, saying fighting was "
            "ongoing.\n")
    denials = [c for c in claims_of(text) if c.stance == "denies"]
    assert [(c.claimant.side, c.event_type, c.actor_side, [p.name for p in c.localities]) for c in denials] == [
        ("UA", "capture", "RU", ["Ivanivka"])]


def test_attacks_on_the_other_sides_positions_are_an_offensive():
    c = only(" date 2024-10 The Khortytsia group of forces said Russian troops had attacked Ukrainian positions near "
             "Vuhledar 15 times.\n", event_type="offensive")
    assert (c.claimant.side, c.actor_side, [p.name for p in c.localities]) == ("UA", "RU", ["Vuhledar"])


@pytest.mark.parametrize("speaker", ["Britain's defence ministry", "Poland", "The British defence ministry"])
def test_a_third_countrys_government_speaks_for_no_belligerent(speaker):
    c = only(f" date 2022-11 {speaker} said Russian forces had captured the town of Soledar.\n", event_type="capture")
    assert (c.claimant.side, c.actor_side) == ("INT", "RU")


def test_it_is_the_body_that_opened_the_last_sentence_though_it_did_not_speak_there():
    text = (" date 2025-06 Russian missiles struck Dnipro on Tuesday, killing 17 people, local officials said.\n\n"
            "Russia's defence ministry did not comment on the strike. It said its forces had hit a military plant in the "
            "Dnipropetrovsk region with Iskander missiles.\n")
    c = only(text, event_type="strike", side="RU")
    assert (c.claimant.name, c.actor_side) == ("Russian Ministry of Defence", "RU")


def test_one_toll_told_in_two_participles_is_one_claim():
    claims = claims_of(" date 2025-06 Russian ballistic missiles struck the city of Dnipro on Tuesday, killing at least 17 "
                       "people and injuring 279, local officials said.\n")
    tolls = [c for c in claims if c.event_type == "casualties"]
    assert [(c.quantities, c.actor_side, [p.name for p in c.localities]) for c in tolls] == [
        ({"killed": 17, "wounded": 279}, "RU", ["Dnipro"])]


@pytest.mark.parametrize("tail", [", 20 of which were shot down", " and that 20 of them had been shot down"])
def test_the_share_of_a_launch_shot_down_is_the_defenders_interception(tail):
    text = f" date 2025-06 Ukraine's air force said Russia had launched 28 drones overnight{tail}.\n"
    strike = only(text, event_type="strike")
    interception = only(text, event_type="interception")
    assert (strike.actor_side, strike.quantities) == ("RU", {"drones": 28})
    assert (interception.actor_side, interception.quantities) == ("UA", {"drones": 20})


def test_a_general_named_with_his_rank_and_title_after_the_claim_speaks_for_it():
    c = only(" date 2023-05 Ukrainian forces have advanced near Bakhmut, Colonel General Oleksandr Syrskyi, commander "
             "of Ukraine's ground forces, said.\n", event_type="offensive")
    assert (c.claimant.name, c.claimant.side, [p.name for p in c.localities]) == (
        "Oleksandr Syrsky", "UA", ["Bakhmut"])


def test_soldiers_captured_are_prisoners_not_a_town_taken():
    c = only(" date 2024-02 A Ukrainian military spokesman said a small number of Ukrainian soldiers had been captured by "
             "Russian forces during the withdrawal from Avdiivka.\n", event_type="prisoners")
    assert (c.claimant.side, c.stance, c.actor_side) == ("UA", "acknowledges", "RU")
    assert not [c for c in claims_of(" date 2024-02 Ukraine's military said it had withdrawn its troops from Vuhledar to "
                                     "avoid encirclement.\n") if c.event_type == "encirclement"]


def test_a_date_after_since_is_not_the_day_the_event_happened():
    c = only(" date 2025-03 Russia's defence ministry said on Thursday, March 13, its forces had recaptured the town of "
             "Sudzha, the largest settlement Ukraine had held in the Kursk region since its incursion last August.\n",
             event_type="capture")
    assert (str(c.occurred.value), c.occurred.precision) == ("2025-03-13", "day")


def test_the_day_written_after_the_speech_verb_dates_the_claim():
    c = only(" date 2025-01 Russian forces have captured the town of Kurakhove in Donetsk Oblast, Russia's Defense "
             "Ministry claimed on Jan. 6.\n", event_type="capture")
    assert (str(c.occurred.value), c.occurred.precision) == ("2025-01-06", "day")


def test_a_denied_encirclement_of_its_own_troops_names_the_other_side_as_encircler():
    c = only(" date 2025-03 Ukraine's General Staff denied that its troops had been encircled in the Kursk region.\n",
             event_type="encirclement")
    assert (c.stance, c.actor_side) == ("denies", "RU")


def test_the_other_sides_advance_is_acknowledged_in_english_too():
    c = only(" date 2025-03 Russian forces have advanced near Pokrovsk, Ukraine's General Staff said.\n",
             event_type="offensive")
    assert (c.claimant.side, c.actor_side, c.stance) == ("UA", "RU", "acknowledges")


def test_an_english_mutual_accusation_is_each_sides_claim_that_the_other_did_it():
    claims = claims_of(" date 2022-08 Russia and Ukraine accused each other on Friday of shelling the Zaporizhzhia "
                       "nuclear power plant in Enerhodar.\n")
    assert sorted((c.claimant.side, c.event_type, c.actor_side, c.stance) for c in claims) == [
        ("RU", "strike", "UA", "asserts"), ("UA", "strike", "RU", "asserts")]


def test_a_sides_own_military_dead_are_acknowledged_and_passive_damage_is_a_strike():
    toll = only(" date 2023-01 Russia's defence ministry said 63 Russian servicemen were killed in a Ukrainian strike on "
                "Makiivka.\n", event_type="casualties")
    assert (toll.stance, toll.actor_side, toll.quantities) == ("acknowledges", "UA", {"killed": 63})
    civilians = only(" date 2023-01 Russian shelling killed three civilians in Kherson, Ukraine's military said.\n",
                     event_type="casualties")
    assert civilians.stance == "asserts"
    damage = only(" date 2023-01 A passenger train was damaged and several buildings were destroyed in Dnipro, regional "
                  "governor Serhiy Lysak said.\n", event_type="strike")
    assert (damage.claimant.side, damage.actor_side, [p.name for p in damage.localities]) == ("UA", "RU", ["Dnipro"])


def test_a_bare_air_force_counting_the_other_sides_launch_is_the_defenders():
    text = (" date 2024-10 Ukraine's air force said it had destroyed 42 drones.\n\nRussia also fired three Iskander-M "
            "ballistic missiles, the air force said.\n")
    # (the drones destroyed imply the attack they were part of: one night's attack, told by the air force)
    strikes = [(c.claimant.name, c.actor_side, c.quantities) for c in claims_of(text) if c.event_type == "strike"]
    assert strikes == [("Ukrainian Air Force", "RU", {"drones": 42, "missiles": 3, "ballistic_missiles": 3})]
    alone = only(" date 2024-10 Russia also fired three Iskander-M ballistic missiles, the air force said.\n",
                 event_type="strike")
    assert alone.claimant.side == "UA"


def test_damage_in_a_fronted_region_a_governor_reports_is_the_enemys_strike_there():
    c = only(" date 2024-10 In the Kyiv region, falling debris damaged several houses, Governor Ruslan Kravchenko said.\n",
             event_type="strike")
    assert (c.claimant.side, c.actor_side, c.region.name) == ("UA", "RU", "Kyiv Oblast")


def test_a_bridgehead_on_a_river_bank_is_ground_taken_and_the_river_is_no_town():
    found = summary("Ukrainian marines have established a bridgehead on the left bank of the Dnipro, the general "
                    "staff said.")
    assert found == [("UA", "asserts", "capture", "UA", [])]


def test_a_halted_advance_is_an_attack_repelled():
    found = summary("Russia's defence ministry said Russian aviation had halted the Ukrainian advance near the "
                    "village of Krynky in the Kherson region.")
    assert found == [("RU", "asserts", "attack_repelled", "RU", ["Krynky"])]


def test_a_unit_of_a_named_force_speaks_for_its_side_and_the_corps_goes_on_speaking():
    found = summary("Ukrainian forces have liberated the villages of Zolotyi Kolodiaz and Kucheriv Yar in Donetsk "
                    "Oblast, the 1st Azov Corps of Ukraine's National Guard reported on Aug. 18.\n\nRussian units that "
                    "had pushed toward Dobropillia are now \"surrounded and being destroyed,\" the corps said. Three "
                    "Russian soldiers were taken prisoner, according to the statement.\n")
    assert found == [
        ("UA", "asserts", "capture", "UA", ["Zolotyi Kolodiaz", "Kucheriv Yar"]),
        ("UA", "asserts", "encirclement", "UA", ["Dobropillia"]),  # the encircler acts
        ("UA", "asserts", "prisoners", "UA", []),  # Russians taken prisoner: Ukraine took them
    ]


def test_what_a_town_is_in_apposition_reports_nothing_and_the_town_is_not_its_landmark():
    found = summary("Russia's Defence Ministry said on Wednesday its forces had captured the town of Selydove, a mining "
                    "town southeast of the logistics hub of Pokrovsk that Moscow's troops have been trying to seize for "
                    "months.\n\nThe ministry said units of its Centre group of forces had \"liberated\" the town.\n")
    assert {(side, stance, event, actor, tuple(places)) for side, stance, event, actor, places in found} == {
        ("RU", "asserts", "capture", "RU", ("Selydove",))}


def test_a_war_map_showing_a_town_under_control_and_the_share_a_speaker_says_is_held():
    found = summary("DeepState, an open-source map linked to Ukraine's military, showed almost all of Selydove under "
                    "Russian control as of Wednesday morning.")
    assert found == [("UA", "acknowledges", "territorial_control", "RU", ["Selydove"])]
    c = claims_of("Russia's chief of staff Valery Gerasimov said more than 80 percent of Vovchansk was under Russian "
                  "control.")[0]
    assert (c.event_type, c.quantities) == ("territorial_control", {"share_pct": 80})


def test_losses_suffered_a_figure_given_while_saying_and_deaths_acknowledged():
    claims = claims_of("Britain's Defence Ministry estimated that Russian forces suffered an average of 1,140 killed or "
                       "wounded per day in November.\n\nVolodymyr Zelenskyy gave a rare official figure last week, "
                       "saying 43,000 Ukrainian soldiers had been killed.\n\nThe figure compares with September 2022, "
                       "when the then defence minister, Sergei Shoigu, acknowledged 5,937 deaths.\n")
    assert [(c.claimant.side, c.stance, c.actor_side) for c in claims] == [
        ("INT", "asserts", "UA"), ("UA", "acknowledges", "RU"), ("RU", "acknowledges", "UA")]
    assert claims[2].quantities == {"killed": 5937}


def test_the_dead_of_a_town_hit_by_drones_were_killed_by_its_enemy():
    found = summary("In Kharkiv, two people were killed and 11 wounded when drones hit a residential neighborhood, "
                    "Mayor Ihor Terekhov said.")
    assert ("UA", "asserts", "casualties", "RU", ["Kharkiv"]) in found


def test_it_said_is_the_body_that_spoke_since_and_one_civilian_killed_in_the_passive():
    found = summary("Russia launched 135 drones at Ukraine overnight, Ukraine's air force said. It said 98 drones were "
                    "shot down or jammed.\n\nBryansk Gov. Alexander Bogomaz said a civilian was killed when a drone "
                    "struck a minibus near the town of Klintsy.\n")
    assert ("UA", "asserts", "interception", "UA", []) in found
    c = next(c for c in claims_of("Bryansk Gov. Alexander Bogomaz said a civilian was killed when a drone struck a "
                                  "minibus near the town of Klintsy.") if c.event_type == "casualties")
    assert (c.claimant.side, c.actor_side, c.quantities) == ("RU", "UA", {"killed": 1})


def test_all_of_them_destroyed_are_the_weapons_of_the_strike_just_told():
    claims = claims_of("The Russian defence ministry said 16 drones targeted warships in the bay of Sevastopol early "
                       "on Saturday. All of them were destroyed, it said.")
    interception = next(c for c in claims if c.event_type == "interception")
    assert (interception.claimant.side, interception.actor_side, interception.quantities,
            [p.name for p in interception.localities]) == ("RU", "RU", {"drones": 16}, ["Sevastopol"])


def test_a_commander_in_chief_acknowledges_his_forces_pulled_back_to_a_village_s_outskirts():
    found = summary(" date 2023-12 Ukraine's commander-in-chief has acknowledged that his forces have pulled back to "
                    "the outskirts of Marinka, a day after Russia claimed to have captured the town.\n")
    assert ("UA", "acknowledges", "withdrawal", "UA", ["Marinka"]) in found


def test_english_losses_and_a_single_victim_named_by_role():
    claims = claims_of(" date 2024-07 A Ukrainian drone hit a car that was on the road to Shebekino on Monday and it "
                       "was destroyed, killing the driver, Belgorod Gov. Vyacheslav Gladkov wrote on Telegram.\n")
    assert [c.quantities for c in claims if c.event_type == "casualties"] == [{"killed": 1}]
    claims = claims_of(" date 2024-04 Ukraine's General Staff said on Friday that its drones had struck the airfield "
                       "of Morozovsk overnight and that around 20 Russian military personnel were killed or wounded in "
                       "the attack on the base.\n")
    assert [c.quantities for c in claims if c.event_type == "casualties"] == [{"killed_or_wounded": 20}]


def test_occupied_describes_a_place_it_does_not_take_it():
    found = summary(" date 2024-07 Ukraine's General Staff said its forces had hit a Russian S-400 air defence system "
                    "near Yevpatoria in occupied Crimea, destroying a launcher and a radar station.\n")
    assert [t for _s, _st, t, _a, _p in found] == ["strike"]
    found = summary(" date 2024-07 In the neighbouring Dnipropetrovsk region, Russian artillery pounded the town of "
                    "Nikopol, across the river from the Russian-occupied Zaporizhzhia nuclear power plant, wounding "
                    "a 62-year-old man, the governor said.\n")
    assert ("UA", "asserts", "strike", "RU", ["Nikopol"]) in found  # (the plant names no town of its own)
    assert not [f for f in found if f[2] == "capture"]


def test_a_site_named_for_its_town_places_the_strike_there():
    found = summary(" date 2024-04 Ukraine's general staff said separately that its drones had struck the Afipsky oil "
                    "refinery in Russia's Krasnodar region, causing a fire.\n")
    assert ("UA", "asserts", "strike", "UA", ["Afipskiy"]) in found


def test_the_source_said_is_the_source_last_quoted():
    found = summary(" date 2024-04 A source in Ukraine's Security Service told the Kyiv Independent that drones had "
                    "struck the Morozovsk military airfield in Rostov Oblast overnight. The SBU also targeted the Engels "
                    "airbase in Saratov Oblast and the Yeysk airfield in Krasnodar Krai, the source said. According to "
                    "the source, around 20 Russian military personnel were killed or wounded.\n")
    assert ("UA", "asserts", "strike", "UA", ["Engels", "Yeysk"]) in found
    assert [f[0] for f in found if f[2] == "casualties"] == ["UA"]


def test_a_toll_s_verb_after_an_aside_on_the_children_among_the_dead():
    c = next(c for c in claims_of(" date 2023-01 At least 35 people, including two children, were killed when a "
                                  "Russian missile hit a nine-storey apartment block in the central Ukrainian city of "
                                  "Dnipro on Saturday, officials say.\n") if c.event_type == "casualties")
    assert c.quantities["killed"] == 35


def test_the_subject_of_a_verb_not_said_speaks_in_the_verb_coordinated_with_it():
    found = summary(" date 2024-07 Ukraine's General Staff did not comment on Urozhaine but said its forces had repelled "
                    "31 Russian assaults in the Pokrovsk direction over the past 24 hours.\n")
    assert found == [("UA", "asserts", "attack_repelled", "UA", ["Pokrovsk"])]


def test_a_defence_minister_named_by_office_speaks_for_his_side():
    found = summary(" date 2022-07 Russia's defence minister told President Vladimir Putin on Sunday that Moscow's forces "
                    "had captured the city of Lysychansk.\n")
    assert found == [("RU", "asserts", "capture", "RU", ["Lysychansk"])]


def test_an_agency_with_its_acronym_in_brackets_speaks():
    claims = claims_of(" date 2026-02 The International Organization for Migration (IOM) estimates that about 3.7 "
                       "million people remain internally displaced in Ukraine.\n")
    assert [(c.claimant.side, c.event_type) for c in claims] == [("INT", "displacement")]


def test_an_evacuation_ordered_by_the_authorities_of_a_region():
    found = summary(" date 2024-08 Authorities in the northeastern Sumy region ordered the mandatory evacuation of "
                    "eight more villages in the Bilopillia and Khotin communities as Russian glide bomb attacks "
                    "intensified.\n")
    assert ("UA", "asserts", "displacement", None, ["Bilopillia", "Khotin"]) in found
    claims = claims_of(" date 2023-11 Prokudin said 29 patients, including eight children, had been evacuated from the "
                       "hospital to Mykolaiv overnight.\n")
    assert [c.quantities for c in claims if c.event_type == "displacement"] == [{"civilians": 29}]


def test_a_strike_on_named_kinds_of_target_needs_no_town():
    found = summary(" date 2024-08 Russia's defence ministry said its forces had carried out \"a group strike with "
                    "high-precision weapons\" against Ukrainian military-industrial facilities and fuel depots.\n")
    assert found == [("RU", "asserts", "strike", "RU", [])]


def test_where_the_weapons_were_launched_from_is_no_target():
    claims = claims_of(" date 2024-08 The air force said Russia had launched four Iskander-M ballistic missiles and 15 "
                       "Shahed drones from the Kursk and Bryansk regions overnight.\n")
    strike = next(c for c in claims if c.event_type == "strike")
    assert (strike.localities, strike.region) == ([], None)


def test_every_town_of_a_listed_subject_is_the_place_taken():
    found = summary(" date 2022-04 Ukrainian officials said on Saturday that Irpin and Bucha had been liberated from "
                    "the Russian forces that occupied them for a month.\n")
    assert ("UA", "asserts", "capture", "UA", ["Irpin", "Bucha"]) in found


def test_villages_taken_with_an_adjective_and_told_by_he_said_are_the_last_speaker_s_capture():
    text = (" date 2022-06 Russian defence ministry spokesman Igor Konashenkov said some 2,000 Ukrainian troops were "
            "surrounded near the villages of Hirske and Zolote, south of Lysychansk.\n\nRussian and separatist units "
            "had also taken the nearby villages of Loskutivka and Rai-Oleksandrivka over the past two days, he said.\n")
    found = {(c.event_type, c.claimant.side, tuple(p.name for p in c.localities)) for c in claims_of(text)}
    # "near the villages of" names where the troops are; "south of Lysychansk" only locates them
    assert found == {("encirclement", "RU", ("Hirske", "Zolote")),
                     ("capture", "RU", ("Loskutivka", "Rai-Oleksandrivka"))}


def test_attempts_that_were_thwarted_are_a_repelled_attack_not_an_offensive():
    text = (" date 2024-08 Fighting went on in the Kursk region on Wednesday, officials said.\n\nThe defence ministry "
            "said later that its troops had thwarted attempts to break through near Korenevo and Sudzha.\n")
    found = {(c.event_type, c.claimant.side, c.actor_side) for c in claims_of(text)}
    assert ("attack_repelled", "RU", "RU") in found and not [f for f in found if f[0] == "offensive"]


def test_russians_who_fight_for_ukraine_speak_for_ukraine():
    text = (" date 2024-03 Fighting went on in the Belgorod region on Tuesday, officials said.\n\nThe Russian Volunteer "
            "Corps said it had captured two Russian soldiers near Kozinka.\n")
    (c,) = [c for c in claims_of(text) if c.event_type == "prisoners"]
    assert (c.claimant.name, c.claimant.side) == ("Russian Volunteer Corps", "UA")


def test_an_official_who_puts_the_death_toll_at_a_figure_states_it():
    text = (" date 2022-11 A Russian missile struck an apartment block in Mykolaiv on Friday, officials said.\n\n"
            "Regional Governor Vitaliy Kim put the death toll at six by mid-morning.\n")
    (c,) = [c for c in claims_of(text) if c.claimant.name == "Vitaliy Kim"]
    assert (c.event_type, c.claimant.side, c.quantities) == ("casualties", "UA", {"killed": 6})


def test_officials_who_said_after_a_comma_are_those_of_the_place_it_happened():
    text = (" date 2024-09 LVIV, Ukraine, Sept 4 (Reuters) - A Russian missile and drone attack on the western "
            "Ukrainian city of Lviv killed seven people on Wednesday, officials said, as rescuers searched the "
            "rubble.\n\nUkraine's air force said Russia had launched 13 missiles and 29 drones overnight.\n")
    toll = next(c for c in claims_of(text) if c.event_type == "casualties")
    assert (toll.claimant.name, toll.claimant.side, toll.quantities["killed"]) == ("Local authorities", "UA", 7)


def test_an_article_ending_on_a_denial_in_its_own_voice_is_read_not_lost():
    for closing in ("The report could not be independently verified and appeared to be false.",
                    "Those reports were dismissed as propaganda."):
        text = (" date 2022-06 Russia's defence ministry said on Friday its forces had taken the village of Zolote in "
                f"the Luhansk region.\n\n{closing}\n")
        found = [(c.event_type, c.claimant.side, c.stance) for c in claims_of(text)]
        assert found == [("capture", "RU", "asserts")]  # (the article's voice denies nothing, and breaks nothing)


def test_the_places_of_a_count_listed_in_a_later_sentence():
    text = (" date 2023-06 KYIV, Ukraine (AP) — Ukrainian forces have recaptured seven villages over the past week, "
            "Deputy Defense Minister Hanna Maliar said Monday.\n\nIn all, troops had pushed forward up to 6.5 kilometers, "
            "Maliar wrote on Telegram. The seven were Lobkove, Levadne and Novodarivka in the Zaporizhzhia region and "
            "Neskuchne and Storozheve in the Donetsk region, she said.\n")
    capture = next(c for c in claims_of(text) if c.event_type == "capture")
    assert capture.quantities["localities"] == 7
    assert {"Lobkove", "Levadne", "Novodarivka"} <= {p.name for p in capture.localities}


def test_a_drone_attack_repelled_is_an_interception_in_english_too():
    text = (" date 2024-08 Russia's defence ministry said on Tuesday its forces had repelled a drone attack on the "
            "Morozovsk airfield in the Rostov region.\n\nThe governor said there were no casualties.\n")
    assert "interception" in {c.event_type for c in claims_of(text)}
    assert "attack_repelled" not in {c.event_type for c in claims_of(text)}


def test_a_place_after_a_verb_in_quotation_marks_is_the_object():
    text = (" date 2025-11 Moscow's defence ministry said on Sunday that units of its \"East\" group of forces had "
            "\"liberated\" Verkhnia Tersa in the Zaporizhzhia region.\n\nUkraine did not comment on the claim.\n")
    capture = next(c for c in claims_of(text) if c.event_type == "capture")
    assert (capture.claimant.side, [p.name for p in capture.localities]) == ("RU", ["Verkhnia Tersa"])
