"""A report on several countries tells each one's steps in a run of sentences: a sentence
opening on "Its ...", "the country" or "He said the government ..." acts for the party the
sentence before opened on ("France is further along. Its fund ..."), not for the report's lead
party (helper evfresh, session 22: roles.py `evfresh_referred_actors`)."""

import pytest
from predict import predict

from nlp.extract import Extractor


def actors_of(extractor: Extractor, text: str, action: str) -> list[list[str]]:
    return [e["actors"] for e in predict(extractor, text)["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        (
            "Germany set up a raw materials fund in January to take stakes in lithium mines "
            "abroad, the economy ministry said. Spain is further ahead. Its state holding company "
            "invested 200 million euros in a lithium refinery last year.",
            "investment",
            "ESP",
        ),
        (
            "Chile signed a lithium partnership with Japan on Monday. Peru's position is "
            "different. The country's mining ministry granted an environmental permit for a "
            "copper mine in March.",
            "permitting",
            "PER",
        ),
        (
            "Indonesia banned exports of nickel ore in 2020 to force smelting at home. Vietnam's "
            "industry minister said on Tuesday that rare earth output would rise. He said the "
            "government was drafting a national critical minerals strategy.",
            "strategy",
            "VNM",
        ),
    ],
)
def test_a_reference_acts_for_the_party_the_sentence_before_opened_on(
    extractor, text, action, actor
):
    assert [actor] in actors_of(extractor, text, action)
