"""Importers: other benchmarks' data turned into suites (one module per source)."""
