"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.backends.embedded import resolve_model_path


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The embedded default model; the tests session installs it, so absence is a failure."""
    return resolve_model_path("smollm2")
