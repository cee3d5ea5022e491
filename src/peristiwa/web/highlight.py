"""The article body cut into segments for the article view, every annotation highlighted in place.

Annotations overlap: an amount inside a quote, a date inside an event's evidence sentence, an entity
inside a quote inside that sentence. The text is split at every span boundary, so each segment is
covered by a fixed set of spans; a segment carries the classes of all of them (merged, innermost last)
and a label for each, so nested spans stay visible. Segments are plain data: the template escapes
their text, so no byte of the article ever reaches the page as markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

# Span kinds, outermost first: where two spans of different kinds cover the same text, the later kind's
# style is drawn on top.
KINDS = ("event", "quote", "date", "amount", "entity", "speaker", "trigger")


@dataclass(frozen=True, slots=True)
class Annotation:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str  # what a reader sees on hover
    ref: str = ""  # anchor of the annotation's entry beside the text ("event-3", "quote-1")


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def classes(self) -> str:
        kinds = sorted({a.kind for a in self.annotations}, key=KINDS.index)
        return " ".join(f"hl-{k}" for k in kinds)

    @property
    def title(self) -> str:
        return "\n".join(dict.fromkeys(a.label for a in self.annotations))

    @property
    def refs(self) -> str:
        return " ".join(dict.fromkeys(a.ref for a in self.annotations if a.ref))


def segments(text: str, annotations: list[Annotation]) -> list[Segment]:
    """``text`` split at every boundary of ``annotations`` (clipped to the text; empty spans dropped); each
    segment lists the annotations covering it, widest first. Joined, the segments' texts are ``text``."""
    spans = [a for a in annotations if 0 <= a.start < a.end and a.start < len(text)]
    cuts = {0, len(text)}
    for a in spans:
        cuts.add(a.start)
        cuts.add(min(a.end, len(text)))
    bounds = sorted(cuts)
    # Sweep: spans sorted by start enter; a segment keeps those still open.
    spans.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[Segment] = []
    i = 0
    open_spans: list[Annotation] = []
    for lo, hi in itertools.pairwise(bounds):
        while i < len(spans) and spans[i].start <= lo:
            open_spans.append(spans[i])
            i += 1
        open_spans = [a for a in open_spans if a.end > lo]
        covering = sorted(open_spans, key=lambda a: (-(a.end - a.start), KINDS.index(a.kind)))
        out.append(Segment(text[lo:hi], lo, covering))
    return out


def _actor(side: dict[str, Any] | None) -> str:
    if not side:
        return "—"
    return f"{side.get('name') or '?'}" + (f" ({side['code']})" if side.get("code") else "")


def annotations_of(record: dict[str, Any]) -> list[Annotation]:
    """Every highlighted span of an article record (``Article.to_dict()``): entity mentions in the body,
    quotes and their speakers' mentions, amounts, dates, and each event's evidence sentence and trigger."""
    out: list[Annotation] = []
    speakers: dict[str, int] = {}
    for n, q in enumerate(record.get("quotes") or [], 1):
        who = q.get("speaker") or q.get("speaker_description") or "no speaker named"
        out.append(Annotation(q["start"], q["end"], "quote", f"quote {n} ({q.get('kind')}): {who}", f"quote-{n}"))
        if q.get("speaker_id"):
            speakers.setdefault(q["speaker_id"], n)
    for e in record.get("entities") or []:
        label = f"{e['name']} ({e['type']}" + (f", {e['code']}" if e.get("code") else "") + ")"
        kind = "speaker" if e.get("id") in speakers else "entity"
        if kind == "speaker":
            label += f", speaker of quote {speakers[e['id']]}"
        for m in e.get("mentions") or []:
            if m.get("field", "text") == "text":
                out.append(Annotation(m["start"], m["end"], kind, label, f"entity-{e['id']}"))
    for n, a in enumerate(record.get("amounts") or [], 1):
        value = f"{a.get('value'):,.10g}" if isinstance(a.get("value"), int | float) else str(a.get("value"))
        label = f"amount: {value}" + (f" {a['unit']}" if a.get("unit") else "") + (
            f" {a['object']}" if a.get("object") else "") + f" ({a.get('qualifier', 'exact')})"
        out.append(Annotation(a["start"], a["end"], "amount", label, f"amount-{n}"))
        for m in a.get("repeats") or []:
            out.append(Annotation(m["start"], m["end"], "amount", label + " (again)", f"amount-{n}"))
    for n, d in enumerate(record.get("dates") or [], 1):
        label = f"date: {d.get('value') or 'unresolved'}" + (f" – {d['until']}" if d.get("until") else "")
        out.append(Annotation(d["start"], d["end"], "date", label, f"date-{n}"))
    for n, e in enumerate(record.get("events") or [], 1):
        label = (f"event {n}: {e.get('type')}" + (f"/{e['mode']}" if e.get("mode") else "")
                 + f" {_actor(e.get('source'))} → {_actor(e.get('target'))} [{e.get('modality')}]")
        out.append(Annotation(e["start"], e["end"], "event", label, f"event-{n}"))
        trigger = e.get("trigger")
        if trigger:
            out.append(Annotation(trigger["start"], trigger["end"], "trigger", f"trigger of event {n}: "
                                  f"{trigger.get('text', '')}", f"event-{n}"))
        for m in e.get("mentions") or []:
            out.append(Annotation(m["start"], m["end"], "event", label + " (told again)", f"event-{n}"))
    return out


def article_segments(record: dict[str, Any]) -> list[Segment]:
    return segments(record.get("text") or "", annotations_of(record))
