"""One spider per source kind: feed, api, sitemap, html."""
