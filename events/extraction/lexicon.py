"""French reporting and military vocabulary: how a claim is reported, what sentence parts and words a clause holds;
who speaks (`actors_fr.py`) and what event a phrase names (`triggers_fr.py`) are re-exported from here.

Every pattern runs on the *flattened* text (see `flatten`): same length as the article, lower-case,
accents stripped, straight quotes. Patterns are about the genre (French wire stories on the war),
never about one article.
"""

from __future__ import annotations

import re
import unicodedata

from events.extraction.actors_fr import (  # noqa: F401  (re-exported)
    ACTOR_PATTERNS,
    ARMIES,
    AUTHORITIES_BY_COUNTRY,
    BARE_ARMY,
    BARE_AUTHORITIES,
    BARE_DEFENCE_MINISTRY,
    BARE_MINISTRY,
    FRONTED_SIDE,
    MINISTRIES,
    OUTLET_NAMES,
    OUTLET_SIDES,
    ROLE_NAME,
    RU_MOD,
    SIDE_ADJECTIVES,
    UA_MOD,
    US_PRESIDENT,
    ActorPattern,
    us_president,
)
from events.extraction.triggers_fr import PEOPLE, TRIGGERS, TriggerPattern  # noqa: F401  (re-exported)

_FLAT: dict[str, str] = {}


def _flat_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFKD", low)[:1]
    return base if base and base.isascii() else low


def flatten(matchable_text: str) -> str:
    """Lower-case, accent-free copy of the same length, so offsets stay valid."""
    table = _FLAT
    flat = "".join([table.get(ch) or table.setdefault(ch, _flat_char(ch)) for ch in matchable_text])
    assert len(flat) == len(matchable_text)
    return flat


# --- Actors: in `actors_fr.py`, re-exported above -----------------------------------------------------------

# --- Reporting verbs ----------------------------------------------------------------------------------------------

ASSERTS, DENIES, ACKNOWLEDGES = "asserts", "denies", "acknowledges"

