//! An open-loop HTTP/1.1 load generator for `autoglm-gw bench http --client rust`.
//!
//! Why it lives here: on a 2-core machine a Python client spends as much CPU per request as the
//! gateway it measures, so at a few thousand requests per second it mostly measures itself. This
//! client sends prebuilt requests from plain threads with the GIL released and only blocks on
//! sockets, so nearly all CPU is left to the server.
//!
//! Open loop without coordinated omission: request k is due at `schedule[k]` seconds after the
//! start whether or not earlier ones were answered; each of `connections` keep-alive connections
//! takes the next due request when it is free. Latency runs from the due time, so a client that
//! falls behind shows up as latency (and separately as `lag`, send time minus due time) instead of
//! silently sending less.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// What happened to one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// HTTP status, or 0 for a transport error (refused, reset, timed out, malformed).
    pub status: u16,
    /// Seconds from the request's due time to the end of its response.
    pub latency: f64,
    /// Seconds from the due time to the moment it was written (client-side delay).
    pub lag: f64,
    /// Seconds from writing the request to the end of its response (server-side time).
    pub service: f64,
}

/// Where the requests go and what they carry besides the body.
pub struct Target {
    /// `host:port`: where to connect, and the Host header.
    pub authority: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Target {
    fn request(&self, body: &[u8]) -> Vec<u8> {
        let mut head = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            self.path,
            self.authority,
            body.len()
        );
        for (k, v) in &self.headers {
            head.push_str(k);
            head.push_str(": ");
            head.push_str(v);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        let mut out = head.into_bytes();
        out.extend_from_slice(body);
        out
    }
}

/// Reads one response; returns its status and whether the server will close the connection.
fn read_response<R: BufRead>(r: &mut R) -> io::Result<(u16, bool)> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad status line"))?;
    let (mut length, mut chunked, mut close) = (None, false, false);
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim(), v.trim());
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse::<u64>().ok();
            } else if k.eq_ignore_ascii_case("transfer-encoding") {
                chunked = v.to_ascii_lowercase().contains("chunked");
            } else if k.eq_ignore_ascii_case("connection") {
                close = v.eq_ignore_ascii_case("close");
            }
        }
    }
    if chunked {
        loop {
            line.clear();
            r.read_line(&mut line)?;
            let size = line.trim().split(';').next().unwrap_or("");
            let size = u64::from_str_radix(size, 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad chunk size"))?;
            if size == 0 {
                loop {
                    line.clear();
                    if r.read_line(&mut line)? == 0 || line.trim().is_empty() {
                        break;
                    }
                }
                break;
            }
            skip(r, size + 2)?;
        }
    } else if let Some(n) = length {
        skip(r, n)?;
    } else {
        // No length: the body runs to the end of the connection.
        io::copy(r, &mut io::sink())?;
        close = true;
    }
    Ok((status, close))
}

fn skip<R: Read>(r: &mut R, n: u64) -> io::Result<()> {
    if io::copy(&mut r.by_ref().take(n), &mut io::sink())? != n {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(())
}

struct Conn {
    reader: BufReader<TcpStream>,
}

impl Conn {
    fn open(addr: &std::net::SocketAddr, timeout: Duration) -> io::Result<Conn> {
        let s = TcpStream::connect_timeout(addr, timeout)?;
        s.set_nodelay(true)?;
        s.set_read_timeout(Some(timeout))?;
        s.set_write_timeout(Some(timeout))?;
        Ok(Conn {
            reader: BufReader::new(s),
        })
    }

    fn roundtrip(&mut self, req: &[u8]) -> io::Result<(u16, bool)> {
        self.reader.get_mut().write_all(req)?;
        read_response(&mut self.reader)
    }
}

/// Runs the schedule; outcomes come back in request order.
pub fn run(
    target: &Target,
    bodies: &[Vec<u8>],
    schedule: &[f64],
    connections: usize,
    timeout: Duration,
) -> io::Result<(Vec<Outcome>, f64)> {
    let addr = target
        .authority
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "address did not resolve"))?;
    let requests: Vec<Vec<u8>> = bodies.iter().map(|b| target.request(b)).collect();
    let n = schedule.len();
    let next = AtomicUsize::new(0);
    // A short lead so every thread is parked on its first request before the clock starts.
    let start = Instant::now() + Duration::from_millis(50);
    let mut outcomes = vec![
        Outcome {
            status: 0,
            latency: 0.0,
            lag: 0.0,
            service: 0.0,
        };
        n
    ];
    let per_thread: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..connections.max(1))
            .map(|_| {
                let (next, requests) = (&next, &requests);
                scope.spawn(move || {
                    let mut conn: Option<Conn> = None;
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        if k >= n {
                            break;
                        }
                        let due = start + Duration::from_secs_f64(schedule[k].max(0.0));
                        let now = Instant::now();
                        if due > now {
                            std::thread::sleep(due - now);
                        }
                        let sent = Instant::now();
                        let req = &requests[k % requests.len()];
                        let result = match conn.as_mut() {
                            Some(c) => c.roundtrip(req),
                            None => Conn::open(&addr, timeout).and_then(|mut c| {
                                let r = c.roundtrip(req);
                                conn = Some(c);
                                r
                            }),
                        };
                        let status = match result {
                            Ok((status, close)) => {
                                if close {
                                    conn = None;
                                }
                                status
                            }
                            Err(_) => {
                                conn = None;
                                0
                            }
                        };
                        let end = Instant::now();
                        done.push((
                            k,
                            Outcome {
                                status,
                                latency: end.saturating_duration_since(due).as_secs_f64(),
                                lag: sent.saturating_duration_since(due).as_secs_f64(),
                                service: end.saturating_duration_since(sent).as_secs_f64(),
                            },
                        ));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("load thread panicked"))
            .collect()
    });
    let wall = Instant::now()
        .saturating_duration_since(start)
        .as_secs_f64();
    for (k, o) in per_thread.into_iter().flatten() {
        outcomes[k] = o;
    }
    Ok((outcomes, wall))
}

