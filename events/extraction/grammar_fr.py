"""French phrase patterns of the claim reader: clause shapes, speakers, places and sides, as data without logic.

The vocabulary proper (reporting verbs, actors, event triggers) is in `lexicon.py`; these are the shapes of
sentences around it that `claims.ArticleReader` reads.
"""

from __future__ import annotations

import re

BARE_ROLE = re.compile(r"^\s*(?:l'|le |la )(?:officier|general|responsable|porte-parole|ministre|gouverneure?|"
                       r"president|presidente|chef|commandant|maire|dirigeant|militaire|haut grade|homme d'affaires"
                       r"|commandant en chef|chef d'etat-major)\s+(?:\w+\s+)?$")
# Passive voice, or a phrase whose agent follows it ("aux mains de l'armée russe", "sous le contrôle de Kiev").
INNER_PASSIVE = re.compile(r"\b(?:ont|a|avaient|avait|auraient|aurait) ete\b|\b(?:sont|est) \w+(?:es|ees|s)\b|\bmains\b"
                           r"|\bsous (?:le )?controle\b|\btombee?s?\b")
OUT_OF = re.compile(r"\b(?:[\d.\s]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt\w*|trente"
                    r"|quarante|cinquante)\s+(?:des|sur(?: les)?)\s+([\d.\s]+|\w+)\s+(drones?|missiles?|engins)"
                    # "Sur les quarante missiles qui visaient la capitale, trente-sept ont été détruits"
                    r"|\bsur les ([\d.\s]+|\w+)\s+(drones?|missiles?|engins)\b(?=[^.;]{0,80},\s*[\w-]+\s+(?:ont|avaient) ete)")
DISTANCE_FROM = re.compile(r"\b(?:km|kilometres?|metres?)\s+(?:(?:au |a l')?(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+)?"
                           r"(?:de|d'|du)\s+(?:(?:la |l')?(?:ville|localite|cite|capitale|village)(?: \w+)? (?:de |d'))?$")
# "Serguiï Gaïdaï, gouverneur de la province de Louhansk": a full name, then its title after a comma.
APPOSED_ROLE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w'-]+(?: [A-ZÀ-ÖØ-Þ][\w'-]+)+), (?:le |la |l')?(?:nouveau |nouvelle |ancien |"
                          r"ancienne )?(gouverneure?|porte-parole|chef|commandant|maire|ministre|conseill[eè]re?|"
                          r"président|présidente|général|responsable|directeur|directrice|secrétaire|ambassadeur|"
                          r"dirigeant|patron|représentant|officier|colonel|député|analyste|experte?|chercheur|chercheuse"
                          r"|spécialiste|politologue)\b")
CLOSE_TO = re.compile(r"\b(?=[a-z][\w-]+(?: [a-z][\w-]+)?,\s+(?:un |une )?(?:\w+ ){0,3}proche (?:de l'armee|des militaires|du "
                      r"ministere de la defense|des forces|du pouvoir|de la presidence)?\s*(?:de |du |d')?"
                      r"(russe|ukrainienne|kremlin|moscou|kiev|kyiv)\b)")
FALSEHOOD = re.compile(r"\b(?:(?:sont|est|etaient|etait) (?:\w+ )?(?:faux|fausses?|inexacte?s?|mensongere?s?|infondee?s?)"
                       r"|ne correspond(?:ent)? pas a la (?:realite|verite)|(?:des |de la )?(?:pure )?propagande|fake news"
                       r"|desinformation)\b")
# "X a affirmé que ce n'était pas le cas": a denial of what the other side was just reported to say.
# "la ville n'est pas sous le contrôle des occupants", "Toretsk n'est pas tombée": the other side's capture, denied
CONTROL_DENIED = re.compile(r"\bn'(?:est|etait|sont|etaient) (?:pas|toujours pas|nullement) (?:tombee?s?|sous (?:le )?"
                            r"controle (?:des occupants|de l'ennemi|russe|ukrainien|des russes|des ukrainiens))"
                            # "Datchné n'a pas été pris": a capture claimed elsewhere, denied in the passive
                            r"|\bn'(?:a|ont|avait|avaient) (?:pas|jamais|nullement) ete (?:prise?s?|capturee?s?|liberee?s?"
                            r"|conquise?s?|encerclee?s?)\b")
