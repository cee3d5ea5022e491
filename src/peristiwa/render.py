"""Terminal rendering for ``peristiwa show`` and ``peristiwa demo`` (rich).

The article body is printed with every annotation highlighted in place.
Annotations may overlap (an amount inside a quote, a date inside an event's
evidence); each character takes the style of the innermost (shortest) span
covering it, so nested spans stay visible.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from peristiwa.model import Article

STYLES = {
    "amount": "bold black on yellow",
    "date": "bold black on cyan",
    "entity": "bold black on green",
    "quote": "italic magenta",
}


def _spans(article: Article) -> list[tuple[int, int, str]]:
    spans = [(a.start, a.end, "amount") for a in article.amounts]
    spans += [(m.start, m.end, "amount") for a in article.amounts for m in a.repeats]
    spans += [(d.start, d.end, "date") for d in article.dates]
    spans += [(m.start, m.end, "entity") for e in article.entities for m in e.mentions]
    spans += [(q.start, q.end, "quote") for q in article.quotes]
    return spans


def highlighted_body(article: Article) -> Text:
    text = Text(article.text)
    # Longest first, so that shorter (inner) spans are applied last and win.
    for start, end, kind in sorted(_spans(article), key=lambda s: s[0] - s[1]):
        text.stylize(STYLES[kind], start, end)
    return text


def render_article(article: Article, console: Console | None = None) -> None:
    console = console or Console()
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    for label, value in (
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("url", article.url),
        ("published", article.published),
        ("dateline", article.dateline and f"{article.dateline.place or ''} ({article.dateline.outlet or ''})"),
        ("authors", ", ".join(article.authors)),
        ("editors", ", ".join(article.editors)),
        ("language", article.language and f"{article.language} ({article.language_confidence})"),
        ("related", "; ".join(r.title for r in article.related)),
        ("removed", ", ".join(f"{k} ×{n}" for k, n in Counter(b.kind for b in article.boilerplate).items())),
    ):
        if value:
            meta.add_row(label, str(value))
    console.print(Panel(meta, title=article.title or article.id, expand=True))
    console.print(highlighted_body(article))
    legend = Text("  ".join(f"[{k}]" for k in STYLES))
    for kind, style in STYLES.items():
        legend.highlight_words([f"[{kind}]"], style)
    console.print(legend)
    if article.amounts:
        table = Table("amount", "value", "object", "kind", "qualifier", title="Amounts")
        for a in article.amounts:
            value = f"{a.value:,.10g}" + (f" ({a.range[0]:,.10g}–{a.range[1]:,.10g})" if a.range else "")
            table.add_row(a.text, value, a.object or "", a.kind, a.qualifier)
        console.print(table)
    if article.dates:
        table = Table("date", "value", "granularity", "kind", title="Dates")
        for d in article.dates:
            table.add_row(d.text, d.value or "(unresolved)", d.granularity, d.kind)
        console.print(table)
    for problem in article.problems:
        console.print(f"[red]problem[/red] ({problem.stage}): {problem.message}")
    console.rule()


def summarise(articles: list[Article]) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "outlet": a.outlet,
            "published": a.published_date,
            "language": a.language,
            "dateline": a.dateline.place if a.dateline else None,
            "sentences": len(a.sentences),
            "amounts": len(a.amounts),
            "dates": len(a.dates),
            "related": len(a.related),
            "credits": len(a.authors) + len(a.editors),
            "removed": len(a.boilerplate),
            "problems": len(a.problems),
        }
        for a in articles
    ]


def render_summary(articles: list[Article], console: Console | None = None) -> None:
    console = console or Console()
    rows = summarise(articles)
    table = Table(title=f"peristiwa: {len(rows)} sample articles extracted")
    for column in rows[0] if rows else ["id"]:
        table.add_column(column, justify="right" if column in
                         ("sentences", "amounts", "dates", "related", "credits", "removed", "problems") else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    console.print(table)
    if rows:
        total_amounts = sum(r["amounts"] for r in rows)
        total_dates = sum(r["dates"] for r in rows)
        console.print(f"{sum(r['sentences'] for r in rows)} sentences, {total_amounts} amounts, "
                      f"{total_dates} dates. See one article with: peristiwa show --jsonl FILE")


def render_explanations(article: Article, console: Console | None = None) -> None:
    """Each event with its sentence, the matched words, the rule, the actors' resolution and the modality."""
    console = console or Console()
    console.rule(f"{article.title or article.id}: {len(article.events)} events")
    for n, event in enumerate(article.events, 1):
        sentence = Text(article.text[event.start : event.end])
        if event.trigger:
            sentence.stylize("bold black on yellow", event.trigger.start - event.start,
                             event.trigger.end - event.start)
        src = event.source.code if event.source else "—"
        tgt = event.target.code if event.target else "—"
        head = (f"[bold]{n}. {event.type}[/bold] {src} → {tgt}  CAMEO {event.cameo} (Goldstein {event.goldstein:+})"
                f"  [italic]{event.modality}[/italic]" + ("  [red]negated[/red]" if event.negated else "")
                + f"  confidence {event.confidence:.2f}")
        console.print(head)
        console.print(sentence)
        for line in event.explanation:
            console.print(f"   • {line}")
        extras = [f"date {event.date}" if event.date else "", f"place {event.place}" if event.place else "",
                  f"quantity {event.quantity['text']}" if event.quantity else "",
                  f"{len(event.mentions)} more mention(s)" if event.mentions else ""]
        if any(extras):
            console.print("   " + "; ".join(x for x in extras if x))
        console.print()


def render_groups(groups, console: Console | None = None) -> None:
    console = console or Console()
    table = Table("type", "source", "target", "dates", "mentions", "sources", "articles", "modality",
                  title=f"{len(groups)} events across articles")
    for g in groups:
        dates = g.first_date if g.first_date == g.last_date else f"{g.first_date} – {g.last_date}"
        table.add_row(g.type, g.source or "—", g.target or "—", dates or "", str(g.num_mentions),
                      str(g.num_sources), str(g.num_articles),
                      ", ".join(f"{k} {v}" for k, v in g.modality.most_common()))
    console.print(table)


def render_database_summary(url: str, counts: dict[str, int], events: list[dict[str, Any]], stored_now: int,
                            console: Console | None = None) -> None:
    """What the database holds after the demo: rows per table, events by type and modality, busiest actors."""
    console = console or Console()
    table = Table("events by type", "n", "asserted", "alleged", "denied", "planned", title=f"Database {url}")
    by_type: dict[str, Counter] = {}
    actors: Counter = Counter()
    for row in events:
        e = row.get("event", row)  # the store returns the event inside its article context
        by_type.setdefault(e.get("type") or "?", Counter())[e.get("modality") or "asserted"] += 1
        for side in ("source", "target"):
            code = (e.get(side) or {}).get("code")
            if code:
                actors[code] += 1
    for kind, tally in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        table.add_row(kind, str(sum(tally.values())), *(str(tally.get(m, 0)) for m in
                                                          ("asserted", "alleged", "denied", "planned")))
    console.print(table)
    console.print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v) +
                  f"  (stored by this run: {stored_now}; a second run stores nothing new)")
    if actors:
        console.print("busiest actors: " + ", ".join(f"{c} ({n})" for c, n in actors.most_common(8)))
    console.print("Next: peristiwa serve --db " + url + "   (the web app), or peristiwa query --db " + url)
