"""Arabic reports on the pages: the document page lays the text out right to left (the computed style in
Chromium, not just an attribute), an English document stays left to right, and titles and snippets in
lists are isolated (dir="auto") so that an Arabic title does not reorder the line around it."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html as lxml_html

from harmledger.ingest import ingest_bytes
from harmledger.store import Store
from tests.api import sampledata
from tests.api.apiclient import make_client

TITLE = "غارة على مدرسة في إدلب"
BODY = ("قُتِلَ خمسة مدنيين، بينهم طفلان، في غارة جوية على مدرسة في مدينة إدلب يوم الثلاثاء 4 نيسان 2017.\n\n"
        "Airstrike on a school in Idlib: five civilians were killed, the civil defence said.")
ENGLISH = "Shelling hit the market of Ariha on Friday, killing three civilians and wounding ten, medics said."


def _add(store: Store, text: str, name: str) -> str:
    result = ingest_bytes(store, text.encode(), filename=name)
    assert result.status == "added" and result.document_id, result
    return result.document_id


def _direction(page: Any, selector: str) -> str:
    return str(page.locator(selector).first.evaluate("el => getComputedStyle(el).direction"))


@pytest.mark.browser
def test_an_arabic_document_is_laid_out_right_to_left(page: Any, server: dict[str, Any]) -> None:
    store: Store = server["store"]
    arabic = _add(store, f"# {TITLE}\n\n{BODY}\n", "arabic-report.md")
    english = _add(store, ENGLISH, "english-report.txt")
    page.goto(f"/documents/{arabic}")
    assert _direction(page, "#document-text") == "rtl"
    assert _direction(page, "#document-text p:first-child") == "rtl"
    # The English paragraph of the same report reads left to right.
    assert _direction(page, "#document-text p:last-child") == "ltr"
    assert _direction(page, "h1") == "rtl"
    page.goto(f"/documents/{english}")
    assert _direction(page, "#document-text p") == "ltr"
    page.goto("/search?q=مدرسة")
    assert _direction(page, f"a[href='/documents/{arabic}']") == "rtl"


def test_templates_mark_the_direction_of_document_text(sqlite_store: Store) -> None:
    sampledata.build(sqlite_store)
    arabic = _add(sqlite_store, f"# {TITLE}\n\n{BODY}\n", "arabic-report.md")
    english = _add(sqlite_store, ENGLISH, "english-report.txt")
    with make_client(sqlite_store) as client:
        tree = lxml_html.fromstring(client.get(f"/documents/{arabic}").text)
        article = tree.get_element_by_id("document-text")
        assert (article.get("dir"), article.get("lang")) == ("rtl", "ar")
        assert {p.get("dir") for p in article.findall("p")} == {"auto"}
        english_article = lxml_html.fromstring(client.get(f"/documents/{english}").text).get_element_by_id("document-text")
        assert (english_article.get("dir"), english_article.get("lang")) == ("auto", "en")
        results = lxml_html.fromstring(client.get("/search", params={"q": "مدرسه"}).text)
        link = results.xpath(f"//a[@href='/documents/{arabic}']")
        assert link and link[0].get("dir") == "auto" and link[0].text_content() == TITLE
