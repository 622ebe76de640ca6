"""The status of tariffs, duties and import bans (helper "sttrade2", session 20), read by the
status rules alone on sentences written here (published 2026-03-10): a trade measure told by a
past verb of imposing or raising with a start already past applies now (R4, "since a date"),
while a start still ahead keeps the decision agreed (R6); a duty cut or a trade-remedy rate set
"already" is a decision told as done before, agreed, not a measure standing."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a past verb and a start already past: the measure applies (R4)
        ("Japan raised tariffs on Chinese tungsten products to 25% from January 1.", "in_force"),
        # a month-day later in the year than publication, read with a past verb, is last year's
        (
            "Korea imposed a 30% duty on graphite anodes made in China from October 1.",
            "in_force",
        ),
        ("Brazil raised its tariff on Chinese lithium cells to 18% from February.", "in_force"),
        # a start still ahead: the decision of the day (R6)
        ("Japan raised tariffs on Chinese tungsten products to 25% from April 1.", "agreed"),
        (
            "Japan said on Monday it will raise tariffs on Chinese tungsten products to 25% "
            "from January 1.",
            "agreed",
        ),
    ],
)
def test_a_tariff_with_a_start_already_past_applies(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a cut or a trade-remedy rate told as done beforehand: the decision (R1, R6)
        ("India has already cut tariffs on lithium cells ahead of the talks.", "agreed"),
        (
            "Korea had already set preliminary anti-dumping duties on graphite anodes from China "
            "in January.",
            "agreed",
        ),
        # a duty "already imposed" still stands (R5)
        (
            "Korea has already imposed anti-dumping duties on graphite anodes from China since "
            "January.",
            "in_force",
        ),
    ],
)
def test_a_duty_cut_or_rate_set_already_is_a_decision(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # goods let in free of a duty: an exemption from the tariff (R1)
        (
            "The United States will let a quota of Japanese aluminium enter duty-free from "
            "June 1, with the 25% tariff applying above it.",
            "revoked",
        ),
        (
            "Under the deal, the United States will let a set volume of Japanese aluminium in "
            "duty-free from April 1, with tariffs applying above that quota.",
            "revoked",
        ),
        # goods that only enter "tariff-free" now, facing a new duty: the duty is decided (R6)
        (
            "Lithium cells from Japan, which currently enter tariff-free, will face a 25% tariff "
            "from 2027.",
            "agreed",
        ),
    ],
)
def test_goods_let_in_free_of_a_duty_are_exempted(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a tariff preference begun to be granted applies (R4)
        (
            "Japan began granting zero-tariff treatment on lithium imports from the poorest "
            "countries on Sunday.",
            "in_force",
        ),
        # one still to begin is decided (R6)
        (
            "Japan will begin granting zero-tariff treatment on lithium imports from the poorest "
            "countries on June 1.",
            "agreed",
        ),
    ],
)
def test_a_tariff_preference_begun_applies(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a law's present-tense restriction in its relative clause: the law working now (R4)
        (
            "Tokyo announced the curbs on Friday in response to a U.S. law that bans imports of "
            "Japanese lithium, with waivers available until 2028.",
            "in_force",
        ),
        (
            "Cobalt from the region is kept out of the market under a law that bars it from entry "
            "unless importers prove otherwise.",
            "in_force",
        ),
        # a start still ahead: the decision (R6)
        (
            "Canada passed a law that bans imports of Russian uranium starting in 2028.",
            "agreed",
        ),
        # the news of the day told by its past verb stays the decision
        ("The United States on Tuesday banned imports of Russian uranium.", "agreed"),
    ],
)
def test_a_law_restricting_imports_in_the_present_applies(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the sentence tells the measure applying now (R4)
        (
            "Japan imposed a carbon border levy on aluminium imports on Monday, and importers must "
            "now report the emissions in their goods.",
            "in_force",
        ),
        (
            "The tariffs Korea imposed on Chinese graphite anodes on Monday now total 60%.",
            "in_force",
        ),
        # the news of the day with nothing applying now: the decision (R6)
        ("Korea imposed a 30% tariff on graphite anodes from China on Monday.", "agreed"),
    ],
)
def test_a_tariff_told_applying_now_is_in_force(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the object of talks another party urges, named by its own clause: it stands (R5)
        (
            "Seoul urged Tokyo to make progress in talks over the tariffs Japan has imposed on "
            "Korean graphite since October.",
            "in_force",
        ),
        # a tariff only planned stays weighed (R3)
        (
            "Seoul urged Tokyo to make progress in talks over planned tariffs on Korean graphite.",
            "proposed",
        ),
    ],
)
def test_a_tariff_named_by_its_own_clause_in_talks_stands(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "trade_measure") == status
