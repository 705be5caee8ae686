"""Load N synthetic but realistic claims (with their events, sources, actors and places) into the configured database.

Run from the project root, against the database named by DATABASE_URL (migrated first):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python benchmarks/generate.py --million --reset

PostgreSQL is loaded with COPY (psycopg 3 `cursor.copy`), any other backend with `bulk_create` in batches.
Rows are written chunk by chunk, each chunk in one transaction, so memory stays flat whatever N.
Historical (simple_history) rows are not written: a bulk load is not an edit.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# GeoNames ids of synthetic places start here, far above real ones (~13 million), so they never collide.
SYNTHETIC_GEONAMES_BASE = 900_000_000
FIRST_DAY = dt.date(2022, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)
INVASION_DAY = dt.date(2022, 2, 24)


def setup_django() -> None:
    """Make the project importable and configure Django, unless the caller (a test) already did."""
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflict_api.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


# --------------------------------------------------------------------------------------------------------------
# Reference data: regions (with centroids), the actors who make claims, publishers, sentence templates.
# --------------------------------------------------------------------------------------------------------------

# (English, French, native, ISO 3166-2, latitude, longitude, weight: how much of the war happens there)
REGIONS: dict[str, list[tuple[str, str, str, str, float, float, int]]] = {
    "UA": [
        ("Donetsk Oblast", "oblast de Donetsk", "Донецька область", "UA-14", 48.0, 37.8, 30),
        ("Luhansk Oblast", "oblast de Louhansk", "Луганська область", "UA-09", 48.9, 39.0, 8),
        ("Kharkiv Oblast", "oblast de Kharkiv", "Харківська область", "UA-63", 49.6, 36.6, 16),
        ("Zaporizhzhia Oblast", "oblast de Zaporijjia", "Запорізька область", "UA-23", 47.5, 35.6, 12),
        ("Kherson Oblast", "oblast de Kherson", "Херсонська область", "UA-65", 46.7, 33.4, 9),
        ("Dnipropetrovsk Oblast", "oblast de Dnipropetrovsk", "Дніпропетровська область", "UA-12", 48.4, 34.9, 6),
        ("Mykolaiv Oblast", "oblast de Mykolaïv", "Миколаївська область", "UA-48", 47.2, 31.9, 3),
        ("Odesa Oblast", "oblast d'Odessa", "Одеська область", "UA-51", 46.8, 30.0, 4),
        ("Sumy Oblast", "oblast de Soumy", "Сумська область", "UA-59", 50.9, 34.0, 5),
        ("Chernihiv Oblast", "oblast de Tchernihiv", "Чернігівська область", "UA-74", 51.3, 32.0, 2),
        ("Kyiv Oblast", "oblast de Kiev", "Київська область", "UA-32", 50.3, 30.5, 4),
        ("Zhytomyr Oblast", "oblast de Jytomyr", "Житомирська область", "UA-18", 50.6, 28.6, 1),
        ("Poltava Oblast", "oblast de Poltava", "Полтавська область", "UA-53", 49.6, 34.0, 1),
        ("Cherkasy Oblast", "oblast de Tcherkassy", "Черкаська область", "UA-71", 49.1, 31.5, 1),
        ("Kirovohrad Oblast", "oblast de Kirovohrad", "Кіровоградська область", "UA-35", 48.4, 32.0, 1),
        ("Vinnytsia Oblast", "oblast de Vinnytsia", "Вінницька область", "UA-05", 49.1, 28.5, 1),
        ("Khmelnytskyi Oblast", "oblast de Khmelnytskyï", "Хмельницька область", "UA-68", 49.4, 27.0, 1),
        ("Lviv Oblast", "oblast de Lviv", "Львівська область", "UA-46", 49.8, 24.0, 1),
        ("Volyn Oblast", "oblast de Volhynie", "Волинська область", "UA-07", 51.0, 25.0, 1),
        ("Rivne Oblast", "oblast de Rivne", "Рівненська область", "UA-56", 51.0, 26.5, 1),
        ("Ternopil Oblast", "oblast de Ternopil", "Тернопільська область", "UA-61", 49.4, 25.6, 1),
        ("Ivano-Frankivsk Oblast", "oblast d'Ivano-Frankivsk", "Івано-Франківська область", "UA-26", 48.7, 24.7, 1),
        ("Zakarpattia Oblast", "Transcarpatie", "Закарпатська область", "UA-21", 48.4, 23.2, 1),
        ("Chernivtsi Oblast", "oblast de Tchernivtsi", "Чернівецька область", "UA-77", 48.3, 25.9, 1),
        ("Crimea", "Crimée", "Автономна Республіка Крим", "UA-43", 45.3, 34.4, 4),
    ],
    "RU": [
        ("Kursk Oblast", "région de Koursk", "Курская область", "RU-KRS", 51.7, 36.2, 8),
        ("Belgorod Oblast", "région de Belgorod", "Белгородская область", "RU-BEL", 50.7, 37.4, 6),
        ("Bryansk Oblast", "région de Briansk", "Брянская область", "RU-BRY", 52.9, 33.4, 3),
        ("Rostov Oblast", "région de Rostov", "Ростовская область", "RU-ROS", 47.7, 41.0, 2),
        ("Voronezh Oblast", "région de Voronej", "Воронежская область", "RU-VOR", 51.0, 40.0, 1),
        ("Krasnodar Krai", "kraï de Krasnodar", "Краснодарский край", "RU-KDA", 45.3, 39.0, 2),
        ("Moscow Oblast", "région de Moscou", "Московская область", "RU-MOS", 55.6, 37.5, 1),
    ],
}
COUNTRIES = {
    "UA": ("Ukraine", "Ukraine", "Україна", 49.0, 31.4),
    "RU": ("Russia", "Russie", "Россия", 55.7, 37.6),
}
# Bounding boxes (lat_min, lat_max, lon_min, lon_max) that every synthetic village stays inside.
BBOX = {"UA": (44.4, 52.3, 22.2, 40.1), "RU": (43.5, 56.5, 27.5, 47.5)}

# (name, side, kind): the claimants of every side.
ACTORS: list[tuple[str, str, str]] = [
    ("Russian Ministry of Defence", "RU", "ministry"),
    ("Vladimir Putin", "RU", "person"),
    ("Dmitry Peskov", "RU", "person"),
    ("Sergei Shoigu", "RU", "person"),
    ("Andrei Belousov", "RU", "person"),
    ("Valery Gerasimov", "RU", "person"),
    ("Maria Zakharova", "RU", "person"),
    ("Sergei Lavrov", "RU", "person"),
    ("Russian armed forces", "RU", "army"),
    ("Kremlin", "RU", "government"),
    ("Russian Foreign Ministry", "RU", "ministry"),
    ("Wagner Group", "RU", "organisation"),
    ("Ukrainian General Staff", "UA", "army"),
    ("Volodymyr Zelensky", "UA", "person"),
    ("Ukrainian Air Force", "UA", "army"),
    ("Ukrainian Ministry of Defence", "UA", "ministry"),
    ("Oleksandr Syrsky", "UA", "person"),
    ("Andriy Yermak", "UA", "person"),
    ("Dmytro Kuleba", "UA", "person"),
    ("Ukrainian Navy", "UA", "army"),
    ("Ukrainian military intelligence (HUR)", "UA", "army"),
    ("SBU", "UA", "organisation"),
    ("Ukrainian government", "UA", "government"),
    ("Pentagon", "US", "ministry"),
    ("White House", "US", "government"),
    ("US State Department", "US", "ministry"),
    ("Joe Biden", "US", "person"),
    ("Donald Trump", "US", "person"),
    ("Antony Blinken", "US", "person"),
    ("KCNA", "KP", "media"),
    ("Kim Jong Un", "KP", "person"),
    ("North Korean army", "KP", "army"),
    ("ISW", "INT", "organisation"),
    ("United Nations", "INT", "organisation"),
    ("OHCHR", "INT", "organisation"),
    ("IAEA", "INT", "organisation"),
    ("ICRC", "INT", "organisation"),
    ("NATO", "INT", "organisation"),
    ("UNHCR", "INT", "organisation"),
    ("Amnesty International", "INT", "organisation"),
    ("media", "media", "media"),
    ("AFP", "media", "media"),
    ("Reuters", "media", "media"),
    ("BBC", "media", "media"),
    ("Le Monde", "media", "media"),
    ("Kyiv Independent", "media", "media"),
    ("TASS", "media", "media"),
    ("Alexander Lukashenko", "other", "person"),
    ("Belarus government", "other", "government"),
    ("Recep Tayyip Erdogan", "other", "person"),
    ("Chinese Foreign Ministry", "other", "ministry"),
    ("Emmanuel Macron", "other", "person"),
]
# How a French article names a claimant of a given side, when the actor is a regional or generic one.
SIDE_FR = {"RU": "russe", "UA": "ukrainien", "US": "américain", "KP": "nord-coréen"}
OPPOSITE = {"RU": "UA", "UA": "RU", "KP": "UA", "US": "RU"}
PUBLISHERS = ["AFP", "AFP", "AFP", "Reuters", "BBC", "Le Monde", "France 24", "RFI", "Le Figaro", ""]

# (event type, weight, quantity keys and ranges)
EVENT_TYPES: list[tuple[str, int, dict[str, tuple[int, int]]]] = [
    ("capture", 14, {"localities": (1, 3)}),
    ("withdrawal", 5, {}),
    ("offensive", 6, {"waves": (1, 12), "battalions": (1, 8)}),
    ("attack_repelled", 14, {"waves": (1, 30)}),
    ("strike", 20, {"killed": (0, 40), "wounded": (0, 120)}),
    ("interception", 14, {"drones": (1, 200), "missiles": (0, 40)}),
    ("prisoners", 4, {"prisoners": (1, 300)}),
    ("casualties", 8, {"killed": (1, 2000), "wounded": (0, 5000)}),
    ("displacement", 3, {"civilians": (50, 120000)}),
    ("deployment", 3, {"battalions": (1, 20)}),
    ("territorial_control", 4, {"area_km2": (1, 1500), "localities": (1, 80)}),
    ("encirclement", 2, {}),
    ("agreement", 3, {"prisoners": (0, 1200)}),
]
VERB_FR = {
    "capture": "avoir pris le contrôle de {place}",
    "withdrawal": "s'être retiré de {place}",
    "offensive": "avoir lancé une offensive près de {place}",
    "attack_repelled": "avoir repoussé {waves} assauts près de {place}",
    "strike": "une frappe sur {place} a fait {killed} morts et {wounded} blessés",
    "interception": "avoir abattu {drones} drones et {missiles} missiles au-dessus de {place}",
    "prisoners": "avoir capturé {prisoners} soldats près de {place}",
    "casualties": "l'ennemi a perdu {killed} soldats dans le secteur de {place}",
    "displacement": "{civilians} civils ont fui la zone de {place}",
    "deployment": "{battalions} bataillons ont été déployés vers {place}",
    "territorial_control": "contrôler {localities} localités et {area_km2} kilomètres carrés dans {place}",
    "encirclement": "les forces adverses sont encerclées à {place}",
    "agreement": "un accord sur l'échange de {prisoners} prisonniers a été conclu",
}
SAY_FR = ["a affirmé", "a assuré", "a indiqué", "a déclaré", "a annoncé", "a démenti", "a reconnu", "a écrit"]
FILLER_FR = [
    "Les combats se poursuivent le long de la ligne de front, selon des sources concordantes.",
    "Ces informations n'ont pas pu être vérifiées de manière indépendante.",
    "La Russie a lancé son invasion de l'Ukraine le 24 février 2022.",
    "Kiev réclame depuis des mois davantage de systèmes de défense antiaérienne à ses alliés occidentaux.",
    "Moscou affirme régulièrement progresser dans l'est du pays, où ses troupes ont l'avantage numérique.",
    "Les autorités locales ont appelé les habitants à rejoindre les abris.",
    "L'armée ukrainienne fait face à une pénurie d'hommes et de munitions.",
    "Le bilan pourrait encore s'alourdir, selon les services de secours.",
    "Des coupures d'électricité ont été signalées dans plusieurs quartiers.",
    "Cette annonce intervient alors que des pourparlers sont évoqués par plusieurs capitales.",
    "Aucune des deux parties ne publie de bilan régulier de ses pertes militaires.",
    "Les frappes de drones se sont multipliées ces dernières semaines de part et d'autre de la frontière.",
    "Les Occidentaux ont promis de nouvelles livraisons d'armes dans les prochains mois.",
    "Selon l'Institut pour l'étude de la guerre (ISW), la situation reste fluide dans ce secteur.",
    "Plusieurs villages de la zone ont été en grande partie détruits par les bombardements.",
    "Le ministère n'a pas fourni de précisions sur le nombre de soldats engagés.",
]

# Syllables of synthetic Ukrainian place names, in Cyrillic: prefix + root + suffix.
NAME_PREFIXES = ["", "", "", "Ново", "Старо", "Велика ", "Мала ", "Верхня ", "Нижня ", "Червоно", "Біло", "Зелено"]
NAME_ROOTS = [
    "сел", "петр", "олександр", "іван", "михайл", "андрі", "григор", "дмитр", "павл", "мирн", "степ", "лиман",
    "гор", "тор", "курах", "покр", "костянтин", "бахм", "авді", "очерет", "крас", "вовч", "лип", "дуб",
    "берез", "калин", "вишн", "яблун", "кам'ян", "піщ", "озер", "річн", "сокол", "орл", "журавл", "лебед",
]
NAME_SUFFIXES = ["івка", "ове", "не", "ське", "ка", "ине", "івське", "ець", "иця", "ки", "ів", "ино", "янка"]
TRANSLIT_EN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "iu", "я": "ia", "'": "", " ": " ",
}
TRANSLIT_FR = dict(TRANSLIT_EN, **{
    "ж": "j", "у": "ou", "ч": "tch", "ш": "ch", "щ": "chtch", "й": "ï", "ї": "ï", "ю": "iou", "х": "kh",
})


def transliterate(native: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch.lower(), ch) for ch in native)
    return " ".join(word[:1].upper() + word[1:] for word in out.split())


def fold(name: str) -> str:
    """Lower case, accents and apostrophes removed: the form `search_names` holds."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("'", "").replace("’", "").replace("-", " ").split())


