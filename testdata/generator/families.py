"""The template families and the generation plan (which acts, in which language, how many)."""

from __future__ import annotations

import fam_ky
import fam_ru_crim

try:  # families added in later batches
    import fam_ru_civ
except ImportError:  # pragma: no cover
    fam_ru_civ = None
try:
    import fam_other
except ImportError:  # pragma: no cover
    fam_other = None


def _crim(crime, lang):
    if lang == "ky":
        return lambda ctx, act, long=False, **_: fam_ky.verdict(ctx, act, crime, long=long)
    return lambda ctx, act, long=False, **_: fam_ru_crim.verdict(ctx, act, crime, long=long)


# family -> (slug, ru function, ky function)
FAMILIES = {}
for _crime in ("theft", "fraud", "traffic", "drugs", "assault"):
    FAMILIES[f"verdict_{_crime}"] = (f"verdict-{_crime}", _crim(_crime, "ru"),
                                     _crim(_crime, "ky") if _crime in fam_ky.KY_CRIMES else None)
FAMILIES["decision_divorce"] = ("decision-divorce", getattr(fam_ru_civ, "divorce", None), fam_ky.divorce)
FAMILIES["decision_loan"] = ("decision-loan", getattr(fam_ru_civ, "loan", None), fam_ky.loan)
if fam_ru_civ:
    FAMILIES.update(fam_ru_civ.FAMILIES)
if fam_other:
    FAMILIES.update(fam_other.FAMILIES)
for _fam, _fn in getattr(fam_ky, "KY_FAMILIES", {}).items():
    if _fam in FAMILIES:
        FAMILIES[_fam] = (FAMILIES[_fam][0], FAMILIES[_fam][1], _fn)

# family -> (ru count, ky count, of them long: ru, ky)
COUNTS = {
    "verdict_theft": (14, 8, 2, 1),
    "verdict_fraud": (12, 0, 2, 0),
    "verdict_traffic": (12, 6, 2, 0),
    "verdict_drugs": (10, 0, 1, 0),
    "verdict_assault": (10, 6, 1, 0),
    "decision_divorce": (10, 10, 0, 0),
    "decision_loan": (10, 9, 0, 0),
    "decision_property": (11, 0, 1, 0),
    "decision_labour": (10, 0, 0, 0),
    "decision_inheritance": (10, 6, 1, 1),
    "decision_administrative": (9, 6, 0, 0),
    "resolution_misdemeanor": (8, 4, 0, 0),
    "decision_economic": (11, 0, 1, 0),
    "ruling_appeal": (10, 6, 0, 0),
    "resolution_cassation": (8, 6, 1, 1),
    "ruling_settlement": (6, 0, 0, 0),
}


def plan():
    out = []
    for fam, (nru, nky, lru, lky) in COUNTS.items():
        if fam not in FAMILIES:
            continue
        slug, fru, fky = FAMILIES[fam]
        for i in range(nru if fru else 0):
            out.append((f"ru-{slug}-{i + 1:03d}", fam, "ru", {"long": i < lru}))
        for i in range(nky if fky else 0):
            out.append((f"ky-{slug}-{i + 1:03d}", fam, "ky", {"long": i < lky}))
    return out


def function(family, lang):
    slug, fru, fky = FAMILIES[family]
    return fky if lang == "ky" else fru


def first_batch(plan_, n):
    """A spread of families for an early small batch: round-robin over families."""
    by_fam = {}
    for item in plan_:
        by_fam.setdefault((item[1], item[2]), []).append(item)
    out = []
    while len(out) < n and any(by_fam.values()):
        for fam in list(by_fam):
            if by_fam[fam] and len(out) < n:
                out.append(by_fam[fam].pop(0))
    return out
