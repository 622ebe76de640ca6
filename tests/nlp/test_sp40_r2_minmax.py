"""Speed40, second round: the loops and comparisons that replaced builtin min()/max(),
any()/all() generators, Counter and UserDict look-ups answer as those did."""

from __future__ import annotations

import itertools
from collections import Counter
from types import SimpleNamespace

import pytest
import spacy

from nlp.cues import CueKey, Hit
from nlp.dates import _overlapping, _sd2_range_end
from nlp.entities import SPANS_KEY, found
from nlp.entity_rules import _longest_of_run
from nlp.phrases import _regions
from nlp.roles import _most_named
from nlp.sentences import _positions
from nlp.status import BACKGROUND_REACH, BOUNDARY, TOLD_AFTER, _told_as_background


def _most_named_before(spans: list[SimpleNamespace], start: int) -> str | None:
    """`_most_named` as it was written with a Counter."""
    counts = Counter(
        s.kb_id_ for s in spans if s.start < start and s.label_ in ("COUNTRY", "BLOC")
    ).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


@pytest.mark.parametrize("ids", ["", "A", "AB", "AAB", "ABB", "ABAB", "ABBA", "BAAB", "ABCCB"])
def test_most_named_matches_the_counter(ids: str) -> None:
    spans = [SimpleNamespace(start=i, kb_id_=c, label_="COUNTRY") for i, c in enumerate(ids)]
    spans.append(SimpleNamespace(start=0, kb_id_="Z", label_="MINERAL"))
    for start in range(len(ids) + 1):
        assert _most_named(spans, start) == _most_named_before(spans, start)


def test_regions_clip_and_merge() -> None:
    reach = {1: 2, 2: 0}
    anchors = [(1, 0, 1), (2, 5, 6), (1, 18, 19)]
    assert _regions(anchors, reach, 1, 20) == [(0, 6), (15, 19)]
    assert _regions([], reach, 1, 20) == []


def _longest_before(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`_longest_of_run` for three or more matches, as it was written with `any`."""
    run = sorted(run, key=lambda c: (c[0] - c[1], c[0]))
    taken: dict[int, tuple[int, int]] = {}
    kept = []
    for start, end, key in run:
        span = (start, end)
        if any(taken.get(i, span) != span for i in range(start, end)):
            continue
        for i in range(start, end):
            taken[i] = span
        kept.append((start, end, key))
    return sorted(kept, key=lambda c: (c[0], c[1]))


def test_longest_of_run_matches_the_generator_form() -> None:
    spans = [(s, e) for s in range(4) for e in range(s + 1, 5)]
    for combo in itertools.combinations(spans, 3):
        run = [(s, e, f"k{n}") for n, (s, e) in enumerate(sorted(combo))]
        assert _longest_of_run(list(run)) == _longest_before(run)


def test_overlapping_and_range_ends() -> None:
    assert _overlapping(3, 5, [(0, 2), (4, 9)])
    assert not _overlapping(3, 5, [(0, 3), (5, 9)])
    assert not _overlapping(3, 5, [])
    assert _sd2_range_end("prices rose from May 1 to ")
    assert _sd2_range_end("between 2015 AND ")
    assert not _sd2_range_end("to")
    assert not _sd2_range_end("the ban took effect on ")


def test_positions_skip_absent_characters() -> None:
    assert _positions("A. B! C.", ".!?") == [1, 4, 7]
    assert _positions("no enders", ".!?") == []


def _hit(label: str, start: int, end: int) -> Hit:
    return Hit(CueKey("status", label, "status"), start, end)


def test_told_as_background_reads_the_nearest_opener() -> None:
    after = _hit(TOLD_AFTER, 2, 3)
    assert _told_as_background([after], 3 + BACKGROUND_REACH)
    assert not _told_as_background([after], 4 + BACKGROUND_REACH)
    assert not _told_as_background([after, _hit(BOUNDARY, 4, 5)], 6)
    # the later opener stands after the boundary
    assert _told_as_background([after, _hit(BOUNDARY, 4, 5), _hit(TOLD_AFTER, 5, 6)], 7)
    assert not _told_as_background([_hit(BOUNDARY, 1, 2)], 3)


def test_found_reads_spans_filed_and_not_filed() -> None:
    doc = spacy.blank("en")("Chile and Peru signed.")
    assert found(doc) == []
    doc.spans[SPANS_KEY] = [doc.char_span(0, 5, label="COUNTRY", kb_id="CL")]
    assert [tuple(f) for f in found(doc)] == [(0, 1, "COUNTRY", "CL")]
