"""pending_documents hands a government source's documents to the extractor with their issuer,
the source's country or bloc, so a release that never names its own country still gets it."""

from __future__ import annotations

import pytest
from wh_factories import make_source

from warehouse.extractions import pending_documents


@pytest.mark.parametrize(
    ("publisher", "country", "issuer"),
    [
        ("gov", "USA", "USA"),  # a department's press release
        ("gov", "EU", "EU"),  # the Commission's: a bloc issues it
        ("gov", "CHN", "CHN"),  # a ministry's announcement
        ("news", "GBR", None),  # a newspaper reports others' steps
        ("industry", "AUS", None),  # a trade body is no government
    ],
)
def test_a_document_carries_its_sources_country_only_when_a_government_published_it(
    db_path, add_docs, publisher, country, issuer
):
    ids = add_docs(
        [
            {
                "url": "http://127.0.0.1/release-1",
                "text": "The Department today announced a loan for a graphite plant.",
                "source_id": "outlet",
                "publisher": publisher,
                "source_country": country,
            }
        ],
        [make_source("outlet", publisher, country)],
    )
    (pending,) = pending_documents(db_path, "v1")
    assert pending["id"] == ids["http://127.0.0.1/release-1"]
    assert pending["issuer"] == issuer


def test_a_document_stored_without_its_country_takes_its_sources(db_path, add_docs):
    # a row loaded before documents kept the source's country: the sources table still has it
    add_docs(
        [
            {
                "url": "http://127.0.0.1/notice-7",
                "text": "It is hereby announced that export controls apply to gallium.",
                "source_id": "mofcom",
                "publisher": "gov",
                "source_country": None,
            }
        ],
        [make_source("mofcom", "gov", "CHN")],
    )
    (pending,) = pending_documents(db_path, "v1")
    assert pending["issuer"] == "CHN"


def test_the_issuer_reaches_the_extractor_as_the_actor_of_the_release(db_path, add_docs):
    from nlp.extract import Extractor

    add_docs(
        [
            {
                "url": "http://127.0.0.1/release-2",
                "text": "We will establish a national stockpile of cobalt and nickel.",
                "title": "Stockpile plan",
                "source_id": "canberra",
                "publisher": "gov",
                "source_country": "AUS",
            }
        ],
        [make_source("canberra", "gov", "AUS")],
    )
    (pending,) = pending_documents(db_path, "v1")
    (event,) = Extractor().extract(pending)["events"]
    assert (event["action"], event["actors"]) == ("stockpile", ["AUS"])
