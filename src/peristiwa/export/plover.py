"""Events in PLOVER's own JSON layout.

Field names follow the PLOVER specification's event records (the layout of its
gold-standard records): ``id``, ``date``, ``source`` and ``target`` as lists
of ``{actorText, code, sector}``, ``event``, ``mode``, ``context``,
``eventText``, ``text``, ``textInfo`` (the sentence with the source, target
and event marked), ``language``, ``publication``, ``coder``, ``version``,
``dateCoded``. peristiwa's own provenance (modality, source chain, CAMEO code,
Goldstein value, the lexicon rule, the explanation) goes under ``peristiwa``,
an extension field, so a PLOVER consumer can ignore it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from peristiwa import __version__

PLOVER_VERSION = "0.8"


def _actor(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not actor:
        return []
    out = {"actorText": actor.get("name"), "code": actor.get("code")}
    if actor.get("sector"):
        out["sector"] = actor["sector"]
    return [out]


def _markup(text: str, event: dict[str, Any], sentence_start: int) -> str:
    """The sentence with "(EVT: …)" around the trigger and "(SRC: …)"/"(TAR: …)" after it, PLOVER style."""
    trigger = event.get("trigger") or {}
    if not trigger:
        return text
    a, b = trigger["start"] - sentence_start, trigger["end"] - sentence_start
    if not (0 <= a <= b <= len(text)):
        return text
    marked = f"{text[:a]}(EVT: {text[a:b]}){text[b:]}"
    parts = []
    if event.get("source"):
        parts.append(f"SRC: {event['source'].get('name')}")
    if event.get("target"):
        parts.append(f"TAR: {event['target'].get('name')}")
    return marked + (" [" + "; ".join(parts) + "]" if parts else "")


def plover_events(record: dict[str, Any], coded_on: date | None = None) -> list[dict[str, Any]]:
    """PLOVER records for every event of one article record (``Article.to_dict()``)."""
    body = record.get("text") or ""
    out = []
    for n, event in enumerate(record.get("events") or [], 1):
        sentence = body[event["start"] : event["end"]]
        out.append({
            "id": f"{record.get('id')}-E{n:03d}",
            "date": event.get("date") or record.get("published_date"),
            "source": _actor(event.get("source")),
            "target": _actor(event.get("target")),
            "event": event.get("type"),
            "mode": event.get("mode") or "",
            "context": "",
            "eventText": (event.get("trigger") or {}).get("text", ""),
            "text": sentence,
            "textInfo": {"markup": _markup(sentence, event, event["start"])},
            "language": record.get("language") or "id",
            "publication": record.get("outlet") or "",
            "url": record.get("url"),
            "coder": f"peristiwa {__version__}",
            "version": PLOVER_VERSION,
            "dateCoded": (coded_on or date.today()).isoformat(),
            "peristiwa": {
                "article_id": record.get("id"),
                "cameo": event.get("cameo"),
                "goldstein": event.get("goldstein"),
                "quad": event.get("quad"),
                "modality": event.get("modality"),
                "negated": event.get("negated"),
                "conditional": event.get("conditional"),
                "source_chain": event.get("source_chain"),
                "place": event.get("place"),
                "quantity": event.get("quantity"),
                "rule": event.get("rule"),
                "confidence": event.get("confidence"),
                "explanation": event.get("explanation"),
                "mentions": len(event.get("mentions") or []) + 1,
            },
        })
    return out
