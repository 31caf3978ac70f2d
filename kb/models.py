"""The corpus vocabulary: jurisdictions, laws, platform policies and help services.

These frozen models are the contract of `data/statutes/` (see its FORMAT.md) and cross every layer unchanged.
They are strict on purpose: an unknown key, a non-https link or a date in the future is a corpus error, because a
victim may act on what these records say. Unknown facts are `None`, never a guess.

What Recourse *produces* from them (answers, plans, comparisons) lives in `kb/results.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from enum import Enum
from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator


class Model(BaseModel):
    """Project base: immutable, no unknown keys, whitespace trimmed."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


# --- small reusable validators --------------------------------------------------------------------------------

_FUZZY_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_ISO_CODE = re.compile(r"^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
_SLUG = re.compile(r"^[a-z0-9]+([.-][a-z0-9]+)*$")


def _stringify_date(value: object) -> object:
    """YAML turns 2023-09-01 into a date and 2023 into an int; the corpus stores both as text."""
    if isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


def fuzzy_date(value: str) -> str:
    """A year, year-month or full ISO date: statutes are often known only to the year."""
    if not _FUZZY_DATE.match(value):
        raise ValueError("must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
    if len(value) == 10:
        dt.date.fromisoformat(value)  # rejects 2023-02-30
    return value


def https_url(value: str) -> str:
    if not value.startswith("https://") or len(value) < 12 or any(c.isspace() for c in value):
        raise ValueError("must be an https:// URL without spaces")
    return value


def web_url(value: str) -> str:
    """Sources keep the address that was actually read, which for some official archives is plain http."""
    if not value.startswith(("https://", "http://")) or len(value) < 11 or any(c.isspace() for c in value):
        raise ValueError("must be an http:// or https:// URL without spaces")
    return value


def iso_code(value: str) -> str:
    if not _ISO_CODE.match(value):
        raise ValueError("must be an ISO 3166 code such as 'US-TX', 'GB', 'CA-BC', or 'EU'")
    return value


def slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError("must be lower-case letters, digits, '.' and '-' (e.g. 'us-tx-penal-21.165')")
    return value


def not_future(value: dt.date) -> dt.date:
    if value > dt.date.today():
        raise ValueError(f"{value.isoformat()} is in the future; use the date you checked the sources")
    return value


FuzzyDate = Annotated[str, BeforeValidator(_stringify_date), AfterValidator(fuzzy_date)]
HttpsUrl = Annotated[str, AfterValidator(https_url)]
WebUrl = Annotated[str, AfterValidator(web_url)]
IsoCode = Annotated[str, AfterValidator(iso_code)]
Slug = Annotated[str, AfterValidator(slug)]
CheckedDate = Annotated[dt.date, AfterValidator(not_future)]
Text = Annotated[str, Field(min_length=1)]


# --- closed vocabularies --------------------------------------------------------------------------------------

class Level(str, Enum):
    supranational = "supranational"
    country = "country"
    federal = "federal"
    state = "state"
    subdivision = "subdivision"


class Status(str, Enum):
    in_force = "in_force"
    enacted = "enacted"  # passed, not yet in force
    pending = "pending"  # a bill still alive in a session that has not ended
    failed = "failed"  # died: voted down, or the session ended without passage
    vetoed = "vetoed"
    carried_over = "carried_over"  # still alive in the next year of a two-year session
    repealed = "repealed"
    unknown = "unknown"  # outcome could not be confirmed; the note says where it was looked for

    @property
    def label(self) -> str:
        return {"in_force": "in force", "enacted": "enacted, not yet in force", "carried_over": "carried over",
                "unknown": "outcome not confirmed"}.get(self.value, self.value)

    @property
    def is_bill(self) -> bool:
        """A proposal that is not law (alive, dead or of unconfirmed outcome)."""
        return self in (Status.pending, Status.carried_over, Status.failed, Status.vetoed, Status.unknown)

    @property
    def is_law(self) -> bool:
        """True when the text binds someone now or on a set date (not a bill, not dead)."""
        return self in (Status.in_force, Status.enacted)


class Kind(str, Enum):
    statute = "statute"
    regulation = "regulation"
    bill = "bill"
    directive = "directive"
    guidance = "guidance"


# The US copyright notice-and-takedown provision (17 U.S.C. § 512(c)): a removal route only for images the person
# made themselves, never offered as a platform's duty toward intimate images. One id, used by answers, plans and cards.
DMCA = "us-usc-17-512c"


class Topic(str, Enum):
    ncii = "ncii"
    csam = "csam"
    sextortion = "sextortion"
    election = "election"
    platform = "platform"
    privacy = "privacy"
    harassment = "harassment"
    other = "other"


class ServiceKind(str, Enum):
    hash_blocking = "hash_blocking"
    helpline = "helpline"
    hotline = "hotline"
    regulator = "regulator"
    legal = "legal"
    reporting = "reporting"


class Audience(str, Enum):
    adults = "adults"
    minors = "minors"
    all = "all"


class PlatformKind(str, Enum):
    social = "social"
    search = "search"
    video = "video"
    messaging = "messaging"
    forum = "forum"
    adult = "adult"
    other = "other"


# --- records --------------------------------------------------------------------------------------------------

class Fact(str, Enum):
    """Facts of a Law record a source can be the basis for (provenance per fact)."""

    text = "text"  # the wording, elements and summary
    status = "status"
    dates = "dates"  # enacted, effective, synthetic_since, session_end
    penalty = "penalty"
    coverage = "coverage"  # covers.* and remedies.*


class Source(Model):
    url: WebUrl
    publisher: Text
    official: bool
    accessed: CheckedDate
    supports: tuple[Fact, ...] = ()  # which facts this source shows; empty: not said (older records)


class OfficialText(Model):
    """The law's official text on the jurisdiction's own host. `opened: false` means the address is known (from the
    official site's structure or a citing page) but could not be opened here; `ingest fetch` verifies it."""

    url: WebUrl
    opened: bool
    note: Optional[str] = None


class Jurisdiction(Model):
    code: IsoCode
    name: Text
    level: Level
    parent: Optional[IsoCode] = None
    abbrev: Optional[str] = None  # Bluebook-style abbreviation used in citations ("Tex.")
    aliases: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    official_hosts: tuple[str, ...] = ()  # hosts that publish its official texts (legislature, gazette, code)

    @property
    def slug(self) -> str:
        return self.code.lower()


class Covers(Model):
    """What a law reaches. None means the sources do not say."""

    authentic: Optional[bool]
    synthetic: Optional[bool]
    minors: Optional[bool]
    threats: Optional[bool]
    creation: Optional[bool]
    possession: Optional[bool]
    adults: Optional[bool] = None  # protects people 18 and over (False: a minors-only law)
    children: Optional[bool] = None  # protects people under 18 (False: an adults-only law); None: not said
    synthetic_creation: Optional[bool] = None  # making an AI/altered image is itself an offence; None: as `creation`
    distribution: Optional[bool] = None  # sharing is itself an offence (False: a making/recording-only offence)

    def creation_for(self, image: str) -> Optional[bool]:
        """Is making an image of this kind ("fake", "real", "unknown") itself an offence? One reading for the verdict,
        the tracker and either-or answers."""
        if image == "fake" and self.synthetic_creation is not None:
            return self.synthetic_creation
        return self.creation


class Remedies(Model):
    criminal: Optional[bool]
    civil: Optional[bool]
    injunction: Optional[bool]
    takedown: Optional[bool]


class Penalty(Model):
    level: Optional[str] = None
    max_prison: Optional[str] = None
    max_fine: Optional[str] = None
    note: Optional[str] = None

    def describe(self) -> str:
        parts = [p for p in (self.level, self.max_prison and f"up to {self.max_prison}",
                             self.max_fine and f"fine up to {self.max_fine}") if p]
        return "; ".join(parts) or (self.note or "not recorded")


class Change(Model):
    date: FuzzyDate
    change: Text


_TOOLS = re.compile(r"\b(technology|tools?|software|apps?|applications?|systems?|services?)\b[^.;]{0,20}\b(designed|built|"
                    r"made|intended) (to|for)\b|\b(technology|tools?|software|apps?|applications?|systems?)\b (that|which) "
                    r"(generate|create|produce|undress|nudify)|\b(supplying|selling|offering) (tools?|apps?|software)|"
                    r"\bnudification\b|\bimage[- ]generators?\b", re.I)


class Law(Model):
    id: Slug
    jurisdiction: IsoCode
    citation: Optional[Text]
    title: Text
    kind: Kind
    topic: Topic
    status: Status
    enacted: Optional[FuzzyDate]
    effective: Optional[FuzzyDate]
    covers: Covers
    remedies: Remedies
    penalty: Optional[Penalty] = None
    limitation: Optional[str] = None
    elements: tuple[Text, ...] = ()
    summary: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    verified: CheckedDate
    history: tuple[Change, ...] = ()
    notes: Optional[str] = None
    synthetic_since: Optional[FuzzyDate] = None  # when its coverage of AI-made or altered images began
    official_text: Optional[OfficialText] = None  # the official text, when no opened source is official
    session: Optional[str] = None  # a bill's legislative session ("2025-2026 Regular Session")
    session_end: Optional[FuzzyDate] = None  # scheduled end of that session (two-year sessions: the biennium)

    @model_validator(mode="after")
    def _consistent(self) -> "Law":
        if self.citation is None and not self.notes:
            raise ValueError("a law without a citation needs a note saying why the citation is unknown")
        if self.status in (Status.pending, Status.carried_over) and self.kind is not Kind.bill:
            raise ValueError(f"a {self.status.value} law must have kind 'bill'")
        if self.status is Status.unknown and not self.notes:
            raise ValueError("status 'unknown' needs a note saying where the outcome was looked for")
        if self.synthetic_since and self.covers.synthetic is not True:
            raise ValueError("synthetic_since is set but covers.synthetic is not true")
        return self

    @property
    def official_link(self) -> Optional[tuple[str, bool]]:
        """(url, opened) of the official text: an opened official source first, else the recorded address."""
        opened = [s.url for s in self.sources if s.official]
        if opened:
            return opened[0], True
        if self.official_text:
            return self.official_text.url, self.official_text.opened
        return None

    @property
    def label(self) -> str:
        return self.citation or self.title

    @cached_property
    def about_tools(self) -> bool:
        """The law targets tools that make images (nudification apps, systems built to generate abuse images), not
        a person's making or sharing of an image; FORMAT.md asks such titles to say so. Read once per record: it is
        asked for every law on every answer."""
        return bool(_TOOLS.search(self.title))

    @property
    def url(self) -> str:
        """The link a reader should open first: the official text, else the first source."""
        link = self.official_link
        return link[0] if link else self.sources[0].url


class PlatformPolicy(Model):
    id: Slug
    name: Text
    aliases: tuple[str, ...] = ()
    kind: PlatformKind
    policy_url: Optional[HttpsUrl]
    prohibits_synthetic: Optional[bool]
    report_url: HttpsUrl
    report_needs: tuple[Text, ...] = ()
    stopncii_partner: Optional[bool]
    response_time: Optional[str] = None
    policy_summary: Text
    notes: Optional[str] = None
    sources: tuple[Source, ...] = Field(min_length=1)
    verified: CheckedDate


class Service(Model):
    id: Slug
    name: Text
    kind: ServiceKind
    serves: Audience
    regions: tuple[str, ...] = Field(min_length=1)
    url: HttpsUrl
    phone: Optional[str] = None
    hours: Optional[str] = None
    description: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    verified: CheckedDate

    def serves_region(self, codes: set[str]) -> bool:
        return "*" in self.regions or bool(codes & set(self.regions))


_CHECKS = ("covers.authentic", "covers.synthetic", "covers.minors", "covers.threats", "covers.creation",
           "remedies.criminal", "remedies.civil", "remedies.injunction", "remedies.takedown")


class ChecklistItem(Model):
    """One element of a model law (ULC uniform act, advocates' model statute) that a jurisdiction can be checked
    against; `check` names the Law attribute that shows it, or None when the corpus cannot tell."""

    id: Slug
    label: Text
    check: Optional[str]
    why: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    verified: CheckedDate

    @model_validator(mode="after")
    def _known_check(self) -> "ChecklistItem":
        if self.check is not None and self.check not in _CHECKS:
            raise ValueError(f"check must be one of {', '.join(_CHECKS)} or null")
        return self
