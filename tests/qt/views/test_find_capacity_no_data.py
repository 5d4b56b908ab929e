"""Find capacity never guesses: a site that stopped answering is "no data", even when the
desk still holds its last numbers, and its row offers no sbatch line."""

from __future__ import annotations

from datetime import UTC, datetime

from app.clients.errors import SiteUnreachable
from app.domain.capacity import aggregate
from app.domain.start_estimate import JobShape, Verdict
from app.models.find_capacity_model import ranked_rows
from app.services.site_fetch import SiteRead
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from tests.unit.domain.test_availability import SITE_B_NODES, SITE_B_PARTS

NOW = datetime.now(UTC).replace(microsecond=0)


def test_an_unreachable_site_with_old_numbers_is_no_data(qapp):
    runner = TaskRunner(1)
    try:
        store = SnapshotStore(None, runner)
        store.set_sites([("b", True), ("b2", True)])
        for site in ("b", "b2"):
            store.apply_read(site, SiteRead(site, NOW, "v0.0.42",
                                            aggregate(SITE_B_NODES, SITE_B_PARTS, []),
                                            tuple(SITE_B_PARTS), (), False, 0.1))
        store.apply_failure("b2", SiteUnreachable("cannot connect to the site"))
        assert store.state("b2").capacity is not None  # the old numbers are still held
        rows = ranked_rows(None, store.states(), JobShape("H100", 1, 1, 2.0), NOW)
        live = [r for r in rows if r["site_id"] == "b"]
        gone = [r for r in rows if r["site_id"] == "b2"]
        assert live and all(r["verdict"] is Verdict.FREE_NOW for r in live)
        assert gone and all(r["verdict"] is Verdict.NO_DATA for r in gone)
        assert all(r["why"].startswith("no data") and r["start_text"] == "no data"
                   and not r["sbatch"] and r["wait_s"] is None for r in gone)
        assert rows.index(gone[0]) > rows.index(live[-1])
    finally:
        runner.shutdown()
