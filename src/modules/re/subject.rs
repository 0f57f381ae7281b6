//! The text a pattern runs over, and conversion between the engine's byte
//! offsets and Python's character offsets.
//!
//! ASCII text needs no conversion. Other text gets a table of character
//! counts every 256 bytes, so each conversion costs at most a 256-byte scan
//! and iterating over a big text stays linear. Bytes subjects are matched as
//! their Latin-1 decoding (one char per byte), so their char offsets are the
//! byte offsets Python reports.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Obj, PyObject, Value};

const BLOCK: usize = 256;

/// Character counts at every BLOCK-byte boundary of a non-ASCII text.
pub struct CharIndex {
    /// counts[k] = number of characters that start before byte k * BLOCK.
    counts: Vec<usize>,
}

fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl CharIndex {
    fn build(text: &str) -> CharIndex {
        let b = text.as_bytes();
        let mut counts = Vec::with_capacity(b.len() / BLOCK + 2);
        let mut n = 0;
        counts.push(0);
        for chunk in b.chunks(BLOCK) {
            n += chunk.iter().filter(|&&x| is_char_start(x)).count();
            counts.push(n);
        }
        CharIndex { counts }
    }

    fn char_of(&self, text: &str, byte: usize) -> usize {
        let k = byte / BLOCK;
        let base = self.counts.get(k).copied().unwrap_or(0);
        let b = text.as_bytes();
        base + b[k * BLOCK..byte.min(b.len())].iter().filter(|&&x| is_char_start(x)).count()
    }

    fn byte_of(&self, text: &str, ch: usize) -> usize {
        // Last block whose start count is <= ch.
        let k = self.counts.partition_point(|&c| c <= ch).saturating_sub(1);
        let b = text.as_bytes();
        let mut pos = (k * BLOCK).min(b.len());
        let mut n = self.counts[k];
        // Step to the first char start at or after the block start.
        while pos < b.len() && !is_char_start(b[pos]) {
            pos += 1;
        }
        while pos < b.len() {
            if n == ch {
                return pos;
            }
            pos += 1;
            while pos < b.len() && !is_char_start(b[pos]) {
                pos += 1;
            }
            n += 1;
        }
        b.len()
    }
}

thread_local! {
    /// The last non-ASCII text indexed, kept alive so its address stays its identity.
    static LAST_INDEX: RefCell<Option<(Obj, Rc<CharIndex>)>> = const { RefCell::new(None) };
}

/// A subject string: the Python object and the text the engine sees.
pub struct Subject {
    pub value: Value,
    /// For bytes subjects: the Latin-1 decoding. None: `value` is a str.
    decoded: Option<String>,
    index: Option<Rc<CharIndex>>,
    /// Length in characters.
    pub len: usize,
    pub is_bytes: bool,
    /// The empty str/bytes, shared by every empty piece.
    empty: std::cell::OnceCell<Value>,
}

impl Subject {
    /// A subject for `value`, a str or a bytes-like object (None otherwise).
    pub fn new(value: &Value) -> Option<Subject> {
        let Value::Obj(o) = value else { return None };
        match &**o {
            PyObject::Str(s) => {
                let index = if s.is_ascii() { None } else { Some(index_for(o, s.as_str())) };
                Some(Subject { value: value.clone(), decoded: None, index, len: s.char_len(), is_bytes: false, empty: Default::default() })
            }
            PyObject::Bytes(b) => Some(Subject::from_bytes(value, b)),
            PyObject::ByteArray(b) => Some(Subject::from_bytes(value, &b.borrow())),
            _ => None,
        }
    }

    fn from_bytes(value: &Value, b: &[u8]) -> Subject {
        let decoded: String = b.iter().map(|&x| x as char).collect();
        let index = if b.is_ascii() { None } else { Some(Rc::new(CharIndex::build(&decoded))) };
        Subject { value: value.clone(), len: b.len(), decoded: Some(decoded), index, is_bytes: true, empty: Default::default() }
    }

    pub fn text(&self) -> &str {
        match &self.decoded {
            Some(d) => d,
            None => self.value.as_str().unwrap_or(""),
        }
    }

    /// Character offset of a byte offset.
    #[inline]
    pub fn char_of(&self, byte: usize) -> usize {
        match &self.index {
            None => byte,
            Some(ix) => ix.char_of(self.text(), byte),
        }
    }

    /// Byte offset of a character offset (clamped to the text).
    #[inline]
    pub fn byte_of(&self, ch: usize) -> usize {
        match &self.index {
            None => ch.min(self.text().len()),
            Some(ix) => ix.byte_of(self.text(), ch.min(self.len)),
        }
    }

    /// The piece of the subject between two byte offsets, as a str or bytes.
    pub fn slice(&self, start: usize, end: usize) -> Value {
        if start == end {
            return self.empty();
        }
        let t = &self.text()[start..end];
        if self.is_bytes {
            Value::bytes(t.chars().map(|c| c as u32 as u8).collect())
        } else if start == 0 && end == self.text().len() {
            self.value.clone()
        } else {
            Value::str(t)
        }
    }

    /// An empty str or bytes, matching the subject's type.
    pub fn empty(&self) -> Value {
        self.empty.get_or_init(|| if self.is_bytes { Value::bytes(Vec::new()) } else { Value::str("") }).clone()
    }
}

fn index_for(o: &Obj, text: &str) -> Rc<CharIndex> {
    LAST_INDEX.with(|c| {
        if let Some((obj, ix)) = &*c.borrow() {
            if Rc::ptr_eq(obj, o) {
                return ix.clone();
            }
        }
        let ix = Rc::new(CharIndex::build(text));
        *c.borrow_mut() = Some((o.clone(), ix.clone()));
        ix
    })
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn char_byte_round_trip() {
        let mut s = String::new();
        for i in 0..2000 {
            s.push(if i % 7 == 0 { 'é' } else if i % 11 == 0 { '😀' } else { 'a' });
        }
        let ix = CharIndex::build(&s);
        for (ci, (bi, _)) in s.char_indices().enumerate() {
            assert_eq!(ix.char_of(&s, bi), ci);
            assert_eq!(ix.byte_of(&s, ci), bi);
        }
        let n = s.chars().count();
        assert_eq!(ix.byte_of(&s, n), s.len());
        assert_eq!(ix.char_of(&s, s.len()), n);
    }
}
