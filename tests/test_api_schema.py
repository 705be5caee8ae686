"""The OpenAPI contract: it builds without warnings, validates, and documents every parameter and field."""

import pytest
import yaml
from django.core.management import call_command
from drf_spectacular.generators import SchemaGenerator

EXPECTED_OPERATIONS = {
    "actors_list", "actors_retrieve",
    "claims_list", "claims_retrieve", "claims_partial_update", "claims_deleted_list", "claims_places", "claims_markers",
    "claims_weekly",
    "events_list", "events_retrieve", "events_partial_update", "events_deleted_list", "events_acled_export",
    "localities_list", "localities_retrieve", "localities_timeline",
    "sources_list", "sources_retrieve", "sources_create", "sources_batch_create",
}


@pytest.fixture(scope="module")
def openapi() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def operations(schema: dict):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_the_schema_builds_and_validates_without_warnings(tmp_path):
    target = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert yaml.safe_load(target.read_text())["info"]["title"] == "Conflict claims API"


def test_operation_ids_are_stable(openapi):
    assert {operation["operationId"] for _, _, operation in operations(openapi)} == EXPECTED_OPERATIONS


def test_every_parameter_has_a_description_and_an_example(openapi):
    missing = [
        (operation["operationId"], parameter["name"])
        for _, _, operation in operations(openapi)
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query"
        and not (parameter.get("description") and ("example" in parameter or "examples" in parameter))
    ]
    assert missing == []


def test_every_path_parameter_is_a_described_integer(openapi):
    for _, _, operation in operations(openapi):
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "path":
                assert parameter["schema"]["type"] == "integer" and parameter.get("description")


def test_every_field_of_every_component_has_a_description(openapi):
    missing = [
        f"{name}.{field}"
        for name, component in openapi["components"]["schemas"].items()
        for field, spec in component.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert missing == []


def test_the_vocabularies_are_named_enums(openapi):
    schemas = openapi["components"]["schemas"]
    assert schemas["EventTypeEnum"]["enum"][:3] == ["capture", "withdrawal", "offensive"]
    assert schemas["SideEnum"]["enum"] == ["RU", "UA", "US", "KP", "INT", "media", "other"]
    for enum in ("StanceEnum", "DatePrecisionEnum", "ReviewStatusEnum", "LocalityKindEnum", "GeoPrecisionEnum"):
        assert schemas[enum]["enum"]


def test_lists_document_json_csv_and_geojson_and_their_errors(openapi):
    claims = openapi["paths"]["/api/claims/"]["get"]
    assert set(claims["responses"]["200"]["content"]) == {"application/json", "text/csv", "application/geo+json"}
    assert {"400", "429"} <= set(claims["responses"])
    geojson = claims["responses"]["200"]["content"]["application/geo+json"]["schema"]["$ref"]
    assert geojson.endswith("/ClaimFeatureCollection")
    page = openapi["components"]["schemas"]["PaginatedClaimList"]
    assert set(page["properties"]) == {"count", "next", "previous", "results"}
    patch = openapi["paths"]["/api/claims/{id}/"]["patch"]
    assert {"400", "401", "403", "404"} <= set(patch["responses"])


def test_the_schema_is_served_over_http(client, db):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")


def test_the_ingest_post_documents_its_two_bodies_its_answers_and_an_example(openapi):
    post = openapi["paths"]["/api/sources/"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert post["requestBody"]["content"]["application/json"]["examples"]
    assert {"200", "201", "400", "401", "403", "413", "429"} <= set(post["responses"])
    assert post["security"] == [{"tokenAuth": []}, {"cookieAuth": []}]  # no anonymous post
