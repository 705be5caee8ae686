"""What event a French phrase names: the trigger patterns, each with the event type, whether it is a verb, and what
it needs to make a record (a place, a number, an actor).

Part of the French vocabulary (`lexicon.py` re-exports it); patterns run on the flattened text (lower case, no
accents, straight quotes) and are about the genre, never about one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- Event triggers -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerPattern:
    event_type: str
    pattern: re.Pattern[str]
    verbal: bool  # verbs outrank nouns in a segment
    needs: str = ""  # "place", "quantity", "place_or_quantity", "actor", "number": what makes it a record
    weight: int = 0  # tie-breaker among verbs or among nouns of one segment


def _tp(event_type: str, regex: str, verbal: bool, needs: str = "", weight: int = 0) -> TriggerPattern:
    # Wire copy quotes single words ('ont été « neutralisés »'): a quote mark may stand wherever a space does.
    return TriggerPattern(event_type, re.compile(regex.replace(" ", r'[\s"]+')), verbal, needs, weight)


PEOPLE = r"(?:soldats|militaires|combattants|hommes|prisonniers|membres|fantassins|mercenaires|personnes)"

# "capturé sept combattants", "une dizaine de soldats": a count in words
COUNT_WORDS = (r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent"
               r"|une dizaine de|une vingtaine de|une centaine de|des dizaines de|des centaines de|plusieurs)")
# A count in digits or in words, with the space after it: "309 ", "trois ", "trente-neuf ", "quatre-vingt-dix "
_NUMBER_WORD = (r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
                r"|trente|quarante|cinquante|soixante|cents?|mille)")
COUNT = rf"(?:[\d.\s]+|{_NUMBER_WORD}(?:[\s-]+(?:et[\s-]+)?{_NUMBER_WORD})*\s+)"
TRIGGERS: list[TriggerPattern] = [
    # "430 militaires ukrainiens avaient été capturés": the captives counted before the verb
    _tp("prisoners", rf"(?<=\d)\s(?:\w+ )?{PEOPLE}(?: \w+)? (?:ont ete|avaient ete|auraient ete|a ete|sont) captur\w*\b",
        True, "number", 3),
    _tp("prisoners", rf"\b(?:fait|faits|fais|faire|avoir fait) (?:\w+ )?prisonniers?\b|\bcaptur\w* (?:au total )?(?:plus de |"
                     rf"pres de )?(?:[\d.\s]+|{COUNT_WORDS} )(?:\w+ )?{PEOPLE}|\bprisonniers? de guerre\b|\bse sont rendus\b|"
                     rf"\bfait prisonnier", True, "number", 3),
    # An exchange: "le retour de 303 militaires russes", "303 défenseurs ukrainiens sont rentrés", "ont été libérés de
    # captivité": soldiers who had been prisoners, counted by the side that got them back
    _tp("prisoners", r"\b(?:retour|liberation|rapatriement|echange) (?:de |d')(?:[\d.\s]+|plus de [\d.\s]+)(?:\w+ )?"
                     r"(?:militaires|soldats|prisonniers|defenseurs|combattants|marins)\b"
                     r"|\b(?:militaires|soldats|prisonniers|defenseurs|combattants|marins)\b(?: \w+){0,2} (?:sont rentres"
                     r"|sont revenus|ont ete liberes|ont ete echanges|ont ete rapatries)\b"
                     r"|\bliberee?s? de (?:la )?captivite\b", True, "number", 2),
    # "Soixante d'entre eux ont été abattus": the weapons just counted
    _tp("interception", r"\bd'entre (?:eux|elles) (?:ont|avaient|auraient) ete (?:\w+ )?"
                        r"(?:abattu|intercepte|detruit|neutralise)s?\b", True, "number", 1),
    # "qui dit en avoir abattu respectivement 266 et 45": "en" stands for the weapons just named
    _tp("interception", r"\ben (?:a|ont|avait|avaient|avoir|aurait|auraient) (?:\w+ )?(?:abattu|intercepte|neutralise|detruit)\b"
                        r"(?=[^.;]{0,40}\d)", True, "number", 1),
    _tp("interception", r"\b(?:abattu|abattus|abattre|intercepte|interceptes|intercepter|detruit|detruits|neutralise|"
                        r"neutralises)\b(?=[^.;]{0,40}\b(?:drones?|missiles?|roquettes?|bombes?|avions?|helicopteres?"
                        r"|appareils|engins|aeronefs|cibles aeriennes))"
                        r"|\bdont [\d.\s]+(?:ont ete|ont|a ete|avaient ete) (?:abattus|interceptes|detruits|neutralises)"
                        r"|\b(?:drones?|missiles?|roquettes?)\b[^.;]{0,70}\b(?:avaient ete|avait ete|ont ete|ont|a ete) "
                        r"(?:abattus|interceptes|detruits"
                        r"|neutralises)\b|\b(?:drones?|missiles?|roquettes?)(?: \w+)? (?:abattus|interceptes|detruits"
                        r"|neutralises)\b", True, "number_or_place", 3),
    _tp("encirclement", r"\bencercle(?:e|es|s)?\b|\bencerclement\b|\bencercler\b|\bpris en tenaille\b|\bpris au piege\b"
                        r"|\bcernee?s?\b", True),
    _tp("agreement", r"\b(?:signe|signent|signeront|conclu|paraphe)\b[^.;]{0,40}\b(?:accord|traite|pacte|partenariat)",
        True),
    _tp("agreement", r"\b(?:signature|conclusion) (?:de l'|d'un |du |de cet |de ce |de la )?(?:accord|traite|pacte"
                     r"|memorandum|document|declaration)\b", False),
    # "il a été décidé de regrouper les troupes déployées dans les secteurs de X et Y": Moscow's word for a pull-back
    _tp("withdrawal", r"\b(?:regrouper|regroupement|regroupe|regroupees?) (?:de |d'|des |les |ses |leurs )?(?:\w+ )?"
                      r"(?:troupes|forces|unites)\b", True, "place", 3),
    # "a ordonné le repli des forces russes sur la rive gauche": an ordered pull-back, with or without a town
    _tp("withdrawal", r"\b(?:ordonne|annonce|decide|acheve|entame|commence|confirme)\w* (?:le |du |de son |de leur |l')?"
                      r"(?:repli|retrait) (?:des|de ses|de leurs) (?:forces|troupes|unites|soldats)\b", True, "", 3),
    # "nos unités ont manœuvré et se sont déplacées vers des positions plus avantageuses": the euphemism of a pull-back
    _tp("withdrawal", r"\b(?:deplacee?s?|regroupee?s?|redeployee?s?|repositionnee?s?|(?:man(?:oe|œ)uvr\w*)|repliee?s?"
                      r"|retirai(?:en)?t|se retiraient|se retirent)\b[^.;]{0,60}?\b(?:vers|sur) des "
                      r"(?:positions|lignes)(?: de defense)? \"?(?:plus|mieux) (?:\w+ et (?:plus |mieux )?)?\"?"
                      r"(?:favorables|avantageuses|sures|preparees|solides)\b", True, "", 3),
    _tp("withdrawal", r"\b(?:retire|retirees?|retires|se retirer|s'etaient retirees?|s'est retiree?|se sont retirees?|"
                      r"retrait|repli|replie(?:e|es|s)?|se replier|replient|evacue leurs positions|abandonne|retraite|"
                      r"reculer|recule|reculent|"
                      r"quitte|quitter|quittent|ont quitte|sortie des troupes)\b", True, "place", 2),
    _tp("attack_repelled", r"\b(?:repousse|repoussee?s?|repousser|repoussent|repoussai(?:en)?t|repoussant|"
                           r"dejoue|dejouer|dejouee?s?|stoppee?s?|mis en echec|arretee?s?|"
                           r"(?:a|ont) (?:ete )?arretee?s?|contrecarre|"
                           r"brise (?:l'|les |leur |une |la |toutes? les )?(?:\w+ )?(?:assauts?|attaques?|offensives?"
                           r"|avancees?|percees?|contre-offensives?|tentatives?)|contenu l'assaut|vaincue?s?"
                           # "l'aviation russe avait « stoppé » l'avancée ukrainienne", "enrayé la progression"
                           r"|(?:stoppe|arrete|enraye|bloque|freine|contenu|brise) (?:l'|la |les |leur |son |sa |une )"
                           r"(?:\w+ )?(?:avancee|progression|offensive|contre-offensive|assaut|poussee|percee)s?)\b",
        True, "", 2),
    _tp("offensive", r"\b(?:tente|tentent|tentait|tentaient|essaient|essayaient|cherchent|cherchaient|poursuivent"
                     r"|poursuivaient|(?:a|ont|avait|avaient) tente|(?:a|ont|avait|avaient) essaye)"
                     # ("l'ennemi a tenté à neuf reprises d'enfoncer nos lignes": how often, between the verbs)
                     r" (?:(?:\w+ment|desormais|toujours|encore|deja|maintenant|en vain|a \w+ reprises"
                     r"|a plusieurs reprises) )?"
                     r"(?:de |d'|a )"
                     r"(?:prendre|s'emparer|conquerir|encercler|percer|avancer|reprendre|enfoncer|"
                     r"progresser|pousser|entrer|penetrer|s'infiltrer|franchir|forcer)\b", True,
        "actor", 1),
    # "Vingt-neuf autres attaques ont visé les positions ukrainiennes": assaults on lines, not strikes
    _tp("offensive", r"\b(?:attaques|assauts|attaque|assaut)\b(?: [\w-]+){0,2} (?:ont vise|visaient|a vise|visait|ont cible)"
                     r"(?= (?:les|des|leurs|nos) (?:positions|lignes|defenses))", True, "actor", 2),
    # "ont attaqué à 30 reprises les positions ukrainiennes": ground assaults on the other side's lines
    _tp("offensive", r"\b(?:(?:a|ont|avait|avaient) attaque|attaquent|attaquaient)\b(?=[^.;]{0,40}\b(?:positions?"
                     r"|defenses?|lignes?|tranchees?)\b)", True, "actor", 1),
    _tp("offensive", r"\b(?:progress(?:e|ent|ait|aient|er|ant)|(?:a|ont|avait|avaient) progresse|avanc(?:ent|ait|aient|er)"
                     r"|contre-attaqu(?:e|ent|ait|aient|er)|(?:sont|est|etaient|etait) passee?s? a l'(?:attaque|offensive)"
                     r"|(?:lance|mene|menent|menaient|conduit|conduisent|conduire"
                     r"|mener|lancer) (?:\w+ )?(?:\w+ )?(?:offensives?|contre-offensives?|assauts?|contre-assauts?"
                     r"|attaques? terrestres?)"
                     # "ont lancé 56 attaques", "ont mené des dizaines d'attaques": ground attacks counted
                     r"|(?:lance|mene|menent|menaient|conduit) (?:[\d.\s]+|plusieurs |de nombreuses |des dizaines d')"
                     r"\s*attaques)\b", True, "actor", 1),
    # A foothold on a river bank is ground taken even with no town named: "ont réussi à s'implanter sur la rive
    # gauche", "avaient pris position sur la rive est du Dniepr", "une tête de pont sur la rive".
    _tp("capture", r"\b(?:pris pied|pris position|prendre pied|s'implanter|implantee?s?|etabli (?:une|des) tetes? de pont"
                   r"|tetes? de pont)\b(?=[^.;]{0,25}\brive\b)", True, "", 1),
    _tp("capture", r"\b(?:realise|realisent|enregistre|fait|obtenu)\s+(?:\w+\s+){0,5}gains\b|\bcaptur(?:e|ee|ees|es|er|ent)\b"
                   # "avaient également gagné 2 km² autour de Bakhmout": ground won, counted in km²
                   r"|\b(?:gagne|gagnent|gagnaient|grignote|grignotent)\b(?=\s+(?:\w+\s+){0,3}(?:[\d,.\s]+)\s*(?:km|kilometres))",
        True, "place_or_quantity", 1),
    _tp("capture", r"\b(?:pris|prises?)\b(?!\s+(?:au depourvu|au piege|part|en compte|en charge|la parole|fin|acte|feu"
                   r"|en tenaille|pour cible|de court|le dessus))"
                   # ("à neuf reprises d'enfoncer nos lignes": so many times, no village retaken)
                   r"|\b(?:repris|reprise|reprises(?! (?:d'|de |les |la |le |contre |dans |au cours|sur ))|reprendre"
                   r"|reconquis|reconquise|libere|liberee?s?|liberer|"
                   r"pris le controle|prendre le controle|pris possession|s'emparer|emparee?s?|empare|conquise?s?|"
                   r"conquis|prise|entree?s? (?:\w+ )?(?:a|dans)|plante (?:leur|le|son) drapeau|hisse (?:leur|le|son) drapeau|"
                   r"passes? sous (?:leur )?controle|passees? sous (?:leur )?controle|(?:est|sont|etait|serait) (?:desormais |"
                   r"maintenant |deja |entierement |totalement )?(?:aux|entre les) mains|tombee?s?"
                   r"|atteint (?:le centre|la gare|la mairie|l'hotel de ville)|"
                   r"pris pied|nettoyee?s?|(?:passee?s?|tombee?s?|repassee?s?) sous (?:le )?controle (?:total |complet )?"
                   r"(?:russe|ukrainien|de (?:l'armee|la russie|l'ukraine|moscou|kiev))|prise de controle"
                   r"|entrent (?:\w+ )?(?:a|dans)|penetre (?:dans|en)|penetrent (?:dans|en)|reprend|reprennent"
                   r"|s'empare|s'emparent|libere|liberent|conquiert|conquierent)\b", True,
        "place_or_quantity", 1),
    _tp("capture", r"\b(?:reconquete|conquete|reprise totale|reprise|liberation|prise|prise de controle|chute|perte) "
                   r"(?:(?:complete|totale|definitive|entiere|effective|rapide|officielle) )?(?:de|du|d'|des)\b", False,
        "place_or_quantity", 1),
    # "infligé de lourdes pertes à l'ennemi", "l'ennemi a subi des pertes importantes": a toll told without a number
    _tp("casualties", r"\b(?:(?:de |des )?(?:lourdes|importantes|serieuses|considerables|massives|enormes) pertes"
                      r"|(?:de |des )?pertes (?:lourdes|importantes|serieuses|considerables|massives|enormes))\b", True,
        "belligerent", 0),
    _tp("casualties", r"\b(?:tuee?s?|tue|tuant|blessant|morte?s?|blessee?s?|decedee?s?|pertes|victimes|perdu|perdant|perie?s?)\b",
        True, "number",
        1),
    # "a éliminé « jusqu'à 60 militaires »", "mis hors de combat 300 occupants": a side's count of enemy dead
    _tp("casualties", r"\b(?:elimine|eliminee?s|eliminant|eliminer|mis hors de combat|neutralise|neutralises)\b"
                      r"(?=[^.;]{0,60}\b(?:militaires|soldats|combattants|hommes|occupants|mercenaires|assaillants"
                      r"|nationalistes|saboteurs|servicemen)\b)", True, "number", 1),
    # "a ordonné l'évacuation obligatoire des familles de onze localités", "appelé à évacuer Kupiansk": an evacuation
    # of named places, with or without a count of people
    _tp("displacement", r"\bevacuations? (?:\w+ )?(?:obligatoires? |forcees? |partielles? )?(?:de|des|d'|du)\b"
                        r"|\b(?:ordonne|annonce|appele a|decide d'|decide|organise) (?:l')?evacu(?:er|ation)\b"
                        r"|\b(?:appele|exhorte|invite|demande)\w* (?:[\w',-]+ ){1,12}?a evacuer\b", True,
        "place", 2),
    _tp("displacement", r"\b(?:ont fui|fui|fuient|fuyant|evacuee?s?|deplacee?s?|refugiee?s?|"
                        r"(?:se|s'y) trouv(?:ent|aient|ait|e) (?:toujours|encore)|viv(?:ent|aient|ait) (?:toujours|encore)|"
                        r"restent|bloquee?s?"
                        # "il reste environ 1 100 civils", "il ne reste qu'un peu plus de 1.200 civils"
                        r"|il (?:ne )?(?:reste|resterait|restait|resteraient|demeure)"
                        r"(?=(?:[\s\"]+[\w']+){0,5}[\s\"]+[\d.\s]*\d))\b",
        True, "number", 1),
    _tp("deployment", r"\b(?:soldats|troupes|militaires|renforts|combattants)\b[^.;]{0,40}\b(?:envoyee?s?|depechee?s?)\b"
                      r"|\b(?:envoye|envoyer|depeche)\s+(?:[\d.\s]+|des |de nouveaux |plusieurs )?(?:\w+\s+)?(?:soldats|"
                      r"troupes|militaires|combattants)\b", True, "", 2),
    _tp("deployment", r"\b(?:envoye des renforts|renforts|deploiement|deploye(?:e|es|s)?|mobilise(?:e|es|s)|"
                      r"participation|combattu aux cotes|envoi de (?:troupes|soldats))\b", True, "", 1),
    _tp("territorial_control", r"\b(?:controle (?:par son armee )?de [\d.\s]+|controlent|controle|controlait|controlaient"
                               r"|controlons|controler|tenons"
                               r"|occupe|occupent"
                               r"|occupait|occupaient|tient|tiennent|detient|detiennent|perte de "
                               r"[\d.\s]+(?:localites|villages|km)|gains territoriaux)\b", True, "quantity", 0),
    _tp("strike", rf"\b(?:frappes?|frappe|bombarde(?:ment)?s?|pilonne|tire|tires|attaque (?:massive )?de {COUNT}(?:drones|"
                  r"missiles)|lance\w* (?:(?:(?:dans|pendant|durant|au cours de) la nuit(?: de \w+ (?:a|au) \w+)?|cette nuit"
                  r"|la nuit derniere|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|au moins) )*"
                  r"(?:un total de |au total |plus de |pres de |quelque |environ |pas moins de )?"
                  rf"{COUNT}(?:\w+ )?(?:drones?|missiles?|roquettes?))\b", True, "number_or_place", 0),
    _tp("strike", rf"\battaques? (?:massive |aerienne )?(?:de|aux) {COUNT}\w*\s*(?:drones|missiles)\b", False, "number", 2),
    # "76 missiles, dont 72 de croisière, ont été lancés vendredi matin": a launch told in the passive
    _tp("strike", r"\b(?:drones|missiles|roquettes|engins)\b[^.;]{0,60}\b(?:ont|avaient|auraient) ete (?:\w+ )?"
                  r"(?:lances|tires)\b", True, "number", 1),
    # "a utilisé des lance-roquettes pour frapper la prison" (only kept in a clause, never in a goal the segmenter cut)
    _tp("strike", r"\bpour (?:frapper|bombarder|pilonner)\b", True, "number_or_place", 0),
    _tp("strike", r"\b(?:a|ont|avait|avaient) (?:de nouveau |a nouveau |encore |deja |\w+ment "
                  r"|(?:lui|elle|eux|elles) aussi )?ete "
                  r"(?:\w+ment |de nouveau |a nouveau |encore |deja )?(?:visee?s?|ciblee?s?"
                  r"|frappee?s?|bombardee?s?|pilonnee?s?"
                  r"|touchee?s?|attaquee?s?) (?:par|a|dans|pendant|lors|au cours|durant|samedi|dimanche|lundi|mardi"
                  r"|mercredi|jeudi|vendredi|cette nuit|la nuit)\b"
                  # "Le port voisin de X a lui aussi été visé, a-t-il ajouté": the clause ends on the participle
                  r"|\b(?:a|ont) (?:(?:lui|elle|eux|elles) aussi|egalement|aussi) ete (?:visee?s?|ciblee?s?|frappee?s?"
                  r"|bombardee?s?|touchee?s?"
                  r"|attaquee?s?)\b", True, "number_or_place", 1),
    _tp("strike", r"\b(?:drones?|missiles?|roquettes?)\b[^.;]{0,30}\b(?:visai(?:en)?t|visent|ciblai(?:en)?t|ciblent"
                  r"|(?:etaient|etant|ont ete) (?:\w+ )?(?:dirigee?s|lancee?s) (?:contre|sur|vers))\b", True,
        "number_or_place", 1),
    _tp("strike", r"\b(?:tirs?|frappes?|attaques?) (?:de |d')(?:missiles?|roquettes?|artillerie|drones?|obus)\b", False,
        "number_or_place", 1),
    _tp("strike", r"\b(?:attaques?|frappes?|vagues?) (?:massives? |aeriennes? |nocturnes? )?(?:de|aux|par) (?:drones|missiles)\b",
        False, "number_or_place", 1),
    _tp("strike", r"\b(?:detruit|detruite|detruits|touche|endommage|coule|vise|visee?s?|visaient|visait|atteint|eventre"
                  r"|ravage|souffle|percute|aneanti)\b(?=[^.;]{0,40}"
                  r"\b(?:gare|immeubles?|hopital|ecole|batiments?|infrastructures?|port|usine|prison|quartier general|siege"
                  r"|centre commercial|zone commerciale|capitale|ville|navire|bateau|croiseur|minibus|autobus|bus"
                  r"|maternite|supermarche|marche|"
                  r"char|blinde|avion|helicoptere|systeme|depot|entrepot|pont|radar|raffinerie|centrale|aerodrome|base|"
                  r"poste de commandement|sous-marin|point de deploiement|lanceurs?|positions?|concentrations?"
                  r"|munitions))", True, "number_or_place", 1),
    # "les villes de Nikopol et de Marhanets ont reçu une soixantaine d'obus", "l'Ukraine a essuyé une attaque de 93
    # drones": a place that took the fire
    _tp("strike", r"\b(?:recu|essuye|subi)\s+(?:(?:dans |pendant |durant |au cours de )?(?:la |cette )?(?:meme )?nuit\s+)?"
                  r"(?:[\w-]+\s+){0,3}?(?:d'|de |des )?(?:obus|frappes?|tirs|missiles?|roquettes?|drones|bombes?"
                  r"|bombardements?|attaques? de (?:drones|missiles))\b", True, "number_or_place", 1),
    # "l'armée russe a largué au moins six bombes aériennes guidées sur Kharkiv"
    _tp("strike", r"\blargu\w*\s+(?:[\w'-]+\s+){0,4}?(?:bombes?|kab|missiles?|munitions?|obus|drones?)\b", True,
        "number_or_place", 1),
    # "un missile a touché une entreprise industrielle", "deux drones ont frappé un immeuble": a weapon that hits
    _tp("strike", r"\b(?:missiles?|roquettes?|obus|bombes?|drones?|projectiles?)\b(?: [\w'-]+){0,3} (?:a|ont|avait|avaient"
                  r"|aurait|auraient) (?:\w+ )?(?:touche|frappe|atteint|detruit|endommage|vise|pulverise|souffle|eventre"
                  r"|percute|ravage)\b", True, "number_or_place", 1),
    # "quatre bombes guidées tombées sur la périphérie de la ville", "des obus sont tombés sur Nikopol"
    _tp("strike", r"\b(?:missiles?|roquettes?|obus|bombes?|drones?|projectiles?)\b(?: [\w'-]+){0,3} (?:(?:sont|est|ont|a) )?"
                  r"(?:tombee?s?|tombes|abattue?s? sur|explose)(?= (?:sur|dans|a|pres|en)\b)"
                  # "Un missile russe s'est abattu dimanche matin sur un centre commercial"
                  r"|\b(?:missiles?|roquettes?|obus|bombes?|drones?)\b(?: [\w'-]+){0,3} (?:s'est|se sont) abattue?s?"
                  # ("se sont abattus dimanche, vers 10 h 15, en plein centre de Soumy")
                  r"(?=(?:\s|,)(?:[\w'-]+(?:\s|,)+){0,8}?(?:sur|en plein centre|au centre|dans|a)\b)", True,
        "number_or_place", 1),
    # "plusieurs bâtiments ont été détruits", "un train de passagers a été endommagé": damage reported as such
    _tp("strike", r"\b(?:gare|immeubles?|hopital|ecole|batiments?|infrastructures?|usines?|maisons?|habitations?|train"
                  r"|entrepots?|depots?|raffineries?|centrales?|sous-stations?|installations?)\b"
                  r"(?:[^.;,]{0,60}|[^.;,]{0,25},[^.;,]{0,40},[^.;,]{0,5})\b(?:a|ont|avait|avaient)"
                  r" ete (?:\"\s*)?(?:\w+ment )?(?:\"\s*)?(?:endommagee?s?|detruite?s?|touchee?s?|soufflee?s?|incendiee?s?"
                  r"|eventree?s?|ravagee?s?|frappee?s?|aneantie?s?)\b", True,
        "number_or_place", 1),
    # "l'état-major a fait état de combats près de X", "d'intenses combats ont lieu pour Toretsk": fighting a side
    # reports on its front is the enemy's push there
    _tp("offensive", r"\b(?:combats|affrontements|accrochages)\b", False, "belligerent_place", 0),
    _tp("offensive", r"\b(?:contre-offensives?|offensives?|incursion|assauts?|percees?|avancee?s?|tentatives? de "
                     r"(?:percee|percer|penetrer|prendre|pousser|s'emparer)|tentatives? (?:des|de l') (?:forces|troupes|armee)|"
                     r"vagues? d'attaques|invasion)\b", False, "actor", 0),
]
