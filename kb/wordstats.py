"""The word statistics the place finder's guards use, from packages that ship their data (nothing is downloaded):

- wordfreq: how often a word is used in English, Spanish, Portuguese, French, German and Italian;
- gender-guesser: first names frequent in Britain, Ireland and the USA.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from kb.gazetteer import EN_2, LANGS, fold


@lru_cache(maxsize=1)
def common_short() -> frozenset[str]:
    """Words of 3 letters or fewer among the 1,000 most used in each checked language ("eu", "es", "ma")."""
    from wordfreq import top_n_list

    return frozenset(fold(w) for lang in LANGS for w in top_n_list(lang, 1000, wordlist="small") if len(w) <= 3) | EN_2


@lru_cache(maxsize=8)
def hinted_stop(lang: str | None) -> frozenset[str]:
    """With a language hint: that language's words of four letters or fewer among its 3,000 most used."""
    if not lang or lang == "en":
        return frozenset()
    from wordfreq import top_n_list

    try:
        return frozenset(fold(w) for w in top_n_list(lang, 3000, wordlist="small") if len(w) <= 4)
    except (LookupError, ImportError):  # a language wordfreq does not know: no extra guard
        return frozenset()


@lru_cache(maxsize=1)
def _top_words() -> dict[str, frozenset[str]]:
    """The 300 most used words of each checked language, for a rough guess of the text's language."""
    from wordfreq import top_n_list

    return {lang: frozenset(fold(w) for w in top_n_list(lang, 300, wordlist="small")) for lang in LANGS}


def guess_language(keys: list[str]) -> str:
    """The language whose common words the text uses most; English unless another clearly leads."""
    if not keys:
        return "en"
    top = _top_words()
    counts = {lang: sum(k in top[lang] for k in keys[:200]) for lang in LANGS}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 and counts[best] > counts["en"] else "en"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names that gender-guesser rates frequent (3+ on its 1-13 scale) in Britain, Ireland or the USA."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    out = set()
    with path.open(encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or len(line) < 33:
                continue
            freq = line[30:33]  # columns: Great Britain, Ireland, USA
            if any(ch in "3456789ABCD" for ch in freq):
                out.add(fold(line[3:29].strip()))
    return frozenset(out)


@lru_cache(maxsize=4096)
def zipf(phrase: str, lang: str) -> float:
    """wordfreq's zipf frequency (0 = unseen, 7 = "the"), from its small lists to keep memory low."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(phrase, lang, wordlist="small")
    except (LookupError, ImportError):  # a language wordfreq lacks, or one that needs a tokenizer we do not ship
        return 0.0


def overuse(k: str, pop: int, langs: Iterable[str]) -> tuple[float, float]:
    """(how much more the phrase is used than a place of its size would be, its highest zipf frequency)."""
    # a city of population P is used at about zipf log10(P) - 2 in English (Houston 2.3M: 4.4; Boise 235k: 3.4)
    expected = math.log10(max(pop, 1000)) - 2
    z = max(zipf(k, lang) for lang in langs)
    return z - expected, z
