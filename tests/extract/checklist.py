"""Behavioural tests for the extractor in the CheckList style (Ribeiro et al. 2020, "Beyond Accuracy").

Each *phenomenon* is one reading skill ("a single victim with an article is one dead", "a combined
killed-and-injured figure is neither"), tested by many cases generated from templates x fillers
(places, numbers in digits and in words, victim nouns, verbs, actors, dates). A case is a report text,
its publication date and a list of checks on the extraction; a phenomenon passes when at most
``max_failure_rate`` of its cases fail. Generation is deterministic (a ``random.Random`` seeded with
the phenomenon's name and size), so the same cases come back on every run.

Every case also checks the contract's span rule: every evidence span has ``text == doc[start:end]``.

Run it without pytest, to iterate on the extractor quickly::

    .venv/bin/python -m tests.extract.checklist                 # the table
    .venv/bin/python -m tests.extract.checklist --show 3        # ... and 3 failures per phenomenon
    .venv/bin/python -m tests.extract.checklist --only dates --only anaphora --show 10
    .venv/bin/python -m tests.extract.checklist --large         # more fillers per phenomenon

The exit code is 1 when a phenomenon is over its threshold. Under pytest the suite is
``tests/extract/test_behaviour.py``; its table is printed at the end of the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from harmledger.schema import Count, DocumentExtraction, Mention

FAST_SIZE = 60  # cases per phenomenon in the default suite
LARGE_SIZE = 240  # cases per phenomenon in the @slow variant / --large

# --------------------------------------------------------------------------------------------------
# Framework
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One expectation: ``desc`` says it in words, ``fn`` tells whether an extraction meets it."""

    desc: str
    fn: Callable[[DocumentExtraction], bool]


@dataclass(frozen=True)
class Case:
    text: str  # the body passed to extract()
    published: str | None
    checks: tuple[Check, ...]
    title: str | None = None
    family: str = ""  # which template made it

    @property
    def document(self) -> str:
        """The text the offsets index (contract section 2: title + blank line + body)."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def expected(self) -> str:
        return "; ".join(c.desc for c in self.checks)


@dataclass
class Phenomenon:
    name: str
    cases: list[Case]
    max_failure_rate: float = 0.15
    description: str = ""


@dataclass(frozen=True)
class Failure:
    text: str
    expected: str
    got: str
    failed: tuple[str, ...]  # the checks that did not hold
    family: str = ""

    def render(self) -> str:
        return (f"  text:     {self.text!r}\n  expected: {self.expected}\n  failed:   {'; '.join(self.failed)}\n"
                f"  got:      {self.got}")


@dataclass
class Result:
    name: str
    cases: int
    failures: list[Failure]
    rate: float
    examples: list[Failure]
    max_failure_rate: float
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.rate <= self.max_failure_rate

    def message(self, limit: int = 8) -> str:
        head = (f"{self.name}: {len(self.failures)}/{self.cases} cases fail "
                f"(rate {self.rate:.2f} > max {self.max_failure_rate:.2f}); failing examples:")
        return "\n".join([head, *(f.render() for f in self.failures[:limit])])


def run(phenomenon: Phenomenon, extractor: Any, n_examples: int = 3) -> Result:
    """Extract every case of ``phenomenon`` and count the cases where a check does not hold."""
    t0 = time.perf_counter()
    failures: list[Failure] = []
    for case in phenomenon.cases:
        try:
            result = extractor.extract(case.text, title=case.title, published=case.published)
        except Exception as exc:  # noqa: BLE001 - a crash is a failed case, reported with the others
            failures.append(Failure(case.document, case.expected, f"EXCEPTION {type(exc).__name__}: {exc}",
                                    ("extract() raised",), case.family))
            continue
        checks = (*case.checks, spans_match(case.document))
        failed = []
        for check in checks:
            try:
                good = check.fn(result)
            except Exception as exc:  # noqa: BLE001 - a check that cannot be evaluated has failed
                good = False
                failed.append(f"{check.desc} [{type(exc).__name__}: {exc}]")
                continue
            if not good:
                failed.append(check.desc)
        if failed:
            failures.append(Failure(case.document, case.expected, describe(result), tuple(failed), case.family))
    n = len(phenomenon.cases)
    rate = len(failures) / n if n else 0.0
    return Result(phenomenon.name, n, failures, rate, failures[:n_examples], phenomenon.max_failure_rate,
                  time.perf_counter() - t0)


def format_table(results: Iterable[Result]) -> str:
    rows = list(results)
    width = max([len("phenomenon"), *(len(r.name) for r in rows)])
    lines = [f"{'phenomenon':<{width}}  {'cases':>5}  {'failures':>8}  {'rate':>5}  {'max':>5}  status"]
    for r in rows:
        lines.append(f"{r.name:<{width}}  {r.cases:>5}  {len(r.failures):>8}  {r.rate:>5.2f}  "
                     f"{r.max_failure_rate:>5.2f}  {'ok' if r.ok else 'FAIL'}")
    total = sum(r.cases for r in rows)
    failed = sum(len(r.failures) for r in rows)
    if rows:
        lines.append(f"{'all':<{width}}  {total:>5}  {failed:>8}  {failed / max(total, 1):>5.2f}")
    return "\n".join(lines)


# Results recorded by the pytest suite, printed by the terminal summary hook (tests/extract/conftest.py).
RESULTS: dict[str, Result] = {}


# --------------------------------------------------------------------------------------------------
# Reading an extraction
# --------------------------------------------------------------------------------------------------


def primary(r: DocumentExtraction) -> Mention | None:
    return r.mentions[r.primary] if r.primary is not None and 0 <= r.primary < len(r.mentions) else None


def total(c: Count | None) -> int | None:
    """A count's total as the contract reads it: low when known, else high."""
    if c is None:
        return None
    return c.low if c.low is not None else c.high


