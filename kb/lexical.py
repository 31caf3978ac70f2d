"""Lexical search in SQLite FTS5 (standard library): one file per index generation, place filter inside the query.

Why an engine: scoring every chunk in Python (rank_bm25) grew linearly with the index and held the GIL (166 ms a
question at 20k chunks); FTS5 walks posting lists in C, with the sqlite3 module releasing the GIL while it does.

Tokenisation stays ours, done in Python before SQLite sees the text, so the index keeps what the old BM25 did well:
- citations and section numbers stay one token ("21.165", "18.2-386.2", "1040.13b");
- case folded; stop words and one-letter words dropped;
- a plural "s" stripped from words longer than four letters ("images" -> "image", but "class" stays).
FTS5 sees only space-separated terms of [a-z0-9.-] (tokenchars '.-'), finds and ranks candidates with its BM25,
and filters by place inside the MATCH (`place : ("us-tx" OR "us") AND terms : (...)`), so the engine intersects
posting lists instead of scoring every chunk and filtering afterwards. The few best candidates are then scored with
exactly the Okapi BM25 that answers were tuned on (k1 1.5, b 0.75, a floor for very common words; FTS5's built-in
uses k1 1.2 and no floor), from the document frequencies FTS5 keeps (`fts5vocab`): a few dozen rows, well under a
millisecond, so answers rank as before while the cost no longer grows with the index.

A file is written aside (`.partial`) and renamed into place, so no reader ever opens half an index; after that it
is only read, so any number of threads (one connection each) and processes on one machine share it. The terms are
stored next to the text, so the next generation copies unchanged chunks in SQL without tokenising them again.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Optional

from kb.errors import StoreError

FORMAT = "2"
_STOP = frozenset("""a an and are as at be been but by can could did do does for from had has have how i if in into is
it its me my of on or our she he so that the their them there they this to was we were what when where which who will
with would you your someone somebody anyone please help""".split())
_WORD = re.compile(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*")

# One row per chunk: what a Passage needs, plus the pre-tokenised terms the FTS5 index is built from.
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE chunks(rowid INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL UNIQUE, law_id TEXT NOT NULL,
                    jurisdiction TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL,
                    terms TEXT NOT NULL, place TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(terms, place, content='chunks', content_rowid='rowid',
                                    tokenize="unicode61 tokenchars '.-'");
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(1.0, 0.0)');
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
"""
K1, B, EPSILON = 1.5, 0.75, 0.25  # rank_bm25's BM25Okapi defaults, which the answers were tuned with
CANDIDATES = 4  # FTS5 candidates per result kept, rescored exactly
_COLUMNS = "chunk_id, law_id, jurisdiction, source, url, text, terms, place"


def tokens(text: str) -> list[str]:
    """The search terms of a text: the same function for chunks and for questions."""
    out = []
    for w in _WORD.findall(text.casefold()):
        if len(w) == 1 or w in _STOP:
            continue
        out.append(w[:-1] if len(w) > 4 and w[-1] == "s" and w[-2] != "s" else w)
    return out


def _idf(n: int, df: int) -> float:
    return math.log(n - df + 0.5) - math.log(df + 0.5)


def _place(code: str) -> str:
    return code.casefold()


def row(chunk_id: str, law_id: str, jurisdiction: str, source: str, url: str, text: str) -> tuple:
    """A chunk as a row of the index (tokenised once, here)."""
    return (chunk_id, law_id, jurisdiction, source, url or "", text, " ".join(tokens(text)), _place(jurisdiction))


def match_expression(terms: list[str], codes: Optional[list[str]]) -> Optional[str]:
    """The FTS5 query: any of the terms, inside the places. Terms are [a-z0-9.-] only, so quoting is safe."""
    words = [t for t in terms if _WORD.fullmatch(t)]
    if not words:
        return None
    expr = "terms : (" + " OR ".join(f'"{t}"' for t in words) + ")"
    places = [_place(c) for c in codes or [] if re.fullmatch(r"[A-Za-z0-9\-]+", c)]
    if codes and not places:
        return None
    if places:
        expr = "place : (" + " OR ".join(f'"{p}"' for p in places) + ") AND " + expr
    return expr


