"""s42: the sums and tonnages an analyst's digest ranks by, as government releases write them:
a bare "$" a home-dollar government commits is its own dollar, a running total is no new
commitment, and a quota cut "from X to Y" commits Y."""

import pytest

from nlp.amounts import find_money, find_quantities, home_dollar, step_origins
from nlp.events import _sm35_not_committed


def _home(sentence: str, country: str | None, document: str | None = None):
    [money] = [m for m in find_money(sentence) if m.text.startswith(("$", "US$", "A$", "C$"))][:1]
    return home_dollar(money, country, sentence, sentence if document is None else document)


@pytest.mark.parametrize(
    ("sentence", "country", "currency"),
    [
        ("The Morrison Government will spend $300 million on a cobalt refinery.", "AUS", "AUD"),
        ("The Government of Manitoba is putting $12 million into a lithium mine.", "CAN", "CAD"),
        ("Ottawa has committed $2 billion to battery minerals processing.", "CAN", "CAD"),
        ("New Zealand will invest $20 million in a rare earths recycler.", "NZL", "NZD"),
        ("Minister Lee said the state would lend $150 million to the smelter.", "SGP", "SGD"),
        ("Canberra plans a $900 million fund for gallium and germanium.", "AUS", "AUD"),
    ],
)
def test_bare_dollar_a_home_government_commits_is_its_own(sentence, country, currency):
    money = _home(sentence, country)
    assert (money.currency, money.usd) == (currency, None)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # the government named only after a firm's sum
        (
            "Vale sold its nickel unit for $2.1 billion after the Canadian government approved it.",
            "CAN",
        ),
        # the country named as a place, not as the state acting
        (
            "Vale sold a stake in its mine in Newfoundland and Labrador to Wheaton for $390 million.",
            "CAN",
        ),
        # the US government named as "the administration"
        ("The administration's budget proposes $75 million for a uranium reserve.", "CAN"),
    ],
)
def test_bare_dollar_of_no_home_government_stays_us_dollar(sentence, country):
    assert _home(sentence, country).currency == "USD"


@pytest.mark.parametrize(
    ("sentence", "country", "document"),
    [
        # a firm of the country in wire text: the bare "$" is the US dollar
        (
            "Fortescue will invest $400 million in a lithium mine, the Australian miner said.",
            "AUS",
            None,
        ),
        # written as US dollars
        ("The Australian Government will lend US$250 million to a nickel plant.", "AUS", None),
        # the United States named beside it: a joint or US sum
        (
            "The Australian Government and the US will each put $1 billion into projects.",
            "AUS",
            None,
        ),
        ("Prime Minister Carney and President Trump agreed on $500 million of loans.", "CAN", None),
        # the document marks its local dollars, so its bare ones are US dollars
        (
            "The Canadian government will provide $75 million to the refinery.",
            "CAN",
            "Ottawa pledged C$1 billion last year. The Canadian government will provide $75 million to the refinery.",
        ),
        (
            "The federal government will spend $60 million on graphite.",
            "AUS",
            "The grant is worth 90 million Australian dollars. The federal government will spend $60 million on graphite.",
        ),
        # no country of its own dollar acting, or none known
        ("The Japanese government will provide $200 million to a copper mine.", "JPN", None),
        ("The government will provide $200 million to a copper mine.", None, None),
        # a country of its own dollar whose deals the news tells in US dollars
        ("Namibia's government will take a $40 million stake in the uranium mine.", "NAM", None),
    ],
)
def test_bare_dollar_stays_us_dollar(sentence, country, document):
    money = _home(sentence, country, document)
    assert money.currency == "USD"
    assert money.usd == pytest.approx(money.value)


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("To date, the bank has approved $2.4 billion for cobalt and copper mines.", True),
        ("The agency has lent $640 million to nickel projects so far.", True),
        ("Thus far the programme has disbursed $85 million in graphite grants.", True),
        ("The fund has made cumulative investments of $1.7 billion in lithium.", True),
        ("The grant brings the state's total support for the mine to $310 million.", True),
        (
            "The award, taking its total investment to more than $95 million, funds a pilot plant.",
            True,
        ),
        (
            "The office received applications totalling $9 billion for its battery metals grants.",
            True,
        ),
        ("Firms filed requests worth more than $3.5 billion under the scheme.", True),
        # a step's own sum, whatever the words nearby
        ("The bank approved a $75 million loan, the largest in the sector to date.", False),
        ("The ministry will invest $2 billion in total in rare earth refining.", False),
        ("It has awarded $400 million since 2020 for antimony and graphite.", False),
        ("The two grants totalling $480 million went to a lithium recycler.", False),
    ],
)
def test_running_totals_are_no_committed_sum(sentence, total):
    [money] = find_money(sentence)
    assert _sm35_not_committed(sentence, money) is total


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        (
            "The Philippines will cut its nickel ore quota from 60 million tonnes to 45 million tonnes.",
            45e6,
        ),
        (
            "Beijing set the rare earth mining quota at 150,000 tonnes, up from 140,000 tonnes.",
            150e3,
        ),
        ("The quota was lowered to 9,000 tonnes, down from about 12,000 tonnes in 2024.", 9e3),
        ("It raised the tungsten quota to 70,000 tonnes from 62,000 tonnes.", 70e3),
        # one tonnage alone is the step's, whatever stands before it
        ("Exports from 2026 will be capped at 30,000 tonnes.", 30e3),
        ("Shipments of ore from 5 million tonnes of stockpiles are allowed.", 5e6),
    ],
)
def test_a_change_commits_the_tonnage_it_reaches(sentence, committed):
    quantities = find_quantities(sentence)
    origins = step_origins(sentence, quantities)
    assert [q.tonnes for q in quantities if q.start not in origins][0] == pytest.approx(committed)


