"""Whether an Arabic toll is a total over many attacks rather than one attack's (``arabic_casualties``).

A clause is a total's when it has an aggregate cue or a "since" date, names a period "alone", or names the whole
country over a week or longer or over the last hours or days ("وخلال الـ48 ساعة الماضية، قُتل 56 مدنياً في
سوريا"); the clauses before a figure, back to the last with a figure, may name the period for it.
"""

from __future__ import annotations

from ..doc import DateHit
from .arabic_casualty_terms import Terms

_MANY = 100  # a count over a week or longer this large, with no attack named, is a total (as in English)


class Totals:
    def __init__(self, key: str, t: Terms) -> None:
        self.key, self.t = key, t
        self.periods: list[int] = []  # where the dates of a week or longer start (key offsets)
        self.figures: list[int] = []  # where the figures that are no dates start

    def aggregate(self, clauses: list[int], at: int, since: list[tuple[int, DateHit]], value: int = 0) -> bool:
        """A total when its clause has an aggregate cue or a "since" date ("..., فيما بلغ عدد الضحايا منذ مطلع العام 210"),
        or when the clauses before it, back to the last with a figure, do: "وخلال شهر شباط، وثّقت الشبكة مقتل 812"
        names the period in a clause of its own (not when the figure's clause names one attack)."""
        i = max(j for j, c in enumerate(clauses[:-1]) if c <= at) if clauses[0] <= at else 0
        s, e = clauses[i], clauses[min(i + 1, len(clauses) - 1)]
        if self.clause_total(s, e, since, value):
            return True
        if self.t.single_event.search(self.key, s, e):
            return False
        # "وخلال الـ48 ساعة الماضية، قُتل 56 مدنياً في سوريا": the whole country here, its period in a clause before.
        country = self.t.nationwide.search(self.key, s, e) is not None
        while i > 0:
            i -= 1
            s, e = clauses[i], clauses[i + 1]
            windows = [(m.start(), m.end()) for m in self.t.recent_window.finditer(self.key, s, e)]
            if any(s <= f < e and not any(a <= f < b for a, b in windows) for f in self.figures):
                return False  # a figure of its own ends the search (not the hours of "في الساعات الـ24 الأخيرة")
            if self.clause_total(s, e, since, value) or (country and self.window(s, e)):
                return True
        return False

    def window(self, s: int, e: int) -> bool:
        """A date of a week or longer, or a window of the last hours or days, in ``key[s:e]``."""
        return any(s <= d < e for d in self.periods) or self.t.recent_window.search(self.key, s, e) is not None

    def clause_total(self, s: int, e: int, since: list[tuple[int, DateHit]], value: int) -> bool:
        if any(s <= d < e for d, _ in since) or self.t.alone.search(self.key, s, e):
            return True
        if self.window(s, e) and self.t.nationwide.search(self.key, s, e) and not self.t.single_event.search(self.key, s, e):
            return True  # "مقتل 1078 مدنياً في سوريا في شباط": the whole country over a month is a total
        if value >= _MANY and (any(s <= d < e for d in self.periods) or self.t.nationwide.search(self.key, s, e)) \
                and not self.t.single_event.search(self.key, s, e):
            # "ووثّقت الشبكة مقتل 2546 مدنياً في شهر شباط", "وبلغ عدد من قُتلوا بالألغام في سوريا 599": hundreds over
            # a month or in the whole country, no one attack named
            return True
        cues = {m.group().lstrip("و") for m in self.t.aggregate.finditer(self.key, s, e)}
        if cues and cues <= self.t.so_far and self.t.update.search(self.key, s, e) \
                and self.t.single_event.search(self.key, s, e):
            return False  # "ارتفعت حصيلة ضحايا المجزرة ... إلى 25 حتى الآن": one attack's toll so far
        if cues and cues <= self.t.sum_only:
            return False  # "قُتل في المجمل 12 مدنياً في الغارات على X": the sum of the strikes named, no period
        return bool(cues)