# --------------------------------------------------------------------------------------------------------------
# Writing rows: COPY on PostgreSQL, bulk_create elsewhere.
# --------------------------------------------------------------------------------------------------------------


@dataclass
class TableStats:
    rows: int = 0
    seconds: float = 0.0


@dataclass
class Writer:
    """Writes row dicts (keyed by field attname) of a model, timing each table."""

    batch_size: int = 2000
    stats: dict[str, TableStats] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from django.db import connection

        self.connection = connection
        self.use_copy = connection.vendor == "postgresql"

    def write(self, model, rows: Sequence[dict], *, with_pk: bool = True) -> None:
        if not rows:
            return
        started = time.perf_counter()
        fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
        if self.use_copy:
            self._copy(model, fields, rows)
        else:
            objs = [model(**row) for row in rows]
            model.objects.bulk_create(objs, batch_size=self.batch_size)
        stats = self.stats.setdefault(model._meta.db_table, TableStats())
        stats.rows += len(rows)
        stats.seconds += time.perf_counter() - started

    def _copy(self, model, fields, rows: Sequence[dict]) -> None:
        from django.db.models import JSONField

        qn = self.connection.ops.quote_name
        columns = ", ".join(qn(f.column) for f in fields)
        json_attnames = {f.attname for f in fields if isinstance(f, JSONField)}
        attnames = [f.attname for f in fields]
        sql = f"COPY {qn(model._meta.db_table)} ({columns}) FROM STDIN"
        with self.connection.cursor() as cursor:
            with cursor.cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row([
                        json.dumps(row[name], ensure_ascii=False) if name in json_attnames else row[name]
                        for name in attnames
                    ])


