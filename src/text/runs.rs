//! Maximal script runs.
//!
//! The rule, in full:
//! 1. Letters of one script, and every Common or Inherited character (spaces, digits,
//!    punctuation, harakat, tatweel, bidi controls) that sits *between* two letters of that same
//!    script, form one run.
//! 2. Combining marks, tatweel and zero-width joiners right after a letter stay with it even at
//!    the end of a run (a fully vocalized word ends in its last haraka).
//! 3. The Common characters *between* runs of two different scripts form their own run of
//!    script `Common`, language `und`, in the direction of the document's first letter. So in
//!    `(Arabic: القاهرة, romanized: al-Qāhirah)` the Arabic run is exactly `القاهرة`.
//! 4. Common characters before the first letter or after the last one join the first or last
//!    run; a text with no letters at all is one `Common` run.

use super::{script_in, strong, table, CharInfo, Direction, Lang, Script};

/// A maximal stretch of one script, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub script: Script,
    pub direction: Direction,
    pub lang: Lang,
}

/// Does a non-ASCII character of script `s` stay with the letter right before it?
#[inline]
fn clings(c: char, s: Script) -> bool {
    matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}') || s == Script::Inherited
}

/// The char starting at byte `i` (a char boundary), with two-byte sequences (Arabic, Latin
/// accents) decoded by hand: they are most of the non-ASCII text warraq reads.
#[inline]
pub(crate) fn decode_at(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    match *b.get(i)? {
        x @ 0xC0..=0xDF => {
            let y = *b.get(i + 1)?;
            char::from_u32((u32::from(x & 0x1F) << 6) | u32::from(y & 0x3F))
        }
        _ => text.get(i..)?.chars().next(),
    }
}

/// The scanner's state: the runs so far and the one being read.
struct Scan<'t> {
    text: &'t str,
    out: Vec<Run>,
    /// (script, start, end of its last letter or clinging mark)
    cur: Option<(Script, usize, usize)>,
    base: Option<Direction>,
}

impl Scan<'_> {
    /// A letter of script `s` at `i..next`.
    #[inline]
    fn letter(&mut self, s: Script, i: usize, next: usize) {
        match self.cur {
            Some((cs, _, ref mut last)) if cs == s => *last = next,
            Some((cs, start, last)) => {
                push(&mut self.out, self.text, cs, start, last);
                if last < i {
                    self.out.push(Run {
                        start: last,
                        end: i,
                        script: Script::Common,
                        direction: Direction::Ltr, // fixed at the end, once the base is known
                        lang: Lang::Und,
                    });
                }
                self.cur = Some((s, i, next));
            }
            None => {
                self.base = Some(Direction::of_script(s));
                self.cur = Some((s, 0, next));
            }
        }
    }

    /// A Common or Inherited non-ASCII character `c` of script `s` at `i..next`.
    #[inline]
    fn weak(&mut self, c: char, s: Script, i: usize, next: usize) {
        if let Some((_, _, ref mut last)) = self.cur {
            if *last == i && clings(c, s) {
                *last = next;
            }
        }
    }

    /// ASCII from `i` on: letters are Latin, nothing else is strong or clings. Returns where the
    /// ASCII stretch ends.
    #[inline]
    fn ascii(&mut self, bytes: &[u8], mut i: usize) -> usize {
        let end = ascii_end(bytes, i);
        if !matches!(self.cur, Some((Script::Latin, ..))) {
            // before its first letter nothing in the stretch changes anything
            let Some(k) = bytes[i..end].iter().position(u8::is_ascii_alphabetic) else {
                return end;
            };
            i += k;
            self.letter(Script::Latin, i, i + 1);
            i += 1;
        }
        // inside a Latin run only its last letter matters
        if let Some(k) = bytes[i..end].iter().rposition(u8::is_ascii_alphabetic) {
            if let Some((_, _, ref mut last)) = self.cur {
                *last = i + k + 1;
            }
        }
        end
    }
}

impl Scan<'_> {
    /// Two-byte chars (Arabic, Latin accents, Greek, Cyrillic, Hebrew) and ASCII non-letters from
    /// `i` on while they continue the current run: letters of its script move its end, Common and Inherited chars
    /// do what [`Scan::weak`] does. Stops at anything else (left to the general path) and
    /// returns where it stopped.
    #[inline]
    fn two_byte(&mut self, bytes: &[u8], table: &[CharInfo], mut i: usize) -> usize {
        let Some((script, _, ref mut last)) = self.cur else {
            return i;
        };
        if script == Script::Arabic {
            return arabic(bytes, i, last);
        }
        while let (Some(&x), Some(&y)) = (bytes.get(i), bytes.get(i + 1)) {
            // ASCII other than letters (the spaces between words) changes nothing
            if x.is_ascii() && !x.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            if !(0xC0..=0xDF).contains(&x) {
                break;
            }
            // below U+0800: always inside the table
            let cp = usize::from(x & 0x1F) << 6 | usize::from(y & 0x3F);
            let Some(info) = table.get(cp) else { break };
            if info.script == script {
                *last = i + 2;
            } else if strong(info.script).is_none() {
                // `clings` for a two-byte char: tatweel or an Inherited mark
                if *last == i && (cp == 0x0640 || info.script == Script::Inherited) {
                    *last = i + 2;
                }
            } else {
                break;
            }
            i += 2;
        }
        i
    }
}

