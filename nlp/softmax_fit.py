"""Multinomial logistic regression over sparse binary string features, fitted by L-BFGS: the
learner under both stacked models (nlp/train_status.py, nlp/train_actions.py). numpy only, so
training needs nothing the extractor does not already install."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


def lbfgs(
    loss_grad: Any, w: np.ndarray, steps: int, memory: int = 10, tol: float = 1e-7
) -> np.ndarray:
    """Minimise a smooth convex loss by L-BFGS (two-loop recursion, backtracking line search):
    the fixed-step descent it replaces needed ~1,500 gradients, this converges in a few hundred,
    so nested cross-validation over several thousand events runs in minutes. Deterministic."""
    loss, grad = loss_grad(w)
    s_list: list[np.ndarray] = []
    y_list: list[np.ndarray] = []
    for _ in range(steps):
        # the two-loop recursion: an approximate inverse Hessian times the gradient
        q = grad.copy()
        alphas = []
        for s_k, y_k in reversed(list(zip(s_list, y_list, strict=True))):
            a = float((s_k * q).sum()) / float((y_k * s_k).sum())
            alphas.append(a)
            q -= a * y_k
        if s_list:
            q *= float((s_list[-1] * y_list[-1]).sum()) / float((y_list[-1] ** 2).sum())
        else:
            q /= max(float(np.abs(grad).max()), 1.0)
        for (s_k, y_k), a in zip(zip(s_list, y_list, strict=True), reversed(alphas), strict=True):
            b = float((y_k * q).sum()) / float((y_k * s_k).sum())
            q += (a - b) * s_k
        direction = -q
        slope = float((grad * direction).sum())
        if slope >= 0:  # not a descent direction: restart from the gradient
            s_list.clear()
            y_list.clear()
            direction, slope = -grad, -float((grad * grad).sum())
        t = 1.0
        while True:
            new = w + t * direction
            new_loss, new_grad = loss_grad(new)
            if new_loss <= loss + 1e-4 * t * slope or t < 1e-10:
                break
            t *= 0.5
        s_k, y_k = new - w, new_grad - grad
        if float((s_k * y_k).sum()) > 1e-12:
            s_list.append(s_k)
            y_list.append(y_k)
            if len(s_list) > memory:
                s_list.pop(0)
                y_list.pop(0)
        done = loss - new_loss <= tol * max(1.0, abs(loss))
        w, loss, grad = new, new_loss, new_grad
        if done:
            break
    return w


def fit_softmax(
    rows: Sequence[tuple[Sequence[str], int]], classes: int, l2: float, steps: int
) -> tuple[list[str], np.ndarray]:
    """Feature names and their weights (d, classes) minimising the mean negative
    log-likelihood plus l2/2 times the squared weights over n, from zero. Every row must hold
    a feature every row has ("bias")."""
    names = sorted({f for feats, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(names)}
    # the binary design matrix, sparse: the column of every active feature and its row
    cols = np.array([index[f] for feats, _ in rows for f in feats], dtype=np.int64)
    row_of = np.array([r for r, (feats, _) in enumerate(rows) for _ in feats], dtype=np.int64)
    y = np.zeros((len(rows), classes))
    y[np.arange(len(rows)), [gold for _, gold in rows]] = 1.0
    n, d = max(len(rows), 1), len(names)

    # every row holds "bias", so each row's run of columns is non-empty
    starts = np.cumsum([0] + [len(feats) for feats, _ in rows[:-1]]).astype(np.int64)

    # the same entries ordered by column: every feature has a row, so each run is non-empty
    by_col = np.argsort(cols, kind="stable")
    rows_by_col = row_of[by_col]
    col_starts = np.searchsorted(cols[by_col], np.arange(d)).astype(np.int64)

    # weights are held class by class (k, d): numpy gathers and sums a contiguous row fastest
    def times(v: np.ndarray) -> np.ndarray:  # (X @ v.T).T
        return np.stack([np.add.reduceat(row[cols], starts) for row in v])

    def t_times(u: np.ndarray) -> np.ndarray:  # (X.T @ u.T).T
        return np.stack([np.add.reduceat(row[rows_by_col], col_starts) for row in u])

    k = classes
    yt = np.ascontiguousarray(y.T)

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = times(w)
        z -= z.max(axis=0, keepdims=True)
        log_norm = np.log(np.exp(z).sum(axis=0, keepdims=True))
        logp = z - log_norm
        loss = -float((yt * logp).sum()) / n + 0.5 * l2 * float((w * w).sum()) / n
        grad = t_times(np.exp(logp) - yt) / n + l2 * w / n
        return loss, grad

    w = lbfgs(loss_grad, np.zeros((k, d)), steps)
    return names, w.T
