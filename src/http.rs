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
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The largest request head accepted (browsers send a few hundred bytes).
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body read (and discarded): GET and HEAD have none.
const MAX_BODY: usize = 1024 * 1024;

/// How much a server takes from its clients. The defaults suit a preview
/// in a browser, which opens six connections per host and sends each head
/// in one packet.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once, one thread each. Past it a new
    /// connection is answered 503 and closed, so that a client opening
    /// connections without end cannot exhaust threads or memory.
    pub max_connections: usize,
    /// How long a request head (and its body) may take to arrive once its
    /// first byte has: a client trickling a head byte by byte (slowloris)
    /// is answered 408 and closed instead of holding a thread forever.
    pub head_timeout: Duration,
    /// How long a connection may wait for its next request, and a
    /// response for the client to take it.
    pub idle: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 128,
            head_timeout: Duration::from_secs(10),
            idle: Duration::from_secs(30),
        }
    }
}

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
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// A bound server; [`Server::run`] serves until [`Stopper::stop`].
pub struct Server {
    listener: TcpListener,
    stop: Arc<AtomicBool>,
    limits: Limits,
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

/// Counts a connection's thread while it lives.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Failed accepts, counted for the test that runs out of descriptors.
#[cfg(test)]
static ACCEPT_ERRORS: AtomicUsize = AtomicUsize::new(0);

/// How long to wait before the next `accept` after `e`. When the process
/// or the system is out of file descriptors (or memory), the pending
/// connection stays in the queue and `accept` fails again at once:
/// retrying straight away would spin a core until a connection closes, so
/// the pause doubles from 10 ms up to half a second. Other errors concern
/// one connection (it was reset before it was accepted): no pause.
fn accept_pause(e: &io::Error, last: Duration) -> Duration {
    const EMFILE: i32 = 24;
    const ENFILE: i32 = 23;
    const ENOMEM: i32 = 12;
    const ENOBUFS: i32 = 105;
    match e.raw_os_error() {
        Some(EMFILE | ENFILE | ENOMEM | ENOBUFS) => {
            (last * 2).clamp(Duration::from_millis(10), Duration::from_millis(500))
        }
        _ => Duration::ZERO,
    }
}

impl Server {
    /// Binds `addr`. The server answers only requests whose `Host` names
    /// the loopback interface (see [`host_allowed`]): it is meant for
    /// 127.0.0.1.
    pub fn bind(addr: impl ToSocketAddrs) -> io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(addr)?,
            stop: Arc::new(AtomicBool::new(false)),
            limits: Limits::default(),
        })
    }

    /// Replaces the default [`Limits`].
    pub fn with_limits(mut self, limits: Limits) -> Server {
        self.limits = limits;
        self
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

    /// Accepts connections until stopped, each on its own thread, at most
    /// [`Limits::max_connections`] at once.
    pub fn run<H>(self, handler: H)
    where
        H: Fn(&Request) -> Response + Send + Sync + 'static,
    {
        let handler = Arc::new(handler);
        let port = self.addr().map(|a| a.port()).unwrap_or(0);
        let active = Arc::new(AtomicUsize::new(0));
        let limits = self.limits;
        let mut pause = Duration::ZERO;
        loop {
            let accepted = self.listener.accept();
            if self.stop.load(Ordering::SeqCst) {
                break;
            }
            let mut stream = match accepted {
                Ok((stream, _)) => {
                    pause = Duration::ZERO;
                    stream
                }
                Err(e) => {
                    #[cfg(test)]
                    ACCEPT_ERRORS.fetch_add(1, Ordering::SeqCst);
                    pause = accept_pause(&e, pause);
                    std::thread::sleep(pause);
                    continue;
                }
            };
            if active.fetch_add(1, Ordering::SeqCst) >= limits.max_connections {
                active.fetch_sub(1, Ordering::SeqCst);
                // A fresh socket's send buffer takes this small answer
                // without blocking; the timeout guards the odd case.
                let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                let _ = send(
                    &mut stream,
                    &plain(503, "too many connections"),
                    false,
                    false,
                );
                continue;
            }
            let slot = Slot(active.clone());
            let handler = handler.clone();
            std::thread::spawn(move || {
                let _slot = slot;
                let _ = connection(stream, &*handler, port, limits);
            });
        }
    }
}

