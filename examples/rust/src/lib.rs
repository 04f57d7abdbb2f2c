//! Safe Rust bindings to mubiao's C ABI (`<mubiao.h>`, libmubiao).
//!
//! ```no_run
//! let pipeline = mubiao::Pipeline::new()?;
//! let text = std::fs::read("report.txt").unwrap();
//! let targets = pipeline.targets(&text)?;
//! for t in targets.iter() {
//!     println!("{} {} {}", t.indicator(), t.value_text(), t.unit());
//! }
//! # Ok::<(), mubiao::Error>(())
//! ```
//!
//! Ownership follows the C ABI: every result owns a copy of its input, items
//! and string views borrow from their result (the borrow checker keeps them
//! from outliving it) and `Drop` frees it. A [`Pipeline`] is immutable and
//! `Send + Sync`: share one between threads.
//!
//! A view cannot outlive its result:
//!
//! ```compile_fail
//! let p = mubiao::Pipeline::new().unwrap();
//! let indicator = {
//!     let targets = p.targets("地区生产总值增长7%。").unwrap();
//!     targets.get(0).map(|t| t.indicator())
//! }; // error: `targets` does not live long enough
//! ```
pub mod ffi;

use std::ffi::CStr;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;
use std::os::raw::c_char;
use std::ptr::{self, NonNull};

/// Why a call failed: the C ABI's status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    InvalidArgument,
    InvalidUtf8,
    OutOfRange,
    OutOfMemory,
    Internal,
    /// A code this binding does not know (from a newer library).
    Other(i32),
}

impl Status {
    fn from_raw(code: ffi::mubiao_status) -> Status {
        match code {
            ffi::MUBIAO_ERROR_INVALID_ARGUMENT => Status::InvalidArgument,
            ffi::MUBIAO_ERROR_INVALID_UTF8 => Status::InvalidUtf8,
            ffi::MUBIAO_ERROR_OUT_OF_RANGE => Status::OutOfRange,
            ffi::MUBIAO_ERROR_OUT_OF_MEMORY => Status::OutOfMemory,
            ffi::MUBIAO_ERROR_INTERNAL => Status::Internal,
            other => Status::Other(other),
        }
    }
}

/// A failed call: its status, the library's message and, for invalid UTF-8,
/// the byte offset of the first bad byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub status: Status,
    pub message: String,
    pub offset: Option<usize>,
}

