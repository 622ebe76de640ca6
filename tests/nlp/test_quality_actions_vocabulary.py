"""Wordings of each action type that the cue files learned in session 13, from the misses of the
training text read by type (docs/learned-models.md, session 13): each sentence, written here,
must be read as its action type, and the near-misses beside them must not be."""

import pytest
from predict import action_types, model_reads_otherwise, predict

from nlp import action_model
from nlp import status as status_rules


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # price mechanisms: a state-set preferential price, a price band
        ("price_mechanism", "Chile will sell lithium at a preferential price to cathode makers."),
        (
            "price_mechanism",
            "Beijing told smelters to keep cobalt prices within a reasonable range.",
        ),
        # offtake: an anchor buyer, a take-or-pay contract, a right to buy the output
        ("offtake", "A Korean utility signed a take-or-pay contract for uranium from Kazakhstan."),
        ("offtake", "Japan secured the right to buy half of the mine's nickel output."),
        # standards: traceability from mine to market
        ("standards", "Rwanda launched a tracing system for tin and tantalum from mine to market."),
        # strategy: mining taxes and royalties, state control, production quotas
        ("strategy", "Kazakhstan raised the mineral extraction tax on uranium to 9%."),
        ("strategy", "Congo declared cobalt a strategic substance under its mining code."),
        ("strategy", "China cut its production quotas for rare earth smelting this year."),
        # investment: incentive schemes and tax holidays
        ("investment", "India approved a production-linked incentive scheme for lithium cells."),
        # permitting: land opened to mining, a work plan approved
        ("permitting", "Ghana opened new areas in the north to exploration for lithium."),
        ("permitting", "Jakarta approved the mining work plan for the Weda Bay nickel mine."),
        # project: construction begun, output cut
        ("project", "Albemarle began construction of a lithium hydroxide plant in Australia."),
        # negotiation: consultations held, clarification asked
        ("negotiation", "Japan and Chile held consultations on copper supply in Tokyo."),
        ("negotiation", "Seoul asked Chinese officials for clarification on the graphite curbs."),
        # a bloc named as the other side, by its name (the BLOC entity, not the word "bloc")
        ("negotiation", "Japan will consult ASEAN on rare earth supply."),
        ("agreement", "Turkey wants its customs union with the European Union to cover lithium."),
        # agreement: memoranda, a pact with a bloc
        ("agreement", "Brazil and India signed memoranda on critical minerals cooperation."),
        # trade measures: a ban on buying a country's goods
        (
            "trade_measure",
            "Congress barred defence contractors from buying Chinese rare earth magnets.",
        ),
        # export controls: shipments cut off
        ("export_control", "China cut off rare earth shipments to Japan in 2010."),
        # sanctions: a foreign-run mine seized, a sale blocked on security grounds
        ("sanction", "Niger's junta seized control of the uranium mine run by France's Orano."),
        # blocs: a partner country of a grouping
        (
            "bloc_formation",
            "Bolivia, home to vast lithium reserves, became a partner country of BRICS.",
        ),
        # sanctions and strategies by a COMPANY or MINERAL context (session 14, third round): a
        # foreign-run mine or a firm nationalised is a sanction on its owner, a mineral
        # nationalised a strategy; a firm put on a control list stays a sanction
        (
            "sanction",
            "The military government nationalised the copper mine run by a Canadian firm last month.",
        ),
        (
            "sanction",
            "The junta nationalised Blue Line Mining Corp, the French-owned uranium producer.",
        ),
        ("strategy", "Bolivia nationalised lithium in 2008."),
        (
            "sanction",
            "China added two U.S. drone makers to its export control list amid a row over rare earths.",
        ),
        ("sanction", "Australia blocked a Chinese fund from raising its stake in a lithium miner."),
        (
            "strategy",
            "Seoul designated 30 minerals, among them lithium, cobalt and nickel, as critical minerals.",
        ),
        # a deal or talks with a country stay a government step; the same words with a company
        # named (a COMPANY context, session 14) are kept out below
        ("agreement", "Chile signed a lithium partnership with Japan in Tokyo."),
        ("negotiation", "Peru is in talks with Canada over copper supply."),
        # a state's floor price for a firm's output stays a price mechanism; a firm that buys at
        # a floor price (a COMPANY context before it, session 14) is kept out below
        (
            "price_mechanism",
            "The defence ministry will guarantee Northwind Metals Corp a floor price for its "
            "terbium oxide.",
        ),
        ("stockpile", "Seoul will expand its strategic reserve of gallium to 100 days."),
        # responsible sourcing promoted by governments stays standards; the same words after a
        # firm's name (a COMPANY context, session 14) are kept out below
        ("standards", "Japan and Canada agreed to promote responsible sourcing of nickel."),
        # a reserve named by its mineral (a MINERAL context, session 14)
        ("stockpile", "Congress set aside $90 million to start a vanadium reserve next year."),
        # a deal with a country named right after it (a COUNTRY context, session 14)
        ("agreement", "Chile is close to a deal with Japan on lithium supply, its minister said."),
        # officials of countries named before "met in" (a COUNTRY context), and a deal sought
        (
            "negotiation",
            "Officials from Indonesia and the European Union met in Geneva over the nickel ore ban.",
        ),
        (
            "negotiation",
            "Indonesia will seek a critical minerals arrangement with the United States.",
        ),
        # a combo with a named entity as its context (session 14): a company bought, a priced
        # contract for a mineral, a share of a mineral taken
        (
            "investment",
            "A Chinese lithium producer agreed to buy Litica Inc, which holds lithium brine assets "
            "in Argentina.",
        ),
        (
            "offtake",
            "A German carmaker signed a contract worth 300 million euros with a Canadian producer "
            "for lithium hydroxide.",
        ),
        ("offtake", "The trader will take a share of the cobalt produced at the mine."),
        ("investment", "Tokyo backed lithium producer Kestrel Ltd in 2021."),
        ("project", "The miner idled its uranium mine in March."),
        # a state's licensing of a mineral named right after it (a MINERAL context,
        # session 14), supplies to another state restricted; a government halting a firm's
        # shipments, or telling a firm (a COMPANY) to suspend them, stays an export control
        (
            "export_control",
            "Beijing's licensing of gallium has slowed deliveries to European chipmakers.",
        ),
        ("export_control", "Chinese licensing of heavy rare earths has hit carmakers in India."),
        (
            "export_control",
            "Beijing could restrict rare earth supplies to the United States, officials said.",
        ),
        ("export_control", "Congo halted cobalt shipments from the mine in March."),
        (
            "export_control",
            "India asked Kestrel Mining Ltd to suspend its lithium exports to Japan.",
        ),
        ("trade_measure", "Korea will cut tariffs on Peruvian copper."),
        ("export_control", "Beijing cut off rare earth supplies to Japan last year."),
        ("export_control", "Beijing placed curbs on copper exports in 2020."),
        # two contexts (`also_labels`, session 15): talks called for with a government named,
        # a declaration adopted with one named in the sentence, investors ordered to divest
        # with the state or their country named
        ("negotiation", "Seoul called for talks with Beijing on graphite export licences."),
        (
            "agreement",
            "The declaration adopted by Japan and Australia on Tuesday covers critical minerals "
            "supply chains.",
        ),
        (
            "sanction",
            "Canada ordered three Chinese firms to divest their stakes in Canadian lithium miners.",
        ),
        ("bloc_formation", "Argentina decided to leave the lithium producers' alliance."),
        (
            "permitting",
            "Any acquisition of the copper mine requires approval from Chile's foreign investment "
            "committee.",
        ),
        ("standards", "China published a draft national standard for rare earth magnets."),
        # session 15, fourth round: a firm's investment agreement with a government; a state's
        # own duties removed, talks held on supply and a treaty signed stay what they were
        (
            "investment",
            "A Korean cathode maker signed an investment agreement with the Moroccan government to "
            "build a lithium plant.",
        ),
        ("trade_measure", "Canada removed its duties on Chinese lithium hydroxide last month."),
        ("negotiation", "Peru held consultations with Canada on copper supply."),
        ("agreement", "Japan and Chile signed a treaty on lithium cooperation."),
        # output bought in general; a law made, a stake bought and a reserve filled stay steps
        (
            "offtake",
            "A state-backed fund will take stakes in copper mines and buy output for allied buyers.",
        ),
        ("strategy", "The president signed a law setting up a national lithium strategy."),
        ("investment", "The state miner bought a 20% stake in the nickel mine for $300 million."),
        (
            "stockpile",
            "The president said the government would look at adding lithium to the national reserve.",
        ),
        # a production tax incentive is money committed; trade ministers of several governments
        # meeting as one body, and a step one government puts to another, are talks
        (
            "investment",
            "The budget sets out a production tax incentive worth 10% of refining costs for lithium.",
        ),
        (
            "negotiation",
            "Trade ministers from Korea, Chile and Peru said on Monday they would build a lithium "
            "supply chain together.",
        ),
        ("negotiation", "Manila has raised the idea of a cobalt swap with Tokyo."),
        # tax credits named by what they pay for, and equity bought as preferred stock
        (
            "investment",
            "The Treasury issued final rules for the advanced manufacturing production credit for "
            "lithium refiners.",
        ),
        (
            "investment",
            "Cobalt refiners will benefit from the law's separate manufacturing credits.",
        ),
        (
            "investment",
            "The defence ministry will buy $200 million of preferred stock in the graphite miner.",
        ),
        # the review a project needs, named by its law
        (
            "permitting",
            "Canada still needs federal approval under the Impact Assessment Act for its lithium mine.",
        ),
        # a subsidy committed, and an initiative launched now, stay what they were
        ("investment", "The cabinet approved a subsidy of $500 million for a lithium refinery."),
        (
            "bloc_formation",
            "The United States and ten partners launched a minerals initiative to secure lithium "
            "supply.",
        ),
        # long-term contracts signed to buy stay an offtake
        (
            "offtake",
            "Japan signed long-term contracts to buy lithium hydroxide from a Chilean producer.",
        ),
        # tariffs raised, and spending committed, stay steps
        (
            "trade_measure",
            "The United States raised tariffs on Chinese graphite to 25%, escalating the tariff war.",
        ),
        ("investment", "Congress approved $3 billion in spending on cobalt refineries."),
        # the decision to build, taken or to be taken
        (
            "project",
            "The rare earth refiner expects to make a final investment decision on its Angolan plant "
            "later this year.",
        ),
        # firms named before a named bloc launched: the bloc is one of states all the same
        (
            "bloc_formation",
            "To reassure carmakers, Canada launched the Minerals Security Partnership with allies "
            "on lithium.",
        ),
        # funds a government's name owns are the state's ("China's state funds")
        ("stockpile", "China's state funds stockpiled cobalt last year."),
        # firms welcoming a deal with a government: the deal is between governments
        ("agreement", "Carmakers welcomed the minerals deal with Japan on lithium."),
        # a deal to develop or explore deposits, blocks or a joint venture (session 16: a combo
        # with a second word context, `also_context`)
        (
            "investment",
            "Vietnam's state miner signed an agreement with a Korean partner to explore three "
            "cobalt blocks in the north.",
        ),
        (
            "investment",
            "A Japanese trading house signed a deal last week to develop the country's largest "
            "graphite deposits.",
        ),
        (
            "investment",
            "The state uranium company signed a memorandum to expand its joint venture in the desert.",
        ),
        # an amount made available, a joint venture named by its amount (session 16)
        (
            "investment",
            "The energy ministry will make up to $300 million available to cobalt refiners.",
        ),
        (
            "investment",
            "The two firms formed a $2 billion joint venture to refine lithium in Chile.",
        ),
        # offtake: a sale under a deal named before it, a deal to export a mineral, output
        # marketed under a deal (session 16: combos with `also_context`)
        (
            "offtake",
            "Under the agreement, the refiner will sell cobalt sulphate to buyers in Japan.",
        ),
        (
            "offtake",
            "The utility asked the state miner to suspend its agreement to export uranium to France.",
        ),
        (
            "offtake",
            "Last year the smelter signed a deal with a Swiss trader to market its output.",
        ),
        # a plan of cooperation two governments sign (session 16, fifth round)
        ("agreement", "Vietnam and Laos signed a cooperation plan on bauxite mining."),
        # a bill amending a mining law; state export finance or export credit for a project
        ("strategy", "Zambia's Mines and Minerals Amendment Bill covers copper and cobalt."),
        ("strategy", "Lawmakers debated the minerals amendment bill on lithium on Tuesday."),
        ("investment", "The state export finance agency will back the cobalt refinery."),
        ("investment", "The lithium project has drawn export credit from Korea."),
        # financing a state lender explores or considers; a single window for permits
        (
            "investment",
            "Japan's state lender will explore financing for the nickel project in Brazil.",
        ),
        (
            "investment",
            "Russia's development bank is considering financing the platinum project in Zimbabwe.",
        ),
        ("permitting", "Zambia will open a one-stop shop for copper investors."),
        # a plant left idle, an expansion named as a thing of its own
        ("project", "The potash site in Argentina has stood idle since 2013."),
        ("project", "The nickel smelter in New Caledonia remained idle through the year."),
        ("project", "The underground expansion will lift copper output in Mongolia."),
    ],
)
def test_a_wording_learned_from_the_training_misses(extractor, action, text):
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # a refusal to take a step, one government's ministers talking over a topic, money
        # someone would need
        ("export_control", "Chile refused to impose export taxes on lithium."),
        ("negotiation", "The ministers also discussed maritime security and cobalt prices."),
        ("investment", "The miner said it would need investors to help finance its lithium mine."),
        # "the mine's output" bought is an offtake, never a takeover
        ("investment", "The US government will purchase all of the mine's antimony output."),
        # a first name is no bill, a minister's regulation no talks
        ("strategy", "Former President Bill Clinton visited the cobalt mines of Congo."),
        ("negotiation", "Indonesia issued a ministerial regulation on nickel ore exports."),
        # a company (a legal form or a known firm) named beside the deal or the talks, before or
        # after, or firms named by their kind: a firm's business, no step between governments
        # (session 14)
        ("negotiation", "Peru's state miner is in talks with Glencore over a copper stake."),
        (
            "negotiation",
            "Albemarle said it had opened talks with the government over its lithium contract.",
        ),
        (
            "agreement",
            "Cobalt Holdings said on Monday it had signed a memorandum with Congo's state miner.",
        ),
        ("agreement", "Chile signed a memorandum with a mining company on lithium."),
        ("agreement", "Tanzania signed graphite agreements with three Australian-owned companies."),
        # a deal with a country's firm, not with the country
        ("agreement", "Chile reached a deal with Morocco's Managem for cobalt."),
        # a country named near "met" that meets no one, and a deal sought is no agreement yet
        (
            "negotiation",
            "Exporters who met the requirements of China's lithium rules got licences.",
        ),
        (
            "agreement",
            "Indonesia will seek a critical minerals arrangement with the United States.",
        ),
        # a company bought is no offtake of its output, though its name holds a mineral; a
        # stake held is no money committed; a share of a market is no share of a mineral
        (
            "offtake",
            "A Chinese lithium producer agreed to buy Litica Inc, which holds lithium brine assets "
            "in Argentina.",
        ),
        (
            "investment",
            "The state miner, which holds a 20% stake in the copper mine, reported higher profits.",
        ),
        ("offtake", "The battery maker hopes to take a share of a market dominated by lithium."),
        # a firm buying at a floor price (a COMPANY context, session 14); mineral reserves in the
        # ground and a nature reserve with its area are no stockpile
        (
            "price_mechanism",
            "Under the supply contract, Halvorsen Group will buy the tungsten concentrate at a "
            "floor price for ten years.",
        ),
        ("stockpile", "Peru, home to a tenth of the world's copper reserves, held elections."),
        ("stockpile", "A share of the lithium quota is kept in reserve for strategic projects."),
        (
            "standards",
            "Borealis Nickel Ltd said the new smelter showed its commitment to responsible sourcing.",
        ),
        (
            "stockpile",
            "The government abolished a national reserve of 40,000 square kilometres in the "
            "Amazon, opening it to gold mining.",
        ),
        # money paid to a country is no money committed; "idled" right before a mineral
        # describes the mines
        ("investment", "The lithium producer agreed to pay Chile $300 million over five years."),
        ("project", "The country's idled uranium mines need buyers for their output."),
        # a firm (a COMPANY context, session 14) halting its own shipments controls no exports;
        # a trade pact's cut on a share of all goods is its schedule, no trade measure
        (
            "export_control",
            "Kestrel Mining Ltd has halted cobalt shipments from the mine for repairs.",
        ),
        ("trade_measure", "Korea will cut tariffs on 95% of Peruvian goods, including copper."),
        # curbs on another country's exports (a COUNTRY right after) are the importer's step,
        # no export control
        ("export_control", "Beijing placed informal curbs on Australian copper exports in 2020."),
        # supplies cut off to a firm (a COMPANY right after) are a sanction on it
        (
            "export_control",
            "Beijing cut off rare earth supplies to Kestrel Defense Corp last year.",
        ),
        # a MINERAL before a control list: the mineral is controlled, no party listed; a mineral
        # barred from procurement is a trade measure; a regulator's penalty at home; a mineral
        # nationalised is no sanction (session 14, third round)
        ("sanction", "China added gallium to its export control list in July."),
        ("sanction", "Congress barred the Pentagon from buying tungsten mined in China."),
        (
            "sanction",
            "The regulator threatened to sanction nickel smelters that fail to comply with the benchmark.",
        ),
        ("sanction", "Bolivia nationalised lithium in 2008."),
        (
            "strategy",
            "Leaders of the two countries adopted a joint declaration and an action plan on critical "
            "minerals.",
        ),
        # the second context missing (session 15): talks called for, a declaration adopted or
        # a sale ordered with no government or bloc named near them
        (
            "negotiation",
            "Residents of the valley have called for dialogue with the mining company over water use.",
        ),
        (
            "negotiation",
            "The transport workers sought a meeting with the port operator over unpaid wages at the "
            "copper terminal, officials in Peru said.",
        ),
        (
            "agreement",
            "The declaration was adopted by delegates of the mining associations after a long debate "
            "on tailings, water use, community consultation and safety, organisers in Chile said.",
        ),
        (
            "sanction",
            "A court ordered the founder to sell his shares in the nickel refiner within six months, "
            "according to a filing made public on Friday in Indonesia.",
        ),
        # session 15, fourth round: tariffs eliminated or phased out are a trade pact's schedule;
        # consultations asked for at the WTO open a dispute, no talks; an idea floated at home is
        # no deal between governments; a treaty ally, or what a standing treaty requires, is no
        # pact made
        (
            "trade_measure",
            "The free trade pact will eliminate tariffs on Korean cars and phase out duties on "
            "Chilean wine over ten years, and covers copper too.",
        ),
        (
            "trade_measure",
            "Ecuador will phase out tariffs on a range of Chinese goods, including lithium batteries.",
        ),
        (
            "negotiation",
            "Peru has asked for consultations with Canada at the World Trade Organization over its "
            "duties on copper rod.",
        ),
        ("negotiation", "The mines ministry first floated the idea of a lithium levy in March."),
        ("agreement", "Vietnam, a treaty ally of Japan, produces rare earths."),
        (
            "agreement",
            "The bloc's treaty requires a year's notice before a member quits, and Mali mines lithium.",
        ),
        # the law a measure was taken under is no strategy of its own; a stake already held
        # is no money committed; bullion bars sold out are no export bar; stocks buyers had built
        # up and a central bank's reserves are no state stockpile
        (
            "strategy",
            "Ottawa barred imports of Russian nickel under a law the senate passed in March.",
        ),
        (
            "strategy",
            "Chile said it could retaliate on copper under a law passed by its Congress last year.",
        ),
        (
            "investment",
            "The new state miner will be built from the government's existing stake in the nickel "
            "mine.",
        ),
        (
            "export_control",
            "Dealers in Lima had run out of bars and coins after silver shipments from the mines "
            "slowed.",
        ),
        (
            "stockpile",
            "Two hedge funds had stockpiled about 4,000 tonnes of antimony before the price spike, "
            "brokers said.",
        ),
        (
            "stockpile",
            "Battery makers had stocked up on lithium carbonate in the spring, fearing a shortage.",
        ),
        ("stockpile", "The central bank added silver to its reserves for a tenth straight month."),
        # an idea analysts raise, and ministers of other portfolios on a visit, are no talks
        (
            "negotiation",
            "Analysts have raised the idea of a cobalt partnership between Congo and Zambia.",
        ),
        ("negotiation", "Energy ministers from Korea and Chile toured a lithium plant."),
        # a firm's credit rating and a preferred route are no money committed
        ("investment", "The lithium producer said its credit rating was cut."),
        (
            "investment",
            "The graphite miner said its preferred route to market ran through Korean buyers.",
        ),
        # an impact weighed in a study is no review of a project
        ("permitting", "The study assessed the impact of lower nickel prices on miners."),
        # subsidy rates set per unit are no money committed; an initiative told with a relative
        # clause of its past is no grouping formed now
        (
            "investment",
            "Ministers approved new subsidy rates for potash fertilisers for the coming season at a "
            "cost of $2.5 billion.",
        ),
        (
            "bloc_formation",
            "Officials cited the Green Metals Initiative, which the ministry launched in 2015 to map "
            "lithium deposits.",
        ),
        # sales told as how a seller trades are no offtake struck
        (
            "offtake",
            "The trader sells uranium to Korean utilities under long-term contracts, the company "
            "said.",
        ),
        # tariffs alluded to, or a tariff dispute named as the state of relations, are no measure
        (
            "trade_measure",
            "The minister praised open trade, a veiled reference to American tariffs on Chinese "
            "lithium batteries.",
        ),
        (
            "trade_measure",
            "Chile, in a tariff dispute with Washington, said copper was not up for negotiation.",
        ),
        # state aid approved for a project is money committed, no permit
        (
            "permitting",
            "Brussels approved the battery project, clearing 2 billion euros of public support for "
            "lithium refining from five member states.",
        ),
        # a decision awaited from others is no step taken or planned
        (
            "project",
            "The lithium developer is still awaiting a final investment decision from its partners.",
        ),
        # firms forming a grouping of their own, or a grouping of firms: no grouping of states
        (
            "bloc_formation",
            "A group of steel and battery companies has launched an alliance to clean up cobalt "
            "supply chains in Zambia.",
        ),
        ("bloc_formation", "Regulators urged producers to set up a mechanism for lithium."),
        (
            "bloc_formation",
            "Three nickel producers formed a group of miners to negotiate royalties with Jakarta.",
        ),
        (
            "bloc_formation",
            "The European Commission launched an alliance with industry to build lithium refining.",
        ),
        (
            "bloc_formation",
            "Albemarle and a state lender have formed a consortium to buy lithium assets.",
        ),
        # stocks of market players and firms, and a deal a firm strikes
        ("stockpile", "Hedge funds have been stockpiling cobalt in warehouses."),
        (
            "stockpile",
            "A stockpile of nickel held by a company in Vietnam drew scrutiny from customs "
            "officials.",
        ),
        ("stockpile", "The smelter's stockpiles of cobalt ran low after the floods."),
        ("agreement", "Last week the developer signed an agreement with Australia on graphite."),
        # deals firms strike, named by their trade before or after the deal
        ("agreement", "Japanese traders signed a memorandum on rare earth supply chains."),
        (
            "agreement",
            "Agreements on lithium worth $5 billion were signed by companies at the fair, Chinese "
            "officials said.",
        ),
        # deposits to be developed with no deal named: a plan, no money committed by a deal
        ("investment", "The state miner plans to develop the graphite deposits."),
        # an amount on the market, nobody making it available
        ("investment", "Only $5 million of cobalt was available on the spot market this week."),
        # a state firm marketing its own output, a mineral carried under a transport contract
        ("offtake", "The state lithium company will market the output at home and abroad."),
        ("offtake", "Most of the potash is shipped to the port under a contract with the railway."),
        # session 16, fifth round: a takeover cleared by competition regulators is no permit; a
        # dialogue set up is talks, a buying or warning scheme no grouping, and a bloc left long
        # ago only the time of another step
        (
            "permitting",
            "The nickel miner bought the stake after Brazil's antitrust regulator approved the deal.",
        ),
        ("permitting", "The takeover of the copper miner won antitrust approval in China."),
        ("bloc_formation", "Seoul and Tokyo set up a ministerial dialogue on graphite supply."),
        (
            "bloc_formation",
            "Canberra and Delhi launched a high-level dialogue on critical minerals.",
        ),
        (
            "bloc_formation",
            "It is the first lithium deal Britain has signed since leaving the European Union.",
        ),
        (
            "bloc_formation",
            "The Commission will set up a joint purchasing mechanism for rare earths.",
        ),
        ("bloc_formation", "Brussels launched an early warning mechanism for gallium shortages."),
        # construction a permit opens the way to is the permit's news, no step on the mine
        (
            "project",
            "The regulator approved the environmental study for the copper mine, clearing the way "
            "for construction to start next year.",
        ),
        (
            "project",
            "It is one of the last approvals needed before construction of the graphite mine.",
        ),
    ],
)
def test_a_near_miss_is_not_that_action(extractor, action, text):
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "rules", a follow-up of export controls and strategies both: read back by the words
        # beside it (session 16)
        ("In 2027 the rules on royalties were lifted by Indonesia for cobalt.", "strategy"),
        ("In 2027 Indonesia lifted the rules on export licences for cobalt.", "export_control"),
    ],
)
def test_rules_read_back_as_one_action_by_their_words(extractor, text, action):
    opening = (
        "China imposed export controls on graphite in May. Japan passed a mining law for "
        "graphite in June. "
    )
    events = predict(extractor, opening + text)["events"]
    assert {e["action"] for e in events if e["evidence"] == text} == {action}


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # a firm's general duty of care, with no mineral near, is no sourcing standard
        (
            "standards",
            "The European Commission will propose legislation requiring companies to carry out "
            "due diligence on human rights in their supply chains.",
        ),
        # subsidies a trade case finds: no money committed
        (
            "investment",
            "The department said aluminium foil makers in Oman received countervailable "
            "subsidies from the state.",
        ),
        # smelters or mines stopping their own shipments: no state's control
        ("export_control", "Two of the smelters stopped shipments after the floods."),
    ],
)
def test_a_second_context_tells_a_near_miss(extractor, action, text):
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # the duty of care named with a mineral stays a sourcing standard
        (
            "standards",
            "The law requires companies that import cobalt to carry out due diligence on their "
            "suppliers.",
        ),
        ("export_control", "Indonesia stopped shipments of nickel ore in January."),
    ],
)
def test_a_second_context_keeps_the_action(extractor, action, text):
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # the power to set prices, and energy prices a state sets: no mineral price mechanism
        (
            "price_mechanism",
            "Analysts said the merger would make it easier for the state to set prices for "
            "dysprosium.",
        ),
        (
            "price_mechanism",
            "Traders said it was unclear how the new state buyer would set prices for cobalt.",
        ),
        (
            "price_mechanism",
            "The complaint said the government set energy prices for aluminium smelters below "
            "cost.",
        ),
    ],
)
def test_a_capability_to_set_prices_is_no_price_mechanism(extractor, action, text):
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a plant opened or commissioned, its mineral and product named in a long noun phrase
        "A Canadian company on Friday opened a rare earth permanent magnet factory in Estonia.",
        "The state firm commissioned a rare earth magnet alloy plant near the port on Tuesday.",
    ],
)
def test_a_plant_opened_under_a_long_name_is_a_project(extractor, text):
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # a pact still sought is no agreement concluded
        (
            "agreement",
            "Negotiators have been trying since 2021 to agree a global arrangement on low-carbon "
            "steel and aluminium.",
        ),
        # stock left, and a group of officials and firms: no grouping of states
        (
            "bloc_formation",
            "Car industry groups said buyers had only a few weeks of stock left and urged Brussels "
            "to act.",
        ),
        (
            "bloc_formation",
            "The president signed a decree setting up a multi-stakeholder group of officials and "
            "companies to oversee the mining sector.",
        ),
        # tariffs a trade agreement removes are the pact's terms, no trade measure
        (
            "trade_measure",
            "The new trade agreement will eliminate 95% of tariffs on goods between the two "
            "countries within seven years.",
        ),
        (
            "trade_measure",
            "The pact came into force on Monday, removing Korean tariffs on most Peruvian copper "
            "exports.",
        ),
    ],
)
def test_a_pact_sought_or_its_tariff_cuts_are_no_step_of_that_action(extractor, action, text):
    assert action not in action_types(extractor, text)


