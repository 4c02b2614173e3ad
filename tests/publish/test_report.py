"""`harmledger report`: the figures are stats', the cover tells what is unreviewed, nothing is fetched,
every text is escaped, and a long list goes to a CSV beside the report."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from sqlalchemy import select, update
from typer.testing import CliRunner

from harmledger.cli import build_app
from harmledger.publish import IncidentFilter, compute_stats
from harmledger.publish.report import ReportOptions, build_report, render_html, write_report
from harmledger.publish.report.pdf import ChromiumNotFoundError, find_chromium
from harmledger.store import Store
from harmledger.store.models import Document, Incident
from tests.publish.test_publish_stats import build

HOSTILE = '<script>alert("owned")</script><img src="https://evil.example/x.png">'
MEASURES = ("incidents", "killed_low", "killed_best", "killed_high", "civilians_killed", "children_killed",
            "women_killed", "injured_low", "injured_best", "injured_high")
NOW = dt.datetime(2024, 5, 1, 12, 0)


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    """The stats tests' store (4 incidents, one aggregate claim), one incident reviewed, a source with a web
    address, one with a hostile title and one restricted."""
    with sqlite_store.session() as s:
        build(s)
        douma = s.scalars(select(Incident).where(Incident.place_name == "Douma")).one()
        douma.status = "reviewed"
        s.execute(update(Document).where(Document.id == "ks1").values(origin="https://example.org/ks1"))
        s.execute(update(Document).where(Document.id == "ks2").values(title=HOSTILE))
        s.execute(update(Document).where(Document.id == "maarat").values(title="Secret witness list", restricted=True))
    return sqlite_store


def _render(store: Store, flt: IncidentFilter | None = None, **options: Any) -> tuple[str, dict[str, Any]]:
    with store.session() as s:
        report = build_report(s, flt or IncidentFilter(), ReportOptions(now=NOW, **options))
        return render_html(report), report


def _figures(page: str) -> dict[str, int]:
    tree = lxml_html.fromstring(page)
    return {el.get("data-measure"): int(el.get("data-value")) for el in tree.xpath("//*[@data-measure]")}


@pytest.mark.parametrize("flt, reviewed_only", [
    (IncidentFilter(), False),
    (IncidentFilter(admin1=["Idleb"]), False),
    (IncidentFilter(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 12, 31), weapon=["chemical"]), False),
    (IncidentFilter(), True),
])
def test_headline_figures_are_the_stats_figures(filled: Store, flt: IncidentFilter, reviewed_only: bool) -> None:
    page, report = _render(filled, flt, reviewed_only=reviewed_only)
    with filled.session() as s:
        stats = compute_stats(s, flt, reviewed_only=reviewed_only)
    figures = _figures(page)
    assert {m: figures[m] for m in MEASURES} == {m: stats["totals"][m] for m in MEASURES}
    assert figures["incidents"] > 0
    # Every breakdown table has stats' rows, and the appendix lists every counted incident.
    tree = lxml_html.fromstring(page)
    for name in ("admin1", "perpetrator", "weapon", "target"):
        keys = [row.xpath("string(td[1])") for row in tree.xpath(f'//div[@id="by-{name}"]//tbody/tr')]
        assert keys == [str(r["key"]) for r in stats[f"by_{name}"]]
    assert len(tree.xpath('//table[@id="incidents"]/tbody/tr[starts-with(@id, "incident-")]')) == stats["totals"]["incidents"]


def test_the_cover_says_how_many_are_unreviewed(filled: Store) -> None:
    page, _ = _render(filled, title="April")
    cover = lxml_html.fromstring(page).get_element_by_id("cover")
    unreviewed = cover.get_element_by_id("unreviewed")
    assert unreviewed.get("data-value") == "3"
    assert "3 of 4 incidents (75%) are unreviewed" in unreviewed.text_content()
    assert "1 May 2024" in cover.get_element_by_id("made-at").text_content()
    assert cover.get_element_by_id("report-title").text_content() == "April"
    page, _ = _render(filled, reviewed_only=True)
    assert lxml_html.fromstring(page).get_element_by_id("unreviewed").get("data-value") == "0"


def test_the_cover_names_the_period_and_filters(filled: Store) -> None:
    page, _ = _render(filled, IncidentFilter(date_from=dt.date(2017, 4, 1), date_to=dt.date(2017, 4, 30),
                                             admin1=["Idleb"], grade=["fair", "weak"]))
    tree = lxml_html.fromstring(page)
    assert "1 April 2017 to 30 April 2017" in tree.get_element_by_id("period").text_content()
    assert tree.get_element_by_id("filters").text_content() == "governorate: Idleb; grade: fair, weak"


def _external_resources(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.split("}")[-1].lower()
        for attr in ("src", "href", "xlink:href", "{http://www.w3.org/1999/xlink}href", "data", "poster"):
            value = (el.get(attr) or "").strip().lower()
            if tag != "a" and value.startswith(("http://", "https://", "//")):
                found.append(f"{tag} {attr}={value}")
    styles = " ".join(tree.xpath("//style/text()")) + " ".join(tree.xpath("//@style"))
    found += re.findall(r"url\(\s*['\"]?(?:https?:)?//[^)]*\)|@import", styles)
    return found


def test_nothing_is_fetched_and_every_text_is_escaped(filled: Store) -> None:
    page, _ = _render(filled, title=HOSTILE, public=False)
    tree = lxml_html.fromstring(page)
    assert _external_resources(page) == []
    assert tree.xpath("//script") == [] and tree.xpath("//img") == [] and tree.xpath("//link") == []
    # The hostile title (the report's and a source's) is shown as text, never as markup.
    assert tree.get_element_by_id("report-title").text_content() == HOSTILE
    assert tree.xpath("string(//title)") == HOSTILE
    assert any(HOSTILE in li.text_content() for li in tree.xpath('//ol[@class="sources"]/li'))
    # Links to sources on the web are plain links, and the check above would see a fetched one.
    assert tree.xpath('//a[@href="https://example.org/ks1"]')
    assert _external_resources('<img src="https://x.example/a.png"><a href="https://ok.example">s</a>') == [
        "img src=https://x.example/a.png"]


def test_restricted_sources_are_left_out_unless_asked(filled: Store) -> None:
    public_page, _ = _render(filled)
    internal_page, _ = _render(filled, public=False)
    assert "Secret witness list" not in public_page
    assert "Secret witness list" in internal_page
    assert _figures(public_page)["killed_best"] == _figures(internal_page)["killed_best"]


def test_the_map_draws_towns_filled_and_vaguer_places_as_rings(filled: Store) -> None:
    with filled.session() as s:
        s.execute(update(Incident).where(Incident.place_name == "Aleppo").values(where_prec=4))
    page, report = _render(filled)
    svg = lxml_html.fromstring(page).get_element_by_id("map").xpath(".//svg")[0]
    circles = svg.xpath(".//circle")
    filled_ones = [c for c in circles if c.get("fill") != "none"]
    rings = [c for c in circles if c.get("stroke-dasharray")]
    assert len(filled_ones) == 3 and len(rings) == 1  # Khan Shaykhun, Maarat, Douma; Aleppo at its governorate
    assert report["map"]["vague_incidents"] == 1 and "located only to a district" in page


def test_over_the_cap_the_deadliest_are_listed_and_all_go_to_the_csv(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "april.html"
    with filled.session() as s:
        written = write_report(s, IncidentFilter(), out, ReportOptions(cap=2, now=NOW))
    assert written.incidents == 4 and written.listed == 2
    assert written.csv_path == tmp_path / "april.incidents.csv"
    rows = list(csv.DictReader(written.csv_path.open(encoding="utf-8")))
    assert len(rows) == 4 and {r["place_name"] for r in rows} >= {"Khan Shaykhun", "Douma", "Aleppo"}
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    listed = tree.xpath('//table[@id="incidents"]/tbody/tr')
    assert [r.xpath("string(td[2])").split(",")[0].strip() for r in listed] == ["Khan Shaykhun", "Douma"]
    assert tree.xpath('//span[@id="csv-note"]//a/@href') == ["april.incidents.csv"]
    # Under the cap: no CSV, no note.
    with filled.session() as s:
        written = write_report(s, IncidentFilter(), tmp_path / "all.html", ReportOptions(now=NOW))
    assert written.csv_path is None and not (tmp_path / "all.incidents.csv").exists()


def test_claims_are_quoted_apart(filled: Store) -> None:
    page, report = _render(filled)
    claims = lxml_html.fromstring(page).xpath('//table[@id="claims"]/tbody/tr')
    assert len(claims) == 1 and "1,510" in claims[0].text_content()
    assert report["stats"]["totals"]["killed_best"] < 1510


def test_the_command(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(build_app(), ["report", "--db", filled.url, "--output", str(out), "--title", "Idlib",
                                              "--governorate", "idlib", "--cap", "1"])
    assert result.exit_code == 0, result.output
    assert "2 incidents, 1 listed" in result.output and (tmp_path / "r.incidents.csv").exists()
    assert _figures(out.read_text(encoding="utf-8"))["incidents"] == 2
    result = CliRunner().invoke(build_app(), ["report", "--db", filled.url, "--output", str(tmp_path / "r.docx")])
    assert result.exit_code != 0 and "[E100]" in str(result.exception)


def test_a_pdf_without_chromium_is_one_coded_error(filled: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from harmledger.publish.report import pdf

    monkeypatch.setattr(pdf, "CANDIDATES", ())
    monkeypatch.setattr(pdf, "DEFAULT", str(tmp_path / "no-chromium"))
    with pytest.raises(ChromiumNotFoundError, match="apt-get install chromium") as caught:
        find_chromium()
    assert caught.value.code == "E101"
    with filled.session() as s, pytest.raises(ChromiumNotFoundError):
        write_report(s, IncidentFilter(), tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.slow
def test_the_pdf_keeps_charts_and_map_as_vectors(filled: Store, tmp_path: Path) -> None:
    try:
        find_chromium()
    except ChromiumNotFoundError as exc:
        pytest.skip(str(exc))
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    with filled.session() as s:
        write_report(s, IncidentFilter(), out, ReportOptions(now=NOW))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    subtypes: list[str] = []
    streams: list[bytes] = []

    def walk(resources: Any) -> None:
        # Chromium draws each page inside form XObjects: look into them, and into theirs.
        for obj in ((resources or {}).get("/XObject") or {}).values():
            obj = obj.get_object()
            subtypes.append(str(obj.get("/Subtype")))
            if obj.get("/Subtype") == "/Form":
                streams.append(obj.get_data())
                walk(obj.get("/Resources"))

    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            streams.append(contents.get_data())
        walk(page["/Resources"].get_object())
    assert "/Image" not in subtypes  # the charts and the map are drawn as paths, not pictures
    content = b"\n".join(streams)
    # Rectangles (the bars) and Bezier curves (the map's circles): vector drawing operators.
    assert re.search(rb"\bre\b", content) and re.search(rb"\bc\b", content)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Headline figures" in text and "Appendix A" in text


def test_on_sqlite_and_postgres(store: Store, tmp_path: Path) -> None:
    """The report's own queries (listing, map, sources, the CSV read in batches) on both databases."""
    with store.session() as s:
        build(s)
        written = write_report(s, IncidentFilter(), tmp_path / "r.html", ReportOptions(cap=1, now=NOW))
        totals = compute_stats(s, IncidentFilter())["totals"]
    figures = _figures((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert {m: figures[m] for m in MEASURES} == {m: totals[m] for m in MEASURES}
    assert figures["documents"] == 5 and figures["outlets"] == 3  # ks1, ks2, maarat, douma, aleppo; outlets A, B, C
    assert written.csv_path is not None
    assert len(list(csv.DictReader(written.csv_path.open(encoding="utf-8")))) == totals["incidents"] == 4
