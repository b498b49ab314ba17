//! Tests of the navigation engine on the sample form (`tests/forms/sample.json`).

use std::sync::Arc;

use proptest::prelude::*;
use serde_json::json;

use super::{FormState, Position, Progress, Step};
use crate::form::{Answer, Answers, Form, Invalid};

const SAMPLE: &str = include_str!("../../../tests/forms/sample.json");

fn form() -> Arc<Form> {
    Arc::new(Form::load(SAMPLE).unwrap_or_else(|e| panic!("{e}")))
}

fn today() -> time::Date {
    crate::form::expr::parse_iso_date("2025-03-14").unwrap()
}

fn state() -> FormState {
    FormState::empty(form(), today())
}

fn pos(st: &FormState, id: &str) -> Position {
    st.position_of(id, None).unwrap()
}

fn inner(st: &FormState, id: &str, n: usize) -> Position {
    st.position_of(id, Some(n)).unwrap()
}

fn a(v: serde_json::Value) -> Option<Answer> {
    Some(serde_json::from_value(v).unwrap())
}

fn ids(st: &FormState) -> Vec<String> {
    st.positions()
        .into_iter()
        .map(|p| {
            let id = st.item(p).unwrap().id.clone();
            match p.inner {
                Some(i) => format!("{id}#{}", i.instance),
                None => id,
            }
        })
        .collect()
}

/// Answers the safety gate.
fn past_gate(st: &mut FormState) {
    st.set(pos(st, "intro"), a(json!(true))).unwrap();
    st.set(pos(st, "safe_now"), a(json!(true))).unwrap();
    st.set(pos(st, "consent_store"), a(json!(true))).unwrap();
}

#[test]
fn walks_relevant_positions_in_order() {
    let mut st = state();
    let first = st.first().unwrap();
    assert_eq!(st.item(first).unwrap().id, "intro");
    assert_eq!(st.prev(first), None);
    // Without violations the details section does not apply.
    assert_eq!(
        ids(&st),
        [
            "intro",
            "safe_now",
            "consent_store",
            "incident_date",
            "incident_time",
            "duration_min",
            "place",
            "country",
            "violations",
            "people_count",
            "narrative",
            "evidence",
            "consent_lawyer"
        ]
    );
    assert!(!st.section_relevant(2));
    st.set(pos(&st, "violations"), a(json!(["v_beating"])))
        .unwrap();
    let after = st.next(pos(&st, "evidence")).unwrap();
    assert_eq!(st.item(after).unwrap().id, "injured");
    assert_eq!(st.item(st.next(after).unwrap()).unwrap().id, "officers");
    st.set(pos(&st, "consent_lawyer"), a(json!(true))).unwrap();
    assert_eq!(ids(&st).last().unwrap(), "contact");
    assert_eq!(st.next(pos(&st, "contact")), None);
}

#[test]
fn next_and_prev_are_inverse() {
    let mut st = state();
    st.set(
        pos(&st, "violations"),
        a(json!(["v_beating", "v_detention"])),
    )
    .unwrap();
    let officers = pos(&st, "officers");
    st.add_instance(officers).unwrap();
    st.add_instance(officers).unwrap();
    st.set(inner(&st, "officer_known", 1), a(json!(true)))
        .unwrap();
    let all = st.positions();
    assert_eq!(all.len(), 21);
    for w in all.windows(2) {
        assert_eq!(st.next(w[0]), Some(w[1]));
        assert_eq!(st.prev(w[1]), Some(w[0]));
    }
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(sorted, all, "positions come in document order");
}

#[test]
fn stop_if_ends_the_session_before_the_gate() {
    let mut st = state();
    st.set(pos(&st, "intro"), a(json!(true))).unwrap();
    assert!(!st.gate_passed());
    let step = st.set(pos(&st, "safe_now"), a(json!(false))).unwrap();
    let Step::Stop(item) = step else {
        panic!("expected a stop")
    };
    assert_eq!(
        st.stop_message(item, "uk"),
        Some("Зупиніться. Нічого не збережено.")
    );
    assert!(!st.gate_passed());
    assert_eq!(st.stopped_at(), Some(pos(&st, "safe_now")));
    assert_eq!(
        st.set(pos(&st, "safe_now"), a(json!(true))),
        Ok(Step::Continue)
    );
    assert!(!st.gate_passed(), "the gate is the consent question");
    st.set(pos(&st, "consent_store"), a(json!(true))).unwrap();
    assert!(st.gate_passed());
    let step = st.set(pos(&st, "consent_store"), a(json!(false))).unwrap();
    assert!(matches!(step, Step::Stop(_)));
    assert!(!st.gate_passed());
}

