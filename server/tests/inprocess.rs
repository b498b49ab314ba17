//! In-process tests of the router over a store that fails: storage outages become 503
//! `unavailable`, other storage failures 500 `internal`, and neither leaks the storage detail.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use uuid::Uuid;
use wave_protocol::Sha256Hex;
use wave_server::store::{
    AppendOutcome, AuditRow, BatchOutcome, BlobState, CreateBlobOutcome, DeviceRecord,
    EnrollOutcome, ExpiredUpload, NewDevice, NewSubmission, Principal, PublishOutcome, PullPage,
    StoreResult, StoredRecipientSet,
};
use wave_server::{App, Config, Store, StoreError, router};

/// Every call fails; `down` chooses between an outage and corruption.
struct FailingStore {
    down: bool,
}

impl FailingStore {
    fn fail<T>(&self) -> StoreResult<T> {
        if self.down {
            Err(StoreError::Unavailable("secret-host:5432 refused".into()))
        } else {
            Err(StoreError::Corrupt("table devices column secret_detail"))
        }
    }
}

impl Store for FailingStore {
    async fn authenticate(&self, _: [u8; 32]) -> StoreResult<Option<Principal>> {
        self.fail()
    }
    async fn create_staff_token(&self, _: Uuid, _: [u8; 32], _: i64) -> StoreResult<()> {
        self.fail()
    }
    async fn revoke_device(&self, _: Uuid, _: i64) -> StoreResult<bool> {
        self.fail()
    }
    async fn create_enrollment_code(
        &self,
        _: Uuid,
        _: Uuid,
        _: [u8; 32],
        _: i64,
        _: i64,
    ) -> StoreResult<()> {
        self.fail()
    }
    async fn enroll(
        &self,
        _: [u8; 32],
        _: NewDevice,
        _: bool,
        _: i64,
    ) -> StoreResult<EnrollOutcome> {
        self.fail()
    }
    async fn expire_one_upload(&self, _: i64) -> StoreResult<Option<ExpiredUpload>> {
        self.fail()
    }
    async fn create_blob(&self, _: Sha256Hex, _: u64, _: i64) -> StoreResult<CreateBlobOutcome> {
        self.fail()
    }
    async fn blob_state(&self, _: Sha256Hex) -> StoreResult<Option<BlobState>> {
        self.fail()
    }
    async fn append_blob(
        &self,
        _: Sha256Hex,
        _: u64,
        _: bytes::Bytes,
    ) -> StoreResult<AppendOutcome> {
        self.fail()
    }
    async fn submit(&self, _: Uuid, _: Vec<NewSubmission>, _: i64) -> StoreResult<BatchOutcome> {
        self.fail()
    }
    async fn pull(&self, _: Uuid, _: i64, _: u32, _: u64, _: i64) -> StoreResult<PullPage> {
        self.fail()
    }
    async fn open_blob_download(&self, _: Uuid, _: Sha256Hex, _: i64) -> StoreResult<Option<u64>> {
        self.fail()
    }
    async fn read_blob_chunk(&self, _: Sha256Hex, _: u64) -> StoreResult<Option<Vec<u8>>> {
        self.fail()
    }
    async fn list_devices(&self, _: Uuid, _: i64) -> StoreResult<Vec<DeviceRecord>> {
        self.fail()
    }
    async fn recipient_set(&self) -> StoreResult<Option<StoredRecipientSet>> {
        self.fail()
    }
    async fn publish_recipient_set(
        &self,
        _: Uuid,
        _: StoredRecipientSet,
        _: i64,
    ) -> StoreResult<PublishOutcome> {
        self.fail()
    }
    async fn audit_log(&self) -> StoreResult<Vec<AuditRow>> {
        self.fail()
    }
}

async fn call(down: bool, request: Request<Body>) -> (StatusCode, serde_json::Value) {
    let app = router(App::new(FailingStore { down }, &Config::default()));
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&body);
    assert!(!text.contains("secret"), "storage detail leaked: {text}");
    (status, serde_json::from_slice(&body).unwrap())
}

fn authed_get(path: &str) -> Request<Body> {
    let token = wave_protocol::encoding::encode_token(&[5u8; 32]);
    Request::get(path)
        .header("Authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn outage_is_503_unavailable() {
    let (status, body) = call(true, authed_get("/v1/staff/devices")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["error"]["code"], "unavailable");
}

#[tokio::test]
async fn corruption_is_500_internal() {
    let (status, body) = call(false, authed_get("/v1/staff/submissions")).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body["error"]["code"], "internal");
}

#[tokio::test]
async fn requests_that_need_no_storage_still_work() {
    let (status, body) = call(
        true,
        Request::get("/v1/health").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    // Bad JSON is refused before storage is touched.
    let request = Request::post("/v1/enroll").body(Body::from("{")).unwrap();
    let (status, body) = call(true, request).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "malformed_json");
}
