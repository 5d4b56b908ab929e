"""Real slurmrestd error answers map to the desk's domain errors, keeping the server's words.

What each Slurm release really answers (asserted below, documented in docs/api.md):

| case | 22.05 / v0.0.38 | 24.11 / v0.0.40-42 |
|---|---|---|
| token signed with another key | 500, -1 / 5005 | 511, 1007 |
| expired token | 500 | 511, 1007 |
| unknown job (GET) | 500, 2017 | 404, 2017 |
| unknown job (DELETE) | 500, 2017 | 200, no error |
| bad partition | 500, 2000 | 500, 2000 |
| more GPUs than exist | 500, 2014 | 500, 2014 (+ "Batch job submission failed") |
| held job | 200 + job_id + text in ``errors`` | 200 + job_id + text in ``warnings`` |
"""

from __future__ import annotations

import pytest
import requests

from app.clients.errors import AuthExpired, AuthFailed, NotFound, SubmitRejected
from tests.integration.slurm import cluster
from tests.integration.support import (
    CountingSession,
    cancel_quietly,
    client_for,
    eventually,
    job_submission,
    wrong_key_token,
)

SLEEP = "#!/bin/bash\nsleep 30\n"


def _is_24_11(slurm_api) -> bool:
    return slurm_api.flavour == "trixie"


def test_token_signed_with_another_key_is_refused_by_the_site(slurm_api):
    env = slurm_api.env
    token = wrong_key_token(env, env.user, 600)
    client = client_for(env, slurm_api.version, token=token)
    submission = job_submission(slurm_api.work_dir, name="aifd-badtoken", partition="cpu",
                                script=SLEEP)
    calls = {"nodes": client.nodes, "jobs": client.jobs, "partitions": client.partitions,
             "submit": lambda: client.submit(submission), "cancel": lambda: client.cancel(1)}
    for what, call in calls.items():
        with pytest.raises(AuthFailed) as err:
            call()
        assert not isinstance(err.value, AuthExpired)
        if what == "partitions" and _is_24_11(slurm_api):
            assert err.value.server_message == ""  # 24.11: 511 with an empty errors list
        else:
            assert err.value.server_message, (what, err.value.detail)
        assert token not in err.value.detail and token.split(".")[2] not in err.value.detail
        if _is_24_11(slurm_api):
            assert err.value.status == 511
            if what != "partitions":
                assert "Protocol authentication error" in err.value.server_message
        else:
            assert err.value.status == 500
            assert "likely a bad or expired token" in str(err.value)


def test_expired_token_is_refused_locally_and_by_the_site(slurm_api):
    env = slurm_api.env
    expired = cluster.mint_token(env, env.user, -120)
    session = CountingSession()
    client = client_for(env, slurm_api.version, token=expired, session=session)
    with pytest.raises(AuthExpired, match="expired at"):
        client.nodes()
    with pytest.raises(AuthExpired):
        client.submit(job_submission(slurm_api.work_dir, name="aifd-expired", partition="cpu",
                                     script=SLEEP))
    assert session.sent == []  # noticed from its exp: nothing left the desk
    # the site itself refuses the same token (sent by hand, past the client's check)
    answer = requests.get(f"{env.url}/slurm/{slurm_api.version}/nodes",
                          headers=env.headers(token=expired), timeout=30)
    if _is_24_11(slurm_api):
        assert answer.status_code == 511
        assert answer.json()["errors"][0]["error_number"] == 1007
    else:
        assert answer.status_code == 500 and answer.json()["errors"]


def test_unknown_job(slurm_api):
    client = client_for(slurm_api.env, slurm_api.version)
    with pytest.raises(NotFound) as err:
        client.job(987654)
    assert "Invalid job id specified" in err.value.server_message
    assert err.value.status == (404 if _is_24_11(slurm_api) else 500)
    if _is_24_11(slurm_api):
        assert client.cancel(987654) == []  # 24.11 cancels an unknown job silently
    else:
        with pytest.raises(NotFound, match="cancel job 987654") as err:
            client.cancel(987654)
        assert "Invalid job id specified" in err.value.server_message


def test_bad_partition_is_rejected_with_slurms_words(slurm_api):
    client = client_for(slurm_api.env, slurm_api.version)
    with pytest.raises(SubmitRejected) as err:
        client.submit(job_submission(slurm_api.work_dir, name="aifd-nopart",
                                     partition="no-such-partition", script=SLEEP))
    assert "Invalid partition" in err.value.server_message
    assert "Invalid partition" in err.value.detail
    assert err.value.status == 500


def test_more_gpus_than_exist_is_rejected(slurm_api):
    env = slurm_api.env
    client = client_for(env, slurm_api.version)
    name = f"aifd-toomany-{slurm_api.version.replace('.', '')}"
    with pytest.raises(SubmitRejected) as err:
        client.submit(job_submission(slurm_api.work_dir, name=name, partition="gpu",
                                     script=SLEEP, gpus=16, gpu_type="h100"))
    assert "Requested node configuration is not available" in err.value.server_message
    assert err.value.status == 500
    if _is_24_11(slurm_api):
        assert "Batch job submission failed" in err.value.server_message
    # Both releases keep a FAILED record of the refused job (no job id was answered).
    answer = client.jobs()
    assert answer is not None
    records = [j for j in answer[0] if j.name == name]
    assert records and all(j.state == "FAILED" for j in records), records


def test_held_job_succeeds_with_the_servers_warning(slurm_api):
    env = slurm_api.env
    client = client_for(env, slurm_api.version)
    result = client.submit(job_submission(slurm_api.work_dir, name="aifd-held", partition="cpu",
                                          script=SLEEP, hold=True))
    try:
        assert result.job_id > 0
        assert any("Job is in held state, pending scheduler release" in w
                   for w in result.warnings), result.warnings
        job = eventually(lambda: client.job(result.job_id)[0], timeout=10,
                         what="the held job listed")
        assert (job.state, job.reason) == ("PENDING", "JobHeldUser")
    finally:
        cancel_quietly(env, [result.job_id])