#[test]
fn validates_with_localized_messages() {
    let st = state();
    let f = st.form();
    let check = |id: &str, v: serde_json::Value| st.validate(pos(&st, id), a(v).as_ref());
    assert_eq!(
        st.validate(pos(&st, "safe_now"), None),
        Err(Invalid::Required)
    );
    assert_eq!(
        Invalid::Required.message(f, "ru"),
        "Пожалуйста, ответьте на этот вопрос."
    );
    assert_eq!(st.validate(pos(&st, "incident_time"), None), Ok(()));
    assert_eq!(check("violations", json!([])), Err(Invalid::Required));
    assert_eq!(
        check("violations", json!(["v_x"])),
        Err(Invalid::UnknownChoice("v_x".into()))
    );
    assert_eq!(
        check("violations", json!(["v_threat", "v_threat"])),
        Err(Invalid::DuplicateChoice("v_threat".into()))
    );
    assert_eq!(check("country", json!("ua")), Ok(()));
    assert!(matches!(
        check("country", json!(["ua"])),
        Err(Invalid::WrongType(_))
    ));
    assert_eq!(check("people_count", json!(2.5)), Err(Invalid::NotInteger));
    assert_eq!(
        check("people_count", json!(51)),
        Err(Invalid::AboveMax(50.0))
    );
    assert_eq!(
        Invalid::AboveMax(50.0).message(f, "en"),
        "The number must be at most 50."
    );
    assert_eq!(
        check("people_count", json!(-1)),
        Err(Invalid::BelowMin(0.0))
    );
    let date = |v: &str, p: &str| check("incident_date", json!({"value": v, "precision": p}));
    assert_eq!(date("2025-03-01", "exact"), Ok(()));
    assert_eq!(date("2025-03", "month"), Ok(()));
    assert_eq!(date("2025-03-01", "month"), Err(Invalid::BadDate));
    assert_eq!(date("2025-02-30", "estimated"), Err(Invalid::BadDate));
    let future = date("2025-03-15", "exact").unwrap_err();
    assert!(matches!(future, Invalid::Constraint(_)));
    assert_eq!(future.message(f, "uk"), "Дата не може бути в майбутньому.");
    assert_eq!(future.message(f, "de"), "The date cannot be in the future.");
    assert_eq!(check("incident_time", json!("23:59")), Ok(()));
    for bad in ["24:00", "7:30", "12:60", "12-30", "12:301"] {
        assert_eq!(
            check("incident_time", json!(bad)),
            Err(Invalid::BadTime),
            "{bad}"
        );
    }
    assert_eq!(check("duration_min", json!(0)), Ok(()));
    assert_eq!(check("duration_min", json!(-5)), Err(Invalid::BadDuration));
    assert_eq!(check("duration_min", json!(1.5)), Err(Invalid::BadDuration));
    assert_eq!(
        check(
            "place",
            json!({"lat": 50.45, "lon": 30.52, "accuracy_m": 12})
        ),
        Ok(())
    );
    assert_eq!(
        check("place", json!({"lat": 91, "lon": 0})),
        Err(Invalid::BadLatitude)
    );
    assert_eq!(
        check("place", json!({"lat": 0, "lon": -181})),
        Err(Invalid::BadLongitude)
    );
    assert_eq!(
        check("place", json!({"lat": 0, "lon": 0, "accuracy_m": -1})),
        Err(Invalid::BadAccuracy)
    );
    assert_eq!(check("narrative", json!("two\nlines")), Ok(()));
    assert_eq!(
        st.validate(pos(&st, "intro"), a(json!(false)).as_ref()),
        Err(Invalid::InfoNotTrue)
    );
    assert_eq!(check("evidence", json!(["att1", "att2"])), Ok(()));
    assert_eq!(
        check("evidence", json!(["att1", "att1"])),
        Err(Invalid::BadAttachment)
    );
    assert_eq!(
        st.validate(pos(&st, "officers"), None),
        Err(Invalid::RepeatNotSettable)
    );
}

