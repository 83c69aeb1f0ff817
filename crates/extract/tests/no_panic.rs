//! Arbitrary and mutated bytes never panic and never exceed the limits (the cargo-fuzz
//! targets in fuzz/ do the same at length; this runs in every test run).

use proptest::prelude::*;

use crate::support::docx::{docx, p};
use courtpub_extract::{Limits, extract};

fn limits() -> Limits {
    Limits {
        max_duration: std::time::Duration::from_secs(5),
        ..Limits::default()
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut b = crate::support::pdf::PdfBuilder::new();
    let f = b.type0("F1", "абвгде ");
    b.page(crate::support::pdf::text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f.encode("абв где"),
    ));
    vec![docx(&format!("{}{}", p("Приговор"), p("суда"))), b.build()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_do_not_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = extract(&bytes, &limits());
    }

    #[test]
    fn mutated_documents_do_not_panic(
        which in 0usize..2,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = seeds().swap_remove(which);
        for (i, v) in edits {
            let i = i.index(bytes.len());
            bytes[i] = v;
        }
        let len = bytes.len();
        bytes.truncate(len - cut.index(len / 4 + 1));
        let _ = extract(&bytes, &limits());
    }
}
