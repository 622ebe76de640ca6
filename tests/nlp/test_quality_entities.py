"""Entity recognition on news phrasing no rule was written from: minerals, countries and
blocs through the whole extractor, each case asserting the ids one field should hold."""

import pytest
from predict import predict

# A one-word institution after a sentence-opening "The" is still the institution.
SENTENCE_START_INSTITUTIONS = [
    ("The Pentagon awarded $400 million to a magnet maker.", ["USA"]),
    ("The Bundestag approved the raw materials fund.", ["DEU"]),
    ("Meanwhile Xinhua said the curbs would stay.", ["CHN"]),
    ("The African National Congress lost its majority.", []),
]


@pytest.mark.parametrize("text,expected", SENTENCE_START_INSTITUTIONS)
def test_institution_after_a_sentence_opening_word(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# Peoples in the plural name their country as the adjective does (TAXONOMY: demonyms).
PLURAL_DEMONYMS = [
    ("Australians and Canadians dominate the junior mining sector.", ["AUS", "CAN"]),
    ("Chileans voted on a new constitution that touches lithium.", ["CHL"]),
    ("Peruvians blocked the road to the copper mine.", ["PER"]),
    ("Brazilians and Argentines both mine lithium.", ["ARG", "BRA"]),
    ("Kazakhs and Uzbeks met in Samarkand.", ["KAZ", "UZB"]),
    ("Zambians and Zimbabweans rely on mining jobs.", ["ZMB", "ZWE"]),
    ("Russians and Ukrainians both claim the deposits.", ["RUS", "UKR"]),
    ("Emiratis bought a stake in the mine.", ["ARE"]),
    ("North Koreans and South Koreans met at the border.", ["KOR", "PRK"]),
    ("Czechs and Turks signed the lithium memorandum.", ["CZE", "TUR"]),
    # no "s" plural where the word does not take one
    ("The Chinese and the Swiss disagreed.", ["CHE", "CHN"]),
]


@pytest.mark.parametrize("text,expected", PLURAL_DEMONYMS)
def test_plural_demonyms(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# "Anglo-", "Franco-", "Russo-" name a country only joined to another country's name.
COMBINING_FORMS = [
    ("Rio Tinto, the Anglo-Australian miner, owns the project.", ["AUS", "GBR"]),
    ("The Anglo-Swiss trader Glencore sells cobalt.", ["CHE", "GBR"]),
    ("The Franco-German proposal on raw materials won support.", ["DEU", "FRA"]),
    ("The Russo-Ukrainian war disrupted titanium supply.", ["RUS", "UKR"]),
    ("The Anglo-Saxon model of capitalism was debated.", []),
    ("Franco-Nevada bought a royalty on the copper mine.", []),
    ("Anglo American sold its nickel business.", []),
    ("Franco said little.", []),
]


@pytest.mark.parametrize("text,expected", COMBINING_FORMS)
def test_combining_forms_need_a_second_country(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


def test_a_combining_form_spans_its_compound(extractor):
    pred = predict(extractor, "The Anglo-Australian miner Rio Tinto runs the mine.")
    texts = {(m["norm_id"], m["text"]) for m in pred["mentions"] if m["kind"] == "country"}
    assert texts == {("GBR", "Anglo-Australian"), ("AUS", "Australian")}


# Government bodies and state miners stand for their country (TAXONOMY: institutions).
INSTITUTIONS = [
    ("The Federal Reserve left rates unchanged as copper rallied.", ["USA"]),
    ("The Bureau of Land Management approved the lithium mine.", ["USA"]),
    ("Cochilco raised its copper price forecast.", ["CHL"]),
    ("State miner Codelco signed a lithium deal with SQM.", ["CHL"]),
    ("Kazatomprom cut its uranium output guidance.", ["KAZ"]),
    ("YLB signed a lithium extraction deal with a Russian firm.", ["BOL", "RUS"]),
    ("Antam and a Chinese partner will build a nickel smelter.", ["CHN", "IDN"]),
    ("LitioMx will hold the lithium concessions.", ["MEX"]),
    ("The People's Bank of China cut its reserve ratio.", ["CHN"]),
]


@pytest.mark.parametrize("text,expected", INSTITUTIONS)
def test_state_bodies_name_their_country(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# Names that hold a country word but no country (TAXONOMY: refers to it in substance).
NOT_COUNTRIES = [
    ("Oil theft in the Niger Delta continued.", []),
    ("The South Pole expedition measured the ice.", []),
    ("Canada geese nest near the tailings dam.", []),
    ("The America's Cup sailed off Barcelona.", []),
    ("Franco-Nevada bought a gold royalty.", []),
    ("Niger and Nigeria are neighbours on the Niger Delta side.", ["NER", "NGA"]),
]


@pytest.mark.parametrize("text,expected", NOT_COUNTRIES)
def test_names_with_a_country_word_that_name_no_country(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


EU_BODIES = [
    ("The European Central Bank raised rates.", ["EU"]),
    ("The ECB warned about metal prices.", ["EU"]),
    ("The European Court of Justice ruled on the nickel ban.", ["EU"]),
    ("Eurostat data show lithium imports doubled.", ["EU"]),
    ("European carmakers welcomed the deal.", []),
    ("The European Council on Foreign Relations published a report on lithium.", []),
]


@pytest.mark.parametrize("text,expected", EU_BODIES)
def test_eu_institutions_are_the_eu(extractor, text, expected):
    assert predict(extractor, text)["blocs"] == expected


# "chrome" is chromium only as a commodity; the finish and the browser are not.
CHROME = [
    ("The group mines PGMs and chrome in South Africa.", ["chromium", "pgm"]),
    ("Chrome ore exports from South Africa rose.", ["chromium"]),
    ("Chrome prices rose on Chinese demand.", ["chromium"]),
    ("The chrome-plated bumper shone.", []),
    ("The chrome finish was popular.", []),
    ("Users of Google Chrome saw a warning.", []),
]


@pytest.mark.parametrize("text,expected", CHROME)
def test_chrome_needs_commodity_context(extractor, text, expected):
    assert predict(extractor, text)["minerals"] == expected


MINERAL_SENSES = [
    ("Iridium said its satellites were unaffected by the outage.", []),
    ("Iridium Communications launched new satellites.", []),
    ("Iridium and ruthenium prices rose.", ["iridium", "ruthenium"]),
    ("The US needs HALEU for advanced reactors.", ["uranium"]),
    ("Converters turn yellowcake into UF6.", ["uranium"]),
]


@pytest.mark.parametrize("text,expected", MINERAL_SENSES)
def test_mineral_senses(extractor, text, expected):
    assert predict(extractor, text)["minerals"] == expected


# An all-capitals name at a line start before a hyphen is a dateline ("SYDNEY - "), but not
# when the hyphen joins it to the next word ("ASEAN-China trade").
HYPHENATED_OPENINGS = [
    ("ASEAN-China trade in nickel rose.", "blocs", ["ASEAN"]),
    ("NATO-Russia tensions raised tungsten prices.", "blocs", ["NATO"]),
    ("ASEAN - Ministers met to discuss nickel.", "blocs", []),
    ("HONG KONG - Traders sold nickel.", "countries", []),
]


@pytest.mark.parametrize("text,field,expected", HYPHENATED_OPENINGS)
def test_hyphenated_opening_is_no_dateline(extractor, text, field, expected):
    assert predict(extractor, text)[field] == expected


MORE_INSTITUTIONS = [
    ("ESDM set a new nickel ore benchmark price.", ["IDN"]),
    ("The DENR suspended four nickel mines.", ["PHL"]),
    ("BNDES will fund rare earth processing.", ["BRA"]),
    ("The DMRE granted a manganese mining right.", ["ZAF"]),
    ("The Department of Mineral Resources issued licences.", []),
]


@pytest.mark.parametrize("text,expected", MORE_INSTITUTIONS)
def test_mining_ministries_and_banks(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# Compounds with a demonym that name a people or a region, not a country.
COMPOUND_DEMONYMS = [
    ("The Inter-American Development Bank lent money for lithium.", []),
    ("African-American workers at the plant protested.", []),
    ("Latin-American lithium producers met.", []),
    ("Spanish-language media reported the lithium find.", []),
    ("The Spanish-led consortium won the lithium tender.", ["ESP"]),
]


@pytest.mark.parametrize("text,expected", COMPOUND_DEMONYMS)
def test_compound_demonyms(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# "lead" as one item of a list of minerals that share a preposition is the metal.
LEAD_IN_LISTS = [
    ("Targets are 16% for cobalt, 85% for lead and 6% for lithium.", ["cobalt", "lead", "lithium"]),
    ("Recycled content of 16% for cobalt and 85% for lead is required.", ["cobalt", "lead"]),
    ("Demand for lithium rose, and the push for lead roles in supply chains grew.", ["lithium"]),
    ("Lithium is key, and the EU wants to lead the shift.", ["lithium"]),
    ("The need for cobalt is high and the need for lead time is long.", ["cobalt"]),
    # a market noun before "for lead", or the symbol after it
    ("Demand for lead in batteries is falling.", ["lead"]),
    ("Copper (Cu) and lead (Pb) output rose.", ["copper", "lead"]),
    ("Calls for lead negotiators grew.", []),
]


@pytest.mark.parametrize("text,expected", LEAD_IN_LISTS)
def test_lead_in_a_parallel_list(extractor, text, expected):
    assert predict(extractor, text)["minerals"] == expected


# Georgia the US state, read from the rest of the document when its sentence gives no cue.
GEORGIA = [
    ("SK On makes batteries in Tennessee. Its newest plant is in Georgia.", []),
    ("Qcells will make solar panels in Georgia from US polysilicon.", ["USA"]),
    ("Georgia produces manganese at Chiatura. Texas buys some of it.", ["GEO"]),
    ("Georgia and Armenia signed a manganese deal.", ["ARM", "GEO"]),
]


@pytest.mark.parametrize("text,expected", GEORGIA)
def test_georgia_the_state_from_the_document(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


# --- stress tables: realistic news sentences over the whole taxonomy ---------------------------
# Written from the taxonomy and general news phrasing (products and compounds, non-commodity
# senses, short forms, demonyms, capitals as governments, institutions, false friends, blocs
# and their aliases), not from any evaluation document.

MINERAL_STRESS = [
    ("Pilbara Minerals shipped 200,000 tonnes of spodumene to Chinese converters.", ["lithium"]),
    ("Lithium hydroxide prices in Asia fell to a three-year low.", ["lithium"]),
    ("The plant will make cathode precursor from nickel and cobalt.", ["cobalt", "nickel"]),
    ("Chinese makers control 90% of NdFeB magnet output.", ["neodymium"]),
    (
        "Beijing banned exports of germanium and antimony to the United States.",
        ["antimony", "germanium"],
    ),
    ("Tungsten prices hit a record after China cut quotas.", ["tungsten"]),
    ("South Africa supplies most of the world's PGMs.", ["pgm"]),
    ("Platinum-group metals are used in autocatalysts.", ["pgm"]),
    ("Gabon is the second-largest manganese producer.", ["manganese"]),
    ("Vanadium redox flow batteries need electrolyte.", ["vanadium"]),
    ("Kazakhstan is the largest uranium producer.", ["uranium"]),
    ("Battery metals rallied on Tuesday.", []),
    ("Critical minerals are vital for defence.", []),
    ("Rare earth oxide prices rose in Shanghai.", ["rare_earths"]),
    (
        "Heavy rare earths such as dysprosium and terbium are scarce.",
        ["dysprosium", "rare_earths", "terbium"],
    ),
    ("Chile's Codelco sells copper cathodes to Chinese buyers.", ["copper"]),
    ("Indonesia's nickel pig iron output surged.", ["nickel"]),
    ("Mixed hydroxide precipitate is sold to battery makers.", ["nickel"]),
    ("The refinery will produce battery-grade lithium carbonate.", ["lithium"]),
    ("LFP cells now dominate Chinese EV sales.", ["lithium"]),
    ("The Democratic Republic of Congo supplies 70% of mined cobalt.", ["cobalt"]),
    ("Guinea is the top bauxite exporter.", ["aluminum"]),
    ("Mozambique's graphite feeds anode plants.", ["graphite"]),
    ("Synthetic graphite anode material faces US duties.", ["graphite"]),
    ("Gallium nitride chips are used in radar.", ["gallium"]),
    ("Polysilicon from Xinjiang faces a US import ban.", ["silicon"]),
    ("Brazil's CBMM dominates niobium supply.", ["niobium"]),
    ("Rwanda exports tantalum and tin.", ["tantalum", "tin"]),
    ("Fluorspar and barite are on the US critical minerals list.", ["barite", "fluorspar"]),
    ("Canada produces most of the world's potash.", ["potash"]),
    ("Morocco holds 70% of phosphate reserves.", ["phosphate"]),
    ("Australia exports metallurgical coal to India and Japan.", ["metallurgical_coal"]),
    ("Zinc and lead output from Peru fell.", ["lead", "zinc"]),
    ("Lead-acid batteries are still widely recycled.", ["lead"]),
    ("Bolivia's lithium brine is hard to process.", ["lithium"]),
    ("Chromite ore from South Africa feeds ferrochrome smelters.", ["chromium"]),
    ("Helium shortages hit chipmakers in Taiwan.", ["helium"]),
    ("Hafnium and zirconium are separated in France.", ["hafnium", "zirconium"]),
    ("Indium tin oxide coats touch screens.", ["indium"]),
    ("Scandium aluminum alloys are light.", ["aluminum", "scandium"]),
    ("Bismuth prices doubled after Chinese export curbs.", ["bismuth"]),
    ("Tellurium is a by-product of copper refining.", ["copper", "tellurium"]),
    ("Magnesium metal from China dominates supply.", ["magnesium"]),
    ("Titanium sponge is produced in Japan and Kazakhstan.", ["titanium"]),
    ("Silver prices climbed with gold.", ["silver"]),
    ("Palladium and rhodium prices slumped.", ["palladium", "rhodium"]),
    ("Beryllium is used in aerospace.", ["beryllium"]),
    ("Samarium-cobalt magnets are used in missiles.", ["cobalt", "samarium"]),
    ("Yttrium and scandium curbs hurt aerospace coatings.", ["scandium", "yttrium"]),
    ("Cesium and rubidium are mined in Canada.", ["cesium", "rubidium"]),
    ("Strontium is used in fireworks.", ["strontium"]),
    ("Arsenic is a critical mineral in the US list.", ["arsenic"]),
    ("Boron from Turkey supplies glassmakers.", ["boron"]),
    ("Feldspar is used in ceramics.", ["feldspar"]),
    ("Rhenium goes into jet engine superalloys.", ["rhenium"]),
    ("Iridium and ruthenium are platinum group metals.", ["iridium", "pgm", "ruthenium"]),
    (
        "Europium, gadolinium, holmium, erbium, thulium, ytterbium and lutetium are heavy rare earths.",
        [
            "erbium",
            "europium",
            "gadolinium",
            "holmium",
            "lutetium",
            "rare_earths",
            "thulium",
            "ytterbium",
        ],
    ),
    ("Lanthanum and cerium are light rare earths.", ["cerium", "lanthanum", "rare_earths"]),
    ("Praseodymium prices rose.", ["praseodymium"]),
    ("Lithium-ion battery demand grows.", ["lithium"]),
    ("Antimony trisulfide is used in ammunition primers.", ["antimony"]),
    ("Cobalt sulfate is refined in Finland.", ["cobalt"]),
    ("Nickel matte from Indonesia is converted into sulphate.", ["nickel"]),
    ("The firm mines tin in Bolivia.", ["tin"]),
    ("Ferrovanadium and ferromanganese are steel additives.", ["manganese", "vanadium"]),
    ("The solar industry needs silicon metal.", ["silicon"]),
    ("Germany imports coking coal from Australia.", ["metallurgical_coal"]),
    ("Alumina refineries in Western Australia cut output.", ["aluminum"]),
    ("Aluminium tariffs of 50% hit Canada.", ["aluminum"]),
    ("Permanent magnets made with NdPr power EVs.", ["neodymium", "praseodymium"]),
    ("Rare-earth permanent magnets are under export licensing.", ["rare_earths"]),
    ("Uranium enrichment in Russia faces a US ban.", ["uranium"]),
    ("Tungsten carbide tools need APT.", ["tungsten"]),
    ("Ammonium paratungstate prices doubled.", ["tungsten"]),
    ("Graphite electrodes are used in steel furnaces.", ["graphite"]),
    ("Japan will take the lead in the talks.", []),
    ("The minister hopes to iron out differences with Seoul.", []),
    ("The queen's platinum jubilee was celebrated in London.", []),
    ("The deal comes with a copper-bottomed guarantee.", []),
    ("She won gold and silver medals at the Olympics.", []),
    ("The silver lining is that prices are stable.", []),
    ("The walls were painted cobalt blue.", []),
    ("It costs a nickel.", []),
    ("The lead negotiator for Australia said talks would resume.", []),
    ("Analysts expect the tariffs to lead to higher prices.", []),
    ("Mercedes will lead the consortium.", []),
    ("The plan aims to lead global supply chains by 2030.", []),
    ("Leading producers met in Tokyo.", []),
    ("He is the lead author of the report on China.", []),
    ("Gold prices hit a record.", []),
    ("The tin can was recycled.", []),
    ("The platinum card offers lounge access.", []),
    ("Rio Tinto posted higher profits.", []),
    ("Silicon Valley investors backed the startup.", []),
    ("The lithium-ion battery fire was caused by a fault.", ["lithium"]),
    ("Lithium Americas secured a federal loan for Thacker Pass.", []),
    ("Graphite One won a grant.", []),
    ("MP Materials makes rare earth magnets in Texas.", ["rare_earths"]),
    ("Korea Zinc built an antimony plant.", ["antimony"]),
    ("The leadership of the ministry changed.", []),
    ("A lead story in the paper covered China.", []),
    ("Kinshasa suspended cobalt exports.", ["cobalt"]),
    ("Lima raised royalties on copper miners.", ["copper"]),
    ("Brasilia and Buenos Aires coordinate lithium policy.", ["lithium"]),
    ("Santiago renegotiated its lithium contracts.", ["lithium"]),
    ("La Paz nationalised the lithium industry.", ["lithium"]),
    ("Hanoi plans to auction rare earth mines.", ["rare_earths"]),
    ("Manila is considering a nickel ore export ban.", ["nickel"]),
    ("Astana signed a tungsten deal with Washington.", ["tungsten"]),
    ("Harare banned lithium ore exports.", ["lithium"]),
    ("Windhoek banned unprocessed lithium exports.", ["lithium"]),
    ("Accra passed a lithium lease.", ["lithium"]),
    ("Niamey revoked Orano's uranium permit.", ["uranium"]),
    ("Conakry ordered bauxite miners to build refineries.", ["aluminum"]),
    ("Ankara found a rare earth deposit.", ["rare_earths"]),
    ("Mexico City nationalised lithium.", ["lithium"]),
    ("Vietnamese rare earths are hard to process.", ["rare_earths"]),
    ("Peruvian copper mines were blockaded.", ["copper"]),
    ("Zambian copper output rose.", ["copper"]),
    ("The Philippines exports nickel ore.", ["nickel"]),
    ("Taiwan's chipmakers use gallium.", ["gallium"]),
    ("Codelco, Chile's state copper miner, signed with SQM.", ["copper"]),
    ("Western Australia approved the lithium refinery.", ["lithium"]),
    ("Glencore's Congo unit cut cobalt output.", ["cobalt"]),
    ("Papua New Guinea's nickel mine reopened.", ["nickel"]),
    ("Anglo American sold its nickel business.", ["nickel"]),
    ("Mount Isa in Queensland produces copper.", ["copper"]),
    ("Nevada's lithium clay deposits are huge.", ["lithium"]),
    ("NATO's defence-critical raw materials list includes gallium.", ["gallium"]),
    ("Peruvians blocked the road to the copper mine.", ["copper"]),
    ("Brazilians and Argentines both mine lithium.", ["lithium"]),
    ("Koreans and Taiwanese firms buy gallium.", ["gallium"]),
    ("Greenlanders oppose uranium mining.", ["uranium"]),
    ("Sino-US relations soured over rare earths.", ["rare_earths"]),
    ("Sino-Japanese tension grew over rare earths.", ["rare_earths"]),
    ("The Australia-India partnership funds lithium projects.", ["lithium"]),
    ("A Canadian-listed junior found lithium.", ["lithium"]),
    ("EU-Chile trade deal covers lithium.", ["lithium"]),
    ("Jordan said the phosphate exports would rise.", ["phosphate"]),
    ("Mount Weld in Western Australia produces rare earths.", ["rare_earths"]),
    ("Inner Mongolia's Baotou is the rare earth capital.", ["rare_earths"]),
    ("Xinjiang polysilicon faces a ban.", ["silicon"]),
    ("Tibet holds lithium brine.", ["lithium"]),
    ("The Pilbara region of Australia exports spodumene.", ["lithium"]),
    ("New Caledonia's nickel industry is in crisis.", ["nickel"]),
    ("The Bureau of Land Management approved the lithium mine.", ["lithium"]),
    ("The Department of Defense awarded a contract for antimony.", ["antimony"]),
    ("The Defense Logistics Agency will buy cobalt.", ["cobalt"]),
    ("Cochilco forecast higher copper prices.", ["copper"]),
    ("Kazatomprom cut uranium output.", ["uranium"]),
    ("YLB signed a lithium deal with a Russian firm.", ["lithium"]),
    ("Gécamines will market cobalt.", ["cobalt"]),
    ("Rosatom won the uranium licence.", ["uranium"]),
    (
        "The Ministry of Commerce and the General Administration of Customs announced controls on gallium.",
        ["gallium"],
    ),
    ("The mine produces copper, gold and molybdenum.", ["copper"]),
    ("Iron ore prices fell.", []),
    ("Steel tariffs hit China.", []),
    ("Lithium iron phosphate batteries are cheaper.", ["lithium"]),
    ("Nickel-cobalt-manganese cathodes use more nickel.", ["cobalt", "manganese", "nickel"]),
    ("NMC cathodes need nickel.", ["nickel"]),
    ("Pure silver coins sold out.", ["silver"]),
    ("Silver futures rose.", ["silver"]),
    ("Germanium wafers are used in satellites.", ["germanium"]),
    ("Antimony ore shipments from Tajikistan rose.", ["antimony"]),
    ("The group mines PGMs and chrome in South Africa.", ["chromium", "pgm"]),
    ("Chrome ore exports from South Africa rose.", ["chromium"]),
    ("High-purity alumina is used in LEDs.", ["aluminum"]),
    ("Manganese ore from Gabon.", ["manganese"]),
    ("Uranium concentrate from Niger.", ["uranium"]),
    ("Graphite anode material is under export control.", ["graphite"]),
    ("Lithium producers SQM and Albemarle.", ["lithium"]),
    ("Rare earths producer Lynas.", ["rare_earths"]),
    ("The tin price on the LME jumped.", ["tin"]),
    ("Tin miners in Indonesia halted output.", ["tin"]),
    ("Cobalt is mined in Congo.", ["cobalt"]),
    ("Zinc smelters in Europe shut down.", ["zinc"]),
    ("The lead smelter in Port Pirie.", ["lead"]),
    ("Lead and zinc mines in Alaska.", ["lead", "zinc"]),
    ("Lead, zinc and silver prices rose.", ["lead", "silver", "zinc"]),
    ("US lead imports from Mexico rose.", ["lead"]),
    ("Lead mining in Zambia poisoned children.", ["lead"]),
    ("The mineral sands project will produce zircon and rutile.", ["titanium", "zirconium"]),
    ("The Syrah plant makes active anode material from graphite.", ["graphite"]),
    ("Phosphoric acid and purified phosphoric acid for LFP batteries.", ["lithium", "phosphate"]),
    ("Cobalt-free batteries are gaining share.", ["cobalt"]),
    ("Rare-earth-free motors are being developed.", ["rare_earths"]),
    ("The gallium and germanium ban covers the US.", ["gallium", "germanium"]),
    ("Copper-nickel deposits in Minnesota.", ["copper", "nickel"]),
    ("Copper-gold projects in Peru.", ["copper"]),
    ("Tungsten, tin and tantalum are conflict minerals.", ["tantalum", "tin", "tungsten"]),
    ("Shares of Piedmont Lithium and Sayona Mining rose after they agreed to merge.", []),
    ("Piedmont Lithium said on Tuesday it would sell spodumene to Tesla.", ["lithium"]),
    ("Iridium said its satellites were unaffected by the outage.", []),
    ("Iridium Communications launched new satellites.", []),
    ("Iridium and ruthenium prices rose.", ["iridium", "ruthenium"]),
    ("The US needs HALEU for advanced reactors.", ["uranium"]),
    ("Swiss-based Glencore owns cobalt mines in Congo.", ["cobalt"]),
    ("Korean battery makers rely on Chinese graphite.", ["graphite"]),
    ("Côte d'Ivoire and Burkina Faso produce manganese.", ["manganese"]),
    ("The lead-zinc mine in Bolivia was sold.", ["lead", "zinc"]),
    ("The zinc-lead operation restarted.", ["lead", "zinc"]),
    ("Japan will lead a $2 billion fund for rare earths.", ["rare_earths"]),
    ("Australia and India will jointly lead the initiative on lithium.", ["lithium"]),
    ("Prices of lead rose 3%.", ["lead"]),
    ("Lead output in Australia rose.", ["lead"]),
    ("Tin and tungsten exports fell.", ["tin", "tungsten"]),
    ("Copper Mountain Mining was bought by Hudbay.", []),
    ("Silver Lake invested in the firm.", []),
    ("NBA commissioner Adam Silver spoke.", []),
    ("Helium One drilled a well in Tanzania.", []),
    (
        "The US Geological Survey added copper and silver to the critical minerals list.",
        ["copper", "silver"],
    ),
    ("Nickel Industries, an Australian company, operates in Indonesia.", []),
    ("Indonesia's Harita Nickel reported record profit.", []),
    ("The U.S. Department of the Interior approved the copper mine.", ["copper"]),
    ("The American Battery Technology Company recycles lithium.", ["lithium"]),
    ("The Bolivarian Republic of Venezuela holds coltan.", ["tantalum"]),
    ("Lao PDR exports potash.", ["potash"]),
    ("Russia's Nornickel produces palladium.", ["palladium"]),
    ("UK-based Pensana plans a rare earths plant.", ["rare_earths"]),
    ("The African nation of Malawi holds rare earths.", ["rare_earths"]),
    ("Greenland, an autonomous territory of Denmark, holds rare earths.", ["rare_earths"]),
    ("Mongolia's Oyu Tolgoi copper mine expanded.", ["copper"]),
    ("Argentina's Catamarca province approved lithium projects.", ["lithium"]),
    ("Jujuy province hosts lithium brines.", ["lithium"]),
    ("The Atacama salt flat holds lithium.", ["lithium"]),
    ("Tesla's Nevada gigafactory uses lithium.", ["lithium"]),
    ("North America's largest lithium mine.", ["lithium"]),
    ("Europe imports lithium from Chile.", ["lithium"]),
    ("Ore grading 2 g/t Au and 1% Cu.", []),
]

COUNTRY_STRESS = [
    ("Pilbara Minerals shipped 200,000 tonnes of spodumene to Chinese converters.", ["CHN"]),
    ("Chinese makers control 90% of NdFeB magnet output.", ["CHN"]),
    ("Beijing banned exports of germanium and antimony to the United States.", ["CHN", "USA"]),
    ("Tungsten prices hit a record after China cut quotas.", ["CHN"]),
    ("South Africa supplies most of the world's PGMs.", ["ZAF"]),
    ("Gabon is the second-largest manganese producer.", ["GAB"]),
    ("Kazakhstan is the largest uranium producer.", ["KAZ"]),
    ("Chile's Codelco sells copper cathodes to Chinese buyers.", ["CHL", "CHN"]),
    ("Indonesia's nickel pig iron output surged.", ["IDN"]),
    ("LFP cells now dominate Chinese EV sales.", ["CHN"]),
    ("The Democratic Republic of Congo supplies 70% of mined cobalt.", ["COD"]),
    ("Guinea is the top bauxite exporter.", ["GIN"]),
    ("Mozambique's graphite feeds anode plants.", ["MOZ"]),
    ("Synthetic graphite anode material faces US duties.", ["USA"]),
    ("Polysilicon from Xinjiang faces a US import ban.", ["USA"]),
    ("Brazil's CBMM dominates niobium supply.", ["BRA"]),
    ("Rwanda exports tantalum and tin.", ["RWA"]),
    ("Fluorspar and barite are on the US critical minerals list.", ["USA"]),
    ("Canada produces most of the world's potash.", ["CAN"]),
    ("Morocco holds 70% of phosphate reserves.", ["MAR"]),
    ("Australia exports metallurgical coal to India and Japan.", ["AUS", "IND", "JPN"]),
    ("Zinc and lead output from Peru fell.", ["PER"]),
    ("Bolivia's lithium brine is hard to process.", ["BOL"]),
    ("Chromite ore from South Africa feeds ferrochrome smelters.", ["ZAF"]),
    ("Helium shortages hit chipmakers in Taiwan.", ["TWN"]),
    ("Hafnium and zirconium are separated in France.", ["FRA"]),
    ("Bismuth prices doubled after Chinese export curbs.", ["CHN"]),
    ("Magnesium metal from China dominates supply.", ["CHN"]),
    ("Titanium sponge is produced in Japan and Kazakhstan.", ["JPN", "KAZ"]),
    ("Cesium and rubidium are mined in Canada.", ["CAN"]),
    ("Arsenic is a critical mineral in the US list.", ["USA"]),
    ("Boron from Turkey supplies glassmakers.", ["TUR"]),
    ("Cobalt sulfate is refined in Finland.", ["FIN"]),
    ("Nickel matte from Indonesia is converted into sulphate.", ["IDN"]),
    ("The firm mines tin in Bolivia.", ["BOL"]),
    ("Germany imports coking coal from Australia.", ["AUS", "DEU"]),
    ("Alumina refineries in Western Australia cut output.", []),
    ("Aluminium tariffs of 50% hit Canada.", ["CAN"]),
    ("Uranium enrichment in Russia faces a US ban.", ["RUS", "USA"]),
    ("The minister hopes to iron out differences with Seoul.", ["KOR"]),
    ("The queen's platinum jubilee was celebrated in London.", ["GBR"]),
    ("The lead negotiator for Australia said talks would resume.", ["AUS"]),
    ("Leading producers met in Tokyo.", ["JPN"]),
    ("He is the lead author of the report on China.", ["CHN"]),
    ("Korea Zinc built an antimony plant.", ["KOR"]),
    ("A lead story in the paper covered China.", ["CHN"]),
    ("Canberra said it would fund the projects.", ["AUS"]),
    ("Ottawa blocked the takeover.", ["CAN"]),
    ("Jakarta banned ore exports.", ["IDN"]),
    ("Kinshasa suspended cobalt exports.", ["COD"]),
    ("Pretoria wants beneficiation at home.", ["ZAF"]),
    ("Lima raised royalties on copper miners.", ["PER"]),
    ("Brasília signed the deal with Beijing.", ["BRA", "CHN"]),
    ("Brasilia and Buenos Aires coordinate lithium policy.", ["ARG", "BRA"]),
    ("Santiago renegotiated its lithium contracts.", ["CHL"]),
    ("La Paz nationalised the lithium industry.", ["BOL"]),
    ("Hanoi plans to auction rare earth mines.", ["VNM"]),
    ("Manila is considering a nickel ore export ban.", ["PHL"]),
    ("Riyadh is investing in mining abroad.", ["SAU"]),
    ("Astana signed a tungsten deal with Washington.", ["KAZ", "USA"]),
    ("Ulaanbaatar courted Japanese investors.", ["JPN", "MNG"]),
    ("Nairobi and Addis Ababa discussed mining.", ["ETH", "KEN"]),
    ("Harare banned lithium ore exports.", ["ZWE"]),
    ("Lusaka and Kinshasa agreed on a battery plan.", ["COD", "ZMB"]),
    ("Windhoek banned unprocessed lithium exports.", ["NAM"]),
    ("Accra passed a lithium lease.", ["GHA"]),
    ("Niamey revoked Orano's uranium permit.", ["NER"]),
    ("Bamako seized gold from Barrick.", ["MLI"]),
    ("Conakry ordered bauxite miners to build refineries.", ["GIN"]),
    ("Kyiv offered the US a minerals deal.", ["UKR", "USA"]),
    ("Warsaw and Prague back the CRMA.", ["CZE", "POL"]),
    ("Stockholm approved the mine.", ["SWE"]),
    ("Oslo opened the seabed to mining.", ["NOR"]),
    ("Helsinki backs battery chemicals plants.", ["FIN"]),
    ("Wellington joined the partnership.", ["NZL"]),
    ("Islamabad offered minerals to Washington.", ["PAK", "USA"]),
    ("Tehran and Moscow signed a deal.", ["IRN", "RUS"]),
    ("Ankara found a rare earth deposit.", ["TUR"]),
    ("Cairo hosted an African mining forum.", ["EGY"]),
    ("Mexico City nationalised lithium.", ["MEX"]),
    ("Bogotá and Quito signed a mining pact.", ["COL", "ECU"]),
    ("The Kiwi government backed the project.", ["NZL"]),
    ("Emirati and Saudi funds bought stakes.", ["ARE", "SAU"]),
    ("Uzbek and Kazakh officials met.", ["KAZ", "UZB"]),
    ("Malaysian authorities approved Lynas's permit.", ["MYS"]),
    ("Vietnamese rare earths are hard to process.", ["VNM"]),
    ("Peruvian copper mines were blockaded.", ["PER"]),
    ("Zambian copper output rose.", ["ZMB"]),
    ("The Kingdom of Saudi Arabia signed.", ["SAU"]),
    ("The Philippines exports nickel ore.", ["PHL"]),
    ("The Netherlands imposed chip export controls.", ["NLD"]),
    ("Taiwan's chipmakers use gallium.", ["TWN"]),
    ("Taipei said supply was adequate.", ["TWN"]),
    ("Hong Kong-listed miners rallied.", ["HKG"]),
    ("The Kremlin said Russia would boost output.", ["RUS"]),
    ("Downing Street announced a critical minerals strategy.", ["GBR"]),
    ("The Élysée said France would join.", ["FRA"]),
    ("The Bundestag approved the fund.", ["DEU"]),
    ("The Commerce Ministry in Beijing issued licences.", ["CHN"]),
    ("Japan's METI will subsidise the mine.", ["JPN"]),
    ("JOGMEC took a stake in the Australian project.", ["AUS", "JPN"]),
    ("The Pentagon awarded $400 million to MP Materials.", ["USA"]),
    ("The U.S. Department of Energy announced grants.", ["USA"]),
    ("The Department of War took an equity stake.", ["USA"]),
    ("Export Development Canada lent C$100 million.", ["CAN"]),
    ("KfW will finance the German raw materials fund.", ["DEU"]),
    ("Codelco, Chile's state copper miner, signed with SQM.", ["CHL"]),
    ("The plant is in Indiana.", []),
    ("The mine is in New Mexico.", []),
    ("Coal from New South Wales is shipped to Japan.", ["JPN"]),
    ("Western Australia approved the lithium refinery.", []),
    ("Oil theft in the Niger Delta continued.", []),
    ("Researchers at Georgia Tech studied the battery.", []),
    ("He ordered chile peppers.", []),
    ("They ate turkey for Thanksgiving.", []),
    ("Chad Williams runs the company.", []),
    ("Jordan Smith chairs the board.", []),
    ("The town of Peru, Indiana, hosts a plant.", []),
    ("Ships crossed the Panama Canal.", ["PAN"]),
    ("South Africa and Zimbabwe agreed.", ["ZAF", "ZWE"]),
    ("Demand across Africa is rising.", []),
    ("Boats on the Congo River carry ore.", []),
    ("Glencore's Congo unit cut cobalt output.", ["COD"]),
    ("Seoul's trade ministry said so.", ["KOR"]),
    ("Korea and Japan agreed to share stockpiles.", ["JPN", "KOR"]),
    ("North Korea fired a missile.", ["PRK"]),
    ("Guinea-Bissau signed the charter.", ["GNB"]),
    ("Equatorial Guinea joined.", ["GNQ"]),
    ("Papua New Guinea's nickel mine reopened.", ["PNG"]),
    ("Brussels proposed new tariffs.", []),
    ("The Anglo-Australian miner Rio Tinto runs the mine.", ["AUS", "GBR"]),
    ("Anglo American sold its nickel business.", []),
    ("Lake Chad is shrinking.", []),
    ("Mount Isa in Queensland produces copper.", []),
    ("Nevada's lithium clay deposits are huge.", []),
    ("The Gulf of Mexico is now called the Gulf of America.", []),
    ("Indian officials met their American counterparts.", ["IND", "USA"]),
    ("Dominica and the Dominican Republic are different.", ["DMA", "DOM"]),
    ("Niger's junta expelled the French.", ["FRA", "NER"]),
    ("Mali and Burkina Faso left ECOWAS.", ["BFA", "MLI"]),
    ("Sierra Leone and Liberia signed.", ["LBR", "SLE"]),
    ("Kyrgyzstan and Tajikistan border clash.", ["KGZ", "TJK"]),
    ("The US and the UK sign a deal.", ["GBR", "USA"]),
    ("The EU and the US sign a deal.", ["USA"]),
    ("Macron and Xi met in Paris.", ["FRA"]),
    ("Georgia Power will buy electricity.", []),
    ("Greenland's government rejected the bid.", ["GRL"]),
    ("Pax Silica signatories met in Washington.", ["USA"]),
    ("The MSP financed a mine in Tanzania.", ["TZA"]),
    ("The EU-Japan partnership was renewed.", ["JPN"]),
    ("EU-China trade tensions rose.", ["CHN"]),
    ("The U.S.-EU trade deal covers minerals.", ["USA"]),
    ("An African Union summit in Addis Ababa endorsed the plan.", ["ETH"]),
    ("Australians and Canadians dominate the junior mining sector.", ["AUS", "CAN"]),
    ("Indonesians protested against the smelters.", ["IDN"]),
    ("Chileans voted on a new constitution.", ["CHL"]),
    ("Peruvians blocked the road to the copper mine.", ["PER"]),
    ("Brazilians and Argentines both mine lithium.", ["ARG", "BRA"]),
    ("Kazakhs and Uzbeks met in Samarkand.", ["KAZ", "UZB"]),
    ("Pakistanis and Afghans crossed the border.", ["AFG", "PAK"]),
    ("Zambians and Zimbabweans rely on mining jobs.", ["ZMB", "ZWE"]),
    ("Mongolians elected a new parliament.", ["MNG"]),
    ("Koreans and Taiwanese firms buy gallium.", ["KOR", "TWN"]),
    ("Turks voted in the election.", ["TUR"]),
    ("Vietnamese and Thai officials met.", ["THA", "VNM"]),
    ("Greenlanders oppose uranium mining.", ["GRL"]),
    ("Israelis and Saudis discussed normalisation.", ["ISR", "SAU"]),
    ("Malaysians protested against Lynas.", ["MYS"]),
    ("Nigerians and Ghanaians trade gold.", ["GHA", "NGA"]),
    ("Mexicans and Colombians were among the buyers.", ["COL", "MEX"]),
    ("Russians and Ukrainians both claim the deposits.", ["RUS", "UKR"]),
    ("Emiratis bought a stake in the mine.", ["ARE"]),
    ("Namibians and Batswana share the Kalahari.", ["BWA", "NAM"]),
    ("Scandinavian miners are expanding.", []),
    ("Sino-US relations soured over rare earths.", ["CHN", "USA"]),
    ("Sino-Japanese tension grew over rare earths.", ["CHN", "JPN"]),
    ("The Franco-German proposal won support.", ["DEU", "FRA"]),
    ("The Indo-Pacific region needs secure supply chains.", []),
    ("The Indo-Pacific Economic Framework was signed.", []),
    ("The Anglo-Swiss miner Glencore runs the mine.", ["CHE", "GBR"]),
    ("The Anglo-Dutch group sold the unit.", ["GBR", "NLD"]),
    ("The Anglo-Saxon model of capitalism.", []),
    ("Australia-based Lynas and US-based MP are rivals.", ["AUS", "USA"]),
    ("The China-based refiner raised prices.", ["CHN"]),
    ("The Japan-US critical minerals agreement was signed in 2023.", ["JPN", "USA"]),
    ("US-Ukraine minerals deal signed.", ["UKR", "USA"]),
    ("The Australia-India partnership funds lithium projects.", ["AUS", "IND"]),
    ("Chinese-owned mines in Congo were audited.", ["CHN", "COD"]),
    ("Chinese-made magnets flood the market.", ["CHN"]),
    ("A Canadian-listed junior found lithium.", ["CAN"]),
    ("Korea-US talks stalled.", ["KOR", "USA"]),
    ("EU-Chile trade deal covers lithium.", ["CHL"]),
    ("The UK-Australia deal entered into force.", ["AUS", "GBR"]),
    ("The U.S.-Japan critical minerals agreement.", ["JPN", "USA"]),
    ("The U.S.-led coalition met.", ["USA"]),
    ("The US-led partnership met.", ["USA"]),
    ("Denzel Washington starred in the film.", []),
    ("Chad said the border was closed.", ["TCD"]),
    ("Jordan said the phosphate exports would rise.", ["JOR"]),
    ("Georgia's government in Tbilisi approved the mine.", ["GEO"]),
    ("The Georgia plant will make batteries for Hyundai.", []),
    ("Kemp said Georgia would welcome the battery plant.", []),
    ("Mount Weld in Western Australia produces rare earths.", []),
    ("The South Pole expedition returned.", []),
    ("The North Pole is melting.", []),
    ("The Amazon basin spans Brazil and Peru.", ["BRA", "PER"]),
    ("Inner Mongolia's Baotou is the rare earth capital.", []),
    ("Xinjiang polysilicon faces a ban.", []),
    ("Tibet holds lithium brine.", []),
    ("Catalonia wants independence from Spain.", ["ESP"]),
    ("The Pilbara region of Australia exports spodumene.", ["AUS"]),
    ("Lebanon, Pennsylvania hosts a plant.", []),
    ("Mexico, Missouri has a refractory plant.", []),
    ("Cuba, New York is a small town.", []),
    ("Canada geese flew over the mine.", []),
    ("The America's Cup sailed off Barcelona.", []),
    ("Jersey City officials met.", []),
    ("Victoria's government approved the mine.", []),
    ("New Caledonia's nickel industry is in crisis.", ["NCL"]),
    ("Puerto Rico's governor spoke.", ["PRI"]),
    ("American Samoa is a US territory.", ["ASM", "USA"]),
    ("Macau casinos reopened.", ["MAC"]),
    ("The Isle of Man registry listed the company.", ["IMN"]),
    ("Scotland and Wales back the plan.", []),
    ("England's mines closed decades ago.", []),
    ("Ireland and Northern Ireland share a border.", ["IRL"]),
    ("Kosovo holds lignite.", []),
    ("The Federal Reserve raised rates.", ["USA"]),
    # s42: the US executive departments' own names stand for the US (the labels count them)
    ("The Treasury Department sanctioned the firm.", ["USA"]),
    ("The Treasury Department sanctioned the Chinese firm.", ["CHN", "USA"]),
    ("US Treasury Secretary Scott Bessent spoke.", ["USA"]),
    ("The Department of the Interior approved the mine.", ["USA"]),
    ("The Bureau of Land Management approved the lithium mine.", ["USA"]),
    ("The Environmental Protection Agency issued a rule.", []),
    ("The Department of Defense awarded a contract for antimony.", ["USA"]),
    ("The Defense Logistics Agency will buy cobalt.", ["USA"]),
    ("USGS data show imports rose.", ["USA"]),
    ("The Reserve Bank of Australia held rates.", ["AUS"]),
    ("The People's Bank of China cut rates.", ["CHN"]),
    ("Cochilco forecast higher copper prices.", ["CHL"]),
    ("Kazatomprom cut uranium output.", ["KAZ"]),
    ("YLB signed a lithium deal with a Russian firm.", ["BOL", "RUS"]),
    ("Gécamines will market cobalt.", ["COD"]),
    ("Rosatom won the uranium licence.", ["RUS"]),
    ("The Kremlin-backed firm won.", ["RUS"]),
    ("The State Council approved the plan.", ["CHN"]),
    ("Xinhua reported the curbs.", ["CHN"]),
    (
        "The Ministry of Commerce and the General Administration of Customs announced controls on gallium.",
        ["CHN"],
    ),
    ("Chinese Vice Premier He Lifeng met US officials.", ["CHN", "USA"]),
    ("The Japanese trade ministry said it would help.", ["JPN"]),
    ("The Indian mines ministry auctioned blocks.", ["IND"]),
    ("Indonesia's energy ministry set the benchmark.", ["IDN"]),
    ("The Saudi mining ministry signed.", ["SAU"]),
    ("Canada's Industry Minister blocked the deal.", ["CAN"]),
    ("Investment Canada Act review ordered divestment.", ["CAN"]),
    ("Parliament in Canberra passed the law.", ["AUS"]),
    ("The European Parliament voted.", []),
    ("The Australian dollar fell.", ["AUS"]),
    ("Prices in yuan rose.", []),
    ("The deal is worth A$1.2 billion.", []),
    ("The World Trade Organization ruled against Indonesia.", ["IDN"]),
    ("Antimony ore shipments from Tajikistan rose.", ["TJK"]),
    ("The group mines PGMs and chrome in South Africa.", ["ZAF"]),
    ("Chrome ore exports from South Africa rose.", ["ZAF"]),
    ("Manganese ore from Gabon.", ["GAB"]),
    ("Uranium concentrate from Niger.", ["NER"]),
    ("Tin miners in Indonesia halted output.", ["IDN"]),
    ("Cobalt is mined in Congo.", ["COD"]),
    ("US lead imports from Mexico rose.", ["MEX", "USA"]),
    ("Lead mining in Zambia poisoned children.", ["ZMB"]),
    ("The gallium and germanium ban covers the US.", ["USA"]),
    ("Copper-gold projects in Peru.", ["PER"]),
    ("3T minerals from Rwanda.", ["RWA"]),
    ("The US needs HALEU for advanced reactors.", ["USA"]),
    ("Australian miner Lynas runs a plant in Malaysia.", ["AUS", "MYS"]),
    ("Swiss-based Glencore owns cobalt mines in Congo.", ["CHE", "COD"]),
    ("Korean battery makers rely on Chinese graphite.", ["CHN", "KOR"]),
    ("The Democratic Republic of the Congo (DRC) extended the ban.", ["COD"]),
    ("Côte d'Ivoire and Burkina Faso produce manganese.", ["BFA", "CIV"]),
    ("Saudi Arabia's Ma'aden signed with MP Materials.", ["SAU"]),
    ("Supply from the Sahel and the Horn of Africa is uncertain.", []),
    ("Southeast Asia and the Middle East are new markets.", []),
    ("The lead-zinc mine in Bolivia was sold.", ["BOL"]),
    ("Japan will lead a $2 billion fund for rare earths.", ["JPN"]),
    ("Australia and India will jointly lead the initiative on lithium.", ["AUS", "IND"]),
    ("Lead output in Australia rose.", ["AUS"]),
    ("Helium One drilled a well in Tanzania.", ["TZA"]),
    ("The US Geological Survey added copper and silver to the critical minerals list.", ["USA"]),
    ("Nickel Industries, an Australian company, operates in Indonesia.", ["AUS", "IDN"]),
    ("Indonesia's Harita Nickel reported record profit.", ["IDN"]),
    ("The U.S. Department of the Interior approved the copper mine.", ["USA"]),
    ("A Chinese state-owned smelter in Zambia.", ["CHN", "ZMB"]),
    ("The Kingdom plans to build a refinery; Saudi officials said.", ["SAU"]),
    ("He said the Emirates would invest.", ["ARE"]),
    ("The government of the Philippines banned exports.", ["PHL"]),
    ("The Bolivarian Republic of Venezuela holds coltan.", ["VEN"]),
    ("Lao PDR exports potash.", ["LAO"]),
    ("Viet Nam and the Republic of Korea signed.", ["KOR", "VNM"]),
    ("The Kyrgyz Republic revoked the licence.", ["KGZ"]),
    ("Russia's Nornickel produces palladium.", ["RUS"]),
    ("The Russian Federation and the PRC signed.", ["CHN", "RUS"]),
    ("The U.K. government published its strategy.", ["GBR"]),
    ("UK-based Pensana plans a rare earths plant.", ["GBR"]),
    ("The African nation of Malawi holds rare earths.", ["MWI"]),
    ("Greenland, an autonomous territory of Denmark, holds rare earths.", ["DNK", "GRL"]),
    ("The Chilean government and SQM agreed.", ["CHL"]),
    ("Mongolia's Oyu Tolgoi copper mine expanded.", ["MNG"]),
    ("Argentina's Catamarca province approved lithium projects.", ["ARG"]),
    ("Jujuy province hosts lithium brines.", []),
    ("The Atacama salt flat holds lithium.", []),
    ("Tesla's Nevada gigafactory uses lithium.", []),
    ("America First policy backs minerals.", ["USA"]),
    ("Made in America rules apply.", ["USA"]),
    ("North America's largest lithium mine.", []),
    ("Europe imports lithium from Chile.", ["CHL"]),
    ("Brussels and Washington agreed.", ["USA"]),
    ("ASEAN-China trade rose.", ["CHN"]),
    ("A G20 meeting in South Africa.", ["ZAF"]),
    ("The MSP Finance Network met in London.", ["GBR"]),
    ("The NATO summit in The Hague.", ["NLD"]),
]

BLOC_STRESS = [
    ("Warsaw and Prague back the CRMA.", ["EU"]),
    ("Brussels proposed new tariffs.", ["EU"]),
    ("The EU and the US sign a deal.", ["EU"]),
    ("The Group of Seven agreed a critical minerals action plan.", ["G7"]),
    ("G7 leaders met in Kananaskis.", ["G7"]),
    ("The G20 summit in Johannesburg ended.", ["G20"]),
    ("Quad foreign ministers launched a minerals initiative.", ["QUAD"]),
    ("The Minerals Security Partnership Forum met.", ["MSP"]),
    ("FORGE members agreed on price floors.", ["FORGE"]),
    ("Pax Silica signatories met in Washington.", ["PAX_SILICA"]),
    ("IPEF partners signed a supply chain agreement.", ["IPEF"]),
    ("ASEAN economic ministers met.", ["ASEAN"]),
    ("The African Union wants value added in Africa.", ["AU"]),
    ("BRICS nations discussed a grain exchange.", ["BRICS"]),
    ("The OECD due diligence guidance applies.", ["OECD"]),
    ("The USMCA joint review starts in July.", ["USMCA"]),
    ("Mercosur and EFTA concluded talks.", ["MERCOSUR"]),
    ("NATO's defence-critical raw materials list includes gallium.", ["NATO"]),
    ("The SCO summit in Tianjin closed.", ["SCO"]),
    ("OPEC kept output steady.", ["OPEC"]),
    ("EU member states approved the regulation.", ["EU"]),
    ("The European Commission's proposal drew fire.", ["EU"]),
    ("The Group of 20 major economies met.", ["G20"]),
    ("The Association of Southeast Asian Nations met.", ["ASEAN"]),
    ("Brics leaders met in Rio.", ["BRICS"]),
    ("The Quad's minerals initiative was launched.", ["QUAD"]),
    ("The Organization of the Petroleum Exporting Countries met.", ["OPEC"]),
    ("The Southern Common Market signed a deal.", ["MERCOSUR"]),
    ("The MSP financed a mine in Tanzania.", ["MSP"]),
    ("The G-20 communique mentioned minerals.", ["G20"]),
    ("The EU-Japan partnership was renewed.", ["EU"]),
    ("EU-China trade tensions rose.", ["EU"]),
    ("The U.S.-EU trade deal covers minerals.", ["EU"]),
    ("An African Union summit in Addis Ababa endorsed the plan.", ["AU"]),
    ("The Indo-Pacific Economic Framework was signed.", ["IPEF"]),
    ("EU-Chile trade deal covers lithium.", ["EU"]),
    ("The European Parliament voted.", ["EU"]),
    ("The G7+ partners met.", ["G7"]),
    ("The Group of 7 summit opened.", ["G7"]),
    ("EU27 leaders met.", ["EU"]),
    ("Europe's raw materials strategy.", []),
    ("European Union officials said so.", ["EU"]),
    ("The Critical Raw Materials Act took effect.", ["EU"]),
    ("The EU's Critical Raw Materials Act set targets.", ["EU"]),
    ("The Council of Europe met.", []),
    ("The European Court of Justice ruled.", ["EU"]),
    ("The European Central Bank raised rates.", ["EU"]),
    ("The African Development Bank lent money.", []),
    ("The AfCFTA secretariat met.", []),
    ("The Quad Leaders' Summit in Wilmington launched the initiative.", ["QUAD"]),
    ("The Minerals Security Partnership's members met.", ["MSP"]),
    ("The Pax Silica declaration was signed.", ["PAX_SILICA"]),
    ("The Shanghai Cooperation Organization met.", ["SCO"]),
    ("OPEC+ agreed to raise output.", ["OPEC"]),
    ("Nato allies met.", ["NATO"]),
    ("The North Atlantic Treaty Organization met.", ["NATO"]),
    ("ASEAN+3 ministers met.", ["ASEAN"]),
    ("The U.S.-Mexico-Canada Agreement review.", ["USMCA"]),
    ("The World Trade Organization ruled against Indonesia.", []),
    ("The IEA said demand would rise.", []),
    ("Europe imports lithium from Chile.", []),
    ("The EU's executive arm proposed a stockpile.", ["EU"]),
    ("Brussels and Washington agreed.", ["EU"]),
    ("The bloc's foreign ministers met in Brussels.", ["EU"]),
    ("ASEAN-China trade rose.", ["ASEAN"]),
    ("The G7's critical minerals action plan.", ["G7"]),
    ("A G20 meeting in South Africa.", ["G20"]),
    ("The AU's Africa Green Minerals Strategy.", ["AU"]),
    ("Au grades at the mine were high.", []),
    ("Ore grading 2 g/t Au and 1% Cu.", []),
    ("The MSP Finance Network met in London.", ["MSP"]),
    ("The IPEF Supply Chain Agreement entered into force.", ["IPEF"]),
    ("The OPEC Fund lent money.", ["OPEC"]),
    ("The SCO summit.", ["SCO"]),
    ("The NATO summit in The Hague.", ["NATO"]),
]

BLOC_STRESS.append(("The Organization of Petroleum Exporting Countries met.", ["OPEC"]))
MINERAL_STRESS.append(("China Northern Rare Earth raised prices.", []))
COUNTRY_STRESS.append(("China Northern Rare Earth raised prices.", ["CHN"]))


@pytest.mark.parametrize("text,expected", MINERAL_STRESS)
def test_mineral_stress(extractor, text, expected):
    assert predict(extractor, text)["minerals"] == expected


@pytest.mark.parametrize("text,expected", COUNTRY_STRESS)
def test_country_stress(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected


@pytest.mark.parametrize("text,expected", BLOC_STRESS)
def test_bloc_stress(extractor, text, expected):
    assert predict(extractor, text)["blocs"] == expected


# A capital named as a market or a firm's seat is no mention of its government; named as the
# government, or with its country named too, the country counts.
CAPITALS_AS_MARKETS = [
    ("Copper prices in London were little changed after the vote.", []),
    ("Shares of the miner fell 6% in Tokyo on Friday.", []),
    ("Traders in Lima said cargoes of copper concentrate were scarce.", []),
    ("One Seoul-based analyst said lithium demand would recover.", []),
    ("Analysts at a Jakarta brokerage expect nickel output to rise.", []),
    ("The premium buyers pay over the London price has doubled.", []),
    ("London said it would join the lithium talks.", ["GBR"]),
    ("Washington and London agreed to cooperate on rare earths.", ["GBR", "USA"]),
    ("Indonesia raised royalties, and shares of nickel miners fell in Jakarta.", ["IDN"]),
    ("Talks in Canberra ended without a deal on critical minerals.", ["AUS"]),
]


@pytest.mark.parametrize("text,expected", CAPITALS_AS_MARKETS)
def test_capitals_named_as_markets_name_no_country(extractor, text, expected):
    assert predict(extractor, text)["countries"] == expected
