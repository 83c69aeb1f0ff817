//! End to end in headless Chromium: search from the home page with the keyboard, filter by
//! court, open an act, save screenshots. Drives the browser over the DevTools protocol.
//!
//! Needs the Debian `chromium` package (or `CHROMIUM=/path/to/binary`). Without it the
//! test is skipped, except under `CI=true`, where a missing browser fails it.

use courtpub_test_browser::{Cdp, chromium, launch};
use serde_json::json;
use std::path::Path;

#[test]
fn search_filter_and_open_an_act_in_chromium() {
    let Some(binary) = chromium() else {
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
    let (_browser, devtools) = launch(&binary, profile.path(), "412,915");
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
    let search_shot = cdp.screenshot(Path::new(env!("CARGO_TARGET_TMPDIR")), "e2e-search.png");

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
    let act_shot = cdp.screenshot(Path::new(env!("CARGO_TARGET_TMPDIR")), "e2e-act.png");
    eprintln!(
        "screenshots: {} {}",
        search_shot.display(),
        act_shot.display()
    );
}
