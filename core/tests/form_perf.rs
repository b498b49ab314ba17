//! A step of the engine on a form of 2,000 items with 200 repeat instances stays local: it
//! re-evaluates only what the answer affects, and takes well under a millisecond in an optimized
//! build.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use wave_core::form::{Answer, Form, FormState, Position};

use common::big_form::{ITEMS_PER_SECTION, SECTIONS, big_form_json};

fn answer(v: serde_json::Value) -> Option<Answer> {
    Some(serde_json::from_value(v).unwrap())
}

fn today() -> time::Date {
    time::Date::from_calendar_date(2025, time::Month::March, 14).unwrap()
}

/// Best of several runs, so a busy machine does not fail the test.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn a_step_on_a_big_form_is_cheap() {
    let form = Arc::new(Form::load(&big_form_json()).unwrap_or_else(|e| panic!("{e}")));
    assert!(form.items().len() >= 2_000);
    let mut st = FormState::empty(form, today());
    let officers = st.position_of("officers", None).unwrap();
    for _ in 0..200 {
        st.add_instance(officers).unwrap();
    }
    st.set(
        st.position_of("consent", None).unwrap(),
        answer(json!(true)),
    )
    .unwrap();
    let total = st.positions().len();
    assert!(total > 2_500, "{total} positions");

    // An ordinary question: only the question that reads it is re-evaluated.
    let q = st.position_of("q_5_0", None).unwrap();
    let before = st.evaluations();
    st.set(q, answer(json!(true))).unwrap();
    assert_eq!(st.evaluations() - before, 1);

    // An inner question: only its readers in the same instance.
    let known = st.position_of("officer_known", Some(150)).unwrap();
    let before = st.evaluations();
    st.set(known, answer(json!(true))).unwrap();
    assert_eq!(st.evaluations() - before, 4);

    // Timings: answer, move on, show progress.
    let mut flip = false;
    let step = best_of(20, || {
        flip = !flip;
        st.set(q, answer(json!(flip))).unwrap();
        let next = st.next(q).unwrap();
        assert!(next > q);
        let _ = st.progress();
    });
    let inner_step = best_of(20, || {
        flip = !flip;
        st.set(known, answer(json!(flip))).unwrap();
        let _ = st.next(known);
        let _ = st.progress();
    });
    // The widest change: every section, a third of the questions and half the repeat's items
    // read `violations` or `consent`; still each condition at most once.
    let violations = st.position_of("violations", None).unwrap();
    let before = st.evaluations();
    st.set(violations, answer(json!(["v3"]))).unwrap();
    let evaluated = st.evaluations() - before;
    let bound = (SECTIONS * ITEMS_PER_SECTION + SECTIONS + 200 * 10) as u64;
    assert!(evaluated <= bound, "{evaluated} evaluations");

    let mut pick = 0;
    let wide_step = best_of(10, || {
        pick = (pick + 1) % 50;
        st.set(violations, answer(json!([format!("v{pick}")])))
            .unwrap();
        let _ = st.next(violations);
        let _ = st.progress();
    });
    let last = *st.positions().last().unwrap();
    let walk_back = best_of(5, || {
        let mut at: Option<Position> = Some(last);
        let mut n = 0;
        while let Some(p) = at {
            at = st.prev(p);
            n += 1;
        }
        assert!(n > 1_000);
    });
    println!(
        "step {step:?}, inner step {inner_step:?}, widest step {wide_step:?}, walking all positions back {walk_back:?}"
    );
    // Unoptimized builds are an order of magnitude slower; there the bound only catches a step
    // that grows with the square of the form.
    let limit = if cfg!(debug_assertions) {
        Duration::from_millis(20)
    } else {
        Duration::from_millis(1)
    };
    assert!(step < limit, "{step:?}");
    assert!(inner_step < limit, "{inner_step:?}");
}
