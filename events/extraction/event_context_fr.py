"""What stands around an event trigger in French copy, as patterns: what a place, a count or a phrase before or after
the trigger says about the event (a place where the victims come from, a launch site, an aim, a habit, an anchor
date). Data for `event_reading.py`; patterns run on the flattened text.
"""

from __future__ import annotations

import re

from events.extraction.grammar_fr import DEMONSTRATIVE_BEFORE, DURATION_BEFORE
from events.extraction.lexicon import TriggerPattern

KILLED_BEFORE = re.compile(r"\b(?:tue|tues|tuee|tuees|blesse|blesses|tuant|blessant|mort de|morts parmi les)\b[^.;,]{0,25}$")
TIMES_BEFORE = re.compile(r"\b(?:a|en) (?:[\d\s]+|plusieurs|maintes|deux|trois|quatre|cinq|six|dix|nombreuses|quelques"
                          r"|diverses|multiples|de nombreuses) $")
# "a-t-il déclaré devant la presse à Kiev", "lors d'une conférence de presse à Moscou": where it was said.
SPOKEN_AT = re.compile(r"(?:\b(?:declare|annonce|affirme|indique|dit|precise|explique|assure|ajoute)e?s?"
                       r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|(?:ce|le) \w+ (?:matin|soir)))?"
                       r"(?: (?:aux journalistes|a la presse))?"
                       r"|\bconference de presse|\bpoint de presse|\bdevant (?:la presse|les journalistes|le parlement"
                       r"|les deputes)|\ben visite|\blors d'une visite)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
                       r"|dimanche))? a $")
ORIGIN_BEFORE = re.compile(r"\b(?:originaires?|natifs?|natives?) (?:de |d'|du |des )"
                           r"(?:la (?:region|ville) de |l'oblast de |la )?$"
                           # "lancés depuis les directions de Koursk, Orel et Millerovo": where they came from
                           r"|\b(?:depuis|a partir|en provenance) (?:de |d'|du |des )?(?:(?:les |la )?directions? (?:de |d')"
                           # ("depuis l'espace aérien de la région russe de Belgorod")
                           r"|(?:(?:la |le |l')?(?:region|territoire|ville|oblast|zone|espace aerien) (?:(?:russe"
                           r"|ukrainienne|voisine|frontaliere|occupee|annexee) )?(?:de la |de |d'|du ))+|l'oblast (?:de |d')"
                           r"|la |le |l')?"  # ("tirés depuis la Crimée occupée")
                           r"(?:[\w'-]+(?:, | et ))*$")
FIRED_SHOT_DOWN = re.compile(r"\b(?:abattu|abattus|abattre|intercepte|interceptes|intercepter|detruit|detruits"
                             r"|neutralise|neutralises)\b")
WEAPON_BEFORE = re.compile(r"\b(?:missiles?|drones?|roquettes?|obus|bombes?)(?: [\w-]+){0,2} $")
THREAT_BEFORE = re.compile(r"\b(?:menace|menacee?s?|risque|risquait|risquaient|eviter|echapper a|crainte|peur|danger"
                           r"|pour ne pas etre|afin de ne pas etre|sans etre|de ne pas etre)\s+(?:d'|de |d'un |d'une |un "
                           r"|une |l'|les |leur |la |le |etre |se faire )?(?:\w+ )?$")
FELL_OBJECT = re.compile(r"\b(?:missiles?|drones?|roquettes?|obus|debris|bombes?|avions?|helicopteres?|engins?)"
                         r"(?: [\w'-]+){0,4} (?:(?:est|sont|serait|seraient|etait|etaient) )?$")
# "Il s'agit des villages de X et Y", "Les localités concernées sont X et Y": the places of a count just told.
NAMED_PLACES = re.compile(r"\s*(?:il s'agit (?:des|de)|(?:les|ces) (?:villages|localites) (?:concernee?s|en question) sont"
                          r"|(?:les|ces) (?:villages|localites) (?:sont|etaient))\b")
# "une « frappe massive » contre « des installations du secteur énergétique, des nœuds ferroviaires »": a named kind
# of target, in a side's claim, places a strike as well as a town would
STRUCK_KIND = re.compile(r"\b(?:contre|sur|visant)\b[\s\"]+(?:[\w'-]+[\s\"]+){0,3}?(?:installations|infrastructures"
                         r"|sites|entreprises|aerodromes|bases aeriennes|depots|entrepots|centrales|noeuds ferroviaires"
                         r"|raffineries|usines|points de deploiement|concentrations|postes de commandement|ateliers"
                         r"|arsenaux|objets|cibles militaires)\b")
# "Le ministère énumère les villages de A, B et C": the list of a count just told, anywhere in its sentence
LISTED_PLACES = re.compile(r"\b(?:enumere|enumerent|cite|citent|nomme|nomment|liste|listent|detaille|detaillent)\s+"
                           r"(?:les|des)\s+(?:villages|localites|noms)\b")
