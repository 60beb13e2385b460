"""The statistics of compare and report, checked against scipy and published worked examples."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import comb
from scipy.stats import binomtest, bootstrap, permutation_test

from harness.stats.paired import mcnemar_exact_p, newcombe_paired, paired_difference
from harness.stats.power import detectable_drop, gate_power, smallest_significant_flips
from harness.stats.rates import clustered_rate, effective_size, rate_of, wilson
from harness.stats.repeats import is_flaky, mean_pass_at_k, pass_at_k, pass_hat_k
from harness.stats.spread import case_mean, median_cv


@given(st.integers(1, 400).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_matches_scipy(counts: tuple[int, int]) -> None:
    k, n = counts
    expected = binomtest(k, n).proportion_ci(0.95, method="wilson")
    assert wilson(k, n) == pytest.approx((expected.low, expected.high), abs=1e-9)


def test_wilson_worked_example() -> None:
    # Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics
    # in Medicine 17:857, method 3 (Wilson score) on 81/263: 0.2553 to 0.3662.
    assert wilson(81, 263) == pytest.approx((0.2553, 0.3662), abs=1e-4)


@given(st.lists(st.booleans(), min_size=1, max_size=200))
def test_one_answer_per_case_is_plain_wilson(outcomes: list[bool]) -> None:
    rate = rate_of([[o] for o in outcomes])
    expected = binomtest(sum(outcomes), len(outcomes)).proportion_ci(0.95, method="wilson")
    assert (rate.ci_low, rate.ci_high) == pytest.approx((expected.low, expected.high))
    assert rate.n == len(outcomes) and rate.cases is None


@given(st.lists(st.booleans(), min_size=1, max_size=60), st.integers(2, 5))
def test_repeats_that_always_agree_count_each_case_once(cases: list[bool], repeats: int) -> None:
    rate = rate_of([[c] * repeats for c in cases])
    expected = binomtest(sum(cases), len(cases)).proportion_ci(0.95, method="wilson")
    assert (rate.ci_low, rate.ci_high) == pytest.approx((expected.low, expected.high))
    assert (rate.n, rate.cases) == (len(cases) * repeats, len(cases))


def test_independent_repeats_count_every_answer_and_clustered_ones_fewer() -> None:
    # Every case passes exactly half its repeats: no spread between cases, all answers count.
    assert effective_size([2] * 10, [4] * 10) == 40
    # Half the cases always pass, half always fail: ten cases' worth of evidence.
    assert effective_size([4] * 5 + [0] * 5, [4] * 10) == pytest.approx(10)


def test_clustered_interval_agrees_with_a_bootstrap_over_cases() -> None:
    rng = np.random.default_rng(3)
    widths = []
    for _ in range(20):
        p = rng.beta(2, 2, size=60)
        passes = rng.binomial(5, p)
        rate = clustered_rate(passes.tolist(), [5] * 60)
        boot = bootstrap(
            (passes / 5,), np.mean, method="percentile", rng=np.random.default_rng(0)
        ).confidence_interval
        widths.append((rate.ci_high - rate.ci_low) / (boot.high - boot.low))
    assert 0.9 < float(np.median(widths)) < 1.15


def test_mcnemar_is_scipy_binomtest_on_the_discordant_cases() -> None:
    assert mcnemar_exact_p(6, 0) == pytest.approx(2 / 64)
    assert mcnemar_exact_p(0, 0) == 1.0
    for worse, better in itertools.product(range(12), repeat=2):
        if worse + better:
            expected = binomtest(worse, worse + better, 0.5).pvalue
            assert mcnemar_exact_p(worse, better) == pytest.approx(expected)


def test_newcombe_paired_interval_worked_example() -> None:
    # Fagerland, Lydersen & Laake, "Statistical Analysis of Contingency Tables", ch. 8:
    # complete response before and after consolidation (Cavo et al. 2012), table [[59, 6],
    # [16, 80]]: difference -0.0621, Newcombe square-and-add 95% CI -0.1186 to -0.0046.
    low, high = newcombe_paired(both=59, base_only=16, cand_only=6, neither=80)
    assert (low, high) == pytest.approx((-0.1186, -0.0046), abs=1e-4)


def test_paired_difference_of_binary_cases_is_mcnemar_with_newcombe() -> None:
    base = [1.0] * 59 + [1.0] * 16 + [0.0] * 6 + [0.0] * 80
    cand = [1.0] * 59 + [0.0] * 16 + [1.0] * 6 + [0.0] * 80
    diff = paired_difference(base, cand)
    assert diff.value == pytest.approx(-10 / 161)
    assert (diff.worse, diff.better, diff.n) == (16, 6, 161)
    assert diff.p_value == pytest.approx(binomtest(16, 22).pvalue)
    assert (diff.ci_low, diff.ci_high) == pytest.approx((-0.1186, -0.0046), abs=1e-4)
    assert diff.method == "exact McNemar"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([0.0, 1.0]), st.sampled_from([0.0, 1.0])), min_size=1, max_size=13
    )
)  # fmt: skip  (2**13 sign flips: scipy is exact)
def test_the_sign_flip_permutation_test_on_binary_cases_is_mcnemar(
    pairs: list[tuple[float, float]],
) -> None:
    base = np.array([b for b, _ in pairs])
    cand = np.array([c for _, c in pairs])
    moved = base != cand
    expected = mcnemar_exact_p(int(np.sum(cand < base)), int(np.sum(cand > base)))
    if moved.sum() >= 2:  # scipy needs two; one moved case has p = 1 either way
        result = permutation_test(
            (base[moved], cand[moved]),
            lambda x, y, axis: np.mean(y - x, axis=axis),
            permutation_type="samples",
            vectorized=True,
        )
        assert min(1.0, result.pvalue) == pytest.approx(expected)
    else:
        assert expected == 1.0
        assert paired_difference(base.tolist(), cand.tolist()).p_value == 1.0


def test_flaky_repeats_use_the_permutation_test_and_a_bootstrap_interval() -> None:
    rng = random.Random(5)
    base = [rng.choice([0, 1 / 3, 2 / 3, 1]) for _ in range(40)]
    cand = [max(0.0, b - 1 / 3) if i % 3 == 0 else b for i, b in enumerate(base)]
    diff = paired_difference(base, cand)
    assert diff.method.startswith("paired permutation")
    assert diff.value == pytest.approx(float(np.mean(np.subtract(cand, base))))
    assert diff.ci_low <= diff.value <= diff.ci_high < 0
    assert diff.p_value < 0.05
    same = paired_difference(base, base)
    assert (same.value, same.ci_low, same.ci_high, same.p_value) == (0.0, 0.0, 0.0, 1.0)


def test_six_one_way_flips_are_the_fewest_significant_at_5_percent() -> None:
    assert smallest_significant_flips(91, 0.05) == 6  # 2 / 2**6 = 0.031 < 0.05 < 2 / 2**5
    assert smallest_significant_flips(5, 0.05) is None
    assert smallest_significant_flips(91, 0.01) == 8


def test_gate_power_is_a_binomial_tail_without_noise() -> None:
    from scipy.stats import binom

    # No fail→pass flips: the gate fires exactly when 6 or more cases flip pass→fail.
    for n, drop in ((91, 0.05), (38, 0.2), (12, 0.5)):
        assert gate_power(n, drop, 0.0, 0.05) == pytest.approx(binom.sf(5, n, drop))


def test_detectable_drop_grows_as_the_suite_shrinks() -> None:
    drops = {n: detectable_drop(n, 0.05) for n in (12, 38, 91, 400)}
    assert drops[400] < drops[91] < drops[38] < drops[12]  # type: ignore[operator]
    assert detectable_drop(4, 0.05) is None  # 4 cases can never reach p < 0.05
    # 12 cases cannot show a 10-point drop, 91 can show about 9 points with 80% power.
    assert drops[12] > 0.4
    k = round(drops[91] * 91)  # type: ignore[operator]
    assert gate_power(91, k / 91, 0.0, 0.05) >= 0.8 > gate_power(91, (k - 1) / 91, 0.0, 0.05)
    assert detectable_drop(91, 0.05, noise=0.03) > drops[91]  # type: ignore[operator]


def test_pass_at_k_and_pass_hat_k_match_their_definitions() -> None:
    for n in range(1, 7):
        for c in range(n + 1):
            answers = [True] * c + [False] * (n - c)
            for k in range(1, n + 1):
                draws = list(itertools.combinations(answers, k))
                assert pass_at_k(n, c, k) == pytest.approx(sum(map(any, draws)) / len(draws))
                assert pass_hat_k(n, c, k) == pytest.approx(sum(map(all, draws)) / len(draws))
                assert pass_at_k(n, c, k) == pytest.approx(1 - comb(n - c, k) / comb(n, k))
    # Chen et al. (2021): with one answer per problem pass@1 is the plain pass rate.
    assert mean_pass_at_k([(1, 1), (0, 1), (1, 1)], 1) == pytest.approx(2 / 3)
    assert mean_pass_hat_k_example() == pytest.approx((1 + 1 / 3) / 2)
    assert is_flaky(1, 3) and not is_flaky(3, 3) and not is_flaky(0, 3)


def mean_pass_hat_k_example() -> float:
    from harness.stats.repeats import mean_pass_hat_k

    value = mean_pass_hat_k([(3, 3), (2, 3)], 2)  # C(2,2)/C(3,2) = 1/3 for the second
    assert value is not None
    return value


def test_case_mean_interval_is_the_t_interval_of_one_case() -> None:
    from scipy.stats import t

    values = [10.0, 12.0, 11.0, 13.0]
    estimate = case_mean([values])
    scale = np.std(values, ddof=1) / np.sqrt(len(values))
    expected = t.interval(0.95, len(values) - 1, loc=np.mean(values), scale=scale)
    assert (estimate.ci_low, estimate.ci_high) == pytest.approx(expected)
    assert case_mean([[1.0], [3.0]]).ci_low is None
    assert median_cv([[9.0, 11.0], [1.0]]) == pytest.approx(np.std([9, 11], ddof=1) / 10)
