"""Words that would tell a provider a person is a social-welfare client, or of their health.

Used where a document leaves the county (a payment commitment): welfare and budgeting
words, diagnoses, disabilities, illnesses and addictions in Finnish, Swedish and English,
and ICD-10 codes by their shape (a capital letter and two digits: F32, G35, F90.0).
Finnish and Swedish make compounds ("näkövammaisten", "hörselskadade"), so most entries
are stems matched anywhere in a word; a few short ones must stand as words.
"""

from __future__ import annotations

import re

WELFARE = (
    "sosiaali", "vammai", "henkilökohtai", "budjet", "lastensuojel", "omaishoi",
    "vanhuspalv", "hyvinvointialue", "toimeentulotu", "kehitysvamm", "tukihenkilö",
    "social", "funktionshind", "personlig budget", "barnskydd", "välfärdsområde",
    "utkomststöd", "närståendevård", "welfare", "personal budget", "disab", "handicap",
)  # fmt: skip
HEALTH_FI = (
    "diagnoo", "diagnos", "sairau", "sairas", "tauti", "vamma", "häiriö", "oireyhtym",
    "masennu", "ahdistu", "paniikki", "skitsofren", "psykoo", "psykos", "psykiatr",
    "kaksisuuntai", "mielenterve", "mielisair", "itsetuho", "syömishäir", "anoreksi",
    "bulimi", "päihde", "päihte", "alkoholi", "huume", "riippuvuu", "addikt", "korvaushoi",
    "autis", "asperger", "tourette", "dysfasi", "dysleksi", "kehityshäir",
    "dementi", "muistisair", "alzheimer", "parkinson", "epilep", "diabe", "syöpä",
    "syövän", "reuma", "astma", "aivoinfarkt", "aivohalva", "halvaantu", "cp-",
    "heikkonäk", "näkövam", "kuulovam", "huonokuul",
    "viittomakiel", "pyörätuol", "liikuntaraj", "kehitysviiv", "hiv-", "hepatiit",
    "skleroosi", "lihastau", "ms-tau", "als-tau",
)  # fmt: skip
HEALTH_SV = (
    "funktionsnedsätt", "funktionsvariat", "utvecklingsstör",
    "intellektuell funktion", "synskad", "synnedsätt", "hörselskad", "hörselnedsätt",
    "rörelsehind", "rullstol", "psykisk ohälsa", "psykiskt sjuk", "depression", "ångest",
    "schizofren", "demens", "minnessjuk", "missbruk", "beroende", "narkoman", "narkotika",
    "ätstörning", "självskad", "cancer", "epilepsi", "diabetes", "reumati", "stroke",
    "hjärnskad", "cerebral pares", "teckenspråk", "dövhet", "dövblind",
)  # fmt: skip
HEALTH_EN = (
    "impair", "illness", "mental health", "disorder", "syndrome", "dementia", "autism",
    "schizophren", "bipolar", "addict", "substance", "wheelchair", "deaf", "sign language",
)  # fmt: skip
# Stems that must begin a word ("kuuro" but not "sadekuuro", a rain shower).
WORD_STARTS = ("kuuro", "sokea", "sokeu", "sjuk", "blind")
WORDS = ("HB", "ADHD", "ADD", "HIV", "AIDS", "MS", "ALS", "CP", "TBI", "döv", "döva")
ICD10 = r"(?-i:\b[A-Z][0-9]{2}(?:\.[0-9]{1,2})?\b)"  # capitals only: F32, F32.1, G35

STEMS = WELFARE + HEALTH_FI + HEALTH_SV + HEALTH_EN
REVEALING = re.compile(
    "|".join(
        [re.escape(s) for s in sorted(STEMS, key=len, reverse=True)]
        + [rf"\b{re.escape(w)}" for w in WORD_STARTS]
        + [rf"\b{re.escape(w)}\b(?!-[0-9])" for w in WORDS]
        + [ICD10]
    ),
    re.IGNORECASE,
)


def revealing_words(text: str) -> list[str]:
    """The words in `text` that would reveal a client's status or health to a provider."""
    return sorted({m.group().lower().strip() for m in REVEALING.finditer(text or "")})
