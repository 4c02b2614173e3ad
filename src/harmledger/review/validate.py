"""The rules a correction must pass before anything is saved, shared by the API, the web form and the CLI.

Figures in order (low <= best <= high; civilians, children and women not above the killed high), dates
in order and not in the future, codes from the extractor's lexicons (``extract/data/*.tsv``, the one
place that owns them), and a place the gazetteer knows or explicit coordinates. Each rule compares the
values the correction itself gives: a correction of one figure is not refused because the machine's
other figures disagree with each other (the incident page warns about those).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any, get_args

from sqlalchemy.orm import Session

from .._errors import DateOrderError, FigureRangeError, ReasonError, UnknownCodeError, UnknownPlaceError
from ..extract.lexicon import load_tsv
from ..schema import ActorRole
from ..store.models import Place

__all__ = ["ACTOR_ROLES", "MAX_REASON", "actor_codes", "check_changes", "check_reason", "choices", "code_label",
           "target_codes", "weapon_codes"]

MAX_REASON = 1000
ACTOR_ROLES: tuple[str, ...] = get_args(ActorRole)
# Code "-" in the lexicons marks a phrase that names nothing; it is never a value.
_NO_CODE = "-"
_ACRONYMS = {"ied", "idp", "erw"}


@cache
def _terms(name: str) -> dict[str, str]:
    """code -> its first term in the lexicon file, in file order."""
    out: dict[str, str] = {}
    for row in load_tsv(name):
        if len(row) >= 2 and row[1] and row[1] != _NO_CODE:
            out.setdefault(row[1], row[0])
    return out


def weapon_codes() -> tuple[str, ...]:
    return tuple(sorted(_terms("weapons.tsv")))


def target_codes() -> tuple[str, ...]:
    return tuple(sorted(_terms("targets.tsv")))


def actor_codes() -> tuple[str, ...]:
    return tuple(sorted(_terms("actors.tsv")))


def code_label(kind: str, code: str) -> str:
    """A readable label for a code: "Barrel bomb", "IDP camp", "RUS – russia"."""
    if kind == "actors":
        term = _terms("actors.tsv").get(code)
        return f"{code} – {term}" if term else code
    words = [w.upper() if w in _ACRONYMS else w for w in code.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) pairs for a picker: kind is weapons, targets or actors."""
    codes = {"weapons": weapon_codes, "targets": target_codes, "actors": actor_codes}[kind]()
    return sorted(((c, code_label(kind, c)) for c in codes), key=lambda pair: pair[1].lower())


def check_reason(reason: str | None) -> str:
    """The reason, trimmed; refused when empty or longer than MAX_REASON characters."""
    text = (reason or "").strip()
    if not text:
        raise ReasonError("give a reason for the correction (what source or check shows the new values)",
                          field="reason")
    if len(text) > MAX_REASON:
        raise ReasonError(f"the reason is {len(text)} characters long; shorten it to at most {MAX_REASON}",
                          field="reason")
    return text


def check_changes(session: Session, changes: dict[str, Any], *, today: dt.date | None = None) -> None:
    """Raise a CorrectionError subclass naming the first rule the corrected values break (a date after
    ``today`` is in the future)."""
    _check_figures(changes)
    # A day's grace: where the analyst is, it may already be tomorrow in UTC terms.
    _check_dates(changes, today or dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1))
    _check_codes(changes)
    _check_place(session, changes)


def _check_figures(changes: dict[str, Any]) -> None:
    for group in ("killed", "injured"):
        given = [(f"{group}_{part}", changes.get(f"{group}_{part}")) for part in ("low", "best", "high")]
        present = [(name, value) for name, value in given if value is not None]
        for (name_a, a), (name_b, b) in zip(present, present[1:], strict=False):
            if a > b:
                raise FigureRangeError(f"{name_a} ({a}) is above {name_b} ({b}); give figures with low <= best <= "
                                       f"high", field=name_a)
    high = changes.get("killed_high")
    if high is None:
        return
    for part in ("civilians_killed", "children_killed", "women_killed"):
        value = changes.get(part)
        if value is not None and value > high:
            raise FigureRangeError(f"{part} ({value}) is above killed_high ({high}); lower it or raise killed_high",
                                   field=part)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _check_dates(changes: dict[str, Any], today: dt.date) -> None:
    start, end = _as_date(changes.get("date_start")), _as_date(changes.get("date_end"))
    for name, value in (("date_start", start), ("date_end", end)):
        if value is not None and value > today:
            raise DateOrderError(f"{name} {value.isoformat()} is in the future; give the date of the incident",
                                 field=name)
    if start is not None and end is not None and start > end:
        raise DateOrderError(f"date_start {start.isoformat()} is after date_end {end.isoformat()}; swap them or "
                             "correct one", field="date_start")


def _unknown(field: str, values: list[str], known: tuple[str, ...]) -> None:
    wrong = [v for v in values if v not in known]
    if wrong:
        raise UnknownCodeError(f"{field}: unknown code {', '.join(map(repr, wrong))}; choose from "
                               f"{', '.join(known)}", field=field)


def _check_codes(changes: dict[str, Any]) -> None:
    weapons, targets, actors = weapon_codes(), target_codes(), actor_codes()
    for field, known in (("weapon", weapons), ("target", targets), ("perpetrator", actors)):
        if changes.get(field) is not None:
            _unknown(field, [changes[field]], known)
    for field, known in (("weapons", weapons), ("targets", targets)):
        if changes.get(field) is not None:
            _unknown(field, list(changes[field]), known)
    for actor in changes.get("actors") or []:
        _unknown("actors", [actor.get("code", "")], actors)
        role = actor.get("role", "perpetrator")
        if role not in ACTOR_ROLES:
            raise UnknownCodeError(f"actors: unknown role {role!r} for {actor.get('code')}; use one of "
                                   f"{', '.join(ACTOR_ROLES)}", field="actors")


@cache
def _shipped_ids() -> frozenset[str]:
    from ..geo.gazetteer import load_shipped  # the shipped gazetteer is large: read it only when needed

    return frozenset(load_shipped().by_id)


def known_place(session: Session, place_id: str) -> bool:
    """The gazetteer knows the id: a place added to this store, or one of the shipped gazetteer."""
    return session.get(Place, place_id) is not None or place_id in _shipped_ids()


def _check_place(session: Session, changes: dict[str, Any]) -> None:
    has_lat, has_lon = changes.get("lat") is not None, changes.get("lon") is not None
    if ("lat" in changes or "lon" in changes) and has_lat != has_lon:
        raise UnknownPlaceError("give lat and lon together (or clear both)", field="lat" if not has_lat else "lon")
    place_id = changes.get("place_id")
    if place_id is not None and not known_place(session, place_id):
        raise UnknownPlaceError(f"place_id {place_id!r} is not in the gazetteer; look the place up and choose a "
                                "result, or give its lat and lon instead", field="place_id")
    if changes.get("place_name") is not None and place_id is None and not (has_lat and has_lon):
        raise UnknownPlaceError(f"the place {changes['place_name']!r} needs a gazetteer place_id or its lat and "
                                "lon; look it up in the gazetteer or click the map to set its point",
                                field="place_name")
