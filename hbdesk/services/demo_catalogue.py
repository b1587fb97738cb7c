"""Demo price catalogue: about 150 real-looking supports with prices (fictional providers).

Each row: code, name, category, service area, unit, unit price (€), provider, notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Row(NamedTuple):
    code: str
    name: str
    category: str
    area: str
    unit: str
    price: str
    provider: str
    note: str = ""


SW, DIS, FAM, ELD, CHW = ("social_welfare", "disability", "family_care", "elderly", "child_welfare")

_SPORTS = [
    ("Kuntosalin kuukausikortti", "month", "49.00", "Kuntokulma Oy"),
    ("Kuntosalin vuosikortti", "year", "490.00", "Kuntokulma Oy"),
    ("Kuntosalin kuukausikortti, opiskelija", "month", "35.00", "Kuntokulma Oy"),
    ("Kaupungin kuntosalin 10 kerran kortti", "card", "40.00", "Kaupungin liikuntapalvelut"),
    ("Uimahallin sarjakortti 10 krt", "card", "45.00", "Kaupungin liikuntapalvelut"),
    ("Uimahallin sarjakortti 10 krt, eläkeläinen", "card", "32.00", "Kaupungin liikuntapalvelut"),
    ("Uimahallin kausikortti 3 kk", "card", "120.00", "Kaupungin liikuntapalvelut"),
    ("Vesijumppa, kevätkausi", "course", "75.00", "Kaupungin liikuntapalvelut"),
    ("Ohjattu ryhmäliikunta 10 krt", "card", "60.00", "Liikuntakeskus Sykettä"),
    ("Soveltava liikuntaryhmä, lukukausi", "course", "40.00", "Kaupungin liikuntapalvelut"),
    ("Personal trainer, tunti", "hour", "70.00", "Valmennus Vahvaksi Oy"),
    ("Personal trainer, 5 tunnin paketti", "piece", "320.00", "Valmennus Vahvaksi Oy"),
    ("Joogakurssi 8 krt", "course", "96.00", "Joogastudio Hengähdys"),
    ("Kiipeilykeskuksen 10 kerran kortti", "card", "130.00", "Kiipeilykeskus Ote"),
    ("Keilailu, ratavuoro tunti", "hour", "32.00", "Keilahalli Kaato"),
    ("Tanssikurssi, syksy", "course", "110.00", "Tanssikoulu Askel"),
    ("Ratsastustunti", "session", "42.00", "Talli Kaviokuja"),
    ("Ratsastusterapia, kerta", "session", "85.00", "Talli Kaviokuja"),
    ("Frisbeegolfsetti", "piece", "45.00", "Urheiluliike Liike"),
    ("Jalkapallokerhon kausimaksu, lapset", "year", "280.00", "Seuran juniorit ry"),
    ("Salibandykerhon kausimaksu", "year", "220.00", "Seuran juniorit ry"),
    ("Kuntosalin kuukausikortti, vesiliikunta sis.", "month", "59.00", "Kunto- ja uimakeskus"),
    ("Luistelukoulu, lukukausi", "course", "90.00", "Luisteluseura Terä ry"),
    ("Sulkapallovuoro, kevät", "course", "150.00", "Liikuntakeskus Sykettä"),
    ("Hiihtokoulu, 4 kertaa", "course", "80.00", "Hiihtoseura Latu ry"),
    ("Nyrkkeilyn alkeiskurssi", "course", "85.00", "Nyrkkeilyseura Suora ry"),
    ("Pyöräilykypärä ja valot", "piece", "60.00", "Urheiluliike Liike"),
    ("Sauvakävelysauvat", "piece", "39.00", "Urheiluliike Liike"),
]
_CULTURE = [
    ("Museokortti, 12 kk", "card", "89.00", "Museokortti"),
    ("Museokortti, 31 vrk", "card", "35.00", "Museokortti"),
    ("Teatterin sarjalippu 4 esitystä", "card", "120.00", "Kaupunginteatteri"),
    ("Teatterilippu", "ticket", "38.00", "Kaupunginteatteri"),
    ("Konserttilippu, kaupunginorkesteri", "ticket", "25.00", "Kaupunginorkesteri"),
    ("Elokuvien sarjalippu 5 krt", "card", "55.00", "Elokuvateatteri Valkokangas"),
    ("Kirjaston lukupiiri, kausi", "course", "10.00", "Kaupunginkirjasto"),
    ("Taidemuseon vuosikortti", "card", "40.00", "Kaupungin taidemuseo"),
    ("Kesäteatterilippu", "ticket", "30.00", "Kesäteatteri Laituri"),
    ("Sirkuskoulu, lukukausi", "course", "160.00", "Sirkuskoulu Volttis"),
    ("Kuvataidekoulu, lukukausi", "course", "180.00", "Kuvataidekoulu Väripilkku"),
    ("Musiikkiopiston soittotunnit, lukukausi", "course", "320.00", "Musiikkiopisto Sointu"),
    ("Bändikoulu, lukukausi", "course", "150.00", "Nuorisotalo Kellari"),
    ("Kuoron jäsenmaksu, vuosi", "year", "60.00", "Kuoro Heleät Äänet ry"),
    ("Taidetarvikkeet, aloituspakkaus", "piece", "50.00", "Askartelukauppa Kynä"),
    ("Festivaalipassi", "ticket", "95.00", "Kesäfestivaali ry"),
    ("Oopperalippu", "ticket", "65.00", "Kansallisooppera"),
    ("Valokuvauskurssi", "course", "120.00", "Kansalaisopisto"),
]
_LEISURE = [
    ("Perheen virkistysmatka, kylpylävuorokausi", "day", "240.00", "Kylpylä Lähde"),
    ("Perheen virkistysmatka, mökkiviikonloppu", "trip", "320.00", "Lomamökit Rantala"),
    ("Päiväretki, huvipuisto perhelippu", "ticket", "140.00", "Huvipuisto Karuselli"),
    ("Eläinpuiston vuosikortti", "card", "55.00", "Eläinpuisto Metsälä"),
    ("Kansallispuiston opastettu retki", "trip", "45.00", "Luontomatkat Polku"),
    ("Kalastuslupa, vuosi", "year", "50.00", "Kalastusalue"),
    ("Partion jäsenmaksu ja leiri", "year", "180.00", "Partiolippukunta Kipinät ry"),
    ("Nuorisotalon kerhomaksu, kausi", "course", "20.00", "Kaupungin nuorisopalvelut"),
    ("Kerhon jäsenmaksu, mielenterveysyhdistys", "year", "15.00", "Mielenterveysyhdistys Tuki ry"),
    ("Kylpylän 10 kerran kortti", "card", "150.00", "Kylpylä Lähde"),
    ("Puutarhapalstan vuokra", "year", "45.00", "Siirtolapuutarhayhdistys ry"),
    ("Harrastusvälineet, käytetty polkupyörä", "piece", "180.00", "Kierrätyskeskus"),
    ("Kahvilakortti, kohtaamispaikka", "card", "20.00", "Kohtaamispaikka Olohuone"),
    ("Seurakunnan retki", "trip", "35.00", "Seurakuntayhtymä"),
    ("Lautapeli-ilta, kausimaksu", "course", "25.00", "Pelikahvila Noppa"),
    ("Veneretki, saaristo", "trip", "60.00", "Saaristoliikenne"),
]
_COURSES = [
    ("Kansalaisopiston kielikurssi, lukukausi", "course", "95.00", "Kansalaisopisto"),
    ("Kansalaisopiston atk-kurssi senioreille", "course", "65.00", "Kansalaisopisto"),
    ("Kansalaisopiston ruoanlaittokurssi", "course", "85.00", "Kansalaisopisto"),
    ("Kansalaisopiston käsityökurssi", "course", "70.00", "Kansalaisopisto"),
    ("Kansalaisopiston keramiikkakurssi", "course", "110.00", "Kansalaisopisto"),
    ("Kansalaisopiston kirjoittajakurssi", "course", "75.00", "Kansalaisopisto"),
    ("Kansalaisopiston puutyökurssi", "course", "90.00", "Kansalaisopisto"),
    ("Ensiapukurssi EA1", "course", "140.00", "Ensiapukoulutus Turva"),
    ("Hygieniapassi, koulutus ja koe", "course", "70.00", "Koulutus Passi Oy"),
    ("Anniskelupassi", "course", "60.00", "Koulutus Passi Oy"),
    ("Tieturvakortti", "course", "120.00", "Koulutus Passi Oy"),
    ("Ajokortin teoriaopetus", "course", "180.00", "Autokoulu Kaista"),
    ("Ajotunti", "session", "75.00", "Autokoulu Kaista"),
    ("Mopokortti", "course", "390.00", "Autokoulu Kaista"),
    ("Kesäyliopiston kurssi", "course", "150.00", "Kesäyliopisto"),
    ("Työhakuvalmennus, ryhmä", "course", "200.00", "Uravalmennus Suunta Oy"),
    ("Talousosaamisen kurssi", "course", "15.00", "Talous- ja velkaneuvonta"),
    ("Suomen kielen keskustelukurssi", "course", "60.00", "Kansalaisopisto"),
    ("Koulutarvikkeet, lukukausi", "piece", "80.00", "Kirjakauppa Sivu"),
    ("Oppikirjat, lukio", "piece", "250.00", "Kirjakauppa Sivu"),
]
_HOME_HELP = [
    ("Kotipalvelu, tunti", "hour", "48.00", "Kotiapu Arjessa Oy", FAM),
    ("Kotipalvelu, ilta ja viikonloppu, tunti", "hour", "58.00", "Kotiapu Arjessa Oy", ELD),
    ("Lapsiperheen kotipalvelu, tunti", "hour", "45.00", "Perhepalvelu Pesä Oy", SW),
    ("Perhetyö, tunti", "hour", "62.00", "Kaupungin perhepalvelut", SW),
    ("Asiointiapu, tunti", "hour", "38.00", "Apuna Oy", ELD),
    ("Ateriapalvelu, ateria kotiin", "piece", "9.80", "Ateriat Kotiin Oy", ELD),
    ("Turvapuhelin, kuukausi", "month", "35.00", "Turvapalvelut Oy", ELD),
    ("Lastenhoitoapu, tunti", "hour", "30.00", "Lastenhoitoapu Tuttu ry", SW),
    ("Omaishoitajan vapaan sijaishoito, vuorokausi", "day", "150.00", "Hoivakoti Kotiranta", FAM),
    ("Päivätoiminta, päivä", "day", "70.00", "Päiväkeskus Kohtaamo", ELD),
    ("Lyhytaikainen perhehoito, vuorokausi", "day", "110.00", "Perhehoitaja Koivisto", FAM),
    ("Kauppakassipalvelu, kerta", "visit", "15.00", "Kauppa-apu Kassi", ELD),
    ("Pihatyöapu, tunti", "hour", "40.00", "Pihapalvelu Haravat", ELD),
    ("Lumityöapu, kerta", "visit", "35.00", "Pihapalvelu Haravat", ELD),
    ("Kotihoidon tukikäynti, käynti", "visit", "42.00", "Kotiapu Arjessa Oy", ELD),
]
_CLEANING = [
    ("Kotisiivous, tunti", "hour", "42.00", "Siivous Kirkas Oy"),
    ("Kotisiivous, tunti (kotitalousvähennyskelpoinen)", "hour", "39.00", "Puhdas Koti Tmi"),
    ("Ikkunanpesu, kerta", "visit", "120.00", "Siivous Kirkas Oy"),
    ("Suursiivous, kerta", "visit", "280.00", "Siivous Kirkas Oy"),
    ("Pyykkipalvelu, kerta", "visit", "30.00", "Pesula Valkea"),
    ("Muuttosiivous", "visit", "240.00", "Puhdas Koti Tmi"),
    ("Mattojen pesu, kerta", "visit", "60.00", "Pesula Valkea"),
    ("Kodin järjestelyapu, tunti", "hour", "45.00", "Järjestystä Oy"),
]
_COACHING = [
    ("ADHD-valmennus, tunti", "hour", "95.00", "Neurovalmennus Kompassi Oy", SW),
    ("ADHD-perhevalmennus kotona, käynti", "visit", "110.00", "Neurovalmennus Kompassi Oy", SW),
    ("Neuropsykiatrinen valmennus, tunti", "hour", "90.00", "Valmennuspalvelu Selkeä Oy", SW),
    ("Autismikirjon valmennus, tunti", "hour", "92.00", "Valmennuspalvelu Selkeä Oy", DIS),
    ("Työvalmennus, tunti", "hour", "65.00", "Uravalmennus Suunta Oy", SW),
    ("Elämänhallinnan valmennus, tunti", "hour", "70.00", "Arjen Avain Oy", SW),
    ("Talousvalmennus, tunti", "hour", "55.00", "Arjen Avain Oy", SW),
    ("Vanhemmuuden valmennus, ryhmä", "course", "180.00", "Perhepalvelu Pesä Oy", SW),
    ("Ammatillinen tukihenkilö, tunti", "hour", "38.00", "Tukihenkilöt Rinnalla Oy", DIS),
    ("Henkilökohtainen avustaja, tunti", "hour", "24.50", "Avustajapalvelut Oy", DIS),
    ("Henkilökohtainen avustaja, ilta, tunti", "hour", "28.00", "Avustajapalvelut Oy", DIS),
    ("Vertaisohjaaja, tunti", "hour", "25.00", "Kokemusasiantuntijat ry", SW),
    ("Kokemusasiantuntijan tapaaminen", "session", "40.00", "Kokemusasiantuntijat ry", SW),
    ("Opiskeluvalmennus, tunti", "hour", "60.00", "Opintovalmennus Polku", SW),
    ("Asumisvalmennus, käynti", "visit", "58.00", "Asumisen tuki Koti Oy", SW),
    ("Kuntoutusohjaus, tunti", "hour", "75.00", "Kuntoutuskeskus Voima", DIS),
    ("Jälkihuollon tukihenkilö, tunti", "hour", "40.00", "Tukihenkilöt Rinnalla Oy", CHW),
]
_THERAPY = [
    ("Psykoterapia, käynti 45 min", "session", "110.00", "Terapiakeskus Tila"),
    ("Lyhytterapia, käynti", "session", "95.00", "Terapiakeskus Tila"),
    ("Perheterapia, käynti", "session", "140.00", "Perheterapia Silta"),
    ("Pariterapia, käynti", "session", "130.00", "Perheterapia Silta"),
    ("Taideterapia, ryhmäkerta", "session", "35.00", "Taideterapia Sävy"),
    ("Musiikkiterapia, käynti", "session", "85.00", "Musiikkiterapia Rytmi"),
    ("Fysioterapia, käynti", "session", "65.00", "Fysioterapia Liike"),
    ("Toimintaterapia, käynti", "session", "90.00", "Toimintaterapia Arki"),
    ("Puheterapia, käynti", "session", "88.00", "Puheterapia Sana"),
    ("Hieronta, 45 min", "session", "55.00", "Hierontapiste Rento"),
    ("Kuntouttava ryhmä, 10 krt", "course", "250.00", "Kuntoutuskeskus Voima"),
    ("Ravitsemusterapeutin ohjaus", "session", "80.00", "Ravitsemusohjaus Lautanen"),
    ("Koiran avustama terapia, käynti", "session", "75.00", "Tassuterapia"),
    ("Kriisikeskustelu, käynti", "session", "60.00", "Kriisikeskus Tyyni ry"),
]
_TRANSPORT = [
    ("Taksimatka asiointiin, keskimäärin", "trip", "28.00", "Taksipalvelu Kyyti"),
    ("Esteetön taksimatka", "trip", "36.00", "Taksipalvelu Kyyti"),
    ("Joukkoliikenteen kausilippu 30 pv", "month", "59.00", "Seudun joukkoliikenne"),
    ("Joukkoliikenteen kausilippu 30 pv, alennus", "month", "35.00", "Seudun joukkoliikenne"),
    ("Joukkoliikenteen arvolippu", "card", "30.00", "Seudun joukkoliikenne"),
    ("Junalippu, meno-paluu", "trip", "48.00", "Rautatieliikenne"),
    ("Kimppakyyti harrastukseen, kuukausi", "month", "40.00", "Kyläyhdistys ry"),
    ("Kaupunkipyörän kausimaksu", "year", "35.00", "Kaupunkipyörät"),
    ("Saattajapalvelu, tunti", "hour", "35.00", "Apuna Oy"),
    ("Polkupyörän huolto", "piece", "65.00", "Pyöräkorjaamo Ketju"),
]
_CAMPS = [
    ("Lasten kesäleiri, 5 vrk", "piece", "290.00", "Leirikeskus Kesäranta"),
    ("Nuorten seikkailuleiri, 4 vrk", "piece", "260.00", "Leirikeskus Kesäranta"),
    ("Perheleiri, viikonloppu", "piece", "350.00", "Perheleirit ry"),
    ("Erityislasten leiri, 5 vrk", "piece", "420.00", "Leirikeskus Kesäranta"),
    ("Päiväleiri, viikko", "piece", "160.00", "Kaupungin nuorisopalvelut"),
    ("Ratsastusleiri, viikko", "piece", "380.00", "Talli Kaviokuja"),
    ("Sopeutumisvalmennuskurssi, perhe", "piece", "450.00", "Kuntoutuskeskus Voima"),
    ("Omaishoitajien virkistysleiri", "piece", "230.00", "Omaishoitajat ry"),
    ("Seniorien virkistysmatka", "trip", "210.00", "Eläkeläisjärjestö ry"),
    ("Tyttöjen toimintaviikonloppu", "piece", "120.00", "Tyttöjen Talo"),
]
_RESPITE_EQUIP = [
    ("Tilapäinen lastenhoito, päivä", "day", "95.00", "Perhepalvelu Pesä Oy", "respite", SW),
    ("Intervallihoito, vuorokausi", "day", "160.00", "Hoivakoti Kotiranta", "respite", ELD),
    ("Tukiperhe, viikonloppu", "piece", "120.00", "Tukiperhetoiminta ry", "respite", CHW),
    ("Painopeitto", "piece", "180.00", "Apuvälinekauppa Tuki", "equipment", DIS),
    ("Kuulosuojaimet", "piece", "45.00", "Apuvälinekauppa Tuki", "equipment", DIS),
    ("Kuvakommunikaatiokansio", "piece", "60.00", "Apuvälinekauppa Tuki", "equipment", DIS),
    ("Rollaattori", "piece", "150.00", "Apuvälinekauppa Tuki", "equipment", ELD),
    ("Älykello muistutuksin", "piece", "120.00", "Elektroniikka Piiri", "equipment", DIS),
    ("Viikkolääkeannostelija", "piece", "25.00", "Apuvälinekauppa Tuki", "equipment", ELD),
    ("Tabletti ja kurssi, senioreille", "piece", "220.00", "Elektroniikka Piiri", "equipment", ELD),
    ("Ajanhallinnan apuväline, ajastin", "piece", "35.00", "Apuvälinekauppa Tuki", "equipment", SW),
    ("Vertaistukiryhmä, kausi", "course", "30.00", "ADHD-yhdistys ry", "peer_support", SW),
    ("Vertaistukiryhmä, omaiset", "course", "20.00", "Omaiset ry", "peer_support", FAM),
    ("Klubitalon jäsenyys, vuosi", "year", "20.00", "Klubitalo Tupa", "peer_support", SW),
]

_NOTES = {
    "sports": "Liikunta tukee jaksamista ja unta; hinta kunnan hinnaston mukainen.",
    "culture": "Kulttuuriosallistuminen vahvistaa osallisuutta; ei paljasta asiakkuutta.",
    "leisure": "Virkistys ja yhteinen tekeminen; hyödyt arvioidaan seurannassa.",
    "course": "Ohjattu ryhmä; mahdollisuus uusiin ihmissuhteisiin.",
    "home_help": "Sote-palveluntuottajarekisterissä.",
    "cleaning": "Kotitalousvähennyskelpoinen yritys; ei sote-palvelu.",
    "coaching": "Valmentajalla alan koulutus; räätälöitävissä perheen tarpeisiin.",
    "therapy": "Laillistettu ammattihenkilö (Valvira).",
    "transport": "Hinta keskimääräinen; toteutuu kuittien mukaan.",
    "camp": "Sisältää täysihoidon ja ohjelman.",
}


def _rows(
    items: Sequence[tuple[str, ...]], prefix: str, category: str, default_area: str
) -> list[Row]:
    rows = []
    for n, item in enumerate(items, start=1):
        name, unit, price, provider = item[:4]
        area = item[4] if len(item) > 4 else default_area
        rows.append(
            Row(
                f"{prefix}-{n:03d}",
                name,
                category,
                area,
                unit,
                price,
                provider,
                _NOTES.get(category, ""),
            )
        )
    return rows


def rows() -> list[Row]:
    """Every demo catalogue row (about 150)."""
    result = (
        _rows(_SPORTS, "LII", "sports", SW)
        + _rows(_CULTURE, "KUL", "culture", SW)
        + _rows(_LEISURE, "VIR", "leisure", SW)
        + _rows(_COURSES, "KUR", "course", SW)
        + _rows(_HOME_HELP, "KOT", "home_help", SW)
        + _rows(_CLEANING, "SII", "cleaning", ELD)
        + _rows(_COACHING, "VAL", "coaching", SW)
        + _rows(_THERAPY, "TER", "therapy", SW)
        + _rows(_TRANSPORT, "KULJ", "transport", SW)
        + _rows(_CAMPS, "LEI", "camp", SW)
    )
    for n, (name, unit, price, provider, category, area) in enumerate(_RESPITE_EQUIP, start=1):
        result.append(
            Row(
                f"MUU-{n:03d}",
                name,
                category,
                area,
                unit,
                price,
                provider,
                _NOTES.get(category, ""),
            )
        )
    return result
