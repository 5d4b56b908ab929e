from app.services.site_book import ConnectedSite, SiteBook, check_url, site_id_for


def test_round_trip_and_no_token_on_disk(tmp_path):
    book = SiteBook(tmp_path / "sites.json")
    book.upsert(ConnectedSite("user-a", "A", "https://a.example:6820", "alice"))
    book.upsert(ConnectedSite("user-a", "A", "https://a2.example:6820", "alice"))
    assert [s.url for s in book.load()] == ["https://a2.example:6820"]
    assert "token" not in (tmp_path / "sites.json").read_text()


def test_unreadable_file_gives_empty_list(tmp_path):
    (tmp_path / "sites.json").write_text("{nope")
    assert SiteBook(tmp_path / "sites.json").load() == []


def test_url_rules():
    assert check_url("https://slurm.example.org:6820") == ""
    assert check_url("http://127.0.0.1:6820") == ""
    assert "https" in check_url("http://slurm.example.org")
    assert check_url("ftp://x") != ""
    assert site_id_for("Jülich Booster!") == "user-j-lich-booster"
