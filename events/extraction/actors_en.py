"""The speakers English war copy quotes, as data: bodies, officials and outlets, each with its side and the pronoun
that can refer back to it. Patterns run on the flattened text (see `lexicon_en`); re-exported by `lexicon_en`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.types import ActorRef


@dataclass(frozen=True)
class Speaker:
    pattern: re.Pattern[str]
    actor: ActorRef
    pronoun: str  # "he" | "she" | "it" | "they": which pronoun can refer back to it


def _sp(regex: str, name: str, side: str, kind: str, pronoun: str = "") -> Speaker:
    return Speaker(re.compile(regex), ActorRef(name, side, kind), pronoun or ("he" if kind == "person" else "it"))


_RU = r"(?:russia's|russian|moscow's|the russian)"
_UA = r"(?:ukraine's|ukrainian|kyiv's|kiev's|the ukrainian)"
MOD = r"(?:defen[cs]e ministry|ministry of defen[cs]e)"  # (used by lexicon_en too)
_ARMY = r"(?:military(?: leadership| command| leaders)?|armed forces|army)"

# Longest match wins at a position, so specific names come before the country words they contain.
SPEAKERS: list[Speaker] = [
    _sp(rf"\b{_RU} {MOD}|\bministry of defen[cs]e of (?:the )?russia(?:n federation)?\b", "Russian Ministry of Defence",
        "RU", "ministry"),
    _sp(rf"\b{_UA} {MOD}|\bministry of defen[cs]e of ukraine\b", "Ukrainian Ministry of Defence", "UA", "ministry"),
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
