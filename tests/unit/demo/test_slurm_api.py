"""The simulated slurmrestd: auth, update_time, submit, cancel, as real v0.0.42 does."""

from __future__ import annotations

from app.demo.server import DemoServer
from tests.unit.demo.conftest import FakeClock, TestClient, auth_headers, site_url, submit_body

SITE = "vega-gpu"


def test_openapi_lists_only_v0_0_42(demo: DemoServer, client: TestClient) -> None:
    doc = client.get(f"/sites/{SITE}/openapi/v3", headers=auth_headers(demo, SITE)).json()
    assert doc["paths"]
    assert all(p.startswith("/slurm/v0.0.42/") for p in doc["paths"])


def test_ping_with_and_without_trailing_slash(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    for path in ("ping", "ping/"):
        answer = client.get(site_url(SITE, path), headers=headers)
        assert answer.status_code == 200
        assert answer.json()["pings"][0]["pinged"] == "UP"


def test_no_credentials_is_401_text(client: TestClient) -> None:
    for path in ("ping", "nodes", "jobs"):
        answer = client.get(site_url(SITE, path))
        assert answer.status_code == 401
        assert answer.text == "Authentication failure"


def test_bad_token_is_511_but_ping_answers(demo: DemoServer, client: TestClient) -> None:
    bad = {"X-SLURM-USER-NAME": "demo", "X-SLURM-USER-TOKEN": "eyJ.bad.token"}
    for path in ("nodes", "partitions", "jobs", "job/1"):
        answer = client.get(site_url(SITE, path), headers=bad)
        assert answer.status_code == 511, path
        error = answer.json()["errors"][0]
        assert (error["error_number"], error["error"]) == (1007, "Protocol authentication error")
    assert client.get(site_url(SITE, "ping"), headers=bad).status_code == 200


def test_expired_wrong_site_and_wrong_user_tokens_are_rejected(
        demo: DemoServer, client: TestClient, clock: FakeClock) -> None:
    signer = demo.runtimes[SITE].signer
    expired = signer.mint("demo", clock() - 3 * 86400, lifespan=3600)
    other_site = auth_headers(demo, "karolina-gpu")["X-SLURM-USER-TOKEN"]
    good = auth_headers(demo, SITE)["X-SLURM-USER-TOKEN"]
    for headers in ({"X-SLURM-USER-NAME": "demo", "X-SLURM-USER-TOKEN": expired},
                    {"X-SLURM-USER-NAME": "demo", "X-SLURM-USER-TOKEN": other_site},
                    {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": good}):
        assert client.get(site_url(SITE, "nodes"), headers=headers).status_code == 511


def test_bearer_and_token_only_work(demo: DemoServer, client: TestClient) -> None:
    token = auth_headers(demo, SITE)["X-SLURM-USER-TOKEN"]
    for headers in ({"Authorization": f"Bearer {token}"}, {"X-SLURM-USER-TOKEN": token}):
        assert client.get(site_url(SITE, "partitions"), headers=headers).status_code == 200


def test_nodes_answer_304_until_something_changes(demo: DemoServer, client: TestClient,
                                                  clock: FakeClock) -> None:
    headers = auth_headers(demo, SITE)
    first = client.get(site_url(SITE, "nodes"), headers=headers)
    last = first.json()["last_update"]["number"]
    same = client.get(site_url(SITE, "nodes"), headers=headers,
                      params={"update_time": str(last)})
    assert same.status_code == 304
    assert same.content == b""
    uts = client.get(site_url(SITE, "nodes"), headers=headers,
                     params={"update_time": f"uts{last}"})
    assert uts.status_code == 304
    # a job that starts at once changes a node, even within the same second
    answer = client.post(site_url(SITE, "job/submit"), headers=headers,
                         json=submit_body(partition="dev", gpu="gres/gpu:1"))
    assert answer.status_code == 200
    changed = client.get(site_url(SITE, "nodes"), headers=headers,
                         params={"update_time": str(last)})
    if demo.runtimes[SITE].sim.jobs[answer.json()["job_id"]].state == "RUNNING":
        assert changed.status_code == 200
        assert changed.json()["last_update"]["number"] > last
    clock.advance(6 * 3600)
    later = client.get(site_url(SITE, "nodes"), headers=headers,
                       params={"update_time": str(last)})
    assert later.status_code == 200


def test_jobs_and_partitions_honour_update_time(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    for path in ("jobs", "partitions"):
        last = client.get(site_url(SITE, path), headers=headers).json()["last_update"]["number"]
        again = client.get(site_url(SITE, path), headers=headers,
                           params={"update_time": str(last)})
        assert again.status_code == 304, path


def test_submit_follow_and_cancel(demo: DemoServer, client: TestClient,
                                  clock: FakeClock) -> None:
    headers = auth_headers(demo, SITE)
    answer = client.post(site_url(SITE, "job/submit"), headers=headers, json=submit_body())
    assert answer.status_code == 200
    doc = answer.json()
    assert doc["errors"] == [] and doc["step_id"] == "batch"
    job_id = doc["job_id"]
    job = client.get(site_url(SITE, f"job/{job_id}"), headers=headers).json()["jobs"][0]
    assert job["user_name"] == "demo"
    assert job["job_state"][0] in ("PENDING", "RUNNING")
    assert job["standard_output"] == f"/home/demo/work/smoke-{job_id}.out"
    assert job["tres_per_node"] == "gres/gpu:a100:2"
    cancel = client.delete(site_url(SITE, f"job/{job_id}"), headers=headers)
    assert cancel.status_code == 200 and cancel.json()["errors"] == []
    job = client.get(site_url(SITE, f"job/{job_id}"), headers=headers).json()["jobs"][0]
    assert job["job_state"] == ["CANCELLED"]
    clock.advance(3600)  # finished jobs leave the controller after MinJobAge
    assert client.get(site_url(SITE, f"job/{job_id}"), headers=headers).status_code == 404


def test_short_job_runs_and_completes(demo: DemoServer, client: TestClient,
                                      clock: FakeClock) -> None:
    headers = auth_headers(demo, SITE)
    body = submit_body(partition="dev", gpu="gres/gpu:1",
                       script="#!/bin/bash\nsleep 3\n")
    job_id = client.post(site_url(SITE, "job/submit"), headers=headers, json=body).json()[
        "job_id"]
    seen = set()
    for _ in range(40):
        clock.advance(60)
        seen.add(client.get(site_url(SITE, f"job/{job_id}"), headers=headers)
                 .json()["jobs"][0]["job_state"][0])
        if "COMPLETED" in seen:
            break
    assert "COMPLETED" in seen


def test_held_job_answers_job_id_and_warning(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    answer = client.post(site_url(SITE, "job/submit"), headers=headers,
                         json=submit_body(hold=True))
    assert answer.status_code == 200
    doc = answer.json()
    assert doc["job_id"] > 0
    assert "Job is in held state, pending scheduler release" in [
        w["description"] for w in doc["warnings"]]
    job = client.get(site_url(SITE, f"job/{doc['job_id']}"), headers=headers).json()["jobs"][0]
    assert job["job_state"] == ["PENDING"] and job["state_reason"] == "JobHeldUser"
    assert job["priority"]["number"] == 0


def test_submit_errors_like_slurmctld(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    cases = [
        (submit_body(partition="nope"), 500, 2000, "Invalid partition name specified"),
        (submit_body(gpu="gres/gpu:9"), 500, 2014,
         "Requested node configuration is not available"),
        (submit_body(gpu="gres/gpu:h100:1"), 500, 2072,
         "Invalid generic resource (gres) specification"),
        (submit_body(time_limit={"set": True, "infinite": False, "number": 10**6}), 500, 2051,
         "Requested time limit is invalid (missing or exceeds some limit)"),
        (submit_body(environment=[]), 500, 2019,
         "I/O error writing script/environment to file"),
        (submit_body(partition="dev", nodes="3"), 500, 2006,
         "Node count specification invalid"),
        # more memory per node than any node's RealMemory (vega: 515000 MB)
        (submit_body(memory_per_node={"set": True, "infinite": False, "number": 515001}), 500,
         2014, "Requested node configuration is not available"),
    ]
    for body, status, number, text in cases:
        answer = client.post(site_url(SITE, "job/submit"), headers=headers, json=body)
        assert answer.status_code == status, body
        doc = answer.json()
        assert "job_id" not in doc
        assert (doc["errors"][0]["error_number"], doc["errors"][0]["error"]) == (number, text)
    fits = client.post(site_url(SITE, "job/submit"), headers=headers, json=submit_body(
        memory_per_node={"set": True, "infinite": False, "number": 515000}))
    assert fits.status_code == 200 and fits.json()["job_id"]
    garbage = client.post(site_url(SITE, "job/submit"), headers=headers, content=b"{nope")
    assert garbage.status_code == 400


def test_unknown_field_is_a_warning_and_array_makes_tasks(demo: DemoServer,
                                                          client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    answer = client.post(site_url(SITE, "job/submit"), headers=headers,
                         json=submit_body(gres="gpu:a100:1", array="0-3"))
    assert answer.status_code == 200
    assert any("gres" in w["description"] for w in answer.json()["warnings"])
    tasks = client.get(site_url(SITE, f"job/{answer.json()['job_id']}"),
                       headers=headers).json()["jobs"]
    assert [t["array_task_id"]["number"] for t in tasks] == [0, 1, 2, 3]
    assert {t["array_job_id"]["number"] for t in tasks} == {answer.json()["job_id"]}


def test_unknown_job_and_cancel_rules(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    missing = client.get(site_url(SITE, "job/999"), headers=headers)
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["error_number"] == 2017
    assert client.delete(site_url(SITE, "job/999"), headers=headers).json()["errors"] == []
    someone_else = next(j for j in demo.runtimes[SITE].sim.jobs.values()
                        if j.state == "RUNNING" and j.user != "demo")
    denied = client.delete(site_url(SITE, f"job/{someone_else.job_id}"), headers=headers)
    assert denied.status_code == 500
    assert denied.json()["errors"][0]["error_number"] == 2002


def test_other_versions_and_paths_are_404(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    assert client.get(f"/sites/{SITE}/slurm/v0.0.41/nodes", headers=headers).status_code == 404
    assert client.get(site_url(SITE, "nothing"), headers=headers).status_code == 404
    assert client.get("/sites/atlantis/slurm/v0.0.42/ping", headers=headers).status_code == 404


def test_single_node_and_partition(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    name = demo.runtimes[SITE].sim.nodes[5].name
    node = client.get(site_url(SITE, f"node/{name}"), headers=headers).json()["nodes"]
    assert [n["name"] for n in node] == [name]
    part = client.get(site_url(SITE, "partition/dev"), headers=headers).json()["partitions"]
    assert part[0]["name"] == "dev"
    assert part[0]["maximums"]["nodes"]["number"] == 1


def test_gpu_counts_are_consistent(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, "karolina-gpu")
    nodes = client.get(site_url("karolina-gpu", "nodes"), headers=headers).json()["nodes"]
    for node in nodes:
        total = int(node["gres"].rsplit(":", 1)[1])
        used = int(node["gres_used"].split("(")[0].rsplit(":", 1)[1])
        assert total == 8 and 0 <= used <= total
        if used:
            assert f"gres/gpu={used}" in node["tres_used"]
        assert node["alloc_idle_cpus"] == node["cpus"] - node["alloc_cpus"]
        # Karolina's GPU nodes have 1 TB; a running job takes part of it, never more
        assert node["real_memory"] == 1031000
        assert 0 <= node["alloc_memory"] <= node["real_memory"]