def next_id(model) -> int:
    from django.db.models import Max

    return (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1


def reset_sequences(models: Iterable) -> None:
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def reset_tables() -> None:
    """Empty every table the generator fills (and their history), restarting ids."""
    from django.db import connection

    from events.models import Actor, Claim, Event, Locality, PlaceClaims, Source

    models = [PlaceClaims, Claim, Event.localities.through, Event, Source, Actor, Locality]
    tables = [m._meta.db_table for m in models]
    tables += sorted(t for t in connection.introspection.table_names() if t.startswith("events_historical"))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred foreign-key checks still pending in this transaction (a test's) would block TRUNCATE.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE " + ", ".join(connection.ops.quote_name(t) for t in tables)
                           + " RESTART IDENTITY CASCADE")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


# --------------------------------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Place:
    id: int
    kind: str
    name_fr: str
    country_code: str
    region_id: int | None  # the region itself for a region, its parent for a village / town / city


@dataclass
class Generator:
    rng: random.Random
    now: dt.datetime
    places: list[Place] = field(default_factory=list)
    place_weights: list[float] = field(default_factory=list)
    regions: list[Place] = field(default_factory=list)
    actors_by_side: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    # ---- places ------------------------------------------------------------------------------------------

    def locality_rows(self, count: int, first_id: int) -> list[dict]:
        """Countries, their regions, then `count` villages, towns and cities scattered around region centroids."""
        rng = self.rng
        rows: list[dict] = []
        next_pk = first_id
        country_ids: dict[str, int] = {}
        region_specs = []
        for code, (name, name_fr, native, lat, lon) in COUNTRIES.items():
            country_ids[code] = next_pk
            rows.append(self._locality(next_pk, name, name_fr, native, "country", None, code, code, lat, lon))
            next_pk += 1
        for code, regions in REGIONS.items():
            for name, name_fr, native, iso, lat, lon, weight in regions:
                rows.append(self._locality(next_pk, name, name_fr, native, "region", country_ids[code], code, iso,
                                           lat, lon))
                region_specs.append((next_pk, code, lat, lon, weight))
                next_pk += 1
        region_weights = [spec[4] for spec in region_specs]
        for _ in range(count):
            region_pk, code, lat0, lon0, _ = rng.choices(region_specs, weights=region_weights)[0]
            native = self._native_name()
            kind = rng.choices(["village", "town", "city"], weights=[85, 12, 3])[0]
            lat_min, lat_max, lon_min, lon_max = BBOX[code]
            lat = round(min(max(lat0 + rng.uniform(-0.9, 0.9), lat_min), lat_max), 5)
            lon = round(min(max(lon0 + rng.uniform(-1.3, 1.3), lon_min), lon_max), 5)
            row = self._locality(next_pk, transliterate(native, TRANSLIT_EN), transliterate(native, TRANSLIT_FR),
                                 native, kind, region_pk, code, "", lat, lon)
            if rng.random() < 0.03:  # a place no offline gazetteer knows: placed at its region centroid
                row.update(latitude=lat0, longitude=lon0, geo_precision="region", geonames_id=None,
                           gazetteer_key=f"unresolved:synthetic:{next_pk}:{fold(native)}")
            rows.append(row)
            next_pk += 1
        return rows

    def _native_name(self) -> str:
        rng = self.rng
        prefix = rng.choice(NAME_PREFIXES)
        root = rng.choice(NAME_ROOTS)
        suffix = rng.choice(NAME_SUFFIXES)
        word = root + suffix
        if prefix and not prefix.endswith(" "):
            return prefix + word
        return prefix + word[:1].upper() + word[1:]

    def _locality(self, pk, name, name_fr, native, kind, parent_id, country, iso, lat, lon) -> dict:
        """A place known to the (synthetic) gazetteer: its GeoNames id is far above the real ones."""
        alternates = sorted({name_fr, native} - {name})
        folded = sorted({fold(n) for n in (name, name_fr, native, *alternates) if n})
        created = self.now - dt.timedelta(days=self.rng.randint(0, 1400))
        return {
            "id": pk, "created_at": created, "updated_at": created, "name": name, "name_fr": name_fr,
            "name_native": native, "alternate_names": alternates, "search_names": "|" + "|".join(folded) + "|",
            "kind": kind, "parent_id": parent_id, "country_code": country, "iso_code": iso, "latitude": lat,
            "longitude": lon, "geo_precision": "exact", "geonames_id": SYNTHETIC_GEONAMES_BASE + pk,
            "gazetteer_key": f"geonames:{SYNTHETIC_GEONAMES_BASE + pk}",
        }

    def use_places(self, rows: Iterable[dict]) -> None:
        """Remember places (written now or loaded from the database) and how often the war touches each."""
        rows = list(rows)
        region_weight = {}
        for code, regions in REGIONS.items():
            for name, *_rest, weight in regions:
                region_weight[(code, name)] = weight
        region_of = {r["id"]: r for r in rows if r["kind"] == "region"}
        self.regions = [Place(r["id"], "region", r["name_fr"], r["country_code"], r["id"]) for r in region_of.values()]
        self._region_by_id = {r.id: r for r in self.regions}
        self.places, self.place_weights = [], []
        for r in rows:
            if r["kind"] in ("region", "country"):
                continue
            region = region_of.get(r["parent_id"])
            weight = region_weight.get((r["country_code"], region["name"]), 1) if region else 1
            # Towns and cities are in the news more often than villages.
            weight *= {"village": 1, "town": 4, "city": 12}.get(r["kind"], 1)
            self.places.append(Place(r["id"], r["kind"], r["name_fr"], r["country_code"], r["parent_id"]))
            self.place_weights.append(weight)
        self._cum_weights = []
        total = 0.0
        for w in self.place_weights:
            total += w
            self._cum_weights.append(total)

    def pick_place(self) -> Place:
        x = self.rng.random() * self._cum_weights[-1]
        return self.places[bisect.bisect_left(self._cum_weights, x)]

    # ---- actors ------------------------------------------------------------------------------------------

    def actor_rows(self, existing: set[tuple[str, str]], first_id: int) -> list[dict]:
        """The named actors of every side, plus the regional governors and spokesmen who also make claims."""
        wanted = list(ACTORS)
        for code, regions in REGIONS.items():
            for name, *_ in regions:
                wanted.append((f"Governor of {name}", code, "person"))
                wanted.append((f"{'Russian' if code == 'RU' else 'Ukrainian'} army spokesman for {name}", code, "army"))
        rows = []
        for pk, (name, side, kind) in enumerate([w for w in wanted if (w[0], w[1]) not in existing], start=first_id):
            created = self.now - dt.timedelta(days=self.rng.randint(0, 1400))
            rows.append({"id": pk, "created_at": created, "updated_at": created, "name": name, "side": side,
                         "kind": kind})
        return rows

    def use_actors(self, rows: Iterable[dict]) -> None:
        """Remember the claimants by side; the national voices speak far more often than regional ones."""
        national = {name for name, _side, _kind in ACTORS}
        self.actors_by_side, self._actor_weights = {}, {}
        for r in rows:
            self.actors_by_side.setdefault(r["side"], []).append((r["id"], r["name"]))
            self._actor_weights.setdefault(r["side"], []).append(8 if r["name"] in national else 1)

    def pick_claimants(self, actor_side: str | None, k: int) -> list[tuple[int, str, str]]:
        """k distinct claimants: the side that acted, its opponent, international observers and the media."""
        rng = self.rng
        own = actor_side if actor_side in self.actors_by_side else "RU"
        other = OPPOSITE.get(own, "UA")
        side_weights = {own: 45, other: 25, "INT": 10, "media": 14, "US": 2, "KP": 1, "other": 3}
        sides = [s for s in side_weights if s in self.actors_by_side]
        chosen: dict[int, tuple[int, str, str]] = {}
        attempts = 0
        while len(chosen) < k and attempts < 50:
            attempts += 1
            side = rng.choices(sides, weights=[side_weights[s] for s in sides])[0]
            actor_id, name = rng.choices(self.actors_by_side[side], weights=self._actor_weights[side])[0]
            chosen.setdefault(actor_id, (actor_id, name, side))
        return list(chosen.values())

    # ---- events, claims and sources ----------------------------------------------------------------------

    def chunk(self, n_claims: int, ids: dict[str, int]) -> dict[str, list[dict]]:
        """Events with 1-5 claims each until `n_claims` claims, then the sources those claims are quoted from."""
        rng = self.rng
        events, links, pending = [], [], []
        claims_left = n_claims
        type_names = [t[0] for t in EVENT_TYPES]
        type_weights = [t[1] for t in EVENT_TYPES]
        quantity_ranges = {t[0]: t[2] for t in EVENT_TYPES}
        span = (LAST_DAY - INVASION_DAY).days
        while claims_left > 0:
            event_id = ids["event"]
            ids["event"] += 1
            event_type = rng.choices(type_names, weights=type_weights)[0]
            actor_side = rng.choices(["RU", "UA", "KP", "US", None], weights=[52, 40, 2, 1, 5])[0]
            day = INVASION_DAY + dt.timedelta(days=rng.randint(0, span))
            precision = rng.choices(["day", "month", "year", "unknown"], weights=[72, 17, 4, 7])[0]
            occurred_on = {"day": day, "month": day.replace(day=1), "year": day.replace(month=1, day=1),
                           "unknown": None}[precision]
            quantities = {key: rng.randint(lo, hi) for key, (lo, hi) in quantity_ranges[event_type].items()
                          if rng.random() < 0.8}
            n_places = 0 if event_type in ("agreement", "territorial_control") else rng.choices(
                [0, 1, 2, 3], weights=[8, 70, 17, 5])[0]
            places = {}
            for _ in range(n_places):
                place = self.pick_place()
                places.setdefault(place.id, place)
            region = (self.places_region(next(iter(places.values()))) if places
                      else rng.choice(self.regions) if event_type != "agreement" else None)
            place_fr = " et ".join(p.name_fr for p in places.values()) or (region.name_fr if region else "")
            summary = f"{event_type.replace('_', ' ').capitalize()} ({actor_side or '?'}) : {place_fr}".strip()
            created = dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=dt.UTC)
            events.append({
                "id": event_id, "created_at": created, "updated_at": created, "event_type": event_type,
                "actor_side": actor_side, "region_id": region.id if region else None,
                "country_code": region.country_code if region else "", "occurred_on": occurred_on,
                "occurred_precision": precision, "quantities": quantities, "summary": summary[:500],
                "curated": rng.random() < 0.01,
                "contested": False,  # derived from the claims once they are loaded (contested.refresh())
            })
            for place_id in places:
                links.append({"event_id": event_id, "locality_id": place_id})
            k = min(claims_left, rng.choices([1, 2, 3, 4, 5], weights=[15, 25, 25, 20, 15])[0])
            for claimant_id, claimant_name, claimant_side in self.pick_claimants(actor_side, k):
                pending.append((day, event_id, event_type, actor_side, claimant_id, claimant_name, claimant_side,
                                place_fr or "la zone", quantities))
                claims_left -= 1
        # Claims of events close in time end up in the same article, as they do in the news.
        pending.sort(key=lambda p: (p[0], p[1]))
        sources, claims = [], []
        i = 0
        while i < len(pending):
            size = rng.choices([1, 2, 3, 4, 5, 6, 7, 8], weights=[6, 12, 16, 18, 18, 14, 10, 6])[0]
            group = pending[i:i + size]
            i += size
            source, source_claims = self._article(group, ids)
            sources.append(source)
            claims.extend(source_claims)
        return {"events": events, "links": links, "sources": sources, "claims": claims}

    def places_region(self, place: Place) -> Place | None:
        return self._region_by_id.get(place.region_id)

    def _article(self, group: list[tuple], ids: dict[str, int]) -> tuple[dict, list[dict]]:
        """One article quoting every claim of `group` verbatim, and the claims with the quotes' offsets."""
        rng = self.rng
        source_id = ids["source"]
        ids["source"] += 1
        published_on = group[-1][0] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
        pub_precision = rng.choices(["day", "month", "unknown"], weights=[90, 7, 3])[0]
        title = f"Guerre en Ukraine : {group[0][5]} évoque {group[0][7]}"
        header = f" date {published_on.isoformat()} " + self._paragraph(1, 3)
        parts: list[str] = [header]
        length = len(header)
        claims = []
        for _day, event_id, event_type, actor_side, claimant_id, claimant_name, claimant_side, place_fr, qty \
                in group:
            if rng.random() < 0.6:
                filler = self._paragraph(1, 3)
                parts.append(filler)
                length += len(filler)
            values = {"place": place_fr, **{key: qty.get(key, rng.randint(2, 40)) for key in (
                "waves", "killed", "wounded", "drones", "missiles", "prisoners", "civilians", "battalions",
                "localities", "area_km2")}}
            stance = self._stance(actor_side, claimant_side, event_type)
            said = {"asserts": rng.choice(SAY_FR[:5]), "denies": "a démenti", "acknowledges": "a reconnu"}[stance]
            quote = f"{claimant_name} {said} {VERB_FR[event_type].format(**values)}"
            lead = rng.choice(["", "Jeudi, ", "Dans la matinée, ", "Selon un communiqué, ", "Lundi soir, "])
            tail = rng.choice([".", ", sans fournir de preuves.", " sur Telegram.", ", selon l'agence officielle."])
            start = length + len(lead)
            paragraph = f"{lead}{quote}{tail}\n\n"
            parts.append(paragraph)
            length += len(paragraph)
            created = dt.datetime.combine(published_on, dt.time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=dt.UTC)
            review = rng.choices(["unreviewed", "verified", "rejected"], weights=[78, 17, 5])[0]
            claims.append({
                "id": ids["claim"], "created_at": created, "updated_at": created, "event_id": event_id,
                "source_id": source_id, "claimant_id": claimant_id, "stance": stance,
                "claimed_on": published_on if pub_precision != "unknown" else None,
                "claimed_precision": pub_precision, "quote": quote, "quote_start": start,
                "quote_end": start + len(quote), "review_status": review,
                "curator_note": "Vérifié sur la vidéo géolocalisée." if review == "verified" and rng.random() < 0.2
                else "", "curated": review != "unreviewed" and rng.random() < 0.3,
            })
            ids["claim"] += 1
        for _ in range(rng.randint(2, 6)):
            parts.append(self._paragraph(1, 4))
        # The id makes every text, hence every checksum, unique.
        parts.append(f"(Dépêche {source_id})")
        text = "".join(parts)
        created = dt.datetime.combine(published_on, dt.time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=dt.UTC)
        source = {
            "id": source_id, "created_at": created, "updated_at": created, "name": f"synthetic_{source_id:09d}.txt",
            "title": title[:500], "publisher": rng.choice(PUBLISHERS), "language": "fr",
            "published_on": published_on if pub_precision != "unknown" else None,
            "published_precision": pub_precision, "text": text,
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "extraction_note": "", "ingested_at": created,
        }
        return source, claims

    def _paragraph(self, least: int, most: int) -> str:
        return " ".join(self.rng.sample(FILLER_FR, self.rng.randint(least, most))) + "\n\n"

    def _stance(self, actor_side: str | None, claimant_side: str, event_type: str) -> str:
        rng = self.rng
        if claimant_side == actor_side:
            return "acknowledges" if event_type == "withdrawal" else "asserts"
        if actor_side and claimant_side == OPPOSITE.get(actor_side):
            return rng.choices(["asserts", "denies", "acknowledges"], weights=[45, 35, 20])[0]
        return "asserts"


