"""a41: numbers grouped by spaces, decimal commas, a bare "t" and a bare "$" converted to US
dollars, as news from outside the US writes them; and the look-alikes that must not change."""

import pytest

from nlp.amounts import _MONEY_PREFIX, _prefixed_matches, find_money, find_quantities


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [
        ("Japan will buy 12 500 tonnes of cobalt for its stockpile.", [12_500]),
        ("a quota of 60 000 tonnes", [60_000]),
        ("a quota of 60\u00a0000 tonnes", [60_000]),
        ("a quota of 60\u2009000 tonnes", [60_000]),
        ("a quota of 60\u202f000 tonnes", [60_000]),
        ("reserves of 1 234 567 tonnes", [1_234_567]),
        ("12 500.5 metric tons of ore", [12_500.5]),
        ("In 2024, 12 500 tonnes were shipped", [12_500]),
        # a bare "t" after a space, behind a number grouped in thousands or a scale word
        ("it will buy 60,000 t of copper concentrate", [60_000]),
        ("it will buy 60 000 t of copper concentrate", [60_000]),
        ("a 1.2 million t expansion", [1_200_000]),
    ],
)
def test_thousands_grouped_by_spaces_and_bare_t(text, tonnes):
    assert [q.tonnes for q in find_quantities(text)] == pytest.approx(tonnes)


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [
        # a year before the number: the space joins no groups
        ("in 2024 500 tonnes were shipped", [500]),
        # a count of hyphened things: three 100-tonne trucks
        ("the 3 100-tonne trucks", [100]),
        # a day after its month
        ("On March 12 500 tonnes were shipped", [500]),
        ("on Sept 3 200 tonnes left the port", [200]),
        # a list: each number on its own
        ("5 000 or 6 000 tonnes", [6_000]),
        # commas still group thousands, a decimal point stays one
        ("1,500 tonnes", [1_500]),
        ("2.5 tonnes", [2.5]),
        # a phone number is no grouped number
        ("call 555 123 4567 tonnes", [4_567]),
        # a bare "t" in prose, or starting a word, is no tonne
        ("5 t", []),
        ("2.5 t of", []),
        ("10,000 t-shirts", []),
        ("a decimal comma 12 500,5 tonnes", []),
    ],
)
def test_look_alikes_of_grouped_tonnages_keep_their_reading(text, tonnes):
    assert [q.tonnes for q in find_quantities(text)] == pytest.approx(tonnes)


@pytest.mark.parametrize(
    ("text", "amount", "currency", "value"),
    [
        ("a $1 500 million loan", "$1 500 million", "USD", 1.5e9),
        # after a currency marker a hyphened scale does not part the groups
        ("a C$1 500-million fund", "C$1 500-million", "CAD", 1.5e9),
        ("a grant of €1\u202f500 million", "€1\u202f500 million", "EUR", 1.5e9),
        ("a $2\u00a0000\u00a0000 grant", "$2\u00a0000\u00a0000", "USD", 2e6),
        ("it will spend 2 500 million yuan", "2 500 million yuan", "CNY", 2.5e9),
        # a decimal comma after a currency marker, before a scale of millions or more
        ("a €1,5 billion fund", "€1,5 billion", "EUR", 1.5e9),
        ("a US$2,25bn facility", "US$2,25bn", "USD", 2.25e9),
        ("a €1,5-2 billion plan", "€1,5-2 billion", "EUR", 2e9),
        # commas grouping thousands are still thousands
        ("a $1,500 million loan", "$1,500 million", "USD", 1.5e9),
        ("a $1,250,000 grant", "$1,250,000", "USD", 1.25e6),
    ],
)
def test_money_grouped_by_spaces_or_with_a_decimal_comma(text, amount, currency, value):
    [money] = find_money(text)
    assert (money.text, money.currency) == (amount, currency)
    assert money.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # no scale word: a decimal comma is not read
        ("cobalt at €1,50 a pound", [1.0]),
        # no currency marker before it: not read either
        ("1,5 billion yen", []),
        ("between 2023 and 2025 $5 billion", [5e9]),
        ("$10-15 billion of deals", [15e9]),
        ("$5 million, or call 1 800 123 456", [5e6]),
    ],
)
def test_look_alikes_of_grouped_money_keep_their_reading(text, values):
    assert [m.value for m in find_money(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "amount", "currency", "usd"),
    [
        # a bare "$" the text converts to US dollars is the dollar of the country it names
        (
            "Australia will lend $400 million (US$250 million) to a rare earths refinery.",
            "$400 million",
            "AUD",
            250e6,
        ),
        (
            "Ottawa pledged $1.5 billion, about US$1.1 billion, for mines.",
            "$1.5 billion",
            "CAD",
            1.1e9,
        ),
        (
            "Australia will lend $400 million (250 million U.S. dollars)",
            "$400 million",
            "AUD",
            250e6,
        ),
        # no such country named, or two: the US-dollar sum alone
        ("The fund will lend $400 million (US$250 million).", "US$250 million", "USD", 250e6),
        (
            "Canada and Australia put $400 million (US$290 million) into it",
            "US$290 million",
            "USD",
            290e6,
        ),
        # a foreign sum with its bare-"$" conversion: as before
        ("Japan will invest A$200 million (about $134.7 million)", "A$200 million", "AUD", 134.7e6),
    ],
)
def test_bare_dollar_converted_to_us_dollars_is_local(text, amount, currency, usd):
    [money] = find_money(text)
    assert (money.text, money.currency) == (amount, currency)
    assert money.usd == pytest.approx(usd)


@pytest.mark.parametrize(
    "text",
    [
        # no explicit US-dollar marker in the brackets: two dollar sums, as before
        "Australia will lend $400 million ($250 million) to it",
        # the same sum restated as US dollars: both US dollars
        "The US will lend $400 million (US$400 million).",
    ],
)
def test_bare_dollar_without_a_different_us_dollar_figure_stays_usd(text):
    assert {m.currency for m in find_money(text)} == {"USD"}
    assert all(m.usd == m.value for m in find_money(text))


@pytest.mark.parametrize(
    "text",
    [
        # ASCII text, where the scan is tried at key starts alone
        "a $1 500 million loan and US$1,5 billion, US$ 2 000 bn, eur 1,5bn",
        "in 2024 $1 500 and $1,50 m, then $3 100-million and A$1 000 000 bn, rs 2,5-3 crore",
    ],
)
def test_prefixed_amounts_are_tried_only_where_a_key_starts(text):
    """The fast scan finds the grouped and decimal-comma sums a full scan finds."""
    for start in range(len(text)):
        assert [m.span() for m in _prefixed_matches(text, text.lower(), start)] == [
            m.span() for m in _MONEY_PREFIX.finditer(text, start)
        ]
