//! Case access on an unlocked vault: list, read (as JSON), delete, and attachments streamed
//! between the encrypted store and a file path, so a large video never passes through the
//! foreign side's memory.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};

use serde_json::json;
use wave_core::case::{AttachmentId, AttachmentMeta, CaseId, CaseSummary};

use crate::error::{WaveError, WaveResult};
use crate::vault::WaveVault;
use crate::{blocking, guard};
use wave_core::case;

/// Where a case is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum CaseStatus {
    /// Being written.
    Draft,
    /// Sealed as a version (and queued for sync once enrolled).
    Finalized,
}

impl From<wave_core::case::CaseStatus> for CaseStatus {
    fn from(status: wave_core::case::CaseStatus) -> Self {
        match status {
            wave_core::case::CaseStatus::Draft => CaseStatus::Draft,
            wave_core::case::CaseStatus::Finalized => CaseStatus::Finalized,
        }
    }
}

/// A case as a list shows it. Times are milliseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CaseSummaryRecord {
    pub id: String,
    pub status: CaseStatus,
    pub title: String,
    pub form_id: String,
    pub form_version: u32,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    /// Finalized versions so far.
    pub versions: u32,
}

impl From<CaseSummary> for CaseSummaryRecord {
    fn from(summary: CaseSummary) -> Self {
        CaseSummaryRecord {
            id: summary.id.to_string(),
            status: summary.status.into(),
            title: summary.title,
            form_id: summary.form.id,
            form_version: summary.form.version,
            created_at_ms: summary.created_at,
            updated_at_ms: summary.updated_at,
            versions: summary.versions,
        }
    }
}

/// An attachment's description (never its bytes or key).
#[derive(Debug, Clone, uniffi::Record)]
pub struct AttachmentRecord {
    pub id: String,
    pub case_id: String,
    pub file_name: Option<String>,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the original bytes, lowercase hex: the chain-of-custody fingerprint.
    pub sha256: String,
    pub added_at_ms: i64,
}

impl From<AttachmentMeta> for AttachmentRecord {
    fn from(meta: AttachmentMeta) -> Self {
        AttachmentRecord {
            id: meta.id.to_string(),
            case_id: meta.case_id.to_string(),
            file_name: meta.file_name,
            media_type: meta.media_type,
            size: meta.size,
            sha256: meta.sha256,
            added_at_ms: meta.added_at,
        }
    }
}

pub(crate) fn case_id(text: &str) -> WaveResult<CaseId> {
    Ok(text.parse::<CaseId>()?)
}

fn attachment_id(text: &str) -> WaveResult<AttachmentId> {
    Ok(text.parse::<AttachmentId>()?)
}

fn file_error(action: &str, error: std::io::Error) -> WaveError {
    WaveError::StorageFailed {
        message: format!("cannot {action} the file: {error}"),
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl WaveVault {
    /// Every case, newest first as the core orders them.
    pub fn list_cases(&self) -> WaveResult<Vec<CaseSummaryRecord>> {
        guard(|| {
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                let cases = case::list_cases(unlocked.store_ref())?;
                Ok(cases.into_iter().map(CaseSummaryRecord::from).collect())
            })
        })
    }

    /// One whole case as JSON: `id`, `status`, `form`, `answers` (by item id), `created_at`,
    /// `updated_at` (ms) and `versions` (each finalized version with its answers).
    pub fn get_case_json(&self, case_id: String) -> WaveResult<String> {
        guard(|| {
            let id = self::case_id(&case_id)?;
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                let case = case::get_case(unlocked.store_ref(), id)?;
                let value = json!({
                    "id": case.id,
                    "status": case.status.as_str(),
                    "form": case.form,
                    "answers": case.answers,
                    "created_at": case.created_at,
                    "updated_at": case.updated_at,
                    "versions": case.versions,
                });
                Ok(value.to_string())
            })
        })
    }

    /// Deletes a case, its versions and its attachments.
    pub fn delete_case(&self, case_id: String) -> WaveResult<()> {
        guard(|| {
            let id = self::case_id(&case_id)?;
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                Ok(case::delete_case(unlocked.store(), id)?)
            })
        })
    }

    /// Makes a finalized case a draft again so it can be corrected (for example after the
    /// server refused it); its finalized versions stay, and finishing again adds a new version.
    pub fn amend_case(&self, case_id: String) -> WaveResult<()> {
        guard(|| {
            let id = self::case_id(&case_id)?;
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                Ok(case::amend_case(unlocked.store(), id)?)
            })
        })
    }

    /// Removes an attachment from a draft case: its row and its encrypted file.
    pub fn delete_attachment(&self, case_id: String, attachment_id: String) -> WaveResult<()> {
        guard(|| {
            let case = self::case_id(&case_id)?;
            let attachment = self::attachment_id(&attachment_id)?;
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                Ok(case::delete_attachment(unlocked.store(), case, attachment)?)
            })
        })
    }

    /// The attachments of a case.
    pub fn list_attachments(&self, case_id: String) -> WaveResult<Vec<AttachmentRecord>> {
        guard(|| {
            let id = self::case_id(&case_id)?;
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                let list = case::list_attachments(unlocked.store_ref(), id)?;
                Ok(list.into_iter().map(AttachmentRecord::from).collect())
            })
        })
    }

    /// Encrypts the file at `source_path` into the vault as an attachment of the case. The shell
    /// should delete its plaintext copy afterwards.
    pub async fn add_attachment(
        &self,
        case_id: String,
        source_path: String,
        file_name: Option<String>,
        media_type: String,
    ) -> WaveResult<AttachmentRecord> {
        let shared = self.unlocked.clone();
        blocking(move || {
            let id = self::case_id(&case_id)?;
            let file = File::open(&source_path).map_err(|error| file_error("open", error))?;
            let mut source = BufReader::new(file);
            WaveVault::with_unlocked(&shared, |unlocked| {
                let meta = case::add_attachment(
                    unlocked.store(),
                    id,
                    &mut source,
                    file_name.as_deref(),
                    &media_type,
                )?;
                Ok(meta.into())
            })
        })
        .await
    }

    /// Decrypts an attachment into a new file at `target_path` (checked against its recorded
    /// SHA-256). On failure the partial file is removed.
    pub async fn export_attachment(
        &self,
        case_id: String,
        attachment_id: String,
        target_path: String,
    ) -> WaveResult<AttachmentRecord> {
        let shared = self.unlocked.clone();
        blocking(move || {
            let case = self::case_id(&case_id)?;
            let attachment = self::attachment_id(&attachment_id)?;
            let file =
                File::create_new(&target_path).map_err(|error| file_error("create", error))?;
            let mut sink = BufWriter::new(file);
            let result = WaveVault::with_unlocked(&shared, |unlocked| {
                let meta =
                    case::read_attachment(unlocked.store_ref(), case, attachment, &mut sink)?;
                sink.flush().map_err(|error| file_error("write", error))?;
                Ok(AttachmentRecord::from(meta))
            });
            if result.is_err() {
                drop(sink);
                let _ = std::fs::remove_file(&target_path);
            }
            result
        })
        .await
    }
}
