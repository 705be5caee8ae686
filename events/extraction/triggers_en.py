"""What event an English phrase names: the trigger patterns of English wire copy, with what each needs to make a record.

Part of the English vocabulary (`lexicon_en.py` re-exports it); patterns run on the folded text.
"""

from __future__ import annotations

import re

from events.extraction.triggers_fr import TriggerPattern

# --- Event triggers -----------------------------------------------------------------------------------------------


def _tp(event_type: str, regex: str, verbal: bool, needs: str = "", weight: int = 0) -> TriggerPattern:
    return TriggerPattern(event_type, re.compile(regex), verbal, needs, weight)


PEOPLE = (r"(?:soldiers|troops|servicemen|fighters|men|prisoners|members|marines|paratroopers|mercenaries|people"
          r"|civilians|personnel|conscripts|firefighters|rescuers|workers|employees|passengers|sailors|police officers"
          r"|policemen|journalists|patients|families)")
_N = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|\w+-\w+)"
WEAPONS = r"(?:drones?|uavs?|missiles?|rockets?|shaheds?|bombs?|aircraft|jets?|helicopters?)"
TRIGGERS: list[TriggerPattern] = [
    _tp("prisoners", rf"\b(?:captured|taken prisoner|took prisoner|taking prisoner|surrendered)\b(?=\s+(?:\w+\s+){{0,2}}"
                     rf"(?:more than |over |at least )?{_N}\s+(?:\w+\s+){{0,2}}{PEOPLE}|\s+(?:\w+\s+){{0,2}}{PEOPLE})"
                     rf"|\b(?:prisoners? of war|pows?)\b|\btaken (?:as )?prisoners?\b"
                     rf"|\b(?:took|taken|taking|take)\s+(?:\"?[\w,]+\"?\s+){{1,5}}(?:as )?prisoners?\b"
                     # an exchange: "103 Russian servicemen ... had been returned", "Another 103 of our defenders are home"
                     rf"|\b{PEOPLE}\b[^.;]{{0,60}}?\b(?:had been|have been|were|was) (?:returned|freed|released|swapped"
                     rf"|exchanged)\b|\b(?:defenders|soldiers|servicemen|people|prisoners)\b,? (?:are|were|have come|came"
                     rf"|returned) (?:back )?home\b"
                     # "a small number of Ukrainian soldiers had been captured": people, not a town
                     rf"|\b{PEOPLE}\s+(?:\w+\s+){{0,2}}?(?:had been|have been|has been|were|was|being)\s+(?:\w+ly\s+)?"
                     rf"(?:captured|taken prisoner)\b"
                     # "41 Ukrainian servicemen had laid down their arms near Zolote and surrendered"
                     rf"|(?<=\s){PEOPLE}\b[^.;]{{0,60}}?\b(?:surrendered|laid down (?:their|his|its) (?:arms|weapons))\b",
        True, "number", 3),
    # "All of them were destroyed, it said": the weapons just counted
    _tp("interception", r"\b(?:all|most|\d[\d,]*|[a-z]+)\s+of\s+(?:them|these|those)\s+(?:were|had been|have been|was)\s+"
                        r"(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b", True, "", 1),
    _tp("interception", rf"\b(?:shot down|shoots down|shooting down|downed|intercepted|intercepts|destroyed|neutrali[sz]ed)"
                        rf"\b(?=[^.;]{{0,50}}\b{WEAPONS})|\b{WEAPONS}\b[^.;]{{0,60}}\b(?:were|was|had been|have been)"
                        rf"\s+(?:\w+ly\s+)?(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed)\b"
                        r"|\b(?:shot down|intercepted|destroyed|downed)\s+(?:\d[\d,]*|all)\s+of\s+(?:them|these|those)\b"
                        # "..., 20 of which were shot down"
                        r"|\b(?:\d[\d,]*|all|most)\s+of\s+(?:which|them|these|those)\s+(?:were|was|had been|have been)"
                        r"\s+(?:\w+ly\s+)?(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed)\b",
        True, "number", 3),
    _tp("encirclement", r"\b(?:encircled|encircling|encirclement|surrounded|cut off|in a pincer)\b", True),
    _tp("agreement", r"\b(?:signed|sign|signing|concluded|sealed|struck)\b[^.;]{0,40}\b(?:deal|agreement|treaty|pact"
                     r"|partnership|accord)\b", True),
    _tp("withdrawal", r"\b(?:withdr[ae]wn?|withdrawing|pulled (?:back|out)|pull(?:ing)? out|retreated"
                      r"|pulled (?:its|their|the|his|our) (?:\w+ ){0,2}(?:back|out)"
                      r"|(?:forced|had|ordered|decided) to (?:withdraw|retreat|pull (?:back|out)|leave)"
                      r"|to (?:withdraw|retreat|pull (?:back|out))|withdraws"
                      r"|retreating|abandoned)\b", True, "place", 2),
    _tp("withdrawal", r"\b(?:withdrawal|retreat) from\b", False, "place", 2),
    # "units had moved to more favourable positions": the euphemism of a pull-back
    _tp("withdrawal", r"\b(?:moved|relocated|repositioned|redeployed|regrouped|manoeuvred|maneuvered|shifted)\b[^.;]{0,60}?"
                      r"\bto (?:more|better) (?:favou?rable|advantageous|defensible|secure|prepared|protected) "
                      r"(?:positions|lines)\b", True, "", 3),
    _tp("attack_repelled", r"\b(?:repelled|repulsed|repels|repulses|fought off|beat back|beaten back|thwarted|foiled"
                           r"|(?:halted|stopped|stalled|blunted|checked) (?:the|their|its|an?) (?:\w+ )?(?:advance|assault"
                           r"|offensive|attack|push))\b|\b(?:advance|attack|assault|offensive|incursion)s?\s+(?:had been|has been"
                           r"|have been|was|were)\s+(?:halted|stopped|blocked|contained)\b", True, "", 2),
    # "pushed out of the village", "driven from": a loss, the capture of the other side.
    _tp("capture", r"\b(?:pushed|drove|forced|kicked|drive|push)\s+(?:\w+\s+){1,3}(?:out of|from|back from)\b", True,
        "place_or_quantity", 2),
    _tp("casualties", rf"\blost\s+(?:(?:up to|about|around|more than|over|at least|nearly)\s+)?{_N}\s+(?:\w+\s+)?{PEOPLE}",
        True, "number", 1),
    # "Russian forces suffered an average of 1,140 killed or wounded per day": losses the subject took
    _tp("casualties", r"\b(?:suffered|sustained|incurred)\b(?=[^.;]{0,50}\b(?:killed|wounded|casualties|losses|dead"
                      r"|deaths)\b)", True, "number", 2),
    # "gained a foothold on the left bank", "established a bridgehead on the eastern bank": ground taken, no town named.
    _tp("capture", r"\b(?:(?:gained|gain|established|establish|secured|won) (?:a |their |its )?(?:foothold|bridgeheads?)"
                   r"|bridgeheads?)\b(?=[^.;]{0,30}\bbank\b)", True, "", 1),
    _tp("capture", r"\b(?:pushed out of|driven out of|driven from|ousted from|expelled from|forced out of|lost control of"
                   r"|changed hands|fell to|has fallen|had fallen|have fallen)\b", True, "place_or_quantity", 2),
    _tp("capture", r"\b(?:captured|capturing|captures|(?:took|taken|taking|take|gained|gain|regained|established)"
                   r" (?:full |complete |total )?control (?:of|over)|seized|seizing|seizes|liberated|liberating|liberates|retook"
                   r"|retaken|retaking|recaptured|recapturing|entered|cleared of|took over|taken over"
                   # ("occupied Crimea", "the Russian-occupied plant": a state of things, no taking)
                   r"|regained|overran|(?<![\w-])(?<!in )(?<!of )(?<!the )(?<!-)occupied"
                   r"(?! (?:crimea|territor|areas?|part|regions?"
                   r"|parts|ukraine|southern|eastern|zaporizhzhia|kherson|donetsk|luhansk|nuclear|city|town|village))"
                   r"|raised (?:the|their|its) flag"
                   # "Bakhmut was completely taken", "the village has been taken"
                   r"|\b(?:was|were|has been|had been|have been) (?:\w+ly )?taken(?! (?:to|into|in|by surprise|aback|"
                   r"hostage|prisoner|captive|part|place|off|out|away|seriously|from)\b)"
                   r"|(?:capture|retake|recapture|liberate|seize)(?! of))\b",
        True, "place_or_quantity", 1),
    _tp("capture", r"\b(?:capture|liberation|seizure|fall|recapture|takeover|loss) of\b", False, "place_or_quantity", 3),
    _tp("capture", rf"\b(?:took|taken|taking)\s+(?=(?:the\s+)?(?:(?:nearby|neighbou?ring|small|key|strategic|front-?line"
                   r"|two|three|four|five|several)\s+)?(?:villages?|towns?|settlements?|city|cities) of\b"
                   rf"|(?:(?:more than|over|about|some|at least)\s+)?{_N}\s+(?:more\s+|other\s+)?(?:villages|settlements|towns"
                   rf"|localities|square)\b)", True, "place_or_quantity", 1),
    _tp("casualties", r"\bdeath toll\b(?=[^.;]{0,110}\b(?:rose|risen|climbed|increased|reached|stood|stands|is|was|of)\b)"
                      # "Governor X put the death toll at six" (the putting is the report)
                      r"|(?:(?<=\bput )|(?<=\bputs )|(?<=\braised ))the\s+(?:death\s+)?toll\s+at\b",
        True, "number", 2),
    _tp("casualties", r"\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|casualties|deaths)\b", True,
        "number", 1),
    _tp("displacement", r"\b(?:fled|fleeing|evacuated|evacuating|displaced|refugees)\b"
                        # "460 people would have to leave settlements around Borova", "were still living in"
                        r"|\b(?:would have|will have|have been told|had been told|were told|was told|were ordered) to leave\b"
                        r"|\b(?:remain(?:ed)?|were still living|are still living|still live)\s+in\b", True, "number", 1),
    # "ordered the mandatory evacuation of eight more villages", "ordered families with children to evacuate from X":
    # an evacuation of named places, with or without a count of people
    _tp("displacement", r"\b(?:ordered|announced|organi[sz]ed|declared|expanded)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                        r"evacuation\b|\b(?:ordered|urged|told|called on)\s+(?:[\w,'-]+\s+){1,8}?to (?:evacuate|leave)\b"
                        r"|\bevacuation of\b|\bevacuations? from\b", True, "place", 2),
    _tp("deployment", r"\b(?:north korean|foreign|belarusian|korean|western) (?:forces|troops|soldiers|units|fighters"
                      r"|servicemen)\b[^.;]{0,40}?\b(?:battling|fighting|fought|deployed|sent|stationed|taking part)\b"
                      r"|\b(?:fighting|battling|fought) alongside\b", True, "actor", 3),
    _tp("deployment", rf"\b(?:deployed|sent|dispatched|deploying|sending|dispatching|redeployed|massed|amassed"
                      rf"|massing|amassing|concentrated|concentrating)\s+"
                      rf"(?:(?:about|around|some|more than|over|up to|nearly|at least|roughly)\s+)?(?:{_N}\s+)?(?:\w+\s+)?"
                      rf"(?:troops|soldiers|reinforcements|forces|units)\b|\breinforcements\b", True, "", 2),
    _tp("territorial_control", r"\b(?:under (?:\w+ )?control|controls|controlled|in control of|holds?|occupies"
                               r"|control(?=\s+(?:about |around |some |more than |over |nearly |roughly |up to "
                               r"|at least )?\d))\b", True,
        "quantity", 0),
    _tp("strike", rf"\b(?:launched|launches|launching|fired|firing|carried out|dropped|dropping)\s+\"?"
                  rf"(?:\"?[\w,-]+\"?\s+){{0,5}}\"?(?:strikes?|{WEAPONS}|barrages?|bombardments?)\b", True, "actor", 1),
    # "had been trying to capture the town": an attempt is an offensive, not a capture.
    _tp("offensive", r"\b(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|seeking|sought|struggling|battling"
                     r"|fighting|pushing|pressing) to (?:capture|take|seize|encircle|surround|break through|advance|"
                     r"retake|storm|overrun)\b", True, "actor", 3),
    _tp("offensive", r"\b(?:advanced|advancing|advances|pushed forward|gained ground|made gains|stormed|storming"
                     r"|crossed the border|cross-border (?:raid|attack|incursion|assault))\b",
        True, "actor", 0),
    # "attacked Ukrainian positions near X 15 times": ground assaults on the other side's lines
    _tp("offensive", r"\b(?:attacked|attacking|attack|attacks|assaulted|stormed)\s+(?:[\w'-]+\s+){0,2}?(?:positions"
                     r"|defen[cs]e lines?|defen[cs]es|lines|trenches)\b", True, "actor", 1),
    _tp("offensive", r"\b(?:launched|launches|launching|carried out|conducted|mounted|began|pressing)\s+"
                     r"(?:(?!drone|missile|air|rocket|artillery)\w+\s+){0,3}(?:attacks|assaults|offensive"
                     r"|counteroffensive|counter-offensive|counterattacks?|incursion)\b", True, "actor", 0),
    _tp("strike", r"\b(?:struck|shelled|shelling|bombed|bombarded|hit|pounded|targeted)\b", True, "number_or_place", 0),
    _tp("strike", rf"\b(?:attacked|attacks|attacking|targeted|struck|hit|pounded)\s+(?:[\w'-]+\s+){{0,3}}with\s+"
                  rf"(?:[\w,-]+\s+){{0,4}}{WEAPONS}", True, "number_or_place", 2),
    _tp("strike", r"\b(?:destroyed|damaged|disabled)\b(?=[^.;]{0,40}\b(?:systems?|depots?|warehouses?|bridges?|radars?"
                  r"|refinery|refineries|plants?|airfields?|air bases?|bases?|command posts?|ships?|vessels?|tanks?"
                  r"|headquarters|launchers?|substations?|infrastructure|power (?:station|plant)s?|buildings?"
                  r"|homes?|houses?|apartments?|hospitals?|schools?|trains?|stations?|facilit(?:y|ies))\b)"
                  # "several buildings were destroyed", "a passenger train was damaged": damage told in the passive
                  r"|\b(?:buildings?|homes?|houses?|apartments?|hospitals?|schools?|trains?|stations?|facilit(?:y|ies)"
                  r"|infrastructure|substations?|plants?)\b[^.;,]{0,30}\b(?:was|were|had been|have been|has been)"
                  r"\s+(?:\w+ly\s+)?(?:damaged|destroyed|hit|struck)\b", True, "number_or_place", 0),
    _tp("strike", r"\b(?:drone|missile|air|rocket|artillery|aerial|bomb)\s+(?:attacks?|strikes?|raids?|barrages?)\b"
                  r"|\b(?:russian|ukrainian) (?:\w+ )?(?:strikes?|shelling|bombardments?|air raids?)\b"
                  r"|\bthe (?:attack|strike)s?\s+(?=(?:damaged|destroyed|hit|killed|wounded|injured|set|struck))", False,
        "number_or_place", 2),
    _tp("offensive", r"\b(?:counteroffensive|counter-offensive|counter attack|counter-attack|counterattack|offensive"
                     r"|incursion|assaults?|invasion|advance|push)\b|\b(?:\d[\d,]*|new|further|fresh) attacks\b", False,
        "actor", 0),
]
