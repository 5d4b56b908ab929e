"""Benchmarks that print figures (not tests): ``python -m bench startup|refresh``."""
