//! Byte offsets (inside Rust) to code-point offsets (Python string indices).

/// Converts byte offsets of one text to code-point offsets in O(1) amortized time.
///
/// ASCII text needs no table. Otherwise a checkpoint every 256 bytes holds the number of code
/// points before it, and the rest is counted from there (at most 255 bytes).
///
/// ```
/// let m = warraq::text::OffsetMap::new("aé€b");
/// assert_eq!(m.to_char(0), 0);
/// assert_eq!(m.to_char(3), 2); // after 'a' (1 byte) and 'é' (2 bytes)
/// assert_eq!(m.to_char(7), 4);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap<'t> {
    text: &'t [u8],
    checkpoints: Option<Vec<u32>>,
}

const BLOCK: usize = 256;

#[inline]
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    // A code point starts at every byte that is not a continuation byte (0b10xx_xxxx). Counted
    // in 32-byte chunks into a u8 sum, which the compiler turns into SIMD compares and adds.
    let mut chunks = bytes.chunks_exact(32);
    let mut n = 0;
    for c in &mut chunks {
        n += usize::from(
            c.iter()
                .fold(0u8, |acc, &b| acc + u8::from((b as i8) >= -0x40)),
        );
    }
    // the rest eight bytes at a time: the continuation bytes' high bits (bit 7 set, bit 6 clear)
    // summed by one multiplication
    let mut eights = chunks.remainder().chunks_exact(8);
    for e in &mut eights {
        let mut w = [0u8; 8];
        w.copy_from_slice(e);
        let x = u64::from_le_bytes(w);
        let cont = (x & !(x << 1) & 0x8080_8080_8080_8080) >> 7;
        n += 8 - (cont.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    }
    n + eights
        .remainder()
        .iter()
        .filter(|&&b| (b as i8) >= -0x40)
        .count()
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return OffsetMap {
                text: bytes,
                checkpoints: None,
            };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut total = 0u32;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(total);
            total += count_chars(block) as u32;
        }
        OffsetMap {
            text: bytes,
            checkpoints: Some(checkpoints),
        }
    }

    /// True when byte and code-point offsets are the same.
    pub fn is_identity(&self) -> bool {
        self.checkpoints.is_none()
    }

    /// The code-point offset of byte offset `byte` (which must be on a char boundary, or the
    /// text's length).
    #[inline]
    pub fn to_char(&self, byte: usize) -> usize {
        match &self.checkpoints {
            None => byte,
            Some(cp) => {
                let byte = byte.min(self.text.len());
                let block = byte / BLOCK;
                if block >= cp.len() {
                    // byte == len and len is a multiple of BLOCK
                    let last = cp.len() - 1;
                    return cp[last] as usize + count_chars(&self.text[last * BLOCK..byte]);
                }
                cp[block] as usize + count_chars(&self.text[block * BLOCK..byte])
            }
        }
    }

    /// Like [`OffsetMap::to_char`], given a known pair `(byte, char)` at or before `byte`
    /// (the previous span's offset, when spans come in order): counts from whichever of that
    /// pair and the block's checkpoint is nearer.
    #[inline]
    pub fn to_char_after(&self, byte: usize, known: (usize, usize)) -> usize {
        let (kb, kc) = known;
        if self.checkpoints.is_none() {
            return byte;
        }
        if kb <= byte && byte - kb < byte % BLOCK && byte <= self.text.len() {
            return kc + count_chars(&self.text[kb..byte]);
        }
        self.to_char(byte)
    }

    /// The byte offset of code-point offset `ch`, or `None` past the end.
    pub fn to_byte(&self, ch: usize) -> Option<usize> {
        match &self.checkpoints {
            None => (ch <= self.text.len()).then_some(ch),
            Some(cp) => {
                // Last block whose checkpoint is <= ch.
                let block = cp
                    .partition_point(|&c| (c as usize) <= ch)
                    .saturating_sub(1);
                let mut chars = cp[block] as usize;
                let mut i = block * BLOCK;
                while i < self.text.len() {
                    if (self.text[i] as i8) >= -0x40 {
                        if chars == ch {
                            return Some(i);
                        }
                        chars += 1;
                    }
                    i += 1;
                }
                (chars == ch).then_some(self.text.len())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("hello");
        assert!(m.is_identity());
        assert_eq!(m.to_char(5), 5);
        assert_eq!(m.to_byte(5), Some(5));
        assert_eq!(m.to_byte(6), None);
    }

    #[test]
    fn every_boundary_round_trips_across_blocks() {
        let text = "قال «نعم» 2022 😀 e\u{301} ".repeat(40);
        let m = OffsetMap::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(m.to_char(bi), ci);
            assert_eq!(m.to_byte(ci), Some(bi));
        }
        let n = text.chars().count();
        assert_eq!(m.to_char(text.len()), n);
        let mut known = (0, 0);
        for (ci, (bi, _)) in text.char_indices().enumerate().step_by(7) {
            assert_eq!(m.to_char_after(bi, known), ci);
            known = (bi, ci);
        }
        assert_eq!(m.to_byte(n), Some(text.len()));
        assert_eq!(m.to_byte(n + 1), None);
    }

    #[test]
    fn count_chars_agrees_with_decoding_at_every_length() {
        let text = "a\u{e9}\u{20ac}\u{1f600}\u{642}\u{627}\u{644} x".repeat(12);
        for (s, _) in text.char_indices() {
            for (e, _) in text[s..].char_indices() {
                let piece = &text[s..s + e];
                assert_eq!(count_chars(piece.as_bytes()), piece.chars().count());
            }
        }
    }
}
