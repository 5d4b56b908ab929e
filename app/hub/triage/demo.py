"""Deterministic demo requests for the triage inbox, and new ones arriving over time.

``DemoArrivals`` seeds ``initial`` requests spread over the last ten days (states,
assignees and targets drawn per seed) and, each time ``catch_up`` runs, adds one request
per ``interval_s`` of wall time elapsed since the start; no background thread.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import Any

from app.domain.triage import EU_MEMBER_STATES, assess_application
from app.hub.triage.store import TriageStore

_PREFIX = ("Nord", "Alpen", "Blue", "Quantum", "Helio", "Agri", "Medi", "Terra", "Volt",
           "Lumen", "Aqua", "Civic", "Baltic", "Adria", "Iberia", "Danube", "Celtic",
           "Carpat", "Fjord", "Olive")
_SUFFIX = ("AI", "Labs", "Robotics", "Analytics", "Health", "Vision", "Systems", "Bio",
           "Data", "Logic", "Mind", "Works")
_FORM = ("GmbH", "SAS", "S.r.l.", "B.V.", "Oy", "AB", "S.L.", "sp. z o.o.", "s.r.o.",
         "Ltd", "AS", "d.o.o.")
_LANG = {"AT": "de", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "PT": "pt",
         "PL": "pl", "CZ": "cs", "SI": "sl", "GR": "el", "NL": "nl", "BE": "nl",
         "FI": "fi", "SE": "sv", "DK": "da", "LU": "fr", "BG": "bg", "RO": "ro",
         "LT": "lt", "HR": "hr", "HU": "hu", "SK": "sk", "IE": "en", "NO": "no",
         "CH": "de", "TR": "tr", "RS": "sr", "IS": "is", "LV": "lv", "CY": "el",
         "MT": "en"}
_TASKS = {
    "compute": ("fine-tune a {n}B-parameter language model", "train a vision model on "
                "{n} TB of images", "run hyper-parameter sweeps for a forecasting model"),
    "support": ("port our PyTorch training to Slurm and multi-node", "optimise data "
                "loading on a parallel file system", "containerise our pipeline"),
    "training": ("train our team on HPC basics", "learn distributed training with DDP",
                 "a workshop on MLOps on supercomputers"),
    "legal": ("check GDPR duties for health records", "understand AI Act obligations "
              "for our product", "IP questions about model weights"),
}
_ASSIGNEES = ("ana.spoc", "jonas.spoc", "marta.spoc", "pieter.spoc")
_GPU = ("a100", "h100", "mi250x", "gh200", "h200")
_MODES = ("playground", "fast-lane", "large-scale", "ai-for-science")
_STATE_MIX = ("new",) * 5 + ("triaged",) * 2 + ("assigned",) * 2 + ("in_progress",) * 2 + (
    "resolved", "declined")
_OLD_STATE_MIX = ("resolved",) * 5 + ("declined",) * 2 + ("in_progress",) * 2 + (
    "assigned", "triaged", "new")
DAY = 86400.0


class DemoArrivals:
    """Seeds and keeps filling a :class:`TriageStore` with realistic requests."""

    def __init__(self, store: TriageStore, registry_doc: dict[str, Any], *, seed: int,
                 clock: Callable[[], float], interval_s: float = 180.0,
                 initial: int = 40) -> None:
        self.store = store
        self.seed = seed
        self.clock = clock
        self.interval_s = interval_s
        self._lock = threading.Lock()
        factories = [f for f in registry_doc.get("factories") or [] if isinstance(f, dict)]
        self._factories = factories or [{"id": "demo", "country_code": "EU",
                                         "sector_tags": ["general"]}]
        self._free_for: dict[str, list[str]] = {}
        for mode in registry_doc.get("access_modes") or []:
            free = mode.get("free_for") if isinstance(mode, dict) else None
            if isinstance(free, dict) and isinstance(free.get("value"), list):
                self._free_for[str(mode.get("id"))] = [str(v) for v in free["value"]]
        centres = registry_doc.get("support_centres") or []
        self._centres = [c for c in centres if isinstance(c, dict)]
        self.start = clock()
        self._arrived = 0
        for i in range(initial):
            rng = random.Random(seed * 100_003 + i)
            age = rng.uniform(0.02, 10.0) * DAY
            self._add(rng, self.start - age, seeded=True)

    def _add(self, rng: random.Random, when: float, *, seeded: bool) -> None:
        factory = rng.choice(self._factories)
        tags = [t for t in factory.get("sector_tags") or [] if t != "general"]
        sector = rng.choice(tags) if tags else rng.choice(("health", "manufacturing",
                                                           "language_llm", "agrifood"))
        country = str(factory.get("country_code") or "DE")
        if rng.random() < 0.35:
            country = rng.choice(sorted(_LANG))
        need = rng.choices(("compute", "support", "training", "legal"), (6, 3, 2, 1))[0]
        name = f"{rng.choice(_PREFIX)}{rng.choice(_SUFFIX)} {rng.choice(_FORM)}"
        task = rng.choice(_TASKS[need]).format(n=rng.choice((1, 3, 7, 13, 70)))
        gpu_hours = rng.choice((500, 2_000, 8_000, 30_000, 80_000)) if need == "compute" \
            else 0
        mode = None
        if need == "compute":
            mode = "large-scale" if gpu_hours > 50_000 else rng.choice(_MODES[:2] + _MODES[3:])
        language = _LANG.get(country, "en") if rng.random() < 0.6 else "en"
        contact = f"{name.split()[0].lower()}@example.org"
        flags: list[str] = []
        assessment: dict[str, Any] = {}
        if need == "compute" and rng.random() < 0.6:
            assessment = self._application(rng, country, sector, mode, gpu_hours, task)
            flags = assess_application(assessment, self._free_for.get(str(mode)))
        fields: dict[str, Any] = {
                  "organisation": name, "country": country, "sector": sector, "need": need,
                  "gpu_type": rng.choice(_GPU) if need == "compute" else None,
                  "gpu_hours": gpu_hours, "access_mode": mode, "language": language,
                  "description": f"We are a {sector.replace('_', ' ')} company and want to "
                                 f"{task}.", "contact": contact,
                  "flags": flags, "assessment": assessment}
        doc = self.store.create(fields, who="intake", now=when)
        if not seeded:
            return
        # older requests are mostly dealt with; a few are stuck (they show as overdue)
        old = self.start - when > 3 * DAY
        state = rng.choice(_OLD_STATE_MIX if old else _STATE_MIX)
        path = {"new": (), "triaged": ("triaged",), "assigned": ("assigned",),
                "in_progress": ("assigned", "in_progress"),
                "resolved": ("assigned", "in_progress", "resolved"),
                "declined": ("declined",)}[state]
        who = rng.choice(_ASSIGNEES)
        t = when
        for step in path:
            t += rng.uniform(0.01, 0.2) * (self.start - when)
            change: dict[str, Any] = {"state": step}
            if step == "assigned":
                change["assignee"] = who
                change["target_factory"] = factory["id"]
                linked = [c["id"] for c in self._centres
                          if factory["id"] in (c.get("linked_factories") or [])]
                if linked:
                    change["support_centre"] = linked[0]
            doc = self.store.update(doc["id"], change, who=who, now=min(t, self.start),
                                    expected_version=doc["version"])

    @staticmethod
    def _application(rng: random.Random, country: str, sector: str, mode: str | None,
                     gpu_hours: int, task: str) -> dict[str, Any]:
        """The answers of an "Apply for access" wizard: mostly complete, some not."""
        def maybe(value: Any, missing: Any = "", p: float = 0.85) -> Any:
            return value if rng.random() < p else missing

        personal = sector in ("health", "public_sector", "finance") and rng.random() < 0.7
        return {
            "established_in": maybe("eu" if country in EU_MEMBER_STATES else "associated",
                                    p=0.9),
            "country": country,
            "kind": rng.choices(("startup_sme", "academia", "large_industry"), (7, 2, 1))[0],
            "eu_project": rng.random() < 0.2, "civilian": maybe(True, False, 0.92),
            "access_mode": mode, "gpu_hours": gpu_hours,
            "ai_act_risk": maybe(rng.choice(("minimal", "limited", "limited", "high",
                                             "unsure"))),
            "ai_pact": maybe(rng.choice(("yes", "no", "no"))),
            "personal_data": maybe(personal, None, 0.9),
            "gdpr_basis": maybe("consent" if personal else "", "", 0.8),
            "intended_use": maybe(f"We want to {task} for our product.", "", 0.9),
            "sector": sector}

    def catch_up(self) -> None:
        """Add the requests that have 'arrived' since the start (idempotent per time)."""
        if self.interval_s <= 0:
            return
        due = int((self.clock() - self.start) // self.interval_s)
        with self._lock:
            while self._arrived < due:
                self._arrived += 1
                rng = random.Random(self.seed * 7_919 + 1_000_000 + self._arrived)
                self._add(rng, self.start + self._arrived * self.interval_s, seeded=False)