impl Error {
    /// Takes over a mubiao_error (possibly NULL) returned with `code`.
    fn take(code: ffi::mubiao_status, raw: *mut ffi::mubiao_error) -> Error {
        // SAFETY: raw is NULL or an error the library just handed over; every
        // accessor accepts NULL, and it is freed exactly once here.
        unsafe {
            let message = if raw.is_null() {
                c_str(ffi::mubiao_status_string(code))
            } else {
                c_str(ffi::mubiao_error_message(raw))
            };
            let offset = ffi::mubiao_error_offset(raw);
            ffi::mubiao_error_free(raw);
            Error {
                status: Status::from_raw(code),
                message,
                offset: if offset == usize::MAX {
                    None
                } else {
                    Some(offset)
                },
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Copies a NUL-terminated static or error string.
unsafe fn c_str(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Calls a fallible C function that takes a trailing `mubiao_error **`.
fn call(f: impl FnOnce(*mut *mut ffi::mubiao_error) -> ffi::mubiao_status) -> Result<(), Error> {
    let mut err: *mut ffi::mubiao_error = ptr::null_mut();
    match f(&mut err) {
        ffi::MUBIAO_OK => Ok(()),
        code => Err(Error::take(code, err)),
    }
}

/// A view returned by the library; valid UTF-8 by the C ABI's contract.
///
/// SAFETY: the caller ties 'a to the result the view came from.
unsafe fn view<'a>(data: *const c_char, len: usize) -> &'a str {
    if data.is_null() || len == 0 {
        return "";
    }
    let bytes = std::slice::from_raw_parts(data.cast::<u8>(), len);
    std::str::from_utf8(bytes).expect("mubiao returned a view that is not UTF-8")
}

/// The run-time library's version as MAJOR*10000 + MINOR*100 + PATCH.
pub fn version() -> u32 {
    // SAFETY: no arguments, no state.
    unsafe { ffi::mubiao_version() }
}

/// The run-time library's version, "0.1.0".
pub fn version_string() -> String {
    // SAFETY: returns a static NUL-terminated string.
    unsafe { c_str(ffi::mubiao_version_string()) }
}

/// Lexicon and rules, loaded once. Immutable: share it between threads.
pub struct Pipeline {
    raw: NonNull<ffi::mubiao_pipeline>,
}

// SAFETY: the C ABI documents a pipeline as immutable and thread-safe.
unsafe impl Send for Pipeline {}
unsafe impl Sync for Pipeline {}

impl Drop for Pipeline {
    fn drop(&mut self) {
        // SAFETY: we own the handle; results do not depend on it.
        unsafe { ffi::mubiao_pipeline_free(self.raw.as_ptr()) }
    }
}

impl Pipeline {
    /// A pipeline with the built-in lexicon.
    pub fn new() -> Result<Pipeline, Error> {
        Self::with_words(std::iter::empty::<&str>())
    }

    /// A pipeline whose lexicon also knows `words` (local place or programme
    /// names). An empty word is an error.
    pub fn with_words<I, S>(words: I) -> Result<Pipeline, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        struct Options(*mut ffi::mubiao_options);
        impl Drop for Options {
            fn drop(&mut self) {
                // SAFETY: NULL or options we own.
                unsafe { ffi::mubiao_options_free(self.0) }
            }
        }
        let mut options = Options(ptr::null_mut());
        // SAFETY: out and error pointers are valid for the calls; words are
        // passed as pointer + length and copied by the library.
        unsafe {
            call(|e| ffi::mubiao_options_new(&mut options.0, e))?;
            for w in words {
                let w = w.as_ref();
                call(|e| ffi::mubiao_options_add_word(options.0, w.as_ptr().cast(), w.len(), e))?;
            }
            let mut raw = ptr::null_mut();
            call(|e| ffi::mubiao_pipeline_new(options.0, &mut raw, e))?;
            Ok(Pipeline {
                raw: NonNull::new(raw).expect("mubiao_pipeline_new gave NULL"),
            })
        }
    }

    /// Runs one stage: `f` calls the C function with the pipeline, the text
    /// (copied by the library during the call), the out and error pointers.
    fn stage<T>(
        &self,
        text: &[u8],
        f: impl FnOnce(
            *const ffi::mubiao_pipeline,
            *const c_char,
            usize,
            *mut *mut T,
            *mut *mut ffi::mubiao_error,
        ) -> ffi::mubiao_status,
    ) -> Result<NonNull<T>, Error> {
        let mut raw = ptr::null_mut();
        call(|e| {
            f(
                self.raw.as_ptr(),
                text.as_ptr().cast(),
                text.len(),
                &mut raw,
                e,
            )
        })?;
        Ok(NonNull::new(raw).expect("mubiao returned OK and NULL"))
    }

    /// Sections, paragraphs, sentences and clauses of `text` (UTF-8 bytes).
    pub fn segment(&self, text: impl AsRef<[u8]>) -> Result<Document, Error> {
        // SAFETY: the arguments are what the C function expects.
        let raw = self.stage(text.as_ref(), |p, d, n, o, e| unsafe {
            ffi::mubiao_pipeline_segment(p, d, n, o, e)
        })?;
        Ok(Document { raw })
    }

    /// Word tokens of `text[range]` (clamped); offsets are into `text`.
    pub fn words(&self, text: impl AsRef<[u8]>, range: Range<usize>) -> Result<Words, Error> {
        // SAFETY: as for segment.
        let raw = self.stage(text.as_ref(), |p, d, n, o, e| unsafe {
            ffi::mubiao_pipeline_words(p, d, n, range.start, range.end, o, e)
        })?;
        Ok(Words { raw })
    }

    /// Every numeric expression of `text`, normalized.
    pub fn numbers(&self, text: impl AsRef<[u8]>) -> Result<Numbers, Error> {
        // SAFETY: as for segment.
        let raw = self.stage(text.as_ref(), |p, d, n, o, e| unsafe {
            ffi::mubiao_pipeline_numbers(p, d, n, o, e)
        })?;
        Ok(Numbers { raw })
    }

    /// The quantitative statements (targets, achievements) of `text`.
    pub fn targets(&self, text: impl AsRef<[u8]>) -> Result<Targets, Error> {
        // SAFETY: as for segment.
        let raw = self.stage(text.as_ref(), |p, d, n, o, e| unsafe {
            ffi::mubiao_pipeline_targets(p, d, n, o, e)
        })?;
        Ok(Targets { raw })
    }
}

/// Segmentation levels of [`Document::units`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Section,
    Paragraph,
    Sentence,
    Clause,
}

impl Level {
    fn raw(self) -> ffi::mubiao_level {
        match self {
            Level::Section => ffi::MUBIAO_LEVEL_SECTION,
            Level::Paragraph => ffi::MUBIAO_LEVEL_PARAGRAPH,
            Level::Sentence => ffi::MUBIAO_LEVEL_SENTENCE,
            Level::Clause => ffi::MUBIAO_LEVEL_CLAUSE,
        }
    }
}

// A result handle: owned, freed on drop, immutable so Send + Sync.
macro_rules! result_handle {
    ($(#[$doc:meta])* $name:ident, $raw:ident, $free:ident) => {
        $(#[$doc])*
        pub struct $name {
            raw: NonNull<ffi::$raw>,
        }
        // SAFETY: results are immutable once made (C ABI contract).
        unsafe impl Send for $name {}
        unsafe impl Sync for $name {}
        impl Drop for $name {
            fn drop(&mut self) {
                // SAFETY: we own the handle; no borrow of it outlives self.
                unsafe { ffi::$free(self.raw.as_ptr()) }
            }
        }
    };
}

// An item borrowed from a result for 'a.
macro_rules! item {
    ($(#[$doc:meta])* $name:ident, $raw:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name<'a> {
            raw: NonNull<ffi::$raw>,
            _result: PhantomData<&'a ()>,
        }
        // SAFETY: items are parts of an immutable result.
        unsafe impl Send for $name<'_> {}
        unsafe impl Sync for $name<'_> {}
        impl<'a> $name<'a> {
            fn from_raw(raw: *const ffi::$raw) -> Option<Self> {
                NonNull::new(raw as *mut ffi::$raw).map(|raw| $name { raw, _result: PhantomData })
            }
        }
    };
}

// count + get + iter over a result's items.
macro_rules! items {
    ($result:ident, $item:ident, $count:ident, $get:ident) => {
        impl $result {
            pub fn len(&self) -> usize {
                // SAFETY: a live handle.
                unsafe { ffi::$count(self.raw.as_ptr()) }
            }
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }
            /// Item `index`, or None past the end.
            pub fn get(&self, index: usize) -> Option<$item<'_>> {
                let mut out = ptr::null();
                // SAFETY: a live handle; errors are not asked for.
                let status =
                    unsafe { ffi::$get(self.raw.as_ptr(), index, &mut out, ptr::null_mut()) };
                if status == ffi::MUBIAO_OK {
                    $item::from_raw(out)
                } else {
                    None
                }
            }
            pub fn iter(&self) -> impl Iterator<Item = $item<'_>> + '_ {
                (0..self.len()).filter_map(move |i| self.get(i))
            }
        }
    };
}

// Accessors of an item: string views, spans and plain values.
macro_rules! views {
    ($item:ident { $($name:ident => $f:ident),* $(,)? }) => {
        impl<'a> $item<'a> {
            $(pub fn $name(&self) -> &'a str {
                let mut len = 0;
                // SAFETY: the view lives as long as the result, which 'a borrows.
                unsafe { view(ffi::$f(self.raw.as_ptr(), &mut len), len) }
            })*
        }
    };
}
macro_rules! spans {
    ($item:ident { $($name:ident => $f:ident),* $(,)? }) => {
        impl<'a> $item<'a> {
            $(pub fn $name(&self) -> Range<usize> {
                let (mut start, mut end) = (0, 0);
                // SAFETY: a live item.
                unsafe { ffi::$f(self.raw.as_ptr(), &mut start, &mut end) };
                start..end
            })*
        }
    };
}
macro_rules! optional_numbers {
    ($item:ident { $($name:ident => $f:ident),* $(,)? }) => {
        impl<'a> $item<'a> {
            $(pub fn $name(&self) -> Option<f64> {
                let mut v = 0.0;
                // SAFETY: a live item.
                (unsafe { ffi::$f(self.raw.as_ptr(), &mut v) } != 0).then_some(v)
            })*
        }
    };
}

result_handle!(
    /// Sections and units of one text ([`Pipeline::segment`]).
    Document, mubiao_document, mubiao_document_free);
item!(
    /// A section: a heading and its body.
    Section, mubiao_section);
item!(
    /// A section, paragraph, sentence or clause.
    Unit, mubiao_unit);

impl Document {
    pub fn sections(&self) -> impl Iterator<Item = Section<'_>> + '_ {
        // SAFETY: a live handle.
        let n = unsafe { ffi::mubiao_document_section_count(self.raw.as_ptr()) };
        (0..n).filter_map(move |i| {
            let mut out = ptr::null();
            // SAFETY: a live handle; i < count.
            unsafe {
                ffi::mubiao_document_section_get(self.raw.as_ptr(), i, &mut out, ptr::null_mut())
            };
            Section::from_raw(out)
        })
    }
    pub fn units(&self, level: Level) -> impl Iterator<Item = Unit<'_>> + '_ {
        // SAFETY: a live handle.
        let n = unsafe { ffi::mubiao_document_unit_count(self.raw.as_ptr(), level.raw()) };
        (0..n).filter_map(move |i| {
            let mut out = ptr::null();
            // SAFETY: a live handle; i < count.
            unsafe {
                ffi::mubiao_document_unit_get(
                    self.raw.as_ptr(),
                    level.raw(),
                    i,
                    &mut out,
                    ptr::null_mut(),
                )
            };
            Unit::from_raw(out)
        })
    }
}
views!(Section { text => mubiao_section_text, heading => mubiao_section_heading });
spans!(Section { span => mubiao_section_span, heading_span => mubiao_section_heading_span });
impl Section<'_> {
    /// 0 preamble, 1 top level, 2, ...
    pub fn depth(&self) -> i32 {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_section_depth(self.raw.as_ptr()) }
    }
    /// Index of the enclosing section.
    pub fn parent(&self) -> usize {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_section_parent(self.raw.as_ptr()) }
    }
}
views!(Unit { text => mubiao_unit_text, section_heading => mubiao_unit_section_heading });
spans!(Unit { span => mubiao_unit_span });
impl Unit<'_> {
    /// Index of the innermost section holding the unit.
    pub fn section(&self) -> usize {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_unit_section(self.raw.as_ptr()) }
    }
}