NOT_THE_CASE = re.compile(CONTROL_DENIED.pattern + r"|\b(?:ce n'(?:etait|est|etaient|sont) pas le cas|c'(?:est|etait) faux"
                          r"|il n'en est rien"
                          r"|rien de tel|tentent de faire croire|tente de faire croire|veulent faire croire)\b")
HONORIFIC = re.compile(r"\b(M\.|Mme)\s+([A-ZÀ-ÖØ-Þ][\w'-]+)")
CIVILIANS = re.compile(r"\b(?:civils?|habitants?|personnes|refugiee?s|deplacee?s|enfants|familles|residents?"
                       r"|populations?)\b|\b(?:d'ukrainiens|de russes)\b")
FOCUS_MENTIONS = 3
FOCUS_TYPES = {"capture", "withdrawal", "strike", "casualties", "interception", "encirclement", "attack_repelled",
               "prisoners"}
# Names of units, rivers and seas that a gazetteer also knows as towns ("bataillon Azov", "la rive gauche de l'Oskil").
NOT_A_PLACE_BEFORE = re.compile(r"\b(?:bataillon|regiment|brigade|groupement(?: de (?:forces|troupes))?|riviere|fleuve"
                                r"|rive \w+|mer|lac|canal|operation|mission|groupe|unite|division"
                                # "le groupement opérationnel-tactique « Siversk »": a unit named for a town
                                r"|groupement (?:operationnel-tactique|operationnel|tactique|de forces|de troupes)"
                                r"|groupe (?:operationnel-tactique|operationnel|tactique))"
                                r"\s+(?:de |d'|du |de l'|l'|\"\s*)?$")
# "la centrale de Zaporijjia" stands at Enerhodar, "la centrale nucléaire de Koursk" at Kourtchatov: a plant named for
# a region is no town; "la centrale (thermique) de Bourchtyn" is at Bourchtyn.
PLANT_BEFORE = re.compile(r"\bcentrale(?: nucleaire| atomique)?\s+(?:de |d'|du )$")
REPORTED_WHILE = re.compile(r"\b(?:alors|tandis) qu(?:e|')\s*$")
AGENT_TYPES = {"capture", "offensive", "strike"}
ANAPHORIC_EVENT_NOUNS = [
    (re.compile(r"^(?:ces|cette|cet|ce) (?:frappes?|bombardements?|attaques? de drones)\b"), "strike"),
    (re.compile(r"^(?:ces|cette|cet|ce) (?:assauts?|offensives?|contre-offensives?|incursions?)\b"), "offensive"),
    (re.compile(r"^(?:ces|cette|cet|ce) (?:reconquetes?|reprises?|conquetes?)\b"), "capture"),
]
ALLEGATION = re.compile(r"\b(?:ces|cette|ses|leurs?) (?:allegations?|affirmations?|informations?|accusations?|propos"
                        r"|declarations?|rumeurs?|assertions?)\b|\bce que\b")
DEMONSTRATIVE_BEFORE = re.compile(r"(?:\b(?:ces|cette|cet|ce)\s+(?:\w+\s+)?)$")
DIRECTION = re.compile(r"\b(?:dans|sur) (?:le|l') ?(?:sud|nord|est|ouest|front sud|front nord)\b")
ANAPHORIC_PLACE = re.compile(r"\b(?:cette (?:region|zone)|dans la region\b(?! de)|\by (?:ayant|avoir|a|ont)\b|"
                             r"ce territoire)")
