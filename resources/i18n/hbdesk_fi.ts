<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
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
        <source>The caseload and the clients&apos; plans will appear here.</source>
        <translation>Tähän tulevat asiakkaasi ja heidän suunnitelmansa.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit</source>
        <translation>&amp;Käynnin muistiinpanot</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Käynnin muistiinpanot</translation>
    </message>
    <message>
        <source>Saved automatically, encrypted, while you type.</source>
        <translation>Tallentuu automaattisesti ja salattuna sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <source>The vault is open.</source>
        <translation>Holvi on auki.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
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
</TS>
