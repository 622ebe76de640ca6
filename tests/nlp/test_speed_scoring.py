"""Helper speed11: the shortcuts taken in the status model's scoring, the roles' reading of
leaders and the filing of a sentence's cue matches must give what the plain reading gives."""

from __future__ import annotations

import pytest
from spacy.strings import hash_string

from nlp.roles import _sentence_leader as sentence_leader
from nlp.roles import leader_hashes


def _hashes(sentence: str) -> list[int]:
    return [hash_string(w) for w in sentence.lower().split()]


@pytest.mark.parametrize(
    ("sentence", "leader"),
    [
        # no leader named: the shortcut
        ("the ministry said the quota would be cut next year", None),
        # one leader
        ("after the talks albanese said the fund would grow", "AUS"),
        # two names of one country's leaders
        ("xi jinping signed the decree on rare earths", "CHN"),
        # leaders of two countries: no single country
        ("trump and xi agreed to pause the curbs", None),
    ],
)
def test_sentence_leader_with_and_without_leaders(sentence: str, leader: str | None) -> None:
    lowers = _hashes(sentence)
    assert sentence_leader(lowers, 0, len(lowers)) == leader
    # the reading of the whole loop, for the same words
    found = {leader_hashes()[w] for w in lowers if w in leader_hashes()}
    assert (found.pop() if len(found) == 1 else None) == leader
