//! Fuzz target: any bytes → parse → validate → render diagnostics → format.
//! Nothing may panic; diagnostics must point inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let validated = psl::validate(psl::SourceFile::new("schema.prisma", text));
    let len = validated.files[0].text.len();
    for d in validated.diagnostics.iter() {
        assert!(d.span.start <= d.span.end && d.span.end <= len);
    }
    let _ = validated.render_diagnostics(true);
    let _ = psl::format::reformat(text, 2);
});
