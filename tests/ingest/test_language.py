from __future__ import annotations

from harmledger.ingest.language import detect_language


def test_detects_languages_as_iso_639_1() -> None:
    assert detect_language("At least twelve civilians were killed on Thursday when an airstrike hit a market.") == "en"
    assert detect_language("قتل اثنا عشر مدنيا على الأقل يوم الخميس عندما أصابت غارة جوية سوقا شعبيا") == "ar"
    assert detect_language("Au moins douze civils ont été tués jeudi lorsqu'une frappe aérienne a touché un marché.") == "fr"


def test_too_little_text_has_no_language() -> None:
    assert detect_language("12 / 2019") is None
    assert detect_language("") is None
