"""Text that any database stores and any terminal prints: the one rule ingest, extract and the API share.

- NUL characters (U+0000) are removed: PostgreSQL refuses them in text, SQLite keeps them, and a
  document must be stored the same way on both. Ids lose them too ("a\\x00b" is stored as "ab").
- Lone surrogates (U+D800-U+DFFF, which JSON's "\\ud800" escapes can produce but UTF-8 cannot
  encode) are replaced by U+FFFD, the replacement character.

``clean`` applies the rule to a value and says what it changed, so the caller can warn. Names of
files and URLs are not text to store but labels to show: ``printable`` turns bytes that are not
UTF-8 (which Python keeps as surrogates in a file name) and control characters into visible
``\\xNN`` escapes, so any name fits on one line of a message.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def clean(value: str) -> tuple[str, list[str]]:
    """``value`` by the rule above, and a phrase for each kind of change made ("2 NUL characters removed")."""
    notes: list[str] = []
    nuls = value.count("\x00")
    if nuls:
        value = value.replace("\x00", "")
        notes.append(f"{nuls} NUL character{'s' if nuls > 1 else ''} removed")
    value, surrogates = _SURROGATE.subn("\ufffd", value)
    if surrogates:
        notes.append(f"{surrogates} lone surrogate{'s' if surrogates > 1 else ''} replaced by U+FFFD")
    return value, notes


def clean_json(value: Any, notes: list[str], where: str) -> Any:
    """A JSON-like value (dicts, lists, strings) with ``clean`` applied to every string, keys too.

    Each kind of change is noted once ("the metadata: NUL characters removed"), however many strings it touched.
    """
    if isinstance(value, str):
        text, changed = clean(value)
        if changed:
            kinds = [("NUL characters removed" if "NUL" in note else "lone surrogates replaced by U+FFFD") for note in changed]
            notes.extend(phrase for phrase in (f"{where}: {kind}" for kind in kinds) if phrase not in notes)
        return text
    if isinstance(value, dict):
        return {clean_json(str(k), notes, where): clean_json(v, notes, where) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v, notes, where) for v in value]
    return value


def printable(name: str) -> str:
    """A file name, path or URL as it can be shown and stored: one line, valid UTF-8.

    Bytes of the name that are not UTF-8 appear as ``\\xff``; control characters (a newline in a
    file name) as ``\\x0a``. A name that needs neither is returned unchanged.
    """
    if name.isprintable() and not _SURROGATE.search(name):
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
        shown = raw.decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a byte (a JSON escape)
        shown = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", shown)
