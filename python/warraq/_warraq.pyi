"""Type stubs of the native module `warraq._warraq`. Every public name is re-exported by `warraq`."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypeAlias, final, overload

from typing_extensions import Self

__version__: str

# --- errors ------------------------------------------------------------------------------------

class WarraqError(ValueError):
    """Base of warraq's errors for bad values; a ValueError."""

class InvalidDateError(WarraqError):
    """A date that does not exist in its calendar, or that a method does not cover."""

class InvalidOptionError(WarraqError):
    """An option value that is not one of the accepted names."""

class InternalError(RuntimeError):
    """A bug in warraq (never bad input): please report it with the text that raised it.

    Raised instead of letting a Rust panic cross into Python; the message names the layer.
    """

# --- document ----------------------------------------------------------------------------------

DateOrder: TypeAlias = Literal["auto", "dmy", "mdy", "ymd"]

@final
class Document:
    """Everything warraq found in one text; offsets are Python string indices into `text`.

    Each layer is computed the first time it is read (with the GIL released) and kept.
    """

    def __new__(
        cls,
        text: str,
        runs: Sequence[Run],
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        dates: Sequence[DateMention],
        quotes: Sequence[Quote],
    ) -> Self: ...
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
    def _repr_html_(self) -> str: ...

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
def _analyze_columns(
    texts: Iterable[str],
    layer: Literal["runs", "tokens", "sentences", "dates", "quotes"],
    *,
    threads: int | None = None,
    date_order: DateOrder = "auto",
    reference_date: datetime.date | str | None = None,
    split_clitics: bool = False,
    arabic_clauses: bool = False,
) -> dict[str, list[Any]]: ...
def _analyze_pickled(
    text: str,
    date_order: DateOrder,
    reference_date: str | None,
    split_clitics: bool,
    arabic_clauses: bool,
) -> Document: ...


# --- text layer --------------------------------------------------------------------------------

@final
class Run:
    """A maximal script run."""

    start: int
    end: int
    text: str
    script: str
    direction: Literal["ltr", "rtl"]
    lang: str
    def __new__(cls, start: int, end: int, text: str, script: str, direction: str, lang: str) -> Self: ...
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

@final
class Token:
    """A token: kind is word, number, punct, symbol, url, email, hashtag or mention.

    Harakat, shadda, Quranic marks and tatweel stay inside their word; Arabic-Indic and Persian
    numbers with ``٫``/``٬`` are one ``number``; ``٢٠٢٢م`` and ``1443هـ`` split into the number and
    the era marker; ``U.S.``, ``a.m.``, ``e.g.``, ``Mr.`` and ``د.`` keep their period. Scripts other
    than Latin and Arabic follow UAX #29. With ``analyze(..., split_clitics=True)``, ``stem`` is the
    ``(start, end)`` of an Arabic word's stem once proclitics (و ف ب ك ل ال س) are split off: a
    light, letter-based split, not a morphological analysis. Otherwise ``stem`` is None.
    """

    start: int
    end: int
    text: str
    kind: str
    script: str
    lang: str
    stem: tuple[int, int] | None
    def __new__(
        cls, start: int, end: int, text: str, kind: str, script: str, lang: str, stem: tuple[int, int] | None
    ) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Sentence:
    """A sentence and its language (that of its dominant run, by letters).

    A sentence ends at ``.`` ``!`` ``?`` ``…`` ``؟`` ``۔`` (and their runs) when a new sentence
    follows, at a blank line, at a line break unless a long prose line goes on in lower case, before
    list items (``1-``, ``a.``, ``b)``, ``•``) and after headings on their own line (``Question:``).
    ``،`` ``؛`` and ``:`` do not end a sentence, except a colon after a short Arabic label
    (``سؤال وجواب:``); ``analyze(..., arabic_clauses=True)`` also splits at ``،`` and ``؛``.
    Abbreviations (``Mr.``, ``د.``, ``U.S.`` mid-sentence), numbers, URLs and ellipses before lower
    case do not end sentences; closing quotes and a citation after them (``.” (RT 8/1/2022)]``) stay
    with the sentence they close. ``text`` has no surrounding whitespace.
    """

    start: int
    end: int
    text: str
    lang: str
    def __new__(cls, start: int, end: int, text: str, lang: str) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...

