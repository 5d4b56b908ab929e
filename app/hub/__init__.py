"""The Hub API v1 server (FastAPI): registry, health and, later, support centres,
availability history and triage. Server side only: never imports the desk's client side."""
