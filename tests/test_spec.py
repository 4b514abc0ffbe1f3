"""The OpenAPI document: valid, covering exactly the 183 catalogue actions, and the rest of REST v3."""

from __future__ import annotations

import collections
import re

from openapi_spec_validator import validate

from tests.spec_examples import operations, seed_actions, spec


def test_spec_validates() -> None:
    validate(spec())


def test_every_catalogue_action_is_served_by_exactly_one_operation() -> None:
    served = collections.Counter(a for _, _, op in operations() for a in op.get("x-clicksend-actions", []))
    catalogue = {a["id"] for a in seed_actions()}
    assert len(catalogue) == 183
    assert set(served) - catalogue == set(), "operations name actions the catalogue does not have"
    assert catalogue - set(served) == set(), "catalogue actions no operation serves"
    assert [a for a, n in served.items() if n > 1] == [], "actions served by two operations"


def test_every_operation_has_a_snake_case_id_a_tag_and_a_description() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    tags = {t["name"] for t in spec()["tags"]}
    for _, _, op in operations():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), op["operationId"]
        assert len(op["tags"]) == 1, op["operationId"]
        assert op["tags"][0] in tags, op["operationId"]
        assert op["summary"], op["operationId"]
        assert op["description"], op["operationId"]
        assert op.get("x-clicksend-actions", ["present"]), op["operationId"]  # never an empty list


def test_operations_are_unique_per_method_and_path() -> None:
    keys = [(method, path) for method, path, _ in operations()]
    assert len(keys) == len(set(keys))


def test_error_statuses_are_declared_everywhere() -> None:
    for _, _, op in operations():
        success = {"200"} if "200" in op["responses"] else {"204"}  # 204: answered with no body
        assert success | {"400", "401", "403", "404", "405", "429", "500"} <= set(op["responses"]), op[
            "operationId"
        ]


def test_catalogue_titles_become_summaries() -> None:
    title = {a["id"]: a["title"] for a in seed_actions()}
    for _, _, op in operations():
        if "x-clicksend-actions" in op:
            assert op["summary"] in {title[a] for a in op["x-clicksend-actions"]}
