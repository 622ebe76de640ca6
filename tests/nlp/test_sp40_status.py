"""Sp40 shortcuts of the status readings: each must give what the code it replaced gave
(nlp/status.py): the scans of status.yaml phrases call `_phrase_at` only at a phrase's first
word, and the passive of undoing is read only with a participle of undoing in reach."""

import random
from collections.abc import Sequence

from nlp import status
from nlp.status import _AND, _SETTINGS, _STOP, _WORDS, _no_phrase_in, _phrase_at, _phrase_hashes


def _words(rng: random.Random, pool: list[int], n: int) -> list[int]:
    return [rng.choice(pool) for _ in range(n)]


def _pool(*phrase_keys: str, word_keys: Sequence[str] = ()) -> list[int]:
    """The words of these phrase and word lists, full stops, "and" and a few filler words."""
    words = {_STOP, _AND, 11, 12, 13, 14}
    for key in phrase_keys:
        for phrase in _phrase_hashes(key):
            words.update(phrase)
    for key in word_keys:
        words.update(_WORDS[key])
    return sorted(words)


def _s2_undone_after_before(lowers: Sequence[int], cue_end: int) -> bool:
    """`_s2_undone_after` before sp40: the scan at any auxiliary, participle or none."""
    auxiliaries = _WORDS["s2_auxiliaries"]
    end = min(len(lowers), cue_end + _SETTINGS["s2_reach"])
    if auxiliaries.isdisjoint(lowers[cue_end:end]):
        return False
    stops, joining = _WORDS["s2_stops"], _WORDS["s2_joining_auxiliaries"]
    for i in range(cue_end, end):
        word = lowers[i]
        if word in stops:
            return False
        if word == _AND and (i + 1 >= end or lowers[i + 1] not in joining):
            return False
        if word in auxiliaries and status._s2_undoing_passive_at(lowers, i):
            return not status._s2_relative_of_another(lowers, cue_end, i)
    return False


def test_s2_undone_after_keeps_its_reading() -> None:
    pool = _pool(
        "s2_undone_participles",
        word_keys=(
            "s2_auxiliaries",
            "s2_adverbs",
            "s2_negators",
            "s2_be_after",
            "s2_be_before",
            "s2_stops",
            "s2_joining_auxiliaries",
            "s2_relative_pronouns",
            "s2_relative_helpers",
        ),
    )
    rng = random.Random(40)
    said = 0
    for _ in range(20_000):
        lowers = _words(rng, pool, rng.randrange(2, 40))
        cue_end = rng.randrange(1, len(lowers))
        expected = _s2_undone_after_before(lowers, cue_end)
        said += expected
        assert status._s2_undone_after(lowers, cue_end) == expected, (lowers, cue_end)
    assert said  # the draws reach the readings that say True


def _scan_before(lowers: Sequence[int], low: int, high: int, key: str, stop: int | None) -> int:
    """Where the scans before sp40 met a phrase of `key` in [low, high), a stop word ending the
    scan first (-1 for none, -2 for the stop)."""
    if _no_phrase_in(lowers, low, high, key):
        return -1
    for i in range(low, high):
        if stop is not None and lowers[i] == stop:
            return -2
        if _phrase_at(lowers, i, key):
            return i
    return -1


def test_phrase_scans_keep_their_readings() -> None:
    keys = (
        "sq34_not_yet_law",
        "sq34_report_texts",
        "sn34_unsigned_phrases",
        "sm34_unmade_phrases",
    )
    pool = _pool(*keys, word_keys=("sn34_unsigned_blockers", "sp6_sentence_ends"))
    rng = random.Random(40)
    met = 0
    for _ in range(20_000):
        lowers = _words(rng, pool, rng.randrange(3, 40))
        cue_start = rng.randrange(0, len(lowers) - 1)
        cue_end = rng.randrange(cue_start + 1, len(lowers))
        high = min(len(lowers), cue_end + _SETTINGS["sq34_not_yet_reach"])
        at = _scan_before(lowers, cue_end, high, "sq34_not_yet_law", _STOP)
        met += at >= 0
        assert status._sq34_not_yet_law(lowers, cue_end) == (at >= 0)
        start = max((i + 1 for i in range(cue_start) if lowers[i] == _STOP), default=0)
        end = lowers.index(_STOP, cue_start) if _STOP in lowers[cue_start:] else len(lowers)
        found = _scan_before(lowers, start, end, "sq34_report_texts", None) >= 0
        assert status._sq34_in_report(lowers, cue_start) == found
        ends, blockers = _WORDS["sp6_sentence_ends"], _WORDS["sn34_unsigned_blockers"]
        high = min(len(lowers), cue_end + _SETTINGS["sn34_unsigned_reach"])
        signed = False
        if not _no_phrase_in(lowers, cue_start + 1, high, "sn34_unsigned_phrases"):
            for i in range(cue_start + 1, high):
                if lowers[i] in ends:
                    break
                if _phrase_at(lowers, i, "sn34_unsigned_phrases"):
                    signed = lowers[i - 1] not in blockers
                    break
        assert status._sn34_still_to_be_signed(lowers, cue_start, cue_end) == signed
    assert met


def test_by_type_and_the_choice_are_their_named_tuples() -> None:
    hit = status.Hit(status.CueKey("status", "sp_start", "status"), 3, 5)
    by_action = {"sp_start": {"*": "agreed", "talks": "proposed"}}
    typed = status._by_type(hit, by_action, "talks")
    assert type(typed) is status.Hit and typed == (typed.key, 3, 5)
    assert typed.key.label == "proposed"
    choice = status._NEW(status._Choice, (1.5, "agreed", True, False, "step", False, 4))
    assert choice == status._Choice(1.5, "agreed", True, False, "step", False, 4)
    assert type(choice) is status._Choice and choice.own_label == "step"