def generate(*, claims: int = 100_000, localities: int | None = None, seed: int = 1, reset: bool = False,
             chunk_claims: int = 20_000, analyze: bool = True, out=sys.stdout) -> dict[str, TableStats]:
    """Load `claims` synthetic claims (and what they need) into the default database; return per-table stats."""
    setup_django()
    from django.db import connection, transaction

    from events import contested, data_version, place_claims
    from events.models import Actor, Claim, Event, Locality, Source

    if claims < 1:
        raise ValueError("claims must be at least 1")
    if localities is None:
        localities = min(30_000, max(100, claims // 3))
    started = time.perf_counter()
    writer = Writer()
    gen = Generator(rng=random.Random(seed), now=dt.datetime.now(dt.UTC))
    if reset:
        with transaction.atomic():
            reset_tables()

    with transaction.atomic():
        if Locality.objects.filter(geonames_id__gte=SYNTHETIC_GEONAMES_BASE).exists():
            print("localities: reusing the synthetic places already loaded", file=out)
        else:
            writer.write(Locality, gen.locality_rows(localities, next_id(Locality)))
        gen.use_places(Locality.objects.values("id", "kind", "name", "name_fr", "country_code", "parent_id"))
        existing = set(Actor.objects.values_list("name", "side"))
        writer.write(Actor, gen.actor_rows(existing, next_id(Actor)))
        gen.use_actors(Actor.objects.values("id", "name", "side"))
        if not gen.places:
            raise RuntimeError("no village, town or city to attach events to")

    ids = {"event": next_id(Event), "source": next_id(Source), "claim": next_id(Claim)}
    done = 0
    while done < claims:
        n = min(chunk_claims, claims - done)
        batch = gen.chunk(n, ids)
        with transaction.atomic():
            writer.write(Source, batch["sources"])
            writer.write(Event, batch["events"])
            writer.write(Event.localities.through, batch["links"], with_pk=False)
            writer.write(Claim, batch["claims"])
        done += len(batch["claims"])
        if out is not None and claims > chunk_claims:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>10,} / {claims:,} claims  ({rate:,.0f} claims/s overall)", file=out, flush=True)

    reset_sequences([Locality, Actor, Source, Event, Claim, Event.localities.through])
    # COPY and bulk_create send no signal: derive Event.contested, then the places' stored counts (which read it),
    # and tell the API's cache the data changed.
    contested.refresh()
    place_claims.refresh()
    data_version.changed()
    analyze_seconds = 0.0
    if analyze and connection.vendor == "postgresql":
        a0 = time.perf_counter()
        tables = [m._meta.db_table for m in (Locality, Actor, Source, Event, Event.localities.through, Claim)]
        with connection.cursor() as cursor:
            # VACUUM sets the visibility map (index-only scans); it cannot run inside a transaction (tests).
            verb = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            for table in tables:
                cursor.execute(f"{verb} {connection.ops.quote_name(table)}")
        analyze_seconds = time.perf_counter() - a0
    total = time.perf_counter() - started

    method = "COPY" if writer.use_copy else "bulk_create"
    print(f"\nLoaded with {method} into {connection.vendor} ({connection.settings_dict.get('NAME')}), seed {seed}",
          file=out)
    print(f"{'table':<28}{'rows':>12}{'write s':>10}{'rows/s':>12}", file=out)
    total_rows = 0
    for table, st in writer.stats.items():
        total_rows += st.rows
        rate = st.rows / st.seconds if st.seconds else 0.0
        print(f"{table:<28}{st.rows:>12,}{st.seconds:>10.2f}{rate:>12,.0f}", file=out)
    print(f"{'all tables (incl. generation)':<28}{total_rows:>12,}{total:>10.2f}{total_rows / total:>12,.0f}",
          file=out)
    if analyze_seconds:
        print(f"(of which VACUUM/ANALYZE: {analyze_seconds:.1f} s)", file=out)
    return writer.stats


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000, help="number of claims to load (default 100,000)")
    parser.add_argument("--million", action="store_true", help="load 1,000,000 claims (overrides --claims)")
    parser.add_argument("--localities", type=int, default=None,
                        help="villages, towns and cities to create (default: claims/3, at most 30,000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed loads the same rows")
    parser.add_argument("--reset", action="store_true",
                        help="empty the claim, event, source, actor and locality tables (and their history) first")
    parser.add_argument("--chunk", type=int, default=20_000, help="claims written per transaction")
    parser.add_argument("--no-analyze", action="store_true", help="skip VACUUM (ANALYZE) after loading")
    args = parser.parse_args(argv)
    generate(claims=1_000_000 if args.million else args.claims, localities=args.localities, seed=args.seed,
             reset=args.reset, chunk_claims=args.chunk, analyze=not args.no_analyze)
    return 0


if __name__ == "__main__":
    sys.exit(main())