_PARTICIPLES = {
    ASSERTS: "affirme|indique|assure|declare|annonce|revendique|dit|precise|ajoute|souligne|explique|rapporte|signale"
             r"|estime|martele|poursuivi(?=\s*[,:.;\"]|-t-|\s*$)|confirme|salue|decrit|evoque|communique|accuse"
             "|denonce|assure|fait savoir"
             "|fait etat|informe|insiste|averti|repete|publie|ecrit|promis|releve|observe|constate|note|mentionne"
             "|raconte|temoigne|reitere|soutenu|prevenu|signale|fait valoir|laisse entendre|rappele|detaille|relate"
             "|reagi|commente|confie|juge|considere|tranche|retorque|replique"
             # a count kept by an authority: "Ivan Fedorov a recensé 412 frappes"
             "|recense|denombre|comptabilise|chiffre|evalue|porte le bilan|revu le bilan"
             # a command's orders and decisions about its own forces are its statements
             "|ordonne|donne l'ordre|decide|autorise",
    ACKNOWLEDGES: "reconnu|admis|concede",
    DENIES: "dementi|nie|rejete|refute|conteste|refuse d'admettre|refuse de reconnaitre|qualifie de faux"
            # "a qualifié d'« inventées » les affirmations russes"
            r"|qualifie (?:de |d')[\s\"]*(?:inventee?s?|fausses?|faux|mensongere?s?|absurdes?|propagande|fake)",
}
_PRESENT = {
    ASSERTS: "affirment|affirme|annoncent|annonce|assurent|assure|declarent|declare|disent|dit|indiquent|indique"
             "|revendiquent|revendique|precisent|precise|soulignent|souligne|estiment|estime|confirment|confirme"
             "|accusent|accuse|denoncent|denonce|decrivent|decrit|affirmaient|affirmait|annoncait|annoncaient"
             "|ajoute|ajoutent|explique|expliquent|insiste|insistent|poursuit|martele|temoigne|raconte|detaille"
             "|avertit|previent"
             "|denoncaient|denoncait|assuraient|assurait|estimaient|estimait|evoquent|evoque|signalent|signale"
             "|rapportent|rapporte|font (?:aussi |egalement |encore )?etat|fait (?:aussi |egalement |encore )?etat"
             "|ecrit|recense|recensent|denombre|denombrent|comptabilise|comptabilisent|ecrivent|annoncait|indiquait"
             "|indiquaient|declarait"
             # a war map's reading: "la carte de DeepState montre X sous contrôle russe"
             "|montre|montrent|fait apparaitre|font apparaitre|rappelle|rappellent"
             # an analyst's reading: "l'ISW juge que", "constate", "note"
             "|juge|jugent|considere|considerent|constate|constatent|note|notent|observe|observent",
    ACKNOWLEDGES: "reconnaissent|reconnait|admettent|admet|reconnaissait",
    # (present forms of reporting verbs beyond 'dire': 'les autorités évoquent 400 morts')
    DENIES: "dementent|dement|nient|nie|rejettent|rejette|refutent|refute|contestent|conteste|refusaient d'admettre"
            "|refusait d'admettre|dementaient|dementait|niaient|niait",
}
# The imperfect of wire copy's narrative ("l'armée russe revendiquait la prise de X", "l'état-major confirmait la
# perte de la ville"): the same statements, told as background.
_IMPERFECT = {
    ASSERTS: ["affirm", "annonc", "assur", "declar", "indiqu", "revendiqu", "precis", "soulign", "estim", "confirm",
              "accus", "denonc", "evoqu", "signal", "rapport", "ajout", "expliqu", "insist", "martel", "ecriv",
              "communiqu", "faisait (?:aussi |egalement |encore |deja )?etat",
              "faisaient (?:aussi |egalement |encore |deja )?etat", "faisait savoir", "faisaient savoir"],
    ACKNOWLEDGES: ["reconnaiss", "admett", "conced"],
    DENIES: ["dement", "ni", "rejet", "refut", "contest"],
}
for _stance, _stems in _IMPERFECT.items():
    _PRESENT[_stance] += "|" + "|".join(stem if " " in stem else f"{stem}(?:ait|aient)" for stem in _stems)
_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|avaient|a-t-il|a-t-elle|ont-ils|ont-elles|avait-il|avait-elle)"
_BETWEEN = r"(?:\s*,[^,]{1,40},\s*|\s+(?:\w+ment|egalement|aussi|encore|deja|ensuite|toutefois|pourtant|alors|par ailleurs"
_BETWEEN += r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|publiquement|officiellement|finalement|auparavant"
_BETWEEN += r"|plus tot|hier|meme|le premier|la premiere|les premiers|pour la premiere fois|a nouveau|de nouveau"
_BETWEEN += r"|quant a (?:lui|elle|eux|elles)|de (?:son|leur) cote|pour (?:sa|leur) part"
_BETWEEN += r"|en revanche|cependant|neanmoins|au contraire|d'ailleurs|en outre|de plus|desormais|enfin|aussitot|ainsi|bien"
_BETWEEN += r"|(?:lui|elle|eux|elles) aussi|bien|tout de meme|dans un communique|dans un rapport|sur telegram"
_BETWEEN += r"|(?:lui|elle|eux)-memes?|dans la foulee|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:soir|matin))\b)*"


def _alt(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(stance, forms) for stance, forms in table.items()]


