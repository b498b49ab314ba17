//! The form definitions Wave ships, every version of each. New cases start on a form's latest
//! version; a case keeps the version it was recorded with, so an old draft resumes, and a
//! finished case opens and exports, under the questions it was answered with.

use std::sync::{Arc, OnceLock};

use super::model::Form;
use crate::error::{Detail, Error, Result};

/// The id of the police-violence checklist.
pub const POLICE_VIOLENCE: &str = "police-violence";

/// One embedded form version.
struct Embedded {
    id: &'static str,
    version: u64,
    json: &'static str,
}

/// Every embedded form version. A version's questions, once shipped, never change: cases
/// recorded with it depend on its item ids, choices and conditions staying as they were. Its
/// texts may gain languages and better translations (docs/checklist.md); nothing keys on the
/// file's bytes.
const EMBEDDED: [Embedded; 2] = [
    Embedded {
        id: POLICE_VIOLENCE,
        version: 1,
        json: include_str!(concat!(env!("OUT_DIR"), "/police-violence-v1.json")),
    },
    Embedded {
        id: POLICE_VIOLENCE,
        version: 2,
        json: super::POLICE_VIOLENCE_JSON,
    },
];

/// Each embedded version parsed and checked at most once per process, in `EMBEDDED` order.
static LOADED: [OnceLock<std::result::Result<Arc<Form>, String>>; EMBEDDED.len()] =
    [const { OnceLock::new() }; EMBEDDED.len()];

/// Every embedded `(form id, version)`, oldest version of each form first.
pub fn builtin_versions() -> impl Iterator<Item = (&'static str, u64)> {
    EMBEDDED
        .iter()
        .map(|embedded| (embedded.id, embedded.version))
}

/// The latest embedded version of form `id`.
pub fn latest_version(id: &str) -> Option<u64> {
    EMBEDDED
        .iter()
        .filter(|embedded| embedded.id == id)
        .map(|embedded| embedded.version)
        .max()
}

/// The JSON text of an embedded form version.
pub fn builtin_json(id: &str, version: u64) -> Option<&'static str> {
    position(id, version).map(|index| EMBEDDED[index].json)
}

/// An embedded form version, loaded once and shared. A case recorded with a form or version
/// this build does not carry is reported by name, so the person knows to update the app rather
/// than suspect the case.
pub fn builtin(id: &str, version: u64) -> Result<Arc<Form>> {
    let Some(index) = position(id, version) else {
        let detail = match latest_version(id) {
            Some(latest) => Detail::new("form-unknown-version").with("latest", latest),
            None => Detail::new("form-unknown-form-of-case"),
        };
        return Err(Error::InvalidInput(
            detail
                .with("version", version)
                .with("form", format_args!("{id:?}")),
        ));
    };
    LOADED[index]
        .get_or_init(|| {
            Form::load(EMBEDDED[index].json)
                .map(Arc::new)
                .map_err(|errors| errors.to_string())
        })
        .clone()
        .map_err(|_| Error::InvalidState("form-builtin-broken"))
}

/// The latest embedded version of form `id`: what a new case starts on.
pub fn builtin_latest(id: &str) -> Result<Arc<Form>> {
    let version = latest_version(id).ok_or_else(|| {
        Error::InvalidInput(Detail::new("form-unknown-form").with("form", format_args!("{id:?}")))
    })?;
    builtin(id, version)
}

fn position(id: &str, version: u64) -> Option<usize> {
    EMBEDDED
        .iter()
        .position(|embedded| embedded.id == id && embedded.version == version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_version_loads_and_says_what_the_table_says() {
        for (id, version) in builtin_versions() {
            let form = builtin(id, version).unwrap();
            assert_eq!((form.id(), form.version()), (id, version));
            // The second call is the same shared form, not a second parse.
            assert!(Arc::ptr_eq(&form, &builtin(id, version).unwrap()));
        }
    }

    #[test]
    fn new_cases_start_on_the_latest_version_and_the_shipped_file_is_it() {
        assert_eq!(latest_version(POLICE_VIOLENCE), Some(2));
        let latest = builtin_latest(POLICE_VIOLENCE).unwrap();
        assert_eq!(latest.version(), 2);
        assert_eq!(
            builtin_json(POLICE_VIOLENCE, 2),
            Some(super::super::POLICE_VIOLENCE_JSON)
        );
    }

    #[test]
    fn unknown_forms_and_versions_are_named_in_the_error() {
        let error = builtin(POLICE_VIOLENCE, 9).unwrap_err().to_string();
        assert!(
            error.contains("version 9") && error.contains("up to 2"),
            "{error}"
        );
        let error = builtin("other-form", 1).unwrap_err().to_string();
        assert!(error.contains("other-form"), "{error}");
        assert!(builtin_latest("other-form").is_err());
        assert_eq!(builtin_json(POLICE_VIOLENCE, 0), None);
    }
}