DOCUMENTS = [
    # (text, action, currency, amount_usd, quantity_t)
    (
        "The Albanese Government will commit $480 million to a rare earths stockpile for "
        "neodymium and praseodymium.",
        "stockpile",
        "AUD",
        None,
        None,
    ),
    (
        "OTTAWA - The federal government will lend $65 million to a graphite anode plant in "
        "Quebec, the natural resources minister said.",
        "investment",
        "CAD",
        None,
        None,
    ),
    (
        "Australian miner IGO will invest $250 million in a nickel refinery in Indonesia, the "
        "company said.",
        "investment",
        "USD",
        250e6,
        None,
    ),
    (
        "Indonesia plans to reduce its nickel ore production quota from 300 million tonnes to "
        "220 million tonnes in 2027.",
        None,
        None,
        None,
        220e6,
    ),
]


@pytest.mark.parametrize(("text", "action", "currency", "usd", "tonnes"), DOCUMENTS)
def test_extracted_event_carries_the_committed_sum_and_tonnage(
    extractor, text, action, currency, usd, tonnes
):
    pred = extractor.extract({"id": "s42", "title": "", "text": text, "published": "2025-09-01"})
    events = [e for e in pred["events"] if action is None or e["action"] == action]
    assert events
    event = events[0]
    assert event["currency"] == currency
    assert event["amount_usd"] == (pytest.approx(usd) if usd is not None else None)
    assert event["quantity_t"] == (pytest.approx(tonnes) if tonnes is not None else None)


def test_running_total_sentence_keeps_its_event_without_the_sum(extractor):
    text = (
        "The Export-Import Bank approved a $90 million loan for a graphite mine in Mozambique.\n\n"
        "To date, the bank has committed $1.3 billion to cobalt and nickel projects in Africa."
    )
    pred = extractor.extract({"id": "s42", "title": "", "text": text, "published": "2025-09-01"})
    sums = sorted(e["amount_usd"] for e in pred["events"] if e["amount_usd"] is not None)
    assert sums == [pytest.approx(90e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the biggest single step yet, not a running total
        "Its biggest grant so far, $95 million, went to a cobalt refinery.",
        "The bank's largest commitment to date is a $700 million loan to a copper smelter.",
        # an application round offers the money
        "The Treasury opened applications for $6 billion of tax credits for mineral processing.",
    ],
)
def test_record_steps_and_rounds_keep_their_sum(sentence):
    [money] = find_money(sentence)
    assert _sm35_not_committed(sentence, money) is False


@pytest.mark.parametrize(
    ("text", "issuer", "currency", "usd"),
    [
        # a home government's own release: its "we" commits its own dollar
        ("We have committed $50 million to a nickel processing pilot plant.", "CAN", "CAD", None),
        ("We will lend $80 million to a graphite anode plant in Townsville.", "AUS", "AUD", None),
        # no issuer: nothing says whose dollar it is
        ("We have committed $50 million to a nickel processing pilot plant.", None, "USD", 5e7),
        # another country's step on the issuer's page, and a US release, stay US dollars
        (
            "The United States will invest $1 billion in rare earths refining, the minister said.",
            "AUS",
            "USD",
            1e9,
        ),
        ("We will lend $200 million to a graphite mine.", "USA", "USD", 2e8),
    ],
)
def test_an_issuers_own_bare_dollar_is_its_home_dollar(extractor, text, issuer, currency, usd):
    doc = {"id": "rel", "text": text, "published": "2026-02-03", "issuer": issuer}
    events = [e for e in extractor.extract(doc)["events"] if e["action"] == "investment"]
    assert [(e["currency"], e["amount_usd"]) for e in events] == [(currency, usd)]
