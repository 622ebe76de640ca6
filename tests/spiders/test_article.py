"""Article extraction: main text, canonical URL, dates, language, content hash."""

from __future__ import annotations

import pytest

from spiders.article import content_hash, extract_article


def _page(
    canonical: str | None = None, date_meta: bool = True, lang_text: str | None = None
) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = (
        '<meta property="article:published_time" content="2026-11-26T10:00:00Z">'
        if date_meta
        else ""
    )
    body = lang_text or (
        "The ministry said on Thursday that export licences for gallium and germanium would be "
        "required from January, citing national security and supply chain resilience."
    )
    paras = "".join(f"<p>{body} Paragraph {i}.</p>" for i in range(5))
    return (
        f"<html><head><title>Gallium licences</title>{link}{meta}</head><body>"
        f"<nav>Home | World | Markets | Subscribe now</nav><article><h1>Gallium licences</h1>{paras}</article>"
        f"<footer>Cookie settings. All rights reserved.</footer></body></html>"
    )


def test_main_text_without_boilerplate():
    a = extract_article(_page(), "https://news.example/a")
    assert "export licences for gallium" in a.text and "Cookie settings" not in a.text


def test_paragraphs_separated_by_blank_lines():
    assert "\n\n" in extract_article(_page(), "https://news.example/a").text


def test_canonical_from_rel_canonical_without_tracking():
    a = extract_article(
        _page(canonical="/story/gallium?utm_source=tw"), "https://news.example/a?x=1"
    )
    assert a.canonical_url == "https://news.example/story/gallium"


def test_canonical_falls_back_to_the_page_url():
    assert (
        extract_article(_page(), "https://news.example/a?utm_medium=rss").canonical_url
        == "https://news.example/a"
    )


def test_feed_date_wins_over_page_metadata():
    assert (
        extract_article(
            _page(), "https://news.example/a", feed_published="2026-11-27T09:00:00Z"
        ).published_at
        == "2026-11-27T09:00:00Z"
    )


def test_date_from_page_metadata_without_feed_date():
    assert extract_article(_page(), "https://news.example/a").published_at == "2026-11-26"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Das Ministerium teilte am Donnerstag mit, dass für Gallium und Germanium ab Januar Ausfuhrgenehmigungen erforderlich sind.",
            "de",
        ),
        (
            "Le ministère a annoncé jeudi que des licences d'exportation seraient exigées pour le gallium et le germanium dès janvier.",
            "fr",
        ),
    ],
)
def test_language_detected(text, lang):
    assert extract_article(_page(lang_text=text), "https://news.example/a").language == lang


def test_content_hash_ignores_layout_whitespace():
    assert content_hash("Lithium  deal\n\nsigned") == content_hash("lithium deal signed")
    assert content_hash("lithium deal signed") != content_hash("cobalt deal signed")


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"\x00\x01\x02",
        "<html>",
        b"<?xml version='1.0' encoding='utf-8'?><html><p>x</p></html>",
    ],
)
def test_junk_never_raises(junk):
    a = extract_article(junk, "https://news.example/junk")
    assert a.canonical_url == "https://news.example/junk"


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ("Québec".encode("latin-1"), "utf-8", "Québec"),  # Latin-1 served as UTF-8
        ("“quoted”".encode("cp1252"), "iso-8859-1", "“quoted”"),  # cp1252 labelled Latin-1
        ("Québec".encode(), "utf-8", "Québec"),
        ("Québec".encode(), None, "Québec"),
        (b"\xff\xfe\x00bad", "no-such-charset", "ÿþ\x00bad"),
    ],
)
def test_decode_page_distrusts_wrong_labels(body, declared, expected):
    from spiders.article import decode_page

    assert decode_page(body, declared) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-27", "2026-11-27"),
        ("2026-11-27T09:00:00Z", "2026-11-27T09:00:00Z"),
        ("2026-11-27T10:00:00+01:00", "2026-11-27T09:00:00Z"),
        ("2026-11-27T09:00:00", "2026-11-27T09:00:00Z"),
        ("Fri, 27 Nov 2026 09:00:00 GMT", "2026-11-27T09:00:00Z"),
        ("last Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_normalised_for_the_landing_zone(value, expected):
    from spiders.article import normalise_date

    assert normalise_date(value) == expected


def test_unreadable_feed_date_falls_back_to_the_page():
    assert (
        extract_article(_page(), "https://news.example/a", feed_published="soon").published_at
        == "2026-11-26"
    )