def test_a_tariff_cut_with_no_pact_near_stays_a_trade_measure(extractor):
    text = "Washington will cut tariffs on Chinese graphite to 10% from 25%."
    assert "trade_measure" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement came into force on Monday, removing Indian tariffs on Australian alumina "
        "and most metals.",
    ],
)
def test_tariffs_a_pact_removes_are_no_trade_measure_of_the_rules(extractor, monkeypatch, text):
    # the learned action model already drops these; the rules alone are read here
    from nlp import action_model

    monkeypatch.setattr(action_model, "USE_MODEL", False)
    assert "trade_measure" not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # an amending bill named by a mining law's title, an act amended with a mining word after
        (
            "strategy",
            "Parliament passed the Mines and Minerals (Regulation) Amendment Bill on Monday, "
            "letting private firms explore for lithium.",
        ),
        (
            "strategy",
            "The cabinet approved the amendment of the Act to let the state auction mineral "
            "concessions.",
        ),
        # a plant planned, named after the plan by its product or its mineral
        ("project", "The carmaker plans to build six battery cell factories in Europe by 2030."),
        ("project", "The miner plans to build two lithium hydroxide refineries near the port."),
    ],
)
def test_a_step_named_with_a_second_context_is_read(extractor, action, text):
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a licence a law created, a state body for a mineral a government created
        "The designation, created by last year's green industry law, covers the lithium project.",
        "The review commission, created by a 2020 law, said the state should speed up reviews for "
        "lithium plants.",
        "In 2020 the government created a critical minerals office.",
    ],
)
def test_what_a_law_or_a_government_created_is_a_strategy(extractor, text):
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a meeting governments hold, leaders met with their country or bloc named
        (
            "The United States and the European Union held the first meeting of their trade "
            "council in Pittsburgh.",
            True,
        ),
        ("The prime minister met EU leaders in Brussels for an annual summit on Thursday.", True),
        # a working group's meeting names no government
        ("Officials said the working group would hold its first meeting in March.", False),
    ],
)
def test_a_meeting_of_governments_is_talks(extractor, text, held):
    assert ("negotiation" in action_types(extractor, text)) == held