#[test]
fn text_must_be_one_line_and_irrelevant_items_refuse_answers() {
    let mut st = state();
    st.set(pos(&st, "violations"), a(json!(["v_beating"])))
        .unwrap();
    let officers = pos(&st, "officers");
    st.add_instance(officers).unwrap();
    st.set(inner(&st, "officer_known", 0), a(json!(true)))
        .unwrap();
    let name = inner(&st, "officer_name", 0);
    assert_eq!(st.set(name, a(json!("a\nb"))), Err(Invalid::MultiLine));
    assert_eq!(
        st.set(pos(&st, "contact"), a(json!("x"))),
        Err(Invalid::NotRelevant)
    );
    assert_eq!(
        st.set(Position::new(9, 0), a(json!("x"))),
        Err(Invalid::NoSuchPosition)
    );
}

#[test]
fn repeats_scope_relevance_per_instance() {
    let mut st = state();
    st.set(pos(&st, "violations"), a(json!(["v_threat"])))
        .unwrap();
    let officers = pos(&st, "officers");
    assert_eq!(
        st.next(officers).map(|p| st.item(p).unwrap().id.clone()),
        Some("consent_lawyer".into())
    );
    for _ in 0..3 {
        st.add_instance(officers).unwrap();
    }
    assert_eq!(st.instance_count(officers), 3);
    st.set(inner(&st, "officer_known", 1), a(json!(true)))
        .unwrap();
    assert!(st.is_relevant(inner(&st, "officer_name", 1)));
    assert!(!st.is_relevant(inner(&st, "officer_name", 0)));
    assert!(!st.is_relevant(inner(&st, "officer_name", 2)));
    assert!(
        st.is_relevant(pos(&st, "officers_note")),
        "count(${{officers}}) > 2"
    );
    st.set(inner(&st, "officer_name", 1), a(json!("Petrov")))
        .unwrap();
    st.remove_instance(officers, 0).unwrap();
    assert!(!st.is_relevant(pos(&st, "officers_note")));
    assert_eq!(
        st.answer(inner(&st, "officer_name", 0)),
        a(json!("Petrov")).as_ref()
    );
    assert!(st.is_relevant(inner(&st, "officer_name", 0)));
    assert_eq!(
        st.remove_instance(officers, 5),
        Err(Invalid::NoSuchPosition)
    );
    for _ in 0..8 {
        st.add_instance(officers).unwrap();
    }
    assert_eq!(st.add_instance(officers), Err(Invalid::TooMany(10)));
    assert_eq!(st.check_instances(officers), Ok(()));
}

#[test]
fn progress_counts_relevant_questions() {
    let mut st = state();
    assert_eq!(
        st.progress(),
        Progress {
            answered: 0,
            relevant: 13
        }
    );
    past_gate(&mut st);
    assert_eq!(
        st.progress(),
        Progress {
            answered: 3,
            relevant: 13
        }
    );
    st.set(pos(&st, "violations"), a(json!(["v_beating"])))
        .unwrap();
    // + injured (officers is a header, officers_note an optional note).
    assert_eq!(
        st.progress(),
        Progress {
            answered: 4,
            relevant: 14
        }
    );
    st.set(pos(&st, "violations"), a(json!([]))).unwrap_err();
}