def build(target: Path, rows: Iterable[tuple], meta: dict[str, str], previous: Optional[Path] = None,
          keep: Iterable[str] = ()) -> int:
    """Write a new index file at `target`: the chunks `keep` copied from `previous` (no re-tokenising) plus
    `rows` (from `row()`). Returns the number of chunks. Atomic: the file appears complete or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        keep = list(keep)
        if keep and previous is not None and previous.exists():
            db.execute("CREATE TEMP TABLE keep(chunk_id TEXT PRIMARY KEY)")
            db.executemany("INSERT OR IGNORE INTO temp.keep VALUES (?)", ((k,) for k in keep))
            db.execute("ATTACH DATABASE ? AS old", (str(previous),))
            db.execute(f"INSERT INTO chunks({_COLUMNS}) SELECT {_COLUMNS} FROM old.chunks "
                       f"WHERE chunk_id IN (SELECT chunk_id FROM temp.keep)")
            db.execute("COMMIT")
            db.execute("DETACH DATABASE old")
            db.execute("BEGIN")
        db.executemany(f"INSERT OR REPLACE INTO chunks({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", rows)
        db.execute("INSERT INTO fts(fts) VALUES('rebuild')")
        count = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        words = db.execute("SELECT coalesce(sum(length(terms) - length(replace(terms, ' ', '')) + "
                           "(terms != '')), 0) FROM chunks").fetchone()[0]
        idfs = [_idf(count, df) for (df,) in db.execute("SELECT doc FROM vocab")]
        stats = {"avgdl": words / max(count, 1), "average_idf": sum(idfs) / max(len(idfs), 1)}
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [("format", FORMAT), ("chunks", str(count)), *((k, str(v)) for k, v in stats.items()),
                        *((k, str(v)) for k, v in meta.items())])
        db.execute("COMMIT")
        db.execute("INSERT INTO fts(fts) VALUES('optimize')")
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, target)
    return count


class LexicalIndex:
    """One generation's lexical index, read-only; safe to share between threads (a connection per thread)."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self.meta = dict(self._db().execute("SELECT key, value FROM meta").fetchall())
        if self.meta.get("format") != FORMAT:
            raise StoreError(f"the lexical index {path} has an unknown format; it is rebuilt from the store")

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
                db.execute("PRAGMA query_only=ON")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open the lexical index {self.path}: {exc}") from exc
            self._local.db = db
        return db

    @property
    def count(self) -> int:
        return int(self.meta.get("chunks", "0"))

    def search(self, question: str, codes: Optional[list[str]], k: int) -> list[tuple]:
        """Best `k` chunks for the question within `codes`: rows of
        (chunk_id, law_id, jurisdiction, source, url, text, score), best first, score > 0."""
        query = tokens(question)
        expr = match_expression(query, codes)
        if expr is None or k <= 0:
            return []
        try:
            db = self._db()
            got = db.execute(
                "SELECT c.chunk_id, c.law_id, c.jurisdiction, c.source, c.url, c.text, c.terms "
                "FROM fts f JOIN chunks c ON c.rowid = f.rowid WHERE fts MATCH ? ORDER BY f.rank LIMIT ?",
                (expr, max(k * CANDIDATES, 50))).fetchall()
            unique = sorted(set(query))
            df = dict(db.execute(f"SELECT term, doc FROM vocab WHERE term IN ({','.join('?' * len(unique))})",
                                 unique).fetchall())
        except sqlite3.Error as exc:
            raise StoreError(f"the lexical index {self.path} could not be searched ({exc}); rebuild with "
                             f"`python -m ingest --rebuild`") from exc
        n, avgdl = self.count, float(self.meta.get("avgdl", 1.0)) or 1.0
        floor = EPSILON * float(self.meta.get("average_idf", 0.0))
        idf = {t: (_idf(n, df[t]) if _idf(n, df[t]) >= 0 else floor) for t in df}
        scored = []
        for row in got:
            terms = row[6].split()
            tf: dict[str, int] = {}
            for t in terms:
                if t in idf:
                    tf[t] = tf.get(t, 0) + 1
            norm = K1 * (1 - B + B * len(terms) / avgdl)
            score = sum(idf[q] * tf[q] * (K1 + 1) / (tf[q] + norm) for q in query if q in tf)
            scored.append((*row[:6], score))
        scored.sort(key=lambda r: -r[6])
        return [r for r in scored[:k] if r[6] > 0]

    def ids(self) -> set[str]:
        return {i for (i,) in self._db().execute("SELECT chunk_id FROM chunks")}

    def ids_by_place(self) -> dict[str, set[str]]:
        """Chunk ids by jurisdiction: what ingest compares with the corpus (a local read, no store round trips)."""
        out: dict[str, set[str]] = {}
        for chunk_id, code in self._db().execute("SELECT chunk_id, jurisdiction FROM chunks"):
            out.setdefault(code, set()).add(chunk_id)
        return out

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
