//! A generated form of about 2,000 items (plus a repeat of ten items) for timing the engine.

use serde_json::{Value, json};

/// Sections of generated questions, each with `ITEMS_PER_SECTION` items.
pub const SECTIONS: usize = 20;
pub const ITEMS_PER_SECTION: usize = 100;
pub const CHOICES: usize = 50;

fn text(s: &str) -> Value {
    json!({ "en": s })
}

/// Every third question depends on the one before it, every third on `violations` and
/// `consent`; each section depends on one violation; the repeat's items depend on the instance's
/// first answer or on `consent`.
pub fn big_form_json() -> String {
    big_form_json_with(SECTIONS)
}

/// The same shape with `sections` sections of generated questions (100 items each), to see how
/// step time grows with the form's size.
pub fn big_form_json_with(sections_count: usize) -> String {
    let choices: Vec<Value> = (0..CHOICES)
        .map(|c| json!({ "value": format!("v{c}"), "label": text(&format!("V{c}")) }))
        .collect();
    let mut sections = vec![json!({
        "id": "start",
        "label": text("Start"),
        "items": [
            { "id": "violations", "type": "multi", "label": text("Violations"), "choices": choices },
            { "id": "consent", "type": "yesno", "label": text("Consent") }
        ]
    })];
    for s in 0..sections_count {
        let items: Vec<Value> = (0..ITEMS_PER_SECTION)
            .map(|j| {
                let id = format!("q_{s}_{j}");
                let mut item = json!({ "id": id, "type": "yesno", "label": text(&id) });
                match j % 3 {
                    1 => item["relevant"] = json!(format!("${{q_{s}_{}}} = 'yes'", j - 1)),
                    2 => {
                        item["relevant"] = json!(format!(
                            "selected(${{violations}}, 'v{}') or ${{consent}} = 'yes'",
                            (s * 7 + j) % CHOICES
                        ))
                    }
                    _ => {}
                }
                item
            })
            .collect();
        sections.push(json!({
            "id": format!("s{s}"),
            "label": text(&format!("Section {s}")),
            "relevant": format!("count-selected(${{violations}}) = 0 or selected(${{violations}}, 'v{}')", s % CHOICES),
            "items": items
        }));
    }
    let mut inner = vec![json!({ "id": "officer_known", "type": "yesno", "label": text("Known") })];
    for k in 1..10 {
        let relevant = if k % 2 == 0 {
            "${officer_known} = 'yes'"
        } else {
            "${consent} = 'yes'"
        };
        inner.push(json!({
            "id": format!("officer_{k}"), "type": "text", "label": text("Detail"), "relevant": relevant
        }));
    }
    sections.push(json!({
        "id": "officers_section",
        "label": text("Officers"),
        "items": [
            { "id": "officers", "type": "repeat", "label": text("Officers"), "items": inner },
            { "id": "many", "type": "info", "label": text("Many"), "relevant": "count(${officers}) > 100" }
        ]
    }));
    json!({
        "id": "big",
        "version": 1,
        "languages": ["en"],
        "default_language": "en",
        "title": text("Big"),
        "sections": sections
    })
    .to_string()
}
