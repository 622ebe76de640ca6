"""Trade reports tell layers of duties (helper "split", session 25). A duty named more than
ANAPHORA_REACH sentences after the one a report told first ("... Buyers pay a 5% duty on nickel
matte") is another duty, an event of its own, not the first one told again. Near misses: a
reference back in the next sentences ("The tariffs will be reviewed", "officials said the
tariffs would ...") is still the duty told, so is a duty named by its owner far on ("Ecuador's
tariff ..."), and a duty dated apart was already its own."""

import pytest
from predict import predict

from nlp.extract import Extractor


def trade_events(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """(status, event_date) of each trade-measure event in one short text, in order."""
    return [
        (e["status"], e["event_date"])
        for e in predict(extractor, text)["events"]
        if e["action"] == "trade_measure"
    ]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a second duty, named three sentences on, on another good between the same parties
        (
            "Peru raised tariffs on Chinese aluminium foil to 30% on Monday, the trade ministry "
            "said. Local producers had asked for protection for two years. The ministry said "
            "imports had tripled in a decade. Lima charges duties on Chinese aluminium profiles "
            "too.",
            [("agreed", "2026-03-09"), ("in_force", None)],
        ),
        # a standing duty on another good, named far on by "the"
        (
            "Ecuador imposed a 15% tariff on Chinese copper wire on Monday. Local cable makers "
            "welcomed the step. Importers said prices would rise. The tariff on Chinese copper "
            "rod remains at 5%.",
            [("agreed", "2026-03-09"), ("in_force", None)],
        ),
        # guard: named by its owner, it is the owner's step told before (test_quality_merge)
        (
            "Ecuador imposed a 15% tariff on Chinese copper wire on Monday. Local cable makers "
            "welcomed the step. Importers said prices would rise. Ecuador's tariff on Chinese "
            "copper rod remains at 5%.",
            [("agreed", "2026-03-09")],
        ),
        # a duty the buyers pay, told with no party acting
        (
            "Indonesia set a 15% duty on Chinese nickel pig iron on Tuesday, the trade ministry "
            "said. The ministry said imports had doubled. Steelmakers objected to the step. "
            "Indonesian buyers pay a 5% duty on Chinese nickel matte.",
            [("agreed", "2026-03-10"), ("in_force", None)],
        ),
        # guard: a reference back in the next sentence is the duty told
        (
            "Peru raised tariffs on Chinese aluminium foil to 30% on Monday. The tariffs will "
            "be reviewed in a year.",
            [("agreed", "2026-03-09")],
        ),
        # guard: and so within two sentences, after a verb of saying
        (
            "Peru raised tariffs on Chinese aluminium foil to 30% on Monday. Local producers "
            "welcomed the step. Officials said the tariffs would be reviewed in a year.",
            [("agreed", "2026-03-09")],
        ),
        # guard: an older duty dated apart was its own event before this round
        (
            "Brazil imposed anti-dumping duties on Chinese silicon metal on Monday. The Chamber "
            "of Foreign Trade said local producers had lost sales. Importers said they would "
            "appeal. Brazil imposed duties on Chinese silicon wafers in 2019.",
            [("agreed", "2026-03-09"), ("in_force", "2019")],
        ),
    ],
)
def test_duty_named_far_on_is_its_own_event(
    extractor: Extractor, text: str, events: list[tuple[str, str | None]]
) -> None:
    assert trade_events(extractor, text) == events
