"""Report kinds, their registry, the tables they build, and safe file writing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.services.history import HistoryDb
from app.services.reports import kinds
from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    Report,
    ReportCancelled,
    ReportError,
    ReportParams,
    Section,
    cover_fields,
    no_progress,
    provenance_summary,
)
from app.services.reports.safe_files import atomic_output, check_target, neutralise
from tests.fixtures.reports import sample_inputs as sample


@pytest.fixture
def history(tmp_path: Path):
    db = HistoryDb(tmp_path / "history.sqlite3")
    sample.seed_history(db)
    yield db
    db.close()


def build(kind: str, inputs: ReportInputs, params: ReportParams | None = None) -> Report:
    return kinds.get(kind).build(inputs, params or ReportParams(), CancelToken(), no_progress)


def rows_of(report: Report, sheet: str) -> list[dict[str, object]]:
    table = next(t for t in report.tables() if t.sheet == sheet)
    keys = [c.key for c in table.columns]
    return [dict(zip(keys, row, strict=True)) for row in table.rows]


# -- the registry of kinds ---------------------------------------------------------------
def test_catalogue_lists_every_built_in_kind_available() -> None:
    listed = {k.id: k for k in kinds.catalogue()}
    assert list(listed)[:5] == ["capacity", "factory", "history", "directory", "triage"]
    for info in listed.values():
        assert info.available and not info.reason
    assert listed["factory"].needs_factory and listed["history"].needs_dates


def test_a_feature_registers_its_kind_and_it_becomes_available() -> None:
    @dataclass
    class WeatherReport:
        id: str = "weather"
        title: str = "Weather at the sites"
        description: str = "rain or shine"
        needs_factory: bool = False
        needs_dates: bool = False

        def build(self, inputs, params, cancel, progress) -> Report:  # type: ignore[no-untyped-def]
            return Report("weather", "Weather", "", inputs.now, (Section("Sites"),))

    kinds.register(WeatherReport())
    try:
        info = next(k for k in kinds.catalogue() if k.id == "weather")
        assert info.available and info.title == "Weather at the sites"
        assert kinds.get("weather").title == "Weather at the sites"
        with pytest.raises(ValueError, match="already registered"):
            kinds.register(WeatherReport())
    finally:
        kinds.unregister("weather")
    assert all(k.id != "weather" for k in kinds.catalogue())


def test_unknown_and_planned_kinds_are_refused_with_a_reason(monkeypatch) -> None:
    with pytest.raises(ReportError, match=r"unknown report kind 'weather'.*capacity"):
        kinds.get("weather")
    monkeypatch.setitem(kinds.PLANNED, "weather", ("Weather", "needs a weather service"))
    info = next(k for k in kinds.catalogue() if k.id == "weather")
    assert not info.available and info.reason == "needs a weather service"
    with pytest.raises(ReportError, match="'weather' report is not available"):
        kinds.get("weather")


# -- directory and triage ------------------------------------------------------------------
def test_directory_report_lists_every_bundled_centre_when_no_hub_is_connected() -> None:
    report = build("directory", sample.inputs())
    rows = rows_of(report, "Centres")
    assert len(rows) == 52
    names = {r["name"] for r in rows}
    assert any("JUPITER" in n or "JAIF" in n for n in names)
    assert "52 support centres, from the copy bundled with the desk." in (
        report.sections[0].paragraphs)
    assert all(r["services"] for r in rows if r["kind"] == "AI Factory one-stop shop")


def test_triage_report_needs_the_hub_and_says_so_offline() -> None:
    with pytest.raises(ReportError, match="lives on the Hub"):
        build("triage", sample.inputs())


def test_triage_and_directory_reports_read_a_real_hub() -> None:
    from app.demo.launcher import load_registry
    from app.hub import routes_support
    from app.hub.app import create_app
    from app.hub.triage import demo_router
    from tests.asgi import serve

    registry = load_registry(None)
    app = create_app(registry, sites=[], routers=[
        routes_support.router, demo_router(registry, seed=3, interval_s=0, initial=9)])
    with serve(app) as url:
        inputs = replace(sample.inputs(), hub_url=url)
        triage = build("triage", inputs)
        directory = build("directory", inputs)
    queue = rows_of(triage, "Queue")
    assert len(queue) == 9 and [r["id"] for r in queue] == sorted(r["id"] for r in queue)
    assert all(r["organisation"] and r["state"] for r in queue)
    assert triage.source == url and f"9 requests on the Hub at {url}" in (
        triage.sections[0].paragraphs[0])
    assert f"from the Hub at {url}" in directory.sections[0].paragraphs[0]
    assert len(rows_of(directory, "Centres")) == 52


# -- capacity ----------------------------------------------------------------------------
def test_capacity_report_lists_every_machine_with_the_age_of_its_numbers() -> None:
    report = build("capacity", sample.inputs())
    machines = rows_of(report, "Machines")
    by_machine = {r["machine"]: r for r in machines}
    jupiter = by_machine["JUPITER Booster"]
    assert (jupiter["factory"], jupiter["city"], jupiter["free"], jupiter["total"]) == (
        "JAIF", "Jülich", 2900, 23752)
    assert jupiter["age_s"] == 120.0 and jupiter["source"] == "live, simulated"
    assert by_machine["Vega (GPU partition)"]["status"] == "cached"
    assert by_machine["Vega (GPU partition)"]["source"] == "cache, simulated"
    # machines nobody polls are listed, without numbers, with their status and city
    recoque = by_machine["Alice Recoque"]
    assert recoque["city"] == "Bruyères-le-Châtel" and recoque["status"] == "installing"
    assert recoque["free"] is None and recoque["age_s"] is None
    assert by_machine["Gaia AI supercomputer"]["city"] == "Kraków"
    # a site connected by hand keeps its own (hostile) name as plain data
    assert by_machine[sample.EVIL_SITE]["factory"] is None
    assert report.primary_table().sheet == "Machines"
    assert report.simulated and not report.offline
    assert report.data_oldest == sample.NOW - timedelta(hours=1)
    assert report.data_newest == sample.NOW - timedelta(minutes=2)
    partitions = rows_of(report, "Partitions")
    assert {(r["machine"], r["partition"]) for r in partitions} >= {
        ("JUPITER Booster", "booster"), ("JUPITER Booster", "develbooster")}


def test_capacity_report_carries_provenance_of_every_fact_used() -> None:
    report = build("capacity", sample.inputs())
    subjects = {f.subject: f for f in report.facts}
    assert subjects["JAIF — city"].value == "Jülich"
    assert subjects["JAIF — city"].sources, "every fact used keeps its sources"
    assert {f.confidence for f in report.facts} <= {"confirmed", "single_source",
                                                   "unverified"}
    appendix = report.sections[-1]
    assert appendix.appendix and [t.sheet for t in appendix.tables] == ["Facts", "Sources"]
    summary = provenance_summary(report)
    assert f"{len(report.facts)} registry facts used" in summary
    fields = dict(cover_fields(report))
    assert fields["Data age"] == "oldest number 60 min old"
    assert fields["Simulated"].startswith("demo — simulated load")


def test_cached_inputs_say_offline_on_the_cover() -> None:
    inputs = replace(sample.inputs(), offline=True, source="the desk's cache (offline)")
    report = build("capacity", inputs)
    assert report.offline
    assert dict(cover_fields(report))["Mode"].startswith("offline")


# -- factory -----------------------------------------------------------------------------
def test_factory_report_keeps_to_its_factory(history: HistoryDb) -> None:
    report = build("factory", sample.inputs(history), ReportParams(factory_id="jaif"))
    assert report.title.startswith("JAIF")
    machines = rows_of(report, "Machines")
    assert {r["factory"] for r in machines} == {"JAIF"}
    assert {r["machine"] for r in machines} == {"JUPITER Booster", "JUWELS Booster",
                                                "JARVIS (JUPITER Advanced Research Vehicle "
                                                "for Inference Services)"}
    about = {r["field"]: r for r in rows_of(report, "Factory")}
    assert about["City"]["value"] == "Jülich" and about["City"]["confidence"] == "confirmed"
    assert all(f.subject.startswith(("JAIF", "JUPITER", "JUWELS", "JARVIS"))
               for f in report.facts), [f.subject for f in report.facts]
    daily = rows_of(report, "Daily")
    assert daily and {r["machine"] for r in daily} == {"JUPITER Booster"}
    assert len(report.charts()) == 2  # capacity bars and the last 7 days


def test_factory_report_needs_a_known_factory() -> None:
    with pytest.raises(ReportError, match="choose a factory"):
        build("factory", sample.inputs())
    with pytest.raises(ReportError, match="unknown factory 'nowhere'; known: "):
        build("factory", sample.inputs(), ReportParams(factory_id="nowhere"))


# -- history -----------------------------------------------------------------------------
def test_history_report_summarises_the_range(history: HistoryDb) -> None:
    last = sample.NOW.date()
    report = build("history", sample.inputs(history),
                   ReportParams(date_from=last - timedelta(days=1), date_to=last))
    daily = rows_of(report, "Daily")
    assert {r["date"] for r in daily} == {last - timedelta(days=1), last}
    jupiter = [r for r in daily if r["machine"] == "JUPITER Booster"]
    assert all(r["min_free"] <= r["mean_free"] <= r["max_free"] for r in jupiter)
    assert all(r["total"] == 23752 for r in jupiter)
    hourly = rows_of(report, "Hourly")
    assert len(hourly) == 3 * 34  # 24 h of the first day (from 08:00 on) + 10 h today
    assert report.primary_table().sheet == "Hourly"
    assert not next(t for t in report.tables() if t.sheet == "Hourly").printed
    assert report.age_from_newest
    assert report.data_age_s() == 30 * 60
    assert len(report.charts()) == 1 and len(report.charts()[0].series) == 3


def test_history_report_outside_the_recorded_days_is_empty_not_an_error(
        history: HistoryDb) -> None:
    report = build("history", sample.inputs(history),
                   ReportParams(date_from=date(2020, 1, 1), date_to=date(2020, 1, 2)))
    assert rows_of(report, "Daily") == [] and report.charts() == []
    assert "recorded no samples" in report.sections[0].paragraphs[0]
    with pytest.raises(ReportError, match="starts"):
        build("history", sample.inputs(history),
              ReportParams(date_from=date(2020, 1, 3), date_to=date(2020, 1, 2)))


def test_a_cancelled_build_stops() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(ReportCancelled):
        kinds.get("capacity").build(sample.inputs(), ReportParams(), token, no_progress)


# -- safe files --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "safe"), [
    ("=1+1", "'=1+1"), ("+49 30", "'+49 30"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("Jülich", "Jülich"), ("a=b", "a=b"), ("", ""),
])
def test_formula_like_text_is_neutralised(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def test_atomic_output_replaces_the_file_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old", "utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_text("half of a new rep", "utf-8")
        raise RuntimeError("killed")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"], "no temp file left"
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".report.csv.")
        temp.write_text("new", "utf-8")
    assert target.read_text("utf-8") == "new"
    assert target.stat().st_mode & 0o777 != 0o600, "a report gets normal permissions"


def test_unwritable_targets_are_refused_with_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(ReportError, match="is not a folder"):
        check_target(blocker / "report.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        check_target(tmp_path / "missing" / "report.pdf")
    with pytest.raises(ReportError, match="it is a folder"):
        check_target(tmp_path)
    assert check_target(tmp_path / "ok.pdf") == tmp_path / "ok.pdf"
