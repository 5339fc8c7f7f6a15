//! Quotes: quoted spans, their speakers, cues, cited outlets and dates, Quran references.
//!
//! Entry point: [`find_quotes`]. The work goes in five steps, each linear in the text:
//! 1. paragraphs (blank lines) and one scan pairing quote marks and brackets (`marks`);
//! 2. Quran references in brackets and in running text ([`quran`]);
//! 3. citations right after a quote or closing a bracketed passage (`citation`);
//! 4. kinds (direct, partial, passage, verse) and the filter for titles and scare quotes;
//! 5. speaker and cue, in document order so pronouns resolve to earlier speakers (`attribution`);
//! 6. quotes inside quotes, each its own quote attributed from inside the outer one.
//!
//! Scare quotes and titles follow one rule. A short quoted term right after a naming word
//! (`so-called`, `dubbed`, `known as`, `titled`, a body's noun: `حركة «حماس»`) names something
//! and is not a quote. Any other quoted term is kept as a `partial` quote, attributed only when
//! its own sentence has a cue (`Critics say the “reform” failed` → Critics); with no cue in its
//! sentence (`The army began a “special operation”.`) it is the writer's term: `partial`, no
//! speaker, never borrowed from an earlier sentence's cue.

mod attribution;
mod citation;
mod lexicon;
mod marks;
pub mod quran;

use crate::dates::{DateMention, SimpleDate};
use crate::text::Lang;
use crate::Options;

use citation::Citation;
use marks::{trim_span, Pair, RawQuote};

/// What kind of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// The speaker's words, a clause or more.
    Direct,
    /// A phrase woven into the reporter's sentence.
    Partial,
    /// A bracketed cited passage without quote marks.
    Passage,
    /// A Quran verse.
    Verse,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Passage => "passage",
            QuoteKind::Verse => "verse",
        }
    }
}

/// One quote, in byte offsets. `start..end` is the content without its marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub lang: Lang,
    /// False when the closing mark is missing (the quote ends at its paragraph).
    pub closed: bool,
    pub speaker: Option<(usize, usize)>,
    /// The speaker came from a pronoun or a description resolved to an earlier name.
    pub speaker_resolved: bool,
    pub cue: Option<(usize, usize)>,
    pub source: Option<(usize, usize)>,
    pub source_date: Option<SimpleDate>,
    /// `(surah, first_ayah, last_ayah)` of a Quran reference.
    pub verse: Option<(u16, u16, u16)>,
}

/// A quote candidate before attribution.
#[derive(Clone, Debug)]
struct Cand {
    /// Opening mark (or bracket).
    open: usize,
    start: usize,
    end: usize,
    /// After the closing mark (or bracket).
    close_end: usize,
    closed: bool,
    kind: QuoteKind,
    citation: Option<Citation>,
    verse: Option<(u16, u16, u16)>,
}

