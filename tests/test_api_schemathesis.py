"""Schemathesis against the live server, with all its checks: every GET endpoint and the curators' PATCH.

The schema is the one the server serves (a test checks they are equal); it is built in-process at collection
because schemathesis's lazy, fixture-loaded schemas do not run under pytest 9 (they rely on Node._nodeid).
"""

import json
import tempfile
import urllib.request
from pathlib import Path

import pytest
import schemathesis
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from rest_framework.authtoken.models import Token

# serialized_rollback: the flush after each live-server test must not drop the rows migrations create (groups)
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Hypothesis caches (constants, unicode data) go to the temporary folder, not into the work tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "conflict-api-hypothesis")

OPENAPI = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True)))
schema = schemathesis.openapi.from_dict(OPENAPI)


def test_the_server_serves_the_schema_under_test(live_server):
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json", timeout=30) as response:
        assert json.load(response) == OPENAPI


# Every check schemathesis has (call_and_validate's default set): no 5xx, documented statuses, content types,
# headers and bodies, and both ways of agreement between schema and behaviour: what the schema allows is
# accepted (positive_data_acceptance), what it forbids is refused (negative_data_rejection).
SETTINGS = settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@schema.include(method="GET").parametrize()
# A one-value parametrize gives every operation its own test id under pytest 9 (schemathesis's own suffix is lost).
@pytest.mark.parametrize("who", ["anonymous"])
@SETTINGS
def test_get_endpoints_answer_as_documented_and_never_fail(case, who, live_server, dataset):
    case.call_and_validate(base_url=live_server.url)


@schema.include(method="PATCH").parametrize()
@pytest.mark.parametrize("who", ["curator"])
@SETTINGS
def test_curators_patches_answer_as_documented_and_never_fail(case, who, live_server, dataset, curator):
    token = Token.objects.get_or_create(user=curator)[0].key
    case.call_and_validate(base_url=live_server.url, headers={"Authorization": f"Token {token}"})
