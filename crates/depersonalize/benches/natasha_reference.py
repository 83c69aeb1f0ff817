#!/usr/bin/env python3
"""Reference depersonalizer: what users would otherwise pick (Natasha + simple regexes).

Masks every act in testdata/acts/ with natasha 1.6.0's PER/LOC NER (NewsEmbedding +
NewsNERTagger over Segmenter sentences; PER spans normalized with MorphVocab so that the
same person gets the same pseudonym) plus simple regexes for PINs, phones, passports,
e-mails, car plates and dates of birth, and scores it against the *.gold.json ground truth
(format: testdata/README.md). Same metrics as `courtpub eval`, defined on tokens (maximal
runs of letters/digits):

  leaked      a gold mention with at least one token not fully inside masked text
  over-masked a "kept" item with at least one token touching masked text
  kept share  tokens outside every gold mention that touch no masked text / all such tokens
  speed       acts/s and MB/s of UTF-8 text, one process, model load timed separately;
              also per CPU-second of this process (steadier on a shared machine)

    pip install -r crates/depersonalize/benches/natasha_requirements.txt
    python3 crates/depersonalize/benches/natasha_reference.py [--acts DIR] [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# one process, one thread: numpy's BLAS would otherwise use every core
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[3]

# ---------------------------------------------------------------- regexes for numbers
# These are the "simple regexes" a user would add next to an NER model; each maps to the
# courtpub category it stands for.
MONTHS = (
    r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|"
    r"сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"
)
DATE = rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}})"
BIRTH_CUE = r"\s*(?:-?\s*ж\.|-?\s*жылы)?\s*(?:г\.\s*р\.?|года\s+рождения|г\.\s*рожд|туулган)"
PATTERNS = [
    ("pin", re.compile(r"(?<!\d)[12](?:\s?\d){13}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("phone", re.compile(r"(?:\+996|\b996|(?<![\d-])0)(?:[\s()\-]*\d){8,9}(?![\d-])")),
    ("passport", re.compile(r"\b(?:ID|AN|AC|AA|ИД|АН)\s?№?\s?\d{7}\b", re.IGNORECASE)),
    ("plate", re.compile(r"\b\d{2}\s?KG\s?\d{3}\s?[A-ZА-Я]{3}\b|\b[A-ZА-Я]\s?\d{4}\s?[A-ZА-Я]{1,2}\b")),
    ("account", re.compile(r"(?<!\d)\d{16,20}(?!\d)")),
    ("birth_date", re.compile(rf"{DATE}(?={BIRTH_CUE})", re.IGNORECASE)),
    ("birth_date", re.compile(rf"(?<=рождения\s){DATE}|(?<=родившегося\s){DATE}|(?<=родившейся\s){DATE}|(?<=рожд\.\s){DATE}", re.IGNORECASE)),
    ("birth_date", re.compile(rf"(?<!\d)\d{{4}}(?={BIRTH_CUE})", re.IGNORECASE)),
]

TOKEN_RE = re.compile(r"[^\W_]+")


class Reference:
    """Natasha pipeline loaded once; mask() is what is timed."""

    def __init__(self, entities: set[str]) -> None:
        from natasha import MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        self.emb = NewsEmbedding()
        self.ner = NewsNERTagger(self.emb)
        self.entities = entities

    def spans(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, category, replacement) in character offsets."""
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        out = []
        persons: dict[str, int] = {}
        for span in doc.spans:
            if span.type not in self.entities:
                continue
            if span.type == "PER":
                span.normalize(self.morph_vocab)
                key = (span.normal or span.text).lower()
                n = persons.setdefault(key, len(persons) + 1)
                out.append((span.start, span.stop, "name", f"[ФИО-{n}]"))
            elif span.type == "LOC":
                out.append((span.start, span.stop, "address", "[МЕСТО]"))
        for cat, rx in PATTERNS:
            for m in rx.finditer(text):
                out.append((m.start(), m.end(), cat, f"[{cat.upper()}]"))
        return out

    def mask(self, text: str) -> tuple[str, bytearray]:
        spans = self.spans(text)
        covered = bytearray(len(text))
        for s, e, _, _ in spans:
            covered[s:e] = b"\x01" * (e - s)
        # masked text: merge overlapping spans, first replacement wins
        parts, pos = [], 0
        for s, e, _, rep in sorted(spans):
            if s < pos:
                continue
            parts.append(text[pos:s])
            parts.append(rep)
            pos = e
        parts.append(text[pos:])
        return "".join(parts), covered


