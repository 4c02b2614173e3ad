"""An Arabic and an English report of one attack link into one incident: the linker compares codes (place
ids, days, tolls, weapon and perpetrator codes), and what it reads from text is language-neutral (place
names in two scripts, near-copies with vowel marks, fighters named in Arabic)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from harmledger._arabic import normalise_arabic
from harmledger.ingest import ingest_bytes
from harmledger.link import link_pending
from harmledger.link.features import MentionFeat
from harmledger.link.figures import _COMBATANT
from harmledger.link.reports import near_identical, shingles
from harmledger.link.score import compare
from harmledger.processing.runner import process_pending
from harmledger.store import Store
from harmledger.store.models import Document, IncidentLink, Mention
from tests.link.linkbuild import document, mention

DAY = dt.date(2017, 4, 4).toordinal()

AR_KS = ("إدلب، 4 نيسان 2017 - قُتل 72 مدنياً على الأقل بينهم 20 طفلاً في هجوم بالغاز السام شنّه طيران النظام "
         "على مدينة خان شيخون في ريف إدلب الجنوبي.")
EN_KS = ("Idlib, 4 April 2017 - At least 72 civilians, including 20 children, were killed in a chemical attack by "
         "Syrian government warplanes on the town of Khan Sheikhoun in the southern Idlib countryside.")
AR_DOUMA = ("دمشق، 7 نيسان 2018 - قُتل 43 مدنياً على الأقل في هجوم بالغاز السام على مدينة دوما في الغوطة الشرقية.")


def _incidents(store: Store) -> dict[str, set[str]]:
    """Each document -> the incidents its mentions are linked to."""
    with store.session() as session:
        rows = session.execute(select(Mention.document_id, IncidentLink.incident_id)
                               .join(IncidentLink, IncidentLink.mention_id == Mention.id)).all()
    out: dict[str, set[str]] = {}
    for doc_id, incident in rows:
        out.setdefault(doc_id, set()).add(incident)
    return out


def test_hand_built_reports_in_two_languages_link(store: Store) -> None:
    attack = dict(weapons=("chemical", "airstrike"), perps=("SYR_GOV",))
    with store.session() as s:
        document(s, "ar-ks", [mention("2017-04-04", killed=(72, 72), civilians=72, children=20,
                                      place_name="خان شيخون", **attack)],  # type: ignore[arg-type]
                 text=AR_KS, title="هجوم كيميائي على خان شيخون", outlet="الشبكة السورية")
        document(s, "en-ks", [mention("2017-04-04", killed=(70, 74), place_name="Khan Sheikhoun", **attack)],  # type: ignore[arg-type]
                 text=EN_KS, title="Chemical attack on Khan Sheikhoun", outlet="Reuters")
        document(s, "ar-douma", [mention("2017-04-04", place="douma", killed=(43, 43), place_name="دوما", **attack)],  # type: ignore[arg-type]
                 text=AR_DOUMA, title="هجوم على دوما", outlet="الدفاع المدني")
        link_pending(s)
    linked = _incidents(store)
    assert linked["ar-ks"] == linked["en-ks"] and len(linked["ar-ks"]) == 1
    assert linked["ar-douma"].isdisjoint(linked["ar-ks"])


def _feat(mid: int, name: str, *, coordinates: bool) -> MentionFeat:
    return MentionFeat(mention_id=mid, document_id=f"d{mid}", index=0, text_sha=f"t{mid}", lo=DAY, hi=DAY,
                       precision="day", place_id="gn:ks" if coordinates else None, name=name,
                       lat=35.44 if coordinates else None, lon=36.65 if coordinates else None, prec=1,
                       a1="SY07", weapons=frozenset({"chemical"}))


def test_place_names_in_two_scripts_are_no_veto() -> None:
    # The Arabic report's town was not resolved: its name cannot be compared with a Latin one.
    cross = compare(_feat(1, "خانشيخون", coordinates=False), _feat(2, "khanshaykhun", coordinates=True))
    assert cross.veto is None and "same place name" not in cross.reasons
    # Two names in one script still must agree.
    assert compare(_feat(1, "خانشيخون", coordinates=False), _feat(2, "سراقب", coordinates=True)).veto == \
        "different places named"
    assert compare(_feat(1, "saraqib", coordinates=False), _feat(2, "khanshaykhun", coordinates=True)).veto == \
        "different places named"


def test_near_copies_and_fighters_in_arabic() -> None:
    marked = AR_KS + " وأُصيب العشرات بحالات اختناق."
    plain = AR_KS.replace("قُتل", "قتل").replace("مدنياً", "مدنيا").replace("طفلاً", "طفلا").replace("شنّه", "شنه")
    plain = plain.replace("إدلب", "ادلب") + " واصيب العشرات بحالات اختناق."
    assert near_identical(shingles(marked), shingles(plain))
    assert not near_identical(shingles(AR_KS), shingles(AR_DOUMA))
    for words in ("12 مقاتلاً", "والمقاتلين", "5 عناصر", "سبعة جنود", "3 fighters"):
        assert _COMBATANT.search(normalise_arabic(words)), words
    for words in ("سبعة مدنيين", "72 مدنياً", "5 أطفال"):
        assert not _COMBATANT.search(normalise_arabic(words)), words


def test_extracted_reports_in_two_languages_link(sqlite_store: Store) -> None:
    """End to end: the texts are ingested (language detected), extracted and linked."""
    ids = {}
    for name, text in (("ar-ks.txt", AR_KS), ("en-ks.txt", EN_KS), ("ar-douma.txt", AR_DOUMA)):
        result = ingest_bytes(sqlite_store, text.encode(), filename=name)
        assert result.document_id
        ids[name] = result.document_id
    report = process_pending(sqlite_store)
    assert report.ok and report.processed == 3
    with sqlite_store.session() as session:
        languages = {d.origin: d.language for d in session.scalars(select(Document))}
    assert languages == {"upload:ar-ks.txt": "ar", "upload:en-ks.txt": "en", "upload:ar-douma.txt": "ar"}
    linked = _incidents(sqlite_store)
    assert set(linked) == set(ids.values()), "every report has an incident mention"
    assert linked[ids["ar-ks.txt"]] == linked[ids["en-ks.txt"]]
    assert linked[ids["ar-douma.txt"]].isdisjoint(linked[ids["ar-ks.txt"]])
