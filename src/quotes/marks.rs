//! Paragraphs, quote marks and their pairing, square brackets, ornate parentheses, parentheses.
//!
//! One linear pass per paragraph with small stacks: every mark is looked at once, a closer pops
//! at most the (bounded) stack, so the whole scan is linear in the text.

/// A paragraph: `start..end` with trailing whitespace excluded.
pub(crate) type Para = (usize, usize);

/// Splits `text` into paragraphs at blank lines, or at line breaks when the text has no blank
/// line at all (one paragraph per line).
pub(crate) fn paragraphs(text: &str) -> Vec<Para> {
    let b = text.as_bytes();
    let blank = has_blank_line(b);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &b[i..]) {
        let nl = i + off;
        let mut j = nl + 1;
        let brk = if blank {
            // a blank line follows: only spaces before the next '\n'
            let mut k = j;
            while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r') {
                k += 1;
            }
            if k < b.len() && b[k] == b'\n' {
                j = k + 1;
                true
            } else {
                false
            }
        } else {
            true
        };
        if brk {
            push_para(b, &mut out, start, nl);
            start = j;
        }
        i = j;
        if i >= b.len() {
            break;
        }
    }
    if start < b.len() {
        push_para(b, &mut out, start, b.len());
    }
    out
}

pub(crate) fn has_blank_line(b: &[u8]) -> bool {
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &b[i..]) {
        let mut k = i + off + 1;
        while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r') {
            k += 1;
        }
        if k < b.len() && b[k] == b'\n' {
            return true;
        }
        i = i + off + 1;
    }
    false
}

fn push_para(b: &[u8], out: &mut Vec<Para>, mut s: usize, mut e: usize) {
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}

/// Quote mark characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// “
    LDq,
    /// ”
    RDq,
    /// ‘
    LSq,
    /// ’
    RSq,
    /// „
    Low,
    /// «
    LGuil,
    /// »
    RGuil,
    /// ‹
    LSg,
    /// ›
    RSg,
    /// "
    Dq,
    /// '
    Sq,
}

impl Mark {
    fn of(c: char) -> Option<Mark> {
        Some(match c {
            '“' => Mark::LDq,
            '”' => Mark::RDq,
            '‘' => Mark::LSq,
            '’' => Mark::RSq,
            '„' => Mark::Low,
            '«' => Mark::LGuil,
            '»' => Mark::RGuil,
            '‹' => Mark::LSg,
            '›' => Mark::RSg,
            '"' => Mark::Dq,
            '\'' => Mark::Sq,
            _ => return None,
        })
    }
    /// Marks whose unclosed opener still makes a quote (to the paragraph end).
    fn may_stay_open(self) -> bool {
        !matches!(
            self,
            Mark::Sq | Mark::LSq | Mark::RSq | Mark::LSg | Mark::RSg
        )
    }
}

/// True when `c` is a quote mark of any kind.
pub(crate) fn is_quote_char(c: char) -> bool {
    Mark::of(c).is_some()
}

/// A paired (or unclosed) quote: marks at `open..cs` and `ce..close_end`.
#[derive(Clone, Debug)]
pub(crate) struct RawQuote {
    pub open: usize,
    pub cs: usize,
    pub ce: usize,
    pub close_end: usize,
    pub closed: bool,
    /// Index of the paragraph the quote ends in.
    pub para: usize,
}

/// A bracket pair: `[`…`]`, `﴿`…`﴾` or `(`…`)`; `open` is the opening mark's byte, `close`
/// the closing mark's byte.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pair {
    pub open: usize,
    pub close: usize,
}

/// Everything the mark scan found.
#[derive(Default, Debug)]
pub(crate) struct Scan {
    /// Outermost quotes, sorted, never overlapping.
    pub quotes: Vec<RawQuote>,
    /// Closed quotes inside an outermost one (`“He told me ‘we will not leave’ and left”`), the
    /// outermost of them only, sorted, never overlapping; each lies inside one of `quotes`.
    pub nested: Vec<RawQuote>,
    pub squares: Vec<Pair>,
    pub ornate: Vec<Pair>,
    pub parens: Vec<Pair>,
}