#[test]
fn prune_drops_answers_that_no_longer_apply() {
    let mut st = state();
    past_gate(&mut st);
    st.set(pos(&st, "violations"), a(json!(["v_beating"])))
        .unwrap();
    st.set(pos(&st, "injured"), a(json!(true))).unwrap();
    let officers = pos(&st, "officers");
    st.add_instance(officers).unwrap();
    st.set(inner(&st, "officer_known", 0), a(json!(true)))
        .unwrap();
    st.set(inner(&st, "officer_name", 0), a(json!("X")))
        .unwrap();
    st.set(inner(&st, "officer_known", 0), a(json!(false)))
        .unwrap();
    st.set(pos(&st, "violations"), a(json!(["v_threat"])))
        .unwrap();
    assert!(!st.is_relevant(pos(&st, "injured")));
    assert!(st.answers().contains_key("injured"), "kept until pruned");
    let before: Vec<Position> = st.positions();
    assert_eq!(st.prune(), 2);
    assert_eq!(st.positions(), before);
    let answers = st.answers();
    assert!(!answers.contains_key("injured"));
    assert_eq!(
        serde_json::to_value(&answers["officers"]).unwrap(),
        json!([{"officer_known": false}])
    );
    assert_eq!(st.prune(), 0);
}

#[test]
fn missing_required_lists_unanswered_questions() {
    let mut st = state();
    let missing: Vec<String> = st
        .missing_required()
        .into_iter()
        .map(|p| st.item(p).unwrap().id.clone())
        .collect();
    assert_eq!(
        missing,
        [
            "intro",
            "safe_now",
            "consent_store",
            "incident_date",
            "violations"
        ]
    );
    past_gate(&mut st);
    st.set(pos(&st, "consent_lawyer"), a(json!(true))).unwrap();
    assert!(st.missing_required().contains(&pos(&st, "contact")));
}

#[test]
fn answers_round_trip_through_json() {
    let mut st = state();
    past_gate(&mut st);
    st.set(
        pos(&st, "incident_date"),
        a(json!({"value": "2025-03", "precision": "month"})),
    )
    .unwrap();
    st.set(pos(&st, "incident_time"), a(json!("21:15")))
        .unwrap();
    st.set(pos(&st, "place"), a(json!({"lat": 50.45, "lon": 30.52})))
        .unwrap();
    st.set(
        pos(&st, "violations"),
        a(json!(["v_beating", "v_detention"])),
    )
    .unwrap();
    st.set(pos(&st, "detention_hours"), a(json!(3))).unwrap();
    let officers = pos(&st, "officers");
    st.add_instance(officers).unwrap();
    st.add_instance(officers).unwrap();
    st.set(inner(&st, "officer_uniform", 1), a(json!("unsure")))
        .unwrap();
    let answers = st.answers();
    let text = serde_json::to_string(&answers).unwrap();
    let back: Answers = serde_json::from_str(&text).unwrap();
    assert_eq!(back, answers);
    let resumed = FormState::new(st.form_arc().clone(), &back, today()).unwrap();
    assert_eq!(resumed.positions(), st.positions());
    assert_eq!(resumed.progress(), st.progress());
    assert_eq!(resumed.answers(), answers);
    assert_eq!(resumed.instance_count(officers), 2);
}

#[test]
fn stored_answers_that_do_not_fit_are_reported() {
    let answers: Answers = serde_json::from_value(json!({
        "nope": true,
        "officer_name": "x",
        "people_count": "many",
        "officers": [{"officer_known": true, "country": "ua"}, {"officer_uniform": "maybe"}],
    }))
    .unwrap();
    let errors = FormState::new(form(), &answers, today()).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 5, "{text:?}");
    assert!(text.iter().any(|t| t.contains("unknown item \"nope\"")));
    assert!(
        text.iter()
            .any(|t| t.contains("\"officer_name\" is inside a repeat"))
    );
    assert!(
        text.iter()
            .any(|t| t.contains("\"country\" is not one of the repeat's items"))
    );
    assert!(
        text.iter()
            .any(|t| t.contains("\"officer_uniform\" (instance 1)"))
    );
    let empty_repeat: Answers = serde_json::from_value(json!({"officers": []})).unwrap();
    assert!(FormState::new(form(), &empty_repeat, today()).is_ok());
}

#[test]
fn labels_fall_back_to_the_default_language() {
    let st = state();
    let p = pos(&st, "contact");
    assert_eq!(st.label(p, "ru"), Some("Как юрист может с вами связаться?"));
    assert_eq!(st.label(p, "fr"), Some("How can the lawyer reach you?"));
    assert_eq!(st.help(p, "uk"), Some("Телефон або месенджер."));
    assert_eq!(st.help(pos(&st, "intro"), "uk"), None);
}

