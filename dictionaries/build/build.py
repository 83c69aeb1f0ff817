#!/usr/bin/env python3
"""Build courtpub's name, place and allow-list dictionaries.

Reproducible: the output depends only on the pinned packages in requirements.txt and on
the hand-written lists in build/sources/. Every output is sorted, deduplicated, UTF-8
with LF line ends, and carries no timestamp, so two runs give the same bytes.

    pip install -r dictionaries/build/requirements.txt
    python3 dictionaries/build/build.py            # writes dictionaries/*.txt
    python3 dictionaries/build/build.py --check    # exit 1 if the committed files differ

Sources:
  * OpenCorpora dictionary as shipped in pymorphy3-dicts-ru (data CC BY-SA 3.0):
    lemmas tagged Name / Surn / Patr, and its corpus tag probabilities (P(t|w)) for
    the automatic allow-list.
  * russiannames 2.0.0 (BSD-3-Clause, (c) 2018 Ivan Begtin): names, surnames and
    midnames tables with counts, gender and (sometimes) ethnic labels.
  * natasha 1.6.0 (MIT, (c) Natasha project): data/dict/first.txt and last.txt.
  * build/sources/*.txt: lists written for courtpub (Apache-2.0, like the project).
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SRC = HERE / "sources"

# Origin codes (third field of first_names/surnames). See dictionaries/README.md.
HAND_ORIGINS = ["ky", "kk", "uz", "tg", "dng", "ug", "tt", "ko", "tr", "ru"]
CENTRAL_ASIAN = {"ky", "kk", "uz", "tg", "dng", "ug", "tt", "tr"}
RN_ETHNIC = {
    "slav": "ru",
    "tur": "turk",
    "arab": "arab",
    "arm": "arm",
    "geor": "geo",
    "jew": "jew",
    "germ": "de",
    "polsk": "pl",
    "cz": "cz",
    "greek": "el",
}

# Minimum counts in russiannames tables: below them the tables hold many typos.
RN_MIN_NAME = 2
RN_MIN_SURNAME = 3
RN_MIN_MIDNAME = 2
# Male first names with at least this count in russiannames get generated patronymics.
RN_MIN_NAME_FOR_PATR = 10
# Share of non-name readings in OpenCorpora's corpus for the automatic allow-list.
ALLOW_MIN_COMMON_P = 0.5
# Plain common words (never a name in OpenCorpora) shorter than this are left out.
PLAIN_MIN_CHARS = 4

LOWER = "а-яёөүңәғқұһі"
UPPER = "А-ЯЁӨҮҢӘҒҚҰҺІ"
PART = f"[{UPPER}][{LOWER}]+"
NAME_RE = re.compile(f"^{PART}(?:-{PART})*$")
LOWER_WORD_RE = re.compile(f"^[{LOWER}]+(?:-[{LOWER}]+)*$")
# typos seen in the russiannames tables: "Айгульь", "Ьян", "Аъ"
BAD_RE = re.compile(r"[ьъ]{2}|^.?[ЬЪьъ]|[ьъ][ьъыЬЪЫ]|(.)\1\1")
# word forms that look like an inflected surname: an allow-list entry with this shape
# is marked "surname-like" so the engine can honour it only in lowercase
SURNAME_FORM_RE = re.compile(
    r"(ов|ев|ёв|ин|ын|ым|ой|ых|их|ому|ова|ева|ёва|ина|ына|ову|еву|ину|овым|евым|иным|ский|ская|ского|ской|цкий|цкая)$"
)
# Russian endings the engine strips before a lookup (crates/depersonalize morph.rs), so an
# allow-list entry also blocks every name that shares its stem: "семена" blocks "Семён".
ENGINE_RU_ENDINGS = (
    "ыми ими ого его ому ему ою ею ой ей ом ем ым им ых их ую юю ая яя ий ый ью а я у ю ы и е ь й"
).split()
# russiannames first names at least this frequent are never blocked by an automatic entry
PROTECT_MIN_COUNT = 300


def engine_keys(word: str) -> set[str]:
    w = word.lower().replace("ё", "е")
    for e in ENGINE_RU_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return {w, w[: -len(e)]}
    return {w}


VOWELS = set("аеёиоуыэюяөүәұі")


def title(word: str) -> str:
    """Title-case every hyphen-separated part: "кара-суу" -> "Кара-Суу"."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def merge_gender(genders: set[str]) -> str:
    specific = genders - {"u"}
    if len(specific) == 1:
        return next(iter(specific))
    return "u"


