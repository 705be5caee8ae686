"""Who speaks and fights, in French copy: named actors and their sides, outlets, bodies named bare ("l'armée",
"le ministère"), the words that give a side.

Part of the French vocabulary (`lexicon.py` re-exports it); patterns run on the flattened text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from events.extraction.types import ActorRef

# --- Actors -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActorPattern:
    pattern: re.Pattern[str]
    actor: ActorRef
    gender: str  # "m" | "f" | "p" (plural): pronoun resolution prefers the matching gender
    person: bool = False


def _ap(regex: str, name: str, side: str, kind: str, gender: str) -> ActorPattern:
    return ActorPattern(re.compile(regex), ActorRef(name, side, kind), gender, kind == "person")


RU_MOD = ActorRef("Russian Ministry of Defence", "RU", "ministry")
UA_MOD = ActorRef("Ukrainian Ministry of Defence", "UA", "ministry")

# Order matters: the most specific pattern wins at a given position (longest match first, then list order).
ACTOR_PATTERNS: list[ActorPattern] = [
    _ap(r"\bministere (?:russe de la defense|de la defense (?:de la )?russe?)|\bdefense russe\b", RU_MOD.name, "RU",
        "ministry", "m"),
    _ap(r"\bministere (?:ukrainien de la defense|de la defense (?:de l'ukraine|ukrainien))", UA_MOD.name, "UA",
        "ministry", "m"),
    _ap(r"\betat-major (?:general |militaire )?(?:de l'armee ukrainienne|des forces armees ukrainiennes|ukrainien"
        r"|de l'ukraine)",
        "Ukrainian General Staff", "UA", "army", "m"),
    _ap(r"\bcommandement militaire ukrainien\b", "Ukrainian military command", "UA", "army", "m"),
    _ap(r"\betat-major (?:general |militaire )?(?:de l'armee russe|des forces armees russes|russe)", "Russian General Staff",
        "RU",
        "army", "m"),
    _ap(r"\b(?:chef d'etat-major (?:general )?(?:de l'armee russe|des forces armees russes|russe)|guerassimov|gerasimov)\b",
        "Valery Gerasimov", "RU", "person", "m"),
    _ap(r"\b(?:poutine|putin|maitre du kremlin|president russe|chef de l'etat russe|chef du kremlin)\b",
        "Vladimir Putin", "RU", "person", "m"),
    _ap(r"\b(?:zelensky|zelenskyy|zelenski|president ukrainien|chef de l'etat ukrainien)\b", "Volodymyr Zelensky", "UA",
        "person", "m"),
    _ap(r"\b(?:peskov)\b", "Dmitry Peskov", "RU", "person", "m"),
    _ap(r"\b(?:lavrov)\b", "Sergei Lavrov", "RU", "person", "m"),
    _ap(r"\b(?:zakharova)\b", "Maria Zakharova", "RU", "person", "f"),
    _ap(r"\b(?:choigou|shoigu)\b", "Sergei Shoigu", "RU", "person", "m"),
    _ap(r"\b(?:belooussov|belousov)\b", "Andrei Belousov", "RU", "person", "m"),
    _ap(r"\b(?:medvedev)\b", "Dmitry Medvedev", "RU", "person", "m"),
    _ap(r"\b(?:gladkov)\b", "Vyacheslav Gladkov", "RU", "person", "m"),
    _ap(r"\b(?:khinshtein|khinchtein)\b", "Alexander Khinshtein", "RU", "person", "m"),
    _ap(r"\b(?:kadyrov)\b", "Ramzan Kadyrov", "RU", "person", "m"),
    _ap(r"\b(?:syrsky|syrskyi|syrskiy)\b", "Oleksandr Syrskyi", "UA", "person", "m"),
    _ap(r"\b(?:zaloujny|zaluzhny|zaloujnyi)\b", "Valerii Zaluzhnyi", "UA", "person", "m"),
    _ap(r"\b(?:kouleba|kuleba)\b", "Dmytro Kuleba", "UA", "person", "m"),
    _ap(r"\b(?:sybiha)\b", "Andrii Sybiha", "UA", "person", "m"),
    _ap(r"\b(?:oumerov|umerov)\b", "Rustem Umerov", "UA", "person", "m"),
    _ap(r"\b(?:boudanov|budanov)\b", "Kyrylo Budanov", "UA", "person", "m"),
    _ap(r"\b(?:iermak|yermak)\b", "Andriy Yermak", "UA", "person", "m"),
    _ap(r"\b(?:podoliak|podolyak)\b", "Mykhailo Podolyak", "UA", "person", "m"),
    _ap(r"\b(?:dmytrachkivsky|dmytrashkivskyi|dmytrachkivskyi)\b", "Oleksii Dmytrashkivskyi", "UA", "person", "m"),
    # Regional officials the war reporting quotes most, by side (Russian-installed heads of occupied regions are
    # Russia's).
    _ap(r"\b(?:synegoubov|syniehoubov|syniehubov|synyehubov)\b", "Oleh Syniehubov", "UA", "person", "m"),
    _ap(r"\b(?:terekhov|terekhove)\b", "Ihor Terekhov", "UA", "person", "m"),
    _ap(r"\b(?:klitschko|klitchko)\b", "Vitali Klitschko", "UA", "person", "m"),
    _ap(r"\b(?:lyssak|lysak)\b", "Serhiy Lysak", "UA", "person", "m"),
    _ap(r"\b(?:filachkine|filashkin)\b", "Vadym Filashkin", "UA", "person", "m"),
    _ap(r"\b(?:prokoudine|prokudin)\b", "Oleksandr Prokudin", "UA", "person", "m"),
    _ap(r"\b(?:kiper)\b", "Oleh Kiper", "UA", "person", "m"),
    _ap(r"\b(?:vitali kim|vitaliy kim)\b", "Vitaliy Kim", "UA", "person", "m"),
    _ap(r"\b(?:maliar|maliare|malyar)\b", "Hanna Maliar", "UA", "person", "f"),
    _ap(r"\b(?:tregoubov|trehubov)\b", "Viktor Trehubov", "UA", "person", "m"),
    _ap(r"\b(?:volochyne|voloshyn)\b", "Nazar Voloshyn", "UA", "person", "m"),
    _ap(r"\b(?:ihnat|ignat)\b", "Yurii Ihnat", "UA", "person", "m"),
    _ap(r"\b(?:saldo)\b", "Vladimir Saldo", "RU", "person", "m"),
    _ap(r"\b(?:stremooussov|stremoussov|stremousov)\b", "Kirill Stremousov", "RU", "person", "m"),
    _ap(r"\b(?:pouchiline|pushilin)\b", "Denis Pushilin", "RU", "person", "m"),
    _ap(r"\b(?:balitski|balitsky)\b", "Yevgeny Balitsky", "RU", "person", "m"),
    _ap(r"\b(?:aksionov|aksyonov|aksenov)\b", "Sergei Aksyonov", "RU", "person", "m"),
    _ap(r"\b(?:razvojaiev|razvozhayev)\b", "Mikhail Razvozhayev", "RU", "person", "m"),
    _ap(r"\b(?:bogomaz)\b", "Alexander Bogomaz", "RU", "person", "m"),
    _ap(r"\b(?:sobianine|sobyanin)\b", "Sergei Sobyanin", "RU", "person", "m"),
    _ap(r"\b(?:konachenkov|konashenkov)\b", "Igor Konashenkov", "RU", "person", "m"),
    # Commanders and officials of both sides whom the wires quote by name alone.
    _ap(r"\b(?:sourovikine|surovikin)\b", "Sergei Surovikin", "RU", "person", "m"),
    _ap(r"\b(?:prigojine|prigozhin)\b", "Yevgeny Prigozhin", "RU", "person", "m"),
    _ap(r"\b(?:dvornikov|lapine|lapin|teplinski|teplinsky|mordvitchev|mordvichev)\b", "Russian commander", "RU", "person",
        "m"),
    _ap(r"\b(?:gantchev|ganchev)\b", "Vitaly Ganchev", "RU", "person", "m"),
    _ap(r"\b(?:rogov)\b", "Vladimir Rogov", "RU", "person", "m"),
    _ap(r"\b(?:slioussar|slyusar)\b", "Yuri Slyusar", "RU", "person", "m"),
    _ap(r"\b(?:smirnov)\b(?=[^.]{0,80}\b(?:koursk|kursk)\b)|\b(?:alexei|alexey|alexeï) smirnov\b", "Alexei Smirnov", "RU",
        "person", "m"),
    _ap(r"\b(?:reznikov)\b", "Oleksii Reznikov", "UA", "person", "m"),
    _ap(r"\b(?:tarnavsky|tarnavskyi)\b", "Oleksandr Tarnavskyi", "UA", "person", "m"),
    _ap(r"\b(?:fedorov)\b(?=[^.]{0,120}\b(?:zaporijjia|zaporizhzhia|zaporijia)\b)|\bivan fedorov\b", "Ivan Fedorov", "UA",
        "person", "m"),
    _ap(r"\b(?:sarantsev)\b", "Vitaliy Sarantsev", "UA", "person", "m"),
    _ap(r"\b(?:lykhovy|lykhovyi)\b", "Dmytro Lykhovyi", "UA", "person", "m"),
    _ap(r"\b(?:grossi)\b", "Rafael Grossi", "INT", "person", "m"),
    _ap(r"\b(?:energoatom|ukrenergo|naftogaz|centrenergo|oukrenergo|ukrzaliznytsia|oukrzaliznytsia|ukrhydroenergo"
        r")\b", "Ukrainian state operator", "UA", "organisation", "m"),
    _ap(r"\bdtek\b", "DTEK", "UA", "organisation", "m"),
    _ap(r"\b(?:rosatom|rosenergoatom)\b", "Rosatom", "RU", "organisation", "m"),
    _ap(r"\b(?:trump)\b", "Donald Trump", "US", "person", "m"),
    _ap(r"\b(?:biden)\b", "Joe Biden", "US", "person", "m"),
    _ap(r"\b(?:blinken)\b", "Antony Blinken", "US", "person", "m"),
    _ap(r"\b(?:rubio)\b", "Marco Rubio", "US", "person", "m"),
    _ap(r"\b(?:kim jong[- ]un)\b", "Kim Jong Un", "KP", "person", "m"),
    _ap(r"\b(?:guterres)\b", "Antonio Guterres", "INT", "person", "m"),
    _ap(r"\b(?:grossi)\b", "Rafael Grossi", "INT", "person", "m"),
    _ap(r"\binstitut (?:americain )?(?:pour l'etude|des etudes|d'etude) de la guerre\b|\binstitute for the study of war\b"
        r"|\bisw\b", "Institute for the Study of War", "INT", "organisation", "m"),
    _ap(r"\b(?:l'onu|nations unies|organisation des nations unies)\b", "United Nations", "INT", "organisation", "f"),
    _ap(r"\b(?:l'aiea|agence internationale de l'energie atomique)\b", "IAEA", "INT", "organisation", "f"),
    _ap(r"\b(?:l'otan)\b", "NATO", "INT", "organisation", "f"),
    # Agencies that count the displaced and the dead, and the analysts' centres the copy names without their name
    _ap(r"\b(?:l'oim|organisation internationale pour les migrations|le hcr|l'unhcr|haut-commissariat (?:de l'onu |des "
        r"nations unies )?(?:pour|aux) (?:les )?refugies|l'unicef|l'oms|organisation mondiale de la sante|le cicr"
        r"|comite international de la croix-rouge)\b", "International organisation", "INT", "organisation", "f"),
    _ap(r"\b(?:le |ce |du |un )?(?:think tank|centre de reflexion|cercle de reflexion|groupe de reflexion)"
        r"(?: americain| britannique| base a washington| europeen)?\b", "Think tank", "INT", "organisation", "m"),
    _ap(r"\bl'armee de l'air ukrainienne\b|\bla defense (?:anti)?aerienne ukrainienne\b", "Ukrainian Air Force", "UA",
        "army", "f"),
    _ap(r"\bl'armee de l'air russe\b|\bla defense (?:anti)?aerienne russe\b", "Russian Aerospace Forces", "RU", "army", "f"),
    _ap(r"\b(?:l'armee de l'air|la defense (?:anti)?aerienne|la marine|les garde-frontieres|la garde nationale"
        r"|le renseignement militaire|les services de renseignement|les services de secours|la police) ukrainien(?:ne)?s?"
        r"|\bsbu\b|\bgur\b", "Ukrainian security forces", "UA", "army", "f"),
    _ap(r"\b(?:l'armee de l'air|la defense (?:anti)?aerienne|la marine|les garde-frontieres|la garde nationale"
        r"|le renseignement militaire|les services de renseignement|les services de secours|la police) russes?"
        r"|\bfsb\b|\brosgvardia\b", "Russian security forces", "RU", "army", "f"),
    _ap(r"\b(?:(?:le|du) renseignement|les services de renseignement|l'armee|le gouvernement|l'etat-major) sud-coreens?\b"
        r"|\bseoul\b|\bnis\b", "South Korean government", "INT", "government", "m"),
    _ap(r"\b(?:l'union europeenne|bruxelles|la commission europeenne)\b", "European Union", "INT", "organisation", "f"),
    # Third countries speak for no belligerent: "la Pologne a indiqué qu'un missile était tombé sur son territoire".
    _ap(r"\b(?:la pologne|varsovie|le gouvernement polonais|les autorites polonaises)\b", "Poland", "INT", "government",
        "f"),
    _ap(r"\b(?:le royaume-uni|londres|le gouvernement britannique|le renseignement britannique"
        r"|le ministere britannique de la defense)\b", "United Kingdom", "INT", "government", "m"),
    _ap(r"\b(?:l'allemagne|berlin|le gouvernement allemand)\b", "Germany", "INT", "government", "f"),
    _ap(r"\b(?:la turquie|ankara)\b", "Turkey", "INT", "government", "f"),
    _ap(r"\b(?:le groupe (?:paramilitaire )?(?:russe )?)?wagner\b", "Wagner Group", "RU", "army", "m"),
    _ap(r"\b(?:le commandement des |les )?forces de defense du sud\b", "Southern Defence Forces", "UA", "army", "f"),
    # Russians who fight for Ukraine
    _ap(r"\b(?:le )?corps des volontaires russes\b|\b(?:le )?corps de volontaires russes\b", "Russian Volunteer Corps",
        "UA", "army", "m"),
    _ap(r"\b(?:la )?legion [\s\"]*liberte (?:de la|pour la) russie\b", "Freedom of Russia Legion", "UA", "army", "f"),
    _ap(r"\b(?:evgueni |evgeni |yevgeny )?(?:prigojine|prigozhin)\b", "Yevgeny Prigozhin", "RU", "person", "m"),
    _ap(r"\b(?:le )?comite d'enquete(?: russe| de russie)?\b", "Russian Investigative Committee", "RU", "government",
        "m"),
    _ap(r"\b(?:les )?autorites russes\b", "Russian authorities", "RU", "government", "p"),
    _ap(r"\b(?:les )?autorites ukrainiennes\b", "Ukrainian authorities", "UA", "government", "p"),
    _ap(r"\b(?:des |les |de hauts )?responsables (?:militaires )?ukrainiens\b", "Ukrainian officials", "UA", "government",
        "p"),
    _ap(r"\b(?:des |les |de hauts )?responsables (?:militaires )?russes\b", "Russian officials", "RU", "government", "p"),
    _ap(r"\b(?:l'armee|les forces(?: armees)?|les troupes|les militaires|les unites) russes?\b|\bforces russes\b"
        r"|\barmee russe\b|\btroupes russes\b", "Russian Armed Forces", "RU", "army", "f"),
    _ap(r"\b(?:l'armee|les forces(?: armees)?|les troupes|les militaires|les unites) (?:ukrainiennes?|de kiev)\b"
        r"|\bforces ukrainiennes\b|\barmee ukrainienne\b|\btroupes ukrainiennes\b", "Ukrainian Armed Forces", "UA",
        "army", "f"),
    _ap(r"\b(?:la russie|moscou|le kremlin|le gouvernement russe)\b", "Russian government", "RU", "government", "f"),
    _ap(r"\b(?:l'ukraine|kiev|kyiv|le gouvernement ukrainien)\b", "Ukrainian government", "UA", "government", "f"),
    _ap(r"\b(?:pyongyang|la coree du nord|le regime nord-coreen)\b", "North Korean government", "KP", "government",
        "f"),
    _ap(r"\b(?:washington|la maison blanche|le pentagone|les etats-unis|le departement d'etat)\b", "US government", "US",
        "government", "f"),
    # The sides as peoples ("Les Russes affirment avoir repoussé ..."), and the separatists Russia backs.
    _ap(r"\bles (?:separatistes|autorites separatistes)(?: prorusses| pro-russes| de (?:donetsk|louhansk))?\b"
        r"|\bles prorusses\b", "Russian-backed separatists", "RU", "government", "p"),
    # "les unités de la milice populaire de la République populaire de Donetsk": a force, whose name is no place
    _ap(r"\b(?:la )?milice (?:populaire )?de la republique (?:populaire|autoproclamee) de (?:donetsk|louhansk|lougansk)\b"
        r"|\b(?:les )?(?:forces|troupes|unites) (?:de la|des) republiques? (?:populaires?|autoproclamees?) (?:de|du) "
        r"(?:donetsk|louhansk|lougansk|donbass)\b", "Russian-backed separatists", "RU", "army", "f"),
    _ap(r"\bles russes\b", "Russian Armed Forces", "RU", "army", "p"),
    _ap(r"\bles ukrainiens\b", "Ukrainian Armed Forces", "UA", "army", "p"),
    # Operational groupings of forces: Ukraine's have names (Khortytsia, Tavria), Russia's cardinal points.
    _ap(r"\b(?:le )?groupement (?:operationnel(?:-strategique)? )?(?:de (?:forces|troupes) )?(?:khortytsia|khortitsa)\b"
        r"|\bkhortytsia\b", "Khortytsia group of forces", "UA", "army", "m"),
    _ap(r"\b(?:le )?groupement (?:operationnel(?:-strategique)? )?(?:de (?:forces|troupes) )?(?:tavria|tavriia)\b"
        r"|\btavria\b", "Tavria group of forces", "UA", "army", "m"),
    _ap(r"\b(?:le )?groupement (?:de (?:forces|troupes) )?(?:nord|sud|est|ouest|centre|dniepr|dnipr)\b",
        "Russian group of forces", "RU", "army", "m"),
    # War-mapping projects and military channels of the genre, known by their side.
    _ap(r"\bdeepstate(?:map|ua)?\b|\bdeep state\b", "DeepState", "UA", "media", "m"),
    _ap(r"\brybar\b", "Rybar", "RU", "media", "m"),
    _ap(r"\bwargonzo\b", "WarGonzo", "RU", "media", "m"),
    _ap(r"\b(?:two majors|dva mayora)\b", "Two Majors", "RU", "media", "m"),
    _ap(r"\b(?:la bbc|l'afp|l'agence france-presse|reuters|l'agence reuters|interfax(?:-ukraine|-ukraina)?|l'agence tass"
        r"|tass|ria novosti|l'agence ria novosti|cnn|le new york times|le washington post|le kyiv independent|ukrinform"
        r"|rbc-ukraine|rbc-ukraina|l'agence rbc|ukrainska pravda|suspilne|unian|izvestia|kommersant)\b",
        "__outlet__", "media", "media", "f"),
]

OUTLET_NAMES = {
    "bbc": "BBC", "afp": "AFP", "france-presse": "AFP", "reuters": "Reuters", "interfax-ukrain": "Interfax-Ukraine",
    "interfax": "Interfax", "tass": "TASS",
    "ria novosti": "RIA Novosti", "cnn": "CNN", "new york times": "New York Times", "washington post": "Washington Post",
    "kyiv independent": "Kyiv Independent", "ukrinform": "Ukrinform", "rbc": "RBC-Ukraine",
    "ukrainska pravda": "Ukrainska Pravda", "suspilne": "Suspilne", "unian": "UNIAN", "izvestia": "Izvestia",
    "kommersant": "Kommersant",
}
# A belligerent's own outlets speak for its side, as annotators record them (TASS is Russia's, Ukrinform Ukraine's);
# international agencies and papers are the media.
OUTLET_SIDES = {"TASS": "RU", "RIA Novosti": "RU", "Interfax": "RU", "Izvestia": "RU", "Kommersant": "RU",
                "Interfax-Ukraine": "UA", "Ukrinform": "UA", "Kyiv Independent": "UA", "RBC-Ukraine": "UA",
                "Ukrainska Pravda": "UA", "Suspilne": "UA", "UNIAN": "UA"}

# Bare "les autorités" speak for the place they govern: resolved from the country of the places in context.
BARE_AUTHORITIES = re.compile(r"\b(?:les|des) autorites(?! russes| ukrainiennes| separatistes| prorusses| pro-russes)"
                              r"(?: locales| regionales)?\b|\b(?:les|des) (?:services de )?secours\b|\b(?:les|des) sauveteurs\b"
                              r"|\bles services d'urgence\b"
                              # the emergency service, the prosecutors, the police, the health ministry: the state
                              # of the place they count the dead in
                              r"|\b(?:le|du|au) service (?:d'etat |national )?(?:ukrainien |russe )?(?:pour les|des) "
                              r"situations d'urgence\b|\b(?:le |du )?dsns\b|\b(?:le|du) ministere (?:local |regional )?de la "
                              r"sante\b(?! (?:russe|ukrainien))"
                              r"|\b(?:le|du) parquet(?: general| regional)?\b(?! (?:russe|ukrainien))"
                              r"|\b(?:les|des) procureurs\b(?! (?:russes|ukrainiens))"
                              r"|\b(?:la|de la) police(?: nationale| locale| regionale)?\b(?! (?:russe|ukrainienne))"
                              r"|\bl'administration (?:militaire )?(?:regionale|locale"
                              r"|de la (?:ville|region|capitale))\b"
                              r"|\ble gouverneur(?: regional| de la region| local)?\b(?!,? [A-Za-z]+ [A-Za-z]+)"
                              r"|\ble maire(?: de la ville)?\b(?!,? [A-Za-z]+ [A-Za-z]+)"
                              r"|\bles (?:gouverneurs|maires|responsables|autorites)(?: locaux| regionaux| locales"
                              r"| regionales| des regions(?: concernees)?)\b")
AUTHORITIES_BY_COUNTRY = {"RU": ActorRef("Russian authorities", "RU", "government"),
                          "UA": ActorRef("Ukrainian authorities", "UA", "government")}

# "L'armée" or "l'état-major" with no allegiance is the army of the side last named as an institution.
BARE_ARMY = re.compile(r"\b(?:l'armee|l'etat-major(?: general)?|le commandement militaire|le haut commandement"
                       r"|les forces armees|la (?:\d+e )?brigade(?: concernee)?|le (?:\d+e )?(?:bataillon|regiment)"
                       r"|le groupement(?: de (?:forces|troupes))?)\b"
                       r"(?! (?:russes?|ukrainiennes?|de l'|du |des |sud-|nord-|americaine|israel))"
                       r"|\b(?:l'armee de l'air|la defense (?:anti)?aerienne)\b(?! (?:russe|ukrainienne|de l'|du |des ))")
ARMIES = {"RU": ActorRef("Russian Armed Forces", "RU", "army"), "UA": ActorRef("Ukrainian Armed Forces", "UA", "army")}

# "Le ministère" alone refers back to the last ministry named.
BARE_MINISTRY = re.compile(r"\b(?:le|du|au) ministere\b(?! (?:russe|ukrainien|de la))")
# "le ministère de la Défense" with no country: the one of the side the sentence fronts, else the one last named.
BARE_DEFENCE_MINISTRY = re.compile(r"\ble ministere de la defense\b(?! (?:russe|ukrainien|de (?:la|l')))")
MINISTRIES = {"RU": ActorRef("Russian Ministry of Defence", "RU", "ministry"),
              "UA": ActorRef("Ukrainian Ministry of Defence", "UA", "ministry")}
# "Côté russe, l'armée a ...", "Du côté ukrainien, le ministère ...": the side the sentence speaks for.
FRONTED_SIDE = re.compile(r"(?:^|[.\n!?\"]\s*|\bdate [\d-]+\s+|\bde son\s+)(?:du\s+)?cote"
                          r" (russe|ukrainien|de moscou|de kiev)\s*,\s*(?:[\w'-]+\s+){0,3}$")

# A named person introduced by a role: "Le porte-parole du commandement ... , Oleksiï Dmytrachkivsky, a indiqué".
ROLE_NAME = re.compile(
    r"\b(?:porte-parole|chef|commandant|gouverneur|maire|conseiller|conseillere|ministre|responsable|president"
    r"|presidente|general|colonel|depute|deputee|secretaire|directeur|directrice|ambassadeur)\b[^,.;\"]{0,90},\s+"
)
SIDE_ADJECTIVES = [
    (re.compile(r"\b(?:pro-?)?russes?\b|\bde russie\b|\bdu kremlin\b|\b(?:par|de) moscou\b|\bpar la russie\b"
                r"|\bseparatistes?\b|\bwagner\b|\btchetchenes?\b|\bakhmat\b"), "RU"),
    (re.compile(r"\bukrainien(?:ne)?s?\b|\bde l'ukraine\b|\b(?:de|par) (?:kiev|kyiv)\b"), "UA"),
    (re.compile(r"\bamericain(?:e)?s?\b|\bdes etats-unis\b|\bde la maison blanche\b|\bdu pentagone\b"
                r"|\bdu departement d'etat\b|\bde washington\b"), "US"),
    (re.compile(r"\bnord-coreen(?:ne)?s?\b"), "KP"),
    # Third countries and international bodies: "l'analyste militaire britannique", "le chef de l'OTAN".
    (re.compile(r"\b(?:britannique|francaise?|allemande?|polonaise?|europeen(?:ne)?|de l'otan|de l'onu|des nations unies"
                r"|estonien(?:ne)?|lituanien(?:ne)?|finlandaise?|sud-coreen(?:ne)?)s?\b"), "INT"),
]


def us_president(on: dt.date | None) -> ActorRef:
    """"Le président américain" names whoever held the office on the article's date."""
    if on is not None and dt.date(2021, 1, 20) <= on < dt.date(2025, 1, 20):
        return ActorRef("Joe Biden", "US", "person")
    return ActorRef("Donald Trump", "US", "person")


US_PRESIDENT = re.compile(r"\bpresident americain\b")
