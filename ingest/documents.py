"""Local documents: official texts someone already has as a file (PDF, HTML, plain text), linked to a law.

Each file in `data/statutes/documents/` (and, for uploads, RECOURSE_HOME/documents/) has a sidecar
`<file>.meta.yaml` that says which law it is the text of and where it came from:

    jurisdiction: US-TX
    law_id: us-tx-penal-21.165      # or `title:` of a law in that jurisdiction
    url: https://statutes.capitol.texas.gov/Docs/PE/htm/PE.21.htm

Sidecars are validated like the corpus (every problem, `file › field: reason`). A document that cannot be read
fails the ingest with the file named, because an official text that silently yields nothing is worse than none.
Extracted text is cached by the file's content hash, so an unchanged document costs one hash per ingest.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

import yaml
from pydantic import ValidationError, model_validator

from kb.config import Settings, settings as current_settings
from kb.corpus import Corpus, _problems_from, _read_yaml, load_strict
from kb.errors import CorpusError, IngestError, Problem
from kb.models import IsoCode, Law, Model, Slug, Text, WebUrl
from kb.results import Passage

FOLDER = "documents"
SIDECAR = ".meta.yaml"
_SKIP = {"README.md", ".gitkeep"}


class DocumentMeta(Model):
    """The sidecar of one local document."""

    jurisdiction: IsoCode
    law_id: Optional[Slug] = None
    title: Optional[Text] = None
    url: WebUrl
    notes: Optional[str] = None

    @model_validator(mode="after")
    def _names_a_law(self) -> "DocumentMeta":
        if not self.law_id and not self.title:
            raise ValueError("give law_id (e.g. 'us-tx-penal-21.165') or the title of a law in the corpus")
        return self


@dataclass(frozen=True)
class Document:
    path: Path
    meta: DocumentMeta
    law_id: str


@dataclass(frozen=True)
class DocumentResult:
    """What `ingest_document` did: which law the text now belongs to, and the index report."""

    path: Path
    law_id: str
    chars: int
    report: object  # ingest.pipeline.Report


def folders(corpus_dir: Path, config: Settings) -> list[Path]:
    return [Path(corpus_dir) / FOLDER, config.home / FOLDER]


def _link(meta: DocumentMeta, corpus: Corpus) -> tuple[Optional[str], Optional[Problem]]:
    """The law id this sidecar points at, or the problem that stops it (with the fix)."""
    in_place = [law for law in corpus.laws if law.jurisdiction == meta.jurisdiction]
    if meta.law_id:
        law = next((l for l in corpus.laws if l.id == meta.law_id), None)
        if law is None:
            return None, Problem("", "", "law_id", f"'{meta.law_id}' is not a law in the corpus (check the id in "
                                                   f"data/statutes)")
        if law.jurisdiction != meta.jurisdiction:
            return None, Problem("", "", "jurisdiction", f"'{meta.law_id}' belongs to {law.jurisdiction}, not "
                                                         f"{meta.jurisdiction}")
        return law.id, None
    wanted = meta.title.casefold()
    matches = [l for l in in_place if wanted in (l.title.casefold(), (l.citation or "").casefold())]
    if len(matches) == 1:
        return matches[0].id, None
    known = "; ".join(f"{l.id} ({l.title})" for l in in_place[:8]) or "none"
    why = "matches several laws" if matches else "matches no law's title or citation"
    return None, Problem("", "", "title", f"'{meta.title}' {why} in {meta.jurisdiction}; use law_id (known: {known})")


def validate_meta(raw: object, corpus: Corpus, file: str) -> tuple[Optional[DocumentMeta], Optional[str],
                                                                    list[Problem]]:
    """Sidecar data -> (meta, law id, problems), every problem named with the sidecar's file and field."""
    if isinstance(raw, DocumentMeta):
        meta = raw
    elif not isinstance(raw, dict):
        return None, None, [Problem(file, "", "(file)", "must be a mapping with jurisdiction, law_id or title, "
                                                        "and url")]
    else:
        try:
            meta = DocumentMeta.model_validate(raw)
        except ValidationError as err:
            hint = "(see data/statutes/documents/README.md)"
            return None, None, [Problem(p.file, "", p.field, p.reason.replace(
                "(add it; use null with a note if the fact is unknown)", hint)) for p in _problems_from(err, file, "")]
    law_id, problem = _link(meta, corpus)
    if problem:
        return meta, None, [Problem(file, "", problem.field, problem.reason)]
    return meta, law_id, []