def ky_to_ru_variants(name: str) -> set[str]:
    """Russian-style spellings of a Kyrgyz/Kazakh spelling: Айгүл -> Айгуль, Чүй -> Чуй."""
    out = set()
    plain = name
    for a, b in (
        ("ү", "у"), ("Ү", "У"), ("ө", "о"), ("Ө", "О"), ("ң", "н"), ("Ң", "Н"),
        ("ә", "а"), ("Ә", "А"), ("ғ", "г"), ("Ғ", "Г"), ("қ", "к"), ("Қ", "К"),
        ("ұ", "у"), ("Ұ", "У"), ("һ", "х"), ("Һ", "Х"), ("і", "и"), ("І", "И"),
    ):
        plain = plain.replace(a, b)
    if plain != name:
        out.add(plain)
    # гүл / гул before a consonant or at the end is written "гуль" in Russian texts.
    soft = re.sub(r"([Гг])[үу]л(?=$|[^аеёиоуыэюяөүьaeiou])", r"\1уль", name)
    soft2 = re.sub(r"([Гг])[үу]л(?=$|[^аеёиоуыэюяөүьaeiou])", r"\1уль", plain)
    for s in (soft, soft2):
        if s != name:
            out.add(s)
    return out


def surname_gender(s: str) -> str:
    low = s.lower()
    if re.search(r"(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$", low):
        return "m"
    if re.search(r"(ова|ева|ёва|ина|ына|ская|цкая)$", low):
        return "f"
    return "u"


def other_gender_forms(s: str, gender: str) -> list[tuple[str, str]]:
    """Асанов -> Асанова (f); Асанова (f) -> Асанов (m); -ский -> -ская."""
    low = s.lower()
    out = []
    if gender in ("m", "u") and re.search(r"(ов|ев|ёв|ин|ын)$", low) and len(s) >= 4:
        out.append((s + "а", "f"))
    elif gender in ("f", "u") and re.search(r"(ова|ева|ёва|ина|ына)$", low) and len(s) >= 5:
        out.append((s[:-1], "m"))
    if re.search(r"(ский|цкий)$", low):
        out.append((s[:-2] + "ая", "f"))
    elif re.search(r"(ская|цкая)$", low):
        out.append((s[:-2] + "ий", "m"))
    return out


def surnames_from_first_name(name: str) -> list[tuple[str, str]]:
    """Central Asian surnames formed from a father's name: Жумабек -> Жумабеков/а."""
    low = name.lower()
    if len(low) < 3:
        return []
    last = low[-1]
    if low.endswith("й"):
        stem = name[:-1] + "ев"
    elif last == "ь":
        stem = name[:-1] + "ев"
    elif last in VOWELS or last in "жшчщц":
        stem = name + "ев"
    else:
        stem = name + "ов"
    return [(stem, "m"), (stem + "а", "f")]


