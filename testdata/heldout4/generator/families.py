"""Family registry and the plan of acts (family, language)."""

import fam_civ as FC
import fam_crim as FK

# name, function, kind word of the id, ru count, ky count
FAMILIES = [
    ("decision_adoption", FC.adoption, "decision-adoption", 3, 2),
    ("decision_parental_rights", FC.parental_rights, "decision-parental", 2, 3),
    ("ruling_record_restoration", FC.record_restoration, "ruling-restoration", 3, 2),
    ("decision_tax_debt", FC.tax_debt, "decision-tax", 3, 2),
    ("decision_medical_damage", FC.medical_damage, "decision-medical", 3, 2),
    ("decision_work_injury", FC.work_injury, "decision-injury", 3, 2),
    ("decision_flat_flooding", FC.flat_flooding, "decision-flooding", 3, 2),
    ("decision_mistaken_transfer", FC.mistaken_transfer, "decision-transfer", 3, 2),
    ("decision_rehabilitation", FC.rehabilitation, "decision-rehabilitation", 3, 2),
    ("verdict_homicide", FK.homicide, "verdict-homicide", 3, 3),
    ("verdict_extortion", FK.extortion, "verdict-extortion", 3, 2),
    ("verdict_poaching", FK.poaching, "verdict-poaching", 2, 3),
    ("resolution_reconciliation", FK.reconciliation, "resolution-reconciliation", 3, 2),
]


def plan():
    acts = []
    for name, fn, idw, n_ru, n_ky in FAMILIES:
        for lang, n in (("ru", n_ru), ("ky", n_ky)):
            for i in range(1, n + 1):
                acts.append((f"{lang}-{idw}-{i:03d}", name, fn, lang))
    return acts
