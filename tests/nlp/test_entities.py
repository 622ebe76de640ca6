"""The entity component: minerals, countries and blocs with their ids, and the ambiguities."""

import pytest
import spacy

from nlp.entities import (
    COMPONENT_VERSION,
    FACTORY_NAME,
    SPANS_KEY,
    entity_mentions,
    entity_sets,
)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(FACTORY_NAME)
    return pipeline


def sets(nlp, text):
    return entity_sets(nlp(text))


# --- minerals -------------------------------------------------------------------------------

MINERAL_CASES = [
    # products, compounds, ores and aliases map to their mineral
    ("Albemarle ships lithium hydroxide and lithium carbonate to Korea.", ["lithium"]),
    ("The mine produces spodumene concentrate for export.", ["lithium"]),
    ("Brine lithium from the salt flats is cheaper to extract.", ["lithium"]),
    ("Demand for Li-ion cells keeps rising.", ["lithium"]),
    ("Congo's cobalt hydroxide exports fell in May.", ["cobalt"]),
    ("Guinea's bauxite feeds alumina refineries in China.", ["aluminum"]),
    ("The aluminium smelter closed last winter.", ["aluminum"]),
    ("NdFeB magnets go into every electric motor.", ["neodymium"]),
    ("Neodymium magnets are made mostly in China.", ["neodymium"]),
    ("Rare earth magnets are at the heart of the dispute.", ["rare_earths"]),
    ("The country holds large REE deposits.", ["rare_earths"]),
    ("Processing of rare-earth elements is concentrated in one country.", ["rare_earths"]),
    ("South Africa dominates platinum group metals output.", ["pgm"]),
    ("PGMs are used in catalytic converters.", ["pgm"]),
    ("Polysilicon prices fell for the fifth week.", ["silicon"]),
    ("Australia exports coking coal to India.", ["metallurgical_coal"]),
    ("Morocco holds most of the world's phosphate rock.", ["phosphate"]),
    ("Canada is the largest potash producer.", ["potash"]),
    ("Wolframite concentrate is the main tungsten ore.", ["tungsten"]),
    ("Coltan mined in the east is smuggled across the border.", ["tantalum"]),
    ("Cassiterite output from Myanmar dropped.", ["tin"]),
    ("The plant makes gallium arsenide wafers.", ["gallium"]),
    ("Nickel sulphate and manganese sulphate are battery chemicals.", ["manganese", "nickel"]),
    ("Vanadium pentoxide is used in flow batteries.", ["vanadium"]),
    ("Zircon sands and ilmenite come from the same deposits.", ["titanium", "zirconium"]),
    ("NdPr oxide prices rose.", ["neodymium", "praseodymium"]),
    ("Lutetium and scandium are on the list.", ["lutetium", "scandium"]),
    # cathode chemistries named after lithium are lithium, not phosphate or manganese
    ("The curbs cover lithium manganese iron phosphate cathodes.", ["lithium"]),
    ("LMFP and LFP cells use lithium-iron-phosphate chemistry.", ["lithium"]),
    # ore minerals name the commodity they are mined for
    ("Monazite and xenotime sands are mined in Kerala.", ["rare_earths"]),
    ("Ionic clay deposits in Brazil attract Chinese buyers.", ["rare_earths"]),
    ("The bastnaesite ore is trucked to the mill.", ["rare_earths"]),
    ("Heterogenite from Katanga is sold to traders.", ["cobalt"]),
    ("Pentlandite is the main sulphide ore.", ["nickel"]),
    ("Sylvinite and carnallite are mined in Saskatchewan.", ["potash"]),
    ("Polyhalite from the Yorkshire mine is a fertiliser.", ["potash"]),
    ("Uraninite and pitchblende were found.", ["uranium"]),
    ("Borax and kernite come from California.", ["boron"]),
    ("Columbite is shipped with tin concentrate.", ["niobium", "tin"]),
    ("Jadarite was discovered in Serbia.", ["boron", "lithium"]),
    ("Fluorspar is turned into hydrofluoric acid.", ["fluorspar"]),
    ("Hydrofluoric acid plants need acid-grade feed.", ["fluorspar"]),
    # chemical formulas of products, matched with their case
    ("Prices of Dy2O3 and Tb4O7 doubled in Europe.", ["dysprosium", "terbium"]),
    ("The plant makes V2O5 flakes and TiO2 pigment.", ["titanium", "vanadium"]),
    ("LiPF6 electrolyte and MnSO4 feed the cathode line.", ["lithium", "manganese"]),
    ("SiC and GaN chips need new fabs.", ["gallium", "silicon"]),
    ("Investors flocked to the Lithium Triangle of South America.", ["lithium"]),
    ("The sic transit line is closed.", []),
    # general phrases name no mineral
    ("Critical minerals and battery metals are strategic materials.", []),
]


