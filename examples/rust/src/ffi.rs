//! Raw declarations of `<mubiao.h>`, one for one. Every function here is
//! unsafe to call; the safe wrappers in `lib.rs` uphold the header's rules
//! (ownership, NULL handling, view lifetimes).
#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_int};

pub type mubiao_status = i32;
pub type mubiao_level = i32;

pub const MUBIAO_OK: mubiao_status = 0;
pub const MUBIAO_ERROR_INVALID_ARGUMENT: mubiao_status = 1;
pub const MUBIAO_ERROR_INVALID_UTF8: mubiao_status = 2;
pub const MUBIAO_ERROR_OUT_OF_RANGE: mubiao_status = 3;
pub const MUBIAO_ERROR_OUT_OF_MEMORY: mubiao_status = 4;
pub const MUBIAO_ERROR_INTERNAL: mubiao_status = 5;
pub const MUBIAO_ERROR_READ: mubiao_status = 6;
pub const MUBIAO_ERROR_UNSUPPORTED: mubiao_status = 7;

pub const MUBIAO_LEVEL_SECTION: mubiao_level = 0;
pub const MUBIAO_LEVEL_PARAGRAPH: mubiao_level = 1;
pub const MUBIAO_LEVEL_SENTENCE: mubiao_level = 2;
pub const MUBIAO_LEVEL_CLAUSE: mubiao_level = 3;

macro_rules! opaque {
    ($($name:ident),*) => {
        $(#[repr(C)]
        pub struct $name {
            _private: [u8; 0],
            // Not Send, Sync or Unpin by default: the wrappers decide.
            _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
        })*
    };
}
opaque!(
    mubiao_error,
    mubiao_options,
    mubiao_pipeline,
    mubiao_document,
    mubiao_section,
    mubiao_unit,
    mubiao_words,
    mubiao_word,
    mubiao_numbers,
    mubiao_number,
    mubiao_targets,
    mubiao_target,
    mubiao_text
);