COUNTRY_PHRASES = [
    (re.compile(r"\b(?:territoire|sol) russe\b|\bcontre la russie\b|\ben russie\b"), "RU"),
    (re.compile(r"\b(?:territoire|sol) ukrainien\b|\bcontre l'ukraine\b|\ben ukraine\b|\bde l'ukraine\b"), "UA"),
]
NAME = re.compile(r"[A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:['-][^\W\d_]+)*(?:\s+[A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:-[^\W\d_]+)*)*")
SETTLEMENT_PREFIX = re.compile(
    r"\b(?:village|villages|localite|localites|ville|villes|bourg|hameau|agglomeration|cite|zones?)"
    r"(?:\s+(?:voisine?s?|cles?|strategiques?|frontalieres?|russes?|ukrainiennes?|proches?|de taille \w+))?\s+(?:de |d')"
    r"|\b(?:villages|localites|bourgs|hameaux|villes|agglomerations)\s*:\s*"  # "cinq villages : A, B et C"
    # "la reprise de douze localités, dont A, B et C": the named part of a count of places
    r"|\b(?:villages|localites|bourgs|hameaux|agglomerations),?\s+(?:dont|notamment|parmi lesquel(?:le)?s|a savoir)\s+"
)
# The main verb that closes a relative clause opened after the subject: ", a été frappé", "... a, elle, relevé".
RESUMED_VERB = re.compile(r"[^,;:.\"]{3,120}?(?:,\s+(?:a|ont|avait|avaient|est|sont|etait|etaient|aurait|auraient)\s"
                          r"|\s(?:a|ont)\s*,\s*(?:elle|il|elles|eux|lui)\s*,"
                          # "X, qui se bat dans la zone, déclare que": a reporting verb in the present
                          r"|,\s+(?:affirme|declare|annonce|indique|assure|precise|souligne|rapporte|estime|dement|nie"
                          r"|reconnait|admet|confirme|signale)(?:nt)?\s)")
# A colon that opens the list of places a count announced: no clause boundary.
LIST_COLON = re.compile(r"\b(?:villages|localites|bourgs|hameaux|villes|agglomerations)\s*$")
SETTLEMENT_APPOSITION = re.compile(r"\b(?:villes?|villages?|localites?|localités?|bourgs?)(?:\s+[\w'’-]+){0,7},\s+(?=[A-ZÀ-Ö])",
                                   re.IGNORECASE)
REGION_PREFIX = re.compile(
    r"\b(?:regions?|oblasts?|provinces?)(?:\s+(?:frontalieres?|russes?|ukrainiennes?|voisines?|meridionales?|"
    r"orientales?))?\s+(?:de |d')"
    # "l'administration militaire régionale de Dnipropetrovsk": the region, not the city once of that name
    r"|\b(?:administration|gouverneur|gouvernement|conseil|parquet|police)(?: militaire)? regional(?:e)? (?:de |d')"
)
# "dans la région de Donetsk, ainsi que A et B dans celle de Zaporijjia": the second region of a pair
SECOND_REGION = re.compile(r"\bregion (?:de |d')[^.;]{1,160}?\b(?:dans|et) celle (?:de |d')"
                           # "... dans la région de Dnipropetrovsk. Dans celle de Zaporijjia, ...": the next sentence
                           r"|\bregion (?:de |d')[^;]{1,300}?[.]\s+(?:dans|pour|et) celle (?:de |d')")