#[derive(Clone, Copy)]
struct Opener {
    mark: Mark,
    /// Byte of the mark.
    pos: usize,
    /// First content byte (of the first paragraph, for a continued quote).
    cs: usize,
    closers: &'static [Mark],
}

const STACK_MAX: usize = 16;

/// Bytes that may start a mark or bracket: ASCII `"'()[]`, and the lead bytes of `«»` (C2),
/// `“”‘’„‹›` (E2) and `﴾﴿` (EF).
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'(' as usize] = true;
    t[b')' as usize] = true;
    t[b'[' as usize] = true;
    t[b']' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xEF] = true;
    t
};

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | '﴿' | '﴾' | ':' | '،'
    )
}
fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '…'
            | '؟'
            | '،'
            | '؛'
            | '—'
            | '–'
            | '-'
            | '﴾'
            | '﴿'
    )
}
fn word_char(c: char) -> bool {
    super::citation::is_word_char(c)
}

/// Scans every paragraph for quote marks and brackets.
pub(crate) fn scan(text: &str, paras: &[Para]) -> Scan {
    let mut out = Scan::default();
    // an unclosed outermost opener carried into the next paragraph (newspaper style)
    let mut carry: Option<Opener> = None;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let seg = &text[ps..pe];
        let mut stack: Vec<Opener> = Vec::new();
        let mut sq: Vec<usize> = Vec::new();
        let mut orn: Vec<(usize, char)> = Vec::new();
        let mut par: Vec<usize> = Vec::new();
        if let Some(c) = carry.take() {
            stack.push(c);
        }
        let bytes = seg.as_bytes();
        let mut off = 0;
        // the reopening mark of a continued quote
        if let Some(o) = stack.first() {
            if let Some(c) = seg.chars().next() {
                if Mark::of(c) == Some(o.mark) {
                    off = c.len_utf8();
                }
            }
        }
        while off < bytes.len() {
            let Some(rel) = bytes[off..]
                .iter()
                .position(|&b| INTERESTING[usize::from(b)])
            else {
                break;
            };
            off += rel;
            // interesting bytes are ASCII or lead bytes: always on a char boundary
            let Some(ch) = seg.get(off..).and_then(|r| r.chars().next()) else {
                break;
            };
            let pos = ps + off;
            let this_prev = seg[..off].chars().next_back();
            let next = seg[off + ch.len_utf8()..].chars().next();
            off += ch.len_utf8();
            match ch {
                '[' => {
                    if sq.len() < STACK_MAX {
                        sq.push(pos);
                    }
                    continue;
                }
                ']' => {
                    if let Some(o) = sq.pop() {
                        out.squares.push(Pair {
                            open: o,
                            close: pos,
                        });
                    }
                    continue;
                }
                '(' => {
                    if par.len() < STACK_MAX {
                        par.push(pos);
                    }
                    continue;
                }
                ')' => {
                    if let Some(o) = par.pop() {
                        out.parens.push(Pair {
                            open: o,
                            close: pos,
                        });
                    }
                    continue;
                }
                '﴿' | '﴾' => {
                    match orn.last() {
                        Some(&(o, oc)) if oc != ch => {
                            orn.pop();
                            out.ornate.push(Pair {
                                open: o,
                                close: pos,
                            });
                        }
                        _ => {
                            if orn.len() < STACK_MAX {
                                orn.push((pos, ch));
                            }
                        }
                    }
                    continue;
                }
                _ => {}
            }
            let Some(mark) = Mark::of(ch) else { continue };
            let len = ch.len_utf8();
            let ws_before =
                this_prev.is_none_or(|p| p.is_whitespace() || is_open_punct(p) || is_quote_char(p));
            let ws_after =
                next.is_none_or(|n| n.is_whitespace() || is_close_punct(n) || is_quote_char(n));
            let letters_around = this_prev.is_some_and(word_char) && next.is_some_and(word_char);
            let accepting = stack.iter().rposition(|o| o.closers.contains(&mark));
            let clear_open = ws_before && !ws_after;
            let mut open_with: Option<&'static [Mark]> = None;
            match mark {
                Mark::LDq => {
                    if let Some(k) = accepting.filter(|_| !clear_open) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if !clear_open
                        && ws_after
                        && stack.last().is_some_and(|o| o.mark == Mark::LDq)
                    {
                        // “…“ typed with two opening marks
                        let k = stack.len() - 1;
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if !ws_after || ws_before {
                        open_with = Some(&[Mark::RDq]);
                    }
                }
                Mark::RDq => {
                    if let Some(k) = accepting {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if clear_open {
                        // Arabic ”…“ reversed, or ”…” (Swedish style)
                        open_with = Some(&[Mark::LDq, Mark::RDq]);
                    }
                }
                Mark::LSq => {
                    if let Some(k) = accepting {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if !letters_around && !ws_after {
                        open_with = Some(&[Mark::RSq]);
                    }
                }
                Mark::RSq => {
                    if letters_around {
                        // Kazakhstan’s, don’t
                    } else if let Some(k) = accepting.filter(|_| !ws_before) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    }
                }
                Mark::Low => open_with = Some(&[Mark::LDq, Mark::RDq]),
                Mark::LGuil => {
                    if let Some(k) = accepting.filter(|_| !clear_open) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else {
                        open_with = Some(&[Mark::RGuil]);
                    }
                }
                Mark::RGuil => {
                    if let Some(k) = accepting {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if clear_open {
                        open_with = Some(&[Mark::LGuil]);
                    }
                }
                Mark::LSg => {
                    if let Some(k) = accepting.filter(|_| !clear_open) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else {
                        open_with = Some(&[Mark::RSg]);
                    }
                }
                Mark::RSg => {
                    if let Some(k) = accepting {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if clear_open {
                        open_with = Some(&[Mark::LSg]);
                    }
                }
                Mark::Dq => {
                    if let Some(k) = accepting.filter(|_| !clear_open) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if !ws_after && !letters_around {
                        open_with = Some(&[Mark::Dq]);
                    }
                }
                Mark::Sq => {
                    if letters_around {
                        // don't, Rabi'a
                    } else if let Some(k) = accepting.filter(|_| !ws_before && ws_after) {
                        close(&mut out, &mut stack, k, pos, len, pi);
                    } else if ws_before && next.is_some_and(word_char) {
                        open_with = Some(&[Mark::Sq]);
                    }
                }
            }
            if let Some(closers) = open_with {
                // a clear opener of the same mark as the open one: the open one was never closed
                if ws_before && stack.last().is_some_and(|o| o.mark == mark) && mark.may_stay_open()
                {
                    if let Some(o) = stack.pop() {
                        if stack.is_empty() {
                            let end = trim_back(text, o.cs, pos);
                            push_quote(&mut out, text, o, end, end, false, pi);
                        }
                    }
                }
                if stack.len() < STACK_MAX {
                    stack.push(Opener {
                        mark,
                        pos,
                        cs: pos + len,
                        closers,
                    });
                }
            }
        }
        // paragraph end: the outermost opener, if it may stay open, is an unclosed quote
        if let Some(&o) = stack.first() {
            if o.mark.may_stay_open() {
                let reopens = paras
                    .get(pi + 1)
                    .and_then(|&(ns, ne)| text[ns..ne].chars().next())
                    .is_some_and(|c| Mark::of(c) == Some(o.mark));
                if reopens {
                    carry = Some(o);
                } else {
                    push_quote(&mut out, text, o, pe, pe, false, pi);
                }
            }
        }
    }
    out.quotes.sort_by_key(|q| q.cs);
    settle_nested(&mut out);
    out.squares.sort_by_key(|p| p.open);
    out.parens.sort_by_key(|p| p.open);
    out.ornate.sort_by_key(|p| p.open);
    out
}

fn close(out: &mut Scan, stack: &mut Vec<Opener>, k: usize, pos: usize, len: usize, pi: usize) {
    let Some(&o) = stack.get(k) else { return };
    stack.truncate(k);
    let q = RawQuote {
        open: o.pos,
        cs: o.cs,
        ce: pos,
        close_end: pos + len,
        closed: true,
        para: pi,
    };
    if k == 0 {
        out.quotes.push(q);
    } else {
        out.nested.push(q);
    }
}

/// Keeps the outermost nested quotes inside each outermost quote; a nested quote whose opener
/// never closed (an unpaired `‘` around it) is an outermost quote itself. Sorting plus one
/// merge pass: linear after the sort.
fn settle_nested(out: &mut Scan) {
    if out.nested.is_empty() {
        return;
    }
    out.nested
        .sort_by_key(|q| (q.open, std::cmp::Reverse(q.close_end)));
    let mut kept: Vec<RawQuote> = Vec::with_capacity(out.nested.len());
    for q in out.nested.drain(..) {
        if kept.last().is_some_and(|p| q.open < p.close_end) {
            continue; // inside an earlier nested quote
        }
        kept.push(q);
    }
    let mut orphans = Vec::new();
    let mut nested = Vec::with_capacity(kept.len());
    let mut oi = 0;
    for q in kept {
        while oi < out.quotes.len() && out.quotes[oi].close_end.max(out.quotes[oi].ce) <= q.open {
            oi += 1;
        }
        let inside = out
            .quotes
            .get(oi)
            .is_some_and(|o| o.open < q.open && q.close_end <= o.close_end.max(o.ce));
        if inside {
            nested.push(q);
        } else {
            orphans.push(q);
        }
    }
    out.nested = nested;
    if !orphans.is_empty() {
        out.quotes.extend(orphans);
        out.quotes.sort_by_key(|q| q.cs);
    }
}

fn push_quote(
    out: &mut Scan,
    _text: &str,
    o: Opener,
    ce: usize,
    close_end: usize,
    closed: bool,
    pi: usize,
) {
    if ce > o.cs {
        out.quotes.push(RawQuote {
            open: o.pos,
            cs: o.cs,
            ce,
            close_end,
            closed,
            para: pi,
        });
    }
}

/// The end of the last sentence-like stretch before `end` (for an opener that another opener
/// of the same kind interrupted): trailing whitespace removed.
fn trim_back(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end().len()
}

/// `text[s..e]` with whitespace trimmed on both sides, as a span.
pub(crate) fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let t2 = t.trim();
    (s + lead, s + lead + t2.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(String, bool)> {
        let p = paragraphs(t);
        scan(t, &p)
            .quotes
            .iter()
            .map(|q| {
                let (s, e) = trim_span(t, q.cs, q.ce);
                (t[s..e].to_string(), q.closed)
            })
            .collect()
    }

    #[test]
    fn pairs_curly_and_skips_apostrophes() {
        let t = "The envoy said: “Kazakhstan’s economy won’t recover.” Then he left.";
        assert_eq!(
            quotes(t),
            vec![("Kazakhstan’s economy won’t recover.".to_string(), true)]
        );
    }

    #[test]
    fn straight_quotes_and_apostrophes() {
        let t = "He said \"we don't know\" and left on Rabi' al-Awwal 'this year'.";
        let q = quotes(t);
        assert_eq!(q[0].0, "we don't know");
        assert_eq!(q[1].0, "this year");
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn unclosed_quote_stops_at_paragraph() {
        let t = "She said, “We will stay.\n\nNext paragraph “closed”.";
        let q = quotes(t);
        assert_eq!(q[0], ("We will stay.".to_string(), false));
        assert_eq!(q[1], ("closed".to_string(), true));
    }

    #[test]
    fn newspaper_multi_paragraph_quote_is_one() {
        let t = "He said: “First part.\n\n“Second part.”\n\nAfter.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert!(q[0].0.starts_with("First part.") && q[0].0.ends_with("Second part."));
        assert!(q[0].1);
    }

    #[test]
    fn guillemets_and_reversed_arabic() {
        let t = "قال الوزير: «نحن هنا» ثم قال ”لن نغادر“.";
        let q = quotes(t);
        assert_eq!(q[0].0, "نحن هنا");
        assert_eq!(q[1].0, "لن نغادر");
    }

    #[test]
    fn paragraphs_by_lines_without_blank_lines() {
        let t = "one\ntwo\n\n";
        assert_eq!(paragraphs("one\ntwo").len(), 2);
        assert_eq!(paragraphs(t).len(), 1);
    }
}