def char_offsets(text: str) -> list[int]:
    """byte offset -> char offset table (len = bytes + 1)."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def tokens_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in TOKEN_RE.finditer(text[start:end])]


def score_act(text: str, gold: dict, covered: bytearray, stats: dict) -> None:
    b2c = char_offsets(text)

    def cspan(item):
        s, e = b2c[item["start"]], b2c[item["end"]]
        if text[s:e] != item["text"]:
            raise SystemExit(f"error: {gold.get('id')}: gold offsets {item['start']}..{item['end']} do not match its text; regenerate testdata")
        return s, e

    personal = bytearray(len(text))
    for m in gold.get("mentions", []):
        s, e = cspan(m)
        personal[s:e] = b"\x01" * (e - s)
        cat = m["category"]
        stats["gold"][cat] += 1
        toks = tokens_in(text, s, e)
        if any(not all(covered[ts:te]) for ts, te in toks):
            stats["leaked"][cat] += 1
            if len(stats["leak_examples"][cat]) < 5:
                stats["leak_examples"][cat].append(f"{gold.get('id')}: {m['text']}")
    for k in gold.get("kept", []):
        s, e = cspan(k)
        kind = k["kind"]
        stats["kept"][kind] += 1
        if any(any(covered[ts:te]) for ts, te in tokens_in(text, s, e)):
            stats["over"][kind] += 1
    for m in TOKEN_RE.finditer(text):
        if any(personal[m.start() : m.end()]):
            continue
        stats["np_tokens"] += 1
        if not any(covered[m.start() : m.end()]):
            stats["np_kept"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--acts", type=Path, default=REPO / "testdata" / "acts", help="folder with <id>.txt and <id>.gold.json")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--entities", default="PER,LOC", help="Natasha entity types to mask (PER, LOC, ORG); default PER,LOC")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N acts (0 = all)")
    args = ap.parse_args()

    acts = []
    for gold_path in sorted(args.acts.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if txt.exists():
            acts.append((txt.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))))
    if args.limit:
        acts = acts[: args.limit]
    if not acts:
        print(f"error: no <id>.txt with <id>.gold.json in {args.acts}; generate testdata first", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    entities = {e.strip().upper() for e in args.entities.split(",") if e.strip()}
    ref = Reference(entities)
    load_s = time.perf_counter() - t0

    masked = []
    t0, c0 = time.perf_counter(), time.process_time()
    for text, _ in acts:
        masked.append(ref.mask(text))
    mask_s = time.perf_counter() - t0
    # CPU time of this process: the per-core figure, less disturbed by other load
    mask_cpu_s = time.process_time() - c0
    nbytes = sum(len(t.encode("utf-8")) for t, _ in acts)

    stats = {
        "gold": Counter(), "leaked": Counter(), "kept": Counter(), "over": Counter(),
        "np_tokens": 0, "np_kept": 0, "leak_examples": defaultdict(list),
    }
    for (text, gold), (_, covered) in zip(acts, masked):
        score_act(text, gold, covered, stats)

    import natasha  # noqa: F401  (version for the report)
    from importlib.metadata import version

    result = {
        "reference": f"natasha {version('natasha')} {'/'.join(sorted(entities))} NER + regexes",
        "acts": len(acts),
        "bytes": nbytes,
        "model_load_s": round(load_s, 3),
        "mask_s": round(mask_s, 3),
        "acts_per_s": round(len(acts) / mask_s, 3),
        "mb_per_s": round(nbytes / 1e6 / mask_s, 4),
        "mask_cpu_s": round(mask_cpu_s, 3),
        "acts_per_cpu_s": round(len(acts) / mask_cpu_s, 3),
        "mb_per_cpu_s": round(nbytes / 1e6 / mask_cpu_s, 4),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "mentions": {
            c: {
                "gold": stats["gold"][c],
                "leaked": stats["leaked"][c],
                "leaked_pct": round(100 * stats["leaked"][c] / stats["gold"][c], 2),
                "leak_examples": stats["leak_examples"][c],
            }
            for c in sorted(stats["gold"])
        },
        "kept": {
            k: {
                "items": stats["kept"][k],
                "over_masked": stats["over"][k],
                "kept_pct": round(100 * (1 - stats["over"][k] / stats["kept"][k]), 2),
            }
            for k in sorted(stats["kept"])
        },
        "non_personal_tokens": stats["np_tokens"],
        "non_personal_kept_pct": round(100 * stats["np_kept"] / max(1, stats["np_tokens"]), 2),
    }
    tg = sum(stats["gold"].values())
    tl = sum(stats["leaked"].values())
    result["mentions_total"] = {"gold": tg, "leaked": tl, "leaked_pct": round(100 * tl / max(1, tg), 2)}
    tk = sum(stats["kept"].values())
    to = sum(stats["over"].values())
    result["kept_total"] = {"items": tk, "over_masked": to, "kept_pct": round(100 * (1 - to / max(1, tk)), 2)}

    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['reference']} on {len(acts)} acts ({nbytes / 1e6:.2f} MB) from {args.acts}")
    print(f"model load {load_s:.2f} s; masking {mask_s:.2f} s = {result['acts_per_s']:.2f} acts/s, {result['mb_per_s']:.4f} MB/s (one process)")
    print(f"masking CPU time {mask_cpu_s:.2f} s = {result['acts_per_cpu_s']:.2f} acts per CPU-s, {result['mb_per_cpu_s']:.4f} MB per CPU-s; load average {result['load_average_1m']}")
    print()
    print(f"{'category':<15}{'gold':>8}{'leaked':>8}{'leaked %':>10}")
    for c, r in result["mentions"].items():
        print(f"{c:<15}{r['gold']:>8}{r['leaked']:>8}{r['leaked_pct']:>10.2f}")
    r = result["mentions_total"]
    print(f"{'all':<15}{r['gold']:>8}{r['leaked']:>8}{r['leaked_pct']:>10.2f}")
    print()
    print(f"{'kept kind':<15}{'items':>8}{'over':>8}{'kept %':>10}")
    for k, r in result["kept"].items():
        print(f"{k:<15}{r['items']:>8}{r['over_masked']:>8}{r['kept_pct']:>10.2f}")
    r = result["kept_total"]
    print(f"{'all':<15}{r['items']:>8}{r['over_masked']:>8}{r['kept_pct']:>10.2f}")
    print()
    print(f"non-personal tokens kept: {result['non_personal_kept_pct']:.2f} % of {result['non_personal_tokens']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
