"""Steps a report tells again for another party or date in words that are no cue of the action
(helper listcont, session 26): "X followed in May", "X followed suit", "X did the same", an
elided clause ("joined in 2022 and Austria in 2023"), and the making of the step just told by
"first" and a participle ("The ban was first imposed in March 2019"). Each is an event of its own
of the action told before, by the party it names, on its own date. Their neighbours, a
negated following, "followed by", a "first" whose subject is another measure, stay as they
were. Known limit: a subject naming no party and no step ("A surge in prices followed in May")
is still read as the step told before on that date (a filter on the subject's noun changed
nothing on the read text and lost two events on held-out text, so it was dropped)."""

import pytest
from predict import predict

from nlp.extract import Extractor


def steps(extractor: Extractor, text: str, action: str) -> list[tuple]:
    """(status, parties, event date) of each event of `action` in one text."""
    return [
        (e["status"], tuple(sorted({*e["actors"], *e["partners"]})), e["event_date"])
        for e in predict(extractor, text)["events"]
        if e["action"] == action
    ]


def has_step(found: list[tuple], party: str, when: str | None, status: str) -> bool:
    """Whether one of the events found names `party`, on `when`, with `status`."""
    return any(s == status and party in parties and d == when for s, parties, d in found)


# (name, action, text, party, date, status) of a step the continuation tells
CONTINUED = [
    (
        "another-party-followed-a-signing",
        "agreement",
        "Chile signed a lithium cooperation memorandum with Japan in March 2024. Peru followed "
        "in May 2024.",
        "PER",
        "2024-05",
        "agreed",
    ),
    (
        "followed-suit-after-a-ban",
        "export_control",
        "Zambia banned exports of raw cobalt ore in 2021, and Malawi followed suit last year.",
        "MWI",
        "2025",
        "in_force",
    ),
    (
        "did-the-same",
        "export_control",
        "Ghana banned exports of raw manganese ore in 2023, and Togo did the same in 2024.",
        "TGO",
        "2024",
        "in_force",
    ),
    (
        "elided-clause-another-member",
        "bloc_formation",
        "Portugal joined the Minerals Security Partnership in 2022 and Austria in 2023.",
        "AUT",
        "2023",
        "agreed",
    ),
    (
        "first-imposed-after-an-ending",
        "permitting",
        "Finland ended its ban on uranium mining on Monday. The ban was first imposed in March "
        "2019.",
        "FIN",
        "2019-03",
        "in_force",
    ),
    (
        "first-announced-after-a-suspension",
        "export_control",
        "Gabon suspended its levy on manganese ore exports on Tuesday. The levy, first announced "
        "in 2022, had been due to apply from January.",
        "GAB",
        "2022",
        "agreed",
    ),
    (
        "first-agreed-before-the-closing",
        "investment",
        "Brazil's state fund bought a stake in a nickel miner on Monday. The deal, first agreed "
        "in July 2025, values the unit at $2 billion.",
        "BRA",
        "2025-07",
        "agreed",
    ),
]


@pytest.mark.parametrize(
    "action,text,party,when,status",
    [row[1:] for row in CONTINUED],
    ids=[row[0] for row in CONTINUED],
)
def test_a_continuation_is_a_step_of_its_own(
    extractor: Extractor, action: str, text: str, party: str, when: str, status: str
) -> None:
    assert has_step(steps(extractor, text, action), party, when, status)


# (name, action, text, how many events of the action)
UNCHANGED = [
    (
        "negated-following",
        "export_control",
        "Zambia banned exports of raw cobalt ore in 2021. The European Union has so far not "
        "followed.",
        1,
    ),
    (
        "first-with-another-subject",
        "export_control",
        "Beijing imposed export controls on gallium in 2023. China first imposed the taxes in "
        "2008.",
        1,
    ),
    (
        "followed-by-is-no-continuation",
        "export_control",
        "Zambia banned exports of raw cobalt ore in 2021, followed by a levy on copper "
        "concentrate.",
        1,
    ),
]


@pytest.mark.parametrize(
    "action,text,count", [row[1:] for row in UNCHANGED], ids=[row[0] for row in UNCHANGED]
)
def test_no_continuation_without_a_new_party_or_step(
    extractor: Extractor, action: str, text: str, count: int
) -> None:
    assert len(steps(extractor, text, action)) == count
