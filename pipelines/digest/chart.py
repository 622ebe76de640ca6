"""The digest's trend chart: signals per day over the last 30 days, stacked by action."""

from __future__ import annotations

import io
import logging
from datetime import date
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot

import matplotlib.dates as mdates  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from pipelines.digest import labels  # noqa: E402

LOGGER = logging.getLogger(__name__)

WIDTH_IN, DPI = 6.0, 100  # 600 px: the email's content width
PLOT_IN, ROW_IN, BASE_IN = 2.3, 0.22, 0.45  # plot height, one legend row, axis labels
LEGEND_COLUMNS = 3


def trend_png(axis: list[date], counts: dict[str, list[int]]) -> bytes:
    """A stacked bar chart as PNG bytes, colours per action from the label file."""
    key = (tuple(axis), tuple(sorted((a, tuple(v)) for a, v in counts.items())))
    return _draw(*key)


@lru_cache(maxsize=32)
def _draw(axis: tuple[date, ...], counts: tuple[tuple[str, tuple[int, ...]], ...]) -> bytes:
    # Readers with the same filters share a chart; drawing is the slow part of a digest.
    order = {a: n for n, a in enumerate(labels.action_order())}
    shown = sorted(
        (kv for kv in counts if any(kv[1])), key=lambda kv: (order.get(kv[0], 99), kv[0])
    )
    rows = -(-len(shown) // LEGEND_COLUMNS)
    height = PLOT_IN + BASE_IN + rows * ROW_IN
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    # fixed margins instead of a layout engine, which would draw the figure twice
    bottom = (BASE_IN + rows * ROW_IN) / height
    fig.subplots_adjust(left=0.07, right=0.98, top=1 - 0.35 / height, bottom=bottom)
    ax = fig.add_subplot()
    xs = mdates.date2num(list(axis))
    stack = [0] * len(axis)
    handles = []
    for action, values in shown:
        # one polygon collection per action: far cheaper than a Rectangle patch per bar
        boxes = [
            [(x - 0.4, low), (x - 0.4, low + v), (x + 0.4, low + v), (x + 0.4, low)]
            for x, low, v in zip(xs, stack, values, strict=True)
            if v
        ]
        colour = labels.action_colour(action)
        ax.add_collection(PolyCollection(boxes, facecolors=colour, edgecolors="none"))
        handles.append(Patch(facecolor=colour, label=labels.action_label(action)))
        stack = [s + v for s, v in zip(stack, values, strict=True)]
    ax.set_xlim(xs[0] - 0.7, xs[-1] + 0.7)
    ax.set_ylim(0, max(max(stack, default=0) * 1.08, 1))
    if not shown:
        ax.text(0.5, 0.5, "No signals in the last 30 days", ha="center", va="center",
                transform=ax.transAxes, color="#555555", fontsize=11)  # fmt: skip
    ax.set_title("Signals per day, last 30 days", fontsize=12, loc="left")
    ax.xaxis.set_major_locator(mdates.DayLocator(bymonthday=(1, 8, 15, 22)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=10)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if shown:
        fig.legend(handles=handles, fontsize=9, frameon=False, loc="lower center", ncols=LEGEND_COLUMNS,
                   bbox_to_anchor=(0.5, 0.0))  # fmt: skip
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    LOGGER.debug("chart drawn: %d actions, %d bytes", len(shown), out.tell())
    return out.getvalue()
