"""Arabic and mixed Arabic/English reports: stored exactly (text, HTML in UTF-8 and windows-1256, PDF),
their language detected or stated, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger._errors import ConfigError
from harmledger.cli import build_app
from harmledger.ingest import ingest, ingest_bytes
from harmledger.ingest.bidi import visual_to_logical
from harmledger.ingest.read_html import read_html
from harmledger.ingest.read_pdf import read_pdf
from harmledger.store import Store
from harmledger.store.models import Document

from .conftest import make_arabic_pdf, shape_arabic

TITLE = "غارة على إدلب"
# Vowel marks, tatweel, a ta marbuta, Arabic-Indic and ASCII digits, direction marks around a date, a
# Latin name and an English sentence: everything a reader could "clean" away.
BODY = (
    "قُتِلَ خمسة مدنيين، بينهم طفلان، في غارة جوية على مدينة إدلب يوم الثلاثاء \u200f(٤ نيسان/أبريل 2017)\u200f.\n"
    "وقال الدفاع المدني (White Helmets) إن الطيران الروسي استهدف سوقـاً شعبيّاً في المدينة.\n"
    "Airstrike on Idlib: the SNHR said \u2067قتل 5 مدنيين\u2069 on Tuesday."
)
PDF_LINES = [
    "قتل 12 مدنيا على الأقل في عام 2017 في ريف إدلب الجنوبي",
    "وقالت SNHR إن الغارة وقعت (يوم ٥ نيسان ٢٠١٧) قرب مشفى",
    "وأصيب 3 أطفال بجروح، وفق الدفاع المدني: «لا نعرف العدد».",
]


# windows-1256 has the direction marks LRM and RLM but neither Arabic-Indic digits nor isolates.
BODY_1256 = BODY.replace("٤", "4").replace("\u2067", "\u200f").replace("\u2069", "\u200f")


def _html(charset: str, body: str = BODY) -> bytes:
    page = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{TITLE}</title></head>'
            f"<body><nav>الرئيسية | الأخبار | اتصل بنا</nav><article><h1>{TITLE}</h1>"
            + "".join(f"<p>{p}</p>" for p in body.split("\n")) + "</article></body></html>")
    return page.encode(charset)


def _stored(store: Store) -> list[Document]:
    with store.session() as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


def test_a_text_file_is_stored_exactly(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(f"{TITLE}\n\n{BODY}\n".encode())
    report = ingest(store, [str(path)])
    assert report.added == 1 and not report.results[0].warnings
    (doc,) = _stored(store)
    assert doc.text == f"{TITLE}\n\n{BODY}" and doc.language == "ar"
    assert doc.text_sha256 == hashlib.sha256(doc.text.encode()).hexdigest()


@pytest.mark.parametrize(("charset", "body"), [("utf-8", BODY), ("windows-1256", BODY_1256)])
def test_html_keeps_marks_and_direction_marks(charset: str, body: str) -> None:
    parsed = read_html("report.html", _html(charset, body))
    assert parsed.title == TITLE and parsed.body == body and not parsed.warnings


def test_html_without_a_charset_in_windows_1256_is_detected() -> None:
    data = _html("windows-1256", BODY_1256).replace(b'<meta charset="windows-1256">', b"")
    parsed = read_html("report.html", data)
    assert parsed.title == TITLE and parsed.body == BODY_1256
    assert any("cp1256" in w or "windows-1256" in w for w in parsed.warnings)


def test_an_html_report_through_ingest_bytes(store: Store) -> None:
    result = ingest_bytes(store, _html("utf-8"), filename="report.html")
    assert result.status == "added"
    (doc,) = _stored(store)
    assert doc.text == f"{TITLE}\n\n{BODY}" and doc.language == "ar"


@pytest.mark.parametrize("forms", [False, True], ids=["letters", "presentation-forms"])
def test_a_pdf_is_read_in_reading_order_with_letters(forms: bool) -> None:
    parsed = read_pdf("report.pdf", make_arabic_pdf(PDF_LINES, presentation_forms=forms, title=TITLE))
    assert parsed.body.split("\n") == PDF_LINES
    assert parsed.title == TITLE
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in parsed.body)


def test_the_test_pdf_really_holds_presentation_forms() -> None:
    # The reader's work is not a no-op: the PDF's glyphs map to shapes, and pypdf alone gets the order wrong.
    import io

    from pypdf import PdfReader

    raw = PdfReader(io.BytesIO(make_arabic_pdf(PDF_LINES[:1], presentation_forms=True))).pages[0].extract_text()
    assert any("\ufe70" <= ch <= "\ufefe" for ch in raw) and shape_arabic("الأقل") in shape_arabic(PDF_LINES[0])
    plain = PdfReader(io.BytesIO(make_arabic_pdf(PDF_LINES[1:2], presentation_forms=False))).pages[0].extract_text()
    assert plain.strip() != PDF_LINES[1]


def test_a_pdf_report_is_stored_as_arabic(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_arabic_pdf(PDF_LINES, presentation_forms=True, title=TITLE))
    assert ingest(store, [str(path)]).added == 1
    (doc,) = _stored(store)
    assert doc.text == TITLE + "\n\n" + "\n".join(PDF_LINES) and doc.language == "ar"


def test_reading_order_of_mixed_lines() -> None:
    assert visual_to_logical("Idlib, 5 April 2017") == "Idlib, 5 April 2017"
    # A right-to-left line with a Latin name and both kinds of digits, as drawn (reversed, numbers not).
    # Brackets are drawn mirrored, so the glyph read at the right end of "(يوم" is ")".
    assert visual_to_logical("(٢٠١٧ ناسين ٥ موي) SNHR تلاق") == "قالت SNHR (يوم ٥ نيسان ٢٠١٧)"
    # A left-to-right line quoting Arabic: only the quote is turned round.
    assert visual_to_logical("Witnesses said نييندم 17 لتق in Ariha.") == "Witnesses said قتل 17 مدنيين in Ariha."


def test_language_is_detected_stated_or_forced(store: Store, tmp_path: Path) -> None:
    english = tmp_path / "en.txt"
    english.write_text("At least twelve civilians were killed on Thursday when an airstrike hit a market in Idlib.")
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(f"Airstrike on Idlib\n\n{BODY}")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "c1", "text": "Shelling hit the town of Ariha on Friday, killing three.", "language": "AR"},
        {"id": "c2", "text": "Shelling hit the town of Saraqib on Friday, killing two."},
        {"id": "c3", "text": "Shelling hit Binnish.", "language": "Arabic"},
    ]) + "\n")
    assert ingest(store, [str(english), str(mixed)]).added == 2
    report = ingest(store, [str(corpus)], language="fr")
    assert [r.status for r in report.results] == ["added", "added", "failed"]
    assert "ISO 639-1" in (report.results[2].error or "")
    languages = {d.origin.rsplit("/", 1)[-1]: d.language for d in _stored(store)}
    assert languages["en.txt"] == "en" and languages["mixed.txt"] == "ar"
    assert languages["c.jsonl:1"] == "ar" and languages["c.jsonl:2"] == "fr"  # the record's own, then the option's
    assert ingest_bytes(store, b"Shelling hit Sarmin on Monday, killing four people.", filename="u.txt",
                        language="ar").status == "added"
    assert {d.language for d in _stored(store) if d.origin == "upload:u.txt"} == {"ar"}
    with pytest.raises(ConfigError) as raised:
        ingest(store, [str(english)], language="arabic")
    assert raised.value.code == "E145"


def test_the_language_option(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Shelling hit the town of Ariha on Friday, killing three civilians.")
    env = {"HARMLEDGER_HOME": str(store.settings.home), "HARMLEDGER_DB": store.url}
    app = build_app()
    bad = CliRunner().invoke(app, ["ingest", str(path), "--language", "ara"], env=env)
    assert bad.exit_code == 2 and "ISO 639-1" in bad.output
    ok = CliRunner().invoke(app, ["ingest", str(path), "--language", "AR", "--json"], env=env)
    assert ok.exit_code == 0, ok.output
    (doc,) = _stored(store)
    assert doc.language == "ar"


def test_a_page_the_layout_reader_trips_on_keeps_pypdfs_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    plain = PageObject.extract_text

    def extract_text(self: PageObject, *args: object, **kwargs: object) -> str:
        if kwargs.get("extraction_mode") == "layout":
            raise ValueError("a font the layout reader cannot measure")
        return plain(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PageObject, "extract_text", extract_text)
    parsed = read_pdf("report.pdf", make_arabic_pdf(PDF_LINES[:1], presentation_forms=False))
    assert "مدنيا" in parsed.body  # read, in pypdf's order, rather than refused as damaged
