"""Type stubs of the native module `warraq._warraq`. Every public name is re-exported by `warraq`."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, overload

__version__: str

# --- errors ------------------------------------------------------------------------------------

class WarraqError(ValueError):
    """Base of warraq's errors for bad values; a ValueError."""

class InvalidDateError(WarraqError):
    """A date that does not exist in its calendar, or that a method does not cover."""

class InvalidOptionError(WarraqError):
    """An option value that is not one of the accepted names."""

# --- document ----------------------------------------------------------------------------------

DateOrder = Literal["auto", "dmy", "mdy", "ymd"]

class Document:
    """Everything warraq found in one text; offsets are Python string indices into `text`."""

    def __init__(
        self,
        text: str,
        runs: Sequence[Run],
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        dates: Sequence[DateMention],
        quotes: Sequence[Quote],
    ) -> None: ...
    @property
    def text(self) -> str: ...
    @property
    def runs(self) -> list[Run]: ...
    @property
    def tokens(self) -> list[Token]: ...
    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def dates(self) -> list[DateMention]: ...
    @property
    def quotes(self) -> list[Quote]: ...
    def to_dict(self) -> dict[str, Any]: ...

def analyze(
    text: str,
    *,
    date_order: DateOrder = "auto",
    reference_date: datetime.date | str | None = None,
    split_clitics: bool = False,
    arabic_clauses: bool = False,
) -> Document:
    """Analyzes one text through every layer.

    >>> doc = analyze("قال الوزير: «نعم».")
    >>> doc.text[doc.runs[0].start:doc.runs[0].end] == doc.runs[0].text
    True
    """

def analyze_many(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    date_order: DateOrder = "auto",
    reference_date: datetime.date | str | None = None,
    split_clitics: bool = False,
    arabic_clauses: bool = False,
) -> list[Document]:
    """Analyzes many texts in parallel with the GIL released."""

def _after_fork_in_child() -> None: ...

# --- text layer --------------------------------------------------------------------------------

class Run:
    """A maximal script run."""

    start: int
    end: int
    text: str
    script: str
    direction: Literal["ltr", "rtl"]
    lang: str
    def __init__(self, start: int, end: int, text: str, script: str, direction: str, lang: str) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

@overload
def normalize(
    text: str,
    *,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    ya: bool = False,
    ta_marbuta: bool = False,
    digits: bool = True,
    bidi_controls: bool = True,
    nfkc: bool = False,
    return_map: Literal[False] = False,
) -> str: ...
@overload
def normalize(
    text: str,
    *,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    ya: bool = False,
    ta_marbuta: bool = False,
    digits: bool = True,
    bidi_controls: bool = True,
    nfkc: bool = False,
    return_map: Literal[True],
) -> tuple[str, list[int]]:
    """Normalizes Arabic text; with `return_map`, also the original index of each output index
    (plus one final entry, the original length).

    >>> normalize("الْعَرَبِيَّة")
    'العربية'
    """

# --- segmentation layer ------------------------------------------------------------------------

class Token:
    """A token: kind is word, number, punct, symbol, url, email, hashtag or mention."""

    start: int
    end: int
    text: str
    kind: str
    script: str
    lang: str
    stem: tuple[int, int] | None
    def __init__(
        self, start: int, end: int, text: str, kind: str, script: str, lang: str, stem: tuple[int, int] | None
    ) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

class Sentence:
    """A sentence and its language."""

    start: int
    end: int
    text: str
    lang: str
    def __init__(self, start: int, end: int, text: str, lang: str) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

# --- dates layer -------------------------------------------------------------------------------

class DateMention:
    """A Gregorian or Hijri date mention."""

    start: int
    end: int
    text: str
    calendar: Literal["gregorian", "hijri"]
    year: int | None
    month: int | None
    day: int | None
    precision: Literal["year", "month", "day"]
    iso: str | None
    hijri: str | None
    method: str | None
    ambiguous: bool
    inferred: bool
    gregorian_start: str | None
    gregorian_end: str | None
    linked: int | None
    agrees: bool | None
    def __init__(self, *args: Any) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

class HijriDate:
    """A Hijri date and the method that produced it."""

    year: int
    month: int
    day: int
    method: str
    def __init__(self, year: int, month: int, day: int, method: str) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

def hijri_to_gregorian(year: int, month: int, day: int, method: str = "umm_al_qura") -> datetime.date: ...
def gregorian_to_hijri(date: datetime.date, method: str = "umm_al_qura") -> HijriDate: ...

# --- quotes layer ------------------------------------------------------------------------------

class Quote:
    """A quote with its speaker, cue, cited source and date.

    `text` is the content without its marks (for a `passage`, without its citation). `kind` is
    `direct` (a clause or more, introduced as speech), `partial` (a phrase woven into the
    reporter's sentence), `passage` (a bracketed cited passage without quote marks) or `verse`
    (Quran). `closed` is False when the closing mark is missing: the quote then ends at its
    paragraph. `speaker`, `cue` and `source` are the text as written, at `speaker_span`,
    `cue_span` and `source_span`; when the speaker was written as a pronoun or a description
    (`he`, `the minister`, or nothing in Arabic `وأضاف`) it is the nearest earlier named speaker
    and `speaker_resolved` is True. `source_date` is the ISO day of the citation
    (`(RT 8/1/2022)` -> `2022-01-08`). `verse` is `(surah, first_ayah, last_ayah)`.
    """

    start: int
    end: int
    text: str
    kind: Literal["direct", "partial", "passage", "verse"]
    lang: str
    closed: bool
    speaker: str | None
    cue: str | None
    source: str | None
    source_date: str | None
    verse: tuple[int, int, int] | None
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    speaker_resolved: bool
    def __init__(self, *args: Any) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

def quran_reference(text: str) -> tuple[int, int, int] | None:
    """Reads a Quran reference: `(surah, first_ayah, last_ayah)`, or None when the surah or the
    ayah does not exist.

    >>> quran_reference("[Al-Hajj: 40]")
    (22, 40, 40)
    >>> quran_reference("البقرة: 287") is None
    True
    """
