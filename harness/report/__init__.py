"""Renderers of run summaries and comparison tables."""