REPORTING = [
    (stance, re.compile(rf"\b{_AUX}{_BETWEEN}\s+(?:{forms})(?:e?s?)\b"), "compound")
    for stance, forms in _alt(_PARTICIPLES)
] + [
    (stance, re.compile(rf"\b(?:{forms})\b"), "present") for stance, forms in _alt(_PRESENT)
] + [
    (ASSERTS, re.compile(r"\bs'est (?:\w+ment )?(?:felicitee?s?|vantee?s?|rejouie?s?)\b"), "compound"),
    # "a appelé les habitants d'Izioum à évacuer": an official's call to leave reports the evacuation
    (ASSERTS, re.compile(rf"\b{_AUX}{_BETWEEN}\s+(?:appele|exhorte|invite)e?s?\b(?=(?:\s+[\w',-]+){{0,12}}?\s+a\s+"
                         r"(?:evacuer|quitter|partir|fuir)\b)"), "compound"),
    (ASSERTS, re.compile(r"\b(?:affirmant|assurant|soulignant|ajoutant|precisant|indiquant|estimant|expliquant"
                         r"|declarant|annoncant|se felicitant|affirmant|signalant|rapportant|faisant etat|rappelant)\b"),
     "participle"),
    (DENIES, re.compile(r"\b(?:dementant|niant|rejetant)\b"), "participle"),
    # "Kiev a qualifié ces chiffres de « propagande »": calling a claim false denies it
    (DENIES, re.compile(rf"\b{_AUX}{_BETWEEN}\s+qualifie (?:(?:ces|cette|ses|leurs?|les|cela|ceci|ce) )?(?:[\w'-]+ )?"
                        r"(?:de|d')\W{0,3}(?:pure |simple )?(?:propagande|mensonges?|faux|fausses?|fake|desinformation"
                        r"|fiction|fables?|absurdes?|provocation|infox)\b"), "compound"),
    (ACKNOWLEDGES, re.compile(r"\b(?:reconnaissant|admettant)\b"), "participle"),
]

# "selon X", "d'après X", "cité par X", "(première) confirmation officielle de X": attribution without a verb.
# "Pour l'Institut pour l'étude de la guerre (ISW), les troupes ont ...": an opinion, opening its sentence.
FOR_OPENING = re.compile(r"\s*[\"«]?\s*pour\s+(?=(?:l'|le |la |les ))")
ACCORDING_TO = re.compile(r"\b(?:selon|d'apres|cite(?:e|s|es)? par|de source|(?:confirmation|annonce|affirmation"
                          r"|declaration|communique)(?: officielle)? (?:de|d'|du))\s*")
# "La prise de X a été confirmée par Y": the agent of a passive reporting verb speaks.
AGENT_REPORT = [
    (ASSERTS, re.compile(r"\b(?:a|ont|avait|avaient) ete (?:\w+ment )?(?:confirmee?s?|annoncee?s?|revendiquee?s?"
                         r"|rapportee?s?|affirmee?s?)(?: \w+)? par\s+")),
    (ACKNOWLEDGES, re.compile(r"\b(?:a|ont|avait|avaient) ete (?:\w+ment )?(?:reconnue?s?|admise?s?)(?: \w+)? par\s+")),
    (DENIES, re.compile(r"\b(?:a|ont|avait|avaient) ete (?:\w+ment )?(?:dementie?s?|niee?s?|contestee?s?)(?: \w+)? par\s+")),
]
# "..., une information démentie par l'armée ukrainienne": an apposition that gives the other side's denial.
DENIED_BY = re.compile(r",\s+(?:une |des |ce que |ce qu'|ce qui a ete )?(?:information|affirmation|annonce|version"
                       r"|allegation|revendication|assertion|bilan)?s?\s*(?:aussitot |rapidement |immediatement |toutefois )?"
                       r"(?:dementie?s?|niee?s?|contestee?s?|rejetee?s?|refutee?s?|dementi)\s+(?:\w+ )?par\s+")
# "Une revendication aussitôt contestée par Kiev.": a sentence that only tells the other side's denial
DENIED_BY_SENTENCE = re.compile(r"\s*(?:une |cette |ces |des |l')?(?:information|affirmation|annonce|version|allegation"
                                r"|revendication|assertion)s?\s*(?:aussitot |rapidement |immediatement |toutefois |vite )?"
                                r"(?:dementie?s?|niee?s?|contestee?s?|rejetee?s?|refutee?s?)\s+(?:\w+ )?par\s+")