def split_sentences(text: str, *, arabic_clauses: bool = False) -> list[Sentence]:
    """The sentences of ``text`` alone (same as ``analyze(text).sentences``, without the other layers).

    >>> [s.text for s in split_sentences("قال د. سامي: نعم. The U.S. envoy left.")]
    ['قال د. سامي: نعم.', 'The U.S. envoy left.']
    """

def tokenize(text: str, *, split_clitics: bool = False) -> list[Token]:
    """The tokens of ``text`` alone (same as ``analyze(text).tokens``, without the other layers).

    >>> [(t.text, t.kind) for t in tokenize("٢٠٢٢م U.S.")]
    [('٢٠٢٢', 'number'), ('م', 'word'), ('U.S.', 'word')]
    """

# --- dates layer -------------------------------------------------------------------------------

@final
class DateMention:
    """A Gregorian or Hijri date mention.

    ``year``/``month``/``day`` are the values as written, in ``calendar``; ``iso`` is the
    Gregorian value at ``precision`` (None for a Hijri month or year, and for a relative date
    with no reference; for a week, the ISO week ``2022-W01``, with ``year`` its week-numbering
    year); ``hijri`` is the Hijri value (``1443-06-12``, ``1443-06``, ``1443``);
    ``gregorian_start``/``gregorian_end`` bound a Hijri month or year and a week; ``linked`` is
    the index in ``Document.dates`` of the other half of a dual date, ``agrees`` whether both
    name one day under ``method``. ``ambiguous``: a reading was assumed, not proven (the numeric
    order, the calendar of a bare year such as ``عام 1492``, or which of two occurrences);
    ``inferred``: a part came from context (the reference date, a citation or the dateline).
    ``alternative``: the other reading when a Gregorian year holds an occasion twice
    (``Eid al-Adha 2006``: its ``iso``; ``Ramadan 2030``: its ``hijri``); ``part``:
    ``early``/``mid``/``late`` for ``early March 2019``, ``أواخر العام``.
    """

    start: int
    end: int
    text: str
    calendar: Literal["gregorian", "hijri"]
    year: int | None
    month: int | None
    day: int | None
    precision: Literal["year", "month", "week", "day"]
    iso: str | None
    hijri: str | None
    method: str | None
    ambiguous: bool
    inferred: bool
    gregorian_start: str | None
    gregorian_end: str | None
    linked: int | None
    agrees: bool | None
    alternative: str | None
    part: Literal["early", "mid", "late"] | None
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        calendar: str,
        year: int | None,
        month: int | None,
        day: int | None,
        precision: str,
        iso: str | None,
        hijri: str | None,
        method: str | None,
        ambiguous: bool,
        inferred: bool,
        gregorian_start: str | None,
        gregorian_end: str | None,
        linked: int | None,
        agrees: bool | None,
        alternative: str | None,
        part: str | None,
    ) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class HijriDate:
    """A Hijri date and the method that produced it."""

    year: int
    month: int
    day: int
    method: str
    def __new__(cls, year: int, month: int, day: int, method: str) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...

# any case, `-` or `_` between words: `"Umm-Al-Qura"` is `"umm_al_qura"`
HijriMethod: TypeAlias = Literal[
    "umm_al_qura",
    "umm_al_qura_kacst",
    "tabular",
    "tabular_thursday",
    "islamic-umalqura",
    "islamic-civil",
    "islamic-tbla",
]

def hijri_to_gregorian(year: int, month: int, day: int, method: HijriMethod = "umm_al_qura") -> datetime.date:
    """The Gregorian day of a Hijri date; an impossible one raises InvalidDateError.

    >>> hijri_to_gregorian(1443, 9, 1)
    datetime.date(2022, 4, 2)
    """

def gregorian_to_hijri(date: datetime.date | str, method: HijriMethod = "umm_al_qura") -> HijriDate:
    """The Hijri day of a Gregorian date, with the method actually used.

    >>> gregorian_to_hijri(datetime.date(2022, 1, 15))
    HijriDate(year=1443, month=6, day=12, method='umm_al_qura')
    """

