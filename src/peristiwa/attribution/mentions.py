"""The body mentions of an article's entities, by position: where quotes and source chains look for speakers.

Built once per article by the attribution stage and shared by its parts (direct quotes, indirect speech,
source chains); each part builds its own when called alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from peristiwa.model import Entity

ACTOR_TYPES = ("PERSON", "ORG", "COUNTRY", "LOCATION")

Located = tuple[int, int, Entity]  # (start, end, entity) of one mention


_first = itemgetter(0)  # by start alone, mentions of one start keeping their order (a C function, no lambda)


class MentionIndex:
    def __init__(self, entities: list[Entity]):
        items = sorted([(m.start, m.end, e) for e in entities for m in e.mentions if m.field == "text"],
                       key=_first)
        self.starts = [x[0] for x in items]
        self.items = items

    def at(self, pos: int, slack: int = 2) -> Located | None:
        """The mention starting at ``pos`` (give or take a quotation mark or space)."""
        k = bisect_left(self.starts, pos)
        if k < len(self.items) and self.items[k][0] - pos <= slack:
            return self.items[k]
        return None

    def within(self, a: int, b: int) -> list[Located]:
        """The mentions in ``[a, b]``, in order."""
        lo = bisect_left(self.starts, a)
        hi = bisect_right(self.starts, b)
        return [x for x in self.items[lo:hi] if x[1] <= b]

    def first_in(self, a: int, b: int, types: tuple[str, ...]) -> Located | None:
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        for k in range(lo, hi):
            if self.items[k][2].type in types and self.items[k][1] <= b:
                return self.items[k]
        return None

    def last_before(self, pos: int, types: tuple[str, ...] = ("PERSON",)) -> Entity | None:
        found = self.last_located_before(pos, types)
        return found[2] if found else None

    def last_located_before(self, pos: int, types: tuple[str, ...] = ("PERSON",)) -> Located | None:
        hi = bisect_left(self.starts, pos)
        for k in range(hi - 1, -1, -1):
            if self.items[k][2].type in types:
                return self.items[k]
        return None

    def speaker_in(self, a: int, b: int) -> Located | None:
        """The subject of a speech verb in ``[a, b)``: the first person named there ("Menteri Luar Negeri Rusia
        Sergei Lavrov mengatakan" is Lavrov), else the first organisation, country or place."""
        return self.first_in(a, b, ("PERSON",)) or self.first_in(a, b, ACTOR_TYPES)
