"""English reporting and military vocabulary, as data: reporting verbs, clause boundaries, sides, quantity nouns;
the speakers live in `actors_en.py` and the event triggers in `triggers_en.py`, both re-exported here.

Every pattern runs on the flattened text (`lexicon.flatten`: same length as the article, lower-case, accent-free,
straight quotes and apostrophes). Patterns describe the genre (English wire copy on the war), never one article.
"""

from __future__ import annotations

import re

from events.extraction.actors_en import MOD, SPEAKERS, Speaker  # noqa: F401  (re-exported)
from events.extraction.lexicon import ACKNOWLEDGES, ASSERTS, DENIES
from events.extraction.triggers_en import PEOPLE, TRIGGERS, WEAPONS, TriggerPattern  # noqa: F401  (re-exported)

__all__ = ["ACKNOWLEDGES", "ASSERTS", "DENIES"]


OUTLET_NAMES = {"reuters": "Reuters", "associated press": "AP", "afp": "AFP", "france-presse": "AFP", "tass": "TASS",
                "ria novosti": "RIA Novosti", "interfax-ukraine": "Interfax-Ukraine", "interfax": "Interfax",
                "bbc": "BBC", "cnn": "CNN", "new york times": "New York Times", "washington post": "Washington Post",
                "kyiv independent": "Kyiv Independent", "ukrinform": "Ukrinform", "ria": "RIA Novosti",
                "rbc-ukraine": "RBC-Ukraine", "ukrainska pravda": "Ukrainska Pravda", "suspilne": "Suspilne",
                "unian": "UNIAN", "izvestia": "Izvestia", "kommersant": "Kommersant"}
# "the defence ministry", "the military": the body already named, else the one of the side in question. The
# first name of each table is the default when nothing names a side (Ukraine's air force reports the air raids).
BARE_BODIES = [
    (re.compile(rf"\bthe (?:{MOD}|ministry)\b"), "ministry",
     {"RU": "Russian Ministry of Defence", "UA": "Ukrainian Ministry of Defence"}),
    (re.compile(r"\bthe (?:military|army|armed forces|corps|brigade|regiment|battalion|unit)\b"
                r"|(?<=, )(?:military|army)(?= says\b)"), "army",
     {"UA": "Ukrainian Armed Forces", "RU": "Russian Armed Forces"}),
    (re.compile(r"\bthe air force\b"), "air force", {"UA": "Ukrainian Air Force", "RU": "Russian Aerospace Forces"}),
]
# A named official: "Moscow Mayor Sergei Sobyanin", "the governor of the region, Oleh Syniehubov".
ROLE = (r"(?:governor|gov|mayor|spokesman|spokeswoman|spokesperson|commander|chief|head|minister|president|general"
        r"|colonel|adviser|advisor|official|deputy|ambassador|secretary|leader|envoy|ombudsman|analyst|expert"
        r"|researcher)")
# Analysts, experts and researchers speak for no belligerent unless their title names one.
ANALYST_ROLE = re.compile(r"\b(?:analyst|expert|researcher)s?\b")
ROLE_WORD = re.compile(rf"\b{ROLE}s?\b")
RANK = r"(?:lieutenant|lt|major|maj|brigadier|admiral|adm|sergeant|sgt|captain|capt|gen|col|army|colonel|general)"
SIDE_ADJECTIVES = [
    (re.compile(r"\b(?:russian|russia's|russia|moscow|kremlin|pro-russian|pro-moscow)\b"), "RU"),
    (re.compile(r"\b(?:ukrainian|ukraine's|ukraine|kyiv|kiev)\b"), "UA"),
    (re.compile(r"\b(?:u\.s\.|us|american|pentagon|white house)\b"), "US"),
    (re.compile(r"\bnorth korean?\b"), "KP"),
    (re.compile(r"\b(?:british|britain's|french|german|polish|european|nato|u\.n\.|united nations|estonian|lithuanian"
                r"|finnish|south korean?)\b"), "INT"),
]

# --- Reporting ----------------------------------------------------------------------------------------------------

