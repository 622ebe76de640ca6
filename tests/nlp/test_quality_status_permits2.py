"""The status of permits and projects (helper "stpp", `sc5_`, session 20), through the whole
extractor with the learned status model off (`status_rules_alone`), on sentences written here."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a cut or a hold of output is a new decision (R1), agreed (R6), not a plant still to be
        # built
        (
            "Authorities in the province ordered the region's magnesium smelters to cut output "
            "by half until the end of the year.",
            "project",
            "agreed",
        ),
        (
            "The uranium miner said on Monday it would keep production about 20% below the "
            "levels allowed under its licences.",
            "project",
            "agreed",
        ),
        # guard: a plant funded to be built is still to come (R3)
        (
            "The ministry will provide $200 million to help the company build a cobalt refinery.",
            "project",
            "proposed",
        ),
    ],
)
def test_output_levels_are_decided(status_rules_alone, extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an undoing of a permit refused or found unlawful undoes nothing (R1)
        (
            "A federal judge last month declined to void the lithium mine's federal permit.",
            "permitting",
            "agreed",
        ),
        (
            "The court rejected a bid by environmental groups to throw out the lithium mine's "
            "permit.",
            "permitting",
            "agreed",
        ),
        (
            "The government revived the lithium project on July 16 after the court ruled that "
            "its decision to cancel the company's licences had been unlawful.",
            "permitting",
            "agreed",
        ),
        # guards: a court's ruling that voids the permit, and a cancellation done, revoke it
        (
            "A federal judge on Monday voided the lithium mine's federal permit.",
            "permitting",
            "revoked",
        ),
        (
            "The ministry cancelled the company's lithium licences on Friday.",
            "permitting",
            "revoked",
        ),
    ],
)
def test_undoings_refused_undo_nothing(status_rules_alone, extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # ways or options for faster permits that a report or an order is to find: still to be
        # found, nobody has decided them (R3)
        (
            "The order also directs the ministry to identify options for streamlining the "
            "permitting processes for lithium mines.",
            "permitting",
            "proposed",
        ),
        (
            "The department is to submit a report on ways to speed up permitting for copper mines.",
            "permitting",
            "proposed",
        ),
        # guard: the speeding up decided is agreed (R6)
        (
            "The ministry will speed up permitting for lithium mines, the minister said on Monday.",
            "permitting",
            "agreed",
        ),
    ],
)
def test_ways_to_find_are_weighed(status_rules_alone, extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a plant told reopened or run by its own cue, with no status cue: running (R4), not a
        # plant still to be built
        (
            "The government has been courting investors after the copper mine's reopening last "
            "year.",
            "project",
            "in_force",
        ),
        (
            "The Kazakh and Chinese companies have since 2021 operated the uranium fuel plant.",
            "project",
            "in_force",
        ),
        # guard: a reopening still to come is weighed (R3)
        (
            "The company plans to reopen the tin mine next year.",
            "project",
            "proposed",
        ),
    ],
)
def test_plants_reopened_or_run_stand(status_rules_alone, extractor, text, action, status):
    assert status_of(extractor, text, action) == status
