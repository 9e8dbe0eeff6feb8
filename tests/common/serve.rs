//! `stele serve` in a test: started on a free port, killed when the guard
//! drops (also when the test fails).

#![allow(dead_code)]

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A running `stele serve`; dropping it kills the server.
pub struct Serve(pub Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts `stele serve --root root` on a free port, its output discarded.
/// The caller waits for the first answer.
pub fn spawn(root: &Path) -> (Serve, u16) {
    let port = free_port();
    let server = Serve(
        Command::new(env!("CARGO_BIN_EXE_stele"))
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start stele serve"),
    );
    (server, port)
}
