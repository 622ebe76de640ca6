"""A news page's furniture is blanked before extraction; report text that looks like it is not."""

from __future__ import annotations

import pytest

from nlp.boilerplate import blank_boilerplate, blank_title_line
from nlp.extract import Extractor, clean_text

FURNITURE = [
    "Reporting by Jane Doe in Beijing; Editing by Sam Lee and Ann Park",
    "Additional reporting by Ravi Patel in New Delhi",
    "Writing by Nellie Peyton; Editing by Alison Williams",
    "Compiled by Mining Weekly staff",
    "Read more:",
    "READ MORE: China tightens graphite export rules",
    "See also - Indonesia weighs nickel ore quota cut",
    "Related coverage: EU critical raw materials act explained",
    "Related",
    "Also read: Chile's lithium plan",
    "Sign up here.",
    "Subscribe to our weekly battery-metals newsletter",
    "Click here to download the full report",
    "Advertisement",
    "Story continues below advertisement",
    "\u00a9 2026 Mining Weekly. All rights reserved.",
    "Copyright 2025 Metal Bulletin",
    "Our Standards: The Trust Principles.",
    "Miners at a cobalt site near Kolwezi, June 4, 2024. REUTERS/Justin Makangara/File Photo",
    "A stockpile at the port. REUTERS/Ivan Alvarado/File Photo Purchase Licensing Rights",
    "Trucks queue at the border crossing. Photographer: Qilai Shen/Bloomberg",
    "The Bayan Obo mine in Inner Mongolia. Photo: Zhang Wei",
    "Published March 1, 2026 10:15 GMT | Updated 3 hours ago",
    "Last updated: 28 February 2026",
    "Posted on Monday, 2 March 2026",
    "Date: 3 March 2026",
    "5 min read",
    "Media contact: Sam Lee, +61 2 6277 7000, media@industry.gov.au",
    "For more information, please contact the Embassy of Indonesia in Washington, D.C.",
    "For further information visit the ministry's website",
    "Press enquiries: +44 20 7215 5000",
    "Sponsored: Canada's lithium opportunity",
    "Most popular",
    "Ends.",
    "-ENDS-",
    "###",
    # a legal act's citations and a rule notice's comment and contact lines
    "Having regard to the Treaty on the Functioning of the European Union,",
    "Having regard to Council Regulation (EU) 2026/118, and in particular Article 4 thereof,",
    "After consulting the Committee for the Common Rules for Exports,",
    "Acting in accordance with the ordinary legislative procedure,",
    "ADDRESSES: Submit comments on the tungsten rule through the eRulemaking Portal.",
    "FOR FURTHER INFORMATION CONTACT: Office of Export Policy, (202) 555-0199.",
]

REPORT = [
    "Reporting by Reuters showed that Beijing cut the export quota in May.",
    "A Reuters/Ipsos poll showed support for the nickel ore ban.",
    "Related measures were announced by Jakarta on Tuesday.",
    "Subscribers to the fund include Japan's JOGMEC and Korea Zinc.",
    "See the ministry's statement for the full list of permits.",
    "Copyright Office rules do not cover mining data.",
    "Read more broadly, the rules cover every lithium compound.",
    "The ministry said all rights to the deposit were reserved for state firms.",
    "Sign-up bonuses for miners were scrapped, the ministry said.",
    "Shipments rose 8% by volume in 2025/26, customs data showed.",
    "By Beijing's count, exports of gallium fell by half.",
    "Published figures show China's gallium exports fell 20% in May.",
    "Updated guidance on cobalt sourcing was issued on 3 March 2026.",
    "Posted workers at the mine were sent home in May.",
    "For more information on the deal, the ministry said, investors should wait for May.",
    "Contacts between Beijing and Canberra resumed in 2023.",
    "Ends of the supply chain in China were hit hardest.",
    "Popular demand for lithium rose, the ministry said.",
    "Latest figures show cobalt exports rose.",
    "Trending higher, nickel prices rose 4% on Monday.",
    "Forward-looking plans for a lithium refinery were set out by Canberra.",
    "The disclaimer was added to the stockpile law in 2024.",
    "Risk factors for cobalt supply rose, the agency said.",
    "Having regard to the risks, Japan will stockpile cobalt.",
    "After consulting miners, Chile raised the lithium royalty.",
    "Addresses by the ministers opened the cobalt summit on Monday.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_blanked_to_spaces_of_their_length(line: str) -> None:
    text = f"Congo extended its cobalt export ban.\n\n{line}\n\nThe ban took effect in February."
    out = blank_boilerplate(text)
    assert len(out) == len(text)
    start = text.index(line)
    assert out[start : start + len(line)].strip() == ""
    assert out.replace(" " * len(line), line, 1) == text


@pytest.mark.parametrize("line", REPORT)
def test_report_text_that_looks_like_furniture_is_kept(line: str) -> None:
    text = f"Congo extended its cobalt export ban.\n\n{line}\n\nThe ban took effect in February."
    assert blank_boilerplate(text) == text


def test_inline_credit_and_link_marker_are_blanked_in_place() -> None:
    text = (
        "The ban lifted prices, according to Fastmarkets, opens new tab. "
        "(Reporting by Jane Doe; Editing by Sam Lee)"
    )
    out = blank_boilerplate(text)
    assert " ".join(out.split()) == "The ban lifted prices, according to Fastmarkets ."
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "summary",
    [
        "Chile signed a lithium pact with Japan. The post Chile and Japan sign lithium pact "
        "appeared first on Mining Weekly.",
        "Chile signed a lithium pact with Japan. Continue reading\u2026",
        "Chile signed a lithium pact with Japan. Read the full story",
        "Chile signed a lithium pact with Japan. [\u2026]",
    ],
)
def test_a_feed_summarys_footer_is_blanked(summary: str) -> None:
    assert blank_boilerplate(summary).rstrip() == "Chile signed a lithium pact with Japan."


