"""The digest's trend chart: signals per day over the last 30 days, stacked by action."""

from __future__ import annotations

import io
import logging
from datetime import date

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot

import matplotlib.dates as mdates  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from pipelines.digest import labels  # noqa: E402

LOGGER = logging.getLogger(__name__)

WIDTH_IN, HEIGHT_IN, DPI = 6.0, 3.4, 100  # 600 x 340 px: the email's content width


def trend_png(axis: list[date], counts: dict[str, list[int]]) -> bytes:
    """A stacked bar chart as PNG bytes, colours per action from the label file."""
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    order = {a: n for n, a in enumerate(labels.action_order())}
    bottom = [0] * len(axis)
    for action in sorted(counts, key=lambda a: (order.get(a, len(order)), a)):
        values = counts[action]
        ax.bar(
            axis,
            values,
            bottom=bottom,
            width=0.8,
            color=labels.action_colour(action),
            label=labels.action_label(action),
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    if not counts:
        ax.text(0.5, 0.5, "No signals in the last 30 days", ha="center", va="center",
                transform=ax.transAxes, color="#555555")  # fmt: skip
    ax.set_title("Signals per day, last 30 days", fontsize=12, loc="left")
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=7))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=10)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if counts:
        fig.legend(fontsize=9, frameon=False, loc="outside lower center", ncols=3)
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
