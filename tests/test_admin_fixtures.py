"""Fixtures of the curation admin tests (imported by the tests/test_admin_*.py modules that use them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

import pytest
from django.test import Client

from events.choices import DatePrecision, GeoPrecision, LocalityKind, Side, Stance
from events.curation import CURATORS, VIEWERS, curator_create
from events.extraction.types import ActorRef, DateValue, ExtractedArticle, ExtractedClaim, PlaceRef
from events.models import Actor, Claim, Event, Locality, Source

PASSWORD = "correct-horse-battery-staple-7"

ARTICLE = (
    "Dernières Infos - Conflit\n"
    "\n"
    "Kiev, 12 mai 2024 (AFP) - De violents combats se poursuivaient dimanche dans l'est de l'Ukraine.\n"
    "\n"
    "Le ministère russe de la Défense a affirmé que ses forces s'étaient emparées du village "
    "d'Otcheretyne, dans la région de Donetsk, après plusieurs jours d'assauts.\n"
    "\n"
    "L'état-major ukrainien a démenti la prise d'Otcheretyne, assurant que ses troupes tenaient leurs positions "
    "<b>malgré</b> la pression.\n"
)
RU_QUOTE = "ses forces s'étaient emparées du village d'Otcheretyne"
UA_QUOTE = "a démenti la prise d'Otcheretyne"
UA_DENIAL_QUOTE = UA_QUOTE

_counter = itertools.count(1)


def source_make(*, text: str = ARTICLE, name: str | None = None) -> Source:
    n = next(_counter)
    return Source.objects.create(
        name=name or f"{n:03d}_article.txt",
        title=f"Article {n}",
        publisher="AFP",
        language="fr",
        published_on=dt.date(2024, 5, 12),
        published_precision=DatePrecision.DAY,
        text=text,
        sha256=hashlib.sha256(f"{text}{n}".encode()).hexdigest(),
    )


def locality_make(name: str, **fields) -> Locality:
    defaults = {
        "gazetteer_key": f"test:{name}:{next(_counter)}",
        "kind": LocalityKind.VILLAGE,
        "country_code": "UA",
        "latitude": 48.2,
        "longitude": 37.6,
        "geo_precision": GeoPrecision.EXACT,
        "search_names": f"|{name.lower()}|",
    }
    return Locality.objects.create(name=name, **{**defaults, **fields})


def actor_make(name: str, side: str, kind: str = "ministry") -> Actor:
    return Actor.objects.get_or_create(name=name, side=side, defaults={"kind": kind})[0]


def event_make(*, event_type: str = "capture", actor_side: str = Side.RU, places: list[Locality] = (),
               region: Locality | None = None, occurred_on: dt.date | None = dt.date(2024, 5, 12), **fields) -> Event:
    event = Event.objects.create(
        event_type=event_type,
        actor_side=actor_side,
        region=region,
        country_code="UA",
        occurred_on=occurred_on,
        occurred_precision=DatePrecision.DAY if occurred_on else DatePrecision.UNKNOWN,
        **fields,
    )
    if places:
        event.localities.set(places)
    return event


def claim_make(*, source: Source, event: Event, claimant: Actor, quote: str, stance: str = Stance.ASSERTS,
               **fields) -> Claim:
    start = source.text.index(quote)
    return Claim.objects.create(
        source=source, event=event, claimant=claimant, stance=stance, quote=quote,
        quote_start=start, quote_end=start + len(quote), **fields,
    )


@pytest.fixture
def curator(db):
    return curator_create(username="curie", password=PASSWORD, group=CURATORS)[0]


@pytest.fixture
def viewer(db):
    return curator_create(username="vera", password=PASSWORD, group=VIEWERS)[0]


@pytest.fixture
def curator_client(curator) -> Client:
    client = Client()
    client.force_login(curator)
    return client


@pytest.fixture
def viewer_client(viewer) -> Client:
    client = Client()  # its own client: a test may use both roles at once
    client.force_login(viewer)
    return client


@pytest.fixture
def donetsk(db) -> Locality:
    return locality_make(
        "Donetsk Oblast", name_fr="région de Donetsk", kind=LocalityKind.REGION, iso_code="UA-14",
        search_names="|donetsk oblast|region de donetsk|",
    )


@pytest.fixture
def ocheretyne(db, donetsk) -> Locality:
    return locality_make(
        "Ocheretyne", name_fr="Otcheretyne", name_native="Очеретине", parent=donetsk,
        search_names="|ocheretyne|otcheretyne|очеретине|",
    )


@pytest.fixture
def contested(db, ocheretyne, donetsk):
    """One article: the Russian MoD asserts the capture of Ocheretyne, the Ukrainian staff denies it."""
    source = source_make()
    event = event_make(places=[ocheretyne], region=donetsk, summary="Capture of Ocheretyne")
    ru = claim_make(source=source, event=event, claimant=actor_make("Russian Ministry of Defence", Side.RU),
                    quote=RU_QUOTE)
    ua = claim_make(source=source, event=event, claimant=actor_make("Ukrainian General Staff", Side.UA, "army"),
                    quote=UA_QUOTE, stance=Stance.DENIES)
    return {"source": source, "event": event, "ru": ru, "ua": ua}


def place_ref(name: str, key: str, **fields) -> PlaceRef:
    return PlaceRef(key=key, name=name, kind=fields.pop("kind", "village"), country_code="UA", latitude=48.2,
                    longitude=37.6, **fields)


def extracted_article(text: str = ARTICLE, quotes: list[tuple[str, str, str, str]] | None = None) -> ExtractedArticle:
    """An article as the extraction would return it, built by hand: (quote, claimant, side, stance) per claim."""
    quotes = quotes or [
        (RU_QUOTE, "Russian Ministry of Defence", Side.RU, Stance.ASSERTS),
        (UA_QUOTE, "Ukrainian General Staff", Side.UA, Stance.DENIES),
    ]
    place = place_ref("Ocheretyne", "geonames:700001", name_fr="Otcheretyne")
    day = DateValue(dt.date(2024, 5, 12), "day")
    claims = []
    for quote, claimant, side, stance in quotes:
        start = text.index(quote)
        claims.append(
            ExtractedClaim(
                claimant=ActorRef(name=claimant, side=side, kind="ministry"),
                stance=stance, event_type="capture", actor_side="RU", localities=[place], region=None,
                country_code="UA", occurred=day, claimed=day, quantities={}, quote=quote, start=start,
                end=start + len(quote), summary="Capture of Ocheretyne", event_ref=0,
            )
        )
    return ExtractedArticle(text=text, title="Otcheretyne", publisher="AFP", language="fr", published=day,
                            claims=claims, places=[place])


# What `from test_admin_fixtures import *` brings: the fixtures (helpers are imported by name where used).
__all__ = ["contested", "curator", "curator_client", "donetsk", "ocheretyne", "viewer", "viewer_client"]
