"""Inputs built by hand for the ingest tests: PDFs with a text layer, and a real HTTP server."""

from __future__ import annotations

import http.server
import io
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


def make_pdf(lines: list[str], *, title: str | None = None, author: str | None = None, created: str | None = None) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica), written object by object."""
    stream_lines = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream_lines.append(f"({escaped}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    info = []
    if title:
        info.append(f"/Title ({title})")
    if author:
        info.append(f"/Author ({author})")
    if created:
        info.append(f"/CreationDate (D:{created})")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    return _assemble(objects, info_object=6)


# Letters that join to the next one only on their right: after them a word's next letter starts anew.
_RIGHT_JOINING = set("اأإآٱدذرزوؤةى")
_LAM_ALEF = {"ا": ("\ufefb", "\ufefc"), "أ": ("\ufef7", "\ufef8"), "إ": ("\ufef9", "\ufefa"), "آ": ("\ufef5", "\ufef6")}


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def shape_arabic(text: str) -> str:
    """``text`` in Arabic presentation forms, as a PDF producer draws it: each letter in the shape its
    neighbours give it (initial, medial, final, isolated), lam-alef as one ligature. Still in reading order."""
    import unicodedata

    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if not _is_letter(ch):
            out.append(ch)
            i += 1
            continue
        joins_before = i > 0 and _is_letter(text[i - 1]) and text[i - 1] not in _RIGHT_JOINING
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "ل" and after in _LAM_ALEF:
            out.append(_LAM_ALEF[after][joins_before])
            i += 2
            continue
        joins_after = ch not in _RIGHT_JOINING and _is_letter(after)
        form = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}.get(
            (joins_before, joins_after), "ISOLATED")
        try:
            out.append(unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM"))
        except KeyError:  # a letter without that shape (a right-joining one has no initial form)
            out.append(unicodedata.lookup(f"{unicodedata.name(ch)} FINAL FORM" if joins_before else f"{unicodedata.name(ch)} ISOLATED FORM"))
        i += 1
    return "".join(out)


def _visual(line: str) -> str:
    """A right-to-left line in display order, left to right: reversed, but for runs of digits and Latin
    letters, which read left to right inside it (the rest of the bidi algorithm is not needed here)."""
    import re

    mirrored = line[::-1].translate(str.maketrans("()[]«»", ")(][»«"))
    return re.sub(r"[0-9A-Za-z٠-٩]+(?:[ ./:-][0-9A-Za-z٠-٩]+)*", lambda m: m.group()[::-1], mirrored)


def make_arabic_pdf(lines: list[str], *, presentation_forms: bool, title: str | None = None) -> bytes:
    """A one-page PDF of right-to-left ``lines`` as producers write them: a CID font (Identity-H) whose
    glyphs are drawn in visual order (the line reversed), each mapped by the ToUnicode CMap to a letter,
    or with ``presentation_forms`` to the letter's shaped form (the lam-alef ligature one glyph)."""
    shown = [_visual(shape_arabic(line) if presentation_forms else line) for line in lines]
    chars = sorted({ch for line in shown for ch in line})
    code = {ch: n + 3 for n, ch in enumerate(chars)}
    stream_lines = ["BT", "/F1 12 Tf", "500 720 Td", "14 TL"]
    stream_lines += ["<" + "".join(f"{code[ch]:04X}" for ch in line) + "> Tj T*" for line in shown]
    stream = "\n".join([*stream_lines, "ET"]).encode("latin-1")
    pairs = "\n".join(f"<{code[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n{pairs}\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode("ascii")
    # A title in the document information is UTF-16 with a byte-order mark, as producers write non-Latin ones.
    info = f"<< /Title <FEFF{title.encode('utf-16-be').hex().upper()}> >>" if title else "<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity >>",
        b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream",
        info.encode("ascii"),
    ]
    return _assemble(objects, info_object=8)


def _assemble(objects: list[bytes], *, info_object: int) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_object} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/plain; charset=utf-8"
    delay: float = 0.0


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A real HTTP server on a free localhost port; tests put routes in ``server.routes``."""
    routes: dict[str, Route] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            route = routes.get(self.path.split("?", 1)[0])
            if route is None:
                route = Route(status=404, body=b"not found")
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{server.server_address[1]}", routes)
    finally:
        server.shutdown()
        server.server_close()
