//! The server's TLS to PostgreSQL, against the test cluster, which offers TLS with a
//! certificate from a throw-away CA (`scripts/postgres-test-server`): verified when a CA is
//! given, refused when the certificate does not chain to it or to the public roots, never
//! spoken in the clear once a CA is given, and in the clear as before when nothing asks for TLS.

mod common;

use std::path::{Path, PathBuf};

use common::{Backend, Db};
use wave_server::{PostgresStore, Store};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The test CA's certificate, kept beside the cluster's own.
fn cluster_ca(url: &str) -> PathBuf {
    let mut admin = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let ssl: String = admin.query_one("SHOW ssl", &[]).unwrap().get(0);
    assert_eq!(
        ssl, "on",
        "scripts/postgres-test-server starts its cluster with TLS"
    );
    let certificate: String = admin.query_one("SHOW ssl_cert_file", &[]).unwrap().get(0);
    Path::new(&certificate).with_file_name("ca.crt")
}

/// Whether each connection named `application` is over TLS; empty when there is none.
fn tls_of(url: &str, application: &str) -> Vec<bool> {
    let mut admin = postgres::Client::connect(url, postgres::NoTls).unwrap();
    admin
        .query(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
             WHERE a.application_name = $1",
            &[&application],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect()
}

fn another_ca(dir: &Path) -> PathBuf {
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let path = dir.join("another-ca.crt");
    std::fs::write(&path, params.self_signed(&key).unwrap().pem()).unwrap();
    path
}

#[test]
fn the_database_is_reached_over_verified_tls_when_asked_and_never_in_the_clear_with_a_ca() {
    let Some(db) = Db::new(Backend::Postgres) else {
        return;
    };
    let url = db.database_url.clone().unwrap();
    let ca = cluster_ca(&url);
    let runtime = runtime();
    let connect = |query: &str, ca: Option<&Path>| {
        runtime.block_on(PostgresStore::connect_with(
            &format!("{url}?{query}"),
            2,
            ca,
        ))
    };

    // A CA given: TLS, though the URL does not ask for it, and the store works over it.
    let store = connect("application_name=wave_tls_ca", Some(&ca)).expect("verified TLS");
    runtime.block_on(store.audit_log()).unwrap();
    let connections = tls_of(&url, "wave_tls_ca");
    assert!(
        !connections.is_empty() && connections.iter().all(|tls| *tls),
        "{connections:?}"
    );
    drop(store);

    // `sslmode=require` with the CA: the same.
    let store = connect(
        "sslmode=require&application_name=wave_tls_require",
        Some(&ca),
    )
    .expect("verified TLS");
    runtime.block_on(store.audit_log()).unwrap();
    assert!(
        tls_of(&url, "wave_tls_require").iter().all(|tls| *tls),
        "over TLS"
    );
    drop(store);

    // Nothing asked: in the clear, as before.
    let store = connect("application_name=wave_tls_plain", None).expect("plain");
    let connections = tls_of(&url, "wave_tls_plain");
    assert!(
        !connections.is_empty() && connections.iter().all(|tls| !*tls),
        "{connections:?}"
    );
    drop(store);

    // TLS asked without a CA: the public roots do not know the test CA.
    let refused = connect("sslmode=require", None).err().expect("refused");
    assert!(
        refused.to_string().contains("certificate"),
        "the refusal says why: {refused}"
    );
    // A CA the database's certificate does not chain to.
    let other = another_ca(db.dir.path());
    let refused = connect("sslmode=require", Some(&other))
        .err()
        .expect("refused");
    assert!(refused.to_string().contains("certificate"), "{refused}");
    // A CA given and TLS refused in the same breath.
    let refused = connect("sslmode=disable", Some(&ca))
        .err()
        .expect("refused");
    assert!(refused.to_string().contains("sslmode=disable"), "{refused}");
}
