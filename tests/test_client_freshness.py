"""The committed Python client is what the generator makes of today's schema: regenerated, it is identical."""

import importlib.util
from pathlib import Path

import pytest

GENERATE = Path(__file__).resolve().parent.parent / "clients" / "generate.py"


@pytest.mark.slow
def test_the_committed_client_and_schema_match_a_fresh_generation():
    spec = importlib.util.spec_from_file_location("clients_generate", GENERATE)
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    stale = generate.differences()
    assert stale == [], f"clients/ is stale: run `python clients/generate.py` (differs: {', '.join(stale[:10])})"
