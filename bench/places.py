"""Place-finding speed and memory: `python bench/places.py`.

Prints the import cost of kb.places, the first-call cost (gazetteer index, word lists), the one-off cost of the
first ZIP code and of the first ambiguous county (the ZIP table loads lazily), then p50/p95 over 1,000 lookups of
questions of about 300 characters, and the resident memory the indexes add. Target (issue 11): a lookup on a
300-character question stays around a few milliseconds."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "someone made a fake nude of me with an AI app and sent it to people at my job, I live in houston and the "
    "police won't help. my ex lives in Oklahoma now. is that a crime where I live, and can I sue him for it? "
    "I have screenshots of the messages and the links, and my boss saw the pictures too, what do I do first?",
    "Mi ex publicó fotos íntimas falsas hechas con IA en un grupo de WhatsApp. Vivo en Guadalajara, México, y "
    "él vive en Texas. ¿Qué puedo hacer? ¿Es un delito? ¿Puedo denunciarlo aunque él esté en otro país? "
    "Tengo capturas de pantalla de los mensajes y de los enlaces, y mi familia ya vio las fotos.",
    "eu moro em São Paulo e alguém espalhou um vídeo falso meu. a polícia disse que não pode fazer nada, mas "
    "eu quero tirar do ar. o que eu faço? ele mora em Lisboa e eu não sei se a lei de lá vale aqui no Brasil. "
    "tenho prints das mensagens e dos links, e minha mãe já viu tudo.",
    "My daughter is 15 and a boy at her school in Springfield made a deepfake of her. The school says it's a "
    "police matter, the police say it's a school matter. We're in zip 62704. What law covers this, and who acts? "
    "She is scared to go back to school and the video is still going around.",
    "I'm a policy researcher comparing New South Wales, Victoria and Queensland with England and Wales and "
    "Scotland on image-based abuse offences; which of them cover synthetic images, and since when exactly? "
    "I also need the penalties and whether threats to share are covered.",
    "mon ex menace de publier des photos intimes si je le quitte. j'habite à Montréal, il est à Toronto. est-ce "
    "que je peux porter plainte au Québec ou en Ontario, et est-ce que la loi canadienne couvre les menaces? "
    "j'ai gardé tous ses messages et je ne lui réponds plus.",
    "hey so my friend Austin showed me a video of a girl from our school that looks real but he said its AI, "
    "we live in a small town near Harris County, is it illegal for me to have it on my phone if I didnt ask?? "
    "i deleted it already but he sent it to the whole group chat",
    "I live in Pensilvania, near Pittsburgh. Someone in Georgia posted a deepfake of me on a forum, and the "
    "forum is hosted in the Netherlands. Which law applies, the one where I live or where he is or the site? "
    "The forum admins ignore my reports.",
]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    rss0 = rss_kib()
    t = time.perf_counter()
    from kb.corpus import load
    from kb.jurisdictions import Registry
    import kb.places as places

    import_s = time.perf_counter() - t
    corpus = load(ROOT / "data" / "statutes")[0]
    registry = Registry(corpus.jurisdictions, covered={law.jurisdiction for law in corpus.laws})
    rss1 = rss_kib()
    t = time.perf_counter()
    registry.find(QUESTIONS[0])
    first_s = time.perf_counter() - t
    t = time.perf_counter()
    registry.find("I'm in 77002")
    zip_s = time.perf_counter() - t
    t = time.perf_counter()
    registry.find("Orange County")
    county_s = time.perf_counter() - t
    for q in QUESTIONS:  # warm the word lists every question touches
        registry.find(q)
    rss2 = rss_kib()
    times = []
    for i in range(1000):
        q = QUESTIONS[i % len(QUESTIONS)]
        t = time.perf_counter()
        registry.find(q)
        times.append((time.perf_counter() - t) * 1000)
    best = [min(times[i::len(QUESTIONS)]) for i in range(len(QUESTIONS))]  # each question's fastest run
    times.sort()
    p50, p95 = statistics.median(times), times[int(0.95 * len(times)) - 1]
    print(f"import kb.jurisdictions + kb.places: {import_s * 1000:.0f} ms")
    print(f"first call (gazetteer index, registry index, word lists): {first_s * 1000:.0f} ms")
    print(f"first ZIP code (lazy ZIP table): {zip_s * 1000:.0f} ms; first ambiguous county: {county_s * 1000:.0f} ms")
    print(f"1,000 lookups of ~{sum(map(len, QUESTIONS)) // len(QUESTIONS)}-character questions: "
          f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    print(f"fastest run per question (the cost without other processes): {min(best):.2f}-{max(best):.2f} ms; "
          f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"RSS added: {(rss2 - rss1) / 1024:.0f} MiB by the indexes (process at {rss2 / 1024:.0f} MiB; "
          f"{(rss1 - rss0) / 1024:.0f} MiB for imports and corpus)")
    index = registry.place_index
    print(f"index phrases: {len(index.table):,}; fuzzy choices: {len(index.fuzzy_codes):,}")
    del places
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
