"""Hybrid retrieval: lexical search (SQLite FTS5, kb/lexical.py) plus dense search in Chroma, fused by rank.

Why both: people type citations and statute words ("21.165", "unlawful dissemination") that lexical search nails,
and also plain distress ("my ex made a fake of me") that only embeddings match. Both searches run inside the
resolved jurisdictions (and their parents) only, so a neighbouring state's law can never be retrieved: the place
filter is part of each engine's query, never a Python filter over everything.

No lock: the retriever holds no mutable state, the FTS5 and Chroma searches run in native code, and the embedder
serves concurrent callers, so several sessions answer at once.
"""

from __future__ import annotations

from typing import Optional

from kb.lexical import tokens
from kb.results import Passage
from kb.store import Store

RRF_K = 60


class Retriever:
    def __init__(self, store: Store, embedder):
        self.store = store
        self.embedder = embedder

    def lexical(self, question: str, codes: Optional[list[str]], k: int) -> list[Passage]:
        return self.store.lexical(question, codes, k)

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
