from __future__ import annotations

import datetime as dt

import pytest

from harmledger._errors import EmptyInputError
from harmledger.ingest.read_html import read_html

ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>Strike on market | Example News</title>
<meta property="og:title" content="Airstrike kills 12 in Idlib market">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2019-11-21T10:00:00Z">
<meta property="og:site_name" content="Example News">
</head><body><nav>Home | World | Sport</nav><article><h1>Airstrike kills 12 in Idlib market</h1>
<p>At least 12 civilians were killed on Thursday when an airstrike hit a crowded market in the town of
Maarat al-Numan in Idlib province, rescuers said.</p>
<p>The Syrian Observatory for Human Rights said Russian warplanes carried out the raid. Dozens more were
wounded in the attack, which came as government forces pressed an offensive in the south of the province.</p>
<script>var tracking = "do not keep me";</script>
</article><footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"""


def test_main_text_and_metadata() -> None:
    parsed = read_html("a.html", ARTICLE.encode())
    assert parsed.title == "Airstrike kills 12 in Idlib market"
    assert parsed.author == "Jane Doe"
    assert parsed.source == "Example News"
    assert parsed.published == dt.date(2019, 11, 21) and parsed.published_from == "metadata"
    assert parsed.body.startswith("At least 12 civilians were killed")
    assert "Russian warplanes" in parsed.body
    for boilerplate in ("tracking", "Copyright", "Home | World"):
        assert boilerplate not in parsed.body
    assert parsed.media_type == "text/html"


def test_no_date_is_guessed_from_the_text() -> None:
    page = ARTICLE.replace('<meta property="article:published_time" content="2019-11-21T10:00:00Z">', "")
    page = page.replace("on Thursday", "on 14 November 2019")
    assert read_html("a.html", page.encode()).published is None


def test_a_fragment_without_main_content_falls_back_to_its_text() -> None:
    parsed = read_html("f.html", b"<p>Shelling hit Douma.</p>")
    assert "Shelling hit Douma." in parsed.body


def test_a_page_without_text_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        read_html("e.html", b"<html><head><title></title></head><body><script>x()</script></body></html>")
