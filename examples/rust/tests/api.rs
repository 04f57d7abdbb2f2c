// The safe wrappers against the installed libmubiao: spans, errors,
// ownership and sharing between threads.
use std::sync::Arc;

use mubiao::{Level, Pipeline, Status};

fn sample() -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/sample-report.txt");
    std::fs::read(path).expect("examples/data/sample-report.txt")
}

#[test]
fn version_matches_the_crate() {
    assert_eq!(mubiao::version_string(), env!("CARGO_PKG_VERSION"));
    let v: Vec<u32> = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|p| p.parse().unwrap())
        .collect();
    assert_eq!(mubiao::version(), v[0] * 10000 + v[1] * 100 + v[2]);
}

#[test]
fn every_unit_and_word_is_its_span_of_the_input() {
    let text = sample();
    let p = Pipeline::new().unwrap();
    let doc = p.segment(&text).unwrap();
    let sections: Vec<_> = doc.sections().collect();
    assert!(!sections.is_empty());
    for s in &sections {
        assert_eq!(s.text().as_bytes(), &text[s.span()]);
        assert_eq!(s.heading().as_bytes(), &text[s.heading_span()]);
        assert!(s.depth() >= 0);
    }
    let mut sentences = 0;
    for u in doc.units(Level::Sentence) {
        assert_eq!(u.text().as_bytes(), &text[u.span()]);
        assert!(u.section() < sections.len());
        sentences += 1;
    }
    assert!(sentences > 0);
    let words = p.words(&text, 0..usize::MAX).unwrap();
    assert!(words.len() > 100);
    let mut end = 0;
    for w in words.iter() {
        assert_eq!(w.text().as_bytes(), &text[w.span()]);
        assert!(w.span().start >= end, "tokens are in order and disjoint");
        end = w.span().end;
        assert!(["word", "number", "punct", "latin"].contains(&w.kind()));
    }
    assert!(words.get(words.len()).is_none());
}

#[test]
fn numbers_and_targets_keep_their_invariants() {
    let text = sample();
    let p = Pipeline::new().unwrap();
    for n in p.numbers(&text).unwrap().iter() {
        assert_eq!(n.text().as_bytes(), &text[n.span()]);
        assert_eq!(n.value().is_some(), !n.value_text().is_empty());
        assert_eq!(n.upper().is_some(), !n.upper_text().is_empty());
    }
    let targets = p.targets(&text).unwrap();
    for t in targets.iter() {
        assert_eq!(t.text().as_bytes(), &text[t.span()]);
        assert_eq!(t.value().is_some(), !t.value_text().is_empty());
        assert!(["target", "achievement"].contains(&t.stance()));
        assert!(t.value_span().end <= text.len() && t.indicator_span().end <= text.len());
        let _ = (
            t.sentence(),
            t.section(),
            t.measure(),
            t.comparator(),
            t.unit(),
        );
        let _ = (
            t.modality(),
            t.horizon(),
            t.reference(),
            t.rule(),
            t.upper_text(),
        );
    }
    assert!(targets.get(targets.len()).is_none());
}

#[test]
fn invalid_utf8_is_an_error_with_its_offset() {
    let p = Pipeline::new().unwrap();
    let bad = b"\xe5\xa2\x9e\xe9\x95\xbf\xff7%";
    for err in [
        p.segment(bad).err().unwrap(),
        p.targets(bad).err().unwrap(),
        p.numbers(bad).err().unwrap(),
        p.words(bad, 0..usize::MAX).err().unwrap(),
    ] {
        assert_eq!(err.status, Status::InvalidUtf8);
        assert_eq!(err.offset, Some(6));
        assert!(err.to_string().contains("byte 6"), "{err}");
    }
    // A range that cuts a character in two.
    let err = p.words("增长".as_bytes(), 1..6).err().unwrap();
    assert_eq!(err.status, Status::InvalidUtf8);
}

#[test]
fn an_empty_extra_word_is_rejected_and_real_ones_accepted() {
    let err = Pipeline::with_words([""]).err().unwrap();
    assert_eq!(err.status, Status::InvalidArgument);
    assert_eq!(err.offset, None);
    assert!(Pipeline::with_words(["太忻一体化经济区"]).is_ok());
}

#[test]
fn results_outlive_their_input_and_pipeline() {
    let p = Pipeline::new().unwrap();
    let mut text = "一、总体要求\n全年地区生产总值增长6%。\n"
        .as_bytes()
        .to_vec();
    let words = p.words(&text, 0..usize::MAX).unwrap();
    let doc = p.segment(&text).unwrap();
    let expected: Vec<String> = words.iter().map(|w| w.text().to_string()).collect();
    text.iter_mut().for_each(|b| *b = b'x');
    drop(text);
    drop(p);
    let again: Vec<String> = words.iter().map(|w| w.text().to_string()).collect();
    assert_eq!(expected, again);
    assert!(doc
        .units(Level::Sentence)
        .any(|s| s.text().contains("增长")));
}

#[test]
fn one_pipeline_serves_many_threads() {
    let text = Arc::new(sample());
    let p = Arc::new(Pipeline::new().unwrap());
    let reference: Vec<_> = p
        .words(&*text, 0..usize::MAX)
        .unwrap()
        .iter()
        .map(|w| w.span())
        .collect();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (p, text) = (Arc::clone(&p), Arc::clone(&text));
            std::thread::spawn(move || {
                let words = p.words(&*text, 0..usize::MAX).unwrap();
                let spans: Vec<_> = words.iter().map(|w| w.span()).collect();
                let targets = p.targets(&*text).unwrap().len();
                (spans, targets)
            })
        })
        .collect();
    let targets = p.targets(&*text).unwrap().len();
    for h in handles {
        let (spans, n) = h.join().unwrap();
        assert_eq!(spans, reference);
        assert_eq!(n, targets);
    }
}

#[test]
fn empty_input_gives_empty_results() {
    let p = Pipeline::new().unwrap();
    assert!(p.targets(b"").unwrap().is_empty());
    assert!(p.numbers(b"").unwrap().is_empty());
    assert!(p.words(b"", 0..0).unwrap().is_empty());
    assert_eq!(p.segment(b"").unwrap().units(Level::Sentence).count(), 0);
}
