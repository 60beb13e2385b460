"""Trains `_meta_learned`'s model on the development corpus (run: `nox -s train_meta`).

L2-regularised logistic regression, classes weighted to balance, solved with SciPy's
L-BFGS from zeros: the same files give the same weights. Frozen test parts are refused, so
the figures measured on them stay honest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from harness.checks._meta_learned import (
    BITS,
    FEATURE_VERSION,
    MODEL_PATH,
    LearnedModel,
    feature_ids,
)

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
C = 16.0  # inverse regularisation: chosen by author-held-out folds of the development files


def development_files(corpus: Path = CORPUS) -> list[Path]:
    """The development files of the meta_rambling corpus: every file but the frozen parts."""
    return sorted(p for p in corpus.glob("meta_rambling*.jsonl") if "frozen" not in p.name)


def read_texts(files: Sequence[Path]) -> tuple[list[str], list[bool]]:
    """Texts and labels of `files`; a frozen part is refused."""
    texts: list[str] = []
    labels: list[bool] = []
    for path in files:
        if "frozen" in path.name:
            raise ValueError(f"{path}: a frozen test part is never trained on")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
                texts.append(str(item["text"]))
                labels.append(bool(item["label"]))
    return texts, labels


def design_matrix(texts: Sequence[str], bits: int = BITS) -> csr_matrix:
    """Binary hashed features, each row scaled to unit length."""
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for text in texts:
        ids = feature_ids(text, bits)
        indices += ids
        values += [1.0 / np.sqrt(len(ids))] * len(ids) if ids else []
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(values), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(texts), 1 << bits),
    )


def fit(matrix: csr_matrix, labels: Sequence[bool], c: float = C) -> tuple[np.ndarray, float]:
    """Weights and bias minimising C·(weighted log-loss) + ½‖w‖²."""
    y = np.asarray(labels, dtype=np.float64)
    n, positives = len(y), float(y.sum())
    if positives in (0.0, float(n)):
        raise ValueError("training needs both rambling and clean texts")
    balance = np.where(y == 1, n / (2 * positives), n / (2 * (n - positives)))
    transposed = matrix.T.tocsr()

    def loss_and_gradient(params: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = params[:-1], params[-1]
        z = matrix @ weights + bias
        loss = np.logaddexp(0, -z) * y + np.logaddexp(0, z) * (1 - y)
        residual = (1 / (1 + np.exp(-z)) - y) * balance
        gradient = np.empty_like(params)
        gradient[:-1] = c * (transposed @ residual) + weights
        gradient[-1] = c * residual.sum()
        return float(c * (balance * loss).sum() + 0.5 * weights @ weights), gradient

    start = np.zeros(matrix.shape[1] + 1)
    result = minimize(
        loss_and_gradient, start, jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return result.x[:-1], float(result.x[-1])


def train(files: Sequence[Path], c: float = C, bits: int = BITS) -> LearnedModel:
    """A model trained on `files`, its metadata naming each file and its SHA-256."""
    texts, labels = read_texts(files)
    weights, bias = fit(design_matrix(texts, bits), labels, c)
    meta = {
        "feature_version": FEATURE_VERSION,
        "bits": bits,
        "c": c,
        "texts": len(texts),
        "trained_on": {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files},
    }
    return LearnedModel(weights, bias, meta)


def main(argv: Sequence[str] | None = None) -> None:
    """Train on the development files and write the model the harness ships."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    files = development_files()
    model = train(files)
    model.save(args.out)
    print(f"trained on {model.meta['texts']} texts from {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
