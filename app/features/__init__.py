"""The composition root, one module per feature.

``app.application`` builds the core (settings, runner, store, federation, window); each
module here wires one feature's services, models and views onto it, so a reader finds
everything a feature needs at start-up in one place. Features may import every layer;
nothing below ``app.application`` imports them.
"""
