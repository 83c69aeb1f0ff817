use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::Masking;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One engine for all tests: the committed dictionaries and default policy.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let policy = Policy::from_file(&repo().join("config/policy.toml")).expect("policy");
        Engine::load(&repo().join("dictionaries"), policy).expect("dictionaries")
    })
}

pub fn mask(text: &str) -> Masking {
    engine().mask_with_judges(text, &[])
}
