"""Schemathesis against the live server: every GET endpoint, generated inputs, no 5xx, answers as documented.

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
from schemathesis import checks

# serialized_rollback: the flush after each live-server test must not drop the rows migrations create (groups)
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Hypothesis caches (constants, unicode data) go to the temporary folder, not into the work tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "conflict-api-hypothesis")

OPENAPI = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True)))
schema = schemathesis.openapi.from_dict(OPENAPI)


def test_the_server_serves_the_schema_under_test(live_server):
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json", timeout=30) as response:
        assert json.load(response) == OPENAPI


# A schema-valid request may still be refused with a 400: OpenAPI cannot say that radius_km needs near, that
# min_lon must not exceed max_lon or that a cursor must come from a link. So not `positive_data_acceptance`.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@schema.include(method="GET").parametrize()
# A one-value parametrize gives every operation its own test id under pytest 9 (schemathesis's own suffix is lost).
@pytest.mark.parametrize("who", ["anonymous"])
@settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_get_endpoints_answer_as_documented_and_never_fail(case, who, live_server, dataset):
    case.call_and_validate(base_url=live_server.url, checks=CHECKS)
