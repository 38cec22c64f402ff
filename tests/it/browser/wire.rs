//! The few bytes of HTTP/1.1 that chromedriver's WebDriver API needs, over a plain `TcpStream`:
//! a JSON request, a JSON answer. No HTTP crate to build for it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;

/// One request on its own connection to chromedriver on `port`: the response's `value`, or its
/// WebDriver error as `error: message`. chromedriver keeps a connection open even when asked to
/// close it, so the body is read by its `Content-Length`, which it always sends; `patience`
/// bounds each read, so that a hung browser fails the test instead of hanging it.
pub(super) fn request(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
    patience: Duration,
) -> Result<Value, String> {
    let stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(patience)).unwrap();
    let body = body.map(Value::to_string).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
         Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    (&stream)
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(&stream);
    let mut length = None;
    let mut head = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            break;
        }
        if let Some((name, n)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = n.trim().parse::<usize>().ok();
        }
        head.push_str(&line);
    }
    let length = length.ok_or_else(|| format!("no Content-Length in {head:?}"))?;
    let mut payload = vec![0; length];
    reader.read_exact(&mut payload).map_err(|e| e.to_string())?;
    let mut json: Value = serde_json::from_slice(&payload)
        .map_err(|e| format!("{e} in {head}\r\n{}", String::from_utf8_lossy(&payload)))?;
    let value = json["value"].take();
    match value["error"].as_str() {
        Some(error) => Err(format!("{error}: {}", value["message"])),
        None => Ok(value),
    }
}
