//! CSV exports: one row per case, one column per item (see `fields`), quoted by the `csv` crate
//! so commas, quotes and line breaks in answers stay inside their field.

use std::io::Write;

use serde_json::{Map, Value};
use wave_core::{Error, Result};

use super::archive::ArchivedCase;
use super::fields::{Column, Forms, Layout, META_COLUMNS, cell_text, item_cells, item_columns};
use super::{ExportSummary, Selection};

pub(crate) fn write(
    cases: &[ArchivedCase],
    forms: &Forms,
    public: bool,
    out: &mut dyn Write,
) -> Result<ExportSummary> {
    let selection = Selection::new(cases, forms, public);
    let mut columns: Vec<Column> = Vec::new();
    if !public {
        columns.extend(META_COLUMNS.iter().map(|name| Column {
            name: (*name).to_owned(),
            layout: Layout::Single,
        }));
    }
    // Cases of several forms share one header: the union of their columns, in order.
    for form in selection.forms() {
        for column in item_columns(form, public) {
            if !columns.iter().any(|known| known.name == column.name) {
                columns.push(column);
            }
        }
    }
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(selection.cases.len());
    for (case, form) in &selection.cases {
        let mut cells: Map<String, Value> = if public {
            Map::new()
        } else {
            super::fields::meta_cells(case)
        };
        cells.extend(item_cells(case, form, public));
        rows.push(
            columns
                .iter()
                .map(|column| {
                    cells
                        .get(&column.name)
                        .map(|value| cell_text(value, column.layout))
                        .unwrap_or_default()
                })
                .collect(),
        );
    }
    if public {
        // Rows in arrival order could be matched with other records by position.
        rows.sort();
    }
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(columns.iter().map(|column| column.name.as_str()))
        .map_err(csv_error)?;
    for row in &rows {
        writer.write_record(row).map_err(csv_error)?;
    }
    writer.flush()?;
    Ok(selection.summary())
}

fn csv_error(error: csv::Error) -> Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => Error::Io(error),
        _ => Error::InvalidState("archive-csv-row"),
    }
}
