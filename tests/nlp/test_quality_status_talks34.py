"""Status readings of session 34 for talks and pacts (nlp/status.py `_sn34_talks_rules`), read
through the whole extractor with both learned models off, as the rows test the rules. Each table
holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # talks told held since a date in the perfect are still going on (R2)
        (
            "Peruvian officials have held talks with Washington on copper tariffs since January.",
            "proposed",
        ),
        (
            "Chile's government has held talks with Beijing since May on a lithium partnership "
            "that would give Chinese refiners access to its salt flats.",
            "proposed",
        ),
        (
            "Zambia and the United Arab Emirates had held talks on copper since 2023, officials "
            "said.",
            "proposed",
        ),
        # not: a round held, with no "since"
        ("Peruvian officials held talks with Washington on copper tariffs on Monday.", "agreed"),
        (
            "Chile's government has held talks with Beijing on lithium, officials said on Tuesday.",
            "agreed",
        ),
        # not: "since" past a clause break, dating something else
        (
            "Peru held talks with Washington on copper tariffs, the first since January.",
            "agreed",
        ),
    ],
)
def test_talks_held_since_a_date_go_on(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a pact named with its signing still to come is not made yet (R3)
        (
            "Canberra's offer could take the form of a framework on cobalt with Seoul to be "
            "signed at a later date, one of the officials said.",
            "proposed",
        ),
        (
            "Chile and France agreed to prepare cooperation agreements on lithium that could be "
            "signed when the Chilean president visits Paris in the autumn.",
            "proposed",
        ),
        # not: a pact signed, or one the parties say they will sign (R6)
        ("Chile and France signed a cooperation agreement on lithium on Monday.", "agreed"),
        ("Chile and France will sign a cooperation agreement on lithium in May.", "agreed"),
        # not: a pact signed whose later step is told by a clause of its own
        (
            "Chile and France signed a cooperation agreement on lithium that will be reviewed "
            "in May.",
            "agreed",
        ),
    ],
)
def test_a_pact_still_to_be_signed_is_proposed(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "agreement") == status
