"""Status at the in force / agreed boundary read from the clause that names the measure (helper
stforce, session 27), through the whole extractor on sentences written here (published
2026-03-10), rules alone."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact named by the clause of its signing is that signature (R6), even as the frame of
        # something done under it now
        (
            "Zambia's first cobalt refinery is the opening project under the minerals "
            "partnership the two governments signed in May 2024.",
            "agreement",
            "agreed",
        ),
        (
            "Exporters can now ship graphite duty-free under the trade pact Vietnam signed with "
            "Chile in 2023.",
            "agreement",
            "agreed",
        ),
        (
            "The pilot is the latest step under the Canada-Korea Critical Minerals Partnership "
            "signed in October 2022.",
            "agreement",
            "agreed",
        ),
        # not changed: a deal named as a frame by another verb stands once old
        (
            "Ottawa is working with Washington under a joint action plan on critical minerals "
            "agreed in 2020.",
            "agreement",
            "in_force",
        ),
        # a restriction named by an undated clause of its own verb stands (R5), whatever the
        # date of the clause that names it
        (
            "Steelmakers on Monday asked the government to exempt coking coal from the 30% tariff "
            "Pretoria imposed on imports from Australia.",
            "trade_measure",
            "in_force",
        ),
        (
            "Chile and Peru agreed on Sunday to open talks over the 40% tariffs Washington "
            "imposed on their copper goods.",
            "trade_measure",
            "in_force",
        ),
        # not changed: the naming clause dates the measure as the day's news
        (
            "Chile and Peru agreed on Sunday to open talks over the 40% tariffs that Washington "
            "imposed on their copper goods on Friday.",
            "trade_measure",
            "agreed",
        ),
        # not changed: a court's ruling undoes the measure named after it
        (
            "A federal court on Monday blocked most of the tariffs imposed under the emergency "
            "law on Peruvian copper, ruling that the president had exceeded his powers.",
            "trade_measure",
            "agreed",
        ),
        # not changed: a verb setting a new level of the measure named is the step (R1)
        (
            "Under the truce, Washington will halve the tariffs it imposed on Peruvian copper "
            "goods, officials said on Monday.",
            "trade_measure",
            "agreed",
        ),
        # a start told for the report's own day (a Tuesday): the measure applies now (R4)
        (
            "Zambia's export duties on copper concentrate take effect on Tuesday, the treasury "
            "said.",
            "export_control",
            "in_force",
        ),
        (
            "Malaysia halted exports of raw rare earth ore with effect from Tuesday, the trade "
            "ministry said.",
            "export_control",
            "in_force",
        ),
        # not changed: a start on a later day of the week
        (
            "Zambia's export duties on copper concentrate take effect on Friday, the treasury "
            "said.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_the_clause_naming_a_measure_decides_agreed_or_in_force(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status
