"""Pages show labels, not codes; an unknown figure reads "unknown", not 0; a governorate has one spelling.
The API keeps the codes."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from harmledger.geo.admin_names import admin1_name
from harmledger.store import Store
from harmledger.web.display import code_name, field_value, figure, governorate, place_line
from tests.api import sampledata
from tests.api.apiclient import TestClient, make_client


@pytest.fixture
def client(sqlite_store: Store) -> Iterator[TestClient]:
    sampledata.build(sqlite_store)
    with make_client(sqlite_store) as c:
        yield c


def test_codes_read_as_labels() -> None:
    assert code_name("weapons", "barrel_bomb") == "Barrel bomb"
    assert code_name("targets", "idp_camp") == "IDP camp"
    assert code_name("actors", "SYR_GOV") == "Syrian government"
    assert code_name("grade", "contested") == "Contested"
    assert code_name("status", "machine") == "Unreviewed (machine)"
    assert code_name("weapons", None) == "–"
    assert field_value([{"code": "RUS", "role": "supporter"}], "actors") == "Russia (supporting)"
    assert field_value(["airstrike", "ied"], "weapons") == "Airstrike, IED"
    assert field_value(12, "killed_best") == "12"


def test_unknown_figures_are_not_zero() -> None:
    assert figure(None) == "unknown"
    assert figure(0) == "0"
    assert figure(1200) == "1,200"


def test_a_governorate_has_one_spelling() -> None:
    name = admin1_name("SY07")
    assert governorate("Idleb") == governorate("idlib province") == governorate("SY07") == name
    assert governorate("Atlantis") == "Atlantis"  # shown as stored, never dropped
    assert place_line({"name": "Qah", "admin2": None, "admin1": "Idleb"}) == f"Qah, {name}"


def _row(page: str, incident: str) -> str:
    found = re.search(rf'<tr><td data-label="date"><a href="/incidents/{incident}">.*?</tr>', page, re.S)
    assert found is not None
    return found.group(0)


def test_the_incident_list_shows_labels_and_unknown(client: TestClient) -> None:
    row = _row(client.get("/incidents").text, "inc_daraa")
    assert "Barrel bomb" in row and "Syrian government" in row
    assert "barrel_bomb" not in row and "SYR_GOV" not in row
    assert '<td data-label="injured" class="num">unknown</td>' in row  # the source gave no injured figure
    assert f'<td data-label="governorate">{governorate("Daraa")}</td>' in row
    qah = _row(client.get("/incidents").text, "inc_qah")
    assert '<td data-label="injured" class="num">24</td>' in qah


def test_the_incident_page_and_stats_show_labels(client: TestClient) -> None:
    page = client.get("/incidents/inc_daraa").text
    facts = page.split('<div class="facts">', 1)[1].split("</div>\n</div>", 1)[0]
    assert "Barrel bomb" in facts and "Syrian government" in facts and "barrel_bomb" not in facts
    assert '<strong id="injured-best">unknown</strong>' in page
    values = page.split('id="values"', 1)[1].split("</table>", 1)[0]
    assert "SYR_GOV" not in values.replace('<code class="muted">', "")  # field names stay, values are labels
    stats = client.get("/stats").text
    assert "Barrel bomb" in stats and ">barrel_bomb<" not in stats and "Syrian government" in stats
    # The filters keep the codes as values (the URL and API use them) and show labels.
    assert '<option value="barrel_bomb" >Barrel bomb</option>' in stats


def test_the_api_keeps_the_codes(client: TestClient) -> None:
    detail = client.get("/api/incidents/inc_daraa").json()
    assert detail["weapons"] == ["barrel_bomb"] and detail["perpetrator"] == "SYR_GOV"
    assert detail["casualties"]["injured"]["best"] is None


def test_the_map_page_hands_the_popups_their_labels(client: TestClient) -> None:
    page = client.get("/").text
    found = re.search(r'data-labels="([^"]*)"', page)
    assert found is not None
    labels = json.loads(html.unescape(found.group(1)))
    assert labels["weapons"]["barrel_bomb"] == "Barrel bomb" and labels["actors"]["SYR_GOV"] == "Syrian government"
    assert labels["status"]["machine"] == "Unreviewed (machine)"


@pytest.mark.browser
def test_a_map_popup_shows_labels_not_codes(page: Any, server: dict[str, Any]) -> None:
    page.goto("/")
    page.wait_for_selector("#map-count[data-count]:not([data-count=''])", state="attached")
    page.locator("path.incident-marker").first.click(force=True)
    page.wait_for_selector(".hl-popup div:nth-child(3):not(:empty)")
    text = page.inner_text(".hl-popup")
    detail = httpx.get(f"{server['base']}/api/incidents/{page.get_attribute('.hl-popup a', 'href').split('/')[-1]}").json()
    injured = detail["casualties"]["injured"]["best"]
    assert f"injured {'unknown' if injured is None else injured} " in text, text
    assert "grade " in text and not re.search(r"[a-z]+_[a-z]+|\b[A-Z]+_[A-Z]+\b|grade (confirmed|fair|weak)", text), text
