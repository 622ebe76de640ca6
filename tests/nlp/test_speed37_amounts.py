"""Helper speed37: prefixed amounts are tried only at the key starts in the few characters
before each run of digits (`_prefixed_matches`); they must be what a scan over every
character finds (`_MONEY_PREFIX.finditer`), from every start."""

from __future__ import annotations

import json
import random
from pathlib import Path

from nlp.amounts import (
    _CONTEXT,
    _MONEY_PREFIX,
    _MONEY_SUFFIX,
    _SUFFIX_CURRENCY,
    _SUFFIX_LAST_WORDS,
    _may_name_currency,
    _prefixed_matches,
)

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"
# pieces of keys, codes, digits and separators, joined at random
PIECES = [
    "us$", "$", "a$", "rs.", "rs", "r", "rp", "rm", "eur", "sek", "yuan", "usd", "nt$", "_",
    " ", "  ", "1", "25", "2,500", ".5", "0", "9", "-", "to", " and ", "bn", " billion", "m",
    "x", "others", "(", "£", "€", "¥", ",", "5$",
]  # fmt: skip


def _same(text: str) -> None:
    low = text.lower() if text.isascii() else None
    for start in range(len(text) + 1):
        got = [m.span() for m in _prefixed_matches(text, low, start)]
        assert got == [m.span() for m in _MONEY_PREFIX.finditer(text, start)], (text, start)


def test_windows_before_digit_runs_find_every_prefixed_amount() -> None:
    rng = random.Random(37)
    for _ in range(600):
        _same("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))))


def test_windows_find_the_amounts_of_the_dev_set() -> None:
    if not DEV.exists():
        return
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:40]
    for text in texts:
        low = text.lower() if text.isascii() else None
        got = [m.span() for m in _prefixed_matches(text, low, 0)]
        assert got == [m.span() for m in _MONEY_PREFIX.finditer(text, 0)]


def test_a_text_with_a_suffixed_amount_may_name_its_currency() -> None:
    """The runs-of-letters test (`_may_name_currency`) passes every ASCII text in which
    `_MONEY_SUFFIX` finds an amount, whatever its case and what stands around it."""
    words = [w for w in [*_SUFFIX_CURRENCY, *_CONTEXT] if w.isascii()]
    assert _SUFFIX_LAST_WORDS is not None  # the tables allow the test: it is in use
    rng = random.Random(37)
    for word in words:
        for text in (f"5 {word}", f"paid 3.5 billion {word.upper()}.", f"2-3 mln {word.title()}x"):
            if _MONEY_SUFFIX.search(text):
                assert _may_name_currency(text.lower()), text
    found = 0
    for _ in range(3000):
        word = "".join(c.upper() if rng.random() < 0.3 else c for c in rng.choice(words))
        number = rng.choice(["5", "2,500", "1.5", "3-4", "10 to 12"])
        scale = rng.choice(["", " bn", " million", "-billion", "m"])
        text = f"{rng.choice(['', 'paid ', 'x'])}{number}{scale} {word}{rng.choice(['', '.', 's', '5', ' x'])}"
        if _MONEY_SUFFIX.search(text):
            found += 1
            assert _may_name_currency(text.lower()), text
    assert found > 1000