@pytest.mark.parametrize(
    ("text", "invested"),
    [
        # a joint venture a state firm forms is money committed
        (
            "Chile's state copper miner and a lithium producer agreed to form a joint venture to "
            "run the salt flat operations.",
            True,
        ),
        # two firms planning one, no state near, stay out
        ("The two miners plan to form a joint venture to process rare earths.", False),
    ],
)
def test_a_joint_venture_a_state_forms_is_an_investment(extractor, text, invested):
    assert ("investment" in action_types(extractor, text)) == invested


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # labour rights one side wants in talks: a position, no standard adopted
        (
            "standards",
            "Negotiators from Washington want enforceable commitments on labour rights in the "
            "minerals pact.",
        ),
        # support asked for or urged on a government: no money committed
        (
            "investment",
            "Industry groups welcomed the law but asked for financial support to cover the cost of "
            "holding stocks of lithium.",
        ),
        (
            "investment",
            "One association said the government should consider financial support for domestic "
            "graphite projects.",
        ),
    ],
)
def test_a_step_wanted_or_asked_for_is_not_taken(extractor, action, text):
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # a quota that buys an exemption from another country's tariff: no export control
        (
            "export_control",
            "Argentina agreed to limit aluminium shipments to the United States under an annual "
            "quota in exchange for a permanent exemption from the tariff.",
        ),
        # an open-cut mine is the mine's kind, no mine opened
        (
            "project",
            "The open-cut mine near the reef would have produced 10 million tonnes of coal a year.",
        ),
    ],
)
def test_a_kind_or_a_tariff_quota_is_no_step_of_that_action(extractor, action, text):
    assert action not in action_types(extractor, text)


