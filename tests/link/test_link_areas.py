"""The linker's areas resolve governorate names through the one table (harmledger.geo.admin_names)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from harmledger.geo.admin_names import area_key
from harmledger.link import link_pending
from harmledger.schema import Mention
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.geo.test_admin_names import FOLDED, SPELLINGS
from tests.link.linkbuild import document, mention


@pytest.mark.parametrize(("name", "pcode"), SPELLINGS + FOLDED)
def test_every_spelling_of_a_governorate_is_its_area(name: str, pcode: str) -> None:
    assert area_key(name, None) == pcode


def test_the_p_code_wins_and_rural_damascus_is_not_damascus() -> None:
    assert area_key("Idleb", "sy07") == "SY07"
    assert area_key("Rural Damascus", None) != area_key("Damascus", None)
    assert area_key(None, None) is None and area_key("", None) is None


def _at_douma(admin1: str, pcode: str | None) -> Mention:
    """A strike on Douma whose report gives the governorate as ``admin1`` (and no P-code if None)."""
    m = mention("2018-04-07", "douma", weapons=("chemical",), killed=(40, 40))
    place = m.places[0]
    resolved = place.resolved.model_copy(update={"admin1": admin1, "admin1_pcode": pcode})  # type: ignore[union-attr]
    return m.model_copy(update={"places": [place.model_copy(update={"resolved": resolved})]})


def test_mentions_naming_one_governorate_differently_link_into_one_incident(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [_at_douma("Rural Damascus", "SY03")], outlet="A")
        for i, name in enumerate(["Rif Dimashq", "Reef Damascus", "Damascus Countryside", "ريف دمشق"]):
            document(s, f"b{i}", [_at_douma(name, None)], outlet=f"B{i}")
        link_pending(s)
        incidents = s.scalars(select(Incident).where(Incident.deleted.is_(False))).all()
        assert len(incidents) == 1 and incidents[0].n_sources == 5