result_handle!(
    /// Word tokens of a text range ([`Pipeline::words`]).
    Words, mubiao_words, mubiao_words_free);
item!(Word, mubiao_word);
items!(Words, Word, mubiao_words_count, mubiao_words_get);
views!(Word { text => mubiao_word_text, kind => mubiao_word_type });
spans!(Word { span => mubiao_word_span });

result_handle!(
    /// Numeric expressions of a text ([`Pipeline::numbers`]).
    Numbers, mubiao_numbers, mubiao_numbers_free);
item!(Number, mubiao_number);
items!(Numbers, Number, mubiao_numbers_count, mubiao_numbers_get);
views!(Number {
    text => mubiao_number_text,
    kind => mubiao_number_kind,
    value_text => mubiao_number_value_text,
    upper_text => mubiao_number_upper_text,
    unit => mubiao_number_unit,
    qualifier => mubiao_number_qualifier,
});
spans!(Number { span => mubiao_number_span });
optional_numbers!(Number { value => mubiao_number_value, upper => mubiao_number_upper });
impl Number<'_> {
    /// A vague quantity (十几万).
    pub fn approximate(&self) -> bool {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_number_approximate(self.raw.as_ptr()) != 0 }
    }
}

result_handle!(
    /// Quantitative statements of a text ([`Pipeline::targets`]).
    Targets, mubiao_targets, mubiao_targets_free);