# "46 au-dessus de la région de Briansk, 31 au-dessus de celle de Koursk", "huit régions, dont 21 au-dessus de celle de
# Voronej": "celle de X" after a region named in its sentence is a region too
THAT_OF = re.compile(r"(?<!partir )(?<!provenance )\b(?:de|dans|sur|et|pour|dont) celles? (?:de |d')")  # (not where from)
REGION_WORD = re.compile(r"\bregions?\b")
LOCATIVE_PREFIX = re.compile(r"\b(?:a|dans|sur|pres de|pres d'|autour de|autour d'|vers|(?:en|dans la) direction de|"
                             r"aux abords de|entrees a|entres a|au-dessus de|au-dessus d'|en amont de|en aval de"
                             r"|a l'est de|a l'ouest de|au nord de|au sud de|a l'est d'|a l'ouest d'"
                             # the target of a strike is a place: "des drones visaient Kyiv", "ont frappé Kharkiv"
                             r"|visai(?:en)?t|visent|ciblai(?:en)?t|ciblent|frappe|frappent|frappai(?:en)?t"
                             r"|visant|ciblant|frappant|touchant|pilonnant|bombardant"
                             # "les missiles dirigés contre Kyiv": the weapons' aim is a place, not a government
                             r"|(?:tire|lance|dirige|envoye)e?s? contre"
                             # "l'hôpital pour enfants de Kiev": a building's town is a place, not a government
                             r"|(?:hopital|gare|ecole|immeuble|marche|centre commercial|centrale|aeroport|universite"
                             r"|maternite|clinique|usine|raffinerie|theatre|musee)(?: [\w-]+){0,2} (?:de|d'))(?:\s+|(?<='))"
                             r"(?:(?:notamment|principalement|surtout|en particulier)\s+)?")
# "la prise de Bakhmout", "le retrait de Kherson": an event noun whose complement is a place.
OBJECT_PREFIX = re.compile(r"\b(?:prise|reprise|reconquete|liberation|chute|conquete|controle|encerclement|evacuation|"
                           r"retirer|retiree?s?|retires|quitter|quitte|evacuer|evacuee?s?|"
                           r"bombardement|abords|environs|retrait|sortie|banlieue|peripherie|centre)\s+(?:de|d'|du)\s*")
# "son retrait de la ville", "ce village": the settlement named just before.
ANAPHORIC_SETTLEMENT = re.compile(r"\b(?:la ville|le village|la localite|cette ville|ce village|cette localite)\b"
                                  r"(?!\s+(?:(?!afin|pour|avant|apres|loin|pres|lors|faute|en|et|ou)\w+\s+)?(?:de|d')\s"
                                  r"|\s+(?:voisine|cle|natale))")
# "à Makiïvka, près de la ville de Donetsk": a second place, in apposition, that only locates the first.
# ", dont 20 au-dessus de la région de Koursk": a part of a count, with its own place.
SUBSET_COUNT = re.compile(r",\s+dont\s+(?:plus de |pres de |environ |au moins )?\d")
LOCATOR_BEFORE = re.compile(r",\s+(?:(?:un|une|la|le|cette|ce) (?:[\w-]+ )?(?:localite|village|ville|commune|bourgade|cite"
                            r"|agglomeration|hameau)(?: [\w-]+)? (?:situee?|sise?|localisee?) "
                            # "A, B et C, toutes situées au nord de Soudja"
                            r"|(?:tous |toutes |toute |tout )?(?:situee?s?|localisee?s?) )?"
                            r"(?:pres|non loin|a proximite|aux abords|aux portes|a la peripherie|en peripherie"
                            r"|a (?:\d+|quelques|une dizaine de|une vingtaine de)"
                            r" (?:km|kilometres)(?: au (?:sud|nord)(?:-(?:est|ouest))?| a l'(?:est|ouest))?"
                            r"|au (?:sud|nord)(?:-(?:est|ouest))?|a l'(?:est|ouest))\s+(?:de|d'|du)"
                            r"\s*(?:(?:la|le) (?:ville|localite|village|commune)\s+(?:\w+\s+)?(?:de|d')\s*)?$"
                            # "verrou stratégique sur la route de Kramatorsk", "la voie vers Kostiantynivka"
                            r"|\b(?:la route|la voie|les portes|l'axe) (?:de |d'|vers |menant a )$")