REPORTING = [
    (ASSERTS, re.compile(r"\b(?:said|says|say|told|tells|claimed|claims|claim(?= that)|announced|announces|reported"
                         r"|reports|confirmed|confirms|stated|states|added|adds|wrote|writes|declared|declares|insisted"
                         r"|asserted|alleged|noted|informed|briefed|boasted|assured|estimated|estimates|warned|warns|accused|accuses"
                         r"|believes|believed|assessed|assesses|concluded"
                         # an authority's orders about its own people and forces are its statements
                         r"|ordered|orders"
                         # a war map's reading: "DeepState showed almost all of Selydove under Russian control"
                         r"|showed|shows"
                         # "Governor X put the death toll at six": a toll given is a statement
                         r"|(?:put|puts|raised)(?= the (?:death )?toll at\b))\b")),
    (ACKNOWLEDGES, re.compile(r"\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes)\b")),
    (DENIES, re.compile(r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted"
                        r"|refutes|rebuffed|contradicted)\b")),
]
# "..., adding that ...": the speaker of the verb before goes on.
PARTICIPLES = [
    (ASSERTS, re.compile(r"\b(?:adding|saying|claiming|noting|stressing|insisting|reporting|announcing|asserting)\b")),
    (DENIES, re.compile(r"\b(?:denying|rejecting|dismissing)\b")),
]
# "the agency quoted the ministry as saying": the one quoted speaks.
QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(.{2,60}?)\s+as (?:saying|stating|reporting)\b")
NEGATED_VERB = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?$")
# Between the speaker and the verb: "Russia said on Saturday", "the Pentagon last month confirmed".
SPEAKER_GAP = re.compile(r"^(?:\s*\([\w.'-]{2,12}\)|\)"  # "the International Organization for Migration (IOM) estimates"
                         r"|\s+(?:also|later|earlier|again|previously|separately|then|officially|publicly|had|has|have"
                         r"|in (?:moscow|kyiv|kiev|washington)"
                         # "officials in occupied Donetsk said", "the governor of the Belgorod region said"
                         r"|(?:in|of) (?:the )?(?:(?:russian-|russia-)?occupied |southern |eastern |northern |western )?"
                         r"[a-z'-]+(?: [a-z'-]+)?(?: region| city| town| oblast| province)?"
                         r"|\w+ly|on \w+|last \w+|this \w+|earlier on \w+|in a (?:statement|post|video|briefing))\b)*\s*$")
SPEAKS = re.compile(r"(?:\s+(?:\w+ly|also|on \w+|last \w+))*\s+(?:said|says|told|announced|reported|claimed|confirmed)\b")
# After the verb, before what is said: "said on Saturday that", "told President X on Thursday that".
AFTER_VERB = re.compile(r"^\s*(?:(?:on|late on|early on|last|this) \w+\s*|in a (?:statement|post|video|briefing)\s*)*")
ACCORDING_TO = re.compile(r"\b(?:according to|citing|cited by|as reported by)\s+")
# "The claim was disputed by Kyiv": a denial of what was just reported.
PASSIVE_DENIAL = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:denied|disputed|rejected"
                            r"|dismissed|refuted)\s+by\s+")
DENIAL_WORDS = re.compile(r"\b(?:untrue|not true|false|fake|lies?|baseless|groundless|propaganda)\b")
ALLEGATION = re.compile(r"\b(?:the|these|those|such|this|that|its|their) (?:claims?|reports?|statements?|allegations?"
                        r"|assertions?|announcement)\b")
PRONOUN = re.compile(r"(?:^|[\s,\"(])(he|she|it|they|the (?:same )?source|the official)\s+"
                     r"(?:\w+ly\s+|also\s+|later\s+|then\s+|had\s+|has\s+)?$")

# A side that says it still fights in, holds or controls a place denies that the place was taken.
HOLDING = re.compile(r"\b(?:fighting (?:\w+ ){0,4}(?:continue[sd]?|continuing|(?:is|was) (?:still )?(?:ongoing|going on"
                     r"|under way))"
                     r"|(?:battles|clashes) (?:\w+ )?continue[sd]?|(?:are|is|were|was) still (?:fighting|holding|defending"
                     r"|in control)|continue[sd]? to (?:fight"
                     r"|hold|defend|control)|(?:remains?|remained|is still|was still) (?:firmly )?under (?:ukrainian|russian|our"
                     r"|its|their) control|(?:holding|hold|held) (?:their|its|our) (?:positions|ground)|still (?:holds?"
                     r"|held|controls?|controlled))\b")

# Civilians among the dead: a toll of the speaker's own civilians is no military loss it acknowledges.
CIVILIAN_WORDS = re.compile(r"\b(?:civilians?|children|child|women|residents|people|persons|pensioners|inhabitants)\b")