@pytest.mark.parametrize("text,expected", MINERAL_CASES)
def test_mineral_aliases(nlp, text, expected):
    assert sets(nlp, text)["minerals"] == expected


LEAD_CASES = [
    ("The US will lead the talks on supply chains.", []),
    ("Japan took the lead in the negotiations.", []),
    ("The measures could lead to higher prices.", []),
    ("She was the lead negotiator for the deal.", []),
    ("Lead prices jumped on the LME.", ["lead"]),
    ("The company runs a lead smelter in Queensland.", ["lead"]),
    ("Old lead-acid batteries are recycled.", ["lead"]),
    ("The mine produces zinc and lead concentrates.", ["lead", "zinc"]),
    ("Output of copper, lead and zinc rose.", ["copper", "lead", "zinc"]),
    ("Exports of lead fell by a third.", ["lead"]),
    ("Lead is still used in car batteries.", ["lead"]),
    ("Lead the way, the minister told allies.", []),
    ("THE LEAD STORY today is about trade.", []),
]


@pytest.mark.parametrize("text,expected", LEAD_CASES)
def test_lead_the_verb_is_not_the_metal(nlp, text, expected):
    assert sets(nlp, text)["minerals"] == expected


AMBIGUOUS_MINERAL_CASES = [
    ("Every cloud has a silver lining, the minister said.", []),
    ("She won the silver medal in Paris.", []),
    ("The Australian swimmer took the silver in the relay.", []),
    ("Silver prices rose as miners cut output.", ["silver"]),
    ("It cost a nickel back then.", []),
    ("Indonesia's nickel exports doubled.", ["nickel"]),
    ("He runs a tin-pot operation.", []),
    ("Tin supply from Indonesia tightened.", ["tin"]),
    ("Customers with a platinum card get free lounge access.", []),
    ("Platinum prices slid as demand from carmakers weakened.", ["platinum"]),
    ("The copper said the suspect fled on foot.", []),
    ("Chile is the largest copper producer.", ["copper"]),
    ("Gold and oil rallied.", []),
]


@pytest.mark.parametrize("text,expected", AMBIGUOUS_MINERAL_CASES)
def test_ambiguous_mineral_words_need_commodity_context(nlp, text, expected):
    assert sets(nlp, text)["minerals"] == expected


COMPANY_CASES = [
    ("Shares of Lithium Americas rose after the loan was approved.", []),
    ("The U.S.-based Indium Corporation also makes germanium.", ["germanium"]),
    ("Cobalt Blue Holdings plans a refinery near Sydney.", []),
    ("Investors bought Piedmont Lithium stock on the news.", []),
    ("Lithium Americas needs lithium carbonate buyers.", ["lithium"]),
    ("Seoul backed Korea Zinc in the takeover fight.", []),
    ("The Stibnite Gold project in Idaho will produce antimony.", ["antimony"]),
    ("The Rare Earth Industry Association welcomed the move.", []),
    ("China Curbs Gallium And Germanium Exports", ["gallium", "germanium"]),
]


@pytest.mark.parametrize("text,expected", COMPANY_CASES)
def test_company_names_are_not_the_commodity(nlp, text, expected):
    assert sets(nlp, text)["minerals"] == expected


MEDICAL_CASES = [
    ("Lithium is prescribed for bipolar disorder.", []),
    ("Patients taking lithium need regular blood tests.", []),
    ("Lithium prices collapsed as new mines opened.", ["lithium"]),
]


@pytest.mark.parametrize("text,expected", MEDICAL_CASES)
def test_medical_lithium_is_not_the_commodity(nlp, text, expected):
    assert sets(nlp, text)["minerals"] == expected


def test_a_medical_document_drops_bare_lithium_mentions(nlp):
    text = (
        "Researchers studied brain tissue from patients with dementia. "
        "They found that lithium was depleted. Mice given lithium recovered their memory."
    )
    assert sets(nlp, text)["minerals"] == []


# --- countries ------------------------------------------------------------------------------

COUNTRY_CASES = [
    ("The U.S. and China traded barbs.", ["CHN", "USA"]),
    ("US officials met their counterparts.", ["USA"]),
    ("The deal was signed in the U.S.A. last week.", ["USA"]),
    ("America wants allies to join.", ["USA"]),
    ("Let us talk about it.", []),
    ("The DRC produces most of the world's cobalt.", ["COD"]),
    ("DR Congo and Zambia agreed on a corridor.", ["COD", "ZMB"]),
    ("Officials in Kinshasa said the ban would stay.", ["COD"]),
    ("Congo said it would keep the quota.", ["COD"]),
    ("Congolese miners protested.", ["COD"]),
    ("The Republic of the Congo signed the accord.", ["COG"]),
    ("Officials in Brazzaville approved the mine.", ["COG"]),
    ("The Republic of Congo signed. Congo will export more timber.", ["COG"]),
    ("The Democratic Republic of the Congo signed. Congo will export more.", ["COD"]),
    ("The UK and Britain are the same place; the U.K. agrees.", ["GBR"]),
    ("The UAE invested in the project.", ["ARE"]),
    ("South Korea and the Republic of Korea are one country.", ["KOR"]),
    ("The ROK navy sailed.", ["KOR"]),
    ("North Korea and the DPRK are one country.", ["PRK"]),
    ("Türkiye, formerly Turkey, signed the deal.", ["TUR"]),
    ("Czechia joined later.", ["CZE"]),
    ("Ivory Coast and Côte d'Ivoire are one country.", ["CIV"]),
    ("Burma is now called Myanmar.", ["MMR"]),
    ("Niger and Nigeria are neighbours.", ["NER", "NGA"]),
    ("Guinea, Equatorial Guinea and Guinea-Bissau signed.", ["GIN", "GNB", "GNQ"]),
    ("Papua New Guinea has nickel mines.", ["PNG"]),
    ("A shipment crossed the Gulf of Guinea.", []),
    ("Hong Kong traders bought the cargo.", ["HKG"]),
    ("Greenland and New Caledonia hold deposits.", ["GRL", "NCL"]),
    ("The U.S.-China talks resumed.", ["CHN", "USA"]),
    ("A U.K.-based miner bought the mine.", ["GBR"]),
    ("Russia and the Russian Federation are one country.", ["RUS"]),
    # combining forms count joined to another country
    ("The Indo-Japanese rare earth venture signed offtakes.", ["IND", "JPN"]),
    ("An Italo-Argentine lithium deal was signed.", ["ARG", "ITA"]),
    ("The Indo-Pacific strategy names gallium.", []),
    ("Greco-Roman wrestling is popular.", []),
]


@pytest.mark.parametrize("text,expected", COUNTRY_CASES)
def test_country_names_and_short_forms(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


DEMONYM_CAPITAL_CASES = [
    ("Chinese exporters need licences.", ["CHN"]),
    ("Australian and Indonesian officials met.", ["AUS", "IDN"]),
    ("Filipino nickel miners went on strike.", ["PHL"]),
    ("Beijing retaliated within hours.", ["CHN"]),
    ("Canberra and Ottawa signed a pact.", ["AUS", "CAN"]),
    ("Tokyo and Seoul agreed to cooperate.", ["JPN", "KOR"]),
    ("New Delhi and Jakarta held talks.", ["IDN", "IND"]),
    ("Pretoria and Buenos Aires were invited.", ["ARG", "ZAF"]),
    ("Washington imposed tariffs.", ["USA"]),
    ("Santiago approved the lithium plan.", ["CHL"]),
]


@pytest.mark.parametrize("text,expected", DEMONYM_CAPITAL_CASES)
def test_demonyms_and_capitals(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


INSTITUTION_CASES = [
    ("The State Department announced the partnership.", ["USA"]),
    ("The White House and the Pentagon disagreed.", ["USA"]),
    ("The U.S. Commerce Department added firms to its list.", ["USA"]),
    ("USTR opened a Section 301 probe.", ["USA"]),
    ("The DFC and EXIM will finance the mine.", ["USA"]),
    ("BIS tightened the rules.", ["USA"]),
    ("Washington moved first, and Congress passed the bill.", ["USA"]),
    ("MOFCOM said the controls take effect in August.", ["CHN"]),
    ("The NDRC and the General Administration of Customs issued a notice.", ["CHN"]),
    ("METI and JOGMEC will fund the stockpile.", ["JPN"]),
    ("MOTIE said KOMIR would buy more.", ["KOR"]),
    ("Natural Resources Canada published a list.", ["CAN"]),
    ("Export Finance Australia lent the money.", ["AUS"]),
    ("China's commerce ministry said so.", ["CHN"]),
    ("China's Ministry of Commerce announced the curbs.", ["CHN"]),
    ("The African National Congress lost its majority.", []),
    ("Commerce Secretary Howard Lutnick announced the U.S. probe.", ["USA"]),
    ("The Secretary of State for Business and Trade spoke.", []),
    # parliaments, agencies, state funds and governments named for their leader, on every
    # continent, stand for their country without its name
    ("The State Duma approved the subsoil bill.", ["RUS"]),
    ("BAFA must approve every export licence.", ["DEU"]),
    ("The Lok Sabha passed the mining amendment.", ["IND"]),
    ("The Executive Yuan approved the budget as the yuan fell.", ["TWN"]),
    ("The Riksdag debated LKAB's rare earth find.", ["SWE"]),
    ("Eti Maden sells most of the world's boron.", ["TUR"]),
    ("Itamaraty said the talks would resume.", ["BRA"]),
    ("The Milei government cut export duties on lithium.", ["ARG"]),
    ("Mubadala and ADQ invested in the smelter.", ["ARE"]),
    ("ZCCM-IH holds a stake in the copper mine.", ["ZMB"]),
    ("The USITC voted on graphite anodes.", ["USA"]),
    ("Sinosure insured the cobalt cargo.", ["CHN"]),
    ("Aso Rock and the Tinubu administration backed the plan.", ["NGA"]),
    ("The Ramaphosa government and Mintek studied the plant.", ["ZAF"]),
    ("The Verkhovna Rada ratified the minerals deal.", ["UKR"]),
    ("The Sheinbaum administration nationalised lithium.", ["MEX"]),
    ("The Marcos administration weighed a nickel ore ban.", ["PHL"]),
    ("Vinacomin runs the bauxite mines.", ["VNM"]),
    # a bare "Duma" is also a first name
    ("Economist Duma Gqubule said copper prices would rise.", []),
]


@pytest.mark.parametrize("text,expected", INSTITUTION_CASES)
def test_institutions_stand_for_their_country(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


# Names many governments use count only beside another name of their country (TAXONOMY:
# a country counts when the text refers to it in substance).
SHARED_INSTITUTION_CASES = [
    ("Congress passed the bill.", []),
    ("In Lima, Congress passed a law on copper mining concessions.", ["PER"]),
    ("Chile's government will send a lithium bill to Congress.", ["CHL"]),
    ("Namibia's Ministry of Mines and Energy announced the lithium ban.", ["NAM"]),
    ("The Ministry of Mines published a list of 30 critical minerals for India.", ["IND"]),
    ("The Ministry of Commerce said the curbs take effect in August.", []),
    ("The Ministry of Commerce in Beijing said the curbs take effect in August.", ["CHN"]),
    ("The Department of Energy in Manila approved the nickel plant.", ["PHL"]),
    ("The American lithium miner lobbied Congress for the credit.", ["USA"]),
    ("The Energy Department said the U.S. grant would fund the refinery.", ["USA"]),
    ("The Foreign Office in Berlin summoned the ambassador over the graphite curbs.", ["DEU"]),
    ("Britain's Foreign Office said the lithium pact was signed.", ["GBR"]),
]


SHARED_INSTITUTION_CASES += [
    ("Ghana's Minerals Commission granted a lithium licence.", ["GHA"]),
    ("The Minerals Commission granted a lithium licence.", []),
    ("The Senate voted on the royalty bill.", []),
    ("The Politburo met to discuss rare earths.", []),
    ("The Politburo met in Beijing to discuss rare earths.", ["CHN"]),
]


@pytest.mark.parametrize("text,expected", SHARED_INSTITUTION_CASES)
def test_shared_institution_names_need_their_country_named(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


# A country or capital name inside a local place's name is no country (TAXONOMY: a
# sub-national place not named with its country does not count).
LOCAL_PLACE_CASES = [
    ("Copper exploration at Lisbon Valley in Utah was fast-tracked.", []),
    ("The smelter sits on Mexico Street in the town.", []),
    ("Lisbon approved the lithium mine.", ["PRT"]),
    ("Peru raised copper royalties.", ["PER"]),
    ("Mexico City hosted the talks.", ["MEX"]),
    ("The plant is near Jordan, Minnesota, and processes nickel.", []),
    ("The refinery in Lima, Ohio, makes lithium cells.", []),
    ("Wellington Shire council approved the mineral sands mine.", []),
    ("The Chinese New Year holiday slowed lithium trading.", []),
    # lists of countries and governments stay
    ("Turkey, Georgia and Ukraine signed the lithium deal.", ["GEO", "TUR", "UKR"]),
    ("China, Washington and Tokyo discussed lithium.", ["CHN", "JPN", "USA"]),
    # a capital's word used in another name means that name all through the text ...
    (
        "Amman Mineral is building a copper smelter. Amman's smelter on Sumbawa opens in May.",
        [],
    ),
    ("Uranium from Lisbon Valley is trucked away. Lisbon Valley's mill will reopen.", []),
    ("A plant in Lima, Ohio buys graphite. Lima said it would expand the plant.", []),
    # ... unless another form names the country
    # exchanges are markets named after their city, like the London Metal Exchange
    ("The LME belongs to the operator of the Hong Kong stock exchange.", []),
    ("Shares fell 4% on the Australian Securities Exchange.", []),
    ("The miner is listed in Hong Kong and Toronto.", ["HKG"]),
    ("Amman Mineral ships copper. Jordanian officials in Amman approved potash sales.", ["JOR"]),
    ("Officials in Amman approved potash sales.", ["JOR"]),
]


@pytest.mark.parametrize("text,expected", LOCAL_PLACE_CASES)
def test_a_local_place_named_after_a_country_is_no_country(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


COUNTRY_AMBIGUITY_CASES = [
    ("Hyundai is building a battery plant in Georgia, the governor said.", []),
    ("The plant is near Savannah, Georgia.", []),
    ("Atlanta, Georgia is the company's home.", []),
    ("Georgia and Armenia signed a transit deal.", ["ARM", "GEO"]),
    ("Tbilisi said Georgia would join.", ["GEO"]),
    ("Jordan Peterson gave a talk.", []),
    ("Basketball fans remember Michael Jordan.", []),
    ("Jordan signed a phosphate deal with India.", ["IND", "JOR"]),
    ("Chad Smith chairs the board.", []),
    ("Chad and Niger share a border.", ["NER", "TCD"]),
    ("The mine is in Washington state.", []),
    ("George Washington was the first president.", []),
    ("Washington and Tokyo signed the framework.", ["JPN", "USA"]),
    ("A miner in British Columbia shipped ore.", []),
    ("The factory is in New Mexico.", []),
    ("Mines in Western Australia produce spodumene.", []),
    ("Indian Ocean shipping lanes were disrupted.", []),
    ("Latin American producers met.", []),
    ("Lithium is found across South America.", []),
    ("Canada's Teck Resources sold the mine.", ["CAN"]),
    ("Researchers at the University of Washington said so.", []),
    ("Copper prices on the London Metal Exchange rose.", []),
    ("Belgium's Umicore refines both metals.", ["BEL"]),
    ("He ate turkey and rice.", []),
    ("A fine china cup.", []),
]


@pytest.mark.parametrize("text,expected", COUNTRY_AMBIGUITY_CASES)
def test_country_ambiguities_resolved_by_context(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


DATELINE_CASES = [
    ("HONG KONG — Shares of miners fell on Monday.", []),
    ("SYDNEY (Reuters) - Iron ore prices slipped.", []),
    ("BEIJING, July 3 (Reuters) - China said it would act.", ["CHN"]),
    ("Beijing (Reuters) - Exports fell.", []),
    ("Traders in Hong Kong sold the cargo.", ["HKG"]),
    # a report filed from two bureaus names both places before the date
    ("BEIJING/WASHINGTON, Oct 9 (Reuters) - China widened its export curbs.", ["CHN"]),
    ("WASHINGTON/TOKYO, Oct 9 (Reuters) - Japan signed.", ["JPN"]),
    ("HONG KONG/NEW DELHI, May 2 (Reuters) - India set a quota.", ["IND"]),
    ("Tokyo/Seoul, May 2 (Reuters) - Iron ore slipped.", []),
    # a slash inside a sentence joins countries, not bureaus
    ("Ships sailed on the Japan/Korea route.", ["JPN", "KOR"]),
    ("KOREA/JAPAN trade talks resumed in March.", ["JPN", "KOR"]),
]


@pytest.mark.parametrize("text,expected", DATELINE_CASES)
def test_a_dateline_alone_is_not_a_country(nlp, text, expected):
    assert sets(nlp, text)["countries"] == expected


# --- blocs ----------------------------------------------------------------------------------

BLOC_CASES = [
    ("The European Union and the EU are one bloc.", ["EU"]),
    ("The European Commission said it was concerned.", ["EU"]),
    ("The move caused alarm in Brussels.", ["EU"]),
    ("European carmakers complained.", []),
    ("Leaders of the Group of Seven met; the G7 and G-7 agree.", ["G7"]),
    ("The G20 summit ended without a statement.", ["G20"]),
    ("The Quad launched a critical minerals initiative.", ["QUAD"]),
    ("The Quadrilateral Security Dialogue met in Tokyo.", ["QUAD"]),
    ("The Minerals Security Partnership and the MSP are the same.", ["MSP"]),
    ("The Forum on Resource Geostrategic Engagement, or FORGE, was launched.", ["FORGE"]),
    ("They will forge closer ties.", []),
    ("Forge members will coordinate price floors.", ["FORGE"]),
    ("Forge ahead, the minister said.", []),
    ("Pax Silica members signed a declaration.", ["PAX_SILICA"]),
    ("The Indo-Pacific Economic Framework, IPEF, covers supply chains.", ["IPEF"]),
    ("ASEAN ministers met in Jakarta.", ["ASEAN"]),
    ("The African Union and the AU Commission set a mining vision.", ["AU"]),
    ("The AU summit discussed minerals.", ["AU"]),
    ("The Au content of the ore was low.", []),
    ("The loan was A$1.2bn, or about AU$1.2bn.", []),
    ("BRICS leaders called for reform.", ["BRICS"]),
    ("OECD guidance covers responsible sourcing.", ["OECD"]),
    ("The USMCA review, CUSMA in Canada and T-MEC in Mexico, starts next year.", ["USMCA"]),
    ("Mercosur and the EU closed a deal.", ["EU", "MERCOSUR"]),
    ("NATO allies stockpile tungsten.", ["NATO"]),
    ("The Shanghai Cooperation Organisation met.", ["SCO"]),
    ("OPEC+ cut output.", ["OPEC"]),
    # a bloc's own buildings, departments, laws and lenders name it
    ("The Berlaymont wants a CBAM on aluminium imports.", ["EU"]),
    ("DG Trade opened an anti-dumping case on graphite.", ["EU"]),
    ("Projects under the Net-Zero Industry Act get faster permits.", ["EU"]),
    ("The New Development Bank lent $1 billion for copper.", ["BRICS"]),
    ("Mercado Común del Sur members met in Montevideo.", ["MERCOSUR"]),
    ("The Atlantic Alliance stockpiles tungsten.", ["NATO"]),
    ("OPEC Plus ministers met online.", ["OPEC"]),
    ("The Association of South-East Asian Nations met.", ["ASEAN"]),
    ("A new development bank was proposed.", []),
]


@pytest.mark.parametrize("text,expected", BLOC_CASES)
def test_bloc_names_and_acronyms(nlp, text, expected):
    assert sets(nlp, text)["blocs"] == expected


def test_brussels_is_the_eu_not_belgium(nlp):
    result = sets(nlp, "Brussels said the tariffs were unjustified.")
    assert result["blocs"] == ["EU"]
    assert result["countries"] == []


# --- spans, sets and mentions ---------------------------------------------------------------


def test_spans_carry_label_and_normalised_id(nlp):
    doc = nlp("Beijing curbed gallium exports to the EU.")
    spans = [(s.text, s.label_, s.kb_id_) for s in doc.spans[SPANS_KEY]]
    assert spans == [
        ("Beijing", "COUNTRY", "CHN"),
        ("gallium", "MINERAL", "gallium"),
        ("EU", "BLOC", "EU"),
    ]


def test_entity_sets_are_sorted_and_deduplicated(nlp):
    doc = nlp("Zinc, and copper. China and Chile. Copper again; China again.")
    assert entity_sets(doc) == {
        "minerals": ["copper", "zinc"],
        "countries": ["CHL", "CHN"],
        "blocs": [],
    }


def test_mentions_give_sentence_and_character_offsets(nlp):
    text = "Prices rose. Chile exports copper."
    rows = entity_mentions(nlp(text))
    assert rows == [
        {
            "sentence": 1,
            "start_char": 13,
            "end_char": 18,
            "kind": "country",
            "norm_id": "CHL",
            "text": "Chile",
        },
        {
            "sentence": 1,
            "start_char": 27,
            "end_char": 33,
            "kind": "mineral",
            "norm_id": "copper",
            "text": "copper",
        },
    ]
    for row in rows:
        assert text[row["start_char"] : row["end_char"]] == row["text"]


def test_works_without_a_sentencizer():
    pipeline = spacy.blank("en")
    pipeline.add_pipe(FACTORY_NAME)
    doc = pipeline("Lithium from Chile. Patients on lithium. Cobalt from the DRC.")
    assert entity_sets(doc)["countries"] == ["CHL", "COD"]
    assert entity_mentions(doc)[0]["sentence"] == 0


def test_spans_key_is_configurable():
    pipeline = spacy.blank("en")
    pipeline.add_pipe(FACTORY_NAME, config={"spans_key": "ents_x"})
    doc = pipeline("Nickel from Indonesia.")
    assert [s.kb_id_ for s in doc.spans["ents_x"]] == ["nickel", "IDN"]
    assert entity_sets(doc, spans_key="ents_x")["minerals"] == ["nickel"]


def test_pipeline_survives_pickling_and_keeps_its_rules(nlp):
    import pickle

    copy = pickle.loads(pickle.dumps(nlp))
    doc = copy("Jordan Peterson met Chad Smith in Jordan to discuss lead prices.")
    assert entity_sets(doc) == {"minerals": ["lead"], "countries": ["JOR"], "blocs": []}


def test_component_version_is_named():
    assert COMPONENT_VERSION == "oreline.entities.v1"


# --- bad input ------------------------------------------------------------------------------

BAD_INPUTS = [
    "",
    "   \n\n\t ",
    "\x00\x01\x02 lithium \x1b[31m\x7f",
    "<html><body><p>China curbs <b>gallium</b> exports</p><script>var x=1;</script></body></html>",
    "中国限制镓和锗出口。商务部表示。",
    "Le Chili et la Bolivie produisent du lithium.",
    "\ufffd\ufffd\ufffd binary \x80\xff junk \u200b\u2028 lithium",
    "U.S.-" * 50,
    "-" * 1000,
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_bad_input_does_not_crash(nlp, text):
    doc = nlp(text)
    result = entity_sets(doc)
    assert set(result) == {"minerals", "countries", "blocs"}
    entity_mentions(doc)


def test_html_left_in_text_still_finds_entities(nlp):
    # "gallium</b" stays one token in spaCy's tokenizer; the words between tags are found
    doc = nlp("<p>China curbs <b>gallium</b> exports to <i>Japan</i> and Korea </p>")
    assert entity_sets(doc) == {"minerals": [], "countries": ["CHN", "KOR"], "blocs": []}


def test_long_text_is_handled(nlp):
    text = "Chile exports copper to Japan. " * 20000
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    assert entity_sets(nlp(text))["countries"] == ["CHL", "JPN"]


# --- tuples beside doc.spans ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China and the EU agreed on cobalt and lithium supplies.",
        "Indonesia banned nickel ore exports; Japan objected.",
        "Nothing to see here.",
    ],
)
def test_found_tuples_match_doc_spans(nlp, text):
    from nlp.entities import found

    doc = nlp(text)
    expected = [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans[SPANS_KEY]]
    assert [tuple(f) for f in found(doc)] == expected


def test_found_reads_spans_put_there_by_hand(nlp):
    from spacy.tokens import Span

    from nlp.entities import found

    doc = nlp("Chile sells copper.")
    doc.spans[SPANS_KEY] = [Span(doc, 2, 3, label="MINERAL", kb_id="copper")]
    assert [tuple(f) for f in found(doc)] == [(2, 3, "MINERAL", "copper")]


@pytest.mark.parametrize("source", [None, "Wrong text entirely, not this doc's text at all."])
def test_rules_read_token_text_without_a_matching_source_text(nlp, source):
    """The rules slice token text from the extractor's text; a missing or stale one is ignored."""
    doc = nlp.make_doc("Lithium Americas and Chile signed.")
    if source is not None:
        doc.user_data["oreline.text"] = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert entity_sets(doc)["countries"] == ["CHL"]
    assert entity_sets(doc)["minerals"] == []


# --- overlap resolution -------------------------------------------------------------------------


def _longest_first_reference(candidates):
    """The rule spelled out plainly: longest first (then leftmost); a match survives when
    its tokens are free or held by an equal span; the result in text order."""
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    taken = {}
    kept = []
    for start, end, key in ordered:
        owners = {taken[i] for i in range(start, end) if i in taken}
        if owners and owners != {(start, end)}:
            continue
        for i in range(start, end):
            taken[i] = (start, end)
        kept.append((start, end, key))
    return sorted(kept, key=lambda c: (c[0], c[1]))


def _random_candidates(rng) -> list[tuple[int, int, str]]:
    """Up to seven overlapping (start, end, key) candidates over a dozen tokens."""
    candidates = []
    for k in range(rng.randint(0, 7)):
        start = rng.randint(0, 12)
        candidates.append((start, start + rng.randint(1, 4), f"k{k}"))
    return candidates


def test_longest_first_agrees_with_the_plain_rule():
    import random

    from nlp.entity_rules import longest_first

    rng = random.Random(7)
    for _ in range(3000):
        candidates = _random_candidates(rng)
        assert longest_first(candidates) == _longest_first_reference(candidates)


def test_longest_first_in_order_skips_only_a_sort():
    """speed37: candidates already in (start, end) order give what the sorting path gives."""
    import random

    from nlp.entity_rules import longest_first

    rng = random.Random(11)
    for _ in range(2000):
        candidates = sorted(_random_candidates(rng), key=lambda c: (c[0], c[1]))
        assert longest_first(candidates, in_order=True) == longest_first(candidates)


def test_candidates_come_in_span_order(nlp):
    """`find_tuples` hands `_candidates`' lists to `longest_first` as already ordered."""
    from nlp.entity_rules import DocContext

    component = nlp.get_pipe("oreline_entities")
    text = (
        "U.S.-China talks on rare earths and lithium: Chile, the Democratic Republic of "
        "Congo, the EU and the African Union met in Kinshasa over cobalt, copper and rare "
        "earth elements, the U.S.-Japan accord and South Korea's lithium-ion plans."
    )
    doc = nlp.make_doc(text)
    by_label, cue_at = component._candidates(doc, DocContext(doc, component.gaz))
    assert sum(map(len, by_label.values())) > 10
    for candidates in by_label.values():
        assert candidates == sorted(candidates, key=lambda c: (c[0], c[1]))


def test_cue_phrase_tests_agree_with_splitting_each_phrase():
    """speed37: `_starts_with`/`_ends_with` read the phrases by length from a cache; they
    give what splitting every phrase and comparing gives."""
    import random

    from nlp.entity_rules import _ends_with, _starts_with

    def plain_start(words, cues):
        return any(p and words[: len(p)] == p for p in (c.split() for c in cues))

    def plain_end(words, cues):
        return any(p and words[-len(p) :] == p for p in (c.split() for c in cues))

    rng = random.Random(5)
    vocab = ["a", "b", "c", "d"]
    for _ in range(3000):
        cues = frozenset(
            " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 4)))
            for _ in range(rng.randint(0, 5))
        )
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 3))]
        for given in (cues, sorted(cues)):
            assert _starts_with(words, given) == plain_start(words, cues)
            assert _ends_with(words, given) == plain_end(words, cues)
