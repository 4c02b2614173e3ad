"""Bar charts as plain SVG geometry, drawn by the templates (no chart library, nothing from the internet)."""

from __future__ import annotations

from typing import Any


def bars(items: list[dict[str, Any]], value: str, *, label: str = "key", width: int = 900, height: int = 220,
         max_bars: int = 5000) -> dict[str, Any]:
    """Vertical bars for a series (for example incidents per month)."""
    items = items[-max_bars:]
    top = max((int(i.get(value) or 0) for i in items), default=0) or 1
    n = max(len(items), 1)
    step = width / n
    out = []
    for k, item in enumerate(items):
        v = int(item.get(value) or 0)
        h = round((height - 20) * v / top, 1)
        out.append({"x": round(k * step, 1), "y": round(height - h, 1), "w": max(round(step * 0.85, 1), 1.0), "h": h,
                    "label": str(item.get(label) or "not stated"), "value": v})
    ticks = [out[k] for k in range(0, len(out), max(1, len(out) // 8))] if out else []
    return {"bars": out, "width": width, "height": height, "max": top, "ticks": ticks}


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
