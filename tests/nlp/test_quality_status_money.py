"""The status of money, price and talks steps (helper "stmoney", session 19), through the whole
extractor on sentences written here: a price told as following a standing benchmark now
applies (R4); a bare "would" right before a money or talks step, with no verb of saying before
it, is what a text or a party would do, not yet decided (R3)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # prices told as following a government's benchmark now: the price rule applies (R4)
        (
            "Domestic cobalt ore prices in Zambia are now settling at or above the government's "
            "benchmark, traders said.",
            "in_force",
        ),
        (
            "The new royalty on nickel ore in Indonesia climbs in steps that rise with the "
            "government's benchmark price.",
            "in_force",
        ),
        (
            "The monthly formula for nickel ore in Indonesia starts from the ministry's "
            "reference price for nickel.",
            "in_force",
        ),
    ],
)
def test_a_price_told_as_following_a_benchmark_applies(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "price_mechanism") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a bare "would" right before the step, no verb of saying before it: not yet decided
        (
            "The Critical Minerals Security Act would spend about $2 billion on lithium and "
            "cobalt refining in the United States.",
            "investment",
            "proposed",
        ),
        (
            "Miners in Indonesia would have to build nickel smelters, and the government would "
            "offer tax incentives to investors in nickel processing.",
            "investment",
            "proposed",
        ),
        (
            "The cobalt pact, floated by Germany's economy minister in May, would also provide "
            "about 300 million euros to Congo's cobalt refiners.",
            "investment",
            "proposed",
        ),
        # after a verb of saying, the actor's own word of what it will do: decided (R6)
        (
            "The Australian government said it would spend about A$500 million on a lithium "
            "refinery in Western Australia.",
            "investment",
            "agreed",
        ),
        (
            "Canada's finance minister told reporters that Ottawa would provide C$300 million "
            "to graphite producers in Quebec.",
            "investment",
            "agreed",
        ),
    ],
)
def test_a_bare_would_before_a_money_step_is_not_yet_decided(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # talks named with the participle or clause of their start, then told stalled in the
        # perfect: still talks, going on (R2)
        (
            "Negotiations between Chile and Canada on a lithium pact, launched in May, have "
            "stalled over royalties.",
            "proposed",
        ),
        (
            "Talks between Japan and Indonesia on a nickel supply pact, which began last April, "
            "have yet to produce a deal.",
            "proposed",
        ),
        (
            "Negotiations on a cobalt pact between Congo and Zambia have made little progress "
            "since they opened in March.",
            "proposed",
        ),
        # talks held, with no word of a stall: held (R2, R6)
        (
            "Chile and Canada held talks on a lithium pact on Tuesday.",
            "agreed",
        ),
    ],
)
def test_talks_told_as_stalled_are_still_talks(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the money a programme is to mobilise, told by its aim: the programme's target (R6)
        (
            "The lithium partnership, launched by Japan in March, aims to mobilise up to $20 "
            "billion for lithium refining in Africa.",
            "agreed",
        ),
        (
            "Under the cobalt initiative launched last year, Berlin intends to mobilise 5 "
            "billion euros of investment in cobalt refining.",
            "agreed",
        ),
        # a party's own plan to spend, not a programme's target: still weighed (R3)
        (
            "Japan plans to invest $2 billion in lithium refining in Chile.",
            "proposed",
        ),
    ],
)
def test_the_money_a_programme_is_to_mobilise_is_its_target(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "investment") == status
