"""Precision: cue words in other senses (a bloc as a place, a trade licence, a market price,
readiness to talk, a signed framework) make no policy event of that type, while the policy
sense still does. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_statuses, model_reads_otherwise, predict

from nlp.extract import Extractor


def actions(extractor: Extractor, text: str) -> list[str]:
    pred = predict(extractor, text)
    return [e["action"] for e in pred["events"]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the bloc as a place, not a grouping formed or joined
        (
            "Brussels wants projects outside the bloc to create jobs locally and refine lithium.",
            "bloc_formation",
        ),
        (
            "Demand for nickel within the bloc is set to double as carmakers build new plants.",
            "bloc_formation",
        ),
        # licences to ship goods are trade controls, not permits for mines
        (
            "Japanese magnet makers waited for permits for months after the rare earth curbs.",
            "permitting",
        ),
        (
            "Moving cobalt concentrate by road now needs a written permit from the ministry.",
            "permitting",
        ),
        (
            "Traders said import permits for tungsten ore were slow to arrive in Vietnam.",
            "permitting",
        ),
        # the market's benchmark is no price mechanism
        (
            "Chilean copper cargoes sold at a discount to international benchmark prices last week.",
            "price_mechanism",
        ),
        (
            "Nickel ore in the Philippines traded above global benchmark prices in June.",
            "price_mechanism",
        ),
        # saying one is ready to talk is no talks
        (
            "Beijing said it was ready to discuss its gallium export rules with any country.",
            "negotiation",
        ),
        (
            "Jakarta remained open to dialogue on its nickel ore policy, a spokesman said.",
            "negotiation",
        ),
        (
            "Pretoria wants to settle the platinum dispute through dialogue, the minister said.",
            "negotiation",
        ),
        # money approved for a project is investment, not a permit
        (
            "A $300 million loan facility has been authorised for the Kenyan niobium project.",
            "permitting",
        ),
        (
            "The bank's board approved a loan for a graphite refinery in Mozambique.",
            "permitting",
        ),
        # a planned plant that money is for: investment, not a project step
        (
            "The export bank will lend $300 million to Posco's planned lithium hydroxide plant "
            "in Argentina.",
            "project",
        ),
        (
            "Tokyo approved a $90 million grant for the planned rare earth separation plant in "
            "Texas.",
            "project",
        ),
        # firms described by what they do, not a plant opened
        (
            "The petition came from a group of companies operating lithium refineries in Texas.",
            "project",
        ),
        (
            "Members include firms planning or operating cobalt plants in Finland.",
            "project",
        ),
        # money offered to consumers for a purchase is no investment in projects or companies
        (
            "The law offers buyers a credit of up to $7,500 for an electric car with a lithium "
            "battery made in North America.",
            "investment",
        ),
        (
            "Berlin will give households $500 for each home battery with lithium cells.",
            "investment",
        ),
        # a trend described, not money committed
        (
            "Japanese trading houses have invested heavily in Chilean copper mines for decades.",
            "investment",
        ),
        # a framework signed by two governments is their agreement, not a national strategy
        (
            "Canberra and Tokyo signed a framework on lithium and rare earth supply on Monday.",
            "strategy",
        ),
    ],
)
def test_cue_words_in_other_senses_make_no_event(extractor, text, absent):
    assert absent not in actions(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Brazil joined the bloc of lithium producers on Tuesday.", "bloc_formation"),
        ("Ottawa issued permits for two new lithium mines in Quebec.", "permitting"),
        ("The ministry approved the construction permit for the cobalt refinery.", "permitting"),
        ("The bank approved a $200 million loan for the graphite mine in Tanzania.", "investment"),
        ("Sumitomo invested $400 million in a Philippine nickel plant.", "investment"),
        (
            "The ministry will offer miners a tax credit of $200 million for new lithium refineries.",
            "investment",
        ),
        ("Albemarle opened its lithium hydroxide plant in Kemerton.", "project"),
        ("Vale plans to build a nickel refinery in Indonesia.", "project"),
        ("Posco's planned lithium plant in Argentina was halted by the province.", "project"),
        ("Argentina granted the permit for the copper mine in San Juan.", "permitting"),
        ("Indonesia set a benchmark price for nickel ore sold to smelters.", "price_mechanism"),
        ("Washington and Tokyo held talks on a cobalt supply deal.", "negotiation"),
        ("Seoul proposed talks with Canberra to discuss lithium supply.", "negotiation"),
        ("The European Commission published a framework for critical raw materials.", "strategy"),
        ("Canberra and Tokyo signed a framework on lithium supply on Monday.", "agreement"),
    ],
)
def test_the_policy_sense_still_counts(extractor, text, action):
    assert action in actions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will restrict exports of aluminium scrap from March.",
        "Kuala Lumpur banned imports of copper scrap on Monday.",
        "The EU agreed to curb exports of magnet scrap to keep rare earths in Europe.",
    ],
)
def test_scrap_the_material_is_no_scrapping_of_the_measure(extractor, text):
    assert all(status != "revoked" for _, status in action_statuses(extractor, text))


def test_scrapping_a_measure_is_still_revoked(extractor):
    text = "Jakarta scrapped its ban on bauxite exports on Monday."
    assert ("export_control", "revoked") in action_statuses(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("BHP agreed to sell its stake in the nickel venture to a private equity firm.", "offtake"),
        (
            "BHP agreed to sell its stake in the nickel venture to a private equity firm.",
            "investment",
        ),
        ("Tianqi agreed to buy a stake in the Chilean lithium miner SQM.", "offtake"),
    ],
)
def test_shares_bought_or_sold_are_no_offtake(extractor, text, absent):
    assert absent not in actions(extractor, text)


def test_output_sold_is_still_offtake(extractor):
    text = "The Australian miner agreed to sell its lithium output to a Korean refiner."
    assert "offtake" in actions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Congo revised its mining code in 2018, raising royalties on cobalt to 10%.",
        "Guinea's parliament adopted a new mining code that raises the state's stake in bauxite mines.",
    ],
)
def test_a_mining_code_is_a_law_not_a_permit(extractor, text):
    found = actions(extractor, text)
    assert "strategy" in found
    assert "permitting" not in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # "since" as "afterwards" is no sign of a measure in force
        ("Indonesia has since signed a lithium pact with Japan.", ("agreement", "agreed")),
        ("Chile has since set up a lithium alliance with Argentina.", ("bloc_formation", "agreed")),
        # "since" with a date still is
        (
            "Indonesia's ban on nickel ore exports has been in place since 2020.",
            ("export_control", "in_force"),
        ),
        (
            "Graphite exports from China have required licences since December 1.",
            ("export_control", "in_force"),
        ),
    ],
)
def test_since_as_afterwards_is_no_measure_in_force(extractor, text, event):
    assert event in action_statuses(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cobalt stockpiles at Chinese ports have fallen to their lowest level in two years.",
        "Exchange stockpiles of copper rose for a third week in Shanghai.",
        "Nickel stockpiles fell as Indonesian supply slowed.",
    ],
)
def test_market_inventories_are_no_stockpile_policy(extractor, text):
    assert "stockpile" not in actions(extractor, text)


def test_a_government_stockpile_still_counts(extractor):
    text = "Seoul will add 100 days of rare earth supplies to its strategic stockpile."
    assert "stockpile" in actions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        ("The tariff on graphite anodes, if imposed, would be the highest on any mineral."),
        # session 22: the status model retrained with the t18 sets reads this otherwise
        model_reads_otherwise("The lithium export levy, if adopted, would take effect in 2027."),
    ],
)
def test_a_measure_under_a_condition_is_proposed(extractor, text):
    found = action_statuses(extractor, text)
    assert found
    assert all(status == "proposed" for _, status in found)


def test_a_rumoured_ban_is_no_ban(extractor):
    text = "Rumours of a cobalt export ban sent prices higher in Shanghai."
    assert "export_control" not in actions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A joint venture of two state-owned companies signed an agreement with a lithium "
        "producer in Argentina's Salta province.",
        "The state miner held talks with a Chilean firm on cobalt supplies.",
    ],
)
def test_a_deal_or_talks_between_firms_is_no_government_agreement(extractor, text):
    found = actions(extractor, text)
    assert "agreement" not in found and "negotiation" not in found


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Japan and Australia signed an agreement on lithium supply, officials said.", "agreement"),
        ("Canada and a Korean battery company signed an agreement on nickel.", "agreement"),
        ("The company said Japan and India signed an agreement on rare earths.", "agreement"),
        ("Chile and Bolivia held talks on lithium, the state companies said.", "negotiation"),
    ],
)
def test_an_agreement_a_government_enters_is_kept_beside_firms(extractor, text, action):
    assert action in actions(extractor, text)