def find_documents(corpus_dir: Path, corpus: Corpus, config: Settings) -> tuple[list[Document], list[Problem]]:
    """Every document with a valid sidecar, and every problem (missing sidecar, bad field, unknown format)."""
    from ingest.extract import SUFFIXES

    documents: list[Document] = []
    problems: list[Problem] = []
    for folder in folders(corpus_dir, config):
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.iterdir()
                           if p.is_file() and p.name not in _SKIP and not p.name.endswith(".partial")):
            shown = _shown(path, corpus_dir)
            if path.name.endswith(SIDECAR):
                if not path.with_name(path.name[:-len(SIDECAR)]).exists():
                    problems.append(Problem(shown, "", "(file)", "sidecar without its document (add the document "
                                                                 "or delete the sidecar)"))
                continue
            if path.suffix.lower() not in SUFFIXES:
                problems.append(Problem(shown, "", "(file)", f"unsupported format; use one of "
                                                             f"{', '.join(sorted(SUFFIXES))}"))
                continue
            sidecar = path.with_name(path.name + SIDECAR)
            if not sidecar.exists():
                problems.append(Problem(shown, "", "(file)", f"has no sidecar {sidecar.name} (add jurisdiction, "
                                                             f"law_id or title, and url)"))
                continue
            found: list[Problem] = []
            raw = _read_yaml(sidecar, shown + SIDECAR, found)  # the corpus's reader: no aliases, no duplicate keys
            if found:
                problems.extend(found)
                continue
            meta, law_id, found = validate_meta(raw, corpus, shown + SIDECAR)
            problems.extend(found)
            if meta and law_id:
                documents.append(Document(path, meta, law_id))
    return documents, problems


def _shown(path: Path, corpus_dir: Path) -> str:
    """Corpus-relative when the file is in the corpus (`documents/x.pdf`), else the full path."""
    try:
        return path.relative_to(Path(corpus_dir)).as_posix()
    except ValueError:
        return str(path)


def document_text(path: Path, config: Settings) -> str:
    """Extracted text of a document, cached under RECOURSE_HOME/texts/documents by the file's content hash."""
    from ingest.extract import extract

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc}); check the file's permissions") from exc
    cache = _cache_path(data, config)
    if cache.exists():
        return cache.read_text(encoding="utf-8")
    return _remember(extract(data, str(path)), cache)


def _cache_path(data: bytes, config: Settings) -> Path:
    return config.home / "texts" / FOLDER / f"{hashlib.sha256(data).hexdigest()}.txt"


def _remember(text: str, cache: Path) -> str:
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(cache)
    return text


def _replace(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def document_texts(corpus_dir: Path, corpus: Corpus, config: Settings) -> dict[str, list[tuple[str, str, str]]]:
    """law id -> [(text, url, "document")] for every local document. Raises CorpusError for bad sidecars and
    IngestError for unreadable documents, before anything is indexed."""
    documents, problems = find_documents(corpus_dir, corpus, config)
    if problems:
        raise CorpusError(problems)
    out: dict[str, list[tuple[str, str, str]]] = {}
    for doc in documents:
        out.setdefault(doc.law_id, []).append((document_text(doc.path, config), doc.meta.url, "document"))
    return out


def ingest_document(path: Union[str, Path], meta: Union[dict, DocumentMeta], config: Optional[Settings] = None,
                    progress: bool = False) -> DocumentResult:
    """Add one document (e.g. an upload) to the index, linked to its law.

    The file is read and validated first; only then is it copied with its sidecar into RECOURSE_HOME/documents
    (outside the git-tracked corpus) and the index refreshed, so later ingests keep it. Raises CorpusError for a
    bad sidecar and IngestError for an unreadable file; the index is untouched in both cases."""
    from ingest.extract import extract
    from ingest.pipeline import run

    config = config or current_settings()
    path = Path(path)
    corpus = load_strict(config.corpus)
    valid, law_id, problems = validate_meta(meta, corpus, f"{path.name}{SIDECAR}")
    if problems:
        raise CorpusError(problems)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc}); check the path") from exc
    text = _remember(extract(data, str(path)), _cache_path(data, config))
    target_dir = config.home / FOLDER
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{hashlib.sha256(data).hexdigest()[:12]}-{path.name}"
    sidecar = target.with_name(target.name + SIDECAR)
    # All or nothing, for this call only: a failed ingest takes back what this call wrote and nothing else. A copy
    # stored by an earlier call (the same bytes, so the same name) stays, with its earlier sidecar.
    had_target = target.exists()
    old_sidecar = sidecar.read_bytes() if sidecar.exists() else None
    if not had_target:
        shutil.copyfile(path, target)
    _replace(sidecar, yaml.safe_dump(valid.model_dump(exclude_none=True), sort_keys=False).encode())
    try:
        report = run(config.corpus, config, progress=progress)
    except BaseException:
        if not had_target:
            target.unlink(missing_ok=True)
        if old_sidecar is None:
            sidecar.unlink(missing_ok=True)
        else:
            _replace(sidecar, old_sidecar)
        raise
    return DocumentResult(target, law_id, len(text), report)


def session_passages(data: bytes, name: str, law: Law) -> list[Passage]:
    """An uploaded document as passages for one browser session only: extracted and split like any official
    text, linked to `law`, and never written to disk or to the shared index."""
    from ingest.chunk import chunk_text
    from ingest.extract import extract

    text = extract(data, name)
    chunks = chunk_text(law, text, url="", source="upload")
    if not chunks:
        raise IngestError(f"{name}: no statute text found in the upload (is it a scanned image?)")
    return [Passage(chunk_id=c.id, law_id=c.law_id, jurisdiction=c.jurisdiction, text=c.text, source="upload")
            for c in chunks]