PASSIVE_REPORT = re.compile(r"\b(?:annoncee?s?|revendiquee?s?|confirmee?s?|rapportee?s?)\s+(?:quelques|plus tot|la veille"
                            r"|hier|deux|trois|plusieurs|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|,|\.)")
NEGATED_REPORT = re.compile(r"\bn'(?:a|ont|avait|avaient) (?:pas|jamais|toujours pas)\b[^.;]{0,25}\b(?:fait etat|confirme"
                            r"|annonce|commente|evoque|reconnu|revendique)")
RELATIVE_BEFORE = re.compile(r"\b(?:dont|ou)\s+[^,;]{0,40}$")
PRONOUNS = re.compile(r"(?:^|[\s,(])(il|elle|ils|elles)\b|-t-(il|elle)\b|\bselon (lui|elle|eux)\b")

# --- Sentence segments --------------------------------------------------------------------------------------------

# Boundaries inside a sentence, with what the segment after them is: an independent clause, background
# stated by the journalist, the speaker's continuation, or a goal (not an event).
BOUNDARIES = [
    ("contrast", re.compile(r",\s+malgre\s+|,?\s+tandis qu(?:e|')\s*|,\s+alors qu(?:e|')\s*|;\s+|,?\s+mais\s+|:\s+")),
    # "X a fait état de A, et B": B is still X's report unless it names a speaker of its own.
    ("and", re.compile(r",\s+et,?\s+(?:(?:\w+ment|par ailleurs|de son cote|dans le meme temps|en outre),\s+)?"
                       # "affirme que des renforts ont été déployés, que l'ennemi est pris au piège": a second report
                       r"|,\s+(?:et\s+)?(?=qu(?:e\b|'))")),
    ("background", re.compile(r",\s+(?:ou|ce qui|ce que|theatre|signes?|soit|une zone|un centre|une ville|un enjeu"
                              r"|l'une? des|un des|une des"
                              r"|la plus|le plus|premiere|premier|apres|avant|au (?:\w+ )?(?:jour|lendemain|terme|cours|debut))\b"
                              r"|\s+-\s+|,\s+(?:qui)\b(?!\s+(?:a|ont)\s+(?:"
                              r"affirme|declare|annonce|assure|indique))"
                              # "le village de Zaporizké, dont la prise a été revendiquée par la Russie": its own claim
                              r"|[,\"]?\s+dont (?=(?:la|le|les|l')\s*(?:prise|capture|chute|perte|liberation|conquete"
                              r"|reprise|destruction)\b)")),
    ("continuation", re.compile(r",\s+(?=dont [\d.\s]+(?:\w+\s+)?(?:ont ete|a ete|ont)\s+(?:abattus|interceptes|detruits|"
                                r"neutralises))|,\s+(?=(?:affirmant|assurant|soulignant|ajoutant|precisant|indiquant|estimant|"
                                r"expliquant|declarant|annoncant|se felicitant)\b)")),
    ("goal", re.compile(r",?\s+(?:afin (?:de|d'|que)|dans le but (?:de|d')|visant a|pour (?:(?:se|s'|les|leur|lui|l'|en|y"
                        r"|ne pas)\s*)?(?:\w+(?:er|ir|re|oir))\b|en vue de)")),
]
# A sentence opening with "Si ..., " or "Malgré ..., " holds a concession stated by the journalist.
CONCESSION_OPEN = re.compile(r"^(?:si|meme si|bien que|malgre)\b[^,]{5,200},\s+")

# Hypothetical or negated statements are not events.
CONDITIONAL = re.compile(r"\b(?:serait|seraient|pourrait|pourraient|devrait|devraient|aurait pu|en cas d'|si elles?"
                         # a verb in the conditional ("ouvrirait la route de X") is a hypothesis; "aurait tué" reports
                         r"|(?!aur|retr|port|attr|extr|distr|abstr)\w{2,}r(?:ait|aient)(?= (?:a|la|le|les|l'|un|une|des|aux"
                         r"|au|de)\b)"
                         r"|s'ils?|condition|permettra|permettront|(?:va|vont) (?:nous |leur |lui )?permettre|a l'avenir"
                         r"|(?:une )?question de (?:jours|semaines|temps|heures))\b")
