"""Map layouts that need no downloaded geometry (the app works offline).

- A US tile grid (one equal square per state and DC), readable on a 390 px phone because the tiles scale with the
  chart width instead of being drawn at a fixed size.
- A world choropleth drawn from the country outlines that the `pygal_maps_world` package ships (an SVG with one
  group per ISO 3166-1 country, read from the installed package, never fetched at run time). Countries are filled
  by value, labelled with their code, and carry a hover title; a data table is always shown beside the map.

The palette is Okabe-Ito (distinguishable with the common colour-vision deficiencies); "not in corpus" is white
with an outline, so a gap in our data never looks like a "no".
"""

from __future__ import annotations

import html
import importlib.resources
import re
from functools import lru_cache

# Value -> (fill, text colour), Okabe-Ito.
PALETTE = {
    "yes": ("#0072B2", "#FFFFFF"),
    "no": ("#E69F00", "#000000"),
    "not recorded": ("#BBBBBB", "#000000"),
    "not in corpus": ("#FFFFFF", "#000000"),
    "not selected": ("#F2F2F2", "#777777"),
}
ORDER = list(PALETTE)

# Tile-grid cartogram of the 50 states and DC: (column, row), a common equal-area layout.
US_GRID = {
    "AK": (0, 0), "ME": (11, 0),
    "VT": (10, 1), "NH": (11, 1),
    "WA": (1, 2), "ID": (2, 2), "MT": (3, 2), "ND": (4, 2), "MN": (5, 2), "IL": (6, 2), "WI": (7, 2),
    "MI": (8, 2), "NY": (9, 2), "RI": (10, 2), "MA": (11, 2),
    "OR": (1, 3), "NV": (2, 3), "WY": (3, 3), "SD": (4, 3), "IA": (5, 3), "IN": (6, 3), "OH": (7, 3),
    "PA": (8, 3), "NJ": (9, 3), "CT": (10, 3),
    "CA": (1, 4), "UT": (2, 4), "CO": (3, 4), "NE": (4, 4), "MO": (5, 4), "KY": (6, 4), "WV": (7, 4),
    "VA": (8, 4), "MD": (9, 4), "DE": (10, 4),
    "AZ": (2, 5), "NM": (3, 5), "KS": (4, 5), "AR": (5, 5), "TN": (6, 5), "NC": (7, 5), "SC": (8, 5),
    "DC": (9, 5),
    "OK": (4, 6), "LA": (5, 6), "MS": (6, 6), "AL": (7, 6), "GA": (8, 6),
    "HI": (0, 7), "TX": (4, 7), "FL": (9, 7),
}

# Approximate (longitude, latitude) of each country or union in the corpus (kept for other pages).
WORLD_POINTS = {
    "US": (-98, 39), "CA": (-100, 56), "MX": (-102, 23), "BR": (-52, -10), "GB": (-2, 54), "IE": (-8, 53),
    "FR": (2, 46), "DE": (10, 51), "IT": (12, 43), "ES": (-4, 40), "DK": (10, 56), "NL": (5, 52), "EU": (15, 48),
    "ZA": (24, -29), "NG": (8, 9), "IN": (79, 22), "PK": (69, 30), "CN": (104, 35), "KR": (128, 36),
    "JP": (138, 37), "TW": (121, 24), "PH": (122, 12), "SG": (104, 1), "AU": (134, -25), "NZ": (174, -41),
}

_GROUP = re.compile(r'<g class="([a-z]{2}) country map-element">(.*?)</g>', re.S)
_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}


def _bbox(d: str) -> tuple[float, float, float, float]:
    """Bounding box of a path's on-curve points (control points ignored: close enough to place a label)."""
    x = y = sx = sy = 0.0
    xs: list[float] = []
    ys: list[float] = []
    cmd = "m"
    tokens = _TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "zZ":
                x, y = sx, sy
                continue
        n = _ARGS[cmd.lower()]
        if i + n > len(tokens):
            break
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        rel = cmd.islower()
        low = cmd.lower()
        if low == "h":
            x = x + args[0] if rel else args[0]
        elif low == "v":
            y = y + args[0] if rel else args[0]
        else:
            ex, ey = args[-2], args[-1]
            x, y = (x + ex, y + ey) if rel else (ex, ey)
        if low == "m":
            sx, sy = x, y
            cmd = "l" if rel else "L"  # further pairs after a move are lines
        xs.append(x)
        ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else (0, 0, 0, 0)


@lru_cache(maxsize=1)
def _world() -> tuple[str, dict[str, str], dict[str, tuple[float, float, float]]]:
    """(svg header, code -> inner paths, code -> (label x, label y, size)) from the packaged world map."""
    svg = importlib.resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    header = svg[:svg.index(">") + 1]
    groups: dict[str, str] = {}
    labels: dict[str, tuple[float, float, float]] = {}
    for m in _GROUP.finditer(svg):
        code, inner = m.group(1).upper(), re.sub(r"\s+", " ", m.group(2))  # one line: safe inside markdown
        groups[code] = inner
        best = max((_bbox(d) for d in re.findall(r'd="([^"]+)"', inner)),
                   key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), default=(0, 0, 0, 0))
        labels[code] = ((best[0] + best[2]) / 2, (best[1] + best[3]) / 2, max(best[2] - best[0], best[3] - best[1]))
    return header, groups, labels


def world_svg(values: dict[str, str], names: dict[str, str], title: str) -> str:
    """An SVG world map: each country in `values` filled by its value and labelled with its code; the rest light.
    `values` maps ISO alpha-2 codes to one of PALETTE's keys."""
    header, groups, labels = _world()
    header = header.replace("<svg ", '<svg role="img" aria-labelledby="world-map-title" '
                                    'style="width:100%;height:auto;display:block" ', 1)
    out = [header, f'<title id="world-map-title">{html.escape(title)}</title>',
           '<rect x="0" y="0" width="2475" height="1388" fill="#FFFFFF"/>']
    for code, inner in groups.items():
        value = values.get(code)
        fill = PALETTE[value][0] if value else "#F2F2F2"
        stroke = "#555555" if value else "#CCCCCC"
        tip = f"{names.get(code, code)}: {value}" if value else code
        out.append(f'<g fill="{fill}" stroke="{stroke}" stroke-width="0.8"><title>{html.escape(tip)}</title>'
                   f"{inner}</g>")
    for code, value in values.items():
        if code not in labels:
            continue
        x, y, size = labels[code]
        text = PALETTE.get(value, ("", "#000000"))[1]
        font = 30 if size > 60 else 22
        out.append(f'<text x="{x:.0f}" y="{y:.0f}" font-size="{font}" font-family="sans-serif" font-weight="bold" '
                   f'text-anchor="middle" dominant-baseline="middle" fill="{text}" stroke="{"#000000" if text == "#FFFFFF" else "#FFFFFF"}" '
                   f'stroke-width="3" paint-order="stroke">{code}</text>')
    for i, value in enumerate(ORDER[:4]):  # the legend, inside the map so it travels with it
        fill, _ = PALETTE[value]
        out.append(f'<rect x="{60 + i * 560}" y="1310" width="44" height="44" fill="{fill}" stroke="#555555" '
                   f'stroke-width="2"/><text x="{118 + i * 560}" y="1342" font-size="38" font-family="sans-serif" '
                   f'fill="#222222">{value}</text>')
    out.append("</svg>")
    return "".join(out)


def world_codes() -> set[str]:
    """Country codes the packaged map can draw."""
    return set(_world()[1])
