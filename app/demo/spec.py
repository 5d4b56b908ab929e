"""Which sites the demo simulates, read from the registry document.

Every operational system whose GPU partitions have a known node count becomes one
simulated site (site id = system id). Only the registry's own numbers are used for sizes;
what a registry leaves unknown is not simulated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class GpuPartitionSpec:
    """One GPU partition of a machine as the registry describes it."""

    name: str
    gres_type: str
    gpu_nodes: int
    gpus_per_node: int
    gpu_model: str = ""


@dataclass(frozen=True)
class SiteSpec:
    """One machine to simulate."""

    site_id: str
    system_id: str
    name: str
    factory_id: str | None
    partitions: tuple[GpuPartitionSpec, ...]

    @property
    def gpu_nodes(self) -> int:
        return sum(p.gpu_nodes for p in self.partitions)

    @property
    def gpus(self) -> int:
        return sum(p.gpu_nodes * p.gpus_per_node for p in self.partitions)

    @property
    def partition_hint(self) -> str:
        return self.partitions[0].name if self.partitions else ""


def fact_value(value: Any) -> Any:
    """The value of a registry fact (``{"value": ...}``) or of a plain value."""
    if isinstance(value, Mapping):
        return value.get("value")
    return value


def _int(value: Any) -> int | None:
    value = fact_value(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _text(value: Any) -> str:
    value = fact_value(value)
    return value if isinstance(value, str) else ""


def _gres_type(part: Mapping[str, Any], model: str) -> str:
    gres = _text(part.get("gres_type"))
    if gres:
        return gres
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in model.lower()).strip("_")
    return cleaned or "gpu"


def site_specs(registry: Mapping[str, Any]) -> list[SiteSpec]:
    """The simulated sites of a registry document, in registry order."""
    systems = registry.get("systems")
    if not isinstance(systems, Sequence):
        return []
    out: list[SiteSpec] = []
    for system in systems:
        if not isinstance(system, Mapping):
            continue
        system_id = system.get("id")
        status = _text(system.get("status"))
        if not isinstance(system_id, str) or status != "operational":
            continue
        partitions: list[GpuPartitionSpec] = []
        for part in system.get("partitions") or ():
            if not isinstance(part, Mapping):
                continue
            part_status = _text(part.get("status")) or "operational"
            if part_status != "operational":
                continue
            nodes = _int(part.get("gpu_nodes"))
            per_node = _int(part.get("gpus_per_node"))
            if not nodes or not per_node or nodes <= 0 or per_node <= 0:
                continue
            model = _text(part.get("gpu_model"))
            name = _text(part.get("name")) or f"gpu{len(partitions) or ''}"
            partitions.append(GpuPartitionSpec(name=name, gres_type=_gres_type(part, model),
                                               gpu_nodes=nodes, gpus_per_node=per_node,
                                               gpu_model=model))
        if not partitions:
            continue
        factories = system.get("factories") or ()
        factory_id = next((f for f in factories if isinstance(f, str)), None)
        name = _text(system.get("name")) or system_id
        out.append(SiteSpec(site_id=system_id, system_id=system_id, name=name,
                            factory_id=factory_id, partitions=tuple(partitions)))
    return out


def site_entries(specs: Sequence[SiteSpec], base_url: str) -> list[dict[str, Any]]:
    """The registry's ``sites`` list for these specs served at ``base_url``."""
    base = base_url.rstrip("/")
    return [
        {
            "site_id": spec.site_id,
            "system_id": spec.system_id,
            "factory_id": spec.factory_id,
            "partition_hint": spec.partition_hint,
            "url": f"{base}/sites/{spec.site_id}",
            "simulated": True,
        }
        for spec in specs
    ]
