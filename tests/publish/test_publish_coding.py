"""ACLED/UCDP coding of who was hit, event types and date precision, read back from the exports."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy.orm import Session

from harmledger.link import link_pending
from harmledger.publish import export_incidents
from harmledger.schema import ActorRef, Mention
from harmledger.store import Store
from tests.link.linkbuild import document, mention

# Each case on its own date (months apart) so that every mention is its own incident.
CASES: dict[str, dict] = {
    "fighters": dict(weapons=("small_arms",), perps=("OPPOSITION",), killed=(12, 12)),
    "strike_unknown_victims": dict(weapons=("airstrike",), perps=("RUS",), killed=(5, 5)),
    "military_target": dict(weapons=("artillery",), perps=("SYR_GOV",), targets=("military",), killed=(9, 9)),
    "military_target_civilians": dict(weapons=("airstrike",), perps=("COALITION",), targets=("military",),
                                      killed=(6, 6), civilians=2),
    "clash_state": dict(weapons=("small_arms",), perps=("SYR_GOV",), armed_targets=("ISIS",), killed=(7, 7)),
    "clash_nonstate": dict(weapons=("small_arms",), perps=("HTS",), armed_targets=("ISIS",), killed=(3, 3)),
    "camp_bombing": dict(weapons=("suicide_attack",), perps=("ISIS",), targets=("idp_camp",), killed=(20, 20)),
    "civilians_killed": dict(weapons=("airstrike",), perps=("SYR_GOV",), killed=(8, 8), civilians=7),
    "shooting_civilians": dict(weapons=("small_arms",), perps=("ISIS",), targets=("residential",), killed=(4, 4)),
    "execution": dict(weapons=("execution",), perps=("ISIS",), killed=(5, 5)),
    "bombing_word": dict(weapons=("unknown",), perps=("SYR_GOV",), killed=(3, 3)),
    "no_weapon_market": dict(perps=("UNKNOWN",), targets=("market",), killed=(2, 2)),
    "no_weapon_nothing": dict(killed=(2, 2)),
    "cluster_air": dict(weapons=("cluster_munition", "airstrike"), perps=("RUS",), killed=(1, 1)),
    "cluster_ground": dict(weapons=("cluster_munition", "rocket"), perps=("SYR_GOV",), killed=(1, 1)),
    "cluster_alone": dict(weapons=("cluster_munition",), perps=("SYR_GOV",), killed=(1, 1)),
    "chemical": dict(weapons=("chemical",), perps=("SYR_GOV",), targets=("residential",), killed=(58, 58)),
    "mine": dict(weapons=("landmine_erw",), killed=(1, 1)),
}
DATES = {name: f"{2000 + i}-03-15" for i, name in enumerate(CASES)}


def _mention(name: str) -> Mention:
    spec = dict(CASES[name])
    armed = spec.pop("armed_targets", ())
    m = mention(DATES[name], "aleppo", **spec)
    m.actors.extend(ActorRef(code=c, role="target") for c in armed)
    return m


def _build(s: Session) -> None:
    for name in CASES:
        document(s, name, [_mention(name)], outlet="SOHR")
    link_pending(s)


def _rows(s: Session, fmt: str, date_column: str) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    export_incidents(s, fmt, out)  # type: ignore[arg-type]
    by_date = {r[date_column]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    return {name: by_date[DATES[name]] for name in CASES}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    from harmledger._config import Settings

    store = Store(None, settings=Settings(home=tmp_path_factory.mktemp("coding")))
    store.init()
    with store.session() as s:
        _build(s)
        return _rows(s, "acled", "event_date"), _rows(s, "ucdp", "date_start")


def test_no_evidence_is_not_civilian_targeting(exported: tuple[dict, dict]) -> None:
    acled, ucdp = exported
    for name in ("fighters", "strike_unknown_victims", "military_target", "military_target_civilians",
                 "clash_state", "execution", "bombing_word", "no_weapon_nothing", "mine"):
        assert acled[name]["civilian_targeting"] == "", name
        assert acled[name]["actor2"] != "Civilians (Syria)", name
        assert ucdp[name]["type_of_violence"] != "3" and ucdp[name]["side_b"] != "Civilians", name
    # ACLED's way for a strike with unknown victims: remote violence, no civilian targeting, no actor2.
    strike = acled["strike_unknown_victims"]
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert strike["actor2"] == "" and strike["interaction"] == "80"  # ACLED's "sole" code
    assert ucdp["strike_unknown_victims"]["type_of_violence"] == ""


def test_civilian_evidence_is_civilian_targeting(exported: tuple[dict, dict]) -> None:
    acled, ucdp = exported
    for name in ("camp_bombing", "civilians_killed", "shooting_civilians", "no_weapon_market", "chemical"):
        assert acled[name]["civilian_targeting"] == "Civilian targeting", name
        assert acled[name]["actor2"] == "Civilians (Syria)" and acled[name]["inter2"] == "7", name
    assert ucdp["camp_bombing"]["type_of_violence"] == "3" and ucdp["camp_bombing"]["side_b"] == "Civilians"
    assert ucdp["camp_bombing"]["side_a"] == "IS"
    # Civilians among the dead without a civilian target may be collateral: not one-sided for UCDP.
    assert ucdp["civilians_killed"]["type_of_violence"] == ""
    # An unidentified perpetrator is no organised actor.
    assert ucdp["no_weapon_market"]["type_of_violence"] == ""


def test_armed_sides_are_state_based_or_non_state(exported: tuple[dict, dict]) -> None:
    acled, ucdp = exported
    clash = acled["clash_state"]
    assert (clash["event_type"], clash["sub_event_type"]) == ("Battles", "Armed clash")
    assert clash["actor2"] == "Islamic State (Syria)" and clash["interaction"] == "12"
    assert (ucdp["clash_state"]["type_of_violence"], ucdp["clash_state"]["side_b"]) == ("1", "IS")
    assert (ucdp["clash_nonstate"]["type_of_violence"], ucdp["clash_nonstate"]["side_a"]) == ("2", "Jabhat Fateh al-Sham")


@pytest.mark.parametrize(("name", "event_type", "sub_event_type"), [
    ("fighters", "", ""),
    ("shooting_civilians", "Violence against civilians", "Attack"),
    ("execution", "Violence against civilians", "Attack"),
    ("bombing_word", "Explosions/Remote violence", ""),
    ("no_weapon_market", "Violence against civilians", "Attack"),
    ("no_weapon_nothing", "", ""),
    ("cluster_air", "Explosions/Remote violence", "Air/drone strike"),
    ("cluster_ground", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("cluster_alone", "Explosions/Remote violence", ""),
    ("camp_bombing", "Explosions/Remote violence", "Suicide bomb"),
    ("chemical", "Explosions/Remote violence", "Chemical weapon"),
    ("mine", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("military_target", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
])
def test_acled_event_types(exported: tuple[dict, dict], name: str, event_type: str, sub_event_type: str) -> None:
    row = exported[0][name]
    assert (row["event_type"], row["sub_event_type"]) == (event_type, sub_event_type)


@pytest.mark.parametrize(("start", "end", "precision", "acled", "ucdp"), [
    ("2017-09-07", "2017-09-07", "day", "1", "1"),
    ("2017-09-07", "2017-09-10", "period", "2", "2"),  # "between 7 and 10 September"
    ("2017-09-04", "2017-09-10", "week", "2", "3"),
    ("2017-09-03", "2017-09-10", "period", "2", "3"),  # "last week": the 8 days up to publication
    ("2017-09-01", "2017-09-30", "month", "3", "4"),
    ("2017-06-01", "2017-09-30", "period", "3", "5"),
    ("2017-01-01", "2017-12-31", "year", "3", "5"),
    ("2017-09-01", "2017-09-01", "month", "3", "4"),  # only the start known: the precision says it
])
def test_date_precision_follows_the_span(sqlite_store: Store, start: str, end: str, precision: str,
                                         acled: str, ucdp: str) -> None:
    with sqlite_store.session() as s:
        document(s, "d", [mention(start, "aleppo", end=end, precision=precision, weapons=("airstrike",))])
        link_pending(s)
        out_a, out_u = io.StringIO(), io.StringIO()
        export_incidents(s, "acled", out_a)
        export_incidents(s, "ucdp", out_u)
    (row_a,) = csv.DictReader(io.StringIO(out_a.getvalue()))
    (row_u,) = csv.DictReader(io.StringIO(out_u.getvalue()))
    assert (row_a["time_precision"], row_u["date_prec"]) == (acled, ucdp)
    assert (row_u["date_start"], row_u["date_end"]) == (start, end)
