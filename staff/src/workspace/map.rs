//! The map: cases drawn over country shapes shipped with the program (Natural Earth's
//! public-domain boundaries at 1:50m, from the `world-atlas` package, decoded in the browser by
//! `topojson-client` and drawn by Leaflet with no tile layer — nothing is fetched from anywhere
//! else). Two views: internal, a point per case at its `place_location`; public, cases with
//! consent to statistics counted by country only. The public view's data never carries a
//! point, a place or a case — only country codes and counts — like the public exports.

use std::collections::BTreeMap;

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::i18n::Tr;
use super::inbox::{CaseData, choice_label};
use super::server::{Ctx, Shared, hold, refuse, render, see_other};
use super::templates::Chrome;
use crate::fields::{COUNTRY_ITEM, LOCATION_ITEM, consents_to_statistics};
use crate::{Forms, UNKNOWN};

/// The checklist's countries (the region Wave serves) by their ISO 3166-1 numeric code, which
/// is how Natural Earth's shapes in `world-atlas` are keyed.
pub const REGION: [(&str, &str); 11] = [
    ("am", "051"),
    ("az", "031"),
    ("by", "112"),
    ("ge", "268"),
    ("kg", "417"),
    ("kz", "398"),
    ("md", "498"),
    ("ru", "643"),
    ("tj", "762"),
    ("ua", "804"),
    ("uz", "860"),
];

fn numeric(code: &str) -> Option<&'static str> {
    REGION
        .iter()
        .find(|(alpha, _)| *alpha == code)
        .map(|(_, numeric)| *numeric)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Internal,
    Public,
}

impl View {
    fn parse(text: Option<&str>) -> View {
        match text {
            Some("public") => View::Public,
            _ => View::Internal,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            View::Internal => "internal",
            View::Public => "public",
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ViewQuery {
    view: Option<String>,
}

/// One case on the internal map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
    /// The case's code name as the device sent it: the script shows it as text only.
    pub label: String,
    pub url: String,
}

/// What the map draws.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapData {
    pub view: &'static str,
    /// Cases by ISO numeric country code; cases of another or no country are not on the map.
    pub countries: BTreeMap<&'static str, u64>,
    /// Internal view only; the public view has none, whatever the cases hold.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
    /// Cases counted (for the public view: with consent to statistics).
    pub cases: u64,
    /// Of those, cases with no usable place (internal) or country (both).
    pub unplaced: u64,
}

/// A `place_location` answer as a point, if it is one on Earth.
fn point(answer: Option<&Value>) -> Option<(f64, f64)> {
    let place = answer?;
    let lat = place.get("lat")?.as_f64()?;
    let lon = place.get("lon")?.as_f64()?;
    let sane = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon);
    sane.then_some((lat, lon))
}

/// The map's data for `view`.
pub fn compute(data: &CaseData, forms: &Forms, view: View) -> MapData {
    let mut map = MapData {
        view: view.as_str(),
        countries: BTreeMap::new(),
        points: Vec::new(),
        cases: 0,
        unplaced: 0,
    };
    for facets in &data.latest {
        let case = &data.cases[facets.case];
        if view == View::Public {
            let Some(form) = forms.for_case(&case.form) else {
                continue;
            };
            if !consents_to_statistics(case, Some(form)) {
                continue;
            }
        }
        map.cases += 1;
        let country = facets.country.as_deref().and_then(numeric);
        if let Some(country) = country {
            *map.countries.entry(country).or_default() += 1;
        }
        match view {
            View::Public => {
                if country.is_none() {
                    map.unplaced += 1;
                }
            }
            View::Internal => match point(case.answers.get(LOCATION_ITEM)) {
                Some((lat, lon)) => map.points.push(Point {
                    lat,
                    lon,
                    label: case
                        .answers
                        .get("code_name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .chars()
                        .take(200)
                        .collect(),
                    url: format!("/case/{}", case.submission_id),
                }),
                None => map.unplaced += 1,
            },
        }
    }
    map
}

pub struct CountryRow {
    pub label: String,
    pub count: u64,
}

#[derive(askama::Template)]
#[template(path = "workspace/map.html")]
pub struct MapPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub public: bool,
    pub cases: usize,
    pub points: usize,
    pub unplaced: usize,
    pub rows: Vec<CountryRow>,
    pub region: String,
    /// The countries the map opens on: the region without Russia, whose size would leave the
    /// rest of the region small (it is drawn all the same).
    pub fit: String,
    pub data_url: String,
}

