<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or add --no-gui where the command has it</source>
        <translation>der er ingen skærm at åbne vinduet på (hverken DISPLAY eller WAYLAND_DISPLAY er sat); kør det i en skrivebordssession, eller tilføj --no-gui, hvor kommandoen har det</translation>
    </message>
    <message>
        <source>{name}: too large to import</source>
        <translation>{name}: er for stor til at blive importeret</translation>
    </message>
    <message>
        <source>{name}: could not be checked ({kind}), so nothing of it was imported; the details are in the log</source>
        <translation>{name}: kunne ikke kontrolleres ({kind}), så intet af den blev importeret; detaljerne står i loggen</translation>
    </message>
    <message>
        <source>case {case_ref} already exists with other content; import it as a new version to keep both</source>
        <translation>sagen {case_ref} findes allerede med andet indhold; importér den som en ny version for at beholde begge</translation>
    </message>
    <message>
        <source>was imported by someone else at the same moment; try again</source>
        <translation>blev importeret af en anden i samme øjeblik; prøv igen</translation>
    </message>
    <message>
        <source>{name}: the database refused the import ({orig})</source>
        <translation>{name}: databasen afviste importen ({orig})</translation>
    </message>
    <message>
        <source>case {case_ref} belongs to another citizen (the CPR number differs); a new version must be the same citizen&apos;s case</source>
        <translation>sagen {case_ref} tilhører en anden borger (CPR-nummeret er et andet); en ny version skal være den samme borgers sag</translation>
    </message>
    <message>
        <source>its sha256 does not match the manifest (changed or damaged)</source>
        <translation>dens sha256 passer ikke med manifestet (ændret eller beskadiget)</translation>
    </message>
    <message>
        <source>is named .pdf but is {data}</source>
        <translation>hedder .pdf, men er {data}</translation>
    </message>
    <message>
        <source>is named .docx but is {data}</source>
        <translation>hedder .docx, men er {data}</translation>
    </message>
    <message>
        <source>the Word document holds too many parts</source>
        <translation>Word-dokumentet rummer for mange dele</translation>
    </message>
    <message>
        <source>the Word document unpacks to more than the size limit</source>
        <translation>Word-dokumentet fylder udpakket mere end størrelsesgrænsen</translation>
    </message>
    <message>
        <source>the Word document compresses suspiciously well (a zip bomb?)</source>
        <translation>Word-dokumentet er mistænkeligt godt komprimeret (en zip-bombe?)</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>en PDF</translation>
    </message>
    <message>
        <source>a zip archive, not a Word document</source>
        <translation>et zip-arkiv, ikke et Word-dokument</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>et billede</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>noget andet</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>format is {value!r}, not {format!r}</source>
        <translation>format er {value!r}, ikke {format!r}</translation>
    </message>
    <message>
        <source>format_version {version} is newer than this RehabMeet supports (up to {supported_versions})</source>
        <translation>format_version {version} er nyere, end denne RehabMeet understøtter (op til {supported_versions})</translation>
    </message>
    <message>
        <source>format_version {version!r} is not supported</source>
        <translation>format_version {version!r} understøttes ikke</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>documents/{index}: the document id {doc_id!r} is used twice</source>
        <translation>documents/{index}: dokument-id&apos;et {doc_id!r} bruges to gange</translation>
    </message>
    <message>
        <source>is named by two documents (names that differ only in letter case or accents count as one)</source>
        <translation>er nævnt af to dokumenter (navne, der kun er forskellige i store/små bogstaver eller accenter, tæller som ét)</translation>
    </message>
    <message>
        <source>is neither a PDF nor a DOCX document; only those are accepted</source>
        <translation>er hverken et PDF- eller et DOCX-dokument; kun disse accepteres</translation>
    </message>
    <message>
        <source>summary/{index}: section {section!r} is repeated or out of the recommended order</source>
        <translation>summary/{index}: afsnittet {section!r} gentages eller står uden for den anbefalede rækkefølge</translation>
    </message>
    <message>
        <source>summary/{index}: a source points at document {document!r}, which is not in the bundle</source>
        <translation>summary/{index}: en kilde peger på dokumentet {document!r}, som ikke er i bundtet</translation>
    </message>
    <message>
        <source>case/citizen: the CPR number does not agree with the birth date</source>
        <translation>case/citizen: CPR-nummeret passer ikke med fødselsdatoen</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>exported_at: {value!r} is not a date and time</source>
        <translation>exported_at: {value!r} er ikke en dato og et klokkeslæt</translation>
    </message>
    <message>
        <source>exported_at: {value!r} has no time zone</source>
        <translation>exported_at: {value!r} har ingen tidszone</translation>
    </message>
    <message>
        <source>has no manifest.json at its top level; is it a case bundle?</source>
        <extracomment>progress(fraction 0..1, what is being read)</extracomment>
        <translation>har ingen manifest.json øverst; er det et sagsbundt?</translation>
    </message>
    <message>
        <source>summary/{index}: a source points at page {page} of document {document!r}, which has {value} pages</source>
        <translation>summary/{index}: en kilde peger på side {page} i dokumentet {document!r}, som har {value} sider</translation>
    </message>
    <message>
        <source>is not a usable file path</source>
        <translation>er ikke en brugbar filsti</translation>
    </message>
    <message>
        <source>path contains a backslash or NUL character</source>
        <translation>stien indeholder en omvendt skråstreg eller et NUL-tegn</translation>
    </message>
    <message>
        <source>path is absolute and would escape the bundle</source>
        <translation>stien er absolut og ville pege uden for bundtet</translation>
    </message>
    <message>
        <source>path contains &apos;..&apos; or empty parts and could escape the bundle</source>
        <translation>stien indeholder &apos;..&apos; eller tomme dele og kunne pege uden for bundtet</translation>
    </message>
    <message>
        <source>is a symbolic link; import the real file or folder</source>
        <translation>er et symbolsk link; importér den rigtige fil eller mappe</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>findes ikke</translation>
    </message>
    <message>
        <source>is neither a bundle file nor a folder</source>
        <translation>er hverken en bundtfil eller en mappe</translation>
    </message>
    <message>
        <source>is larger than the limit of {value} MiB</source>
        <translation>er større end grænsen på {value} MiB</translation>
    </message>
    <message>
        <source>is not a readable zip file ({exc})</source>
        <translation>er ikke en læsbar zip-fil ({exc})</translation>
    </message>
    <message>
        <source>holds {infos} entries, more than the limit of {max_members}</source>
        <translation>rummer {infos} filer, flere end grænsen på {max_members}</translation>
    </message>
    <message>
        <source>is a symbolic link, which a bundle may not contain</source>
        <translation>er et symbolsk link, som et bundt ikke må indeholde</translation>
    </message>
    <message>
        <source>is encrypted inside the zip</source>
        <translation>er krypteret inde i zip-filen</translation>
    </message>
    <message>
        <source>appears twice in the zip</source>
        <translation>findes to gange i zip-filen</translation>
    </message>
    <message>
        <source>appears twice in the zip under names that differ only in letter case or accents (one file on Windows and macOS)</source>
        <translation>findes to gange i zip-filen under navne, der kun er forskellige i store/små bogstaver eller accenter (én fil på Windows og macOS)</translation>
    </message>
    <message>
        <source>is named in the manifest but missing from the bundle</source>
        <translation>er nævnt i manifestet, men mangler i bundtet</translation>
    </message>
    <message>
        <source>is {file_size} bytes uncompressed, more than the limit of {cap}</source>
        <translation>fylder {file_size} byte udpakket, mere end grænsen på {cap}</translation>
    </message>
    <message>
        <source>unpacks to more bytes than allowed or declared; stopped reading</source>
        <translation>fylder udpakket flere byte end tilladt eller oplyst; læsningen blev stoppet</translation>
    </message>
    <message>
        <source>cannot be unpacked ({exc})</source>
        <translation>kan ikke pakkes ud ({exc})</translation>
    </message>
    <message>
        <source>compresses more than {max_compression_ratio:g}:1 (a zip bomb?); stopped reading</source>
        <translation>er komprimeret mere end {max_compression_ratio:g}:1 (en zip-bombe?); læsningen blev stoppet</translation>
    </message>
    <message>
        <source>the bundle unpacks to more than the total size limit; stopped reading</source>
        <translation>bundtet fylder udpakket mere end den samlede størrelsesgrænse; læsningen blev stoppet</translation>
    </message>
    <message>
        <source>its table of contents (zip central directory) is {value} bytes, more than the limit of {limit}</source>
        <translation>dens indholdsfortegnelse (zip-filens centralkatalog) fylder {value} byte, mere end grænsen på {limit}</translation>
    </message>
    <message>
        <source>is {size} bytes, more than the limit of {cap}</source>
        <translation>fylder {size} byte, mere end grænsen på {cap}</translation>
    </message>
    <message>
        <source>the bundle is larger than the total size limit; stopped reading</source>
        <translation>bundtet er større end den samlede størrelsesgrænse; læsningen blev stoppet</translation>
    </message>
    <message>
        <source>cannot be read ({strerror})</source>
        <translation>kan ikke læses ({strerror})</translation>
    </message>
    <message>
        <source>grew while being read; stopped reading</source>
        <translation>voksede under læsningen; læsningen blev stoppet</translation>
    </message>
    <message>
        <source>is or passes through a symbolic link, which a bundle may not contain</source>
        <translation>er eller går gennem et symbolsk link, som et bundt ikke må indeholde</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>this entry point has no GUI; run a sub-command (see `rehabmeet --help`)</source>
        <translation>dette indgangspunkt har intet vindue; kør en underkommando (se `rehabmeet --help`)</translation>
    </message>
    <message>
        <source>{person!r} has no database role of their own</source>
        <translation>{person!r} har ingen egen databaserolle</translation>
    </message>
    <message>
        <source>the database {display_name} is damaged: {value}</source>
        <translation>databasen {display_name} er beskadiget: {value}</translation>
    </message>
    <message>
        <source>SQLCipher-encrypted SQLite</source>
        <translation>SQLCipher-krypteret SQLite</translation>
    </message>
    <message>
        <source>ok: {display_name} ({kind}), schema {schema}, {cases} cases, integrity ok</source>
        <translation>ok: {display_name} ({kind}), skema {schema}, {cases} sager, integriteten er i orden</translation>
    </message>
    <message>
        <source>problem: {line}</source>
        <translation>problem: {line}</translation>
    </message>
    <message>
        <source>key: passphrase-protected key file {file}</source>
        <translation>nøgle: nøglefil beskyttet med adgangssætning {file}</translation>
    </message>
    <message>
        <source>key: keyring {backend}</source>
        <translation>nøgle: nøglering {backend}</translation>
    </message>
    <message>
        <source>key: INSECURE keyring {backend} (chosen explicitly; never use it with real cases)</source>
        <translation>nøgle: USIKKER nøglering {backend} (valgt udtrykkeligt; brug den aldrig til rigtige sager)</translation>
    </message>
    <message>
        <source>give --kind and -o OUT (or: rehabmeet document upgrade FILE.pdf)</source>
        <translation>angiv --kind og -o UD (eller: rehabmeet document upgrade FIL.pdf)</translation>
    </message>
    <message>
        <source>only the PDF is signed; use --format pdf with --sign</source>
        <translation>kun PDF&apos;en underskrives; brug --format pdf sammen med --sign</translation>
    </message>
    <message>
        <source>PAdES B-T: the signing time is fixed by the timestamp authority</source>
        <translation>PAdES B-T: underskriftstidspunktet er fastlagt af tidsstempeltjenesten</translation>
    </message>
    <message>
        <source>PAdES B-B: no timestamp authority is configured (timestamp_url in config.json); the signing time is what this computer says</source>
        <translation>PAdES B-B: der er ikke sat en tidsstempeltjeneste op (timestamp_url i config.json); underskriftstidspunktet er det, denne computer angiver</translation>
    </message>
    <message>
        <source>give the signed PDF to upgrade: rehabmeet document upgrade FILE.pdf</source>
        <translation>angiv den underskrevne PDF, der skal opgraderes: rehabmeet document upgrade FIL.pdf</translation>
    </message>
    <message>
        <source>choose the certificate to sign with: --certificate ID (see `rehabmeet certificate list`)</source>
        <translation>vælg det certifikat, der skal underskrives med: --certificate ID (se `rehabmeet certificate list`)</translation>
    </message>
    <message>
        <source>there is no signing certificate; import one with `rehabmeet certificate import FILE.p12`</source>
        <translation>der er intet certifikat til underskrift; importér et med `rehabmeet certificate import FIL.p12`</translation>
    </message>
    <message>
        <source>the environment variable {variable} is not set</source>
        <translation>miljøvariablen {variable} er ikke sat</translation>
    </message>
    <message>
        <source>there is no meeting day; plan one first</source>
        <translation>der er ingen mødedag; planlæg en først</translation>
    </message>
    <message>
        <source>no single opened pack starts with {pack!r}</source>
        <translation>ingen enkelt åbnet pakke begynder med {pack!r}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>perioden slutter, før den begynder</translation>
    </message>
    <message>
        <source>{file}: the checkpoint&apos;s signature is damaged</source>
        <translation>{file}: kontrolpunktets underskrift er beskadiget</translation>
    </message>
    <message>
        <source>{file}: the checkpoint was changed after it was signed</source>
        <translation>{file}: kontrolpunktet er ændret, efter det blev underskrevet</translation>
    </message>
    <message>
        <source>{file}: the checkpoint is signed by a certificate not trusted here</source>
        <translation>{file}: kontrolpunktet er underskrevet med et certifikat, der ikke er betroet her</translation>
    </message>
    <message>
        <source>the event log is empty; there is nothing to checkpoint</source>
        <translation>hændelsesloggen er tom; der er intet at lave et kontrolpunkt af</translation>
    </message>
    <message>
        <source>cannot read {file} ({value})</source>
        <translation>kan ikke læse {file} ({value})</translation>
    </message>
    <message>
        <source>{file} is neither a RehabMeet log checkpoint nor a PDF</source>
        <translation>{file} er hverken et kontrolpunkt for RehabMeets log eller en PDF</translation>
    </message>
    <message>
        <source>{file} is not signed: anyone could have written it, so it is not counted as an anchor</source>
        <translation>{file} er ikke underskrevet: enhver kunne have skrevet den, så den tæller ikke som forankring</translation>
    </message>
    <message>
        <source>{file} is not signed: the head it records is not counted as an anchor</source>
        <translation>{file} er ikke underskrevet: det loghoved, den har registreret, tæller ikke som forankring</translation>
    </message>
    <message>
        <source>{file} is not a readable PDF</source>
        <translation>{file} er ikke en læsbar PDF</translation>
    </message>
    <message>
        <source>{file}: its first signature is broken, so the head it records is not counted as an anchor</source>
        <translation>{file}: dens første underskrift er brudt, så det loghoved, den har registreret, tæller ikke som forankring</translation>
    </message>
    <message>
        <source>{file} records no event-log head (issued before 0.2?)</source>
        <translation>{file} har ikke noteret hændelsesloggens hoved (dannet før 0.2?)</translation>
    </message>
    <message>
        <source>{file}: no signatures</source>
        <translation>{file}: ingen underskrifter</translation>
    </message>
    <message>
        <source>note: B-B signatures carry no timestamp; their time is what the signer&apos;s computer said</source>
        <translation>bemærk: B-B-underskrifter har intet tidsstempel; deres tidspunkt er det, underskriverens computer angav</translation>
    </message>
    <message>
        <source>ok: every signature is intact, trusted and nothing changed after signing</source>
        <translation>ok: alle underskrifter er intakte og betroede, og intet er ændret efter underskrivelsen</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>IKKE GODKENDT</translation>
    </message>
    <message>
        <source>trusted: {why}</source>
        <translation>betroet: {why}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>betroet</translation>
    </message>
    <message>
        <source>NOT TRUSTED: {why}</source>
        <translation>IKKE BETROET: {why}</translation>
    </message>
    <message>
        <source>NOT TRUSTED</source>
        <translation>IKKE BETROET</translation>
    </message>
    <message>
        <source>case {case_ref} has no decision made at the table</source>
        <translation>sagen {case_ref} har ingen afgørelse truffet ved bordet</translation>
    </message>
    <message>
        <source>the letter template text {value!r} is malformed ({exc})</source>
        <translation>brevskabelonens tekst {value!r} er fejlformet ({exc})</translation>
    </message>
    <message>
        <source>the letter template {path} is not valid TOML ({exc})</source>
        <translation>brevskabelonen {path} er ikke gyldig TOML ({exc})</translation>
    </message>
    <message>
        <source>the letter template {path} cannot be read ({value})</source>
        <translation>brevskabelonen {path} kan ikke læses ({value})</translation>
    </message>
    <message>
        <source>no secure keyring was found to keep the database key: unlock your desktop keyring (GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain), or protect the key with a passphrase: give --passphrase-file FILE or set REHABMEET_PASSPHRASE_FILE</source>
        <translation>der blev ikke fundet en sikker nøglering til databasens nøgle: lås skrivebordets nøglering op (GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain), eller beskyt nøglen med en adgangssætning: angiv --passphrase-file FIL eller sæt REHABMEET_PASSPHRASE_FILE</translation>
    </message>
    <message>
        <source>PYTHON_KEYRING_BACKEND names {name}, which is not a keyring backend that can be loaded here ({reason}); correct or unset it</source>
        <translation>PYTHON_KEYRING_BACKEND angiver {name}, som ikke er en nøglering, der kan indlæses her ({reason}); ret eller fjern den</translation>
    </message>
    <message>
        <source>keyring&apos;s settings file names a backend that cannot be loaded ({reason})</source>
        <translation>keyrings indstillingsfil angiver en nøglering, der ikke kan indlæses ({reason})</translation>
    </message>
    <message>
        <source>no passphrase was given; nothing was changed</source>
        <translation>der blev ikke givet nogen adgangssætning; intet blev ændret</translation>
    </message>
    <message>
        <source>the keys are in the passphrase-protected key file {path}: give --passphrase-file FILE or set REHABMEET_PASSPHRASE_FILE</source>
        <translation>nøglerne ligger i den adgangssætningsbeskyttede nøglefil {path}: angiv --passphrase-file FIL eller sæt REHABMEET_PASSPHRASE_FILE</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>de to adgangssætninger er forskellige; intet blev ændret</translation>
    </message>
    <message>
        <source>the keyring refused to give out a secret ({exc}); unlock it and try again</source>
        <translation>nøgleringen ville ikke udlevere en hemmelighed ({exc}); lås den op og prøv igen</translation>
    </message>
    <message>
        <source>the keyring refused to store a secret ({exc}); unlock it and try again</source>
        <translation>nøgleringen ville ikke gemme en hemmelighed ({exc}); lås den op og prøv igen</translation>
    </message>
    <message>
        <source>the keyring did not keep the secret it was given; choose another keyring backend</source>
        <translation>nøgleringen beholdt ikke den hemmelighed, den fik; vælg en anden nøgleringsløsning</translation>
    </message>
    <message>
        <source>there is no passphrase-protected key file; the keys are in the keyring</source>
        <translation>der er ingen adgangssætningsbeskyttet nøglefil; nøglerne ligger i nøgleringen</translation>
    </message>
    <message>
        <source>there is no passphrase-protected key file; the keys are already in the keyring</source>
        <translation>der er ingen adgangssætningsbeskyttet nøglefil; nøglerne ligger allerede i nøgleringen</translation>
    </message>
    <message>
        <source>no keyring to move the keys into: unlock your desktop keyring or name one with PYTHON_KEYRING_BACKEND; the key file was left as it was</source>
        <translation>ingen nøglering at flytte nøglerne til: lås skrivebordets nøglering op eller angiv en med PYTHON_KEYRING_BACKEND; nøglefilen er uændret</translation>
    </message>
    <message>
        <source>the keyring refused to forget a secret ({exc}); unlock it and try again</source>
        <translation>nøgleringen nægtede at glemme en hemmelighed ({exc}); lås den op og prøv igen</translation>
    </message>
    <message>
        <source>the keys are already in a passphrase-protected key file</source>
        <translation>nøglerne ligger allerede i en adgangssætningsbeskyttet nøglefil</translation>
    </message>
    <message>
        <source>the key file {path} did not keep the keys; the keyring was left as it was</source>
        <translation>nøglefilen {path} beholdt ikke nøglerne; nøgleringen er uændret</translation>
    </message>
    <message>
        <source>there is no agenda item {item_id}</source>
        <translation>der er intet dagsordenspunkt {item_id}</translation>
    </message>
    <message>
        <source>attendance can change only {value}</source>
        <translation>fremmødet kan kun ændre {value}</translation>
    </message>
    <message>
        <source>the case has no attendance row {row_id}</source>
        <translation>sagen har ingen fremmøderække {row_id}</translation>
    </message>
    <message>
        <source>give a name and one of the roles {value}</source>
        <translation>angiv et navn og en af rollerne {value}</translation>
    </message>
    <message>
        <source>there is no case {case_ref!r}; `rehabmeet cases` lists them</source>
        <translation>der er ingen sag {case_ref!r}; `rehabmeet cases` viser dem</translation>
    </message>
    <message>
        <source>there is no case with id {case_id}</source>
        <translation>der er ingen sag med id {case_id}</translation>
    </message>
    <message>
        <source>the decision is final; reopen it with a reason to change it</source>
        <translation>afgørelsen er endelig; genåbn den med en begrundelse for at ændre den</translation>
    </message>
    <message>
        <source>there is no decision to make final; fill in the decision first</source>
        <translation>der er ingen afgørelse at gøre endelig; udfyld afgørelsen først</translation>
    </message>
    <message>
        <source>the decision is already final</source>
        <translation>afgørelsen er allerede endelig</translation>
    </message>
    <message>
        <source>the decision cannot be made yet; missing: {value}</source>
        <translation>afgørelsen kan ikke træffes endnu; mangler: {value}</translation>
    </message>
    <message>
        <source>the team&apos;s rules do not let the municipality decide &apos;{outcome}&apos; at the table</source>
        <translation>teamets regler lader ikke kommunen afgøre &apos;{outcome}&apos; ved bordet</translation>
    </message>
    <message>
        <source>the decision &apos;{outcome}&apos; departs from the team&apos;s indstilling &apos;{recommended}&apos;; § 11 stk. 2 requires the case to go back to the team before such a decision, and it is now on the return-to-team queue</source>
        <translation>afgørelsen &apos;{outcome}&apos; afviger fra teamets indstilling &apos;{recommended}&apos;; efter § 11, stk. 2 skal sagen forelægges teamet igen, før en sådan afgørelse træffes, og den står nu i køen til teamet</translation>
    </message>
    <message>
        <source>say why the decision is reopened</source>
        <translation>angiv, hvorfor afgørelsen genåbnes</translation>
    </message>
    <message>
        <source>only a final decision can be reopened</source>
        <translation>kun en endelig afgørelse kan genåbnes</translation>
    </message>
    <message>
        <source>say what each fact shows, as &apos;document: what it shows&apos; (e.g. &apos;Praktikrapport: stabilt fremmøde 12 timer om ugen&apos;); not explained: {value}</source>
        <translation>skriv, hvad hver oplysning viser, som &apos;dokument: hvad det viser&apos; (fx &apos;Praktikrapport: stabilt fremmøde 12 timer om ugen&apos;); ikke forklaret: {value}</translation>
    </message>
    <message>
        <source>say how long the {outcome} lasts: {low}–{high} months</source>
        <translation>angiv, hvor længe {outcome} varer: {low}–{high} måneder</translation>
    </message>
    <message>
        <source>the citizen cannot have been heard in the future ({value})</source>
        <translation>borgeren kan ikke være blevet hørt i fremtiden ({value})</translation>
    </message>
    <message>
        <source>the decision cannot take effect on {date}, before the citizen was heard on {value}</source>
        <translation>afgørelsen kan ikke have virkning fra {date}, før borgeren blev hørt den {value}</translation>
    </message>
    <message>
        <source>the municipality decides on the finalised indstilling; finalise the indstilling first</source>
        <translation>kommunen træffer afgørelse på den færdige indstilling; gør indstillingen færdig først</translation>
    </message>
    <message>
        <source>{updated_by} changed the same field(s) of the decision meanwhile: {value}</source>
        <translation>{updated_by} ændrede de samme felter i afgørelsen imens: {value}</translation>
    </message>
    <message>
        <source>the demo case {case_ref} could not be imported: {message}</source>
        <translation>demosagen {case_ref} kunne ikke importeres: {message}</translation>
    </message>
    <message>
        <source>the decision cannot be dated before the meeting</source>
        <translation>afgørelsen kan ikke dateres før mødet</translation>
    </message>
    <message>
        <source>unknown channel {channel!r}; choose {value}</source>
        <translation>ukendt kanal {channel!r}; vælg {value}</translation>
    </message>
    <message>
        <source>a measure either started or was dropped, not both</source>
        <translation>en indsats er enten startet eller opgivet, ikke begge dele</translation>
    </message>
    <message>
        <source>there is no recommended measure {measure_id}</source>
        <translation>der er ingen anbefalet indsats {measure_id}</translation>
    </message>
    <message>
        <source>follow-through starts when the indstilling is finalised</source>
        <translation>opfølgningen begynder, når indstillingen er færdig</translation>
    </message>
    <message>
        <source>the indstilling cannot be finalised: {ids} not met; complete them or give a reason for each</source>
        <translation>indstillingen kan ikke færdiggøres: {ids} er ikke opfyldt; udfyld dem eller angiv en begrundelse for hvert punkt</translation>
    </message>
    <message>
        <source>the indstilling is finalised; reopen it with a reason to change it</source>
        <translation>indstillingen er færdig; genåbn den med en begrundelse for at ændre den</translation>
    </message>
    <message>
        <source>field {field} has a wrong value {value!r} ({kind} expected)</source>
        <translation>feltet {field} har en forkert værdi {value!r} ({kind} forventet)</translation>
    </message>
    <message>
        <source>--override needs ID=REASON, not {value!r}</source>
        <translation>--override skal være ID=BEGRUNDELSE, ikke {value!r}</translation>
    </message>
    <message>
        <source>someone saved the indstilling at the same moment; nothing was overwritten, save again</source>
        <translation>en anden gemte indstillingen i samme øjeblik; intet blev overskrevet, gem igen</translation>
    </message>
    <message>
        <source>{updated_by} saved the indstilling meanwhile (revision {revision}, yours {expected_revision}); reload to see their text before you save</source>
        <translation>{updated_by} har gemt indstillingen imens (revision {revision}, din {expected_revision}); genindlæs for at se deres tekst, før du gemmer</translation>
    </message>
    <message>
        <source>{updated_by} changed the same field(s) meanwhile: {value}; choose whose text to keep</source>
        <translation>{updated_by} har ændret de samme felter imens: {value}; vælg, hvis tekst der skal beholdes</translation>
    </message>
    <message>
        <source>the indstilling is already finalised</source>
        <translation>indstillingen er allerede færdig</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome the team can recommend for this case; choose one of: {value}</source>
        <translation>»{outcome}« er ikke noget, teamet kan indstille til i denne sag; vælg en af: {value}</translation>
    </message>
    <message>
        <source>say why the finalised indstilling is changed; the reason is recorded</source>
        <translation>angiv, hvorfor den færdige indstilling ændres; begrundelsen registreres</translation>
    </message>
    <message>
        <source>the indstilling is not finalised</source>
        <translation>indstillingen er ikke færdig</translation>
    </message>
    <message>
        <source>case {case_ref} is on no meeting&apos;s agenda</source>
        <translation>sagen {case_ref} er ikke på noget mødes dagsorden</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {reason}</source>
        <translation>{path} er ikke gyldig JSON: {reason}</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object of fields</source>
        <translation>{path} skal indeholde et JSON-objekt med felter</translation>
    </message>
    <message>
        <source>unknown field(s): {value}; known: {known}</source>
        <translation>ukendte felter: {value}; kendte: {known}</translation>
    </message>
    <message>
        <source>unknown document {kind!r} as {fmt!r}; choose {value} as pdf or docx</source>
        <translation>ukendt dokument {kind!r} som {fmt!r}; vælg {value} som pdf eller docx</translation>
    </message>
    <message>
        <source>{kind} is signed and cannot be changed; give a reason to issue a corrected version</source>
        <translation>{kind} er underskrevet og kan ikke ændres; angiv en begrundelse for at udstede en rettet version</translation>
    </message>
    <message>
        <source>the indstilling or decision changed while the document was written; try again</source>
        <translation>indstillingen eller afgørelsen blev ændret, mens dokumentet blev skrevet; prøv igen</translation>
    </message>
    <message>
        <source>only the current PDF version of a document can be signed</source>
        <translation>kun den gældende PDF-version af et dokument kan underskrives</translation>
    </message>
    <message>
        <source>{name}&apos;s certificate is registered for the role {registered!r}, not {role!r}</source>
        <translation>{name}s certifikat er registreret til rollen {registered!r}, ikke {role!r}</translation>
    </message>
    <message>
        <source>the document was signed by someone else meanwhile; open it again and sign</source>
        <translation>dokumentet er blevet underskrevet af en anden imens; åbn det igen og underskriv</translation>
    </message>
    <message>
        <source>only PDF documents carry signatures; the DOCX is the editable copy</source>
        <translation>kun PDF-dokumenter bærer underskrifter; DOCX-filen er den redigerbare kopi</translation>
    </message>
    <message>
        <source>this certificate has already signed the document; each signer signs once</source>
        <translation>dette certifikat har allerede underskrevet dokumentet; hver underskriver skriver under én gang</translation>
    </message>
    <message>
        <source>{role} has already signed the document; each role signs once</source>
        <translation>{role} har allerede underskrevet dokumentet; hver rolle skriver under én gang</translation>
    </message>
    <message>
        <source>the document has no signature field for {role!r}; it is signed as {value}</source>
        <translation>dokumentet har intet underskriftsfelt til {role!r}; det underskrives som {value}</translation>
    </message>
    <message>
        <source>the indstilling</source>
        <translation>indstillingen</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>afgørelsen</translation>
    </message>
    <message>
        <source>the hand-out</source>
        <translation>udleveringen til borgeren</translation>
    </message>
    <message>
        <source>there is no issued document {document_id}</source>
        <translation>der er intet udstedt dokument {document_id}</translation>
    </message>
    <message>
        <source>a point needs some text</source>
        <translation>et punkt skal have noget tekst</translation>
    </message>
    <message>
        <source>the point is already there</source>
        <translation>punktet findes allerede</translation>
    </message>
    <message>
        <source>Point ({discipline})</source>
        <translation>Punkt ({discipline})</translation>
    </message>
    <message>
        <source>there is no point {point_id}</source>
        <translation>der er intet punkt {point_id}</translation>
    </message>
    <message>
        <source>{updated_by} changed the same point meanwhile; choose whose text to keep</source>
        <translation>{updated_by} ændrede det samme punkt imens; vælg hvis tekst der skal beholdes</translation>
    </message>
    <message>
        <source>{person} may change only the {discipline} lane; the leader or the secretary changes the others</source>
        <translation>{person} må kun ændre banen for {discipline}; mødelederen eller sekretæren ændrer de andre</translation>
    </message>
    <message>
        <source>there is no input lane {lane_id}</source>
        <translation>der er ingen input-bane {lane_id}</translation>
    </message>
    <message>
        <source>the indstilling of case {case_ref} is not finalised; finalise it before writing letters</source>
        <translation>indstillingen i sagen {case_ref} er ikke færdig; gør den færdig, før der skrives breve</translation>
    </message>
    <message>
        <source>the meeting has no planned agenda item {item_id}</source>
        <translation>mødet har intet planlagt dagsordenspunkt {item_id}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not apply to {case_ref} now ({value2})</source>
        <translation>&apos;{value}&apos; gælder ikke for {case_ref} nu ({value2})</translation>
    </message>
    <message>
        <source>extend by 1 to 120 minutes</source>
        <translation>forlæng med 1 til 120 minutter</translation>
    </message>
    <message>
        <source>finish {case_ref} before starting {case_ref2}</source>
        <translation>afslut {case_ref}, før {case_ref2} startes</translation>
    </message>
    <message>
        <source>{case_ref} lacks quorum: nobody present for {value}; give a reason to start anyway (it is logged)</source>
        <translation>{case_ref} er ikke beslutningsdygtig: ingen til stede for {value}; angiv en begrundelse for at starte alligevel (den logges)</translation>
    </message>
    <message>
        <source>the case has no document {doc_key!r}</source>
        <translation>sagen har intet dokument {doc_key!r}</translation>
    </message>
    <message>
        <source>the meeting set would have {used} pages, over the cap of {cap}; give a reason to go over the cap, or leave other pages out first</source>
        <translation>mødesættet ville få {used} sider, over loftet på {cap}; angiv en begrundelse for at gå over loftet, eller udelad andre sider først</translation>
    </message>
    <message>
        <source>the page cap must be at least 1, not {page_cap}</source>
        <translation>sideloftet skal være mindst 1, ikke {page_cap}</translation>
    </message>
    <message>
        <source>the summary sheet alone has {pages} pages, more than the cap of {cap}</source>
        <translation>resuméarket alene har {pages} sider, flere end loftet på {cap}</translation>
    </message>
    <message>
        <source>there is no document with id {document_id}</source>
        <translation>der er intet dokument med id {document_id}</translation>
    </message>
    <message>
        <source>there is no meeting with id {meeting_id}</source>
        <translation>der er intet møde med id {meeting_id}</translation>
    </message>
    <message>
        <source>cannot read {path} ({value})</source>
        <translation>kan ikke læse {path} ({value})</translation>
    </message>
    <message>
        <source>{name} is an agenda pack, not a member&apos;s notes</source>
        <translation>{name} er en mødepakke, ikke et medlems noter</translation>
    </message>
    <message>
        <source>unknown choice {choice!r}</source>
        <translation>ukendt valg {choice!r}</translation>
    </message>
    <message>
        <source>write the text to keep</source>
        <translation>skriv den tekst, der skal beholdes</translation>
    </message>
    <message>
        <source>there is no open conflict {conflict_id}</source>
        <translation>der er ingen åben konflikt {conflict_id}</translation>
    </message>
    <message>
        <source>a pack must expire 0 to {most} days after the meeting day, not {days}</source>
        <translation>en mødepakke skal udløbe 0 til {most} dage efter mødedagen, ikke {days}</translation>
    </message>
    <message>
        <source>the meeting has no invited members to write packs for</source>
        <translation>mødet har ingen inviterede medlemmer at skrive pakker til</translation>
    </message>
    <message>
        <source>{name!r} is not an invited member of this meeting</source>
        <translation>{name!r} er ikke inviteret til dette møde</translation>
    </message>
    <message>
        <source>the pack was not issued from this database (a foreign pack); nothing was imported</source>
        <translation>pakken er ikke udstedt fra denne database (en fremmed pakke); intet blev importeret</translation>
    </message>
    <message>
        <source>the passphrase of this pack is not in this computer&apos;s keyring, and the database keeps none this laptop may open; type it in</source>
        <translation>pakkens adgangssætning er ikke i denne computers nøglering, og databasen gemmer ingen, denne computer må åbne; skriv den</translation>
    </message>
    <message>
        <source>a meeting day needs a title</source>
        <translation>en mødedag skal have en titel</translation>
    </message>
    <message>
        <source>there is no team yet: run `rehabmeet demo`, or set up the team first</source>
        <translation>der er intet team endnu: kør `rehabmeet demo`, eller opret teamet først</translation>
    </message>
    <message>
        <source>no team member has id {unknown}</source>
        <translation>intet teammedlem har id {unknown}</translation>
    </message>
    <message>
        <source>choose the meeting leader and the secretary of the day</source>
        <translation>vælg dagens mødeleder og sekretær</translation>
    </message>
    <message>
        <source>the day must start before it ends at {end} (the rules&apos; end of the day)</source>
        <translation>dagen skal begynde, før den slutter kl. {end} (reglernes dagsafslutning)</translation>
    </message>
    <message>
        <source>the meeting day still has cases on its agenda ({count}); take them off it first</source>
        <translation>mødedagen har stadig sager på dagsordenen ({count}); tag dem af først</translation>
    </message>
    <message>
        <source>the case {case_ref} is already on the meeting day {day}; postpone or remove it there first</source>
        <translation>sagen {case_ref} er allerede på mødedagen {day}; udsæt eller fjern den dér først</translation>
    </message>
    <message>
        <source>the meeting has no agenda item {item_id}</source>
        <translation>mødet har intet dagsordenspunkt {item_id}</translation>
    </message>
    <message>
        <source>say why the case is postponed; the reason is recorded (control point A18)</source>
        <translation>angiv, hvorfor sagen udsættes; begrundelsen registreres (kontrolpunkt A18)</translation>
    </message>
    <message>
        <source>{name} holds a member&apos;s notes, not an agenda pack</source>
        <translation>{name} rummer et medlems noter, ikke en mødepakke</translation>
    </message>
    <message>
        <source>the pack expired on {date} and is not opened (an opened copy was wiped); ask the meeting leader for a new one</source>
        <translation>mødepakken udløb den {date} og åbnes ikke (en åbnet kopi er slettet); bed mødelederen om en ny</translation>
    </message>
    <message>
        <source>no opened pack has the id {pack_id}</source>
        <translation>ingen åbnet mødepakke har id&apos;et {pack_id}</translation>
    </message>
    <message>
        <source>unknown kind of note {kind!r}</source>
        <translation>ukendt slags note {kind!r}</translation>
    </message>
    <message>
        <source>page notes and highlights sit on a page; other notes do not</source>
        <translation>sidenoter og markeringer sidder på en side; andre noter gør ikke</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>noten er tom</translation>
    </message>
    <message>
        <source>page {page} is not in this case&apos;s {pages} pages</source>
        <translation>side {page} er ikke blandt sagens {pages} sider</translation>
    </message>
    <message>
        <source>the pack&apos;s passphrase is not in this computer&apos;s keyring; open the pack again</source>
        <translation>pakkens adgangsfrase er ikke i denne computers nøglering; åbn pakken igen</translation>
    </message>
    <message>
        <source>no agenda pack {pack_id} is open on this computer</source>
        <translation>ingen mødepakke {pack_id} er åben på denne computer</translation>
    </message>
    <message>
        <source>there is no case {prep_case_id} in the opened packs</source>
        <translation>der er ingen sag {prep_case_id} i de åbnede pakker</translation>
    </message>
    <message>
        <source>the note no longer exists</source>
        <translation>noten findes ikke længere</translation>
    </message>
    <message>
        <source>the sample needs at least one case per caseworker</source>
        <translation>stikprøven skal have mindst én sag pr. sagsbehandler</translation>
    </message>
    <message>
        <source>unknown export format {fmt!r}; choose {value}</source>
        <translation>ukendt eksportformat {fmt!r}; vælg {value}</translation>
    </message>
    <message>
        <source>unknown CSV style {style!r}; choose {value}</source>
        <translation>ukendt CSV-stil {style!r}; vælg {value}</translation>
    </message>
    <message>
        <source>unknown table {name!r}; choose from {value}</source>
        <translation>ukendt tabel {name!r}; vælg blandt {value}</translation>
    </message>
    <message>
        <source>unknown case type {value!r}; choose {choices}</source>
        <translation>ukendt sagstype {value!r}; vælg {choices}</translation>
    </message>
    <message>
        <source>the settings file {path} cannot be read ({exc})</source>
        <translation>indstillingsfilen {path} kan ikke læses ({exc})</translation>
    </message>
    <message>
        <source>the settings file {path} must hold a JSON object</source>
        <translation>indstillingsfilen {path} skal rumme et JSON-objekt</translation>
    </message>
    <message>
        <source>the settings file {path} has schema_version {version!r}; this RehabMeet reads 1</source>
        <translation>indstillingsfilen {path} har schema_version {version!r}; denne RehabMeet læser 1</translation>
    </message>
    <message>
        <source>{path}: docx_renderer must be one of {value}, not {renderer!r}</source>
        <translation>{path}: docx_renderer skal være en af {value}, ikke {renderer!r}</translation>
    </message>
    <message>
        <source>{path}: timestamp_url must be an http:// or https:// address</source>
        <translation>{path}: timestamp_url skal være en http://- eller https://-adresse</translation>
    </message>
    <message>
        <source>{path}: trust_bundle must be the path of a PEM file</source>
        <translation>{path}: trust_bundle skal være stien til en PEM-fil</translation>
    </message>
    <message>
        <source>{path}: checkpoint_folder must be the path of a folder</source>
        <translation>{path}: checkpoint_folder skal være stien til en mappe</translation>
    </message>
    <message>
        <source>{path}: import_limits must be a JSON object</source>
        <translation>{path}: import_limits skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>{path}: import_limits has no setting {key!r}</source>
        <translation>{path}: import_limits har ingen indstilling {key!r}</translation>
    </message>
    <message>
        <source>{path}: import_limits.{key} must be a positive number, not {value!r}</source>
        <translation>{path}: import_limits.{key} skal være et positivt tal, ikke {value!r}</translation>
    </message>
    <message>
        <source>the team&apos;s rules are malformed ({name}: {exc})</source>
        <translation>teamets regler er fejlformede ({name}: {exc})</translation>
    </message>
    <message>
        <source>the team&apos;s rules have no valid schema_version</source>
        <translation>teamets regler har ingen gyldig schema_version</translation>
    </message>
    <message>
        <source>the team&apos;s rules were written by a newer RehabMeet (rules version {version}, this one knows {target}); install the newer RehabMeet</source>
        <translation>teamets regler er skrevet af en nyere RehabMeet (regelversion {version}, denne kender {target}); installér den nyere RehabMeet</translation>
    </message>
    <message>
        <source>no migration for the team&apos;s rules from version {version}</source>
        <translation>ingen overførsel af teamets regler fra version {version}</translation>
    </message>
    <message>
        <source>the team&apos;s rules could not be migrated from version {version} ({exc})</source>
        <translation>teamets regler kunne ikke overføres fra version {version} ({exc})</translation>
    </message>
    <message>
        <source>the certificate file {source} cannot be read ({value})</source>
        <translation>certifikatfilen {source} kan ikke læses ({value})</translation>
    </message>
    <message>
        <source>a certificate needs the signer&apos;s name</source>
        <translation>et certifikat skal have underskriverens navn</translation>
    </message>
    <message>
        <source>no signing certificate {certificate_id!r}; see `rehabmeet certificate list`</source>
        <translation>intet signeringscertifikat {certificate_id!r}; se `rehabmeet certificate list`</translation>
    </message>
    <message>
        <source>{name}&apos;s certificate is valid {start} to {end}, not now; nothing was signed</source>
        <translation>{name}s certifikat gælder fra {start} til {end}, ikke nu; intet er underskrevet</translation>
    </message>
    <message>
        <source>the passphrase of {name}&apos;s certificate is not in this computer&apos;s keyring; import it again</source>
        <translation>adgangsfrasen til certifikatet for {name} er ikke i denne computers nøglering; importér det igen</translation>
    </message>
    <message>
        <source>{name}&apos;s certificate cannot be opened with the stored passphrase</source>
        <translation>certifikatet for {name} kan ikke åbnes med den gemte adgangsfrase</translation>
    </message>
    <message>
        <source>say who accepts the certificate: --by NAME (a leader)</source>
        <translation>angiv hvem der godkender certifikatet: --by NAVN (en leder)</translation>
    </message>
    <message>
        <source>a certificate in the name {name} is already registered ({certificate_id}); a second certificate in the same name is refused</source>
        <translation>der er allerede registreret et certifikat i navnet {name} ({certificate_id}); et certifikat mere i samme navn afvises</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{name} kan ikke åbnes: forkert adgangsfrase, eller ikke en PKCS#12-fil (.p12/.pfx)</translation>
    </message>
    <message>
        <source>{name} holds no private key and certificate to sign with</source>
        <translation>{name} rummer ingen privat nøgle og intet certifikat at underskrive med</translation>
    </message>
    <message>
        <source>{name}: the certificate is not valid before {start}</source>
        <translation>{name}: certifikatet gælder først fra {start}</translation>
    </message>
    <message>
        <source>{name}: the certificate expired on {end}</source>
        <translation>{name}: certifikatet udløb {end}</translation>
    </message>
    <message>
        <source>{name}: the certificate&apos;s key usage does not allow signing documents</source>
        <translation>{name}: certifikatets nøgleanvendelse tillader ikke at underskrive dokumenter</translation>
    </message>
    <message>
        <source>the trust bundle {path} cannot be read as PEM certificates ({exc})</source>
        <translation>tillidsfilen {path} kan ikke læses som PEM-certifikater ({exc})</translation>
    </message>
    <message>
        <source>the trust bundle {path} holds no certificates</source>
        <translation>tillidsfilen {path} indeholder ingen certifikater</translation>
    </message>
    <message>
        <source>the document has no signature field for {role}; issue it again to sign it</source>
        <translation>dokumentet har intet underskriftsfelt til {role}; dan det igen for at underskrive det</translation>
    </message>
    <message>
        <source>the timestamp authority did not answer ({exc}); signed B-B</source>
        <translation>tidsstempeltjenesten svarede ikke ({exc}); underskrevet som B-B</translation>
    </message>
    <message>
        <source>the document cannot be signed ({exc})</source>
        <translation>dokumentet kan ikke underskrives ({exc})</translation>
    </message>
    <message>
        <source>issued by the municipality&apos;s CA</source>
        <translation>udstedt af kommunens CA</translation>
    </message>
    <message>
        <source>self-made certificate (demo/trial), not accepted by a leader</source>
        <translation>selvlavet certifikat (demo/afprøvning), ikke godkendt af en leder</translation>
    </message>
    <message>
        <source>registered here, but not issued by the municipality&apos;s CA nor accepted</source>
        <translation>registreret her, men hverken udstedt af kommunens CA eller godkendt</translation>
    </message>
    <message>
        <source>not known here</source>
        <translation>ukendt her</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>ingen underskrifter</translation>
    </message>
    <message>
        <source>changed after signing: revision {number} (with the signature {field!r}): {what}</source>
        <translation>ændret efter underskrivelsen: revision {number} (med underskriften {field!r}): {what}</translation>
    </message>
    <message>
        <source>changed after signing: revision {number}: {what}</source>
        <translation>ændret efter underskrivelsen: revision {number}: {what}</translation>
    </message>
    <message>
        <source>signature {field!r} by {signer} is broken: {problem}</source>
        <translation>underskriften {field!r} af {signer} er brudt: {problem}</translation>
    </message>
    <message>
        <source>the signed bytes changed</source>
        <translation>de underskrevne bytes er ændret</translation>
    </message>
    <message>
        <source>signature {field!r} by {signer}: its timestamp {problem}</source>
        <translation>underskriften {field!r} af {signer}: dens tidsstempel {problem}</translation>
    </message>
    <message>
        <source>signature {field!r} by {signer}: certificate not trusted ({why})</source>
        <translation>underskriften {field!r} af {signer}: certifikatet er ikke betroet ({why})</translation>
    </message>
    <message>
        <source>NOT the whole document ({coverage})</source>
        <translation>IKKE hele dokumentet ({coverage})</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>hele dokumentet</translation>
    </message>
    <message>
        <source>later only signing</source>
        <translation>derefter kun underskrifter</translation>
    </message>
    <message>
        <source>later revisions are changes</source>
        <translation>senere revisioner er ændringer</translation>
    </message>
    <message>
        <source>revision {number} of {total}; {followed}</source>
        <translation>revision {number} af {total}; {followed}</translation>
    </message>
    <message>
        <source>signature {field!r} by {signer}: another certificate in the same name is registered here ({ids})</source>
        <translation>underskriften {field!r} af {signer}: et andet certifikat i samme navn er registreret her ({ids})</translation>
    </message>
    <message>
        <source>the file is not a readable PDF (it does not start with %PDF-)</source>
        <translation>filen er ikke en læsbar PDF (den begynder ikke med %PDF-)</translation>
    </message>
    <message>
        <source>the file is not a readable PDF ({exc})</source>
        <translation>filen er ikke en læsbar PDF ({exc})</translation>
    </message>
    <message>
        <source>the document has no signatures to upgrade</source>
        <translation>dokumentet har ingen underskrifter at opgradere</translation>
    </message>
    <message>
        <source>the document does not verify, so it is not upgraded: {value}</source>
        <translation>dokumentet kan ikke verificeres, så det opgraderes ikke: {value}</translation>
    </message>
    <message>
        <source>a signature is not intact or not trusted</source>
        <translation>en underskrift er ikke intakt eller ikke betroet</translation>
    </message>
    <message>
        <source>the signatures have no signature timestamp, so the document is not PAdES B-LT or B-LTA</source>
        <translation>underskrifterne har intet tidsstempel, så dokumentet er ikke PAdES B-LT eller B-LTA</translation>
    </message>
    <message>
        <source>the validation data cannot be fetched ({exc}); nothing was changed</source>
        <translation>valideringsdata kan ikke hentes ({exc}); intet er ændret</translation>
    </message>
    <message>
        <source>no timestamp authority is configured; B-LT, not B-LTA</source>
        <translation>der er ikke sat en tidsstempeltjeneste op; B-LT, ikke B-LTA</translation>
    </message>
    <message>
        <source>the timestamp authority did not answer ({exc}); nothing was changed</source>
        <translation>tidsstempeltjenesten svarede ikke ({exc}); intet er ændret</translation>
    </message>
    <message>
        <source>is broken</source>
        <translation>er brudt</translation>
    </message>
    <message>
        <source>is from an authority that is not trusted</source>
        <translation>er fra en tjeneste, der ikke er betroet</translation>
    </message>
    <message>
        <source>signature {field!r} by {signer}: the certificate is registered for {registered!r}, not {role!r}</source>
        <translation>underskriften {field!r} af {signer}: certifikatet er registreret til {registered!r}, ikke {role!r}</translation>
    </message>
    <message>
        <source>the role {role} signed twice ({first!r} and {field!r})</source>
        <translation>rollen {role} har skrevet under to gange ({first!r} og {field!r})</translation>
    </message>
    <message>
        <source>{signer} signed twice with the same certificate ({first!r} and {field!r})</source>
        <translation>{signer} har skrevet under to gange med samme certifikat ({first!r} og {field!r})</translation>
    </message>
    <message>
        <source>there is no database at {sqlite_path}; `rehabmeet demo` or `rehabmeet db upgrade` creates one</source>
        <translation>der er ingen database i {sqlite_path}; `rehabmeet demo` eller `rehabmeet db upgrade` opretter en</translation>
    </message>
    <message>
        <source>the database key in the keyring is malformed; it must be 64 hex digits</source>
        <translation>databasenøglen i nøgleringen er fejlformet; den skal være 64 hex-cifre</translation>
    </message>
    <message>
        <source>the database {display_name} cannot be decrypted with the key from the keyring (wrong key, or not a RehabMeet database)</source>
        <translation>databasen {display_name} kan ikke dekrypteres med nøglen fra nøgleringen (forkert nøgle, eller ikke en RehabMeet-database)</translation>
    </message>
    <message>
        <source>the database {display_name} cannot be opened: {reason}</source>
        <translation>databasen {display_name} kan ikke åbnes: {reason}</translation>
    </message>
    <message>
        <source>the key id file {sidecar} cannot be read ({exc})</source>
        <translation>nøgle-id-filen {sidecar} kan ikke læses ({exc})</translation>
    </message>
    <message>
        <source>the key id file {sidecar} is not a RehabMeet key id file</source>
        <translation>nøgle-id-filen {sidecar} er ikke en RehabMeet-nøgle-id-fil</translation>
    </message>
    <message>
        <source>the database {database} has no key id file beside it ({name}); restore it from the same backup as the database</source>
        <translation>databasen {database} har ingen nøgle-id-fil ved siden af sig ({name}); gendan den fra samme sikkerhedskopi som databasen</translation>
    </message>
    <message>
        <source>the key of the database {database} is in the insecure keyring {backend}, which RehabMeet no longer uses unasked: set PYTHON_KEYRING_BACKEND={backend} and run `rehabmeet key to-passphrase` to move it into a passphrase-protected key file</source>
        <translation>nøglen til databasen {database} ligger i den usikre nøglering {backend}, som RehabMeet ikke længere bruger uopfordret: sæt PYTHON_KEYRING_BACKEND={backend} og kør `rehabmeet key to-passphrase` for at flytte den til en adgangssætningsbeskyttet nøglefil</translation>
    </message>
    <message>
        <source>the database {database} has no key id file beside it</source>
        <translation>databasen {database} har ingen nøgle-id-fil ved siden af sig</translation>
    </message>
    <message>
        <source>the key of the database {database} is not in this keyring (service {service}, entry {key_id}); restore the keyring or open RehabMeet with another --home</source>
        <translation>nøglen til databasen {database} er ikke i denne nøglering (tjeneste {service}, post {key_id}); gendan nøgleringen, eller åbn RehabMeet med en anden --home</translation>
    </message>
    <message>
        <source>the database {display_name} was written by a newer RehabMeet (schema {current}, this version knows up to {head}); install the newer RehabMeet to open it</source>
        <translation>databasen {display_name} er skrevet af en nyere RehabMeet (skema {current}, denne version kender op til {head}); installér den nyere RehabMeet for at åbne den</translation>
    </message>
    <message>
        <source>the database {display_name} has schema {value} and needs {head}; run `rehabmeet db upgrade`</source>
        <translation>databasen {display_name} har skema {value} og skal have {head}; kør `rehabmeet db upgrade`</translation>
    </message>
    <message>
        <source>could not back up {database} before upgrading it ({strerror})</source>
        <translation>kunne ikke tage en sikkerhedskopi af {database} før opgraderingen ({strerror})</translation>
    </message>
    <message>
        <source>use a file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation>brug en filsti, sqlite:///STI eller postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>the database URL {chosen!r} is not valid; {supported_hint}</source>
        <translation>database-URL&apos;en {chosen!r} er ikke gyldig; {supported_hint}</translation>
    </message>
    <message>
        <source>an in-memory SQLite database cannot hold RehabMeet&apos;s data; {supported_hint}</source>
        <translation>en SQLite-database i hukommelsen kan ikke rumme RehabMeets data; {supported_hint}</translation>
    </message>
    <message>
        <source>do not put a database key in the URL; RehabMeet keeps it in the keyring</source>
        <translation>skriv ikke en databasenøgle i URL&apos;en; RehabMeet gemmer den i nøgleringen</translation>
    </message>
    <message>
        <source>the PostgreSQL driver {value!r} is not supported; {supported_hint}</source>
        <translation>PostgreSQL-driveren {value!r} understøttes ikke; {supported_hint}</translation>
    </message>
    <message>
        <source>the database kind {value!r} is not supported; {supported_hint}</source>
        <translation>databasetypen {value!r} understøttes ikke; {supported_hint}</translation>
    </message>
    <message>
        <source>a pack needs a passphrase</source>
        <translation>en pakke skal have en adgangsfrase</translation>
    </message>
    <message>
        <source>the file is not a RehabMeet pack</source>
        <translation>filen er ikke en RehabMeet-pakke</translation>
    </message>
    <message>
        <source>the pack&apos;s header is damaged</source>
        <translation>pakkens hoved er beskadiget</translation>
    </message>
    <message>
        <source>the pack was written by a newer RehabMeet (pack format {value})</source>
        <translation>pakken er skrevet af en nyere RehabMeet (pakkeformat {value})</translation>
    </message>
    <message>
        <source>the passphrase does not open this pack</source>
        <translation>adgangsfrasen åbner ikke denne pakke</translation>
    </message>
    <message>
        <source>the pack was changed after it was written (it fails its integrity check)</source>
        <translation>pakken er ændret, efter den blev skrevet (den består ikke sin integritetskontrol)</translation>
    </message>
    <message>
        <source>the agenda pack&apos;s table of contents is too large</source>
        <translation>mødepakkens indholdsfortegnelse er for stor</translation>
    </message>
    <message>
        <source>the agenda pack&apos;s contents do not match its header</source>
        <translation>mødepakkens indhold passer ikke med dens hoved</translation>
    </message>
    <message>
        <source>the agenda pack lists too many cases</source>
        <translation>mødepakken nævner for mange sager</translation>
    </message>
    <message>
        <source>a PDF in the agenda pack is larger than {value} MiB</source>
        <translation>en PDF i mødepakken er større end {value} MiB</translation>
    </message>
    <message>
        <source>the agenda pack&apos;s contents are damaged ({name})</source>
        <translation>mødepakkens indhold er beskadiget ({name})</translation>
    </message>
    <message>
        <source>the annotation pack&apos;s contents do not match its header</source>
        <translation>notepakkens indhold passer ikke med dens hoved</translation>
    </message>
    <message>
        <source>the annotation pack holds too many notes</source>
        <translation>notepakken rummer for mange noter</translation>
    </message>
    <message>
        <source>the annotation pack&apos;s contents are damaged ({name}: {exc})</source>
        <translation>notepakkens indhold er beskadiget ({name}: {exc})</translation>
    </message>
    <message>
        <source>the key {key!r} appears twice in one object</source>
        <translation>nøglen {key!r} forekommer to gange i samme objekt</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>{name} er ikke gyldig JSON</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits, more than the limit of {max_digits}</source>
        <translation>indeholder et tal med {digits} cifre, mere end grænsen på {max_digits}</translation>
    </message>
    <message>
        <source>{where}: holds the character U+{code:04X}, which is not allowed in text (an invalid, control or direction-changing character)</source>
        <translation>{where}: indeholder tegnet U+{code:04X}, som ikke er tilladt i tekst (et ugyldigt tegn, et kontroltegn eller et tegn der vender skriveretningen)</translation>
    </message>
    <message>
        <source>is {size} bytes, more than the limit of {max_bytes}</source>
        <translation>fylder {size} byte, mere end grænsen på {max_bytes}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte {start})</source>
        <translation>er ikke gyldig UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>is nested {depth} levels deep, more than the limit of {max_nesting}</source>
        <translation>er indlejret {depth} niveauer dybt, mere end grænsen på {max_nesting}</translation>
    </message>
    <message>
        <source>is not valid JSON ({msg} at line {line}, column {column})</source>
        <translation>er ikke gyldig JSON ({msg} på linje {line}, kolonne {column})</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>er indlejret for dybt</translation>
    </message>
    <message>
        <source>is not valid JSON ({exc})</source>
        <translation>er ikke gyldig JSON ({exc})</translation>
    </message>
    <message>
        <source>is not a readable Word document ({exc})</source>
        <translation>er ikke et læsbart Word-dokument ({exc})</translation>
    </message>
    <message>
        <source>has {count} page breaks, more than the limit of {max_pages} pages</source>
        <translation>har {count} sideskift, mere end grænsen på {max_pages} sider</translation>
    </message>
    <message>
        <source>holds a word of {length} characters without a space, more than the limit of {limit}</source>
        <translation>indeholder et ord på {length} tegn uden mellemrum, mere end grænsen på {limit}</translation>
    </message>
    <message>
        <source>cannot be laid out on pages (a paragraph or table too large for a page)</source>
        <translation>kan ikke sættes op på sider (et afsnit eller en tabel er for stor til en side)</translation>
    </message>
    <message>
        <source>could not be converted by LibreOffice ({exc})</source>
        <translation>kunne ikke konverteres af LibreOffice ({exc})</translation>
    </message>
    <message>
        <source>could not be converted by LibreOffice (no PDF was produced)</source>
        <translation>kunne ikke konverteres af LibreOffice (der blev ikke lavet en PDF)</translation>
    </message>
    <message>
        <source>is not a PDF file (no %PDF header)</source>
        <translation>er ikke en PDF-fil (intet %PDF-hoved)</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>har ingen sider</translation>
    </message>
    <message>
        <source>has {count} pages, more than the limit of {max_pages}</source>
        <translation>har {count} sider, mere end grænsen på {max_pages}</translation>
    </message>
    <message>
        <source>page {page} cannot be read by the PDF engine ({exc})</source>
        <translation>side {page} kan ikke læses af PDF-motoren ({exc})</translation>
    </message>
    <message>
        <source>page {page} holds {count} characters of text, more than the limit of {limit}</source>
        <translation>side {page} rummer {count} teksttegn, flere end grænsen på {limit}</translation>
    </message>
    <message>
        <source>is encrypted with a password and cannot be read</source>
        <translation>er krypteret med en adgangskode og kan ikke læses</translation>
    </message>
    <message>
        <source>is damaged and cannot be read as a PDF</source>
        <translation>er beskadiget og kan ikke læses som PDF</translation>
    </message>
    <message>
        <source>cannot be read as a PDF ({exc})</source>
        <translation>kan ikke læses som PDF ({exc})</translation>
    </message>
    <message>
        <source>wrote {file}: {entries} entries, head entry {entry} {hash}</source>
        <translation>skrev {file}: {entries} poster, seneste post {entry} {hash}</translation>
    </message>
    <message>
        <source>note: the checkpoint is not signed (no --certificate); keep it where it cannot be changed</source>
        <translation>bemærk: kontrolpunktet er ikke underskrevet (intet --certificate); opbevar det, hvor det ikke kan ændres</translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>underskrevet af {name}</translation>
    </message>
    <message>
        <source>a copy is kept in {file} (plain `log verify` compares the log with it)</source>
        <translation>en kopi gemmes i {file} (`log verify` alene sammenligner loggen med den)</translation>
    </message>
    <message>
        <source>ok: {entries} entries, chain intact; head {head}</source>
        <translation>ok: {entries} poster, kæden er hel; seneste {head}</translation>
    </message>
    <message>
        <source>ok: all {heads} recorded heads in {files} file(s) are in the log</source>
        <translation>ok: alle {heads} registrerede loghoveder i {files} fil(er) findes i loggen</translation>
    </message>
    <message>
        <source>its content no longer matches its hash (edited)</source>
        <translation>indholdet passer ikke længere til dens hash (redigeret)</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed or inserted)</source>
        <translation>den følger ikke posten før den (en post er fjernet eller indsat)</translation>
    </message>
    <message>
        <source>broken: entry {entry}: {why}; {before} entries before it verify</source>
        <translation>brudt: post {entry}: {why}; {before} poster før den er i orden</translation>
    </message>
    <message>
        <source> (entry {entry} still matches)</source>
        <translation> (post {entry} stemmer stadig)</translation>
    </message>
    <message>
        <source>{file} is from another database/installation (the log it recorded starts with another entry than this one&apos;s); it cannot anchor this log</source>
        <translation>{file} stammer fra en anden database/installation (den registrerede log begynder med en anden post end denne); den kan ikke forankre denne log</translation>
    </message>
    <message>
        <source>broken against {file}: entry {entry} it recorded is missing: the log was cut{after}</source>
        <translation>brudt i forhold til {file}: posten {entry}, som den noterede, mangler: loggen er afkortet{after}</translation>
    </message>
    <message>
        <source>broken against {file}: entry {entry} has another hash than it recorded: the log was rewritten at or before entry {entry}{after}</source>
        <translation>brudt i forhold til {file}: posten {entry} har en anden hash end noteret: loggen er omskrevet i eller før post {entry}{after}</translation>
    </message>
    <message>
        <source>field months must be a whole number of months, not {value!r}</source>
        <translation>feltet months skal være et helt antal måneder, ikke {value!r}</translation>
    </message>
    <message>
        <source>field {field} must be text, not {value!r}</source>
        <translation>feltet {field} skal være tekst, ikke {value!r}</translation>
    </message>
    <message>
        <source>field {field} must be an ISO 8601 date or time, not {value!r}</source>
        <translation>feltet {field} skal være en ISO 8601-dato eller -tid, ikke {value!r}</translation>
    </message>
    <message>
        <source>no version of the law is recorded for {day}</source>
        <translation>der er ingen udgave af loven registreret for {day}</translation>
    </message>
    <message>
        <source>the passphrase file {path} cannot be read ({exc})</source>
        <translation>adgangssætningsfilen {path} kan ikke læses ({exc})</translation>
    </message>
    <message>
        <source>the passphrase for the key file must have at least {count} characters</source>
        <translation>nøglefilens adgangssætning skal have mindst {count} tegn</translation>
    </message>
    <message>
        <source>a key file already exists at {path}</source>
        <translation>der findes allerede en nøglefil i {path}</translation>
    </message>
    <message>
        <source>the key file {path} got a new passphrase in another RehabMeet; start this one again</source>
        <translation>nøglefilen {path} har fået en ny adgangssætning i en anden RehabMeet; start denne igen</translation>
    </message>
    <message>
        <source>the key file {path} cannot be read ({exc})</source>
        <translation>nøglefilen {path} kan ikke læses ({exc})</translation>
    </message>
    <message>
        <source>the passphrase does not open the key file {path}; nothing was changed</source>
        <translation>adgangssætningen åbner ikke nøglefilen {path}; intet blev ændret</translation>
    </message>
    <message>
        <source>another RehabMeet keeps the key file {path} locked; close it and try again</source>
        <translation>en anden RehabMeet holder nøglefilen {path} låst; luk den, og prøv igen</translation>
    </message>
    <message>
        <source>{where}: {value} is in the future</source>
        <translation>{where}: {value} ligger i fremtiden</translation>
    </message>
    <message>
        <source>{where}: the CPR number&apos;s 7th digit says the citizen was born in {year}, not in {value}</source>
        <translation>{where}: CPR-nummerets 7. ciffer siger, at borgeren er født i {year}, ikke i {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is before 1900, which cannot be right</source>
        <translation>{where}: {value} er før 1900, hvilket ikke kan passe</translation>
    </message>
    <message>
        <source>{where}: {value} is before the citizen&apos;s birth date {birth}</source>
        <translation>{where}: {value} er før borgerens fødselsdato {birth}</translation>
    </message>
    <message>
        <source>case/case_ref: {value!r} must start with a letter or digit and may not contain &apos;..&apos;</source>
        <translation>case/case_ref: {value!r} skal begynde med et bogstav eller et ciffer og må ikke indeholde &apos;..&apos;</translation>
    </message>
    <message>
        <source>could not be read ({kind}); the details are in the log</source>
        <translation>kunne ikke læses ({kind}); detaljerne står i loggen</translation>
    </message>
    <message>
        <source>reading it took longer than the limit of {seconds:g} seconds; stopped</source>
        <translation>læsningen tog længere end grænsen på {seconds:g} sekunder; stoppet</translation>
    </message>
    <message>
        <source>reading it needed more than the memory limit of {value} MiB (or made the document reader fail); stopped</source>
        <translation>læsningen krævede mere end hukommelsesgrænsen på {value} MiB (eller fik dokumentlæseren til at fejle); stoppet</translation>
    </message>
    <message>
        <source>can be read, but not put into a summary or pack ({problem}); save it again as PDF from the program that made it</source>
        <translation>kan læses, men ikke indgå i et resumé eller en pakke ({problem}); gem den igen som PDF fra det program, der lavede den</translation>
    </message>
    <message>
        <source>there is no drill-down {kind!r}/{key!r}; choose {value}</source>
        <translation>der er ingen opdeling {kind!r}/{key!r}; vælg {value}</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>you do not have permission</source>
        <translation>du har ikke tilladelse</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>den findes allerede</translation>
    </message>
    <message>
        <source>there is no team with id {team_id}</source>
        <translation>der er intet team med id {team_id}</translation>
    </message>
    <message>
        <source>wrote {file}: {cases} cases heard {start} – {end}; median days signed → meeting {signed_to_meeting}, meeting → decision {meeting_to_decision}</source>
        <translation>skrev {file}: {cases} sager behandlet {start} – {end}; median antal dage underskrevet → møde {signed_to_meeting}, møde → afgørelse {meeting_to_decision}</translation>
    </message>
    <message>
        <source>the event log&apos;s append-only trigger {name} is disabled</source>
        <translation>hændelseslogens trigger {name}, der kun tillader tilføjelser, er slået fra</translation>
    </message>
    <message>
        <source>the event log&apos;s append-only trigger {name} is missing: {verb} of log entries is not refused (someone with the database key removed it)</source>
        <translation>hændelseslogens trigger {name}, der kun tillader tilføjelser, mangler: {verb} af logposter afvises ikke (nogen med databasenøglen har fjernet den)</translation>
    </message>
    <message>
        <source>the event log&apos;s append-only trigger {name} was altered: it no longer refuses {verb}</source>
        <translation>hændelseslogens trigger {name}, der kun tillader tilføjelser, er ændret: den afviser ikke længere {verb}</translation>
    </message>
    <message>
        <source>the checkpoint cannot be kept in {folder} ({value})</source>
        <translation>kontrolpunktet kan ikke gemmes i {folder} ({value})</translation>
    </message>
    <message>
        <source>{by} accepted {name}&apos;s certificate ({certificate_id}); verify now trusts its signatures</source>
        <translation>{by} godkendte {name}s certifikat ({certificate_id}); verify betror nu dets underskrifter</translation>
    </message>
    <message>
        <source>accepted by {name}</source>
        <translation>godkendt af {name}</translation>
    </message>
    <message>
        <source>self-made, not accepted</source>
        <translation>selvlavet, ikke godkendt</translation>
    </message>
    <message>
        <source>{hours} hours a week is not possible: the work capacity must be between {low} and {high} hours a week; correct the number (no reason can override this)</source>
        <translation>{hours} timer om ugen er ikke muligt: arbejdsevnen skal være mellem {low} og {high} timer om ugen; ret tallet (ingen begrundelse kan tilsidesætte det)</translation>
    </message>
    <message>
        <source>the day&apos;s log checkpoint was not written: there is no certificate to sign it (run `rehabmeet log checkpoint -o FILE --certificate ID`)</source>
        <translation>dagens kontrolpunkt for loggen blev ikke skrevet: der er intet certifikat at underskrive det med (kør `rehabmeet log checkpoint -o FIL --certificate ID`)</translation>
    </message>
    <message>
        <source>the day&apos;s log checkpoint was not written: {why}</source>
        <translation>dagens kontrolpunkt for loggen blev ikke skrevet: {why}</translation>
    </message>
    <message>
        <source>the day is over: a log checkpoint signed by {name} was written to {file}</source>
        <translation>dagen er slut: et kontrolpunkt for loggen, underskrevet af {name}, er skrevet til {file}</translation>
    </message>
    <message>
        <source>page {page} holds {count} annotations, more than {limit} (the setting max_annotations_per_page); stopped</source>
        <translation>side {page} har {count} annoteringer, mere end {limit} (indstillingen max_annotations_per_page); standset</translation>
    </message>
    <message>
        <source>page {page} draws with more than {limit} operators (the setting max_operators_per_page); stopped</source>
        <translation>side {page} tegnes med mere end {limit} operatorer (indstillingen max_operators_per_page); standset</translation>
    </message>
    <message>
        <source>{person!r} cannot be made into a database role name</source>
        <translation>{person!r} kan ikke gøres til et rollenavn i databasen</translation>
    </message>
    <message>
        <source>there is no active team member named {person!r}; check the spelling</source>
        <translation>der er intet aktivt teammedlem med navnet {person!r}; kontrollér stavningen</translation>
    </message>
    <message>
        <source>database roles are for the shared PostgreSQL database; the SQLite file has one key</source>
        <translation>databaseroller er til den fælles PostgreSQL-database; SQLite-filen har én nøgle</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>key store unavailable</source>
        <translation>nøglelager utilgængeligt</translation>
    </message>
    <message>
        <source>key in a passphrase-protected file</source>
        <translation>nøglen i en adgangssætningsbeskyttet fil</translation>
    </message>
    <message>
        <source>INSECURE: key in %1, chosen explicitly</source>
        <translation>USIKKER: nøglen i %1, valgt udtrykkeligt</translation>
    </message>
    <message>
        <source>key in the system keyring</source>
        <translation>nøglen i systemets nøglering</translation>
    </message>
    <message>
        <source>Encrypted SQLite database (SQLCipher); %1.</source>
        <translation>Krypteret SQLite-database (SQLCipher); %1.</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database.</source>
        <translation>Fælles PostgreSQL-database.</translation>
    </message>
    <message>
        <source>Runs rehabiliteringsteam meetings: case bundles, timing, the indstilling and signed documents.</source>
        <translation>Afvikler møder i rehabiliteringsteamet: sagsbundter, tidsstyring, indstilling og underskrevne dokumenter.</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Databaseskema: %1</translation>
    </message>
    <message>
        <source>Includes the DejaVu Sans font (Bitstream Vera licence).</source>
        <translation>Indeholder skrifttypen DejaVu Sans (Bitstream Vera-licens).</translation>
    </message>
    <message>
        <source>About RehabMeet</source>
        <translation>Om RehabMeet</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import case bundles…</source>
        <extracomment>The case tabs&apos; actions (Alt+1 … Alt+6), in tab order. The phase timer&apos;s actions, in menu order.</extracomment>
        <translation>&amp;Importér sagsbundter…</translation>
    </message>
    <message>
        <source>Import zipped case bundles (.rmb.zip); you can also drop them on the agenda</source>
        <translation>Importér zippede sagsbundter (.rmb.zip); du kan også trække dem over på dagsordenen</translation>
    </message>
    <message>
        <source>Import an unpacked &amp;bundle folder…</source>
        <translation>Importér en udpakket &amp;bundtmappe…</translation>
    </message>
    <message>
        <source>Import a case bundle that has been unpacked into a folder</source>
        <translation>Importér et sagsbundt, der er pakket ud i en mappe</translation>
    </message>
    <message>
        <source>Save the case &amp;summary as PDF…</source>
        <translation>Gem sagens &amp;resumé som PDF…</translation>
    </message>
    <message>
        <source>The summary sheet and the meeting-set pages, within the page cap</source>
        <translation>Resuméarket og mødesættets sider, inden for sideloftet</translation>
    </message>
    <message>
        <source>&amp;New meeting day…</source>
        <translation>&amp;Ny mødedag…</translation>
    </message>
    <message>
        <source>Plan a meeting day: date, time, room, leader, secretary, members</source>
        <translation>Planlæg en mødedag: dato, tid, lokale, mødeleder, referent, medlemmer</translation>
    </message>
    <message>
        <source>&amp;Add cases to the agenda…</source>
        <translation>&amp;Sæt sager på dagsordenen…</translation>
    </message>
    <message>
        <source>Put imported cases on this meeting day</source>
        <translation>Sæt importerede sager på denne mødedag</translation>
    </message>
    <message>
        <source>Keep the case on the list as postponed, with the reason</source>
        <translation>Sagen bliver på listen som udsat, med begrundelse</translation>
    </message>
    <message>
        <source>&amp;Remove the case from the agenda</source>
        <translation>&amp;Fjern sagen fra dagsordenen</translation>
    </message>
    <message>
        <source>Take the selected case off this meeting day</source>
        <translation>Tag den valgte sag af denne mødedag</translation>
    </message>
    <message>
        <source>&amp;Timing report…</source>
        <translation>&amp;Tidsrapport…</translation>
    </message>
    <message>
        <source>Planned and actual time per case and phase; save as CSV or PDF</source>
        <translation>Planlagt og faktisk tid pr. sag og fase; gem som CSV eller PDF</translation>
    </message>
    <message>
        <source>&amp;Citizen screen</source>
        <translation>&amp;Borgerskærm</translation>
    </message>
    <message>
        <source>A window for a second screen: the phase and time, without internal notes</source>
        <translation>Et vindue til en ekstra skærm: fase og tid, uden interne noter</translation>
    </message>
    <message>
        <source>P&amp;ostpone the case to another day…</source>
        <translation>&amp;Udsæt sagen til en anden dag…</translation>
    </message>
    <message>
        <source>Chan&amp;ge the meeting day…</source>
        <translation>Ret mødedagens &amp;oplysninger…</translation>
    </message>
    <message>
        <source>Change the date, time, room, leader, secretary or members of this day</source>
        <translation>Ret dato, tid, lokale, mødeleder, sekretær eller medlemmer for denne dag</translation>
    </message>
    <message>
        <source>De&amp;lete the meeting day…</source>
        <translation>S&amp;let mødedagen…</translation>
    </message>
    <message>
        <source>Delete this day (its agenda must be empty)</source>
        <translation>Slet denne dag (dagsordenen skal være tom)</translation>
    </message>
    <message>
        <source>&amp;Start / next phase</source>
        <translation>Sta&amp;rt / næste fase</translation>
    </message>
    <message>
        <source>Start the selected case, or end this phase and start the next</source>
        <translation>Start den valgte sag, eller afslut fasen og start den næste</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / fortsæt</translation>
    </message>
    <message>
        <source>Stop or restart the clock of the running case</source>
        <translation>Stop eller start uret for den igangværende sag</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>Sprin&amp;g fasen over</translation>
    </message>
    <message>
        <source>End this phase as skipped (e.g. no pre-discussion)</source>
        <translation>Afslut fasen som sprunget over (fx intet formøde)</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>Forlæng med &amp;1 minut</translation>
    </message>
    <message>
        <source>Give the current phase one more minute</source>
        <translation>Giv den aktuelle fase ét minut mere</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>Forlæng med &amp;5 minutter</translation>
    </message>
    <message>
        <source>Give the current phase five more minutes</source>
        <translation>Giv den aktuelle fase fem minutter mere</translation>
    </message>
    <message>
        <source>&amp;Back one phase</source>
        <translation>T&amp;ilbage en fase</translation>
    </message>
    <message>
        <source>Return to the previous phase</source>
        <translation>Gå tilbage til den forrige fase</translation>
    </message>
    <message>
        <source>&amp;Decision at the table</source>
        <translation>Afgørelse ve&amp;d bordet</translation>
    </message>
    <message>
        <source>Add the decision at the table (oral partshøring) after the announcement</source>
        <translation>Tilføj afgørelse ved bordet (mundtlig partshøring) efter meddelelsen</translation>
    </message>
    <message>
        <source>&amp;Finish the case</source>
        <translation>&amp;Afslut sagen</translation>
    </message>
    <message>
        <source>End the running case now</source>
        <translation>Afslut den igangværende sag nu</translation>
    </message>
    <message>
        <source>&amp;Management information…</source>
        <translation>&amp;Ledelsesinformation…</translation>
    </message>
    <message>
        <source>Waiting times, outcomes, completeness and follow-through for a period; exports</source>
        <translation>Ventetider, udfald, fuldstændighed og opfølgning for en periode; eksport</translation>
    </message>
    <message>
        <source>&amp;Open an agenda pack to prepare…</source>
        <translation>&amp;Åbn en mødepakke til forberedelse…</translation>
    </message>
    <message>
        <source>For team members: read and annotate the cases of a meeting day at home, offline</source>
        <translation>Til teammedlemmer: læs og kommentér mødedagens sager hjemme, uden net</translation>
    </message>
    <message>
        <source>&amp;Export agenda packs for the members…</source>
        <translation>&amp;Eksportér mødepakker til medlemmerne…</translation>
    </message>
    <message>
        <source>One encrypted file per invited member, with a passphrase each</source>
        <translation>Én krypteret fil pr. inviteret medlem, hver med sin adgangskode</translation>
    </message>
    <message>
        <source>&amp;Import members&apos; notes…</source>
        <translation>I&amp;mportér medlemmernes noter…</translation>
    </message>
    <message>
        <source>Bring the notes members shared into their lanes</source>
        <translation>Hent de noter, medlemmerne har delt, ind i deres spor</translation>
    </message>
    <message>
        <source>Note &amp;conflicts…</source>
        <translation>Note&amp;konflikter…</translation>
    </message>
    <message>
        <source>Notes changed both here and on a member&apos;s laptop</source>
        <translation>Noter ændret både her og på et medlems computer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Close RehabMeet</source>
        <translation>Luk RehabMeet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Undo the last change to points, the agenda or remedies</source>
        <translation>Fortryd den seneste ændring af punkter, dagsordenen eller tiltag</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Make the change you undid again</source>
        <translation>Foretag den fortrudte ændring igen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Reload the meeting day from the database</source>
        <translation>Hent mødedagen igen fra databasen</translation>
    </message>
    <message>
        <source>&amp;1 Facts</source>
        <translation>&amp;1 Fakta</translation>
    </message>
    <message>
        <source>Show the case&apos;s facts</source>
        <translation>Vis sagens fakta</translation>
    </message>
    <message>
        <source>&amp;2 Summary and documents</source>
        <translation>&amp;2 Resumé og dokumenter</translation>
    </message>
    <message>
        <source>Show the summary and the documents</source>
        <translation>Vis resuméet og dokumenterne</translation>
    </message>
    <message>
        <source>&amp;3 Running the meeting</source>
        <translation>&amp;3 Mødeafvikling</translation>
    </message>
    <message>
        <source>Show the timer, attendance and the day&apos;s plan</source>
        <translation>Vis uret, fremmødet og dagens plan</translation>
    </message>
    <message>
        <source>&amp;4 The team&apos;s input</source>
        <translation>&amp;4 Teamets input</translation>
    </message>
    <message>
        <source>Show the lanes and their points</source>
        <translation>Vis sporene og deres punkter</translation>
    </message>
    <message>
        <source>&amp;5 Indstilling</source>
        <translation>&amp;5 Indstilling</translation>
    </message>
    <message>
        <source>Show the indstilling</source>
        <translation>Vis indstillingen</translation>
    </message>
    <message>
        <source>&amp;6 Decision and documents</source>
        <translation>&amp;6 Afgørelse og dokumenter</translation>
    </message>
    <message>
        <source>Show the decision and the documents issued</source>
        <translation>Vis afgørelsen og de udleverede dokumenter</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Næste fane</translation>
    </message>
    <message>
        <source>Show the case&apos;s next tab, from anywhere in the window</source>
        <translation>Vis sagens næste fane, hvor i vinduet du end er</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Forrige fane</translation>
    </message>
    <message>
        <source>Show the case&apos;s previous tab</source>
        <translation>Vis sagens forrige fane</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Dagsordenen</translation>
    </message>
    <message>
        <source>Put the keyboard on the agenda (the arrow keys then choose the case)</source>
        <translation>Sæt tastaturet på dagsordenen (piletasterne vælger så sagen)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Every command and its key</source>
        <translation>Alle kommandoer og deres taster</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>A short guide for the leader, secretary and members (Danish)</source>
        <translation>En kort vejledning til mødeleder, referent og medlemmer</translation>
    </message>
    <message>
        <source>&amp;About RehabMeet</source>
        <translation>&amp;Om RehabMeet</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version og licens</translation>
    </message>
</context>
<context>
    <name>AddCasesDialog</name>
    <message>
        <source>Add cases to the agenda</source>
        <translation>Sæt sager på dagsordenen</translation>
    </message>
    <message>
        <source>Search by case number or name</source>
        <translation>Søg på sagsnummer eller navn</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Søg i sagerne</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Alle sagstyper</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>Any readiness</source>
        <translation>Al parathed</translation>
    </message>
    <message>
        <source>Show cases from &amp;earlier meeting days</source>
        <translation>Vis sager fra &amp;tidligere mødedage</translation>
    </message>
    <message>
        <source>Cases not on this agenda</source>
        <translation>Sager, der ikke er på denne dagsorden</translation>
    </message>
    <message>
        <source>on the agenda %1</source>
        <translation>på dagsordenen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n sag vist</numerusform>
            <numerusform>%n sager vist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>All readiness checks passed.</source>
        <translation>Alle parathedstjek er bestået.</translation>
    </message>
    <message>
        <source>Postponed: %1</source>
        <translation>Udsat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planlagt: %n minut</numerusform>
            <numerusform>Planlagt: %n minutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaWidget</name>
    <message>
        <source>Agenda</source>
        <extracomment>The agenda never takes more than this, so the case beside it keeps room (pixels).</extracomment>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>No meeting day yet. Import case bundles, or run `rehabmeet demo`.</source>
        <translation>Ingen mødedag endnu. Importér sagsbundter, eller kør `rehabmeet demo`.</translation>
    </message>
    <message>
        <source>⚠ Too many cases for one day: %1 % of the capacity for these case types</source>
        <translation>⚠ For mange sager til én dag: %1 % af kapaciteten for disse sagstyper</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The plan ends %n minute(s) after the end of the day</source>
        <translation>
            <numerusform>⚠ Planen slutter %n minut efter dagens sluttid</numerusform>
            <numerusform>⚠ Planen slutter %n minutter efter dagens sluttid</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Mødeleder: %1</translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on a page</source>
        <translation>Note på en side</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>My point for the meeting</source>
        <translation>Mit punkt til mødet</translation>
    </message>
</context>
<context>
    <name>AnnotationsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>✔ Shared (sent)</source>
        <translation>✔ Delt (sendt)</translation>
    </message>
    <message>
        <source>✔ Shared</source>
        <translation>✔ Delt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only shared notes go back to the meeting leader</source>
        <translation>Kun delte noter sendes til mødelederen</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <source>Written
assessment</source>
        <translation>Skriftlig
vurdering</translation>
    </message>
</context>
<context>
    <name>AttendanceWidget</name>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Add employer liaison or guest…</source>
        <translation>Tilføj virksomhedskonsulent eller gæst…</translation>
    </message>
    <message>
        <source>No quorum: nobody present for %1</source>
        <translation>Ikke beslutningsdygtigt: ingen til stede for %1</translation>
    </message>
    <message>
        <source>Quorum: every required discipline is present</source>
        <translation>Beslutningsdygtigt: alle krævede faggrupper er til stede</translation>
    </message>
    <message>
        <source>(%1 by written assessment)</source>
        <translation>(%1 ved skriftlig vurdering)</translation>
    </message>
    <message>
        <source>change the attendance of %1</source>
        <translation>ændr fremmødet for %1</translation>
    </message>
    <message>
        <source>Add to the attendance</source>
        <translation>Tilføj til fremmødet</translation>
    </message>
    <message>
        <source>Name of the employer liaison or guest:</source>
        <translation>Navn på virksomhedskonsulent eller gæst:</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsWidget</name>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Mødesæt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>CaseFactsWidget</name>
    <message>
        <source>Case facts</source>
        <translation>Sagens fakta</translation>
    </message>
    <message>
        <source>Select a case on the agenda.</source>
        <translation>Vælg en sag på dagsordenen.</translation>
    </message>
    <message>
        <source> · version %1</source>
        <translation> · version %1</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
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
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>%1 years (born %2)</source>
        <translation>%1 år (født %2)</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>Cpr-nr.</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Erhvervskompetencegivende uddannelse</translation>
    </message>
    <message>
        <source>Own job goal</source>
        <translation>Eget jobmål</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>ingen anmeldt</translation>
    </message>
    <message>
        <source>Preparatory part signed</source>
        <translation>Forberedende del underskrevet</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (for %2 dage siden)</translation>
    </message>
    <message>
        <source>Citizen&apos;s consent</source>
        <translation>Borgerens samtykke</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Education member (UU)</source>
        <translation>Uddannelsesrepræsentant (UU)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>skal deltage</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>skal ikke deltage</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>All readiness checks passed.</source>
        <translation>Alle parathedstjek er bestået.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>(Word document; pages from a PDF made by %1)</source>
        <translation>(Word-dokument; sider fra en PDF lavet af %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n side i alt</numerusform>
            <numerusform>%n sider i alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>Caseworker summary</source>
        <translation>Sagsbehandlers resumé</translation>
    </message>
</context>
<context>
    <name>CaseSearchWidget</name>
    <message>
        <source>Search the case&apos;s pages… (Enter)</source>
        <translation>Søg i sagens sider… (Enter)</translation>
    </message>
    <message>
        <source>Search the case&apos;s pages</source>
        <translation>Søg i sagens sider</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Søgeresultater</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Found on %1.</source>
        <translation>Fundet på %1.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Ikke fundet.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>The recommended outcome is chosen</source>
        <translation>Den indstillede ordning er valgt</translation>
    </message>
    <message>
        <source>The team&apos;s assessment of the prospects for work or education</source>
        <translation>Teamets vurdering af mulighederne for arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>How follow-up is organised, including mentor support</source>
        <translation>Hvordan opfølgningen tilrettelægges, herunder mentorstøtte</translation>
    </message>
    <message>
        <source>The employment, social and health factors emphasised</source>
        <translation>De beskæftigelsesmæssige, sociale og helbredsmæssige forhold, teamet har lagt vægt på</translation>
    </message>
    <message>
        <source>Why the citizen is afklaret and cannot work on ordinary terms</source>
        <translation>Hvorfor borgeren er afklaret og ikke kan arbejde på ordinære vilkår</translation>
    </message>
    <message>
        <source>The types of flex job or job functions</source>
        <translation>Typer af fleksjob eller arbejdsfunktioner</translation>
    </message>
    <message>
        <source>Special considerations and support in a transition period</source>
        <translation>Særlige hensyn og støtte i en overgangsperiode</translation>
    </message>
    <message>
        <source>LAB § 116, stk. 2: why the very limited capacity can develop</source>
        <translation>LAB § 116, stk. 2: hvorfor den meget begrænsede arbejdsevne kan udvikles</translation>
    </message>
    <message>
        <source>The expected development has a deadline</source>
        <translation>Den forventede udvikling har en tidsfrist</translation>
    </message>
    <message>
        <source>The measures to start, or &apos;no measures&apos; with the assessment</source>
        <translation>Indsatser der skal iværksættes, eller &apos;ingen indsats&apos; med vurdering</translation>
    </message>
    <message>
        <source>Employment, social and health measures, or &apos;no need, because …&apos; for each</source>
        <translation>Beskæftigelsesrettede, sociale og sundhedsmæssige indsatser, eller &apos;intet behov, fordi …&apos; for hver</translation>
    </message>
    <message>
        <source>An education measure, or &apos;no need, because …&apos;</source>
        <translation>En uddannelsesrettet indsats, eller &apos;intet behov, fordi …&apos;</translation>
    </message>
    <message>
        <source>The question names treatment: a health measure, or &apos;no need, because …&apos;</source>
        <translation>Spørgsmålet nævner behandling: en sundhedsindsats, eller &apos;intet behov, fordi …&apos;</translation>
    </message>
    <message>
        <source>The professional explanation for førtidspension</source>
        <translation>Den faglige begrundelse for førtidspension</translation>
    </message>
    <message>
        <source>Skånehensyn in concrete, job-search-usable terms</source>
        <translation>Skånehensyn beskrevet konkret og brugbart i jobsøgningen</translation>
    </message>
    <message>
        <source>A position on special help and support</source>
        <translation>Stillingtagen til særlig hjælp og støtte</translation>
    </message>
    <message>
        <source>Without a concrete job: can the citizen find one alone?</source>
        <translation>Uden konkret job: kan borgeren selv finde et?</translation>
    </message>
    <message>
        <source>Work capacity in hours per week (1–37)</source>
        <translation>Arbejdsevne i timer pr. uge (1–37)</translation>
    </message>
    <message>
        <source>Expected development of work capacity with a deadline</source>
        <translation>Forventet udvikling i arbejdsevnen med tidsfrist</translation>
    </message>
    <message>
        <source>Progression considerations are written down</source>
        <translation>Overvejelser om progression er skrevet ned</translation>
    </message>
    <message>
        <source>The citizen&apos;s perspective from the meeting</source>
        <translation>Borgerens perspektiv fra mødet</translation>
    </message>
    <message>
        <source>A concrete job goal</source>
        <translation>Et konkret jobmål</translation>
    </message>
    <message>
        <source>Each measure has its type</source>
        <translation>Hver indsats har en type</translation>
    </message>
    <message>
        <source>No case leaves the meeting without an indstilling</source>
        <translation>Ingen sag forlader mødet uden indstilling</translation>
    </message>
    <message>
        <source>Treated with the citizen present; attendees recorded</source>
        <translation>Behandlet med borgeren til stede; deltagere registreret</translation>
    </message>
    <message>
        <source>A virksomhedskonsulent attended (one responsible for a measure is recorded present)</source>
        <translation>En virksomhedskonsulent deltog (en, der er ansvarlig for en indsats, er registreret som til stede)</translation>
    </message>
    <message>
        <source>A concrete flex job only with the company&apos;s agreement</source>
        <translation>Konkret fleksjob kun med virksomhedens aftale</translation>
    </message>
</context>
<context>
    <name>ChecklistListModel</name>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Lov: %1</translation>
    </message>
    <message>
        <source>law</source>
        <translation>lov</translation>
    </message>
    <message>
        <source>good practice</source>
        <translation>god praksis</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Legal checklist</source>
        <translation>Lovtjekliste</translation>
    </message>
    <message numerus="yes">
        <source>%n law point(s) missing: finalising needs them or a reason each</source>
        <translation>
            <numerusform>%n lovkrav mangler: færdiggørelse kræver det eller en begrundelse</numerusform>
            <numerusform>%n lovkrav mangler: færdiggørelse kræver dem eller en begrundelse for hvert</numerusform>
        </translation>
    </message>
    <message>
        <source>Every law point is met</source>
        <translation>Alle lovkrav er opfyldt</translation>
    </message>
    <message numerus="yes">
        <source>%n good-practice point(s) to consider</source>
        <translation>
            <numerusform>%n punkt om god praksis at overveje</numerusform>
            <numerusform>%n punkter om god praksis at overveje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Employer liaison</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>The team is preparing the next case</source>
        <translation>Teamet forbereder næste sag</translation>
    </message>
    <message>
        <source>Rehabilitation team</source>
        <translation>Rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pause</translation>
    </message>
</context>
<context>
    <name>CitizenScreenWindow</name>
    <message>
        <source>RehabMeet – citizen screen</source>
        <translation>RehabMeet – borgerskærm</translation>
    </message>
    <message>
        <source>Next case expected at %1</source>
        <translation>Næste sag forventes kl. %1</translation>
    </message>
    <message>
        <source>minutes left</source>
        <translation>minutter tilbage</translation>
    </message>
    <message>
        <source>over the planned time</source>
        <translation>over den planlagte tid</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Til stede: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>%1 changed the same field(s) while you were writing. Choose per field whose text to keep; everything else both of you wrote is kept.</source>
        <translation>%1 ændrede de(t) samme felt(er), mens du skrev. Vælg for hvert felt, hvis tekst der skal beholdes; alt andet, I begge har skrevet, beholdes.</translation>
    </message>
    <message>
        <source>Your text: %1</source>
        <translation>Din tekst: %1</translation>
    </message>
    <message>
        <source>%1&apos;s text: %2</source>
        <translation>%1s tekst: %2</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min tekst</translation>
    </message>
    <message>
        <source>Keep %1&apos;s</source>
        <translation>Behold %1s tekst</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Din tekst</translation>
    </message>
    <message>
        <source>%1&apos;s text</source>
        <translation>%1s tekst</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Note changed on both laptops</source>
        <translation>Note ændret på begge computere</translation>
    </message>
    <message>
        <source>Or write the text to keep</source>
        <translation>Eller skriv den tekst, der skal gælde</translation>
    </message>
    <message>
        <source>Here (the lane)</source>
        <translation>Her (sporet)</translation>
    </message>
    <message>
        <source>Keep the text here</source>
        <translation>Behold teksten her</translation>
    </message>
    <message>
        <source>Keep the member&apos;s</source>
        <translation>Behold medlemmets</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <source>Keep my new text</source>
        <translation>Brug min nye tekst</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>%n konflikt tilbage</numerusform>
            <numerusform>%n konflikter tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s laptop</source>
        <translation>%1s computer</translation>
    </message>
    <message>
        <source>(the member deleted the note)</source>
        <translation>(medlemmet har slettet noten)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Waiting times (days)</source>
        <translation>Ventetider (dage)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Management information</source>
        <translation>Ledelsesinformation</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Alle sagstyper</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Include citizens&apos; names and CPR in exports</source>
        <translation>Medtag borgernes navne og CPR i eksport</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <source>Review sample</source>
        <translation>Stikprøve til gennemgang</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) heard in the period</source>
        <translation>
            <numerusform>%n sag behandlet i perioden</numerusform>
            <numerusform>%n sager behandlet i perioden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (median)</translation>
    </message>
    <message>
        <source>Cases heard</source>
        <translation>Behandlede sager</translation>
    </message>
    <message>
        <source>Measures started</source>
        <translation>Indsatser påbegyndt</translation>
    </message>
    <message>
        <source>Control points met</source>
        <translation>Kontrolpunkter opfyldt</translation>
    </message>
    <message>
        <source>Waited over 4 months (A17)</source>
        <translation>Ventet over 4 måneder (A17)</translation>
    </message>
    <message>
        <source>Waited over 6 months (A17)</source>
        <translation>Ventet over 6 måneder (A17)</translation>
    </message>
    <message>
        <source>measures not started</source>
        <translation>indsatser ikke startet</translation>
    </message>
    <message>
        <source>control points not met</source>
        <translation>kontrolpunkter ikke opfyldt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Cases behind %1</source>
        <translation>Sager bag %1</translation>
    </message>
</context>
<context>
    <name>DayPlanTableModel</name>
    <message>
        <source>Drift</source>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Case
status</source>
        <translation>Sag
status</translation>
    </message>
    <message>
        <source>Original plan
expected</source>
        <translation>Oprindelig plan
forventet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ i gang</translation>
    </message>
    <message>
        <source>❚❚ paused</source>
        <translation>❚❚ pause</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ færdig</translation>
    </message>
</context>
<context>
    <name>DayPlanWidget</name>
    <message>
        <source>The day&apos;s plan and prediction</source>
        <translation>Dagens plan og prognose</translation>
    </message>
    <message>
        <source>Expected end %1 (planned %2) · %3</source>
        <translation>Forventet slut %1 (planlagt %2) · %3</translation>
    </message>
    <message>
        <source>past the end of the day (%1)</source>
        <translation>efter dagens sluttid (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Shorten the %n remaining timeout(s) by %1 min</source>
        <translation>
            <numerusform>Afkort den resterende timeout med %1 min</numerusform>
            <numerusform>Afkort de %n resterende timeouts med %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>(saves %1 min)</source>
        <translation>(sparer %1 min)</translation>
    </message>
    <message>
        <source>Move %1 to another day</source>
        <translation>Flyt %1 til en anden dag</translation>
    </message>
    <message>
        <source>Move %1 to the end of the day (e.g. if the citizen is late)</source>
        <translation>Flyt %1 sidst på dagen (fx hvis borgeren er forsinket)</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Why the municipality decides as it does</source>
        <translation>Hvorfor kommunen træffer denne afgørelse</translation>
    </message>
    <message>
        <source>One per line, what each shows: &apos;Praktikrapport: stabilt fremmøde 12 timer om ugen&apos;</source>
        <translation>Én pr. linje med det, den viser: &apos;Praktikrapport: stabilt fremmøde 12 timer om ugen&apos;</translation>
    </message>
    <message>
        <source>Time the citizen was heard</source>
        <translation>Tidspunkt for partshøringen</translation>
    </message>
    <message>
        <source>Heard orally at the table</source>
        <translation>Hørt mundtligt ved bordet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>The citizen was heard orally just now</source>
        <translation>Borgeren er hørt mundtligt netop nu</translation>
    </message>
    <message>
        <source>What the citizen said, e.g. agreed</source>
        <translation>Hvad borgeren sagde, fx var enig</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Length of the measure in months</source>
        <translation>Indsatsens længde i måneder</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Facts relied on</source>
        <translation>Oplysninger lagt til grund</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Citizen heard at</source>
        <translation>Borgeren hørt</translation>
    </message>
    <message>
        <source>Hearing note</source>
        <translation>Note om partshøring</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Departs from the team&apos;s indstilling: the case returns to the team.</source>
        <translation>Afviger fra teamets indstilling: sagen skal tilbage til teamet.</translation>
    </message>
    <message>
        <source>The law sets {low}–{high} months</source>
        <translation>Loven fastsætter {low}–{high} måneder</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision at the table</source>
        <translation>Afgørelse ved bordet</translation>
    </message>
    <message>
        <source>Make the decision</source>
        <translation>Træf afgørelsen</translation>
    </message>
    <message>
        <source>Lock the decision; it can then go into the decision letter</source>
        <translation>Lås afgørelsen; derefter kan den skrives i afgørelsesbrevet</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Genåbn…</translation>
    </message>
    <message>
        <source>The municipality decides on the finalised indstilling; finalise it first.</source>
        <translation>Kommunen træffer afgørelse på den afsluttede indstilling; afslut den først.</translation>
    </message>
    <message>
        <source>Decided (version %1) by %2.</source>
        <translation>Afgjort (version %1) af %2.</translation>
    </message>
    <message>
        <source>Draft, saved as you type.</source>
        <translation>Kladde, gemmes mens du skriver.</translation>
    </message>
    <message>
        <source>Make the decision? It is final; reopening it needs a reason, which is logged.</source>
        <translation>Træf afgørelsen? Den er endelig; at genåbne den kræver en begrundelse, som logges.</translation>
    </message>
    <message>
        <source>The decision departs from the indstilling. Unless the team has heard the case again (§ 11 stk. 2), it is refused and the case returns to the team. Continue?</source>
        <translation>Afgørelsen afviger fra indstillingen. Har teamet ikke set på sagen igen (§ 11, stk. 2), afvises den, og sagen skal tilbage til teamet. Fortsæt?</translation>
    </message>
    <message>
        <source>Reopen the decision</source>
        <translation>Genåbn afgørelsen</translation>
    </message>
    <message>
        <source>Why is the decision reopened? (logged)</source>
        <translation>Hvorfor genåbnes afgørelsen? (logføres)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>RehabMeet</source>
        <translation>RehabMeet</translation>
    </message>
    <message>
        <source>Import case bundles</source>
        <translation>Importér sagsbundter</translation>
    </message>
    <message>
        <source>Case bundles (*.rmb.zip *.zip);;All files (*)</source>
        <translation>Sagsbundter (*.rmb.zip *.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import an unpacked case bundle</source>
        <translation>Importér et udpakket sagsbundt</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>RehabMeet packs (*.rmpack)</source>
        <translation>RehabMeet-pakker (*.rmpack)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>Choose pack files</source>
        <translation>Vælg pakkefiler</translation>
    </message>
    <message>
        <source>RehabMeet packs (*.rmpack);;All files (*)</source>
        <translation>RehabMeet-pakker (*.rmpack);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import a signing certificate</source>
        <translation>Importér et signeringscertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certifikater (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Adgangskode til %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
</context>
<context>
    <name>DrillChartView</name>
    <message>
        <source>Click a bar, or press Enter, to see the cases behind it</source>
        <translation>Klik på en søjle, eller tryk Enter, for at se sagerne bag den</translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <source>typing in this field</source>
        <translation>det skrevne i dette felt</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan ikke skrive {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise with unmet law points</source>
        <translation>Færdiggør med uopfyldte lovkrav</translation>
    </message>
    <message>
        <source>These points are required by law and are not met. Complete them, or give a reason for each; the reasons are kept with the indstilling and in the audit log.</source>
        <translation>Disse punkter er lovkrav og er ikke opfyldt. Udfyld dem, eller giv en begrundelse for hvert; begrundelserne gemmes med indstillingen og i revisionsloggen.</translation>
    </message>
</context>
<context>
    <name>FirstWindow</name>
    <message>
        <source>Opening the case views…</source>
        <translation>Åbner sagsvisningerne…</translation>
    </message>
</context>
<context>
    <name>FollowThroughWidget</name>
    <message>
        <source>After the meeting</source>
        <translation>Efter mødet</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Dato for afgørelsen</translation>
    </message>
    <message>
        <source>The municipality&apos;s decision</source>
        <translation>Kommunens afgørelse</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Registrér afgørelsen</translation>
    </message>
    <message>
        <source>Date the citizen was told</source>
        <translation>Dato for orienteringen af borgeren</translation>
    </message>
    <message>
        <source>How the citizen was told</source>
        <translation>Hvordan borgeren blev orienteret</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Dropped because</source>
        <translation>Opgivet fordi</translation>
    </message>
    <message>
        <source>Started on the date above</source>
        <translation>Startet på datoen ovenfor</translation>
    </message>
    <message>
        <source>Dropped…</source>
        <translation>Opgivet…</translation>
    </message>
    <message>
        <source>Date the measure started</source>
        <translation>Dato indsatsen startede</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>På mødet</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Municipality&apos;s decision</source>
        <translation>Kommunens afgørelse</translation>
    </message>
    <message>
        <source>Citizen told on</source>
        <translation>Borgeren orienteret</translation>
    </message>
    <message numerus="yes">
        <source>told after %n day(s)</source>
        <translation>
            <numerusform>orienteret efter %n dag</numerusform>
            <numerusform>orienteret efter %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not told yet, %n day(s) after</source>
        <translation>
            <numerusform>ikke orienteret endnu, %n dag efter</numerusform>
            <numerusform>ikke orienteret endnu, %n dage efter</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended measures</source>
        <translation>Anbefalede indsatser</translation>
    </message>
    <message>
        <source>Decided at the table on the meeting day.</source>
        <translation>Afgjort ved bordet på mødedagen.</translation>
    </message>
    <message>
        <source>⚠ Departs from the indstilling: the case returns to the team.</source>
        <translation>⚠ Afviger fra indstillingen: sagen skal tilbage til teamet.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Ingen afgørelse registreret endnu.</translation>
    </message>
    <message>
        <source>Measure dropped</source>
        <translation>Indsats opgivet</translation>
    </message>
    <message>
        <source>Why will the measure not start?</source>
        <translation>Hvorfor starter indsatsen ikke?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>RehabMeet – user guide</source>
        <translation>RehabMeet – brugervejledning</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the indstilling</source>
        <translation>Indstillingens versioner</translation>
    </message>
    <message>
        <source>saved while writing</source>
        <translation>gemt under skrivning</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>færdiggjort</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>genåbnet</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The import stopped because of an unexpected problem: %1</source>
        <translation>Importen stoppede på grund af et uventet problem: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing case bundles</source>
        <translation>Importerer sagsbundter</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Importerer %n bundt…</numerusform>
            <numerusform>Importerer %n bundter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Stopper efter det aktuelle dokument…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>Resultat af importen</translation>
    </message>
    <message>
        <source>Put the cases on the agenda of %1</source>
        <translation>Sæt sagerne på dagsordenen for %1</translation>
    </message>
    <message>
        <source>Import changed cases as new versions</source>
        <translation>Importér ændrede sager som nye versioner</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importeret</numerusform>
            <numerusform>%n importeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afvist</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
</context>
<context>
    <name>ImportResultsTableModel</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Ready for the meeting</source>
        <translation>Klar til mødet</translation>
    </message>
    <message numerus="yes">
        <source>%n readiness finding(s)</source>
        <translation>
            <numerusform>%n parathedsfund</numerusform>
            <numerusform>%n parathedsfund</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Imported</source>
        <translation>✔ Importeret</translation>
    </message>
    <message>
        <source>= Unchanged</source>
        <translation>= Uændret</translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation>✖ Afvist</translation>
    </message>
    <message>
        <source>■ Cancelled</source>
        <translation>■ Annulleret</translation>
    </message>
</context>
<context>
    <name>Indstilling</name>
    <message>
        <source>Not given. The team&apos;s reason: {reason}</source>
        <translation>Ikke oplyst. Teamets begrundelse: {reason}</translation>
    </message>
    <message>
        <source>The team recommends</source>
        <translation>Teamet indstiller</translation>
    </message>
    <message>
        <source>The team&apos;s assessment of the citizen&apos;s prospects</source>
        <translation>Teamets vurdering af borgerens muligheder</translation>
    </message>
    <message>
        <source>Factors the team emphasised</source>
        <translation>Forhold teamet har lagt vægt på</translation>
    </message>
    <message>
        <source>Afklaret, and why not on ordinary terms</source>
        <translation>Afklaring, og hvorfor ikke på ordinære vilkår</translation>
    </message>
    <message>
        <source>Job functions and job goal</source>
        <translation>Arbejdsfunktioner og jobmål</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Professional explanation</source>
        <translation>Faglig begrundelse</translation>
    </message>
    <message>
        <source>The citizen&apos;s own view</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <source>Points not filled in</source>
        <translation>Punkter, der ikke er udfyldt</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Ikke oplyst.</translation>
    </message>
    <message>
        <source>Work capacity: {hours} hours a week</source>
        <translation>Arbejdsevne: {hours} timer om ugen</translation>
    </message>
    <message>
        <source>Expected development by {date}.</source>
        <translation>Forventet udvikling senest {date}.</translation>
    </message>
    <message>
        <source>the rule on very limited work capacity</source>
        <translation>reglen om meget begrænset arbejdsevne</translation>
    </message>
    <message>
        <source>Very limited work capacity ({ref}): {text}</source>
        <translation>Meget begrænset arbejdsevne ({ref}): {text}</translation>
    </message>
    <message>
        <source>The work capacity is not very limited; {ref} is not used.</source>
        <translation>Arbejdsevnen er ikke meget begrænset; {ref} er ikke anvendt.</translation>
    </message>
    <message>
        <source>Work capacity and progression</source>
        <translation>Arbejdsevne og progression</translation>
    </message>
    <message>
        <source>Special considerations and support</source>
        <translation>Særlige hensyn og støtte</translation>
    </message>
    <message>
        <source>responsible: {who}</source>
        <translation>ansvarlig: {who}</translation>
    </message>
    <message>
        <source>coordination: {how}</source>
        <translation>koordinering: {how}</translation>
    </message>
    <message>
        <source>start: {when}</source>
        <translation>start: {when}</translation>
    </message>
    <message>
        <source>with mentor support</source>
        <translation>med mentorstøtte</translation>
    </message>
    <message>
        <source>No measures: {why}</source>
        <translation>Ingen indsats: {why}</translation>
    </message>
    <message>
        <source>No employment measure: {why}</source>
        <translation>Ingen beskæftigelsesrettet indsats: {why}</translation>
    </message>
    <message>
        <source>No social measure: {why}</source>
        <translation>Ingen social indsats: {why}</translation>
    </message>
    <message>
        <source>No health measure: {why}</source>
        <translation>Ingen sundhedsindsats: {why}</translation>
    </message>
    <message>
        <source>No education measure: {why}</source>
        <translation>Ingen uddannelsesrettet indsats: {why}</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Dissenting views</source>
        <translation>Afvigende opfattelser</translation>
    </message>
</context>
<context>
    <name>IndstillingEditor</name>
    <message>
        <source>The caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlerens indstilling</translation>
    </message>
    <message>
        <source>Use the outcome&apos;s template</source>
        <translation>Brug ordningens skabelon</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versioner…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Færdiggør…</translation>
    </message>
    <message>
        <source>Reopen for a new version…</source>
        <translation>Genåbn til ny version…</translation>
    </message>
    <message>
        <source>Select a case on the agenda.</source>
        <translation>Vælg en sag på dagsordenen.</translation>
    </message>
    <message>
        <source>Finalised, version %1</source>
        <translation>Færdiggjort, version %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>your unsaved changes are not in it; reopen it to add them</source>
        <translation>dine ikke gemte ændringer er ikke med; genåbn den for at tilføje dem</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ikke gemte ændringer</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gemt</translation>
    </message>
    <message>
        <source>The caseworker recommends</source>
        <translation>Sagsbehandleren indstiller</translation>
    </message>
    <message>
        <source>named most often in the text</source>
        <translation>nævnt oftest i teksten</translation>
    </message>
    <message>
        <source>The team departs from it: it recommends %1.</source>
        <translation>Teamet afviger: det indstiller %1.</translation>
    </message>
    <message>
        <source>The bundle holds no recommendation from the caseworker.</source>
        <translation>Sagsbundtet indeholder ingen indstilling fra sagsbehandleren.</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gemt %1</translation>
    </message>
    <message>
        <source>every field of the template already has text</source>
        <translation>alle skabelonens felter har allerede tekst</translation>
    </message>
    <message>
        <source>Choose “%1” first: the template is the chosen outcome&apos;s</source>
        <translation>Vælg først “%1”: skabelonen hører til det valgte resultat</translation>
    </message>
    <message>
        <source>There is no template for %1</source>
        <translation>Der er ingen skabelon til %1</translation>
    </message>
    <message>
        <source>Fill the empty fields with the template for %1</source>
        <translation>Udfyld de tomme felter med skabelonen til %1</translation>
    </message>
    <message>
        <source>Reopen the indstilling</source>
        <translation>Genåbn indstillingen</translation>
    </message>
    <message>
        <source>Why is the finalised indstilling changed?</source>
        <translation>Hvorfor ændres den færdiggjorte indstilling?</translation>
    </message>
</context>
<context>
    <name>IndstillingForm</name>
    <message>
        <source>Recommended outcome</source>
        <translation>Indstillet ordning</translation>
    </message>
    <message>
        <source>Prospects for work or education (§ 9)</source>
        <translation>Muligheder for arbejde eller uddannelse (§ 9)</translation>
    </message>
    <message>
        <source>Concrete job goal</source>
        <translation>Konkret jobmål</translation>
    </message>
    <message>
        <source>Employment, social and health factors emphasised</source>
        <translation>Beskæftigelsesmæssige, sociale og helbredsmæssige forhold</translation>
    </message>
    <message>
        <source>Why afklaret, and why not on ordinary terms</source>
        <translation>Hvorfor afklaret, og hvorfor ikke på ordinære vilkår</translation>
    </message>
    <message>
        <source>Types of flex job or job functions</source>
        <translation>Typer af fleksjob eller arbejdsfunktioner</translation>
    </message>
    <message>
        <source>Special considerations (skånehensyn)</source>
        <translation>Særlige hensyn (skånehensyn)</translation>
    </message>
    <message>
        <source>Support in a transition period (also &apos;no&apos;)</source>
        <translation>Støtte i en overgangsperiode (også &apos;nej&apos;)</translation>
    </message>
    <message>
        <source>Special help: personal assistance, aids</source>
        <translation>Særlig hjælp: personlig assistance, hjælpemidler</translation>
    </message>
    <message>
        <source>A concrete flex job is in view</source>
        <translation>Der er et konkret fleksjob i sigte</translation>
    </message>
    <message>
        <source>The company has confirmed it (med forbehold)</source>
        <translation>Virksomheden har bekræftet det (med forbehold)</translation>
    </message>
    <message>
        <source>With the current or last employer (fastholdelse)</source>
        <translation>Hos nuværende eller seneste arbejdsgiver (fastholdelse)</translation>
    </message>
    <message>
        <source>Can the citizen find a job alone, or is help needed?</source>
        <translation>Kan borgeren selv finde job, eller er der behov for hjælp?</translation>
    </message>
    <message>
        <source>Hours per week (1–37)</source>
        <translation>Timer pr. uge (1–37)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensitet</translation>
    </message>
    <message>
        <source>Very limited work capacity (LAB § 116, stk. 2)</source>
        <translation>Meget begrænset arbejdsevne (LAB § 116, stk. 2)</translation>
    </message>
    <message>
        <source>Why capacity can develop within a reasonable period</source>
        <translation>Hvorfor arbejdsevnen kan udvikles inden for en rimelig periode</translation>
    </message>
    <message>
        <source>Expected progression</source>
        <translation>Forventet progression</translation>
    </message>
    <message>
        <source>Progression deadline</source>
        <translation>Frist for progression</translation>
    </message>
    <message>
        <source>Professional explanation (førtidspension)</source>
        <translation>Faglig begrundelse (førtidspension)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>If no measures: the concrete assessment</source>
        <translation>Hvis ingen indsats: den konkrete vurdering</translation>
    </message>
    <message>
        <source>No employment measure needed, because …</source>
        <translation>Ingen beskæftigelsesrettet indsats, fordi …</translation>
    </message>
    <message>
        <source>No social measure needed, because …</source>
        <translation>Ingen social indsats, fordi …</translation>
    </message>
    <message>
        <source>No health measure needed, because …</source>
        <translation>Ingen sundhedsindsats, fordi …</translation>
    </message>
    <message>
        <source>No education measure needed, because …</source>
        <translation>Ingen uddannelsesrettet indsats, fordi …</translation>
    </message>
    <message>
        <source>Follow-up, including mentor support</source>
        <translation>Opfølgning, herunder mentorstøtte</translation>
    </message>
    <message>
        <source>The citizen&apos;s own view</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <source>Dissenting views (by name)</source>
        <translation>Afvigende opfattelser (med navn)</translation>
    </message>
    <message>
        <source>The recommendation</source>
        <translation>Indstillingen</translation>
    </message>
    <message>
        <source>Fleksjob</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Førtidspension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Measures and follow-up (§ 11)</source>
        <translation>Indsatser og opfølgning (§ 11)</translation>
    </message>
    <message>
        <source>The citizen and dissent</source>
        <translation>Borgeren og afvigende opfattelser</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <source>Dissenting views</source>
        <translation>Afvigende opfattelser</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
</context>
<context>
    <name>IssuedDocuments</name>
    <message>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Decision (afgørelse)</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Hand-out for the citizen</source>
        <translation>Udlevering til borgeren</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ikke underskrevet</translation>
    </message>
    <message>
        <source>Correction, not signed yet</source>
        <translation>Rettelse, endnu ikke underskrevet</translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation>✔ Underskrevet</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsTableModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Underskrevet af</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Rettelse: %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Mangler underskrift: %1</translation>
    </message>
    <message>
        <source> (large type)</source>
        <translation> (stor skrift)</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsWidget</name>
    <message>
        <source>Document to write</source>
        <translation>Dokument, der skal skrives</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>PDF (signable)</source>
        <translation>PDF (kan underskrives)</translation>
    </message>
    <message>
        <source>Word (editable)</source>
        <translation>Word (kan redigeres)</translation>
    </message>
    <message>
        <source>Large type</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Write document</source>
        <translation>Skriv dokument</translation>
    </message>
    <message>
        <source>Write the chosen document from the finalised indstilling (Ctrl+Shift+D)</source>
        <translation>Skriv det valgte dokument ud fra den afsluttede indstilling (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Written documents</source>
        <translation>Skrevne dokumenter</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Underskriv…</translation>
    </message>
    <message>
        <source>Check signatures</source>
        <translation>Kontrollér underskrifter</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Write a new version with a reason; a signed one is never changed</source>
        <translation>Skriv en ny version med en begrundelse; en underskrevet ændres aldrig</translation>
    </message>
    <message>
        <source>Write a document once the indstilling is finalised.</source>
        <translation>Skriv et dokument, når indstillingen er afsluttet.</translation>
    </message>
    <message>
        <source>Signed documents are read-only; a correction is a new version with a reason.</source>
        <translation>Underskrevne dokumenter kan ikke ændres; en rettelse er en ny version med en begrundelse.</translation>
    </message>
    <message>
        <source>The Word copy is for filing and editing; the PDF is the one that is signed.</source>
        <translation>Word-kopien er til journalisering og redigering; det er PDF&apos;en, der underskrives.</translation>
    </message>
    <message>
        <source>Correct a signed document</source>
        <translation>Ret et underskrevet dokument</translation>
    </message>
    <message>
        <source>Why is it corrected? (logged)</source>
        <translation>Hvorfor rettes det? (logføres)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Skriver dokumentet…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Underskriver…</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Kontrollerer underskrifterne…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Correct the document</source>
        <translation>Ret dokumentet</translation>
    </message>
</context>
<context>
    <name>LaneBox</name>
    <message>
        <source>Points of %1</source>
        <translation>Punkter fra %1</translation>
    </message>
    <message>
        <source>F2 or double-click edits a point; Delete removes it; Alt+Up/Down moves it (Ctrl+Z undoes)</source>
        <translation>F2 eller dobbeltklik retter et punkt; Delete fjerner det; Alt+op/ned flytter det (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>Add a point (Enter)</source>
        <translation>Tilføj et punkt (Enter)</translation>
    </message>
    <message>
        <source>New point for %1</source>
        <translation>Nyt punkt for %1</translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>Taler…</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Hørt</translation>
    </message>
    <message>
        <source>Mark as not heard</source>
        <translation>Markér som ikke hørt</translation>
    </message>
    <message>
        <source>Not heard yet</source>
        <translation>Ikke hørt endnu</translation>
    </message>
    <message>
        <source>Mark as heard</source>
        <translation>Markér som hørt</translation>
    </message>
</context>
<context>
    <name>LanesWidget</name>
    <message>
        <source>Not heard yet: %1</source>
        <translation>Ikke hørt endnu: %1</translation>
    </message>
    <message>
        <source>Every lane has been heard</source>
        <translation>Alle faggrupper er hørt</translation>
    </message>
    <message>
        <source>add the point “%1”</source>
        <translation>tilføj punktet “%1”</translation>
    </message>
    <message>
        <source>edit the point “%1”</source>
        <translation>ret punktet “%1”</translation>
    </message>
    <message>
        <source>Point in %1</source>
        <translation>Punkt i %1</translation>
    </message>
    <message>
        <source>remove the point “%1”</source>
        <translation>fjern punktet “%1”</translation>
    </message>
    <message>
        <source>move a point</source>
        <translation>flyt et punkt</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>{person} changed {what} at {time}</source>
        <translation>{person} ændrede {what} kl. {time}</translation>
    </message>
    <message>
        <source>{person} finalised the indstilling at {time}</source>
        <translation>{person} færdiggjorde indstillingen kl. {time}</translation>
    </message>
    <message>
        <source>{person} reopened the indstilling at {time}</source>
        <translation>{person} genåbnede indstillingen kl. {time}</translation>
    </message>
    <message>
        <source>{person} changed the decision at {time}</source>
        <translation>{person} ændrede afgørelsen kl. {time}</translation>
    </message>
    <message>
        <source>{person} made the decision final at {time}</source>
        <translation>{person} traf afgørelsen kl. {time}</translation>
    </message>
    <message>
        <source>{person} reopened the decision at {time}</source>
        <translation>{person} genåbnede afgørelsen kl. {time}</translation>
    </message>
    <message>
        <source>{person} changed the team&apos;s input at {time}</source>
        <translation>{person} ændrede teamets input kl. {time}</translation>
    </message>
    <message>
        <source>{person} changed the attendance at {time}</source>
        <translation>{person} ændrede fremmødet kl. {time}</translation>
    </message>
    <message>
        <source>{person} changed the notes at {time}</source>
        <translation>{person} ændrede noterne kl. {time}</translation>
    </message>
    <message>
        <source>{person} used the timer at {time}</source>
        <translation>{person} brugte tidtagningen kl. {time}</translation>
    </message>
    <message>
        <source>{person} changed the agenda at {time}</source>
        <translation>{person} ændrede dagsordenen kl. {time}</translation>
    </message>
    <message>
        <source>the indstilling</source>
        <translation>indstillingen</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Also on this case: %1</source>
        <translation>Også på denne sag: %1</translation>
    </message>
    <message>
        <source>The database is reachable again.</source>
        <translation>Databasen kan nås igen.</translation>
    </message>
    <message>
        <source>The database cannot be reached; changes made on other laptops are shown again when it is back.</source>
        <translation>Databasen kan ikke nås; ændringer fra andre bærbare vises igen, når den er tilbage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Summary and documents</source>
        <translation>Resumé og dokumenter</translation>
    </message>
    <message>
        <source>Running the meeting</source>
        <translation>Mødeafvikling</translation>
    </message>
    <message>
        <source>The team&apos;s input</source>
        <translation>Teamets input</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Decision and documents</source>
        <translation>Afgørelse og dokumenter</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>short tab label</comment>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>short tab label</comment>
        <translation>Mødet</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>short tab label</comment>
        <translation>Input</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>short tab label</comment>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Krypteret database</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Bruger: %1</translation>
    </message>
    <message>
        <source>%1 is not ready:
%2

Start the case anyway?</source>
        <translation>%1 er ikke klar:
%2

Start sagen alligevel?</translation>
    </message>
    <message>
        <source>Start a case that is not ready</source>
        <translation>Start en sag, der ikke er klar</translation>
    </message>
    <message>
        <source>Select a case on the agenda first.</source>
        <translation>Vælg først en sag på dagsordenen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n sag importeret</numerusform>
            <numerusform>%n sager importeret</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still running. Quit RehabMeet anyway? The timer keeps its time.</source>
        <translation>%1 kører stadig. Afslut RehabMeet alligevel? Uret beholder sin tid.</translation>
    </message>
    <message>
        <source>Quit during the meeting</source>
        <translation>Afslut under mødet</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <source>There is no team yet. Run `rehabmeet demo`, or set up the team first.</source>
        <translation>Der er endnu intet team. Kør `rehabmeet demo`, eller opret teamet først.</translation>
    </message>
    <message>
        <source>Create or choose a meeting day first.</source>
        <translation>Opret eller vælg først en mødedag.</translation>
    </message>
    <message>
        <source>Delete the meeting day %1? It leaves the list of days.</source>
        <translation>Slet mødedagen %1? Den forsvinder fra listen over dage.</translation>
    </message>
    <message>
        <source>Delete the meeting day</source>
        <translation>Slet mødedagen</translation>
    </message>
    <message>
        <source>%1 is in the past. Plan the meeting day on that date anyway?</source>
        <translation>%1 er overstået. Planlæg mødedagen på den dato alligevel?</translation>
    </message>
    <message>
        <source>A day in the past</source>
        <translation>En dag i fortiden</translation>
    </message>
    <message>
        <source>Every imported case is already on this agenda. Import more bundles first.</source>
        <translation>Alle importerede sager er allerede på dagsordenen. Importér flere bundter først.</translation>
    </message>
    <message>
        <source>must return: the decision departs from the indstilling</source>
        <translation>skal tilbage: afgørelsen afviger fra indstillingen</translation>
    </message>
    <message>
        <source>must return: the measures have not started in time</source>
        <translation>skal tilbage: indsatserne er ikke startet i tide</translation>
    </message>
    <message>
        <source>move the case</source>
        <translation>flyt sagen</translation>
    </message>
    <message>
        <source>Postpone the case</source>
        <translation>Udsæt sagen</translation>
    </message>
    <message>
        <source>Why is the case moved to another day?</source>
        <translation>Hvorfor flyttes sagen til en anden dag?</translation>
    </message>
    <message>
        <source>postpone the case</source>
        <translation>udsæt sagen</translation>
    </message>
    <message>
        <source>Remove %1 from this meeting day? Edit → Undo (Ctrl+Z) puts it back.</source>
        <translation>Fjern %1 fra denne mødedag? Rediger → Fortryd (Ctrl+Z) sætter den tilbage.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>sagen</translation>
    </message>
    <message>
        <source>Remove the case from the agenda</source>
        <translation>Fjern sagen fra dagsordenen</translation>
    </message>
    <message>
        <source>remove %1 from the agenda</source>
        <translation>fjern %1 fra dagsordenen</translation>
    </message>
</context>
<context>
    <name>MeetingRunWidget</name>
    <message>
        <source>Notes for this case</source>
        <extracomment>Asked before a case starts (the window asks about a case that is not ready); None: no question.</extracomment>
        <translation>Noter til sagen</translation>
    </message>
    <message>
        <source>Notes for this case (saved as you type)</source>
        <translation>Noter til sagen (gemmes, mens du skriver)</translation>
    </message>
    <message>
        <source>Attendance and quorum</source>
        <translation>Fremmøde og beslutningsdygtighed</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ingen sag valgt</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Ikke beslutningsdygtigt</translation>
    </message>
    <message>
        <source>Reason for starting anyway:</source>
        <translation>Begrundelse for alligevel at starte:</translation>
    </message>
    <message>
        <source>Postpone the case</source>
        <translation>Udsæt sagen</translation>
    </message>
    <message>
        <source>Why is the case moved to another day?</source>
        <translation>Hvorfor flyttes sagen til en anden dag?</translation>
    </message>
    <message>
        <source>%1?

Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>%1?

Rediger → Fortryd (Ctrl+Z) tager det tilbage.</translation>
    </message>
    <message>
        <source>Change the day&apos;s plan</source>
        <translation>Ændr dagens plan</translation>
    </message>
</context>
<context>
    <name>MeetingSelector</name>
    <message>
        <source>Meeting day</source>
        <translation>Mødedag</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSetTreeModel</name>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 af %2 sider</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <source>(not in the meeting set)</source>
        <translation>(ikke i mødesættet)</translation>
    </message>
</context>
<context>
    <name>MeetingSetWidget</name>
    <message>
        <source>Page budget</source>
        <translation>Sidebudget</translation>
    </message>
    <message>
        <source>Documents and pages</source>
        <translation>Dokumenter og sider</translation>
    </message>
    <message>
        <source>Include selected</source>
        <translation>Medtag valgte</translation>
    </message>
    <message>
        <source>Leave out selected</source>
        <translation>Udelad valgte</translation>
    </message>
    <message>
        <source>Default selection</source>
        <translation>Standardudvalg</translation>
    </message>
    <message numerus="yes">
        <source>Includes the summary sheet (%n page(s)).</source>
        <translation>
            <numerusform>Inkl. resuméarket (%n side).</numerusform>
            <numerusform>Inkl. resuméarket (%n sider).</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the cap by %1 pages. Reason: %2</source>
        <translation>Over loftet med %1 sider. Begrundelse: %2</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 af %2 sider</translation>
    </message>
    <message>
        <source>Over the page cap</source>
        <translation>Over sideloftet</translation>
    </message>
    <message>
        <source>Reason for going over the cap:</source>
        <translation>Begrundelse for at gå over loftet:</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Vælg først en sag.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>Mødedag</translation>
    </message>
    <message>
        <source>Meeting day:</source>
        <translation>Mødedag:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting day</source>
        <translation>Ny mødedag</translation>
    </message>
    <message>
        <source>Rehabilitation team meeting</source>
        <translation>Møde i rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Members invited</source>
        <translation>Inviterede medlemmer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Change the meeting day</source>
        <translation>Ret mødedagen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the database key</source>
        <translation>Beskyt databasens nøgle</translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer. RehabMeet will keep the database key in a file protected by a passphrase you choose (at least %1 characters): %2. Without the passphrase nobody, including you, can open the data.</source>
        <translation>Der blev ikke fundet en sikker nøglering på denne computer. RehabMeet gemmer databasens nøgle i en fil beskyttet af en adgangssætning, du vælger (mindst %1 tegn): %2. Uden adgangssætningen kan ingen, heller ikke du, åbne data.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Adgangssætning igen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>The passphrase is shorter than %1 characters.</source>
        <translation>Adgangssætningen er kortere end %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangssætninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>What the packs will hold</source>
        <translation>Det, mødepakkerne kommer til at indeholde</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>The texts of the member&apos;s pack</source>
        <translation>Teksterne i medlemmets mødepakke</translation>
    </message>
    <message>
        <source>&amp;Write the packs</source>
        <translation>&amp;Skriv mødepakkerne</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>Building the pack of %1…</source>
        <translation>Bygger mødepakken til %1…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Document kinds left out for %1: %2</source>
        <translation>Dokumenttyper udeladt for %1: %2</translation>
    </message>
    <message>
        <source>=== %1 %2 · left out: %3</source>
        <translation>=== %1 %2 · udeladt: %3</translation>
    </message>
    <message>
        <source>--- page %1</source>
        <translation>--- side %1</translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message>
        <source>Choose a meeting day first.</source>
        <translation>Vælg en mødedag først.</translation>
    </message>
    <message>
        <source>Where should the agenda packs go?</source>
        <translation>Hvor skal mødepakkerne gemmes?</translation>
    </message>
    <message>
        <source>Writing agenda packs…</source>
        <translation>Skriver mødepakker…</translation>
    </message>
    <message>
        <source>Agenda pack for %1</source>
        <translation>Mødepakke til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda pack(s) written</source>
        <translation>
            <numerusform>%n mødepakke skrevet</numerusform>
            <numerusform>%n mødepakker skrevet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: allerede importeret</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 removed, %5 conflicts</source>
        <translation>%1: %2 nye, %3 ændrede, %4 fjernede, %5 konflikter</translation>
    </message>
    <message>
        <source>notes kept aside for cases no longer on the agenda: %1</source>
        <translation>noter lagt til side for sager, der ikke længere er på dagsordenen: %1</translation>
    </message>
    <message>
        <source>Note conflicts</source>
        <translation>Notekonflikter</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Der er ingen konflikter.</translation>
    </message>
</context>
<context>
    <name>PageAnnotator</name>
    <message>
        <source>Page with your notes; click to pin a note, drag to highlight</source>
        <translation>Siden med dine noter; klik for at sætte en note, træk for at markere</translation>
    </message>
</context>
<context>
    <name>PassphrasesDialog</name>
    <message>
        <source>Agenda packs written</source>
        <translation>Mødepakker skrevet</translation>
    </message>
    <message>
        <source>Give each member their file and, separately (in person or by phone), their passphrase. The passphrases are kept in this computer&apos;s keyring to open the notes that come back.</source>
        <translation>Giv hvert medlem sin fil og, for sig (personligt eller i telefonen), sin adgangskode. Adgangskoderne gemmes i computerens nøglering, så noterne kan åbnes, når de kommer tilbage.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Kopiér listen</translation>
    </message>
</context>
<context>
    <name>PdfViewerWidget</name>
    <message>
        <source>Document viewer</source>
        <translation>Dokumentfremviser</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Forrige side (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Næste side (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom ud (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit to width (Ctrl+0)</source>
        <translation>Tilpas til bredde (Ctrl+0)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Hvem er jeg…</translation>
    </message>
    <message>
        <source>The team member at this laptop, named in the log and on other laptops</source>
        <translation>Teammedlemmet ved denne bærbare, navngivet i loggen og på de andre bærbare</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Stor skrift</translation>
    </message>
    <message>
        <source>Larger text everywhere, e.g. for the meeting leader&apos;s screen</source>
        <translation>Større tekst overalt, fx på mødelederens skærm</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Følg systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Lyst</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørkt</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>The choice applies now, but it could not be kept for the next start: %1</source>
        <translation>Valget gælder nu, men det kunne ikke gemmes til næste start: %1</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Hvem er jeg</translation>
    </message>
    <message>
        <source>Who works at this laptop? The event log, the documents and the other laptops name this person.</source>
        <translation>Hvem arbejder ved denne bærbare? Hændelsesloggen, dokumenterne og de andre bærbare nævner denne person.</translation>
    </message>
    <message>
        <source>RehabMeet names %1 from the next start.</source>
        <translation>RehabMeet nævner %1 fra næste start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time RehabMeet starts.</source>
        <translation>Det nye sprog bruges, næste gang RehabMeet starter.</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <source>Preparing for the meeting</source>
        <translation>Forberedelse til mødet</translation>
    </message>
    <message>
        <source>Cases in the pack</source>
        <translation>Sager i pakken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Forrige side (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Næste side (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <source>My notes and points</source>
        <translation>Mine noter og punkter</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Tilføj en note…</translation>
    </message>
    <message>
        <source>Add a point for the meeting…</source>
        <translation>Tilføj et punkt til mødet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Share / make private</source>
        <translation>Del / gør privat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Send my shared notes…</source>
        <translation>Send mine delte noter…</translation>
    </message>
    <message>
        <source>Remove this pack from the laptop…</source>
        <translation>Fjern mødepakken fra computeren…</translation>
    </message>
    <message>
        <source>Click the page to pin a note; drag to highlight. Notes stay private until shared.</source>
        <translation>Klik på siden for at sætte en note; træk for at markere. Noter er private, til du deler dem.</translation>
    </message>
    <message>
        <source>Wiped from this laptop after %1</source>
        <translation>Slettes fra computeren efter %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>A point for the meeting</source>
        <translation>Et punkt til mødet</translation>
    </message>
    <message>
        <source>A note on the case</source>
        <translation>En note til sagen</translation>
    </message>
    <message>
        <source>Text (private until you share it):</source>
        <translation>Tekst (privat, til du deler den):</translation>
    </message>
    <message>
        <source>A note on page %1</source>
        <translation>En note på side %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>A comment (optional):</source>
        <translation>En kommentar (valgfri):</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Slet denne note?</translation>
    </message>
    <message numerus="yes">
        <source>%n shared note(s) written to %1. Give the file to the meeting leader.</source>
        <translation>
            <numerusform>%n delt note skrevet til %1. Giv filen til mødelederen.</numerusform>
            <numerusform>%n delte noter skrevet til %1. Giv filen til mødelederen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this pack from the laptop, with its cases and all your notes? This cannot be undone.</source>
        <translation>Fjern mødepakken fra computeren med dens sager og alle dine noter? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Remove the pack</source>
        <translation>Fjern mødepakken</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>ReadAloudWindow</name>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>{document} is missing.</source>
        <translation>{document} mangler.</translation>
    </message>
    <message>
        <source>{document} is {days} days old (limit {limit} days).</source>
        <translation>{document} er {days} dage gammel (grænse {limit} dage).</translation>
    </message>
    <message>
        <source>The summary has no section “{section}”.</source>
        <translation>Resuméet har intet afsnit om “{section}”.</translation>
    </message>
    <message>
        <source>The citizen&apos;s own job goal is not stated.</source>
        <translation>Borgerens eget jobmål er ikke oplyst.</translation>
    </message>
    <message>
        <source>{days} days since the preparatory part was signed: over {limit} days.</source>
        <translation>{days} dage siden den forberedende del blev underskrevet: over {limit} dage.</translation>
    </message>
    <message>
        <source>No date of the citizen&apos;s consent to the team&apos;s treatment.</source>
        <translation>Ingen dato for borgerens samtykke til teamets behandling.</translation>
    </message>
    <message>
        <source>The education member (UU) must attend: the citizen is {age} without a vocational qualification.</source>
        <translation>Uddannelsesmedlemmet (UU) skal deltage: borgeren er {age} år og har ingen erhvervskompetencegivende uddannelse.</translation>
    </message>
    <message>
        <source>RehabMeet&apos;s import check of the document&apos;s content</source>
        <translation>RehabMeets kontrol af dokumentets indhold ved import</translation>
    </message>
    <message>
        <source>“{document}” was damaged and has been repaired; the original is kept. Check that it shows what it should.</source>
        <translation>„{document}“ var beskadiget og er blevet repareret; originalen er gemt. Kontrollér, at den viser det, den skal.</translation>
    </message>
    <message>
        <source>“{document}” contains JavaScript; it is never run and is removed from what is shown and passed on.</source>
        <translation>„{document}“ indeholder JavaScript; det køres aldrig og er fjernet fra det, der vises og gives videre.</translation>
    </message>
    <message>
        <source>“{document}” contains an action that starts a program; it is never run and is removed from what is shown and passed on.</source>
        <translation>„{document}“ indeholder en handling, der starter et program; den køres aldrig og er fjernet fra det, der vises og gives videre.</translation>
    </message>
    <message>
        <source>“{document}” contains embedded files; they are never opened and are removed from what is shown and passed on.</source>
        <translation>„{document}“ indeholder indlejrede filer; de åbnes aldrig og er fjernet fra det, der vises og gives videre.</translation>
    </message>
    <message>
        <source>Unknown readiness check “{check}” in the team&apos;s rules.</source>
        <translation>Ukendt parathedstjek “{check}” i teamets regler.</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Klar</translation>
    </message>
    <message>
        <source>⚠ Warnings</source>
        <translation>⚠ Advarsler</translation>
    </message>
    <message>
        <source>✖ Not ready</source>
        <translation>✖ Ikke klar</translation>
    </message>
    <message>
        <source>✖ Blocking</source>
        <translation>✖ Blokerende</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Advarsel</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Bemærk</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Employer liaison</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>“%1” needs a case: select one on the agenda first.</source>
        <translation>“%1” kræver en sag: vælg en på dagsordenen først.</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 now (%3).</source>
        <translation>“%1” kan ikke bruges på %2 nu (%3).</translation>
    </message>
</context>
<context>
    <name>SearchHitsListModel</name>
    <message>
        <source>%1, p. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n forekomst</numerusform>
            <numerusform>%n forekomster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the document</source>
        <translation>Underskriv dokumentet</translation>
    </message>
    <message>
        <source>The signature box of this role is used: %1</source>
        <translation>Underskriftsfeltet for denne rolle bruges: %1</translation>
    </message>
    <message>
        <source>Import certificate…</source>
        <translation>Importér certifikat…</translation>
    </message>
    <message>
        <source>Create a trial certificate…</source>
        <translation>Opret et prøvecertifikat…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Underskriv</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>Underskriv som</translation>
    </message>
    <message>
        <source>The passphrase is taken from this computer&apos;s keyring; nothing is stored elsewhere.</source>
        <translation>Adgangskoden hentes fra computerens nøglering; den gemmes ikke andre steder.</translation>
    </message>
    <message>
        <source> – trial</source>
        <translation> – prøve</translation>
    </message>
    <message>
        <source>Trial certificate</source>
        <translation>Prøvecertifikat</translation>
    </message>
    <message>
        <source>The signer&apos;s name (for trials, not real cases):</source>
        <translation>Underskriverens navn (til afprøvning, ikke rigtige sager):</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>RehabMeet cannot write in its data folder {folder}: is the disk full or removed?</source>
        <translation>RehabMeet kan ikke skrive i sin datamappe {folder}: er disken fuld eller fjernet?</translation>
    </message>
    <message>
        <source>RehabMeet is already open with this data folder (process {pid} on {host}); switch to that window, or close it first</source>
        <translation>RehabMeet er allerede åben med denne datamappe (proces {pid} på {host}); skift til det vindue, eller luk det først</translation>
    </message>
    <message>
        <source>RehabMeet could not start ({error}); see the log in {folder}</source>
        <translation>RehabMeet kunne ikke starte ({error}); se loggen i {folder}</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Management information</source>
        <translation>Ledelsesinformation</translation>
    </message>
    <message>
        <source>Cases by type and recommended outcome</source>
        <translation>Sager efter type og indstillet udfald</translation>
    </message>
    <message>
        <source>Cases heard per month</source>
        <translation>Behandlede sager pr. måned</translation>
    </message>
    <message>
        <source>Waiting times in days</source>
        <translation>Ventetider i dage</translation>
    </message>
    <message>
        <source>Distribution of waiting times</source>
        <translation>Fordeling af ventetider</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <source>Meeting time per case, planned and actual (minutes)</source>
        <translation>Mødetid pr. sag, planlagt og faktisk (minutter)</translation>
    </message>
    <message>
        <source>Completeness of the indstilling per control point</source>
        <translation>Indstillingens fuldstændighed pr. kontrolpunkt</translation>
    </message>
    <message>
        <source>Attendance per discipline</source>
        <translation>Fremmøde pr. faggruppe</translation>
    </message>
    <message>
        <source>Recommended and started measures</source>
        <translation>Anbefalede og påbegyndte indsatser</translation>
    </message>
    <message>
        <source>Citizen told the indstilling (control point D1)</source>
        <translation>Borgeren orienteret om indstillingen (kontrolpunkt D1)</translation>
    </message>
    <message>
        <source>Review sample (stratified by caseworker)</source>
        <translation>Stikprøve (fordelt på sagsbehandlere)</translation>
    </message>
    <message>
        <source>Waits over 4 and 6 months (control point A17)</source>
        <translation>Ventetid over 4 og 6 måneder (kontrolpunkt A17)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grænse</translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation>Sagerne bag tallet</translation>
    </message>
    <message>
        <source>Monthly trends against the sources&apos; baselines</source>
        <translation>Udvikling pr. måned over for kildernes udgangspunkt</translation>
    </message>
    <message>
        <source>Baseline (sources)</source>
        <translation>Udgangspunkt (kilder)</translation>
    </message>
    <message>
        <source>Median days signed → meeting</source>
        <translation>Median dage underskrevet → møde</translation>
    </message>
    <message>
        <source>Share over 6 months</source>
        <translation>Andel over 6 måneder</translation>
    </message>
    <message>
        <source>Share decided in time</source>
        <translation>Andel afgjort i tide</translation>
    </message>
    <message>
        <source>Share told in time</source>
        <translation>Andel orienteret i tide</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over grænsen</translation>
    </message>
    <message>
        <source>Share over</source>
        <translation>Andel over</translation>
    </message>
    <message>
        <source>Focus audit</source>
        <translation>Fokusgennemgang</translation>
    </message>
    <message>
        <source>Signed preparatory part → meeting over 4 months</source>
        <translation>Underskrevet forberedende del → møde over 4 måneder</translation>
    </message>
    <message>
        <source>Signed preparatory part → meeting over 6 months</source>
        <translation>Underskrevet forberedende del → møde over 6 måneder</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>Present, not required</source>
        <translation>Til stede, ikke påkrævet</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. percentil</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Decided at the table</source>
        <translation>Afgjort ved bordet</translation>
    </message>
    <message>
        <source>Share at the table</source>
        <translation>Andel ved bordet</translation>
    </message>
    <message>
        <source>Planned (avg.)</source>
        <translation>Planlagt (gns.)</translation>
    </message>
    <message>
        <source>Actual (avg.)</source>
        <translation>Faktisk (gns.)</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>Kontrolpunkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Share met</source>
        <translation>Andel opfyldt</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Written assessment</source>
        <translation>Skriftlig vurdering</translation>
    </message>
    <message>
        <source>Share present</source>
        <translation>Andel til stede</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Anbefalet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Share started</source>
        <translation>Andel påbegyndt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Signed preparatory part → meeting</source>
        <translation>Underskrevet forberedende del → møde</translation>
    </message>
    <message>
        <source>Meeting → decision</source>
        <translation>Møde → afgørelse</translation>
    </message>
    <message>
        <source>Meeting → first measure started</source>
        <translation>Møde → første indsats startet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>The recommended outcome is chosen</source>
        <translation>Den indstillede ordning er valgt</translation>
    </message>
    <message>
        <source>The team&apos;s assessment of the prospects for work or education</source>
        <translation>Teamets vurdering af mulighederne for arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>How follow-up is organised, including mentor support</source>
        <translation>Hvordan opfølgningen tilrettelægges, herunder mentorstøtte</translation>
    </message>
    <message>
        <source>The employment, social and health factors emphasised</source>
        <translation>De beskæftigelsesmæssige, sociale og helbredsmæssige forhold, teamet har lagt vægt på</translation>
    </message>
    <message>
        <source>Why the citizen is afklaret and cannot work on ordinary terms</source>
        <translation>Hvorfor borgeren er afklaret og ikke kan arbejde på ordinære vilkår</translation>
    </message>
    <message>
        <source>The types of flex job or job functions</source>
        <translation>Typer af fleksjob eller arbejdsfunktioner</translation>
    </message>
    <message>
        <source>Special considerations and support in a transition period</source>
        <translation>Særlige hensyn og støtte i en overgangsperiode</translation>
    </message>
    <message>
        <source>LAB § 116, stk. 2: why the very limited capacity can develop</source>
        <translation>LAB § 116, stk. 2: hvorfor den meget begrænsede arbejdsevne kan udvikles</translation>
    </message>
    <message>
        <source>The expected development has a deadline</source>
        <translation>Den forventede udvikling har en tidsfrist</translation>
    </message>
    <message>
        <source>The measures to start, or &apos;no measures&apos; with the assessment</source>
        <translation>Indsatser der skal iværksættes, eller &apos;ingen indsats&apos; med vurdering</translation>
    </message>
    <message>
        <source>The professional explanation for førtidspension</source>
        <translation>Den faglige begrundelse for førtidspension</translation>
    </message>
    <message>
        <source>Skånehensyn in concrete, job-search-usable terms</source>
        <translation>Skånehensyn beskrevet konkret og brugbart i jobsøgningen</translation>
    </message>
    <message>
        <source>A position on special help and support</source>
        <translation>Stillingtagen til særlig hjælp og støtte</translation>
    </message>
    <message>
        <source>Without a concrete job: can the citizen find one alone?</source>
        <translation>Uden konkret job: kan borgeren selv finde et?</translation>
    </message>
    <message>
        <source>Work capacity in hours per week (1–37)</source>
        <translation>Arbejdsevne i timer pr. uge (1–37)</translation>
    </message>
    <message>
        <source>Expected development of work capacity with a deadline</source>
        <translation>Forventet udvikling i arbejdsevnen med tidsfrist</translation>
    </message>
    <message>
        <source>Progression considerations are written down</source>
        <translation>Overvejelser om progression er skrevet ned</translation>
    </message>
    <message>
        <source>The citizen&apos;s perspective from the meeting</source>
        <translation>Borgerens perspektiv fra mødet</translation>
    </message>
    <message>
        <source>A concrete job goal</source>
        <translation>Et konkret jobmål</translation>
    </message>
    <message>
        <source>Each measure has its type</source>
        <translation>Hver indsats har en type</translation>
    </message>
    <message>
        <source>No case leaves the meeting without an indstilling</source>
        <translation>Ingen sag forlader mødet uden indstilling</translation>
    </message>
    <message>
        <source>Treated with the citizen present; attendees recorded</source>
        <translation>Behandlet med borgeren til stede; deltagere registreret</translation>
    </message>
    <message>
        <source>Whether a virksomhedskonsulent attended</source>
        <translation>Om en virksomhedskonsulent deltog</translation>
    </message>
    <message>
        <source>A concrete flex job only with the company&apos;s agreement</source>
        <translation>Konkret fleksjob kun med virksomhedens aftale</translation>
    </message>
    <message>
        <source>within {days} days</source>
        <translation>inden for {days} dage</translation>
    </message>
    <message>
        <source>over {days} days</source>
        <translation>over {days} dage</translation>
    </message>
    <message>
        <source>team {id}</source>
        <translation>team {id}</translation>
    </message>
    <message>
        <source>caseworker {name}</source>
        <translation>sagsbehandler {name}</translation>
    </message>
    <message>
        <source>case type {type}</source>
        <translation>sagstype {type}</translation>
    </message>
    <message>
        <source>Only: {filters}</source>
        <translation>Kun: {filters}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dage</translation>
    </message>
    <message>
        <source>Cases heard</source>
        <translation>Behandlede sager</translation>
    </message>
    <message>
        <source>Heard cases by case type and the indstilling&apos;s recommended outcome.</source>
        <translation>Behandlede sager efter sagstype og indstillingens anbefalede udfald.</translation>
    </message>
    <message>
        <source>Heard cases per calendar month of the meeting day, by case type.</source>
        <translation>Behandlede sager pr. kalendermåned for mødedagen, efter sagstype.</translation>
    </message>
    <message>
        <source>Median and 90th percentile (nearest rank) in days: signed preparatory part → meeting, meeting → decision, meeting → first measure started.</source>
        <translation>Median og 90-procent-fraktil (nærmeste rang) i dage: underskrevet forberedende del → møde, møde → afgørelse, møde → første indsats i gang.</translation>
    </message>
    <message>
        <source>The same waiting times counted in bands of days.</source>
        <translation>De samme ventetider fordelt på intervaller af dage.</translation>
    </message>
    <message>
        <source>Share of heard cases whose preparatory part was signed more than 4 and more than 6 months before the meeting (the limits of readiness check A17), beside the focus audit&apos;s figures.</source>
        <translation>Andel af behandlede sager, hvor den forberedende del blev underskrevet mere end 4 og mere end 6 måneder før mødet (grænserne i parathedstjek A17), ved siden af fokusgennemgangens tal.</translation>
    </message>
    <message>
        <source>Heard cases with a decision date, and the share decided at the table.</source>
        <translation>Behandlede sager med en afgørelsesdato, og andelen afgjort ved bordet.</translation>
    </message>
    <message>
        <source>Planned minutes per case on the agenda against the minutes the timer measured.</source>
        <translation>Planlagte minutter pr. sag på dagsordenen over for de minutter, uret målte.</translation>
    </message>
    <message>
        <source>Per control point: the final indstillinger it applied to and the share that met it.</source>
        <translation>Pr. kontrolpunkt: de endelige indstillinger, det gjaldt for, og andelen der opfyldte det.</translation>
    </message>
    <message>
        <source>Per discipline: the heard cases where it was required (the quorum; the education member only when the citizen is under the age limit without a vocational qualification), present among those, a written assessment instead, and present where not required.</source>
        <translation>Pr. fagområde: de behandlede sager, hvor det var påkrævet (beslutningsdygtighed; uddannelsesmedlemmet kun når borgeren er under aldersgrænsen uden erhvervskompetencegivende uddannelse), til stede blandt dem, skriftlig vurdering i stedet, og til stede hvor det ikke var påkrævet.</translation>
    </message>
    <message>
        <source>Measures recommended in the indstilling, how many started and dropped.</source>
        <translation>Indsatser anbefalet i indstillingen, hvor mange der gik i gang og blev droppet.</translation>
    </message>
    <message>
        <source>Days from the meeting until the citizen was told the indstilling, in the D1 bands.</source>
        <translation>Dage fra mødet til borgeren fik indstillingen at vide, i D1&apos;s intervaller.</translation>
    </message>
    <message>
        <source>Per month: heard cases, median days signed preparatory part → meeting, the share waiting over 6 months, decided within and told within the team&apos;s D1 limits; the sources&apos; figures in the last row.</source>
        <translation>Pr. måned: behandlede sager, median dage fra underskrevet forberedende del til møde, andelen der ventede over 6 måneder, afgjort og orienteret inden for teamets D1-grænser; kildernes tal i sidste række.</translation>
    </message>
    <message>
        <source>A random sample of heard cases per caseworker for internal review.</source>
        <translation>En tilfældig stikprøve af behandlede sager pr. sagsbehandler til intern gennemgang.</translation>
    </message>
</context>
<context>
    <name>StorageFailures</name>
    <message>
        <source>the disk is full: free some space and try again (nothing of this step was saved)</source>
        <translation>disken er fuld: frigør noget plads og prøv igen (intet fra dette trin blev gemt)</translation>
    </message>
    <message>
        <source>the data folder is read-only, so RehabMeet cannot save there (nothing was changed): ask for write access to it, or start RehabMeet with --home on a folder you may write to</source>
        <translation>datamappen er skrivebeskyttet, så RehabMeet kan ikke gemme der (intet blev ændret): bed om skriveadgang til den, eller start RehabMeet med --home på en mappe, du må skrive i</translation>
    </message>
    <message>
        <source>the database refused a value ({reason}); nothing of this step was saved</source>
        <translation>databasen afviste en værdi ({reason}); intet af dette trin blev gemt</translation>
    </message>
    <message>
        <source>the disk failed while saving (disk full or removed?); nothing of this step was saved</source>
        <translation>disken svigtede under gemning (fuld eller fjernet?); intet fra dette trin blev gemt</translation>
    </message>
    <message>
        <source>the database file cannot be opened: check that the data folder is there and readable</source>
        <translation>databasefilen kan ikke åbnes: kontrollér, at datamappen findes og kan læses</translation>
    </message>
    <message>
        <source>the database is busy in another program for too long; try again in a moment</source>
        <translation>databasen er optaget af et andet program for længe; prøv igen om et øjeblik</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Summary sheet</source>
        <translation>Resuméark</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>side {page} af {pages}</translation>
    </message>
    <message>
        <source>Summary for the rehabilitation team</source>
        <translation>Resumé til rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>Rehabilitation team</source>
        <translation>Rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
    </message>
    <message>
        <source>Summary: {name}</source>
        <translation>Resumé: {name}</translation>
    </message>
    <message>
        <source>Case facts</source>
        <translation>Sagens fakta</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>not in the meeting set</source>
        <translation>ikke i mødesættet</translation>
    </message>
    <message>
        <source>Left out: this section draws on documents or pages that are not in your pack.</source>
        <translation>Udeladt: afsnittet bygger på dokumenter eller sider, som ikke er i din mødepakke.</translation>
    </message>
    <message>
        <source>Missing: the caseworker&apos;s summary has no such section.</source>
        <translation>Mangler: sagsbehandlerens resumé har ikke dette afsnit.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Left out: p. {pages}</source>
        <translation>Udeladt: s. {pages}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>In the meeting set</source>
        <translation>I mødesættet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The meeting reads {chosen} of the case&apos;s {total} pages (page cap {cap}, this sheet included). Pages outside the meeting set are not cut from the case: they can be read in RehabMeet.</source>
        <translation>Mødet læser {chosen} af sagens {total} sider (sideloft {cap} inkl. dette ark). Sider uden for mødesættet er ikke fjernet fra sagen: de kan læses i RehabMeet.</translation>
    </message>
    <message>
        <source>Documents and the meeting set</source>
        <translation>Dokumenter og mødesæt</translation>
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
        <source>{age} years (born {born}); CPR {cpr}</source>
        <translation>{age} år (født {born}); cpr-nr. {cpr}</translation>
    </message>
    <message>
        <source>{days} days since the preparatory part was signed ({signed})</source>
        <translation>{days} dage siden den forberedende del blev underskrevet ({signed})</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Own job goal</source>
        <translation>Eget jobmål</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Erhvervskompetencegivende uddannelse</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>ingen anmeldt</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Education member (UU)</source>
        <translation>Uddannelsesrepræsentant (UU)</translation>
    </message>
    <message>
        <source>must attend</source>
        <translation>skal deltage</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>skal ikke deltage</translation>
    </message>
    <message>
        <source>Preparatory part</source>
        <translation>Forberedende del</translation>
    </message>
    <message>
        <source>LÆ 265</source>
        <translation>LÆ 265</translation>
    </message>
    <message>
        <source>Health coordinator</source>
        <translation>Sundhedskoordinator</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Speciallæge</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlers indstilling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>{document}, p. {page}</source>
        <translation>{document}, s. {page}</translation>
    </message>
</context>
<context>
    <name>SummarySheetView</name>
    <message>
        <source>Summary sheet</source>
        <translation>Resuméark</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
    </message>
    <message>
        <source>Missing: the caseworker&apos;s summary has no such section.</source>
        <translation>Mangler: sagsbehandlerens resumé har ikke dette afsnit.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>(not in the meeting set)</source>
        <translation>(ikke i mødesættet)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (pages in the meeting set)</source>
        <translation>Dokumenter (sider i mødesættet)</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Show the cases behind this figure</source>
        <translation>Vis sagerne bag dette tal</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time left in the phase</source>
        <translation>Tid tilbage i fasen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Press F5 to start the case</source>
        <translation>Tryk F5 for at starte sagen</translation>
    </message>
    <message>
        <source>Case finished</source>
        <translation>Sagen er afsluttet</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Samlet tid</translation>
    </message>
    <message>
        <source>OVER TIME by %1</source>
        <translation>OVERSKREDET med %1</translation>
    </message>
    <message>
        <source>Under two minutes left</source>
        <translation>Under to minutter tilbage</translation>
    </message>
    <message>
        <source>left</source>
        <translation>tilbage</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
</context>
<context>
    <name>TimingReport</name>
    <message>
        <source>Timing report</source>
        <translation>Tidsrapport</translation>
    </message>
    <message>
        <source>case</source>
        <translation>sag</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>sagstype</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>planlagte minutter</translation>
    </message>
    <message>
        <source>actual minutes</source>
        <translation>faktiske minutter</translation>
    </message>
    <message>
        <source>overrun minutes</source>
        <translation>overskredne minutter</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>total</source>
        <translation>i alt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Planned {planned} min, used {actual} min, over time {over} min; the day&apos;s drift {drift} min.</source>
        <translation>Planlagt {planned} min, brugt {actual} min, overskredet {over} min; dagens afvigelse {drift} min.</translation>
    </message>
</context>
<context>
    <name>TimingReportDialog</name>
    <message>
        <source>Timing report</source>
        <translation>Tidsrapport</translation>
    </message>
    <message>
        <source>Planned %1 min · used %2 min · the day: %3</source>
        <translation>Planlagt %1 min · brugt %2 min · dagen: %3</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Gem som CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock RehabMeet</source>
        <translation>Lås RehabMeet op</translation>
    </message>
    <message>
        <source>The database key is in a passphrase-protected key file. Type the passphrase to open the data.</source>
        <translation>Databasens nøgle ligger i en nøglefil, der er beskyttet af en adgangssætning. Skriv adgangssætningen for at åbne data.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file; nothing was changed. Try again.</source>
        <translation>Adgangssætningen åbner ikke nøglefilen; intet er ændret. Prøv igen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures: %1</source>
        <translation>Underskrifter: %1</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Underskriver</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Dækker</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>✔ Intact</source>
        <translation>✔ Intakt</translation>
    </message>
    <message>
        <source>✖ Broken</source>
        <translation>✖ Brudt</translation>
    </message>
    <message>
        <source>✖ Not the whole document</source>
        <translation>✖ Ikke hele dokumentet</translation>
    </message>
    <message>
        <source>Known here</source>
        <translation>Kendt her</translation>
    </message>
    <message>
        <source>Not known on this computer</source>
        <translation>Ukendt på denne computer</translation>
    </message>
    <message>
        <source>✖ The stored file differs from the one recorded in the log.</source>
        <translation>✖ Den gemte fil er ikke den, der er registreret i loggen.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Dokumentet er ikke underskrevet.</translation>
    </message>
    <message>
        <source>✔ Every signature is intact and covers the whole document.</source>
        <translation>✔ Alle underskrifter er intakte og dækker hele dokumentet.</translation>
    </message>
    <message>
        <source>✖ Not verified:</source>
        <translation>✖ Ikke godkendt:</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Job clarification (jobafklaringsforløb)</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <source>Resource programme (ressourceforløb)</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <source>Flex job (fleksjob)</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Disability pension (førtidspension)</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Re-assessment (revurdering)</source>
        <translation>Revurdering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Preparatory part</source>
        <translation>Forberedende del</translation>
    </message>
    <message>
        <source>GP certificate (LÆ 265)</source>
        <translation>LÆ 265 (lægeattest)</translation>
    </message>
    <message>
        <source>Health coordinator statement</source>
        <translation>Sundhedskoordinatorens udtalelse</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Specialist statement</source>
        <translation>Speciallægeerklæring</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Work placement report</source>
        <translation>Praktikrapport</translation>
    </message>
    <message>
        <source>Caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlers indstilling</translation>
    </message>
    <message>
        <source>Employment (jobcenter)</source>
        <translation>Beskæftigelse (jobcenter)</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialområdet</translation>
    </message>
    <message>
        <source>Health area</source>
        <translation>Sundhedsområdet</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Health coordinator</source>
        <translation>Sundhedskoordinator</translation>
    </message>
    <message>
        <source>Education (UU)</source>
        <translation>Uddannelse (UU)</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>Social work presentation</source>
        <translation>Socialfaglig præsentation</translation>
    </message>
    <message>
        <source>Attachment to the labour market</source>
        <translation>Erhvervstilknytning</translation>
    </message>
    <message>
        <source>The citizen&apos;s own voice</source>
        <translation>Borgerens egen stemme</translation>
    </message>
    <message>
        <source>The caseworker&apos;s assessment</source>
        <translation>Sagsbehandlers vurdering</translation>
    </message>
    <message>
        <source>Pre-discussion</source>
        <translation>Formøde</translation>
    </message>
    <message>
        <source>Citizen session</source>
        <translation>Borgerens deltagelse</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Meddelelse af indstilling</translation>
    </message>
    <message>
        <source>Decision at the table</source>
        <translation>Afgørelse ved bordet</translation>
    </message>
    <message>
        <source>Job clarification programme (jobafklaringsforløb)</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <source>Subsidy for the self-employed</source>
        <translation>Tilskud til selvstændigt erhvervsdrivende</translation>
    </message>
    <message>
        <source>Other employment-oriented measure</source>
        <translation>Anden beskæftigelsesrettet indsats</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Work placement</source>
        <translation>Virksomhedspraktik</translation>
    </message>
    <message>
        <source>Guidance and upskilling</source>
        <translation>Vejledning og opkvalificering</translation>
    </message>
    <message>
        <source>Aids</source>
        <translation>Hjælpemidler</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Social støtte</translation>
    </message>
    <message>
        <source>Job clarification</source>
        <translation>Jobafklaring</translation>
    </message>
    <message>
        <source>Resource programme</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Disability pension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Revurdering</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <source>Who am I</source>
        <translation>Hvem er jeg</translation>
    </message>
    <message>
        <source>Who works at this laptop? The event log, the documents and the other laptops name this person. The choice is kept on this laptop (View → Who am I… changes it).</source>
        <translation>Hvem arbejder ved denne computer? Hændelsesloggen, dokumenterne og de andre computere nævner denne person. Valget gemmes på denne computer (Vis → Hvem er jeg… ændrer det).</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <source>&amp;Someone else (name):</source>
        <translation>&amp;En anden (navn):</translation>
    </message>
    <message>
        <source>Someone else&apos;s name</source>
        <translation>En andens navn</translation>
    </message>
    <message>
        <source>RehabMeet names %1 now, but could not keep the choice for the next start: %2</source>
        <translation>RehabMeet nævner %1 nu, men kunne ikke gemme valget til næste start: %2</translation>
    </message>
</context>
</TS>
