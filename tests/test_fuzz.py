"""Spec-driven fuzzing: schemathesis generates requests for every operation of openapi/clicksend.yaml (valid
ones, and invalid ones its negative mode derives from the schemas) and sends them to the mock ASGI app.

The mock must never answer 5xx, and every answer must be one the spec declares for the operation: its
status code, content type and body schema (schemathesis' conformance checks). A small number of examples
per operation keeps it quick; CLICKSEND_FUZZ_EXAMPLES=100 runs more.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from schemathesis.config import SchemathesisConfig

from clicksend_async.mock import MockConfig, create_app

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "clicksend.yaml"
EXAMPLES = int(os.environ.get("CLICKSEND_FUZZ_EXAMPLES", "4"))
COVERAGE = os.environ.get("CLICKSEND_FUZZ_COVERAGE") == "1"

APP = create_app(MockConfig(seed=6))
# Valid and invalid requests (generation mode "all"), from the fuzzing phase only: schemathesis' coverage
# phase adds many deterministic cases per operation beyond max_examples, too slow for every run.
CONFIG = {
    "generation": {"mode": "all", "max-examples": EXAMPLES},
    "phases": {"coverage": {"enabled": COVERAGE}},
}
schema = schemathesis.openapi.from_path(SPEC, config=SchemathesisConfig.from_dict(CONFIG))
schema.app = APP
BASE_URL = "http://mock" + APP.config.prefix
AUTH = {"Authorization": "Basic " + base64.b64encode(b"mock-user:mock-key").decode()}
AUTH_LOWER = {name.lower(): value for name, value in AUTH.items()}
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_mock_answers_every_generated_request_as_the_spec_declares(case: Any) -> None:
    response = case.call(base_url=BASE_URL, headers=AUTH)
    assert response.status_code < 500, response.text
    case.validate_response(response, checks=CHECKS)


def test_a_huge_quantity_is_priced_not_a_server_error() -> None:
    """What the fuzzer found: 25-digit quantities overflowed the mock's money rounding (a 500)."""
    areas = [{"location_id": "", "quantity": 1}, {"location_id": "", "quantity": 1818181818181818181818181}]
    body = {"areas": areas, "file_urls": [], "name": "+61481073412", "size": "+61481073412"}
    status, _, answer = create_app().handle(
        "POST", "/v3/post/direct-mail/campaigns/send", b"", json.dumps(body).encode(), AUTH_LOWER
    )
    assert status == 200, answer
    assert answer["data"]["total_price"] == "1000000000000000000000000.1000"
