"""Run records, the append-only store, and provenance."""
