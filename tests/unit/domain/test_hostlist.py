from app.domain.hostlist import expand


def test_expand_ranges_and_padding():
    assert expand("g[1-2]") == ["g1", "g2"]
    assert expand("c[08-10],login") == ["c08", "c09", "c10", "login"]
    assert expand("n[1,3-4]x") == ["n1x", "n3x", "n4x"]
    assert expand("r[1-2]n[1-2]") == ["r1n1", "r1n2", "r2n1", "r2n2"]
    assert expand("") == []
    assert expand("(null)") == []
