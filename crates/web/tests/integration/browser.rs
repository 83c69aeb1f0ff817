//! End to end in headless Chromium: search from the home page with the keyboard, filter by
//! court, open an act, save screenshots. Drives the browser over the DevTools protocol.
//!
//! Needs the Debian `chromium` package (or `CHROMIUM=/path/to/binary`). Without it the
//! test is skipped, except under `CI=true`, where a missing browser fails it.

use base64::Engine;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// A minimal DevTools client: one websocket, one attached page session.
struct Cdp {
    ws: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
    session: Option<String>,
}

impl Cdp {
    fn connect(url: &str) -> Cdp {
        let host = url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .expect("devtools url has a host");
        let stream = TcpStream::connect(host).expect("connect to devtools");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let (ws, _) = tungstenite::client(url, stream).expect("devtools websocket handshake");
        Cdp {
            ws,
            next_id: 0,
            session: None,
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = &self.session {
            message["sessionId"] = json!(s);
        }
        self.ws
            .send(tungstenite::Message::text(message.to_string()))
            .map_err(|e| e.to_string())?;
        loop {
            let frame = self.ws.read().map_err(|e| format!("{method}: {e}"))?;
            let Ok(text) = frame.to_text() else { continue };
            let Ok(reply) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            if reply["id"] == id {
                return match reply.get("error") {
                    Some(e) => Err(format!("{method}: {e}")),
                    None => Ok(reply["result"].clone()),
                };
            }
        }
    }

    /// Evaluates `expression` in the page; `None` while the page is between documents.
    fn eval(&mut self, expression: &str) -> Option<Value> {
        let r = self
            .call(
                "Runtime.evaluate",
                json!({"expression": expression, "returnByValue": true}),
            )
            .ok()?;
        if r.get("exceptionDetails").is_some() {
            return None;
        }
        Some(r["result"]["value"].clone())
    }

    fn wait_for(&mut self, condition: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.eval(condition) == Some(json!(true)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let url = self.eval("location.href");
        panic!("timed out waiting for `{condition}` at {url:?}");
    }

    fn screenshot(&mut self, name: &str) -> PathBuf {
        let shot = self
            .call("Page.captureScreenshot", json!({"format": "png"}))
            .expect("screenshot");
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("screenshot is base64");
        assert!(png.starts_with(b"\x89PNG"), "screenshot is a PNG");
        assert!(
            png.len() > 5_000,
            "screenshot is not blank: {} bytes",
            png.len()
        );
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    fn press_enter(&mut self) {
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": "Enter", "code": "Enter",
                       "windowsVirtualKeyCode": 13, "text": "\r"}),
            )
            .expect("key event");
        }
    }
}

struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn launch(binary: &PathBuf, profile: &std::path::Path) -> (Browser, String) {
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--remote-debugging-port=0",
            "--window-size=412,915",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let stderr = child.stderr.take().expect("chromium stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(at) = line.find("ws://") {
                let _ = tx.send(line[at..].trim().to_string());
            }
        }
    });
    let browser = Browser(child);
    let url = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("chromium printed its DevTools address");
    (browser, url)
}

#[test]
fn search_filter_and_open_an_act_in_chromium() {
    let Some(binary) = chromium() else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("chromium is missing: install it with `apt-get install -y chromium`");
        }
        eprintln!("skipped: chromium is not installed (apt-get install -y chromium)");
        return;
    };
    let site = crate::fixture::site();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = courtpub_web::public_router(site.reader.clone(), &base);
    runtime.spawn(async move { axum::serve(listener, router).await });

    let profile = tempfile::tempdir().unwrap();
    let (_browser, devtools) = launch(&binary, profile.path());
    let mut cdp = Cdp::connect(&devtools);
    let target = cdp
        .call("Target.createTarget", json!({"url": "about:blank"}))
        .expect("new tab");
    let session = cdp
        .call(
            "Target.attachToTarget",
            json!({"targetId": target["targetId"], "flatten": true}),
        )
        .expect("attach");
    cdp.session = Some(session["sessionId"].as_str().unwrap().to_string());
    cdp.call("Page.enable", json!({})).unwrap();

    // Home page: type the query into the labelled search box and press Enter.
    cdp.call("Page.navigate", json!({"url": format!("{base}/")}))
        .unwrap();
    cdp.wait_for("document.readyState === 'complete' && !!document.querySelector('#q')");
    assert_eq!(
        cdp.eval("document.querySelector('label[for=q]') !== null"),
        Some(json!(true))
    );
    cdp.eval("document.querySelector('#q').focus()");
    cdp.call("Input.insertText", json!({"text": "кража"}))
        .unwrap();
    cdp.press_enter();
    cdp.wait_for(
        "location.pathname === '/search' && document.readyState === 'complete' && !!document.querySelector('#found')",
    );
    let found = cdp
        .eval("document.querySelector('#found').textContent")
        .unwrap();
    assert_eq!(found, json!("Найдено актов: 27"));
    assert_eq!(
        cdp.eval("document.querySelectorAll('.hits > li').length"),
        Some(json!(20))
    );
    assert_eq!(
        cdp.eval("document.querySelectorAll('.hits mark').length > 0"),
        Some(json!(true))
    );

    // Filter by court with the filter form.
    cdp.eval(
        "document.querySelector('details.filters summary').click(); \
         const s = document.querySelector('#f-court'); s.value = 'osh-city'; \
         s.form.querySelector('button[type=submit]').click(); true",
    );
    cdp.wait_for(
        "location.search.includes('court=osh-city') && document.readyState === 'complete' && !!document.querySelector('#found')",
    );
    assert_eq!(
        cdp.eval("document.querySelector('#found').textContent"),
        Some(json!("Найдено актов: 1"))
    );
    assert_eq!(
        cdp.eval("document.querySelector('details.filters').open"),
        Some(json!(true)),
        "filters stay open while one is applied"
    );
    let search_shot = cdp.screenshot("e2e-search.png");

    // Open the act.
    cdp.eval("document.querySelector('.hits h3 a').click(); true");
    cdp.wait_for(
        "location.pathname.startsWith('/acts/') && document.readyState === 'complete' && !!document.querySelector('h1')",
    );
    assert_eq!(
        cdp.eval("location.pathname"),
        Some(json!("/acts/act-theft-osh"))
    );
    let h1 = cdp
        .eval("document.querySelector('h1').textContent")
        .unwrap();
    assert!(h1.as_str().unwrap().starts_with("Приговор"), "{h1}");
    assert_eq!(
        cdp.eval("document.querySelectorAll('.act-text p').length"),
        Some(json!(3))
    );
    // Phone-friendly: nothing wider than the 412 px viewport.
    assert_eq!(
        cdp.eval("document.documentElement.scrollWidth <= window.innerWidth"),
        Some(json!(true))
    );
    let act_shot = cdp.screenshot("e2e-act.png");
    eprintln!(
        "screenshots: {} {}",
        search_shot.display(),
        act_shot.display()
    );
}
