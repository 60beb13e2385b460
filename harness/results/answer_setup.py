"""What shapes a target's answers besides the model: chat template, sampling, engine, limits.

Used to warn when a run is not what it claims to be (a model on a fallback chat template)
and to list, beside a comparison's verdict, the settings two compared targets differ in.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from harness.backends.base import BackendSpec
from harness.results.records import BackendRecord, RunRecord

log = logging.getLogger("harness")


def describe_answers(
    record: BackendRecord, spec: BackendSpec, label: str, max_tokens_cap: int | None
) -> None:
    """Fill in what shapes the answers of a loaded backend, and warn about its template."""
    record.target = f"{spec.kind}:{label}"
    record.labels = dict(spec.options.get("labels") or {})
    record.tool_prompt = spec.options.get("tool_prompt")
    record.max_tokens_cap = max_tokens_cap
    warning = template_warning(record)
    if warning:
        record.warnings.append(warning)
        log.warning("WARNING %s", warning)


def template_warning(backend: BackendRecord) -> str | None:
    """Why this backend's answers are not the model's own, or None when they are."""
    settings = backend.settings
    if "chat_template_sha256" not in settings or settings["chat_template_sha256"] is not None:
        return None
    chat_format = settings.get("chat_format") or "unknown"
    if chat_format.startswith("chat_template."):
        return None
    return (
        f"{backend.target or backend.spec}: the model file has no chat template, so the "
        f"engine fell back to its generic `{chat_format}` format; answers are not what the "
        "model gives behind its real template (set chat_format or chat_template, or use an "
        "instruct model)"
    )


def run_warnings(run: RunRecord) -> list[str]:
    """Template warnings of every loaded backend of a run (also for runs made before them)."""
    found = []
    for backend in run.backends:
        warning = template_warning(backend)
        if warning and backend.load_error is None:
            found.append(warning)
    return found


def _label_of(spec: str) -> str:
    kind, _, target = spec.partition(":")
    return f"{kind}:{Path(target).name.removesuffix('.gguf') or target}"


def backend_for(run: RunRecord, target: str) -> BackendRecord | None:
    """The loaded backend whose records are named `target` (`backend:model`)."""
    loaded = [b for b in run.backends if b.load_error is None]
    for match in (
        lambda b: b.target == target,
        lambda b: b.target is None and b.spec == target,
        lambda b: b.target is None and _label_of(b.spec) == target,
    ):
        found = [b for b in loaded if match(b)]
        if len(found) == 1:
            return found[0]
    return loaded[0] if len(loaded) == 1 else None


def _short(value: Any) -> str:
    text = str(value)
    return text[:12] if len(text) == 64 else text  # a sha256 is recognisable by its start


def _fact(name: str, before: Any, after: Any) -> str | None:
    if before == after:
        return None
    return f"{name}: {_short(before)} → {_short(after)}"


def setup_differences(
    baseline: RunRecord, base_target: str, candidate: RunRecord, cand_target: str
) -> list[str]:
    """The settings that change answers and differ between two targets of two runs."""
    found: list[str | None] = []
    before, after = backend_for(baseline, base_target), backend_for(candidate, cand_target)
    if before is not None and after is not None:
        b, a = before.settings, after.settings
        found += [
            _fact("chat template sha256", b.get("chat_template_sha256"),
                  a.get("chat_template_sha256")),
            _fact("chat format", b.get("chat_format"), a.get("chat_format")),
            _fact("engine", before.backend_version, after.backend_version),
            _fact("model file sha256", before.model_sha256, after.model_sha256),
            _fact("quantization", before.labels.get("quantization"),
                  after.labels.get("quantization")),
            _fact("tool prompt", before.tool_prompt, after.tool_prompt),
            _fact("--max-tokens", before.max_tokens_cap, after.max_tokens_cap),
        ]  # fmt: skip
    suites = {s.name: s for s in baseline.suites}
    for suite in candidate.suites:
        old = suites.get(suite.name)
        if old is None:
            continue
        for key in sorted(old.sampling.keys() | suite.sampling.keys()):
            found.append(
                _fact(f"{suite.name} sampling {key}", old.sampling.get(key),
                      suite.sampling.get(key))
            )  # fmt: skip
    return [f for f in found if f is not None]