/// Python face: `open_loop(host, port, path, bodies, schedule, connections, timeout_s,
/// headers)` -> `(statuses, latency_s, lag_s, service_s, wall_s)`, lists in request order.
#[pyfunction]
#[pyo3(signature = (host, port, path, bodies, schedule, connections, timeout_s, headers=Vec::new()))]
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
fn open_loop(
    py: Python<'_>,
    host: String,
    port: u16,
    path: String,
    bodies: Vec<Vec<u8>>,
    schedule: Vec<f64>,
    connections: usize,
    timeout_s: f64,
    headers: Vec<(String, String)>,
) -> PyResult<(Vec<u16>, Vec<f64>, Vec<f64>, Vec<f64>, f64)> {
    if bodies.is_empty() {
        return Err(PyValueError::new_err("no request bodies"));
    }
    if !(timeout_s > 0.0 && timeout_s.is_finite()) {
        return Err(PyValueError::new_err("timeout_s must be a positive number"));
    }
    if schedule.iter().any(|t| !t.is_finite()) {
        return Err(PyValueError::new_err("schedule times must be finite"));
    }
    let target = Target {
        authority: format!("{host}:{port}"),
        path,
        headers,
    };
    let timeout = Duration::from_secs_f64(timeout_s);
    let (outcomes, wall) = py
        .detach(|| run(&target, &bodies, &schedule, connections, timeout))
        .map_err(|e| PyValueError::new_err(format!("load generator: {e}")))?;
    Ok((
        outcomes.iter().map(|o| o.status).collect(),
        outcomes.iter().map(|o| o.latency).collect(),
        outcomes.iter().map(|o| o.lag).collect(),
        outcomes.iter().map(|o| o.service).collect(),
        wall,
    ))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(open_loop, m)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use std::net::TcpListener;

    #[test]
    fn reads_length_chunked_and_close_delimited_responses() {
        let mut r = Cursor::new(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhelloHTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\nHTTP/1.1 503 x\r\nconnection: close\r\n\r\nbye".to_vec());
        assert_eq!(read_response(&mut r).unwrap(), (200, false));
        assert_eq!(read_response(&mut r).unwrap(), (429, false));
        assert_eq!(read_response(&mut r).unwrap(), (503, true));
        assert!(read_response(&mut r).is_err());
        let mut bad = Cursor::new(b"HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\nshort".to_vec());
        assert!(read_response(&mut bad).is_err());
    }

    #[test]
    fn request_carries_length_and_headers() {
        let t = Target {
            authority: "h:1".into(),
            path: "/v1/parse".into(),
            headers: vec![("Cache-Control".into(), "no-cache".into())],
        };
        let req = String::from_utf8(t.request(b"{}")).unwrap();
        assert!(req.starts_with("POST /v1/parse HTTP/1.1\r\nHost: h:1\r\n"));
        assert!(req.contains("Content-Length: 2\r\n"));
        assert!(req.ends_with("Cache-Control: no-cache\r\n\r\n{}"));
    }

    /// A real socket server answering every request on a kept-alive connection.
    #[test]
    fn runs_a_schedule_against_a_server_in_order() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || {
                    let mut r = BufReader::new(stream.try_clone().unwrap());
                    let mut w = stream;
                    loop {
                        let mut line = String::new();
                        let mut len = 0u64;
                        if r.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        loop {
                            line.clear();
                            r.read_line(&mut line).unwrap();
                            if line.trim().is_empty() {
                                break;
                            }
                            if let Some(v) =
                                line.to_ascii_lowercase().strip_prefix("content-length:")
                            {
                                len = v.trim().parse().unwrap();
                            }
                        }
                        let mut body = vec![0; len as usize];
                        r.read_exact(&mut body).unwrap();
                        let status = if body == b"no" { 429 } else { 200 };
                        let resp = format!("HTTP/1.1 {status} X\r\ncontent-length: 2\r\n\r\nok");
                        w.write_all(resp.as_bytes()).unwrap();
                    }
                });
            }
        });
        let target = Target {
            authority: format!("127.0.0.1:{port}"),
            path: "/".into(),
            headers: vec![],
        };
        let bodies = vec![b"yes".to_vec(), b"no".to_vec()];
        let schedule: Vec<f64> = (0..40).map(|k| k as f64 * 0.001).collect();
        let (out, wall) = run(&target, &bodies, &schedule, 4, Duration::from_secs(5)).unwrap();
        assert_eq!(out.len(), 40);
        for (k, o) in out.iter().enumerate() {
            assert_eq!(o.status, if k % 2 == 0 { 200 } else { 429 });
            assert!(o.latency >= o.lag && o.latency >= o.service);
        }
        assert!(wall > 0.0);
    }

    #[test]
    fn refused_connections_are_transport_errors() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener); // nothing listens there now
        let target = Target {
            authority: format!("127.0.0.1:{port}"),
            path: "/".into(),
            headers: vec![],
        };
        let (out, _) = run(
            &target,
            &[b"x".to_vec()],
            &[0.0, 0.0],
            2,
            Duration::from_secs(1),
        )
        .unwrap();
        assert!(out.iter().all(|o| o.status == 0));
    }
}