# "accused each other of shelling", "blamed each other for the attack": each side accuses the other.
MUTUAL_ACCUSATION = re.compile(r"\b(?:accused|accuse|accusing|blamed|blame|blaming) (?:each other|one another)"
                               r"(?: on \w+)? (?:of|for)\s+")

# --- Clauses ------------------------------------------------------------------------------------------------------

# Where one clause ends and another begins; a "goal" clause states an aim, never an event.
BOUNDARIES = [
    # "the town of Selydove, a mining town ... that Moscow's troops have been trying to seize": what the place is,
    # not a report
    ("apposition", re.compile(r",\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:town|city|village|hub|settlement|stronghold)"
                              r"\b)")),
    ("contrast", re.compile(r",?\s+but\s+|;\s+|,?\s+while\s+|,?\s+whereas\s+|,\s+and\s+(?=(?:the|its|their|his|her|"
                            r"russian|ukrainian|russia|ukraine|kyiv|moscow)\b)|:\s+(?=\")")),
    ("background", re.compile(r",?\s+as\s+(?=(?:its|their|the|russian|ukrainian|russia|ukraine|moscow|kyiv)\b)")),
    ("relative", re.compile(r",\s+(?:a claim|an assertion|a statement|a report|claims|reports)\b"

                            r"|,\s+(?:which|who|where)\s+|(?<!\bof)\s+(?:who|which)\s+(?=(?:were|was|had|have|has|are|is)\b)"
                            r"|,\s+(?=(?:\d[\d,]*|all|most|some|none)\s+of\s+(?:which|whom|them)\b)")),
    ("adjunct", re.compile(r",?\s+(?:(?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?|years?) )?"
                           r"(?:after|before|as|since|following)\s+(?=\w+ing\b)|,\s+(?!including\b)(?=\w+ing\b)")),
    ("coordinate", re.compile(r",?\s+and that\s+|\s+and\s+(?=\w+ing\b)|\s+and\s+(?:are|is|were|was|have|has)\s+(?=\w+ing\b)"
                              r"|\s+and\s+(?!(?:wounded|injured|killed|damaged|destroyed|dead|missing)\b)"
                              r"(?=(?:\w+ed|took|struck|shot|hit|fought|beat|drove|retook|won|seized|overran)\s)")),
    ("goal", re.compile(r",?\s+(?:in order |so as )?to\s+(?!the\b|a\b|an\b|its\b|their\b|have\b|be\b|\d"
                        r"|withdraw\b|retreat\b|pull (?:back|out)\b)(?=[a-z]+\b)")),
]
# "to" after these words belongs to the verb phrase ("continuing to destroy"), it opens no goal.
NOT_GOAL_BEFORE = re.compile(r"\b(?:continu\w*|beg[au]n|begin\w*|start\w*|managed|tr(?:y|ied|ying)|attempt\w*|failed"
                             r"|sought|seeking|able|forced|going|set|expected|appears?|seemed|used|likely|ready|wants?"
                             r"|wanted|plan\w*|aim\w*|moved|refused|agreed|vowed|threatened|pledged|promised|decided"
                             r"|claim\w*|order|due|about|ha(?:s|ve|d)|been|allowed|ordered|back|up)\s*$")
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|if|unless|whether|threatened|plans? to|aims? to|ready to)\b")
NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|failed to|without)\b(?:\s+\w+){0,3}\s*$")

# --- Event triggers: in `triggers_en.py`, re-exported above ----------------------------------------------------
# Share of a settlement, not an area: a tally of control, not a capture ("70 percent of Pokrovsk").
PART_OF = re.compile(r"\b(?:\d+ ?(?:%|percent|per cent)|(?:large |most |parts? |half |a third |much )+)\s*of\b")

# Words naming who acted, near a trigger.
_FORCES = (r"(?:forces|troops|army|military|units?|soldiers|servicemen|fighters|assault|air defen[cs]es?|drones?"
           r"|missiles?|strikes?|attacks?|offensive|counteroffensive|counter-offensive|counter attack|shelling|aviation"
           r"|artillery|grouping|group|brigades?|battalions?|marines|navy|air force|control|invasion|incursion|advance"
           r"|capture|recapture|liberation|seizure)")