def test_an_export_quota_replacing_a_ban_stays_an_export_control(extractor):
    text = "Congo replaced its cobalt export ban with a quota on Thursday."
    assert "export_control" in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # foreign buyers screened by a government: an investment-screening step
        (
            "sanction",
            "Spain has tightened screening of foreign takeovers in strategic sectors.",
            True,
        ),
        (
            "sanction",
            "The Commission proposed closer screening of foreign investments in mining.",
            True,
        ),
        # governments pledging to cooperate on such screening take no step
        (
            "sanction",
            "Canada and Japan agreed to cooperate on export rules and the screening of foreign "
            "investments.",
            False,
        ),
        # a share of output held as a right, or taken by buyers
        (
            "offtake",
            "Japan's state-backed JOGMEC holds rights to half of the mine's nickel output.",
            True,
        ),
        (
            "offtake",
            "In return, Korean buyers get a large slice of the nickel output from 2027.",
            True,
        ),
        # a country's share of world output is no deal
        ("offtake", "China's share of global graphite output rose to 80% last year.", False),
        # a bloc rejoined
        ("bloc_formation", "Morocco rejoined the African Union in 2017.", True),
    ],
)
def test_screening_output_rights_and_a_bloc_rejoined(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # governments agreeing to work together or collaborate
        (
            "agreement",
            "Chile and Japan agreed on Monday to work together on copper smelting.",
            True,
        ),
        ("agreement", "Canada and Germany agreed to collaborate on nickel refining.", True),
        # the prior approval exports of a mineral need, named far from the exports
        (
            "export_control",
            "Brazil's 2022 decree freed lithium trade from the atomic agency's prior approval, a "
            "rule that had for decades required miners to obtain clearance for each export.",
            True,
        ),
        # ore kept from leaving the country; a person barred from leaving it is no export rule
        ("export_control", "Zimbabwe has barred raw lithium ore from leaving the country.", True),
        (
            "export_control",
            "Zambia said the mine's manager was barred from leaving the country.",
            False,
        ),
        # a prior approval for investment is no export rule
        (
            "export_control",
            "Delhi now requires prior approval for any investment from neighbouring countries.",
            False,
        ),
    ],
)
def test_working_together_and_an_export_approval(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # talks to go on, and assurances asked of another government
        (
            "After the meeting in Ottawa the two sides agreed to keep talking about nickel "
            "tariffs, Canada's trade minister said.",
            True,
        ),
        (
            "Korea has asked China for assurances that graphite shipments to its battery makers will not be held up.",
            True,
        ),
        # a firm asking its bank for assurances is no talks between governments
        ("The miner asked its lenders for assurances on the copper project's loan.", False),
    ],
)
def test_talks_kept_going_and_assurances_asked(extractor, text, found):
    assert ("negotiation" in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # money that helps pay for a plant, and a plant built with a state's money
        (
            "The Energy Department will help pay for the expansion of a graphite anode plant in "
            "Louisiana.",
            True,
        ),
        (
            "The firm is building a nickel refinery in Finland with money from the Finnish state.",
            True,
        ),
        # revenue that helps pay for a recovery, and a trade body's money, commit nothing
        (
            "Peru hopes copper royalties will help pay for recovery from the floods.",
            False,
        ),
        (
            "The cobalt code, drafted with funding from an industry association, sets 20 criteria.",
            False,
        ),
    ],
)
def test_money_that_pays_for_a_plant_is_an_investment(extractor, text, found):
    assert ("investment" in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a truce or a rollback agreed, named after the time and place
        (
            "agreement",
            "Ottawa and Beijing agreed in Geneva last Friday to a 90-day truce on canola and "
            "steel tariffs.",
            True,
        ),
        # a mine reopened or restarted under a long name, a mineral in it
        ("project", "Perpetua plans to reopen the Stibnite gold-antimony mine in Idaho.", True),
        ("project", "Glencore will restart the old Kamoto copper and cobalt mine next year.", True),
        # a plant restarted with no mineral named stays to the shorter combos
        ("project", "Pilbara is preparing to restart the neighbouring Ngungaju plant soon.", False),
    ],
)
def test_a_truce_agreed_and_a_mine_reopened_under_a_long_name(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    "text",
    [
        # a deposit's rights won in a tender or an auction
        "A Chilean miner won the rights to develop a copper deposit in Ecuador at a state auction.",
        "A state venture has won the right to develop a lithium deposit in the Arctic.",
    ],
)
def test_rights_won_to_develop_a_deposit_are_a_permit(extractor, text):
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # actp: a firm's merger talks, told by the deal's price words, are no talks of governments
        (
            "negotiation",
            "The miner approached a rival producer about a merger of their copper units, but the "
            "talks stalled over valuation.",
            False,
        ),
        # actp: the talks that made a law, told in passing, are the law's step
        (
            "negotiation",
            "The law, agreed with member states in provisional talks in May, bans imports of "
            "conflict tin.",
            False,
        ),
        # actp: teams meeting in a match
        (
            "negotiation",
            "Peru and Chile will meet in the final on Sunday, with the winner taking a silver cup.",
            False,
        ),
        # talks between governments stay talks
        ("negotiation", "Japan and Chile held talks on copper supply in Tokyo.", True),
        # actp: money that is a saving or asked about is no money committed
        (
            "investment",
            "The lithium miner said the merger would unlock cost savings of about $50 million a "
            "year.",
            False,
        ),
        (
            "investment",
            "Critics said the strategy gave few details on how the cobalt plan would be funded.",
            False,
        ),
        ("investment", "Banks cut credit lines to nickel traders after the price spike.", False),
    ],
)
def test_actions_a_document_does_not_have(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # actp: a step nobody comments on, whose way is unclear, or that must wait for another
        (
            "negotiation",
            "A spokesman for Japan's trade ministry declined to comment on the talks over rare "
            "earth supply.",
        ),
        (
            "investment",
            "Traders said it was unclear how the state buyer would finance its cobalt purchases.",
        ),
        (
            "project",
            "The lithium deposit would need years of study before any mine could be built.",
        ),
    ],
)
def test_steps_not_commented_unclear_or_waiting_are_none(extractor, action, text):
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text"),
    [
        # actp: the cue rules alone (both learned models off) read no step here; the action
        # model reads none in these sentences either way, so only the rules show the guards
        # a firm's own strategy
        (
            "strategy",
            "The company said the decision reflected its value-over-volume strategy for lithium.",
        ),
        # a step a government says it is not weighing
        (
            "export_control",
            "The minister said Manila was not considering an Indonesian-style export ban on "
            "nickel ore.",
        ),
        # a consequence forecast, and what a kind of step usually takes
        (
            "project",
            "The tax cut is expected to lead to a wave of refinery construction in the province.",
        ),
        (
            "project",
            "New lithium projects typically take a decade or more to come into production.",
        ),
        # holdings firms are made to sell are a divestment ordered
        (
            "investment",
            "The ministry said one Chinese firm must sell its holdings in a lithium miner, and "
            "another its stake in a copper developer.",
        ),
        # a firm's money told as the ground of its arbitration claim
        (
            "investment",
            "The miner said it had invested $2 billion in the copper mine and would seek "
            "international arbitration.",
        ),
        # a law's text changed in the talks that made it
        (
            "negotiation",
            "The regulation lists 20 minerals, including cobalt, which were added during "
            "negotiations.",
        ),
        # grants of money, not the verb of granting a permit
        (
            "permitting",
            "The agency said the copper projects are eligible for grants under the new law.",
        ),
        # a step told as lasting long or not soon, or judged too small for what it would do
        (
            "project",
            "Opening a new copper mine in Chile takes more than a decade, the industry says.",
        ),
        ("project", "Commercial production at the nickel deposit is not expected for years."),
        (
            "project",
            "Miners said the state purchases were too small to restart idle uranium mines.",
        ),
    ],
)
def test_rules_alone_read_no_step(extractor, monkeypatch, action, text):
    monkeypatch.setattr(action_model, "USE_MODEL", False)
    monkeypatch.setattr(status_rules, "USE_MODEL", False)
    assert action not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # an output cut by a stated share or amount (actw7)
        (
            "project",
            "The aluminium producer said it would cut production by up to 8% next year.",
            True,
        ),
        ("project", "The uranium miner will reduce its 2027 output by about 15%.", True),
        # oil output cut by barrels a day, and a cut that could follow from something else
        (
            "project",
            "Oil exporters agreed to cut output by 2 million barrels per day, lifting copper too.",
            False,
        ),
        (
            "project",
            "The miner said staff shortages could lower nickel production by 3,000 tonnes.",
            False,
        ),
    ],
)
def test_output_cut_by_a_stated_share_is_a_project_step(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a grouping joined, told in a relative clause after its name, and an entry into a bloc
        (
            "bloc_formation",
            "Nickel exports to BRICS, which Indonesia joined in 2025, rose sharply.",
            True,
        ),
        (
            "bloc_formation",
            "The cabinet approved the country's entry into BRICS as a partner on critical minerals.",
            True,
        ),
        ("bloc_formation", "Ministers held their first lithium summit as full members.", True),
        # a forum that is no bloc, joined in a relative clause, forms no grouping
        (
            "bloc_formation",
            "The miner follows the transparency initiative, which Ghana joined in 2003, on gold.",
            False,
        ),
    ],
)
def test_a_bloc_joined_in_a_relative_clause_or_entered(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # licences to recover or extract a mineral, environmental decisions, a suspension lifted
        (
            "permitting",
            "The cabinet granted the state miner a licence to recover uranium from its nickel mine.",
            True,
        ),
        (
            "permitting",
            "The environment agency issued a favourable environmental decision for the lithium mine.",
            True,
        ),
        (
            "permitting",
            "The government lifted the suspension on the mineral sands project, so titanium work resumes.",
            True,
        ),
        (
            "permitting",
            "Oslo has delayed its first round of licences for seabed copper exploration.",
            True,
        ),
        (
            "permitting",
            "Lima opened a tender for the right to mine 200,000 tonnes of copper.",
            True,
        ),
        # a plant licensed to recover a metal is described, not licensed today
        (
            "permitting",
            "The mill, which is licensed to recover uranium, also treats vanadium.",
            False,
        ),
    ],
)
def test_licences_decisions_and_rounds_are_permits(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a pact that took effect, talks offered with a country named, a share of output
        (
            "agreement",
            "The regional trade pact took effect for eight members, cutting duties on nickel.",
            True,
        ),
        (
            "negotiation",
            "Washington is open to exploring a partnership with Zambia on copper and cobalt.",
            True,
        ),
        (
            "offtake",
            "Korea will in turn be entitled to buy a large part of the refinery's nickel sulphate.",
            True,
        ),
        (
            "offtake",
            "The two buyers will be entitled to a share of the mine's copper concentrate.",
            True,
        ),
        # a buyer entitled to a state's preferential price is the price scheme's, no offtake
        (
            "offtake",
            "The agency chose the cathode maker as a producer entitled to buy lithium at a preferential price.",
            False,
        ),
        # a country's output target by a year, not a firm's own
        (
            "strategy",
            "Peru aims to produce 4 million tonnes of copper a year by 2035, the minister said.",
            True,
        ),
        ("strategy", "The miner aims to produce 50,000 tonnes of lithium a year by 2028.", False),
    ],
)
def test_pacts_in_force_talks_offered_output_shares_and_targets(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # output to be held a stated share below a level, a cut extended, a smelter closed under
        # a long name with its mineral (actw7)
        (
            "project",
            "The uranium producer said it would keep production about 15% below its licensed levels.",
            True,
        ),
        (
            "project",
            "The state miner said it would extend the cut in uranium output through 2027.",
            True,
        ),
        (
            "project",
            "The owner said it would close the country's last remaining zinc smelter next year.",
            True,
        ),
        # a region's smelters told to keep output below a level with no share named
        (
            "project",
            "The province told aluminium smelters to keep output below their August levels.",
            False,
        ),
        # goods banned from a market, not a trader barred from one
        (
            "trade_measure",
            "Lawmakers passed a rule that will ban products made with child labour from the EU "
            "market, cobalt included.",
            True,
        ),
        (
            "trade_measure",
            "The regulator barred the nickel trader from the market for a year.",
            False,
        ),
        # a share of output held as a right, and a long-term agreement to import a volume
        (
            "offtake",
            "Under the deal the steelmaker gains rights to its share of the mine's lithium concentrate.",
            True,
        ),
        (
            "offtake",
            "Kenyan fertiliser companies have signed long-term agreements with Saudi Arabia's "
            "state-controlled miner Ma'aden to import 900,000 metric tons of phosphate a year.",
            True,
        ),
    ],
)
def test_output_held_plants_closed_goods_banned_and_imports_agreed(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # an environmental impact study approved or rejected (actw7)
        (
            "permitting",
            "The environment agency approved the environmental impact study for the copper mine's "
            "expansion.",
            True,
        ),
        (
            "permitting",
            "The regulator rejected the environmental impact study for the lithium project last week.",
            True,
        ),
        # a study still to be completed decides nothing
        (
            "permitting",
            "No decision on the nickel mine will be taken before an environmental impact study is "
            "completed.",
            False,
        ),
        # a bloc's members meeting representatives of other countries
        (
            "negotiation",
            "Members of the Minerals Security Partnership met with representatives of African "
            "producers on cobalt supply.",
            True,
        ),
    ],
)
def test_impact_studies_decided_and_bloc_members_meeting(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a plant closed on a day told, named before the verb (actw8)
        (
            "project",
            "The state-owned copper smelter outside the capital closed on Friday after four decades "
            "of operation.",
            True,
        ),
        # a planned refining complex dropped, and one of a region's biggest mines to open
        (
            "project",
            "The two firms said they would not go ahead with a planned lithium refining complex in "
            "the north.",
            True,
        ),
        (
            "project",
            "The company plans to open one of Africa's largest graphite mines in the south of the "
            "country.",
            True,
        ),
        # a takeover offered, a merger agreed, a deposit bought
        (
            "investment",
            "The Australian miner made a takeover offer for its smaller nickel rival last week.",
            True,
        ),
        (
            "investment",
            "The two lithium producers have agreed to merge, creating the largest miner of the metal "
            "in South America.",
            True,
        ),
        (
            "investment",
            "The state-owned fund agreed to buy a cobalt deposit in the south of the country from a "
            "Canadian explorer.",
            True,
        ),
    ],
)
def test_plants_closed_on_a_day_takeovers_and_deposits_bought(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a memorandum to buy a volume of output, and supplying output explored (actw8)
        (
            "offtake",
            "The Korean cathode maker signed a memorandum of understanding with the Canadian "
            "developer to buy up to 20,000 tonnes of nickel sulphate a year.",
            True,
        ),
        (
            "offtake",
            "The miner signed a letter of intent with a German trading house to explore supplying "
            "graphite concentrate to European anode makers.",
            True,
        ),
    ],
)
def test_memoranda_to_buy_output_and_supplying_explored(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # actps: a plant named as what a grant or loan is to help build is the money's aim
        (
            "project",
            "The energy ministry awarded the start-up $40 million to help build a graphite anode "
            "plant in Ohio.",
            False,
        ),
        (
            "project",
            "The lender approved a loan of up to $90 million to build a nickel sulphate plant on "
            "the coast.",
            False,
        ),
        ("project", "The start-up began building a graphite anode plant in Ohio.", True),
        # mines an authority orders shut are its permitting step
        (
            "project",
            "The provincial governor ordered nine cobalt mines shut on Monday after a landslide.",
            False,
        ),
        # firms described by the plants they plan, a mine kept idle, market news
        (
            "project",
            "Several companies planning nickel refineries in Finland said financing had grown "
            "harder.",
            False,
        ),
        ("project", "The tin mine, owned by a Malaysian group, is on care and maintenance.", False),
        (
            "project",
            "Japan will give grants to help firms move lithium production back home from China.",
            False,
        ),
        ("project", "Cobalt prices slid as new supply came on stream in Indonesia.", False),
        (
            "project",
            "The owner will put its zinc smelter on care and maintenance from next month.",
            True,
        ),
    ],
)
def test_plants_as_the_aim_of_money_and_plants_described(
    extractor, monkeypatch, action, text, found
):
    # the rules alone: the learned action model already drops some of these
    monkeypatch.setattr(action_model, "USE_MODEL", False)
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # actps: a rule on environmental reviews is permitting, no minerals strategy
        (
            "strategy",
            "The cabinet finalised a rule that shortens environmental reviews for new copper mines.",
            False,
        ),
        # an action plan two sides sign is their agreement; a roadmap to join a body, an accession
        ("strategy", "The two presidents signed an action plan on lithium and graphite.", False),
        ("strategy", "The OECD adopted a roadmap for Peru's accession on Thursday.", False),
        ("strategy", "The G7 leaders adopted a critical minerals action plan on Tuesday.", True),
    ],
)
def test_review_rules_and_plans_between_two_sides(extractor, monkeypatch, action, text, found):
    # the rules alone: the learned action model already drops some of these
    monkeypatch.setattr(action_model, "USE_MODEL", False)
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # actps: a factory built, named by the battery part or the mineral it makes
        (
            "project",
            "The battery maker said it would build its first European cell factory near the "
            "border to make lithium batteries.",
            True,
        ),
        ("project", "The carmaker is building a factory in Ohio for its electric models.", False),
        # a law or bill told by the stockpile it sets up is the stockpile; legislation
        # implementing a trade pact is the pact's step
        (
            "strategy",
            "Senators introduced legislation to set up a reserve that would buy, hold and sell "
            "critical minerals such as cobalt.",
            False,
        ),
        (
            "strategy",
            "The president signed legislation implementing the pact with Mexico and Canada on "
            "Wednesday, a deal that covers cobalt.",
            False,
        ),
        ("strategy", "Japan passed a law on critical minerals including cobalt.", True),
    ],
)
def test_battery_factories_stockpile_laws_and_pacts_implemented(
    extractor, monkeypatch, action, text, found
):
    # the rules alone: the learned action model reads some of these its own way
    monkeypatch.setattr(action_model, "USE_MODEL", False)
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a takeover offer turned down, a project's size told as investment, money to buy for a
        # reserve (actip): no money committed
        (
            "investment",
            "The cobalt producer's board rejected an unsolicited takeover proposal from a larger "
            "rival on Tuesday.",
            False,
        ),
        (
            "investment",
            "Together the three nickel and copper mines represent more than $9 billion of "
            "investment.",
            False,
        ),
        (
            "investment",
            "The lithium refinery is due to open in 2027, with an estimated investment of $800 "
            "million.",
            False,
        ),
        (
            "investment",
            "Lawmakers set aside $40 million for the agency to start buying locally mined vanadium "
            "for a national reserve.",
            False,
        ),
        # smelters ordered to halt output decide no licence; a deal waiting on the foreign
        # investment regulator is a permitting step (actip)
        (
            "permitting",
            "The province will order zinc smelters in three cities to cut output by a fifth over "
            "the winter.",
            False,
        ),
        (
            "permitting",
            "The sale of the lithium explorer still needs approval from Australia's Foreign "
            "Investment Review Board.",
            True,
        ),
    ],
)
def test_takeovers_refused_sizes_reserves_smelter_orders_and_regulators(
    extractor, action, text, found
):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # grants named by their state giver, and money committed as an unnamed sum (actip)
        (
            "investment",
            "Analysts pointed to Pentagon grants behind two rare earth separation ventures in Texas.",
            True,
        ),
        (
            "investment",
            "The province has set aside hundreds of millions of dollars for lithium processing "
            "plants.",
            True,
        ),
        # ... but a ministry that grants plans commits no money
        (
            "investment",
            "Each year the ministry grants the nickel miners' work plans for three years at a time.",
            False,
        ),
        # work at a project halted by an authority, and an approval received from one (actip)
        (
            "permitting",
            "Regulators halted work at the cobalt refinery after a chemical spill last month.",
            True,
        ),
        (
            "permitting",
            "The antimony developer said on Monday it had received final approval from the U.S. "
            "Forest Service.",
            True,
        ),
    ],
)
def test_state_grants_unnamed_sums_work_halted_and_approvals_received(
    extractor, action, text, found
):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a share of costs subsidised, money awarded, aid granted, a stake enlarged, the state's
        # money paying for an industry (actip)
        (
            "investment",
            "The ministry will subsidise up to half the cost of lithium mine development abroad.",
            True,
        ),
        ("investment", "The agency has awarded money for two rare earth separation studies.", True),
        (
            "investment",
            "The rules allow member states to grant aid for battery and lithium refining plants.",
            True,
        ),
        (
            "investment",
            "Norway's state fund wants to enlarge its stake to a fifth of the nickel refiner.",
            True,
        ),
        (
            "investment",
            "The law allowed the Pentagon to fund domestic production of rare earth magnets.",
            True,
        ),
        # aid granted is no permit (actip)
        (
            "permitting",
            "The rules allow member states to grant aid for battery and lithium refining plants.",
            False,
        ),
        # a decree authorising a mine's operation, and the grant of new claims stopped (actip)
        (
            "permitting",
            "The province issued a decree authorizing the company to build and operate its graphite "
            "mine.",
            True,
        ),
        (
            "permitting",
            "The province has stopped granting new mining claims near lakes while it reviews its "
            "lithium rules.",
            True,
        ),
    ],
)
def test_costs_subsidised_aid_granted_and_claims_stopped(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # a joint European project approved by the Commission is state aid cleared, no permit;
        # subsidies on fertiliser nutrients commit no money to projects (actip)
        (
            "permitting",
            "Three governments asked the Commission to approve a joint battery project for lithium "
            "cell plants.",
            False,
        ),
        (
            "investment",
            "Phosphate fertiliser makers will receive subsidies on the nutrient content of their "
            "products.",
            False,
        ),
        # arms bought by a state commit no money to minerals (actip)
        (
            "investment",
            "Canberra will scrap a 2016 contract worth about $60 billion for diesel submarines, "
            "officials in the lithium-rich state said.",
            False,
        ),
        (
            "investment",
            "Beijing sanctioned the firms over Washington's approval of an arms package worth about "
            "$8 billion, as rare earth curbs loomed.",
            False,
        ),
    ],
)
def test_european_projects_approved_fertiliser_subsidies_and_arms(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # evrec: a step told as history with a date of its own, in wordings no cue read: a pact in
        # force since a year or that took effect in a relative clause, a single licence or lease
        # granted, a project suspended or shelved, an agreement to buy or supply with its date
        # between the agreeing and the buying
        (
            "agreement",
            "Korea and Peru have had a free trade agreement in force since 2011, and Korea imports "
            "copper.",
            True,
        ),
        (
            "agreement",
            "Chile sells copper to Vietnam under their trade pact, which took effect in 2014.",
            True,
        ),
        (
            "permitting",
            "Zambia's ministry had granted the copper licence in 2012 without a hearing.",
            True,
        ),
        ("permitting", "Namibia's uranium lease, granted in May 2019, runs for 25 years.", True),
        ("project", "The miner suspended the lithium project in 2019 to save cash.", True),
        ("project", "The cobalt project was shelved in 2015 when prices collapsed.", True),
        (
            "offtake",
            "The carmaker agreed in 2021 to buy most of the mine's lithium hydroxide for five years.",
            True,
        ),
        # near misses: licences granted in numbers under an export regime, an industry shelving
        # projects, a stake bought
        ("permitting", "Beijing has granted more licences for gallium exports since May.", False),
        ("project", "Nickel producers shelved expansion projects as prices fell.", False),
        ("offtake", "The fund agreed in May to buy a 20% stake in a lithium miner.", False),
    ],
)
def test_history_told_with_a_date_of_its_own(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # evrec: a contract named by its mineral signed, a project or deposit put or kept on hold,
        # an environmental impact study thrown out
        (
            "offtake",
            "The utility signed a ten-year uranium contract with the Canadian miner in 2016.",
            True,
        ),
        ("project", "The nickel deposit has been on hold since 2015.", True),
        (
            "project",
            "The cobalt project, which the company put on hold in 2019, may restart.",
            True,
        ),
        (
            "permitting",
            "In 2012 the ministry threw out the copper mine's environmental impact study.",
            True,
        ),
        # near miss: contracts signed by an industry in general
        ("offtake", "Carmakers have been signing long-term lithium contracts with miners.", False),
    ],
)
def test_contracts_signed_projects_on_hold_and_studies_thrown_out(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # evrec: a trade case's injury finding named as such or told as a commission's finding that
        # an industry was harmed, and minerals a government deemed critical
        (
            "trade_measure",
            "The trade commission made an affirmative preliminary injury finding on tungsten "
            "carbide in March.",
            True,
        ),
        (
            "trade_measure",
            "The ITC found in May that there was a reasonable indication the U.S. magnesium "
            "industry had been harmed.",
            True,
        ),
        ("strategy", "Cobalt is among the 50 minerals the ministry deemed critical in 2021.", True),
        # near miss: firms deemed essential during a lockdown
        (
            "strategy",
            "Nickel miners deemed critical to the economy were exempted from the lockdown.",
            False,
        ),
    ],
)
def test_injury_findings_and_minerals_deemed_critical(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # evrec: a price formula or benchmark a state set, told as standing since a date
        (
            "price_mechanism",
            "Smelters say the state's benchmark for low-grade bauxite, which has applied since "
            "March 2022, is too low.",
            True,
        ),
    ],
)
def test_a_price_formula_standing_since_a_date(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("action", "text", "found"),
    [
        # evrec: one lease or licence taken back or renewed, told in the passive
        (
            "permitting",
            "The company's lithium lease was revoked in 2019 after a court ruling.",
            True,
        ),
        ("permitting", "The state's copper licence was cancelled in 2020 over unpaid fees.", True),
        # near miss: an export licence taken back stays an export control
        ("permitting", "The exporter's gallium export licence was revoked in May.", False),
    ],
)
def test_a_lease_taken_back_in_the_passive(extractor, action, text, found):
    assert (action in action_types(extractor, text)) == found