def hijri_month_length(year: int, month: int, method: HijriMethod = "umm_al_qura") -> int:
    """>>> hijri_month_length(1443, 6)
    29
    """

def hijri_year_length(year: int, method: HijriMethod = "umm_al_qura") -> int:
    """>>> hijri_year_length(1443)
    355
    """

def hijri_month_bounds(
    year: int, month: int, method: HijriMethod = "umm_al_qura"
) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Hijri month.

    >>> hijri_month_bounds(1443, 9)
    (datetime.date(2022, 4, 2), datetime.date(2022, 5, 1))
    """

def hijri_year_bounds(year: int, method: HijriMethod = "umm_al_qura") -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Hijri year.

    >>> hijri_year_bounds(1443)
    (datetime.date(2021, 8, 9), datetime.date(2022, 7, 29))
    """

def hijri_month_name(month: int, lang: Literal["en", "ar"] = "en") -> str:
    """>>> hijri_month_name(9)
    'Ramadan'
    """

def hijri_table_years(method: HijriMethod = "umm_al_qura") -> tuple[int, int] | None:
    """Hijri years a method's table covers (None for the tabular methods).

    >>> hijri_table_years()
    (1343, 1500)
    """

def hijri_in_gregorian_year(
    month: int, day: int, year: int, method: HijriMethod = "umm_al_qura"
) -> list[datetime.date]:
    """Days of a Gregorian year that are `day` `month` of some Hijri year (none, one or two).

    >>> hijri_in_gregorian_year(10, 1, 2022)
    [datetime.date(2022, 5, 2)]
    """

def hijri_to_gregorian_many(
    years: Sequence[int | None] | Any,
    months: Sequence[int | None] | Any,
    days: Sequence[int | None] | Any,
    method: HijriMethod = "umm_al_qura",
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> list[datetime.date | None] | Any:
    """Columns of Hijri dates to a list of dates (lists) or a datetime64[D] array (numpy/pandas).

    >>> hijri_to_gregorian_many([1443, 1444], [9, 9], [1, 1])
    [datetime.date(2022, 4, 2), datetime.date(2023, 3, 23)]
    """

def gregorian_to_hijri_many(
    dates: Sequence[datetime.date | str | int | None] | Any,
    method: HijriMethod = "umm_al_qura",
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> list[HijriDate | None] | tuple[Any, Any, Any]:
    """Dates (or day numbers since 1970-01-01) to HijriDates (lists) or to (years, months, days)
    arrays (numpy/pandas).

    >>> gregorian_to_hijri_many(["2022-01-15"])
    [HijriDate(year=1443, month=6, day=12, method='umm_al_qura')]
    """

# --- quotes layer ------------------------------------------------------------------------------

@final
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

    A quote inside a quote (`“He told me ‘we will not leave’ and left,” she said.`) is a quote of
    its own, listed right after the outer one, which stays whole: its speaker is the one named
    inside the outer quote (`The officer shouted ‘Get back!’`), else None (never resolved), and
    it shares the outer quote's source and date. The speaker of relayed words is the person
    quoted (`Reuters quoted an official as saying`, `نقلت رويترز عن مسؤول قوله`: the official),
    the relaying outlet the `source`. A short quoted term with no cue in its sentence (a scare
    quote) is `partial` with no speaker; after a naming word (`so-called`, `dubbed`, `حركة`) it
    is a name and not a quote.
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
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        kind: str,
        lang: str,
        closed: bool,
        speaker: str | None,
        cue: str | None,
        source: str | None,
        source_date: str | None,
        verse: tuple[int, int, int] | None,
        speaker_span: tuple[int, int] | None,
        cue_span: tuple[int, int] | None,
        source_span: tuple[int, int] | None,
        speaker_resolved: bool,
    ) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...

def quran_reference(text: str) -> tuple[int, int, int] | None:
    """Reads a Quran reference: `(surah, first_ayah, last_ayah)`, or None when the surah or the
    ayah does not exist.

    >>> quran_reference("[Al-Hajj: 40]")
    (22, 40, 40)
    >>> quran_reference("البقرة: 287") is None
    True
    """
