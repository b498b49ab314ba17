//! GeoJSON exports: a FeatureCollection with one Feature per case, its properties the same
//! cells as a CSV row. The full export places a case at its `place_location` when one was given
//! (else `geometry` is null). The public export never carries a point — not even a rounded one,
//! since in a small town a rounded point still names the street — so every public Feature has
//! `geometry: null` and `country` and `incident_date` (the month) as properties, which mapping
//! tools join to country shapes.

use std::io::Write;

use serde_json::{Map, Value, json};
use wave_core::{Error, Result};

use super::archive::ArchivedCase;
use super::fields::{Forms, LOCATION_ITEM, item_cells, meta_cells};
use super::{ExportSummary, Selection};

pub(crate) fn write(
    cases: &[ArchivedCase],
    forms: &Forms,
    public: bool,
    out: &mut dyn Write,
) -> Result<ExportSummary> {
    let selection = Selection::new(cases, forms, public);
    let mut features = Vec::with_capacity(selection.cases.len());
    for (case, form) in &selection.cases {
        let mut properties = if public {
            let mut properties = Map::new();
            properties.insert("form_id".into(), json!(form.id()));
            properties
        } else {
            meta_cells(case)
        };
        properties.extend(item_cells(case, form, public));
        let geometry = if public {
            Value::Null
        } else {
            point(case.answers.get(LOCATION_ITEM))
        };
        features.push(json!({
            "type": "Feature",
            "geometry": geometry,
            "properties": properties,
        }));
    }
    if public {
        features.sort_by_key(Value::to_string);
    }
    let document = json!({"type": "FeatureCollection", "features": features});
    serde_json::to_writer_pretty(&mut *out, &document)
        .map_err(|error| Error::Io(std::io::Error::other(error)))?;
    out.write_all(b"\n")?;
    Ok(selection.summary())
}

/// A GeoJSON Point (`[lon, lat]`, as the format orders them) from a location answer.
fn point(answer: Option<&Value>) -> Value {
    let lat = answer.and_then(|a| a.get("lat")).and_then(Value::as_f64);
    let lon = answer.and_then(|a| a.get("lon")).and_then(Value::as_f64);
    match (lat, lon) {
        (Some(lat), Some(lon)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => {
            json!({"type": "Point", "coordinates": [lon, lat]})
        }
        _ => Value::Null,
    }
}