def patronymics_from_first_name(name: str, origins: set[str]) -> list[tuple[str, str]]:
    """Russian-style patronymics of a male first name (Жумабек -> Жумабекович/Жумабековна)."""
    low = name.lower()
    if len(low) < 2:
        return []
    russian = "ru" in origins and not (origins & CENTRAL_ASIAN)
    if low.endswith("ий") and russian:
        stem = name[:-2] + "ьев"
    elif low.endswith("й"):
        stem = name[:-1] + "ев"
    elif low.endswith("ь"):
        stem = name[:-1] + "ев"
    elif low[-1] in "аяо" and russian:
        if low == "илья":
            return [("Ильич", "m"), ("Ильинична", "f")]
        return [(name[:-1] + "ич", "m"), (name[:-1] + "ична", "f")]
    elif low[-1] in VOWELS or low[-1] in "жшчщц":
        stem = name + "ев"
    else:
        stem = name + "ов"
    return [(stem + "ич", "m"), (stem + "на", "f")]


class Table:
    """name -> genders, origins, extra; merged over sources."""

    def __init__(self) -> None:
        self.genders: dict[str, set[str]] = defaultdict(set)
        self.origins: dict[str, set[str]] = defaultdict(set)
        self.extra: dict[str, set[str]] = defaultdict(set)

    def add(
        self, name: str, gender: str, origin: str | None = None, extra: str | None = None, min_len: int = 3
    ) -> bool:
        """Adds an entry; automatic sources need 3 letters (2-letter entries there are
        mostly noise that hits prepositions: "По", "До", "Во"), hand lists pass min_len=2."""
        if not NAME_RE.match(name) or len(name) < min_len or BAD_RE.search(name):
            return False
        self.genders[name].add(gender if gender in ("m", "f", "u") else "u")
        if origin:
            self.origins[name].add(origin)
        if extra:
            self.extra[name].add(extra)
        return True

    def __contains__(self, name: str) -> bool:
        return name in self.genders

    def rows(self, with_extra: bool = False) -> list[str]:
        rows = []
        for name in self.genders:
            origins = self.origins.get(name) or {"unk"}
            if len(origins) > 1:
                origins = origins - {"unk"}
            fields = [name, merge_gender(self.genders[name]), ",".join(sorted(origins))]
            if with_extra:
                fields = [name, merge_gender(self.genders[name]), ",".join(sorted(self.extra.get(name, set())))]
            rows.append("\t".join(fields))
        return rows


def read_sections(path: Path) -> list[tuple[str, str]]:
    """Hand lists: `[m]`/`[f]`/`[u]` (or any `[word]`) sections of space-separated entries."""
    out = []
    section = "u"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"\[([a-z_]+)\]", line)
        if m:
            section = m.group(1)
            continue
        for entry in line.split():
            out.append((entry.replace("_", " "), section))
    return out


def read_line_sections(path: Path) -> list[tuple[str, str]]:
    """Hand lists: `[kind]` sections, one entry per line (entries may contain spaces)."""
    out = []
    section = "other"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"\[([a-z_]+)\]", line)
        if m:
            section = m.group(1)
            continue
        out.append((re.sub(r"\s+", " ", line), section))
    return out


def read_tsv(path: Path) -> list[list[str]]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        out.append([f.strip() for f in line.split("\t")])
    return out


# ---------------------------------------------------------------- OpenCorpora

def load_opencorpora():
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    d = morph.dictionary
    cache: dict[tuple[int, int], tuple[str, str] | None] = {}
    names, surns, patrs = [], [], []
    gmap = {"masc": "m", "femn": "f", "ms-f": "u"}
    for word, (para, idx) in d.words.iteritems():
        key = (para, idx)
        info = cache.get(key, False)
        if info is False:
            tag = d.build_tag_info(para, idx)
            info = None
            if "nomn" in tag and "sing" in tag and tag.POS == "NOUN":
                for kind in ("Name", "Surn", "Patr"):
                    if kind in tag:
                        info = (kind, gmap.get(tag.gender, "u"))
                        break
            cache[key] = info
        if info is None:
            continue
        kind, gender = info
        {"Name": names, "Surn": surns, "Patr": patrs}[kind].append((title(word), gender))
    return morph, names, surns, patrs