def test_a_teaser_heading_takes_the_headlines_under_it_up_to_the_first_prose() -> None:
    text = (
        "Read more:\n"
        "China restricts graphite exports\n"
        "Chile's lithium plan explained\n"
        "\n"
        "Indonesia banned nickel ore exports in 2020.\n"
        "Japan said it would stockpile gallium.\n"
    )
    out = blank_boilerplate(text)
    assert "China" not in out and "Chile" not in out
    assert out.endswith(
        "Indonesia banned nickel ore exports in 2020.\nJapan said it would stockpile gallium.\n"
    )


@pytest.mark.parametrize(
    "heading, lines",
    [
        (
            "You may also like",
            ["US launches a probe into polysilicon imports", "Japan and EU sign pact"],
        ),
        ("Related press releases:", ["METI and Argentina sign lithium memorandum (January 2024)"]),
        ("Trending", ["China bans gallium exports to the US"]),
        ("More from Mining Weekly", ["Chile's lithium plan explained"]),
        ("For media enquiries:", ["Jane Doe", "+33 1 23 45 67 89", "jane@example.fr"]),
        ("Media contacts", ["Sam Lee, Department of Industry", "media@industry.gov.au"]),
    ],
)
def test_a_heading_takes_its_lines_across_the_blank_lines_of_a_crawled_page(
    heading: str, lines: list[str]
) -> None:
    """The spider writes each block of a page on a line of its own, between blank lines."""
    prose = "Indonesia banned nickel ore exports in 2020, the ministry said."
    text = "\n\n".join(["Australia and India agreed to co-invest.", heading, *lines, prose])
    out = blank_boilerplate(text)
    assert " ".join(out.split()) == f"Australia and India agreed to co-invest. {prose}"


@pytest.mark.parametrize(
    "heading",
    [
        "Cautionary Note Regarding Forward-Looking Information",
        "FORWARD-LOOKING STATEMENTS",
        "Forward-looking statements: This release contains statements about our plans.",
        "Safe Harbor Statement",
        "This news release contains forward-looking statements within the meaning of the law.",
    ],
)
def test_a_releases_legal_text_is_blanked_to_its_end(heading: str) -> None:
    lead = "Lynas signed a rare earths offtake deal with Japan on Monday."
    legal = (
        "Actual results may differ materially due to factors including government export "
        "bans, tariffs on Chinese lithium products and the ability to obtain approvals."
    )
    text = "\n\n".join([lead, heading, legal, "About Lynas", "Lynas mines in Australia."])
    assert blank_boilerplate(text).rstrip() == lead


def test_a_teaser_heading_stops_at_a_full_sentence() -> None:
    text = "Related\nIndonesia banned nickel ore exports in 2020, the ministry said.\n"
    assert (
        blank_boilerplate(text).strip()
        == "Indonesia banned nickel ore exports in 2020, the ministry said."
    )


def test_text_without_furniture_is_returned_as_it_is() -> None:
    text = "Australia and Japan signed a critical minerals pact on Monday."
    assert blank_boilerplate(text) is text


@pytest.mark.parametrize(
    "text, title, kept",
    [
        ("China curbs antimony\n\nBEIJING - China will curb it.", "China curbs  Antimony", False),
        ("\n  China curbs antimony \nBEIJING - China will curb it.", "China curbs antimony", False),
        # another first line, or a one-line text, stays
        ("China to curb antimony\n\nBEIJING - China will curb it.", "China curbs antimony", True),
        ("China curbs antimony", "China curbs antimony", True),
        ("BEIJING - China will curb it.\n\nChina curbs antimony", "China curbs antimony", True),
    ],
)
def test_the_title_again_as_the_first_line_is_blanked(text: str, title: str, kept: bool) -> None:
    out = blank_title_line(text, title)
    assert len(out) == len(text)
    assert (out == text) is kept
    assert kept or out.strip().startswith("BEIJING")


def test_clean_text_blanks_furniture_after_stripping_html() -> None:
    html = "<p>Congo extended its cobalt export ban.</p>\n<p>Sign up here.</p>"
    assert "Sign up" not in clean_text(html)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    "stamp",
    ["Published March 1, 2026 10:15 GMT | Updated 3 hours ago", "Last updated: 28 February 2026"],
)
def test_a_page_time_stamp_is_no_event_date(extractor: Extractor, stamp: str) -> None:
    text = f"{stamp}\n\nChina banned exports of gallium to the United States on Tuesday."
    pred = extractor.extract({"id": "stamp", "text": text, "published": "2026-03-04"})
    assert [e["event_date"] for e in pred["events"]] == ["2026-03-03"]


