"""Every action type of TAXONOMY.md on sentences written here in news and ministry phrasing
(tenses, voices, nominalisations, headlines), and near misses where the cue word stands in another
sense or in market commentary (power tariffs, a board's sanction, ore reserves, "permitting" as
"if it allows", a firm's strategy). Read through the whole extractor."""

import pytest
from predict import action_types

POLICY_STEPS = [
    # bloc_formation
    (
        "bloc_formation",
        "Kazakhstan became the newest member of the Minerals Security Partnership on Thursday.",
    ),
    (
        "bloc_formation",
        "The United States launched a critical minerals trading bloc with 11 allies on Wednesday.",
    ),
    (
        "bloc_formation",
        "Argentina, Chile and Bolivia moved to form an alliance of lithium-producing nations.",
    ),
    ("bloc_formation", "Italy has been invited to join the FORGE partnership on rare earths."),
    (
        "bloc_formation",
        "Ministers from 14 countries inaugurated a forum on critical minerals supply in Brussels.",
    ),
    (
        "bloc_formation",
        "Brazil's accession to the Minerals Security Partnership was announced on Monday.",
    ),
    ("bloc_formation", "India joins US-led minerals club"),
    ("bloc_formation", "Estonia quit the lithium buyers' club after two years, citing costs."),
    (
        "bloc_formation",
        "The expansion of the Minerals Security Partnership to Kazakhstan and Uzbekistan was welcomed by Washington.",
    ),
    ("bloc_formation", "Ghana will leave the cobalt producers' alliance at the end of the year."),
    (
        "bloc_formation",
        "Five African states set up a coalition to coordinate cobalt and copper policy.",
    ),
    ("bloc_formation", "The Philippines was admitted to the critical minerals club led by Japan."),
    (
        "bloc_formation",
        "Today the Minerals Security Partnership welcomed Estonia as its fifteenth partner.",
    ),
    (
        "bloc_formation",
        "The Ministry of Foreign Affairs announced that Viet Nam has formally joined the Minerals Security Partnership.",
    ),
    (
        "bloc_formation",
        "Leaders agreed to establish a Critical Minerals Production Alliance to secure rare earth supply.",
    ),
    (
        "bloc_formation",
        "Norway and Iceland will be founding members of the new critical raw materials club.",
    ),
    ("bloc_formation", "Kazakhstan joins Minerals Security Partnership"),
    ("bloc_formation", "G7 launches critical minerals alliance"),
    # agreement
    (
        "agreement",
        "Australia and Japan signed a memorandum of understanding on critical minerals supply.",
    ),
    (
        "agreement",
        "Washington and Kyiv concluded a minerals deal giving the US a share of revenue from lithium projects.",
    ),
    (
        "agreement",
        "The EU and Chile ratified their advanced framework agreement, which covers lithium.",
    ),
    ("agreement", "Seoul and Canberra inked a pact to cooperate on nickel and cobalt processing."),
    (
        "agreement",
        "Under the accord signed on Tuesday, Indonesia will supply nickel to US battery makers.",
    ),
    (
        "agreement",
        "The two governments reached an agreement on rare earth supply chains late on Friday.",
    ),
    ("agreement", "US, Ukraine sign minerals deal"),
    (
        "agreement",
        "The signing of a critical minerals agreement between Japan and the United States was welcomed by carmakers.",
    ),
    ("agreement", "India and Argentina adopted a joint declaration on lithium exploration."),
    ("agreement", "The DRC and Zambia struck an agreement to develop battery precursors together."),
    (
        "agreement",
        "Canada and Germany renewed their cooperation agreement on critical minerals for five years.",
    ),
    (
        "agreement",
        "The Governments of Japan and Chile today signed a Memorandum of Cooperation in the field of mineral resources, including lithium and copper.",
    ),
    (
        "agreement",
        "Both ministers signed the Critical Minerals Agreement, which enters into force in 30 days.",
    ),
    (
        "agreement",
        "Washington and Canberra signed a framework for securing supply in the mining and processing of critical minerals and rare earths.",
    ),
    ("agreement", "The pact, agreed between Beijing and Harare, covers lithium processing."),
    ("agreement", "Japan, Chile ink lithium pact"),
    ("agreement", "Australia and India seal critical minerals deal"),
    ("agreement", "Chile's senate ratified the lithium accord with the EU on Tuesday."),
    # negotiation
    ("negotiation", "Jakarta called for talks with Washington on nickel ore exports."),
    ("negotiation", "US and Chinese officials met in Geneva to discuss rare earth export curbs."),
    ("negotiation", "Japan and Australia will hold talks on lithium supply next month."),
    (
        "negotiation",
        "Negotiations on a critical minerals agreement between the EU and Australia resumed in Canberra.",
    ),
    ("negotiation", "Indonesia proposed talks with Washington on a nickel trade deal."),
    (
        "negotiation",
        "Trade ministers from the G7 will meet in Ottawa to discuss critical mineral supply chains.",
    ),
    (
        "negotiation",
        "The first round of negotiations on a lithium pact with Chile ended on Friday.",
    ),
    ("negotiation", "Beijing and Washington are in talks over gallium export licences."),
    ("negotiation", "South Korea and Canada opened consultations on nickel and cobalt supply."),
    ("negotiation", "Brussels and Jakarta wrapped up a new round of talks on nickel export rules."),
    (
        "negotiation",
        "Chinese and American negotiators will meet again next week over rare earth curbs.",
    ),
    (
        "negotiation",
        "Officials will convene in Tokyo next week for a second round of consultations on rare earth supply.",
    ),
    (
        "negotiation",
        "The two sides agreed to launch negotiations on a critical minerals agreement covering cobalt and lithium.",
    ),
    (
        "negotiation",
        "Ministers from the Quad met in Washington to discuss rare earth supply chains.",
    ),
    ("negotiation", "US, China hold talks on rare earth curbs in London"),
    ("negotiation", "EU and Australia resume talks on lithium trade deal"),
    ("negotiation", "Jakarta will host the leaders of the region's nickel producers next month."),
    (
        "negotiation",
        "The Lusaka summit brought together the presidents of Zambia, Angola and Congo on cobalt corridors.",
    ),
    # export_control
    ("export_control", "China will require export licences for graphite from December 1."),
    ("export_control", "Indonesia banned the export of nickel ore in 2020."),
    ("export_control", "The DRC suspended cobalt exports for four months to curb a glut."),
    ("export_control", "Zimbabwe will ban exports of raw lithium ore from 2027."),
    (
        "export_control",
        "The imposition of export restrictions on gallium and germanium by China has rattled chipmakers.",
    ),
    (
        "export_control",
        "China lifted its ban on exports of gallium, germanium and antimony to the United States.",
    ),
    (
        "export_control",
        "Exporters of antimony must now obtain a licence from the commerce ministry.",
    ),
    (
        "export_control",
        "Myanmar halted shipments of rare earth concentrate across the border with China.",
    ),
    ("export_control", "Beijing tightens rare earth export curbs"),
    (
        "export_control",
        "Shipments of tungsten abroad now require approval from the commerce ministry.",
    ),
    ("export_control", "Guinea imposed a quota on bauxite exports."),
    (
        "export_control",
        "MOFCOM announced that export controls will be implemented on items related to gallium and germanium from August 1.",
    ),
    (
        "export_control",
        "Under the new rules, exporters of tungsten must apply for a dual-use licence.",
    ),
    (
        "export_control",
        "Beijing suspended the export ban on gallium to the United States until November 2026.",
    ),
    ("export_control", "Jakarta plans to stop exports of bauxite from June."),
    ("export_control", "Indonesia mulls nickel ore export tax"),
    ("export_control", "Congo extends cobalt export ban by three months"),
    ("export_control", "China curbs graphite exports"),
    ("export_control", "China to require permits for gallium shipments abroad"),
    # trade_measure
    ("trade_measure", "Washington imposed a 25% tariff on Chinese graphite anodes."),
    (
        "trade_measure",
        "The Commerce Department opened a Section 232 investigation into imports of processed critical minerals.",
    ),
    (
        "trade_measure",
        "The EU launched an anti-dumping investigation into Chinese lithium-ion batteries.",
    ),
    ("trade_measure", "India raised customs duties on imported lithium-ion cells to 20%."),
    ("trade_measure", "Canada slapped a surtax on Chinese steel and aluminum."),
    ("trade_measure", "Beijing retaliated with levies on US copper scrap."),
    ("trade_measure", "Trump doubled duties on aluminium imports to 50%."),
    ("trade_measure", "The government banned imports of Russian aluminium."),
    ("trade_measure", "Mexico will raise import tariffs on Chinese zinc."),
    (
        "trade_measure",
        "The Commerce Department set preliminary antidumping duties of 93.5% on Chinese graphite.",
    ),
    (
        "trade_measure",
        "The US International Trade Commission ruled that imports of Chinese graphite had injured American producers.",
    ),
    (
        "trade_measure",
        "The Department of Commerce issued an affirmative preliminary determination in the countervailing duty investigation of active anode material from China.",
    ),
    (
        "trade_measure",
        "The President adjusted imports of copper by imposing a 50 percent tariff on semi-finished copper products.",
    ),
    ("trade_measure", "Ottawa announced a 25% surtax on Chinese aluminium and steel products."),
    ("trade_measure", "The EU will impose provisional duties on Chinese silicon metal from July."),
    ("trade_measure", "Brussels hits Chinese lithium batteries with provisional duties"),
    ("trade_measure", "India raised import duties on lithium-ion cells from China."),
    (
        "trade_measure",
        "The Commerce Department set countervailing duties on Chinese graphite anodes.",
    ),
    # price_mechanism
    ("price_mechanism", "Nickel ore prices set by the ministry will apply from June."),
    (
        "price_mechanism",
        "The Pentagon guaranteed MP Materials a price floor of $110 per kilogram for NdPr oxide.",
    ),
    ("price_mechanism", "Indonesia sets benchmark price for nickel ore"),
    (
        "price_mechanism",
        "Canberra will underwrite a minimum price for rare earth oxides produced in Australia.",
    ),
    ("price_mechanism", "G7 ministers discussed coordinated price floors for critical minerals."),
    (
        "price_mechanism",
        "The EU is considering contracts for difference to support lithium refiners.",
    ),
    (
        "price_mechanism",
        "Under the scheme, the government pays producers the difference when cobalt prices fall below $25,000 a tonne.",
    ),
    ("price_mechanism", "The DRC introduced a reference price for cobalt exports."),
    ("price_mechanism", "The government set a floor price for lithium ore sold by small miners."),
    (
        "price_mechanism",
        "A price-support mechanism for gallium producers was approved by the cabinet.",
    ),
    (
        "price_mechanism",
        "Beijing capped the price of rare earth oxides sold to domestic magnet makers.",
    ),
    (
        "price_mechanism",
        "The agreement establishes a price floor of $110 per kilogram for NdPr products.",
    ),
    (
        "price_mechanism",
        "The ministry will publish monthly reference prices for nickel ore sold to domestic smelters.",
    ),
    (
        "price_mechanism",
        "G7 leaders proposed standards-based markets with minimum prices for rare earths.",
    ),
    ("price_mechanism", "Pentagon sets $110 floor price for rare earth oxides"),
    ("price_mechanism", "G7 weighs price floors for critical minerals"),
    # investment
    ("investment", "Japan's JBIC will lend $200 million to a lithium project in Argentina."),
    (
        "investment",
        "The Pentagon took a $400 million equity stake in the rare earths miner MP Materials.",
    ),
    (
        "investment",
        "The Department of Energy awarded $150 million in grants to battery materials processors.",
    ),
    (
        "investment",
        "Germany launched a EUR1 billion raw materials fund to back mining projects abroad.",
    ),
    ("investment", "Ottawa will provide C$50 million to a graphite mine in Quebec."),
    (
        "investment",
        "Saudi Arabia's sovereign wealth fund committed $15 billion to mining assets abroad.",
    ),
    (
        "investment",
        "EXIM issued a letter of interest for up to $900 million in financing for a rare earths project.",
    ),
    ("investment", "The IFC is investing $25 million in a nickel refinery in Indonesia."),
    ("investment", "Washington will fund a cobalt refinery in Ohio with a $60 million grant."),
    (
        "investment",
        "The Development Finance Corporation approved a $500 million loan for the lithium mine.",
    ),
    (
        "investment",
        "The Department of Energy today announced $425 million in funding for battery materials processing projects.",
    ),
    (
        "investment",
        "The Federal Government will contribute $50 million to the Iluka rare earths refinery.",
    ),
    ("investment", "The bank approved a EUR 300 million loan for the lithium refinery in Finland."),
    (
        "investment",
        "JOGMEC will acquire a 30% interest in the Argentine lithium project for $100 million.",
    ),
    ("investment", "Pentagon takes stake in lithium miner"),
    ("investment", "US Exim backs graphite mine with $90 million loan"),
    ("investment", "Canberra pledges A$500 million for rare earths refinery"),
    ("investment", "Beijing offered subsidies worth $1 billion to domestic gallium refiners."),
    # stockpile
    (
        "stockpile",
        "Japan's JOGMEC will expand its stockpile of rare earths to cover 180 days of consumption.",
    ),
    ("stockpile", "The Defense Logistics Agency plans to buy up to $500 million of cobalt."),
    ("stockpile", "China's State Reserve Bureau bought 20,000 tonnes of cobalt for its reserves."),
    (
        "stockpile",
        "South Korea released 1,000 tonnes of nickel from its state reserves to ease shortages.",
    ),
    ("stockpile", "The EU will set up joint stockpiles of rare earths and gallium."),
    ("stockpile", "India plans a strategic reserve of critical minerals."),
    ("stockpile", "Beijing replenished its strategic reserves of copper and aluminium."),
    (
        "stockpile",
        "Washington announced the creation of a strategic minerals reserve with $12 billion in funding.",
    ),
    ("stockpile", "The stockpiling of lithium by the state agency begins next year."),
    (
        "stockpile",
        "The Defense Logistics Agency awarded a contract to buy cobalt for the National Defense Stockpile.",
    ),
    ("stockpile", "The EU will pilot joint purchasing and stockpiling of rare earths."),
    ("stockpile", "Australia unveils A$1.2 billion critical minerals strategic reserve"),
    ("stockpile", "Korea to double rare metals stockpile of gallium and lithium"),
    ("stockpile", "Beijing replenished its strategic reserves of copper and aluminium."),
    # offtake
    ("offtake", "Ford signed an offtake agreement for lithium hydroxide from Albemarle."),
    ("offtake", "LG Energy Solution agreed to buy 40% of the graphite output of a Tanzanian mine."),
    (
        "offtake",
        "The US government will purchase all of the mine's antimony output for five years.",
    ),
    ("offtake", "Panasonic secured a long-term supply of nickel from a Canadian miner."),
    ("offtake", "Korea Zinc signed a contract to supply germanium to the US Defense Department."),
    ("offtake", "Glencore will sell cobalt to Umicore under a five-year supply contract."),
    ("offtake", "Japan secured priority supply rights to 10% of the refinery's output."),
    ("offtake", "Sojitz signed an offtake with Lynas for heavy rare earths."),
    (
        "offtake",
        "The German carmaker agreed to buy lithium hydroxide from the Canadian refinery for five years.",
    ),
    ("offtake", "Glencore signs cobalt offtake with Chinese refiner"),
    ("offtake", "Tesla to buy nickel from Indonesian smelter under long-term contract"),
    # permitting
    ("permitting", "A Chinese consortium won a 25-year concession to mine lithium in Bolivia."),
    ("permitting", "The province revoked the concession held by the copper miner."),
    (
        "permitting",
        "A new taskforce will speed up planning decisions for lithium mines in Cornwall.",
    ),
    ("permitting", "The Interior Department approved the Thacker Pass lithium mine."),
    (
        "permitting",
        "Nevada regulators issued the final permit for the Rhyolite Ridge lithium project.",
    ),
    (
        "permitting",
        "The EU selected 47 strategic projects for faster permitting under the Critical Raw Materials Act.",
    ),
    ("permitting", "Quebec granted an environmental licence to the graphite mine."),
    ("permitting", "Serbia revoked the licences for Rio Tinto's Jadar lithium project."),
    ("permitting", "Regulators rejected the Pebble copper and gold mine in Alaska."),
    ("permitting", "Sweden's government refused a mining concession for the rare earth deposit."),
    ("permitting", "Greenland granted an exploitation licence to the Tanbreez rare earth project."),
    (
        "permitting",
        "The administration added the copper mine to the list of projects that will be fast-tracked.",
    ),
    (
        "permitting",
        "The Bureau of Land Management issued a Record of Decision for the lithium project in Nevada.",
    ),
    (
        "permitting",
        "The Commission recognised 13 projects outside the EU as strategic projects under the Critical Raw Materials Act.",
    ),
    ("permitting", "The state granted a mining lease for the graphite deposit."),
    ("permitting", "EU names 47 strategic raw materials projects"),
    ("permitting", "Canada to fast-track approvals for critical minerals mines"),
    ("permitting", "Zambia grants licence for new cobalt mine"),
    ("permitting", "The government withdrew the concession for the lithium salt flat."),
    # project
    ("project", "Production at the graphite mine is expected to begin in 2027."),
    ("project", "Commercial production at the lithium refinery will start in 2028."),
    ("project", "Lynas opened a rare earths processing plant in Texas."),
    (
        "project",
        "Albemarle halted construction of its lithium hydroxide plant in Western Australia.",
    ),
    ("project", "First Quantum restarted the Cobre Panama copper mine after a two-year shutdown."),
    ("project", "Production at the new cobalt refinery in Finland began in March."),
    ("project", "Construction of the Thacker Pass lithium mine is under way."),
    ("project", "Glencore will close its Mount Isa copper smelter in 2025."),
    ("project", "The nickel plant was placed on care and maintenance after prices collapsed."),
    ("project", "Ground was broken on a $1 billion graphite anode factory in Louisiana."),
    ("project", "Indonesia's first lithium battery factory began operating in Karawang."),
    ("project", "The company commissioned its lithium hydroxide refinery in Kwinana."),
    ("project", "The cobalt refinery in Ontario entered production in March."),
    ("project", "The copper smelter was shut after the government withdrew its licence."),
    ("project", "Lynas opens Texas rare earths plant"),
    ("project", "Albemarle idles Kemerton lithium refinery"),
    ("project", "Rio Tinto starts construction of Jadar lithium mine"),
    (
        "project",
        "The state miner will develop lithium deposits in the Atacama with a private partner.",
    ),
    ("project", "Kazakhstan plans to develop tungsten deposits with a US company."),
    # sanction
    (
        "sanction",
        "Washington added 12 Chinese firms involved in rare earth processing to the Entity List.",
    ),
    ("sanction", "The Treasury imposed sanctions on Russia's largest nickel producer."),
    ("sanction", "Britain froze the assets of a Russian aluminium magnate."),
    (
        "sanction",
        "Canada ordered three Chinese companies to divest their stakes in Canadian lithium miners.",
    ),
    (
        "sanction",
        "China placed US defence firms on its unreliable entity list after the gallium dispute.",
    ),
    ("sanction", "CFIUS blocked the Chinese purchase of a Nevada lithium mine."),
    ("sanction", "The US lifted sanctions on aluminium producer Rusal."),
    (
        "sanction",
        "Australia's Treasurer barred a Chinese-linked fund from increasing its stake in a rare earths miner.",
    ),
    (
        "sanction",
        "OFAC designated three Chinese firms that shipped gallium to Russian weapons makers.",
    ),
    ("sanction", "BIS adds 11 Chinese rare earth companies to the Entity List"),
    ("sanction", "The Treasury sanctioned Russia's largest palladium producer on Friday."),
    (
        "sanction",
        "Canberra ordered Chinese investors to reduce their holdings in the lithium miner.",
    ),
    ("sanction", "US sanctions Chinese firms over rare earth shipments to Russia"),
    ("sanction", "China adds US drone makers to export control list over rare earths"),
    # strategy
    (
        "strategy",
        "The White House issued an executive order to boost domestic rare earth production.",
    ),
    ("strategy", "Canada released its critical minerals strategy in December."),
    ("strategy", "The USGS added copper and silver to the list of critical minerals."),
    ("strategy", "Parliament passed a law nationalising lithium deposits."),
    ("strategy", "The European Commission proposed the Critical Raw Materials Act."),
    ("strategy", "Japan's cabinet approved a plan to secure supplies of rare earths."),
    ("strategy", "Indonesia unveiled a roadmap for downstream nickel processing."),
    ("strategy", "The ministry published draft rules on lithium mining concessions."),
    (
        "strategy",
        "Chile's president announced a national lithium policy giving the state control of new projects.",
    ),
    ("strategy", "The government designated gallium and germanium as strategic minerals."),
    ("strategy", "The cabinet adopted a new mining law that reserves lithium for state companies."),
    (
        "strategy",
        "The Department of the Interior finalised the 2025 list of critical minerals, adding copper and silicon.",
    ),
    ("strategy", "President signs executive order on seabed minerals including nickel and cobalt"),
    ("strategy", "The ministry launched a national program to boost rare earth refining."),
    ("strategy", "India approves National Critical Mineral Mission"),
    ("strategy", "EU adopts Critical Raw Materials Act"),
    ("strategy", "China unveils five-year plan for rare earths"),
    # standards
    (
        "standards",
        "The G7 agreed to develop common standards for responsibly sourced critical minerals.",
    ),
    (
        "standards",
        "The EU's battery passport will record the origin of cobalt and lithium from 2027.",
    ),
    (
        "standards",
        "Washington and Tokyo will cooperate on standards for traceability of rare earths.",
    ),
    ("standards", "Indonesia launched a certification scheme for sustainably mined nickel."),
    (
        "standards",
        "Britain and Canada agreed to align their standards for critical minerals traceability.",
    ),
    ("standards", "The DRC introduced traceability rules for artisanal cobalt."),
    ("standards", "Automakers must audit cobalt supply chains for child labour under the new law."),
    (
        "standards",
        "The partners agreed to develop traceability standards for cobalt supply chains.",
    ),
    (
        "standards",
        "Canada and the EU will work together on certification of responsibly mined nickel.",
    ),
    (
        "standards",
        "The battery regulation requires due diligence on cobalt, lithium and nickel supply chains from 2027.",
    ),
    ("standards", "EU and Japan to align battery due diligence standards for cobalt"),
]

