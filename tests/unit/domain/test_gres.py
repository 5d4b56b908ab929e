import pytest

from app.domain.gres import gpus, parse_gpu_request, parse_gres, parse_tres_gpus


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gpu:h100:4", {"h100": 4}),
        ("gpu:h100:2(IDX:0-1)", {"h100": 2}),
        ("gpu:h100:0(IDX:N/A)", {"h100": 0}),
        ("gpu:4", {"gpu": 4}),
        ("gpu:0", {}),
        ("", {}),
        ("N/A", {}),
        (None, {}),
        ("gpu:nvidia_h200_nvl_4g.71gb:2(S:0-1)", {"nvidia_h200_nvl_4g.71gb": 2}),
        ("gpu:a100_3g.20gb:4,gpu:a100:2", {"a100_3g.20gb": 4, "a100": 2}),
        ("gpu:h100:2(IDX:0,2),gpu:a100:1(IDX:3)", {"h100": 2, "a100": 1}),
        ("shard:h100:16,gpu:h100:4", {"h100": 4}),
        ("gpu:mi250x:8(S:0-7),nic:1", {"mi250x": 8}),
    ],
)
def test_parse_gres(text, expected):
    assert parse_gres(text) == expected


def test_tres_wins_over_gres_when_it_carries_gpus():
    assert gpus("cpu=8,mem=16000M,gres/gpu=4,gres/gpu:h100=4", "gpu:a100:8") == {"h100": 4}
    assert gpus("cpu=8,mem=16000M,billing=8", "gpu:h100:4") == {"h100": 4}
    assert parse_tres_gpus("cpu=1,gres/gpu=2") == {"gpu": 2}


def test_job_requests():
    assert parse_gpu_request("gres/gpu:h100:2") == {"h100": 2}
    assert parse_gpu_request("gres:gpu:h100:2") == {"h100": 2}
    assert parse_gpu_request("gres/gpu:2") == {"gpu": 2}
    assert parse_gpu_request("") == {}
