"""`latex_leakage`: LaTeX math markup in an answer meant for a plain-text UI.

Rules are general LaTeX syntax, each named so the evidence says what was found. Code
(fenced blocks and inline spans), file paths and prices are masked or excluded first:
they are the usual false alarms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from harness.checks import register
from harness.checks._text import blank, mask_code
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt

MATH_COMMANDS = (
    "times|div|cdot|cdots|ldots|dots|pm|mp|frac|dfrac|tfrac|sqrt|boxed|text|textbf|textit|"
    "mathrm|mathbf|mathit|mathbb|mathcal|operatorname|left|right|big|Big|displaystyle|"
    "approx|neq|ne|leq|geq|le|ge|equiv|sim|propto|infty|sum|prod|int|iint|oint|lim|partial|"
    "nabla|alpha|beta|gamma|delta|epsilon|varepsilon|theta|lambda|mu|sigma|omega|phi|varphi|"
    "pi|rho|tau|Delta|Gamma|Sigma|Omega|Theta|Lambda|Pi|circ|degree|angle|triangle|perp|"
    "parallel|overline|underline|hat|bar|vec|tilde|binom|choose|log|ln|sin|cos|tan|exp|"
    "quad|qquad|rightarrow|Rightarrow|leftarrow|to|implies|iff|in|notin|subset|cup|cap|"
    "forall|exists|mathsf|tag|label|cancel|underbrace|overbrace|substack|color|"
    "begin|end|\\\\[,;!:]"
)

# Windows paths (C:\Users\..., \\server\share, dir\sub\file.ext) are masked before scanning.
WINDOWS_PATH = re.compile(
    r"(?:\b[A-Za-z]:\\|\\\\[\w.$-]+\\)[^\s\"'<>|]*|\b[\w.-]+(?:\\[\w.$ -]+)*\\[\w-]+\.[A-Za-z0-9]{1,5}\b"
)
# A regular expression written in prose: escapes such as \d \w \s \b \. do not occur in math.
REGEX_ESCAPE = re.compile(r"\\[dwsbDWSB.+*?|^$]|\[\^?[^\]]*\]\{?\d")


@dataclass(frozen=True)
class Rule:
    """One way LaTeX shows up in text."""

    name: str
    pattern: re.Pattern[str]
    accept: Callable[[re.Match[str]], bool] = lambda m: True


def _inline_dollar_ok(match: re.Match[str]) -> bool:
    body = match.group(1)
    # Amounts (`$5 and $10`) never close: the space before the second `$` rules them out.
    # Shell variables (`$HOME/$USER`) do, so they are excluded by shape.
    if re.fullmatch(r"[\d.,]+", body):
        return True
    if re.fullmatch(r"\{?[A-Z_][A-Z0-9_]*\}?(?:[/:.\w-]*)", body):
        return False
    return bool(re.search(r"[A-Za-z\\^_=+\-*/<>]", body))


def _paren_math_ok(match: re.Match[str]) -> bool:
    body = match.group(1)
    if REGEX_ESCAPE.search(body):
        return False
    return bool(re.search(r"\\[A-Za-z]+|[\^_=+\-*/<>]|\b[a-z]\b|\d", body))


LATEX_SIGNAL = re.compile(rf"\\(?:{MATH_COMMANDS})(?![A-Za-z])|[\^_]\{{|\{{,\}}")

RULES = (
    Rule("display math $$...$$", re.compile(r"\$\$(.+?)\$\$", re.DOTALL)),
    Rule(
        "inline math $...$",
        # Pandoc's rule: no space just inside the dollars, no digit right after the closing one.
        re.compile(r"(?<![\\$\w])\$(?=[^\s$])([^$\n]{1,200}?)(?<=[^\s\\$])\$(?![\d\w$])"),
        _inline_dollar_ok,
    ),
    Rule("display math \\[...\\]", re.compile(r"\\\[(.+?)\\\]", re.DOTALL), _paren_math_ok),
    Rule("inline math \\(...\\)", re.compile(r"\\\((.+?)\\\)", re.DOTALL), _paren_math_ok),
    Rule(
        "display math in bare [ ... ]",
        re.compile(
            r"(?m)^[ \t]*\[[ \t]*([^\[\]\n]*(?:\\[A-Za-z]+|[\^_]\{|\{,\})[^\[\]\n]*)\][ \t]*$"
        ),
    ),
    Rule("environment \\begin{...}", re.compile(r"\\begin\{([A-Za-z*]+)\}")),
    Rule("math command", re.compile(rf"(?<![A-Za-z\\])\\(?:{MATH_COMMANDS})(?![A-Za-z])")),
    Rule("braced superscript ^{...}", re.compile(r"\^\{[^{}\n]{1,40}\}")),
    Rule("braced subscript x_{...}", re.compile(r"(?<![\w}])[A-Za-z]_\{[^{}\n]{1,20}\}")),
    Rule("{,} thousands separator", re.compile(r"\d\{,\}\d")),
    Rule("\\, thin space in a number", re.compile(r"\d\\[,;!]\d")),
)


def find_latex(text: str, limit: int = 3) -> list[tuple[str, re.Match[str]]]:
    """The first `limit` LaTeX findings as (rule name, match), code and paths excluded."""
    masked = mask_code(text)
    for path in WINDOWS_PATH.finditer(masked):
        masked = blank(masked, path.start(), path.end())
    found: list[tuple[str, re.Match[str]]] = []
    covered: list[tuple[int, int]] = []
    for rule in RULES:
        for match in rule.pattern.finditer(masked):
            if not rule.accept(match):
                continue
            if any(s <= match.start() < e for s, e in covered):
                continue  # already reported inside a larger finding
            covered.append((match.start(), match.end()))
            found.append((rule.name, match))
            if len(found) >= limit:
                return found
    return found


@register
class LatexLeakage(Check):
    """Passes when the answer has no LaTeX math markup outside code."""

    name = "latex_leakage"
    params_model = CheckParams
    description = "no LaTeX math markup in a plain-text answer (code excluded)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail with the first LaTeX constructs found and where they are."""
        findings = find_latex(answer.text)
        if not findings:
            return self.result(True, "no LaTeX found")
        shown = "; ".join(
            f"{name}: {excerpt(answer.text, m.start(), m.end(), 15)}" for name, m in findings
        )
        return self.result(False, shown)