LIST_JOIN = re.compile(r"\s*(?:,|\bet\b)\s*(?:(?:de|d')\s*)?")
NOT_AN_ACTOR = re.compile(
    r"\b(?:sol|territoire|front|frontiere|villes?|localites?|villages?|regions?|cites?|bourgs?|capitale|oblasts?"
    r"|provinces?|positions?|lignes|defenses|tranchees) (?:\w+ )?(?:russes?|ukrainien(?:ne)?s?)\b"
    r"|\b(?:l'est|l'ouest|le nord|le sud|le centre|la partie \w+|le nord-est|le sud-est) de (?:l'ukraine|la russie)\b"
    r"|\ben (?:ukraine|russie)\b|\baux cotes d(?:es|e|u|')\s*(?:\w+\s+){0,2}\w+"
    r"|\bcontre (?:les |la |le |l')?(?:\w+ ){0,2}(?:russes?|ukrainien(?:ne)?s?|russie|ukraine|kiev|kyiv|moscou)\b"
    # "86 % du territoire occupé par les Ukrainiens, avaient été repris": who held it before, not who took it
    r"|\b(?:occupee?s?|tenue?s?|controlee?s?) par (?:les |la |l')?(?:\w+ )?(?:russes?|ukrainien(?:ne)?s?|russie|ukraine"
    r"|kiev|kyiv|moscou)\b"
    # a town told as someone's: "Kryvyï Rih, ville natale du président Zelensky", "le fief de Poutine"
    r"|\b(?:ville natale|ville d'origine|fief|terre natale) (?:du |de |d')(?:[\w'-]+ ){0,3}[\w'-]+"
    # a capital after a locative is the city: "à Kiev, deux immeubles ont été touchés"
    r"|\b(?:a|dans|sur|vers|au-dessus de|pres de|autour de) (?:kiev|kyiv|moscou)\b"
    r"|\b(?:sur|vers|a travers|dans tout|dans toute|partout en|au-dessus de) (?:l'ukraine|la russie)\b"
    # ... or a part of it, or the target of a strike: "le centre de Kiev", "visant notamment Kiev, Lviv et Kharkiv"
    r"|\b(?:centre|banlieue|region|environs|faubourgs|maire|oblast|ville|quartiers?|habitants|rues|ciel) de "
    r"(?:kiev|kyiv|moscou)\b"
    r"|\b(?:visant|visaient|visait|vise|visee|ciblant|ciblaient|frappant|touchant)\s+(?:notamment\s+|en particulier\s+"
    r"|aussi\s+|egalement\s+)?(?:la capitale\s+)?(?:kiev|kyiv|moscou)\b"
)
_INVERTED_LEAD = (r"\s+(?:(?:sur|dans|a|au|lors d[eu']|via|devant)\s+[^,\"]{1,40}?\s+)?"
                  r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+ment|encore|aussi|hier|soir"
                  r"|(?:1er|\d{1,2})\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
                  r"|novembre|decembre)"
                  r"|matin|ce|cette|la veille|aujourd'hui|egalement|deja|dans la (?:nuit|soiree|journee)"
                  # "..., a assuré de son côté le ministère", "a indiqué pour sa part l'armée"
                  r"|de (?:son|leur) cote|pour (?:sa|leur) part|quant a (?:lui|elle|eux)|a (?:son|leur) tour)\s+)*")
# ("..., a indiqué son gouverneur, Serhiï Lyssak": a possessive determiner too)
INVERTED_SUBJECT = re.compile(_INVERTED_LEAD + r"(?:(?:le|la|les|l'|mme|son|sa|ses|leur|leurs)\b|m\.)")
# "..., a reconnu Kiev", "..., a déclaré Volodymyr Zelensky": a speaker named without a determiner.
INVERTED_LEAD = re.compile(_INVERTED_LEAD)
CASUALTY_AGENT = re.compile(r"\b(?:bombardements?|frappes?|attaques?|tirs?|missiles?|drones?|invasion|offensive)"
                            r"(?:\s+(?:de|d')\s*(?:\w+\s+){0,2}\w+)?\s+(russes?|ukrainien(?:ne)?s?)\b"
                            # "une attaque nocturne d'envergure menée par la Russie avec des drones"
                            r"|\b(?:bombardements?|frappes?|attaques?|tirs?)\b[^.;,]{0,40}\b(?:menee?s?|lancee?s?|perpetree?s?"
                            r"|tiree?s?) par (?:la |l')?(russie|ukraine|forces russes|forces ukrainiennes|armee russe"
                            r"|armee ukrainienne|moscou|kiev|kyiv)\b")