def _norm(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", (name or "").lower())


def _count_str(c: Count | None) -> str:
    if c is None:
        return "None"
    subs = [f"{k}={v}" for k, v in (("civ", c.civilians), ("ch", c.children), ("w", c.women)) if v is not None]
    return f"{c.low}/{c.high}" + (f"({','.join(subs)})" if subs else "")


def describe_mention(m: Mention) -> str:
    date = f"{m.date.start}..{m.date.end}/{m.date.precision}" if m.date else "None"
    actors = ",".join(f"{a.code}:{a.role[:4]}" for a in m.actors)
    weapons = ",".join(w.code for w in m.weapons)
    places = ",".join(f"{p.name}({p.resolved.admin1 if p.resolved else '?'})" for p in m.places)
    return (f"{m.kind} killed={_count_str(m.casualties.killed)} injured={_count_str(m.casualties.injured)} "
            f"date={date} actors=[{actors}] weapons=[{weapons}] places=[{places}]")


def describe(r: DocumentExtraction) -> str:
    if not r.mentions:
        return "no mentions"
    return " | ".join(f"{'*' if i == r.primary else ''}#{i} {describe_mention(m)}" for i, m in enumerate(r.mentions))


def _spans(value: Any) -> Iterable[dict[str, Any]]:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            yield value
        else:
            for v in value.values():
                yield from _spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from _spans(v)


def spans_match(document: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        return all(document[s["start"]:s["end"]] == s["text"] for s in _spans(r.model_dump()))
    return Check("every span.text == text[start:end]", fn)


# --------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------


def _killed(r: DocumentExtraction) -> Count | None:
    p = primary(r)
    return p.casualties.killed if p else None


def _injured(r: DocumentExtraction) -> Count | None:
    p = primary(r)
    return p.casualties.injured if p else None


def killed(n: int) -> Check:
    return Check(f"killed {n}", lambda r: total(_killed(r)) == n)


def killed_bounds(low: int | None, high: int | None) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and c.low == low and c.high == high
    return Check(f"killed low={low} high={high}", fn)


def killed_low_in(lows: Sequence[int], high: int | None) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and c.low in lows and c.high == high
    return Check(f"killed low in {list(lows)} high={high}", fn)


def killed_about(n: int) -> Check:
    """'some 40', 'about 40': 40 as an exact figure or as a one-sided bound, but 40."""
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and c.low in (n, None) and c.high in (n, None) and total(c) == n
    return Check(f"killed about {n} (low/high each {n} or None)", fn)


def killed_none() -> Check:
    return Check("no killed count", lambda r: _killed(r) is None)


def killed_low_unknown() -> Check:
    return Check("killed None or killed.low None", lambda r: _killed(r) is None or _killed(r).low is None)  # type: ignore[union-attr]


def combined_figure(group: str, n: int) -> Check:
    """A figure of killed and injured together is neither: the group is unknown or bounded above by it."""
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r) if group == "killed" else _injured(r)
        return c is None or (c.low is None and (c.high is None or c.high <= n))
    return Check(f"{group} not {n} (None, or low None and high <= {n})", fn)


def injured(n: int) -> Check:
    return Check(f"injured {n}", lambda r: total(_injured(r)) == n)


def subgroup(name: str, n: int) -> Check:
    return Check(f"{name} {n}", lambda r: _killed(r) is not None and getattr(_killed(r), name) == n)


def has_primary() -> Check:
    return Check("a primary mention", lambda r: primary(r) is not None)


def incidents(n: int) -> Check:
    return Check(f"exactly {n} incident mention(s)",
                 lambda r: sum(m.kind == "incident" for m in r.mentions) == n)


def no_count_equal(n: int, groups: Sequence[str] = ("killed", "injured")) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        for m in r.mentions:
            for g in groups:
                c = getattr(m.casualties, g)
                if c is not None and n in (c.low, c.high):
                    return False
        return True
    return Check(f"no mention has {'/'.join(groups)} {n}", fn)


def no_incident_killed(n: int) -> Check:
    return Check(f"no incident with killed {n}",
                 lambda r: not any(m.kind == "incident" and total(m.casualties.killed) == n for m in r.mentions))


def no_aggregate_killed(n: int) -> Check:
    return Check(f"no aggregate with killed {n}",
                 lambda r: not any(m.kind == "aggregate" and total(m.casualties.killed) == n for m in r.mentions))


def _date(r: DocumentExtraction) -> tuple[dt.date, dt.date] | None:
    p = primary(r)
    if p is None or p.date is None or p.date.start is None:
        return None
    start = dt.date.fromisoformat(p.date.start)
    end = dt.date.fromisoformat(p.date.end) if p.date.end else start
    return start, end


def date_is(start: dt.date, end: dt.date | None = None) -> Check:
    end = end or start
    desc = f"date {start}" if start == end else f"date {start}..{end}"
    return Check(desc, lambda r: _date(r) == (start, end))


def date_covers(day: dt.date, published: dt.date) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        d = _date(r)
        return d is not None and d[0] <= day <= d[1] and d[1] <= published
    return Check(f"date covers {day} and ends <= published {published}", fn)


def date_not(day: dt.date) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        d = _date(r)
        return d is None or d != (day, day)
    return Check(f"date is not {day}", fn)


def date_recent(published: dt.date, days: int = 7) -> Check:
    """No date, or one within the days before publication (a news report's default), not an older one."""
    def fn(r: DocumentExtraction) -> bool:
        d = _date(r)
        return d is None or (d[0] >= published - dt.timedelta(days=days) and d[1] <= published)
    return Check(f"date none or within {days} days before {published}", fn)


def not_in_admin1(name: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        p = primary(r)
        return p is not None and not any(pl.resolved and _norm(pl.resolved.admin1) == _norm(name) for pl in p.places)
    return Check(f"no place in admin1 {name}", fn)


def in_admin1(name: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        p = primary(r)
        return p is not None and any(pl.resolved and _norm(pl.resolved.admin1) == _norm(name) for pl in p.places)
    return Check(f"a place in admin1 {name}", fn)


def _roles(r: DocumentExtraction, code: str) -> set[str]:
    p = primary(r)
    return {a.role for a in p.actors if a.code == code} if p else set()


def perpetrator(*codes: str) -> Check:
    """At least one of ``codes`` is a perpetrator."""
    return Check(f"perpetrator {' or '.join(codes)}", lambda r: any("perpetrator" in _roles(r, c) for c in codes))


def allied(*codes: str) -> Check:
    """Every one of ``codes`` is a perpetrator or a supporter, and at least one is a perpetrator."""
    def fn(r: DocumentExtraction) -> bool:
        roles = [_roles(r, c) for c in codes]
        return all(x & {"perpetrator", "supporter"} for x in roles) and any("perpetrator" in x for x in roles)
    return Check(f"{' and '.join(codes)} each perpetrator or supporter, one perpetrator", fn)


def not_perpetrator(code: str) -> Check:
    return Check(f"{code} not perpetrator", lambda r: "perpetrator" not in _roles(r, code))


def weapon(code: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        p = primary(r)
        return p is not None and any(w.code == code for w in p.weapons)
    return Check(f"weapons include {code}", fn)


def no_weapon(code: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        p = primary(r)
        return p is None or all(w.code != code for w in p.weapons)
    return Check(f"weapons exclude {code}", fn)


# --------------------------------------------------------------------------------------------------
# Fillers
# --------------------------------------------------------------------------------------------------

PUBLISHED = dt.date(2020, 5, 9)  # a Saturday: "on Monday" is 4 May 2020
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# (name, governorate as the geocoder gives admin1)
PLACES = [
    ("Maarat al-Numan", "Idlib"), ("Saraqib", "Idlib"), ("Khan Shaykhun", "Idlib"), ("Ariha", "Idlib"),
    ("Jisr al-Shughur", "Idlib"), ("Kafr Nabl", "Idlib"), ("Sarmin", "Idlib"), ("Binnish", "Idlib"),
    ("Idlib", "Idlib"), ("Douma", "Rural Damascus"), ("Aleppo", "Aleppo"), ("Atarib", "Aleppo"),
    ("Hama", "Hama"), ("Kafr Zita", "Hama"), ("Morek", "Hama"), ("Daraa", "Daraa"), ("Tafas", "Daraa"),
    ("Busra al-Sham", "Daraa"),
]
# How a report names the governorate around a town ("bombed Kafr Nabl in rural Idlib").
GOV_PHRASES = {
    "Idlib": ["in Idlib", "in rural Idlib", "in Idlib province", "in the Idlib countryside"],
    "Aleppo": ["in rural Aleppo", "in Aleppo province", "in the western Aleppo countryside"],
    "Hama": ["in rural Hama", "in the northern Hama countryside", "in Hama province"],
    "Daraa": ["in rural Daraa", "in Daraa province"],
    "Rural Damascus": ["in Eastern Ghouta", "near Damascus"],
}

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _TENS[t] + (f"-{_UNITS[u]}" if u else "")
    h, rest = divmod(n, 100)
    return f"{_UNITS[h]} hundred" + (f" and {words(rest)}" if rest else "")


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def article(noun: str) -> str:
    return f"{'an' if noun[0].lower() in 'aeiou' else 'a'} {noun}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def last_weekday(name: str, before: dt.date) -> dt.date:
    """The most recent day called ``name`` strictly before ``before``."""
    target = WEEKDAYS.index(name)
    back = (before.weekday() - target) % 7 or 7
    return before - dt.timedelta(days=back)


def long_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class Draw:
    """The fillers, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def int(self, lo: int, hi: int, exclude: Iterable[int] = ()) -> int:
        ex = set(exclude)
        while True:
            n = self.rng.randint(lo, hi)
            if n not in ex:
                return n

    def say(self, n: int, start: bool = False) -> str:
        """``n`` in digits or in words (words only below 100, as reports write them)."""
        if n >= 100 or self.rng.random() < 0.5:
            return f"{n:,}"
        return cap(words(n)) if start else words(n)

    def place(self, exclude: Iterable[str] = (), town: bool = False) -> tuple[str, str]:
        """A place and its governorate; ``town``: not a place named like its governorate."""
        ex = set(exclude)
        pool = [p for p in PLACES if p[0] not in ex and not (town and p[0] == p[1])]
        return self.pick(pool)

    def day(self) -> tuple[str, dt.date]:
        """A weekday before PUBLISHED (Monday..Friday) and its date."""
        name = self.pick(WEEKDAYS[:5])
        return name, last_weekday(name, PUBLISHED)

    def recent_date(self) -> dt.date:
        return PUBLISHED - dt.timedelta(days=self.rng.randint(1, 6))

    def date_2020(self) -> dt.date:
        return dt.date(2020, 3, 1) + dt.timedelta(days=self.rng.randint(0, 240))


SOURCES = ["the Syrian Observatory for Human Rights said", "local sources said", "activists said",
           "the White Helmets said", "a local monitor said", "medics said"]
ATTACK_CLAUSES = [  # "<clause> <place> on <day>, killing ..."
    "Regime forces shelled", "Russian warplanes struck", "Government helicopters dropped barrel bombs on",
    "A drone strike hit", "Regime artillery pounded", "Syrian government warplanes bombed",
]
ACLED_ATTACKS = [  # "On <date>, <clause> <place> (<gov>), killing ..."
    "regime forces shelled", "Russian warplanes struck", "SAA artillery shelled", "regime helicopters dropped barrel bombs on",
    "Syrian regime forces fired rockets at",
]

PERSONS = ["civilian", "child", "woman", "man", "boy", "girl", "farmer", "teacher", "shepherd", "nurse",
           "driver", "trader", "student", "baker", "pharmacist", "shopkeeper", "engineer", "elderly man",
           "young man", "paramedic", "civil defence volunteer", "truck driver", "fighter", "soldier",
           "local trader", "fisherman"]
FIGURES = ["commander", "rebel commander", "local official", "tribal leader", "policeman", "journalist",
           "media activist", "doctor", "army officer", "judge", "imam", "lawyer", "local council member"]
DEFINITE_FIGURES = ["the town's mayor", "the village chief", "the imam of the local mosque",
                    "the head of the local council", "the village mukhtar", "the director of the local hospital"]


# --------------------------------------------------------------------------------------------------
# Phenomena
# --------------------------------------------------------------------------------------------------

Family = Callable[[Draw], Case]


def _case(text: str, checks: Sequence[Check], family: str, published: dt.date | None = PUBLISHED,
          title: str | None = None) -> Case:
    return Case(text, published.isoformat() if published else None, tuple(checks), title, family)


# 1. single_victim -------------------------------------------------------------------------------


def _single_victim() -> list[Family]:
    def active(d: Draw) -> Case:
        subj, verb = d.pick([("Unidentified gunmen", "shot dead"), ("Gunmen", "killed"), ("Masked gunmen", "shot dead"),
                             ("Gunmen on a motorcycle", "shot dead"), ("A regime sniper", "shot dead"),
                             ("Regime shelling", "killed"), ("A Russian airstrike", "killed"),
                             ("A roadside bomb", "killed"), ("Unknown assailants", "assassinated")])
        noun = d.pick(FIGURES if verb == "assassinated" else PERSONS + FIGURES)
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{subj} {verb} {article(noun)} in {place} on {day}, {d.pick(SOURCES)}.", [killed(1)], "active")

    def passive(d: Draw) -> Case:
        noun = d.pick(PERSONS + FIGURES)
        how = d.pick(["by sniper fire", "in a Russian airstrike", "in regime shelling", "in a drone strike",
                      "by a stray bullet", "when a landmine exploded"])
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{cap(article(noun))} was killed {how} in {place} on {day}.", [killed(1)], "passive")

    def killing(d: Draw) -> Case:
        noun = d.pick(PERSONS + FIGURES)
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {article(noun)}, {d.pick(SOURCES)}.",
                     [killed(1)], "killing")

    def one_and_wounded(d: Draw) -> Case:
        noun = d.pick(PERSONS)
        k = d.int(2, 9)
        place, _ = d.place()
        day, _ = d.day()
        event = d.pick([f"a shell hit a market in {place} on {day}", f"rockets struck {place} on {day}",
                        f"a car bomb exploded in {place} on {day}"])
        return _case(f"One {noun} was killed and {d.say(k)} others were wounded when {event}.",
                     [killed(1), injured(k)], "one_and_wounded")

    def died(d: Draw) -> Case:
        noun = d.pick(PERSONS)
        place, _ = d.place()
        day, _ = d.day()
        how = d.pick([f"after being hit by shrapnel during regime shelling on {place}",
                      f"of wounds sustained in a Russian airstrike on {place}",
                      f"after being shot by a regime sniper in {place}"])
        return _case(f"{cap(article(noun))} died in hospital on {day} {how}.", [killed(1)], "died")

    def definite(d: Draw) -> Case:
        subj, verb = d.pick([("Gunmen", "assassinated"), ("Unidentified gunmen", "shot dead"), ("Gunmen", "killed"),
                             ("Unknown assailants", "assassinated")])
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{subj} {verb} {d.pick(DEFINITE_FIGURES)} in {place} on {day}, {d.pick(SOURCES)}.",
                     [killed(1)], "definite")

    def imam(d: Draw) -> Case:
        place, _ = d.place()
        day, _ = d.day()
        site, who = d.pick([("a mosque", "the imam"), ("the town's bakery", "the baker"), ("a school", "the headmaster"),
                            ("the council building", "the mayor")])
        return _case(f"{d.pick(['Regime shelling', 'A Russian airstrike', 'A barrel bomb'])} hit {site} in {place} "
                     f"on {day}, killing {who}.", [killed(1)], "definite_killing")

    def acled(d: Draw) -> Case:
        day = d.recent_date()
        place, gov = d.place(town=True)
        subj, verb = d.pick([("unidentified gunmen", "shot dead"), ("a regime sniper", "shot and killed"),
                             ("an IED planted by unknown perpetrators", "killed"), ("unidentified gunmen", "assassinated"),
                             ("HTS militants", "killed")])
        noun = d.pick(FIGURES if verb == "assassinated" else PERSONS + FIGURES)
        return _case(f"On {long_date(day)}, {subj} {verb} {article(noun)} in {place} ({gov}). 1 fatality.",
                     [killed(1)], "acled")

    def acled_killing(d: Draw) -> Case:
        day = d.recent_date()
        place, gov = d.place(town=True)
        noun = d.pick(PERSONS)
        return _case(f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {article(noun)}. 1 fatality.",
                     [killed(1)], "acled_killing")

    def plural(d: Draw) -> Case:
        noun = d.pick(["brothers", "children", "shepherds", "farmers", "civil defence volunteers", "paramedics",
                       "women", "soldiers"])
        place, _ = d.place()
        day, _ = d.day()
        event = d.pick([f"a shell hit their home in {place} on {day}", f"a Russian airstrike struck {place} on {day}",
                        f"a landmine exploded near {place} on {day}"])
        return _case(f"{d.say(2, start=True)} {noun} were killed when {event}.", [killed(2)], "dual")

    def pair(d: Draw) -> Case:
        who = d.pick(["a man and his son", "a woman and her daughter", "a farmer and his wife",
                      "a mother and her child", "a father and his son", "a shepherd and his brother"])
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {who}.", [killed(2)], "pair")

    def pair_passive(d: Draw) -> Case:
        who = d.pick(["A man and his son", "A woman and her daughter", "A farmer and his wife", "A mother and her child"])
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{who} were killed in regime shelling on {place} on {day}, {d.pick(SOURCES)}.",
                     [killed(2)], "pair_passive")

    def acled_pair(d: Draw) -> Case:
        day = d.recent_date()
        place, gov = d.place(town=True)
        who = d.pick(["a man and his son", "a woman and her daughter", "two brothers", "two children"])
        return _case(f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {who}. 2 fatalities.",
                     [killed(2)], "acled_pair")

    return [active, passive, killing, one_and_wounded, died, definite, imam, acled, acled_killing, plural, pair,
            pair_passive, acled_pair]


# 2. death_without_attack_verb --------------------------------------------------------------------


def _death_without_attack_verb() -> list[Family]:
    def body_found(d: Draw) -> Case:
        noun = d.pick(PERSONS + FIGURES)
        place, _ = d.place()
        day, _ = d.day()
        tail = d.pick(["bearing gunshot wounds", "bearing signs of torture", "local sources said"])
        return _case(f"The body of {article(noun)} was found in {place} on {day}, {tail}.", [killed(1)], "body_found")

    def bodies_found(d: Draw) -> Case:
        n = d.int(2, 30)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([f"The bodies of {d.say(n)} people were found in {place} on {day}.",
                       f"Residents found the bodies of {d.say(n)} men in a field near {place} on {day}.",
                       f"The bodies of {d.say(n)} civilians were found in a mass grave near {place} on {day}, "
                       f"{d.pick(SOURCES)}."])
        return _case(text, [killed(n)], "bodies_found")

    def torture(d: Draw) -> Case:
        place, _ = d.place()
        day, _ = d.day()
        who = d.pick(["A detainee", "A young man", "An activist", "A former rebel fighter", "A pharmacist"])
        where = d.pick(["in a regime detention centre", "in detention", "in the regime's Saydnaya prison",
                        "in a military intelligence branch"])
        return _case(f"{who} from {place} died under torture {where}, the Syrian Network for Human Rights said on {day}.",
                     [killed(1)], "torture")

    def executed(d: Draw) -> Case:
        n = d.int(2, 25)
        place, _ = d.place()
        day, _ = d.day()
        subj = d.pick(["IS militants", "Islamic State militants", "Regime forces", "Pro-government militiamen",
                       "Jihadists"])
        victims = d.pick(["men", "civilians", "prisoners", "young men", "captured soldiers"])
        return _case(f"{subj} executed {d.say(n)} {victims} in {place} on {day}, {d.pick(SOURCES)}.",
                     [killed(n)], "executed")

    def beheaded(d: Draw) -> Case:
        place, _ = d.place()
        day, _ = d.day()
        noun = d.pick(["man", "shepherd", "farmer", "young man", "local official", "soldier"])
        return _case(f"IS militants beheaded {article(noun)} in a public square in {place} on {day}.",
                     [killed(1)], "beheaded")

    def gassed(d: Draw) -> Case:
        n = d.int(3, 60)
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{d.say(n, start=True)} people were gassed to death in {place} on {day}, {d.pick(SOURCES)}.",
                     [killed(n)], "gassed")

    def eliminated(d: Draw) -> Case:
        n = d.int(2, 40)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([f"The Syrian army eliminated {d.say(n)} militants near {place} on {day}, state media reported.",
                       f"Troops eliminated {d.say(n)} terrorists in the countryside of {place} on {day}, "
                       f"the state news agency SANA said."])
        return _case(text, [killed(n)], "eliminated")

    def massacred(d: Draw) -> Case:
        n = d.int(5, 60)
        place, _ = d.place()
        day, _ = d.day()
        subj = d.pick(["Pro-regime militiamen", "Government forces", "IS militants", "Regime troops"])
        victims = d.pick(["villagers", "civilians", "residents"])
        return _case(f"{subj} massacred {d.say(n)} {victims} in {place} on {day}, {d.pick(SOURCES)}.",
                     [killed(n)], "massacred")

    def corpses(d: Draw) -> Case:
        n = d.int(2, 30)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([f"{d.say(n, start=True)} corpses were recovered from the rubble in {place} on {day}.",
                       f"Civil defence teams recovered {d.say(n)} corpses from under the rubble of a building in "
                       f"{place} on {day}."])
        return _case(text, [killed(n)], "corpses")

    def acled_bodies(d: Draw) -> Case:
        n = d.int(2, 12)
        day = d.recent_date()
        place, gov = d.place(town=True)
        return _case(f"On {long_date(day)}, the bodies of {n} men were found in {place} ({gov}), bearing gunshot wounds. "
                     f"{n} fatalities.", [killed(n)], "acled_bodies")

    def acled_torture(d: Draw) -> Case:
        day = d.recent_date()
        place, gov = d.place(town=True)
        return _case(f"On {long_date(day)}, a detainee from {place} ({gov}) died under torture in a regime prison. "
                     f"1 fatality.", [killed(1)], "acled_torture")

    return [body_found, bodies_found, torture, executed, beheaded, gassed, eliminated, massacred, corpses,
            acled_bodies, acled_torture]


# 3. listed_groups_summed ------------------------------------------------------------------------


def _listed_groups_summed() -> list[Family]:
    def children_others(d: Draw) -> Case:
        c, o = d.int(2, 15), d.int(2, 25)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([
            f"{d.pick(['Russian', 'Regime', 'Government'])} airstrikes on {place} on {day} killed {d.say(c)} children "
            f"and {d.say(o)} others, {d.pick(SOURCES)}.",
            f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {d.say(c)} children and {d.say(o)} others.",
        ])
        return _case(text, [killed(c + o), subgroup("children", c)], "children_others")

    def civilians_fighters(d: Draw) -> Case:
        a, b = d.int(5, 45), d.int(3, 30, exclude=range(5, 46))
        place, _ = d.place()
        day, _ = d.day()
        sep = d.pick([", ", " and "])
        text = d.pick([
            f"Airstrikes and shelling on {place} on {day} killed {d.say(a)} civilians{sep}{d.say(b)} fighters, "
            f"{d.pick(SOURCES)}.",
            f"The regime offensive on {place} killed {d.say(a)} civilians and {d.say(b)} rebel fighters on {day}.",
        ])
        return _case(text, [killed(a + b), subgroup("civilians", a)], "civilians_fighters")

    def three_groups(d: Draw) -> Case:
        w, c, m = d.int(2, 9), d.int(2, 9), d.int(2, 9)
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"The strikes on {place} on {day} killed {d.say(w)} women, {d.say(c)} children and {d.say(m)} men, "
                     f"{d.pick(SOURCES)}.", [killed(w + c + m), subgroup("women", w), subgroup("children", c)],
                     "women_children_men")

    def headline_subgroup(d: Draw) -> Case:
        c = d.int(3, 14)
        t = d.int(c + 2, 40)
        place, _ = d.place()
        day, _ = d.day()
        title = f"{d.pick(['Strikes', 'Airstrikes', 'Regime strikes'])} kill {c} children in {place}"
        body = (f"{d.say(t, start=True)} civilians, among them {d.say(c)} children, were killed in airstrikes on {place} "
                f"on {day}, the Syrian Observatory for Human Rights said.")
        return _case(body, [killed(t), subgroup("children", c)], "headline_subgroup", title=title)

    def soldiers_civilians(d: Draw) -> Case:
        a, b = d.int(2, 12), d.int(2, 12)
        place, _ = d.place()
        day, _ = d.day()
        return _case(f"{d.say(a, start=True)} soldiers and {d.say(b)} civilians were killed when rebels shelled {place} "
                     f"on {day}.", [killed(a + b), subgroup("civilians", b)], "soldiers_civilians")

    def acled(d: Draw) -> Case:
        c, w = d.int(2, 8), d.int(2, 8)
        day = d.recent_date()
        place, gov = d.place(town=True)
        return _case(f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {c} children and {w} women. "
                     f"{c + w} fatalities.", [killed(c + w), subgroup("children", c), subgroup("women", w)], "acled")

    def list_among_total(d: Draw) -> Case:
        # "two women and three children were among 11 people killed": the parts of the total, not a toll of their own.
        w, c = d.int(1, 6), d.int(2, 9)
        t = d.int(w + c + 1, 40)
        place, _ = d.place()
        day, _ = d.day()
        women = "a woman" if w == 1 else f"{d.say(w)} women"
        subject = d.pick([f"{women} and {d.say(c)} children", f"{d.say(c)} children, {women} and an elderly man"])
        text = (f"{cap(subject)} were among {d.pick(['', 'the ', 'at least '])}{d.say(t)} people killed when "
                f"{d.pick(['a barrel bomb hit', 'regime shells struck', 'Russian warplanes bombed'])} a residential "
                f"building in {place} on {day}, {d.pick(SOURCES)}.")
        checks = [killed(t), subgroup("children", c)] + ([subgroup("women", w)] if "elderly" not in subject else [])
        return _case(text, checks, "list_among_total")

    def person_and_number(d: Draw) -> Case:
        # "a man and two children were killed": a person named by an article heads a list with a number.
        n = d.int(2, 9)
        place, _ = d.place()
        day, _ = d.day()
        person = d.pick(["man", "woman", "farmer", "teacher", "elderly man", "paramedic"])
        kin = d.pick(["children", "of his children", "of her relatives", "neighbours", "other civilians"])
        text = (f"{cap(article(person))} and {d.say(n)} {kin} were killed when {d.pick(ATTACK_CLAUSES).lower()} "
                f"{place} on {day}, {d.pick(SOURCES)}.")
        return _case(text, [killed(n + 1)], "person_and_number")

    return [children_others, civilians_fighters, three_groups, headline_subgroup, soldiers_civilians, acled,
            list_among_total, person_and_number]


# 4. killed_injured_apart ------------------------------------------------------------------------


def _killed_injured_apart() -> list[Family]:
    def combined(n: int) -> list[Check]:
        return [combined_figure("killed", n), combined_figure("injured", n)]

    def or_injured(d: Draw) -> Case:
        n = d.int(5, 45)
        place, _ = d.place()
        day, _ = d.day()
        verb = d.pick(["killed or injured", "killed or wounded", "killed and injured", "killed and wounded"])
        text = d.pick([f"{d.say(n, start=True)} people were {verb} in regime shelling on {place} on {day}.",
                       f"{d.say(n, start=True)} civilians were {verb} when Russian warplanes struck {place} on {day}."])
        return _case(text, combined(n), "killed_or_injured")

    def headline_killed_injured(d: Draw) -> Case:
        n = d.int(5, 45)
        place, _ = d.place()
        day, _ = d.day()
        title = f"{n} killed and injured in {place} shelling"
        body = (f"Regime shelling on {place} on {day} killed and injured {d.say(n)} people, according to local "
                f"activists. Ambulances took the wounded to hospitals in the area.")
        return _case(body, combined(n), "headline_killed_and_injured", title=title)

    def casualties(d: Draw) -> Case:
        n = d.int(5, 45)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([f"Regime shelling on {place} on {day} left {d.say(n)} casualties, {d.pick(SOURCES)}.",
                       f"An airstrike on a market in {place} on {day} caused {d.say(n)} casualties among civilians."])
        return _case(text, combined(n), "casualties")

    def killing_and_wounding(d: Draw) -> Case:
        place, _ = d.place()
        day, _ = d.day()
        if d.rng.random() < 0.5:
            return _case(f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing and wounding dozens of people.",
                         [killed_low_unknown()], "killing_and_wounding_dozens")
        n = d.int(5, 45)
        return _case(f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing and wounding {d.say(n)} people.",
                     combined(n), "killing_and_wounding_n")

    def apart(d: Draw) -> Case:
        k = d.int(2, 20)
        i = d.int(3, 40, exclude=[k])
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([
            f"Regime shelling killed {d.say(k)} people and injured {d.say(i)} others in {place} on {day}.",
            f"{d.say(k, start=True)} people were killed and {d.say(i)} were wounded in airstrikes on {place} on {day}.",
            f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {d.say(k)} civilians and wounding {d.say(i)}.",
        ])
        return _case(text, [killed(k), injured(i)], "killed_k_injured_i")

    def wounded_only(d: Draw) -> Case:
        i = d.int(2, 40)
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([f"{d.say(i, start=True)} civilians were wounded when Russian warplanes struck {place} on {day}.",
                       f"{d.say(i, start=True)} people were injured in regime shelling on {place} on {day}.",
                       f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, wounding {d.say(i)} civilians."])
        return _case(text, [killed_none(), injured(i)], "wounded_only")

    def acled(d: Draw) -> Case:
        k = d.int(1, 9)
        i = d.int(2, 20, exclude=[k])
        day = d.recent_date()
        place, gov = d.place(town=True)
        victims = "a civilian" if k == 1 else f"{k} civilians"
        return _case(f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {victims} and injuring "
                     f"{i} others. {k} {'fatality' if k == 1 else 'fatalities'}.", [killed(k), injured(i)], "acled")

    def unpunctuated(d: Draw) -> Case:
        # Scraped headlines and leads lose their commas: "57 Civilians Killed 150 Injured in ...", "killed 5 injured 20".
        k = d.int(2, 60)
        i = d.int(3, 150, exclude=[k])
        place, _ = d.place()
        day, _ = d.day()
        text = d.pick([
            f"{k} Civilians {d.pick(['Killed', 'killed'])} {i} {d.pick(['Injured', 'injured', 'Wounded'])} in Regime "
            f"Shelling on {place}. The shells hit residential neighbourhoods on {day}, {d.pick(SOURCES)}.",
            f"Regime shelling on {place} on {day} killed {k} injured {i} others {d.pick(SOURCES)}.",
        ])
        return _case(text, [killed(k), injured(i)], "unpunctuated_killed_injured")

    return [or_injured, headline_killed_injured, casualties, killing_and_wounding, apart, wounded_only, acled,
            unpunctuated]


# 5. ranges_bounds -------------------------------------------------------------------------------


def _ranges_bounds() -> list[Family]:
    def frame(d: Draw, quantity: str) -> str:
        place, _ = d.place()
        day, _ = d.day()
        return d.pick([
            f"{cap(quantity)} people were killed in airstrikes on {place} on {day}, {d.pick(SOURCES)}.",
            f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {quantity} civilians.",
            f"Regime shelling on {place} on {day} killed {quantity} people.",
        ])

    def between(d: Draw) -> Case:
        a = d.int(5, 60)
        b = d.int(a + 3, a + 20)
        q = d.pick([f"between {d.say(a)} and {d.say(b)}", f"{d.say(a)} to {d.say(b)}"])
        return _case(frame(d, q), [killed_bounds(a, b)], "between")

    def at_least(d: Draw) -> Case:
        n = d.int(3, 90)
        return _case(frame(d, f"{d.pick(['at least', 'no fewer than'])} {d.say(n)}"), [killed_bounds(n, None)], "at_least")

    def more_than(d: Draw) -> Case:
        n = d.pick([10, 12, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100])
        return _case(frame(d, f"{d.pick(['more than', 'over'])} {d.say(n)}"), [killed_low_in([n, n + 1], None)],
                     "more_than")

    def nearly(d: Draw) -> Case:
        n = d.pick([20, 30, 40, 50, 60, 100])
        return _case(frame(d, f"{d.pick(['nearly', 'almost'])} {d.say(n)}"), [killed_bounds(None, n)], "nearly")

    def up_to(d: Draw) -> Case:
        n = d.int(5, 60)
        return _case(frame(d, f"{d.pick(['up to', 'as many as'])} {d.say(n)}"), [killed_bounds(None, n)], "up_to")

    def vague(d: Draw) -> Case:
        word, low = d.pick([("dozens of", 24), ("scores of", 40)])
        return _case(frame(d, word), [killed_bounds(low, None)], "dozens_scores")

    def some(d: Draw) -> Case:
        n = d.pick([20, 30, 40, 50, 60, 80])
        return _case(frame(d, f"{d.pick(['some', 'about', 'around', 'approximately'])} {d.say(n)}"), [killed_about(n)],
                     "some")

    def acled(d: Draw) -> Case:
        a = d.int(3, 20)
        b = d.int(a + 2, a + 10)
        day = d.recent_date()
        place, gov = d.place(town=True)
        return _case(f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing between {a} and {b} civilians.",
                     [killed_bounds(a, b)], "acled_between")

    return [between, at_least, more_than, nearly, up_to, vague, some, acled]


# 6. refined_and_updated -------------------------------------------------------------------------


def _refined_and_updated() -> list[Family]:
    def dozens_then_figure(d: Draw) -> Case:
        n = d.int(30, 90)
        place, _ = d.place()
        day, _ = d.day()
        text = (f"Dozens of people were killed in airstrikes on {place} on {day}. Rescue workers were still searching "
                f"the rubble for survivors. At least {d.say(n)} people were killed, the monitor said.")
        return _case(text, [killed_bounds(n, None), incidents(1)], "dozens_then_at_least")

    def rose_to(d: Draw) -> Case:
        a = d.int(3, 20)
        b = d.int(a + 2, a + 25)
        place, _ = d.place()
        day, _ = d.day()
        later = d.pick([f"The death toll later rose to {d.say(b)}.",
                        f"The toll has since risen to {d.say(b)}, according to the White Helmets.",
                        f"By evening, the death toll had climbed to {d.say(b)}, the Observatory said."])
        text = f"{d.pick(['Regime', 'Russian', 'Government'])} airstrikes killed {d.say(a)} people in {place} on {day}. {later}"
        return _case(text, [killed(b), incidents(1)], "rose_to")

    def at_least_rose(d: Draw) -> Case:
        a = d.int(3, 20)
        b = d.int(a + 2, a + 25)
        place, _ = d.place()
        day, _ = d.day()
        text = (f"At least {d.say(a)} civilians were killed when regime warplanes struck {place} on {day}. Rescuers "
                f"pulled more bodies from the rubble overnight, and the death toll rose to {d.say(b)} on {d.pick(['Saturday', 'Friday night'])}.")
        return _case(text, [killed(b), incidents(1)], "at_least_rose")

    def more_than_then_at_least(d: Draw) -> Case:
        a = d.pick([20, 30, 40, 50])
        b = d.int(a + 1, a + 9)
        place, _ = d.place()
        day, _ = d.day()
        text = (f"More than {d.say(a)} people were killed in regime bombardment of {place} on {day}, {d.pick(SOURCES)}. "
                f"Later the Syrian Observatory for Human Rights said at least {d.say(b)} people had been killed in the "
                f"bombardment.")
        return _case(text, [killed_bounds(b, None), incidents(1)], "more_than_then_at_least")

    def title_dozens(d: Draw) -> Case:
        n = d.int(26, 80)
        place, _ = d.place()
        day, _ = d.day()
        title = f"Dozens killed in {place} strikes"
        body = (f"At least {d.say(n)} people were killed in regime airstrikes on {place} on {day}, a war monitor said. "
                f"Many of the victims were women and children.")
        return _case(body, [killed_bounds(n, None), incidents(1)], "title_dozens", title=title)

    def acled(d: Draw) -> Case:
        a = d.int(2, 8)
        b = d.int(a + 1, a + 6)
        day = d.recent_date()
        place, gov = d.place(town=True)
        text = (f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {a} civilians. The death toll "
                f"later rose to {b}. {b} fatalities.")
        return _case(text, [killed(b), incidents(1)], "acled")

    return [dozens_then_figure, rose_to, at_least_rose, more_than_then_at_least, title_dozens, acled]


# 7. never_casualties ----------------------------------------------------------------------------


def _never_casualties() -> list[Family]:
    def lead(d: Draw, place: str, day: str, k: int | None) -> str:
        toll = f", killing {d.say(k)} civilians" if k else ""
        return d.pick([f"Regime warplanes struck {place} on {day}{toll}, {d.pick(SOURCES)}.",
                       f"Russian airstrikes hit residential areas of {place} on {day}{toll}.",
                       f"Regime forces shelled {place} on {day}{toll}, {d.pick(SOURCES)}."])

    def toll_checks(k: int | None, *bad: int) -> list[Check]:
        first = killed(k) if k else killed_none()
        return [first, *(no_count_equal(b) for b in bad)]

    def toll(d: Draw, *bad: int) -> int | None:
        return d.int(2, 15, exclude=bad) if d.rng.random() < 0.5 else None

    def photo(d: Draw) -> Case:
        year = d.int(2014, 2019)
        place, _ = d.place()
        day, _ = d.day()
        k = toll(d)
        text = f"{lead(d, place, day, k)} Residents fled to nearby olive groves.\n\nPhoto: AFP {year}"
        return _case(text, toll_checks(k, year), "photo_credit")

    def counters(d: Draw) -> Case:
        views = d.int(1200, 60000)
        share = d.int(16, 95)
        place, _ = d.place()
        day, _ = d.day()
        k = toll(d, share)
        if d.rng.random() < 0.5:
            text = f"{lead(d, place, day, k)}\n\n{views:,} views\nShare {share}"
        else:
            text = f"Share {share} | {views:,} views\n\n{lead(d, place, day, k)}"
        return _case(text, toll_checks(k, views, share), "views_share")

    def facilities(d: Draw) -> Case:
        n = d.int(16, 80)
        place, _ = d.place()
        day, _ = d.day()
        k = toll(d, n)
        noun = d.pick(["facilities were targeted", "buildings were damaged", "homes were destroyed"])
        text = f"{lead(d, place, day, k)} {d.say(n, start=True)} {noun} in the strikes, {d.pick(SOURCES)}."
        return _case(text, toll_checks(k, n), "facilities_targeted")

    def struck_buildings(d: Draw) -> Case:
        n = d.int(16, 80)
        place, _ = d.place()
        day, _ = d.day()
        k = toll(d, n)
        tail = f", killing {d.say(k)} civilians" if k else ""
        text = f"Regime warplanes struck {d.say(n)} buildings in {place} on {day}{tail}, {d.pick(SOURCES)}."
        return _case(text, toll_checks(k, n), "struck_buildings")

    def hospitals(d: Draw) -> Case:
        n = d.int(2, 6)
        place, _ = d.place()
        day, _ = d.day()
        k = d.int(2, 15, exclude=[n]) if d.rng.random() < 0.5 else None
        text = f"{lead(d, place, day, k)} {d.say(n, start=True)} hospitals were hit, the health directorate said."
        return _case(text, toll_checks(k, n), "hospitals_hit")

    def population(d: Draw) -> Case:
        pop = d.pick([8000, 12000, 20000, 35000, 45000, 60000])
        place, _ = d.place(town=True)
        day, _ = d.day()
        k = toll(d)
        tail = f", killing {d.say(k)} civilians" if k else ""
        text = d.pick([f"Regime shelling hit {place}, a town of {pop:,} people, on {day}{tail}.",
                       f"Russian jets bombed the town of {place}, home to some {pop:,} people, on {day}{tail}."])
        return _case(text, toll_checks(k, pop), "town_population")

    def counted_means(d: Draw) -> Case:
        # "two car bombs killed 40": the number before the toll counts blasts, not people.
        m, k = d.int(2, 4), d.int(5, 60)
        place, _ = d.place()
        day, _ = d.day()
        means = d.pick(["blasts", "explosions", "car bombs", "mortar shells", "drones", "warplanes"])
        text = d.pick([f"{d.say(m, start=True)} {means} hit {place} on {day}, killing {d.say(k)} people, {d.pick(SOURCES)}.",
                       f"On {day} {d.say(m)} {means} struck {place}, claiming the lives of {d.say(k)} civilians."])
        return _case(text, [killed(k), no_count_equal(m, ("killed",))], "counted_means")

    def one_family(d: Draw) -> Case:
        # "three children from one family were killed": the family is not a count of the dead.
        k = d.int(2, 9)
        place, _ = d.place()
        day, _ = d.day()
        family = d.pick(["one family", "the same family", "a single family", "one household"])
        text = d.pick([f"{d.say(k, start=True)} children from {family} were killed when regime shells hit {place} on {day}.",
                       f"Russian airstrikes on {place} on {day} killed {d.say(k)} members of {family}, {d.pick(SOURCES)}."])
        return _case(text, [killed(k), no_count_equal(1, ("killed",))], "one_family")

    def a_rank(d: Draw) -> Case:
        # "one of the deadliest attacks": a rank, not one dead.
        k = d.int(2, 60)
        place, _ = d.place()
        day, _ = d.day()
        rank = d.pick(["one of the deadliest attacks", "one of the worst attacks", "one of the bloodiest days",
                       "one of the highest daily tolls"])
        text = d.pick([f"The strike on {place} on {day}, {rank} this year, killed {d.say(k)} civilians, {d.pick(SOURCES)}.",
                       f"Regime shelling killed {d.say(k)} people in {place} on {day}. It was {rank} since the ceasefire."])
        return _case(text, [killed(k), no_count_equal(1, ("killed",))], "a_rank")

    return [photo, counters, facilities, struck_buildings, hospitals, population, counted_means, one_family, a_rank]


# 8. one_attack_one_mention ----------------------------------------------------------------------


def _one_attack_one_mention() -> list[Family]:
    def checks(n: int) -> list[Check]:
        return [incidents(1), killed(n), no_aggregate_killed(n)]

    def headline_lead_restated(d: Draw) -> Case:
        n = d.int(4, 40)
        place, _ = d.place()
        day, _ = d.day()
        actor = d.pick(["Russian", "Regime", "Syrian government"])
        title = f"{actor} airstrikes kill {n} in {place}"
        body = (f"{actor} airstrikes killed {d.say(n)} civilians in {place} on {day}, the Syrian Observatory for Human "
                f"Rights said. Rescue workers searched the rubble of several homes. Residents said the strikes on "
                f"{place}, which killed {d.say(n)} people, hit a residential neighbourhood near the market.")
        return _case(body, checks(n), "headline_lead_restated", title=title)

    def weekday_and_date(d: Draw) -> Case:
        n = d.int(4, 40)
        c = d.int(1, n - 1)
        place, _ = d.place()
        day, date = d.day()
        text = (f"Regime barrel bombs killed {d.say(n)} civilians in {place} on {day}, {d.pick(SOURCES)}. The town has "
                f"been shelled almost daily since the start of the offensive. The attack on {place} on {long_date(date)} "
                f"killed {d.say(n)} civilians, including {d.say(c)} {'child' if c == 1 else 'children'}, according to "
                f"the Syrian Network for Human Rights.")
        return _case(text, checks(n), "weekday_and_date")

    def lead_and_quote(d: Draw) -> Case:
        n = d.int(4, 40)
        place, _ = d.place()
        day, _ = d.day()
        text = (f"At least {d.say(n)} people were killed when regime shells hit a market in {place} on {day}. "
                f"\"The shelling of the market killed at least {d.say(n)} people,\" a civil defence official told AFP.")
        return _case(text, [incidents(1), killed_bounds(n, None), no_aggregate_killed(n)], "lead_and_quote")

    def acled(d: Draw) -> Case:
        n = d.int(2, 15)
        day = d.recent_date()
        place, gov = d.place(town=True)
        text = (f"On {long_date(day)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {n} civilians. Local sources "
                f"said the attack on {place} killed {n} people. {n} fatalities.")
        return _case(text, checks(n), "acled")

    def total_repeats_toll(d: Draw) -> Case:
        # The day's toll restated as a running total that equals it: one figure, never counted twice.
        n = d.int(5, 60)
        place, _ = d.place(town=True)
        day, _ = d.day()
        total = d.pick([f"The toll brings to {n} the number of people killed in the town since the start of the month",
                        f"In all, {n} people were killed in the town this month",
                        f"A total of {n} civilians have been killed there since the beginning of the month"])
        text = (f"Regime shelling killed {d.say(n)} civilians in {place} on {day}, {d.pick(SOURCES)}. "
                f"{total}, the monitor said.")
        return _case(text, checks(n), "total_repeats_toll")

    def small_toll_retold(d: Draw) -> Case:
        # A small toll told again by another source, with the same wounded or the same weapon: one attack.
        n, i = d.int(1, 6), d.int(2, 20)
        place, _ = d.place(town=True)
        day, _ = d.day()
        weapon = d.pick(["mortar shells", "rocket shells", "a barrel bomb", "a car bomb"])
        people = "person was" if n == 1 else "people were"
        text = (f"{d.say(n, start=True)} {people} killed and {d.say(i)} wounded when {weapon} hit {place} on {day}, "
                f"{d.pick(SOURCES)}. The town has been shelled almost daily this month. State news agency SANA said "
                f"{d.say(n)} {people} killed and {d.say(i)} others injured when {weapon} struck a residential "
                f"neighbourhood of {place}.")
        return _case(text, [incidents(1), killed(n), injured(i)], "small_toll_retold")

    def round_words_retell(d: Draw) -> Case:
        # "dozens had been killed", said by another source of the lead's attack: its toll in round words.
        n = d.int(26, 90)
        place, _ = d.place(town=True)
        day, _ = d.day()
        text = (f"At least {d.say(n)} people were killed in a suspected chemical attack on {place} on {day}, "
                f"{d.pick(SOURCES)}. {d.pick(['The local media centre', 'A doctor in the town', 'The civil defence'])} "
                f"said dozens of people had been killed, many of them women and children.")
        return _case(text, [incidents(1), killed_bounds(n, None)], "round_words_retell")

    def unplaced_lead(d: Draw) -> Case:
        # A headline toll that names no place of its own borrows the report's first one; told again in the body
        # at the attack's place, it is still one attack.
        n = d.int(12, 60)
        (p1, g1), (p2, g2) = d.place(town=True), d.place(town=True)
        while g2 == g1:
            p2, g2 = d.place(town=True)
        day, _ = d.day()
        title = f"{d.pick(['Airstrikes', 'Regime strikes', 'Russian raids'])} kill {n} in northwest Syria"
        body = (f"Doctors at a hospital in {p1} said they had run out of blood on {day}. Rescue workers pulled "
                f"bodies from the rubble for hours. {n} people were killed on {day} in strikes on {p2}, "
                f"{d.pick(SOURCES)}.")
        return _case(body, [incidents(1), killed(n)], "unplaced_lead", title=title)

    def video_caption(d: Draw) -> Case:
        # An embedded video's title ("... - YouTube") runs into the next sentence, whose time is not the toll's.
        n = d.int(5, 60)
        place, _ = d.place()
        day, _ = d.day()
        text = (f"{d.pick(ATTACK_CLAUSES)} {place} on {day}, killing {d.say(n)} civilians, {d.pick(SOURCES)}. "
                f"At least {n} people killed in {place} after {d.pick(['Russian airstrikes', 'regime shelling'])} - "
                f"{d.pick(['YouTube', 'Vimeo'])} A brief ceasefire brokered by Moscow collapsed "
                f"{d.pick(['last month', 'in March', 'two weeks ago'])}.")
        return _case(text, checks(n), "video_caption")

    return [headline_lead_restated, weekday_and_date, lead_and_quote, acled, total_repeats_toll, small_toll_retold,
            round_words_retell, unplaced_lead, video_caption]


# 8b. round_up_total ----------------------------------------------------------------------------


def _round_up_total() -> list[Family]:
    def parts_in_places(d: Draw) -> Case:
        # A headline total of tolls the body gives one by one, in governorates apart: a claim, never a third incident.
        a, b = d.int(2, 12), d.int(1, 9)
        (p1, g1), (p2, g2) = d.place(town=True), d.place(town=True)
        while g2 == g1:
            p2, g2 = d.place(town=True)
        day, _ = d.day()
        title = f"{cap(words(a + b))} civilians killed in terrorist attacks on {p1} and {p2}"
        body = (f"{d.say(a, start=True)} civilians were killed on {day} in rocket attacks on residential neighbourhoods "
                f"of {p1}, {d.pick(SOURCES)}. Meanwhile {d.say(b)} {'person was' if b == 1 else 'people were'} "
                f"killed when shells hit {p2}.")
        return _case(body, [incidents(2), no_incident_killed(a + b)], "parts_in_places", title=title)

    def separate_attacks(d: Draw) -> Case:
        a, b, c = d.int(2, 9), d.int(2, 9), d.int(1, 5)
        places: list[str] = []
        governorates: list[str] = []
        while len(places) < 3:
            p, g = d.place(town=True)
            if g not in governorates:
                places.append(p)
                governorates.append(g)
        day, _ = d.day()
        title = f"{cap(words(a + b + c))} killed in attacks on {places[0]}, {places[1]} and {places[2]}"
        body = (f"{d.say(a, start=True)} people were killed in regime shelling on {places[0]} on {day}. "
                f"In another attack, {d.say(b)} civilians were killed in airstrikes on {places[1]}. "
                f"Elsewhere, {d.say(c)} {'person was' if c == 1 else 'people were'} killed by sniper fire in {places[2]}.")
        return _case(body, [incidents(3), no_incident_killed(a + b + c)], "separate_attacks", title=title)

    return [parts_in_places, separate_attacks]


# 9. background_reference ------------------------------------------------------------------------


BACKGROUND = [  # (sentence, figure); the figure is never the new attack's toll
    ("The strikes came years after the 2013 chemical attack on Ghouta that killed 1,400 people.", 1400),
    ("In 2017, a chemical attack on Khan Shaykhun left up to a hundred dead.", 100),
    ("In August 2013, a sarin attack on the Ghouta suburbs of Damascus killed more than 1,400 people.", 1400),
    ("Activists recalled the 2012 Houla massacre, in which 108 people were killed.", 108),
    ("In April 2018, a suspected chlorine attack killed at least 43 people in Douma.", 43),
    ("The town was also the scene of a chemical attack that left up to a hundred dead in 2017.", 100),
    ("A barrel bomb attack on the same market killed 52 people in 2016.", 52),
]


def _background_reference() -> list[Family]:
    def lead(d: Draw, place: str, day: str, n: int) -> str:
        return d.pick([
            f"Airstrikes killed {d.say(n)} civilians in {place} on {day}, {d.pick(SOURCES)}.",
            f"{d.pick(['Russian', 'Regime'])} airstrikes on {place} on {day} killed {d.say(n)} people, including "
            f"{d.say(2)} children.",
            f"{d.say(n, start=True)} civilians were killed in regime shelling on {place} on {day}.",
        ])

    def after_lead(d: Draw) -> Case:
        sentence, fig = d.pick(BACKGROUND)
        n = d.int(3, 30, exclude=[fig])
        place, _ = d.place(exclude=["Khan Shaykhun", "Douma"])
        day, _ = d.day()
        middle = d.pick(["", " Rescue workers pulled survivors from the rubble.", " The area has been bombed for weeks."])
        return _case(f"{lead(d, place, day, n)}{middle} {sentence}", [killed(n)], "after_lead")

    def with_title(d: Draw) -> Case:
        sentence, fig = d.pick(BACKGROUND)
        n = d.int(3, 30, exclude=[fig])
        place, _ = d.place(exclude=["Khan Shaykhun", "Douma"])
        day, _ = d.day()
        title = f"Airstrikes kill {n} in {place}"
        return _case(f"{lead(d, place, day, n)} {sentence} The government denies using chemical weapons.",
                     [killed(n)], "with_title", title=title)

    def in_lead(d: Draw) -> Case:
        n = d.int(3, 30)
        place, _ = d.place(exclude=["Khan Shaykhun", "Douma"])
        day, _ = d.day()
        text = d.pick([
            f"Three years after a chemical attack killed more than 80 people in Khan Shaykhun, airstrikes killed "
            f"{d.say(n)} civilians in {place} on {day}, {d.pick(SOURCES)}.",
            f"Airstrikes killed {d.say(n)} civilians in {place} on {day}, near the site of the 2017 chemical attack "
            f"that killed more than 80 people.",
        ])
        return _case(text, [killed(n)], "in_lead")

    return [after_lead, after_lead, with_title, in_lead]


# 10. anaphora -----------------------------------------------------------------------------------


def _anaphora() -> list[Family]:
    actors = [("Syrian-Russian alliance forces", ("SYR_GOV", "RUS")), ("Syrian regime forces", ("SYR_GOV",)),
              ("regime warplanes", ("SYR_GOV",)), ("Russian warplanes", ("RUS",)),
              ("Syrian regime helicopters", ("SYR_GOV",)), ("Russian fighter jets", ("RUS",))]

    def on_date(d: Draw) -> Case:
        when = d.date_2020()
        published = when + dt.timedelta(days=d.int(1, 6))
        place, gov = d.place(town=True, exclude=["Douma"])
        actor, codes = d.pick(actors)
        verb = d.pick(["bombed", "shelled", "struck"])
        n = d.int(2, 30)
        c = d.int(1, n - 1)
        follow = d.pick([
            f"These attacks resulted in the death of {d.say(n)} civilians.",
            f"The bombardment killed {d.say(n)} civilians, including {d.say(c)} {'child' if c == 1 else 'children'}.",
            f"The attack left {d.say(n)} civilians dead.",
            f"{d.say(n, start=True)} civilians were killed as a result.",
            f"SNHR documented the death of {d.say(n)} civilians in the attack.",
        ])
        text = f"On {long_date(when)}, {actor} {verb} {place} {d.pick(GOV_PHRASES[gov])}. {follow}"
        return _case(text, [killed(n), date_is(when), in_admin1(gov), perpetrator(*codes)], "on_date_then_toll",
                     published=published)

    def period(d: Draw) -> Case:
        month = d.int(2, 11)
        d1 = d.int(1, 15)
        d2 = d.int(d1 + 2, d1 + 12)
        start, end = dt.date(2020, month, d1), dt.date(2020, month, d2)
        published = end + dt.timedelta(days=8)
        place, gov = d.place(town=True, exclude=["Douma"])
        m = MONTHS[month - 1]
        n = d.int(4, 60)
        opening = d.pick([f"Between {m} {d1} and {m} {d2}", f"Between {d1} and {d2} {m}", f"From {d1} to {d2} {m}"])
        text = (f"{opening}, regime warplanes struck {place} and nearby villages {d.pick(GOV_PHRASES[gov])}. "
                f"{d.pick(['During this period', 'In that time', 'Over those days'])}, {d.say(n)} civilians were killed.")
        return _case(text, [killed(n), date_is(start, end), in_admin1(gov), perpetrator("SYR_GOV")], "period_then_toll",
                     published=published)

    return [on_date, period]


# 11. dates --------------------------------------------------------------------------------------


def _dates() -> list[Family]:
    def weekday(d: Draw) -> Case:
        published = d.date_2020()
        name = d.pick([w for w in WEEKDAYS if WEEKDAYS.index(w) != published.weekday()])
        day = last_weekday(name, published)
        place, _ = d.place()
        n = d.int(2, 30)
        text = d.pick([f"{d.pick(ATTACK_CLAUSES)} {place} on {name}, killing {d.say(n)} civilians.",
                       f"{d.say(n, start=True)} civilians were killed in airstrikes on {place} on {name}, "
                       f"{d.pick(SOURCES)}."])
        return _case(text, [date_covers(day, published)], "on_weekday", published=published)

    def between(d: Draw) -> Case:
        month = d.int(1, 11)
        d1 = d.int(1, 18)
        d2 = d.int(d1 + 1, d1 + 8)
        start, end = dt.date(2020, month, d1), dt.date(2020, month, d2)
        published = end + dt.timedelta(days=d.int(2, 9))
        place, _ = d.place()
        m = MONTHS[month - 1]
        n = d.int(3, 40)
        span = d.pick([f"between {d1} and {d2} {m}", f"from {d1} to {d2} {m}", f"between {m} {d1} and {m} {d2}"])
        text = d.pick([f"Regime shelling killed {d.say(n)} civilians in {place} {span}, {d.pick(SOURCES)}.",
                       f"{d.say(n, start=True)} civilians were killed in Russian airstrikes on {place} {span}."])
        return _case(text, [date_is(start, end)], "between_days", published=published)

    def scheduled(d: Draw) -> Case:
        published = d.date_2020()
        name = d.pick([w for w in WEEKDAYS if WEEKDAYS.index(w) != published.weekday()])
        day = last_weekday(name, published)
        future = published + dt.timedelta(days=d.int(2, 6))
        m = MONTHS[future.month - 1]
        place, _ = d.place()
        n = d.int(2, 30)
        meeting = d.pick([f"peace talks scheduled for {m} {ordinal(future.day)}",
                          f"a ceasefire meeting scheduled for {m} {ordinal(future.day)}",
                          f"a UN Security Council session planned for {future.day} {m}",
                          f"talks in Geneva due to resume on {m} {future.day}"])
        text = (f"Regime shelling killed {d.say(n)} civilians in {place} on {name}, {d.pick(SOURCES)}, days before "
                f"{meeting}.")
        return _case(text, [date_covers(day, published), date_not(future)], "scheduled_future", published=published)

    def as_reported(d: Draw) -> Case:
        when = d.date_2020()
        published = when + dt.timedelta(days=d.int(1, 10))
        place, _ = d.place()
        n = d.int(2, 30)
        text = d.pick([f"{d.say(n, start=True)} civilians were killed in regime shelling on {place}, as reported on "
                       f"{long_date(when)}.",
                       f"Russian airstrikes on {place} killed {d.say(n)} people, as reported on {long_date(when)} by "
                       f"local activists."])
        return _case(text, [date_is(when)], "as_reported", published=published)

    def acled(d: Draw) -> Case:
        when = d.date_2020()
        published = when + dt.timedelta(days=d.int(3, 20))
        place, gov = d.place(town=True)
        n = d.int(1, 9)
        victims = "a civilian" if n == 1 else f"{n} civilians"
        text = (f"On {long_date(when)}, {d.pick(ACLED_ATTACKS)} {place} ({gov}), killing {victims}. "
                f"{n} {'fatality' if n == 1 else 'fatalities'}.")
        return _case(text, [date_is(when)], "acled", published=published)

    return [weekday, between, scheduled, as_reported, acled]


# 11b. date_beside_the_toll --------------------------------------------------------------------------


def _date_beside_the_toll() -> list[Family]:
    """The toll's sentence has no date; the sentence before (about the attack) or after (opening on it) does."""
    def preamble(d: Draw) -> str:
        # Two sentences first, so that the lead's own date rule (the first two sentences) does not reach.
        return d.pick(["Diplomats met behind closed doors.", "The United Nations called for an inquiry.",
                       "The war is now in its tenth year."]) + " " + d.pick(
            ["Western governments blamed the government.", "Aid groups warned of a new wave of displacement."])

    def when(d: Draw, published: dt.date) -> tuple[str, dt.date]:
        name = d.pick([w for w in WEEKDAYS if WEEKDAYS.index(w) != published.weekday()])
        ago = published - dt.timedelta(days=d.int(1, 5))
        return d.pick([(f"on {name}", last_weekday(name, published)), ("at dawn today", published),
                       ("earlier today", published), (f"on {long_date(ago)}", ago), ("yesterday", published - dt.timedelta(days=1))])

    def back(d: Draw) -> Case:
        published = d.date_2020()
        phrase, day = when(d, published)
        place, _ = d.place()
        n = d.int(2, 60)
        first = d.pick([f"The opposition condemned the massacre committed by regime forces in {place} {phrase}.",
                        f"Regime warplanes carried out a chemical attack on the town of {place} {phrase}.",
                        f"Rescuers were still searching the rubble after the airstrike on {place} {phrase}."])
        second = d.pick([f"Toxic gas was used in the attack, which killed {d.say(n)} civilians, {d.pick(SOURCES)}.",
                         f"{d.say(n, start=True)} people were killed in the strike, {d.pick(SOURCES)}.",
                         f"The death toll from the attack rose to {d.say(n)}, {d.pick(SOURCES)}."])
        return _case(f"{preamble(d)} {first} {second}", [date_is(day)], "day_before_toll", published=published)

    def forward(d: Draw) -> Case:
        published = d.date_2020()
        phrase, day = when(d, published)
        place, _ = d.place()
        n = d.int(2, 60)
        first = d.pick([f"A car bomb hit a convoy of buses carrying evacuees near {place}, killing {d.say(n)} people.",
                        f"Barrel bombs dropped on a market in {place} killed {d.say(n)} civilians, {d.pick(SOURCES)}."])
        second = d.pick([f"The explosion took place at a checkpoint {phrase}.",
                         f"The attack happened {phrase} as people gathered for prayers.",
                         f"The strikes hit the town {phrase}."])
        return _case(f"{preamble(d)} {first} {second}", [date_is(day)], "day_after_toll", published=published)

    def other_clause(d: Draw) -> Case:
        # The day belongs to another clause of the sentence before: never the attack's.
        published = d.date_2020()
        name = d.pick([w for w in WEEKDAYS if WEEKDAYS.index(w) != published.weekday()])
        day = last_weekday(name, published)
        place, _ = d.place()
        n = d.int(2, 60)
        first = (f"{preamble(d)} On {name} investigators presented the results of laboratory tests carried out over several weeks on "
                 f"blood samples taken from survivors and victims of the attack.")
        second = f"The attack on {place} killed {d.say(n)} civilians, {d.pick(SOURCES)}."
        return _case(f"{first} {second}", [date_not(day), killed(n)], "day_of_another_clause", published=published)

    def since(d: Draw) -> Case:
        published = d.date_2020()
        old = published - dt.timedelta(days=d.int(40, 400))
        place, _ = d.place()
        n = d.int(2, 60)
        text = (f"Regime airstrikes on {place} killed {d.say(n)} civilians, {d.pick(SOURCES)}. "
                f"The attack was the deadliest in the province since {long_date(old)}.")
        return _case(text, [date_not(old), killed(n)], "deadliest_since", published=published)

    return [back, forward, other_clause, since]


# 11c. place_of_the_attack ---------------------------------------------------------------------------


def _place_of_the_attack() -> list[Family]:
    """A place named for something else going on (forces heading towards it) or recalled from another time
    is not where the attack was."""
    def two_places(d: Draw) -> tuple[tuple[str, str], tuple[str, str]]:
        here = d.place(town=True)
        there = d.place(town=True)
        while there[1] == here[1]:
            there = d.place(town=True)
        return here, there

    def heading(d: Draw) -> Case:
        (place, gov), (other, other_gov) = two_places(d)
        n = d.int(5, 60)
        day, _ = d.day()
        text = (f"A suicide car bomb killed {d.say(n)} people on {day} as government forces advanced in their push "
                f"towards {d.pick(['the rebel stronghold of ', 'the besieged town of ', ''])}{other}. "
                f"The blast hit buses at a transit point in {place}, {d.pick(SOURCES)}.")
        return _case(text, [killed(n), in_admin1(gov), not_in_admin1(other_gov)], "heading_elsewhere")

    def recalled(d: Draw) -> Case:
        (place, gov), (old, old_gov) = two_places(d)
        n = d.int(20, 90)
        text = (f"Victims of a suspected chemical attack showed symptoms consistent with a nerve agent, the World "
                f"Health Organization said, putting the death toll at at least {d.say(n)}. "
                f"Russia said the rebels had used the same chemical weapons in {old} last year. "
                f"The WHO said its experts were giving guidance to overwhelmed health workers in {place}.")
        return _case(text, [in_admin1(gov), not_in_admin1(old_gov)], "recalled_elsewhere")

    def advance_is_the_attack(d: Draw) -> Case:
        # "killed as IS advanced on a position in Raqa": the advance is the attack; its place is the attack's.
        place, gov = d.place(town=True)
        n = d.int(5, 90)
        text = (f"At least {d.say(n)} soldiers were killed as jihadists advanced on an army position in {place}, "
                f"{d.pick(SOURCES)}.")
        return _case(text, [killed(n), in_admin1(gov)], "advance_on_place")

    def origin(d: Draw) -> Case:
        # "buses carrying residents evacuated from the towns of Fuaa and Kafraya": the victims' origin.
        (place, gov), (other, other_gov) = two_places(d)
        n = d.int(5, 90)
        people = d.pick(["residents evacuated from the besieged towns of", "evacuees from", "families displaced from",
                         "people who had fled from"])
        text = (f"A car bomb hit buses carrying {people} {other}, killing {d.say(n)} people at a transit point in "
                f"{place}, {d.pick(SOURCES)}.")
        return _case(text, [killed(n), in_admin1(gov), not_in_admin1(other_gov)], "victims_origin")

    def displaced_here(d: Draw) -> Case:
        place, gov = d.place(town=True)
        n = d.int(3, 40)
        text = f"Regime shelling killed {d.say(n)} displaced people in a camp in {place}, {d.pick(SOURCES)}."
        return _case(text, [killed(n), in_admin1(gov)], "displaced_in_place")

    def after_clause(d: Draw) -> Case:
        # "After regime forces captured X last month, rebels struck back ... killing 12": the opening clause's time
        # and place are the earlier event's.
        (place, gov), (other, other_gov) = two_places(d)
        n = d.int(3, 40)
        when = d.pick(["last month", "in January", "two weeks ago", "earlier this year"])
        opener = d.pick(["After", "Days after", "Following"])
        event = d.pick([f"regime forces captured {other} {when}", f"the army retook {other} {when}",
                        f"jihadists were expelled from {other} {when}"])
        text = (f"{opener} {event}, {d.pick(['rebels', 'the militants', 'opposition fighters'])} struck back by "
                f"shelling {place}, killing {d.say(n)} civilians, {d.pick(SOURCES)}.")
        return _case(text, [killed(n), in_admin1(gov), not_in_admin1(other_gov), date_recent(PUBLISHED)],
                     "after_clause")

    def run_on_after(d: Draw) -> Case:
        # A scraped headline runs into an "After ..." lead with no full stop and no comma.
        (place, gov), (other, other_gov) = two_places(d)
        n = d.int(3, 40)
        when = d.pick(["last month", "in January", "two weeks ago", "last year"])
        text = (f"{n} dead as rebels shell {place} After the army retook {other} {when} "
                f"{d.pick(['rebels', 'the militants', 'opposition fighters'])} struck back by shelling {place} killing "
                f"{d.say(n)} civilians. The shells fell on a market on {d.pick(WEEKDAYS[:5])}, {d.pick(SOURCES)}.")
        return _case(text, [killed(n), incidents(1), in_admin1(gov), not_in_admin1(other_gov), date_recent(PUBLISHED)],
                     "run_on_after")

    def quarter_of_city(d: Draw) -> Case:
        # "a Homs district ... the Saraqib district": a quarter the gazetteer lacks is not a town of that name
        # in another governorate.
        city, city_gov = d.pick([("Homs", "Homs"), ("Damascus", "Damascus"), ("Latakia", "Latakia"),
                                 ("Hama", "Hama"), ("Aleppo", "Aleppo")])
        quarter, quarter_gov = d.place(town=True)
        while quarter_gov == city_gov:
            quarter, quarter_gov = d.place(town=True)
        n = d.int(3, 40)
        day, _ = d.day()
        text = (f"A car bomb killed {d.say(n)} people in a {city} {d.pick(['district', 'neighbourhood'])} on {day}, "
                f"{d.pick(SOURCES)}. The bomb went off near a bakery in the {quarter} "
                f"{d.pick(['district', 'neighbourhood', 'quarter'])}, which is home to many displaced families.")
        return _case(text, [killed(n), in_admin1(city_gov), not_in_admin1(quarter_gov)], "quarter_of_city")

    return [heading, recalled, advance_is_the_attack, origin, displaced_here, after_clause, run_on_after,
            quarter_of_city]


# 12. actors_modifiers_and_compounds -------------------------------------------------------------


def _actors() -> list[Family]:
    def simple(name: str, template: str, *codes: str, extra: Sequence[Check] = ()) -> Family:
        def fam(d: Draw) -> Case:
            place, _ = d.place()
            day, _ = d.day()
            n = d.int(2, 30)
            text = template.format(place=place, day=day, n=d.say(n), N=d.say(n, start=True), src=d.pick(SOURCES))
            return _case(text, [perpetrator(*codes), *extra], name)
        return fam

    return [
        simple("syrian_air_strikes", "Syrian air strikes killed {n} civilians in {place} on {day}, {src}.", "SYR_GOV"),
        simple("government_airstrikes", "Government airstrikes on {place} killed {n} people on {day}, {src}.", "SYR_GOV"),
        simple("regime_warplanes", "Regime warplanes struck {place} on {day}, killing {n} civilians.", "SYR_GOV"),
        simple("rebel_assault", "A rebel assault on government positions near {place} killed {n} soldiers on {day}.",
               "OPPOSITION", extra=[not_perpetrator("SYR_GOV")]),
        simple("russian_jets", "Russian jets pounded {place} on {day}, killing {n} civilians.", "RUS"),
        simple("blamed_russian", "{N} people were killed in airstrikes on {place} on {day}. Activists blamed Russian "
               "warplanes for the attack.", "RUS"),
        simple("syrian_russian_alliance", "Syrian-Russian alliance forces shelled {place} on {day}, killing {n} civilians.",
               "SYR_GOV", "RUS", extra=[allied("SYR_GOV", "RUS")]),
        simple("with_support_from_russia", "Regime forces, with military support from Russia, bombarded {place} on {day}, "
               "killing {n} civilians.", "SYR_GOV",
               extra=[Check("RUS absent or supporter", lambda r: _roles(r, "RUS") <= {"supporter"})]),
        simple("iranian_militias", "Iranian militias shelled {place} on {day}, killing {n} civilians.", "IRN"),
        simple("is_claimed", "A car bomb exploded in {place} on {day}, killing {n} people. IS claimed responsibility for "
               "the bombing.", "ISIS"),
        simple("islamic_state_claimed", "A suicide bomber killed {n} people at a checkpoint in {place} on {day}. The "
               "Islamic State group claimed responsibility for the attack.", "ISIS"),
        simple("russian_air_strikes", "Russian air strikes on {place} killed {n} civilians on {day}, {src}.", "RUS"),
    ]


# 13. victims_not_perpetrators -------------------------------------------------------------------

IDLIB_TOWNS = [p for p in PLACES if p[1] == "Idlib" and p[0] != "Idlib"]
EAST_TOWNS = [("Mayadin", "Deir ez-Zor"), ("Albu Kamal", "Deir ez-Zor"), ("Hajin", "Deir ez-Zor"), ("Raqqa", "Raqqa"),
              ("Tabqa", "Raqqa")]
DESERT_TOWNS = [("Palmyra", "Homs"), ("Sukhnah", "Homs"), ("Deir ez-Zor", "Deir ez-Zor")]
SDF_TOWNS = [("Ain Issa", "Raqqa"), ("Tal Tamr", "Hasakah"), ("Manbij", "Aleppo"), ("Tal Rifaat", "Aleppo")]
SOUTH_TOWNS = [("Quneitra", "Quneitra"), ("Kisweh", "Rural Damascus"), ("Damascus", "Damascus")]


def _victims_not_perpetrators() -> list[Family]:
    def fam(template: str, victim: str, perp: str | None, places: Sequence[tuple[str, str]] | None = None) -> Family:
        def build(d: Draw) -> Case:
            place = d.pick(places)[0] if places else d.place()[0]
            day, _ = d.day()
            n = d.int(2, 30)
            text = template.format(place=place, day=day, n=d.say(n), N=d.say(n, start=True))
            checks = [not_perpetrator(victim)] + ([perpetrator(perp)] if perp else [])
            return _case(text, checks, f"{victim}_killed" + (f"_by_{perp}" if perp else ""))
        return build

    return [
        fam("Airstrikes killed {n} members of the Nusra Front in {place} on {day}.", "HTS", None, IDLIB_TOWNS),
        fam("Russian airstrikes killed {n} HTS fighters near {place} on {day}, the Russian defence ministry said.",
            "HTS", "RUS", IDLIB_TOWNS),
        fam("Coalition airstrikes killed {n} IS fighters near {place} on {day}.", "ISIS", "COALITION", EAST_TOWNS),
        fam("Regime shelling killed {n} IS fighters in the desert near {place} on {day}.", "ISIS", "SYR_GOV", DESERT_TOWNS),
        fam("{N} Syrian soldiers were killed when a roadside bomb hit their bus near {place} on {day}.", "SYR_GOV", None),
        fam("Rebels killed {n} Syrian soldiers in an attack on an army checkpoint near {place} on {day}.", "SYR_GOV",
            "OPPOSITION"),
        fam("Turkish shelling killed {n} SDF fighters near {place} on {day}.", "SDF", "TUR", SDF_TOWNS),
        fam("Turkish drones killed {n} YPG fighters in {place} on {day}, the SDF said.", "SDF", "TUR", SDF_TOWNS),
        fam("Israeli strikes killed {n} Hezbollah fighters near {place} on {day}.", "HEZBOLLAH", "ISR", SOUTH_TOWNS),
        fam("{N} members of the Free Syrian Army were killed in Russian airstrikes on {place} on {day}.", "OPPOSITION",
            "RUS"),
    ]


# 14. weapon_family ------------------------------------------------------------------------------


def _weapon_family() -> list[Family]:
    def fam(template: str, code: str) -> Family:
        def build(d: Draw) -> Case:
            place, _ = d.place()
            day, _ = d.day()
            n = d.int(2, 30)
            text = template.format(place=place, day=day, n=d.say(n), N=d.say(n, start=True))
            return _case(text, [weapon(code)], f"generic_{code}")
        return build

    def no_transfer(d: Draw) -> Case:
        place, _ = d.place(exclude=["Douma"])
        day, _ = d.day()
        n = d.int(2, 9)
        lead = d.pick([f"Gunmen shot dead {d.say(n)} men in {place} on {day}.",
                       f"Unidentified gunmen shot dead {d.say(n)} men at a checkpoint near {place} on {day}.",
                       f"A roadside bomb killed {d.say(n)} soldiers near {place} on {day}."])
        background, code = d.pick([("In 2013, a chemical attack killed 1,400 people in Ghouta.", "chemical"),
                                   ("The town was hit by barrel bombs in 2016.", "barrel_bomb"),
                                   ("In 2017, a sarin attack on Khan Shaykhun killed more than 80 people.", "chemical"),
                                   ("In April 2018, a chlorine attack killed dozens in Douma.", "chemical")])
        return _case(f"{lead} {background}", [no_weapon(code)], "no_transfer")

    def acled(d: Draw) -> Case:
        day = d.recent_date()
        place, gov = d.place(town=True)
        n = d.int(2, 9)
        return _case(f"On {long_date(day)}, regime warplanes carried out raids on {place} ({gov}), killing {n} civilians. "
                     f"{n} fatalities.", [weapon("airstrike")], "acled_raids")

    return [
        fam("Warplanes carried out raids on {place} on {day}, killing {n} civilians.", "airstrike"),
        fam("Regime warplanes carried out several raids on {place} on {day}, killing {n} civilians.", "airstrike"),
        fam("Air raids on {place} on {day} killed {n} people.", "airstrike"),
        fam("Russian jets carried out strikes on {place} on {day}, killing {n} civilians.", "airstrike"),
        fam("An artillery bombardment of {place} on {day} killed {n} civilians.", "artillery"),
        fam("Government forces subjected {place} to heavy artillery bombardment on {day}, killing {n} people.",
            "artillery"),
        fam("Regime forces shelled {place} with mortars on {day}, killing {n} civilians.", "artillery"),
        fam("Regime helicopters bombarded {place} with barrel bombs on {day}, killing {n} civilians.", "barrel_bomb"),
        no_transfer, no_transfer, acled,
    ]


# --------------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------------

SPECS: dict[str, tuple[Callable[[], list[Family]], float, str]] = {
    "single_victim": (_single_victim, 0.15, "a single victim with an article or role noun is 1; pairs are 2"),
    "death_without_attack_verb": (_death_without_attack_verb, 0.15, "bodies found, torture, executions, gassed"),
    "listed_groups_summed": (_listed_groups_summed, 0.15, "listed groups add up; a headline subgroup is not the total"),
    "killed_injured_apart": (_killed_injured_apart, 0.15, "a killed-and-injured figure is neither"),
    "ranges_bounds": (_ranges_bounds, 0.15, "between/at least/more than/nearly/up to/dozens/scores/some"),
    "refined_and_updated": (_refined_and_updated, 0.15, "a later, precise or updated figure replaces the first"),
    "never_casualties": (_never_casualties, 0.15, "photo credits, counters, buildings, populations"),
    "one_attack_one_mention": (_one_attack_one_mention, 0.15, "an attack told twice is one incident"),
    "round_up_total": (_round_up_total, 0.15, "a headline total of separate tolls is not another incident"),
    "background_reference": (_background_reference, 0.15, "a recalled old attack is never the primary"),
    "anaphora": (_anaphora, 0.2, "'these attacks', 'during this period' tie the toll to the dated attack"),
    "dates": (_dates, 0.2, "relative days, ranges, future meetings, 'as reported on'"),
    "date_beside_the_toll": (_date_beside_the_toll, 0.15, "the toll's day told in the sentence before or after"),
    "place_of_the_attack": (_place_of_the_attack, 0.15, "a place headed for or recalled from another time is not the attack's"),
    "actors_modifiers_and_compounds": (_actors, 0.15, "'Syrian air strikes', 'Syrian-Russian', 'IS claimed'"),
    "victims_not_perpetrators": (_victims_not_perpetrators, 0.15, "the killed group is not who killed"),
    "weapon_family": (_weapon_family, 0.2, "generic strikes/raids/bombardment; no weapon from another event"),
}
NAMES = list(SPECS)


def build(name: str, size: int = FAST_SIZE) -> Phenomenon:
    """The phenomenon's ``size`` cases: its template families in turn, fillers from a seeded generator."""
    families_of, max_rate, description = SPECS[name]
    families = families_of()
    draw = Draw(random.Random(f"{name}/{size}"))
    cases: list[Case] = []
    seen: set[tuple[str | None, str, str | None]] = set()
    i = 0
    while len(cases) < size and i < size * 30:
        case = families[i % len(families)](draw)
        i += 1
        key = (case.title, case.text, case.published)
        if key not in seen:
            seen.add(key)
            cases.append(case)
    return Phenomenon(name, cases, max_rate, description)


def build_all(size: int = FAST_SIZE, only: Sequence[str] | None = None) -> list[Phenomenon]:
    return [build(name, size) for name in NAMES if not only or name in only]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.extract.checklist", description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", action="store_true", help=f"{LARGE_SIZE} cases per phenomenon instead of {FAST_SIZE}")
    parser.add_argument("--size", type=int, help="cases per phenomenon")
    parser.add_argument("--only", action="append", choices=NAMES, help="only this phenomenon (repeatable)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N failing cases per phenomenon")
    args = parser.parse_args(argv)

    from harmledger.extract import Extractor

    size = args.size or (LARGE_SIZE if args.large else FAST_SIZE)
    extractor = Extractor()
    results = [run(ph, extractor, n_examples=args.show) for ph in build_all(size, args.only)]
    if args.show:
        for r in results:
            if r.examples:
                print(f"== {r.name} ({len(r.failures)}/{r.cases})")
                for f in r.examples:
                    print(f.render())
                print()
    print(format_table(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
