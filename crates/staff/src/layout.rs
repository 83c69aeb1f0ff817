//! The page shell: one inline style sheet, a header with navigation and the language
//! switch, accessible landmarks. No external resources.

use crate::auth::Staff;
use crate::i18n::Lang;
use courtpub_registry::StaffRole;
use maud::{DOCTYPE, Markup, PreEscaped, html};

const STYLE: &str = r#"
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
header{background:#123a5a;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header a{color:#fff}header button{color:#fff;background:transparent;border:1px solid #fff}header nav{display:flex;gap:1rem;flex-wrap:wrap}
header .who{margin-left:auto;display:flex;gap:.75rem;align-items:center}
main{padding:1rem;max-width:1400px;margin:0 auto}
a{color:#0b4f8a}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f2a900;outline-offset:2px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f6}
.notice{background:#e6f4ea;border:1px solid #8bc79a;padding:.5rem 1rem}
.error{background:#fdecea;border:1px solid #e0a09a;padding:.5rem 1rem}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media(max-width:900px){.columns{grid-template-columns:1fr}}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ccd;padding:.75rem;max-height:70vh;overflow:auto;font-family:Georgia,serif}
mark{background:#ffe28a;border-bottom:2px solid #b58900;padding:0 1px}
mark.name{background:#ffd0d0;border-color:#b00020}mark.address{background:#d0e8ff;border-color:#0b4f8a}
mark.staff{outline:2px dashed #2e7d32}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:1rem 0}
.actions form{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap}
button{font:inherit;padding:.3rem .8rem;cursor:pointer}
button.primary{background:#1e6b34;color:#fff;border:1px solid #14502a}
button.danger{background:#a4161a;color:#fff;border:1px solid #7c0f12}
label{display:block;font-weight:600}
.inline{display:inline}
.login{max-width:22rem;margin:3rem auto;background:#fff;padding:1.5rem;border:1px solid #ccd}
.login input{width:100%;padding:.4rem;margin-bottom:.75rem;font:inherit}
"#;

/// A complete page. `staff` is None on the login page.
pub fn page(lang: Lang, staff: Option<&Staff>, title: &str, body: Markup) -> Markup {
    let t = lang.t();
    let other = lang.other();
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " — " (t.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    strong { (t.title) }
                    @if let Some(staff) = staff {
                        nav aria-label=(t.title) {
                            a href="/queue" { (t.nav_queue) }
                            a href="/stats" { (t.nav_stats) }
                            @if staff.role == StaffRole::Admin {
                                a href="/audit" { (t.nav_audit) }
                            }
                        }
                        div.who {
                            span { (t.signed_in_as) " " (staff.display_name) " (" (staff.role.as_str()) ")" }
                            a href={ "?lang=" (other.code()) } lang=(other.code()) { (other.native_name()) }
                            form.inline method="post" action="/logout" {
                                input type="hidden" name="csrf" value=(staff.csrf);
                                button type="submit" id="logout" { (t.logout) }
                            }
                        }
                    } @else {
                        div.who {
                            a href={ "?lang=" (other.code()) } lang=(other.code()) { (other.native_name()) }
                        }
                    }
                }
                main id="main" { (body) }
            }
        }
    }
}

/// A page with one message (errors).
pub fn message_page(lang: Lang, message: &str) -> Markup {
    let t = lang.t();
    page(
        lang,
        None,
        message,
        html! {
            p.error role="alert" { (message) }
            p { a href="/queue" { (t.back_to_queue) } }
        },
    )
}
