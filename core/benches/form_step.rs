//! Cost of one guided step (answer, next, progress) on a form of 2,000 items with 200 repeat
//! instances.

#[path = "../tests/common/big_form.rs"]
mod big_form;

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use wave_core::form::{Answer, Form, FormState};

fn answer(v: serde_json::Value) -> Option<Answer> {
    serde_json::from_value(v).ok()
}

fn bench(c: &mut Criterion) {
    let Ok(form) = Form::load(&big_form::big_form_json()) else {
        return;
    };
    let Ok(today) = time::Date::from_calendar_date(2025, time::Month::March, 14) else {
        return;
    };
    let mut st = FormState::empty(Arc::new(form), today);
    let (Some(officers), Some(q), Some(violations)) = (
        st.position_of("officers", None),
        st.position_of("q_5_0", None),
        st.position_of("violations", None),
    ) else {
        return;
    };
    for _ in 0..200 {
        let _ = st.add_instance(officers);
    }
    let mut flip = false;
    c.bench_function("answer + next + progress", |b| {
        b.iter(|| {
            flip = !flip;
            let _ = st.set(q, answer(json!(flip)));
            let _ = st.next(q);
            st.progress()
        })
    });
    let mut pick = 0;
    c.bench_function("answer read by every section + next + progress", |b| {
        b.iter(|| {
            pick = (pick + 1) % 50;
            let _ = st.set(violations, answer(json!([format!("v{pick}")])));
            let _ = st.next(violations);
            st.progress()
        })
    });
    c.bench_function("load the form", |b| {
        let json = big_form::big_form_json();
        b.iter(|| Form::load(&json).is_ok())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