NEGATION = re.compile(r"\bn'(?:a|ont|avait|avaient|est|etait|etaient|sont)\s+(?:pas|jamais|toujours pas|plus)\b"
                      r"|\bne\s+\w+\s+(?:pas|jamais|plus)\b(?! que\b)|\bne parviennent? (?:toujours )?pas\b|\baucune?\b|\bsans\b"
                      r"|\bpas entierement\b"
                      # "faute de réussir à en prendre le contrôle", "ont échoué à prendre": an attempt that failed
                      r"|\bfaute de (?:reussir|parvenir|pouvoir)\b|\b(?:echoue|echouent|echouaient|echouant) a\b"
                      r"|\ben vain\b")

# --- Event triggers: in `triggers_fr.py`, re-exported above ----------------------------------------------------

# Words naming who did it, near a trigger.
ACTOR_SIDE_NEAR = [
    (re.compile(r"\b(?:russes?|de (?:la )?russie|de moscou|du kremlin|par moscou|par la russie|lances? par la russie)\b"),
     "RU"),
    (re.compile(r"\b(?:ukrainien(?:ne)?s?|de kiev|de l'ukraine|par kiev|par l'ukraine)\b"), "UA"),
    (re.compile(r"\bnord-coreen(?:ne)?s?\b|\bde pyongyang\b"), "KP"),
]
OWN_SIDE = re.compile(r"\b(?:ses|son|sa|leurs|leur|nos|notre) (?:troupes|hommes|forces|armee|soldats|unites|militaires"
                      r"|combattants|defenseurs)\b")
# "contrôlent toute la partie est de Bakhmout", "la quasi-totalité de la ville": a part of a town held, in words.
PART_OF_TOWN = re.compile(r"\s+(?:\w+ment |desormais |toujours |encore |deja |plus que |que )*(?:toute |tout )?"
                          r"(?:la |le |l'|les )?(?:majeure partie|plus grande partie|grande partie|quasi-totalite|totalite"
                          r"|integralite|partie (?:est|ouest|nord|sud|orientale|occidentale|septentrionale|meridionale"
                          r"|centrale)|quartiers? (?:est|ouest|nord|sud|\w+)|est|ouest|nord|sud|centre) (?:de |d'|du )"
                          r"(?:la ville |la localite |du village |la cite )?(?:de |d')?")
FROM_SIDE = re.compile(r"\baux (?:forces|troupes|unites|soldats) (russes|ukrainiennes)\b|\bdes unites (ukrainiennes|russes)"
                       r"\b")

OPPONENT = {"RU": "UA", "UA": "RU"}
# A side that says it still fights in, holds or controls a place denies that the place was taken.
HOLDING = re.compile(r"\b(?:continu\w* (?:de|d'|a) (?:se battre|combattre|tenir|controler|defendre)"
                     r"|combats (?:[\w']+ ){0,4}(?:continuent|se poursuivent|ont (?:toujours |encore |aussi )?lieu|sont en cours"
                     r"|font rage)"
                     r"|(?:reste|restent|demeure|demeurent|est toujours|sont toujours|etait|etaient|est) sous (?:le |notre "
                     r"|leur )?controle (?:ukrainien|russe|de (?:nos|ses|leurs) (?:forces|troupes|unites)|des forces"
                     r" (?:armees )?(?:ukrainiennes|russes))?"
                     r"|(?:tient|tiennent|tenait|tenaient) (?:toujours|encore) (?:leurs|ses|nos) positions"
                     r"|(?:tient|tiennent|tenons|tenaient) (?:toujours |encore )?(?:la|le|les) (?:partie|quartiers?|secteur"
                     r"|faubourgs?|moitie|centre)"
                     r"|se maint(?:ient|iennent|enait|enaient|enir) (?:toujours |encore )?(?:dans|a|sur|en))")
