"""Hybrid retrieval: BM25 over the indexed chunks plus dense search in Chroma, fused by reciprocal rank.

Why both: people type citations and statute words ("21.165", "unlawful dissemination") that lexical search nails,
and also plain distress ("my ex made a fake of me") that only embeddings match. Both searches run inside the
resolved jurisdictions (and their parents) only, so a neighbouring state's law can never be retrieved.
The lexical index is rebuilt whenever the store switches generation.
"""

from __future__ import annotations

import re
import threading
from typing import Optional

from rank_bm25 import BM25Okapi

from kb.results import Passage
from kb.store import Store

RRF_K = 60
_STOP = set("""a an and are as at be been but by can could did do does for from had has have how i if in into is it
its me my of on or our she he so that the their them there they this to was we were what when where which who will
with would you your someone somebody anyone please help""".split())


def tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*", text.casefold())
    out = []
    for w in words:
        if w in _STOP or len(w) == 1:
            continue
        out.append(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return out


class Retriever:
    def __init__(self, store: Store, embedder):
        self.store = store
        self.embedder = embedder
        self._lock = threading.Lock()
        self._generation: Optional[str] = None
        self._passages: list[Passage] = []
        self._bm25: Optional[BM25Okapi] = None

    def _lexical(self) -> tuple[list[Passage], Optional[BM25Okapi]]:
        generation = self.store.active_name()
        with self._lock:
            if generation != self._generation:
                passages = self.store.passages()
                self._bm25 = BM25Okapi([tokens(p.text) for p in passages]) if passages else None
                self._passages, self._generation = passages, generation
            return self._passages, self._bm25

    def lexical(self, question: str, codes: Optional[list[str]], k: int) -> list[Passage]:
        passages, bm25 = self._lexical()
        q = tokens(question)
        if bm25 is None or not q:
            return []
        scores = bm25.get_scores(q)
        allowed = set(codes) if codes else None
        ranked = sorted((i for i, p in enumerate(passages) if allowed is None or p.jurisdiction in allowed),
                        key=lambda i: -scores[i])
        return [passages[i].model_copy(update={"score": float(scores[i])}) for i in ranked[:k] if scores[i] > 0]

    def dense(self, question: str, codes: Optional[list[str]], k: int) -> list[Passage]:
        return self.store.query(self.embedder.embed_one(question), codes, k)

    @staticmethod
    def lexical_over(passages: tuple[Passage, ...], question: str, codes: Optional[list[str]], k: int) -> list[Passage]:
        """Term overlap over a few passages that are not in the store (a document uploaded for one session);
        BM25's idf is meaningless over a handful of passages (one passage gets a negative idf)."""
        inside = [p for p in passages if not codes or p.jurisdiction in codes]
        q = set(tokens(question))
        if not inside or not q:
            return []
        scores = [len(q & set(tokens(p.text))) for p in inside]
        ranked = sorted(range(len(inside)), key=lambda i: -scores[i])
        return [inside[i] for i in ranked[:k] if scores[i] > 0]

    def retrieve(self, question: str, codes: Optional[list[str]] = None, k: int = 12,
                 extra: tuple[Passage, ...] = ()) -> list[Passage]:
        """Passages for the question within `codes` (already including parents), best first, RRF-fused; `extra`
        passages (session uploads) compete as a third ranking."""
        fused: dict[str, float] = {}
        keep: dict[str, Passage] = {}
        rankings = [self.lexical(question, codes, k * 2), self.dense(question, codes, k * 2)]
        if extra:
            rankings.append(self.lexical_over(extra, question, codes, k))
        for ranking in rankings:
            for rank, p in enumerate(ranking):
                fused[p.chunk_id] = fused.get(p.chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
                keep.setdefault(p.chunk_id, p)
        best = sorted(fused, key=lambda cid: -fused[cid])[:k]
        if extra:  # a session upload the user chose to add is always considered, even past the cut
            best += [p.chunk_id for p in rankings[-1] if p.chunk_id not in best]
        return [keep[cid].model_copy(update={"score": fused[cid]}) for cid in best]
