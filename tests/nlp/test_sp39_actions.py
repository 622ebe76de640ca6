"""Speed39: the gates and kept answers that spare work in actions, roles, dates and amounts
must answer as the work they spare: each is checked against that work on texts and token
arrays where it could differ."""

from __future__ import annotations

import itertools
import re

import pytest
from spacy.strings import hash_string

from nlp import amounts, dates, roles
from nlp.actions import _covered
from nlp.roles import Party

MONEY_TEXTS = [
    "The state approved a $30 million loan for the nickel plant.",
    "Rio paid US$1.2bn, and A$200 million (about $134.7 million) went to Perth.",
    "Exports rose 12% in 2024 to 40,000 tonnes.",
    "The fund holds EUR 2 billion and rs. 40 crore; R2.5bn went to the rand account.",
    "A levy of 5 per cent from 2026, said the ministry of mines in 2025.",
    "Tariffs of 25 per cent on 300 items, worth 18 billion yuan, took effect.",
    "aud 5 is no amount, but AUD 5 billion is.",
    "Sirs 30 and mrs 40 are no rupees; bars 10 no more.",
]


@pytest.mark.parametrize("text", MONEY_TEXTS)
def test_prefixed_amounts_are_the_patterns_matches(text: str) -> None:
    # a text holding no key (`_SYMBOL_MARKS`, `_CODE_RUNS`) yields nothing without the scan;
    # one holding a key yields what the pattern's own `finditer` yields
    low = text.lower()
    found = [m.span() for m in amounts._prefixed_matches(text, low, 0)]
    expected = [m.span() for m in amounts._MONEY_PREFIX.finditer(text)]
    assert found == expected


def test_every_ascii_symbol_key_holds_a_mark() -> None:
    for key in amounts._SYMBOL_KEYS:
        if key.isascii():
            assert any(mark in key for mark in amounts._SYMBOL_MARKS)
    for key in (*amounts._CODE_KEYS, *amounts._LETTER_KEYS):
        assert key.encode("ascii") in amounts._CODE_RUNS


def test_first_digit_answers_for_each_text() -> None:
    texts = ["no digit here", "in 2024", "über 30 Tonnen", "", "7 days", "no digit here"]
    for text in texts * 2:
        digit = re.search(r"\d", text)
        assert amounts.first_digit(text) == (-1 if digit is None else digit.start())
    # an equal text that is another object is read afresh, with the same answer
    same = "".join(["in ", "2024"])
    assert amounts.first_digit(same) == 3


AHEAD_TEXTS = [
    "Leaders are expected to sign the accord on Friday",
    "The ministry will remove the tariff it imposed on Monday",
    "This is a plan that Jakarta intends to adopt on Tuesday",
    "Officials WERE DUE TO meet on Wednesday",
    "The regulator plans to rule, and this island is set to vote on Thursday",
    "Nothing ahead was told on Monday",
    "Thisis wouldbe planned willfully on Friday",
]


@pytest.mark.parametrize("text", AHEAD_TEXTS)
def test_db35_ahead_reads_the_cues_finditer_reads(text: str) -> None:
    start = text.rindex(" on ") + 4
    end = len(text)
    before = text[max(0, start - dates._DB35_AHEAD_REACH) : start]
    around = dates._ends_with(
        dates._DB35_AHEAD_AROUND, before, dates._DB35_AROUND_REACH, dates._DB35_AROUND_TAILS
    ) and re.match(r"\s+to\s", text[end : end + 5])
    clause = before[dates._db35_clause_start(before) :]
    cues = list(dates._DB35_AHEAD_CUE.finditer(clause))
    expected = bool(around) or (
        bool(cues) and not dates._DB35_PAST_BETWEEN.search(clause, cues[-1].end())
    )
    assert dates._db35_ahead(text, start, end) == expected


def test_covered_is_any_word_in_the_set() -> None:
    for tokens in (None, set(), {3}, {0, 5, 6}):
        for start, end in itertools.combinations(range(8), 2):
            expected = bool(tokens) and any(i in tokens for i in range(start, end))
            assert _covered(start, end, tokens) == expected


def _h(*words: str) -> list[int]:
    return [hash_string(w) for w in words]


def test_compared_finds_nothing_after_another_word() -> None:
    words = roles.role_hashes()
    leads = roles._compared_leads()
    vocabulary = sorted(set(itertools.islice(leads, 40))) + _h("the", "in", "with", "said", "x")
    # every pair of words before a party, the party before and after the cue
    for first, second in itertools.product(vocabulary, repeat=2):
        lowers = [first, second, hash_string("peru"), hash_string("ban"), hash_string(".")]
        party = Party(2, 3, "PE")
        for cue_start in (0, 3):
            if lowers[1] not in leads:
                assert not roles._compared(lowers, party, 0, len(lowers), cue_start, words)


def test_reacts_and_disputes_need_a_reply_word_in_reach() -> None:
    words = roles.role_hashes()
    replies = roles._reply_words()
    filler = _h("the", "government", "of", "peru", "and", "its", "ministry", "on", "the", "new")
    for reply in sorted(replies)[:20]:
        for at in range(len(filler)):
            lowers = [*_h("china"), *filler[:at], reply, *filler[at:], *_h("ban", ".")]
            cue_start = len(lowers) - 2
            party = Party(0, 1, "CN")
            near = not replies.isdisjoint(lowers[1 : min(1 + roles._REPLY_REACH, cue_start)])
            puncts = [0] * len(lowers)
            if not near:
                assert not roles._reacts(lowers, puncts, party, cue_start, words)
                assert not roles._disputes(lowers, party, cue_start, words)