NEAR_MISSES = [
    # bloc_formation
    ("bloc_formation", "A new member of the board at the lithium miner was named on Monday."),
    ("bloc_formation", "Workers at the copper mine formed a union to demand higher wages."),
    ("bloc_formation", "She joined the rare earths company as chief executive in 2021."),
    ("bloc_formation", "The ruling coalition of parties in Jakarta backed the nickel bill."),
    ("bloc_formation", "Lithium shares joined a broad rally in battery metals on Tuesday."),
    ("bloc_formation", "Nickel output from the bloc's largest producer fell 5% in June."),
    ("bloc_formation", "Mining companies formed an alliance to lobby for lower lithium royalties."),
    ("bloc_formation", "The cobalt trader became a member of the London Metal Exchange in 2019."),
    # agreement
    (
        "agreement",
        "The miner reached a deal with its lenders to restructure debt at its copper mine.",
    ),
    ("agreement", "Glencore signed a wage deal with unions at its copper mine in Peru."),
    ("agreement", "The union and the nickel smelter reached an agreement to end the strike."),
    ("agreement", "The lithium company signed a lease agreement for new offices in Perth."),
    ("agreement", "Investors broadly agree the copper market will tighten next year."),
    ("agreement", "In accordance with the law, cobalt exporters must report volumes monthly."),
    (
        "agreement",
        "The lithium miner signed an agreement with its contractor to build the processing plant.",
    ),
    (
        "agreement",
        "Rare earths have become a bargaining chip, the lithium trader said of his own accord.",
    ),
    ("agreement", "The deal flow in lithium M&A slowed last year."),
    # negotiation
    (
        "negotiation",
        "Dialogue works better than sanctions, the cobalt minister said, calling for closer cooperation with Beijing.",
    ),
    ("negotiation", "The miner is in talks with banks about refinancing its copper project."),
    ("negotiation", "Wage negotiations at the Escondida copper mine broke down on Monday."),
    ("negotiation", "Analysts discussed the outlook for lithium prices at the conference."),
    ("negotiation", "Tesla is negotiating with suppliers over the price of lithium."),
    ("negotiation", "The report discussed how rare earth magnets are made."),
    ("negotiation", "Talks of a merger between the two lithium producers lifted shares."),
    # export_control
    ("export_control", "Chile's copper exports rose 8% in May on higher prices."),
    ("export_control", "Exports of lithium from Australia fell to a two-year low."),
    ("export_control", "The export credit agency will lend $300 million for the nickel project."),
    ("export_control", "Shipments of cobalt to China were delayed by port congestion."),
    ("export_control", "Heavy rains halted exports of nickel ore from Sulawesi ports for a week."),
    ("export_control", "Export earnings from copper climbed to a record."),
    (
        "export_control",
        "A strike at the port stopped shipments of copper concentrate for three days.",
    ),
    ("export_control", "Traders limited their exposure to cobalt as exports to China slowed."),
    ("export_control", "Copper exports to China fell 12% in May as demand slowed."),
    ("export_control", "The company holds a licence to mine lithium in the Atacama."),
    # trade_measure
    (
        "trade_measure",
        "Electricity tariffs for aluminium smelters in South Africa will rise 12% from July.",
    ),
    ("trade_measure", "The smelter negotiated a lower power tariff with the state utility."),
    ("trade_measure", "Feed-in tariffs for solar power lifted demand for polysilicon."),
    ("trade_measure", "Copper fell as investors worried about the trade war."),
    ("trade_measure", "Water tariffs at the lithium mine will be reviewed by the utility."),
    ("trade_measure", "The port levies a fee on each cobalt cargo it handles."),
    ("trade_measure", "Copper prices fell on fears of a trade war between Washington and Beijing."),
    ("trade_measure", "Miners in Chile pay a levy on copper sales to fund regional development."),
    # price_mechanism
    ("price_mechanism", "Lithium prices fell to a four-year low in May."),
    (
        "price_mechanism",
        "Analysts set their price target for Lynas at A$8 after the rare earths results.",
    ),
    ("price_mechanism", "Nickel prices stabilised after a volatile week."),
    ("price_mechanism", "Spot prices for cobalt were supported by Chinese buying."),
    ("price_mechanism", "Copper hit a record price on the London Metal Exchange."),
    ("price_mechanism", "The G7 price cap on Russian oil does not cover nickel or palladium."),
    # investment
    ("investment", "The sale cut the oligarch's stake in the aluminium producer to below 50%."),
    ("investment", "Glencore's stake in the cobalt miner is worth $1 billion."),
    ("investment", "Investors sold lithium shares after the results."),
    ("investment", "Lynas posted revenue of A$200 million from rare earths sales."),
    (
        "investment",
        "Global investment in lithium mining reached $12 billion last year, according to analysts.",
    ),
    ("investment", "Shares in the lithium miner have lost $1 billion in value this year."),
    (
        "investment",
        "Demand for lithium will require investment of $100 billion by 2030, analysts said.",
    ),
    ("investment", "The copper deal is worth $1.1 billion, the company said."),
    ("investment", "Heavily subsidised Chinese lithium producers have driven prices down."),
    ("investment", "A state-funded research institute in Beijing studies rare earth magnets."),
    ("investment", "Chinese-funded nickel smelters dominate Sulawesi."),
    ("investment", "Subsidies for electric cars lifted demand for lithium."),
    ("investment", "Cobalt prices subsided after the Congolese export ban was eased."),
    (
        "investment",
        "The rare earths dispute is a test of Beijing's economic leverage, said an analyst at a Washington investment bank.",
    ),
    # stockpile
    ("stockpile", "Chile holds the world's largest lithium reserves."),
    ("stockpile", "The mine has proven reserves of 40 million tonnes of copper ore."),
    ("stockpile", "The company added 2 million tonnes to its nickel reserves after drilling."),
    ("stockpile", "Proven and probable reserves at the copper mine rose 12%."),
    ("stockpile", "Federal Reserve rate cuts lifted copper prices."),
    ("stockpile", "Lithium reserves in Bolivia are estimated at 21 million tonnes."),
    ("stockpile", "Automakers have built up inventories of rare earth magnets."),
    ("stockpile", "Magnet makers hoarded rare earths ahead of the curbs."),
    ("stockpile", "Lithium inventories at Chinese cathode makers rose to 30 days of supply."),
    ("stockpile", "Bolivia's reserves of lithium are among the largest in the world."),
    ("stockpile", "Drilling added reserves of 1.2 million tonnes of copper at the mine."),
    ("stockpile", "Congo has reserves of about 3.5 million tonnes of cobalt."),
    # offtake
    ("offtake", "The power supply contract for the aluminium smelter expires in 2027."),
    (
        "offtake",
        "The refinery signed a power purchase agreement for solar electricity for its lithium plant.",
    ),
    ("offtake", "Tight supply pushed cobalt prices up."),
    ("offtake", "Investors rushed to buy lithium stocks after the announcement."),
    # permitting
    ("permitting", "The EU budget will channel money to strategic projects in lithium refining."),
    (
        "permitting",
        "Weather permitting, the first lithium shipment will leave Port Hedland next week.",
    ),
    ("permitting", "The law permits companies to export up to 30% of their nickel output."),
    ("permitting", "The company issued a statement about the copper mine's safety record."),
    ("permitting", "Residents denied that the lithium mine had polluted the river."),
    ("permitting", "The rules do not permit foreign firms to own more than 49% of a nickel mine."),
    ("permitting", "Time permitting, the minister will also visit the cobalt refinery."),
    (
        "permitting",
        "Permitting delays have slowed new copper mines in the United States for decades.",
    ),
    ("permitting", "China issued the first batch of gallium export licences on Friday."),
    ("permitting", "Traders need an import licence to bring cobalt into India."),
    # project
    ("project", "Washington invoked the Defense Production Act to start buying antimony."),
    ("project", "Analysts project copper demand to rise 20% by 2035."),
    ("project", "The company operates three copper mines in Chile."),
    ("project", "The company said its lithium plant was operating at 60% of capacity."),
    ("project", "Open-pit mines account for most of Chile's copper output."),
    ("project", "The plant's owner plans to list shares in Hong Kong, a lithium analyst said."),
    ("project", "The lithium plant's owner is planning a share sale."),
    ("project", "The mine, which opened in 2012, produces 40,000 tonnes of copper a year."),
    ("project", "The cobalt refinery, built in the 1990s, employs 300 people."),
    ("project", "Chile will open its lithium deposits to private companies under the new policy."),
    ("project", "Geologists discovered new nickel deposits in Sulawesi."),
    ("project", "Operating costs at cobalt deposits in Congo are low."),
    # sanction
    ("sanction", "The board sanctioned the $2 billion expansion of the copper mine."),
    (
        "sanction",
        "Lynas said the project had received final sanction from its board for the rare earths plant.",
    ),
    ("sanction", "Pension funds divested from coal miners to buy lithium stocks."),
    ("sanction", "Glencore completed the divestment of its stake in a cobalt mine."),
    (
        "sanction",
        "The miner faces sanctions from the regulator for a tailings spill at its nickel mine.",
    ),
    # strategy
    ("strategy", "The miner's growth strategy focuses on copper."),
    ("strategy", "Traders adopted a wait-and-see strategy on nickel."),
    ("strategy", "Lithium producers shifted their pricing strategy to monthly contracts."),
    ("strategy", "The company updated its guidance for copper output on Thursday."),
    ("strategy", "The miner issued guidance of 200,000 tonnes of copper for 2026."),
    ("strategy", "The miner's marketing strategy for cobalt targets Chinese buyers."),
    ("strategy", "The lithium company announced a new dividend policy."),
    ("strategy", "Beijing's strategy of dominating rare earth processing has paid off."),
    ("strategy", "Analysts see the cobalt purchases as part of a strategy to control supply."),
    # standards
    ("standards", "Living standards in the copper belt have fallen."),
    ("standards", "By industry standards, the lithium deposit is small."),
    (
        "standards",
        "The miner's due diligence on the acquisition of the lithium project took six months.",
    ),
    ("standards", "The lithium miner completed due diligence before buying the stake."),
]


@pytest.mark.parametrize(("action", "text"), POLICY_STEPS)
def test_each_action_type_is_read_in_varied_phrasing(extractor, action, text):
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NEAR_MISSES)
def test_cue_words_in_other_senses_make_no_event_of_that_type(extractor, action, text):
    assert action not in action_types(extractor, text)


def test_every_taxonomy_action_is_covered_both_ways():
    taxonomy = {
        "bloc_formation",
        "agreement",
        "negotiation",
        "export_control",
        "trade_measure",
        "price_mechanism",
        "investment",
        "stockpile",
        "offtake",
        "permitting",
        "project",
        "sanction",
        "strategy",
        "standards",
    }
    # a marked row is a pytest.param: its values are the row
    rows = [getattr(row, "values", row) for row in POLICY_STEPS]
    assert {a for a, _ in rows} == taxonomy
    assert {a for a, _ in NEAR_MISSES} == taxonomy
