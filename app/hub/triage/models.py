"""Pydantic bodies of the triage endpoints (validation errors become 422 problems)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Need = Literal["compute", "support", "training", "legal"]
State = Literal["new", "triaged", "assigned", "in_progress", "resolved", "declined"]
AccessModeId = Literal["playground", "fast-lane", "large-scale", "ai-for-science"]

_COUNTRY = r"^[A-Z]{2}$"
_LANGUAGE = r"^[a-z]{2}$"
_TAG = r"^[a-z][a-z0-9_-]{0,39}$"
_GRES = r"^[A-Za-z0-9_.-]{1,60}$"
_ID = r"^[a-z0-9][a-z0-9_-]{0,79}$"


class RequestCreate(BaseModel):
    """Body of ``POST /v1/triage/requests``."""

    model_config = ConfigDict(extra="forbid")

    organisation: str = Field(min_length=1, max_length=200)
    country: str = Field(pattern=_COUNTRY, description="ISO 3166 alpha-2, upper case")
    sector: str = Field(pattern=_TAG, description="sector tag (health, manufacturing…)")
    need: Need
    gpu_type: str | None = Field(default=None, pattern=_GRES)
    gpu_hours: int = Field(default=0, ge=0, le=100_000_000)
    access_mode: AccessModeId | None = None
    language: str = Field(default="en", pattern=_LANGUAGE)
    description: str = Field(default="", max_length=10_000)
    contact: str = Field(min_length=3, max_length=200)
    flags: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list,
                                                               max_length=50)
    assessment: dict[str, Any] = Field(default_factory=dict)


class RequestPatch(BaseModel):
    """Body of ``PATCH /v1/triage/requests/{id}``: only the fields to change."""

    model_config = ConfigDict(extra="forbid")

    state: State | None = None
    assignee: str | None = Field(default=None, max_length=100)
    target_factory: str | None = Field(default=None, pattern=_ID)
    support_centre: str | None = Field(default=None, pattern=_ID)
    organisation: str | None = Field(default=None, min_length=1, max_length=200)
    country: str | None = Field(default=None, pattern=_COUNTRY)
    sector: str | None = Field(default=None, pattern=_TAG)
    need: Need | None = None
    gpu_type: str | None = Field(default=None, pattern=_GRES)
    gpu_hours: int | None = Field(default=None, ge=0, le=100_000_000)
    access_mode: AccessModeId | None = None
    language: str | None = Field(default=None, pattern=_LANGUAGE)
    description: str | None = Field(default=None, max_length=10_000)
    contact: str | None = Field(default=None, min_length=3, max_length=200)


class NoteCreate(BaseModel):
    """Body of ``POST /v1/triage/requests/{id}/notes``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=5_000)
