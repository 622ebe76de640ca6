"""Small structural fixes (session 32): a sum told again in another currency is one sum; an
exclusion combo may name words that cancel it; a firm named by a word, a country and a legal
form names no country; a sentence ends after "Corp." or "U.S." when a sentence opener follows.
Read through the whole extractor with the learned models off, as the rows test the rules."""

import pytest
from predict import predict

from nlp.extract import Extractor


def sums(extractor: Extractor, text: str) -> list[tuple[str | None, float | None]]:
    """(amount as written, amount in US dollars) of each investment event of one short text."""
    return [
        (e["amount"], e["amount_usd"])
        for e in predict(extractor, text)["events"]
        if e["action"] == "investment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign sum with its dollar figure in brackets: the written sum, the dollars as USD
        (
            "Canberra will invest A$1.2 billion (US$800 million) in a lithium hydroxide refinery.",
            [("A$1.2 billion", 800e6)],
        ),
        # the dollar figure after a comma and a hedge word
        (
            "Beijing pledged 45 billion yuan, about $6.3 billion, to build rare earth smelters "
            "in Inner Mongolia.",
            [("45 billion yuan", 6.3e9)],
        ),
        # "or" and the dollar figure
        (
            "Ottawa will invest C$900 million, or US$660 million, in a nickel processing plant.",
            [("C$900 million", 660e6)],
        ),
        # the dollars first, the local sum in brackets: one sum, the dollars
        (
            "The fund will invest $182 million (A$275 million) in a graphite anode plant in "
            "Australia.",
            [("$182 million", 182e6)],
        ),
        # no conversion: a foreign sum alone has no dollar value
        (
            "Berlin will invest 400 million euros in a lithium refinery.",
            [("400 million euros", None)],
        ),
    ],
)
def test_a_sum_and_its_conversion_are_one_sum(
    extractor: Extractor, action_rules_alone: None, text: str, expected: list
) -> None:
    assert sums(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a second sum joined by "and another" is a commitment of its own (session 30)
        (
            "Tokyo will lend A$300 million (US$200 million) to the rare earths refiner and "
            "another A$150 million next year.",
            2,
        ),
        # two dollar sums with "or": a sum and its share price, never one converted sum
        (
            "The ministry will invest $170 million in the cobalt refinery, or $1.50 a share.",
            1,
        ),
    ],
)
def test_a_converted_figure_makes_no_second_investment(
    extractor: Extractor, action_rules_alone: None, text: str, count: int
) -> None:
    assert len(sums(extractor, text)) == count


def agreements(extractor: Extractor, text: str) -> list[tuple[str, ...]]:
    """The parties of each agreement event of one short text, sorted."""
    return [
        tuple(sorted(e["actors"] + e["partners"]))
        for e in predict(extractor, text)["events"]
        if e["action"] == "agreement"
    ]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the agreement signed on a named day is the news, though told as the frame
        (
            "Kazakhstan will ship uranium concentrate to France under an agreement signed on "
            "Monday in Paris, officials said.",
            [("FRA", "KAZ")],
        ),
        (
            "Japan will help Vietnam develop rare earth mines under a cooperation pact sealed on "
            "Friday during the prime minister's visit.",
            [("JPN", "VNM")],
        ),
        # an agreement of years ago told as the frame of another fact: no agreement step
        (
            "Kazakhstan shipped uranium concentrate to France under an agreement signed in 2019, "
            "officials said.",
            [],
        ),
        (
            "Japan helped Vietnam map rare earth deposits under a cooperation pact reached last "
            "year, the ministry said.",
            [],
        ),
    ],
)
def test_an_agreement_signed_on_a_named_day_is_no_background(
    extractor: Extractor, action_rules_alone: None, text: str, parties: list
) -> None:
    assert agreements(extractor, text) == parties


def test_unless_context_is_for_exclusion_combos_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A knowledge file giving `unless_context` to a combo that makes cues is refused."""
    import spacy

    from nlp import cues
    from nlp.errors import KnowledgeFileError

    spec = {
        "actions": {
            "agreement": {
                "combos": [{"triggers": ["sign~"], "context": ["pact"], "unless_context": ["x"]}]
            }
        }
    }
    statuses = {"statuses": {"agreed": ["signed"]}}
    monkeypatch.setattr(
        cues, "load_data", lambda name: spec if name == cues.ACTIONS_FILE else statuses
    )
    with pytest.raises(KnowledgeFileError, match="unless_context"):
        cues.CueMatcher(spacy.blank("en"))


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a word, a country's name and a legal form: a firm, no country
        ("Lithium Chile Inc. said it drilled new lithium brine wells in Argentina.", ["ARG"]),
        ("The ministry signed a cobalt supply deal with Cobalt Canada Corp.", []),
        ("Shares of Copper Peru Resources rose after its copper find in Ecuador.", ["ECU"]),
        ("Nickel Brazil Ltd will build a nickel plant in Indonesia.", ["IDN"]),
        # the country itself: a headline's trade word, a lower-case word before, no form after
        ("Why Chile Mining Matters for Lithium", ["CHL"]),
        ("Lithium output in Chile rose in 2023.", ["CHL"]),
        ("The lithium plant will be built in Chile Inc. officials said nothing.", ["CHL"]),
    ],
)
def test_a_firm_named_by_a_country_names_no_country(
    extractor: Extractor, text: str, countries: list[str]
) -> None:
    assert sorted(predict(extractor, text)["countries"]) == countries


def sentence_of(extractor: Extractor, text: str, name: str) -> int:
    """The sentence index of the first mention written as `name`."""
    mentions = predict(extractor, text)["mentions"]
    return next(m["sentence"] for m in mentions if m["text"] == name)


@pytest.mark.parametrize(
    ("text", "name", "sentence"),
    [
        # a short form holding its dot, then a sentence opener: two sentences
        (
            "The state miner signed a lithium supply deal with Albemarle Corp. The ministry "
            "in Chile said exports would double.",
            "Chile",
            1,
        ),
        (
            "Graphite prices rose after the ban was announced by Tesla Inc. In Canada, "
            "officials said stockpiles were low.",
            "Canada",
            1,
        ),
        (
            "Cobalt shipments were halted to the U.S. It is unclear when Congo will resume them.",
            "Congo",
            1,
        ),
        # the short form inside a sentence: one sentence
        (
            "U.S. officials met cobalt buyers in Zambia on Tuesday.",
            "Zambia",
            0,
        ),
        (
            "The U.S. Under Secretary of State discussed lithium supply with Argentina.",
            "Argentina",
            0,
        ),
        (
            "Albemarle Corp. Chief Executive Kent Masters visited Chile to discuss lithium.",
            "Chile",
            0,
        ),
    ],
)
def test_a_sentence_ends_after_a_short_form_before_an_opener(
    extractor: Extractor, text: str, name: str, sentence: int
) -> None:
    assert sentence_of(extractor, text, name) == sentence


def test_the_step_after_a_short_form_is_told_by_its_own_sentence(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = (
        "The refiner buys its ore from Vale S.A. The government of Indonesia banned nickel ore "
        "exports on Monday."
    )
    evidence = [
        e["evidence"] for e in predict(extractor, text)["events"] if e["action"] == "export_control"
    ]
    assert evidence == ["The government of Indonesia banned nickel ore exports on Monday."]


def test_on_opens_a_sentence_after_a_short_form(extractor: Extractor) -> None:
    """'On' is read as a word, not as YAML's boolean."""
    text = "The plant sells lithium to Tesla Inc. On Monday, Chile raised the royalty."
    assert sentence_of(extractor, text, "Chile") == 1