fn country_rows(map: &MapData, forms: &Forms, tr: &Tr<'_>) -> Vec<CountryRow> {
    let form = forms.get("police-violence");
    let mut rows: Vec<CountryRow> = map
        .countries
        .iter()
        .map(|(numeric, count)| CountryRow {
            label: REGION
                .iter()
                .find(|(_, code)| code == numeric)
                .map(|(alpha, _)| choice_label(form, COUNTRY_ITEM, alpha, tr.lang))
                .unwrap_or_else(|| UNKNOWN.to_owned()),
            count: *count,
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    rows
}

/// `GET /map?view=internal|public`.
pub async fn page(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Query(query): Query<ViewQuery>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let view = View::parse(query.view.as_deref());
    let map = {
        let guard = hold(&state.vault);
        let Some(unlocked) = guard.as_ref() else {
            return see_other("/");
        };
        compute(&unlocked.data, &state.forms, view)
    };
    let page = MapPage {
        chrome: Chrome::new(&state, &ctx),
        t: tr,
        public: view == View::Public,
        cases: map.cases as usize,
        points: map.points.len(),
        unplaced: map.unplaced as usize,
        rows: country_rows(&map, &state.forms, &tr),
        region: REGION
            .iter()
            .map(|(_, numeric)| *numeric)
            .collect::<Vec<_>>()
            .join(","),
        fit: REGION
            .iter()
            .filter(|(alpha, _)| *alpha != "ru")
            .map(|(_, numeric)| *numeric)
            .collect::<Vec<_>>()
            .join(","),
        data_url: format!("/map/data?view={}", view.as_str()),
    };
    render(&page)
}

/// `GET /map/data?view=internal|public`: what the map script draws.
pub async fn data(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Query(query): Query<ViewQuery>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let view = View::parse(query.view.as_deref());
    let body = {
        let guard = hold(&state.vault);
        let Some(unlocked) = guard.as_ref() else {
            return refuse(StatusCode::FORBIDDEN, tr.t("workspace-locked"));
        };
        serde_json::to_vec(&compute(&unlocked.data, &state.forms, view))
    };
    match body {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            response
        }
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, tr.t("map-not-drawn")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArchivedCase;
    use serde_json::json;
    use wave_core::case::{CaseId, ConsentRecord, FormRef};
    use wave_protocol::Uuid;

    fn case(seq: i64, statistics: bool, answers: Value) -> ArchivedCase {
        ArchivedCase {
            submission_id: Uuid::new_v4(),
            seq,
            device_id: Uuid::new_v4(),
            received_at: "2026-06-01T10:00:00Z".into(),
            signature_verified: true,
            archive_case_id: CaseId::generate(),
            case_id: format!("case-{seq}"),
            version: 1,
            form: FormRef {
                id: "police-violence".into(),
                version: 2,
            },
            finalized_at: 0,
            answers: answers.as_object().cloned().unwrap_or_default(),
            consents: vec![ConsentRecord {
                seq: 1,
                purpose: "statistics".into(),
                granted: statistics,
                at: 0,
            }],
            attachments: vec![],
        }
    }

    fn data() -> CaseData {
        CaseData::build(
            vec![
                case(
                    1,
                    true,
                    json!({"country": "kz", "code_name": "Aigerim",
                           "place_location": {"lat": 43.2389, "lon": 76.8897, "accuracy_m": 10}}),
                ),
                case(
                    2,
                    false,
                    json!({"country": "ua", "code_name": "<img src=x onerror=alert(1)>",
                           "place_location": {"lat": 50.45, "lon": 30.52}}),
                ),
                case(
                    3,
                    true,
                    json!({"country": "ua", "place_location": {"lat": 999.0, "lon": 30.52}}),
                ),
                case(4, true, json!({"country": "other"})),
            ],
            &Forms::builtin().unwrap(),
        )
    }

    #[test]
    fn the_internal_map_has_a_point_per_placed_case() {
        let map = compute(&data(), &Forms::builtin().unwrap(), View::Internal);
        assert_eq!(map.cases, 4);
        assert_eq!(map.points.len(), 2, "an impossible point is not drawn");
        assert_eq!(map.unplaced, 2);
        assert_eq!(map.countries.get("804"), Some(&2));
        assert_eq!(map.countries.get("398"), Some(&1));
    }

    #[test]
    fn the_public_map_never_carries_a_point_or_a_case() {
        let map = compute(&data(), &Forms::builtin().unwrap(), View::Public);
        assert!(map.points.is_empty());
        assert_eq!(map.cases, 3, "case 2 did not consent");
        assert_eq!(map.countries.get("804"), Some(&1));
        assert_eq!(map.unplaced, 1, "'other' is no country on the map");
        let text = serde_json::to_string(&map).unwrap();
        for leak in ["lat", "lon", "43.2", "76.8", "Aigerim", "/case/", "points"] {
            assert!(!text.contains(leak), "{leak} in {text}");
        }
    }
}