SIDE_NEAR = [
    (re.compile(rf"\b(?:russian|russia's|moscow's|kremlin's|pro-russian|wagner)\s+(?:\w+\s+){{0,2}}{_FORCES}\b"
                r"|\b(?:russia|moscow)\s+(?=(?:had |has |have )?\w+ed\b)|\bby (?:russia|moscow)\b|\bwagner\b"), "RU"),
    (re.compile(rf"\b(?:ukrainian|ukraine's|ukraine|kyiv's|kiev's)\s+(?:\w+\s+){{0,2}}{_FORCES}\b"
                r"|\b(?:ukraine|kyiv|kiev)\s+(?=(?:had |has |have )?\w+ed\b)|\bby (?:ukraine|kyiv|kiev)\b"), "UA"),
    (re.compile(rf"\bnorth korean?\s+(?:\w+\s+)?{_FORCES}\b|\bpyongyang's\s+{_FORCES}"), "KP"),
]
OWN_SIDE = re.compile(r"\b(?:its|their|our|his) (?:own )?(?:troops|forces|army|soldiers|units|men|military|fighters)\b")

# Quantity nouns -> quantity keys; adjectives between the number and its noun are skipped.
QUANTITY_NOUNS = [
    (re.compile(r"^(?:settlements?|villages?|towns?|localities|communities|hamlets)\b"), "localities"),
    (re.compile(r"^(?:square (?:kilomet(?:er|re)s?|km)|sq\.? km|km2|km²)"), "area_km2"),
    (re.compile(r"^(?:drones?|uavs?|shaheds?)\b"), "drones"),
    (re.compile(r"^(?:missiles?|rockets?)\b"), "missiles"),
    (re.compile(r"^(?:attacks|assaults)\b"), "attacks"),
    (re.compile(r"^(?:regions|oblasts|provinces)\b"), "regions"),
    (re.compile(r"^(?:battalions?)\b"), "battalions"),
    (re.compile(r"^(?:brigades?)\b"), "brigades"),
    (re.compile(r"^(?:tanks?|armou?red vehicles?|vehicles?)\b"), "vehicles"),
    (re.compile(r"^%"), "share_pct"),
]
SKIPPED_ADJECTIVES = re.compile(r"^(?:(?:more|other|new|further|additional|ukrainian|russian|north|korean|enemy|attack"
                                r"|kamikaze|combat|cruise|ballistic|long-range|foreign|military|civilian|of|the|their|its)\s+)+")
PEOPLE_NOUN = re.compile(rf"^(?:{PEOPLE}|person|persons|children|child|women|residents|inhabitants|others)\b")
KILLED = re.compile(r"\b(?:killed|killing|dead|died|deaths|lost their lives|dead)\b")
WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt)\b")

# --- Places -------------------------------------------------------------------------------------------------------

SETTLEMENT_PREFIX = re.compile(r"\b(?:city|town|village|settlement|hamlet|villages|settlements|towns|stronghold|hub)"
                               r"\s+of\s+|\b(?:villages|settlements|towns|localities)(?:\s+\w+){0,3}?,?\s+"
                               r"(?:including|such as|among them)\s+"
                               # "The seven were Lobkove, Levadne and ...": the places of a count just told
                               r"|(?:^|(?<=[.!?] )|(?<=\n))(?:the|these) (?:\w+ )?(?:villages|settlements|towns|localities"
                               r"|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:were|are|include|included)\s+")
LOCATIVE_PREFIX = re.compile(r"\b(?:(?:in|near|at|around|outside|towards?|into|from|on|of|over|across|inside|beyond)"
                             # "in nearby Myrnohrad", "in neighbouring Kostiantynivka"
                             r"(?:\s+(?:nearby|neighbou?ring|frontline|front-line|embattled|besieged|devastated))?"
                             r"|including"
                             r"|such as"
                             # the target of a strike: "shelling Oleshky", "struck Kharkiv", "hit Odesa"
                             r"|shelling|shelled|struck|striking|bombed|bombing|hit|hitting|targeted|targeting|pounded"
                             r"|pounding|attacked|attacking)"
                             r"\s+(?:the\s+)?(?:(?:russian-|russia-)?occupied\s+)?")
# The object of a verb of taking or losing ground is a place even when the gazetteer knows only a village of that name.
OBJECT_PREFIX = re.compile(r"\b(?:retook|retaken|recaptured|captured|seized|liberated|entered|took|taken|lost|abandoned"
                           r"|capture of|liberation of|fall of|control of|withdrawal from|retreat from|out of"
                           # "pulled back to the outskirts of Marinka": where troops stand or left is a settlement
                           r"|pulled (?:back|out) (?:from|of)|withdr[ae]wn? from|retreated from|outskirts of|edges? of"
                           r"|(?:heart|centre|center) of)\"?\s+(?:the\s+)?")  # ('had "liberated" Volodymyrivka')
