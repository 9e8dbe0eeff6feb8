//! A small HTTP/1.1 server for `stele serve` and the browser tests: GET
//! and HEAD, keep-alive, one thread per connection.
//!
//! Why not tiny_http, which Stele used first: its worker pool can lose a
//! wake-up when two connections arrive at once, and the second connection
//! then waits until the browser closes one of its idle keep-alive
//! connections, which takes minutes. Chromium opens six connections per
//! page, so a preview page would now and then hang on one script. hyper
//! does not have the problem but brings an async runtime, which is a lot
//! for a preview server. Request heads are parsed by `httparse` (hyper's
//! parser); this module only runs the connections, with a thread each and
//! an idle timeout, so no connection can wait on another.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long an idle keep-alive connection stays open.
const IDLE: Duration = Duration::from_secs(30);
/// The largest request head accepted (browsers send a few hundred bytes).
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body read (and discarded): GET and HEAD have none.
const MAX_BODY: usize = 1024 * 1024;

/// What a handler sees of a request.
#[derive(Debug, Clone)]
pub struct Request {
    /// `GET` or `HEAD` (other methods are answered 405 before the handler).
    pub method: String,
    /// The request target as sent: path and query (`/de/?q=x`).
    pub target: String,
}

impl Request {
    /// The path without the query or fragment.
    pub fn path(&self) -> &str {
        self.target.split(['?', '#']).next().unwrap_or("/")
    }

    /// The query string, without the `?` (empty when there is none).
    pub fn query(&self) -> &str {
        self.target
            .split_once('?')
            .map(|(_, q)| q.split('#').next().unwrap_or(""))
            .unwrap_or("")
    }
}

/// A complete response; bodies are small enough to hold in memory.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }

    /// A 301 to `location`.
    pub fn redirect(location: &str) -> Response {
        let mut r = Response::new(301, "text/plain; charset=utf-8", "moved");
        r.headers.push(("Location".into(), location.into()));
        r
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// A bound server; [`Server::run`] serves until [`Stopper::stop`].
pub struct Server {
    listener: TcpListener,
    stop: Arc<AtomicBool>,
}

/// Stops a running [`Server`] from another thread.
#[derive(Clone)]
pub struct Stopper {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Stopper {
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = TcpStream::connect(self.addr);
    }
}

impl Server {
    pub fn bind(addr: impl ToSocketAddrs) -> io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(addr)?,
            stop: Arc::new(AtomicBool::new(false)),
        })
    }

    pub fn addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn stopper(&self) -> io::Result<Stopper> {
        Ok(Stopper {
            addr: self.addr()?,
            stop: self.stop.clone(),
        })
    }

    /// Accepts connections until stopped, each on its own thread.
    pub fn run<H>(self, handler: H)
    where
        H: Fn(&Request) -> Response + Send + Sync + 'static,
    {
        let handler = Arc::new(handler);
        for stream in self.listener.incoming() {
            if self.stop.load(Ordering::SeqCst) {
                break;
            }
            let Ok(stream) = stream else { continue };
            let handler = handler.clone();
            std::thread::spawn(move || {
                let _ = connection(stream, &*handler);
            });
        }
    }
}