item!(Target, mubiao_target);
items!(Targets, Target, mubiao_targets_count, mubiao_targets_get);
views!(Target {
    text => mubiao_target_text,
    section_heading => mubiao_target_section_heading,
    stance => mubiao_target_stance,
    indicator => mubiao_target_indicator,
    measure => mubiao_target_measure,
    comparator => mubiao_target_comparator,
    value_text => mubiao_target_value_text,
    upper_text => mubiao_target_upper_text,
    unit => mubiao_target_unit,
    modality => mubiao_target_modality,
    horizon => mubiao_target_horizon,
    reference => mubiao_target_reference,
    rule => mubiao_target_rule,
    code => mubiao_target_code,
});
spans!(Target {
    span => mubiao_target_span,
    indicator_span => mubiao_target_indicator_span,
    value_span => mubiao_target_value_span,
});
optional_numbers!(Target { value => mubiao_target_value, upper => mubiao_target_upper });
impl Target<'_> {
    /// Index of the sentence the statement was read from.
    pub fn sentence(&self) -> usize {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_target_sentence(self.raw.as_ptr()) }
    }
    /// Index of the innermost section.
    pub fn section(&self) -> usize {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_target_section(self.raw.as_ptr()) }
    }
    /// Whether the growth is stated as real (实际增长).
    pub fn real(&self) -> bool {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_target_real(self.raw.as_ptr()) != 0 }
    }
    /// Whether the record is in the main-targets passage (主要预期目标).
    pub fn headline(&self) -> bool {
        // SAFETY: a live item.
        unsafe { ffi::mubiao_target_headline(self.raw.as_ptr()) != 0 }
    }
}