/// Whether a request's `Host` header names this server on the loopback
/// interface: `127.0.0.1`, `localhost` or `[::1]`, with the server's port
/// (or without it when that is 80). Anything else is refused (403): a
/// page on another site can point its own domain name at 127.0.0.1 (DNS
/// rebinding) and then read the preview as same-origin, but its requests
/// still carry its own host name.
pub fn host_allowed(host: &str, port: u16) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let (name, host_port) = match host.rsplit_once(':') {
        Some((n, p)) if !n.is_empty() && (!n.starts_with('[') || n.ends_with(']')) => (n, Some(p)),
        _ => (host.as_str(), None),
    };
    let port_ok = match host_port {
        Some(p) => p.parse::<u16>().ok() == Some(port) && p.bytes().all(|b| b.is_ascii_digit()),
        None => port == 80,
    };
    port_ok && matches!(name, "127.0.0.1" | "localhost" | "[::1]")
}

/// What the head of a request says, once it passed the checks.
struct Head {
    request: Request,
    len: usize,
    body_len: usize,
    keep_alive: bool,
}

/// Checks a parsed head: framing (one Content-Length, no
/// Transfer-Encoding: a request that two parsers could split differently
/// is refused, the ground of request smuggling) and the Host. `Err` is
/// the answer, after which the connection closes.
fn check_head(req: &httparse::Request, len: usize, port: u16) -> Result<Head, Response> {
    let values = |name: &str| -> Vec<&[u8]> {
        req.headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value)
            .collect()
    };
    let text = |v: &[u8]| std::str::from_utf8(v).unwrap_or("").trim().to_string();
    let lengths = values("Content-Length");
    let encodings = values("Transfer-Encoding");
    if lengths.len() > 1 {
        return Err(plain(400, "more than one Content-Length"));
    }
    if !encodings.is_empty() && !lengths.is_empty() {
        return Err(plain(400, "both Content-Length and Transfer-Encoding"));
    }
    if !encodings.is_empty() {
        return Err(plain(501, "Transfer-Encoding is not supported"));
    }
    let body_len = match lengths.first().copied().map(text) {
        None => 0,
        Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
            v.parse::<usize>().unwrap_or(usize::MAX)
        }
        Some(_) => return Err(plain(400, "bad Content-Length")),
    };
    let hosts = values("Host");
    match (hosts.as_slice(), req.version) {
        // HTTP/1.0 clients may leave Host out; browsers never do.
        ([], Some(0)) => {}
        ([host], _) if host_allowed(&text(host), port) => {}
        ([], _) => return Err(plain(400, "no Host header")),
        ([_], _) => {
            return Err(plain(
                403,
                "this preview server answers only requests for 127.0.0.1, localhost or [::1] with its port",
            ))
        }
        _ => return Err(plain(400, "more than one Host header")),
    }
    let connection = values("Connection")
        .iter()
        .map(|v| text(v).to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(",");
    let keep_alive = match req.version {
        Some(1) => !connection.contains("close"),
        _ => connection.contains("keep-alive"),
    };
    Ok(Head {
        request: Request {
            method: req.method.unwrap_or("").to_string(),
            target: req.path.unwrap_or("/").to_string(),
        },
        len,
        body_len,
        keep_alive,
    })
}

/// The head at the start of `buf`: `None` while it is incomplete (and
/// under [`MAX_HEAD`]), else the checked head or the answer that refuses
/// it (after which the connection closes).
fn head_of(buf: &[u8], port: u16) -> Option<Result<Head, Response>> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(buf) {
        Ok(httparse::Status::Complete(n)) => Some(check_head(&req, n, port)),
        Ok(httparse::Status::Partial) if buf.len() > MAX_HEAD => {
            Some(Err(plain(431, "request head too large")))
        }
        Ok(httparse::Status::Partial) => None,
        Err(_) => Some(Err(plain(400, "bad request"))),
    }
}