# A place named only to locate another: "Andriivka, south of Bakhmut".
LOCATOR_BEFORE = re.compile(r"(?:\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outskirts) of|\b(?:kilomet(?:er|re)s?"
                            r"|km|miles) (?:from|of)|\b(?:near|outside|close to|towards?|direction of))\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:(?:city|town|village|settlement) of\s+)?$")
AIR_ATTACK = re.compile(r"\b(?:drone|missile|rocket|air) (?:attacks?|strikes?|raids?)\b|\battacks? (?:by|with|of) "
                        r"(?:\w+ )?(?:drones|missiles|rockets)\b")
FOILED_BEFORE = re.compile(r"\b(?:thwarted|foiled|repelled|repulsed|beat back|beaten back|stopped|halted|blocked"
                           r"|prevented|fought off)\s+(?:[\w-]+\s+){0,3}$")
SEA_OR_UNIT_AROUND = re.compile(r"\bsea of\s+$|\s+(?:sea|battalion|regiment|brigade)\b")
NEAR_WORD = re.compile(r"(?:near|outside|close to|towards?|direction of)\b")
# (a name right before "near", not the first word of a sentence: "Andriivka, near Bakhmut", "Kruhliakivka near Kupiansk")
PLACE_COMMA_BEFORE = re.compile(r"(?<![.!?\n\"“])(?<![.!?\n\"“] )\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s*$")
REGION_SUFFIX = re.compile(r"\s+(?:border\s+)?(?:region|oblast|province)s?\b")
DISTRICT_SUFFIX = re.compile(r"\s+districts?\b")
SECTOR_SUFFIX = re.compile(r"\s+(?:sector|direction|axis|front)\b")
ANAPHORIC_SETTLEMENT = re.compile(r"\b(?:the|this|that) (?:\w+ )?(?:city|town|village|settlement)\b(?!\s+of\b)")
CAPITALS = [(re.compile(r"\bthe russian capital\b"), "Moscow"), (re.compile(r"\bthe ukrainian capital\b"), "Kyiv")]
BARE_CAPITAL = re.compile(r"\bthe capital\b(?! (?:of|city of|region|district)\b)(?!'s)")
CAPITAL_NAMED = re.compile(r"\b(kyiv|kiev|moscow)\b")
METONYMS = {"kyiv", "kiev", "moscow", "washington", "pyongyang", "kremlin"}
NOT_PLACES = {"russia", "ukraine", "the", "a", "an", "but", "and", "president", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "telegram", "soviet", "western", "west", "east", "moscow's",
              # nationality adjectives before "town of X" are no places
              "russian", "ukrainian", "belarusian", "north korean", "american", "polish", "european"}
# Of those, the words that say who holds a town (a territorial_control claim), and the holder they may name.
HELD = re.compile(r"\b(?:(?:remains?|remained|is still|was still|is|was) (?:firmly |fully )?under (?:the )?(?:full )?"
                  r"(?:control|[a-z']+ control)|continue[sd]? to (?:hold|control)|still (?:holds?|held|controls?|controlled)"
                  r"|(?:holding|hold|held) (?:their|its|our) (?:positions|ground)"
                  r"|(?<=\w) under (?:russian|ukrainian) control)\b")
HOLDER = [(re.compile(r"\b(?:russian|russia's|moscow's|of russia|of russian)\b"), "RU"),
          (re.compile(r"\b(?:ukrainian|ukraine's|kyiv's|of ukraine|of ukrainian)\b"), "UA")]
# "had not been encircled", "was not surrounded", "has not been captured": the speaker denies it happened.
NOT_DONE_TO_US = re.compile(r"\b(?:had|have|has|was|were|is|are) not (?:been )?(?:encircled|surrounded|captured|taken)\b"
                            r"|\b(?:had|have|has|was|were|is|are)n't (?:been )?(?:encircled|surrounded|captured|taken)\b")
# "The ministry identified the villages as X and Y", "named them as": the places of a count just told.
# "The seven were Lobkove, Levadne and ...", "The villages are X and Y": the places of the count just told.
LISTED_AS = re.compile(r"\s*(?:the|these) (?:\w+ )?(?:villages|settlements|towns|localities|two|three|four|five|six"
                       r"|seven|eight|nine|ten|\d+) (?:were|are|include|included)\b")
NAMED_AS = re.compile(r"\b(?:identified|named|listed) (?:the (?:two |three |four |five |\w+ )?(?:villages|settlements|towns"
                      r"|localities)|them|these|those) as\b")
