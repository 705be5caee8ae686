"""Shared pytest fixtures: API clients, accounts and a small world of places, claimants, events and claims."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from events import contested
from events.api.permissions import CURATORS_GROUP, INGESTERS_GROUP
from events.choices import (
    ActorKind,
    DatePrecision,
    EventType,
    GeoPrecision,
    LocalityKind,
    ReviewStatus,
    Side,
    Stance,
)
from events.extraction.places import fold
from events.models import Actor, Claim, Event, Locality, Source


# The live server on SQLite: the test database lives in memory, so every thread of Django's threaded live server
# shares the test's one connection, and a page's concurrent requests (the explorer fetches three at once) then use it
# from several threads together, which can wedge the server. One request at a time on SQLite (Django answers each
# with "Connection: close" on a server without threads); PostgreSQL keeps the threaded server and its own connections.
class SerialLiveServer(WSGIServer):
    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.connections_override = connections_override


if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    LiveServerThread.server_class = SerialLiveServer

# REDIS_URL is for tests/test_multinode.py's servers only: moved to a name of its own (which xdist workers inherit)
# so that other servers the suite starts (the benchmark smoke run) do not write into that Redis database.
if "REDIS_URL" in os.environ:
    os.environ["MULTINODE_REDIS_URL"] = os.environ.pop("REDIS_URL")


@pytest.fixture
def redis_url_for_nodes() -> str:
    return os.environ.get("MULTINODE_REDIS_URL", "")


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def curator(db) -> User:
    user = User.objects.create_user("curator")  # no password: hashing one is slow
    user.groups.add(Group.objects.get_or_create(name=CURATORS_GROUP)[0])
    return user


@pytest.fixture
def curator_client(curator) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return client


@pytest.fixture
def reader_client(db) -> APIClient:
    """An authenticated account that is not a curator."""
    user = User.objects.create_user("reader")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def places(db) -> SimpleNamespace:
    """Two countries, three regions, settlements with French, English and Cyrillic spellings."""

    def place(name, kind, *, parent=None, fr="", native="", alternates=(), country="UA", lat=None, lon=None,
              precision=GeoPrecision.EXACT, iso=""):
        spellings = {fold(n) for n in (name, fr, native, *alternates) if n}
        return Locality.objects.create(
            name=name, name_fr=fr, name_native=native, alternate_names=list(alternates),
            search_names="|" + "|".join(sorted(spellings)) + "|", kind=kind, parent=parent, country_code=country,
            iso_code=iso, latitude=lat, longitude=lon, geo_precision=precision,
            gazetteer_key=f"test:{country}:{fold(name)}",
        )

    ukraine = place("Ukraine", LocalityKind.COUNTRY, fr="Ukraine", native="Україна", lat=49.0, lon=32.0, iso="UA")
    russia = place("Russia", LocalityKind.COUNTRY, fr="Russie", native="Россия", country="RU", lat=61.5, lon=105.3,
                   iso="RU")
    kharkiv_oblast = place("Kharkiv Oblast", LocalityKind.REGION, parent=ukraine, fr="région de Kharkiv",
                           native="Харківська область", lat=49.5, lon=36.5, iso="UA-63")
    donetsk_oblast = place("Donetsk Oblast", LocalityKind.REGION, parent=ukraine, fr="région de Donetsk",
                           native="Донецька область", lat=48.0, lon=37.8, iso="UA-14")
    kursk_oblast = place("Kursk Oblast", LocalityKind.REGION, parent=russia, fr="région de Koursk",
                         native="Курская область", alternates=("Koursk",), country="RU", lat=51.5, lon=36.0,
                         iso="RU-KRS")
    return SimpleNamespace(
        ukraine=ukraine,
        russia=russia,
        kharkiv_oblast=kharkiv_oblast,
        donetsk_oblast=donetsk_oblast,
        kursk_oblast=kursk_oblast,
        kupiansk=place("Kupiansk", LocalityKind.TOWN, parent=kharkiv_oblast, fr="Koupiansk", native="Куп'янськ",
                       alternates=("Kupyansk",), lat=49.7106, lon=37.6153),
        pokrovsk=place("Pokrovsk", LocalityKind.TOWN, parent=donetsk_oblast, fr="Pokrovsk", native="Покровськ",
                       lat=48.2820, lon=37.1758),
        sudzha=place("Sudzha", LocalityKind.TOWN, parent=kursk_oblast, fr="Soudja", native="Суджа", country="RU",
                     lat=51.1914, lon=35.2708),
        krupets=place("Krupets", LocalityKind.VILLAGE, parent=kursk_oblast, fr="Kroupets", native="Крупец",
                      country="RU", lat=51.3500, lon=34.9700),
        # Known to no gazetteer: placed at its region's centroid until a curator geocodes it.
        malaya_loknya=place("Malaya Loknya", LocalityKind.VILLAGE, parent=kursk_oblast, fr="Malaïa Loknia",
                            native="Малая Локня", country="RU", lat=51.5, lon=36.0, precision=GeoPrecision.REGION),
    )


@pytest.fixture
def actors(db) -> SimpleNamespace:
    return SimpleNamespace(
        ru_mod=Actor.objects.create(name="Russian Ministry of Defence", side=Side.RU, kind=ActorKind.MINISTRY),
        ua_staff=Actor.objects.create(name="État-major ukrainien", side=Side.UA, kind=ActorKind.ARMY),
        zelensky=Actor.objects.create(name="Volodymyr Zelensky", side=Side.UA, kind=ActorKind.PERSON),
        isw=Actor.objects.create(name="Institute for the Study of War", side=Side.INT, kind=ActorKind.ORGANISATION),
        media=Actor.objects.create(name="media", side=Side.MEDIA, kind=ActorKind.MEDIA),
    )


@pytest.fixture
def dataset(places, actors) -> SimpleNamespace:
    """Three articles, six events and ten claims, some contested (opposing stances, or both camps).

    | event            | type            | where                   | when              | claims                 |
    | sudzha_capture   | capture by UA   | Sudzha                  | 2024-08 (month)   | UA asserts, RU denies  |
    | krupets_capture  | capture by RU   | Krupets                 | 2024-08-15        | RU asserts             |
    | kupiansk_repel   | attack_repelled | Kupiansk                | 2024-09-10        | UA asserts, ISW (rej.) |
    | sudzha_withdraw  | withdrawal by UA| Sudzha                  | 2025-03-12        | RU asserts, UA ackn.   |
    | pokrovsk_strike  | strike by RU    | Pokrovsk                | unknown           | media asserts          |
    | kursk_offensive  | offensive by UA | Kursk Oblast (no place) | 2024-08-06        | media, Zelensky        |
    """
    sentences = {
        "a": [
            "L'armée ukrainienne a affirmé avoir pris le contrôle de Soudja, dans la région de Koursk.",
            "Moscou a démenti toute prise de Soudja par les forces de Kiev.",
            "Le ministère russe de la Défense a affirmé avoir repris le village de Kroupets.",
            "Selon l'état-major, l'offensive lancée le 6 août se poursuit dans la région de Koursk.",
        ],
        "b": [
            "Les forces ukrainiennes ont repoussé une attaque près de Koupiansk, selon l'état-major.",
            "L'ISW estime que l'attaque repoussée à Koupiansk était une diversion.",
            "Une frappe de drones a fait trois morts à Pokrovsk.",
            "Volodymyr Zelensky a salué l'avancée de ses troupes dans la région de Koursk.",
        ],
        "c": [
            "Moscou affirme que ses troupes ont repris Soudja après le retrait ukrainien.",
            "Kiev reconnaît le retrait de ses forces de Soudja.",
        ],
    }
    texts = {key: " ".join(lines) for key, lines in sentences.items()}
    sources = SimpleNamespace(
        a=Source.objects.create(name="000_aaaa.txt", title="Offensive ukrainienne dans la région de Koursk",
                                publisher="AFP", language="fr", published_on=dt.date(2024, 8, 16),
                                published_precision=DatePrecision.DAY, text=texts["a"], sha256="a" * 64),
        b=Source.objects.create(name="001_bbbb.txt", title="Sur le front de l'Est", publisher="Le Monde",
                                language="fr", published_on=dt.date(2024, 9, 11),
                                published_precision=DatePrecision.DAY, text=texts["b"], sha256="b" * 64),
        c=Source.objects.create(name="002_cccc.txt", title="Soudja repassée sous contrôle russe", publisher="",
                                language="fr", published_on=dt.date(2025, 3, 1),
                                published_precision=DatePrecision.MONTH, text=texts["c"], sha256="c" * 64),
    )

    def event(event_type, actor_side, localities, region, country, day, precision, **extra):
        created = Event.objects.create(event_type=event_type, actor_side=actor_side, region=region,
                                       country_code=country, occurred_on=day, occurred_precision=precision, **extra)
        created.localities.set(localities)
        return created

    events = SimpleNamespace(
        sudzha_capture=event(EventType.CAPTURE, Side.UA, [places.sudzha], places.kursk_oblast, "RU",
                             dt.date(2024, 8, 1), DatePrecision.MONTH),
        krupets_capture=event(EventType.CAPTURE, Side.RU, [places.krupets], places.kursk_oblast, "RU",
                              dt.date(2024, 8, 15), DatePrecision.DAY),
        kupiansk_repel=event(EventType.ATTACK_REPELLED, Side.UA, [places.kupiansk], places.kharkiv_oblast, "UA",
                             dt.date(2024, 9, 10), DatePrecision.DAY),
        sudzha_withdraw=event(EventType.WITHDRAWAL, Side.UA, [places.sudzha], places.kursk_oblast, "RU",
                              dt.date(2025, 3, 12), DatePrecision.DAY),
        pokrovsk_strike=event(EventType.STRIKE, Side.RU, [places.pokrovsk], places.donetsk_oblast, "UA",
                              None, DatePrecision.UNKNOWN, quantities={"killed": 3, "drones": 1}),
        kursk_offensive=event(EventType.OFFENSIVE, Side.UA, [], places.kursk_oblast, "RU",
                              dt.date(2024, 8, 6), DatePrecision.DAY, summary="Ukrainian offensive into Kursk Oblast"),
    )

    def claim(source_key, line, claimant, stance, about, claimed_on, **extra):
        source = getattr(sources, source_key)
        quote = sentences[source_key][line]
        start = source.text.index(quote)
        return Claim.objects.create(event=about, source=source, claimant=claimant, stance=stance, quote=quote,
                                    quote_start=start, quote_end=start + len(quote), claimed_on=claimed_on,
                                    claimed_precision=DatePrecision.DAY, **extra)

    claims = SimpleNamespace(
        ua_takes_sudzha=claim("a", 0, actors.ua_staff, Stance.ASSERTS, events.sudzha_capture, dt.date(2024, 8, 16)),
        ru_denies_sudzha=claim("a", 1, actors.ru_mod, Stance.DENIES, events.sudzha_capture, dt.date(2024, 8, 16)),
        ru_takes_krupets=claim("a", 2, actors.ru_mod, Stance.ASSERTS, events.krupets_capture, dt.date(2024, 8, 16)),
        media_offensive=claim("a", 3, actors.media, Stance.ASSERTS, events.kursk_offensive, dt.date(2024, 8, 16)),
        ua_repels_kupiansk=claim("b", 0, actors.ua_staff, Stance.ASSERTS, events.kupiansk_repel,
                                 dt.date(2024, 9, 11)),
        isw_on_kupiansk=claim("b", 1, actors.isw, Stance.DENIES, events.kupiansk_repel, dt.date(2024, 9, 11),
                              review_status=ReviewStatus.REJECTED),
        media_strike=claim("b", 2, actors.media, Stance.ASSERTS, events.pokrovsk_strike, dt.date(2024, 9, 11)),
        zelensky_offensive=claim("b", 3, actors.zelensky, Stance.ASSERTS, events.kursk_offensive,
                                 dt.date(2024, 9, 11), review_status=ReviewStatus.VERIFIED),
        ru_retakes_sudzha=claim("c", 0, actors.ru_mod, Stance.ASSERTS, events.sudzha_withdraw, dt.date(2025, 3, 12)),
        ua_admits_sudzha=claim("c", 1, actors.ua_staff, Stance.ACKNOWLEDGES, events.sudzha_withdraw,
                               dt.date(2025, 3, 13)),
    )
    return SimpleNamespace(places=places, actors=actors, sources=sources, events=events, claims=claims)


@pytest.fixture
def many_claims(dataset) -> list[Claim]:
    """120 more claims on the dataset's events, from 60 more sources, with repeated and missing claim dates."""
    sources = Source.objects.bulk_create(
        Source(name=f"bulk_{n:03}.txt", title=f"Bulk article {n}", text=f"Bulk article number {n}.",
               sha256=f"{n:064x}", published_on=dt.date(2024, 1, 1) + dt.timedelta(days=n % 9),
               published_precision=DatePrecision.DAY)
        for n in range(60)
    )
    events = list(Event.objects.order_by("id"))
    claimants = [dataset.actors.ru_mod, dataset.actors.ua_staff]
    claims = Claim.objects.bulk_create(
        Claim(source=source, claimant=claimant, event=events[(n + k) % len(events)], stance=Stance.ASSERTS,
              quote=source.text[:12], quote_start=0, quote_end=12,
              claimed_on=None if n % 7 == 0 else dt.date(2024, 2, 1) + dt.timedelta(days=n % 5),
              claimed_precision=DatePrecision.UNKNOWN if n % 7 == 0 else DatePrecision.DAY)
        for n, source in enumerate(sources)
        for k, claimant in enumerate(claimants)
    )
    contested.refresh()  # a bulk write sends no signal: as the ingest and the loader do
    return claims


