//! End to end in headless Chromium: a stranger is sent to the login form, signs in, opens
//! the held act from the queue, selects a missed name in the original, masks it (every
//! mention follows), publishes, and finds the act masked on the public site after the
//! indexer applies the outbox. Screenshots of each step. Drives the browser over the
//! DevTools protocol, as the public site's browser test does.
//!
//! Needs the Debian `chromium` package (or `CHROMIUM=/path/to/binary`). Without it the
//! test is skipped, except under `CI=true`, where a missing browser fails it.

use crate::fixture::{HELD, PASSWORD, VICTIM, VICTIM_FORMS};
use courtpub_test_browser::{Cdp, chromium, launch};
use serde_json::json;
use std::path::Path;

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
    let (_browser, devtools) = launch(&binary, profile.path(), "1280,900");
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
    let login_shot = cdp.screenshot(Path::new(env!("CARGO_TARGET_TMPDIR")), "staff-login.png");
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
    let queue_shot = cdp.screenshot(Path::new(env!("CARGO_TARGET_TMPDIR")), "staff-queue.png");
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
    let review_shot = cdp.screenshot(Path::new(env!("CARGO_TARGET_TMPDIR")), "staff-review.png");

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
    let public_shot = cdp.screenshot(
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        "staff-public-act.png",
    );

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
