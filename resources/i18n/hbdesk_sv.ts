<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>Benefit</name>
    <message>
        <source>Used by %1 clients; their goals have not been followed up yet.</source>
        <translation>%1 klienter har använt detta; deras mål har ännu inte följts upp.</translation>
    </message>
    <message>
        <source>Used by %1 clients; their goals were reached or exceeded for %2 of %1.</source>
        <translation>%1 klienter har använt detta; %2 av dem nådde eller överträffade sina mål.</translation>
    </message>
    <message>
        <source>Used by %1 clients; of the %3 whose goals have been followed up, %2 reached or exceeded them.</source>
        <translation>%1 klienter har använt detta; för %3 av dem har målen följts upp, och %2 av dem nådde eller överträffade sina mål.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget status</source>
        <translation>Budgetens status</translation>
    </message>
    <message>
        <source>New budget version</source>
        <translation>Ny budgetversion</translation>
    </message>
    <message>
        <source>Budget valid from</source>
        <translation>Budgeten gäller från</translation>
    </message>
    <message>
        <source>Budget valid to</source>
        <translation>Budgeten gäller till</translation>
    </message>
    <message>
        <source>Create budget</source>
        <translation>Skapa budget</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetrader</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Gånger</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Radens summa</translation>
    </message>
    <message>
        <source>Quantity of the chosen line</source>
        <translation>Den valda radens mängd</translation>
    </message>
    <message>
        <source>How often, chosen line</source>
        <translation>Hur ofta, vald rad</translation>
    </message>
    <message>
        <source>Unit price of the chosen line</source>
        <translation>Den valda radens enhetspris</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Spara raden</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort raden</translation>
    </message>
    <message>
        <source>Budget ready for decision</source>
        <translation>Budgeten klar för beslut</translation>
    </message>
    <message>
        <source>Start a revised budget</source>
        <translation>Börja en reviderad budget</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation>Budget totalt</translation>
    </message>
    <message>
        <source>Totals per law</source>
        <translation>Summor per lag</translation>
    </message>
    <message>
        <source>Compared with the client&apos;s own options</source>
        <translation>Jämfört med klientens egna alternativ</translation>
    </message>
    <message>
        <source>Price catalogue</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <source>Search the price catalogue</source>
        <translation>Sök i prislistan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message numerus="yes">
        <source>This line: %1 (%n times). Budget with it: %3</source>
        <translation>
            <numerusform>Denna rad: %1 (%n gång). Budgeten med den: %3</numerusform>
            <numerusform>Denna rad: %1 (%n gånger). Budgeten med den: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>in conflict, to be settled</source>
        <translation>i konflikt, ska avgöras</translation>
    </message>
    <message>
        <source>Known benefit</source>
        <translation>Nytta för användarna</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Tjänster i prislistan</translation>
    </message>
    <message>
        <source>What is known of the chosen item&apos;s benefit</source>
        <translation>Vad som är känt om nyttan av den valda tjänsten</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Prislistans version</translation>
    </message>
    <message>
        <source>Quantity to add</source>
        <translation>Mängd att lägga till</translation>
    </message>
    <message>
        <source>How often, line to add</source>
        <translation>Hur ofta, rad att lägga till</translation>
    </message>
    <message>
        <source>Line from</source>
        <translation>Raden från</translation>
    </message>
    <message>
        <source>Line to</source>
        <translation>Raden till</translation>
    </message>
    <message>
        <source>Add to budget</source>
        <translation>Lägg till i budgeten</translation>
    </message>
    <message>
        <source>Add the chosen item to the budget</source>
        <translation>Lägg till den valda tjänsten i budgeten</translation>
    </message>
    <message>
        <source>Price of the line to add</source>
        <translation>Priset på raden som läggs till</translation>
    </message>
    <message>
        <source>No budget yet. Create one for the validity period.</source>
        <translation>Ingen budget ännu. Skapa en för giltighetstiden.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>decided (read only)</source>
        <translation>beslutad (endast läsning)</translation>
    </message>
    <message>
        <source>Version %1, %2 – %3, %4</source>
        <translation>Version %1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>Of which the client&apos;s own found options: %1; from the price catalogue: %2</source>
        <translation>Varav klientens egna alternativ: %1; från prislistan: %2</translation>
    </message>
    <message>
        <source>Prices from the catalogue version the budget was made with (%1, created %2).</source>
        <translation>Priserna från den prislisteversion som budgeten gjordes med (%1, skapad %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue first.</source>
        <translation>Välj först en tjänst i prislistan.</translation>
    </message>
    <message>
        <source>ready for the decision</source>
        <translation>klar för beslut</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>No budget in force</source>
        <translation>Ingen budget</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>håller på att ta slut</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to confirm</source>
        <translation>
            <numerusform>%n faktura att kvittera</numerusform>
            <numerusform>%n fakturor att kvittera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipts overdue</source>
        <translation>
            <numerusform>%n kvitto försenat</numerusform>
            <numerusform>%n kvitton försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted %1, available %2, valid until %3</source>
        <translation>Beviljat %1, tillgängligt %2, gäller till %3</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1</source>
        <translation>I denna takt tar pengarna slut %1</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>&amp;Search (name, identity code, stage)</source>
        <translation>&amp;Sök (namn, personbeteckning, skede)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>Follow-up within two weeks</source>
        <translation>Uppföljning inom två veckor</translation>
    </message>
    <message>
        <source>Budget running out</source>
        <translation>Budgeten håller på att ta slut</translation>
    </message>
    <message>
        <source>Invoices to confirm</source>
        <translation>Fakturor att bekräfta</translation>
    </message>
    <message>
        <source>Receipts overdue</source>
        <translation>Kvitton försenade</translation>
    </message>
    <message>
        <source>Open clients</source>
        <translation>Öppna klientrelationer</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Avslutade klientrelationer</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>S&amp;kede</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>V&amp;isa</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) shown</source>
        <translation>
            <numerusform>%n klient visas</numerusform>
            <numerusform>%n klienter visas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientLogCounts</name>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 av %n post visas.</numerusform>
            <numerusform>%1 av %n poster visas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientLogWidget</name>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visningar</translation>
    </message>
    <message>
        <source>Disclosures, prints and copies</source>
        <translation>Utlämnanden, utskrifter och kopior</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Member of the client&apos;s team</source>
        <translation>Medlem i klientens team</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>Befullmäktigad</translation>
    </message>
    <message>
        <source>basic details</source>
        <translation>grunduppgifter</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>close people</source>
        <translation>närstående</translation>
    </message>
    <message>
        <source>the client&apos;s team</source>
        <translation>klientens team</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>självskattning</translation>
    </message>
    <message>
        <source>self-assessment answers</source>
        <translation>svar i självskattningen</translation>
    </message>
    <message>
        <source>service-need assessment</source>
        <translation>bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>the client&apos;s own proposal</source>
        <translation>klientens eget förslag</translation>
    </message>
    <message>
        <source>need for a support person</source>
        <translation>behov av stödperson</translation>
    </message>
    <message>
        <source>client plan</source>
        <translation>klientplan</translation>
    </message>
    <message>
        <source>plan entries</source>
        <translation>anteckningar i planen</translation>
    </message>
    <message>
        <source>confirmation of the plan</source>
        <translation>bekräftelse av planen</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>avvikande åsikt</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>budgetrader</translation>
    </message>
    <message>
        <source>decision draft</source>
        <translation>beslutsutkast</translation>
    </message>
    <message>
        <source>budget decision</source>
        <translation>PB-beslut</translation>
    </message>
    <message>
        <source>notification of the decision</source>
        <translation>delgivning av beslutet</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>användning av budgeten</translation>
    </message>
    <message>
        <source>confirmation of an invoice</source>
        <translation>kvittering av en faktura</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>kvitton</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>progress on goals</source>
        <translation>framsteg mot målen</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>avslutande av klientrelationen</translation>
    </message>
    <message>
        <source>conflicting changes</source>
        <translation>motstridiga ändringar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>this log</source>
        <translation>denna logg</translation>
    </message>
    <message>
        <source>authorisations</source>
        <translation>fullmakter</translation>
    </message>
    <message>
        <source>what was done in Oma HB</source>
        <translation>vad som gjordes i Oma HB</translation>
    </message>
    <message>
        <source>client work</source>
        <translation>klientarbete</translation>
    </message>
    <message>
        <source>showing this log</source>
        <translation>visning av denna logg</translation>
    </message>
    <message>
        <source>the list of clients</source>
        <translation>klientlistan</translation>
    </message>
    <message>
        <source>a copy of the client&apos;s own data</source>
        <translation>kopia av klientens egna uppgifter</translation>
    </message>
    <message>
        <source>resolving conflicting changes</source>
        <translation>lösning av motstridiga ändringar</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>första kontakt</translation>
    </message>
    <message>
        <source>making the decision</source>
        <translation>beslutsfattande</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>utlämnande av uppgifter</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>comparing the worker&apos;s clients with the unit&apos;s outcomes</source>
        <translation>jämförelse av arbetarens klienter med enhetens resultat</translation>
    </message>
    <message>
        <source>printing the decision</source>
        <translation>utskrift av beslutet</translation>
    </message>
    <message>
        <source>printing the plan</source>
        <translation>utskrift av planen</translation>
    </message>
    <message>
        <source>the client&apos;s details</source>
        <translation>klientens uppgifter</translation>
    </message>
    <message>
        <source>other records</source>
        <translation>andra uppgifter</translation>
    </message>
    <message>
        <source>%1 (device %2)</source>
        <translation>%1 (enhet %2)</translation>
    </message>
    <message>
        <source>%1 viewed: %2.</source>
        <translation>%1 tittade på: %2.</translation>
    </message>
    <message>
        <source>%1 recorded: %2.</source>
        <translation>%1 antecknade: %2.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1 ändrade: %2.</translation>
    </message>
    <message>
        <source>%1 printed: %2.</source>
        <translation>%1 skrev ut: %2.</translation>
    </message>
    <message>
        <source>%1 made a copy of all the client&apos;s data.</source>
        <translation>%1 gjorde en kopia av alla klientens uppgifter.</translation>
    </message>
    <message>
        <source>%1 disclosed data to: %2.</source>
        <translation>%1 lämnade ut uppgifter till: %2.</translation>
    </message>
    <message>
        <source>%1 handled: %2.</source>
        <translation>%1 behandlade: %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>Utlämnade uppgifter: %1.</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>other (%1)</source>
        <translation>annat (%1)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Orsak: %1.</translation>
    </message>
    <message>
        <source>The log is intact: no entry has been changed or removed.</source>
        <translation>Loggen är intakt: ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>Warning: the log has been tampered with at entry %1 of device %2. Entries from there on cannot be trusted; tell the data protection officer.</source>
        <translation>Varning: loggen har manipulerats vid post %1 på enheten %2. Posterna därefter går inte att lita på; meddela dataskyddsombudet.</translation>
    </message>
    <message>
        <source>Who has used the client&apos;s data</source>
        <translation>Vem har använt klientens uppgifter</translation>
    </message>
    <message>
        <source>Every time someone views, records, changes, prints or discloses the client&apos;s data, it is written here with the time, the device and the reason.</source>
        <translation>Varje gång någon tittar på, antecknar, ändrar, skriver ut eller lämnar ut klientens uppgifter skrivs det in här med tid, enhet och orsak.</translation>
    </message>
    <message>
        <source>Check of the log</source>
        <translation>Kontroll av loggen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Log entries, newest first</source>
        <translation>Loggposter, nyaste först</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Hur många poster som visas</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Inget att visa.</translation>
    </message>
    <message>
        <source>Client&apos;s log</source>
        <translation>Klientens åtkomstlogg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the log</source>
        <translation>Stäng loggen</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>hbdesk — the client&apos;s view</source>
        <translation>hbdesk — klientens vy</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Vad du behöver</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Dina mål</translation>
    </message>
    <message>
        <source>What the budget is used for</source>
        <translation>Vad budgeten används till</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Vem gör vad</translation>
    </message>
    <message>
        <source>How we follow up</source>
        <translation>Hur vi följer upp</translation>
    </message>
    <message>
        <source>You wrote this</source>
        <translation>Du skrev detta</translation>
    </message>
    <message>
        <source>Your key worker wrote this</source>
        <translation>Din kontaktperson skrev detta</translation>
    </message>
    <message>
        <source>Your support person wrote this</source>
        <translation>Din stödperson skrev detta</translation>
    </message>
    <message>
        <source>We wrote this together</source>
        <translation>Vi skrev detta tillsammans</translation>
    </message>
    <message>
        <source>The person you authorised wrote this</source>
        <translation>Personen du gav fullmakt skrev det här</translation>
    </message>
    <message>
        <source>Your support person does not agree: %1</source>
        <translation>Din stödperson håller inte med: %1</translation>
    </message>
    <message>
        <source>You do not agree: %1</source>
        <translation>Du håller inte med: %1</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Rättad</translation>
    </message>
    <message>
        <source>You said this invoice is not right: it is being checked</source>
        <translation>Du sade att fakturan inte stämmer: den kontrolleras</translation>
    </message>
    <message>
        <source>Your support person confirmed it on %1</source>
        <translation>Din stödperson godkände den %1</translation>
    </message>
    <message>
        <source>The person you authorised confirmed it on %1 (Oma HB)</source>
        <translation>Personen du gav fullmakt godkände den %1 (Oma HB)</translation>
    </message>
    <message>
        <source>You confirmed it on %1</source>
        <translation>Du godkände den %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>Väntar på ditt godkännande</translation>
    </message>
    <message>
        <source>Waiting for your receipts</source>
        <translation>Väntar på dina kvitton</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>In conflict, to be settled: this line was changed differently on two laptops; your worker chooses the right value with you.</source>
        <translation>I konflikt, ska avgöras: raden ändrades olika på två bärbara datorer; din arbetstagare väljer rätt värde tillsammans med dig.</translation>
    </message>
    <message>
        <source>The client&apos;s view</source>
        <translation>Klientens vy</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Return to the worker&apos;s view</source>
        <translation>Tillbaka till arbetstagarens vy</translation>
    </message>
    <message>
        <source>Who has used my data</source>
        <translation>Vem har använt mina uppgifter</translation>
    </message>
    <message>
        <source>Your plan, budget and spending</source>
        <translation>Din plan, budget och användning</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Din plan öppnas…</translation>
    </message>
    <message>
        <source>%1 — your plan and your budget</source>
        <translation>%1 — din plan och din budget</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Din plan</translation>
    </message>
    <message>
        <source>There is no plan yet. We will write it together.</source>
        <translation>Det finns ingen plan ännu. Vi skriver den tillsammans.</translation>
    </message>
    <message>
        <source>Version %1, agreed together on %2.</source>
        <translation>Version %1, överenskommen tillsammans %2.</translation>
    </message>
    <message>
        <source>Version %1 — a draft we are still writing.</source>
        <translation>Version %1 — ett utkast som vi ännu skriver.</translation>
    </message>
    <message>
        <source>You confirmed version %1 with your signature on %2.</source>
        <translation>Du bekräftade version %1 med din underskrift %2.</translation>
    </message>
    <message>
        <source>You confirmed version %1 with your name on %2.</source>
        <translation>Du bekräftade version %1 med ditt namn %2.</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Nästa uppföljning: %1</translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation>Din budget</translation>
    </message>
    <message>
        <source>There is no budget yet.</source>
        <translation>Det finns ingen budget ännu.</translation>
    </message>
    <message>
        <source>For %1 – %2</source>
        <translation>För tiden %1 – %2</translation>
    </message>
    <message>
        <source>%1 per %2 · quantity %3 · in all %5</source>
        <translation>%1 per %2 · antal %3 · totalt %5</translation>
    </message>
    <message>
        <source>%1 per %2 · %3 × %4 · in all %5</source>
        <translation>%1 per %2 · %3 × %4 · totalt %5</translation>
    </message>
    <message>
        <source>The budget in all: %1</source>
        <translation>Budgeten totalt: %1</translation>
    </message>
    <message>
        <source>in conflict, to be settled</source>
        <translation>i konflikt, ska avgöras</translation>
    </message>
    <message>
        <source>Your money now</source>
        <translation>Dina pengar nu</translation>
    </message>
    <message>
        <source>There is no budget decision yet.</source>
        <translation>Det finns inget budgetbeslut ännu.</translation>
    </message>
    <message>
        <source>Granted %1 for %2 – %3</source>
        <translation>Beviljat %1 för tiden %2 – %3</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Använt: %1</translation>
    </message>
    <message>
        <source>Waiting to be confirmed: %1</source>
        <translation>Väntar på godkännande: %1</translation>
    </message>
    <message>
        <source>Left to use: %1</source>
        <translation>Kvar att använda: %1</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % använt</translation>
    </message>
    <message>
        <source>Share of the budget used</source>
        <translation>Andel av budgeten som använts</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1, before the period ends. Let&apos;s talk about it.</source>
        <translation>I den här takten tar pengarna slut %1, före periodens slut. Låt oss tala om det.</translation>
    </message>
    <message>
        <source>More has been used than was granted. Let&apos;s talk about it.</source>
        <translation>Mer har använts än som beviljades. Låt oss prata om det.</translation>
    </message>
    <message>
        <source>The money is lasting as planned.</source>
        <translation>Pengarna räcker som planerat.</translation>
    </message>
    <message>
        <source>What the money has been used for</source>
        <translation>Vad pengarna har använts till</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Inget ännu.</translation>
    </message>
    <message>
        <source>hbdesk</source>
        <translation>hbdesk</translation>
    </message>
    <message>
        <source>Leave the client&apos;s view? The worker&apos;s view shows other clients: turn the screen towards you first.</source>
        <translation>Lämna klientens vy? Arbetstagarens vy visar andra klienter: vänd först skärmen mot dig.</translation>
    </message>
    <message>
        <source>Stay in the client&apos;s view</source>
        <translation>Stanna i klientens vy</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Goals reached</source>
        <translation>Målen nådda</translation>
    </message>
    <message>
        <source>The need ended</source>
        <translation>Behovet upphörde</translation>
    </message>
    <message>
        <source>The person&apos;s own wish</source>
        <translation>Personens egen önskan</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttade bort</translation>
    </message>
    <message>
        <source>Moved to another service</source>
        <translation>Övergick till en annan tjänst</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Avled</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Closing the client relationship</source>
        <translation>Avslutning av klientrelationen</translation>
    </message>
    <message>
        <source>Why the relationship ends and what it achieved. A budget still in use must first be ended by a decision, which the person can appeal. Ask the person to fill in a final self-assessment (occasion: at closing).</source>
        <translation>Varför relationen avslutas och vad den har åstadkommit. En budget som fortfarande används måste först avslutas med ett beslut, som personen kan överklaga. Be personen fylla i en slutlig självbedömning (tillfälle: vid avslutning).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;Close the client relationship</source>
        <translation>&amp;Avsluta klientrelationen</translation>
    </message>
    <message>
        <source>Close the client relationship</source>
        <translation>Avsluta klientrelationen</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Orsaken med ord</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effekter</translation>
    </message>
    <message>
        <source>Final self-assessment</source>
        <translation>Slutlig självbedömning</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Avslutad &amp;den</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>Reason in &amp;words</source>
        <translation>Orsaken med &amp;ord</translation>
    </message>
    <message>
        <source>&amp;Effects: what changed for the person</source>
        <translation>&amp;Effekter: vad som förändrades för personen</translation>
    </message>
    <message>
        <source>&amp;Final self-assessment</source>
        <translation>&amp;Slutlig självbedömning</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>Skriven &amp;av</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The client relationship was closed on %1.</source>
        <translation>Klientrelationen avslutades %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Budgetrad</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Client&apos;s details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>Plan entry</source>
        <translation>Anteckning i planen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Close person</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>enhetspris</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>mängd</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>hur ofta</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tjänsteproducent</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anmärkning</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>tiden okänd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>%1 — written by %2 on this laptop, %3</source>
        <translation>%1 — skrivet av %2 på den här datorn, %3</translation>
    </message>
    <message>
        <source>%1 — written by %2 on another laptop, %3</source>
        <translation>%1 — skrivet av %2 på en annan dator, %3</translation>
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
        <translation>Konflikter att avgöra</translation>
    </message>
    <message>
        <source>The same value was changed on two laptops before they synced. Both values are kept until you choose: keep one, or write the right value. Money is never settled automatically. Your choice goes to the other laptops with the next sync.</source>
        <translation>Samma uppgift ändrades på två bärbara datorer innan de synkroniserades. Båda värdena sparas tills du väljer: behåll det ena eller skriv rätt värde. Penningbelopp avgörs aldrig automatiskt. Ditt val går till de andra datorerna vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Record and value in conflict</source>
        <translation>Uppgift och värde i konflikt</translation>
    </message>
    <message>
        <source>Write the right value:</source>
        <translation>Skriv rätt värde:</translation>
    </message>
    <message>
        <source>The right value</source>
        <translation>Rätt värde</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Avgör</translation>
    </message>
    <message>
        <source>Settle this conflict</source>
        <translation>Avgör den här konflikten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Inga konflikter att avgöra.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Behåll %1</translation>
    </message>
    <message>
        <source>Choose which value is kept first.</source>
        <translation>Välj först vilket värde som behålls.</translation>
    </message>
    <message>
        <source>Settled. The value is sent to the other laptops at the next sync.</source>
        <translation>Avgjort. Värdet skickas till de andra datorerna vid nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>With the client&apos;s consent, %1 may see:</source>
        <translation>Med klientens samtycke får %1 se:</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>How the person got in touch, the needs they described and the role of the people close to them.</source>
        <translation>Hur personen tog kontakt, vilka behov hen beskrev och vilken roll de närstående har.</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;language</source>
        <translation>Klientens &amp;språk</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Klientens språk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>Identity code: %1</source>
        <translation>Personbeteckning: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Key worker: %1</source>
        <translation>Egen arbetstagare: %1</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Ingen kontakt har registrerats.</translation>
    </message>
    <message>
        <source>%1 · %2 · written by: %3</source>
        <translation>%1 · %2 · skriven av: %3</translation>
    </message>
    <message>
        <source>Close people: %1</source>
        <translation>Närstående: %1</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your vault</source>
        <translation>Skapa ditt valv</translation>
    </message>
    <message>
        <source>hbdesk keeps everything you write encrypted on this computer. Choose a passphrase to protect it: a few uncommon words are easy to remember and hard to guess. Without the passphrase nobody can open the data on this computer; if you forget it, your work can be restored from the municipality&apos;s sync server.</source>
        <translation>hbdesk förvarar allt du skriver krypterat på den här datorn. Välj en lösenfras som skyddar det: några ovanliga ord är lätta att minnas och svåra att gissa. Utan lösenfrasen kan ingen öppna uppgifterna på den här datorn; om du glömmer den kan ditt arbete återställas från kommunens synkroniseringsserver.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>&amp;Visa lösenfraserna</translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation>Visa lösenfraserna</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Skapa valv</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Valvet skapas…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Ny lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>The vault will be created in: %1</source>
        <translation>Valvet skapas i mappen: %1</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Lösenfrasen måste ha minst 10 tecken.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add another word or two.</source>
        <translation>Lösenfrasen är för lätt att gissa. Lägg till ett eller två ord.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Lösenfraserna är ännu inte likadana.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Lösenfraserna är likadana.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Budget decision</source>
        <translation>PB-beslut</translation>
    </message>
    <message>
        <source>Decision status</source>
        <translation>Beslutets status</translation>
    </message>
    <message>
        <source>Issued decisions</source>
        <translation>Utfärdade beslut</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Avgörande</translation>
    </message>
    <message>
        <source>Granted sum</source>
        <translation>Beviljat belopp</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Ersatt av</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Delgivning</translation>
    </message>
    <message>
        <source>Decision chain</source>
        <translation>Beslutskedja</translation>
    </message>
    <message>
        <source>Prepare a decision from the plan and budget</source>
        <translation>Bered ett beslut utifrån planen och budgeten</translation>
    </message>
    <message>
        <source>Prepare a revision</source>
        <translation>Bered ett ändringsbeslut</translation>
    </message>
    <message>
        <source>Prepare a revision of the chosen decision</source>
        <translation>Bered ett ändringsbeslut för det valda beslutet</translation>
    </message>
    <message>
        <source>Decision draft</source>
        <translation>Beslutsutkast</translation>
    </message>
    <message>
        <source>Proposed sum</source>
        <translation>Föreslaget belopp</translation>
    </message>
    <message>
        <source>Granted sum (€)</source>
        <translation>Beviljat belopp (€)</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Goals and use of the budget</source>
        <translation>Mål och användning av budgeten</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Överenskommen uppföljning</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkastet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Preview the decision</source>
        <translation>Förhandsgranska beslutet</translation>
    </message>
    <message>
        <source>Issue decision…</source>
        <translation>Utfärda beslutet…</translation>
    </message>
    <message>
        <source>Issue decision</source>
        <translation>Utfärda beslutet</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>Decision-maker&apos;s title</source>
        <translation>Beslutsfattarens titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Body handling a request for rectification</source>
        <translation>Organ som behandlar begäran om omprövning</translation>
    </message>
    <message>
        <source>Address of that body</source>
        <translation>Organets adress</translation>
    </message>
    <message>
        <source>E-mail of that body</source>
        <translation>Organets e-post</translation>
    </message>
    <message>
        <source>Telephone of that body</source>
        <translation>Organets telefon</translation>
    </message>
    <message>
        <source>Administrative court</source>
        <translation>Förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Request for rectification to</source>
        <translation>Begäran om omprövning till</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Beslutets text</translation>
    </message>
    <message>
        <source>Decision text, read only</source>
        <translation>Beslutets text, endast läsning</translation>
    </message>
    <message>
        <source>Notification of the chosen decision</source>
        <translation>Delgivning av det valda beslutet</translation>
    </message>
    <message>
        <source>How the decision was notified</source>
        <translation>Hur beslutet delgavs</translation>
    </message>
    <message>
        <source>Sent or handed over on</source>
        <translation>Skickat eller överlämnat</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Mottaget av</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Registrera delgivningen</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Tidsfrist för omprövning</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Acknowledged by (in person)</source>
        <translation>Mottaget av (personligen)</translation>
    </message>
    <message>
        <source>A draft is being prepared. Nothing is final until it is issued.</source>
        <translation>Ett utkast bereds. Inget är slutgiltigt förrän beslutet utfärdas.</translation>
    </message>
    <message>
        <source>There is no budget yet: build the budget first.</source>
        <translation>Det finns ingen budget ännu: gör först budgeten.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Inget beslut ännu.</translation>
    </message>
    <message>
        <source>Issued decisions are read only; a change is made with a new decision that supersedes the old one.</source>
        <translation>Utfärdade beslut kan endast läsas; en ändring görs med ett nytt beslut som ersätter det gamla.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kedja: %1</translation>
    </message>
    <message>
        <source>Not notified yet: the appeal time starts from the notification.</source>
        <translation>Inte delgivet ännu: tiden för omprövning börjar från delgivningen.</translation>
    </message>
    <message>
        <source>Deemed received %1. A request for rectification can be made until %2.</source>
        <translation>Anses mottaget %1. Begäran om omprövning kan göras till och med %2.</translation>
    </message>
    <message>
        <source>Build the budget first.</source>
        <translation>Gör först budgeten.</translation>
    </message>
    <message>
        <source>Issue this decision now? An issued decision cannot be changed, only superseded by a new decision.</source>
        <translation>Utfärda beslutet nu? Ett utfärdat beslut kan inte ändras, bara ersättas med ett nytt beslut.</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>Decision %1</source>
        <translation>Beslut %1</translation>
    </message>
    <message>
        <source>DRAFT – not issued</source>
        <translation>UTKAST – inte utfärdat</translation>
    </message>
    <message>
        <source>PERSONAL BUDGET DECISION</source>
        <translation>BESLUT OM PERSONLIG BUDGET</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Avgörande: %1</translation>
    </message>
    <message>
        <source>Granted sum: %1 (proposed %2)</source>
        <translation>Beviljat belopp: %1 (föreslaget %2)</translation>
    </message>
    <message>
        <source>Validity period: %1 – %2</source>
        <translation>Giltighetstid: %1 – %2</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Goals and use of the budget</source>
        <translation>Mål och användning av budgeten</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <source>No restrictions besides the general one: never gambling or crime.</source>
        <translation>Inga andra begränsningar än den allmänna: aldrig penningspel eller brottslig verksamhet.</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Överenskommen uppföljning</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rättslig grund: %1</translation>
    </message>
    <message>
        <source>Decision-maker: %1, %2</source>
        <translation>Beslutsfattare: %1, %2</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>Beslutet fattat %1</translation>
    </message>
    <message>
        <source>INSTRUCTIONS FOR A REQUEST FOR RECTIFICATION</source>
        <translation>ANVISNING OM BEGÄRAN OM OMPRÖVNING</translation>
    </message>
    <message>
        <source>If you are not satisfied with this decision, you can ask for it to be rectified. A request for rectification comes first, before any appeal to a court.</source>
        <translation>Om du är missnöjd med beslutet kan du begära omprövning. Begäran om omprövning görs först, före ett överklagande till domstol.</translation>
    </message>
    <message>
        <source>Send the request to: %1</source>
        <translation>Skicka begäran till: %1</translation>
    </message>
    <message>
        <source>Time limit: 30 days from the day you were notified of the decision, not counting that day. A letter is deemed received on the 7th day after posting, an electronic message on the 3rd day after sending, and a decision handed over in person on that day. If the last day is a weekend or holiday, the time ends on the next working day.</source>
        <translation>Tidsfrist: 30 dagar från den dag du fick del av beslutet, den dagen oräknad. Ett brev anses mottaget den sjunde dagen efter att det postats, ett elektroniskt meddelande den tredje dagen efter att det skickats och ett beslut som överlämnats personligen samma dag. Om den sista dagen är en helg eller helgdag slutar tiden nästa vardag.</translation>
    </message>
    <message>
        <source>The request must contain: your name and contact details; the decision concerned; what change you ask for; the grounds; your signature. Attach the documents you refer to.</source>
        <translation>Begäran ska innehålla: ditt namn och dina kontaktuppgifter; beslutet som avses; vilken ändring du begär; grunderna; din underskrift. Bifoga de handlingar du hänvisar till.</translation>
    </message>
    <message>
        <source>The decision on the request can be appealed to %1 within 30 days of its notification.</source>
        <translation>Beslutet om begäran kan överklagas hos %1 inom 30 dagar från delfåendet.</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Disagreement</source>
        <translation>Avvikande åsikt</translation>
    </message>
    <message>
        <source>The entry:</source>
        <translation>Anteckningen:</translation>
    </message>
    <message>
        <source>Whose disagreement</source>
        <translation>Vems avvikande åsikt</translation>
    </message>
    <message>
        <source>Disagreement in their own words</source>
        <translation>Avvikande åsikt med egna ord</translation>
    </message>
    <message>
        <source>W&amp;hose disagreement</source>
        <translation>&amp;Vems åsikt</translation>
    </message>
    <message>
        <source>In their own &amp;words</source>
        <translation>Med egna &amp;ord</translation>
    </message>
    <message>
        <source>&amp;Record the disagreement</source>
        <translation>&amp;Registrera den avvikande åsikten</translation>
    </message>
    <message>
        <source>Record the disagreement</source>
        <translation>Registrera den avvikande åsikten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write the disagreement in the person&apos;s words.</source>
        <translation>Skriv den avvikande åsikten med personens egna ord.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>The disk is full: nothing was written. Free space or choose another place.</source>
        <translation>Disken är full: ingenting skrevs. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <source>This folder cannot be written to: nothing was written. Choose another place.</source>
        <translation>Den här mappen går inte att skriva i: ingenting skrevs. Välj en annan plats.</translation>
    </message>
    <message>
        <source>The folder no longer exists: nothing was written. Choose another place.</source>
        <translation>Mappen finns inte längre: ingenting skrevs. Välj en annan plats.</translation>
    </message>
    <message>
        <source>A font the document needs is missing: nothing was written. Tell IT support.</source>
        <translation>Ett typsnitt som dokumentet behöver saknas: ingenting skrevs. Meddela IT-stödet.</translation>
    </message>
    <message>
        <source>The file could not be written: nothing was written. Choose another place.</source>
        <translation>Filen kunde inte skrivas: ingenting skrevs. Välj en annan plats.</translation>
    </message>
    <message>
        <source>The client has no plan yet.</source>
        <translation>Klienten har ännu ingen plan.</translation>
    </message>
    <message>
        <source>This decision is not in force (refused, ended or superseded): no commitment can be made under it.</source>
        <translation>Beslutet gäller inte (avslag, upphört eller ersatt): ingen betalningsförbindelse kan ges med stöd av det.</translation>
    </message>
    <message>
        <source>The commitment would be more than the decision grants.</source>
        <translation>Förbindelsen skulle vara större än vad beslutet beviljar.</translation>
    </message>
    <message>
        <source>The commitment must be inside the decision&apos;s validity.</source>
        <translation>Förbindelsen måste rymmas inom beslutets giltighetstid.</translation>
    </message>
    <message>
        <source>This wording would tell the provider something private: that the person is a social-services client, or something of their health. Use neutral words.</source>
        <translation>Den här formuleringen skulle berätta något privat för tjänsteproducenten: att personen är klient inom socialvården eller något om hens hälsa. Använd neutrala ord.</translation>
    </message>
    <message>
        <source>Documents for the client</source>
        <translation>Klientens dokument</translation>
    </message>
    <message>
        <source>Documents the client keeps</source>
        <translation>Dokument som klienten får</translation>
    </message>
    <message>
        <source>Choose the document and its language, then where to save it. The file is written only where you choose, and the client&apos;s log records it.</source>
        <translation>Välj dokument och språk och sedan var det ska sparas. Filen skrivs bara där du väljer, och det antecknas i klientens åtkomstlogg.</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Vad som skrevs</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Budget decision with appeal instructions</source>
        <translation>PB-beslut med anvisning om omprövning</translation>
    </message>
    <message>
        <source>Payment commitment for a provider</source>
        <translation>Betalningsförbindelse för en producent</translation>
    </message>
    <message>
        <source>All of the client&apos;s data (PDF and JSON)</source>
        <translation>Alla klientens uppgifter (PDF och JSON)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Service (line of the decision&apos;s budget)</source>
        <translation>Tjänst (rad i beslutets budget)</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>Om dokumentet</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Vad producenten behöver</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Service, as written for the provider</source>
        <translation>Tjänsten, så som den skrivs för producenten</translation>
    </message>
    <message>
        <source>Name only the service: no diagnosis, need or reason.</source>
        <translation>Nämn bara tjänsten: ingen diagnos, inget behov och ingen orsak.</translation>
    </message>
    <message>
        <source>Payer, as the provider sees it</source>
        <translation>Betalare, så som producenten ser den</translation>
    </message>
    <message>
        <source>A neutral name, e.g. the county&apos;s service centre</source>
        <translation>Ett neutralt namn, t.ex. områdets servicecentral</translation>
    </message>
    <message>
        <source>Invoicing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <source>E-invoice address (optional)</source>
        <translation>E-fakturaadress (frivillig)</translation>
    </message>
    <message>
        <source>The provider needs the identity code</source>
        <translation>Producenten behöver personbeteckningen</translation>
    </message>
    <message>
        <source>Organisation on the document</source>
        <translation>Organisation i dokumentet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>Organisationens adress</translation>
    </message>
    <message>
        <source>What the provider will see</source>
        <translation>Vad producenten ser</translation>
    </message>
    <message>
        <source>This is the text of the commitment exactly as it will be printed. It names no decision, plan or need.</source>
        <translation>Detta är förbindelsens text exakt som den skrivs ut. Den nämner inget beslut, ingen plan och inget behov.</translation>
    </message>
    <message>
        <source>Preview of the payment commitment</source>
        <translation>Förhandsvisning av betalningsförbindelsen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Choose where to save the document</source>
        <translation>Välj var dokumentet ska sparas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>(superseded)</source>
        <translation>(ersatt)</translation>
    </message>
    <message>
        <source>The client has no issued decision yet.</source>
        <translation>Klienten har ännu inget utfärdat beslut.</translation>
    </message>
    <message>
        <source>No decision in force has a service a commitment could cover.</source>
        <translation>Inget gällande beslut har en tjänst som en förbindelse kunde gälla.</translation>
    </message>
    <message>
        <source>Writing the commitment records a disclosure to the provider in the client&apos;s log.</source>
        <translation>När förbindelsen skrivs antecknas ett utlämnande till producenten i klientens åtkomstlogg.</translation>
    </message>
    <message>
        <source>Two files: a PDF to read and a JSON file for other systems.</source>
        <translation>Två filer: en PDF att läsa och en JSON-fil för andra system.</translation>
    </message>
    <message>
        <source>Write the payer&apos;s name as the provider will see it.</source>
        <translation>Skriv betalarens namn så som producenten ser det.</translation>
    </message>
    <message>
        <source>Write the invoicing address.</source>
        <translation>Skriv faktureringsadressen.</translation>
    </message>
    <message>
        <source>Write the organisation&apos;s name.</source>
        <translation>Skriv organisationens namn.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Spara dokumentet</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skrivet: %1</translation>
    </message>
    <message>
        <source>In the folder: %1</source>
        <translation>I mappen: %1</translation>
    </message>
    <message>
        <source>The disclosure to %1 is recorded in the client&apos;s log.</source>
        <translation>Utlämnandet till %1 har antecknats i klientens åtkomstlogg.</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>Please fill in every required field.</source>
        <translation>Fyll i alla obligatoriska fält.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be saved.</source>
        <translation>Texten innehåller ett tecken som inte kan sparas.</translation>
    </message>
    <message>
        <source>Please write the answer as text.</source>
        <translation>Skriv svaret som text.</translation>
    </message>
    <message>
        <source>The text contains a broken character that cannot be saved. Type it again.</source>
        <translation>Texten innehåller ett trasigt tecken som inte kan sparas. Skriv det på nytt.</translation>
    </message>
    <message>
        <source>Write the phone number in digits (spaces, dashes and a leading + are fine).</source>
        <translation>Skriv telefonnumret med siffror (mellanslag, bindestreck och ett inledande + går bra).</translation>
    </message>
    <message>
        <source>Write one e-mail address, for example name@example.fi.</source>
        <translation>Skriv en e-postadress, till exempel namn@exempel.fi.</translation>
    </message>
    <message>
        <source>The address has too many lines.</source>
        <translation>Adressen har för många rader.</translation>
    </message>
    <message>
        <source>Please choose one of the options given.</source>
        <translation>Välj ett av de givna alternativen.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been removed or moved by a sync; open the client again.</source>
        <translation>Uppgiften hittades inte. Den kan ha tagits bort eller flyttats vid en synkronisering; öppna klienten igen.</translation>
    </message>
    <message>
        <source>Please give a valid date.</source>
        <translation>Ange ett giltigt datum.</translation>
    </message>
    <message>
        <source>Please give a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <source>The answer is outside the scale.</source>
        <translation>Svaret ligger utanför skalan.</translation>
    </message>
    <message>
        <source>The questionnaire has changed; open the page again.</source>
        <translation>Frågeformuläret har ändrats; öppna sidan igen.</translation>
    </message>
    <message>
        <source>The identity code is not valid. Check the date of birth, the separator (-, + or A), the individual number and the check character.</source>
        <translation>Personbeteckningen är inte giltig. Kontrollera födelsedatumet, skiljetecknet (-, + eller A), individnumret och kontrolltecknet.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>En annan klient har redan denna personbeteckning.</translation>
    </message>
    <message>
        <source>This client&apos;s relationship has been closed; nothing new can be recorded.</source>
        <translation>Denna klients klientrelation har avslutats; inget nytt kan registreras.</translation>
    </message>
    <message>
        <source>A draft of the plan is already open.</source>
        <translation>Ett utkast av planen är redan öppet.</translation>
    </message>
    <message>
        <source>This plan version has been agreed and can no longer be changed. Start a new version to revise it.</source>
        <translation>Denna version av planen har godkänts och kan inte längre ändras. Påbörja en ny version för att revidera den.</translation>
    </message>
    <message>
        <source>The plan needs at least one need (grounds) before it can be agreed.</source>
        <translation>Planen måste ha minst ett behov (grund) innan den kan godkännas.</translation>
    </message>
    <message>
        <source>The plan needs at least one goal before it can be agreed.</source>
        <translation>Planen måste ha minst ett mål innan den kan godkännas.</translation>
    </message>
    <message>
        <source>The client must confirm the plan.</source>
        <translation>Klienten måste bekräfta planen.</translation>
    </message>
    <message>
        <source>A disagreement is recorded in the words of the client or their support person.</source>
        <translation>En avvikande åsikt registreras med klientens eller stödpersonens ord.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <source>A price or quantity in this budget is in conflict between two laptops. Settle it first (Sync → Settle conflicts…); no document shows money that is not settled.</source>
        <translation>Ett pris eller en mängd i den här budgeten är i konflikt mellan två bärbara datorer. Avgör den först (Synkronisering → Avgör konflikter…); inget dokument visar belopp som inte är avgjorda.</translation>
    </message>
    <message>
        <source>This conflict has already been settled; sync to see the value.</source>
        <translation>Den här konflikten är redan avgjord; synkronisera för att se värdet.</translation>
    </message>
    <message>
        <source>A budget is still in use. End its use with a decision before closing.</source>
        <translation>En budget används fortfarande. Avsluta användningen med ett beslut innan du avslutar.</translation>
    </message>
    <message>
        <source>This could not be saved (%1). Check what you entered and try again.</source>
        <translation>Detta kunde inte sparas (%1). Kontrollera uppgifterna och försök igen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was saved; try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Något oväntat gick fel. Inget sparades; försök igen. Om det händer igen, kontakta IT-supporten och uppge denna felkod: %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Connect to the municipal server</source>
        <translation>Anslut till kommunens server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <source>Enrolment state</source>
        <translation>Registreringens status</translation>
    </message>
    <message>
        <source>Save certificate request…</source>
        <translation>Spara certifikatbegäran…</translation>
    </message>
    <message>
        <source>Save certificate request</source>
        <translation>Spara certifikatbegäran</translation>
    </message>
    <message>
        <source>Device certificate file</source>
        <translation>Enhetscertifikatets fil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the device certificate file</source>
        <translation>Välj enhetscertifikatets fil</translation>
    </message>
    <message>
        <source>Municipal CA certificate file</source>
        <translation>Kommunens CA-certifikatfil</translation>
    </message>
    <message>
        <source>Choose the municipal CA certificate file</source>
        <translation>Välj kommunens CA-certifikatfil</translation>
    </message>
    <message>
        <source>Import certificates</source>
        <translation>Importera certifikat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serverns adress:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Den här datorn:</translation>
    </message>
    <message>
        <source>Device certificate:</source>
        <translation>Enhetscertifikat:</translation>
    </message>
    <message>
        <source>Municipal CA certificate:</source>
        <translation>Kommunens CA-certifikat:</translation>
    </message>
    <message>
        <source>The request could not be saved there. Choose another folder.</source>
        <translation>Begäran kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Certificate request saved for device %1. Give the file to IT.</source>
        <translation>Certifikatbegäran sparad för enheten %1. Ge filen till IT.</translation>
    </message>
    <message>
        <source>A certificate file could not be read.</source>
        <translation>En certifikatfil kunde inte läsas.</translation>
    </message>
    <message>
        <source>This laptop is enrolled. It can now sync.</source>
        <translation>Den här datorn är registrerad. Den kan nu synkronisera.</translation>
    </message>
    <message>
        <source>Make and save the certificate request first.</source>
        <translation>Gör och spara certifikatbegäran först.</translation>
    </message>
    <message>
        <source>This certificate was made for another laptop or request.</source>
        <translation>Det här certifikatet gjordes för en annan dator eller begäran.</translation>
    </message>
    <message>
        <source>The device certificate was not signed by this CA certificate.</source>
        <translation>Enhetscertifikatet är inte signerat med det här CA-certifikatet.</translation>
    </message>
    <message>
        <source>The file is not a certificate.</source>
        <translation>Filen är inte ett certifikat.</translation>
    </message>
    <message>
        <source>This step could not be done. Try again; if it happens again, ask IT.</source>
        <translation>Steget kunde inte göras. Försök igen; om det händer igen, kontakta IT.</translation>
    </message>
    <message>
        <source>Certificate request (*.csr *.pem)</source>
        <translation>Certifikatbegäran (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Välj ett certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certifikat (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose both certificate files first.</source>
        <translation>Välj först båda certifikatfilerna.</translation>
    </message>
    <message>
        <source>The server address must begin with https://</source>
        <translation>Serverns adress måste börja med https://</translation>
    </message>
    <message>
        <source>Enrolled as %1; the certificate is valid until %2.</source>
        <translation>Registrerad som %1; certifikatet gäller till %2.</translation>
    </message>
    <message>
        <source>Request made as %1; waiting for the certificate from IT.</source>
        <translation>Begäran gjord som %1; väntar på certifikatet från IT.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Inte registrerad.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Anonymous feedback</source>
        <translation>Anonym respons</translation>
    </message>
    <message>
        <source>Feedback is stored without the person&apos;s name, identity code or any link to their record, and only the month is kept, not the day. It cannot be traced back to the person: it is used only to develop the services. The person can answer alone; the worker need not see the answers.</source>
        <translation>Responsen sparas utan personens namn, personbeteckning eller någon koppling till hens klientuppgifter, och endast månaden sparas, inte dagen. Den kan inte spåras till personen: den används bara för att utveckla tjänsterna. Personen kan svara ensam; arbetstagaren behöver inte se svaren.</translation>
    </message>
    <message>
        <source>&amp;Send the feedback</source>
        <translation>&amp;Skicka responsen</translation>
    </message>
    <message>
        <source>Send the feedback</source>
        <translation>Skicka responsen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>e.g. the social work unit</source>
        <translation>t.ex. socialarbetets enhet</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given av</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>A close person</source>
        <translation>En närstående</translation>
    </message>
    <message>
        <source>I felt heard</source>
        <translation>Jag blev hörd</translation>
    </message>
    <message>
        <source>Following the budget was easy</source>
        <translation>Det var lätt att följa budgeten</translation>
    </message>
    <message>
        <source>My goals were reached</source>
        <translation>Mina mål nåddes</translation>
    </message>
    <message>
        <source>Feedback in your own words</source>
        <translation>Respons med egna ord</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Given av</translation>
    </message>
    <message>
        <source>I felt &amp;heard</source>
        <translation>Jag blev &amp;hörd</translation>
    </message>
    <message>
        <source>Following the &amp;budget was easy</source>
        <translation>Det var lätt att följa &amp;budgeten</translation>
    </message>
    <message>
        <source>My g&amp;oals were reached</source>
        <translation>Mina &amp;mål nåddes</translation>
    </message>
    <message>
        <source>In your own &amp;words</source>
        <translation>Med egna &amp;ord</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – inte alls</translation>
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
        <translation>5 – helt</translation>
    </message>
    <message>
        <source>Give the unit the feedback is about.</source>
        <translation>Ange vilken enhet responsen gäller.</translation>
    </message>
    <message>
        <source>Thank you. The feedback was stored anonymously.</source>
        <translation>Tack. Responsen sparades anonymt.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Follow-up and evaluation</source>
        <translation>Uppföljning och utvärdering</translation>
    </message>
    <message>
        <source>much less than expected</source>
        <translation>mycket sämre än väntat</translation>
    </message>
    <message>
        <source>less than expected</source>
        <translation>sämre än väntat</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>som väntat</translation>
    </message>
    <message>
        <source>more than expected</source>
        <translation>bättre än väntat</translation>
    </message>
    <message>
        <source>much more than expected</source>
        <translation>mycket bättre än väntat</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Inga bedömningar ännu.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historik: %1</translation>
    </message>
    <message>
        <source>Attainment: %1</source>
        <translation>Måluppfyllelse: %1</translation>
    </message>
    <message>
        <source>Not assessed now</source>
        <translation>Bedöms inte nu</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Record a follow-up</source>
        <translation>Registrera en uppföljning</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Hållen</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Agree on the next follow-up</source>
        <translation>Kom överens om nästa uppföljning</translation>
    </message>
    <message>
        <source>How things have gone</source>
        <translation>Hur det har gått</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Revision needed</source>
        <translation>Behövs revidering</translation>
    </message>
    <message>
        <source>No revision</source>
        <translation>Ingen revidering</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Budgeten</translation>
    </message>
    <message>
        <source>The plan and the budget</source>
        <translation>Planen och budgeten</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Progress on each goal (−2 … +2)</source>
        <translation>Framsteg per mål (−2 … +2)</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Planen har inga mål ännu.</translation>
    </message>
    <message>
        <source>Show older assessments</source>
        <translation>Visa äldre bedömningar</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Registrera uppföljningen</translation>
    </message>
    <message>
        <source>Earlier follow-ups</source>
        <translation>Tidigare uppföljningar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Show older follow-ups</source>
        <translation>Visa äldre uppföljningar</translation>
    </message>
    <message>
        <source>Self-assessment before and after</source>
        <translation>Självbedömning före och efter</translation>
    </message>
    <message>
        <source>Self-assessment before and after, per domain</source>
        <translation>Självbedömning före och efter per område</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older assessments</source>
        <translation>
            <numerusform>Visa %n äldre bedömning</numerusform>
            <numerusform>Visa %n äldre bedömningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n older follow-ups</source>
        <translation>
            <numerusform>Visa %n äldre uppföljning</numerusform>
            <numerusform>Visa %n äldre uppföljningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>The self-assessment has been answered fewer than two times: no change to show yet.</source>
        <translation>Självbedömningen har besvarats färre än två gånger: ingen förändring att visa ännu.</translation>
    </message>
    <message>
        <source>Before %1, after %2 (0–10):</source>
        <translation>Före %1, efter %2 (0–10):</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Före (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Efter (%1)</translation>
    </message>
</context>
<context>
    <name>LockButton</name>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock hbdesk (%1)</source>
        <translation>Lås hbdesk (%1)</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Personal budgeting</source>
        <translation>Personlig budgetering</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock hbdesk (%1)</source>
        <translation>Lås hbdesk (%1)</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Anteckningar från besöket</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>Shows or folds away the list of clients (%1)</source>
        <translation>Visar eller fäller undan klientlistan (%1)</translation>
    </message>
    <message>
        <source>Co-reading with the client</source>
        <translation>Läser tillsammans med klienten</translation>
    </message>
    <message>
        <source>Hides the caseload and the visit notes so that nothing about other clients is on the screen (%1)</source>
        <translation>Döljer klientlistan och besöksanteckningarna så att inget om andra klienter syns på skärmen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the vault</source>
        <translation>
            <numerusform>%n klient i valvet</numerusform>
            <numerusform>%n klienter i valvet</numerusform>
        </translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Klientens vy</translation>
    </message>
    <message>
        <source>Turns the screen to the client: large type, only this client&apos;s plan, budget and spending (%1)</source>
        <translation>Vänder skärmen till klienten: stor text, bara den här klientens plan, budget och användning (%1)</translation>
    </message>
    <message>
        <source>The vault is open.</source>
        <translation>Valvet är öppet.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit — saved automatically, encrypted, while you type.</source>
        <translation>&amp;Anteckningar från besöket – sparas automatiskt, krypterade, medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Mörklägg skärmen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;Mina klienter</translation>
    </message>
    <message>
        <source>&amp;Co-reading with the client</source>
        <translation>&amp;Läs tillsammans med klienten</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>&amp;Sök en klient</translation>
    </message>
    <message>
        <source>C&amp;lient&apos;s view</source>
        <translation>K&amp;lientens vy</translation>
    </message>
    <message>
        <source>Client&apos;s view on a &amp;second screen</source>
        <translation>Klientens vy på en &amp;andra skärm</translation>
    </message>
    <message>
        <source>&amp;Outcomes of my unit…</source>
        <translation>Min enhets &amp;resultat…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Connect this laptop to the server…</source>
        <translation>&amp;Anslut den här datorn till servern…</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>S&amp;törre text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;log…</source>
        <translation>Klientens &amp;logg…</translation>
    </message>
    <message>
        <source>&amp;Documents for the client…</source>
        <translation>Klientens &amp;dokument…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync with the municipal server</source>
        <translation>Synkronisering med kommunens server</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synkronisering: %1</translation>
    </message>
    <message>
        <source>New client registered: %1</source>
        <translation>Ny klient registrerad: %1</translation>
    </message>
    <message>
        <source>Co-reading: only this client&apos;s records are on the screen.</source>
        <translation>Läser tillsammans: endast denna klients uppgifter syns på skärmen.</translation>
    </message>
    <message>
        <source>Co-reading ended.</source>
        <translation>Gemensam läsning avslutad.</translation>
    </message>
    <message>
        <source>Open a client first.</source>
        <translation>Öppna först en klient.</translation>
    </message>
    <message>
        <source>Back in the worker&apos;s view.</source>
        <translation>Tillbaka i arbetstagarens vy.</translation>
    </message>
    <message>
        <source>Notes saved at %1</source>
        <translation>Anteckningarna sparades kl. %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Anteckningarna kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <source>This field is required.</source>
        <translation>Detta fält är obligatoriskt.</translation>
    </message>
    <message>
        <source>Not an amount: write euros and cents, for example 1 234,50.</source>
        <translation>Inte ett belopp: skriv euro och cent, till exempel 1 234,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beloppet måste vara större än noll.</translation>
    </message>
    <message>
        <source>Use at most two decimals for euros (three for quantities).</source>
        <translation>Använd högst två decimaler för euro (tre för mängder).</translation>
    </message>
    <message>
        <source>The amount is too large; check the number.</source>
        <translation>Beloppet är för stort; kontrollera talet.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Mängden måste vara större än noll.</translation>
    </message>
    <message>
        <source>The quantity is too large; check the number.</source>
        <translation>Mängden är för stor; kontrollera talet.</translation>
    </message>
    <message>
        <source>Gambling and crime can never be paid from a personal budget.</source>
        <translation>Penningspel och brottslig verksamhet kan aldrig betalas ur en personlig budget.</translation>
    </message>
    <message>
        <source>The decision&apos;s restrictions do not allow spending in this category.</source>
        <translation>Beslutets begränsningar tillåter inte utgifter i denna kategori.</translation>
    </message>
    <message>
        <source>This invoice has already been confirmed. A confirmation is given only once.</source>
        <translation>Denna faktura har redan kvitterats. En kvittering ges bara en gång.</translation>
    </message>
    <message>
        <source>The amount is more than the balance left (%1 €).</source>
        <translation>Beloppet är större än det återstående saldot (%1 €).</translation>
    </message>
    <message>
        <source>Only invoices are confirmed by the client.</source>
        <translation>Klienten kvitterar endast fakturor.</translation>
    </message>
    <message>
        <source>Receipts are reported only for direct payments.</source>
        <translation>Kvitton rapporteras endast för direkta betalningar.</translation>
    </message>
    <message>
        <source>The receipts would add up to more than the payment.</source>
        <translation>Kvittona skulle sammanlagt överstiga betalningen.</translation>
    </message>
    <message>
        <source>Receipts cannot be reported before the day of the payment.</source>
        <translation>Kvitton kan inte rapporteras före betalningsdagen.</translation>
    </message>
    <message>
        <source>The legal basis must name every act the budget&apos;s parts fall under (or make one decision per act).</source>
        <translation>Tillämpade bestämmelser ska nämna varje lag som budgetens delar beviljas med stöd av (eller fatta ett eget beslut per lag).</translation>
    </message>
    <message>
        <source>This entry has already been corrected.</source>
        <translation>Denna post har redan korrigerats.</translation>
    </message>
    <message>
        <source>A correction cannot itself be corrected.</source>
        <translation>En korrigering kan inte själv korrigeras.</translation>
    </message>
    <message>
        <source>The confirmation cannot be dated before the invoice.</source>
        <translation>Kvitteringen kan inte dateras före fakturan.</translation>
    </message>
    <message>
        <source>The decision is not yet in force on that day.</source>
        <translation>Beslutet är ännu inte i kraft den dagen.</translation>
    </message>
    <message>
        <source>The decision is no longer in force on that day.</source>
        <translation>Beslutet är inte längre i kraft den dagen.</translation>
    </message>
    <message>
        <source>The decision refused the budget: nothing can be spent.</source>
        <translation>Beslutet avslog budgeten: inget kan användas.</translation>
    </message>
    <message>
        <source>There is no decision yet: spending needs an issued decision.</source>
        <translation>Det finns ännu inget beslut: utgifter kräver ett utfärdat beslut.</translation>
    </message>
    <message>
        <source>Choose the decision the spending belongs to.</source>
        <translation>Välj det beslut som utgiften hör till.</translation>
    </message>
    <message>
        <source>This entry has already been recorded.</source>
        <translation>Denna post har redan registrerats.</translation>
    </message>
    <message>
        <source>A budget draft already exists; continue with it.</source>
        <translation>Ett budgetutkast finns redan; fortsätt med det.</translation>
    </message>
    <message>
        <source>This budget has been decided and can no longer be changed.</source>
        <translation>Denna budget har beslutats och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The line&apos;s period must be inside the budget&apos;s.</source>
        <translation>Radens period måste ligga inom budgetens.</translation>
    </message>
    <message>
        <source>The item is from another catalogue version than the budget.</source>
        <translation>Artikeln är från en annan prislisteversion än budgeten.</translation>
    </message>
    <message>
        <source>A catalogue price cannot be changed.</source>
        <translation>Ett pris i prislistan kan inte ändras.</translation>
    </message>
    <message>
        <source>Add at least one line to the budget first.</source>
        <translation>Lägg först till minst en rad i budgeten.</translation>
    </message>
    <message>
        <source>An issued decision cannot be changed, only superseded.</source>
        <translation>Ett utfärdat beslut kan inte ändras, bara ersättas.</translation>
    </message>
    <message>
        <source>That decision has already been superseded.</source>
        <translation>Beslutet har redan ersatts.</translation>
    </message>
    <message>
        <source>Write who acknowledged receiving the decision.</source>
        <translation>Skriv vem som kvitterade att beslutet mottagits.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision.</source>
        <translation>Delgivningen kan inte vara före beslutet.</translation>
    </message>
    <message>
        <source>A granted decision grants the proposed sum; choose partly granted for less.</source>
        <translation>Ett beviljande beslut beviljar det föreslagna beloppet; välj delvis beviljat för mindre.</translation>
    </message>
    <message>
        <source>A partly granted sum must be above zero and below the proposed sum.</source>
        <translation>Ett delvis beviljat belopp måste vara över noll och under det föreslagna beloppet.</translation>
    </message>
    <message>
        <source>A refused decision grants nothing: set the sum to 0,00.</source>
        <translation>Ett avslag beviljar inget: sätt beloppet till 0,00.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The score is outside the scale.</source>
        <translation>Värdet ligger utanför skalan.</translation>
    </message>
    <message>
        <source>The client relationship has ended.</source>
        <translation>Klientrelationen har avslutats.</translation>
    </message>
    <message>
        <source>Home help</source>
        <translation>Hemhjälp</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Städning</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Personlig assistans</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coachning</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapi</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Kamratstöd</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Läger</translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation>Avlösning</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Penningspel</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Brottslig verksamhet</translation>
    </message>
    <message>
        <source>Social welfare (Social Welfare Act)</source>
        <translation>Socialvård (socialvårdslagen)</translation>
    </message>
    <message>
        <source>Disability services (Disability Services Act)</source>
        <translation>Service för personer med funktionsnedsättning (lagen om funktionshinderservice)</translation>
    </message>
    <message>
        <source>Informal care support</source>
        <translation>Stöd för närståendevård</translation>
    </message>
    <message>
        <source>Older people&apos;s services</source>
        <translation>Tjänster för äldre</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Barnskydd</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>besök</translation>
    </message>
    <message>
        <source>session</source>
        <translation>gång</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>vecka</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>biljett</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>styck</translation>
    </message>
    <message>
        <source>once</source>
        <translation>en gång</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Mobilbetalning</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Betalningsförbindelse</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>Direkt betalning</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestriden</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigerad</translation>
    </message>
    <message>
        <source>Entered here</source>
        <translation>Registrerad här</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <source>Mobile payment report</source>
        <translation>Mobilbetalningsrapport</translation>
    </message>
    <message>
        <source>Voucher redeemed</source>
        <translation>Sedel inlöst</translation>
    </message>
    <message>
        <source>Commitment billed</source>
        <translation>Förbindelse fakturerad</translation>
    </message>
    <message>
        <source>Payment system</source>
        <translation>Betalningssystem</translation>
    </message>
    <message>
        <source>gambling or crime: never from a budget</source>
        <translation>penningspel eller brott: aldrig ur en budget</translation>
    </message>
    <message>
        <source>a category the decision rules out</source>
        <translation>en kategori som beslutet utesluter</translation>
    </message>
    <message>
        <source>after the decision&apos;s period</source>
        <translation>efter beslutets giltighetstid</translation>
    </message>
    <message>
        <source>before the decision&apos;s period</source>
        <translation>före beslutets giltighetstid</translation>
    </message>
    <message>
        <source>the decision grants nothing</source>
        <translation>beslutet beviljar ingenting</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljat</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Delvis beviljat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslaget</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>Användningen avslutad</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Elektroniskt meddelande</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Tillsammans</translation>
    </message>
    <message>
        <source>Authorised person (Oma HB)</source>
        <translation>Befullmäktigad (Oma HB)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Social welfare</source>
        <translation>Socialvård</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Handikappservice</translation>
    </message>
    <message>
        <source>Support for informal care</source>
        <translation>Stöd för närståendevård</translation>
    </message>
    <message>
        <source>Services for older people</source>
        <translation>Service för äldre</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Barnskydd</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>Servicebehov</translation>
    </message>
    <message>
        <source>Service-need assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>What support the person needs in everyday life, their right to it, and under which laws it is arranged. A budget may combine several.</source>
        <translation>Vilket stöd personen behöver i vardagen, hens rätt till det och enligt vilka lagar det ordnas. En budget kan kombinera flera.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>&amp;Record the assessment</source>
        <translation>&amp;Registrera bedömningen</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Registrera bedömningen</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Right to support</source>
        <translation>Rätt till stöd</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Bedömd &amp;den</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <source>Right to &amp;support</source>
        <translation>Rätt till &amp;stöd</translation>
    </message>
    <message>
        <source>Service areas (laws)</source>
        <translation>Serviceområden (lagar)</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>Skriven &amp;av</translation>
    </message>
    <message>
        <source>Assessments recorded earlier are in the client&apos;s record; the next step above shows whether one exists.</source>
        <translation>Tidigare registrerade bedömningar finns i klientens uppgifter; nästa steg ovan visar om en bedömning redan finns.</translation>
    </message>
    <message>
        <source>Choose at least one service area.</source>
        <translation>Välj minst ett serviceområde.</translation>
    </message>
    <message>
        <source>%1 · written by: %2 · %3</source>
        <translation>%1 · skriven av: %2 · %3</translation>
    </message>
    <message>
        <source>The assessment was recorded.</source>
        <translation>Bedömningen registrerades.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>For example 010190-900P; may be left empty.</source>
        <translation>Till exempel 010190-900P; kan lämnas tomt.</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Datum för kontakten</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Hur kontakten togs</translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own words</source>
        <translation>Behov med personens egna ord</translation>
    </message>
    <message>
        <source>The role of close people</source>
        <translation>De närståendes roll</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Klientens språk</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Identity code</source>
        <translation>&amp;Personbeteckning</translation>
    </message>
    <message>
        <source>&amp;Date of contact</source>
        <translation>&amp;Datum för kontakten</translation>
    </message>
    <message>
        <source>&amp;How they got in touch</source>
        <translation>&amp;Hur kontakten togs</translation>
    </message>
    <message>
        <source>Needs in the person&apos;s own &amp;words</source>
        <translation>Behov med personens egna &amp;ord</translation>
    </message>
    <message>
        <source>&amp;Role of close people</source>
        <translation>De närståendes &amp;roll</translation>
    </message>
    <message>
        <source>W&amp;ritten by</source>
        <translation>Skriven &amp;av</translation>
    </message>
    <message>
        <source>The client&apos;s lan&amp;guage</source>
        <translation>Klientens s&amp;pråk</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Please give the first name, the last name and the needs as described.</source>
        <translation>Ange förnamn, efternamn och de beskrivna behoven.</translation>
    </message>
    <message>
        <source>Discard the new client?</source>
        <translation>Kasta den nya klienten?</translation>
    </message>
    <message>
        <source>The client has not been registered. Throw away the name and identity code? (The needs and close people texts stay saved as drafts.)</source>
        <translation>Klienten har inte registrerats. Kasta namnet och personbeteckningen? (Texterna om behov och närstående sparas som utkast.)</translation>
    </message>
</context>
<context>
    <name>OwnOptionForm</name>
    <message>
        <source>The client&apos;s own found option</source>
        <translation>Klientens eget alternativ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Enhetspris (€)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Quote or offer (optional)</source>
        <translation>Offert (frivillig)</translation>
    </message>
    <message>
        <source>Own option from</source>
        <translation>Eget alternativ från</translation>
    </message>
    <message>
        <source>Own option to</source>
        <translation>Eget alternativ till</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Quote or offer</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Price of the own option</source>
        <translation>Priset på det egna alternativet</translation>
    </message>
    <message>
        <source>Add own option</source>
        <translation>Lägg till eget alternativ</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Använd några ord, undvik vanliga uttryck.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Specialtecken, siffror eller versaler behövs inte.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Lägg till ett eller två ord. Ovanliga ord är bättre.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Raka tangentrader är lätta att gissa.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Korta tangentmönster är lätta att gissa.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Använd ett längre tangentmönster med fler svängar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Upprepningar som ”aaa” är lätta att gissa.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Undvik upprepade ord och tecken.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Följder som ”abc” eller ”6543” är lätta att gissa.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Undvik teckenföljder.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Årtal från de senaste åren är lätta att gissa.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Undvik årtal från de senaste åren.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Undvik årtal som har med dig att göra.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Datum är ofta lätta att gissa.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Undvik datum och årtal som har med dig att göra.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Det här är ett av de tio vanligaste lösenorden.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Det här är ett av de hundra vanligaste lösenorden.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Det här är ett mycket vanligt lösenord.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Det här liknar ett vanligt lösenord.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ett ensamt ord är lätt att gissa.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>För- och efternamn för sig är lätta att gissa.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Vanliga för- och efternamn är lätta att gissa.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Stor begynnelsebokstav hjälper inte mycket.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Bara versaler är nästan lika lätt att gissa som bara gemener.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Baklänges skrivna ord är inte mycket svårare att gissa.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Förutsägbara byten som ’@’ i stället för ’a’ hjälper inte mycket.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Använd minst 10 tecken.</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <source>Process path</source>
        <translation>Processens stig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>the client is here</source>
        <translation>klienten är här</translation>
    </message>
    <message>
        <source>next</source>
        <translation>härnäst</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>användning</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>självbedömning</translation>
    </message>
    <message>
        <source>People around the client</source>
        <translation>Personerna kring klienten</translation>
    </message>
    <message>
        <source>Name of the close person</source>
        <translation>Den närståendes namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>A trusted person</source>
        <translation>Förtroendeperson</translation>
    </message>
    <message>
        <source>A trusted person in everyday life</source>
        <translation>En förtroendeperson i vardagen</translation>
    </message>
    <message>
        <source>Add the &amp;close person</source>
        <translation>Lägg till den &amp;närstående</translation>
    </message>
    <message>
        <source>Add the close person</source>
        <translation>Lägg till den närstående</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>Tasks of the support person</source>
        <translation>Stödpersonens uppgifter</translation>
    </message>
    <message>
        <source>&amp;Tasks of a support person (when choosing one)</source>
        <translation>Stödpersonens &amp;uppgifter (när en väljs)</translation>
    </message>
    <message>
        <source>Why a support person is or is not needed</source>
        <translation>Varför en stödperson behövs eller inte behövs</translation>
    </message>
    <message>
        <source>Why a support person is or is not &amp;needed</source>
        <translation>Varför en stödperson &amp;behövs eller inte</translation>
    </message>
    <message>
        <source>Support person needed</source>
        <translation>Stödperson behövs</translation>
    </message>
    <message>
        <source>Record: a support person is needed</source>
        <translation>Registrera: en stödperson behövs</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Record: no support person needed</source>
        <translation>Registrera: ingen stödperson behövs</translation>
    </message>
    <message>
        <source>Name of the team member</source>
        <translation>Teammedlemmens namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Roll i teamet</translation>
    </message>
    <message>
        <source>Team member&apos;s na&amp;me</source>
        <translation>Teammedlemmens &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Role in the t&amp;eam</source>
        <translation>Roll i &amp;teamet</translation>
    </message>
    <message>
        <source>Add to the client&apos;s &amp;team</source>
        <translation>Lägg till i klientens &amp;team</translation>
    </message>
    <message>
        <source>Add to the client&apos;s team</source>
        <translation>Lägg till i klientens team</translation>
    </message>
    <message>
        <source>No trusted person in everyday life yet: consider whether a support person is needed.</source>
        <translation>Ännu ingen förtroendeperson i vardagen: överväg om en stödperson behövs.</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>stödperson</translation>
    </message>
    <message>
        <source>trusted person</source>
        <translation>förtroendeperson</translation>
    </message>
    <message>
        <source>Chosen as support person</source>
        <translation>Vald till stödperson</translation>
    </message>
    <message>
        <source>The client chooses %1 as support person</source>
        <translation>Klienten väljer %1 som stödperson</translation>
    </message>
    <message>
        <source>%1 · support person needed: %2</source>
        <translation>%1 · stödperson behövs: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>inget ännu</translation>
    </message>
    <message>
        <source>May see with the client&apos;s consent: %1</source>
        <translation>Får se med klientens samtycke: %1</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Samtycke…</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Samtycke för %1</translation>
    </message>
    <message>
        <source>Give the name and the relation.</source>
        <translation>Ange namn och relation.</translation>
    </message>
    <message>
        <source>Write the support person&apos;s tasks first.</source>
        <translation>Skriv först stödpersonens uppgifter.</translation>
    </message>
    <message>
        <source>Write why first.</source>
        <translation>Skriv först varför.</translation>
    </message>
    <message>
        <source>Give the name, organisation and role.</source>
        <translation>Ange namn, organisation och roll.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Needs (grounds)</source>
        <translation>Behov (grunder)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Intended use of the budget</source>
        <translation>Planerad användning av budgeten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Follow-up agreements</source>
        <translation>Överenskommelser om uppföljning</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Written together with the person, who sees every entry as it is written. Each entry shows who said it; the person&apos;s disagreement is kept next to the entry.</source>
        <translation>Skrivs tillsammans med personen, som ser varje anteckning medan den skrivs. Varje anteckning visar vem som sade den; personens avvikande åsikt sparas bredvid anteckningen.</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planens version</translation>
    </message>
    <message>
        <source>Earlier versions are kept as they were agreed</source>
        <translation>Tidigare versioner sparas så som de godkändes</translation>
    </message>
    <message>
        <source>&amp;Start a new version</source>
        <translation>&amp;Påbörja en ny version</translation>
    </message>
    <message>
        <source>Start a new version of the plan</source>
        <translation>Påbörja en ny version av planen</translation>
    </message>
    <message>
        <source>Changes since the confirmed version</source>
        <translation>Ändringar sedan den bekräftade versionen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Part of the plan</source>
        <translation>Del av planen</translation>
    </message>
    <message>
        <source>Who is speaking?</source>
        <translation>Vem talar?</translation>
    </message>
    <message>
        <source>Choose who is speaking</source>
        <translation>Välj vem som talar</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <source>&amp;Part of the plan</source>
        <translation>&amp;Del av planen</translation>
    </message>
    <message>
        <source>&amp;Who is speaking?</source>
        <translation>&amp;Vem talar?</translation>
    </message>
    <message>
        <source>&amp;Entry in the speaker&apos;s words</source>
        <translation>&amp;Anteckningen med talarens ord</translation>
    </message>
    <message>
        <source>&amp;Add the entry</source>
        <translation>&amp;Lägg till anteckningen</translation>
    </message>
    <message>
        <source>Add the entry</source>
        <translation>Lägg till anteckningen</translation>
    </message>
    <message>
        <source>Read and confirmed together</source>
        <translation>Läst och bekräftat tillsammans</translation>
    </message>
    <message>
        <source>When the draft is ready, read it through together. The person confirms it by drawing a signature or typing their name; the confirmed version is then frozen.</source>
        <translation>När utkastet är klart, läs det tillsammans. Personen bekräftar det genom att rita en underskrift eller skriva sitt namn; den bekräftade versionen låses sedan.</translation>
    </message>
    <message>
        <source>&amp;Read together and confirm…</source>
        <translation>&amp;Läs tillsammans och bekräfta…</translation>
    </message>
    <message>
        <source>Read the plan together and confirm it</source>
        <translation>Läs planen tillsammans och bekräfta den</translation>
    </message>
    <message>
        <source>Compared with version %1, confirmed on %2: %3, %4, %5. The changes are marked below.</source>
        <translation>Jämfört med version %1, bekräftad %2: %3, %4, %5. Ändringarna är markerade nedan.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Next &amp;follow-up</source>
        <translation>Nästa &amp;uppföljning</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>No plan yet. Start the plan to write it together.</source>
        <translation>Ingen plan ännu. Påbörja planen för att skriva den tillsammans.</translation>
    </message>
    <message>
        <source>&amp;Start the plan</source>
        <translation>&amp;Påbörja planen</translation>
    </message>
    <message>
        <source>Version %1, a draft being written.</source>
        <translation>Version %1, ett utkast som skrivs.</translation>
    </message>
    <message>
        <source>Version %1, agreed on %2.</source>
        <translation>Version %1, överenskommen %2.</translation>
    </message>
    <message>
        <source>Version %1, agreed on %2, confirmed by %3.</source>
        <translation>Version %1, godkänd %2, bekräftad av %3.</translation>
    </message>
    <message>
        <source>Next follow-up: %1.</source>
        <translation>Nästa uppföljning: %1.</translation>
    </message>
    <message>
        <source>drawn signature</source>
        <translation>ritad underskrift</translation>
    </message>
    <message>
        <source>typed name “%1”</source>
        <translation>skrivet namn ”%1”</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2, %3.</source>
        <translation>Bekräftad av %1 %2, %3.</translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation>Närvarande: %1.</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Underskrift av %1</translation>
    </message>
    <message>
        <source>No changes yet since version %1, confirmed on %2.</source>
        <translation>Inga ändringar ännu sedan version %1, bekräftad %2.</translation>
    </message>
    <message>
        <source>Removed since the confirmed version</source>
        <translation>Borttaget sedan den bekräftade versionen</translation>
    </message>
    <message>
        <source>Removed entry by %1</source>
        <translation>Borttagen anteckning av %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Inget skrivet ännu.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry by %1</source>
        <translation>Anteckning av %1</translation>
    </message>
    <message>
        <source>Disagreement — %1, %2: %3</source>
        <translation>Avvikande åsikt – %1, %2: %3</translation>
    </message>
    <message>
        <source>Record a disagreement…</source>
        <translation>Registrera en avvikande åsikt…</translation>
    </message>
    <message>
        <source>Record a disagreement with the entry: %1</source>
        <translation>Registrera en avvikande åsikt om anteckningen: %1</translation>
    </message>
    <message>
        <source>New since the confirmed version</source>
        <translation>Ny sedan den bekräftade versionen</translation>
    </message>
    <message>
        <source>Changed since the confirmed version, which read (%1): %2</source>
        <translation>Ändrad sedan den bekräftade versionen, där det stod (%1): %2</translation>
    </message>
    <message>
        <source>Choose who is speaking before adding the entry.</source>
        <translation>Välj vem som talar innan anteckningen läggs till.</translation>
    </message>
    <message>
        <source>Write the entry first.</source>
        <translation>Skriv först anteckningen.</translation>
    </message>
</context>
<context>
    <name>PrivacyBlank</name>
    <message>
        <source>The screen is blank</source>
        <translation>Skärmen är mörklagd</translation>
    </message>
    <message>
        <source>Press any key or click to return.</source>
        <translation>Tryck på valfri tangent eller klicka för att återvända.</translation>
    </message>
</context>
<context>
    <name>ProcessWords</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självbedömning</translation>
    </message>
    <message>
        <source>Service-need assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget decision</source>
        <translation>Budgetbeslut</translation>
    </message>
    <message>
        <source>Budget in use</source>
        <translation>Budgeten används</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Fill in the self-assessment together</source>
        <translation>Fyll i självbedömningen tillsammans</translation>
    </message>
    <message>
        <source>Assess the need for services</source>
        <translation>Bedöm servicebehovet</translation>
    </message>
    <message>
        <source>Write down the client&apos;s own proposal</source>
        <translation>Skriv ner klientens eget förslag</translation>
    </message>
    <message>
        <source>Find a trusted person or consider a support person</source>
        <translation>Hitta en förtroendeperson eller överväg en stödperson</translation>
    </message>
    <message>
        <source>Write and agree the client plan</source>
        <translation>Skriv och godkänn klientplanen</translation>
    </message>
    <message>
        <source>Build the budget from real prices</source>
        <translation>Gör upp budgeten utgående från verkliga priser</translation>
    </message>
    <message>
        <source>Prepare the budget decision</source>
        <translation>Bered budgetbeslutet</translation>
    </message>
    <message>
        <source>Issue the budget decision</source>
        <translation>Fatta budgetbeslutet</translation>
    </message>
    <message>
        <source>Record how the decision was notified</source>
        <translation>Registrera hur beslutet delgavs</translation>
    </message>
    <message>
        <source>Go through invoices waiting for the client&apos;s confirmation</source>
        <translation>Gå igenom fakturor som väntar på klientens bekräftelse</translation>
    </message>
    <message>
        <source>Hold the follow-up</source>
        <translation>Håll uppföljningen</translation>
    </message>
    <message>
        <source>The decision has ended: revise or close</source>
        <translation>Beslutet har upphört: revidera eller avsluta</translation>
    </message>
    <message>
        <source>Nothing urgent</source>
        <translation>Inget brådskande</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Egen arbetstagare</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Tillsammans</translation>
    </message>
    <message>
        <source>Authorised person (Oma HB)</source>
        <translation>Befullmäktigad (Oma HB)</translation>
    </message>
    <message>
        <source>Request on the web pages</source>
        <translation>Begäran på webbsidorna</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Visit to the office</source>
        <translation>Besök på kontoret</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Secure message</source>
        <translation>Skyddat meddelande</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>At follow-up</source>
        <translation>Vid uppföljning</translation>
    </message>
    <message>
        <source>At closing</source>
        <translation>Vid avslutning</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>Client&apos;s proposal</source>
        <translation>Eget förslag</translation>
    </message>
    <message>
        <source>The client&apos;s own proposal</source>
        <translation>Klientens eget förslag</translation>
    </message>
    <message>
        <source>What the person wants to reach and how, written down in their own words and kept as they said it.</source>
        <translation>Vad personen vill uppnå och hur, nedskrivet med hens egna ord och sparat så som hen sade det.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nytt förslag</translation>
    </message>
    <message>
        <source>&amp;Record the proposal</source>
        <translation>&amp;Registrera förslaget</translation>
    </message>
    <message>
        <source>Record the proposal</source>
        <translation>Registrera förslaget</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Föreslaget den</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Proposed &amp;on</source>
        <translation>Föreslaget &amp;den</translation>
    </message>
    <message>
        <source>&amp;Goals in the client&apos;s words</source>
        <translation>&amp;Mål med klientens ord</translation>
    </message>
    <message>
        <source>&amp;Means: what would help</source>
        <translation>&amp;Medel: vad som skulle hjälpa</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>Skriven &amp;av</translation>
    </message>
    <message>
        <source>Proposals recorded earlier are in the client&apos;s record; the next step above shows whether one exists.</source>
        <translation>Tidigare registrerade förslag finns i klientens uppgifter; nästa steg ovan visar om ett förslag redan finns.</translation>
    </message>
    <message>
        <source>%1 · written by: %2</source>
        <translation>%1 · skriven av: %2</translation>
    </message>
    <message>
        <source>Goals: %1
Means: %2</source>
        <translation>Mål: %1
Medel: %2</translation>
    </message>
    <message>
        <source>The proposal was recorded.</source>
        <translation>Förslaget registrerades.</translation>
    </message>
</context>
<context>
    <name>ReadTogetherDialog</name>
    <message>
        <source>Nothing has been drawn yet. Ask the person to sign in the white area, or type their name instead.</source>
        <translation>Inget har ritats ännu. Be personen skriva under i det vita fältet, eller skriva sitt namn i stället.</translation>
    </message>
    <message>
        <source>The drawing is too large to keep. Clear it and sign again.</source>
        <translation>Teckningen är för stor för att sparas. Rensa den och skriv under igen.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm.</source>
        <translation>Skriv personens namn för att bekräfta.</translation>
    </message>
    <message>
        <source>Client plan, version %1</source>
        <translation>Klientplan, version %1</translation>
    </message>
    <message>
        <source>Marked: what is new or changed since version %1, which was confirmed together.</source>
        <translation>Markerat: det som är nytt eller ändrat sedan version %1, som bekräftades tillsammans.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Inget skrivet ännu.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Confirmed wording (%1): %2</source>
        <translation>Bekräftad lydelse (%1): %2</translation>
    </message>
    <message>
        <source>Disagreement (%1): %2</source>
        <translation>Avvikande åsikt (%1): %2</translation>
    </message>
    <message>
        <source>Removed since the confirmed version</source>
        <translation>Borttaget sedan den bekräftade versionen</translation>
    </message>
    <message>
        <source>Read together and confirm</source>
        <translation>Läs tillsammans och bekräfta</translation>
    </message>
    <message>
        <source>Read the plan through together</source>
        <translation>Läs igenom planen tillsammans</translation>
    </message>
    <message>
        <source>The plan to read together</source>
        <translation>Planen som läses tillsammans</translation>
    </message>
    <message>
        <source>&amp;Confirm the plan</source>
        <translation>&amp;Bekräfta planen</translation>
    </message>
    <message>
        <source>Confirm the plan</source>
        <translation>Bekräfta planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The client&apos;s confirmation</source>
        <translation>Klientens bekräftelse</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Närvarande:</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Närvarande: %1</translation>
    </message>
    <message>
        <source>&amp;Draw a signature</source>
        <translation>&amp;Rita en underskrift</translation>
    </message>
    <message>
        <source>Confirm by a drawn signature</source>
        <translation>Bekräfta med en ritad underskrift</translation>
    </message>
    <message>
        <source>&amp;Type the name</source>
        <translation>&amp;Skriv namnet</translation>
    </message>
    <message>
        <source>Confirm by typing the name</source>
        <translation>Bekräfta genom att skriva namnet</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>R&amp;ensa</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Rensa underskriften</translation>
    </message>
    <message>
        <source>The person types their &amp;name:</source>
        <translation>Personen skriver sitt &amp;namn:</translation>
    </message>
    <message>
        <source>Name typed by the person</source>
        <translation>Namnet som personen skrev</translation>
    </message>
    <message>
        <source>The client must be present to confirm the plan.</source>
        <translation>Klienten måste vara närvarande för att bekräfta planen.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Please fill in the required text.</source>
        <translation>Fyll i den obligatoriska texten.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Självbedömning</translation>
    </message>
    <message>
        <source>The person rates their everyday life from 0 (not at all) to 10 (fully). Repeated at follow-up, the answers show what has changed. An item may be left unanswered.</source>
        <translation>Personen bedömer sin vardag från 0 (inte alls) till 10 (helt). När bedömningen upprepas vid uppföljningen visar svaren vad som har förändrats. En punkt kan lämnas obesvarad.</translation>
    </message>
    <message>
        <source>Earlier answers (mean per area)</source>
        <translation>Tidigare svar (medelvärde per område)</translation>
    </message>
    <message>
        <source>Earlier self-assessments</source>
        <translation>Tidigare självbedömningar</translation>
    </message>
    <message>
        <source>New answers</source>
        <translation>Nya svar</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvarad den</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvarad av</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Besvarad &amp;den</translation>
    </message>
    <message>
        <source>O&amp;ccasion</source>
        <translation>&amp;Tillfälle</translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation>Besvarad &amp;av</translation>
    </message>
    <message>
        <source>Comment in the person&apos;s own words</source>
        <translation>Kommentar med personens egna ord</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Record the answers</source>
        <translation>&amp;Registrera svaren</translation>
    </message>
    <message>
        <source>Record the answers</source>
        <translation>Registrera svaren</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>obesvarad</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Sammantaget</translation>
    </message>
    <message>
        <source>Answer at least one item before recording.</source>
        <translation>Besvara minst en punkt innan du registrerar.</translation>
    </message>
    <message>
        <source>The answers were recorded.</source>
        <translation>Svaren registrerades.</translation>
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
        <translation>Demovalvet förbereds…</translation>
    </message>
    <message>
        <source>The demo vault is ready.</source>
        <translation>Demovalvet är klart.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Valvet öppnas…</translation>
    </message>
    <message>
        <source>The language changes when hbdesk is started again.</source>
        <translation>Språket byts när hbdesk startas nästa gång.</translation>
    </message>
    <message>
        <source>Text size %1 %.</source>
        <translation>Textstorlek %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>hbdesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>hbdesk låste sig efter %n minut utan användning.</numerusform>
            <numerusform>hbdesk låste sig efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else you typed has been saved.</source>
        <translation>Allt annat du skrev har sparats.</translation>
    </message>
    <message>
        <source>The latest text could not be saved before locking; what was saved earlier is kept.</source>
        <translation>Den senaste texten kunde inte sparas före låsningen; det som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>Det du skrev har sparats.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature drawing area</source>
        <translation>Område för underskrift</translation>
    </message>
    <message>
        <source>Draw the signature with a mouse, a finger or a pen. Delete clears it. Without a pointer, choose to type the name instead.</source>
        <translation>Rita underskriften med mus, finger eller penna. Delete rensar den. Utan pekdon, välj att skriva namnet i stället.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Skriv under här</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <source>Drawn signature</source>
        <translation>Ritad underskrift</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server&apos;s certificate is not the municipality&apos;s — nothing was sent.</source>
        <translation>Serverns certifikat är inte kommunens — ingenting skickades.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another address — nothing was sent. Check the server address or ask IT.</source>
        <translation>Serverns certifikat gäller en annan adress — ingenting skickades. Kontrollera serverns adress eller fråga IT.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired — nothing was sent. Ask IT to renew it.</source>
        <translation>Serverns certifikat har gått ut — ingenting skickades. Be IT att förnya det.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet by this laptop&apos;s clock — nothing was sent. Check the laptop&apos;s date and time.</source>
        <translation>Serverns certifikat är inte giltigt ännu enligt den här datorns klocka — ingenting skickades. Kontrollera datorns datum och tid.</translation>
    </message>
    <message>
        <source>The server is busy — your work is safe on this laptop; sync again in a moment.</source>
        <translation>Servern är upptagen — ditt arbete är tryggt på den här datorn; synkronisera igen om en stund.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s certificate — nothing was sent. Ask IT to check the laptop&apos;s enrolment.</source>
        <translation>Servern godkände inte den här bärbara datorns certifikat — ingenting skickades. Be IT kontrollera datorns registrering.</translation>
    </message>
    <message>
        <source>No connection — your work is safe on this laptop.</source>
        <translation>Ingen anslutning — ditt arbete är tryggt på den här datorn.</translation>
    </message>
    <message>
        <source>This laptop has been revoked: its data has been removed.</source>
        <translation>Den här datorns behörighet har återkallats: dess uppgifter har tagits bort.</translation>
    </message>
    <message>
        <source>Your account has been disabled: hbdesk is locked; unsynced work is kept.</source>
        <translation>Ditt konto har inaktiverats: hbdesk är låst; osynkroniserat arbete sparas.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is too far from the server&apos;s. Check the date and time, then sync again. Your work is kept on this laptop.</source>
        <translation>Den här datorns klocka avviker för mycket från serverns. Kontrollera datum och tid och synkronisera sedan igen. Ditt arbete sparas på den här datorn.</translation>
    </message>
    <message>
        <source>The server refused the request. Your work is kept on this laptop; try again later or ask IT.</source>
        <translation>Servern avvisade begäran. Ditt arbete sparas på den här datorn; försök igen senare eller fråga IT.</translation>
    </message>
    <message>
        <source>The server had a problem. Your work is safe on this laptop; try again later.</source>
        <translation>Servern hade ett problem. Ditt arbete är tryggt på den här datorn; försök igen senare.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: make a certificate request for IT and import the certificate they give you.</source>
        <translation>Den här datorn är inte registrerad ännu: gör en certifikatbegäran för IT och importera certifikatet du får.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address is not set.</source>
        <translation>Synkroniseringsserverns adress har inte angetts.</translation>
    </message>
    <message>
        <source>Sync stopped because of an unexpected problem. Your work is kept on this laptop.</source>
        <translation>Synkroniseringen avbröts på grund av ett oväntat problem. Ditt arbete sparas på den här datorn.</translation>
    </message>
    <message>
        <source>a kind of record this app does not know</source>
        <translation>en uppgiftstyp som den här appen inte känner till</translation>
    </message>
    <message>
        <source>a record that never leaves its laptop</source>
        <translation>en uppgift som aldrig lämnar sin egen bärbara dator</translation>
    </message>
    <message>
        <source>a field this app does not know</source>
        <translation>ett fält som den här appen inte känner till</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>värdet är av fel typ</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>värdet är ogiltigt</translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation>värdet ligger utanför det tillåtna</translation>
    </message>
    <message>
        <source>a text is too long</source>
        <translation>texten är för lång</translation>
    </message>
    <message>
        <source>a text holds a forbidden control character</source>
        <translation>texten innehåller ett förbjudet styrtecken</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>ett obligatoriskt värde saknas</translation>
    </message>
    <message>
        <source>the record cannot be changed once made</source>
        <translation>uppgiften kan inte ändras när den väl har sparats</translation>
    </message>
    <message>
        <source>the record was sent in the wrong way</source>
        <translation>uppgiften skickades på fel sätt</translation>
    </message>
    <message>
        <source>the record&apos;s ids do not match</source>
        <translation>uppgiftens identifierare stämmer inte överens</translation>
    </message>
    <message>
        <source>this laptop could not store it yet; it is tried again at each sync</source>
        <translation>den här bärbara datorn kunde inte spara den ännu; den försöks igen vid varje synkronisering</translation>
    </message>
    <message>
        <source>the client is not in your caseload on the server</source>
        <translation>klienten hör inte till dina klienter på servern</translation>
    </message>
    <message>
        <source>the client&apos;s case is closed on the server</source>
        <translation>klientens ärende är avslutat på servern</translation>
    </message>
    <message>
        <source>the change was made on another device</source>
        <translation>ändringen gjordes på en annan enhet</translation>
    </message>
    <message>
        <source>the record changed on the server; sync again</source>
        <translation>uppgiften ändrades på servern; synkronisera igen</translation>
    </message>
    <message>
        <source>an entry with the same id exists already</source>
        <translation>en post med samma id finns redan</translation>
    </message>
    <message>
        <source>the conflict it settles is unknown on the server</source>
        <translation>konflikten den löser är okänd på servern</translation>
    </message>
    <message>
        <source>the change&apos;s id was used for another change</source>
        <translation>ändringens id användes redan för en annan ändring</translation>
    </message>
    <message>
        <source>reference data is changed only by the municipality</source>
        <translation>referensdata ändras endast av kommunen</translation>
    </message>
    <message>
        <source>the server did not accept it</source>
        <translation>servern godkände den inte</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Senast synkroniserad: %1</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Ansluter till servern…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Skickar ändringar…</translation>
    </message>
    <message>
        <source>The server is busy — trying again…</source>
        <translation>Servern är upptagen — försöker igen…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Tar emot ändringar…</translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation>Ändring %1: %2</translation>
    </message>
    <message>
        <source>Synced, %1</source>
        <translation>Synkroniserad, %1</translation>
    </message>
    <message>
        <source>Change from the server %1: %2</source>
        <translation>Ändring från servern %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent</source>
        <translation>
            <numerusform>%n ändring har inte skickats</numerusform>
            <numerusform>%n ändringar har inte skickats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to settle</source>
        <translation>
            <numerusform>%n konflikt att avgöra</numerusform>
            <numerusform>%n konflikter att avgöra</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniserad</translation>
    </message>
    <message>
        <source>Some changes were not accepted</source>
        <translation>Alla ändringar godkändes inte</translation>
    </message>
    <message>
        <source>Some changes from the server could not be taken in</source>
        <translation>Alla ändringar från servern kunde inte tas emot</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Inte synkroniserad</translation>
    </message>
    <message>
        <source>Sync stopped. What was received so far is kept.</source>
        <translation>Synkroniseringen avbröts. Det som tagits emot hittills sparas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new price catalogue could not be taken into use (it has an error). The previous catalogue stays in use; tell IT.</source>
        <translation>Kommunens nya prislista kunde inte tas i bruk (den innehåller ett fel). Den tidigare prislistan används fortfarande; meddela IT-stödet.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new price catalogue is now in use. Budgets made earlier keep the prices they were made with.</source>
        <translation>Kommunens nya prislista används nu. Budgetar som gjorts tidigare behåller de priser de gjordes med.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new self-assessment questionnaire could not be taken into use (it has an error). The previous questionnaire stays in use; tell IT.</source>
        <translation>Kommunens nya självbedömningsformulär kunde inte tas i bruk (det har ett fel). Det tidigare formuläret används fortfarande; meddela IT.</translation>
    </message>
    <message>
        <source>The municipality&apos;s new self-assessment questionnaire is now in use. Answers given earlier keep the questions they were given to.</source>
        <translation>Kommunens nya självbedömningsformulär används nu. Svar som getts tidigare behåller de frågor de gavs till.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Ändringar som inte skickats</translation>
    </message>
    <message>
        <source>Last sync problem</source>
        <translation>Senaste synkroniseringsproblem</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Ändringar som servern inte godkände</translation>
    </message>
    <message>
        <source>Sync step</source>
        <translation>Synkroniseringssteg</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synkronisering pågår</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the municipal server and receive others&apos;</source>
        <translation>Skicka den här datorns ändringar till kommunens server och ta emot andras</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Konflikter att avgöra</translation>
    </message>
    <message>
        <source>Settle conflicts…</source>
        <translation>Avgör konflikter…</translation>
    </message>
    <message>
        <source>Settle conflicts</source>
        <translation>Avgör konflikter</translation>
    </message>
    <message>
        <source>Choose which of two values written on different laptops is kept</source>
        <translation>Välj vilket av två värden skrivna på olika datorer som behålls</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad ännu</translation>
    </message>
</context>
<context>
    <name>UnitOutcomesDialog</name>
    <message>
        <source>The whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Outcomes of the unit</source>
        <translation>Enhetens resultat</translation>
    </message>
    <message>
        <source>How your clients are doing against the unit</source>
        <translation>Hur dina klienter klarar sig jämfört med enheten</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Rapportens period</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your clients: the clients whose key worker you are, over the same period and counted the same way. A figure resting on fewer than five people shows as “&lt; 5”.</source>
        <translation>Dina klienter: de klienter vars egen arbetare du är, under samma period och räknade på samma sätt. En siffra som bygger på färre än fem personer visas som ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Dina klienter</translation>
    </message>
    <message>
        <source>Key figures: the unit and your clients</source>
        <translation>Nyckeltal: enheten och dina klienter</translation>
    </message>
    <message>
        <source>Goal attainment at the latest follow-up</source>
        <translation>Måluppfyllelse vid den senaste uppföljningen</translation>
    </message>
    <message>
        <source>How much of the budget was used</source>
        <translation>Hur stor del av budgeten som användes</translation>
    </message>
    <message>
        <source>Self-assessment, latest answers</source>
        <translation>Självbedömning, de senaste svaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No report has come from the municipality yet; it arrives with sync after the report is run.</source>
        <translation>Ingen rapport har ännu kommit från kommunen; den kommer med synkroniseringen när rapporten har körts.</translation>
    </message>
    <message>
        <source>, made %1</source>
        <translation>, gjord %1</translation>
    </message>
    <message>
        <source>Report period %1–%2</source>
        <translation>Rapportens period %1–%2</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Goals reached or exceeded at the latest follow-up</source>
        <translation>Mål som uppnåtts eller överträffats vid den senaste uppföljningen</translation>
    </message>
    <message>
        <source>Budget used of the budget granted</source>
        <translation>Använd andel av den beviljade budgeten</translation>
    </message>
    <message>
        <source>Self-assessment, all domains (0–10): first → latest</source>
        <translation>Självbedömning, alla delområden (0–10): första → senaste</translation>
    </message>
    <message>
        <source>Felt heard and encouraged (anonymous feedback)</source>
        <translation>Kände sig hörd och uppmuntrad (anonym respons)</translation>
    </message>
    <message>
        <source>Goals by attainment (−2…+2), % of goals</source>
        <translation>Mål efter måluppfyllelse (−2…+2), % av målen</translation>
    </message>
    <message>
        <source>Clients by % of their budget used, % of clients</source>
        <translation>Klienter efter använd andel av budgeten (%), % av klienterna</translation>
    </message>
    <message>
        <source>Latest self-assessment per domain (0–10)</source>
        <translation>Senaste självbedömning per delområde (0–10)</translation>
    </message>
    <message>
        <source>No bar where fewer than five people (&lt; 5).</source>
        <translation>Stapel saknas där det är färre än fem personer (&lt; 5).</translation>
    </message>
    <message>
        <source>no goals followed up</source>
        <translation>inga uppföljda mål</translation>
    </message>
    <message>
        <source>%1 (of %2 goals)</source>
        <translation>%1 (av %2 mål)</translation>
    </message>
    <message>
        <source>no budget in force</source>
        <translation>ingen gällande budget</translation>
    </message>
    <message>
        <source>%1 (%2 clients)</source>
        <translation>%1 (%2 klienter)</translation>
    </message>
    <message>
        <source>not answered twice</source>
        <translation>inte besvarad två gånger</translation>
    </message>
    <message>
        <source>%1 → %2 (n = %3)</source>
        <translation>%1 → %2 (n = %3)</translation>
    </message>
    <message>
        <source>not known: feedback names no one</source>
        <translation>inte känt: responsen nämner ingen</translation>
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
        <translation>Lås upp hbdesk</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Skriv din lösenfras för att öppna ditt valv.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&amp;Open anyway</source>
        <translation>&amp;Öppna ändå</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Valvet öppnas…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Valvets mapp: %1</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is %1</source>
        <translation>Demovalv: lösenfrasen är %1</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Skriv först din lösenfras.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
</context>
<context>
    <name>UsePage</name>
    <message>
        <source>Use of the budget</source>
        <translation>Användning av budgeten</translation>
    </message>
    <message>
        <source>Decision whose budget is shown</source>
        <translation>Beslut vars budget visas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Payments held by the county</source>
        <translation>Betalningar som välfärdsområdet hållit inne</translation>
    </message>
    <message>
        <source>Spending over the validity period</source>
        <translation>Användning under giltighetstiden</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>Show payment method</source>
        <translation>Visa betalningssätt</translation>
    </message>
    <message>
        <source>All payment methods</source>
        <translation>Alla betalningssätt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Kvitterad av</translation>
    </message>
    <message>
        <source>Spending entries</source>
        <translation>Utgiftsposter</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Visa äldre poster</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>Den valda posten</translation>
    </message>
    <message>
        <source>Choose an entry in the list.</source>
        <translation>Välj en post i listan.</translation>
    </message>
    <message>
        <source>Confirmation of the invoice with the client</source>
        <translation>Kvittering av fakturan med klienten</translation>
    </message>
    <message>
        <source>Who confirmed</source>
        <translation>Vem kvitterade</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Kvitteringsdatum</translation>
    </message>
    <message>
        <source>The client&apos;s answer</source>
        <translation>Klientens svar</translation>
    </message>
    <message>
        <source>The invoice is correct</source>
        <translation>Fakturan är korrekt</translation>
    </message>
    <message>
        <source>The invoice is disputed</source>
        <translation>Fakturan bestrids</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (frivillig)</translation>
    </message>
    <message>
        <source>Record the client&apos;s confirmation</source>
        <translation>Registrera klientens kvittering</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Receipts for a direct payment</source>
        <translation>Kvitton för en direkt betalning</translation>
    </message>
    <message>
        <source>Receipts total (€)</source>
        <translation>Kvitton totalt (€)</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Rapporterat</translation>
    </message>
    <message>
        <source>What the receipts are</source>
        <translation>Vad kvittona gäller</translation>
    </message>
    <message>
        <source>Report receipts</source>
        <translation>Rapportera kvitton</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Belopp (€)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrigering</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Orsak till korrigeringen</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Återför posten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation>Registrera utgift</translation>
    </message>
    <message>
        <source>Date of purchase</source>
        <translation>Inköpsdatum</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beskrivning (frivillig)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>No budget decision yet: spending starts after the decision.</source>
        <translation>Inget PB-beslut ännu: användningen börjar efter beslutet.</translation>
    </message>
    <message>
        <source>Decision %1, valid %2 – %3</source>
        <translation>Beslut %1, giltigt %2 – %3</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Kvar: %1</translation>
    </message>
    <message>
        <source>Granted %1 − confirmed %2 − pending %3 = left %4</source>
        <translation>Beviljat %1 − bekräftat %2 − väntar %3 = kvar %4</translation>
    </message>
    <message>
        <source>At the pace so far the budget runs out on %1, before the validity period ends on %2.</source>
        <translation>I den hittillsvarande takten tar budgeten slut %1, före giltighetstidens slut %2.</translation>
    </message>
    <message>
        <source>More has been used than was granted.</source>
        <translation>Mer har använts än vad som beviljades.</translation>
    </message>
    <message>
        <source>Held by the county, not counted in the balance:</source>
        <translation>Innehållna av välfärdsområdet, inte räknade i saldot:</translation>
    </message>
    <message>
        <source>Used (confirmed and pending)</source>
        <translation>Använt (bekräftat och väntande)</translation>
    </message>
    <message>
        <source>Even pace</source>
        <translation>Jämn takt</translation>
    </message>
    <message>
        <source>Granted sum</source>
        <translation>Beviljat belopp</translation>
    </message>
    <message>
        <source>By %1, %2 of %3 used; at an even pace it would be %4.</source>
        <translation>Till och med %1 har %2 av %3 använts; i jämn takt skulle det vara %4.</translation>
    </message>
    <message>
        <source>The validity period has not started yet.</source>
        <translation>Giltighetstiden har inte börjat ännu.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older entries</source>
        <translation>
            <numerusform>Visa %n äldre post</numerusform>
            <numerusform>Visa %n äldre poster</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts %1</source>
        <translation>kvitton %1</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>hbdesk has no permission to use the vault folder.</source>
        <translation>hbdesk har inte behörighet att använda valvets mapp.</translation>
    </message>
    <message>
        <source>The vault folder cannot be used: the system reported an error.</source>
        <translation>Valvets mapp kan inte användas: systemet rapporterade ett fel.</translation>
    </message>
    <message>
        <source>There is not enough free memory on this computer now.</source>
        <translation>Datorn har inte tillräckligt med ledigt minne just nu.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Stäng andra program och försök igen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The vault&apos;s files have not been changed.</source>
        <translation>Något oväntat gick fel. Valvets filer har inte ändrats.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Försök igen. Om det händer igen, kontakta IT-supporten och uppge den här felkoden: %1</translation>
    </message>
    <message>
        <source>The text is too long to be saved (at most %1 characters). Shorten it; what was saved of it earlier is kept.</source>
        <translation>Texten är för lång för att sparas (högst %1 tecken). Förkorta den; det som sparats av den tidigare finns kvar.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in %1 s.</source>
        <translation>För många felaktiga försök. Du kan försöka igen om %1 s.</translation>
    </message>
    <message>
        <source>The vault&apos;s files were not found in its folder.</source>
        <translation>Valvets filer hittades inte i dess mapp.</translation>
    </message>
    <message>
        <source>hbdesk has not created a new vault in their place. Check that the disk or folder is available, or contact your IT support.</source>
        <translation>hbdesk har inte skapat ett nytt valv i deras ställe. Kontrollera att disken eller mappen är tillgänglig, eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The folder already contains other files, so no vault was created there.</source>
        <translation>Mappen innehåller redan andra filer, så inget valv skapades där.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault, or contact your IT support.</source>
        <translation>Välj en tom mapp för valvet, eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst 10 tecken.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: the disk is full.</source>
        <translation>Valvet kan inte öppnas: disken är full.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: writing to the disk failed, most likely because the disk is full.</source>
        <translation>Valvet kan inte öppnas: det gick inte att skriva till disken, troligen för att disken är full.</translation>
    </message>
    <message>
        <source>The vault could not be written; the disk may be full. Nothing was saved.</source>
        <translation>Det gick inte att skriva i valvet; disken kan vara full. Inget sparades.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Frigör diskutrymme och försök igen.</translation>
    </message>
    <message>
        <source>The vault&apos;s files have not been changed.</source>
        <translation>Valvets filer har inte ändrats.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation>Kontrollera Caps Lock och tangentbordslayouten.</translation>
    </message>
    <message>
        <source>After each further wrong attempt the wait before the next one grows.</source>
        <translation>Efter varje nytt felaktigt försök blir väntan före nästa längre.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Lösenfrasen är inte rätt.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, although its database is there.</source>
        <translation>Valvets nyckelfil saknas, fast dess databas finns kvar.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing, although its key file is there.</source>
        <translation>Valvets databasfil saknas, fast dess nyckelfil finns kvar.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is empty.</source>
        <translation>Valvets nyckelfil är tom.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is empty.</source>
        <translation>Valvets databasfil är tom.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file has been cut short.</source>
        <translation>Valvets nyckelfil har blivit avkortad.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file has been cut short.</source>
        <translation>Valvets databasfil har blivit avkortad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: its checksum does not match.</source>
        <translation>Valvets nyckelfil är skadad: dess kontrollsumma stämmer inte.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is damaged.</source>
        <translation>Valvets databasfil är skadad.</translation>
    </message>
    <message>
        <source>hbdesk has not changed or replaced the files; do not delete them. Contact your IT support: your data can be restored from the municipality&apos;s sync server, and the damaged files may still be needed.</source>
        <translation>hbdesk har inte ändrat eller ersatt filerna; radera dem inte. Kontakta IT-supporten: dina uppgifter kan återställas från kommunens synkroniseringsserver, och de skadade filerna kan ännu behövas.</translation>
    </message>
    <message>
        <source>hbdesk was not closed properly last time, and the journal of its latest changes has disappeared since.</source>
        <translation>hbdesk stängdes inte ordentligt förra gången, och journalen över de senaste ändringarna har försvunnit sedan dess.</translation>
    </message>
    <message>
        <source>The changes made just before the interruption may be lost. You can open the vault anyway, or first ask your IT support; nothing is changed until you choose.</source>
        <translation>Ändringar som gjordes strax före avbrottet kan ha gått förlorade. Du kan öppna valvet ändå, eller först fråga IT-supporten; inget ändras förrän du väljer.</translation>
    </message>
    <message>
        <source>The vault folder holds a journal of this vault that is older than its database. Using it would undo later changes, so hbdesk has not used it.</source>
        <translation>I valvets mapp finns en journal för det här valvet som är äldre än dess databas. Att använda den skulle ångra senare ändringar, så hbdesk har inte använt den.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, that journal file is set aside (renamed, not deleted) and the vault opens as its database is. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Om du öppnar valvet ändå läggs journalfilen åt sidan (byter namn, raderas inte) och valvet öppnas sådant som dess databas är. Du kan också först fråga IT-supporten; inget ändras förrän du väljer.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is older than its journal shows: it may have been replaced with an older copy.</source>
        <translation>Valvets databasfil är äldre än dess journal visar: den kan ha ersatts med en äldre kopia.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, it opens with the older database, and a journal file that does not fit it is set aside (renamed, not deleted). Changes made after that copy are then not in the vault. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Om du öppnar valvet ändå öppnas det med den äldre databasen, och en journalfil som inte passar den läggs åt sidan (byter namn, raderas inte). Ändringar som gjorts efter kopian finns då inte i valvet. Du kan också först fråga IT-supporten; inget ändras förrän du väljer.</translation>
    </message>
    <message>
        <source>hbdesk cannot check the vault&apos;s journal: the record it keeps of it is missing or has been changed.</source>
        <translation>hbdesk kan inte kontrollera valvets journal: den förteckning som hbdesk för över den saknas eller har ändrats.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, it opens as its files are now. You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Om du öppnar valvet ändå öppnas det sådant som dess filer är nu. Du kan också först fråga IT-supporten; inget ändras förrän du väljer.</translation>
    </message>
    <message>
        <source>A journal file that does not belong to this vault is in the vault folder.</source>
        <translation>I valvets mapp finns en journalfil som inte hör till det här valvet.</translation>
    </message>
    <message>
        <source>If you open the vault anyway, that file is set aside (renamed, not deleted). You can also ask your IT support first; nothing is changed until you choose.</source>
        <translation>Om du öppnar valvet ändå läggs filen åt sidan (byter namn, raderas inte). Du kan också först fråga IT-supporten; inget ändras förrän du väljer.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of hbdesk.</source>
        <translation>Det här valvet har skapats med en nyare version av hbdesk.</translation>
    </message>
    <message>
        <source>Install the newest hbdesk (ask your IT support). The vault has not been changed.</source>
        <translation>Installera den senaste versionen av hbdesk (fråga IT-supporten). Valvet har inte ändrats.</translation>
    </message>
    <message>
        <source>The files in the vault folder are not an hbdesk vault, or they belong to different vaults.</source>
        <translation>Filerna i valvets mapp är inte ett hbdesk-valv, eller så hör de till olika valv.</translation>
    </message>
    <message>
        <source>hbdesk has not changed them. Check the vault folder, or contact your IT support.</source>
        <translation>hbdesk har inte ändrat dem. Kontrollera valvets mapp, eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>A folder stands where one of the vault&apos;s files should be.</source>
        <translation>Där en av valvets filer borde finnas står en mapp.</translation>
    </message>
    <message>
        <source>hbdesk has no permission to read and write the vault&apos;s files.</source>
        <translation>hbdesk har inte behörighet att läsa och skriva valvets filer.</translation>
    </message>
    <message>
        <source>The vault&apos;s files cannot be read: the disk reported an error.</source>
        <translation>Valvets filer kan inte läsas: disken rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Contact your IT support.</source>
        <translation>Kontakta IT-supporten.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No client open</source>
        <translation>Ingen klient öppen</translation>
    </message>
    <message>
        <source>Choose a client from the list, or add a new client.</source>
        <translation>Välj en klient i listan eller lägg till en ny klient.</translation>
    </message>
    <message>
        <source>Open a client to see their process.</source>
        <translation>Öppna en klient för att se hens process.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>Stage: %1. Next: %2.</source>
        <translation>Skede: %1. Härnäst: %2.</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>Född %1.</translation>
    </message>
    <message>
        <source>Budget: %1 available of %2.</source>
        <translation>Budget: %1 tillgängligt av %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) recorded.</source>
        <translation>
            <numerusform>%n avvikande åsikt antecknad.</numerusform>
            <numerusform>%n avvikande åsikter antecknade.</numerusform>
        </translation>
    </message>
</context>
</TS>
