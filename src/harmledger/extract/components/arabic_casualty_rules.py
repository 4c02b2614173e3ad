"""Parts of an Arabic toll told after it, read once the toll is known (``arabic_casualties``).

Releases often finish a toll after its place or date: "قُتل 11 شخصاً في تالين، جميعهم مدنيون" (all of them
civilians), "قُتل 10 مدنيين في X، نصفهم من الأطفال" (half of them children), "قُتل 7 أطفال في X، إضافة إلى 4
نساء" (a further group of the same toll), "قُتل طفلان وسيدة" / "3 أطفال ووالدتهم" (a victim of one after a
counted group). The word lists are ``data/ar/casualties.json``'s (``all_of_them``, ``subgroup_fractions``,
``in_addition``, ``singular_victims``).
"""

from __future__ import annotations

import re

from ..doc import CasualtyFrame, NumberHit
from .arabic_casualty_terms import Terms, noun_after
from .arabic_numbers import tables, words_value

_SUB_ATTR = {"child": "children", "woman": "women", "civilian": "civilians"}
_REACH = 60  # key characters after a toll's noun in which its parts are looked for


def add_sub(frame: CasualtyFrame, kind: str, value: int) -> None:
    attr = _SUB_ATTR[kind]
    setattr(frame, attr, (getattr(frame, attr) or 0) + value)


def _clean_gap(key: str, t: Terms, start: int, end: int) -> bool:
    """No other figure or casualty word between a toll and what is read as its part."""
    gap = key[start:end]
    return not re.search(r"\d", gap) and not any(p.search(gap) for _, p in t.cues)


def shares_after(frame: CasualtyFrame, key: str, t: Terms, ke: int, counted: list[tuple[int, int]]) -> None:
    """"جميعهم مدنيون": civilians = the toll; "أحدهم طفل": a sub-group of one; "نصفهم من الأطفال": a sub-group of
    toll / 2 (when it divides)."""
    n = frame.number
    if n.vague or n.low is None or n.low != n.high:
        return
    _, start = noun_after(key, n.end, t)
    limit = min(ke, start + _REACH)
    m = t.all_civilians.search(key, start, limit)
    if m is not None and frame.civilians is None and _clean_gap(key, t, start, m.start()):
        frame.civilians = n.low
    m = t.one_of_them.search(key, start, limit)
    if m is not None and _clean_gap(key, t, start, m.start()) and not any(a <= m.start("n") < b for a, b in counted):
        if (kind := t.nouns.get(m.group("n"))) in ("child", "woman") and getattr(frame, _SUB_ATTR[kind]) is None:
            add_sub(frame, kind, 1)
            counted.append((m.start("n"), m.end("n")))
    m = t.fraction.search(key, start, limit)
    if m is None or not _clean_gap(key, t, start, m.start()) or any(a <= m.start() < b for a, b in counted):
        return
    noun = m.group("n")
    kind = t.nouns.get(noun) or t.nouns.get(noun[2:] if noun.startswith("ال") else noun)
    share = t.fractions[m.group("f")]
    if kind in ("child", "woman") and n.low % share == 0 and getattr(frame, _SUB_ATTR[kind]) is None:
        add_sub(frame, kind, n.low // share)


def ones_after(key: str, t: Terms, end: int) -> list[tuple[int, int, str | None]]:
    """Victims of one joined by "و" right after a counted group ("طفلان وسيدة"): (start, end, kind) each."""
    out = []
    while (one := t.and_singular.match(key, end)) is not None:
        out.append((one.start("n"), one.end("n"), t.nouns.get(one.group("n"))))
        end = one.end()
    return out


def adds_to_toll(key: str, t: Terms, listed_end: int, at: int) -> bool:
    """"قتل 7 أطفال في X، إضافة إلى 4 نساء": the count at ``at`` is a further group of the toll ending at ``listed_end``."""
    m = t.in_addition.search(key, listed_end, at)
    return m is not None and _clean_gap(key, t, listed_end, m.start())


_BRACKETED = re.compile(r"(?<!\w)و?(?:ال)?(?P<n>[^\W\d_]+)\s*\(\s*$")


def bracketed_group(key: str, t: Terms, gap_start: int, start: int, end: int) -> str | None:
    """"بينهم أطفال (5) ونساء (3)": the group of a figure in brackets right after its noun, after a part cue."""
    m = _BRACKETED.search(key, max(gap_start, start - 25), start)
    if m is None or not key[end : end + 3].lstrip().startswith(")") or not t.sub_cue.search(key, gap_start, m.start()):
        return None
    kind = t.nouns.get(m.group("n"))
    return kind if kind in ("child", "woman", "civilian") else None


def out_of_toll(key: str, t: Terms, part_end: int, at: int) -> bool:
    """"كان 8 أطفال من بين 13 مدنياً": "out of" right after the part ending at ``part_end``, before the toll at ``at``."""
    m = t.out_of.search(key, part_end, at)
    return m is not None and not key[part_end : m.start()].strip()


def becomes_toll(frame: CasualtyFrame, n: NumberHit, kind: str | None, part_kind: str | None) -> None:
    """The toll is ``n``; the figure ``frame`` held is its sub-group of ``part_kind``."""
    part = frame.number
    frame.number = n
    frame.evidence[0] = (n.start, n.end)
    if part_kind in _SUB_ATTR and getattr(frame, _SUB_ATTR[part_kind]) is None:
        add_sub(frame, part_kind, part.value)
    if kind == "civilian":
        add_sub(frame, kind, n.value)


def ceiling_after_floor(frame: CasualtyFrame | None, n: NumberHit, key: str) -> bool:
    """"قُتل 14 مدنياً على الأقل، وربما يصل العدد إلى 17": a bare ceiling after a toll told as a floor is that
    toll's upper bound, not a second toll. ``n`` has no low bound only when a reach cue or a ceiling hedge reads
    it (arabic_numbers). A toll told exactly is a floor too when the toll is then said to be able to reach more
    ("تأكد مقتل 6 مدنيين، وقد تصل الحصيلة إلى 13": 6 confirmed, up to 13)."""
    if frame is None or frame.number is None or n.low is not None or n.high is None or n.vague:
        return False
    floor = frame.number
    if floor.low is None or n.high <= floor.low or re.search(r"\d", key[floor.end : n.start]):
        return False
    if floor.high is not None and (floor.high != floor.low or not tables().reach.search(key, floor.end, n.start)):
        return False
    frame.number = NumberHit(floor.start, floor.end, floor.low, n.high, floor.value, floor.vague)
    return True


def kin_after(key: str, t: Terms, end: int) -> tuple[list[str], int, int]:
    """"رجل وزوجته وأطفالهما الستة": the family named after a victim of one ending at ``end``: the kinds of the kin
    counted one each, the number of children after them, and where the family ends (key offsets)."""
    kinds: list[str] = []
    while (one := t.kin_one.match(key, end)) is not None:
        kinds.append(t.kin[one.group("n")])
        end = one.end()
    children = 0
    if (group := t.kin_children.match(key, end)) is not None:
        count = group.group("count")
        value = int(count) if count.isdigit() else words_value(count, tables())
        if value:
            children, end = value, group.end()
    return kinds, children, end


def young_kin_pair(key: str, t: Terms, end: int) -> int:
    """"بينهم طفل وشقيقتاه الصغيرتان": the two children named by a dual kin word right after a victim ending at
    ``end`` (a word of youth after it, or a kin word that is a child itself); 0 when there are none."""
    m = t.kin_pair.match(key, end)
    return 2 if m is not None and (m.group("young") or m.group("n").startswith("طفل")) else 0