/// What a character of U+0600..U+06FF (lead bytes 0xD8..=0xDB) does to an Arabic run.
const AR_LETTER: u8 = 0;
const AR_CLINGS: u8 = 1;
const AR_NEUTRAL: u8 = 2;

/// The Arabic block's classes for [`arabic`], read from the same table as every other lookup.
fn arabic_block() -> &'static [u8; 256] {
    static BLOCK: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();
    BLOCK.get_or_init(|| {
        let table = table();
        let mut out = [AR_NEUTRAL; 256];
        for (k, class) in out.iter_mut().enumerate() {
            let cp = 0x0600 + k;
            let s = table[cp].script;
            *class = if s == Script::Arabic {
                AR_LETTER
            } else if cp == 0x0640 || s == Script::Inherited {
                AR_CLINGS
            } else {
                // the block holds only Arabic, Common and Inherited characters
                debug_assert!(strong(s).is_none());
                AR_NEUTRAL
            };
        }
        out
    })
}

/// [`Scan::two_byte`] inside an Arabic run, where nearly every char is in U+0600..U+06FF: one
/// small table lookup per char, no general decode. Stops at anything outside that block and
/// outside ASCII non-letters, and returns where it stopped.
#[inline]
fn arabic(bytes: &[u8], mut i: usize, last: &mut usize) -> usize {
    let block = arabic_block();
    loop {
        // Sixteen bytes at a time while nothing in them can end the run (ASCII other than
        // letters, the Arabic block's lead and continuation bytes), then the run's last letter
        // read backwards from the end of the stretch.
        let from = i;
        while let Some(chunk) = bytes
            .get(i..i + 16)
            .and_then(|c| <&[u8; 16]>::try_from(c).ok())
        {
            if chunk.iter().map(|&b| u8::from(arabic_safe(b))).sum::<u8>() != 16 {
                break;
            }
            i += 16;
        }
        if i > from {
            // a lead byte cut off from its continuation byte at the edge goes back to the slow step
            if bytes.get(i).is_some_and(|&b| (0x80..=0xBF).contains(&b)) {
                i -= 1;
            }
            last_letter_back(bytes, block, from, i, last);
        }
        let j = arabic_steps(bytes, block, i, last, 16);
        if j == i {
            return i;
        }
        i = j;
    }
}

/// Nothing this byte starts or continues can end an Arabic run.
#[inline]
fn arabic_safe(b: u8) -> bool {
    // branch-free, so the sixteen checks become SIMD compares
    let letter = (b | 0x20).wrapping_sub(b'a') < 26;
    (b < 0x80) & !letter | (b & 0xC0 == 0x80) | (b & 0xFC == 0xD8)
}

/// Moves `last` to the end of the last Arabic letter of `bytes[from..to]` (both char
/// boundaries; only ASCII non-letters and U+0600..U+06FF inside), with the marks and tatweel that
/// cling to it: what the char-by-char step would have done over the stretch.
fn last_letter_back(bytes: &[u8], block: &[u8; 256], from: usize, to: usize, last: &mut usize) {
    // the end of the clinging chars right after the char being read, if unbroken so far
    let mut chain: Option<usize> = None;
    let mut j = to;
    while j > from {
        let Some(&b) = bytes.get(j - 1) else { return };
        if b < 0x80 {
            chain = None;
            j -= 1;
            continue;
        }
        let (Some(&x), Some(&y)) = (bytes.get(j.wrapping_sub(2)), bytes.get(j - 1)) else {
            return;
        };
        match block[usize::from(x & 0x03) << 6 | usize::from(y & 0x3F)] {
            AR_LETTER => {
                *last = chain.unwrap_or(j);
                return;
            }
            AR_CLINGS => {
                chain.get_or_insert(j);
            }
            _ => chain = None,
        }
        j -= 2;
    }
    // no letter in the stretch: marks at its start cling only to what came before it
    if let Some(c) = chain {
        if *last == from {
            *last = c;
        }
    }
}

