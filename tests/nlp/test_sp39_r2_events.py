"""Sp39 round 2: the cheap tests the assembler runs before its costliest expressions let
through every text the expression matches, and the kept values equal the computed ones."""

import pytest

from nlp.events import (
    _DC35_OFFSET,
    _FD36C_OTHER_CLAUSE,
    _SM35_HELD_BEFORE,
    _SM35_HELD_ENDS,
    _SM35_THRESHOLD_BEFORE,
    _SM35_THRESHOLD_ENDS,
    _TITLE_HEAD,
    _TITLE_WORD,
    TITLE_LEADER_REACH,
    _dc35_may_offset,
    _rounded,
    _sm35_may_end,
)

OFFSETS = [
    "China on Tuesday banned exports, a day after Washington added 140 companies.",
    "Two DAYS EARLIER, Trump announced Project Vault.",
    "A Week Later the ministry opened an investigation.",
    "It comes just two weeks after EU lawmakers reached a provisional agreement.",
    "Exports fell after the ban took effect.",
]


@pytest.mark.parametrize("text", OFFSETS)
def test_dc35_gate_passes_every_match(text: str) -> None:
    if _DC35_OFFSET.search(text):
        assert _dc35_may_offset(text)


def test_dc35_gate_skips_a_sentence_without_its_units() -> None:
    assert not _dc35_may_offset("Exports fell after the ban took effect.")
    assert _dc35_may_offset("Exports fell – after the ban – two days later.")  # not ASCII


@pytest.mark.parametrize(
    "text",
    [
        "will spend A$150 million If it is re-elected next month",
        "Lasso, WHO takes office on May 24",
        "pays manufacturers, Provided they reach 25% local content within two years",
        "said the tariffs would rise in May",
    ],
)
def test_fd36c_window_words_hold_every_match(text: str) -> None:
    window = text.lower()
    if _FD36C_OTHER_CLAUSE.search(text):
        assert "if" in window or "who" in window or "unless" in window or "provid" in window


@pytest.mark.parametrize(
    ("before", "pattern", "ends"),
    [
        ("projects investing at least ", _SM35_THRESHOLD_BEFORE, _SM35_THRESHOLD_ENDS),
        ("Investors committing MORE THAN  ", _SM35_THRESHOLD_BEFORE, _SM35_THRESHOLD_ENDS),
        ("its largest debtor, owing around ", _SM35_HELD_BEFORE, _SM35_HELD_ENDS),
        ("held about ", _SM35_HELD_BEFORE, _SM35_HELD_ENDS),
        ("profits on ", _SM35_HELD_BEFORE, _SM35_HELD_ENDS),
    ],
)
def test_sm35_gates_pass_every_match(before: str, pattern, ends) -> None:  # noqa: ANN001
    text = before + "$17 billion"
    end = len(before)
    if pattern.search(text, max(0, end - 80), end):
        assert _sm35_may_end(text, end, 80, ends)


def test_title_head_words_equal_the_whole_titles() -> None:
    for title in [
        "Trump signs bill ending EV tax credit and tightening China rules",
        "Analysis: Xi's offer",
        "Extraordinarily-long-compound-opening-words-of-a-title run on",
    ]:
        low = title.lower()
        words = _TITLE_WORD.findall(low, 0, _TITLE_HEAD)
        if len(words) <= TITLE_LEADER_REACH and len(low) > _TITLE_HEAD:
            words = _TITLE_WORD.findall(low)
        assert words[:TITLE_LEADER_REACH] == _TITLE_WORD.findall(low)[:TITLE_LEADER_REACH]


@pytest.mark.parametrize("confidence", [0.45, 0.7 + 0.15 + 0.1, 0.65 + 0.15, 0.5 + 0.1])
def test_rounded_confidence_equals_round(confidence: float) -> None:
    assert _rounded(confidence) == round(min(confidence, 0.95), 2)
    assert _rounded(confidence) == round(min(confidence, 0.95), 2)  # kept