extern "C" {
    pub fn mubiao_version() -> u32;
    pub fn mubiao_version_string() -> *const c_char;

    pub fn mubiao_status_string(status: mubiao_status) -> *const c_char;
    pub fn mubiao_error_code(error: *const mubiao_error) -> mubiao_status;
    pub fn mubiao_error_message(error: *const mubiao_error) -> *const c_char;
    pub fn mubiao_error_offset(error: *const mubiao_error) -> usize;
    pub fn mubiao_error_free(error: *mut mubiao_error);

    pub fn mubiao_options_new(
        out: *mut *mut mubiao_options,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_options_add_word(
        options: *mut mubiao_options,
        utf8: *const c_char,
        len: usize,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_options_free(options: *mut mubiao_options);
    pub fn mubiao_pipeline_new(
        options: *const mubiao_options,
        out: *mut *mut mubiao_pipeline,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_pipeline_free(pipeline: *mut mubiao_pipeline);

    pub fn mubiao_pipeline_segment(
        pipeline: *const mubiao_pipeline,
        utf8: *const c_char,
        len: usize,
        out: *mut *mut mubiao_document,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_document_free(document: *mut mubiao_document);
    pub fn mubiao_document_section_count(document: *const mubiao_document) -> usize;
    pub fn mubiao_document_section_get(
        document: *const mubiao_document,
        index: usize,
        out: *mut *const mubiao_section,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_section_span(section: *const mubiao_section, start: *mut usize, end: *mut usize);
    pub fn mubiao_section_text(section: *const mubiao_section, len: *mut usize) -> *const c_char;
    pub fn mubiao_section_heading(section: *const mubiao_section, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_section_heading_span(
        section: *const mubiao_section,
        start: *mut usize,
        end: *mut usize,
    );
    pub fn mubiao_section_depth(section: *const mubiao_section) -> i32;
    pub fn mubiao_section_parent(section: *const mubiao_section) -> usize;
    pub fn mubiao_document_unit_count(
        document: *const mubiao_document,
        level: mubiao_level,
    ) -> usize;
    pub fn mubiao_document_unit_get(
        document: *const mubiao_document,
        level: mubiao_level,
        index: usize,
        out: *mut *const mubiao_unit,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_unit_span(unit: *const mubiao_unit, start: *mut usize, end: *mut usize);
    pub fn mubiao_unit_text(unit: *const mubiao_unit, len: *mut usize) -> *const c_char;
    pub fn mubiao_unit_section(unit: *const mubiao_unit) -> usize;
    pub fn mubiao_unit_section_heading(unit: *const mubiao_unit, len: *mut usize) -> *const c_char;

    pub fn mubiao_pipeline_words(
        pipeline: *const mubiao_pipeline,
        utf8: *const c_char,
        len: usize,
        start: usize,
        end: usize,
        out: *mut *mut mubiao_words,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_words_free(words: *mut mubiao_words);
    pub fn mubiao_words_count(words: *const mubiao_words) -> usize;
    pub fn mubiao_words_get(
        words: *const mubiao_words,
        index: usize,
        out: *mut *const mubiao_word,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_word_span(word: *const mubiao_word, start: *mut usize, end: *mut usize);
    pub fn mubiao_word_text(word: *const mubiao_word, len: *mut usize) -> *const c_char;
    pub fn mubiao_word_type(word: *const mubiao_word, len: *mut usize) -> *const c_char;

    pub fn mubiao_pipeline_numbers(
        pipeline: *const mubiao_pipeline,
        utf8: *const c_char,
        len: usize,
        out: *mut *mut mubiao_numbers,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_numbers_free(numbers: *mut mubiao_numbers);
    pub fn mubiao_numbers_count(numbers: *const mubiao_numbers) -> usize;
    pub fn mubiao_numbers_get(
        numbers: *const mubiao_numbers,
        index: usize,
        out: *mut *const mubiao_number,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_number_span(number: *const mubiao_number, start: *mut usize, end: *mut usize);
    pub fn mubiao_number_text(number: *const mubiao_number, len: *mut usize) -> *const c_char;
    pub fn mubiao_number_kind(number: *const mubiao_number, len: *mut usize) -> *const c_char;
    pub fn mubiao_number_value(number: *const mubiao_number, value: *mut f64) -> c_int;
    pub fn mubiao_number_value_text(number: *const mubiao_number, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_number_upper(number: *const mubiao_number, upper: *mut f64) -> c_int;
    pub fn mubiao_number_upper_text(number: *const mubiao_number, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_number_unit(number: *const mubiao_number, len: *mut usize) -> *const c_char;
    pub fn mubiao_number_qualifier(number: *const mubiao_number, len: *mut usize) -> *const c_char;
    pub fn mubiao_number_approximate(number: *const mubiao_number) -> c_int;

    pub fn mubiao_pipeline_targets(
        pipeline: *const mubiao_pipeline,
        utf8: *const c_char,
        len: usize,
        out: *mut *mut mubiao_targets,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_targets_free(targets: *mut mubiao_targets);
    pub fn mubiao_targets_count(targets: *const mubiao_targets) -> usize;
    pub fn mubiao_targets_get(
        targets: *const mubiao_targets,
        index: usize,
        out: *mut *const mubiao_target,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_target_span(target: *const mubiao_target, start: *mut usize, end: *mut usize);
    pub fn mubiao_target_text(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_sentence(target: *const mubiao_target) -> usize;
    pub fn mubiao_target_section(target: *const mubiao_target) -> usize;
    pub fn mubiao_target_section_heading(
        target: *const mubiao_target,
        len: *mut usize,
    ) -> *const c_char;
    pub fn mubiao_target_stance(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_indicator(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_indicator_span(
        target: *const mubiao_target,
        start: *mut usize,
        end: *mut usize,
    );
    pub fn mubiao_target_measure(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_comparator(target: *const mubiao_target, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_target_value(target: *const mubiao_target, value: *mut f64) -> c_int;
    pub fn mubiao_target_value_text(target: *const mubiao_target, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_target_upper(target: *const mubiao_target, upper: *mut f64) -> c_int;
    pub fn mubiao_target_upper_text(target: *const mubiao_target, len: *mut usize)
        -> *const c_char;
    pub fn mubiao_target_unit(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_value_span(
        target: *const mubiao_target,
        start: *mut usize,
        end: *mut usize,
    );
    pub fn mubiao_target_modality(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_horizon(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_reference(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_rule(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_code(target: *const mubiao_target, len: *mut usize) -> *const c_char;
    pub fn mubiao_target_real(target: *const mubiao_target) -> c_int;
    pub fn mubiao_target_headline(target: *const mubiao_target) -> c_int;
    pub fn mubiao_target_strive(target: *const mubiao_target, strive: *mut f64) -> c_int;
    pub fn mubiao_target_upside(target: *const mubiao_target) -> c_int;

    pub fn mubiao_has_readers() -> c_int;
    pub fn mubiao_read_bytes(
        bytes: *const c_char,
        len: usize,
        format: *const c_char,
        encoding: *const c_char,
        out: *mut *mut mubiao_text,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_read_file(
        path: *const c_char,
        format: *const c_char,
        encoding: *const c_char,
        out: *mut *mut mubiao_text,
        error: *mut *mut mubiao_error,
    ) -> mubiao_status;
    pub fn mubiao_text_free(text: *mut mubiao_text);
    pub fn mubiao_text_utf8(text: *const mubiao_text, len: *mut usize) -> *const c_char;
    pub fn mubiao_text_format(text: *const mubiao_text) -> *const c_char;
    pub fn mubiao_text_encoding(text: *const mubiao_text) -> *const c_char;
    pub fn mubiao_text_warning_count(text: *const mubiao_text) -> usize;
    pub fn mubiao_text_warning(text: *const mubiao_text, index: usize) -> *const c_char;
}
