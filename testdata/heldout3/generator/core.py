"""The act model and its compiler.

A template writes an act as a sequence of paragraphs; each paragraph is a list of
pieces: plain `str`, `M` (a mention of personal data) or `K` (a span to keep).
`Doc.compile()` concatenates the pieces, records every annotated span at the character
offsets where it lands, applies the layout (hard wrapping, soft hyphens — both replace
one character by one character, so character offsets do not move) and finally converts
the character offsets to UTF-8 byte offsets. A template therefore cannot annotate a
text that is not in the act, and the offsets are exact by construction.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class M:
    """A piece of personal data (always masked)."""

    text: str
    category: str
    entity: str
    role: str | None = None


@dataclass(frozen=True)
class K:
    """A piece that must be kept (officials, courts, statutes, lookalikes...)."""

    text: str
    kind: str
    role: str | None = None


Piece = str | M | K


@dataclass
class Doc:
    act_id: str
    family: str
    language: str
    paras: list[list[Piece]] = field(default_factory=list)
    # layout options, set by the family or the plan
    wrap: int | None = None
    soft_hyphens: bool = False

    def p(self, *pieces: Piece) -> None:
        """Appends one paragraph (pieces may also be nested lists)."""
        flat: list[Piece] = []

        def add(x):
            if x is None or x == "":
                return
            if isinstance(x, (list, tuple)):
                for y in x:
                    add(y)
            else:
                flat.append(x)

        add(pieces)
        self.paras.append(flat)

    def blank(self) -> None:
        self.paras.append([])

    # ------------------------------------------------------------------ compile
    def compile(self, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
        chars: list[str] = []
        spans: list[tuple[int, int, Piece]] = []
        para_bounds: list[tuple[int, int]] = []
        for i, para in enumerate(self.paras):
            if i:
                chars.append("\n")
            start = len(chars)
            for piece in para:
                if isinstance(piece, str):
                    chars.extend(piece)
                else:
                    s = len(chars)
                    chars.extend(piece.text)
                    spans.append((s, len(chars), piece))
            para_bounds.append((start, len(chars)))
        chars.append("\n")

        if self.soft_hyphens:
            # real published acts often carry U+00AD where the author typed a hyphen
            # between letters or between a number and a Kyrgyz suffix
            for j in range(1, len(chars) - 1):
                if chars[j] == "-" and chars[j - 1].isalnum() and chars[j + 1].isalpha():
                    if rng.random() < 0.85:
                        chars[j] = SOFT_HYPHEN
        if self.wrap:
            for a, b in para_bounds:
                width = self.wrap + rng.randint(-3, 3)
                line_start = a
                last_space = None
                j = a
                while j < b:
                    if chars[j] == " ":
                        last_space = j
                    if j - line_start >= width and last_space is not None and last_space > line_start:
                        chars[last_space] = "\n"
                        line_start = last_space + 1
                        last_space = None
                    j += 1

        text = "".join(chars)
        # char offset -> byte offset
        byte_at = [0] * (len(chars) + 1)
        acc = 0
        for j, c in enumerate(chars):
            byte_at[j] = acc
            acc += len(c.encode("utf-8"))
        byte_at[len(chars)] = acc

        mentions, kept = [], []
        for s, e, piece in spans:
            t = text[s:e]
            if t != t.strip():
                raise ValueError(f"{self.act_id}: span with outer whitespace {t!r}")
            entry = {"start": byte_at[s], "end": byte_at[e], "text": t}
            if isinstance(piece, M):
                entry["category"] = piece.category
                entry["entity"] = piece.entity
                if piece.category == "name":
                    entry["role"] = piece.role or "unknown"
                mentions.append(entry)
            else:
                entry["kind"] = piece.kind
                if piece.role:
                    entry["role"] = piece.role
                kept.append(entry)
        mentions.sort(key=lambda x: x["start"])
        kept.sort(key=lambda x: x["start"])
        return text, mentions, kept


def write_act(out_dir, doc: Doc, meta: dict, rng: random.Random) -> dict:
    text, mentions, kept = doc.compile(rng)
    gold = {
        "id": doc.act_id,
        "family": doc.family,
        "language": doc.language,
        "mentions": mentions,
        "kept": kept,
    }
    base = out_dir / doc.act_id
    with open(f"{base}.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(f"{base}.meta.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(f"{base}.gold.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold
