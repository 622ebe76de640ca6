"""Entity recognition on news phrasing no rule was written from: minerals, countries and
blocs through the whole extractor, each case asserting the ids one field should hold."""

import pytest

from nlp.extract import Extractor


def extract(extractor: Extractor, text: str) -> dict:
    return extractor.extract({"id": "q", "text": text, "title": "", "published": "2026-03-10"})


# A one-word institution after a sentence-opening "The" is still the institution.
SENTENCE_START_INSTITUTIONS = [
    ("The Pentagon awarded $400 million to a magnet maker.", ["USA"]),
    ("The Bundestag approved the raw materials fund.", ["DEU"]),
    ("Meanwhile Xinhua said the curbs would stay.", ["CHN"]),
    ("The African National Congress lost its majority.", []),
]


@pytest.mark.parametrize("text,expected", SENTENCE_START_INSTITUTIONS)
def test_institution_after_a_sentence_opening_word(extractor, text, expected):
    assert extract(extractor, text)["countries"] == expected


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
    assert extract(extractor, text)["countries"] == expected


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
    assert extract(extractor, text)["countries"] == expected


def test_a_combining_form_spans_its_compound(extractor):
    pred = extract(extractor, "The Anglo-Australian miner Rio Tinto runs the mine.")
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
    assert extract(extractor, text)["countries"] == expected


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
    assert extract(extractor, text)["countries"] == expected


EU_BODIES = [
    ("The European Central Bank raised rates.", ["EU"]),
    ("The ECB warned about metal prices.", ["EU"]),
    ("The European Court of Justice ruled on the nickel ban.", ["EU"]),
    ("Eurostat data show lithium imports doubled.", ["EU"]),
    ("European carmakers welcomed the deal.", []),
]


@pytest.mark.parametrize("text,expected", EU_BODIES)
def test_eu_institutions_are_the_eu(extractor, text, expected):
    assert extract(extractor, text)["blocs"] == expected


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
    assert extract(extractor, text)["minerals"] == expected


MINERAL_SENSES = [
    ("Iridium said its satellites were unaffected by the outage.", []),
    ("Iridium Communications launched new satellites.", []),
    ("Iridium and ruthenium prices rose.", ["iridium", "ruthenium"]),
    ("The US needs HALEU for advanced reactors.", ["uranium"]),
    ("Converters turn yellowcake into UF6.", ["uranium"]),
]


@pytest.mark.parametrize("text,expected", MINERAL_SENSES)
def test_mineral_senses(extractor, text, expected):
    assert extract(extractor, text)["minerals"] == expected


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
    assert extract(extractor, text)[field] == expected


MORE_INSTITUTIONS = [
    ("ESDM set a new nickel ore benchmark price.", ["IDN"]),
    ("The DENR suspended four nickel mines.", ["PHL"]),
    ("BNDES will fund rare earth processing.", ["BRA"]),
    ("The DMRE granted a manganese mining right.", ["ZAF"]),
    ("The Department of Mineral Resources issued licences.", []),
]


@pytest.mark.parametrize("text,expected", MORE_INSTITUTIONS)
def test_mining_ministries_and_banks(extractor, text, expected):
    assert extract(extractor, text)["countries"] == expected


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
    assert extract(extractor, text)["countries"] == expected


# "lead" as one item of a list of minerals that share a preposition is the metal.
LEAD_IN_LISTS = [
    ("Targets are 16% for cobalt, 85% for lead and 6% for lithium.", ["cobalt", "lead", "lithium"]),
    ("Recycled content of 16% for cobalt and 85% for lead is required.", ["cobalt", "lead"]),
    ("Demand for lithium rose, and the push for lead roles in supply chains grew.", ["lithium"]),
    ("Lithium is key, and the EU wants to lead the shift.", ["lithium"]),
    ("The need for cobalt is high and the need for lead time is long.", ["cobalt"]),
]


@pytest.mark.parametrize("text,expected", LEAD_IN_LISTS)
def test_lead_in_a_parallel_list(extractor, text, expected):
    assert extract(extractor, text)["minerals"] == expected


# Georgia the US state, read from the rest of the document when its sentence gives no cue.
GEORGIA = [
    ("SK On makes batteries in Tennessee. Its newest plant is in Georgia.", []),
    ("Qcells will make solar panels in Georgia from US polysilicon.", ["USA"]),
    ("Georgia produces manganese at Chiatura. Texas buys some of it.", ["GEO"]),
    ("Georgia and Armenia signed a manganese deal.", ["ARM", "GEO"]),
]


@pytest.mark.parametrize("text,expected", GEORGIA)
def test_georgia_the_state_from_the_document(extractor, text, expected):
    assert extract(extractor, text)["countries"] == expected