def corpus_common_words(morph) -> dict[str, tuple[float, str]]:
    """Words of OpenCorpora's annotated corpus whose non-name readings have P >= threshold."""
    per_word: dict[str, dict[str, float]] = defaultdict(dict)
    pe = morph.prob_estimator.p_t_given_w
    for key, value in pe.items():
        word, tag = key.rsplit(":", 1)
        per_word[word][tag] = value / pe.MULTIPLIER
    out = {}
    for word, tags in per_word.items():
        if not LOWER_WORD_RE.match(word) or len(word) < 3:
            continue
        common = {t: p for t, p in tags.items() if not re.search(r"\b(Name|Surn|Patr|Init|Abbr)\b", t)}
        pc = sum(common.values())
        if pc >= ALLOW_MIN_COMMON_P:
            best = max(sorted(common), key=lambda t: common[t])
            out[word] = (pc, best.split(",", 1)[0].split(" ", 1)[0])
    return out


def corpus_plain_words(morph) -> dict[str, str]:
    """Words of OpenCorpora's annotated corpus that are never a name: no reading in the
    corpus and no parse in the dictionary carries Name/Surn/Patr (nor Init, Abbr, Geox,
    Orgn, Trad). Value: the most probable part of speech."""
    per_word: dict[str, dict[str, float]] = defaultdict(dict)
    pe = morph.prob_estimator.p_t_given_w
    for key, value in pe.items():
        word, tag = key.rsplit(":", 1)
        per_word[word][tag] = value / pe.MULTIPLIER
    banned = re.compile(r"\b(Name|Surn|Patr|Init|Abbr|Geox|Orgn|Trad)\b")
    out = {}
    for word, tags in per_word.items():
        if not LOWER_WORD_RE.match(word) or len(word) < PLAIN_MIN_CHARS:
            continue
        if any(banned.search(t) for t in tags):
            continue
        if any(banned.search(str(p.tag)) for p in morph.parse(word)):
            continue
        best = max(sorted(tags), key=lambda t: tags[t])
        out[word] = best.split(",", 1)[0].split(" ", 1)[0]
    return out


def has_name_parse(morph, word: str) -> str | None:
    for p in morph.parse(word):
        for kind in ("Name", "Surn", "Patr"):
            if kind in p.tag:
                return kind
    return None


# ---------------------------------------------------------------- russiannames / natasha

def rn_table(dataset: str) -> list[dict]:
    import duckdb
    from importlib import resources

    path = str(resources.files("russiannames").joinpath("data", f"{dataset}.parquet"))
    con = duckdb.connect(database=":memory:")
    cur = con.execute(f"SELECT * FROM read_parquet(?) ORDER BY text", [path])
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    con.close()
    return rows


def rn_origins(row: dict) -> set[str]:
    out = set()
    for e in row.get("ethnic") or []:
        code = RN_ETHNIC.get(str(e).strip())
        if code:
            out.add(code)
    return out


def natasha_list(name: str) -> list[str]:
    from natasha.data import DICT_DIR, load_dict

    return sorted(set(w for w in load_dict(os.path.join(DICT_DIR, name)) if w))


# ---------------------------------------------------------------- outputs

LICENCE_MIXED = (
    "CC BY-SA 3.0 as a whole (it contains OpenCorpora data); russiannames parts BSD-3-Clause "
    "(c) 2018 Ivan Begtin; natasha parts MIT (c) Natasha project; lists written for courtpub "
    "Apache-2.0. Notices in dictionaries/LICENSES/"
)


def versions() -> str:
    return ", ".join(
        f"{p}=={md.version(p)}" for p in ("pymorphy3-dicts-ru", "russiannames", "natasha")
    )


def render(name: str, fields: str, sources: list[str], licence: str, rows: list[str]) -> str:
    rows = sorted(set(rows))
    head = [
        f"# courtpub dictionary {name}: built by dictionaries/build/build.py, do not edit by hand",
        f"# fields (TAB-separated): {fields}",
    ]
    head += [f"# source: {s}" for s in sources]
    head += [f"# licence: {licence}", f"# entries: {len(rows)}"]
    return "\n".join(head + rows) + "\n"


