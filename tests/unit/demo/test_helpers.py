"""Small helpers of the demo: host lists, registry reading, tokens."""

from __future__ import annotations

from app.demo.auth import AuthResult, CredentialBook, TokenSigner
from app.demo.hostnames import compress, index_list
from app.demo.profiles import profile_for
from app.demo.spec import site_specs
from app.domain.hostlist import expand
from app.domain.tokens import claims
from tests.unit.demo.conftest import T0, small_registry


def test_compress_round_trips_through_the_desk_expander() -> None:
    for names in (["nid005000", "nid005001", "nid005002", "nid005007"],
                  ["jpbo-001-47", "jpbo-001-48", "jpbo-002-01"],
                  ["dgx1", "dgx2", "dgx4"], ["login", "g1"], ["acn05"]):
        text = compress(names)
        assert expand(text) == names, text
    assert compress(["nid005000", "nid005001"]) == "nid[005000-005001]"
    assert index_list([0, 1, 3]) == "0-1,3"
    assert index_list([]) == "N/A"


def test_registry_facts_and_plain_values_are_read() -> None:
    doc = small_registry()
    doc["systems"].append({"id": "plain", "status": "operational", "name": "Plain",
                           "partitions": [{"name": "p", "gpu_model": "H100",
                                           "gpu_nodes": 10, "gpus_per_node": 4}]})
    doc["systems"].append("not a system")
    specs = {s.site_id: s for s in site_specs(doc)}
    assert specs["plain"].partitions[0].gres_type == "h100"
    assert specs["plain"].gpus == 40
    assert "alice-recoque" not in specs and "mystery" not in specs


def test_profiles_name_nodes_like_the_machines() -> None:
    assert profile_for("lumi-g").node_name(0) == "nid005000"
    assert profile_for("leonardo-booster").node_name(0) == "lrdn0001"
    assert profile_for("jupiter-booster").node_name(49) == "jpbo-002-02"
    assert profile_for("LUMI").cluster == "lumi"
    assert profile_for("brand-new-machine").cpus > 0


def test_tokens_carry_slurm_claims_and_are_checked() -> None:
    signer = TokenSigner(b"k" * 32)
    token = signer.mint("demo", T0)
    seen = claims(token)
    assert seen is not None and seen.subject == "demo" and seen.expires_at is not None
    assert int(seen.expires_at.timestamp()) == int(T0) + 24 * 3600
    assert signer.verify(token, T0 + 10).result is AuthResult.OK
    assert signer.verify(token, T0 + 25 * 3600).result is AuthResult.REJECTED
    assert TokenSigner().verify(token, T0).result is AuthResult.REJECTED
    assert signer.verify(token[:-2] + "xx", T0).result is AuthResult.REJECTED
    assert signer.check_headers({}, T0).result is AuthResult.MISSING
    book = CredentialBook({"a": signer})
    first = book.current(T0)[0]
    assert book.current(T0 + 3600)[0].token == first.token
    assert book.current(T0 + 13 * 3600)[0].token != first.token
