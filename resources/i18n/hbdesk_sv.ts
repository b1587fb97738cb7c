<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
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
        <source>The caseload and the clients&apos; plans will appear here.</source>
        <translation>Här visas dina klienter och deras planer.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit</source>
        <translation>A&amp;nteckningar från besöket</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Anteckningar från besöket</translation>
    </message>
    <message>
        <source>Saved automatically, encrypted, while you type.</source>
        <translation>Sparas automatiskt och krypterat medan du skriver.</translation>
    </message>
    <message>
        <source>The vault is open.</source>
        <translation>Valvet är öppet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
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
</TS>