#[test]
fn first_in_section_jumps() {
    let mut st = state();
    assert_eq!(st.first_in_section(2), None);
    st.set(pos(&st, "violations"), a(json!(["v_detention"])))
        .unwrap();
    let p = st.first_in_section(2).unwrap();
    assert_eq!(st.item(p).unwrap().id, "detention_hours");
    assert_eq!(st.first_in_section(3).map(|p| p.section), Some(3));
}

/// One random edit to a state.
#[derive(Debug, Clone)]
enum Op {
    Violations(Vec<&'static str>),
    Yes(&'static str, bool),
    Add,
    Remove(usize),
    Known(usize, bool),
    Prune,
}

fn op() -> impl Strategy<Value = Op> {
    let violation = prop::sample::select(vec!["v_threat", "v_beating", "v_detention"]);
    prop_oneof![
        prop::collection::btree_set(violation, 1..3)
            .prop_map(|s| Op::Violations(s.into_iter().collect())),
        (
            prop::sample::select(vec!["consent_lawyer", "injured", "safe_now"]),
            any::<bool>()
        )
            .prop_map(|(id, b)| Op::Yes(id, b)),
        Just(Op::Add),
        (0usize..4).prop_map(Op::Remove),
        (0usize..4, any::<bool>()).prop_map(|(n, b)| Op::Known(n, b)),
        Just(Op::Prune),
    ]
}

fn apply(st: &mut FormState, op: &Op) {
    let officers = pos(st, "officers");
    let _ = match op {
        Op::Violations(v) => st.set(pos(st, "violations"), a(json!(v))).map(|_| ()),
        Op::Yes(id, b) => st.set(pos(st, id), a(json!(b))).map(|_| ()),
        Op::Add => st.add_instance(officers).map(|_| ()),
        Op::Remove(n) => st.remove_instance(officers, *n),
        Op::Known(n, b) => match st.position_of("officer_known", Some(*n)) {
            Some(p) => st.set(p, a(json!(b))).map(|_| ()),
            None => Ok(()),
        },
        Op::Prune => {
            st.prune();
            Ok(())
        }
    };
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The incremental update after each edit agrees with evaluating everything from scratch.
    #[test]
    fn incremental_relevance_matches_full_recompute(ops in prop::collection::vec(op(), 0..25)) {
        let mut st = state();
        for op in &ops {
            apply(&mut st, op);
            let fresh = FormState::new(st.form_arc().clone(), &st.answers(), today()).unwrap();
            prop_assert_eq!(st.positions(), fresh.positions());
            for s in 0..st.form().sections().len() {
                prop_assert_eq!(st.section_relevant(s), fresh.section_relevant(s));
            }
            prop_assert_eq!(st.progress(), fresh.progress());
        }
    }
}

#[test]
fn an_items_own_reference_in_its_constraint_reads_the_answer_being_given() {
    let json = json!({
        "id": "t", "version": 1, "languages": ["en"], "default_language": "en",
        "title": {"en": "T"},
        "sections": [{"id": "s", "label": {"en": "S"}, "items": [
            {"id": "needs", "type": "multi", "label": {"en": "Needs"},
             "choices": [{"value": "none", "label": {"en": "None"}},
                         {"value": "food", "label": {"en": "Food"}}],
             "constraint": "not(selected(${needs}, 'none') and count-selected(${needs}) > 1)",
             "constraint_message": {"en": "'None' goes alone."}}
        ]}]
    });
    let form = Arc::new(Form::load(&json.to_string()).unwrap_or_else(|e| panic!("{e}")));
    let mut st = FormState::empty(form, today());
    let needs = pos(&st, "needs");
    st.set(needs, a(json!(["food"]))).unwrap();
    let err = st.set(needs, a(json!(["none", "food"]))).unwrap_err();
    assert_eq!(err.message(st.form(), "en"), "'None' goes alone.");
    assert_eq!(
        st.answer(needs),
        a(json!(["food"])).as_ref(),
        "a refused answer is not stored"
    );
    st.set(needs, a(json!(["none"]))).unwrap();
}
