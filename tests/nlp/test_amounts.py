"""Money and tonnage parsing: what an event commits, in its currency and in USD."""

import pytest

from nlp.amounts import _MONEY_PREFIX, _prefixed_matches, find_money, find_quantities, first_digit


@pytest.mark.parametrize(
    ("text", "amount", "currency", "value", "usd"),
    [
        ("a $10 billion fund", "$10 billion", "USD", 10e9, 10e9),
        ("a US$500m loan", "US$500m", "USD", 500e6, 500e6),
        ("an A$1.2bn reserve", "A$1.2bn", "AUD", 1.2e9, None),
        ("a €2 billion programme", "€2 billion", "EUR", 2e9, None),
        ("a ¥300 billion subsidy", "¥300 billion", "JPY", 300e9, None),
        ("a C$1.5-billion fund", "C$1.5-billion", "CAD", 1.5e9, None),
        ("it will spend 10 billion dollars", "10 billion dollars", "USD", 10e9, 10e9),
        ("about 22.5 billion euros of investment", "22.5 billion euros", "EUR", 22.5e9, None),
        ("a $2.5bn facility", "$2.5bn", "USD", 2.5e9, 2.5e9),
        ("up to $37.5 million", "$37.5 million", "USD", 37.5e6, 37.5e6),
        ("a $1,250,000 grant", "$1,250,000", "USD", 1.25e6, 1.25e6),
        ("EUR 2 billion in loans", "EUR 2 billion", "EUR", 2e9, None),
        ("500 million yuan for refiners", "500 million yuan", "CNY", 500e6, None),
        # South Asian scales and the rupee's abbreviations
        ("an outlay of Rs 7,280 crore", "Rs 7,280 crore", "INR", 72.8e9, None),
        ("a Rs. 500 crore fund", "Rs. 500 crore", "INR", 5e9, None),
        ("₹1.5 lakh crore for mining", "₹1.5 lakh crore", "INR", 1.5e12, None),
        ("a grant of ₹40 lakh", "₹40 lakh", "INR", 4e6, None),
        ("some 15,000 crore rupees of orders", "15,000 crore rupees", "INR", 150e9, None),
        ("INR 1,500 crore", "INR 1,500 crore", "INR", 15e9, None),
    ],
)
def test_money_amount_currency_and_usd(text, amount, currency, value, usd):
    [money] = find_money(text)
    assert (money.text, money.currency) == (amount, currency)
    assert money.value == pytest.approx(value)
    assert money.usd == (pytest.approx(usd) if usd is not None else None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$10-15 billion of deals", 10e9, 15e9),
        ("between $1 billion and $2 billion", 1e9, 2e9),
        ("$1 billion to $3 billion", 1e9, 3e9),
    ],
)
def test_money_ranges_keep_both_ends(text, low, high):
    [money] = find_money(text)
    assert money.low == pytest.approx(low)
    assert money.value == pytest.approx(high)


def test_stated_conversion_gives_usd_of_a_foreign_amount():
    [money] = find_money("Japan will invest A$200 million (about $134.7 million) in Lynas")
    assert (money.text, money.currency) == ("A$200 million", "AUD")
    assert money.usd == pytest.approx(134.7e6)


def test_several_amounts_in_order():
    found = find_money("$10 billion in aid and about $14 billion in export financing")
    assert [m.value for m in found] == [10e9, 14e9]


@pytest.mark.parametrize(
    "text", ["no money here", "in 2030", "a 25% tariff", "Section 301", "costs 4 cents"]
)
def test_no_money_in_plain_numbers(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [
        ("about 7,480 metric tons of cobalt", 7480),
        ("43.7 metric tonnes of germanium", 43.7),
        ("76 tonnes last year", 76),
        ("500t of ore", 500),
        ("300 kt of concentrate", 300_000),
        ("2 Mt of bauxite", 2_000_000),
        ("21 million metric tons of reserves", 21_000_000),
        ("1.2 million tonnes a year", 1_200_000),
        ("50,000 tons of lithium carbonate", 50_000),
    ],
)
def test_quantities_in_tonnes(text, tonnes):
    [quantity] = find_quantities(text)
    assert quantity.tonnes == pytest.approx(tonnes)