PASSIVE_BEFORE = re.compile(r"\b(?:sont|soient|etaient|etait|ont ete|a ete|avaient ete|avait ete|seraient|serait|etre|"
                            r"est|comme)\s+(?:\w+\s+)?(?:\"\s*)?$")
ROLE_DIRECT = re.compile(r"\b(le|la|l'|son|sa)\s*(?:porte-parole|chef|commandant|gouverneure?|maire|conseillere?|ministre|"
                         r"presidente?|general|colonel|deputee?|secretaire|directeur|directrice|ambassadeur|commandante"
                         r"|analyste|experte?|chercheur|chercheuse|specialiste|politologue)"
                         r"\s+")
# Analysts, experts and researchers speak for no belligerent unless their title names one ("l'analyste ukrainien").
ANALYST_ROLE = re.compile(r"\b(?:analyste|experte?|chercheur|chercheuse|specialiste|politologue)\b")
# "se sont mutuellement accusées d'avoir", "s'accusent mutuellement de": each side accuses the other.
MUTUAL_ACCUSATION = re.compile(r"\b(?:se sont (?:mutuellement )?(?:accusee?s|rejete la responsabilite)"
                               r"|s'accus(?:ent|aient|ait) (?:mutuellement|l'un l'autre|l'une l'autre)"
                               r"|se rejettent la responsabilite)(?: mutuellement)?"
                               r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+ment|encore|de nouveau"
                               r"|a nouveau))* (?:de |d'|du |des )\s*")
# "selon la même source", "de même source": the speaker quoted last.
# "selon le dernier décompte du Service d'État ...", "d'après un bilan des autorités": the document of whoever made it
SOURCE_DOCUMENT = re.compile(r"\s*(?:le |un |son |leur |les |des )?(?:(?:dernier|nouveau|premier|derniers|nouveaux)\s+)?"
                             r"(?:bilan|decompte|communique|rapport|comptage|releve|chiffres?|estimations?|donnees)s?"
                             r"(?:\s+(?:officiels?|provisoires?|quotidiens?|actualises?|publies?|diffuses?))?"
                             r"(?:\s+(?=de la |de l'|du |des |de |d')"
                             # "selon un bilan revu à la hausse en fin de matinée par Ivan Fedorov": who made it
                             r"|\s+(?:revue?s?|revisee?s?|actualisee?s?|publiee?s?|diffusee?s?|communiquee?s?|etablie?s?"
                             r"|dressee?s?|fournie?s?|donnee?s?|annoncee?s?)\b(?:\s+[\w'-]+){0,7}?\s+par\s+)")
SAME_SOURCE = re.compile(r"(?:la|cette) meme source|(?:les|ces) memes sources|cette source|ces sources|meme source"
                         # "selon le même bulletin", "d'après ce communiqué": the statement of whoever spoke last
                         r"|(?:le|ce) (?:meme )?(?:bulletin|communique|rapport|texte|document|compte rendu)\b"
                         r"|(?:la|cette) (?:meme )?(?:declaration|publication)\b")
