"""The status of permits and standards (helper "stperm", `sb2_`), through the whole extractor
with the learned status model off (`status_rules_alone`), on sentences written here."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a party working or pushing for standards: the cooperation is decided (R6), like
        # working towards common standards (session 17)
        (
            "Canada and Germany said they would work to raise environmental standards for "
            "cobalt mining.",
            "standards",
            "agreed",
        ),
        (
            "Japan and India agreed to set up a panel on rare earths and to work on shared "
            "standards for mining.",
            "standards",
            "agreed",
        ),
        (
            "The G7 leaders said they would push for higher mining standards for lithium and "
            "cobalt.",
            "standards",
            "agreed",
        ),
        # an approval still needed under a named law: not granted yet (R3)
        (
            "The Nevada lithium project still needs federal approval under the Environmental "
            "Review Act, the U.S. company said.",
            "permitting",
            "proposed",
        ),
        # a permit told in the passive as not renewed ended (R1, session 15)
        (
            "The U.S. government's lithium mining leases in Nevada were not renewed in "
            "December 2016.",
            "permitting",
            "revoked",
        ),
        # a permit freeze still planned is weighed (R3 before R1)
        (
            "Indonesia plans to stop issuing permits for new nickel smelters, officials said on "
            "Monday.",
            "permitting",
            "proposed",
        ),
        # guard: the freeze done undoes the permits (R1)
        (
            "Indonesia stopped issuing permits for new nickel smelters on Monday.",
            "permitting",
            "revoked",
        ),
        # guards: an approval granted stays agreed; a government's "could" on its own step
        # still weighs it
        (
            "Nevada granted federal approval for the lithium mine under the Environmental "
            "Review Act on Monday.",
            "permitting",
            "agreed",
        ),
        (
            "Chile could approve the lithium mining permits next year, the minister said.",
            "permitting",
            "proposed",
        ),
    ],
)
def test_permits_and_standards(status_rules_alone, extractor, text, action, status):
    assert status_of(extractor, text, action) == status