@pytest.mark.parametrize("text", ["5 t", "at 5 to 10", "2.8% copper", "71 metres grading 2.8%"])
def test_no_tonnage_without_a_unit_next_to_the_number(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # the first digit of the text is far before the amount
        ("In 2023, after 14 rounds of talks, the fund raised $5 billion", ["$5 billion"]),
        # a code marker and two spaces: the widest start before a first digit
        ("Beijing set aside yuan  5 billion for the reserve", ["yuan  5 billion"]),
        # a letter, digit, "$", "." or "," right before the number: not a suffixed amount
        ("model a1 billion dollars, v.2 billion euros, 1,5 billion yen", []),
        ("model a1 billion dollars and 5 billion yen", ["5 billion yen"]),
        (
            "it pledged 3-4 billion dollars and 12 million euros",
            ["3-4 billion dollars", "12 million euros"],
        ),
    ],
)
def test_money_where_the_fast_scan_starts(text, amounts):
    assert [m.text for m in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [
        ("output of 500t and x500t and 1,200 tonnes", [500.0, 1200.0]),
        ("a .5 Mt plant, a 2 Mt plant", [2e6]),
    ],
)
def test_quantities_need_no_letter_or_digit_before(text, tonnes):
    assert [q.tonnes for q in find_quantities(text)] == tonnes


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # codes in any case, in plain ASCII text and in text with curly quotes
        ("USD 5 billion, Yuan 3 billion", ["USD 5 billion", "Yuan 3 billion"]),
        ("the “EUR 2 billion” fund", ["EUR 2 billion"]),
        # no marker at all: numbers alone are no amount
        ("In 2023, 14 rounds and 5 billion reasons", []),
        # a code inside a word is no marker, but the scan still finds the amount beside it
        ("the Saudi fraud case: $5bn", ["$5bn"]),
        # the rupee's "Rs" needs a scale and no letter before it: "hours 5 million" is none
        ("Mrs 2 million and hours 5 million", []),
        ("Rs 20 for a ticket", []),
    ],
)
def test_prefixed_amounts_need_a_marker(text, amounts):
    assert [m.text for m in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("no number here", -1),
        ("", -1),
        ("up 25% in 2024", 3),
        # outside ASCII, every digit the patterns' \\d knows counts (Arabic-Indic three)
        ("caf\u00e9 \u0663 tonnes", 5),
        ("\u00e9t\u00e9 2024", 4),
    ],
)
def test_first_digit_is_where_digit_patterns_start(text, index):
    assert first_digit(text) == index


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a currency word after the number, in any case
        ("it will spend 10 billion DOLLARS", ["10 billion DOLLARS"]),
        ("about 3 billion Euros and 2 billion yuan", ["3 billion Euros", "2 billion yuan"]),
        # numbers and no currency word: nothing to scan for
        ("14 rounds and 5 billion reasons", []),
        # text outside ASCII is always scanned
        ("caf\u00e9 sales of 10 billion euros", ["10 billion euros"]),
    ],
)
def test_suffixed_amounts_need_a_currency_word(text, amounts):
    assert [m.text for m in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        # case-insensitive matching accepts letters lower() leaves alone: the long s ...
        ("a fund of 10 billion dollar\u017f", "USD", 10e9),
        ("grants worth 5 million euro\u017f", "EUR", 5e6),
        ("about 3 bn rupee\u017f", "INR", 3e9),
        ("a 5 billion pound\u017f sterling package", "GBP", 5e9),
        ("7 million U.\u017f. dollars", "USD", 7e6),
        ("U\u017fD 5 billion for smelters", "USD", 5e9),
        # ... a dotless or dotted capital i in the scale word, the Kelvin sign for "k"
        ("10 b\u0131llion dollars", "USD", 10e9),
        ("10 B\u0130LLION dollars", "USD", 10e9),
        ("US$5 \u212a", "USD", 5e3),
    ],
)
def test_unicode_case_variants_of_listed_words_are_read_not_raised(text, currency, value):
    (money,) = find_money(text)
    assert (money.currency, money.value) == (currency, value)