@pytest.mark.parametrize(
    ("opening", "text", "action", "date"),
    [
        # evrec2: a bare word that refers back to a stated step, told with a date of its own
        (
            "Canada imposed a 25% tariff on Chinese graphite anodes in 2024.",
            "The levy was raised to 35% in March 2026 by Canada on graphite.",
            "trade_measure",
            "2026-03",
        ),
        (
            "The United States imposed duties on Korean aluminium in 2018.",
            "The surcharge was lifted in May 2021 by the United States on aluminium.",
            "trade_measure",
            "2021-05",
        ),
        (
            "The EU imposed tariffs on Chinese electric vehicles in 2024.",
            "The investigation into lithium was opened in 2025 by the EU.",
            "trade_measure",
            "2025",
        ),
        (
            "Australia granted mining leases to two lithium miners in 2019.",
            "The leases were suspended in 2023 by Australia for lithium.",
            "permitting",
            "2023",
        ),
        (
            "Washington approved permits for three lithium mines in 2022.",
            "The approvals were overturned in 2024 by the United States for lithium.",
            "permitting",
            "2024",
        ),
        (
            "Japan gave a grant of $100 million to a nickel refiner in 2021.",
            "The grant was doubled in 2024 by Japan for nickel.",
            "investment",
            "2024",
        ),
        (
            "The European Commission introduced a reference price for cobalt in 2020.",
            "The mechanism was scrapped in 2024 by the EU for cobalt.",
            "price_mechanism",
            "2024",
        ),
        # evrec2: a mine's or plant's stated step, and subsidies, retold by a bare word
        # the rules read "reversed" as the closure told again and merge it (a row neither read
        # from session 22); the status models retrained in sessions 25-28 read the reversal as
        # a step of its own and kept it apart, the one retrained in session 29 does not
        model_reads_otherwise(
            "Glencore shut its cobalt mine in Zambia in 2019.",
            "The closure was reversed in 2023 by Zambia for cobalt.",
            "project",
            "2023",
        ),
        (
            "Codelco halted its copper smelter in Chile in 2020.",
            "The shutdown was extended in 2021 by Chile for copper.",
            "project",
            "2021",
        ),
        # the rules read the retold restart (the action model of session 18 dropped it; the
        # one retrained in session 20 keeps it)
        (
            "A Congolese miner restarted its copper mine in 2022.",
            "The restart was approved in March 2023 by Congo for copper.",
            "project",
            "2023-03",
        ),
        (
            "A Chilean miner expanded its lithium mine in 2018.",
            "The expansion was completed in 2020 by Chile for lithium.",
            "project",
            "2020",
        ),
        (
            "Japan offered subsidies to nickel refiners in 2021.",
            "The subsidies were cut in 2024 by Japan for nickel.",
            "investment",
            "2024",
        ),
        # evrec2: a freeze on permits, a plant's opening, a firm bought, retold by a bare word
        (
            "Zimbabwe froze new mining permits for lithium in 2019.",
            "The moratorium was lifted in 2022 by Zimbabwe for lithium.",
            "permitting",
            "2022",
        ),
        (
            "A Korean firm opened a lithium refinery in Australia in 2024.",
            "The opening was delayed in 2023 by Australia for lithium.",
            "project",
            "2023",
        ),
        (
            "Albemarle took a stake in a Chilean lithium miner in 2021.",
            "The acquisition was completed in 2022 by Chile for lithium.",
            "investment",
            "2022",
        ),
        (
            "Rio Tinto invested in a Canadian lithium miner in 2023.",
            "The takeover was approved in 2024 by Canada for lithium.",
            "investment",
            "2024",
        ),
        # evrec2: stated export quotas retold; a levy, with or without "the", once a tariff is stated
        (
            "China capped exports of tungsten under export quotas in 2010.",
            "The quotas were scrapped in 2015 by China for tungsten.",
            "export_control",
            "2015",
        ),
        (
            "China capped exports of tungsten under an export quota in 2010.",
            "The quota was scrapped in 2015 by China for tungsten.",
            "export_control",
            "2015",
        ),
        (
            "Canada imposed a 25% tariff on Chinese aluminium in 2024.",
            "Mexico announced a 10% levy on Chinese aluminium in May 2025.",
            "trade_measure",
            "2025-05",
        ),
        (
            "The United States imposed tariffs on Chinese graphite in 2024.",
            "Levies on Canadian graphite followed in June 2025 from the United States.",
            "trade_measure",
            "2025-06",
        ),
        # evrec2: bare 'duty', 'lease(s)', 'approvals', 'shutdown', 'restart' once the action is stated
        (
            "The United States imposed tariffs on Chinese graphite in 2024.",
            "Korean graphite anodes faced a 10% duty from June 2025.",
            "trade_measure",
            "2025-06",  # dc35: a past start dates the step (was None)
        ),
        (
            "Chile granted a lithium concession to a state miner in 2018.",
            "Two lithium producers have operated under state leases since 2016.",
            "permitting",
            "2016",
        ),
        (
            "Chile granted a lithium concession to a state miner in 2018.",
            "The lithium lease of the second producer ends in 2030.",
            "permitting",
            None,  # a year after the report's is when the step is due: no event date (s35)
        ),
        (
            "Indonesia issued mining permits for nickel in 2022.",
            "Indonesia returned to annual approvals for nickel output in 2024.",
            "permitting",
            "2024",
        ),
        (
            "A Congolese miner restarted its copper mine in 2022.",
            "The copper mine had reopened after a shutdown in 2020.",
            "project",
            "2020",
        ),
        (
            "A Congolese miner halted its copper mine in 2022.",
            "In March 2023 the Congolese miner said it would restart processing of copper within days.",
            "project",
            "2023-03",
        ),
        # evrec2: bare 'funding', 'financing', 'floor' once the action is stated
        (
            "Japan gave a grant of $100 million to a nickel refiner in 2021.",
            "Further funding for nickel refiners followed in 2024 from Japan.",
            "investment",
            "2024",
        ),
        (
            "Japan gave a grant of $100 million to a nickel refiner in 2021.",
            "Japan arranged financing for two nickel refiners in 2024.",
            "investment",
            "2024",
        ),
        (
            "The United States set a price floor for neodymium in 2025.",
            "A floor for dysprosium was added in 2026 by the United States.",
            "price_mechanism",
            "2026",
        ),
        # evrec2: bare 'investigation', 'probe(s)' once a trade measure is stated
        (
            "The EU imposed tariffs on Chinese electric vehicles in 2024.",
            "Brussels completed an investigation into Chinese lithium batteries in June 2025.",
            "trade_measure",
            "2025-06",
        ),
        (
            "The EU imposed tariffs on Chinese electric vehicles in 2024.",
            "Brussels opened a probe into Chinese graphite anodes in June 2025.",
            "trade_measure",
            "2025-06",
        ),
        (
            "The EU imposed tariffs on Chinese electric vehicles in 2024.",
            "Brussels opened two probes into Chinese graphite anodes in June 2025.",
            "trade_measure",
            "2025-06",
        ),
    ],
)
def test_a_stated_step_retold_by_a_bare_word(extractor, opening, text, action, date):
    events = predict(extractor, f"{opening} {text}")["events"]
    assert (action, date) in {
        (e["action"], e["event_date"]) for e in events if e["evidence"] == text
    }


