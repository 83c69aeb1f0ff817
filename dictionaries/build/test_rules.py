"""Table tests of the build's generation rules (stdlib only: no package needed).

    python3 -m unittest discover -s dictionaries/build -p 'test_*.py'
"""

import unittest

import build


class Rules(unittest.TestCase):
    def test_surnames_from_first_name(self):
        for name, want in [
            ("Жумабек", ["Жумабеков", "Жумабекова"]),
            ("Асылбай", ["Асылбаев", "Асылбаева"]),
            ("Муса", ["Мусаев", "Мусаева"]),
            ("Кожош", ["Кожошев", "Кожошева"]),
            ("Асан", ["Асанов", "Асанова"]),
            ("Ай", []),
        ]:
            with self.subTest(name=name):
                self.assertEqual([s for s, _ in build.surnames_from_first_name(name)], want)

    def test_patronymics(self):
        for name, origins, want in [
            ("Жумабек", {"ky"}, ["Жумабекович", "Жумабековна"]),
            ("Асылбай", {"ky"}, ["Асылбаевич", "Асылбаевна"]),
            ("Али", {"uz"}, ["Алиевич", "Алиевна"]),
            ("Юрий", {"ru"}, ["Юрьевич", "Юрьевна"]),
            ("Сергей", {"ru"}, ["Сергеевич", "Сергеевна"]),
            ("Игорь", {"ru"}, ["Игоревич", "Игоревна"]),
            ("Никита", {"ru"}, ["Никитич", "Никитична"]),
            ("Илья", {"ru"}, ["Ильич", "Ильинична"]),
            ("Муса", {"ky"}, ["Мусаевич", "Мусаевна"]),
        ]:
            with self.subTest(name=name):
                self.assertEqual([p for p, _ in build.patronymics_from_first_name(name, origins)], want)

    def test_ky_to_ru_variants(self):
        for name, want in [
            ("Айгүл", {"Айгул", "Айгуль"}),
            ("Гүлнара", {"Гулнара", "Гульнара"}),
            ("Өмүрбек", {"Омурбек"}),
            ("Чыңгыз", {"Чынгыз"}),
            ("Нурлан", set()),
            ("Гүлүмкан", {"Гулумкан"}),
        ]:
            with self.subTest(name=name):
                self.assertEqual(build.ky_to_ru_variants(name), want)

    def test_other_gender_forms(self):
        for s, g, want in [
            ("Асанов", "m", [("Асанова", "f")]),
            ("Асанова", "f", [("Асанов", "m")]),
            ("Луговской", "m", []),
            ("Горшковский", "m", [("Горшковская", "f")]),
            ("Ким", "u", []),
        ]:
            with self.subTest(s=s):
                self.assertEqual(build.other_gender_forms(s, g), want)

    def test_name_shape_filters(self):
        t = build.Table()
        self.assertTrue(t.add("Кара-Суу", "u"))
        self.assertFalse(t.add("По", "u"))  # 2 letters from an automatic source
        self.assertTrue(t.add("Ли", "u", "ko", min_len=2))
        self.assertFalse(t.add("Айгульь", "f"))
        self.assertFalse(t.add("асанов", "m"))  # not Title case
        self.assertFalse(t.add("Ivanov", "m"))

    def test_engine_keys_mirror_stemming(self):
        self.assertEqual(build.engine_keys("Семёна"), {"семена", "семен"})
        self.assertEqual(build.engine_keys("мир"), {"мир"})

    def test_merge_gender(self):
        self.assertEqual(build.merge_gender({"m", "u"}), "m")
        self.assertEqual(build.merge_gender({"m", "f"}), "u")
        self.assertEqual(build.merge_gender({"u"}), "u")


if __name__ == "__main__":
    unittest.main()
