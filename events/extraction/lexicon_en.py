"""English reporting and military vocabulary, as data: speakers, reporting verbs, event triggers, quantity nouns.

Every pattern runs on the flattened text (`lexicon.flatten`: same length as the article, lower-case, accent-free,
straight quotes and apostrophes). Patterns describe the genre (English wire copy on the war), never one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.lexicon import ACKNOWLEDGES, ASSERTS, DENIES
from events.extraction.triggers_en import PEOPLE, TRIGGERS, WEAPONS, TriggerPattern  # noqa: F401  (re-exported)
from events.extraction.types import ActorRef

__all__ = ["ACKNOWLEDGES", "ASSERTS", "DENIES"]


@dataclass(frozen=True)
class Speaker:
    pattern: re.Pattern[str]
    actor: ActorRef
    pronoun: str  # "he" | "she" | "it" | "they": which pronoun can refer back to it


def _sp(regex: str, name: str, side: str, kind: str, pronoun: str = "") -> Speaker:
    return Speaker(re.compile(regex), ActorRef(name, side, kind), pronoun or ("he" if kind == "person" else "it"))


_RU = r"(?:russia's|russian|moscow's|the russian)"
_UA = r"(?:ukraine's|ukrainian|kyiv's|kiev's|the ukrainian)"
_MOD = r"(?:defen[cs]e ministry|ministry of defen[cs]e)"
_ARMY = r"(?:military(?: leadership| command| leaders)?|armed forces|army)"

# Longest match wins at a position, so specific names come before the country words they contain.
SPEAKERS: list[Speaker] = [
    _sp(rf"\b{_RU} {_MOD}|\bministry of defen[cs]e of (?:the )?russia(?:n federation)?\b", "Russian Ministry of Defence",
        "RU", "ministry"),
    _sp(rf"\b{_UA} {_MOD}|\bministry of defen[cs]e of ukraine\b", "Ukrainian Ministry of Defence", "UA", "ministry"),
    _sp(rf"\b(?:(?:chief|head) of )?{_RU} general staff\b", "Russian General Staff", "RU", "army"),
    _sp(rf"\b(?:(?:chief|head) of )?{_UA} general staff\b|\bgeneral staff of {_UA} armed forces\b"
        rf"|\bthe general staff\b", "Ukrainian General Staff", "UA", "army"),
    _sp(rf"\b{_UA} air (?:force|defen[cs]e forces?)\b", "Ukrainian Air Force", "UA", "army"),
    # "Russia's defence minister told President Vladimir Putin that ...": the office speaks for its ministry's side
    _sp(rf"\b{_RU} (?:deputy )?defen[cs]e minister\b", "Russian Minister of Defence", "RU", "person", "he"),
    _sp(rf"\b{_UA} (?:deputy )?defen[cs]e minister\b", "Ukrainian Minister of Defence", "UA", "person", "he"),
    # "Ukraine's commander-in-chief has acknowledged that his forces have pulled back"
    _sp(rf"\b{_UA} (?:top |military |army )?(?:commander-in-chief|commander in chief|top commander|army chief"
        r"|military chief|top general)\b", "Ukrainian commander-in-chief", "UA", "army", "he"),
    _sp(rf"\b{_RU} (?:top |military |army )?(?:commander-in-chief|top commander|army chief|military chief|top general)\b",
        "Russian military command", "RU", "army", "he"),
    _sp(rf"\b{_UA} (?:sbu |hur )?(?:air force|navy|border (?:guard )?service|security service|military intelligence"
        r"(?: agency)?)\b|\b(?:the )?(?:sbu|hur|gur)(?: security service| military intelligence(?: agency)?)?\b",
        "Ukrainian security forces", "UA", "army"),
    # A spokesman or analysts named without a side ("a military spokesman said"): the side of the places around.
    _sp(r"\b(?:a|the) (?:military|army|regional|local) (?:spokes(?:man|woman|person)|official)\b", "Military spokesperson",
        "?", "army"),
    # A unit of a named force ("the 1st Azov Corps of Ukraine's National Guard") and the forces themselves.
    _sp(r"\b(?:the )?\d+(?:st|nd|rd|th) (?:separate )?(?:[a-z-]+ ){0,2}(?:brigade|regiment|division|battalion|corps)"
        rf" of {_UA} (?:national guard|{_ARMY}|ground forces|marines|navy|air assault forces)\b", "Ukrainian military unit",
        "UA", "army"),
    _sp(rf"\b{_UA} (?:national guard|territorial defen[cs]e forces|ground forces|marine corps|marines"
        r"|special operations forces|air assault forces)\b|\bnational guard of ukraine\b", "Ukrainian Armed Forces", "UA",
        "army"),
    _sp(rf"\b{_RU} national guard\b|\brosgvardia\b", "Russian National Guard", "RU", "army"),
    # A unit named by its number ("the 14th Mechanized Brigade said"): its side comes from the places around it.
    _sp(r"\b(?:the )?\d+(?:st|nd|rd|th) (?:separate )?(?:[a-z-]+ ){0,2}(?:brigade|regiment|division|battalion|corps)\b",
        "Military unit", "?", "army"),
    # Officials named by their level only: their side comes from the places around them.
    _sp(r"\b(?:(?:pro-russian|pro-moscow|separatist|russian-installed|moscow-installed|russian-appointed)"
        r" (?:\w+ )?(?:officials?|authorities|administration|leaders?|governor|head|mayor)"
        r"|(?:russian-installed|moscow-installed|russian-appointed) [a-z]+)\b", "Russian-installed authorities", "RU",
        "government", "they"),
    _sp(r"\b(?:local|regional|city|municipal|district) (?:(?:military|state) )?(?:officials|authorities|administration"
        r"|governor"
        r"|prosecutor'?s?(?: office)?|prosecutors|police|emergency services|rescue services)\b"
        r"|\bthe (?:regional |region's |local )?governor\b|\b(?:the )?(?:emergency|rescue) services\b"
        r"|\b(?:the )?(?:regional |local )?prosecutor'?s? office\b"
        # "Authorities in the northeastern Sumy region ordered ...": officials known by where they govern
        r"|\b(?:the )?authorities (?:in|of) (?:the )?(?:[\w'-]+ ){1,3}?(?:region|oblast|province|city|town)\b"
        # "..., officials said": the officials of where it happened
        r"|(?<=, )(?:officials|authorities)(?= (?:said|say|told|reported|added)\b)",
        "Local authorities", "?", "government", "they"),
    _sp(rf"\b{_UA} (?:{_ARMY}|troops|forces command|operational command|(?:\w+ )?(?:brigade|battalion))\b"
        r"(?!\s+(?:personnel|servicemen|vehicles|equipment|aircraft|targets?|facilit|sites?|infrastructure|positions?"
        r"|installations?|bloggers|analysts|experts))", "Ukrainian Armed Forces", "UA", "army"),
    # ("20 Russian military personnel were killed": the dead, no speaker)
    _sp(rf"\b{_RU} (?:{_ARMY}|forces command)\b(?!\s+(?:personnel|servicemen|vehicles|equipment|aircraft|targets?"
        r"|facilit|sites?|infrastructure|positions?|installations?|bloggers|analysts|experts))", "Russian Armed Forces", "RU",
        "army"),
    _sp(r"\b(?:a|an|two|several) (?:senior |high-ranking |local )?(?:ukrainian|ukraine's) (?:\w+ )?(?:sources?|officials?"
        r"|commanders?|officers?|soldiers?|spokesm[ae]n)\b", "Ukrainian official", "UA", "government", "they"),
    _sp(r"\b(?:russian|pro-russian|pro-kremlin) (?:military |war )?(?:bloggers|correspondents|milbloggers|voenkors)\b",
        "Russian military bloggers", "RU", "media", "they"),
    _sp(r"\b(?:a|an|two|several) (?:senior |high-ranking |local )?(?:russian|russia's|pro-russian) (?:\w+ )?(?:sources?"
        r"|officials?|commanders?|officers?|bloggers?|soldiers?)\b", "Russian official", "RU", "government", "they"),
    _sp(rf"\b{_UA} (?:officials?|authorities|government|presidency|president's office|foreign ministry)\b",
        "Ukrainian authorities", "UA", "government", "they"),
    _sp(rf"\b{_RU} (?:officials?|authorities|government|foreign ministry)\b|\bthe kremlin\b|\bkremlin\b", "Kremlin",
        "RU", "government"),
    _sp(r"\b(?:the )?wagner (?:group|mercenary group|private military company)\b|\bwagner\b", "Wagner Group", "RU",
        "army"),
    # Russians who fight for Ukraine: named before "Russia" can claim the words
    _sp(r"\b(?:the )?russian volunteer corps\b|\bthe rdk\b", "Russian Volunteer Corps", "UA", "army", "it"),
    _sp(r"\b(?:the )?freedom of russia legion\b|\blegion (?:of )?freedom of russia\b", "Freedom of Russia Legion", "UA",
        "army", "it"),
    _sp(r"\b(?:russia|moscow)\b(?!'s| region| oblast| mayor| governor)", "Russia", "RU", "government"),
    _sp(r"\b(?:the )?khortytsia (?:operational[- ]strategic )?(?:group(?: of forces)?)?\b", "Khortytsia group of forces", "UA",
        "army", "it"),
    _sp(r"\b(?:the )?tavria (?:operational[- ]strategic )?(?:group(?: of forces)?)?\b", "Tavria group of forces", "UA",
        "army", "it"),
    _sp(r"\b(?:the )?(?:russian )?(?:north|south|east|west|centre|center|dnipro) group(?: of (?:forces|troops))?\b",
        "Russian group of forces", "RU", "army", "it"),
    # A command named without its country ("the army's eastern command"): its side comes from the context.
    _sp(r"\b(?:the )?(?:army's |military's )?(?:eastern|southern|northern|western|central|joint|air|naval)?\s?"
        r"(?:operational[- ](?:strategic )?)?(?:command|group of forces|(?:operational[- ](?:strategic )?)group)\b"
        r"|\b(?:the )?[a-z]+ operational[- ]strategic group\b|\b(?:the )?[a-z]+ group of forces\b", "Military command", "?",
        "army"),
    _sp(r"\b(?:ukraine|kyiv|kiev)\b(?!'s)", "Ukraine", "UA", "government"),
    # People who speak for a side in wire copy of the war.
    _sp(r"\b(?:(?:russian )?president )?vladimir putin\b|\bputin\b", "Vladimir Putin", "RU", "person"),
    _sp(r"\b(?:(?:general|chief of staff) )?valery gerasimov\b|\bgerasimov\b", "Valery Gerasimov", "RU", "person"),
    _sp(r"\b(?:sergei |sergey )?shoigu\b|\b(?:andrei )?belousov\b|\b(?:igor )?konashenkov\b", "Russian Ministry of Defence",
        "RU", "ministry", "he"),
    _sp(r"\b(?:dmitry )?peskov\b|\b(?:sergei )?lavrov\b|\b(?:maria )?zakharova\b", "Kremlin", "RU", "government", "he"),
    _sp(r"\b(?:yevgeny |yevgeniy )?prigozhin\b", "Yevgeny Prigozhin", "RU", "person"),
    _sp(r"\b(?:ramzan )?kadyrov\b", "Ramzan Kadyrov", "RU", "person"),
    _sp(r"\b(?:(?:ukrainian )?president )?volodymyr zelensk(?:yy|iy|y|i)\b|\bzelensk(?:yy|iy|y|i)\b"
        r"|\bthe ukrainian (?:president|leader)\b", "Volodymyr Zelensky", "UA", "person"),
    _sp(r"\b(?:oleksandr |olexander )?syrsk(?:yi|iy|y|i)\b", "Oleksandr Syrsky", "UA", "person"),
    _sp(r"\b(?:andriy |andrii )?yermak\b", "Andriy Yermak", "UA", "person"),
    _sp(r"\b(?:kyrylo )?budanov\b", "Kyrylo Budanov", "UA", "person"),
    _sp(r"\b(?:dmytro )?kuleba\b|\b(?:andrii |andriy )?sybiha\b|\b(?:rustem )?umerov\b|\b(?:oleksii )?reznikov\b"
        r"|\b(?:mykhailo )?podolyak\b|\b(?:denys )?shmyhal\b", "Ukrainian authorities", "UA", "government", "he"),
    _sp(r"\b(?:serhii |serhiy )?cherevat(?:yi|yy|iy)\b|\b(?:yuriy |yurii )?ihnat\b|\b(?:nazar )?voloshyn\b"
        r"|\b(?:andriy |andrii )?kovalenko\b|\b(?:dmytro )?lykhovyi\b", "Ukrainian Armed Forces", "UA", "army", "he"),
    # Regional officials the war reporting quotes most, by side (Russian-installed heads of occupied regions are
    # Russia's).
    _sp(r"\b(?:oleh )?syniehubov\b|\b(?:oleh )?synyehubov\b", "Oleh Syniehubov", "UA", "person"),
    _sp(r"\b(?:ihor )?terekhov\b", "Ihor Terekhov", "UA", "person"),
    _sp(r"\b(?:vitali )?klitschko\b", "Vitali Klitschko", "UA", "person"),
    _sp(r"\b(?:serhii |serhiy )?lysak\b", "Serhiy Lysak", "UA", "person"),
    _sp(r"\b(?:vadym )?filashkin\b", "Vadym Filashkin", "UA", "person"),
    _sp(r"\b(?:oleksandr )?prokudin\b", "Oleksandr Prokudin", "UA", "person"),
    _sp(r"\b(?:oleh )?kiper\b", "Oleh Kiper", "UA", "person"),
    _sp(r"\bvitaliy kim\b", "Vitaliy Kim", "UA", "person"),
    _sp(r"\b(?:hanna )?maliar\b|\b(?:hanna )?malyar\b", "Hanna Maliar", "UA", "person", "she"),
    _sp(r"\b(?:viktor |vladyslav )?(?:voloshyn|trehubov)\b", "Ukrainian Armed Forces", "UA", "army", "he"),
    _sp(r"\b(?:vladimir )?saldo\b", "Vladimir Saldo", "RU", "person"),
    _sp(r"\b(?:kirill )?stremousov\b", "Kirill Stremousov", "RU", "person"),
    _sp(r"\b(?:denis )?pushilin\b", "Denis Pushilin", "RU", "person"),
    _sp(r"\b(?:yevgeny )?balitsky\b", "Yevgeny Balitsky", "RU", "person"),
    _sp(r"\b(?:sergei )?aksyonov\b", "Sergei Aksyonov", "RU", "person"),
    _sp(r"\b(?:mikhail )?razvozhayev\b", "Mikhail Razvozhayev", "RU", "person"),
    _sp(r"\b(?:alexander )?bogomaz\b", "Alexander Bogomaz", "RU", "person"),
    _sp(r"\b(?:vyacheslav )?gladkov\b", "Vyacheslav Gladkov", "RU", "person"),
    _sp(r"\b(?:sergei )?sobyanin\b", "Sergei Sobyanin", "RU", "person"),
    _sp(r"\b(?:andrei )?vorobyov\b", "Andrei Vorobyov", "RU", "person"),
    # United States, North Korea, international bodies.
    _sp(r"\bthe white house\b|\bwhite house\b|\bthe pentagon\b|\bpentagon\b|\b(?:the )?state department\b"
        r"|\bwashington\b(?!'s)|\b(?:u\.s\.|us|american) (?:officials?|military|intelligence|administration|government)\b"
        r"|\bthe united states\b|\bu\.s\.(?!-)", "US government", "US", "government"),
    _sp(r"\b(?:(?:us |u\.s\. )?president )?(?:donald trump|joe biden)\b|\btrump\b|\bbiden\b|\b(?:antony )?blinken\b"
        r"|\b(?:marco )?rubio\b|\bjohn kirby\b|\blloyd austin\b|\b(?:pete )?hegseth\b", "US government", "US",
        "government", "he"),
    _sp(r"\bnorth korea(?:'s)? (?:government|leader|state media)\b|\bnorth korea\b(?!n)|\bpyongyang\b|\bkcna\b"
        r"|\bkim jong[- ]un\b", "North Korea", "KP", "government"),
    _sp(r"\b(?:the )?institute for the study of war\b|\b(?:the )?isw\b", "ISW", "INT", "organisation"),
    _sp(r"\b(?:the )?(?:united nations|un|u\.n\.)(?: human rights)?(?: office| mission| monitoring mission| agency"
        r"| monitors| refugee agency| secretary-general)?(?![\w.])|\b(?:antonio )?guterres\b"
        r"|\b(?:the )?ohchr\b|\b(?:the )?hrmmu\b", "United Nations", "INT", "organisation"),
    _sp(r"\b(?:the )?iaea\b|\b(?:rafael )?grossi\b", "IAEA", "INT", "organisation"),
    _sp(r"\bpoland\b|\bwarsaw\b|\bpolish (?:government|authorities|military|army)\b", "Poland", "INT", "government"),
    _sp(r"\b(?:britain's (?:defence|defense) ministry|britain|the united kingdom|the uk|london|the british (?:government"
        r"|defence ministry|defense ministry|military intelligence))\b", "United Kingdom", "INT", "government"),
    _sp(r"\bgermany\b|\bberlin\b|\bthe german government\b", "Germany", "INT", "government"),
    _sp(r"\bturkey\b|\bankara\b", "Turkey", "INT", "government"),
    _sp(r"\b(?:the )?nato\b|\b(?:mark )?rutte\b|\b(?:jens )?stoltenberg\b", "NATO", "INT", "organisation"),
    _sp(r"\b(?:the )?(?:red cross|icrc|osce|amnesty international|human rights watch|international organi[sz]ation for"
        r" migration|iom|unhcr|unicef|world health organi[sz]ation)\b",
        "International organisation",
        "INT", "organisation"),
    # Operators of power, railways and plants speak for the damage to what they run.
    _sp(r"\b(?:energoatom|ukrenergo|naftogaz|centrenergo|ukrzaliznytsia|ukrhydroenergo)\b", "Ukrainian state operator",
        "UA", "organisation"),
    _sp(r"\bdtek\b", "DTEK", "UA", "organisation"),
    _sp(r"\b(?:rosatom|rosenergoatom)\b", "Rosatom", "RU", "organisation"),
    # War-mapping projects and military channels of the genre, known by their side.
    _sp(r"\bdeepstate(?:map|ua)?\b|\bdeep state\b", "DeepState", "UA", "media", "it"),
    _sp(r"\brybar\b", "Rybar", "RU", "media", "it"),
    _sp(r"\bwargonzo\b", "WarGonzo", "RU", "media", "it"),
    _sp(r"\btwo majors\b", "Two Majors", "RU", "media", "it"),
    _sp(r"\b(?:reuters|the associated press|associated press|afp|agence france-presse|tass|ria novosti"
        r"|interfax(?:-ukraine)?|the bbc|bbc|cnn|the new york times|the washington post|the kyiv independent|ukrinform"
        r"|rbc-ukraine|ukrainska pravda|suspilne|unian|izvestia|kommersant)\b", "__outlet__", "media", "media"),
]
OUTLET_NAMES = {"reuters": "Reuters", "associated press": "AP", "afp": "AFP", "france-presse": "AFP", "tass": "TASS",
                "ria novosti": "RIA Novosti", "interfax-ukraine": "Interfax-Ukraine", "interfax": "Interfax",
                "bbc": "BBC", "cnn": "CNN", "new york times": "New York Times", "washington post": "Washington Post",
                "kyiv independent": "Kyiv Independent", "ukrinform": "Ukrinform", "ria": "RIA Novosti",
                "rbc-ukraine": "RBC-Ukraine", "ukrainska pravda": "Ukrainska Pravda", "suspilne": "Suspilne",
                "unian": "UNIAN", "izvestia": "Izvestia", "kommersant": "Kommersant"}
# "the defence ministry", "the military": the body already named, else the one of the side in question. The
# first name of each table is the default when nothing names a side (Ukraine's air force reports the air raids).
BARE_BODIES = [
    (re.compile(rf"\bthe (?:{_MOD}|ministry)\b"), "ministry",
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
                           r"|(?:heart|centre|center) of)\s+(?:the\s+)?")
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