/// At most `max` bytes of the char-by-char step inside an Arabic run; returns where it stopped.
#[inline]
fn arabic_steps(
    bytes: &[u8],
    block: &[u8; 256],
    mut i: usize,
    last: &mut usize,
    max: usize,
) -> usize {
    let stop = i.saturating_add(max);
    while let Some(&x) = bytes.get(i).filter(|_| i < stop) {
        if x < 0x80 {
            if x.is_ascii_alphabetic() {
                break;
            }
            i += 1;
            continue;
        }
        // lead bytes 0xD8..=0xDB start U+0600..U+06FF
        if x & 0xFC != 0xD8 {
            break;
        }
        let Some(&y) = bytes.get(i + 1) else { break };
        match block[usize::from(x & 0x03) << 6 | usize::from(y & 0x3F)] {
            AR_LETTER => *last = i + 2,
            AR_CLINGS if *last == i => *last = i + 2,
            _ => {}
        }
        i += 2;
    }
    i
}

/// The end of the ASCII stretch starting at `i`, eight bytes at a time.
#[inline]
fn ascii_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        if chunk.iter().fold(0, |acc, &b| acc | b) >= 0x80 {
            break;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii) {
        i += 1;
    }
    i
}

/// Splits `text` into maximal script runs (see the module docs for the rule).
pub fn runs(text: &str) -> Vec<Run> {
    let bytes = text.as_bytes();
    let mut st = Scan {
        text,
        out: Vec::new(),
        cur: None,
        base: None,
    };
    let table = table();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i = st.ascii(bytes, i);
            continue;
        }
        let j = st.two_byte(bytes, table, i);
        if j > i {
            i = j;
            continue;
        }
        let Some(c) = decode_at(text, i) else { break };
        let next = i + c.len_utf8();
        let s = script_in(table, c);
        match strong(s) {
            Some(s) => st.letter(s, i, next),
            None => st.weak(c, s, i, next),
        }
        i = next;
    }
    let Scan {
        mut out, cur, base, ..
    } = st;
    match cur {
        Some((s, start, _)) => push(&mut out, text, s, start, text.len()),
        None if !text.is_empty() => out.push(Run {
            start: 0,
            end: text.len(),
            script: Script::Common,
            direction: Direction::Ltr,
            lang: Lang::Und,
        }),
        None => {}
    }
    if let Some(base) = base {
        for r in out.iter_mut().filter(|r| r.script == Script::Common) {
            r.direction = base;
        }
    }
    out
}

fn push(out: &mut Vec<Run>, text: &str, script: Script, start: usize, end: usize) {
    out.push(Run {
        start,
        end,
        script,
        direction: Direction::of_script(script),
        lang: Lang::of_run(script, &text[start..end]),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(&str, &'static str, &'static str, &'static str)> {
        runs(text)
            .iter()
            .map(|r| {
                (
                    &text[r.start..r.end],
                    r.script.full_name(),
                    r.direction.as_str(),
                    r.lang.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn romanized_gloss_gives_a_tight_arabic_run() {
        let got = show("(Arabic: القاهرة, romanized: al-Qāhirah)");
        assert_eq!(
            got,
            vec![
                ("(Arabic", "Latin", "ltr", "en"),
                (": ", "Common", "ltr", "und"),
                ("القاهرة", "Arabic", "rtl", "ar"),
                (", ", "Common", "ltr", "und"),
                ("romanized: al-Qāhirah)", "Latin", "ltr", "en"),
            ]
        );
    }

    #[test]
    fn vocalized_verse_in_brackets_is_one_arabic_run() {
        let verse = "[وَلَيَنْصُرَنَّ اللَّهُ مَنْ يَنْصُرُهُ]";
        let got = show(verse);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "Arabic");
    }

    #[test]
    fn final_haraka_stays_with_its_word() {
        let got = show("اللَّهُ said");
        assert_eq!(got[0].0, "اللَّهُ");
        assert_eq!(got[1].0, " ");
    }

    #[test]
    fn persian_and_urdu_letters_decide_the_language() {
        assert_eq!(show("این کتاب")[0].3, "fa");
        assert_eq!(show("یہ کتاب ہے")[0].3, "ur");
        assert_eq!(show("هذا كتاب")[0].3, "ar");
    }

    #[test]
    fn text_without_letters_is_one_common_run() {
        assert_eq!(
            show("12/01/2022 !"),
            vec![("12/01/2022 !", "Common", "ltr", "und")]
        );
        assert!(runs("").is_empty());
    }

    #[test]
    fn common_between_runs_takes_the_documents_direction() {
        let got = show("قال 2022 Reuters");
        assert_eq!(got[1], (" 2022 ", "Common", "rtl", "und"));
    }
}
