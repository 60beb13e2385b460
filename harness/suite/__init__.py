"""Suite files: models, loading and validation."""

from harness.suite.loader import Problem, SuiteError, SuiteFile, discover, load_suite, load_suites
from harness.suite.models import Case, CheckSpec, Message, Sampling, Suite, Tool

__all__ = [
    "Case",
    "CheckSpec",
    "Message",
    "Problem",
    "Sampling",
    "Suite",
    "SuiteError",
    "SuiteFile",
    "Tool",
    "discover",
    "load_suite",
    "load_suites",
]