@pytest.fixture(scope="session")
def evaluate_json(tmp_path_factory, worker_id, django_db_blocker) -> Callable[[Path, Path], dict]:
    """The figures `manage.py evaluate --json` prints for a gold folder and its articles, run once per session.

    Ingesting a corpus takes seconds: the first process to ask runs the command and leaves its output in the
    session's temporary folder (shared by the xdist workers, under a lock), the others read it. The command works
    in its own throwaway database, so this runs outside any test's database and needs only to be unblocked.
    """
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent

    def figures(gold: Path, articles: Path) -> dict:
        key = hashlib.sha256(f"{gold}\0{articles}".encode()).hexdigest()[:16]
        output = shared / f"evaluate-{key}.json"
        with open(shared / f"evaluate-{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or when a crashed worker exits
            if not output.exists():
                out = io.StringIO()
                with django_db_blocker.unblock():
                    call_command("evaluate", "--gold", str(gold), "--articles", str(articles), "--json", stdout=out,
                                 stderr=io.StringIO())
                output.write_text(out.getvalue(), encoding="utf-8")
        return json.loads(output.read_text(encoding="utf-8"))

    return figures


@pytest.fixture
def ingester(db) -> User:
    user = User.objects.create_user("ingester")
    user.groups.add(Group.objects.get_or_create(name=INGESTERS_GROUP)[0])
    return user


@pytest.fixture
def ingester_client(ingester) -> APIClient:
    """An account of the `ingesters` group: may post articles, nothing else."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=ingester).key}")
    return client
