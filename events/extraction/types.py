"""Plain dataclasses that the extraction returns: no ORM, so they can cross process boundaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateValue:
    """A date known to some precision: day, month, year or unknown (then `value` is None).

    For month precision `value` is the first of the month, for year precision January 1st.
    """

    value: dt.date | None
    precision: str = "unknown"

    @classmethod
    def unknown(cls) -> DateValue:
        return cls(None, "unknown")

    @property
    def known(self) -> bool:
        return self.value is not None and self.precision != "unknown"


@dataclass(frozen=True)
class PlaceRef:
    """A place resolved against the gazetteer, or a new one to create with region precision.

    `key` is a stable natural key: "geonames:<id>" for a GeoNames place, "iso:<ISO 3166-2 code>" for
    a region, "iso:<alpha-2>" for a country, "unresolved:<parent key>:<folded name>" for a place that
    no offline source knows (it gets its parent's centroid and geo_precision "region").
    """

    key: str
    name: str  # canonical English / GeoNames spelling, e.g. "Kupiansk"
    kind: str  # village | town | city | region | country
    country_code: str | None = None  # ISO 3166-1 alpha-2
    name_fr: str = ""
    name_native: str = ""
    alternate_names: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str = "exact"  # exact | region | country
    geonames_id: int | None = None
    iso_code: str = ""  # ISO 3166-2 for regions, alpha-2 for countries
    parent_key: str | None = None
    mention: str = ""  # the spelling found in the article


@dataclass(frozen=True)
class ActorRef:
    """A claimant or belligerent, normalised: 'le ministère russe de la Défense' -> Russian Ministry of Defence."""

    name: str
    side: str  # RU | UA | US | KP | INT | media | other
    kind: str  # ministry | person | army | government | media | organisation | other


@dataclass
class ExtractedClaim:
    """One claim: who says what happened, where and when, with the verbatim quote and its offsets.

    `quote == text[start:end]` always holds, where `text` is the article text as stored in Source.text.
    `event_ref` groups claims of one article about the same event (same value -> same Event).
    """

    claimant: ActorRef
    stance: str
    event_type: str
    actor_side: str | None
    localities: list[PlaceRef]
    region: PlaceRef | None
    country_code: str | None
    occurred: DateValue
    claimed: DateValue
    quantities: dict[str, float | int]
    quote: str
    start: int
    end: int
    summary: str = ""
    event_ref: int = 0


@dataclass
class ExtractedArticle:
    """Everything the extraction found in one article; `note` explains an article with no claims."""

    text: str
    title: str
    publisher: str
    language: str
    published: DateValue
    claims: list[ExtractedClaim] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    note: str = ""