/// What the server makes of the first bytes of a connection on `port`:
/// `None` while the head is incomplete, else the request its handler
/// would see or the refusal. The same code as the connection loop's; the
/// cargo-fuzz target `http_head` feeds it arbitrary bytes.
pub fn parse_head(buf: &[u8], port: u16) -> Option<Result<Request, Response>> {
    head_of(buf, port).map(|r| r.map(|h| h.request))
}

/// Reads more bytes into `buf`, waiting at most until `deadline`.
/// `Ok(false)` when the peer closed; a `TimedOut` error past the deadline.
fn read_more(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    chunk: &mut [u8],
    deadline: Instant,
) -> io::Result<bool> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(io::ErrorKind::TimedOut.into());
    }
    stream.set_read_timeout(Some(left))?;
    match stream.read(chunk) {
        Ok(0) => Ok(false),
        Ok(n) => {
            buf.extend_from_slice(&chunk[..n]);
            Ok(true)
        }
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
            ) =>
        {
            Err(io::ErrorKind::TimedOut.into())
        }
        Err(e) => Err(e),
    }
}

/// Serves the requests of one connection until it closes, goes idle, or
/// asks to close.
fn connection(
    mut stream: TcpStream,
    handler: &(dyn Fn(&Request) -> Response + Send + Sync),
    port: u16,
    limits: Limits,
) -> io::Result<()> {
    stream.set_nodelay(true)?;
    // A client that stops reading must not hold its thread either.
    stream.set_write_timeout(Some(limits.idle))?;
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = [0u8; 8192];
    loop {
        // Wait for the next request, then give its head (and body) the
        // head timeout from its first byte on.
        if buf.is_empty()
            && !read_more(
                &mut stream,
                &mut buf,
                &mut chunk,
                Instant::now() + limits.idle,
            )?
        {
            return Ok(());
        }
        let deadline = Instant::now() + limits.head_timeout;
        let timed_out = |stream: &mut TcpStream| {
            send(
                stream,
                &plain(408, "the request took too long to arrive"),
                false,
                false,
            )
        };
        // Read until a whole request head parses.
        let head = loop {
            match head_of(&buf, port) {
                Some(Ok(head)) => break head,
                Some(Err(answer)) => return send(&mut stream, &answer, false, false),
                None => match read_more(&mut stream, &mut buf, &mut chunk, deadline) {
                    Ok(true) => {}
                    Ok(false) => return Ok(()),
                    Err(e) if e.kind() == io::ErrorKind::TimedOut => return timed_out(&mut stream),
                    Err(e) => return Err(e),
                },
            }
        };
        if head.body_len > MAX_BODY {
            return send(&mut stream, &plain(413, "body too large"), false, false);
        }
        // Discard the body (GET and HEAD need none).
        while buf.len() < head.len + head.body_len {
            match read_more(&mut stream, &mut buf, &mut chunk, deadline) {
                Ok(true) => {}
                Ok(false) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::TimedOut => return timed_out(&mut stream),
                Err(e) => return Err(e),
            }
        }
        buf.drain(..head.len + head.body_len);
        let request = head.request;
        let head_only = request.method == "HEAD";
        let response = if request.method == "GET" || head_only {
            handler(&request)
        } else {
            let mut r = plain(405, "only GET and HEAD");
            r.headers.push(("Allow".into(), "GET, HEAD".into()));
            r
        };
        send(&mut stream, &response, head_only, head.keep_alive)?;
        if !head.keep_alive {
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
        start_with(Limits::default())
    }

    fn start_with(limits: Limits) -> (Stopper, SocketAddr, std::thread::JoinHandle<()>) {
        let server = Server::bind("127.0.0.1:0")
            .expect("bind")
            .with_limits(limits);
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
        let host = format!("Host: 127.0.0.1:{}\r\n", addr.port());
        c.send(
            format!("GET /a?x=1 HTTP/1.1\r\n{host}\r\nGET /b HTTP/1.1\r\n{host}\r\n").as_bytes(),
        );
        let first = c.response(false);
        assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
        assert!(first.ends_with("/a x=1"), "{first}");
        assert!(first.contains("Connection: keep-alive"));
        let second = c.response(false);
        assert!(second.ends_with("/b "), "{second}");
        // HEAD: headers only, with the GET's length.
        c.send(format!("HEAD /c HTTP/1.1\r\n{host}\r\n").as_bytes());
        let head = c.response(true);
        assert!(head.contains("Content-Length: 3\r\n"), "{head}");
        // Other methods: 405, and the body is skipped; garbage: 400.
        c.send(format!("POST /d HTTP/1.1\r\n{host}Content-Length: 2\r\n\r\nhi").as_bytes());
        assert!(c.response(false).starts_with("HTTP/1.1 405"));
        c.send(format!("GET /e HTTP/1.1\r\n{host}\r\n").as_bytes());
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
        slow.send(
            format!(
                "GET /slow HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
                addr.port()
            )
            .as_bytes(),
        );
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

    /// One request on a fresh connection; the whole answer, read until the
    /// server closes or 5 s pass.
    fn once(addr: SocketAddr, request: &str) -> String {
        let mut c = connect(addr);
        c.send(request.as_bytes());
        let mut all = Vec::new();
        let _ = c.s.read_to_end(&mut all);
        String::from_utf8_lossy(&all).to_string()
    }

    #[test]
    fn only_loopback_host_names_are_answered() {
        let (stop, addr, t) = start();
        let port = addr.port();
        for host in [
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("LocalHost:{port}"),
            format!("[::1]:{port}"),
        ] {
            let r = once(
                addr,
                &format!("GET /x HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
            );
            assert!(r.starts_with("HTTP/1.1 200"), "{host}: {r}");
        }
        // DNS rebinding: another name pointed at 127.0.0.1, or another port.
        for host in [
            format!("evil.example:{port}"),
            "evil.example".to_string(),
            format!("127.0.0.1:{}", port.wrapping_add(1)),
            "127.0.0.1".to_string(),
            format!("localhost.evil.example:{port}"),
            format!("127.0.0.1:+{port}"),
        ] {
            let r = once(addr, &format!("GET /x HTTP/1.1\r\nHost: {host}\r\n\r\n"));
            assert!(r.starts_with("HTTP/1.1 403"), "{host}: {r}");
            assert!(!r.contains("/x"), "the handler ran for {host}: {r}");
        }
        // HTTP/1.1 without Host, or with two: 400. HTTP/1.0 may leave it out.
        let r = once(addr, "GET /x HTTP/1.1\r\n\r\n");
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        let r = once(
            addr,
            &format!("GET /x HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        let r = once(addr, "GET /x HTTP/1.0\r\n\r\n");
        assert!(r.starts_with("HTTP/1.1 200"), "{r}");
        stop.stop();
        t.join().expect("server thread");
    }

    #[test]
    fn ambiguous_framing_is_refused() {
        let (stop, addr, t) = start();
        let host = format!("Host: 127.0.0.1:{}\r\n", addr.port());
        // Content-Length and Transfer-Encoding: a proxy and this server
        // could split the stream differently (request smuggling).
        let r = once(addr, &format!("GET /a HTTP/1.1\r\n{host}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\n{host}\r\n"));
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        assert!(r.contains("Connection: close"), "{r}");
        assert!(!r.contains("/smuggled"), "{r}");
        // Two Content-Lengths, equal or not.
        for (a, b) in [(0, 5), (3, 3)] {
            let r = once(addr, &format!("GET /a HTTP/1.1\r\n{host}Content-Length: {a}\r\nContent-Length: {b}\r\n\r\nabcde"));
            assert!(r.starts_with("HTTP/1.1 400"), "{a} {b}: {r}");
        }
        // Transfer-Encoding alone is not implemented; a signed length is bad.
        let r = once(
            addr,
            &format!("GET /a HTTP/1.1\r\n{host}Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 501"), "{r}");
        let r = once(
            addr,
            &format!("GET /a HTTP/1.1\r\n{host}Content-Length: +0\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 400"), "{r}");
        stop.stop();
        t.join().expect("server thread");
    }

    #[test]
    fn a_head_trickling_in_times_out() {
        let (stop, addr, t) = start_with(Limits {
            head_timeout: Duration::from_millis(400),
            ..Limits::default()
        });
        let mut c = connect(addr);
        let mut writer = c.s.try_clone().expect("clone");
        // One byte every 50 ms: each read succeeds, the head never ends.
        let trickle = std::thread::spawn(move || {
            for b in b"GET / HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
                if writer.write_all(&[*b]).is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        let mut all = Vec::new();
        let _ = c.s.read_to_end(&mut all);
        let r = String::from_utf8_lossy(&all).to_string();
        assert!(r.starts_with("HTTP/1.1 408"), "no timeout: {r:?}");
        let _ = trickle.join();
        stop.stop();
        t.join().expect("server thread");
    }

    #[test]
    fn connections_past_the_cap_get_503() {
        let (stop, addr, t) = start_with(Limits {
            max_connections: 2,
            ..Limits::default()
        });
        let host = format!("Host: 127.0.0.1:{}\r\n", addr.port());
        let mut held: Vec<Client> = (0..2).map(|_| connect(addr)).collect();
        for c in &mut held {
            c.send(format!("GET /held HTTP/1.1\r\n{host}\r\n").as_bytes());
            assert!(c.response(false).ends_with("/held "));
        }
        let r = once(addr, &format!("GET /third HTTP/1.1\r\n{host}\r\n"));
        assert!(r.starts_with("HTTP/1.1 503"), "{r}");
        // A closed connection frees its slot.
        held.pop();
        let start = Instant::now();
        loop {
            let r = once(
                addr,
                &format!("GET /again HTTP/1.1\r\n{host}Connection: close\r\n\r\n"),
            );
            if r.starts_with("HTTP/1.1 200") {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the slot was not freed: {r}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        stop.stop();
        t.join().expect("server thread");
    }

    #[test]
    fn running_out_of_descriptors_backs_off() {
        let emfile = io::Error::from_raw_os_error(24);
        let mut pause = Duration::ZERO;
        let mut total = Duration::ZERO;
        for _ in 0..10 {
            pause = accept_pause(&emfile, pause);
            total += pause;
        }
        assert!(pause == Duration::from_millis(500), "{pause:?}");
        // Ten failures in a row wait seconds, not a busy loop.
        assert!(total >= Duration::from_secs(2), "{total:?}");
        let reset = io::Error::from(io::ErrorKind::ConnectionAborted);
        assert_eq!(accept_pause(&reset, pause), Duration::ZERO);
    }

    /// Runs out of file descriptors for real (in a child process: it takes
    /// every descriptor the process may open) while a connection waits to
    /// be accepted: `accept` fails again and again, and the loop must
    /// wait between tries, then serve the connection once descriptors are
    /// back.
    #[test]
    fn running_out_of_descriptors_does_not_spin() {
        if std::env::var_os("STELE_EMFILE_CHILD").is_none() {
            let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
                .args([
                    "--exact",
                    "http::tests::running_out_of_descriptors_does_not_spin",
                    "--test-threads=1",
                ])
                .env("STELE_EMFILE_CHILD", "1")
                .output()
                .expect("run the child");
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(out.status.success() && text.contains("1 passed"), "{text}");
            return;
        }
        let (stop, addr, t) = start();
        let mut held = Vec::new();
        loop {
            match std::fs::File::open("/dev/null") {
                Ok(f) => held.push(f),
                Err(e) => {
                    assert_eq!(e.raw_os_error(), Some(24), "{e}");
                    break;
                }
            }
        }
        // One descriptor for the client's socket; none left to accept it.
        held.pop();
        let mut c = connect(addr);
        c.send(
            format!(
                "GET /late HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
                addr.port()
            )
            .as_bytes(),
        );
        std::thread::sleep(Duration::from_secs(1));
        let failures = ACCEPT_ERRORS.load(Ordering::SeqCst);
        assert!(failures >= 1, "accept never failed");
        assert!(
            failures < 40,
            "{failures} failed accepts in a second: the loop spins"
        );
        drop(held);
        assert!(
            c.response(false).ends_with("/late "),
            "not served once descriptors were back"
        );
        stop.stop();
        t.join().expect("server thread");
    }
}
