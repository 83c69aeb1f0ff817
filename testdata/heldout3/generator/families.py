"""Family registry and the plan of the set."""

import fam_civ
import fam_crim

# name, function, id topic, ru count, ky count
FAMILIES = [
    ("decision_paternity", fam_civ.paternity, "decision-paternity", 3, 3),
    ("decision_legal_fact", fam_civ.legal_fact, "decision-legalfact", 3, 2),
    ("decision_incapacity", fam_civ.incapacity, "decision-incapacity", 3, 2),
    ("decision_consumer", fam_civ.consumer, "decision-consumer", 3, 2),
    ("decision_defamation", fam_civ.defamation, "decision-defamation", 3, 2),
    ("decision_missing_person", fam_civ.missing, "decision-missing", 2, 3),
    ("decision_property_division", fam_civ.property_division, "decision-division", 3, 3),
    ("ruling_enforcement_complaint", fam_civ.enforcement, "ruling-enforcement", 3, 2),
    ("resolution_pretrial_detention", fam_crim.detention, "resolution-detention", 3, 3),
    ("resolution_parole", fam_crim.parole, "resolution-parole", 3, 3),
    ("verdict_smuggling", fam_crim.smuggling, "verdict-smuggling", 3, 2),
    ("verdict_robbery_group", fam_crim.robbery, "verdict-robbery", 3, 3),
]


def plan():
    out = []
    for name, fn, topic, nru, nky in FAMILIES:
        for lang, n in (("ru", nru), ("ky", nky)):
            for i in range(1, n + 1):
                out.append((f"{lang}-{topic}-{i:03d}", name, fn, lang))
    return out