/// Finds every quote in `text`, with the dates found before (paragraphs, not sentences,
/// bound a quote, so the quotes layer needs no sentences).
///
/// `dates` (from the dates layer) give the citation dates, so a citation's date is read with
/// the document's numeric order like every other date.
pub fn find_quotes(text: &str, dates: &[DateMention], options: &Options) -> Vec<Quote> {
    if text.is_empty() {
        return Vec::new();
    }
    let paras = marks::paragraphs(text);
    let scan = marks::scan(text, &paras);
    let _ = options;
    let mut sorted_dates;
    let dates = if dates.windows(2).all(|w| w[0].start <= w[1].start) {
        dates
    } else {
        sorted_dates = dates.to_vec();
        sorted_dates.sort_by_key(|d| d.start);
        &sorted_dates[..]
    };

    // Quran references: in brackets and parentheses, and written out
    let mut refs: Vec<(usize, usize, (u16, u16, u16))> = Vec::new();
    for p in scan.squares.iter().chain(scan.parens.iter()) {
        if let Some(v) = quran::parse_reference(&text[p.open + 1..p.close]) {
            refs.push((p.open, p.close + 1, v));
        }
    }
    refs.extend(quran::find_running_references(text));
    refs.sort_by_key(|r| r.0);
    let ref_at = |pos: usize| -> Option<(u16, u16, u16)> {
        let i = refs.partition_point(|r| r.0 < pos);
        refs.get(i).filter(|r| r.0 == pos).map(|r| r.2)
    };
    let paren_at = |pos: usize| -> Option<Pair> {
        let i = scan.parens.partition_point(|p| p.open < pos);
        scan.parens.get(i).filter(|p| p.open == pos).copied()
    };
    let cite_paren = |pos: usize, alone: bool| -> Option<Citation> {
        let p = paren_at(pos)?;
        citation::paren_citation(text, p.open, p.close, dates, alone)
    };

    let mut cands: Vec<Cand> = Vec::new();
    let quotes: Vec<&RawQuote> = scan.quotes.iter().collect();
    let mut in_bracket_cite: Vec<Option<Citation>> = vec![None; quotes.len()];

    // bracketed passages: their closing citation applies to the quotes inside
    for b in &scan.squares {
        if ref_at(b.open).is_some() {
            continue;
        }
        let lo = quotes.partition_point(|q| q.open <= b.open);
        let hi = quotes.partition_point(|q| q.open < b.close);
        let inner_end = text[b.open + 1..b.close].trim_end();
        let last_abs = b.open + 1 + inner_end.len();
        // a citation closing the bracket: `… (RT 8/1/2022)]` or right after it: `…] (RT 8/1/2022)`
        let mut cite = None;
        if inner_end.ends_with(')') {
            let close_pos = last_abs - 1;
            let i = scan.parens.partition_point(|p| p.close < close_pos);
            if let Some(p) = scan.parens.get(i).filter(|p| p.close == close_pos) {
                cite = citation::paren_citation(text, p.open, p.close, dates, true);
            }
        }
        if cite.is_none() {
            let after = b.close + 1;
            let skip = text[after..].len() - text[after..].trim_start_matches([' ', '\t']).len();
            if text[after + skip..].starts_with('(') {
                cite = cite_paren(after + skip, true);
            }
        }
        if lo < hi {
            for slot in &mut in_bracket_cite[lo..hi] {
                if slot.is_none() {
                    *slot = cite;
                }
            }
            continue;
        }
        let (cs, ce) = trim_span(
            text,
            b.open + 1,
            cite.filter(|c| c.start > b.open && c.end <= b.close)
                .map_or(b.close, |c| c.start),
        );
        if ce <= cs || !text[cs..ce].chars().any(char::is_alphanumeric) {
            continue;
        }
        let (kind, citation) = if cite.is_some() {
            (QuoteKind::Passage, cite)
        } else if is_verse_text(&text[cs..ce]) {
            (QuoteKind::Verse, None)
        } else {
            // `saying: [The beginning …]` without a citation: a passage when a colon introduces it
            let before = text[..b.open].trim_end();
            if !(before.ends_with(':')
                && text[cs..ce].split_whitespace().count() >= 5
                && cue_near(before))
            {
                continue;
            }
            (QuoteKind::Passage, None)
        };
        cands.push(Cand {
            open: b.open,
            start: cs,
            end: ce,
            close_end: b.close + 1,
            closed: true,
            kind,
            citation,
            verse: None,
        });
    }
    for o in &scan.ornate {
        let (cs, ce) = trim_span(text, o.open + '﴿'.len_utf8(), o.close);
        if ce > cs {
            cands.push(Cand {
                open: o.open,
                start: cs,
                end: ce,
                close_end: o.close + '﴾'.len_utf8(),
                closed: true,
                kind: QuoteKind::Verse,
                citation: None,
                verse: None,
            });
        }
    }

    // quotes in marks
    for (qi, q) in quotes.iter().enumerate() {
        let (cs, ce) = trim_span(text, q.cs, q.ce);
        if ce <= cs || !text[cs..ce].chars().any(char::is_alphanumeric) {
            continue;
        }
        // a verse inside ﴿…﴾ is taken by the ornate pair
        let oi = scan.ornate.partition_point(|o| o.open < q.open);
        if oi > 0
            && scan
                .ornate
                .get(oi - 1)
                .is_some_and(|o| q.close_end <= o.close)
        {
            continue;
        }
        let mut citation = None;
        if q.closed {
            let after = q.close_end;
            let rest = &text[after..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t', '.', ',']).len();
            if rest[skip..].starts_with('(') {
                citation = cite_paren(after + skip, true);
            }
            if citation.is_none() {
                citation = citation::citing_phrase(text, after, dates);
            }
        }
        if citation.is_none() {
            citation = in_bracket_cite[qi];
        }
        if citation.is_none()
            && (!q.closed
                || text[q.close_end..]
                    .trim_start_matches([' ', '\t', '.'])
                    .starts_with('\n'))
        {
            // a citation on its own line after the quote's paragraph
            if let Some(&(ns, ne)) = paras.get(q.para + 1) {
                if text[ns..ne].starts_with('(') && text[ns..ne].ends_with(')') {
                    citation = cite_paren(ns, true).filter(|c| c.end == ne);
                }
            }
        }
        let kind = if is_scare(text, q.open, &text[cs..ce]) {
            continue;
        } else {
            classify(text, q.open, &text[cs..ce])
        };
        cands.push(Cand {
            open: q.open,
            start: cs,
            end: ce,
            close_end: q.close_end,
            closed: q.closed,
            kind,
            citation,
            verse: None,
        });
    }

    // Arabic parentheses used as quote marks after a colon: `قال: (…)`
    for p in &scan.parens {
        let before = text[..p.open].trim_end();
        if !before.ends_with(':') || !cue_near(before) {
            continue;
        }
        let (cs, ce) = trim_span(text, p.open + 1, p.close);
        let inner = &text[cs..ce];
        if ce <= cs
            || inner.split_whitespace().count() < 3
            || inner.contains(|c: char| marks::is_quote_char(c) && c != '\'')
            || ref_at(p.open).is_some()
            || !inner.chars().any(citation::is_arabic)
            || citation::paren_citation(text, p.open, p.close, dates, true).is_some()
            || inside_quote(&quotes, p.open)
        {
            continue;
        }
        cands.push(Cand {
            open: p.open,
            start: cs,
            end: ce,
            close_end: p.close + 1,
            closed: true,
            kind: QuoteKind::Direct,
            citation: None,
            verse: None,
        });
    }

    cands.sort_by_key(|c| (c.open, c.start));
    cands.dedup_by_key(|c| c.start);

    // Quran references right after a quote or a verse bracket
    let n = cands.len();
    for c in cands.iter_mut() {
        let after = c.close_end;
        let rest = &text[after..];
        let skip = rest.len()
            - rest
                .trim_start_matches([' ', '\t', '.', ',', '-', '–'])
                .len();
        if let Some(v) = ref_at(after + skip) {
            c.verse = Some(v);
            c.kind = QuoteKind::Verse;
        }
    }
    // a verse in Arabic followed by its translation and the reference
    for i in 0..n {
        if cands[i].kind == QuoteKind::Verse && cands[i].verse.is_none() {
            if let Some(next) = cands.get(i + 1) {
                let gap = &text[cands[i].close_end..next.open.max(cands[i].close_end)];
                if gap.trim().is_empty() && next.verse.is_some() {
                    cands[i].verse = next.verse;
                }
            }
        }
    }

    // attribution, in document order
    let spans: Vec<(usize, usize)> = cands.iter().map(|c| (c.open, c.close_end)).collect();
    let mut ctx = attribution::Ctx {
        text,
        paras: &paras,
        spans: &spans,
        hist: Vec::with_capacity(cands.len()),
        line_mode: !marks::has_blank_line(text.as_bytes()),
        budget: std::cell::Cell::new(text.len().saturating_mul(3).saturating_add(200_000)),
    };
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let content = &text[c.start..c.end];
        let attr = if c.kind == QuoteKind::Verse {
            ctx.hist.push(attribution::Hist {
                open: c.open,
                speaker: None,
                cue: None,
            });
            attribution::Attr::default()
        } else {
            let right_from = c
                .citation
                .filter(|ct| ct.start >= c.close_end)
                .map_or(c.close_end, |ct| ct.end);
            let a = ctx.attribute(
                c.open,
                c.close_end,
                c.closed,
                content.chars().last(),
                right_from,
            );
            if c.kind == QuoteKind::Passage && a.speaker.is_none() {
                match ctx.inside(c.open, c.start, c.end) {
                    Some(inner) => {
                        if let Some(h) = ctx.hist.last_mut() {
                            h.speaker = inner.speaker;
                            h.cue = inner.cue;
                        }
                        inner
                    }
                    None => a,
                }
            } else {
                a
            }
        };
        // a citation after the attribution that follows the quote: `“…,” he said (RT 8/1/2022).`
        let right_tail = [attr.speaker, attr.cue]
            .into_iter()
            .flatten()
            .filter(|&(s, _)| s >= c.close_end)
            .map(|(_, e)| e)
            .max();
        let citation = c.citation.or_else(|| {
            let tail = right_tail?;
            let rest = &text[tail..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t', '.', ',']).len();
            if rest[skip..].starts_with('(') {
                cite_paren(tail + skip, true)
            } else {
                citation::citing_phrase(text, tail, dates).or_else(|| {
                    // the clause's occasion first: `“…,” the ministry said in a statement (SANA).`
                    let mut n = rest.len().min(64);
                    while !rest.is_char_boundary(n) {
                        n -= 1;
                    }
                    let near = &rest[..n];
                    let k = near.find(['(', '.', '!', '?', '\n', '“', '”', '"', '«', '»', '؟'])?;
                    (near.as_bytes()[k] == b'(').then(|| cite_paren(tail + k, true))?
                })
            }
        });
        out.push(Quote {
            start: c.start,
            end: c.end,
            kind: c.kind,
            lang: lang_of(content),
            closed: c.closed,
            speaker: attr
                .speaker
                .filter(|&(a, b)| !only_function_words(&text[a..b])),
            speaker_resolved: attr.resolved,
            cue: attr.cue,
            source: citation
                .map(|ct| ct.source)
                .or(attr.carrier.map(|sp| attribution::outlet_name(text, sp)))
                .or_else(|| right_tail.and_then(|t| attribution::according_outlet(text, t))),
            source_date: citation.and_then(|ct| ct.date),
            verse: c.verse,
        });
    }
    if !scan.nested.is_empty() {
        nested_quotes(text, &scan.nested, &mut out, ctx.line_mode);
    }
    out
}

/// Quotes inside quotes (`“He told me ‘we will not leave’ and left,” she said.`): each is a
/// quote of its own, attributed only from inside the quote around it (the speaker named there,
/// `The officer shouted ‘…’`; a pronoun or no cue gives no speaker), with the outer quote's
/// source and date. The outer quote stays whole. Titles and scare quotes are dropped as
/// everywhere else.
fn nested_quotes(text: &str, nested: &[RawQuote], out: &mut Vec<Quote>, line_mode: bool) {
    // outer quotes in marks, sorted by start (`out` is in document order)
    let mut added = Vec::new();
    let mut oi = 0;
    let mut k = 0;
    while k < nested.len() {
        let first = &nested[k];
        while oi < out.len() && out[oi].end < first.close_end {
            oi += 1;
        }
        let Some(outer) = out
            .get(oi)
            .filter(|o| {
                o.start <= first.open && first.close_end <= o.end && o.kind != QuoteKind::Verse
            })
            .cloned()
        else {
            k += 1;
            continue;
        };
        // every nested quote of this outer one
        let mut m = k;
        while m < nested.len() && nested[m].close_end <= outer.end {
            m += 1;
        }
        let group = &nested[k..m];
        k = m.max(k + 1);
        let spans: Vec<(usize, usize)> = group.iter().map(|q| (q.open, q.close_end)).collect();
        let paras = [(outer.start, outer.end)];
        let mut ctx = attribution::Ctx {
            text,
            paras: &paras,
            spans: &spans,
            hist: Vec::with_capacity(group.len()),
            line_mode,
            budget: std::cell::Cell::new((outer.end - outer.start).saturating_mul(3)),
        };
        for q in group {
            let (cs, ce) = trim_span(text, q.cs, q.ce);
            if ce <= cs || !text[cs..ce].chars().any(char::is_alphanumeric) {
                continue;
            }
            let content = &text[cs..ce];
            if is_scare(text, q.open, content) {
                continue;
            }
            let a = ctx.attribute(
                q.open,
                q.close_end,
                q.closed,
                content.chars().last(),
                q.close_end,
            );
            let speaker = a.speaker.filter(|&(s, e)| {
                !a.resolved
                    && attribution::mention_kind(&text[s..e]) != attribution::MentionKind::Pronoun
            });
            added.push(Quote {
                start: cs,
                end: ce,
                kind: classify(text, q.open, content),
                lang: lang_of(content),
                closed: q.closed,
                speaker,
                speaker_resolved: false,
                cue: a.cue,
                source: outer.source,
                source_date: outer.source_date,
                verse: None,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    }
}

/// True when one of the last words of `before` (which ends with a colon) is a speech cue:
/// `he said:`, `قال تعالى:`, `according to the statement:`.
fn cue_near(before: &str) -> bool {
    let lex = lexicon::lexicon();
    let mut start = before.len().saturating_sub(240);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    before[start..]
        .split(|c: char| {
            !(c.is_alphanumeric() || crate::text::normalize::is_arabic_diacritic(c) || c == '-')
        })
        .filter(|w| !w.is_empty())
        .rev()
        .take(8)
        .any(|w| {
            (lex.en_verb(w).is_some() && !w.starts_with(char::is_uppercase))
                || w.eq_ignore_ascii_case("according")
                || lex.ar_cue(w).is_some()
                || matches!(w, "تعالى" | "وتعالى")
        })
}

/// True when `pos` lies inside a quote (quotes sorted by `cs`, not overlapping).
fn inside_quote(quotes: &[&RawQuote], pos: usize) -> bool {
    let i = quotes.partition_point(|q| q.open < pos);
    i > 0
        && quotes
            .get(i - 1)
            .is_some_and(|q| pos < q.close_end.max(q.ce))
}

/// Arabic with harakat on a good share of its letters (a verse as printed), or nothing else.
fn is_verse_text(s: &str) -> bool {
    let mut letters = 0usize;
    let mut marks = 0usize;
    let mut latin = 0usize;
    for c in s.chars() {
        if crate::text::normalize::is_arabic_diacritic(c) {
            marks += 1;
        } else if citation::is_arabic_letter(c) {
            letters += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    letters >= 6 && latin == 0 && marks * 3 >= letters
}

fn lang_of(s: &str) -> Lang {
    let mut ar = 0usize;
    let mut la = 0usize;
    for c in s.chars() {
        if citation::is_arabic_letter(c) {
            ar += 1;
        } else if c.is_ascii_alphabetic() {
            la += 1;
        }
    }
    if ar == 0 && la == 0 {
        Lang::Und
    } else if ar > la {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// The last word before byte `pos` (lowercased), skipping spaces and opening brackets.
fn word_before(text: &str, pos: usize) -> (String, Option<char>) {
    let before = text[..pos].trim_end_matches([' ', '\t', '[', '(']);
    let last = before.chars().last();
    let w: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (w.to_lowercase(), last)
}

/// True when a speaker phrase has no word of its own (`the`, `in the`): a broken reading,
/// no speaker.
fn only_function_words(s: &str) -> bool {
    s.split_whitespace().all(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "in"
                | "on"
                | "at"
                | "of"
                | "to"
                | "for"
                | "by"
                | "with"
                | "and"
                | "ما"
                | "من"
                | "في"
                | "على"
                | "عن"
                | "إلى"
                | "الى"
                | "هذا"
                | "هذه"
                | "ذلك"
                | "التي"
                | "الذي"
        )
    })
}

/// Titles and scare quotes nobody said: `the so-called “reform”`, `his book “…”`.
fn is_scare(text: &str, open: usize, content: &str) -> bool {
    let words = content.split_whitespace().count();
    if words > 8 {
        return false;
    }
    let (w, _) = word_before(text, open);
    let before = text[..open].trim_end();
    let tail: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    matches!(
        w.as_str(),
        "so-called"
            | "titled"
            | "entitled"
            | "dubbed"
            | "named"
            | "book"
            | "novel"
            | "film"
            | "movie"
            | "song"
            | "album"
            | "hashtag"
            | "بعنوان"
            | "المسمى"
            | "المسماة"
            | "المسمّى"
            | "المسمّاة"
            | "يسمى"
            | "يسمّى"
            | "كتاب"
            // `تعرف باسم «…»`، `أطلقوا عليها لقب «…»`: a name given, not words said
            | "باسم"
            | "اسم"
            | "لقب"
            | "بلقب"
            | "تسمية"
    ) || names_a_body(&w, content, words)
        || tail.ends_with("so called")
        || tail.ends_with("known as")
        || tail.ends_with("ما يسمى")
        || tail.ends_with("ما يعرف بـ")
        // `قال لـ«العربية»`: the outlet spoken to, its name glued to the particle
        || words <= 4 && before.ends_with("لـ")
}

/// The quoted name of an outlet, party, movement or operation right after its noun:
/// `صحيفة "الشرق الأوسط"`, `the daily "Al-Ahram"`, `عملية "عاصفة الحزم"`, `حركة "حماس"`.
/// `w` is the word right before the opening mark (a colon or a comma in between makes it a
/// quote again, and a name is short and does not end a sentence).
fn names_a_body(w: &str, content: &str, words: usize) -> bool {
    if words == 0 || words > 4 || content.trim_end().ends_with(['.', '!', '?', '؟', '…']) {
        return false;
    }
    names_a_body_noun(w)
}

/// `w` (lower case, an Arabic one-letter proclitic allowed: `لصحيفة`, `بقناة`, `وحركة`) is a noun
/// that heads an outlet's or another body's name (`data/quotes/name_nouns.txt`).
pub(crate) fn names_a_body_noun(w: &str) -> bool {
    let lex = lexicon::lexicon();
    let is = |x: &str| lex.outlet_nouns.contains(x) || lex.body_nouns.contains(x);
    let lw = w.to_lowercase();
    is(&lw)
        || w.strip_prefix(['ل', 'ب', 'و', 'ف'])
            .is_some_and(|bare| !bare.is_empty() && is(bare))
}

/// Direct (a clause or more, introduced as speech) or partial (a phrase woven into the sentence).
fn classify(text: &str, open: usize, content: &str) -> QuoteKind {
    let words = content.split_whitespace().count();
    let (w, last) = word_before(text, open);
    let introduced = matches!(last, Some(':') | Some(',') | Some('،') | None | Some('\n'))
        || matches!(
            w.strip_prefix(['ف', 'و']).unwrap_or(&w),
            "that" | "أن" | "إن" | "بأن"
        )
        || lexicon::lexicon().en_verb(&w).is_some()
        || lexicon::lexicon().ar_cue(&w).is_some();
    let first_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || citation::is_arabic(c));
    let sentence_end = content
        .trim_end_matches(['”', '’', '"', ')'])
        .ends_with(['.', '!', '?', '…', '؟']);
    let starts_sentence = matches!(
        last,
        Some('.' | '!' | '?' | '…' | '؟' | '”' | '»' | '"' | ']' | ')')
    );
    if (introduced && (words >= 4 || first_upper))
        || (starts_sentence && first_upper)
        || (first_upper && sentence_end && words >= 5)
        || words >= 12
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<Quote> {
        find_quotes(t, &[], &Options::default())
    }
    fn s(t: &str, sp: Option<(usize, usize)>) -> Option<&str> {
        sp.map(|(a, b)| &t[a..b])
    }

    #[test]
    fn said_colon_quote() {
        let t = "The Qatari foreign minister said: “We reject the blockade entirely.”";
        let q = run(t);
        assert_eq!(q.len(), 1);
        assert_eq!(&t[q[0].start..q[0].end], "We reject the blockade entirely.");
        assert_eq!(s(t, q[0].speaker), Some("The Qatari foreign minister"));
        assert_eq!(s(t, q[0].cue), Some("said"));
    }

    #[test]
    fn arabic_verb_subject() {
        let t = "قال وزير الخارجية في مؤتمر صحفي: «لن نقبل بهذا الاتفاق».";
        let q = run(t);
        assert_eq!(q.len(), 1);
        assert_eq!(s(t, q[0].speaker), Some("وزير الخارجية"));
        assert_eq!(q[0].lang, Lang::Ar);
    }
}