# Of those, the words that say who holds the place (a territorial_control claim), and the holder they name.
HELD = re.compile(r"\b(?:continu\w* (?:de|d'|a) (?:tenir|controler)|sous (?:le |notre |leur |son )?(?:plein |entier )?controle"
                  r"(?! de (?:tir|feu))"
                  # "nos unités tiennent la partie nord-ouest (de la ville)"
                  r"|(?:tient|tiennent|tenons|tenaient) (?:toujours |encore )?(?:la|le|les) (?:partie|quartiers?|secteur"
                  r"|faubourgs?|moitie|centre)"
                  r"|(?:tient|tiennent|tenait|tenaient) (?:toujours |encore |fermement )?(?:leurs|ses|nos) positions"
                  r"|se maint(?:ient|iennent|enait|enaient|enir) (?:toujours |encore )?(?:dans|a|sur|en))\b")
HOLDER = [(re.compile(r"(?: total| complet| entier)? (?:russe|de (?:la russie|moscou|l'armee russe)|des (?:forces|troupes) "
                      r"(?:armees )?russes|des russes)\b"), "RU"),
          (re.compile(r"(?: total| complet| entier)? (?:ukrainien|de (?:l'ukraine|kiev|kyiv|l'armee ukrainienne)"
                      r"|des (?:forces|troupes) (?:armees )?(?:ukrainiennes|de (?:kiev|kyiv))|des ukrainiens)\b"), "UA")]
# Words only one side's officials use of the war: Kyiv's "défenseurs" and "occupants", Moscow's "régime de Kiev",
# "néonazis" and "opération militaire spéciale". A quote that uses them speaks with that side's voice.
VOICE_OF_SIDE = [
    (re.compile(r"\b(?:nos defenseurs|les occupants|l'occupant|occupants? russes?|les envahisseurs|les orques"
                r"|les rachistes|gloire a l'ukraine)\b"), "UA"),
    (re.compile(r"\b(?:regime de kiev|neo-?nazis?|nationalistes ukrainiens|formations (?:armees )?ukrainiennes"
                r"|operation militaire speciale)\b"), "RU"),
]
# In a belligerent's own words, the other side.
ENEMY = re.compile(r"\b(?:l'ennemi|l'adversaire|les envahisseurs|les occupants|l'occupant)\b(?! (?:russes?|ukrainiens?))"
                   r"|\b(?:forces|troupes|frappes|tirs|drones|attaques|unites|soldats|positions) ennemi(?:e|s|es)?\b")

# Quantity nouns -> quantity keys (the following words decide between killed and wounded).
QUANTITY_NOUNS = [
    (re.compile(r"^(?:localites?|villages?|villes?|agglomerations?)\b"), "localities"),
    (re.compile(r"^(?:km2|km²|km\s*carres|kilometres carres|kilometres2)"), "area_km2"),
    (re.compile(r"^(?:drones?|appareils|aeronefs|engins)\b"), "drones"),  # ("105 appareils": the UAVs a ministry counts)
    (re.compile(r"^(?:missiles?)\b"), "missiles"),
    (re.compile(r"^(?:obus)\b"), "shells"),
    (re.compile(r"^(?:vagues?)\b"), "waves"),
    (re.compile(r"^(?:bataillons?)\b"), "battalions"),
    (re.compile(r"^(?:brigades?)\b"), "brigades"),
    (re.compile(r"^(?:tanks?|chars?|blindes?)\b"), "vehicles"),
    (re.compile(r"^(?:attaques?|assauts?|offensives?|reprises)\b"), "attacks"),  # "30 assauts", "à 30 reprises"
    (re.compile(r"^%"), "share_pct"),
    (re.compile(r"^(?:tuee?s?|morte?s?)\b"), "killed"),
    (re.compile(r"^(?:blessee?s?)\b"), "wounded"),
]
LENGTH_NOUN = re.compile(r"^(?:km|kilometres?)\b")
PEOPLE_NOUN = re.compile(r"^(?:civils?|personnes?|habitants?|soldats?|militaires?|combattants?|hommes|prisonniers?|"
                         r"enfants?|femmes?|refugies?|deplaces|ukrainiens|russes|residents?|victimes|ouvriers?"
                         r"|employes?|salaries?|travailleurs?|passagers?|patients?|secouristes?|pompiers?|policiers?"
                         r"|marins?|occupants|mercenaires|agents?|journalistes?|defenseurs)\b")

