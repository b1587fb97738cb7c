"""The report's own words: Finnish (default), Swedish, English. Codes from the data → words."""

from __future__ import annotations

LANGS = ("fi", "sv", "en")

_W: dict[str, tuple[str, str, str]] = {
    "title": (
        "Henkilökohtainen budjetointi: vaikutukset ja kustannukset",
        "Personlig budget: effekter och kostnader",
        "Personal budgeting: outcomes and costs",
    ),
    "period": ("Ajanjakso", "Period", "Period"),
    "unit": ("Yksikkö", "Enhet", "Unit"),
    "unit.all": ("koko hyvinvointialue", "hela välfärdsområdet", "the whole county"),
    "team": ("Tiimi", "Team", "Team"),
    "generated": ("Laadittu", "Skapad", "Generated"),
    "anon_note": (
        "Raportti on laadittu anonymisoidusta tiedosta: siinä ei ole nimiä, henkilötunnuksia, "
        "osoitteita, syntymäaikoja eikä kirjausten tekstiä. Merkintä ”< 5” tarkoittaa, että "
        "luku perustuu alle viiteen henkilöön – tai se on piilotettu, jotta tällaista lukua ei "
        "voi laskea takaisin muista luvuista.",
        "Rapporten bygger på anonymiserade uppgifter: inga namn, personbeteckningar, adresser, "
        "födelsedatum eller anteckningstexter. ”< 5” betyder att siffran bygger på färre än fem "
        "personer – eller att den har dolts så att en sådan siffra inte kan räknas fram ur de "
        "andra.",
        "The report is made from anonymised data: no names, identity codes, addresses, birth "
        'dates or record text. "< 5" means that the figure rests on fewer than five people – '
        "or that it is hidden so that such a figure cannot be computed back from the others.",
    ),
    "key": ("Keskeiset luvut", "Nyckeltal", "Key figures"),
    "no_data": (
        "ei vielä tietoa ajanjaksolta",
        "inga uppgifter för perioden ännu",
        "no data for the period yet",
    ),
    "page": ("sivu", "sida", "page"),
    # sections
    "s.people": ("Asiakkaat ja prosessi", "Klienter och process", "People and process"),
    "s.wellbeing": (
        "Hyvinvointi ja toimintakyky (oma arvio, ensimmäinen ja viimeisin)",
        "Välbefinnande och funktionsförmåga (egen bedömning, första och senaste)",
        "Wellbeing and functional capacity (self-assessment, first and latest)",
    ),
    "s.goals": (
        "Tavoitteiden saavuttaminen (−2…+2)",
        "Måluppfyllelse (−2…+2)",
        "Goal attainment (−2…+2)",
    ),
    "s.feedback": (
        "Asiakaspalaute (anonyymi)",
        "Klientrespons (anonym)",
        "Client feedback (anonymous)",
    ),
    "s.services": ("Valitut palvelut", "Valda tjänster", "Services chosen"),
    "s.costs": ("Kustannukset", "Kostnader", "Costs"),
    # columns
    "c.figure": ("Luku", "Uppgift", "Figure"),
    "c.value": ("Arvo", "Värde", "Value"),
    "c.n": ("n", "n", "n"),
    "c.clients": ("Asiakkaita", "Klienter", "Clients"),
    "c.stage": ("Vaihe", "Skede", "Stage"),
    "c.domain": ("Osa-alue", "Område", "Domain"),
    "c.before": ("Alussa /10", "I början /10", "Before /10"),
    "c.after": ("Nyt /10", "Nu /10", "Latest /10"),
    "c.change": ("Muutos", "Ändring", "Change"),
    "c.before_pct": ("Alussa %", "I början %", "Before %"),
    "c.after_pct": ("Nyt %", "Nu %", "Latest %"),
    "c.change_pp": ("Muutos %-yks.", "Ändring %-enh.", "Change pp"),
    "c.improved": ("Parani", "Bättre", "Improved"),
    "c.same": ("Ei muutosta", "Samma", "Same"),
    "c.worse": ("Heikkeni", "Sämre", "Worse"),
    "c.score": ("Arvio", "Bedömning", "Score"),
    "c.at_follow_up": ("Seurannassa", "Vid uppföljning", "At follow-up"),
    "c.at_closing": ("Päättyessä", "Vid avslut", "At closing"),
    "c.all_goals": ("Kaikki", "Alla", "All"),
    "c.question": ("Kysymys", "Fråga", "Question"),
    "c.no_answer": ("Ei vast.", "Inget svar", "No answer"),
    "c.total": ("Yhteensä", "Totalt", "Total"),
    "c.category": ("Luokka", "Kategori", "Category"),
    "c.lines": ("Budjettirivejä", "Budgetrader", "Budget lines"),
    "c.own": ("Omia löytöjä", "Egna alternativ", "Own options"),
    "c.eur": ("Euroa", "Euro", "Euros"),
    "c.method": ("Maksutapa", "Betalningssätt", "Payment method"),
    "c.law": ("Laki", "Lag", "Law"),
    "c.band": ("Käytetty myönnetystä", "Använt av beviljat", "Used of granted"),
    "c.count": ("Määrä", "Antal", "Count"),
    "c.share": ("Osuus %", "Andel %", "Share %"),
    # people rows
    "p.clients": ("Asiakkaita ajanjaksolla", "Klienter under perioden", "Clients in the period"),
    "p.new": ("Uusia asiakkaita (yhteydenotto)", "Nya klienter (kontakt)", "New clients (contact)"),
    "p.closed": ("Päättyneitä asiakkuuksia", "Avslutade klientrelationer", "Closings"),
    "p.days_decision": (
        "Mediaani päiviä yhteydenotosta päätökseen",
        "Median dagar från kontakt till beslut",
        "Median days from contact to decision",
    ),
    "p.days_spending": (
        "Mediaani päiviä päätöksestä ensimmäiseen ostoon",
        "Median dagar från beslut till första köp",
        "Median days from decision to first spending",
    ),
    # stages
    "stage.contact": ("yhteydenotto", "kontakt", "contact"),
    "stage.self_assessment": ("oma arvio", "egen bedömning", "self-assessment"),
    "stage.assessment": (
        "palvelutarpeen arviointi",
        "bedömning av servicebehov",
        "service-need assessment",
    ),
    "stage.plan": ("asiakassuunnitelma", "klientplan", "client plan"),
    "stage.budget": ("budjetti", "budget", "budget"),
    "stage.decision": ("päätös", "beslut", "decision"),
    "stage.in_use": ("budjetti käytössä", "budgeten används", "budget in use"),
    "stage.follow_up": ("seuranta", "uppföljning", "follow-up"),
    "stage.closed": ("päättynyt", "avslutad", "closed"),
    "stages": (
        "Asiakkaat vaiheittain (raportin laatimishetkellä)",
        "Klienter per skede (när rapporten skapades)",
        "Clients by stage (when the report was made)",
    ),
    # wellbeing
    "w.overall": ("Kaikki osa-alueet yhteensä", "Alla områden sammantaget", "All domains together"),
    "w.none": (
        "Ei verrattavia oman arvion pareja.",
        "Inga jämförbara par av egen bedömning.",
        "No comparable pairs of self-assessments.",
    ),
    "w.chart": (
        "Keskiarvo alussa ja viimeisin (/10)",
        "Medelvärde i början och senaste (/10)",
        "Mean before and latest (/10)",
    ),
    # goals
    "g.reached": (
        "Saavutettu tai ylitetty (≥ 0)",
        "Uppnått eller överträffat (≥ 0)",
        "Reached or exceeded (≥ 0)",
    ),
    "g.reached_share": (
        "Saavutettu tai ylitetty, %",
        "Uppnått eller överträffat, %",
        "Reached or exceeded, %",
    ),
    "g.goals": ("Tavoitteita", "Mål", "Goals"),
    "g.unmet": (
        "Tavoitteita, joihin ei valittu palvelua (palveluaukot)",
        "Mål utan vald tjänst (tjänsteluckor)",
        "Goals with no service chosen (service gaps)",
    ),
    # feedback
    "f.answers": ("Palautteita", "Svar", "Answers"),
    "f.heard": (
        "Koki tulleensa kuulluksi ja rohkaistuksi (4–5/5)",
        "Kände sig hörd och uppmuntrad (4–5/5)",
        "Felt heard and encouraged (4–5/5)",
    ),
    "f.hard": (
        "Koki budjetin toteuttamisen ja seuraamisen melko tai erittäin vaikeaksi (1–2/5)",
        "Upplevde det ganska eller mycket svårt att följa budgeten (1–2/5)",
        "Found following the budget fairly or very hard (1–2/5)",
    ),
    "f.q.felt_heard": (
        "Tulin kuulluksi ja rohkaistuksi",
        "Jag blev hörd och uppmuntrad",
        "I was heard and encouraged",
    ),
    "f.q.budget_follow_ease": (
        "Budjetin seuraaminen oli helppoa (1 erittäin vaikeaa … 5)",
        "Att följa budgeten var lätt (1 mycket svårt … 5)",
        "Following the budget was easy (1 very hard … 5)",
    ),
    "f.q.goals_reached": ("Tavoitteeni toteutuivat", "Mina mål uppnåddes", "My goals were reached"),
    "f.counts": ("Vastaukset kysymyksittäin", "Svar per fråga", "Answers per question"),
    "f.texts": ("Vapaat palautteet", "Fritt formulerad respons", "Free-text feedback"),
    "f.texts_hidden": (
        "Vapaita palautteita ei näytetä: alle viisi vastausta tällä ajanjaksolla ja yksiköllä.",
        "Fritext visas inte: färre än fem svar för perioden och enheten.",
        "Free text is not shown: fewer than five answers share this period and unit.",
    ),
    "f.texts_none": ("Ei vapaita palautteita.", "Ingen fritext.", "No free-text feedback."),
    # services
    "sv.outside": (
        "Asiakkaista valinnut muun kuin perinteisen palvelun (liikunta, kulttuuri, "
        "vapaa-aika, kurssit)",
        "Klienter som valt annat än traditionell service (idrott, kultur, fritid, kurser)",
        "Clients who chose something outside traditional care (sport, culture, leisure, courses)",
    ),
    "sv.own_note": (
        "Omat löydöt (eivät hinnastossa) ovat ehdokkaita hinnastoon.",
        "Egna alternativ (inte i prislistan) är kandidater till prislistan.",
        "Own options (not in the catalogue) are candidates for the catalogue.",
    ),
    # costs
    "k.granted": (
        "Myönnetty (päätökset voimassa ajanjaksolla)",
        "Beviljat (beslut i kraft under perioden)",
        "Granted (decisions in force in the period)",
    ),
    "k.used": (
        "Käytetty (näiden päätösten budjeteista)",
        "Använt (av dessa budgetar)",
        "Used (of these budgets)",
    ),
    "k.median_granted": (
        "Myönnetty asiakasta kohden, mediaani",
        "Beviljat per klient, median",
        "Granted per client, median",
    ),
    "k.median_used": (
        "Käytetty asiakasta kohden, mediaani",
        "Använt per klient, median",
        "Used per client, median",
    ),
    "k.early": (
        "Budjetti käytetty (≥ 95 %) ennen kuin 75 % voimassaoloajasta kului",
        "Budgeten använd (≥ 95 %) innan 75 % av giltighetstiden gått",
        "Budget used up (≥ 95 %) before 75 % of its validity",
    ),
    "k.unused": (
        "Päättynyt budjetti, käytetty alle 50 %",
        "Avslutad budget, under 50 % använt",
        "Ended budget, under 50 % used",
    ),
    "k.invoice_days": (
        "Laskun saapumisesta asiakkaan kuittaukseen, mediaani päiviä",
        "Från fakturans ankomst till klientens kvittering, median dagar",
        "From an invoice's arrival to the client's confirmation, median days",
    ),
    "k.invoice_slow": (
        "Kuittauksia, joissa yli 14 päivää",
        "Kvitteringar över 14 dagar",
        "Confirmations taking over 14 days",
    ),
    "k.use_bands": (
        "Käyttöaste asiakasta kohden",
        "Användningsgrad per klient",
        "Share used per client",
    ),
    "k.by_category": (
        "Käyttö luokittain ajanjaksolla",
        "Användning per kategori",
        "Spending by category in the period",
    ),
    "k.by_method": (
        "Käyttö maksutavoittain ajanjaksolla",
        "Användning per betalningssätt",
        "Spending by payment method in the period",
    ),
    "k.by_law": (
        "Käyttö laeittain ajanjaksolla",
        "Användning per lag",
        "Spending by law in the period",
    ),
    "k.standard_missing": (
        "Vakiopalvelun kustannusta, jonka asiakas muuten saisi, ei ole kirjattu: erotusta ei "
        "voi laskea.",
        "Kostnaden för standardtjänsten har inte registrerats: skillnaden kan inte beräknas.",
        "The cost of the standard service the client would otherwise get is not recorded: "
        "the difference cannot be computed.",
    ),
    # payment methods
    "method.mobile_payment": ("mobiilimaksu", "mobilbetalning", "mobile payment"),
    "method.payment_commitment": ("maksusitoumus", "betalningsförbindelse", "payment commitment"),
    "method.invoice": ("lasku", "faktura", "invoice"),
    "method.service_voucher": ("palveluseteli", "servicesedel", "service voucher"),
    "method.direct_payment": ("suoraan asiakkaalle", "direkt till klienten", "direct payment"),
    # laws
    "law.social_welfare": ("sosiaalihuoltolaki", "socialvårdslagen", "Social Welfare Act"),
    "law.disability": (
        "vammaispalvelulaki",
        "lagen om funktionshinderservice",
        "Disability Services Act",
    ),
    "law.family_care": ("omaishoidon tuki", "stöd för närståendevård", "informal care support"),
    "law.elderly": ("vanhuspalvelulaki", "äldreomsorgslagen", "Elderly Care Act"),
    "law.child_welfare": ("lastensuojelulaki", "barnskyddslagen", "Child Welfare Act"),
    # categories
    "cat.home_help": ("kotiapu", "hemhjälp", "home help"),
    "cat.cleaning": ("siivous", "städning", "cleaning"),
    "cat.personal_assistance": (
        "henkilökohtainen apu",
        "personlig assistans",
        "personal assistance",
    ),
    "cat.coaching": ("valmennus", "coachning", "coaching"),
    "cat.therapy": ("terapia", "terapi", "therapy"),
    "cat.peer_support": ("vertaistuki", "kamratstöd", "peer support"),
    "cat.sports": ("liikunta", "idrott", "sport"),
    "cat.culture": ("kulttuuri", "kultur", "culture"),
    "cat.leisure": ("vapaa-aika", "fritid", "leisure"),
    "cat.course": ("kurssit", "kurser", "courses"),
    "cat.transport": ("kuljetus", "transport", "transport"),
    "cat.camp": ("leirit", "läger", "camps"),
    "cat.respite": ("lomitus", "avlösning", "respite"),
    "cat.equipment": ("välineet", "hjälpmedel", "equipment"),
    "cat.other": ("muu", "annat", "other"),
    "total": ("Yhteensä", "Totalt", "Total"),
}


def t(key: str, lang: str = "fi") -> str:
    words = _W.get(key)
    if words is None:
        return key.split(".", 1)[-1]  # an unknown code shows as itself
    return words[LANGS.index(lang) if lang in LANGS else 0]
