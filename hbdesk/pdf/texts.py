"""The documents' own words in Finnish, Swedish and English (codes from the domain → words)."""

from __future__ import annotations

_W: dict[str, tuple[str, str, str]] = {
    # common
    "page": ("sivu", "sida", "page"),
    "printed": ("Tulostettu", "Utskriven", "Printed"),
    "client": ("Asiakas", "Klient", "Client"),
    "name": ("Nimi", "Namn", "Name"),
    "identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "address": ("Osoite", "Adress", "Address"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "email": ("Sähköposti", "E-post", "Email"),
    "language": ("Asiointikieli", "Språk", "Language"),
    "unit": ("Yksikkö", "Enhet", "Unit"),
    "key_worker_name": ("Omatyöntekijä", "Egen kontaktperson", "Key worker"),
    "author": ("Kirjoittaja", "Skribent", "Author"),
    "date": ("Päivämäärä", "Datum", "Date"),
    "none": ("ei merkintöjä", "inga anteckningar", "none recorded"),
    "yes": ("kyllä", "ja", "yes"),
    "no": ("ei", "nej", "no"),
    # authors
    "author.client": ("asiakas", "klienten", "client"),
    "author.key_worker": ("omatyöntekijä", "egen kontaktperson", "key worker"),
    "author.support_person": ("tukihenkilö", "stödperson", "support person"),
    "author.together": ("yhdessä", "tillsammans", "together"),
    # plan
    "plan.title": ("Asiakassuunnitelma", "Klientplan", "Client plan"),
    "plan.version": ("Versio", "Version", "Version"),
    "plan.status": ("Tila", "Status", "Status"),
    "plan.status.draft": (
        "luonnos – ei vielä vahvistettu",
        "utkast – ännu inte bekräftad",
        "draft – not yet confirmed",
    ),
    "plan.status.agreed": (
        "luettu ja vahvistettu yhdessä",
        "läst och bekräftad tillsammans",
        "read and confirmed together",
    ),
    "plan.agreed_on": ("Vahvistettu", "Bekräftad", "Confirmed on"),
    "plan.confirmed_by": ("Vahvistajat", "Bekräftad av", "Confirmed by"),
    "plan.next_follow_up": ("Seuraava seuranta", "Nästa uppföljning", "Next follow-up"),
    "plan.based_on": ("Korvaa version", "Ersätter version", "Revises version"),
    "plan.confirmation": (
        "Asiakkaan vahvistus",
        "Klientens bekräftelse",
        "The client's confirmation",
    ),
    "plan.confirmed_how.drawn": ("piirretty allekirjoitus", "ritad underskrift", "drawn signature"),
    "plan.confirmed_how.typed": ("kirjoitettu nimi", "skrivet namn", "typed name"),
    "plan.present": ("Läsnä luettaessa", "Närvarande vid läsningen", "Present at the reading"),
    "plan.signature": ("Allekirjoitus", "Underskrift", "Signature"),
    "plan.changes_since": (
        "Muutokset vahvistettuun versioon %1 nähden",
        "Ändringar jämfört med den bekräftade versionen %1",
        "Changes since confirmed version %1",
    ),
    "plan.change.added": ("uusi", "ny", "new"),
    "plan.change.changed": ("muutettu", "ändrad", "changed"),
    "plan.change.was": (
        "Vahvistetussa versiossa",
        "I den bekräftade versionen",
        "In the confirmed version",
    ),
    "plan.removed": (
        "Poistettu vahvistetusta versiosta",
        "Borttagen ur den bekräftade versionen",
        "Removed from the confirmed version",
    ),
    "at_time": ("klo", "kl.", "at"),
    "section.need": ("Perusteet ja tarpeet", "Grunder och behov", "Grounds and needs"),
    "section.goal": ("Tavoitteet", "Mål", "Goals"),
    "section.budget_use": ("Budjetin käyttö", "Hur budgeten används", "Use of the budget"),
    "section.role": ("Roolit", "Roller", "Roles"),
    "section.follow_up": (
        "Seurantasopimukset",
        "Överenskommelser om uppföljning",
        "Follow-up agreements",
    ),
    "plan.roles_people": (
        "Omatyöntekijä, tukihenkilö ja asiakkaan tiimi",
        "Egen kontaktperson, stödperson och klientens team",
        "Key worker, support person and the client's team",
    ),
    "plan.support_person": ("Tukihenkilö", "Stödperson", "Support person"),
    "plan.trusted": ("Luottohenkilö", "Förtroendeperson", "Trusted person"),
    "plan.team": ("Asiakkaan tiimi", "Klientens team", "The client's team"),
    "disagreement": (
        "Asiakkaan eriävä näkemys",
        "Klientens avvikande åsikt",
        "The client's disagreement",
    ),
    "written_by": ("Kirjoittanut", "Skrivet av", "Written by"),
    "plan.legend": (
        "Jokaisen kirjauksen kohdalla näkyy, kuka sen kirjoitti ja milloin. Asiakkaan omat "
        "sanat ja eriävät näkemykset on kirjattu sellaisinaan.",
        "Vid varje anteckning syns vem som skrev den och när. Klientens egna ord och "
        "avvikande åsikter är antecknade ordagrant.",
        "Each entry shows who wrote it and when. The client's own words and any "
        "disagreement are kept exactly as written.",
    ),
    # decision
    "decision.title": (
        "Päätös henkilökohtaisesta budjetista",
        "Beslut om personlig budget",
        "Decision on a personal budget",
    ),
    "decision.title_ending": (
        "Päätös henkilökohtaisen budjetin käytön päättämisestä",
        "Beslut om att användningen av den personliga budgeten upphör",
        "Decision to end the use of a personal budget",
    ),
    "decision.number": ("Päätösnumero", "Beslutsnummer", "Decision number"),
    "decision.date": ("Päätöspäivä", "Beslutsdatum", "Date of decision"),
    "decision.maker": ("Päätöksentekijä", "Beslutsfattare", "Decided by"),
    "decision.body": ("Päättävä taho", "Beslutande instans", "Deciding body"),
    "decision.outcome": ("Päätös", "Beslut", "Outcome"),
    "outcome.granted": ("Myönnetään", "Beviljas", "Granted"),
    "outcome.partly_granted": ("Myönnetään osittain", "Beviljas delvis", "Partly granted"),
    "outcome.refused": ("Ei myönnetä", "Avslås", "Refused"),
    "outcome.ended": (
        "Budjetin käyttö päättyy",
        "Användningen av budgeten upphör",
        "Use of the budget ends",
    ),
    "decision.sum": ("Budjetti", "Budget", "Budget"),
    "decision.proposed_sum": (
        "Haettu / ehdotettu summa",
        "Ansökt / föreslaget belopp",
        "Proposed sum",
    ),
    "decision.validity": ("Voimassa", "Giltighetstid", "Valid"),
    "decision.grounds": ("Perustelut", "Motivering", "Grounds"),
    "decision.plan_summary": (
        "Tavoitteet ja budjetin käyttö (asiakassuunnitelmasta)",
        "Mål och hur budgeten används (ur klientplanen)",
        "Goals and the use of the budget (from the client plan)",
    ),
    "decision.breakdown": ("Budjetin erittely", "Budgetens specifikation", "Budget breakdown"),
    "decision.breakdown_note": (
        "Erittely kertoo, miten summa on laskettu. Se ei vaadi luvan kysymistä jokaiseen "
        "hankintaan: käyttöä verrataan päätöksen summaan, voimassaoloaikaan ja rajauksiin.",
        "Specifikationen visar hur beloppet har räknats ut. Den kräver inte att du ber om lov "
        "för varje köp: användningen jämförs med beslutets belopp, giltighetstid och "
        "begränsningar.",
        "The breakdown shows how the sum was computed. It does not mean asking permission "
        "for each purchase: use is checked against the decision's sum, period and "
        "restrictions.",
    ),
    "decision.restrictions": ("Rajaukset", "Begränsningar", "Restrictions"),
    "decision.general_restriction": (
        "Yleinen rajaus: budjettia ei saa koskaan käyttää rahapeleihin eikä rikolliseen "
        "toimintaan.",
        "Allmän begränsning: budgeten får aldrig användas till penningspel eller brottslig "
        "verksamhet.",
        "General restriction: the budget may never be used for gambling or for crime.",
    ),
    "decision.excluded": ("Ei käytetä", "Används inte till", "Not to be used for"),
    "decision.allowed_only": ("Käytetään vain", "Används endast till", "Only for"),
    "decision.legal_basis": ("Sovelletut säännökset", "Tillämpade bestämmelser", "Legal basis"),
    "decision.law": ("Laki", "Lag", "Act"),
    "decision.part": ("Osuus budjetista", "Andel av budgeten", "Part of the budget"),
    "decision.parts_note": (
        "Budjetti myönnetään usean lain perusteella; kunkin lain osuus budjetista:",
        "Budgeten beviljas med stöd av flera lagar; varje lags andel av budgeten:",
        "The budget is granted under several acts; each act's part of the budget:",
    ),
    "law.social_welfare": (
        "Sosiaalihuoltolaki (1301/2014)",
        "Socialvårdslagen (1301/2014)",
        "Social Welfare Act (1301/2014)",
    ),
    "law.disability": (
        "Vammaispalvelulaki (675/2023)",
        "Lagen om funktionshinderservice (675/2023)",
        "Disability Services Act (675/2023)",
    ),
    "law.family_care": (
        "Laki omaishoidon tuesta (937/2005)",
        "Lagen om stöd för närståendevård (937/2005)",
        "Act on Support for Informal Care (937/2005)",
    ),
    "law.elderly": (
        "Vanhuspalvelulaki (980/2012)",
        "Äldreomsorgslagen (980/2012)",
        "Act on Services for Older Persons (980/2012)",
    ),
    "law.child_welfare": (
        "Lastensuojelulaki (417/2007)",
        "Barnskyddslagen (417/2007)",
        "Child Welfare Act (417/2007)",
    ),
    "decision.follow_up": (
        "Seurantasopimukset",
        "Överenskommelser om uppföljning",
        "Follow-up agreements",
    ),
    "decision.payment_methods": ("Maksutavat", "Betalningssätt", "Payment methods"),
    "decision.payment_methods_text": (
        "Budjettia voi käyttää ilman erillistä lupaa jokaiseen hankintaan seuraavilla "
        "tavoilla: mobiilimaksu, maksusitoumus, lasku jonka asiakas kuittaa oikeaksi, "
        "palveluseteli tai raha asiakkaan tilille, jolloin kuitit toimitetaan. Saldoa voi "
        "seurata yhdessä omatyöntekijän kanssa.",
        "Budgeten kan användas utan särskilt lov för varje köp på följande sätt: "
        "mobilbetalning, betalningsförbindelse, faktura som klienten bekräftar som riktig, "
        "servicesedel eller pengar till klientens konto, då kvitton lämnas in. Saldot kan "
        "följas tillsammans med den egna kontaktpersonen.",
        "The budget can be used without asking permission for each purchase, by: mobile "
        "payment, payment commitment, an invoice the client confirms as correct, service "
        "voucher, or money to the client's account with receipts reported. The balance can "
        "be followed together with the key worker.",
    ),
    "decision.supersedes": (
        "Tämä päätös korvaa päätöksen",
        "Detta beslut ersätter beslut",
        "This decision supersedes decision",
    ),
    "decision.superseded_by": (
        "Tämän päätöksen on korvannut päätös",
        "Detta beslut har ersatts av beslut",
        "This decision has been superseded by decision",
    ),
    "decision.notification": ("Tiedoksianto", "Delgivning", "Notification"),
    "decision.signature": ("Päätöksen tekijä", "Beslutsfattare", "Decision-maker"),
    "method.letter": ("kirjeenä", "per brev", "by letter"),
    "method.electronic": (
        "sähköisenä viestinä",
        "som elektroniskt meddelande",
        "by electronic message",
    ),
    "method.in_person": (
        "luovutettu henkilökohtaisesti, vastaanotto kuitattu",
        "överlämnat personligen mot kvittering",
        "handed over in person with acknowledgement",
    ),
    "notified.sent": ("lähetetty / luovutettu", "skickat / överlämnat", "sent / handed over"),
    "notified.received": ("katsotaan saaduksi", "anses mottaget", "deemed received"),
    "notified.deadline": (
        "oikaisuvaatimuksen viimeinen päivä",
        "sista dag för begäran om omprövning",
        "last day for a request for rectification",
    ),
    "notified.ack": ("kuittaaja", "kvitterat av", "acknowledged by"),
    # rectification instructions
    "rect.title": (
        "Oikaisuvaatimusohje",
        "Anvisning om begäran om omprövning",
        "How to request rectification",
    ),
    "rect.intro": (
        "Jos olet tyytymätön tähän päätökseen, voit vaatia siihen oikaisua. Oikaisuvaatimusta "
        "ei voi ohittaa: päätökseen haetaan muutosta ensin oikaisuvaatimuksella.",
        "Om du är missnöjd med detta beslut kan du begära omprövning. Ändring söks först "
        "genom begäran om omprövning.",
        "If you are not satisfied with this decision, you can ask for it to be rectified. "
        "A request for rectification comes first, before any appeal to a court.",
    ),
    "rect.to_whom": (
        "Kenelle oikaisuvaatimus tehdään",
        "Till vem begäran riktas",
        "Where to send the request",
    ),
    "rect.time": ("Määräaika", "Tidsfrist", "Time limit"),
    "rect.time_text": (
        "Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. "
        "Tiedoksisaantipäivää ei lasketa määräaikaan. Jos määräajan viimeinen päivä on "
        "lauantai, sunnuntai tai arkipyhä, määräaika jatkuu seuraavaan arkipäivään.",
        "Begäran om omprövning ska göras inom 30 dagar från delfåendet av beslutet. "
        "Delfåendedagen räknas inte in i fristen. Om fristens sista dag är en lördag, söndag "
        "eller helgdag fortsätter fristen till följande vardag.",
        "The request must be made within 30 days of receiving notice of the decision. The "
        "day of notification is not counted. If the last day falls on a Saturday, Sunday or "
        "public holiday, the time limit runs to the next working day.",
    ),
    "rect.deemed": (
        "Päätös katsotaan saaduksi tiedoksi: tavallisena kirjeenä lähetettynä seitsemäntenä "
        "päivänä lähettämisestä; sähköisenä viestinä lähetettynä kolmantena päivänä "
        "lähettämisestä; henkilökohtaisesti vastaanottokuittausta vastaan luovutettuna "
        "luovutuspäivänä. Asiakas voi osoittaa saaneensa tiedon myöhemmin.",
        "Beslutet anses ha delgetts: när det skickats som vanligt brev den sjunde dagen efter "
        "att det skickades; som elektroniskt meddelande den tredje dagen efter att det "
        "skickades; när det överlämnats personligen mot kvittering samma dag. Klienten kan "
        "visa att hen fått del av beslutet senare.",
        "The decision is deemed received: sent by ordinary letter, on the 7th day after "
        "posting; sent as an electronic message, on the 3rd day after sending; handed over "
        "in person with acknowledgement, on that day. The client may show that they "
        "received it later.",
    ),
    "rect.your_deadline": (
        "Tämän päätöksen tiedoksianto: {method} {sent}. Päätös katsotaan saaduksi {received}, "
        "joten oikaisuvaatimuksen on oltava perillä viimeistään {deadline} ennen virka-ajan "
        "päättymistä.",
        "Delgivning av detta beslut: {method} {sent}. Beslutet anses mottaget {received}, så "
        "begäran om omprövning ska ha kommit fram senast {deadline} före tjänstetidens slut.",
        "This decision was notified {method} on {sent}. It is deemed received on {received}, "
        "so the request must arrive by {deadline}, before the end of office hours.",
    ),
    "rect.no_notification": (
        "Tiedoksiannon tapaa ja päivää ei ole vielä kirjattu; määräaika lasketaan "
        "tiedoksisaannista yllä kuvatulla tavalla.",
        "Sättet och dagen för delgivningen har ännu inte antecknats; fristen räknas från "
        "delfåendet så som beskrivs ovan.",
        "How and when the decision was notified has not been recorded yet; the time limit "
        "is counted from notification as described above.",
    ),
    "rect.contents": (
        "Oikaisuvaatimuksen sisältö",
        "Innehållet i begäran om omprövning",
        "What the request must contain",
    ),
    "rect.contents_items": (
        "nimesi ja yhteystietosi (osoite, puhelin, sähköposti)|päätös, johon haet oikaisua "
        "(päätösnumero ja päivämäärä)|millaista muutosta päätökseen vaadit|perusteet, miksi "
        "päätöstä pitäisi muuttaa|allekirjoituksesi tai edustajasi allekirjoitus",
        "ditt namn och dina kontaktuppgifter (adress, telefon, e-post)|det beslut som "
        "begäran gäller (beslutsnummer och datum)|vilken ändring du begär|grunderna för "
        "varför beslutet bör ändras|din underskrift eller din företrädares underskrift",
        "your name and contact details (address, phone, email)|the decision concerned "
        "(number and date)|the change you ask for|the grounds on which the decision should "
        "be changed|your signature or that of your representative",
    ),
    "rect.attachments": (
        "Liitä mukaan asiakirjat, joihin vetoat, jos ne eivät jo ole viranomaisen hallussa. "
        "Jos vaatimuksen tekee edustaja, liitä valtakirja. Oikaisuvaatimuksen tekeminen on "
        "maksutonta.",
        "Bifoga de handlingar som du stöder dig på, om myndigheten inte redan har dem. Om en "
        "företrädare gör begäran, bifoga en fullmakt. Att begära omprövning är avgiftsfritt.",
        "Attach any documents you rely on that the authority does not already have. If a "
        "representative makes the request, attach a power of attorney. Asking for "
        "rectification is free of charge.",
    ),
    "rect.court": (
        "Valitus hallinto-oikeuteen",
        "Besvär hos förvaltningsdomstolen",
        "Appeal to the administrative court",
    ),
    "rect.court_text": (
        "Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla "
        "hallinto-oikeuteen ({court}) 30 päivän kuluessa sen tiedoksisaannista. Ohje "
        "valittamiseen annetaan oikaisuvaatimukseen annettavan päätöksen mukana.",
        "Beslutet med anledning av begäran om omprövning får överklagas genom besvär hos "
        "förvaltningsdomstolen ({court}) inom 30 dagar från delfåendet. Besvärsanvisning "
        "följer med beslutet om omprövning.",
        "The decision on the request for rectification can be appealed to the "
        "administrative court ({court}) within 30 days of receiving it. Instructions for "
        "that appeal come with that decision.",
    ),
    # payment commitment
    "pc.title": ("Maksusitoumus", "Betalningsförbindelse", "Payment commitment"),
    "pc.number": ("Sitoumuksen tunnus", "Förbindelsens nummer", "Commitment reference"),
    "pc.date": ("Annettu", "Given", "Issued"),
    "pc.payer": ("Maksaja", "Betalare", "Payer"),
    "pc.provider": ("Palveluntuottaja", "Tjänsteproducent", "Provider"),
    "pc.user": ("Palvelun käyttäjä", "Tjänstens användare", "Service user"),
    "pc.service": ("Sovittu palvelu", "Överenskommen tjänst", "Agreed service"),
    "pc.quantity": ("Määrä", "Mängd", "Quantity"),
    "pc.unit_price": ("Yksikköhinta", "Enhetspris", "Unit price"),
    "pc.sum": ("Enintään yhteensä", "Högst sammanlagt", "Up to a total of"),
    "pc.validity": ("Voimassa", "Giltig", "Valid"),
    "pc.invoicing": ("Laskutusosoite", "Faktureringsadress", "Invoicing address"),
    "pc.reference": (
        "Laskulle merkittävä viite",
        "Referens på fakturan",
        "Reference to put on the invoice",
    ),
    "pc.terms": (
        "Maksaja sitoutuu maksamaan yllä mainitun palvelun enintään ilmoitettuun summaan asti "
        "sitoumuksen voimassaoloaikana toteutuneesta palvelusta. Laskuun merkitään viite ja "
        "palvelun käyttäjän nimi. Sitoumusta ei voi siirtää toiselle.",
        "Betalaren förbinder sig att betala ovan nämnda tjänst upp till det angivna beloppet "
        "för tjänster som utförts under förbindelsens giltighetstid. På fakturan anges "
        "referensen och tjänstens användares namn. Förbindelsen kan inte överlåtas.",
        "The payer undertakes to pay for the service above, up to the stated total, for "
        "service delivered while this commitment is valid. Put the reference and the service "
        "user's name on the invoice. This commitment cannot be transferred.",
    ),
    "pc.confidential": (
        "Tätä sitoumusta ei saa luovuttaa eteenpäin.",
        "Denna förbindelse får inte lämnas vidare.",
        "Do not pass this commitment on to others.",
    ),
    # export
    "export.title": ("Kaikki tietosi", "Alla dina uppgifter", "All your data"),
    "export.intro": (
        "Tämä asiakirja sisältää kaikki tiedot, jotka sinusta on kirjattu tähän "
        "järjestelmään, sekä lokin siitä, kuka tietojasi on käsitellyt ja kenelle niitä on "
        "luovutettu. Samat tiedot ovat koneluettavassa muodossa JSON-tiedostossa.",
        "Detta dokument innehåller alla uppgifter som antecknats om dig i detta system och "
        "loggen över vem som behandlat dina uppgifter och till vem de lämnats ut. Samma "
        "uppgifter finns i maskinläsbar form i en JSON-fil.",
        "This document holds everything recorded about you in this system, and the log of "
        "who used your data and to whom it was disclosed. The same data is in "
        "machine-readable form in a JSON file.",
    ),
    "export.details": ("Perustiedot", "Grunduppgifter", "Your details"),
    "export.people": (
        "Läheiset, tukihenkilö ja tiimi",
        "Närstående, stödperson och team",
        "Close people, support person and team",
    ),
    "export.contacts": ("Yhteydenotot", "Kontakter", "Contacts"),
    "export.notes": ("Muistiinpanot", "Anteckningar", "Notes"),
    "export.self": ("Oma-arvioinnit", "Egna bedömningar", "Self-assessments"),
    "export.assessments": (
        "Palvelutarpeen arvioinnit",
        "Bedömningar av servicebehov",
        "Service-need assessments",
    ),
    "export.proposals": ("Oma ehdotus", "Eget förslag", "Your own proposal"),
    "export.plans": ("Asiakassuunnitelmat", "Klientplaner", "Client plans"),
    "export.budgets": ("Budjetit", "Budgetar", "Budgets"),
    "export.decisions": ("Päätökset", "Beslut", "Decisions"),
    "export.spending": (
        "Budjetin käyttö ja kuittaukset",
        "Användning och bekräftelser",
        "Spending and confirmations",
    ),
    "export.follow_ups": ("Seuranta", "Uppföljning", "Follow-up"),
    "export.goals": ("Tavoitteiden edistyminen", "Hur målen framskrider", "Progress on goals"),
    "export.closing": ("Asiakkuuden päättyminen", "Klientrelationens avslutning", "Closing"),
    "export.log": (
        "Kuka tietojasi on käsitellyt",
        "Vem som behandlat dina uppgifter",
        "Who used your data",
    ),
    "export.log_intro": (
        "Jokainen tietojesi katselu, kirjaus, muutos, tulostus, vienti ja luovutus, uusin ensin.",
        "Varje visning, anteckning, ändring, utskrift, export och utlämnande av dina "
        "uppgifter, nyaste först.",
        "Every view, entry, change, print, export and disclosure of your data, newest first.",
    ),
    "log.when": ("Aika (UTC)", "Tid (UTC)", "Time (UTC)"),
    "log.who": ("Kuka", "Vem", "Who"),
    "log.what": ("Mitä", "Vad", "What"),
    "log.why": ("Miksi", "Varför", "Why"),
    "log.to": (
        "Kenelle, millä perusteella, mitä",
        "Till vem, på vilken grund, vad",
        "To whom, on what basis, what",
    ),
    "action.view": ("katseli tietoja", "visade uppgifter", "viewed"),
    "action.create": ("kirjasi", "antecknade", "recorded"),
    "action.change": ("muutti", "ändrade", "changed"),
    "action.print": ("tulosti", "skrev ut", "printed"),
    "action.export": ("vei tiedot", "exporterade", "exported"),
    "action.disclose": ("luovutti tietoja", "lämnade ut uppgifter", "disclosed"),
    "role.key_worker": ("omatyöntekijä", "egen kontaktperson", "key worker"),
    "role.decision_maker": ("päätöksentekijä", "beslutsfattare", "decision-maker"),
    "role.client": ("asiakas", "klient", "client"),
    "role.support_person": ("tukihenkilö", "stödperson", "support person"),
    "role.close_person": ("läheinen", "närstående", "close person"),
    "role.guardian": ("edunvalvoja", "intressebevakare", "guardian"),
    "role.team_member": ("tiimin jäsen", "teammedlem", "team member"),
    "role.admin": ("ylläpitäjä", "administratör", "administrator"),
    "role.system": ("järjestelmä", "systemet", "the system"),
    "purpose.client_work": ("asiakastyö", "klientarbete", "client work"),
    "purpose.access_log_request": (
        "käyttölokin katselu",
        "visning av loggen",
        "viewing the access log",
    ),
    "purpose.client_data_export": (
        "kaikkien tietojen vienti",
        "export av alla uppgifter",
        "export of all data",
    ),
    "purpose.print_plan": ("suunnitelman tulostus", "utskrift av planen", "printing the plan"),
    "purpose.print_decision": (
        "päätöksen tulostus",
        "utskrift av beslutet",
        "printing the decision",
    ),
    "purpose.disclosure": ("tietojen luovutus", "utlämnande", "disclosure"),
    "purpose.decision": ("päätöksenteko", "beslutsfattande", "decision-making"),
    "purpose.contact": ("yhteydenotto", "kontakt", "contact"),
    "purpose.sync": ("synkronointi", "synkronisering", "synchronisation"),
    "table.decision_drafts": ("Päätösluonnokset", "Beslutsutkast", "Decision drafts"),
    "table.conflicts": ("Ristiriitaiset muutokset", "Motstridiga ändringar", "Conflicting changes"),
    "money.in_conflict": (
        "ristiriidassa, ratkaistava",
        "i konflikt, ska avgöras",
        "in conflict, to be settled",
    ),
    "col.entry": ("Kirjaus", "Anteckning", "Entry"),
    "col.amount": ("Summa", "Belopp", "Amount"),
    "col.provider": ("Tuottaja", "Producent", "Provider"),
    "col.method": ("Maksutapa", "Betalningssätt", "Method"),
    "col.status": ("Kuittaus", "Bekräftelse", "Confirmation"),
    "col.description": ("Kuvaus", "Beskrivning", "Description"),
    "col.price": ("Hinta", "Pris", "Price"),
    "col.qty": ("Määrä", "Mängd", "Qty"),
    "col.total": ("Yhteensä", "Totalt", "Total"),
    "col.score": ("Arvio", "Bedömning", "Score"),
    "col.domain": ("Osa-alue", "Område", "Area"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "verdict.correct": ("oikein", "riktig", "correct"),
    "verdict.disputed": ("ei oikein", "inte riktig", "disputed"),
    "pending": ("odottaa", "väntar", "pending"),
    "reversal": ("oikaisu", "rättelse", "correction"),
    "pm.mobile_payment": ("mobiilimaksu", "mobilbetalning", "mobile payment"),
    "pm.payment_commitment": ("maksusitoumus", "betalningsförbindelse", "payment commitment"),
    "pm.invoice": ("lasku", "faktura", "invoice"),
    "pm.service_voucher": ("palveluseteli", "servicesedel", "service voucher"),
    "pm.direct_payment": ("raha tilille", "pengar till kontot", "money to the account"),
    "freq.once": ("kerran", "en gång", "once"),
    "freq.weekly": ("viikossa", "per vecka", "a week"),
    "freq.monthly": ("kuukaudessa", "per månad", "a month"),
}

UNITS: dict[str, tuple[str, str, str]] = {
    "hour": ("tunti", "timme", "hour"),
    "visit": ("käynti", "besök", "visit"),
    "session": ("kerta", "gång", "session"),
    "day": ("päivä", "dag", "day"),
    "week": ("viikko", "vecka", "week"),
    "month": ("kuukausi", "månad", "month"),
    "year": ("vuosi", "år", "year"),
    "card": ("kortti", "kort", "card"),
    "course": ("kurssi", "kurs", "course"),
    "trip": ("matka", "resa", "trip"),
    "ticket": ("lippu", "biljett", "ticket"),
    "piece": ("kpl", "st.", "piece"),
}

CATEGORIES: dict[str, tuple[str, str, str]] = {
    "home_help": ("kotiapu", "hemhjälp", "home help"),
    "cleaning": ("siivous", "städning", "cleaning"),
    "personal_assistance": ("henkilökohtainen apu", "personlig assistans", "personal assistance"),
    "coaching": ("valmennus", "coachning", "coaching"),
    "therapy": ("terapia", "terapi", "therapy"),
    "peer_support": ("vertaistuki", "kamratstöd", "peer support"),
    "sports": ("liikunta", "motion", "sports"),
    "culture": ("kulttuuri", "kultur", "culture"),
    "leisure": ("vapaa-aika", "fritid", "leisure"),
    "course": ("kurssit ja opiskelu", "kurser och studier", "courses"),
    "transport": ("liikkuminen", "transport", "transport"),
    "camp": ("leirit", "läger", "camps"),
    "respite": ("lomitus ja vapaat", "avlösning", "respite"),
    "equipment": ("välineet", "utrustning", "equipment"),
    "other": ("muu", "annat", "other"),
    "gambling": ("rahapelit", "penningspel", "gambling"),
    "crime": ("rikollinen toiminta", "brottslig verksamhet", "crime"),
}

_INDEX = {"fi": 0, "sv": 1, "en": 2}

# The acts a decision rests on, by statute number: their names in each language, so that a
# Swedish decision names "Socialvårdslag (1301/2014)" even when it was prepared in Finnish.
LAWS: dict[str, tuple[str, str, str]] = {
    "1301/2014": ("Sosiaalihuoltolaki", "Socialvårdslag", "Social Welfare Act"),
    "675/2023": ("Vammaispalvelulaki", "Lag om funktionshinderservice", "Disability Services Act"),
    "937/2005": (
        "Laki omaishoidon tuesta",
        "Lag om stöd för närståendevård",
        "Act on Support for Informal Care",
    ),
    "980/2012": ("Vanhuspalvelulaki", "Äldreomsorgslag", "Older Persons Services Act"),
    "417/2007": ("Lastensuojelulaki", "Barnskyddslag", "Child Welfare Act"),
    "703/2023": (
        "Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä",
        "Lag om behandling av klientuppgifter inom social- och hälsovården",
        "Act on the Processing of Client Data in Healthcare and Social Welfare",
    ),
}


def _pick(words: tuple[str, str, str], lang: str) -> str:
    return words[_INDEX.get(lang, 0)]


def t(key: str, lang: str) -> str:
    """The word for `key`; an unknown key shows as itself (never a crash on paper)."""
    words = _W.get(key)
    return _pick(words, lang) if words else key


def laws_in(text: str, lang: str) -> str:
    """A legal basis with every known act's name in `lang` ("Sosiaalihuoltolaki (1301/2014)"
    → "Socialvårdslag (1301/2014)"); what is not a known act's name stays as written."""
    for number, names in LAWS.items():
        wanted = _pick(names, lang)
        for name in names:
            if name != wanted:
                text = text.replace(f"{name} ({number})", f"{wanted} ({number})")
    return text


def word(prefix: str, code: str | None, lang: str) -> str:
    """A code of the domain (author, outcome, method, …) in words; unknown codes as is."""
    if not code:
        return ""
    return t(f"{prefix}.{code}", lang) if f"{prefix}.{code}" in _W else code


def unit(code: str, lang: str) -> str:
    return _pick(UNITS[code], lang) if code in UNITS else code


def category(code: str, lang: str) -> str:
    return _pick(CATEGORIES[code], lang) if code in CATEGORIES else code
