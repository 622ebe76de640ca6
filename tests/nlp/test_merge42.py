"""s42: steps are not merged or given what is not theirs. Two mentions each due on another year
are two phases of a measure, not one step told twice; a quotation merged into a step lends it
no parties or minerals; a pact told before any mineral is named takes the minerals named next,
as the labels do."""

import pytest
from predict import deadlines

from nlp.events import _s42_quoted
from nlp.extract import Extractor

PUBLISHED = "2026-03-10"


def _told(extractor: Extractor, text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    doc = {"id": "d", "published": PUBLISHED, "title": "", "text": text}
    return [
        (e["action"], e["actors"], e["partners"], e["minerals"])
        for e in extractor.extract(doc)["events"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fact sheet's phases: each due in its own year
        (
            "The duty on graphite anodes from China will rise to 25% in 2026.\n\n"
            "The duty on natural graphite from China will rise to 25% in 2027.",
            [
                ("trade_measure", "agreed", "2026", None),
                ("trade_measure", "agreed", None, "2027"),
            ],
        ),
        (
            "Zimbabwe will ban exports of raw lithium ore in 2027. "
            "The ban will be widened to lithium concentrates in 2029.",
            [
                ("export_control", "agreed", None, "2027"),
                ("export_control", "agreed", None, "2029"),
            ],
        ),
        # due on the same month: one step told twice
        (
            "Indonesia will ban bauxite exports in June 2027. "
            "The ban will apply to all bauxite shippers from June 2027.",
            [("export_control", "agreed", None, "2027-06")],
        ),
        # a step made on the report's day and the day it starts: one step, not two phases
        (
            "China banned exports of antimony to the United States on Monday. "
            "The ban takes effect on December 1.",
            [("export_control", "agreed", "2026-03-09", "2026-12-01")],
        ),
    ],
)
def test_steps_due_in_other_years_stay_apart(extractor: Extractor, text: str, want: list) -> None:
    assert deadlines(extractor, text, PUBLISHED) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the labels give a general pact the minerals the report names first, whatever step
        # names them (measured in session 42: withholding those of a later sentence telling
        # another action lost 41 matched events), so the pact keeps them
        (
            "Canada and Japan signed a critical minerals pact on Monday.\n\n"
            "Canada will also lend C$200 million to a nickel smelter.",
            [
                ("agreement", ["CAN", "JPN"], [], ["nickel"]),
                ("investment", ["CAN"], [], ["nickel"]),
            ],
        ),
        (
            "Canada and Japan signed a critical minerals pact on Monday.\n\n"
            "The pact covers nickel and cobalt.",
            [("agreement", ["CAN", "JPN"], [], ["nickel", "cobalt"])],
        ),
    ],
)
def test_a_pact_takes_the_minerals_named_after_it(
    extractor: Extractor, text: str, want: list
) -> None:
    assert _told(extractor, text) == want


@pytest.mark.parametrize(
    ("said", "partners"),
    [
        # a minister's words quoted: whom they call partners is no party of the step
        (
            '"The stockpile means our partners in Germany and Korea can rely on us," '
            "Minister Hodgson said.",
            [],
        ),
        (
            "\u201cThe stockpile means our partners in Germany and Korea can rely on us,\u201d "
            "Minister Hodgson said.",
            [],
        ),
        # told in the release's own words, they are
        (
            "Minister Hodgson said the stockpile would be open to partners in Germany and Korea.",
            ["DEU", "KOR"],
        ),
    ],
)
def test_a_quotation_lends_no_partners(extractor: Extractor, said: str, partners: list) -> None:
    text = (
        "The Carney Government will set up a C$2 billion strategic stockpile of cobalt and "
        "graphite.\n\nMinister Hodgson said the stockpile would shield Canada from price "
        f"swings.\n\n{said}"
    )
    assert _told(extractor, text) == [("stockpile", ["CAN"], partners, ["cobalt", "graphite"])]


@pytest.mark.parametrize(
    ("sentence", "cue", "quoted"),
    [
        ('"The stockpile will help us," she said.', "stockpile", True),
        ("\u201cThe stockpile will help us,\u201d she said.", "stockpile", True),
        ('She said the stockpile "will help us".', "stockpile", False),
        ("She said the stockpile \u201cwill help us\u201d.", "stockpile", False),
        # a sentence going on from a quotation opened before it
        ("The stockpile will help us,\u201d she said.", "stockpile", True),
        ('The stockpile will help us," she said.', "stockpile", True),
        ("The stockpile will help us, she said.", "stockpile", False),
    ],
)
def test_quoted(sentence: str, cue: str, quoted: bool) -> None:
    event = {"_fd36_cue": (sentence, (sentence.index(cue),), ())}
    assert _s42_quoted(event) is quoted
