#!/usr/bin/env bash
# Quality and speed of the engine and of the Natasha reference on the same acts, in one run.
#   pip install -r crates/depersonalize/benches/natasha_requirements.txt
#   bash crates/depersonalize/benches/compare_natasha.sh [ACTS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
acts="${1:-testdata/acts}"
cargo build --release -q -p courtpub-depersonalize --example evaluate
bin="${CARGO_TARGET_DIR:-target}/release/examples/evaluate"
echo "== courtpub engine (dictionary load included)"
/usr/bin/time -f "wall %e s, cpu %U s" "$bin" "$acts"
echo "== natasha 1.6.0 + regexes"
python3 crates/depersonalize/benches/natasha_reference.py --acts "$acts"
