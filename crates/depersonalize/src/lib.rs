//! courtpub-depersonalize: placeholder, being written.
