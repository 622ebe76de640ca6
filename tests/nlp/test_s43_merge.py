"""s43: a question names no step, whatever its words name (its answer, another sentence, may)."""

import pytest
from predict import predict

from nlp.events import _s43_asked_from
from nlp.extract import Extractor

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
