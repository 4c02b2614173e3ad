"""The report's charts and map as inline SVG: plain geometry, drawn here, nothing loaded from anywhere.

Every text put into the SVG is escaped (place and source names come from reports); the result is
``Markup`` so the template inserts it as it is. Vectors all the way, so a printed PDF keeps them sharp.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

from . import boundaries

BAR = "#8c2d04"
FILLED = "#b2182b"
HOLLOW = "#2166ac"
FONT = 'font-family="Helvetica, Arial, sans-serif"'


def _num(value: float) -> str:
    return f"{int(round(value)):,}"


def _svg(width: float, height: float, title: str, body: list[str]) -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
                  f'width="{width:.0f}" height="{height:.0f}" role="img" class="chart" {FONT}>'
                  f"<title>{escape(title)}</title>{''.join(body)}</svg>")


def hbar_chart(rows: list[dict[str, Any]], measure: str, title: str, *, limit: int = 12,
               width: int = 640) -> Markup:
    """Horizontal bars, largest first; the rest are in the table beside it."""
    items = sorted(rows, key=lambda r: (-int(r.get(measure) or 0), str(r.get("key"))))[:limit]
    label_w, value_w, row_h = 190, 70, 20
    plot = width - label_w - value_w
    top = max((int(r.get(measure) or 0) for r in items), default=0) or 1
    body = []
    for k, row in enumerate(items):
        v = int(row.get(measure) or 0)
        y = k * row_h
        w = plot * v / top
        label = str(row.get("key") or "not stated")
        label = label if len(label) <= 28 else label[:27] + "\u2026"
        body.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="11" text-anchor="end">{escape(label)}</text>'
                    f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{BAR}"/>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="11">{_num(v)}</text>')
    if not items:
        body.append('<text x="4" y="14" font-size="11">nothing to show</text>')
    return _svg(width, max(len(items), 1) * row_h + 4, title, body)


def timeline_chart(series: list[dict[str, Any]], measure: str, title: str, *, width: int = 680,
                   height: int = 220) -> Markup:
    """Vertical bars over time (periods without incidents included as zero), with a value axis."""
    axis, bottom, top_pad = 56, 22, 12
    plot_w, plot_h = width - axis - 8, height - bottom - top_pad
    top = max((int(s.get(measure) or 0) for s in series), default=0) or 1
    n = max(len(series), 1)
    step = plot_w / n
    body = []
    for f in (0.0, 0.5, 1.0):
        y = top_pad + plot_h * (1 - f)
        body.append(f'<line x1="{axis}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#bbb" stroke-width="0.5"/>'
                    f'<text x="{axis - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{_num(top * f)}</text>')
    every = max(1, math.ceil(n / 8))
    for k, item in enumerate(series):
        v = int(item.get(measure) or 0)
        h = plot_h * v / top
        x = axis + k * step
        body.append(f'<rect x="{x:.1f}" y="{top_pad + plot_h - h:.1f}" width="{max(step * 0.85, 0.6):.1f}" '
                    f'height="{h:.1f}" fill="{BAR}"><title>{escape(str(item["key"]))}: {_num(v)}</title></rect>')
        if k % every == 0:
            body.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="10">{escape(str(item["key"]))}</text>')
    return _svg(width, height, title, body)


class _Projection:
    """Equirectangular, longitudes shrunk by the cosine of the middle latitude so shapes look right."""

    def __init__(self, width: float, margin: float = 10) -> None:
        self.minx, self.miny, self.maxx, self.maxy = boundaries.bounds()
        self.kx = math.cos(math.radians((self.miny + self.maxy) / 2))
        self.margin = margin
        self.scale = (width - 2 * margin) / ((self.maxx - self.minx) * self.kx)
        self.width, self.height = width, (self.maxy - self.miny) * self.scale + 2 * margin

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.margin + (lon - self.minx) * self.kx * self.scale,
                self.margin + (self.maxy - lat) * self.scale)

    def inside(self, lon: float, lat: float) -> bool:
        # Within the boundaries' box (a little slack for points on the border): beyond it the circle
        # would be cut off by the picture's edge, so it is counted as not drawn instead.
        return self.minx - 0.05 <= lon <= self.maxx + 0.05 and self.miny - 0.05 <= lat <= self.maxy + 0.05


def _radius(killed: int, top: int, biggest: float = 18.0) -> float:
    # The circle's area, not its radius, grows with the toll; an incident without deaths stays visible.
    return max(1.6, biggest * math.sqrt(killed / top)) if top else 1.6


def map_svg(points: dict[str, Any], title: str, *, width: int = 680) -> Markup:
    """Governorate outlines, a filled circle per place located to a town (area by killed, all), a dashed
    ring per governorate for the incidents located less precisely; a scale of circle sizes."""
    proj = _Projection(width)
    body = []
    for unit in boundaries.governorates():
        d = "".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (proj(lon, lat) for lon, lat in ring)) + "Z"
                    for ring in unit.rings)
        body.append(f'<path d="{d}" fill="#f4f1ea" stroke="#888" stroke-width="0.6"/>')
    for unit in boundaries.governorates():
        x, y = proj(*unit.centre)
        body.append(f'<text x="{x:.1f}" y="{y - 3:.1f}" font-size="8" fill="#777" text-anchor="middle">'
                    f"{escape(unit.name)}</text>")
    spots = [(s, True) for s in points["precise"]] + [(s, False) for s in points["vague"]]
    top = max((int(s["killed"]) for s, _ in spots), default=0)
    outside = 0
    for spot, filled in sorted(spots, key=lambda sp: -int(sp[0]["killed"])):
        if not proj.inside(spot["lon"], spot["lat"]):
            outside += spot["incidents"]
            continue
        x, y = proj(spot["lon"], spot["lat"])
        r = _radius(int(spot["killed"]), top)
        tip = f"{spot['name'] or 'unnamed place'}: {spot['incidents']:,} incidents, {int(spot['killed']):,} killed (all)"
        style = (f'fill="{FILLED}" fill-opacity="0.55" stroke="#67001f" stroke-width="0.5"' if filled else
                 f'fill="none" stroke="{HOLLOW}" stroke-width="1.4" stroke-dasharray="3 2"')
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}><title>{escape(tip)}</title></circle>')
    points["outside"] = outside
    if top:
        # A scale of sizes in the empty south-east corner of the map.
        x0, y0 = proj.width - 120, proj.height - 70
        body.append(f'<text x="{x0}" y="{y0}" font-size="9">killed (all) per circle</text>')
        for k, value in enumerate(sorted({top, max(1, top // 4), max(1, top // 20)}, reverse=True)):
            r = _radius(value, top)
            cx = x0 + 20 + k * 40
            body.append(f'<circle cx="{cx}" cy="{y0 + 26}" r="{r:.1f}" fill="none" stroke="#333" stroke-width="0.6"/>'
                        f'<text x="{cx}" y="{y0 + 58}" font-size="9" text-anchor="middle">{_num(value)}</text>')
    return _svg(proj.width, proj.height, title, body)


def symbol(filled: bool) -> Markup:
    """The legend's sample of a filled circle or a dashed ring."""
    style = (f'fill="{FILLED}" fill-opacity="0.55" stroke="#67001f" stroke-width="0.5"' if filled else
             f'fill="none" stroke="{HOLLOW}" stroke-width="1.4" stroke-dasharray="3 2"')
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
                  f'<circle cx="8" cy="8" r="6" {style}/></svg>')
