"""s43: a measure carried on later (extended, renewed, tightened) on a date of its own is a step
of its own, not merged into the first telling; and a question names no step, whatever its
words name (its answer, another sentence, may)."""

import pytest
from predict import predict

from nlp.events import _s43_asked_from, _s43_extended
from nlp.extract import Extractor

# (id, text, action, events of that action)
EXTENDED = [
    (
        "prolonged-later-month",
        "Zimbabwe halted exports of lithium ore on 3 January. In February Zimbabwe prolonged "
        "the ban until the end of the year.",
        "export_control",
        2,
    ),
    (
        "passive-later-month",
        "Guinea stopped bauxite exports from two ports on 9 January. The ban was renewed in "
        "February for another quarter.",
        "export_control",
        2,
    ),
    (
        # guard: undated, the words describe the measure's course, not a step told apart
        "undated-guard",
        "Zimbabwe halted exports of lithium ore on 3 January. Zimbabwe has since prolonged "
        "the ban several times.",
        "export_control",
        1,
    ),
    (
        # guard: carried on in the month it was made, the news told twice (both days before the
        # report of 10 March: a past day after it would be last year's)
        "same-month-guard",
        "Zimbabwe halted exports of lithium ore on 3 March. On 6 March Zimbabwe extended the "
        "ban to lithium concentrate.",
        "export_control",
        1,
    ),
]


@pytest.mark.parametrize(
    ("text", "action", "n"), [c[1:] for c in EXTENDED], ids=[c[0] for c in EXTENDED]
)
def test_a_measure_carried_on_on_a_date_of_its_own_is_a_step(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert sum(e["action"] == action for e in predict(extractor, text)["events"]) == n


@pytest.mark.parametrize(
    ("evidence", "cue", "extended"),
    [
        ("In August Zimbabwe prolonged its lithium ore ban.", "ban", True),
        ("The quotas were renewed in April.", "quotas", True),
        ("The curbs, tightened in May, now cover gallium.", "curbs", True),
        ("Officials have broadened the export controls to cover indium.", "export controls", True),
        ("Miners say the prolonged ban has cost them buyers.", "ban", False),
        ("The licensing rules extend to graphite.", "licensing rules", False),
        ("The gap has widened as licensed exports fell.", "licensed exports", False),
        ("The regulator extended the deadline for miners under the ban.", "ban", False),
        ("Zimbabwe banned lithium exports.", "banned", False),
    ],
)
def test_extended_reads_the_verb_acting_on_the_measure(
    evidence: str, cue: str, extended: bool
) -> None:
    assert _s43_extended(evidence, cue) is extended


# (id, text, action, events of that action)
ASKED = [
    (
        "question-then-no",
        "Does the Quad plan set a floor price for rare earths?\n\nNo.",
        "price_mechanism",
        0,
    ),
    (
        "yes-no-question",
        "Will Jakarta ban bauxite exports next year? Analysts are divided.",
        "export_control",
        0,
    ),
    (
        "question-turn",
        "Q: Would Chile ever nationalise its lithium mines?\n\nA: That is not our plan.",
        "investment",
        0,
    ),
    (
        # the answer tells the step, the question before it nothing more
        "answer-tells",
        "What did Ottawa decide on graphite? It imposed a 25% tariff on Chinese graphite "
        "anodes on Friday.",
        "trade_measure",
        1,
    ),
    (
        # guard: the clause before the colon is told as fact
        "fact-before-question",
        "Japan and Chile signed a lithium supply pact in May: will Korea follow?",
        "agreement",
        1,
    ),
    (
        # guard: a quoted question inside a statement
        "quoted-question-guard",
        '"Why should we ship raw ore?" the minister asked, announcing a ban on bauxite '
        "exports from July.",
        "export_control",
        1,
    ),
]


@pytest.mark.parametrize(("text", "action", "n"), [c[1:] for c in ASKED], ids=[c[0] for c in ASKED])
def test_a_question_names_no_step(extractor: Extractor, text: str, action: str, n: int) -> None:
    assert sum(e["action"] == action for e in predict(extractor, text)["events"]) == n


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Does the plan set a floor price?", 0),
        ('He asked: "Will the ban stay?"', 10),
        ("Q: Is a deal near?", 3),
        ("Japan signed a pact in May; will Korea follow?", 28),
        ("Prices rose, the minister said.", None),
        ('"Why ship raw ore?" the minister asked, announcing a ban.', None),
    ],
)
def test_asked_from_is_where_the_closing_question_begins(sentence: str, asked: int | None) -> None:
    assert _s43_asked_from(sentence) == asked