# (a soldier is "un militaire", "63 militaires"; "l'administration militaire" is no soldier)
MILITARY_DEAD = re.compile(r"(?<!administration )(?<!administrations )(?<!commandement )(?<!gouverneur )"
                           r"\bmilitaires?\b(?! regionale| locale| de la)|\b(?:soldats?|combattants?|marins?|officiers?)\b")
# Event nouns a denial can name without a full trigger.
DENIED_EVENT_NOUNS = [
    (re.compile(r"\b(?:le tir|les tirs|la frappe|les frappes|l'attaque|le bombardement|la roquette|le missile)\b"),
     "strike"),
    (re.compile(r"\b(?:la prise|la capture|la chute|la conquete)\b"), "capture"),
    (re.compile(r"\b(?:le bilan|les morts|les victimes|les pertes)\b"), "casualties"),
]


# "trois semaines après le début de son incursion", "depuis le lancement de la contre-offensive", "Lancée début
# juin, la contre-offensive ...": an offensive that dates what is told, or that the article recalls
ANCHORED_ON = re.compile(r"\b(?:apres|avant|depuis|des) (?:le |la |l')?(?:debut|declenchement|lancement|fin)\b[^.;]{0,35}$"
                         r"|(?:^|\n|[.;]\s+)lancee?s? (?:le |en |debut |fin |mi-|il y a )[^.;]{0,30},\s*(?:la |l'|le )$")
SINCE_THEIR = re.compile(r"\bdepuis (?:leur|son|sa|l'|le debut de (?:leur |son |sa |l')?)\s*$")
TITLE_OF_BEFORE = re.compile(r"\b(?:commandant|chef|responsable|commandement)(?: \w+){0,2} (?:de l'|des |du |de la )$")
# "Koupiansk n'est pas encerclée", "les forces russes « n'ont pas encerclé » Pokrovsk", "n'a pas été prise": a plain
# negation right before an encirclement or a capture is a speaker's denial of it (not an attempt that failed).
DENIED_BY_NEGATION = re.compile(r"\b(?:n'(?:a|ont|est|sont|etait|etaient|avait|avaient)|ne (?:sont|seraient|serait|seront))"
                                r" (?:pas|jamais|toujours pas)(?: (?:ete|ete totalement|totalement|completement"
                                r"|entierement))?[\s\"]*$")
# An attack from the air: repelled, it was shot down ("une tentative d'attaque de drones a été repoussée").
AIR_ATTACK = re.compile(r"\battaques? (?:massive |aerienne |nocturne )?(?:de|par des|aux) (?:[\w-]+ )?(?:drones?|missiles?"
                        r"|roquettes?)\b|\b(?:drones?|missiles?) (?:qui )?(?:ont ete |a ete )?repouss")
NO_SUCH = re.compile(r"\bn'y (?:a|avait|a eu|a jamais eu) (?:pas|aucune?|jamais|plus)(?: \w+)? (?:de |d')?\s*$")
ASSAULTS_BEFORE = re.compile(r"\b(?:attaques|assauts|attaque|assaut)\b(?: [\w-]+){0,2} (?:ont|a)?\s*$")
LINES_AFTER = re.compile(r"\w+ (?:les|des|leurs|nos) (?:positions|lignes|defenses)")
GROUND_UNITS_BEFORE = re.compile(r"\b(?:groupes? d'assaut|troupes|soldats|forces|unites|fantassins|militaires|colonnes?)"
                                 r"\b[^.;,]{0,40}$")
HABITUAL = re.compile(r"\b(?:regulierement|frequemment|quotidiennement|(?:quasi[- ])?quotidienne?s?|frequente?s?"
                      r"|regulieres?|sans cesse|sans relache|depuis le debut de (?:la guerre|l'invasion|l'offensive"
                      r"|l'operation|la campagne))\b")
# "ont réussi à s'implanter", "sont parvenues à reprendre": an infinitive the subject achieved, no mere goal.
# ("il a été décidé de regrouper les troupes", "a ordonné de se retirer": a decision taken is told as done)
ACHIEVED_BEFORE = re.compile(r"\b(?:reussi|parvenue?s?|arrivee?s?|reussissent|parviennent|reussit|parvient) (?:a|d') ?$"
                             r"|\b(?:decide|ordonne|choisi) (?:de |d')$")
NEAR_BEFORE = re.compile(r"\b(?:pres|non loin|a proximite|aux abords|autour) (?:de |d'|du )\s*(?:[\w'-]+ ){0,3}$")
# ("après la reconquête de Soudja, annoncée plus tôt" is an event told in passing, and stays one)
TEMPORAL_ANCHOR = re.compile(r"\bdepuis (?:la |le |l')(?:chute|prise|perte|capture|liberation"
                             r"|reprise|reconquete|conquete|retrait|evacuation) (?:de |d'|du )\s*"
                             r"(?:la ville de |la localite de )?$")
