//! The word-list data files (`data/*/…txt`): `[section]` headers, then one word or phrase a
//! line; blank lines and lines starting with `#` are comments. One reader for every layer.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, for the maps and sets built from the word lists: they are compiled in, so lookups
/// need no protection against chosen collisions, and SipHash was a visible share of the sentence
/// splitter's and the quote attribution's time.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of word-list entries, hashed with [`Fnv`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
/// A map from word-list entries, hashed with [`Fnv`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The lines of the sections of `file` whose names `want` accepts, trimmed, in file order.
///
/// ```ignore
/// let f = "# comment\n[a]\nx\n\n[b]\ny\n";
/// assert_eq!(sections(f, |s| s == "b"), ["y"]);
/// ```
pub(crate) fn sections(file: &str, want: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut on = false;
    let mut out = Vec::new();
    for line in file.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            on = want(sec);
        } else if on {
            out.push(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sections;

    #[test]
    fn reads_only_the_wanted_sections_without_comments_or_blank_lines() {
        let f = "# header\n[a]\nx\n  y  \n\n# note\n[b]\nz\n[a2]\nw\n";
        assert_eq!(sections(f, |s| s == "a"), ["x", "y"]);
        assert_eq!(sections(f, |s| s.starts_with('a')), ["x", "y", "w"]);
        assert!(sections(f, |s| s == "none").is_empty());
    }
}
