"""The PDF: the report's HTML printed by a headless Chromium.

Chromium rather than WeasyPrint: the project already installs Debian's Chromium for its browser tests
(scripts/setup.sh --test), so the PDF costs no new Python dependency (WeasyPrint would bring Pango and
its own CSS engine), and Chromium prints inline SVG as vector paths. It is an outside program, so its
absence is one clear error (E101) that says how to install it; the HTML report never needs it.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..._errors import ReportError

logger = logging.getLogger(__name__)

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEFAULT = "/usr/bin/chromium"
INSTALL = ("install it (Debian/Ubuntu: apt-get install chromium, as scripts/setup.sh --test does) or pass "
           "--chromium PATH; or write the report as HTML (--output FILE.html) and print that")


class ChromiumNotFoundError(ReportError):
    code = "E101"


class PdfPrintError(ReportError):
    code = "E102"


def find_chromium(path: str | None = None) -> str:
    """The Chromium to print with: ``path`` when given, else the first of CANDIDATES on PATH."""
    if path:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
        raise ChromiumNotFoundError(f"no Chromium at {path} to print the PDF; {INSTALL}")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    if Path(DEFAULT).is_file():
        return DEFAULT
    raise ChromiumNotFoundError(f"no Chromium found to print the PDF (looked for {', '.join(CANDIDATES)}); {INSTALL}")


def html_to_pdf(html: str, *, chromium: str | None = None, timeout: float = 300.0) -> bytes:
    """Print ``html`` (a self-contained page) to PDF bytes, A4 as its CSS says."""
    exe = find_chromium(chromium)
    with tempfile.TemporaryDirectory(prefix="harmledger-report-") as tmp:
        src, out = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        src.write_text(html, encoding="utf-8")
        command = [exe, "--headless", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--disable-extensions", f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={out}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--no-sandbox")  # Chromium refuses to start its sandbox as root (containers)
        command.append(src.as_uri())
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfPrintError(f"Chromium did not print the PDF within {timeout:.0f} s; try a narrower filter "
                                "or write HTML (--output FILE.html)") from exc
        except OSError as exc:
            raise ChromiumNotFoundError(f"could not run {exe} to print the PDF ({exc}); {INSTALL}") from exc
        if not out.is_file() or out.stat().st_size == 0:
            said = [line for line in done.stderr.splitlines() if line.strip()][-1:] or ["no message"]
            raise PdfPrintError(f"Chromium ({exe}) exited with {done.returncode} without printing the PDF: "
                                f"{said[0][:300]}; write HTML (--output FILE.html) instead")
        logger.info("printed the report with %s", exe)
        return out.read_bytes()