def build() -> dict[str, str]:
    morph, oc_names, oc_surns, oc_patrs = load_opencorpora()
    print(f"opencorpora: {len(oc_names)} Name, {len(oc_surns)} Surn, {len(oc_patrs)} Patr nominatives", file=sys.stderr)

    # ---- first names
    first = Table()
    hand_male: dict[str, set[str]] = defaultdict(set)  # Central Asian + hand male names
    hand_all: set[str] = set()
    for origin in HAND_ORIGINS:
        path = SRC / f"names_{origin}.txt"
        if not path.exists():
            continue
        for name, gender in read_sections(path):
            variants = {name} | ky_to_ru_variants(name)
            for v in variants:
                hand_all.add(v)
                if not first.add(v, gender, origin, min_len=2):
                    print(f"warning: bad name {v!r} in {path.name}", file=sys.stderr)
                if gender in ("m", "u"):
                    hand_male[v].add(origin)
    # productive Kyrgyz compounding (roots x elements)
    comp = defaultdict(list)
    for entry, section in read_sections(SRC / "compounds_ky.txt"):
        comp[section].append(entry)
    compounds = 0
    for g, roots, elems in (("m", "roots_m", "elements_m"), ("f", "roots_f", "elements_f")):
        for root in sorted(set(comp[roots])):
            for el in sorted(set(comp[elems])):
                if root.lower() == el or root.lower().endswith(el):
                    continue
                if el.startswith(("а", "ы")) and root[-1].lower() in VOWELS:
                    continue  # Жума + алы: not a name shape
                name = root + el
                for v in {name} | ky_to_ru_variants(name):
                    if first.add(v, g, "ky", min_len=2):
                        compounds += 1
                        hand_all.add(v)
                        if g == "m":
                            hand_male[v].add("ky")
    # Uzbek/Tajik affectionate forms used as official names in the Fergana valley:
    # male + жон (Алишержон, Дилшоджон), female + хон (Саодатхон, Зулфияхон)
    for origin in ("uz", "tg"):
        path = SRC / f"names_{origin}.txt"
        for name, gender in read_sections(path):
            low = name.lower()
            if gender == "m" and low[-1] not in VOWELS and not low.endswith(("жон", "бек", "жан")):
                extra = name + "жон"
            elif gender == "f" and not low.endswith("хон"):
                extra = name + "хон"
            else:
                continue
            if first.add(extra, gender, origin, min_len=2):
                compounds += 1
                hand_all.add(extra)
                if gender == "m":
                    hand_male[extra].add(origin)
    print(f"kyrgyz and uzbek compounds: {compounds} first-name spellings", file=sys.stderr)
    rn_names = rn_table("names")
    rn_male_for_patr = set()
    for row in rn_names:
        text = row["text"] or ""
        if (row["count"] or 0) < RN_MIN_NAME or not NAME_RE.match(text):
            continue
        origins = rn_origins(row) or {None}
        for o in origins:
            first.add(text, row.get("gender") or "u", o)
        if row.get("gender") == "m" and (row["count"] or 0) >= RN_MIN_NAME_FOR_PATR:
            rn_male_for_patr.add(text)
    for name, gender in oc_names:
        first.add(name, gender)
    for w in natasha_list("first.txt"):
        first.add(title(w), "u")

    # ---- surnames
    sur = Table()
    for name, gender in oc_surns:
        sur.add(name, gender)
    for row in rn_table("surnames"):
        text = row["text"] or ""
        if (row["count"] or 0) < RN_MIN_SURNAME or not NAME_RE.match(text):
            continue
        g = row.get("gender") or surname_gender(text)
        origins = rn_origins(row) or {None}
        for o in origins:
            sur.add(text, g, o)
        ff = row.get("f_form")
        if ff and NAME_RE.match(ff):
            for o in origins:
                sur.add(ff, "f", o)
    rn_sur = set(sur.genders)
    dropped_natasha = 0
    for w in natasha_list("last.txt"):
        t = title(w)
        if len(w) < 3 or not NAME_RE.match(t):
            continue
        if t not in rn_sur and morph.word_is_known(w) and not has_name_parse(morph, w):
            dropped_natasha += 1  # a common word, not a surname (e.g. adjectives)
            continue
        sur.add(t, surname_gender(t))
    print(f"natasha last.txt: dropped {dropped_natasha} common words", file=sys.stderr)
    for name, origins in sorted(hand_male.items()):
        if origins & CENTRAL_ASIAN:
            for s, g in surnames_from_first_name(name):
                for o in origins & CENTRAL_ASIAN:
                    sur.add(s, g, o)
            # -бек / -бай names are used as surnames as they are (Kyrgyz practice)
            if re.search(r"(бек|бай|беков|баев)$", name.lower()):
                for o in origins & CENTRAL_ASIAN:
                    sur.add(name, "u", o)
    hand_sur = SRC / "surnames_hand.txt"
    for fields in read_tsv(hand_sur):
        for entry in fields[2].split() if len(fields) > 2 else []:
            for v in {entry} | ky_to_ru_variants(entry):
                sur.add(v, fields[1], fields[0], min_len=2)
    # the other gender's form of -ов/-ев/-ин/-ский surnames
    for s in sorted(sur.genders):
        g = merge_gender(sur.genders[s])
        for s2, g2 in other_gender_forms(s, g):
            for o in sorted(sur.origins.get(s, set())) or [None]:
                sur.add(s2, g2, o)

    # ---- patronymics
    patr = Table()
    for name, gender in oc_patrs:
        patr.add(name, gender)
    for row in rn_table("midnames"):
        text = row["text"] or ""
        if (row["count"] or 0) < RN_MIN_MIDNAME or not NAME_RE.match(text):
            continue
        patr.add(text, row.get("gender") or ("f" if text.endswith("на") else "m"), extra=row.get("fname"))
    bases: dict[str, set[str]] = defaultdict(set)
    for name, origins in hand_male.items():
        bases[name] |= origins
    for name in rn_male_for_patr:
        bases[name] |= first.origins.get(name, set()) or {"unk"}
    for name, gender in oc_names:
        if gender == "m":
            bases[name] |= first.origins.get(name, set()) or {"ru"}
    for name in sorted(bases):
        for p, g in patronymics_from_first_name(name, bases[name]):
            patr.add(p, g, extra=name)

    # ---- places and streets (written for courtpub)
    places = set()
    for e, kind in read_line_sections(SRC / "places_kg.txt"):
        for v in {e} | ky_to_ru_variants(e):
            places.add(f"{v}\t{kind}")
    streets = set()
    for e, kind in read_line_sections(SRC / "streets_kg.txt"):
        for v in {e} | ky_to_ru_variants(e):
            streets.add(f"{v}\t{kind}")

    # ---- suffix rules (written for courtpub)
    suffixes = set()
    kind = "other"
    for raw in (SRC / "suffixes.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        m = re.fullmatch(r"\[([a-z_0-9]+)\]", line.strip())
        if m:
            kind = m.group(1)
            continue
        if not line.strip():
            continue
        suffix, gender, note = (line.split("\t") + ["", ""])[:3]
        suffixes.add(f"{suffix.strip()}\t{kind}\t{gender.strip()}\t{note.strip()}")

    # ---- allow-list
    allow: dict[str, str] = {}
    for w, reason in read_sections(SRC / "allow_hand.txt"):
        allow.setdefault(w.lower(), f"hand:{reason}")
    # names an automatic entry must never block: every courtpub hand-listed name and the
    # frequent russiannames names, compared by the engine's stems
    protected_names = set(hand_all) | {
        row["text"] for row in rn_names
        if (row["count"] or 0) >= PROTECT_MIN_COUNT and NAME_RE.match(row["text"] or "")
    }
    protected = set()
    for n in protected_names:
        protected |= engine_keys(n)
    name_keys = {n.lower().replace("ё", "е") for n in first.genders}
    name_keys |= {n.lower().replace("ё", "е") for n in sur.genders}
    name_keys |= {n.lower().replace("ё", "е") for n in patr.genders}
    auto = 0
    for word, (pc, pos) in sorted(corpus_common_words(morph).items()):
        if word in allow or engine_keys(word) & protected:
            continue
        kind = has_name_parse(morph, word)
        hit = word.replace("ё", "е") in name_keys
        if kind or hit:
            why = f"opencorpora-{kind}" if kind else "dict-hit"
            risk = ":surname-like" if kind != "Name" and SURNAME_FORM_RE.search(word) else ""
            allow[word] = f"auto:{why}:{pos}:p={pc:.2f}{risk}"
            auto += 1
    # Plain common words: in a name slot they are legal prose ("Действия Галины Ивановны
    # суд квалифицирует"), never a surname. A word sharing an engine stem with any entry
    # of the name files, or shaped like an inflected surname, is left out.
    name_stems = set(protected)
    for n in list(first.genders) + list(sur.genders) + list(patr.genders):
        name_stems |= engine_keys(n)
    plain = 0
    for word, pos in sorted(corpus_plain_words(morph).items()):
        if word in allow or engine_keys(word) & name_stems:
            continue
        if SURNAME_FORM_RE.search(word):
            continue
        allow[word] = f"auto:plain:{pos}"
        plain += 1
    print(f"allow-list: {auto} automatic, {plain} plain, {len(allow) - auto - plain} hand", file=sys.stderr)

    srcs_names = [
        f"OpenCorpora via pymorphy3-dicts-ru (Name lemmas; CC BY-SA 3.0)",
        f"russiannames names table, count >= {RN_MIN_NAME} (BSD-3-Clause)",
        "natasha data/dict/first.txt (MIT)",
        "dictionaries/build/sources/names_*.txt, written for courtpub (Apache-2.0)",
        f"packages: {versions()}",
    ]
    srcs_sur = [
        "OpenCorpora via pymorphy3-dicts-ru (Surn lemmas; CC BY-SA 3.0)",
        f"russiannames surnames table, count >= {RN_MIN_SURNAME} (BSD-3-Clause)",
        "natasha data/dict/last.txt minus OpenCorpora common words (MIT)",
        "generated from courtpub's Central Asian male names (+ов/+ев/+ова/+ева, -бек/-бай as is)",
        "dictionaries/build/sources/surnames_hand.txt, written for courtpub (Apache-2.0)",
        f"packages: {versions()}",
    ]
    srcs_patr = [
        "OpenCorpora via pymorphy3-dicts-ru (Patr lemmas; CC BY-SA 3.0)",
        f"russiannames midnames table, count >= {RN_MIN_MIDNAME} (BSD-3-Clause)",
        "generated by rule from male first names (courtpub lists, OpenCorpora, russiannames)",
        f"packages: {versions()}",
    ]
    own = "written for courtpub (dictionaries/build/sources); Apache-2.0"
    return {
        "first_names.txt": render("first_names.txt", "name, gender (m|f|u), origin (comma-separated codes)", srcs_names, LICENCE_MIXED, first.rows()),
        "surnames.txt": render("surnames.txt", "surname, gender (m|f|u), origin (comma-separated codes)", srcs_sur, LICENCE_MIXED, sur.rows()),
        "patronymics.txt": render("patronymics.txt", "patronymic, gender (m|f|u), father's first name(s) when known", srcs_patr, LICENCE_MIXED, patr.rows(with_extra=True)),
        "places.txt": render("places.txt", "name, kind (region|district|city|town|village|aiyl_aimak|microdistrict|country)", ["dictionaries/build/sources/places_kg.txt, written for courtpub from general knowledge; Kyrgyz letters also spelled ү->у, ө->о, ң->н"], own, sorted(places)),
        "streets.txt": render("streets.txt", "street name as written after ул./пр./көчөсү, kind (person|place|other)", ["dictionaries/build/sources/streets_kg.txt, written for courtpub from general knowledge"], own, sorted(streets)),
        "name_suffixes.txt": render("name_suffixes.txt", "suffix ('-' = bound; no '-' = separate word), kind (surname|patronymic|ru_case_*|ky_case), gender (m|f|u), note with an example", ["dictionaries/build/sources/suffixes.txt, written for courtpub"], own, sorted(suffixes)),
        "allow_words_lowercase.txt": render("allow_words_lowercase.txt", "lowercase word, reason (as allow_words.txt); these look like inflected surnames (-ов, -ым, -ой, -ова…): honour them only for lowercase tokens", ["OpenCorpora corpus words, see allow_words.txt (CC BY-SA 3.0)", f"packages: {versions()}"], LICENCE_MIXED, [f"{w}\t{r}" for w, r in allow.items() if r.endswith(":surname-like")]),
        "allow_words.txt": render("allow_words.txt", "lowercase word, reason (hand:<group> | auto:<why>:<POS>:p=<share of non-name readings in the OpenCorpora corpus>[:surname-like] | auto:plain:<POS>)", ["dictionaries/build/sources/allow_hand.txt, written for courtpub (Apache-2.0)", f"OpenCorpora corpus words with non-name readings P >= {ALLOW_MIN_COMMON_P} that also have a Name/Surn/Patr reading or hit the name files (CC BY-SA 3.0)", f"OpenCorpora corpus words of at least {PLAIN_MIN_CHARS} letters with no name reading at all, minus those sharing a stem with a name entry or shaped like a surname (auto:plain; CC BY-SA 3.0)", f"packages: {versions()}"], LICENCE_MIXED, [f"{w}\t{r}" for w, r in allow.items() if not r.endswith(":surname-like")]),
    }


def licence_notices() -> dict[str, str]:
    out = {}
    for pkg, fname in (("natasha", "natasha-MIT.txt"), ("russiannames", "russiannames-BSD-3-Clause.txt")):
        dist = md.distribution(pkg)
        text = None
        for f in dist.files or []:
            if f.name == "LICENSE":
                text = f.read_text(encoding="utf-8")
                break
        if text is None:
            raise SystemExit(f"licence file of {pkg} not found in its installed distribution")
        out[fname] = f"# Licence of {pkg}=={dist.version}, copied from its distribution by build.py\n\n" + text.replace("\r\n", "\n")
    out["opencorpora-CC-BY-SA-3.0.txt"] = (
        "OpenCorpora (http://opencorpora.org) dictionary and corpus data, as compiled in the\n"
        f"pymorphy3-dicts-ru=={md.version('pymorphy3-dicts-ru')} package, is licensed under\n"
        "Creative Commons Attribution-ShareAlike 3.0 Unported\n"
        "(https://creativecommons.org/licenses/by-sa/3.0/).\n\n"
        "first_names.txt, surnames.txt, patronymics.txt and allow_words.txt contain data derived\n"
        "from it and are therefore distributed under CC BY-SA 3.0 as a whole; attribution:\n"
        "OpenCorpora project contributors. The other files (places.txt, streets.txt) contain no\n"
        "OpenCorpora data.\n"
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default: dictionaries/)")
    args = ap.parse_args()
    files = build()
    for name, text in licence_notices().items():
        files[f"LICENSES/{name}"] = text
    differ = []
    for name, text in sorted(files.items()):
        path = args.out / name
        data = text.encode("utf-8")
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                differ.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{name}: {text.count(chr(10)) - text[:2000].count(chr(10) + '#')} lines, {len(data)} bytes", file=sys.stderr)
    if differ:
        print("differs from the build: " + ", ".join(differ), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