# (with one apposition: "..., selon le chef de l'administration militaire de la ville, Vitali Barabach.")
TRAILING_ACCORDING = re.compile(r",\s+(?:selon|d'apres|cite(?:e|s|es)? par)\s+[^,;:]{3,80}(?:,\s*[^,;:]{3,40})?[.!]?\s*$")
SHOT_DOWN = re.compile(r"^(?:ont ete|a ete|ont|avaient ete|avait ete)\s+(?:abattu|intercept|detruit|neutralis)")
SINCE = re.compile(r"\bdepuis\b[^,;]{0,45}$")
UNKNOWN_SIDE = "?"
# A weapon used or fired "pour frapper X" reports the strike on X, not a goal.
USED_TO_STRIKE = re.compile(r"\b(?:utilise|employe|tire|lance|envoye)e?s?\b[^.;]{0,60}\bpour (?:frapper|bombarder|attaquer"
                            r"|viser|cibler|pilonner)\b")
# "C'est ce qu'a déclaré X", "C'est ce qu'ont annoncé mercredi les autorités": the sentence before is X's.
SAID_BEFORE = re.compile(r"\s*c'est (?:ce|la) qu(?:e |')\s*(?:a|ont|avait|avaient)\s+(?:[\w,]+\s+){0,2}?"
                         r"(?:declare|affirme|annonce|indique|rapporte|assure|precise|souligne|ecrit|confirme|fait savoir)\b")
# "passée sous contrôle russe", "remise sous le contrôle de": a change of hands (a capture), not who holds a place.
PASSED_UNDER = re.compile(r"\b(?:pass|repass|tomb|mis|remis|plac|ramen|reprendre|prendre|pris|reprise?)\w*\s+(?:\w+\s+)?$")
# An official named by office and place alone: "le gouverneur de la région de Belgorod a affirmé", "le maire de
# Kharkiv", "le chef de l'administration militaire régionale". Group 1 is the office; a place may follow.
OFFICE_OF_PLACE = re.compile(
    r"\b(?:le|la) (?:nouveau |nouvelle )?(gouverneure?|maire|chef de l'administration(?: militaire)?)"
    r"(?: (?:regionale?|locale?|municipale|de la ville|de la region|de l'oblast|installee? par (?:moscou|la russie)"
    r"|prorusse|pro-russe|russe|ukrainien(?:ne)?))*"
    r"(?:,? (?:de la region |de l'oblast |de la ville |de la province )?(?:de |d'|du )(?=[a-z]))?")
OFFICES = {"gouverneur": "governor", "gouverneure": "governor", "maire": "mayor", "chef de l'administration": "head of "
           "administration", "chef de l'administration militaire": "head of military administration"}
PLURAL_NOUN = re.compile(r"(?:\w+(?:ments|ions|ages)|frappes|tirs|pertes)\b")
# A determiner before a trigger makes it a noun ("une frappe russe sur X", "la frappe de missiles russes"), whose
# side is its own complement, not the clause's subject.
DETERMINER_BEFORE = re.compile(r"(?:\b(?:une?|la|le|les|des|du|d'une|d'un|leur|leurs|sa|ses|son|nouvelles?|nouveaux?"
                               r"|massives?|vaste|violente?s?|premiere|derniere|\d[\d.]*)\s+|\bl')$")
LAUNCHED = re.compile(r"\b(?:lance|lancent|lancee?s?|lancer|declenche|declenchee?s?|mene|menent|menee?s?|entame|entamee?"
                      r"|debute|commence|repris|poursuivi|intensifie)\b")
SECOND_EVENT_NEEDS = {"place", "place_or_quantity", "number", "number_or_place"}
NAMED_REGION = re.compile(r"\b(?:la |en |de )(crimee|transnistrie)\b")
ROLE_WORD = re.compile(r"\b(?:chef|commandant|porte-parole|ministre|directeur|directrice|gouverneure?|maire|president"
                       r"|presidente|conseillere?|secretaire|responsable|general)\b")
CAPITALISED = re.compile(r"(?<=[\s(«\"'’])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")
DURATION_BEFORE = re.compile(r"\b(?:ans|annees|mois|semaines|jours) d(?:e |')$")
METONYM_CAPITALS = {"kiev", "kyiv", "moscou", "moscow", "washington", "pyongyang"}