@pytest.mark.parametrize(
    ("opening", "text", "action"),
    [
        # evrec2 (guards, pass without the change too): the bare word makes no step of an
        # action the document never stated
        (
            "Indonesia raised royalties on nickel in 2020.",
            "The levy was raised again in 2022 by Indonesia on nickel.",
            "trade_measure",
        ),
        (
            "Japan opened a nickel refinery in 2021.",
            "The grant was doubled in 2024 by Japan for nickel.",
            "investment",
        ),
        (
            "Glencore bought a stake in a cobalt miner in 2019.",
            "The closure was announced in 2023 by Zambia for cobalt.",
            "project",
        ),
        (
            "Zimbabwe raised royalties on lithium in 2019.",
            "The moratorium was lifted in 2022 by Zimbabwe for lithium.",
            "permitting",
        ),
        (
            "China raised royalties on tungsten in 2010.",
            "The quotas were scrapped in 2015 by China for tungsten.",
            "export_control",
        ),
        (
            "Indonesia raised royalties on nickel in 2020.",
            "Korean nickel faced a 10% duty from June 2025.",
            "trade_measure",
        ),
        (
            "Japan opened a nickel refinery in 2021.",
            "Further funding for nickel refiners followed in 2024 from Japan.",
            "investment",
        ),
        (
            "Japan raised royalties on lithium in 2024.",
            "Japan opened an investigation into lithium smuggling in June 2025.",
            "trade_measure",
        ),
    ],
)
def test_a_bare_word_alone_makes_no_step(extractor, opening, text, action):
    events = predict(extractor, f"{opening} {text}")["events"]
    assert action not in {e["action"] for e in events if e["evidence"] == text}
