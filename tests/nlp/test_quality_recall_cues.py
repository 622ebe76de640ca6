"""Action cues in every form a journalist or ministry uses: irregular past tenses and the nouns
of cue verbs ("filed a complaint", "the suspension of the licence"), and the other names of each
action type's step (funding promised, approvals by other names, laws revised, offtake rights,
price supports, trade cases, plants brought online, provenance rules, understandings reached).
Each family beside near misses, where the same words state no step. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.cues import action_forms
from nlp.extract import Extractor
from nlp.lexicon import expand

STATED = [
    # every form of a cue verb
    # irregular past tenses
    ("investment", "The state bank lent $300 million to the Australian graphite refinery."),
    ("bloc_formation", "Argentina left the lithium producers' alliance in March, officials said."),
    # the noun of the step
    ("trade_measure", "Canada filed a WTO complaint against China over graphite anode subsidies."),
    ("trade_measure", "The EU's complaint at the WTO targets Indonesia's nickel policy."),
    (
        "permitting",
        "The ministry ordered the suspension of the licence of the Peruvian copper mine.",
    ),
    ("permitting", "Chile announced the renewal of the lithium concession for another decade."),
    ("permitting", "Officials announced the revocation of three cobalt mining permits in Congo."),
    # (a law named by the stockpile it sets up is the stockpile since session 18, helper actps)
    ("strategy", "Japan's cabinet approved a revision of the law on rare earth mining."),
    (
        "bloc_formation",
        "Brazil welcomed the expansion of the critical minerals alliance to Africa.",
    ),
    ("agreement", "The conclusion of the lithium agreement between Chile and Japan came in May."),
    # investment: money committed told with a verb of paying for a thing
    ("investment", "The Energy Department will fund a lithium refinery in Nevada, officials said."),
    (
        "investment",
        "The Pentagon has been funding a rare earth separation plant in Texas since 2022.",
    ),
    (
        "investment",
        "Japan's JOGMEC agreed to bankroll the Australian cobalt project alongside Sumitomo.",
    ),
    ("investment", "Canada and Germany will co-fund a graphite anode plant in Quebec."),
    (
        "investment",
        "The U.S. export credit agency will underwrite construction of a nickel refinery in Indonesia.",
    ),
    ("investment", "Chile's government will recapitalise the state copper miner Codelco."),
    (
        "investment",
        "The Saudi state fund took a shareholding in the Brazilian nickel miner last week.",
    ),
    (
        "investment",
        "The White House announced subsidies for domestic processing of lithium and cobalt.",
    ),
    (
        "investment",
        "Bolivia signed a contract worth about $1 billion with a Chinese group for two lithium plants.",
    ),
    (
        "investment",
        "A rare earth processing facility partly funded by the U.S. Department of Defense began testing.",
    ),
    ("investment", "Germany agreed to finance a lithium refinery in Brandenburg, officials said."),
    ("investment", "Japan pledged to fund rare earth processing projects in Australia."),
    # permitting: a step told by another name, a concession reviewed or frozen
    (
        "permitting",
        "The environmental agency signed off on the rare earth processing plant in Malaysia.",
    ),
    (
        "permitting",
        "The graphite mine in Quebec received its final environmental clearance on Monday.",
    ),
    ("permitting", "Brazil's regulator gave the go-ahead for the lithium mine in Minas Gerais."),
    (
        "permitting",
        "The U.S. Forest Service published the final environmental impact statement for the copper mine in Arizona.",
    ),
    (
        "permitting",
        "Mexico's government said it would review the lithium concessions held by Chinese firms.",
    ),
    ("permitting", "The ministry froze new concessions for cobalt exploration in Congo."),
    (
        "permitting",
        "A Serbian court quashed the approval for the lithium project in the Jadar valley.",
    ),
    # Policy told as a law, regulation or plan made, changed or published
    (
        "strategy",
        "China has published draft regulations that would tighten state control over the rare earth industry.",
    ),
    ("strategy", "The ministry unveiled a national plan to develop the lithium industry."),
    ("strategy", "The government approved a new policy on critical minerals processing."),
    ("strategy", "The change would need revisions to the agency's founding law on rare earths."),
    (
        "strategy",
        "Congress approved changes to the mining law declaring lithium a strategic mineral.",
    ),
    ("strategy", "The Senate passed a bill to nationalise lithium deposits."),
    ("strategy", "Indonesia's new regulation requires nickel smelters to use domestic ore."),
    (
        "strategy",
        "The EU's Critical Raw Materials Act entered into force in May, covering lithium and graphite.",
    ),
    ("strategy", "Vietnam's government introduced a new mining law covering rare earths."),
    (
        "strategy",
        "Australia's parliament enacted legislation creating a critical minerals production tax credit.",
    ),
    # Offtake told in other words
    (
        "offtake",
        "Lynas has sold most of its rare earths output to Japanese buyers under a long-term deal.",
    ),
    (
        "offtake",
        "The Pentagon committed to buy all the neodymium magnets from the new plant for ten years.",
    ),
    ("offtake", "Ford agreed to source lithium from the Argentine project for six years."),
    (
        "offtake",
        "The state agreed to acquire the entire output of the graphite plant in Mozambique.",
    ),
    (
        "offtake",
        "Korea Zinc signed a long-term deal to supply germanium to the U.S. Defense Department.",
    ),
    (
        "offtake",
        "Japan and the United States will receive offtake rights to the gallium in line with their stakes.",
    ),
    # A price mechanism in other words
    ("price_mechanism", "The EU is considering price supports for European rare earth producers."),
    (
        "price_mechanism",
        "The scheme would top up the price received by lithium miners when markets slump.",
    ),
    (
        "price_mechanism",
        "Canberra will offer a support price for rare earth oxides produced in Australia.",
    ),
    (
        "price_mechanism",
        "The Pentagon guaranteed a price floor of $110 a kilogram for neodymium oxide.",
    ),
    (
        "price_mechanism",
        "The G7 is studying a minimum price for rare earths sold by allied producers.",
    ),
    (
        "price_mechanism",
        "Japan and the United States will explore mechanisms such as price floors for gallium.",
    ),
    # A trade case opened between governments
    (
        "trade_measure",
        "Washington requested dispute settlement consultations with Mexico over its lithium rules.",
    ),
    (
        "trade_measure",
        "The EU filed a request for consultations at the WTO over Indonesia's nickel policy.",
    ),
    (
        "trade_measure",
        "Korean officials said they could consider a WTO complaint over the graphite rules.",
    ),
    ("trade_measure", "China opened a trade case against Australian lithium hydroxide last month."),
    ("trade_measure", "India raised customs duties on imported lithium cells to 20%."),
    # A plant's step told in other words
    (
        "project",
        "The gallium refinery that Alcoa plans to build at Wagerup would produce 100 tonnes a year.",
    ),
    (
        "project",
        "YLB said the lithium plants, to be built by the consortium CBC, would use direct extraction.",
    ),
    ("project", "MP Materials began building a rare earth magnet plant in Fort Worth."),
    (
        "project",
        "Malaysia's prime minister inaugurated the rare earth processing plant in Kuantan.",
    ),
    ("project", "Albemarle will wind down its lithium hydroxide plant in Kemerton."),
    ("project", "The Indonesian nickel smelter was brought online in March."),
    ("project", "Glencore will decommission the cobalt refinery in Norway next year."),
    # Sourcing standards and reserves told in other words
    (
        "standards",
        "The rules require cobalt to be certified as conflict-free by an independent body.",
    ),
    (
        "standards",
        "Battery makers will have to trace the origin of their lithium and cobalt under the EU law.",
    ),
    (
        "standards",
        "The partners will develop a system to prove the provenance of rare earths from allied mines.",
    ),
    ("standards", "Congo introduced ESG requirements for artisanal cobalt mines."),
    ("standards", "Tungsten smelters must pass third-party audits under the new sourcing rules."),
    (
        "stockpile",
        "South Korea will stock up on lithium and nickel to guard against supply shocks.",
    ),
    ("stockpile", "India plans to build buffer stocks of rare earths and cobalt."),
    ("stockpile", "Japan holds strategic stocks of about 34 rare metals, including tungsten."),
    # An agreement between governments in other words
    ("agreement", "Japan and Chile reached an understanding on lithium supply during the visit."),
    ("agreement", "Indonesia and the EU reached an agreement in principle on nickel trade."),
    (
        "agreement",
        "Australia and India signed a charter on critical minerals cooperation, including lithium.",
    ),
    ("agreement", "The two governments issued a joint communique on rare earths supply chains."),
    (
        "agreement",
        "Canada and Germany signed an exchange of letters on critical minerals such as graphite.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    # every form of a cue verb
    # a complaint with no trade body named is no trade case
    (
        "trade_measure",
        "Residents near the Peruvian copper smelter sent complaints about dust to the city.",
    ),
    ("bloc_formation", "Prices of lithium left the market puzzled, Australian traders said."),
    ("strategy", "Analysts made a revision of their nickel forecasts for Indonesia this week."),
    # investment: money committed told with a verb of paying for a thing
    (
        "investment",
        "Australian lithium miners are seeking funding for new projects, analysts said.",
    ),
    (
        "investment",
        "The Chinese cobalt refiner gave easier access to finance as a reason for its move to Indonesia.",
    ),
    ("investment", "The fund manager sold its shares in the Canadian graphite miner."),
    ("investment", "The Chilean copper miner's contract with its workers runs until 2027."),
    (
        "investment",
        "The lithium miner said it wanted to fund its Nevada project from cash flow rather than debt.",
    ),
    ("investment", "The miner said it would need investors to help finance its lithium project."),
    # permitting: a step told by another name, a concession reviewed or frozen
    ("permitting", "Investors gave the go-ahead for the Chilean lithium producer's bond sale."),
    ("permitting", "The company will review its copper mine's water use after the drought."),
    # Policy told as a law, regulation or plan made, changed or published
    ("strategy", "Analysts revised their forecasts for lithium demand downward."),
    ("strategy", "The company unveiled a plan to build a nickel refinery in Finland."),
    ("strategy", "Codelco published its copper output figures for the quarter."),
    # Offtake told in other words
    (
        "offtake",
        "Chinese buyers took most of Australia's lithium output last year, customs data showed.",
    ),
    ("offtake", "The miner sold its stake in the Chilean copper mine to a Japanese group."),
    ("offtake", "Lithium output from Chile rose by 12% in the quarter."),
    # A price mechanism in other words
    ("price_mechanism", "Lithium prices found a floor in March, traders said."),
    ("price_mechanism", "Analysts raised their price target for the Australian lithium miner."),
    (
        "price_mechanism",
        "Strong demand from battery makers helped prop up nickel prices in Indonesia.",
    ),
    # A trade case opened between governments
    ("trade_measure", "The Chilean lithium producer settled a dispute with its workers over pay."),
    (
        "trade_measure",
        "Residents near the Peruvian copper smelter sent complaints about dust to the city.",
    ),
    (
        "negotiation",
        "Washington requested dispute settlement consultations with Mexico over its lithium rules.",
    ),
    # A plant's step told in other words
    ("project", "Western governments are building supply chains for lithium outside China."),
    ("project", "Analysts said Europe is building too few smelters to meet demand for nickel."),
    # Sourcing standards and reserves told in other words
    (
        "standards",
        "Drilling confirmed the lithium deposit is traceable for 2 kilometres along strike, the miner said.",
    ),
    ("standards", "The Australian nickel miner passed its annual financial audit."),
    ("stockpile", "Traders said lithium stocks at Chinese ports rose in May."),
    # An agreement between governments in other words
    (
        "agreement",
        "Analysts said there was little understanding of how the lithium market would react.",
    ),
    ("agreement", "The Chilean copper miner agreed with analysts that prices would rise."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)


def test_nouns_join_irregular_forms() -> None:
    """A stem with both an irregular past and a noun keeps both."""
    forms = action_forms({"lend": ["lent"]}, {"lend": ["loan"], "revis": ["revision"]})
    assert set(expand("lend~ money", forms)) >= {"lent money", "loan money", "lending money"}
    assert "revision" in expand("revis~", forms)
    assert "revision" not in expand("revis~", {"lend": ["lent"]})
