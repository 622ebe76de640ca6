"""Status readings of session 34 for money and trade measures (docs/status-convention.md),
read through the whole extractor with both learned models off, as the rows test the rules. Each
table holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import predict, status_of

from nlp.extract import Extractor

# A lead of two sentences, so that a third sentence is told after the lead.
_LEAD = (
    "NEW DELHI - India on Tuesday raised its export duty on iron ore to 40%, the finance "
    "ministry said. The move is meant to keep ore at home for the country's steelmakers. "
)
_LEAD_TOKYO = (
    "TOKYO - Japan said on Monday it would build a rare earth stockpile. "
    "The move follows China's curbs on exports. "
)


def _status_in(extractor: Extractor, text: str, action: str, words: str) -> str | None:
    """The status of the first event of `action` whose evidence holds `words`."""
    return next(
        (
            e["status"]
            for e in predict(extractor, text)["events"]
            if e["action"] == action and words in e["evidence"]
        ),
        None,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # money whose deal the sentence tells still to be made is proposed (R3), however far
        # after the money the phrase stands
        (
            "Paris has offered a support package worth about 150 million euros, including "
            "cheaper power for the smelters, in exchange for reforms to the industry, but the "
            "so-called cobalt pact has yet to be signed amid local opposition.",
            "proposed",
        ),
        (
            "Australia will offer a production tax credit worth A$7 billion to lithium refiners "
            "over ten years from 2028, which requires legislation that parliament has yet to pass.",
            "proposed",
        ),
        (
            "Ottawa will lend C$300 million to the nickel refinery in Sudbury, backed by export "
            "credit guarantees for its first ten years of output, though the loan is yet to be "
            "closed.",
            "proposed",
        ),
        (
            "Seoul will put 500 billion won into a nickel refinery in Ulsan, owned with Australian "
            "partners and Japanese lenders over two decades of output, but the deal still has to "
            "be ratified by the national assembly.",
            "proposed",
        ),
        # not: a fund's own later investments, steps before paying out, a decision told first
        (
            "The state fund, launched with 1 billion euros in 2023 to take stakes in lithium "
            "projects at home and abroad, has yet to sign a single investment.",
            "agreed",
        ),
        (
            "The Energy Department agreed in May to lend $500 million to the lithium plant in "
            "Nevada, and the company still has to complete its due diligence.",
            "agreed",
        ),
        (
            "The Energy Department agreed in May to lend $500 million to the lithium plant in "
            "Nevada, but the loan has yet to be closed.",
            "agreed",
        ),
    ],
)
def test_money_whose_deal_is_yet_to_be_made_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "investment") == status


@pytest.mark.parametrize(
    ("sentence", "words", "status"),
    [
        # an undated rate cut told after the lead is the new level announced (R1, R6)
        (
            "The minister also reduced the import duty on cobalt to 2.5% from 5%.",
            "reduced",
            "agreed",
        ),
        ("The budget also lowered duties on nickel powder to 5% from 7.5%.", "lowered", "agreed"),
        # not: a measure restated with no cut, which stands (restated in force)
        ("The import duty on cobalt stays at 5%.", "stays", "in_force"),
    ],
)
def test_an_undated_rate_cut_after_the_lead_is_agreed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    sentence: str,
    words: str,
    status: str,
) -> None:
    assert _status_in(extractor, _LEAD + sentence, "trade_measure", words) == status


def test_a_cut_that_failed_is_no_cut(
    extractor: Extractor, status_rules_alone: None, action_rules_alone: None
) -> None:
    # a cut negated or refused right before it leaves the tariffs standing
    text = (
        "BRUSSELS - The EU and Washington published a joint statement on Thursday on their trade "
        "deal. The deal covers cars and farm goods. Steelmakers said the failure to lower the "
        "U.S. aluminium tariffs was a disappointment."
    )
    assert _status_in(extractor, text, "trade_measure", "failure") == "in_force"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the further money a package is forecast to unlock or bring in is its effect, no step
        # weighed: the money keeps its own reading
        (
            "The member states' money is expected to unlock a further 6 billion euros of private "
            "investment in lithium refining.",
            "agreed",
        ),
        (
            "The scheme, backed by Rs 2,000 crore of central funds, is expected to bring in about "
            "Rs 9,000 crore of investment in lithium recycling.",
            "agreed",
        ),
        (
            "The G7 package was expected to unlock C$5 billion in critical minerals projects.",
            "agreed",
        ),
        # not: money a party is expected to invest or provide, still weighed (R3)
        ("Tokyo is expected to invest $500 million in the lithium refinery.", "proposed"),
        (
            "Japan's state lender is expected to provide a $300 million loan to the nickel mine.",
            "proposed",
        ),
    ],
)
def test_money_a_package_is_expected_to_unlock_keeps_its_reading(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "investment") == status


@pytest.mark.parametrize(
    ("sentence", "words", "status"),
    [
        # money lent or invested "since then" in the present perfect stands (R4)
        (
            "Since then Tokyo has backed Australia's Lynas Rare Earths through loans and equity "
            "from JOGMEC.",
            "Lynas",
            "in_force",
        ),
        (
            "Since then, the state lender JOGMEC has financed three lithium mines in Argentina.",
            "Argentina",
            "in_force",
        ),
        # not: a one-off award, nor "has since" with no "since then" opening the sentence
        (
            "Since then the Pentagon has awarded $40 million to MP Materials for a rare earth "
            "plant.",
            "Pentagon",
            "agreed",
        ),
        (
            "Tokyo has since backed Australia's Lynas Rare Earths with a $250 million loan.",
            "Lynas",
            "agreed",
        ),
    ],
)
def test_money_flowing_since_then_stands(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    sentence: str,
    words: str,
    status: str,
) -> None:
    assert _status_in(extractor, _LEAD_TOKYO + sentence, "investment", words) == status
