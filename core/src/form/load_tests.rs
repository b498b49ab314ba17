//! Loader tests: no input makes loading (or a state built on what loads) panic.

use std::sync::Arc;

use proptest::prelude::*;
use serde_json::Value;

use super::{Form, FormState};

const SAMPLE: &str = include_str!("../../tests/forms/sample.json");

/// Every JSON pointer in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                pointers(
                    child,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Replace(Value),
    Remove,
    Expression(String),
}

fn expression() -> impl Strategy<Value = String> {
    let pieces = vec![
        "${violations}",
        "${officers}",
        "${officer_name}",
        "${safe_now}",
        "${incident_date}",
        "${people_count}",
        "${nope}",
        ".",
        "'v_beating'",
        "'x'",
        "''",
        "1",
        "(",
        ")",
        ",",
        " or ",
        " and ",
        " = ",
        " != ",
        " < ",
        " + ",
        " div ",
        "selected(",
        "count-selected(",
        "count(",
        "not(",
        "today()",
        "date('2025-01-01')",
        "string-length(",
        "if(",
        "true()",
        "false()",
    ];
    prop::collection::vec(prop::sample::select(pieces), 1..12).prop_map(|v| v.concat())
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Remove),
        expression().prop_map(Mutation::Expression),
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            Just(serde_json::json!([])),
            Just(serde_json::json!({})),
        ]
        .prop_map(Mutation::Replace),
    ]
}

fn mutate(doc: &mut Value, pointer: &str, m: &Mutation) {
    match m {
        Mutation::Replace(v) => {
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = v.clone();
            }
        }
        Mutation::Expression(e) => {
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = Value::String(e.clone());
            }
        }
        Mutation::Remove => {
            let Some((parent, key)) = pointer.rsplit_once('/') else {
                return;
            };
            match doc.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&key.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(list)) => {
                    if let Ok(i) = key.parse::<usize>()
                        && i < list.len()
                    {
                        list.remove(i);
                    }
                }
                _ => {}
            }
        }
    }
}

fn load_and_walk(json: &str) {
    if let Ok(form) = Form::load(json) {
        let today = time::Date::MIN;
        let st = FormState::empty(Arc::new(form), today);
        let _ = st.positions();
        let _ = st.progress();
    }
}

#[test]
fn deeply_nested_json_is_an_error() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Form::load(&deep).is_err());
    let deep_obj = format!("{}1{}", "{\"a\":".repeat(5_000), "}".repeat(5_000));
    assert!(Form::load(&deep_obj).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_text_never_panics(s in any::<String>()) {
        load_and_walk(&s);
    }

    #[test]
    fn mutated_sample_never_panics(
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4)
    ) {
        let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
        for (pick, m) in &picks {
            let mut all = Vec::new();
            pointers(&doc, String::new(), &mut all);
            let pointer = pick.get(&all).clone();
            mutate(&mut doc, &pointer, m);
        }
        load_and_walk(&doc.to_string());
    }
}
