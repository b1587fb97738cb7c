<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
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
    <message>
        <source>Catalogue items</source>
        <translation>Tjänster i prislistan</translation>
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
        <source>The client&apos;s own found option</source>
        <translation>Klientens eget alternativ</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Enhetspris (€)</translation>
    </message>
    <message>
        <source>Quote or offer (optional)</source>
        <translation>Offert (frivillig)</translation>
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
        <source>This line: %1 (%2 times). Budget with it: %3</source>
        <translation>Denna rad: %1 (%2 gånger). Budgeten med den: %3</translation>
    </message>
    <message>
        <source>Prices from the catalogue version the budget was made with (%1, created %2).</source>
        <translation>Priserna från den prislisteversion som budgeten gjordes med (%1, skapad %2).</translation>
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
        <translation type="unfinished">Namn</translation>
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
        <translation type="unfinished">Budget</translation>
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
        <source>Vault summary</source>
        <translation>Sammandrag av valvet</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Anteckningar från besöket</translation>
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
        <translation>Valvet är öppet.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit — saved automatically, encrypted, while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
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
        <translation>Klienter i valvet: %1</translation>
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
        <source>Problem</source>
        <translation>Problem</translation>
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
        <translation type="unfinished">Problem</translation>
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
        <translation>Skärmen är mörklagd</translation>
    </message>
    <message>
        <source>Press any key or click to return.</source>
        <translation>Tryck på valfri tangent eller klicka för att återvända.</translation>
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
        <source>hbdesk locked itself after %1 min without use.</source>
        <translation>hbdesk låste sig efter %1 minuter utan användning.</translation>
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
        <source>Something unexpected went wrong. The vault&apos;s files have not been changed.</source>
        <translation>Något oväntat gick fel. Valvets filer har inte ändrats.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact your IT support and give them this error code: %1</source>
        <translation>Försök igen. Om det händer igen, kontakta IT-supporten och uppge den här felkoden: %1</translation>
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
        <source>The vault could not be written; the disk may be full. Nothing was saved.</source>
        <translation>Det gick inte att skriva i valvet; disken kan vara full. Inget sparades.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Frigör diskutrymme och försök igen.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Klient</translation>
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
