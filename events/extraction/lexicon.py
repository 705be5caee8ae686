"""French reporting and military vocabulary: who speaks, how, and what event a phrase names.

Every pattern runs on the *flattened* text (see `flatten`): same length as the article, lower-case,
accents stripped, straight quotes. Patterns are about the genre (French wire stories on the war),
never about one article.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from events.extraction.triggers_fr import PEOPLE, TRIGGERS, TriggerPattern  # noqa: F401  (re-exported)
from events.extraction.types import ActorRef

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
    _ap(r"\b(?:evgueni |evgeni |yevgeny )?(?:prigojine|prigozhin)\b", "Yevgeny Prigozhin", "RU", "person", "m"),
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
                              r"|\bles services d'urgence\b|\bl'administration (?:militaire )?(?:regionale|locale"
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

# --- Reporting verbs ----------------------------------------------------------------------------------------------

ASSERTS, DENIES, ACKNOWLEDGES = "asserts", "denies", "acknowledges"

_PARTICIPLES = {
    ASSERTS: "affirme|indique|assure|declare|annonce|revendique|dit|precise|ajoute|souligne|explique|rapporte|signale"
             r"|estime|martele|poursuivi(?=\s*[,:.;\"]|-t-|\s*$)|confirme|salue|decrit|evoque|communique|accuse"
             "|denonce|assure|fait savoir"
             "|fait etat|informe|insiste|averti|repete|publie|ecrit|promis|releve|observe|constate|note|mentionne"
             "|raconte|temoigne|reitere|soutenu|prevenu|signale|fait valoir|laisse entendre|rappele|detaille|relate"
             "|reagi|commente|confie|juge|considere|tranche"
             # a count kept by an authority: "Ivan Fedorov a recensé 412 frappes"
             "|recense|denombre|comptabilise"
             # a command's orders and decisions about its own forces are its statements
             "|ordonne|donne l'ordre|decide|autorise",
    ACKNOWLEDGES: "reconnu|admis|concede",
    DENIES: "dementi|nie|rejete|refute|conteste|refuse d'admettre|refuse de reconnaitre|qualifie de faux",
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
              "communiqu", "faisait etat", "faisaient etat", "faisait savoir", "faisaient savoir"],
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
_BETWEEN += r"|en revanche|cependant|neanmoins|au contraire|d'ailleurs|en outre|de plus|desormais|enfin|aussitot"
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
PASSIVE_REPORT = re.compile(r"\b(?:annoncee?s?|revendiquee?s?|confirmee?s?|rapportee?s?)\s+(?:quelques|plus tot|la veille"
                            r"|hier|deux|trois|plusieurs|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|,|\.)")
NEGATED_REPORT = re.compile(r"\bn'(?:a|ont|avait|avaient) (?:pas|jamais|toujours pas)\b[^.;]{0,25}\b(?:fait etat|confirme"
                            r"|annonce|commente|evoque|reconnu|revendique)")
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
                      r"|\bpas entierement\b")

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
    (re.compile(r"\b(?:pro-?russes?|russes?|separatistes?|de moscou|du kremlin|d'occupation)\b"), "RU", "Russian"),
    (re.compile(r"\b(?:pro-?ukrainien(?:ne)?s?|ukrainien(?:ne)?s?|de kiev|de kyiv|de l'ukraine)\b"), "UA", "Ukrainian"),
    (re.compile(r"\b(?:americain(?:e)?s?|des etats-unis|de washington)\b"), "US", "US"),
    (re.compile(r"\b(?:nord-coreen(?:ne)?s?|de pyongyang)\b"), "KP", "North Korean"),
    (re.compile(r"\b(?:sud-coreen(?:ne)?s?|onusien(?:ne)?s?|de l'onu|des nations unies|de l'otan)\b"), "INT",
     "International"),
]
# The noun phrase ends at punctuation, a verb or a relative pronoun.
SPEAKER_NP_END = re.compile(r"[,;:.(\"]|\b(?:a|ont|avait|avaient|aurait|est|sont|etait|qui|que|qu'|dont|ou|et|avec"
                            r"|selon|dans|sur|pour|depuis|lors|en|a|au|aux|vers|pres|contre|entre|par|sous|chez|face)\b")
