"""How long HTML extraction takes, child process included: a 1 MB and a 19 MB statute page (under the 20 MB fetch
cap) and a hostile page of unterminated tags. `python bench/extract.py`"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract import extract  # noqa: E402


def page(megabytes: float) -> bytes:
    one = "<p>Sec. {i}. (a) A person commits an offense if the person distributes a deep fake &amp; more.</p>\n"
    parts, size, i = ["<html><head><title>Code</title></head><body><nav>Home</nav>"], 0, 0
    while size < megabytes * 1_000_000:
        parts.append(one.format(i=i))
        size += len(parts[-1])
        i += 1
    return ("".join(parts) + "</body></html>").encode()


def main() -> None:
    cases = {"1 MB page": page(1), "19 MB page": page(19), "1 MB of '<a' (no '>')": b"<a" * 500_000}
    for label, data in cases.items():
        started = time.perf_counter()
        try:
            chars = len(extract(data, "bench.html", "text/html"))
        except Exception as exc:  # noqa: BLE001 - a bench reports, it does not stop
            chars = f"error: {exc}"
        print(f"{label:24} {len(data) / 1e6:6.1f} MB  {time.perf_counter() - started:6.2f} s  {chars}")


if __name__ == "__main__":
    main()
