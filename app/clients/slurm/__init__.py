"""Slurm REST API client: one parser module per API version family."""

from app.clients.slurm.client import SUPPORTED_VERSIONS, SlurmAuth, SlurmClient, served_versions

__all__ = ["SUPPORTED_VERSIONS", "SlurmAuth", "SlurmClient", "served_versions"]