def test_furniture_gives_the_document_no_countries_or_events(extractor: Extractor) -> None:
    text = (
        "KINSHASA, March 3 - Congo extended its ban on cobalt exports by three months on "
        "Saturday, the regulator said.\n\n"
        "Read more:\n"
        "China restricts graphite exports\n\n"
        "Sign up here.\n\n"
        "Miners gather in Lubumbashi, June 4, 2024. REUTERS/Justin Makangara/File Photo\n\n"
        "Reporting by Jane Doe in Paris; Writing by Sam Lee in Dakar; Editing by Ann Park"
    )
    pred = extractor.extract({"id": "furniture", "text": text, "published": "2026-03-03"})
    assert pred["countries"] == ["COD"]
    assert pred["minerals"] == ["cobalt"]
    assert [(e["action"], e["actors"]) for e in pred["events"]] == [("export_control", ["COD"])]
    event = pred["events"][0]
    assert text[event["start_char"] : event["end_char"]] == event["evidence"]


def test_a_legal_acts_citations_and_a_notices_contacts_tell_no_step(extractor: Extractor) -> None:
    text = (
        "THE EUROPEAN COMMISSION,\n\n"
        "Having regard to the Treaty on the Functioning of the European Union,\n\n"
        "After consulting the Committee established by Article 15 of Regulation (EU) 2016/1036,\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n\n"
        "A definitive anti-dumping duty is imposed on imports of graphite electrodes originating "
        "in the People's Republic of China.\n\n"
        "ADDRESSES: Comments on Japan's and Korea's controls may be sent to the portal.\n\n"
        "FOR FURTHER INFORMATION CONTACT: Trade Defence Unit, Brussels, phone 555 0100."
    )
    pred = extractor.extract({"id": "act", "text": text, "published": "2026-04-30"})
    assert [(e["action"], e["actors"], e["partners"]) for e in pred["events"]] == [
        ("trade_measure", ["EU"], ["CHN"])
    ]
    assert pred["countries"] == ["CHN"]


WIRE_PAGE = """<html lang="en"><head><title>China curbs antimony exports | Wire</title></head><body>
<article>
<h1>China to curb exports of antimony from Sept. 15</h1>
<p class="date">Published August 14, 2024 10:15 GMT | Updated 3 hours ago</p>
<p>BEIJING, Aug 14 (Reuters) - China will restrict exports of antimony and related products
from Sept. 15, the commerce ministry said on Wednesday, the latest in a series of curbs.</p>
<p>Sign up here.</p>
<h2>WHY IT MATTERS</h2>
<p>China accounted for 48% of the world's antimony output last year, and the metal is used
in military equipment and solar glass.</p>
<p>Read more:</p>
<p>Exporters will need licences to ship antimony ores, metals and oxides, the ministry said,
citing national security.</p>
<p>Reporting by Jane Doe in Beijing and Sam Lee in Singapore; Editing by Ann Park</p>
<p>Our Standards: The Trust Principles.</p>
</article></body></html>"""


def test_a_crawled_wire_page_keeps_only_the_reports_country(extractor: Extractor) -> None:
    """Through the spider's own article extraction: the credits' Singapore is no country of
    the report (it was before furniture was blanked)."""
    from spiders.article import extract_article

    article = extract_article(WIRE_PAGE, "https://wire.example/china-antimony")
    assert "Singapore" in article.text  # the page extraction keeps the credits line
    pred = extractor.extract(
        {"id": "wire", "text": article.text, "title": article.title, "published": "2024-08-14"}
    )
    assert pred["countries"] == ["CHN"]
    assert [(e["action"], e["actors"], e["event_date"]) for e in pred["events"]] == [
        ("export_control", ["CHN"], "2024-08-14")
    ]
    # the headline the page extraction kept as the first line is the title, not the lead
    assert article.text.startswith(article.title)
    assert pred["events"][0]["evidence"].startswith("BEIJING, Aug 14 (Reuters) - China will")


def test_evidence_is_the_text_given_where_cleaning_changed_characters(
    extractor: Extractor,
) -> None:
    """Full-width forms and blanked furniture are read cleaned, but quoted as given."""
    text = (
        "Japan will lend \uff04500 million to a lithium refinery in Chile, opens new tab, "
        "the ministry said on Tuesday.\r\n\r\nSign up here."
    )
    pred = extractor.extract({"id": "quoted", "text": text, "published": "2026-03-04"})
    [event] = pred["events"]
    assert event["amount_usd"] == 500_000_000
    assert event["evidence"] == text[event["start_char"] : event["end_char"]].strip()
    assert "\uff04500" in event["evidence"]
    for mention in pred["mentions"]:
        assert text[mention["start_char"] : mention["end_char"]] == mention["text"]
