"""The demo federation: simulated slurmrestd sites at real scale plus a Hub, on one local
port. Server side only: never imports the desk's client side (nor Qt)."""
