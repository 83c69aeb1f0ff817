//! End to end in headless Chromium: a stranger is sent to the login form, signs in, opens
//! the held act from the queue, selects a missed name in the original, masks it (every
//! mention follows), publishes, and finds the act masked on the public site after the
//! indexer applies the outbox. Screenshots of each step. Drives the browser over the
//! DevTools protocol, as the public site's browser test does.
//!
//! Needs the Debian `chromium` package (or `CHROMIUM=/path/to/binary`). Without it the
//! test is skipped, except under `CI=true`, where a missing browser fails it.

use crate::fixture::{HELD, PASSWORD, VICTIM, VICTIM_FORMS};
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
            "--window-size=1280,900",
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

/// Clicks the element and waits for the next page to be complete.
fn click_and_wait(cdp: &mut Cdp, selector: &str, condition: &str) {
    let clicked = cdp.eval(&format!(
        "(function(){{const e=document.querySelector('{selector}'); if(!e) return false; e.click(); return true;}})()"
    ));
    assert_eq!(clicked, Some(json!(true)), "{selector} exists");
    cdp.wait_for(condition);
}

#[test]
fn log_in_review_add_a_missed_name_publish_and_find_it_masked_in_chromium() {
    let Some(binary) = chromium() else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("chromium is missing: install it with `apt-get install -y chromium`");
        }
        eprintln!("skipped: chromium is not installed (apt-get install -y chromium)");
        return;
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let app = runtime.block_on(crate::fixture::app());
    let staff_listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let staff = format!("http://{}", staff_listener.local_addr().unwrap());
    let router = app.router.clone();
    runtime.spawn(async move { axum::serve(staff_listener, router).await });

    // The public side: an index fed by the indexer from the registry's outbox.
    let index = courtpub_index::ActIndex::in_ram();
    let mut indexer = courtpub_pipeline::indexer::Indexer::new(
        app.registry.clone(),
        &index,
        Default::default(),
        courtpub_pipeline::metrics::Metrics::new(),
    )
    .unwrap();
    runtime.block_on(indexer.drain_once()).unwrap();
    let reader = index.reader().unwrap();
    let public_listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let public = format!("http://{}", public_listener.local_addr().unwrap());
    let site = courtpub_web::public_router(reader.clone(), &public);
    runtime.spawn(async move { axum::serve(public_listener, site).await });
    assert!(
        reader
            .get(&courtpub_domain::ActId(HELD.into()))
            .unwrap()
            .is_none(),
        "the held act is not public before review"
    );

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

    // Any staff page sends a stranger to the login form.
    cdp.call(
        "Page.navigate",
        json!({"url": format!("{staff}/acts/{HELD}")}),
    )
    .unwrap();
    cdp.wait_for("location.pathname === '/login' && document.readyState === 'complete' && !!document.querySelector('#login')");
    let login_shot = cdp.screenshot("staff-login.png");
    cdp.eval("document.querySelector('#login').focus()");
    cdp.call("Input.insertText", json!({"text": "aida"}))
        .unwrap();
    cdp.eval("document.querySelector('#password').focus()");
    cdp.call("Input.insertText", json!({"text": PASSWORD}))
        .unwrap();
    cdp.press_enter();
    // Signed in, and back where the stranger wanted to go.
    cdp.wait_for(&format!(
        "location.pathname === '/acts/{HELD}' && document.readyState === 'complete' && !!document.querySelector('#original')"
    ));

    // Through the queue, as a reviewer would.
    click_and_wait(
        &mut cdp,
        "header nav a[href=\"/queue\"]",
        "location.pathname === '/queue' && document.readyState === 'complete' && !!document.querySelector('#queue')",
    );
    assert_eq!(
        cdp.eval("document.querySelectorAll('#queue tbody tr').length"),
        Some(json!(2)),
        "the held act and the sampled one"
    );
    let queue_shot = cdp.screenshot("staff-queue.png");
    click_and_wait(
        &mut cdp,
        &format!("#queue a[href=\"/acts/{HELD}\"]"),
        "document.readyState === 'complete' && !!document.querySelector('#original')",
    );
    assert_eq!(
        cdp.eval("document.querySelectorAll('#original mark').length"),
        Some(json!(2)),
        "the engine's two spans"
    );
    assert_eq!(
        cdp.eval("document.querySelector('#masked').textContent.includes('Сыдыковой')"),
        Some(json!(true)),
        "the victim was missed"
    );

    // Select the missed name in the original with the mouse's selection API: the form
    // field fills itself.
    let selected = cdp.eval(&format!(
        "(function(){{const o=document.querySelector('#original'); \
          const w=document.createTreeWalker(o, NodeFilter.SHOW_TEXT); let n; \
          while((n=w.nextNode())){{const i=n.data.indexOf('{VICTIM}'); if(i>=0){{ \
            const r=document.createRange(); r.setStart(n,i); r.setEnd(n,i+{len}); \
            const s=window.getSelection(); s.removeAllRanges(); s.addRange(r); \
            o.dispatchEvent(new MouseEvent('mouseup',{{bubbles:true}})); \
            return document.querySelector('#add-surface').value;}}}} return null;}})()",
        len = VICTIM.chars().count()
    ));
    assert_eq!(selected, Some(json!(VICTIM)));
    click_and_wait(
        &mut cdp,
        "#add-span",
        "!!document.querySelector('#notice') && document.readyState === 'complete'",
    );
    assert_eq!(
        cdp.eval("document.querySelector('#masked').textContent.includes('Сыдыков')"),
        Some(json!(false)),
        "every form of the victim's name is masked now"
    );
    assert_eq!(
        cdp.eval("document.querySelectorAll('#original mark.staff').length"),
        Some(json!(2)),
        "both mentions of the victim, highlighted as staff corrections"
    );
    let review_shot = cdp.screenshot("staff-review.png");

    click_and_wait(
        &mut cdp,
        "#publish",
        "!!document.querySelector('#notice') && document.querySelector('#status').textContent === 'published'",
    );

    // The indexer picks the new public copy from the outbox.
    assert!(runtime.block_on(indexer.drain_once()).unwrap() >= 1);
    reader.reload().unwrap();
    cdp.call(
        "Page.navigate",
        json!({"url": format!("{public}/acts/{HELD}")}),
    )
    .unwrap();
    cdp.wait_for("document.readyState === 'complete' && !!document.querySelector('.act-text')");
    let text = cdp
        .eval("document.querySelector('.act-text').textContent")
        .unwrap();
    let text = text.as_str().unwrap();
    for name in VICTIM_FORMS.iter().chain(&["Бекмуратов", "Нурлан"]) {
        assert!(!text.contains(name), "{name} on the public site: {text}");
    }
    assert!(text.contains("[ФИО-2]"), "{text}");
    let public_shot = cdp.screenshot("staff-public-act.png");

    let log = runtime
        .block_on(app.registry.audit_log(None, 0, 100))
        .unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    for action in ["login", "view_original", "correct", "publish"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    eprintln!(
        "screenshots: {} {} {} {}",
        login_shot.display(),
        queue_shot.display(),
        review_shot.display(),
        public_shot.display()
    );
}
