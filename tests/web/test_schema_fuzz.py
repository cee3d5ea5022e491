"""Schemathesis against the published OpenAPI schema: generated requests (valid and invalid) to every
operation, ingest included (with the token), must never get a server error (5xx).

The app runs over its own copy of the sample database, so the articles the fuzzer ingests stay there.
(Schemathesis' own pytest plugin does not run under this pytest, so the operations are driven with
Hypothesis directly: one strategy per operation, from ``operation.as_strategy()``.)
"""

from __future__ import annotations

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from peristiwa.web import create_app
from tests.web.conftest import TOKEN

pytestmark = pytest.mark.slow
EXAMPLES = {"POST /api/ingest": 25}  # each one runs the pipeline
DEFAULT_EXAMPLES = 60


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, sample_db):
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    shutil.copy(sample_db.removeprefix("sqlite:///"), db)
    app = create_app(f"sqlite:///{db}", token=TOKEN, max_body=64 * 1024)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.settings.store.close()


def test_no_generated_request_gets_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 11, [op.label for op in operations]
    failures = []
    for operation in operations:
        @settings(max_examples=EXAMPLES.get(operation.label, DEFAULT_EXAMPLES), deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def call(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])

        try:
            call()
        except Exception as exc:  # report every operation that fails, not only the first
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
