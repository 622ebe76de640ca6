"""A country named as the home of a firm ("China's CATL", "Swiss-based Glencore") is
no actor of the measure its sentence tells: the firm speaks or acts, its government does not.
A government word after the possessive ("China's commerce ministry", "Canada's natural
resources minister") or a measure right after it ("China's decision to restrict") keeps the
party acting. Sentences written here, read through the whole extractor."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[set[str], set[str]]:
    event = next(e for e in predict(extractor, text)["events"] if e["action"] == action)
    return set(event["actors"]), set(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        (
            "Japan's Sumitomo Metal Mining said on Monday that Indonesia had banned exports of "
            "nickel ore.",
            "export_control",
            {"IDN"},
        ),
        (
            "China's CATL, the biggest battery maker, said the tariffs that Washington imposed "
            "would raise costs.",
            "trade_measure",
            {"USA"},
        ),
        (
            "Switzerland's Glencore declared force majeure on cobalt after Congo suspended "
            "exports.",
            "export_control",
            {"COD"},
        ),
        # "X-based", "X-controlled": the same home of a firm, told as a compound
        (
            "Swiss-based Glencore declared force majeure on cobalt deliveries after Congo "
            "suspended exports.",
            "export_control",
            {"COD"},
        ),
    ],
)
def test_home_of_a_firm_does_not_act(extractor, text, action, actors):
    assert roles(extractor, text, action)[0] == actors


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        (
            "China's commerce ministry announced export controls on gallium.",
            "export_control",
            {"CHN"},
        ),
        (
            "Canada's natural resources minister announced a C$1.5 billion fund for critical "
            "minerals.",
            "investment",
            {"CAN"},
        ),
        (
            "China's decision to restrict graphite exports rattled battery makers.",
            "export_control",
            {"CHN"},
        ),
        # a law's or fund's name may hold a word of a firm ("Minerals"): still a government's
        (
            "Canada's Critical Minerals Infrastructure Fund approved C$50 million for roads to "
            "a lithium mine.",
            "investment",
            {"CAN"},
        ),
        (
            "Australia's Critical Minerals Production Tax Incentive will cover 10% of lithium "
            "refining costs, and the government launched a stockpile.",
            "stockpile",
            {"AUS"},
        ),
        # a thing the country has, not a firm: the country stays the likeliest actor
        (
            "Chile's lithium has been reserved to the state since 1979 under a national strategy.",
            "strategy",
            {"CHL"},
        ),
    ],
)
def test_government_after_the_possessive_acts(extractor, text, action, actors):
    assert roles(extractor, text, action)[0] == actors
