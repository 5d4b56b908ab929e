"""The OpenAPI spec in resources/ is exactly what the Hub serves."""

import yaml

from scripts.export_hub_openapi import SPEC, served_spec


def test_spec_file_matches_the_served_document():
    shipped = yaml.safe_load(SPEC.read_text("utf-8"))
    served = served_spec()
    assert shipped == served, (
        "resources/openapi/hub-v1.yaml is out of date: run scripts/export_hub_openapi.py")
    assert "/v1/registry" in served["paths"] and "/v1/health" in served["paths"]
