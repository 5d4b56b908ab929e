"""AI Factories Desk: the desktop client for Europe's federated AI Factories."""

__version__ = "0.1.0"