STRIKE_HIT_AFTER = re.compile(r"(?:\s+(?:et|de|d')\s+[\w' -]{2,30}?)?\s+(?:ont|avaient|auraient|a|avait)\s+(?:\w+ment\s+)?"
                              r"(?:touche|frappe|vise|atteint|endommage|detruit|cible)\b"
                              # "des frappes russes sur Kharkiv ont fait un mort": the strikes are the toll's subject
                              r"|(?:\s+[\w'-]+){0,4}?\s+(?:ont|avaient|auraient) (?:fait|cause|tue|blesse)\b")
DECISION_BEFORE = re.compile(r"\b(?:decisions?|mesures?|initiatives?|dispositions?)\b[^.;]{0,25}$")
AIM_BEFORE = re.compile(r"\b(?:plans?|projets?|objectifs?|buts?|volonte|ambitions?|espoirs?|menaces?|risques?) "
                        r"(?:\w+ )?(?:de |d')$")
AXIS_BEFORE = re.compile(r"\b(?:la |en )?directions? (?:de |d'|du )\s*$")


# "les unités ukrainiennes déployées à Pokrovsk étaient encerclées": a participle inside the subject, whose verb
# comes after it, describes the troops; the verb tells the event.
SUBJECT_PARTICIPLE = re.compile(r"(?:e|es|s)?\b[^.;:]{0,80}?\b(?:etaient|sont|seraient|etait|est|serait|ont ete"
                                r"|avaient ete|se trouvent|se trouvaient|restent|restaient)\b")
AUXILIARY_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|ete|sont|etaient|etre|avoir|s'est|se sont"
                              r"|seront|sera|va|vont)\s+(?:\w+\s+)?$")


def vetoed_by_context(f: str, start: int, s: int, tp: TriggerPattern) -> bool:
    """Whether the words around a trigger found at `s` of the folded text `f` (its segment starts at `start`) say
    it reports no event: an aim, a threat, a title, a cause named in passing, so many times, a fall, troops described
    by where they are deployed."""
    if tp.event_type == "deployment" and f.startswith("deploye", s) and SUBJECT_PARTICIPLE.match(f, s + 7) and \
            not AUXILIARY_BEFORE.search(f, max(start, s - 25), s):
        return True
    if not tp.verbal and (DEMONSTRATIVE_BEFORE.search(f[max(start, s - 20):s])
                          or DURATION_BEFORE.search(f[max(start, s - 20):s])):
        return True
    if not tp.verbal and tp.event_type in {"capture", "offensive", "encirclement"} and AIM_BEFORE.search(
            f, max(start, s - 30), s):
        return True  # "leur plan de conquête du Donbass", "l'objectif de prise de X": an aim, not a deed
    if tp.event_type == "prisoners" and KILLED_BEFORE.search(f, max(start, s - 40), s):
        return True  # "l'attaque avait tué 53 prisonniers de guerre": the dead, not captives
    if tp.event_type == "capture" and f.startswith("pris", s) and DECISION_BEFORE.search(
            f, max(start, s - 45), s):
        return True  # "la décision a été prise de se retirer": a decision taken, no town taken
    if tp.event_type == "capture" and f.startswith("reprise", s) and TIMES_BEFORE.search(
            f, max(start, s - 30), s):
        return True  # "à 20 reprises", "à plusieurs reprises": so many times, not a recapture
    if tp.event_type == "strike" and FIRED_SHOT_DOWN.search(f, start, s) and \
            WEAPON_BEFORE.search(f, max(start, s - 30), s):
        return True  # "abattu deux des six missiles tirés sur X": the weapons shot down; their launch is implied
    if tp.event_type == "strike" and f.startswith("vis", s) and ASSAULTS_BEFORE.search(
            f, max(start, s - 40), s) and LINES_AFTER.match(f, s):
        return True  # "des attaques ont visé les positions ukrainiennes": assaults, told as an offensive
    if tp.event_type == "strike" and f.startswith("atteint", s) and GROUND_UNITS_BEFORE.search(
            f, max(start, s - 60), s):
        return True  # "des groupes d'assaut russes auraient atteint la gare": troops reached it, no missile
    if tp.event_type == "offensive" and not tp.verbal and SINCE_THEIR.search(f, max(start, s - 25), s):
        return True  # "où les forces de Kiev tiennent ... depuis leur incursion d'août": the setting, not news
    if tp.event_type == "offensive" and TITLE_OF_BEFORE.search(f, max(start, s - 40), s):
        return True  # "le commandant de l'offensive en Ukraine": a title, not an offensive launched
    if tp.event_type == "encirclement" and THREAT_BEFORE.search(f, max(start, s - 40), s):
        return True  # "menacée d'encerclement", "pour éviter l'encerclement": a threat, no encirclement
    if tp.event_type == "capture" and f.startswith("tomb", s) and FELL_OBJECT.search(
            f, max(start, s - 70), s):
        return True  # "un missile est tombé sur le village": a fall, not a capture
    return False
