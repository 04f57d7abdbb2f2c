//! `cargo run -- [--sentences | --words | --numbers] FILE...`: prints what
//! `mubiao targets FILE...` prints (or `mubiao segment --level sentence`,
//! `--level word`, `mubiao numbers`), through the C ABI.
mod records;

use std::io::Write;
use std::process::ExitCode;

use mubiao::{Level, Pipeline};
use records::Record;

enum Mode {
    Targets,
    Sentences,
    Words,
    Numbers,
}

fn run(
    p: &Pipeline,
    mode: &Mode,
    doc: &str,
    text: &[u8],
    out: &mut String,
) -> Result<(), mubiao::Error> {
    match mode {
        Mode::Targets => {
            for t in p.targets(text)?.iter() {
                let span = t.span();
                Record::default()
                    .str("doc", doc)
                    .num("start", span.start)
                    .num("end", span.end)
                    .str("text", t.text())
                    .str("section", t.section_heading())
                    .str("stance", t.stance())
                    .str("indicator", t.indicator())
                    .str("measure", t.measure())
                    .str("comparator", t.comparator())
                    .raw("value", t.value_text())
                    .raw("upper", t.upper_text())
                    .str("unit", t.unit())
                    .str("modality", t.modality())
                    .str("horizon", t.horizon())
                    .str("reference", t.reference())
                    .str("rule", t.rule())
                    .str("code", t.code())
                    .raw("real", if t.real() { "true" } else { "false" })
                    .raw("headline", if t.headline() { "true" } else { "false" })
                    .end(out);
            }
        }
        Mode::Sentences | Mode::Words => {
            let document = p.segment(text)?;
            for s in document.units(Level::Sentence) {
                if let Mode::Sentences = mode {
                    let span = s.span();
                    Record::default()
                        .str("doc", doc)
                        .str("level", "sentence")
                        .num("start", span.start)
                        .num("end", span.end)
                        .str("text", s.text())
                        .str("section", s.section_heading())
                        .end(out);
                    continue;
                }
                for w in p.words(text, s.span())?.iter() {
                    let span = w.span();
                    Record::default()
                        .str("doc", doc)
                        .str("level", "word")
                        .num("start", span.start)
                        .num("end", span.end)
                        .str("text", w.text())
                        .str("section", s.section_heading())
                        .str("type", w.kind())
                        .end(out);
                }
            }
        }
        Mode::Numbers => {
            for n in p.numbers(text)?.iter() {
                let span = n.span();
                let mut r = Record::default()
                    .str("doc", doc)
                    .num("start", span.start)
                    .num("end", span.end)
                    .str("text", n.text())
                    .str("kind", n.kind())
                    .raw("value", n.value_text())
                    .str("unit", n.unit())
                    .str("qualifier", n.qualifier());
                if n.upper().is_some() {
                    r = r.raw("upper", n.upper_text());
                }
                if n.approximate() {
                    r = r.yes("approximate");
                }
                if n.value().is_none() {
                    r = r.str("error", "unrepresentable");
                }
                r.end(out);
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args.first().map(String::as_str) {
        Some("--sentences") => Mode::Sentences,
        Some("--words") => Mode::Words,
        Some("--numbers") => Mode::Numbers,
        _ => Mode::Targets,
    };
    if !matches!(mode, Mode::Targets) {
        args.remove(0);
    }
    if args.is_empty() {
        eprintln!("usage: mubiao-targets [--sentences | --words | --numbers] FILE...");
        return ExitCode::from(2);
    }
    let pipeline = match Pipeline::new() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mubiao: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut status = ExitCode::SUCCESS;
    let stdout = std::io::stdout();
    let mut stdout = stdout.lock();
    for name in &args {
        let text = match std::fs::read(name) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("mubiao: {name}: cannot read file");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let mut out = String::new();
        match run(&pipeline, &mode, name, &text, &mut out) {
            Ok(()) => {
                if stdout.write_all(out.as_bytes()).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("mubiao: {name}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    if stdout.flush().is_err() {
        eprintln!("mubiao: cannot write output");
        return ExitCode::FAILURE;
    }
    status
}
