//! The serve loop in process: a handler's panic still gets the protocol's JSON 500 and the server
//! keeps serving, and shutdown lets a request in flight finish before `serve` returns.

use axum::Router;
use axum::routing::get;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wave_server::{ServeOptions, serve};

async fn get_raw(addr: std::net::SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: wave\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut out))
        .await
        .expect("no answer")
        .unwrap();
    String::from_utf8(out).unwrap()
}

fn app() -> Router {
    Router::new()
        .route(
            "/boom",
            get(|| async {
                if true {
                    panic!("handler bug");
                }
                "unreachable"
            }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_millis(500)).await;
                "finished"
            }),
        )
        .route("/fine", get(|| async { "fine" }))
}

#[tokio::test]
async fn a_panicking_handler_is_a_json_500_and_the_server_lives_on() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(
        listener,
        app(),
        ServeOptions::default(),
        None,
        async {
            let _ = stopped.await;
        },
    ));

    let answer = get_raw(addr, "/boom").await;
    assert!(answer.starts_with("HTTP/1.1 500"), "{answer}");
    assert!(
        answer
            .to_ascii_lowercase()
            .contains("content-type: application/json")
    );
    let body = answer.split("\r\n\r\n").nth(1).unwrap();
    let body: wave_protocol::ErrorBody = serde_json::from_str(body).unwrap();
    assert_eq!(body.error.code, wave_protocol::ErrorCode::Internal);
    assert!(!body.error.message.contains("handler bug"));
    assert!(get_raw(addr, "/fine").await.ends_with("fine"));

    // Shutdown during a slow request: it finishes, then `serve` returns.
    let slow = tokio::spawn(get_raw(addr, "/slow"));
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.send(()).unwrap();
    let answer = slow.await.unwrap();
    assert!(answer.ends_with("finished"), "{answer}");
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("serve did not return after shutdown")
        .unwrap();
    assert!(TcpStream::connect(addr).await.is_err(), "still accepting");
}