@pytest.mark.parametrize(
    "text",
    [
        "US$3 billion and aUd 4bn, then Rs5 crore or Rs. 500 million",
        "xrs 5 and _$4 and 5$10 and $$5 million",
        "a$1.2-1.5bn, $1 billion to $2 billion, EUR 2 billion and eur5",
        "years of others: rs 40 billion for the mines (£3m) and ¥2bn",
        "no currency here at all, only 2030 and 5 tonnes",
        # one- and two-letter codes inside words and before digits
        "for 5 billion, R2.5bn and R 3bn, Rp 9 trillion, corporate 5 bn and RM1.2 billion",
        # codes inside words, codes two spaces before the number, keys that overlap
        "years 5 billion, SEK 4 billion, sek5bn, ARS  3 bn, us$ $5 million, nt$3bn, _rub 4bn",
    ],
)
def test_prefixed_amounts_are_tried_only_where_a_key_starts(text):
    """Trying the pattern at key starts alone finds what a scan over every character finds."""
    for start in range(len(text)):
        assert [m.span() for m in _prefixed_matches(text, text.lower(), start)] == [
            m.span() for m in _MONEY_PREFIX.finditer(text, start)
        ]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "value"),
    [
        # invest (session 29): codes and symbols before the number, with a scale word
        ("the state lender put up SEK 4 billion", "SEK 4 billion", "SEK", 4e9),
        ("a NOK 2.5bn grant to the smelter", "NOK 2.5bn", "NOK", 2.5e9),
        ("a new R2.5bn fund for junior explorers", "R2.5bn", "ZAR", 2.5e9),
        ("raised Rp 9.2 trillion from investors", "Rp 9.2 trillion", "IDR", 9.2e12),
        ("a ₽30 billion credit line", "₽30 billion", "RUB", 30e9),
        ("a KZT 150 billion programme", "KZT 150 billion", "KZT", 150e9),
        ("a CHF 300 million loan", "CHF 300 million", "CHF", 300e6),
        ("a RM1.2 billion plant", "RM1.2 billion", "MYR", 1.2e9),
        ("₦500 billion for a refinery", "₦500 billion", "NGN", 500e9),
        ("MXN 10 billion for lithium", "MXN 10 billion", "MXN", 10e9),
        # names after the number
        ("1.5 trillion won for battery makers", "1.5 trillion won", "KRW", 1.5e12),
        ("a 2 billion rand fund", "2 billion rand", "ZAR", 2e9),
        ("47 billion roubles from federal funds", "47 billion roubles", "RUB", 47e9),
        ("it spent 3 billion rubles", "3 billion rubles", "RUB", 3e9),
        ("20 billion tenge for geology", "20 billion tenge", "KZT", 20e9),
        ("up to 10 billion pula", "10 billion pula", "BWP", 10e9),
        ("a grant of 1.6 billion Norwegian crowns", "1.6 billion Norwegian crowns", "NOK", 1.6e9),
        ("500 million Swedish kronor in support", "500 million Swedish kronor", "SEK", 500e6),
        ("3 billion baht of incentives", "3 billion baht", "THB", 3e9),
        ("2 billion hryvnias for the plant", "2 billion hryvnias", "UAH", 2e9),
        ("37.5 trillion rupiah of investment", "37.5 trillion rupiah", "IDR", 37.5e12),
        ("9 billion reais for mining", "9 billion reais", "BRL", 9e9),
        ("400 million zlotys", "400 million zlotys", "PLN", 400e6),
        ("200 billion naira", "200 billion naira", "NGN", 200e9),
        ("1 billion Swiss francs", "1 billion Swiss francs", "CHF", 1e9),
        ("5 billion Chilean pesos", "5 billion Chilean pesos", "CLP", 5e9),
        ("2 billion Mexican pesos", "2 billion Mexican pesos", "MXN", 2e9),
        ("685 million Saudi riyals", "685 million Saudi riyals", "SAR", 685e6),
        ("3 billion Moroccan dirhams", "3 billion Moroccan dirhams", "MAD", 3e9),
        ("40 billion Pakistani rupees", "40 billion Pakistani rupees", "PKR", 40e9),
        ("10 billion Congolese francs", "10 billion Congolese francs", "CDF", 10e9),
    ],
)
def test_money_in_other_currencies_keeps_amount_and_currency(text, amount, currency, value):
    """Amounts in currencies other than USD keep their text and currency; no USD value."""
    [money] = find_money(text)
    assert (money.text, money.currency) == (amount, currency)
    assert money.value == pytest.approx(value)
    assert money.usd is None


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a currency word several countries share: the one country the sentence names
        ("Chile's state miner will invest 10 billion pesos in the smelter", "CLP"),
        ("Mexico set aside 2 billion pesos for LitioMx", "MXN"),
        ("Manila approved a 5 billion peso fund", "PHP"),
        ("Zambia's treasury lent 1 billion kwacha to the miner", "ZMW"),
        ("Mali's state took 300 billion CFA francs in shares", "XOF"),
        ("Gabon will put 100 billion CFA francs into manganese", "XAF"),
        ("Equinor and the state put 4 billion kroner into the plant", "NOK"),
        ("the UAE fund invested 2 billion dirhams", "AED"),
        ("Qatar will spend 5 billion riyals", "QAR"),
        ("Enova will give the Norwegian plant 180 million crowns", "NOK"),
        ("Sweden's grid fund put 2 billion crowns into the smelter", "SEK"),
    ],
)
def test_shared_currency_word_takes_the_named_country(text, currency):
    [money] = find_money(text)
    assert money.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        # no country named, or two: no currency can be told, so no amount
        "the fund will invest 10 billion pesos in the smelter",
        "Chile and Mexico each pledged 2 billion pesos",
        "a loan of 1 billion kwacha",
        "300 billion CFA francs in shares",
        "a grant of 140 million crowns",
        # a one-letter code only right before its digit, with a scale word
        "Section R 5 million",
        "model R5 for the plant",
        "the firm 5 billion",
        "corporate 5 billion",
        # a country's name inside another word is no country named ("Nigeria" is not "Niger")
        "Nigeria will spend 300 billion CFA francs",
    ],
)
def test_no_amount_without_a_currency_told(text):
    assert find_money(text) == []


def test_converted_foreign_amount_keeps_its_own_currency():
    [money] = find_money("raised Rp 9.2 trillion (about US$620 million) in its listing")
    assert (money.text, money.currency) == ("Rp 9.2 trillion", "IDR")
    assert money.usd == pytest.approx(620e6)
