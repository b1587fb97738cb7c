<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
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
    <message>
        <source>Catalogue items</source>
        <translation>Hinnaston palvelut</translation>
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
        <source>The client&apos;s own found option</source>
        <translation>Asiakkaan itse löytämä vaihtoehto</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Yksikköhinta (€)</translation>
    </message>
    <message>
        <source>Quote or offer (optional)</source>
        <translation>Tarjous (vapaaehtoinen)</translation>
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
        <source>This line: %1 (%2 times). Budget with it: %3</source>
        <translation>Tämä rivi: %1 (%2 kertaa). Budjetti sen kanssa: %3</translation>
    </message>
    <message>
        <source>Prices from the catalogue version the budget was made with (%1, created %2).</source>
        <translation>Hinnat siitä hinnaston versiosta, jolla budjetti tehtiin (%1, luotu %2).</translation>
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
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budjetti</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1, available %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search (name, identity code, stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up within two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clients shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person got in touch, the needs they described and the role of the people close to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · written by: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close people: %1</source>
        <translation type="unfinished"></translation>
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
    <name>Forms</name>
    <message>
        <source>Discard the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been recorded. Throw it away?</source>
        <translation type="unfinished"></translation>
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
        <source>Vault summary</source>
        <translation>Holvin yhteenveto</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Käynnin muistiinpanot</translation>
    </message>
    <message>
        <source>Co-reading with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the caseload and the visit notes so that nothing about other clients is on the screen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open.</source>
        <translation>Holvi on auki.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit — saved automatically, encrypted, while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-reading with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-reading: only this client&apos;s records are on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-reading ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients in the vault: %1</source>
        <translation>Asiakkaita holvissa: %1</translation>
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
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 010190-900P (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of close people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How they got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of close people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ritten by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Ongelma</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the first name, the last name and the needs as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not been registered. Throw away the name and identity code? (The needs and close people texts stay saved as drafts.)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
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
    <name>ServiceRunner</name>
    <message>
        <source>hbdesk</source>
        <translation type="unfinished"></translation>
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
        <source>hbdesk locked itself after %1 min without use.</source>
        <translation>hbdesk lukittui, kun sitä ei ollut käytetty %1 minuuttiin.</translation>
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
        <source>Something unexpected went wrong. The vault&apos;s files have not been changed.</source>
        <translation>Tapahtui odottamaton virhe. Holvin tiedostoja ei ole muutettu.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Yritä uudelleen. Jos virhe toistuu, ota yhteys IT-tukeen ja kerro tämä virhekoodi: %1</translation>
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
        <source>The vault could not be written; the disk may be full. Nothing was saved.</source>
        <translation>Holviin ei voitu kirjoittaa; levy voi olla täynnä. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Vapauta levytilaa ja yritä uudelleen.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Asiakas</translation>
    </message>
    <message>
        <source>Choose a client from the list, or add a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the client is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a client to see their process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1. Next: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 available of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
