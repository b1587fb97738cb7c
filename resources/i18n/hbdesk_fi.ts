<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Benefit</name>
    <message>
        <source>Used by %1 clients; their goals have not been followed up yet.</source>
        <translation>%1 asiakasta on käyttänyt tätä; tavoitteiden toteutumista ei ole vielä arvioitu.</translation>
    </message>
    <message>
        <source>Used by %1 clients; their goals were reached or exceeded for %2 of %1.</source>
        <translation>%1 asiakasta on käyttänyt tätä; %2 heistä saavutti tavoitteensa tai ylitti ne.</translation>
    </message>
    <message>
        <source>Used by %1 clients; of the %3 whose goals have been followed up, %2 reached or exceeded them.</source>
        <translation>%1 asiakasta on käyttänyt tätä; tavoitteet on arvioitu %3 asiakkaalla, ja heistä %2 saavutti tavoitteensa tai ylitti ne.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Budget status</source>
        <translation>Budjetin tila</translation>
    </message>
    <message>
        <source>New budget version</source>
        <translation>Uusi budjettiversio</translation>
    </message>
    <message>
        <source>Budget valid from</source>
        <translation>Budjetti voimassa alkaen</translation>
    </message>
    <message>
        <source>Budget valid to</source>
        <translation>Budjetti voimassa asti</translation>
    </message>
    <message>
        <source>Create budget</source>
        <translation>Luo budjetti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>asti</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budjettirivit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Kuinka usein</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kertaa</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Rivin summa</translation>
    </message>
    <message>
        <source>Quantity of the chosen line</source>
        <translation>Valitun rivin määrä</translation>
    </message>
    <message>
        <source>How often, chosen line</source>
        <translation>Kuinka usein, valittu rivi</translation>
    </message>
    <message>
        <source>Unit price of the chosen line</source>
        <translation>Valitun rivin yksikköhinta</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Tallenna rivi</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>Budget ready for decision</source>
        <translation>Budjetti valmis päätettäväksi</translation>
    </message>
    <message>
        <source>Start a revised budget</source>
        <translation>Aloita tarkistettu budjetti</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summat</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation>Budjetti yhteensä</translation>
    </message>
    <message>
        <source>Totals per law</source>
        <translation>Summat laeittain</translation>
    </message>
    <message>
        <source>Compared with the client&apos;s own options</source>
        <translation>Verrattuna asiakkaan omiin vaihtoehtoihin</translation>
    </message>
    <message>
        <source>Price catalogue</source>
        <translation>Hinnasto</translation>
    </message>
    <message>
        <source>Search the price catalogue</source>
        <translation>Hae hinnastosta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message numerus="yes">
        <source>This line: %1 (%n times). Budget with it: %3</source>
        <translation>
            <numerusform>Tämä rivi: %1 (%n kerta). Budjetti sen kanssa: %3</numerusform>
            <numerusform>Tämä rivi: %1 (%n kertaa). Budjetti sen kanssa: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>in conflict, to be settled</source>
        <translation>ristiriidassa, ratkaistava</translation>
    </message>
    <message>
        <source>Known benefit</source>
        <translation>Hyöty käyttäjille</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Hinnaston palvelut</translation>
    </message>
    <message>
        <source>What is known of the chosen item&apos;s benefit</source>
        <translation>Mitä valitun palvelun hyödystä tiedetään</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Hinnaston versio</translation>
    </message>
    <message>
        <source>Quantity to add</source>
        <translation>Lisättävä määrä</translation>
    </message>
    <message>
        <source>How often, line to add</source>
        <translation>Kuinka usein, lisättävä rivi</translation>
    </message>
    <message>
        <source>Line from</source>
        <translation>Rivi alkaen</translation>
    </message>
    <message>
        <source>Line to</source>
        <translation>Rivi asti</translation>
    </message>
    <message>
        <source>Add to budget</source>
        <translation>Lisää budjettiin</translation>
    </message>
    <message>
        <source>Add the chosen item to the budget</source>
        <translation>Lisää valittu palvelu budjettiin</translation>
    </message>
    <message>
        <source>Price of the line to add</source>
        <translation>Lisättävän rivin hinta</translation>
    </message>
    <message>
        <source>No budget yet. Create one for the validity period.</source>
        <translation>Budjettia ei vielä ole. Luo se voimassaoloajalle.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>decided (read only)</source>
        <translation>päätetty (vain luku)</translation>
    </message>
    <message>
        <source>Version %1, %2 – %3, %4</source>
        <translation>Versio %1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Yhteensä %1</translation>
    </message>
    <message>
        <source>Of which the client&apos;s own found options: %1; from the price catalogue: %2</source>
        <translation>Tästä asiakkaan itse löytämiä vaihtoehtoja: %1; hinnastosta: %2</translation>
    </message>
    <message>
        <source>Prices from the catalogue version the budget was made with (%1, created %2).</source>
        <translation>Hinnat siitä hinnaston versiosta, jolla budjetti tehtiin (%1, luotu %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue first.</source>
        <translation>Valitse ensin palvelu hinnastosta.</translation>
    </message>
    <message>
        <source>ready for the decision</source>
        <translation>valmis päätettäväksi</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Seuraava seuranta</translation>
    </message>
    <message>
        <source>No budget in force</source>
        <translation>Ei budjettia</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 jäljellä</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>loppumassa</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to confirm</source>
        <translation>
            <numerusform>%n lasku kuitattavana</numerusform>
            <numerusform>%n laskua kuitattavana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipts overdue</source>
        <translation>
            <numerusform>%n kuitti myöhässä</numerusform>
            <numerusform>%n kuittia myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted %1, available %2, valid until %3</source>
        <translation>Myönnetty %1, käytettävissä %2, voimassa %3 asti</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1</source>
        <translation>Tällä tahdilla raha loppuu %1</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>My clients</source>
        <translation>Asiakkaani</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>&amp;Search (name, identity code, stage)</source>
        <translation>&amp;Hae (nimi, henkilötunnus, vaihe)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Kirjoita hakusana</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Follow-up within two weeks</source>
        <translation>Seuranta kahden viikon sisällä</translation>
    </message>
    <message>
        <source>Budget running out</source>
        <translation>Budjetti loppumassa</translation>
    </message>
    <message>
        <source>Invoices to confirm</source>
        <translation>Kuitattavia laskuja</translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>Kuitit myöhässä</translation>
    </message>
    <message>
        <source>Open clients</source>
        <translation>Avoimet asiakkuudet</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>V&amp;aihe</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) shown</source>
        <translation>
            <numerusform>%n asiakas näkyvissä</numerusform>
            <numerusform>%n asiakasta näkyvissä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientLogCounts</name>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%n merkinnästä näytetään %1.</numerusform>
            <numerusform>%n merkinnästä näytetään %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientLogWidget</name>
    <message>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Katselut</translation>
    </message>
    <message>
        <source>Disclosures, prints and copies</source>
        <translation>Luovutukset, tulosteet ja kopiot</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Päätöksentekijä</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Member of the client&apos;s team</source>
        <translation>Asiakkaan tiimin jäsen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>Valtuutettu</translation>
    </message>
    <message>
        <source>basic details</source>
        <translation>perustiedot</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteydenotto</translation>
    </message>
    <message>
        <source>close people</source>
        <translation>läheiset</translation>
    </message>
    <message>
        <source>the client&apos;s team</source>
        <translation>asiakkaan tiimi</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>oma-arvio</translation>
    </message>
    <message>
        <source>self-assessment answers</source>
        <translation>oma-arvion vastaukset</translation>
    </message>
    <message>
        <source>service-need assessment</source>
        <translation>palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>the client&apos;s own proposal</source>
        <translation>asiakkaan oma ehdotus</translation>
    </message>
    <message>
        <source>need for a support person</source>
        <translation>tukihenkilön tarve</translation>
    </message>
    <message>
        <source>client plan</source>
        <translation>asiakassuunnitelma</translation>
    </message>
    <message>
        <source>plan entries</source>
        <translation>suunnitelman kirjaukset</translation>
    </message>
    <message>
        <source>confirmation of the plan</source>
        <translation>suunnitelman vahvistus</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>eriävä mielipide</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budjetti</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>budjettirivit</translation>
    </message>
    <message>
        <source>decision draft</source>
        <translation>päätösluonnos</translation>
    </message>
    <message>
        <source>budget decision</source>
        <translation>HB-päätös</translation>
    </message>
    <message>
        <source>notification of the decision</source>
        <translation>päätöksen tiedoksianto</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>budjetin käyttö</translation>
    </message>
    <message>
        <source>confirmation of an invoice</source>
        <translation>laskun kuittaus</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>kuitit</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seuranta</translation>
    </message>
    <message>
        <source>progress on goals</source>
        <translation>tavoitteiden eteneminen</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>asiakkuuden päättyminen</translation>
    </message>
    <message>
        <source>conflicting changes</source>
        <translation>ristiriitaiset muutokset</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>this log</source>
        <translation>tämä loki</translation>
    </message>
    <message>
        <source>authorisations</source>
        <translation>valtuutukset</translation>
    </message>
    <message>
        <source>what was done in Oma HB</source>
        <translation>mitä Oma HB:ssä tehtiin</translation>
    </message>
    <message>
        <source>client work</source>
        <translation>asiakastyö</translation>
    </message>
    <message>
        <source>showing this log</source>
        <translation>tämän lokin näyttäminen</translation>
    </message>
    <message>
        <source>the list of clients</source>
        <translation>asiakaslista</translation>
    </message>
    <message>
        <source>a copy of the client&apos;s own data</source>
        <translation>kopio asiakkaan omista tiedoista</translation>
    </message>
    <message>
        <source>resolving conflicting changes</source>
        <translation>ristiriitaisten muutosten ratkaiseminen</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>ensimmäinen yhteydenotto</translation>
    </message>
    <message>
        <source>making the decision</source>
        <translation>päätöksenteko</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>tietojen luovutus</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>palaute</translation>
    </message>
    <message>
        <source>comparing the worker&apos;s clients with the unit&apos;s outcomes</source>
        <translation>työntekijän asiakkaiden vertaaminen yksikön tuloksiin</translation>
    </message>
    <message>
        <source>printing the decision</source>
        <translation>päätöksen tulostaminen</translation>
    </message>
    <message>
        <source>printing the plan</source>
        <translation>suunnitelman tulostaminen</translation>
    </message>
    <message>
        <source>the client&apos;s details</source>
        <translation>asiakkaan tiedot</translation>
    </message>
    <message>
        <source>other records</source>
        <translation>muut tiedot</translation>
    </message>
    <message>
        <source>%1 (device %2)</source>
        <translation>%1 (laite %2)</translation>
    </message>
    <message>
        <source>%1 viewed: %2.</source>
        <translation>%1 katsoi tietoja: %2.</translation>
    </message>
    <message>
        <source>%1 recorded: %2.</source>
        <translation>%1 kirjasi: %2.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1 muutti: %2.</translation>
    </message>
    <message>
        <source>%1 printed: %2.</source>
        <translation>%1 tulosti: %2.</translation>
    </message>
    <message>
        <source>%1 made a copy of all the client&apos;s data.</source>
        <translation>%1 teki kopion kaikista asiakkaan tiedoista.</translation>
    </message>
    <message>
        <source>%1 disclosed data to: %2.</source>
        <translation>%1 luovutti tietoja: %2.</translation>
    </message>
    <message>
        <source>%1 handled: %2.</source>
        <translation>%1 käsitteli: %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>Luovutetut tiedot: %1.</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>Peruste: %1.</translation>
    </message>
    <message>
        <source>other (%1)</source>
        <translation>muu (%1)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Syy: %1.</translation>
    </message>
    <message>
        <source>The log is intact: no entry has been changed or removed.</source>
        <translation>Loki on eheä: yhtään merkintää ei ole muutettu eikä poistettu.</translation>
    </message>
    <message>
        <source>Warning: the log has been tampered with at entry %1 of device %2. Entries from there on cannot be trusted; tell the data protection officer.</source>
        <translation>Varoitus: lokia on muokattu laitteen %2 merkinnän %1 kohdalla. Siitä eteenpäin merkintöihin ei voi luottaa; kerro asiasta tietosuojavastaavalle.</translation>
    </message>
    <message>
        <source>Who has used the client&apos;s data</source>
        <translation>Kuka on käyttänyt asiakkaan tietoja</translation>
    </message>
    <message>
        <source>Every time someone views, records, changes, prints or discloses the client&apos;s data, it is written here with the time, the device and the reason.</source>
        <translation>Aina kun joku katsoo, kirjaa, muuttaa, tulostaa tai luovuttaa asiakkaan tietoja, siitä jää tähän merkintä: aika, laite ja syy.</translation>
    </message>
    <message>
        <source>Check of the log</source>
        <translation>Lokin tarkistus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Log entries, newest first</source>
        <translation>Lokin merkinnät, uusin ensin</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Näytettävien merkintöjen määrä</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Ei näytettäviä merkintöjä.</translation>
    </message>
    <message>
        <source>Client&apos;s log</source>
        <translation>Asiakkaan käyttöloki</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close the log</source>
        <translation>Sulje loki</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>hbdesk — the client&apos;s view</source>
        <translation>hbdesk — asiakkaan näkymä</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Mitä tarvitset</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Tavoitteesi</translation>
    </message>
    <message>
        <source>What the budget is used for</source>
        <translation>Mihin budjetti käytetään</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Kuka tekee mitä</translation>
    </message>
    <message>
        <source>How we follow up</source>
        <translation>Miten seuraamme</translation>
    </message>
    <message>
        <source>You wrote this</source>
        <translation>Sinä kirjoitit tämän</translation>
    </message>
    <message>
        <source>Your key worker wrote this</source>
        <translation>Omatyöntekijäsi kirjoitti tämän</translation>
    </message>
    <message>
        <source>Your support person wrote this</source>
        <translation>Tukihenkilösi kirjoitti tämän</translation>
    </message>
    <message>
        <source>We wrote this together</source>
        <translation>Kirjoitimme tämän yhdessä</translation>
    </message>
    <message>
        <source>The person you authorised wrote this</source>
        <translation>Valtuuttamasi henkilö kirjoitti tämän</translation>
    </message>
    <message>
        <source>Your support person does not agree: %1</source>
        <translation>Tukihenkilösi ei ole samaa mieltä: %1</translation>
    </message>
    <message>
        <source>You do not agree: %1</source>
        <translation>Et ole samaa mieltä: %1</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korjattu</translation>
    </message>
    <message>
        <source>You said this invoice is not right: it is being checked</source>
        <translation>Sanoit, ettei lasku ole oikein: sitä tarkistetaan</translation>
    </message>
    <message>
        <source>Your support person confirmed it on %1</source>
        <translation>Tukihenkilösi hyväksyi sen %1</translation>
    </message>
    <message>
        <source>The person you authorised confirmed it on %1 (Oma HB)</source>
        <translation>Valtuuttamasi henkilö hyväksyi sen %1 (Oma HB)</translation>
    </message>
    <message>
        <source>You confirmed it on %1</source>
        <translation>Hyväksyit sen %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>Odottaa hyväksyntääsi</translation>
    </message>
    <message>
        <source>Waiting for your receipts</source>
        <translation>Odottaa kuittejasi</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>In conflict, to be settled: this line was changed differently on two laptops; your worker chooses the right value with you.</source>
        <translation>Ristiriidassa, ratkaistava: tätä riviä muutettiin kahdella kannettavalla eri tavoin; työntekijäsi valitsee oikean arvon yhdessä kanssasi.</translation>
    </message>
    <message>
        <source>The client&apos;s view</source>
        <translation>Asiakkaan näkymä</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>Return to the worker&apos;s view</source>
        <translation>Palaa työntekijän näkymään</translation>
    </message>
    <message>
        <source>Who has used my data</source>
        <translation>Kuka on käyttänyt tietojani</translation>
    </message>
    <message>
        <source>Your plan, budget and spending</source>
        <translation>Suunnitelmasi, budjettisi ja käyttö</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Avataan suunnitelmaasi…</translation>
    </message>
    <message>
        <source>%1 — your plan and your budget</source>
        <translation>%1 — suunnitelmasi ja budjettisi</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Suunnitelmasi</translation>
    </message>
    <message>
        <source>There is no plan yet. We will write it together.</source>
        <translation>Suunnitelmaa ei ole vielä. Kirjoitamme sen yhdessä.</translation>
    </message>
    <message>
        <source>Version %1, agreed together on %2.</source>
        <translation>Versio %1, sovittu yhdessä %2.</translation>
    </message>
    <message>
        <source>Version %1 — a draft we are still writing.</source>
        <translation>Versio %1 — luonnos, jota kirjoitamme vielä.</translation>
    </message>
    <message>
        <source>You confirmed version %1 with your signature on %2.</source>
        <translation>Vahvistit version %1 allekirjoituksellasi %2.</translation>
    </message>
    <message>
        <source>You confirmed version %1 with your name on %2.</source>
        <translation>Vahvistit version %1 nimelläsi %2.</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Seuraava seuranta: %1</translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation>Budjettisi</translation>
    </message>
    <message>
        <source>There is no budget yet.</source>
        <translation>Budjettia ei ole vielä.</translation>
    </message>
    <message>
        <source>For %1 – %2</source>
        <translation>Ajalle %1 – %2</translation>
    </message>
    <message>
        <source>%1 per %2 · quantity %3 · in all %5</source>
        <translation>%1 / %2 · määrä %3 · yhteensä %5</translation>
    </message>
    <message>
        <source>%1 per %2 · %3 × %4 · in all %5</source>
        <translation>%1 / %2 · %3 × %4 · yhteensä %5</translation>
    </message>
    <message>
        <source>The budget in all: %1</source>
        <translation>Budjetti yhteensä: %1</translation>
    </message>
    <message>
        <source>in conflict, to be settled</source>
        <translation>ristiriidassa, ratkaistava</translation>
    </message>
    <message>
        <source>Your money now</source>
        <translation>Rahatilanteesi nyt</translation>
    </message>
    <message>
        <source>There is no budget decision yet.</source>
        <translation>Budjettipäätöstä ei ole vielä.</translation>
    </message>
    <message>
        <source>Granted %1 for %2 – %3</source>
        <translation>Myönnetty %1 ajalle %2 – %3</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Käytetty: %1</translation>
    </message>
    <message>
        <source>Waiting to be confirmed: %1</source>
        <translation>Odottaa hyväksyntää: %1</translation>
    </message>
    <message>
        <source>Left to use: %1</source>
        <translation>Käytettävissä: %1</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % käytetty</translation>
    </message>
    <message>
        <source>Share of the budget used</source>
        <translation>Budjetista käytetty osuus</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1, before the period ends. Let&apos;s talk about it.</source>
        <translation>Tällä tahdilla rahat loppuvat %1, ennen kauden loppua. Puhutaan siitä.</translation>
    </message>
    <message>
        <source>More has been used than was granted. Let&apos;s talk about it.</source>
        <translation>Rahaa on käytetty enemmän kuin myönnettiin. Puhutaan siitä.</translation>
    </message>
    <message>
        <source>The money is lasting as planned.</source>
        <translation>Rahat riittävät suunnitellusti.</translation>
    </message>
    <message>
        <source>What the money has been used for</source>
        <translation>Mihin rahaa on käytetty</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Ei vielä mitään.</translation>
    </message>
    <message>
        <source>hbdesk</source>
        <translation>hbdesk</translation>
    </message>
    <message>
        <source>Leave the client&apos;s view? The worker&apos;s view shows other clients: turn the screen towards you first.</source>
        <translation>Poistutaanko asiakkaan näkymästä? Työntekijän näkymässä näkyy muita asiakkaita: käännä näyttö ensin itseäsi kohti.</translation>
    </message>
    <message>
        <source>Stay in the client&apos;s view</source>
        <translation>Pysy asiakkaan näkymässä</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Goals reached</source>
        <translation>Tavoitteet saavutettu</translation>
    </message>
    <message>
        <source>The need ended</source>
        <translation>Tarve päättyi</translation>
    </message>
    <message>
        <source>The person&apos;s own wish</source>
        <translation>Ihmisen oma toive</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muutti pois</translation>
    </message>
    <message>
        <source>Moved to another service</source>
        <translation>Siirtyi toiseen palveluun</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Kuoli</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Päättäminen</translation>
    </message>
    <message>
        <source>Closing the client relationship</source>
        <translation>Asiakkuuden päättäminen</translation>
    </message>
    <message>
        <source>Why the relationship ends and what it achieved. A budget still in use must first be ended by a decision, which the person can appeal. Ask the person to fill in a final self-assessment (occasion: at closing).</source>
        <translation>Miksi asiakkuus päättyy ja mitä sillä saavutettiin. Käytössä olevan budjetin käyttö on ensin lopetettava päätöksellä, johon ihminen voi hakea muutosta. Pyydä ihmistä täyttämään loppuarvio (ajankohta: päättyessä).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Päätä</translation>
    </message>
    <message>
        <source>&amp;Close the client relationship</source>
        <translation>&amp;Päätä asiakkuus</translation>
    </message>
    <message>
        <source>Close the client relationship</source>
        <translation>Päätä asiakkuus</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Syy sanallisesti</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Vaikutukset</translation>
    </message>
    <message>
        <source>Final self-assessment</source>
        <translation>Loppuarvio</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Päättymis&amp;päivä</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>Reason in &amp;words</source>
        <translation>Syy &amp;sanallisesti</translation>
    </message>
    <message>
        <source>&amp;Effects: what changed for the person</source>
        <translation>&amp;Vaikutukset: mikä muuttui ihmisen elämässä</translation>
    </message>
    <message>
        <source>&amp;Final self-assessment</source>
        <translation>&amp;Loppuarvio</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Kirjoittaja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>The client relationship was closed on %1.</source>
        <translation>Asiakkuus päätettiin %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Budjettirivi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Client&apos;s details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Plan entry</source>
        <translation>Suunnitelman kirjaus</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Käyttö</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>yksikköhinta</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>määrä</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>kuinka usein</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>palveluntuottaja</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomio</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>alkupäivä</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>loppupäivä</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>aika ei tiedossa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>%1 — written by %2 on this laptop, %3</source>
        <translation>%1 — kirjoittanut %2 tällä kannettavalla, %3</translation>
    </message>
    <message>
        <source>%1 — written by %2 on another laptop, %3</source>
        <translation>%1 — kirjoittanut %2 toisella kannettavalla, %3</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Ratkaistavat ristiriidat</translation>
    </message>
    <message>
        <source>The same value was changed on two laptops before they synced. Both values are kept until you choose: keep one, or write the right value. Money is never settled automatically. Your choice goes to the other laptops with the next sync.</source>
        <translation>Samaa tietoa muutettiin kahdella kannettavalla ennen synkronointia. Molemmat arvot säilyvät, kunnes valitset: pidä toinen tai kirjoita oikea arvo. Rahasummia ei koskaan ratkaista automaattisesti. Valintasi menee muille kannettaville seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Record and value in conflict</source>
        <translation>Ristiriidassa oleva tieto ja arvo</translation>
    </message>
    <message>
        <source>Write the right value:</source>
        <translation>Kirjoita oikea arvo:</translation>
    </message>
    <message>
        <source>The right value</source>
        <translation>Oikea arvo</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Ratkaise</translation>
    </message>
    <message>
        <source>Settle this conflict</source>
        <translation>Ratkaise tämä ristiriita</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Ei ratkaistavia ristiriitoja.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Pidä %1</translation>
    </message>
    <message>
        <source>Choose which value is kept first.</source>
        <translation>Valitse ensin, mikä arvo pidetään.</translation>
    </message>
    <message>
        <source>Settled. The value is sent to the other laptops at the next sync.</source>
        <translation>Ratkaistu. Arvo lähetetään muille kannettaville seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>With the client&apos;s consent, %1 may see:</source>
        <translation>Asiakkaan suostumuksella %1 saa nähdä:</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>How the person got in touch, the needs they described and the role of the people close to them.</source>
        <translation>Miten ihminen otti yhteyttä, millaisia tarpeita hän kuvasi ja mikä on läheisten rooli.</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;language</source>
        <translation>Asiakkaan &amp;kieli</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nimi: %1</translation>
    </message>
    <message>
        <source>Identity code: %1</source>
        <translation>Henkilötunnus: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Asiointikieli: %1</translation>
    </message>
    <message>
        <source>Key worker: %1</source>
        <translation>Omatyöntekijä: %1</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Yhteydenottoa ei ole kirjattu.</translation>
    </message>
    <message>
        <source>%1 · %2 · written by: %3</source>
        <translation>%1 · %2 · kirjoittaja: %3</translation>
    </message>
    <message>
        <source>Close people: %1</source>
        <translation>Läheiset: %1</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your vault</source>
        <translation>Luo holvisi</translation>
    </message>
    <message>
        <source>hbdesk keeps everything you write encrypted on this computer. Choose a passphrase to protect it: a few uncommon words are easy to remember and hard to guess. Without the passphrase nobody can open the data on this computer; if you forget it, your work can be restored from the municipality&apos;s sync server.</source>
        <translation>hbdesk säilyttää kaiken kirjoittamasi salattuna tällä tietokoneella. Valitse sen suojaksi tunnuslause: muutama harvinainen sana on helppo muistaa ja vaikea arvata. Ilman tunnuslausetta kukaan ei voi avata tämän tietokoneen tietoja; jos unohdat sen, työsi voidaan palauttaa kunnan synkronointipalvelimelta.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>&amp;Näytä tunnuslauseet</translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation>Näytä tunnuslauseet</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Luo holvi</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Luo holvi</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Holvia luodaan…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Uusi tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Toista tunnuslause</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <source>The vault will be created in: %1</source>
        <translation>Holvi luodaan kansioon: %1</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Kirjoita tunnuslause.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add another word or two.</source>
        <translation>Tunnuslause on liian helppo arvata. Lisää sana tai kaksi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Tunnuslauseet eivät vielä ole samat.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Tunnuslauseet ovat samat.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Budget decision</source>
        <translation>HB-päätös</translation>
    </message>
    <message>
        <source>Decision status</source>
        <translation>Päätöksen tila</translation>
    </message>
    <message>
        <source>Issued decisions</source>
        <translation>Annetut päätökset</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Granted sum</source>
        <translation>Myönnetty summa</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Korvattu päätöksellä</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Tiedoksianto</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>Päätösketju</translation>
    </message>
    <message>
        <source>Prepare a decision from the plan and budget</source>
        <translation>Valmistele päätös suunnitelmasta ja budjetista</translation>
    </message>
    <message>
        <source>Prepare a revision</source>
        <translation>Valmistele muutospäätös</translation>
    </message>
    <message>
        <source>Prepare a revision of the chosen decision</source>
        <translation>Valmistele muutospäätös valitulle päätökselle</translation>
    </message>
    <message>
        <source>Decision draft</source>
        <translation>Päätösluonnos</translation>
    </message>
    <message>
        <source>Proposed sum</source>
        <translation>Ehdotettu summa</translation>
    </message>
    <message>
        <source>Granted sum (€)</source>
        <translation>Myönnetty summa (€)</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Goals and use of the budget</source>
        <translation>Tavoitteet ja budjetin käyttö</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Seurannasta sovittu</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Voimassaoloaika</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatsele</translation>
    </message>
    <message>
        <source>Preview the decision</source>
        <translation>Esikatsele päätöstä</translation>
    </message>
    <message>
        <source>Issue decision…</source>
        <translation>Anna päätös…</translation>
    </message>
    <message>
        <source>Issue decision</source>
        <translation>Anna päätös</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Päätöksentekijä</translation>
    </message>
    <message>
        <source>Decision-maker&apos;s title</source>
        <translation>Päätöksentekijän virkanimike</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Body handling a request for rectification</source>
        <translation>Oikaisuvaatimuksen käsittelevä toimielin</translation>
    </message>
    <message>
        <source>Address of that body</source>
        <translation>Toimielimen osoite</translation>
    </message>
    <message>
        <source>E-mail of that body</source>
        <translation>Toimielimen sähköposti</translation>
    </message>
    <message>
        <source>Telephone of that body</source>
        <translation>Toimielimen puhelin</translation>
    </message>
    <message>
        <source>Administrative court</source>
        <translation>Hallinto-oikeus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Virkanimike</translation>
    </message>
    <message>
        <source>Request for rectification to</source>
        <translation>Oikaisuvaatimus osoitetaan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Päätöksen teksti</translation>
    </message>
    <message>
        <source>Decision text, read only</source>
        <translation>Päätöksen teksti, vain luku</translation>
    </message>
    <message>
        <source>Notification of the chosen decision</source>
        <translation>Valitun päätöksen tiedoksianto</translation>
    </message>
    <message>
        <source>How the decision was notified</source>
        <translation>Miten päätös annettiin tiedoksi</translation>
    </message>
    <message>
        <source>Sent or handed over on</source>
        <translation>Lähetetty tai luovutettu</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Vastaanottanut</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Kirjaa tiedoksianto</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Muutoksenhaun määräaika</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Acknowledged by (in person)</source>
        <translation>Vastaanottanut (henkilökohtaisesti)</translation>
    </message>
    <message>
        <source>A draft is being prepared. Nothing is final until it is issued.</source>
        <translation>Luonnosta valmistellaan. Mikään ei ole lopullista ennen kuin päätös annetaan.</translation>
    </message>
    <message>
        <source>There is no budget yet: build the budget first.</source>
        <translation>Budjettia ei vielä ole: laadi ensin budjetti.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Päätöstä ei vielä ole.</translation>
    </message>
    <message>
        <source>Issued decisions are read only; a change is made with a new decision that supersedes the old one.</source>
        <translation>Annetut päätökset ovat vain luettavissa; muutos tehdään uudella päätöksellä, joka korvaa vanhan.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Ketju: %1</translation>
    </message>
    <message>
        <source>Not notified yet: the appeal time starts from the notification.</source>
        <translation>Ei vielä annettu tiedoksi: muutoksenhakuaika alkaa tiedoksiannosta.</translation>
    </message>
    <message>
        <source>Deemed received %1. A request for rectification can be made until %2.</source>
        <translation>Katsotaan vastaanotetuksi %1. Oikaisuvaatimuksen voi tehdä %2 asti.</translation>
    </message>
    <message>
        <source>Build the budget first.</source>
        <translation>Laadi ensin budjetti.</translation>
    </message>
    <message>
        <source>Issue this decision now? An issued decision cannot be changed, only superseded by a new decision.</source>
        <translation>Annetaanko päätös nyt? Annettua päätöstä ei voi muuttaa, sen voi vain korvata uudella päätöksellä.</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>Decision %1</source>
        <translation>Päätös %1</translation>
    </message>
    <message>
        <source>DRAFT – not issued</source>
        <translation>LUONNOS – ei annettu</translation>
    </message>
    <message>
        <source>PERSONAL BUDGET DECISION</source>
        <translation>PÄÄTÖS HENKILÖKOHTAISESTA BUDJETISTA</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Ratkaisu: %1</translation>
    </message>
    <message>
        <source>Granted sum: %1 (proposed %2)</source>
        <translation>Myönnetty summa: %1 (ehdotettu %2)</translation>
    </message>
    <message>
        <source>Validity period: %1 – %2</source>
        <translation>Voimassaoloaika: %1 – %2</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Goals and use of the budget</source>
        <translation>Tavoitteet ja budjetin käyttö</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <source>No restrictions besides the general one: never gambling or crime.</source>
        <translation>Ei muita rajauksia kuin yleinen: ei koskaan rahapelejä eikä rikollista toimintaa.</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Seurannasta sovittu</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Oikeusperuste: %1</translation>
    </message>
    <message>
        <source>Decision-maker: %1, %2</source>
        <translation>Päätöksentekijä: %1, %2</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>Päätös tehty %1</translation>
    </message>
    <message>
        <source>INSTRUCTIONS FOR A REQUEST FOR RECTIFICATION</source>
        <translation>OIKAISUVAATIMUSOHJEET</translation>
    </message>
    <message>
        <source>If you are not satisfied with this decision, you can ask for it to be rectified. A request for rectification comes first, before any appeal to a court.</source>
        <translation>Jos olet tyytymätön päätökseen, voit hakea siihen oikaisua. Oikaisuvaatimus tehdään ensin, ennen valitusta tuomioistuimeen.</translation>
    </message>
    <message>
        <source>Send the request to: %1</source>
        <translation>Lähetä oikaisuvaatimus: %1</translation>
    </message>
    <message>
        <source>Time limit: 30 days from the day you were notified of the decision, not counting that day. A letter is deemed received on the 7th day after posting, an electronic message on the 3rd day after sending, and a decision handed over in person on that day. If the last day is a weekend or holiday, the time ends on the next working day.</source>
        <translation>Määräaika: 30 päivää päätöksen tiedoksisaannista, tiedoksisaantipäivää lukuun ottamatta. Kirjeen katsotaan tulleen vastaanotetuksi seitsemäntenä päivänä lähettämisestä, sähköisen viestin kolmantena päivänä lähettämisestä ja henkilökohtaisesti luovutetun päätöksen samana päivänä. Jos viimeinen päivä on viikonloppu tai pyhäpäivä, aika päättyy seuraavana arkipäivänä.</translation>
    </message>
    <message>
        <source>The request must contain: your name and contact details; the decision concerned; what change you ask for; the grounds; your signature. Attach the documents you refer to.</source>
        <translation>Oikaisuvaatimuksessa on ilmoitettava: nimesi ja yhteystietosi; päätös, johon haetaan oikaisua; mitä muutosta vaadit; perustelut; allekirjoituksesi. Liitä mukaan asiakirjat, joihin vetoat.</translation>
    </message>
    <message>
        <source>The decision on the request can be appealed to %1 within 30 days of its notification.</source>
        <translation>Oikaisuvaatimukseen annettuun päätökseen voi hakea muutosta valittamalla: %1, 30 päivän kuluessa sen tiedoksisaannista.</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Disagreement</source>
        <translation>Eriävä näkemys</translation>
    </message>
    <message>
        <source>The entry:</source>
        <translation>Merkintä:</translation>
    </message>
    <message>
        <source>Whose disagreement</source>
        <translation>Kenen eriävä näkemys</translation>
    </message>
    <message>
        <source>Disagreement in their own words</source>
        <translation>Eriävä näkemys omin sanoin</translation>
    </message>
    <message>
        <source>W&amp;hose disagreement</source>
        <translation>&amp;Kenen näkemys</translation>
    </message>
    <message>
        <source>In their own &amp;words</source>
        <translation>&amp;Omin sanoin</translation>
    </message>
    <message>
        <source>&amp;Record the disagreement</source>
        <translation>&amp;Kirjaa eriävä näkemys</translation>
    </message>
    <message>
        <source>Record the disagreement</source>
        <translation>Kirjaa eriävä näkemys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Write the disagreement in the person&apos;s words.</source>
        <translation>Kirjoita eriävä näkemys ihmisen omin sanoin.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>The disk is full: nothing was written. Free space or choose another place.</source>
        <translation>Levy on täynnä: mitään ei kirjoitettu. Vapauta tilaa tai valitse toinen paikka.</translation>
    </message>
    <message>
        <source>This folder cannot be written to: nothing was written. Choose another place.</source>
        <translation>Tähän kansioon ei voi kirjoittaa: mitään ei kirjoitettu. Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>The folder no longer exists: nothing was written. Choose another place.</source>
        <translation>Kansiota ei enää ole: mitään ei kirjoitettu. Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>A font the document needs is missing: nothing was written. Tell IT support.</source>
        <translation>Asiakirjan tarvitsema fontti puuttuu: mitään ei kirjoitettu. Kerro IT-tuelle.</translation>
    </message>
    <message>
        <source>The file could not be written: nothing was written. Choose another place.</source>
        <translation>Tiedostoa ei voitu kirjoittaa: mitään ei kirjoitettu. Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>The client has no plan yet.</source>
        <translation>Asiakkaalla ei ole vielä suunnitelmaa.</translation>
    </message>
    <message>
        <source>This decision is not in force (refused, ended or superseded): no commitment can be made under it.</source>
        <translation>Päätös ei ole voimassa (kielteinen, päättynyt tai korvattu): sen nojalla ei voi antaa maksusitoumusta.</translation>
    </message>
    <message>
        <source>The commitment would be more than the decision grants.</source>
        <translation>Sitoumus olisi suurempi kuin päätöksellä myönnetty summa.</translation>
    </message>
    <message>
        <source>The commitment must be inside the decision&apos;s validity.</source>
        <translation>Sitoumuksen on oltava päätöksen voimassaoloajan sisällä.</translation>
    </message>
    <message>
        <source>This wording would tell the provider something private: that the person is a social-services client, or something of their health. Use neutral words.</source>
        <translation>Tämä sanamuoto kertoisi palveluntuottajalle jotain yksityistä: että henkilö on sosiaalihuollon asiakas tai jotain hänen terveydestään. Käytä neutraaleja sanoja.</translation>
    </message>
    <message>
        <source>Documents for the client</source>
        <translation>Asiakkaan asiakirjat</translation>
    </message>
    <message>
        <source>Documents the client keeps</source>
        <translation>Asiakirjat asiakkaalle</translation>
    </message>
    <message>
        <source>Choose the document and its language, then where to save it. The file is written only where you choose, and the client&apos;s log records it.</source>
        <translation>Valitse asiakirja ja sen kieli ja sitten tallennuspaikka. Tiedosto kirjoitetaan vain valitsemaasi paikkaan, ja siitä jää merkintä asiakkaan käyttölokiin.</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Mitä kirjoitettiin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Budget decision with appeal instructions</source>
        <translation>HB-päätös ja oikaisuvaatimusohje</translation>
    </message>
    <message>
        <source>Payment commitment for a provider</source>
        <translation>Maksusitoumus palveluntuottajalle</translation>
    </message>
    <message>
        <source>All of the client&apos;s data (PDF and JSON)</source>
        <translation>Kaikki asiakkaan tiedot (PDF ja JSON)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Service (line of the decision&apos;s budget)</source>
        <translation>Palvelu (päätöksen budjetin rivi)</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>Asiakirjasta</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Mitä palveluntuottaja tarvitsee</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Service, as written for the provider</source>
        <translation>Palvelu, kuten se kirjoitetaan palveluntuottajalle</translation>
    </message>
    <message>
        <source>Name only the service: no diagnosis, need or reason.</source>
        <translation>Nimeä vain palvelu: ei diagnoosia, tarvetta eikä syytä.</translation>
    </message>
    <message>
        <source>Payer, as the provider sees it</source>
        <translation>Maksaja, kuten palveluntuottaja sen näkee</translation>
    </message>
    <message>
        <source>A neutral name, e.g. the county&apos;s service centre</source>
        <translation>Neutraali nimi, esim. alueen palvelukeskus</translation>
    </message>
    <message>
        <source>Invoicing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>E-invoice address (optional)</source>
        <translation>Verkkolaskuosoite (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>The provider needs the identity code</source>
        <translation>Palveluntuottaja tarvitsee henkilötunnuksen</translation>
    </message>
    <message>
        <source>Organisation on the document</source>
        <translation>Organisaatio asiakirjassa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>Organisaation osoite</translation>
    </message>
    <message>
        <source>What the provider will see</source>
        <translation>Mitä palveluntuottaja näkee</translation>
    </message>
    <message>
        <source>This is the text of the commitment exactly as it will be printed. It names no decision, plan or need.</source>
        <translation>Tämä on sitoumuksen teksti täsmälleen sellaisena kuin se tulostetaan. Siinä ei mainita päätöstä, suunnitelmaa eikä tarvetta.</translation>
    </message>
    <message>
        <source>Preview of the payment commitment</source>
        <translation>Maksusitoumuksen esikatselu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Choose where to save the document</source>
        <translation>Valitse, mihin asiakirja tallennetaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>(superseded)</source>
        <translation>(korvattu)</translation>
    </message>
    <message>
        <source>The client has no issued decision yet.</source>
        <translation>Asiakkaalla ei ole vielä annettua päätöstä.</translation>
    </message>
    <message>
        <source>No decision in force has a service a commitment could cover.</source>
        <translation>Voimassa olevissa päätöksissä ei ole palvelua, jolle voisi antaa sitoumuksen.</translation>
    </message>
    <message>
        <source>Writing the commitment records a disclosure to the provider in the client&apos;s log.</source>
        <translation>Sitoumuksen kirjoittamisesta jää asiakkaan käyttölokiin merkintä tietojen luovutuksesta palveluntuottajalle.</translation>
    </message>
    <message>
        <source>Two files: a PDF to read and a JSON file for other systems.</source>
        <translation>Kaksi tiedostoa: luettava PDF ja JSON-tiedosto muita järjestelmiä varten.</translation>
    </message>
    <message>
        <source>Write the payer&apos;s name as the provider will see it.</source>
        <translation>Kirjoita maksajan nimi sellaisena kuin palveluntuottaja sen näkee.</translation>
    </message>
    <message>
        <source>Write the invoicing address.</source>
        <translation>Kirjoita laskutusosoite.</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s name.</source>
        <translation>Kirjoita organisaation nimi.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Tallenna asiakirja</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Kirjoitetaan…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjoitettu: %1</translation>
    </message>
    <message>
        <source>In the folder: %1</source>
        <translation>Kansioon: %1</translation>
    </message>
    <message>
        <source>The disclosure to %1 is recorded in the client&apos;s log.</source>
        <translation>Tietojen luovutus palveluntuottajalle %1 on kirjattu asiakkaan käyttölokiin.</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>Please fill in every required field.</source>
        <translation>Täytä kaikki pakolliset kentät.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be saved.</source>
        <translation>Tekstissä on merkki, jota ei voi tallentaa.</translation>
    </message>
    <message>
        <source>Please write the answer as text.</source>
        <translation>Kirjoita vastaus tekstinä.</translation>
    </message>
    <message>
        <source>The text contains a broken character that cannot be saved. Type it again.</source>
        <translation>Tekstissä on rikkinäinen merkki, jota ei voi tallentaa. Kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>Write the phone number in digits (spaces, dashes and a leading + are fine).</source>
        <translation>Kirjoita puhelinnumero numeroin (välilyönnit, väliviivat ja alun + käyvät).</translation>
    </message>
    <message>
        <source>Write one e-mail address, for example name@example.fi.</source>
        <translation>Kirjoita yksi sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>The address has too many lines.</source>
        <translation>Osoitteessa on liian monta riviä.</translation>
    </message>
    <message>
        <source>Please choose one of the options given.</source>
        <translation>Valitse jokin annetuista vaihtoehdoista.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been removed or moved by a sync; open the client again.</source>
        <translation>Tietoa ei löytynyt. Se on ehkä poistettu tai siirretty synkronoinnissa; avaa asiakas uudelleen.</translation>
    </message>
    <message>
        <source>Please give a valid date.</source>
        <translation>Anna kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>Please give a number.</source>
        <translation>Anna luku.</translation>
    </message>
    <message>
        <source>The answer is outside the scale.</source>
        <translation>Vastaus on asteikon ulkopuolella.</translation>
    </message>
    <message>
        <source>The questionnaire has changed; open the page again.</source>
        <translation>Kysely on muuttunut; avaa sivu uudelleen.</translation>
    </message>
    <message>
        <source>The identity code is not valid. Check the date of birth, the separator (-, + or A), the individual number and the check character.</source>
        <translation>Henkilötunnus ei ole kelvollinen. Tarkista syntymäaika, välimerkki (-, + tai A), yksilönumero ja tarkistusmerkki.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>Toisella asiakkaalla on jo tämä henkilötunnus.</translation>
    </message>
    <message>
        <source>This client&apos;s relationship has been closed; nothing new can be recorded.</source>
        <translation>Tämän asiakkaan asiakkuus on päättynyt; uutta ei voi kirjata.</translation>
    </message>
    <message>
        <source>A draft of the plan is already open.</source>
        <translation>Suunnitelman luonnos on jo auki.</translation>
    </message>
    <message>
        <source>This plan version has been agreed and can no longer be changed. Start a new version to revise it.</source>
        <translation>Tämä suunnitelman versio on hyväksytty, eikä sitä voi enää muuttaa. Aloita uusi versio tarkistaaksesi sen.</translation>
    </message>
    <message>
        <source>The plan needs at least one need (grounds) before it can be agreed.</source>
        <translation>Suunnitelmassa on oltava vähintään yksi tarve (peruste) ennen hyväksymistä.</translation>
    </message>
    <message>
        <source>The plan needs at least one goal before it can be agreed.</source>
        <translation>Suunnitelmassa on oltava vähintään yksi tavoite ennen hyväksymistä.</translation>
    </message>
    <message>
        <source>The client must confirm the plan.</source>
        <translation>Asiakkaan on vahvistettava suunnitelma.</translation>
    </message>
    <message>
        <source>A disagreement is recorded in the words of the client or their support person.</source>
        <translation>Eriävä näkemys kirjataan asiakkaan tai hänen tukihenkilönsä sanoin.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Päättymispäivä on ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>A price or quantity in this budget is in conflict between two laptops. Settle it first (Sync → Settle conflicts…); no document shows money that is not settled.</source>
        <translation>Tämän budjetin hinta tai määrä on ristiriidassa kahden kannettavan välillä. Ratkaise se ensin (Synkronointi → Ratkaise ristiriidat…); yhteenkään asiakirjaan ei tule ratkaisematonta rahasummaa.</translation>
    </message>
    <message>
        <source>This conflict has already been settled; sync to see the value.</source>
        <translation>Tämä ristiriita on jo ratkaistu; synkronoi nähdäksesi arvon.</translation>
    </message>
    <message>
        <source>A budget is still in use. End its use with a decision before closing.</source>
        <translation>Budjetti on vielä käytössä. Lopeta sen käyttö päätöksellä ennen asiakkuuden päättämistä.</translation>
    </message>
    <message>
        <source>This could not be saved (%1). Check what you entered and try again.</source>
        <translation>Tätä ei voitu tallentaa (%1). Tarkista antamasi tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was saved; try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Tapahtui odottamaton virhe. Mitään ei tallennettu; yritä uudelleen. Jos virhe toistuu, ota yhteyttä IT-tukeen ja kerro tämä virhekoodi: %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Connect to the municipal server</source>
        <translation>Yhdistä kunnan palvelimeen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>Enrolment state</source>
        <translation>Rekisteröinnin tila</translation>
    </message>
    <message>
        <source>Save certificate request…</source>
        <translation>Tallenna varmennepyyntö…</translation>
    </message>
    <message>
        <source>Save certificate request</source>
        <translation>Tallenna varmennepyyntö</translation>
    </message>
    <message>
        <source>Device certificate file</source>
        <translation>Laitevarmenteen tiedosto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Choose the device certificate file</source>
        <translation>Valitse laitevarmenteen tiedosto</translation>
    </message>
    <message>
        <source>Municipal CA certificate file</source>
        <translation>Kunnan CA-varmenteen tiedosto</translation>
    </message>
    <message>
        <source>Choose the municipal CA certificate file</source>
        <translation>Valitse kunnan CA-varmenteen tiedosto</translation>
    </message>
    <message>
        <source>Import certificates</source>
        <translation>Tuo varmenteet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Palvelimen osoite:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Tämä kannettava:</translation>
    </message>
    <message>
        <source>Device certificate:</source>
        <translation>Laitevarmenne:</translation>
    </message>
    <message>
        <source>Municipal CA certificate:</source>
        <translation>Kunnan CA-varmenne:</translation>
    </message>
    <message>
        <source>The request could not be saved there. Choose another folder.</source>
        <translation>Pyyntöä ei voitu tallentaa sinne. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>Certificate request saved for device %1. Give the file to IT.</source>
        <translation>Varmennepyyntö tallennettu laitteelle %1. Anna tiedosto IT-tuelle.</translation>
    </message>
    <message>
        <source>A certificate file could not be read.</source>
        <translation>Varmennetiedostoa ei voitu lukea.</translation>
    </message>
    <message>
        <source>This laptop is enrolled. It can now sync.</source>
        <translation>Tämä kannettava on rekisteröity. Se voi nyt synkronoida.</translation>
    </message>
    <message>
        <source>Make and save the certificate request first.</source>
        <translation>Tee ja tallenna ensin varmennepyyntö.</translation>
    </message>
    <message>
        <source>This certificate was made for another laptop or request.</source>
        <translation>Tämä varmenne on tehty toiselle kannettavalle tai pyynnölle.</translation>
    </message>
    <message>
        <source>The device certificate was not signed by this CA certificate.</source>
        <translation>Laitevarmennetta ei ole allekirjoitettu tällä CA-varmenteella.</translation>
    </message>
    <message>
        <source>The file is not a certificate.</source>
        <translation>Tiedosto ei ole varmenne.</translation>
    </message>
    <message>
        <source>This step could not be done. Try again; if it happens again, ask IT.</source>
        <translation>Tätä vaihetta ei voitu tehdä. Yritä uudelleen; jos sama toistuu, ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>Certificate request (*.csr *.pem)</source>
        <translation>Varmennepyyntö (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Valitse varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Varmenteet (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose both certificate files first.</source>
        <translation>Valitse ensin molemmat varmennetiedostot.</translation>
    </message>
    <message>
        <source>The server address must begin with https://</source>
        <translation>Palvelimen osoitteen on alettava https://</translation>
    </message>
    <message>
        <source>Enrolled as %1; the certificate is valid until %2.</source>
        <translation>Rekisteröity nimellä %1; varmenne on voimassa %2 asti.</translation>
    </message>
    <message>
        <source>Request made as %1; waiting for the certificate from IT.</source>
        <translation>Pyyntö tehty nimellä %1; odotetaan varmennetta IT-tuelta.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Ei rekisteröity.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Anonymous feedback</source>
        <translation>Nimetön palaute</translation>
    </message>
    <message>
        <source>Feedback is stored without the person&apos;s name, identity code or any link to their record, and only the month is kept, not the day. It cannot be traced back to the person: it is used only to develop the services. The person can answer alone; the worker need not see the answers.</source>
        <translation>Palaute tallennetaan ilman ihmisen nimeä, henkilötunnusta tai mitään yhteyttä hänen asiakastietoihinsa, ja siitä säilytetään vain kuukausi, ei päivää. Palautetta ei voi jäljittää ihmiseen: sitä käytetään vain palvelujen kehittämiseen. Ihminen voi vastata yksin; työntekijän ei tarvitse nähdä vastauksia.</translation>
    </message>
    <message>
        <source>&amp;Send the feedback</source>
        <translation>&amp;Lähetä palaute</translation>
    </message>
    <message>
        <source>Send the feedback</source>
        <translation>Lähetä palaute</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>e.g. the social work unit</source>
        <translation>esim. sosiaalityön yksikkö</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>Ihminen itse</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>A close person</source>
        <translation>Läheinen</translation>
    </message>
    <message>
        <source>I felt heard</source>
        <translation>Tulin kuulluksi</translation>
    </message>
    <message>
        <source>Following the budget was easy</source>
        <translation>Budjetin seuraaminen oli helppoa</translation>
    </message>
    <message>
        <source>My goals were reached</source>
        <translation>Tavoitteeni saavutettiin</translation>
    </message>
    <message>
        <source>Feedback in your own words</source>
        <translation>Palaute omin sanoin</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Antaja</translation>
    </message>
    <message>
        <source>I felt &amp;heard</source>
        <translation>&amp;Tulin kuulluksi</translation>
    </message>
    <message>
        <source>Following the &amp;budget was easy</source>
        <translation>&amp;Budjetin seuraaminen oli helppoa</translation>
    </message>
    <message>
        <source>My g&amp;oals were reached</source>
        <translation>Tavoitteeni &amp;saavutettiin</translation>
    </message>
    <message>
        <source>In your own &amp;words</source>
        <translation>&amp;Omin sanoin</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ei vastausta</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – ei lainkaan</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 – fully</source>
        <translation>5 – täysin</translation>
    </message>
    <message>
        <source>Give the unit the feedback is about.</source>
        <translation>Kerro, mitä yksikköä palaute koskee.</translation>
    </message>
    <message>
        <source>Thank you. The feedback was stored anonymously.</source>
        <translation>Kiitos. Palaute tallennettiin nimettömänä.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Follow-up and evaluation</source>
        <translation>Seuranta ja arviointi</translation>
    </message>
    <message>
        <source>much less than expected</source>
        <translation>paljon odotettua heikommin</translation>
    </message>
    <message>
        <source>less than expected</source>
        <translation>odotettua heikommin</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>odotetusti</translation>
    </message>
    <message>
        <source>more than expected</source>
        <translation>odotettua paremmin</translation>
    </message>
    <message>
        <source>much more than expected</source>
        <translation>paljon odotettua paremmin</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Ei vielä arvioita.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Aiemmat: %1</translation>
    </message>
    <message>
        <source>Attainment: %1</source>
        <translation>Toteutuminen: %1</translation>
    </message>
    <message>
        <source>Not assessed now</source>
        <translation>Ei arvioida nyt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Huomio: %1</translation>
    </message>
    <message>
        <source>Record a follow-up</source>
        <translation>Kirjaa seuranta</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>Seuraava seuranta</translation>
    </message>
    <message>
        <source>Agree on the next follow-up</source>
        <translation>Sovi seuraava seuranta</translation>
    </message>
    <message>
        <source>How things have gone</source>
        <translation>Miten on mennyt</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Revision needed</source>
        <translation>Tarvitaanko tarkistusta</translation>
    </message>
    <message>
        <source>No revision</source>
        <translation>Ei tarkistusta</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>The plan and the budget</source>
        <translation>Suunnitelma ja budjetti</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Seuraava seuranta</translation>
    </message>
    <message>
        <source>Progress on each goal (−2 … +2)</source>
        <translation>Edistyminen tavoitteittain (−2 … +2)</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Suunnitelmassa ei vielä ole tavoitteita.</translation>
    </message>
    <message>
        <source>Show older assessments</source>
        <translation>Näytä vanhemmat arviot</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Kirjaa seuranta</translation>
    </message>
    <message>
        <source>Earlier follow-ups</source>
        <translation>Aiemmat seurannat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Show older follow-ups</source>
        <translation>Näytä vanhemmat seurannat</translation>
    </message>
    <message>
        <source>Self-assessment before and after</source>
        <translation>Oma-arviointi ennen ja jälkeen</translation>
    </message>
    <message>
        <source>Self-assessment before and after, per domain</source>
        <translation>Oma-arviointi ennen ja jälkeen osa-alueittain</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older assessments</source>
        <translation>
            <numerusform>Näytä %n vanhempi arvio</numerusform>
            <numerusform>Näytä %n vanhempaa arviota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n older follow-ups</source>
        <translation>
            <numerusform>Näytä %n vanhempi seuranta</numerusform>
            <numerusform>Näytä %n vanhempaa seurantaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>The self-assessment has been answered fewer than two times: no change to show yet.</source>
        <translation>Oma-arviointiin on vastattu alle kaksi kertaa: muutosta ei vielä voi näyttää.</translation>
    </message>
    <message>
        <source>Before %1, after %2 (0–10):</source>
        <translation>Ennen %1, jälkeen %2 (0–10):</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Ennen (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Jälkeen (%1)</translation>
    </message>
</context>
<context>
    <name>LockButton</name>
    <message>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <source>Lock hbdesk (%1)</source>
        <translation>Lukitse hbdesk (%1)</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Personal budgeting</source>
        <translation>Henkilökohtainen budjetointi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <source>Lock hbdesk (%1)</source>
        <translation>Lukitse hbdesk (%1)</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Käynnin muistiinpanot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Asiakkaani</translation>
    </message>
    <message>
        <source>Shows or folds away the list of clients (%1)</source>
        <translation>Näyttää tai taittaa pois asiakaslistan (%1)</translation>
    </message>
    <message>
        <source>Co-reading with the client</source>
        <translation>Yhteiskatselu asiakkaan kanssa</translation>
    </message>
    <message>
        <source>Hides the caseload and the visit notes so that nothing about other clients is on the screen (%1)</source>
        <translation>Piilottaa asiakaslistan ja käyntimuistiinpanot, jotta näytöllä ei ole mitään muista asiakkaista (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the vault</source>
        <translation>
            <numerusform>%n asiakas holvissa</numerusform>
            <numerusform>%n asiakasta holvissa</numerusform>
        </translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Asiakkaan näkymä</translation>
    </message>
    <message>
        <source>Turns the screen to the client: large type, only this client&apos;s plan, budget and spending (%1)</source>
        <translation>Kääntää näytön asiakkaalle: suuri teksti, vain tämän asiakkaan suunnitelma, budjetti ja käyttö (%1)</translation>
    </message>
    <message>
        <source>The vault is open.</source>
        <translation>Holvi on auki.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit — saved automatically, encrypted, while you type.</source>
        <translation>&amp;Käynnin muistiinpanot – tallentuvat automaattisesti salattuina kirjoittaessasi.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Pimennä näyttö</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;Asiakkaani</translation>
    </message>
    <message>
        <source>&amp;Co-reading with the client</source>
        <translation>&amp;Yhteiskatselu asiakkaan kanssa</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>C&amp;lient&apos;s view</source>
        <translation>&amp;Asiakkaan näkymä</translation>
    </message>
    <message>
        <source>Client&apos;s view on a &amp;second screen</source>
        <translation>Asiakkaan näkymä &amp;toisella näytöllä</translation>
    </message>
    <message>
        <source>&amp;Outcomes of my unit…</source>
        <translation>&amp;Oman yksikön tulokset…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronointi</translation>
    </message>
    <message>
        <source>&amp;Connect this laptop to the server…</source>
        <translation>&amp;Yhdistä tämä kannettava palvelimeen…</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Suurempi teksti</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;log…</source>
        <translation>Asiakkaan &amp;loki…</translation>
    </message>
    <message>
        <source>&amp;Documents for the client…</source>
        <translation>Asiakkaan &amp;asiakirjat…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Sync with the municipal server</source>
        <translation>Synkronointi kunnan palvelimen kanssa</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synkronointi: %1</translation>
    </message>
    <message>
        <source>New client registered: %1</source>
        <translation>Uusi asiakas kirjattu: %1</translation>
    </message>
    <message>
        <source>Co-reading: only this client&apos;s records are on the screen.</source>
        <translation>Yhteiskatselu: näytöllä on vain tämän asiakkaan tietoja.</translation>
    </message>
    <message>
        <source>Co-reading ended.</source>
        <translation>Yhteiskatselu päättyi.</translation>
    </message>
    <message>
        <source>Open a client first.</source>
        <translation>Avaa ensin asiakas.</translation>
    </message>
    <message>
        <source>Back in the worker&apos;s view.</source>
        <translation>Takaisin työntekijän näkymässä.</translation>
    </message>
    <message>
        <source>Notes saved at %1</source>
        <translation>Muistiinpanot tallennettu klo %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Muistiinpanoja ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Not an amount: write euros and cents, for example 1 234,50.</source>
        <translation>Ei rahamäärä: kirjoita eurot ja sentit, esimerkiksi 1 234,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>Use at most two decimals for euros (three for quantities).</source>
        <translation>Käytä euroissa enintään kahta desimaalia (määrissä kolmea).</translation>
    </message>
    <message>
        <source>The amount is too large; check the number.</source>
        <translation>Summa on liian suuri; tarkista luku.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Määrän on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>The quantity is too large; check the number.</source>
        <translation>Määrä on liian suuri; tarkista luku.</translation>
    </message>
    <message>
        <source>Gambling and crime can never be paid from a personal budget.</source>
        <translation>Rahapelejä ja rikollista toimintaa ei voi koskaan maksaa henkilökohtaisesta budjetista.</translation>
    </message>
    <message>
        <source>The decision&apos;s restrictions do not allow spending in this category.</source>
        <translation>Päätöksen rajaukset eivät salli käyttöä tähän luokkaan.</translation>
    </message>
    <message>
        <source>This invoice has already been confirmed. A confirmation is given only once.</source>
        <translation>Tämä lasku on jo kuitattu. Kuittaus annetaan vain kerran.</translation>
    </message>
    <message>
        <source>The amount is more than the balance left (%1 €).</source>
        <translation>Summa on suurempi kuin jäljellä oleva saldo (%1 €).</translation>
    </message>
    <message>
        <source>Only invoices are confirmed by the client.</source>
        <translation>Asiakas kuittaa vain laskuja.</translation>
    </message>
    <message>
        <source>Receipts are reported only for direct payments.</source>
        <translation>Kuitit ilmoitetaan vain suorista maksuista.</translation>
    </message>
    <message>
        <source>The receipts would add up to more than the payment.</source>
        <translation>Kuittien summa ylittäisi maksun.</translation>
    </message>
    <message>
        <source>Receipts cannot be reported before the day of the payment.</source>
        <translation>Kuitteja ei voi ilmoittaa ennen maksupäivää.</translation>
    </message>
    <message>
        <source>The legal basis must name every act the budget&apos;s parts fall under (or make one decision per act).</source>
        <translation>Sovelletuissa säännöksissä on mainittava jokainen laki, jonka perusteella budjetin osia myönnetään (tai tehtävä oma päätös kunkin lain perusteella).</translation>
    </message>
    <message>
        <source>This entry has already been corrected.</source>
        <translation>Tämä kirjaus on jo korjattu.</translation>
    </message>
    <message>
        <source>A correction cannot itself be corrected.</source>
        <translation>Korjausta ei voi itse korjata.</translation>
    </message>
    <message>
        <source>The confirmation cannot be dated before the invoice.</source>
        <translation>Kuittausta ei voi päivätä ennen laskua.</translation>
    </message>
    <message>
        <source>The decision is not yet in force on that day.</source>
        <translation>Päätös ei ole vielä voimassa sinä päivänä.</translation>
    </message>
    <message>
        <source>The decision is no longer in force on that day.</source>
        <translation>Päätös ei ole enää voimassa sinä päivänä.</translation>
    </message>
    <message>
        <source>The decision refused the budget: nothing can be spent.</source>
        <translation>Päätöksellä budjetti evättiin: mitään ei voi käyttää.</translation>
    </message>
    <message>
        <source>There is no decision yet: spending needs an issued decision.</source>
        <translation>Päätöstä ei vielä ole: käyttö edellyttää annettua päätöstä.</translation>
    </message>
    <message>
        <source>Choose the decision the spending belongs to.</source>
        <translation>Valitse päätös, johon käyttö kuuluu.</translation>
    </message>
    <message>
        <source>This entry has already been recorded.</source>
        <translation>Tämä kirjaus on jo tallennettu.</translation>
    </message>
    <message>
        <source>A budget draft already exists; continue with it.</source>
        <translation>Budjettiluonnos on jo olemassa; jatka sitä.</translation>
    </message>
    <message>
        <source>This budget has been decided and can no longer be changed.</source>
        <translation>Tästä budjetista on tehty päätös, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The line&apos;s period must be inside the budget&apos;s.</source>
        <translation>Rivin ajanjakson on oltava budjetin ajanjakson sisällä.</translation>
    </message>
    <message>
        <source>The item is from another catalogue version than the budget.</source>
        <translation>Tuote on eri hinnaston versiosta kuin budjetti.</translation>
    </message>
    <message>
        <source>A catalogue price cannot be changed.</source>
        <translation>Hinnaston hintaa ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Add at least one line to the budget first.</source>
        <translation>Lisää budjettiin ensin vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>An issued decision cannot be changed, only superseded.</source>
        <translation>Annettua päätöstä ei voi muuttaa, vain korvata uudella.</translation>
    </message>
    <message>
        <source>That decision has already been superseded.</source>
        <translation>Päätös on jo korvattu uudella.</translation>
    </message>
    <message>
        <source>Write who acknowledged receiving the decision.</source>
        <translation>Kirjoita, kuka kuittasi päätöksen vastaanotetuksi.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision.</source>
        <translation>Tiedoksianto ei voi olla ennen päätöstä.</translation>
    </message>
    <message>
        <source>A granted decision grants the proposed sum; choose partly granted for less.</source>
        <translation>Myönteinen päätös myöntää ehdotetun summan; valitse osittain myönteinen, jos summa on pienempi.</translation>
    </message>
    <message>
        <source>A partly granted sum must be above zero and below the proposed sum.</source>
        <translation>Osittain myönnetyn summan on oltava yli nollan ja alle ehdotetun summan.</translation>
    </message>
    <message>
        <source>A refused decision grants nothing: set the sum to 0,00.</source>
        <translation>Kielteinen päätös ei myönnä mitään: aseta summaksi 0,00.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Ajanjakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The score is outside the scale.</source>
        <translation>Arvo on asteikon ulkopuolella.</translation>
    </message>
    <message>
        <source>The client relationship has ended.</source>
        <translation>Asiakkuus on päättynyt.</translation>
    </message>
    <message>
        <source>Home help</source>
        <translation>Kotiapu</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Siivous</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Henkilökohtainen apu</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Vertaistuki</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Liikunta</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kulttuuri</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Vapaa-aika</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Liikkuminen</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Leiri</translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation>Lomitus</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Välineet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Rahapelit</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Rikollinen toiminta</translation>
    </message>
    <message>
        <source>Social welfare (Social Welfare Act)</source>
        <translation>Sosiaalihuolto (sosiaalihuoltolaki)</translation>
    </message>
    <message>
        <source>Disability services (Disability Services Act)</source>
        <translation>Vammaispalvelut (vammaispalvelulaki)</translation>
    </message>
    <message>
        <source>Informal care support</source>
        <translation>Omaishoidon tuki</translation>
    </message>
    <message>
        <source>Older people&apos;s services</source>
        <translation>Ikääntyneiden palvelut</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Lastensuojelu</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>tunti</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>käynti</translation>
    </message>
    <message>
        <source>session</source>
        <translation>kerta</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>week</source>
        <translation>viikko</translation>
    </message>
    <message>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kortti</translation>
    </message>
    <message>
        <source>course</source>
        <translation>kurssi</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>matka</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>lippu</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>kappale</translation>
    </message>
    <message>
        <source>once</source>
        <translation>kerran</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>joka viikko</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>joka kuukausi</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Mobiilimaksu</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Maksusitoumus</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Palveluseteli</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>Suora maksu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Kiistetty</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korjattu</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Kirjattu tässä</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Verkkolasku</translation>
    </message>
    <message>
        <source>Mobile payment report</source>
        <translation>Mobiilimaksuraportti</translation>
    </message>
    <message>
        <source>Voucher redeemed</source>
        <translation>Seteli lunastettu</translation>
    </message>
    <message>
        <source>Commitment billed</source>
        <translation>Sitoumus laskutettu</translation>
    </message>
    <message>
        <source>Payment system</source>
        <translation>Maksujärjestelmä</translation>
    </message>
    <message>
        <source>gambling or crime: never from a budget</source>
        <translation>rahapeli tai rikos: ei koskaan budjetista</translation>
    </message>
    <message>
        <source>a category the decision rules out</source>
        <translation>luokka, jonka päätös rajaa pois</translation>
    </message>
    <message>
        <source>after the decision&apos;s period</source>
        <translation>päätöksen voimassaolon jälkeen</translation>
    </message>
    <message>
        <source>before the decision&apos;s period</source>
        <translation>ennen päätöksen voimassaoloa</translation>
    </message>
    <message>
        <source>the decision grants nothing</source>
        <translation>päätös ei myönnä mitään</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Osittain myönnetty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>Käyttö päätetty</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Sähköinen viesti</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Yhdessä</translation>
    </message>
    <message>
        <source>Authorised person (Oma HB)</source>
        <translation>Valtuutettu (Oma HB)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Social welfare</source>
        <translation>Sosiaalihuolto</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Vammaispalvelut</translation>
    </message>
    <message>
        <source>Support for informal care</source>
        <translation>Omaishoidon tuki</translation>
    </message>
    <message>
        <source>Services for older people</source>
        <translation>Ikääntyneiden palvelut</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Lastensuojelu</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>Palvelutarve</translation>
    </message>
    <message>
        <source>Service-need assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>What support the person needs in everyday life, their right to it, and under which laws it is arranged. A budget may combine several.</source>
        <translation>Millaista tukea ihminen tarvitsee arjessaan, mikä on hänen oikeutensa siihen ja minkä lakien nojalla tuki järjestetään. Budjetti voi yhdistää useita.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Uusi arviointi</translation>
    </message>
    <message>
        <source>&amp;Record the assessment</source>
        <translation>&amp;Kirjaa arviointi</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Kirjaa arviointi</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Right to support</source>
        <translation>Oikeus tukeen</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Arviointi&amp;päivä</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Tarpeet</translation>
    </message>
    <message>
        <source>Right to &amp;support</source>
        <translation>&amp;Oikeus tukeen</translation>
    </message>
    <message>
        <source>Service areas (laws)</source>
        <translation>Palvelualueet (lait)</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Kirjoittaja</translation>
    </message>
    <message>
        <source>Assessments recorded earlier are in the client&apos;s record; the next step above shows whether one exists.</source>
        <translation>Aiemmin kirjatut arvioinnit ovat asiakkaan tiedoissa; yllä näkyvä seuraava vaihe kertoo, onko arviointi jo tehty.</translation>
    </message>
    <message>
        <source>Choose at least one service area.</source>
        <translation>Valitse vähintään yksi palvelualue.</translation>
    </message>
    <message>
        <source>%1 · written by: %2 · %3</source>
        <translation>%1 · kirjoittaja: %2 · %3</translation>
    </message>
    <message>
        <source>The assessment was recorded.</source>
        <translation>Arviointi kirjattiin.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>For example 010190-900P; may be left empty.</source>
        <translation>Esimerkiksi 010190-900P; voi jättää tyhjäksi.</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Yhteydenoton päivä</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Miten yhteyttä otettiin</translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own words</source>
        <translation>Tarpeet ihmisen omin sanoin</translation>
    </message>
    <message>
        <source>The role of close people</source>
        <translation>Läheisten rooli</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>&amp;Date of contact</source>
        <translation>Yhteydenoton &amp;päivä</translation>
    </message>
    <message>
        <source>&amp;How they got in touch</source>
        <translation>&amp;Miten yhteyttä otettiin</translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own &amp;words</source>
        <translation>&amp;Tarpeet ihmisen omin sanoin</translation>
    </message>
    <message>
        <source>&amp;Role of close people</source>
        <translation>&amp;Läheisten rooli</translation>
    </message>
    <message>
        <source>W&amp;ritten by</source>
        <translation>&amp;Kirjoittaja</translation>
    </message>
    <message>
        <source>The client&apos;s lan&amp;guage</source>
        <translation>Asiakkaan k&amp;ieli</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Kirjaa asiakas</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kirjaa asiakas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Please give the first name, the last name and the needs as described.</source>
        <translation>Anna etunimi, sukunimi ja kuvatut tarpeet.</translation>
    </message>
    <message>
        <source>Discard the new client?</source>
        <translation>Hylätäänkö uusi asiakas?</translation>
    </message>
    <message>
        <source>The client has not been registered. Throw away the name and identity code? (The needs and close people texts stay saved as drafts.)</source>
        <translation>Asiakasta ei ole kirjattu. Hylätäänkö nimi ja henkilötunnus? (Tarpeiden ja läheisten tekstit säilyvät luonnoksina.)</translation>
    </message>
</context>
<context>
    <name>OwnOptionForm</name>
    <message>
        <source>The client&apos;s own found option</source>
        <translation>Asiakkaan itse löytämä vaihtoehto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Yksikköhinta (€)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Kuinka usein</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Quote or offer (optional)</source>
        <translation>Tarjous (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Own option from</source>
        <translation>Oma vaihtoehto alkaen</translation>
    </message>
    <message>
        <source>Own option to</source>
        <translation>Oma vaihtoehto asti</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Quote or offer</source>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Price of the own option</source>
        <translation>Oman vaihtoehdon hinta</translation>
    </message>
    <message>
        <source>Add own option</source>
        <translation>Lisää oma vaihtoehto</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Käytä muutamaa sanaa, vältä tuttuja sanontoja.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Erikoismerkkejä, numeroita tai isoja kirjaimia ei tarvita.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Lisää sana tai kaksi. Harvinaiset sanat ovat parempia.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Näppäimistön suorat rivit on helppo arvata.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Lyhyet näppäinkuviot on helppo arvata.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Käytä pidempää näppäinkuviota, jossa on enemmän käännöksiä.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Toistot kuten ”aaa” on helppo arvata.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Toistot kuten ”abcabcabc” ovat vain vähän vaikeampia arvata kuin ”abc”.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vältä toistuvia sanoja ja merkkejä.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Jonot kuten ”abc” tai ”6543” on helppo arvata.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vältä merkkijonoja.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Lähivuodet on helppo arvata.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vältä lähivuosia.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vältä vuosilukuja, jotka liittyvät sinuun.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Päivämäärät on usein helppo arvata.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vältä päivämääriä ja vuosilukuja, jotka liittyvät sinuun.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Tämä on kymmenen yleisimmän salasanan joukossa.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Tämä on sadan yleisimmän salasanan joukossa.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Tämä on hyvin yleinen salasana.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Tämä muistuttaa yleisesti käytettyä salasanaa.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Yksittäinen sana on helppo arvata.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Pelkät etu- ja sukunimet on helppo arvata.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Yleiset etu- ja sukunimet on helppo arvata.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Iso alkukirjain ei juuri auta.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Pelkät isot kirjaimet on lähes yhtä helppo arvata kuin pelkät pienet.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Takaperin kirjoitetut sanat eivät ole paljon vaikeampia arvata.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Ennalta arvattavat korvaukset, kuten ’@’ ’a’:n tilalla, eivät juuri auta.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Hyvin heikko</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Käytä vähintään 10 merkkiä.</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <source>Process path</source>
        <translation>Prosessin polku</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>the client is here</source>
        <translation>asiakas on tässä</translation>
    </message>
    <message>
        <source>next</source>
        <translation>seuraavaksi</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Ihmiset</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>contact</source>
        <translation>yhteydenotto</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>suunnitelma</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budjetti</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>käyttö</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seuranta</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>oma arvio</translation>
    </message>
    <message>
        <source>People around the client</source>
        <translation>Asiakkaan lähipiiri</translation>
    </message>
    <message>
        <source>Name of the close person</source>
        <translation>Läheisen nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>A trusted person</source>
        <translation>Luottohenkilö</translation>
    </message>
    <message>
        <source>A trusted person in everyday life</source>
        <translation>Luottohenkilö arjessa</translation>
    </message>
    <message>
        <source>Add the &amp;close person</source>
        <translation>Lisää &amp;läheinen</translation>
    </message>
    <message>
        <source>Add the close person</source>
        <translation>Lisää läheinen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Suhde</translation>
    </message>
    <message>
        <source>Tasks of the support person</source>
        <translation>Tukihenkilön tehtävät</translation>
    </message>
    <message>
        <source>&amp;Tasks of a support person (when choosing one)</source>
        <translation>&amp;Tukihenkilön tehtävät (kun tukihenkilö valitaan)</translation>
    </message>
    <message>
        <source>Why a support person is or is not needed</source>
        <translation>Miksi tukihenkilöä tarvitaan tai ei tarvita</translation>
    </message>
    <message>
        <source>Why a support person is or is not &amp;needed</source>
        <translation>Miksi tukihenkilöä &amp;tarvitaan tai ei tarvita</translation>
    </message>
    <message>
        <source>Support person needed</source>
        <translation>Tukihenkilö tarvitaan</translation>
    </message>
    <message>
        <source>Record: a support person is needed</source>
        <translation>Kirjaa: tukihenkilö tarvitaan</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ei tarvita</translation>
    </message>
    <message>
        <source>Record: no support person needed</source>
        <translation>Kirjaa: tukihenkilöä ei tarvita</translation>
    </message>
    <message>
        <source>Name of the team member</source>
        <translation>Tiimin jäsenen nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Rooli tiimissä</translation>
    </message>
    <message>
        <source>Team member&apos;s na&amp;me</source>
        <translation>Tiimin jäsenen &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <source>Role in the t&amp;eam</source>
        <translation>&amp;Rooli tiimissä</translation>
    </message>
    <message>
        <source>Add to the client&apos;s &amp;team</source>
        <translation>Lisää asiakkaan &amp;tiimiin</translation>
    </message>
    <message>
        <source>Add to the client&apos;s team</source>
        <translation>Lisää asiakkaan tiimiin</translation>
    </message>
    <message>
        <source>No trusted person in everyday life yet: consider whether a support person is needed.</source>
        <translation>Arjessa ei vielä ole luottohenkilöä: harkitse, tarvitaanko tukihenkilöä.</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>tukihenkilö</translation>
    </message>
    <message>
        <source>trusted person</source>
        <translation>luottohenkilö</translation>
    </message>
    <message>
        <source>Chosen as support person</source>
        <translation>Valittu tukihenkilöksi</translation>
    </message>
    <message>
        <source>The client chooses %1 as support person</source>
        <translation>Asiakas valitsee tukihenkilökseen: %1</translation>
    </message>
    <message>
        <source>%1 · support person needed: %2</source>
        <translation>%1 · tukihenkilö tarvitaan: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ei vielä mitään</translation>
    </message>
    <message>
        <source>May see with the client&apos;s consent: %1</source>
        <translation>Saa nähdä asiakkaan suostumuksella: %1</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Suostumus…</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Suostumus: %1</translation>
    </message>
    <message>
        <source>Give the name and the relation.</source>
        <translation>Anna nimi ja suhde.</translation>
    </message>
    <message>
        <source>Write the support person&apos;s tasks first.</source>
        <translation>Kirjoita ensin tukihenkilön tehtävät.</translation>
    </message>
    <message>
        <source>Write why first.</source>
        <translation>Kirjoita ensin perustelu.</translation>
    </message>
    <message>
        <source>Give the name, organisation and role.</source>
        <translation>Anna nimi, organisaatio ja rooli.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Needs (grounds)</source>
        <translation>Tarpeet (perusteet)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Intended use of the budget</source>
        <translation>Budjetin suunniteltu käyttö</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Seurannasta sovittu</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Written together with the person, who sees every entry as it is written. Each entry shows who said it; the person&apos;s disagreement is kept next to the entry.</source>
        <translation>Kirjoitetaan yhdessä ihmisen kanssa, ja hän näkee jokaisen merkinnän sitä kirjoitettaessa. Jokaisessa merkinnässä näkyy, kuka sen sanoi; ihmisen eriävä näkemys säilyy merkinnän vieressä.</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Suunnitelman tila</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Suunnitelman versio</translation>
    </message>
    <message>
        <source>Earlier versions are kept as they were agreed</source>
        <translation>Aiemmat versiot säilyvät sellaisina kuin ne hyväksyttiin</translation>
    </message>
    <message>
        <source>&amp;Start a new version</source>
        <translation>&amp;Aloita uusi versio</translation>
    </message>
    <message>
        <source>Start a new version of the plan</source>
        <translation>Aloita suunnitelmasta uusi versio</translation>
    </message>
    <message>
        <source>Changes since the confirmed version</source>
        <translation>Muutokset vahvistetun version jälkeen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Uusi merkintä</translation>
    </message>
    <message>
        <source>Part of the plan</source>
        <translation>Suunnitelman osa</translation>
    </message>
    <message>
        <source>Who is speaking?</source>
        <translation>Kuka puhuu?</translation>
    </message>
    <message>
        <source>Choose who is speaking</source>
        <translation>Valitse, kuka puhuu</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Merkinnän teksti</translation>
    </message>
    <message>
        <source>&amp;Part of the plan</source>
        <translation>Suunnitelman &amp;osa</translation>
    </message>
    <message>
        <source>&amp;Who is speaking?</source>
        <translation>&amp;Kuka puhuu?</translation>
    </message>
    <message>
        <source>&amp;Entry in the speaker&apos;s words</source>
        <translation>&amp;Merkintä puhujan omin sanoin</translation>
    </message>
    <message>
        <source>&amp;Add the entry</source>
        <translation>&amp;Lisää merkintä</translation>
    </message>
    <message>
        <source>Add the entry</source>
        <translation>Lisää merkintä</translation>
    </message>
    <message>
        <source>Read and confirmed together</source>
        <translation>Luettu ja vahvistettu yhdessä</translation>
    </message>
    <message>
        <source>When the draft is ready, read it through together. The person confirms it by drawing a signature or typing their name; the confirmed version is then frozen.</source>
        <translation>Kun luonnos on valmis, lukekaa se yhdessä läpi. Henkilö vahvistaa sen piirtämällä allekirjoituksen tai kirjoittamalla nimensä; vahvistettu versio lukitaan.</translation>
    </message>
    <message>
        <source>&amp;Read together and confirm…</source>
        <translation>&amp;Lue yhdessä ja vahvista…</translation>
    </message>
    <message>
        <source>Read the plan together and confirm it</source>
        <translation>Lue suunnitelma yhdessä ja vahvista se</translation>
    </message>
    <message>
        <source>Compared with version %1, confirmed on %2: %3, %4, %5. The changes are marked below.</source>
        <translation>Verrattuna versioon %1, joka vahvistettiin %2: %3, %4, %5. Muutokset on merkitty alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n muutettu</numerusform>
            <numerusform>%n muutettua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n poistettu</numerusform>
            <numerusform>%n poistettua</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Seuraava seuranta</translation>
    </message>
    <message>
        <source>Next &amp;follow-up</source>
        <translation>Seuraava &amp;seuranta</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Vahvistus</translation>
    </message>
    <message>
        <source>No plan yet. Start the plan to write it together.</source>
        <translation>Suunnitelmaa ei vielä ole. Aloita suunnitelma kirjoittaaksenne sen yhdessä.</translation>
    </message>
    <message>
        <source>&amp;Start the plan</source>
        <translation>&amp;Aloita suunnitelma</translation>
    </message>
    <message>
        <source>Version %1, a draft being written.</source>
        <translation>Versio %1, luonnos kirjoitettavana.</translation>
    </message>
    <message>
        <source>Version %1, agreed on %2.</source>
        <translation>Versio %1, sovittu %2.</translation>
    </message>
    <message>
        <source>Version %1, agreed on %2, confirmed by %3.</source>
        <translation>Versio %1, hyväksytty %2, vahvistajat: %3.</translation>
    </message>
    <message>
        <source>Next follow-up: %1.</source>
        <translation>Seuraava seuranta: %1.</translation>
    </message>
    <message>
        <source>drawn signature</source>
        <translation>piirretty allekirjoitus</translation>
    </message>
    <message>
        <source>typed name “%1”</source>
        <translation>kirjoitettu nimi ”%1”</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2, %3.</source>
        <translation>Vahvistanut %1 %2, %3.</translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation>Läsnä: %1.</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Henkilön %1 allekirjoitus</translation>
    </message>
    <message>
        <source>No changes yet since version %1, confirmed on %2.</source>
        <translation>Ei vielä muutoksia versioon %1 nähden (vahvistettu %2).</translation>
    </message>
    <message>
        <source>Removed since the confirmed version</source>
        <translation>Poistettu vahvistetun version jälkeen</translation>
    </message>
    <message>
        <source>Removed entry by %1</source>
        <translation>Poistettu kirjaus, kirjoittaja %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Ei vielä merkintöjä.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry by %1</source>
        <translation>Merkinnän kirjoittaja: %1</translation>
    </message>
    <message>
        <source>Disagreement — %1, %2: %3</source>
        <translation>Eriävä näkemys – %1, %2: %3</translation>
    </message>
    <message>
        <source>Record a disagreement…</source>
        <translation>Kirjaa eriävä näkemys…</translation>
    </message>
    <message>
        <source>Record a disagreement with the entry: %1</source>
        <translation>Kirjaa eriävä näkemys merkintään: %1</translation>
    </message>
    <message>
        <source>New since the confirmed version</source>
        <translation>Uusi vahvistetun version jälkeen</translation>
    </message>
    <message>
        <source>Changed since the confirmed version, which read (%1): %2</source>
        <translation>Muutettu vahvistetun version jälkeen; vahvistetussa luki (%1): %2</translation>
    </message>
    <message>
        <source>Choose who is speaking before adding the entry.</source>
        <translation>Valitse ennen merkinnän lisäämistä, kuka puhuu.</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Kirjoita ensin merkintä.</translation>
    </message>
</context>
<context>
    <name>PrivacyBlank</name>
    <message>
        <source>The screen is blank</source>
        <translation>Näyttö on pimennetty</translation>
    </message>
    <message>
        <source>Press any key or click to return.</source>
        <translation>Palaa painamalla mitä tahansa näppäintä tai napsauttamalla.</translation>
    </message>
</context>
<context>
    <name>ProcessWords</name>
    <message>
        <source>Contact</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Oma arvio</translation>
    </message>
    <message>
        <source>Service-need assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Budget decision</source>
        <translation>Budjettipäätös</translation>
    </message>
    <message>
        <source>Budget in use</source>
        <translation>Budjetti käytössä</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Fill in the self-assessment together</source>
        <translation>Täyttäkää oma arvio yhdessä</translation>
    </message>
    <message>
        <source>Assess the need for services</source>
        <translation>Arvioi palvelutarve</translation>
    </message>
    <message>
        <source>Write down the client&apos;s own proposal</source>
        <translation>Kirjaa asiakkaan oma ehdotus</translation>
    </message>
    <message>
        <source>Find a trusted person or consider a support person</source>
        <translation>Löydä luottohenkilö tai harkitse tukihenkilöä</translation>
    </message>
    <message>
        <source>Write and agree the client plan</source>
        <translation>Kirjoittakaa ja hyväksykää asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Build the budget from real prices</source>
        <translation>Laadi budjetti todellisista hinnoista</translation>
    </message>
    <message>
        <source>Prepare the budget decision</source>
        <translation>Valmistele budjettipäätös</translation>
    </message>
    <message>
        <source>Issue the budget decision</source>
        <translation>Tee budjettipäätös</translation>
    </message>
    <message>
        <source>Record how the decision was notified</source>
        <translation>Kirjaa, miten päätös annettiin tiedoksi</translation>
    </message>
    <message>
        <source>Go through invoices waiting for the client&apos;s confirmation</source>
        <translation>Käykää läpi asiakkaan kuittausta odottavat laskut</translation>
    </message>
    <message>
        <source>Hold the follow-up</source>
        <translation>Pidä seuranta</translation>
    </message>
    <message>
        <source>The decision has ended: revise or close</source>
        <translation>Päätös on päättynyt: tarkista tai päätä</translation>
    </message>
    <message>
        <source>Nothing urgent</source>
        <translation>Ei kiireellistä</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Yhdessä</translation>
    </message>
    <message>
        <source>Authorised person (Oma HB)</source>
        <translation>Valtuutettu (Oma HB)</translation>
    </message>
    <message>
        <source>Request on the web pages</source>
        <translation>Pyyntö verkkosivuilla</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Visit to the office</source>
        <translation>Käynti toimistolla</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Secure message</source>
        <translation>Suojattu viesti</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>At follow-up</source>
        <translation>Seurannassa</translation>
    </message>
    <message>
        <source>At closing</source>
        <translation>Päättyessä</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>Client&apos;s proposal</source>
        <translation>Oma ehdotus</translation>
    </message>
    <message>
        <source>The client&apos;s own proposal</source>
        <translation>Asiakkaan oma ehdotus</translation>
    </message>
    <message>
        <source>What the person wants to reach and how, written down in their own words and kept as they said it.</source>
        <translation>Mitä ihminen haluaa saavuttaa ja miten, kirjattuna hänen omin sanoin ja säilytettynä sellaisena kuin hän sen sanoi.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Uusi ehdotus</translation>
    </message>
    <message>
        <source>&amp;Record the proposal</source>
        <translation>&amp;Kirjaa ehdotus</translation>
    </message>
    <message>
        <source>Record the proposal</source>
        <translation>Kirjaa ehdotus</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Ehdotuksen päivä</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Keinot</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Proposed &amp;on</source>
        <translation>Ehdotuksen &amp;päivä</translation>
    </message>
    <message>
        <source>&amp;Goals in the client&apos;s words</source>
        <translation>&amp;Tavoitteet asiakkaan sanoin</translation>
    </message>
    <message>
        <source>&amp;Means: what would help</source>
        <translation>&amp;Keinot: mikä auttaisi</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Kirjoittaja</translation>
    </message>
    <message>
        <source>Proposals recorded earlier are in the client&apos;s record; the next step above shows whether one exists.</source>
        <translation>Aiemmin kirjatut ehdotukset ovat asiakkaan tiedoissa; yllä näkyvä seuraava vaihe kertoo, onko ehdotus jo tehty.</translation>
    </message>
    <message>
        <source>%1 · written by: %2</source>
        <translation>%1 · kirjoittaja: %2</translation>
    </message>
    <message>
        <source>Goals: %1
Means: %2</source>
        <translation>Tavoitteet: %1
Keinot: %2</translation>
    </message>
    <message>
        <source>The proposal was recorded.</source>
        <translation>Ehdotus kirjattiin.</translation>
    </message>
</context>
<context>
    <name>ReadTogetherDialog</name>
    <message>
        <source>Nothing has been drawn yet. Ask the person to sign in the white area, or type their name instead.</source>
        <translation>Mitään ei ole vielä piirretty. Pyydä henkilöä allekirjoittamaan valkoiselle alueelle tai kirjoittamaan nimensä.</translation>
    </message>
    <message>
        <source>The drawing is too large to keep. Clear it and sign again.</source>
        <translation>Piirros on liian suuri tallennettavaksi. Tyhjennä se ja allekirjoita uudelleen.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm.</source>
        <translation>Kirjoita henkilön nimi vahvistukseksi.</translation>
    </message>
    <message>
        <source>Client plan, version %1</source>
        <translation>Asiakassuunnitelma, versio %1</translation>
    </message>
    <message>
        <source>Marked: what is new or changed since version %1, which was confirmed together.</source>
        <translation>Merkitty: mikä on uutta tai muuttunut yhdessä vahvistetun version %1 jälkeen.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Ei vielä kirjauksia.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Confirmed wording (%1): %2</source>
        <translation>Vahvistettu sanamuoto (%1): %2</translation>
    </message>
    <message>
        <source>Disagreement (%1): %2</source>
        <translation>Eriävä näkemys (%1): %2</translation>
    </message>
    <message>
        <source>Removed since the confirmed version</source>
        <translation>Poistettu vahvistetun version jälkeen</translation>
    </message>
    <message>
        <source>Read together and confirm</source>
        <translation>Lue yhdessä ja vahvista</translation>
    </message>
    <message>
        <source>Read the plan through together</source>
        <translation>Lukekaa suunnitelma yhdessä läpi</translation>
    </message>
    <message>
        <source>The plan to read together</source>
        <translation>Yhdessä luettava suunnitelma</translation>
    </message>
    <message>
        <source>&amp;Confirm the plan</source>
        <translation>&amp;Vahvista suunnitelma</translation>
    </message>
    <message>
        <source>Confirm the plan</source>
        <translation>Vahvista suunnitelma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The client&apos;s confirmation</source>
        <translation>Asiakkaan vahvistus</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Läsnä:</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Läsnä: %1</translation>
    </message>
    <message>
        <source>&amp;Draw a signature</source>
        <translation>&amp;Piirrä allekirjoitus</translation>
    </message>
    <message>
        <source>Confirm by a drawn signature</source>
        <translation>Vahvista piirretyllä allekirjoituksella</translation>
    </message>
    <message>
        <source>&amp;Type the name</source>
        <translation>&amp;Kirjoita nimi</translation>
    </message>
    <message>
        <source>Confirm by typing the name</source>
        <translation>Vahvista kirjoittamalla nimi</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tyhjennä</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Tyhjennä allekirjoitus</translation>
    </message>
    <message>
        <source>The person types their &amp;name:</source>
        <translation>Henkilö kirjoittaa &amp;nimensä:</translation>
    </message>
    <message>
        <source>Name typed by the person</source>
        <translation>Henkilön kirjoittama nimi</translation>
    </message>
    <message>
        <source>The client must be present to confirm the plan.</source>
        <translation>Asiakkaan on oltava läsnä vahvistamassa suunnitelmaa.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Please fill in the required text.</source>
        <translation>Täytä pakollinen teksti.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Oma arvio</translation>
    </message>
    <message>
        <source>The person rates their everyday life from 0 (not at all) to 10 (fully). Repeated at follow-up, the answers show what has changed. An item may be left unanswered.</source>
        <translation>Ihminen arvioi arkeaan asteikolla 0 (ei lainkaan) – 10 (täysin). Kun arvio toistetaan seurannassa, vastauksista näkyy, mikä on muuttunut. Kohtaan voi jättää vastaamatta.</translation>
    </message>
    <message>
        <source>Earlier answers (mean per area)</source>
        <translation>Aiemmat vastaukset (keskiarvo osa-alueittain)</translation>
    </message>
    <message>
        <source>Earlier self-assessments</source>
        <translation>Aiemmat omat arviot</translation>
    </message>
    <message>
        <source>New answers</source>
        <translation>Uudet vastaukset</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Vastauspäivä</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Vastaus&amp;päivä</translation>
    </message>
    <message>
        <source>O&amp;ccasion</source>
        <translation>&amp;Ajankohta</translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation>&amp;Vastaaja</translation>
    </message>
    <message>
        <source>Comment in the person&apos;s own words</source>
        <translation>Kommentti ihmisen omin sanoin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>&amp;Record the answers</source>
        <translation>&amp;Kirjaa vastaukset</translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation>Kirjaa vastaukset</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ei vastattu</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Kaikki yhteensä</translation>
    </message>
    <message>
        <source>Answer at least one item before recording.</source>
        <translation>Vastaa vähintään yhteen kohtaan ennen kirjaamista.</translation>
    </message>
    <message>
        <source>The answers were recorded.</source>
        <translation>Vastaukset kirjattiin.</translation>
    </message>
</context>
<context>
    <name>ServiceRunner</name>
    <message>
        <source>hbdesk</source>
        <translation>hbdesk</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Esittelyholvia valmistellaan…</translation>
    </message>
    <message>
        <source>The demo vault is ready.</source>
        <translation>Esittelyholvi on valmis.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Holvia avataan…</translation>
    </message>
    <message>
        <source>The language changes when hbdesk is started again.</source>
        <translation>Kieli vaihtuu, kun hbdesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Text size %1 %.</source>
        <translation>Tekstin koko %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>hbdesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>hbdesk lukittui, kun sitä ei ollut käytetty %n minuuttiin.</numerusform>
            <numerusform>hbdesk lukittui, kun sitä ei ollut käytetty %n minuuttiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else you typed has been saved.</source>
        <translation>Kaikki muu kirjoittamasi on tallennettu.</translation>
    </message>
    <message>
        <source>The latest text could not be saved before locking; what was saved earlier is kept.</source>
        <translation>Viimeisintä tekstiä ei voitu tallentaa ennen lukitsemista; aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>Kirjoittamasi teksti on tallennettu.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature drawing area</source>
        <translation>Allekirjoituksen piirtoalue</translation>
    </message>
    <message>
        <source>Draw the signature with a mouse, a finger or a pen. Delete clears it. Without a pointer, choose to type the name instead.</source>
        <translation>Piirrä allekirjoitus hiirellä, sormella tai kynällä. Delete tyhjentää sen. Ilman osoitinta valitse nimen kirjoittaminen.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Allekirjoita tähän</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <source>Drawn signature</source>
        <translation>Piirretty allekirjoitus</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Työskentelee</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server&apos;s certificate is not the municipality&apos;s — nothing was sent.</source>
        <translation>Palvelimen varmenne ei ole kunnan — mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another address — nothing was sent. Check the server address or ask IT.</source>
        <translation>Palvelimen varmenne on toiselle osoitteelle — mitään ei lähetetty. Tarkista palvelimen osoite tai kysy IT-tuelta.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired — nothing was sent. Ask IT to renew it.</source>
        <translation>Palvelimen varmenne on vanhentunut — mitään ei lähetetty. Pyydä IT-tukea uusimaan se.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet by this laptop&apos;s clock — nothing was sent. Check the laptop&apos;s date and time.</source>
        <translation>Palvelimen varmenne ei ole vielä voimassa tämän kannettavan kellon mukaan — mitään ei lähetetty. Tarkista kannettavan päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <source>The server is busy — your work is safe on this laptop; sync again in a moment.</source>
        <translation>Palvelin on kiireinen — työsi on tallessa tällä kannettavalla; synkronoi hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s certificate — nothing was sent. Ask IT to check the laptop&apos;s enrolment.</source>
        <translation>Palvelin ei hyväksynyt tämän kannettavan varmennetta — mitään ei lähetetty. Pyydä IT-tukea tarkistamaan kannettavan rekisteröinti.</translation>
    </message>
    <message>
        <source>No connection — your work is safe on this laptop.</source>
        <translation>Ei yhteyttä — työsi on tallessa tällä kannettavalla.</translation>
    </message>
    <message>
        <source>This laptop has been revoked: its data has been removed.</source>
        <translation>Tämän kannettavan käyttöoikeus on peruttu: sen tiedot on poistettu.</translation>
    </message>
    <message>
        <source>Your account has been disabled: hbdesk is locked; unsynced work is kept.</source>
        <translation>Käyttäjätilisi on poistettu käytöstä: hbdesk on lukittu; synkronoimaton työ säilytetään.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is too far from the server&apos;s. Check the date and time, then sync again. Your work is kept on this laptop.</source>
        <translation>Tämän kannettavan kello poikkeaa liikaa palvelimen kellosta. Tarkista päivämäärä ja aika ja synkronoi sitten uudelleen. Työsi säilyy tällä kannettavalla.</translation>
    </message>
    <message>
        <source>The server refused the request. Your work is kept on this laptop; try again later or ask IT.</source>
        <translation>Palvelin hylkäsi pyynnön. Työsi säilyy tällä kannettavalla; yritä myöhemmin uudelleen tai kysy IT-tuelta.</translation>
    </message>
    <message>
        <source>The server had a problem. Your work is safe on this laptop; try again later.</source>
        <translation>Palvelimella oli ongelma. Työsi on tallessa tällä kannettavalla; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: make a certificate request for IT and import the certificate they give you.</source>
        <translation>Tätä kannettavaa ei ole vielä rekisteröity: tee varmennepyyntö IT-tuelle ja tuo heiltä saamasi varmenne.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address is not set.</source>
        <translation>Synkronointipalvelimen osoitetta ei ole asetettu.</translation>
    </message>
    <message>
        <source>Sync stopped because of an unexpected problem. Your work is kept on this laptop.</source>
        <translation>Synkronointi keskeytyi odottamattoman ongelman vuoksi. Työsi säilyy tällä kannettavalla.</translation>
    </message>
    <message>
        <source>a kind of record this app does not know</source>
        <translation>tietolaji, jota tämä sovellus ei tunne</translation>
    </message>
    <message>
        <source>a record that never leaves its laptop</source>
        <translation>tieto, joka ei koskaan lähde omalta kannettavaltaan</translation>
    </message>
    <message>
        <source>a field this app does not know</source>
        <translation>kenttä, jota tämä sovellus ei tunne</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>arvo on väärää tyyppiä</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>arvo ei kelpaa</translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation>arvo on sallitun alueen ulkopuolella</translation>
    </message>
    <message>
        <source>a text is too long</source>
        <translation>teksti on liian pitkä</translation>
    </message>
    <message>
        <source>a text holds a forbidden control character</source>
        <translation>tekstissä on kielletty ohjausmerkki</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>pakollinen arvo puuttuu</translation>
    </message>
    <message>
        <source>the record cannot be changed once made</source>
        <translation>tietoa ei voi muuttaa tallentamisen jälkeen</translation>
    </message>
    <message>
        <source>the record was sent in the wrong way</source>
        <translation>tieto lähetettiin väärällä tavalla</translation>
    </message>
    <message>
        <source>the record&apos;s ids do not match</source>
        <translation>tiedon tunnisteet eivät täsmää</translation>
    </message>
    <message>
        <source>this laptop could not store it yet; it is tried again at each sync</source>
        <translation>tämä kannettava ei voinut vielä tallentaa sitä; sitä yritetään uudelleen jokaisessa synkronoinnissa</translation>
    </message>
    <message>
        <source>the client is not in your caseload on the server</source>
        <translation>asiakas ei ole palvelimella sinun asiakkainasi</translation>
    </message>
    <message>
        <source>the client&apos;s case is closed on the server</source>
        <translation>asiakkaan asia on palvelimella päätetty</translation>
    </message>
    <message>
        <source>the change was made on another device</source>
        <translation>muutos tehtiin toisella laitteella</translation>
    </message>
    <message>
        <source>the record changed on the server; sync again</source>
        <translation>tieto muuttui palvelimella; synkronoi uudelleen</translation>
    </message>
    <message>
        <source>an entry with the same id exists already</source>
        <translation>samalla tunnisteella on jo merkintä</translation>
    </message>
    <message>
        <source>the conflict it settles is unknown on the server</source>
        <translation>sen ratkaisemaa ristiriitaa ei tunneta palvelimella</translation>
    </message>
    <message>
        <source>the change&apos;s id was used for another change</source>
        <translation>muutoksen tunniste on jo käytetty toiseen muutokseen</translation>
    </message>
    <message>
        <source>reference data is changed only by the municipality</source>
        <translation>viitetietoja muuttaa vain kunta</translation>
    </message>
    <message>
        <source>the server did not accept it</source>
        <translation>palvelin ei hyväksynyt sitä</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Viimeksi synkronoitu: %1</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Yhdistetään palvelimeen…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Lähetetään muutoksia…</translation>
    </message>
    <message>
        <source>The server is busy — trying again…</source>
        <translation>Palvelin on kiireinen — yritetään uudelleen…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Vastaanotetaan muutoksia…</translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation>Muutos %1: %2</translation>
    </message>
    <message>
        <source>Synced, %1</source>
        <translation>Synkronoitu, %1</translation>
    </message>
    <message>
        <source>Change from the server %1: %2</source>
        <translation>Palvelimelta tullut muutos %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent</source>
        <translation>
            <numerusform>%n muutos lähettämättä</numerusform>
            <numerusform>%n muutosta lähettämättä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to settle</source>
        <translation>
            <numerusform>%n ratkaistava ristiriita</numerusform>
            <numerusform>%n ratkaistavaa ristiriitaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronoitu</translation>
    </message>
    <message>
        <source>Some changes were not accepted</source>
        <translation>Kaikkia muutoksia ei hyväksytty</translation>
    </message>
    <message>
        <source>Some changes from the server could not be taken in</source>
        <translation>Kaikkia palvelimelta tulleita muutoksia ei voitu ottaa vastaan</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Ei synkronoitu</translation>
    </message>
    <message>
        <source>Sync stopped. What was received so far is kept.</source>
        <translation>Synkronointi keskeytettiin. Tähän mennessä vastaanotettu säilyy.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new price catalogue could not be taken into use (it has an error). The previous catalogue stays in use; tell IT.</source>
        <translation>Kunnan uutta hintaluetteloa ei voitu ottaa käyttöön (siinä on virhe). Edellinen hintaluettelo pysyy käytössä; kerro IT-tuelle.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new price catalogue is now in use. Budgets made earlier keep the prices they were made with.</source>
        <translation>Kunnan uusi hintaluettelo on nyt käytössä. Aiemmin tehdyt budjetit säilyttävät hinnat, joilla ne tehtiin.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new self-assessment questionnaire could not be taken into use (it has an error). The previous questionnaire stays in use; tell IT.</source>
        <translation>Kunnan uutta itsearviointilomaketta ei voitu ottaa käyttöön (siinä on virhe). Aiempi lomake pysyy käytössä; kerro asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new self-assessment questionnaire is now in use. Answers given earlier keep the questions they were given to.</source>
        <translation>Kunnan uusi itsearviointilomake on nyt käytössä. Aiemmin annetut vastaukset säilyvät niiden kysymysten kanssa, joihin ne annettiin.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkronoinnin tila</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Lähettämättömät muutokset</translation>
    </message>
    <message>
        <source>Last sync problem</source>
        <translation>Viimeisin synkronointiongelma</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Muutokset, joita palvelin ei hyväksynyt</translation>
    </message>
    <message>
        <source>Sync step</source>
        <translation>Synkronoinnin vaihe</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synkronointi käynnissä</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the municipal server and receive others&apos;</source>
        <translation>Lähetä tämän kannettavan muutokset kunnan palvelimelle ja vastaanota muiden muutokset</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation>Keskeytä synkronointi</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Ratkaistavat ristiriidat</translation>
    </message>
    <message>
        <source>Settle conflicts…</source>
        <translation>Ratkaise ristiriidat…</translation>
    </message>
    <message>
        <source>Settle conflicts</source>
        <translation>Ratkaise ristiriidat</translation>
    </message>
    <message>
        <source>Choose which of two values written on different laptops is kept</source>
        <translation>Valitse, kumpi eri kannettavilla kirjoitetuista arvoista pidetään</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
</context>
<context>
    <name>UnitOutcomesDialog</name>
    <message>
        <source>The whole municipality</source>
        <translation>Koko kunta</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Tiimi %1</translation>
    </message>
    <message>
        <source>Outcomes of the unit</source>
        <translation>Yksikön tulokset</translation>
    </message>
    <message>
        <source>How your clients are doing against the unit</source>
        <translation>Miten asiakkaasi pärjäävät yksikköön verrattuna</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Raportin ajanjakso</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Your clients: the clients whose key worker you are, over the same period and counted the same way. A figure resting on fewer than five people shows as “&lt; 5”.</source>
        <translation>Asiakkaasi: asiakkaat, joiden omatyöntekijä olet, samalta ajanjaksolta ja samalla tavalla laskettuina. Luku, joka perustuu alle viiteen ihmiseen, näkyy muodossa ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Asiakkaasi</translation>
    </message>
    <message>
        <source>Key figures: the unit and your clients</source>
        <translation>Tunnusluvut: yksikkö ja asiakkaasi</translation>
    </message>
    <message>
        <source>Goal attainment at the latest follow-up</source>
        <translation>Tavoitteiden saavuttaminen viimeisimmässä seurannassa</translation>
    </message>
    <message>
        <source>How much of the budget was used</source>
        <translation>Kuinka suuri osa budjetista käytettiin</translation>
    </message>
    <message>
        <source>Self-assessment, latest answers</source>
        <translation>Itsearviointi, viimeisimmät vastaukset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>No report has come from the municipality yet; it arrives with sync after the report is run.</source>
        <translation>Kunnalta ei ole vielä tullut raporttia; se tulee synkronoinnin mukana, kun raportti on ajettu.</translation>
    </message>
    <message>
        <source>, made %1</source>
        <translation>, laadittu %1</translation>
    </message>
    <message>
        <source>Report period %1–%2</source>
        <translation>Raportin ajanjakso %1–%2</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <source>Goals reached or exceeded at the latest follow-up</source>
        <translation>Tavoitteet saavutettu tai ylitetty viimeisimmässä seurannassa</translation>
    </message>
    <message>
        <source>Budget used of the budget granted</source>
        <translation>Käytetty osuus myönnetystä budjetista</translation>
    </message>
    <message>
        <source>Self-assessment, all domains (0–10): first → latest</source>
        <translation>Itsearviointi, kaikki osa-alueet (0–10): ensimmäinen → viimeisin</translation>
    </message>
    <message>
        <source>Felt heard and encouraged (anonymous feedback)</source>
        <translation>Koki tulleensa kuulluksi ja rohkaistuksi (nimetön palaute)</translation>
    </message>
    <message>
        <source>Goals by attainment (−2…+2), % of goals</source>
        <translation>Tavoitteet saavutusasteen mukaan (−2…+2), % tavoitteista</translation>
    </message>
    <message>
        <source>Clients by % of their budget used, % of clients</source>
        <translation>Asiakkaat käytetyn budjettiosuuden (%) mukaan, % asiakkaista</translation>
    </message>
    <message>
        <source>Latest self-assessment per domain (0–10)</source>
        <translation>Viimeisin itsearviointi osa-alueittain (0–10)</translation>
    </message>
    <message>
        <source>No bar where fewer than five people (&lt; 5).</source>
        <translation>Pylväs puuttuu, jos ihmisiä on alle viisi (&lt; 5).</translation>
    </message>
    <message>
        <source>no goals followed up</source>
        <translation>ei seurattuja tavoitteita</translation>
    </message>
    <message>
        <source>%1 (of %2 goals)</source>
        <translation>%1 (%2 tavoitteesta)</translation>
    </message>
    <message>
        <source>no budget in force</source>
        <translation>ei voimassa olevaa budjettia</translation>
    </message>
    <message>
        <source>%1 (%2 clients)</source>
        <translation>%1 (%2 asiakasta)</translation>
    </message>
    <message>
        <source>not answered twice</source>
        <translation>ei vastattu kahdesti</translation>
    </message>
    <message>
        <source>%1 → %2 (n = %3)</source>
        <translation>%1 → %2 (n = %3)</translation>
    </message>
    <message>
        <source>not known: feedback names no one</source>
        <translation>ei tiedossa: palaute ei nimeä ketään</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock hbdesk</source>
        <translation>Avaa hbdesk</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Avaa holvisi kirjoittamalla tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Näytä tunnuslause</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Näytä tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Open anyway</source>
        <translation>Avaa &amp;silti</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Avaa silti</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Holvia avataan…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Holvin kansio: %1</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is %1</source>
        <translation>Esittelyholvi: tunnuslause on %1</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Kirjoita ensin tunnuslauseesi.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Voit yrittää uudelleen nyt.</translation>
    </message>
</context>
<context>
    <name>UsePage</name>
    <message>
        <source>Use of the budget</source>
        <translation>Budjetin käyttö</translation>
    </message>
    <message>
        <source>Decision whose budget is shown</source>
        <translation>Päätös, jonka budjetti näytetään</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Payments held by the county</source>
        <translation>Hyvinvointialueen pidättämät maksut</translation>
    </message>
    <message>
        <source>Spending over the validity period</source>
        <translation>Käyttö voimassaoloaikana</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Käyttö</translation>
    </message>
    <message>
        <source>Show payment method</source>
        <translation>Näytä maksutapa</translation>
    </message>
    <message>
        <source>All payment methods</source>
        <translation>Kaikki maksutavat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Kuittaaja</translation>
    </message>
    <message>
        <source>Spending entries</source>
        <translation>Käyttökirjaukset</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Näytä vanhemmat kirjaukset</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>Valittu kirjaus</translation>
    </message>
    <message>
        <source>Choose an entry in the list.</source>
        <translation>Valitse kirjaus luettelosta.</translation>
    </message>
    <message>
        <source>Confirmation of the invoice with the client</source>
        <translation>Laskun kuittaus asiakkaan kanssa</translation>
    </message>
    <message>
        <source>Who confirmed</source>
        <translation>Kuka kuittasi</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Kuittauspäivä</translation>
    </message>
    <message>
        <source>The client&apos;s answer</source>
        <translation>Asiakkaan vastaus</translation>
    </message>
    <message>
        <source>The invoice is correct</source>
        <translation>Lasku on oikein</translation>
    </message>
    <message>
        <source>The invoice is disputed</source>
        <translation>Lasku kiistetään</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentti (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Record the client&apos;s confirmation</source>
        <translation>Kirjaa asiakkaan kuittaus</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Receipts for a direct payment</source>
        <translation>Kuitit suorasta maksusta</translation>
    </message>
    <message>
        <source>Receipts total (€)</source>
        <translation>Kuitit yhteensä (€)</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Ilmoituspäivä</translation>
    </message>
    <message>
        <source>What the receipts are</source>
        <translation>Mitä kuitit koskevat</translation>
    </message>
    <message>
        <source>Report receipts</source>
        <translation>Ilmoita kuitit</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Summa (€)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korjaus</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Korjauksen syy</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Peru kirjaus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation>Kirjaa käyttö</translation>
    </message>
    <message>
        <source>Date of purchase</source>
        <translation>Ostopäivä</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Kuvaus (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>No budget decision yet: spending starts after the decision.</source>
        <translation>HB-päätöstä ei vielä ole: käyttö alkaa päätöksen jälkeen.</translation>
    </message>
    <message>
        <source>Decision %1, valid %2 – %3</source>
        <translation>Päätös %1, voimassa %2 – %3</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Jäljellä: %1</translation>
    </message>
    <message>
        <source>Granted %1 − confirmed %2 − pending %3 = left %4</source>
        <translation>Myönnetty %1 − vahvistettu %2 − odottaa %3 = jäljellä %4</translation>
    </message>
    <message>
        <source>At the pace so far the budget runs out on %1, before the validity period ends on %2.</source>
        <translation>Tähänastisella tahdilla budjetti loppuu %1, ennen voimassaoloajan päättymistä %2.</translation>
    </message>
    <message>
        <source>More has been used than was granted.</source>
        <translation>Käytetty on enemmän kuin myönnettiin.</translation>
    </message>
    <message>
        <source>Held by the county, not counted in the balance:</source>
        <translation>Hyvinvointialue pidätti, ei laskettu saldoon:</translation>
    </message>
    <message>
        <source>Used (confirmed and pending)</source>
        <translation>Käytetty (vahvistettu ja odottava)</translation>
    </message>
    <message>
        <source>Even pace</source>
        <translation>Tasainen tahti</translation>
    </message>
    <message>
        <source>Granted sum</source>
        <translation>Myönnetty summa</translation>
    </message>
    <message>
        <source>By %1, %2 of %3 used; at an even pace it would be %4.</source>
        <translation>%1 mennessä käytetty %2 / %3; tasaisella tahdilla käytetty olisi %4.</translation>
    </message>
    <message>
        <source>The validity period has not started yet.</source>
        <translation>Voimassaoloaika ei ole vielä alkanut.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older entries</source>
        <translation>
            <numerusform>Näytä %n vanhempi kirjaus</numerusform>
            <numerusform>Näytä %n vanhempaa kirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts %1</source>
        <translation>kuitit %1</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>hbdesk has no permission to use the vault folder.</source>
        <translation>hbdeskillä ei ole oikeutta käyttää holvin kansiota.</translation>
    </message>
    <message>
        <source>The vault folder cannot be used: the system reported an error.</source>
        <translation>Holvin kansiota ei voi käyttää: järjestelmä ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>There is not enough free memory on this computer now.</source>
        <translation>Tietokoneella ei ole nyt tarpeeksi vapaata muistia.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Sulje muita ohjelmia ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The vault&apos;s files have not been changed.</source>
        <translation>Tapahtui odottamaton virhe. Holvin tiedostoja ei ole muutettu.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Yritä uudelleen. Jos virhe toistuu, ota yhteys IT-tukeen ja kerro tämä virhekoodi: %1</translation>
    </message>
    <message>
        <source>The text is too long to be saved (at most %1 characters). Shorten it; what was saved of it earlier is kept.</source>
        <translation>Teksti on liian pitkä tallennettavaksi (enintään %1 merkkiä). Lyhennä sitä; siitä aiemmin tallennettu säilyy.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in %1 s.</source>
        <translation>Liian monta väärää yritystä. Voit yrittää uudelleen %1 sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>The vault&apos;s files were not found in its folder.</source>
        <translation>Holvin tiedostoja ei löytynyt sen kansiosta.</translation>
    </message>
    <message>
        <source>hbdesk has not created a new vault in their place. Check that the disk or folder is available, or contact your IT support.</source>
        <translation>hbdesk ei ole luonut uutta holvia niiden tilalle. Tarkista, että levy tai kansio on käytettävissä, tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>The folder already contains other files, so no vault was created there.</source>
        <translation>Kansiossa on jo muita tiedostoja, joten holvia ei luotu sinne.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault, or contact your IT support.</source>
        <translation>Valitse holville tyhjä kansio tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Tunnuslause on liian lyhyt: käytä vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: the disk is full.</source>
        <translation>Holvia ei voi avata: levy on täynnä.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: writing to the disk failed, most likely because the disk is full.</source>
        <translation>Holvia ei voi avata: levylle kirjoittaminen epäonnistui, todennäköisesti koska levy on täynnä.</translation>
    </message>
    <message>
        <source>The vault could not be written; the disk may be full. Nothing was saved.</source>
        <translation>Holviin ei voitu kirjoittaa; levy voi olla täynnä. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The vault&apos;s files have not been changed.</source>
        <translation>Holvin tiedostoja ei ole muutettu.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Holvi on lukittu.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation>Tarkista Caps Lock ja näppäimistöasettelu.</translation>
    </message>
    <message>
        <source>After each further wrong attempt the wait before the next one grows.</source>
        <translation>Jokaisen uuden väärän yrityksen jälkeen odotus ennen seuraavaa pitenee.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Tunnuslause ei ole oikea.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, although its database is there.</source>
        <translation>Holvin avaintiedosto puuttuu, vaikka sen tietokanta on tallella.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing, although its key file is there.</source>
        <translation>Holvin tietokantatiedosto puuttuu, vaikka sen avaintiedosto on tallella.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is empty.</source>
        <translation>Holvin avaintiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is empty.</source>
        <translation>Holvin tietokantatiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file has been cut short.</source>
        <translation>Holvin avaintiedosto on katkennut kesken.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file has been cut short.</source>
        <translation>Holvin tietokantatiedosto on katkennut kesken.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: its checksum does not match.</source>
        <translation>Holvin avaintiedosto on vahingoittunut: sen tarkistussumma ei täsmää.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is damaged.</source>
        <translation>Holvin tietokantatiedosto on vahingoittunut.</translation>
    </message>
    <message>
        <source>hbdesk has not changed or replaced the files; do not delete them. Contact your IT support: your data can be restored from the municipality&apos;s sync server, and the damaged files may still be needed.</source>
        <translation>hbdesk ei ole muuttanut eikä korvannut tiedostoja; älä poista niitä. Ota yhteys IT-tukeen: tietosi voidaan palauttaa kunnan synkronointipalvelimelta, ja vahingoittuneita tiedostoja voidaan vielä tarvita.</translation>
    </message>
    <message>
        <source>hbdesk was not closed properly last time, and the journal of its latest changes has disappeared since.</source>
        <translation>hbdeskiä ei suljettu viime kerralla asianmukaisesti, ja viimeisimpien muutosten muutosloki on sen jälkeen kadonnut.</translation>
    </message>
    <message>
        <source>The changes made just before the interruption may be lost. You can open the vault anyway, or first ask your IT support; nothing is changed until you choose.</source>
        <translation>Juuri ennen keskeytystä tehdyt muutokset ovat voineet kadota. Voit avata holvin silti tai kysyä ensin IT-tuelta; mitään ei muuteta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>The vault folder holds a journal of this vault that is older than its database. Using it would undo later changes, so hbdesk has not used it.</source>
        <translation>Holvin kansiossa on tämän holvin muutosloki, joka on vanhempi kuin holvin tietokanta. Sen käyttäminen kumoaisi myöhemmät muutokset, joten hbdesk ei ole käyttänyt sitä.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, that journal file is set aside (renamed, not deleted) and the vault opens as its database is. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Jos avaat holvin silti, muutoslokitiedosto siirretään syrjään (nimetään uudelleen, ei poisteta) ja holvi avautuu sellaisena kuin sen tietokanta on. Voit myös kysyä ensin IT-tuelta; mitään ei muuteta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is older than its journal shows: it may have been replaced with an older copy.</source>
        <translation>Holvin tietokantatiedosto on vanhempi kuin sen muutosloki osoittaa: se on ehkä korvattu vanhemmalla kopiolla.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, it opens with the older database, and a journal file that does not fit it is set aside (renamed, not deleted). Changes made after that copy are then not in the vault. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Jos avaat holvin silti, se avautuu vanhemmalla tietokannalla, ja siihen sopimaton muutoslokitiedosto siirretään syrjään (nimetään uudelleen, ei poisteta). Kopion jälkeen tehdyt muutokset eivät silloin ole holvissa. Voit myös kysyä ensin IT-tuelta; mitään ei muuteta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>hbdesk cannot check the vault&apos;s journal: the record it keeps of it is missing or has been changed.</source>
        <translation>hbdesk ei voi tarkistaa holvin muutoslokia: sen muutoslokista pitämä kirjanpito puuttuu tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, it opens as its files are now. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Jos avaat holvin silti, se avautuu sellaisena kuin sen tiedostot nyt ovat. Voit myös kysyä ensin IT-tuelta; mitään ei muuteta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>A journal file that does not belong to this vault is in the vault folder.</source>
        <translation>Holvin kansiossa on muutoslokitiedosto, joka ei kuulu tähän holviin.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, that file is set aside (renamed, not deleted). You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Jos avaat holvin silti, tiedosto siirretään syrjään (nimetään uudelleen, ei poisteta). Voit myös kysyä ensin IT-tuelta; mitään ei muuteta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of hbdesk.</source>
        <translation>Tämä holvi on tehty hbdeskin uudemmalla versiolla.</translation>
    </message>
    <message>
        <source>Install the newest hbdesk (ask your IT support). The vault has not been changed.</source>
        <translation>Asenna uusin hbdesk (kysy IT-tuelta). Holvia ei ole muutettu.</translation>
    </message>
    <message>
        <source>The files in the vault folder are not an hbdesk vault, or they belong to different vaults.</source>
        <translation>Holvin kansion tiedostot eivät ole hbdesk-holvi, tai ne kuuluvat eri holveihin.</translation>
    </message>
    <message>
        <source>hbdesk has not changed them. Check the vault folder, or contact your IT support.</source>
        <translation>hbdesk ei ole muuttanut niitä. Tarkista holvin kansio tai ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>A folder stands where one of the vault&apos;s files should be.</source>
        <translation>Holvin tiedoston paikalla on kansio.</translation>
    </message>
    <message>
        <source>hbdesk has no permission to read and write the vault&apos;s files.</source>
        <translation>hbdeskillä ei ole oikeutta lukea ja kirjoittaa holvin tiedostoja.</translation>
    </message>
    <message>
        <source>The vault&apos;s files cannot be read: the disk reported an error.</source>
        <translation>Holvin tiedostoja ei voi lukea: levy ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Contact your IT support.</source>
        <translation>Ota yhteys IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No client open</source>
        <translation>Ei avointa asiakasta</translation>
    </message>
    <message>
        <source>Choose a client from the list, or add a new client.</source>
        <translation>Valitse asiakas listasta tai lisää uusi asiakas.</translation>
    </message>
    <message>
        <source>Open a client to see their process.</source>
        <translation>Avaa asiakas nähdäksesi hänen prosessinsa.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <source>Stage: %1. Next: %2.</source>
        <translation>Vaihe: %1. Seuraavaksi: %2.</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>Syntynyt %1.</translation>
    </message>
    <message>
        <source>Budget: %1 available of %2.</source>
        <translation>Budjetti: %1 käytettävissä, myönnetty %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) recorded.</source>
        <translation>
            <numerusform>%n eriävä näkemys kirjattu.</numerusform>
            <numerusform>%n eriävää näkemystä kirjattu.</numerusform>
        </translation>
    </message>
</context>
</TS>
