"""The HTML preview as a phone-width reader sees it: rendered by headless Chromium to a PNG."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from digest_data import DAY, fill, history, standard
from PIL import Image

from pipelines.config import Config, Paths, Recipient
from pipelines.digest import labels, run_digest

CHROMIUM = "/usr/bin/chromium"
INSTALL_SECONDS = 300
WIDTH, HEIGHT = 420, 1600


def _install_chromium() -> str | None:
    """Try Debian's package once; the reason it failed, or None."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "chromium is missing and this user cannot install Debian packages"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    deadline = time.monotonic() + INSTALL_SECONDS  # both steps together
    try:
        for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            left = max(deadline - time.monotonic(), 1)
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=left, env=env)
            if done.returncode:
                return f"'{' '.join(cmd)}' failed: {done.stderr.strip()[-300:]}"
    except subprocess.TimeoutExpired:
        return f"installing chromium took longer than {INSTALL_SECONDS} s"
    return None if Path(CHROMIUM).exists() else "apt-get ran but /usr/bin/chromium is missing"


@pytest.fixture(scope="session")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        reason = _install_chromium()
        if reason:
            pytest.skip(f"headless Chromium unavailable: {reason}")
    return CHROMIUM


def screenshot(browser: str, page: Path, out: Path, profile: Path) -> Image.Image:
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={out}",
            f"--window-size={WIDTH},{HEIGHT}",
            page.as_uri(),
        ],  # fmt: skip
        capture_output=True,
        timeout=90,
        check=True,
    )
    return Image.open(out).convert("RGB")


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def rows_with(image: Image.Image, colour: str, tolerance: int = 12) -> list[int]:
    """The y of every pixel row holding at least a few pixels of the colour."""
    pixels = np.asarray(image, dtype=np.int16)
    close = (np.abs(pixels - np.array(hex_rgb(colour))) <= tolerance).all(axis=2)
    return np.nonzero(close.sum(axis=1) >= 3)[0].tolist()


@pytest.mark.slow
def test_the_preview_renders_at_phone_width_with_the_chart_visible(chromium, tmp_path):
    paths = Paths(tmp_path / "data")
    fill(paths.warehouse, standard() + history())
    preview = tmp_path / "preview.html"
    result = run_digest(
        paths, Config(recipients=(Recipient("a@example.org"),)), day=DAY, preview=preview
    )
    assert result["preview"] == str(preview)
    html = preview.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html and "cid:" not in html

    shot = screenshot(chromium, preview, tmp_path / "shot.png", tmp_path / "profile")
    assert shot.size == (WIDTH, HEIGHT)
    colours = shot.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50, "the page rendered blank"
    masthead = rows_with(shot, "#12355b")
    assert masthead and masthead[0] < 20, "the styled masthead is not at the top"
    # the chart's bars, in the colours the label file gives the day's actions
    for action in ("export_control", "investment", "trade_measure"):
        rows = rows_with(shot, labels.action_colour(action))
        assert rows, f"no {action} bars visible"
        assert 60 < min(rows) < 700, f"{action} bars are not where the chart should be"


def test_a_preview_is_written_even_when_the_digest_was_already_delivered(tmp_path):
    paths = Paths(tmp_path / "data")
    fill(paths.warehouse, standard())
    config = Config(recipients=(Recipient("a@example.org"),))
    run_digest(paths, config, day=DAY)
    again = run_digest(paths, config, day=DAY, preview=tmp_path / "p.html")
    assert again["recipients"][0]["status"] == "skipped"
    assert "New bloc developments" in (tmp_path / "p.html").read_text(encoding="utf-8")
