"""Every closed vocabulary of the project: the single source for models, filters, OpenAPI enums and admin."""

from django.db import models


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Unknown"


class Side(models.TextChoices):
    RU = "RU", "Russia"
    UA = "UA", "Ukraine"
    US = "US", "United States"
    KP = "KP", "North Korea"
    INT = "INT", "International (ISW, UN, NGOs...)"
    MEDIA = "media", "Media (the article itself)"
    OTHER = "other", "Other"


class ActorKind(models.TextChoices):
    MINISTRY = "ministry", "Ministry"
    PERSON = "person", "Person"
    ARMY = "army", "Armed forces"
    GOVERNMENT = "government", "Government"
    MEDIA = "media", "Media"
    ORGANISATION = "organisation", "Organisation"
    OTHER = "other", "Other"


class EventType(models.TextChoices):
    CAPTURE = "capture", "Capture"
    WITHDRAWAL = "withdrawal", "Withdrawal"
    OFFENSIVE = "offensive", "Offensive"
    ATTACK_REPELLED = "attack_repelled", "Attack repelled"
    STRIKE = "strike", "Strike"
    INTERCEPTION = "interception", "Interception"
    PRISONERS = "prisoners", "Prisoners"
    CASUALTIES = "casualties", "Casualties"
    DISPLACEMENT = "displacement", "Displacement"
    DEPLOYMENT = "deployment", "Deployment"
    TERRITORIAL_CONTROL = "territorial_control", "Territorial control"
    ENCIRCLEMENT = "encirclement", "Encirclement"
    AGREEMENT = "agreement", "Agreement"


class Stance(models.TextChoices):
    ASSERTS = "asserts", "Asserts"
    DENIES = "denies", "Denies"
    ACKNOWLEDGES = "acknowledges", "Acknowledges (admits a setback of its own side)"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class LocalityKind(models.TextChoices):
    VILLAGE = "village", "Village"
    TOWN = "town", "Town"
    CITY = "city", "City"
    REGION = "region", "Region"
    COUNTRY = "country", "Country"


class GeoPrecision(models.TextChoices):
    EXACT = "exact", "Exact (the place's own coordinates)"
    DISTRICT = "district", "District (the centroid of its district: a registry village with no known point)"
    REGION = "region", "Region (the centroid of its region: needs geocoding)"
    COUNTRY = "country", "Country (the centroid of its country)"
