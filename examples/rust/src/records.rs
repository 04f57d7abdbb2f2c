//! JSON Lines records encoded byte for byte as the mubiao CLI encodes them
//! (examples/cli/records.cc): fields in order, minimal escapes, UTF-8 as is.

#[derive(Default)]
pub struct Record {
    out: String,
}

impl Record {
    fn key(&mut self, key: &str) {
        self.out.push(if self.out.is_empty() { '{' } else { ',' });
        string_literal(&mut self.out, key);
        self.out.push(':');
    }
    pub fn str(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        string_literal(&mut self.out, value);
        self
    }
    pub fn num(mut self, key: &str, value: usize) -> Self {
        self.key(key);
        self.out.push_str(&value.to_string());
        self
    }
    /// A number already written as JSON by the library; null when empty.
    pub fn raw(mut self, key: &str, text: &str) -> Self {
        self.key(key);
        self.out
            .push_str(if text.is_empty() { "null" } else { text });
        self
    }
    pub fn yes(mut self, key: &str) -> Self {
        self.key(key);
        self.out.push_str("true");
        self
    }
    pub fn end(mut self, out: &mut String) {
        self.out.push_str("}\n");
        out.push_str(&self.out);
    }
}

fn string_literal(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
