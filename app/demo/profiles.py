"""How each simulated machine looks to Slurm: node names, CPUs, memory, partitions.

Sizes (node and GPU counts) come from the registry; everything here is the plausible
shape of a node and of the Slurm configuration around it. It is simulated, not a fact
about the real machine, and is labelled so wherever the demo's numbers show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

NameFn = Callable[[int], str]


def _seq(prefix: str, start: int, width: int) -> NameFn:
    return lambda i: f"{prefix}{start + i:0{width}d}"


def _rack(prefix: str, per_rack: int, width_rack: int = 3, width_slot: int = 2) -> NameFn:
    return lambda i: (f"{prefix}{i // per_rack + 1:0{width_rack}d}-"
                      f"{i % per_rack + 1:0{width_slot}d}")


@dataclass(frozen=True)
class MachineProfile:
    """Plausible node and scheduler shape of one machine."""

    cluster: str
    node_name: NameFn
    sockets: int
    cores_per_socket: int
    threads_per_core: int
    real_memory_mb: int
    architecture: str = "x86_64"
    operating_system: str = "Linux 5.14.21-150500.55.83-default #1 SMP PREEMPT_DYNAMIC"
    features: tuple[str, ...] = ()
    partition_names: tuple[str, ...] = ()  # production name per GPU partition, in order
    dev_partition: str = "dev"
    dev_nodes: int = 16  # nodes of the first GPU partition also in the dev partition
    dev_max_nodes: int = 4
    dev_max_time_min: int = 30
    max_time_min: int = 2880
    default_time_min: int = 60
    login_node: str = "login01"
    account_prefix: str = "aif"
    user_prefix: str = "u"

    @property
    def cpus(self) -> int:
        return self.sockets * self.cores_per_socket * self.threads_per_core

    @property
    def cores(self) -> int:
        return self.sockets * self.cores_per_socket


_GRACE_OS = "Linux 5.14.21-150500.55.83_13.0.73-cray_shasta_c_64k #1 SMP"

PROFILES: dict[str, MachineProfile] = {
    "lumi-g": MachineProfile(
        cluster="lumi", node_name=_seq("nid", 5000, 6), sockets=1, cores_per_socket=64,
        threads_per_core=2, real_memory_mb=491520,
        operating_system="Linux 5.14.21-150500.55.65_13.0.73-cray_shasta_c #1 SMP",
        features=("AMD_EPYC_7A53",), partition_names=("standard-g",), dev_partition="dev-g",
        dev_nodes=48, dev_max_nodes=32, dev_max_time_min=180, max_time_min=2880,
        login_node="uan01", account_prefix="project_465", user_prefix="lu"),
    "leonardo-booster": MachineProfile(
        cluster="leonardo", node_name=_seq("lrdn", 1, 4), sockets=1, cores_per_socket=32,
        threads_per_core=1, real_memory_mb=494000,
        operating_system="Linux 4.18.0-425.19.2.el8_7.x86_64 #1 SMP",
        features=("ib", "gpu"), partition_names=("boost_usr_prod",),
        dev_partition="boost_fua_dbg", dev_nodes=32, dev_max_nodes=2, dev_max_time_min=30,
        max_time_min=1440, login_node="login01", account_prefix="AIFac_", user_prefix="a08t"),
    "marenostrum5-acc": MachineProfile(
        cluster="mn5", node_name=_seq("as", 1001, 4), sockets=2, cores_per_socket=40,
        threads_per_core=1, real_memory_mb=491520,
        operating_system="Linux 5.14.0-284.30.1.el9_2.x86_64 #1 SMP",
        features=("sapphirerapids",), partition_names=("acc",), dev_partition="acc_debug",
        dev_nodes=16, dev_max_nodes=8, dev_max_time_min=120, max_time_min=2880,
        login_node="alogin1", account_prefix="ehpc", user_prefix="bsc"),
    "jupiter-booster": MachineProfile(
        cluster="jupiter", node_name=_rack("jpbo-", 48), sockets=4, cores_per_socket=72,
        threads_per_core=1, real_memory_mb=491520, architecture="aarch64",
        operating_system=_GRACE_OS, features=("gh200",), partition_names=("booster",),
        dev_partition="develbooster", dev_nodes=96, dev_max_nodes=8, dev_max_time_min=120,
        max_time_min=1440, login_node="jpbl-s01-01", account_prefix="aif", user_prefix="jw"),
    "meluxina-gpu": MachineProfile(
        cluster="meluxina", node_name=_seq("mel", 2001, 4), sockets=2, cores_per_socket=32,
        threads_per_core=2, real_memory_mb=515000,
        operating_system="Linux 4.18.0-477.27.1.el8_8.x86_64 #1 SMP",
        features=("amd", "a100"), partition_names=("gpu",), dev_partition="gpu-dev",
        dev_nodes=8, dev_max_nodes=2, dev_max_time_min=30, max_time_min=2880,
        login_node="login01", account_prefix="p200", user_prefix="u10"),
    "karolina-gpu": MachineProfile(
        cluster="karolina", node_name=_seq("acn", 1, 2), sockets=2, cores_per_socket=64,
        threads_per_core=1, real_memory_mb=1031000,
        operating_system="Linux 4.18.0-513.24.1.el8_9.x86_64 #1 SMP",
        features=("amd", "a100"), partition_names=("qgpu",), dev_partition="qgpu_exp",
        dev_nodes=4, dev_max_nodes=1, dev_max_time_min=60, max_time_min=2880,
        login_node="login1", account_prefix="DD-25-", user_prefix="it4i-"),
    "vega-gpu": MachineProfile(
        cluster="vega", node_name=_seq("gn", 1, 2), sockets=2, cores_per_socket=64,
        threads_per_core=2, real_memory_mb=515000,
        operating_system="Linux 4.18.0-553.el8_10.x86_64 #1 SMP",
        features=("amd", "a100"), partition_names=("gpu",), dev_partition="dev",
        dev_nodes=4, dev_max_nodes=1, dev_max_time_min=120, max_time_min=2880,
        login_node="vglogin0001", account_prefix="ehpc", user_prefix="eu"),
    "discoverer-gpu": MachineProfile(
        cluster="discoverer", node_name=_seq("dgx", 1, 1), sockets=2, cores_per_socket=56,
        threads_per_core=2, real_memory_mb=2063000,
        operating_system="Linux 5.15.0-122-generic #132-Ubuntu SMP",
        features=("dgx", "h200"), partition_names=("gpu",), dev_partition="gpu-dev",
        dev_nodes=1, dev_max_nodes=1, dev_max_time_min=60, max_time_min=1440,
        login_node="login-plus", account_prefix="ehpc-aif-", user_prefix="dis"),
    "deucalion-gpu": MachineProfile(
        cluster="deucalion", node_name=_seq("gnx", 501, 3), sockets=2, cores_per_socket=32,
        threads_per_core=1, real_memory_mb=515000,
        operating_system="Linux 4.18.0-513.5.1.el8_9.x86_64 #1 SMP",
        features=("amd", "a100"), partition_names=("normal-a100-40",),
        dev_partition="dev-a100-40", dev_nodes=2, dev_max_nodes=1, dev_max_time_min=240,
        max_time_min=2880, login_node="ln01", account_prefix="f2025", user_prefix="dc"),
    "juwels-booster": MachineProfile(
        cluster="juwels", node_name=_seq("jwb", 1, 4), sockets=2, cores_per_socket=24,
        threads_per_core=2, real_memory_mb=515000,
        operating_system="Linux 4.18.0-513.24.1.el8_9.x86_64 #1 SMP",
        features=("amd", "a100"), partition_names=("booster",), dev_partition="develbooster",
        dev_nodes=16, dev_max_nodes=4, dev_max_time_min=120, max_time_min=1440,
        login_node="jwlogin21", account_prefix="aif", user_prefix="jw"),
    "jean-zay": MachineProfile(
        cluster="jean-zay", node_name=_seq("jzxh", 1, 3), sockets=2, cores_per_socket=24,
        threads_per_core=1, real_memory_mb=480000,
        operating_system="Linux 4.18.0-553.el8_10.x86_64 #1 SMP",
        features=("gpu",), partition_names=(), dev_partition="gpu_dev", dev_nodes=8,
        dev_max_nodes=2, dev_max_time_min=120, max_time_min=1200, login_node="jean-zay1",
        account_prefix="aif", user_prefix="u"),
}

# Registry ids vary ("lumi-g" vs "lumi"); match on these fragments, first hit wins.
_ALIASES: tuple[tuple[str, str], ...] = (
    ("lumi", "lumi-g"), ("leonardo", "leonardo-booster"), ("marenostrum", "marenostrum5-acc"),
    ("mn5", "marenostrum5-acc"), ("jupiter", "jupiter-booster"), ("meluxina", "meluxina-gpu"),
    ("karolina", "karolina-gpu"), ("vega", "vega-gpu"), ("discoverer", "discoverer-gpu"),
    ("deucalion", "deucalion-gpu"), ("juwels", "juwels-booster"), ("jean", "jean-zay"),
    ("zay", "jean-zay"),
)


def _generic(system_id: str) -> MachineProfile:
    stem = "".join(ch for ch in system_id.split("-")[0].lower() if ch.isalpha())[:4] or "node"
    return MachineProfile(cluster=system_id.split("-")[0].lower() or "demo",
                          node_name=_seq(f"{stem}g", 1, 4), sockets=2, cores_per_socket=32,
                          threads_per_core=1, real_memory_mb=515000)


def profile_for(system_id: str) -> MachineProfile:
    """The profile of a registry system id (a generic GPU node shape when unknown)."""
    key = system_id.lower()
    if key in PROFILES:
        return PROFILES[key]
    for fragment, name in _ALIASES:
        if fragment in key:
            return PROFILES[name]
    return _generic(system_id)