/// Serves the requests of one connection until it closes, goes idle, or
/// asks to close.
fn connection(
    mut stream: TcpStream,
    handler: &(dyn Fn(&Request) -> Response + Send + Sync),
) -> io::Result<()> {
    stream.set_read_timeout(Some(IDLE))?;
    stream.set_nodelay(true)?;
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = [0u8; 8192];
    loop {
        // Read until a whole request head parses.
        let (request, head_len, body_len, keep_alive) = loop {
            let mut headers = [httparse::EMPTY_HEADER; 64];
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(&buf) {
                Ok(httparse::Status::Complete(n)) => {
                    let header = |name: &str| {
                        req.headers
                            .iter()
                            .find(|h| h.name.eq_ignore_ascii_case(name))
                            .and_then(|h| std::str::from_utf8(h.value).ok())
                            .map(str::trim)
                    };
                    let connection = header("Connection").unwrap_or("").to_ascii_lowercase();
                    let keep_alive = match req.version {
                        Some(1) => !connection.contains("close"),
                        _ => connection.contains("keep-alive"),
                    };
                    let Some(body_len) = header("Content-Length")
                        .map(|v| v.parse::<usize>().ok())
                        .unwrap_or(Some(0))
                    else {
                        return send(&mut stream, &plain(400, "bad Content-Length"), false, false);
                    };
                    let request = Request {
                        method: req.method.unwrap_or("").to_string(),
                        target: req.path.unwrap_or("/").to_string(),
                    };
                    break (request, n, body_len, keep_alive);
                }
                Ok(httparse::Status::Partial) if buf.len() > MAX_HEAD => {
                    return send(
                        &mut stream,
                        &plain(431, "request head too large"),
                        false,
                        false,
                    );
                }
                Ok(httparse::Status::Partial) => {
                    let n = stream.read(&mut chunk)?;
                    if n == 0 {
                        return Ok(());
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                Err(_) => return send(&mut stream, &plain(400, "bad request"), false, false),
            }
        };
        if body_len > MAX_BODY {
            return send(&mut stream, &plain(413, "body too large"), false, false);
        }
        // Discard the body (GET and HEAD need none).
        while buf.len() < head_len + body_len {
            let n = stream.read(&mut chunk)?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        buf.drain(..head_len + body_len);
        let head_only = request.method == "HEAD";
        let response = if request.method == "GET" || head_only {
            handler(&request)
        } else {
            let mut r = plain(405, "only GET and HEAD");
            r.headers.push(("Allow".into(), "GET, HEAD".into()));
            r
        };
        send(&mut stream, &response, head_only, keep_alive)?;
        if !keep_alive {
            return Ok(());
        }
    }
}

fn plain(status: u16, text: &str) -> Response {
    Response::new(status, "text/plain; charset=utf-8", text)
}

fn send(stream: &mut TcpStream, r: &Response, head_only: bool, keep_alive: bool) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", r.status, reason(r.status));
    for (k, v) in &r.headers {
        // Header values come from Stele, never from the request; still,
        // never let a line break through.
        if !k.contains(['\r', '\n']) && !v.contains(['\r', '\n']) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nCache-Control: no-store\r\nConnection: {}\r\n\r\n",
        r.body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    ));
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&r.body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> (Stopper, SocketAddr, std::thread::JoinHandle<()>) {
        let server = Server::bind("127.0.0.1:0").expect("bind");
        let addr = server.addr().expect("addr");
        let stop = server.stopper().expect("stopper");
        let t = std::thread::spawn(move || {
            server.run(|r: &Request| {
                if r.path() == "/slow" {
                    std::thread::sleep(Duration::from_millis(300));
                }
                Response::new(200, "text/plain", format!("{} {}", r.path(), r.query()))
            })
        });
        (stop, addr, t)
    }

    /// A client connection that fails a test instead of hanging it, and
    /// splits what it reads into responses.
    struct Client {
        s: TcpStream,
        buf: Vec<u8>,
    }

    fn connect(addr: SocketAddr) -> Client {
        let s = TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        Client { s, buf: Vec::new() }
    }

    impl Client {
        fn send(&mut self, bytes: &[u8]) {
            self.s.write_all(bytes).expect("write");
        }

        /// The next response, head and body (`head_only` for HEAD).
        fn response(&mut self, head_only: bool) -> String {
            let mut chunk = [0u8; 1024];
            loop {
                if let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&self.buf[..end]).to_string();
                    let len: usize = if head_only {
                        0
                    } else {
                        head.lines()
                            .find_map(|l| l.strip_prefix("Content-Length: "))
                            .and_then(|v| v.parse().ok())
                            .expect("Content-Length")
                    };
                    if self.buf.len() >= end + 4 + len {
                        let all: Vec<u8> = self.buf.drain(..end + 4 + len).collect();
                        return String::from_utf8_lossy(&all).to_string();
                    }
                }
                let n = self.s.read(&mut chunk).expect("read");
                assert!(n > 0, "connection closed mid-response");
                self.buf.extend_from_slice(&chunk[..n]);
            }
        }
    }

    #[test]
    fn keep_alive_pipelining_head_and_errors() {
        let (stop, addr, t) = start();
        let mut c = connect(addr);
        // Two requests in one write: both answered, in order.
        c.send(b"GET /a?x=1 HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n");
        let first = c.response(false);
        assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
        assert!(first.ends_with("/a x=1"), "{first}");
        assert!(first.contains("Connection: keep-alive"));
        let second = c.response(false);
        assert!(second.ends_with("/b "), "{second}");
        // HEAD: headers only, with the GET's length.
        c.send(b"HEAD /c HTTP/1.1\r\n\r\n");
        let head = c.response(true);
        assert!(head.contains("Content-Length: 3\r\n"), "{head}");
        // Other methods: 405, and the body is skipped; garbage: 400.
        c.send(b"POST /d HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi");
        assert!(c.response(false).starts_with("HTTP/1.1 405"));
        c.send(b"GET /e HTTP/1.1\r\n\r\n");
        assert!(
            c.response(false).ends_with("/e "),
            "the body was not skipped"
        );
        c.send(b"\x00\x01 nonsense\r\n\r\n");
        let bad = c.response(false);
        assert!(
            bad.starts_with("HTTP/1.1 400") && bad.contains("Connection: close"),
            "{bad}"
        );
        stop.stop();
        t.join().expect("server thread");
    }

    #[test]
    fn a_slow_request_does_not_hold_up_other_connections() {
        let (stop, addr, t) = start();
        // Idle keep-alive connections, as a browser holds them...
        let idle: Vec<Client> = (0..8).map(|_| connect(addr)).collect();
        let mut slow = connect(addr);
        slow.send(b"GET /slow HTTP/1.1\r\n\r\n");
        // ...and a new connection is still answered at once.
        let mut c = connect(addr);
        c.send(b"GET /fast HTTP/1.0\r\n\r\n");
        let r = c.response(false);
        assert!(r.ends_with("/fast "), "{r}");
        assert!(r.contains("Connection: close"), "HTTP/1.0 closes: {r}");
        assert!(slow.response(false).ends_with("/slow "));
        drop(idle);
        stop.stop();
        t.join().expect("server thread");
    }
}
