//! Invariants that hold for any text.

use crate::common::mask;
use proptest::prelude::*;

fn act_like_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "подсудимый ",
        "Асанов ",
        "Б.",
        "Ж. ",
        "Асановдун ",
        "уулу ",
        "кызы ",
        "Айгүл ",
        "ПИН ",
        "21203198500123 ",
        "г. Бишкек, ул. Ленина, д. 5, кв. 3 ",
        "проживающего по адресу: ",
        "судья ",
        "Исаков К.Т. ",
        ", ",
        ". ",
        "\n",
        "ё",
        "Ё",
        "\u{00AD}",
        "-",
        "0555 123 456 ",
        "Бакыта ",
        "Жумабековича ",
        "12.03.1985 г.р. ",
        "надежда ",
        "ст. 164 УК КР ",
        "Ли ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(text in act_like_text()) {
        let m = mask(&text);
        for w in m.spans.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for s in &m.spans {
            prop_assert!(s.start < s.end);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }

    /// Pseudonyms are never taken for personal data: masking the masked text again leaves
    /// every "[ФИО-1]", "[ПИН]"… intact.
    #[test]
    fn pseudonyms_survive_a_second_pass(text in act_like_text()) {
        let once = mask(&text).masked_text;
        let again = mask(&once);
        let mut rest = 0;
        while let Some(open) = once[rest..].find('[') {
            let start = rest + open;
            let Some(close) = once[start..].find(']') else { break };
            let end = start + close + 1;
            prop_assert!(!again.spans.iter().any(|s| s.start < end && start < s.end), "{}", once);
            rest = end;
        }
    }

    #[test]
    fn no_masked_surface_remains(text in act_like_text()) {
        let m = mask(&text);
        for s in m.spans.iter().filter(|s| s.category == courtpub_domain::Category::Pin) {
            prop_assert!(!m.masked_text.contains(&text[s.start..s.end]));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let _ = mask(&text);
    }
}
