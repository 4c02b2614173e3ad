"""Bar charts as plain SVG geometry, drawn by the templates (no chart library, nothing from the internet)."""

from __future__ import annotations

from typing import Any

AXIS = 60  # room left of the bars for the value axis labels


def bars(items: list[dict[str, Any]], value: str, *, label: str = "key", width: int = 900, height: int = 220,
         max_bars: int = 5000) -> dict[str, Any]:
    """Vertical bars for a series (for example incidents per month), with a labelled value axis."""
    items = items[-max_bars:]
    top = max((int(i.get(value) or 0) for i in items), default=0) or 1
    n = max(len(items), 1)
    plot = width - AXIS
    step = plot / n
    out = []
    for k, item in enumerate(items):
        v = int(item.get(value) or 0)
        h = round((height - 20) * v / top, 1)
        out.append({"x": round(AXIS + k * step, 1), "y": round(height - h, 1), "w": max(round(step * 0.85, 1), 1.0),
                    "h": h, "label": str(item.get(label) or "not stated"), "value": v})
    ticks = [out[k] for k in range(0, len(out), max(1, len(out) // 8))] if out else []
    # Gridlines at 0, a half and the top, so a bar's height can be read without hovering.
    grid = [{"y": round(height - (height - 20) * f, 1), "value": round(top * f)} for f in (0.0, 0.5, 1.0)]
    return {"bars": out, "width": width, "height": height, "max": top, "ticks": ticks, "grid": grid, "axis": AXIS}


def auto_period(series: list[dict[str, Any]], *, max_months: int = 120) -> str:
    """``month`` unless the monthly series would span more than ``max_months`` (then bars get too thin
    to read): ``year``. ``series`` is a per-month series with ``YYYY-MM`` keys, oldest first."""
    if len(series) < 2:
        return "month"
    try:
        first, last = series[0]["key"], series[-1]["key"]
        span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    except (ValueError, TypeError, KeyError, IndexError):
        return "month"
    return "year" if span > max_months else "month"


def hbars(items: list[dict[str, Any]], value: str, *, label: str = "key", width: int = 420, limit: int = 15
          ) -> dict[str, Any]:
    """Horizontal bars for categories (governorate, weapon...), largest first."""
    items = sorted(items, key=lambda i: -int(i.get(value) or 0))[:limit]
    top = max((int(i.get(value) or 0) for i in items), default=0) or 1
    rows = [{"label": str(i.get(label) or "not stated"), "value": int(i.get(value) or 0),
             "w": round(width * int(i.get(value) or 0) / top, 1), "y": k * 22} for k, i in enumerate(items)]
    return {"rows": rows, "width": width, "height": max(len(rows) * 22, 22)}


def fill_periods(series: list[dict[str, Any]], period: str, *, limit: int = 600) -> list[dict[str, Any]]:
    """Months or years without incidents as zero bars, so that time runs evenly along the axis.

    Left as it is when the span is longer than ``limit`` periods, and for days and weeks."""
    if period not in ("month", "year") or len(series) < 2:
        return series
    def index(key: str) -> int:
        return int(key[:4]) * 12 + int(key[5:7]) - 1 if period == "month" else int(key[:4])

    try:
        first, last = index(series[0]["key"]), index(series[-1]["key"])
    except (ValueError, TypeError, IndexError):
        return series
    if last - first + 1 > limit:
        return series
    known = {item["key"]: item for item in series}
    out = []
    for k in range(first, last + 1):
        key = f"{k // 12:04d}-{k % 12 + 1:02d}" if period == "month" else f"{k:04d}"
        out.append(known.get(key, {"key": key, "incidents": 0, "killed": 0, "injured": 0}))
    return out
