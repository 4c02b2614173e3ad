"""The report from the statistics page: /stats links to it with its filters; /stats/report gives the same
figures as /api/stats, hides restricted sources from whoever /stats hides them from, and names the full
list when it is capped."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html

from harmledger.store import Store
from tests.api import sampledata
from tests.api.apiclient import TestClient, login, make_client

MEASURES = ("incidents", "killed_low", "killed_best", "killed_high", "civilians_killed", "children_killed",
            "women_killed", "injured_best")
RESTRICTED_TITLE = "Market shelled in Ariha"  # doc-ariha, restricted in the sample data


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    sampledata.build(sqlite_store)
    return sqlite_store


@pytest.fixture
def client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled) as c:
        yield c


@pytest.fixture
def public_client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled, public_mode=True) as c:
        yield c


def _figures(page: str) -> dict[str, int]:
    tree = lxml_html.fromstring(page)
    return {el.get("data-measure"): int(el.get("data-value")) for el in tree.xpath("//*[@data-measure]")}


def test_the_stats_page_links_to_the_report_of_its_filters(client: TestClient) -> None:
    page = client.get("/stats", params={"admin1": "Idlib", "reviewed_only": "true"})
    assert page.status_code == 200
    link = lxml_html.fromstring(page.text).get_element_by_id("report-link")
    assert link.text_content() == "Download report"
    href = link.get("href")
    assert href.startswith("/stats/report?") and "admin1=Idlib" in href and "reviewed_only=true" in href
    pdf = lxml_html.fromstring(page.text).get_element_by_id("report-pdf-link").get("href")
    assert pdf.endswith("&format=pdf") and "admin1=Idlib" in pdf


@pytest.mark.parametrize("params", [{}, {"admin1": "Idlib"}, {"weapon": "airstrike,car_bomb"},
                                    {"date_from": "2020-01-01", "reviewed_only": "true"}])
def test_the_report_has_the_figures_of_the_api(client: TestClient, params: dict[str, str]) -> None:
    r = client.get("/stats/report", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "attachment" in r.headers["content-disposition"]
    totals = client.get("/api/stats", params=params).json()["totals"]
    figures = _figures(r.text)
    assert {m: figures[m] for m in MEASURES} == {m: totals[m] for m in MEASURES}
    unreviewed = lxml_html.fromstring(r.text).get_element_by_id("unreviewed").get("data-value")
    assert int(unreviewed) == totals["unreviewed_incidents"]


def test_restricted_sources_only_for_those_who_may_see_them(client: TestClient, public_client: TestClient) -> None:
    assert RESTRICTED_TITLE not in client.get("/stats/report").text  # nobody logged in
    assert RESTRICTED_TITLE not in public_client.get("/stats/report").text
    login(client, "viewer")
    assert RESTRICTED_TITLE in client.get("/stats/report").text
    # The figures do not change with who asks: only the source lists do.
    assert _figures(client.get("/stats/report").text)["killed_best"] == \
        _figures(public_client.get("/stats/report").text)["killed_best"]


def test_text_from_reports_and_the_title_are_escaped(public_client: TestClient) -> None:
    r = public_client.get("/stats/report", params={"title": sampledata.SCRIPT})
    tree = lxml_html.fromstring(r.text)
    assert tree.xpath("//script") == []
    assert tree.get_element_by_id("report-title").text_content() == sampledata.SCRIPT
    assert sampledata.SCRIPT not in r.text  # the source title with a script tag is there, escaped
    assert "Barrel bombs on Daraa &lt;script&gt;" in r.text


def test_a_capped_report_links_to_the_full_list(public_client: TestClient) -> None:
    r = public_client.get("/stats/report", params={"cap": "1", "admin1": "Idlib"})
    tree = lxml_html.fromstring(r.text)
    assert len(tree.xpath('//table[@id="incidents"]/tbody/tr')) == 1
    href = tree.xpath('//span[@id="csv-note"]//a/@href')[0]
    assert href.startswith("http://testserver/stats/report/incidents.csv?") and "admin1=Idlib" in href
    got = public_client.get(href[len("http://testserver"):])
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert len(rows) == _figures(r.text)["incidents"] == 2
    assert all(RESTRICTED_TITLE not in row["source_titles"] for row in rows)
    assert urlsplit(href).path == "/stats/report/incidents.csv"


def test_a_pdf_without_chromium_is_a_clear_error(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from harmledger.publish.report import pdf

    monkeypatch.setattr(pdf, "CANDIDATES", ())
    monkeypatch.setattr(pdf, "DEFAULT", "/nonexistent/chromium")
    r = client.get("/stats/report", params={"format": "pdf"})
    assert r.status_code == 503
    assert "[E101]" in r.text and "apt-get install chromium" in r.text


@pytest.mark.slow
def test_the_report_as_pdf(client: TestClient) -> None:
    from harmledger.publish.report.pdf import ChromiumNotFoundError, find_chromium

    try:
        find_chromium()
    except ChromiumNotFoundError as exc:
        pytest.skip(str(exc))
    r = client.get("/stats/report", params={"format": "pdf", "admin1": "Idlib"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")
