"""Server-side SVG geometry for the timeline: stacked bars of event counts per bucket and series.

The page draws what :func:`stacked_bars` computes with plain ``<rect>``, ``<text>`` and ``<title>``
elements (no script, nothing for the Content-Security-Policy to allow), so the chart is there on first
paint and in a screenshot.
"""

from __future__ import annotations

from typing import Any

# Fixed colours for the modalities, so "alleged" looks the same on every chart; a palette for the rest.
MODALITY_COLOURS = {"asserted": "#2e7d32", "alleged": "#ef6c00", "denied": "#c62828", "planned": "#1565c0"}
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354")
OTHER = "#b0b0b0"


def colour(key: str, n: int) -> str:
    return MODALITY_COLOURS.get(key) or (PALETTE[n % len(PALETTE)] if key != "other" else OTHER)


def _nice_max(value: int) -> int:
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if value <= m * step:
            return int(m * step)
    return value


def stacked_bars(series: dict[str, Any], *, width: int = 960, height: int = 320, max_series: int = 10) -> dict:
    """Geometry of a stacked bar chart for :func:`peristiwa.web.queries.time_series` output.

    More than ``max_series`` series: the smallest are summed into "other".
    """
    buckets: list[str] = series["buckets"]
    items = list(series["series"])
    if len(items) > max_series:
        rest = items[max_series - 1:]
        other = {"key": "other", "total": sum(s["total"] for s in rest),
                 "counts": [sum(s["counts"][i] for s in rest) for i in range(len(buckets))]}
        items = [*items[: max_series - 1], other]
    left, right, top, bottom = 48, 12, 12, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s["counts"][i] for s in items) for i in range(len(buckets))]
    ymax = _nice_max(max(totals, default=0))
    slot = plot_w / max(len(buckets), 1)
    bar_w = max(slot * 0.8, 1.0)
    legend = [{"key": s["key"], "total": s["total"], "colour": colour(s["key"], n)} for n, s in enumerate(items)]
    bars = []
    for i, bucket in enumerate(buckets):
        y = top + plot_h
        x = left + i * slot + (slot - bar_w) / 2
        for n, s in enumerate(items):
            count = s["counts"][i]
            if not count:
                continue
            h = plot_h * count / ymax
            y -= h
            bars.append({"x": round(x, 2), "y": round(y, 2), "w": round(bar_w, 2), "h": round(h, 2),
                         "colour": legend[n]["colour"], "title": f"{bucket} · {s['key']}: {count}",
                         "bucket": bucket, "key": s["key"], "count": count})
    every = max(1, round(len(buckets) / 12))
    xticks = [{"x": round(left + i * slot + slot / 2, 2), "label": b} for i, b in enumerate(buckets) if i % every == 0]
    yticks = [{"y": round(top + plot_h - plot_h * v / ymax, 2), "label": str(v)}
              for v in sorted({0, ymax // 2, ymax})]
    return {"width": width, "height": height, "left": left, "top": top, "plot_w": plot_w, "plot_h": plot_h,
            "bottom_y": top + plot_h, "bars": bars, "xticks": xticks, "yticks": yticks, "legend": legend,
            "ymax": ymax}