# --- Unnamed speakers ---------------------------------------------------------------------------------------------

# A speaker known by role and allegiance only: "un responsable ukrainien", "la chaîne Telegram russe Rybar",
# "des blogueurs de guerre pro-russes", "les autorités séparatistes". The head noun gives the English name,
# an allegiance word inside the same noun phrase gives the side.
SPEAKER_HEADS: dict[str, str] = {
    "responsable": "official", "officiel": "official", "source": "source", "journal": "newspaper",
    "journaux": "newspapers", "quotidien": "newspaper", "chaine": "channel", "blogueur": "bloggers",
    "media": "media outlet", "agence": "agency", "officier": "officer", "commandant": "commander",
    "commandement": "command", "groupement": "force grouping", "porte-parole": "spokesperson",
    "gouverneur": "governor", "maire": "mayor", "chef": "chief", "dirigeant": "leader", "autorite": "authorities",
    "administration": "administration", "service": "service", "renseignement": "intelligence",
    "ministere": "ministry", "ministre": "minister", "gouvernement": "government", "diplomatie": "diplomacy",
    "ambassade": "embassy", "presidence": "presidency", "depute": "lawmaker", "expert": "expert",
    "analyste": "analyst", "observateur": "observer", "television": "television", "mission": "mission",
    "parquet": "prosecutors", "procureur": "prosecutor", "secours": "rescue services", "etat-major": "general staff",
    "garde-frontiere": "border guard", "armee": "army", "militaire": "military", "haut commandement": "high command",
    "comite": "committee", "enqueteur": "investigators", "police": "police", "marine": "navy", "flotte": "fleet",
    "aviation": "air force", "douane": "customs", "tribunal": "court", "cour": "court", "conseil": "council",
}
SPEAKER_HEAD = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in SPEAKER_HEADS), key=len, reverse=True))
                          + r")(?:e|s|es|x)?\b")
SPEAKER_SIDES = [
    (re.compile(r"\b(?:pro-?russes?|russes?|separatistes?|de moscou|du kremlin|d'occupation|pro-moscou"
                r"|(?:installee?s?|nommee?s?) par (?:moscou|la russie|les russes))\b"), "RU", "Russian"),
    (re.compile(r"\b(?:pro-?ukrainien(?:ne)?s?|ukrainien(?:ne)?s?|de kiev|de kyiv|de l'ukraine)\b"), "UA", "Ukrainian"),
    (re.compile(r"\b(?:americain(?:e)?s?|des etats-unis|de washington)\b"), "US", "US"),
    (re.compile(r"\b(?:nord-coreen(?:ne)?s?|de pyongyang)\b"), "KP", "North Korean"),
    (re.compile(r"\b(?:sud-coreen(?:ne)?s?|onusien(?:ne)?s?|de l'onu|des nations unies|de l'otan)\b"), "INT",
     "International"),
]
# The noun phrase ends at punctuation, a verb or a relative pronoun.
SPEAKER_NP_END = re.compile(r"[,;:.(\"]|\b(?:a|ont|avait|avaient|aurait|est|sont|etait|qui|que|qu'|dont|ou|et|avec"
                            r"|selon|dans|sur|pour|depuis|lors|en|a|au|aux|vers|pres|contre|entre|sous|chez|face"
                            # ("installée par Moscou" goes on: it says whose the body is)
                            r"|(?<!installe )(?<!installee )(?<!installes )(?<!nomme )(?<!nommee )(?<!nommes )par)\b")
