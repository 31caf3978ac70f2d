"""Map layouts that need no downloaded geometry (the app works offline): a US tile grid and country centroids."""

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

# Approximate (longitude, latitude) of each country or union in the corpus.
WORLD_POINTS = {
    "US": (-98, 39), "CA": (-100, 56), "MX": (-102, 23), "BR": (-52, -10), "GB": (-2, 54), "IE": (-8, 53),
    "FR": (2, 46), "DE": (10, 51), "IT": (12, 43), "ES": (-4, 40), "DK": (10, 56), "NL": (5, 52), "EU": (15, 48),
    "ZA": (24, -29), "NG": (8, 9), "IN": (79, 22), "PK": (69, 30), "CN": (104, 35), "KR": (128, 36),
    "JP": (138, 37), "TW": (121, 24), "PH": (122, 12), "SG": (104, 1), "AU": (134, -25), "NZ": (174, -41),
}
