"""Demo people: fictional names, test-range identity codes, and life situations to plan for."""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from stdnum.fi import hetu

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

FIRST_NAMES = (
    "Aino",
    "Eino",
    "Helmi",
    "Väinö",
    "Lilja",
    "Onni",
    "Siiri",
    "Toivo",
    "Kerttu",
    "Aapo",
    "Elsa",
    "Urho",
    "Iida",
    "Leevi",
    "Hilja",
    "Veikko",
    "Saima",
    "Oiva",
    "Tyyne",
    "Arvo",
    "Impi",
    "Lauri",
    "Senja",
    "Paavo",
    "Selma",
    "Kalle",
    "Venla",
    "Eetu",
    "Nelli",
    "Joonas",
    "Ronja",
    "Niilo",
    "Alma",
    "Ilmari",
    "Pihla",
    "Otso",
    "Vilja",
    "Ukko",
    "Minea",
    "Rasmus",
)
LAST_NAMES = (
    "Esimerkki",
    "Koekäyttäjä",
    "Testilä",
    "Mallinen",
    "Kuvitelmala",
    "Harjoitus",
    "Demola",
    "Kokeilu",
    "Näytteinen",
    "Tapausmäki",
    "Harkkala",
    "Luonnosaho",
    "Esikuvanen",
    "Kaavala",
    "Pilottinen",
    "Hahmola",
    "Sepitelmä",
    "Tarinoja",
    "Keksijärvi",
    "Satunen",
)


def identity_code(rng: random.Random, born: dt.date) -> str:
    """A valid Finnish identity code from the test range (individual number 900–999)."""
    individual = rng.randint(900, 999)
    stem = f"{born:%d%m}{born.year % 100:02d}"
    check = _CHECK[int(f"{stem}{individual:03d}") % 31]
    sign = "-" if born.year < 2000 else "A"
    code = f"{stem}{sign}{individual:03d}{check}"
    return str(hetu.validate(code, allow_temporary=True))


def birth_date(rng: random.Random, youngest: int, oldest: int, today: dt.date) -> dt.date:
    age_days = rng.randint(youngest * 365, oldest * 365)
    return today - dt.timedelta(days=age_days)


class Situation(NamedTuple):
    """A life situation: the words of the first contact, the plan, and what the budget buys."""

    key: str
    ages: tuple[int, int]
    area: str
    needs: str
    described: str
    goals: tuple[str, ...]
    means: str
    budget_use: str
    items: tuple[tuple[str, str, str], ...]  # (catalogue code, quantity, frequency)
    unit: str


SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "young_adult",
        (19, 29),
        "social_welfare",
        "Nuori aikuinen, arki on jäänyt hoitamatta ja yhteydet muihin ovat vähentyneet.",
        "Haluaisin päästä kiinni arkeen ja löytää jotain mielekästä tekemistä.",
        ("Päivärytmi pysyy viikon ajan.", "Käyn harrastuksessa kerran viikossa."),
        "Kuntosali ja kansalaisopiston kurssi, arjen valmennusta alkuun.",
        "Budjetilla hankitaan liikuntaa, kurssi ja elämänhallinnan valmennusta.",
        (("LII-001", "1", "monthly"), ("KUR-003", "1", "once"), ("VAL-006", "2", "monthly")),
        "Aikuissosiaalityö",
    ),
    Situation(
        "family_adhd",
        (30, 45),
        "social_welfare",
        "Lapsen ADHD-diagnoosi kuormittaa koko perhettä; arjen tilanteet kärjistyvät.",
        "Tarvitsemme apua siihen, miten arki sujuisi lapsen kanssa paremmin.",
        ("Perheellä on yhteiset pelisäännöt arkeen.", "Lapsi tunnistaa omat vaikeat tilanteensa."),
        "ADHD-osaajan valmennus kotona perhetyön sijaan, vertaistukiryhmä vanhemmille.",
        "Budjetilla hankitaan ADHD-valmennusta kotiin ja vertaistukea.",
        (("VAL-002", "4", "monthly"), ("MUU-012", "1", "once"), ("LEI-003", "1", "once")),
        "Lapsiperheiden sosiaalityö",
    ),
    Situation(
        "disability",
        (25, 60),
        "disability",
        "Liikkumisen ja asioinnin vaikeus rajaa osallistumista harrastuksiin ja asiointiin.",
        "Haluaisin päästä itse päättämään, milloin ja minne lähden.",
        ("Osallistun kuoroon viikoittain.", "Hoidan asiointini itse avustajan kanssa."),
        "Henkilökohtainen avustaja, esteettömät kyydit, kuoron jäsenyys.",
        "Budjetilla katetaan avustajatunnit, kyydit ja harrastuksen maksut.",
        (
            ("VAL-010", "20", "monthly"),
            ("KULJ-002", "4", "monthly"),
            ("KUL-014", "1", "once"),
            ("MUU-004", "1", "once"),
        ),
        "Vammaispalvelut",
    ),
    Situation(
        "family_carer",
        (55, 80),
        "family_care",
        "Omaishoitaja väsynyt; vapaita ei ole pidetty, koska sijaisjärjestelyt eivät sovi.",
        "Jaksaisin paremmin, jos saisin välillä oman hetken ja apua siivoukseen.",
        ("Pidän vapaan kerran kuukaudessa.", "Käyn vesijumpassa viikoittain."),
        "Perhehoitaja vapaiden ajaksi, siivousapu, vesijumppa.",
        "Budjetilla järjestetään vapaat, siivous ja oma liikunta.",
        (
            ("KOT-011", "2", "monthly"),
            ("SII-001", "3", "monthly"),
            ("LII-008", "1", "once"),
            ("LII-005", "1", "monthly"),
        ),
        "Omaishoidon tuki",
    ),
    Situation(
        "aftercare",
        (18, 24),
        "child_welfare",
        "Jälkihuollon nuori, itsenäinen asuminen ja opinnot alussa.",
        "Haluan pärjätä omassa kodissa ja saada opiskelut käyntiin.",
        ("Opinnot etenevät suunnitellusti.", "Hoidan laskut ajallaan."),
        "Tukihenkilö, talousvalmennus, joukkoliikenteen kausikortti.",
        "Budjetilla hankitaan tukihenkilön tunnit, valmennus ja liikkuminen.",
        (("VAL-017", "6", "monthly"), ("VAL-007", "2", "monthly"), ("KULJ-004", "1", "monthly")),
        "Jälkihuolto",
    ),
    Situation(
        "elderly",
        (70, 90),
        "elderly",
        "Yksin asuva ikääntynyt, yksinäisyys ja kodin askareet raskaita.",
        "Haluaisin käydä ihmisten ilmoilla ja saada apua kotitöihin.",
        ("Käyn päivätoiminnassa viikoittain.", "Koti pysyy siistinä."),
        "Päivätoiminta, siivousapu, taksimatkat, museokortti.",
        "Budjetilla hankitaan päivätoimintaa, siivousta, kyytejä ja kulttuuria.",
        (
            ("KOT-010", "4", "monthly"),
            ("SII-001", "2", "monthly"),
            ("KUL-001", "1", "once"),
            ("KULJ-001", "4", "monthly"),
        ),
        "Ikääntyneiden palvelut",
    ),
)
