"""The locality admin: spellings, coordinates, the 'needs geocoding' filter, and merging duplicate places."""

from __future__ import annotations

from django.urls import reverse, reverse_lazy
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import (
    RU_QUOTE,
    actor_make,
    claim_make,
    event_make,
    locality_make,
    source_make,
)

from events import curation
from events.choices import GeoPrecision, LocalityKind
from events.models import Event, Locality

CHANGELIST = reverse_lazy("admin:events_locality_changelist")


def change_url(loc: Locality) -> str:
    return reverse("admin:events_locality_change", args=[loc.pk])


def locality_form_data(loc: Locality, **overrides) -> dict:
    data = {
        "name": loc.name,
        "name_fr": loc.name_fr,
        "name_native": loc.name_native,
        "alternate_names": "\n".join(loc.alternate_names),
        "kind": loc.kind,
        "parent": loc.parent_id or "",
        "country_code": loc.country_code,
        "iso_code": loc.iso_code,
        "latitude": "" if loc.latitude is None else loc.latitude,
        "longitude": "" if loc.longitude is None else loc.longitude,
        "geo_precision": loc.geo_precision,
        "geonames_id": loc.geonames_id or "",
    }
    data.update(overrides)
    return data


def listed(response) -> set[str]:
    return {loc.name for loc in response.context["cl"].result_list}


def test_needs_geocoding_lists_places_at_their_region_centroid_or_without_coordinates(curator_client, donetsk):
    locality_make("Exact village")
    locality_make("Centroid village", geo_precision=GeoPrecision.REGION)
    locality_make("Lost village", latitude=None, longitude=None)
    response = curator_client.get(CHANGELIST, {"needs_geocoding": "yes"})
    assert listed(response) == {"Centroid village", "Lost village"}
    assert listed(curator_client.get(CHANGELIST, {"needs_geocoding": "no"})) == {"Exact village", "Donetsk Oblast"}


def test_every_spelling_is_editable_and_stays_searchable(curator_client, curator, ocheretyne):
    response = curator_client.post(
        change_url(ocheretyne),
        locality_form_data(ocheretyne, name_fr="Otchérétyne", alternate_names="Ocheretino\n Očeretyne \nOcheretino"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    ocheretyne.refresh_from_db()
    assert ocheretyne.name_fr == "Otchérétyne"
    assert ocheretyne.alternate_names == ["Ocheretino", "Očeretyne"]
    names = set(ocheretyne.search_names.strip("|").split("|"))
    assert {"ocheretyne", "otcheretyne", "ocheretino", "очеретине"} <= names
    assert ocheretyne.history.latest().history_user == curator
    found = curator_client.get(reverse("admin:events_claim_changelist"), {"q": "Ocheretino"})
    assert found.status_code == 200


def test_search_finds_a_place_by_a_folded_spelling(curator_client, ocheretyne):
    assert listed(curator_client.get(CHANGELIST, {"q": "otchérétyne"})) == {"Ocheretyne"}


def test_typing_coordinates_marks_the_place_geocoded(curator_client, donetsk):
    village = locality_make("Centroid village", geo_precision=GeoPrecision.REGION)
    response = curator_client.post(change_url(village), locality_form_data(village, latitude=48.25, longitude=37.61))
    assert response.status_code == 302, response.content.decode()[:3000]
    village.refresh_from_db()
    assert (village.latitude, village.longitude, village.geo_precision) == (48.25, 37.61, GeoPrecision.EXACT)


def test_coordinates_out_of_range_are_refused(curator_client, ocheretyne):
    response = curator_client.post(change_url(ocheretyne), locality_form_data(ocheretyne, latitude=123))
    assert response.status_code == 200
    ocheretyne.refresh_from_db()
    assert ocheretyne.latitude == 48.2


def test_the_place_page_previews_its_point_on_a_map(curator_client, ocheretyne):
    html = curator_client.get(change_url(ocheretyne)).content.decode()
    assert "openstreetmap.org/export/embed.html" in html
    assert "marker=48.20000,37.60000" in html


def test_merge_localities_folds_a_duplicate_into_the_chosen_place(curator_client, curator, contested, ocheretyne,
                                                                   donetsk):
    duplicate = locality_make("Otcheretyne", name_fr="Otcheretyne", alternate_names=["Ocheretino"],
                              geo_precision=GeoPrecision.REGION, geonames_id=700001, parent=donetsk,
                              search_names="|otcheretyne|ocheretino|otcheretine|")
    hamlet = locality_make("Hamlet", parent=duplicate)
    other = event_make(places=[duplicate], region=duplicate)
    claim_make(source=source_make(), event=other, claimant=actor_make("ISW", "INT"), quote=RU_QUOTE)
    response = curator_client.post(
        CHANGELIST,
        {"action": "merge_localities", "_selected_action": [ocheretyne.pk, duplicate.pk], "target": ocheretyne.pk,
         "confirm": "yes"},
    )
    assert response.status_code == 302
    assert not Locality.objects.filter(pk=duplicate.pk).exists()
    other.refresh_from_db()
    assert [loc.pk for loc in other.localities.all()] == [ocheretyne.pk]
    assert other.region_id == ocheretyne.pk
    hamlet.refresh_from_db()
    assert hamlet.parent_id == ocheretyne.pk
    ocheretyne.refresh_from_db()
    assert ocheretyne.alternate_names == ["Ocheretino"]  # "Otcheretyne" is already its French name
    assert "otcheretine" in ocheretyne.search_names  # a spelling seen in articles survives
    assert ocheretyne.geonames_id == 700001
    assert ocheretyne.geo_precision == GeoPrecision.EXACT  # its own exact point wins over a centroid
    assert Event.history.filter(id=other.pk, history_user=curator).exists()
    assert Locality.history.get(id=duplicate.pk, history_type="-").history_change_reason == (
        f"merged into place {ocheretyne.pk}")


def test_merging_takes_exact_coordinates_only_the_duplicate_had(db, curator):
    target = locality_make("Ulanok", geo_precision=GeoPrecision.REGION, latitude=51.0, longitude=35.0)
    duplicate = locality_make("Oulanok", latitude=51.2, longitude=35.4)
    curation.locality_merge(target=target, others=[duplicate], user=curator)
    target.refresh_from_db()
    assert (target.latitude, target.longitude, target.geo_precision) == (51.2, 35.4, GeoPrecision.EXACT)
    assert target.alternate_names == ["Oulanok"]


def test_a_place_whose_parent_is_merged_into_it_takes_the_grandparent(db, donetsk):
    region_twin = locality_make("Donetsk region (dup)", kind=LocalityKind.REGION, parent=None)
    child = locality_make("Child", parent=region_twin)
    curation.locality_merge(target=child, others=[region_twin])
    child.refresh_from_db()
    assert child.parent_id is None
