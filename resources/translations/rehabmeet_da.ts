<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="18"/>
        <source>Encrypted SQLite database (SQLCipher); the key is kept in the system keyring.</source>
        <translation>Krypteret SQLite-database (SQLCipher); nøglen opbevares i systemets nøglering.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="20"/>
        <source>Shared PostgreSQL database.</source>
        <translation>Fælles PostgreSQL-database.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="21"/>
        <source>Runs rehabiliteringsteam meetings: case bundles, timing, the indstilling and signed documents.</source>
        <translation>Afvikler møder i rehabiliteringsteamet: sagsbundter, tidsstyring, indstilling og underskrevne dokumenter.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="24"/>
        <source>Database schema: %1</source>
        <translation>Databaseskema: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="25"/>
        <source>Includes the DejaVu Sans font (Bitstream Vera licence).</source>
        <translation>Indeholder skrifttypen DejaVu Sans (Bitstream Vera-licens).</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/about_dialog.py" line="36"/>
        <source>About RehabMeet</source>
        <translation>Om RehabMeet</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="55"/>
        <source>&amp;Import case bundles…</source>
        <extracomment>The phase timer&apos;s actions, in menu order.</extracomment>
        <translation>&amp;Importér sagsbundter…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="57"/>
        <source>Import zipped case bundles (.rmb.zip); you can also drop them on the agenda</source>
        <translation>Importér zippede sagsbundter (.rmb.zip); du kan også trække dem over på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="62"/>
        <source>Import an unpacked &amp;bundle folder…</source>
        <translation>Importér en udpakket &amp;bundtmappe…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="64"/>
        <source>Import a case bundle that has been unpacked into a folder</source>
        <translation>Importér et sagsbundt, der er pakket ud i en mappe</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="67"/>
        <source>Save the case &amp;summary as PDF…</source>
        <translation>Gem sagens &amp;resumé som PDF…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="69"/>
        <source>The summary sheet and the meeting-set pages, within the page cap</source>
        <translation>Resuméarket og mødesættets sider, inden for sideloftet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="72"/>
        <source>&amp;New meeting day…</source>
        <translation>&amp;Ny mødedag…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="74"/>
        <source>Plan a meeting day: date, time, room, leader, secretary, members</source>
        <translation>Planlæg en mødedag: dato, tid, lokale, mødeleder, referent, medlemmer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="77"/>
        <source>&amp;Add cases to the agenda…</source>
        <translation>&amp;Sæt sager på dagsordenen…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="79"/>
        <source>Put imported cases on this meeting day</source>
        <translation>Sæt importerede sager på denne mødedag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="82"/>
        <source>&amp;Postpone the case to another day…</source>
        <translation>&amp;Udsæt sagen til en anden dag…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="84"/>
        <source>Keep the case on the list as postponed, with the reason</source>
        <translation>Sagen bliver på listen som udsat, med begrundelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="87"/>
        <source>&amp;Remove the case from the agenda</source>
        <translation>&amp;Fjern sagen fra dagsordenen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="89"/>
        <source>Take the selected case off this meeting day</source>
        <translation>Tag den valgte sag af denne mødedag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="92"/>
        <source>&amp;Timing report…</source>
        <translation>&amp;Tidsrapport…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="94"/>
        <source>Planned and actual time per case and phase; save as CSV or PDF</source>
        <translation>Planlagt og faktisk tid pr. sag og fase; gem som CSV eller PDF</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="97"/>
        <source>&amp;Citizen screen</source>
        <translation>&amp;Borgerskærm</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="99"/>
        <source>A window for a second screen: the phase and time, without internal notes</source>
        <translation>Et vindue til en ekstra skærm: fase og tid, uden interne noter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="104"/>
        <source>Start / &amp;next phase</source>
        <translation>Start / &amp;næste fase</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="106"/>
        <source>Start the selected case, or end this phase and start the next</source>
        <translation>Start den valgte sag, eller afslut fasen og start den næste</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="109"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / fortsæt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="111"/>
        <source>Stop or restart the clock of the running case</source>
        <translation>Stop eller start uret for den igangværende sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="114"/>
        <source>S&amp;kip this phase</source>
        <translation>Spring &amp;fasen over</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="116"/>
        <source>End this phase as skipped (e.g. no pre-discussion)</source>
        <translation>Afslut fasen som sprunget over (fx intet formøde)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="119"/>
        <source>Extend by &amp;1 minute</source>
        <translation>Forlæng med &amp;1 minut</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="121"/>
        <source>Give the current phase one more minute</source>
        <translation>Giv den aktuelle fase ét minut mere</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="124"/>
        <source>Extend by &amp;5 minutes</source>
        <translation>Forlæng med &amp;5 minutter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="126"/>
        <source>Give the current phase five more minutes</source>
        <translation>Giv den aktuelle fase fem minutter mere</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="129"/>
        <source>&amp;Back one phase</source>
        <translation>&amp;Tilbage en fase</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="131"/>
        <source>Return to the previous phase</source>
        <translation>Gå tilbage til den forrige fase</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="134"/>
        <source>&amp;Decision at the table</source>
        <translation>&amp;Afgørelse ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="136"/>
        <source>Add the decision at the table (oral partshøring) after the announcement</source>
        <translation>Tilføj afgørelse ved bordet (mundtlig partshøring) efter meddelelsen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="141"/>
        <source>&amp;Finish the case</source>
        <translation>&amp;Afslut sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="143"/>
        <source>End the running case now</source>
        <translation>Afslut den igangværende sag nu</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="146"/>
        <source>&amp;Management information…</source>
        <translation>&amp;Ledelsesinformation…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="148"/>
        <source>Waiting times, outcomes, completeness and follow-through for a period; exports</source>
        <translation>Ventetider, udfald, fuldstændighed og opfølgning for en periode; eksport</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="153"/>
        <source>&amp;Open an agenda pack to prepare…</source>
        <translation>&amp;Åbn en mødepakke til forberedelse…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="155"/>
        <source>For team members: read and annotate the cases of a meeting day at home, offline</source>
        <translation>Til teammedlemmer: læs og kommentér mødedagens sager hjemme, uden net</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="160"/>
        <source>&amp;Export agenda packs for the members…</source>
        <translation>&amp;Eksportér mødepakker til medlemmerne…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="162"/>
        <source>One encrypted file per invited member, with a passphrase each</source>
        <translation>Én krypteret fil pr. inviteret medlem, hver med sin adgangskode</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="165"/>
        <source>Import members&apos; &amp;notes…</source>
        <translation>Importér medlemmernes &amp;noter…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="167"/>
        <source>Bring the notes members shared into their lanes</source>
        <translation>Hent de noter, medlemmerne har delt, ind i deres spor</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="170"/>
        <source>Note &amp;conflicts…</source>
        <translation>Note&amp;konflikter…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="172"/>
        <source>Notes changed both here and on a member&apos;s laptop</source>
        <translation>Noter ændret både her og på et medlems computer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="177"/>
        <source>Close RehabMeet</source>
        <translation>Luk RehabMeet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="180"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="182"/>
        <source>Reload the meeting day from the database</source>
        <translation>Hent mødedagen igen fra databasen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="185"/>
        <source>&amp;About RehabMeet</source>
        <translation>&amp;Om RehabMeet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/actions.py" line="187"/>
        <source>Version and licence</source>
        <translation>Version og licens</translation>
    </message>
</context>
<context>
    <name>AddCasesDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="101"/>
        <source>Add cases to the agenda</source>
        <translation>Sæt sager på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="104"/>
        <source>Cases not on this agenda</source>
        <translation>Sager, der ikke er på denne dagsorden</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="76"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="76"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="76"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="76"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="76"/>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="94"/>
        <source>Postponed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="108"/>
        <source>All readiness checks passed.</source>
        <translation>Alle parathedstjek er bestået.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="113"/>
        <source>Postponed: %1</source>
        <translation>Udsat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/itemmodels/agenda_table_model.py" line="115"/>
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
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="39"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="58"/>
        <source>No meeting day yet. Import case bundles, or run `rehabmeet demo`.</source>
        <translation>Ingen mødedag endnu. Importér sagsbundter, eller kør `rehabmeet demo`.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="101"/>
        <source>⚠ Too many cases for one day: %1 % of the capacity for these case types</source>
        <translation>⚠ For mange sager til én dag: %1 % af kapaciteten for disse sagstyper</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="106"/>
        <source>⚠ The plan ends %n minute(s) after the end of the day</source>
        <translation>
            <numerusform>⚠ Planen slutter %n minut efter dagens sluttid</numerusform>
            <numerusform>⚠ Planen slutter %n minutter efter dagens sluttid</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="139"/>
        <source>Leader: %1</source>
        <translation>Mødeleder: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="141"/>
        <source>Secretary: %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/agenda_widget.py" line="146"/>
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
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="17"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="18"/>
        <source>Note on a page</source>
        <translation>Note på en side</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="19"/>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="20"/>
        <source>My point for the meeting</source>
        <translation>Mit punkt til mødet</translation>
    </message>
</context>
<context>
    <name>AnnotationsTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="27"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="27"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="27"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="27"/>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="38"/>
        <source>✔ Shared (sent)</source>
        <translation>✔ Delt (sendt)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="38"/>
        <source>✔ Shared</source>
        <translation>✔ Delt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="39"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/annotations_table_model.py" line="43"/>
        <source>Only shared notes go back to the meeting leader</source>
        <translation>Kun delte noter sendes til mødelederen</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../rehabmeet/services/attendance.py" line="82"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/attendance_table_model.py" line="28"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/attendance_table_model.py" line="28"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/attendance_table_model.py" line="28"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/attendance_table_model.py" line="28"/>
        <source>Recused</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/attendance_table_model.py" line="28"/>
        <source>Written assessment</source>
        <translation>Skriftlig vurdering</translation>
    </message>
</context>
<context>
    <name>AttendanceWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="35"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="40"/>
        <source>Add employer liaison or guest…</source>
        <translation>Tilføj virksomhedskonsulent eller gæst…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="63"/>
        <source>No quorum: nobody present for %1</source>
        <translation>Ikke beslutningsdygtigt: ingen til stede for %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="64"/>
        <source>Quorum: every required discipline is present</source>
        <translation>Beslutningsdygtigt: alle krævede faggrupper er til stede</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="67"/>
        <source>(%1 by written assessment)</source>
        <translation>(%1 ved skriftlig vurdering)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="86"/>
        <source>Add to the attendance</source>
        <translation>Tilføj til fremmødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/attendance_widget.py" line="86"/>
        <source>Name of the employer liaison or guest:</source>
        <translation>Navn på virksomhedskonsulent eller gæst:</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/case_documents_widget.py" line="41"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_documents_widget.py" line="42"/>
        <source>Meeting set</source>
        <translation>Mødesæt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_documents_widget.py" line="43"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>CaseFactsWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="37"/>
        <source>Case facts</source>
        <translation>Sagens fakta</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="47"/>
        <source>Select a case on the agenda.</source>
        <translation>Vælg en sag på dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="64"/>
        <source> · version %1</source>
        <translation> · version %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="66"/>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="74"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="74"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="77"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="78"/>
        <source>%1 years (born %2)</source>
        <translation>%1 år (født %2)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="82"/>
        <source>CPR</source>
        <translation>Cpr-nr.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="83"/>
        <source>Vocational qualification</source>
        <translation>Erhvervskompetencegivende uddannelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="84"/>
        <source>Own job goal</source>
        <translation>Eget jobmål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="84"/>
        <source>not stated</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="85"/>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="86"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="87"/>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="87"/>
        <source>none announced</source>
        <translation>ingen anmeldt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="89"/>
        <source>Preparatory part signed</source>
        <translation>Forberedende del underskrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="90"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (for %2 dage siden)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="95"/>
        <source>Citizen&apos;s consent</source>
        <translation>Borgerens samtykke</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="96"/>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="99"/>
        <source>Education member (UU)</source>
        <translation>Uddannelsesrepræsentant (UU)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="100"/>
        <source>required</source>
        <translation>skal deltage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="100"/>
        <source>not required</source>
        <translation>skal ikke deltage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="104"/>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="107"/>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="109"/>
        <source>All readiness checks passed.</source>
        <translation>Alle parathedstjek er bestået.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="119"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="119"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="119"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="119"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="126"/>
        <source>(Word document; pages from a PDF made by %1)</source>
        <translation>(Word-dokument; sider fra en PDF lavet af %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="134"/>
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n side i alt</numerusform>
            <numerusform>%n sider i alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="136"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="144"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_facts_widget.py" line="146"/>
        <source>Caseworker summary</source>
        <translation>Sagsbehandlers resumé</translation>
    </message>
</context>
<context>
    <name>CaseSearchWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="29"/>
        <source>Search the case&apos;s pages… (Enter)</source>
        <translation>Søg i sagens sider… (Enter)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="30"/>
        <source>Search the case&apos;s pages</source>
        <translation>Søg i sagens sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="36"/>
        <source>Search hits</source>
        <translation>Søgeresultater</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="62"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="63"/>
        <source>Found on %1.</source>
        <translation>Fundet på %1.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/case_search_widget.py" line="63"/>
        <source>Not found.</source>
        <translation>Ikke fundet.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="16"/>
        <source>The recommended outcome is chosen</source>
        <translation>Den indstillede ordning er valgt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="17"/>
        <source>The team&apos;s assessment of the prospects for work or education</source>
        <translation>Teamets vurdering af mulighederne for arbejde eller uddannelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="18"/>
        <source>How follow-up is organised, including mentor support</source>
        <translation>Hvordan opfølgningen tilrettelægges, herunder mentorstøtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="19"/>
        <source>The employment, social and health factors emphasised</source>
        <translation>De beskæftigelsesmæssige, sociale og helbredsmæssige forhold, teamet har lagt vægt på</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="20"/>
        <source>Why the citizen is afklaret and cannot work on ordinary terms</source>
        <translation>Hvorfor borgeren er afklaret og ikke kan arbejde på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="21"/>
        <source>The types of flex job or job functions</source>
        <translation>Typer af fleksjob eller arbejdsfunktioner</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="22"/>
        <source>Special considerations and support in a transition period</source>
        <translation>Særlige hensyn og støtte i en overgangsperiode</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="23"/>
        <source>LAB § 116, stk. 2: why the very limited capacity can develop</source>
        <translation>LAB § 116, stk. 2: hvorfor den meget begrænsede arbejdsevne kan udvikles</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="24"/>
        <source>The expected development has a deadline</source>
        <translation>Den forventede udvikling har en tidsfrist</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="25"/>
        <source>The measures to start, or &apos;no measures&apos; with the assessment</source>
        <translation>Indsatser der skal iværksættes, eller &apos;ingen indsats&apos; med vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="26"/>
        <source>The professional explanation for førtidspension</source>
        <translation>Den faglige begrundelse for førtidspension</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="27"/>
        <source>Skånehensyn in concrete, job-search-usable terms</source>
        <translation>Skånehensyn beskrevet konkret og brugbart i jobsøgningen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="28"/>
        <source>A position on special help and support</source>
        <translation>Stillingtagen til særlig hjælp og støtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="29"/>
        <source>Without a concrete job: can the citizen find one alone?</source>
        <translation>Uden konkret job: kan borgeren selv finde et?</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="30"/>
        <source>Work capacity in hours per week (1–37)</source>
        <translation>Arbejdsevne i timer pr. uge (1–37)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="31"/>
        <source>Expected development of work capacity with a deadline</source>
        <translation>Forventet udvikling i arbejdsevnen med tidsfrist</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="32"/>
        <source>Progression considerations are written down</source>
        <translation>Overvejelser om progression er skrevet ned</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="33"/>
        <source>The citizen&apos;s perspective from the meeting</source>
        <translation>Borgerens perspektiv fra mødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="34"/>
        <source>A concrete job goal</source>
        <translation>Et konkret jobmål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="35"/>
        <source>Each measure has its type</source>
        <translation>Hver indsats har en type</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="36"/>
        <source>No case leaves the meeting without an indstilling</source>
        <translation>Ingen sag forlader mødet uden indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="37"/>
        <source>Treated with the citizen present; attendees recorded</source>
        <translation>Behandlet med borgeren til stede; deltagere registreret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="38"/>
        <source>Whether a virksomhedskonsulent attended</source>
        <translation>Om en virksomhedskonsulent deltog</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="39"/>
        <source>A concrete flex job only with the company&apos;s agreement</source>
        <translation>Konkret fleksjob kun med virksomhedens aftale</translation>
    </message>
</context>
<context>
    <name>ChecklistListModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/checklist_list_model.py" line="52"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/checklist_list_model.py" line="58"/>
        <source>law</source>
        <translation>lov</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/checklist_list_model.py" line="58"/>
        <source>good practice</source>
        <translation>god praksis</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/checklist_list_model.py" line="58"/>
        <source>data</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="61"/>
        <source>Legal checklist</source>
        <translation>Lovtjekliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="76"/>
        <source>%n law point(s) missing: finalising needs them or a reason each</source>
        <translation>
            <numerusform>%n lovkrav mangler: færdiggørelse kræver det eller en begrundelse</numerusform>
            <numerusform>%n lovkrav mangler: færdiggørelse kræver dem eller en begrundelse for hvert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="78"/>
        <source>Every law point is met</source>
        <translation>Alle lovkrav er opfyldt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/checklist_widget.py" line="80"/>
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
        <location filename="../../rehabmeet/services/citizen_screen.py" line="18"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="19"/>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="20"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="21"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="22"/>
        <source>Employer liaison</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="23"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="50"/>
        <source>The team is preparing the next case</source>
        <translation>Teamet forbereder næste sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="52"/>
        <source>Rehabilitation team</source>
        <translation>Rehabiliteringsteamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/citizen_screen.py" line="60"/>
        <source>paused</source>
        <translation>pause</translation>
    </message>
</context>
<context>
    <name>CitizenScreenWindow</name>
    <message>
        <location filename="../../rehabmeet/ui/citizen_screen_window.py" line="26"/>
        <source>RehabMeet – citizen screen</source>
        <translation>RehabMeet – borgerskærm</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/citizen_screen_window.py" line="91"/>
        <source>Next case expected at %1</source>
        <translation>Næste sag forventes kl. %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/citizen_screen_window.py" line="95"/>
        <source>minutes left</source>
        <translation>minutter tilbage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/citizen_screen_window.py" line="95"/>
        <source>over the planned time</source>
        <translation>over den planlagte tid</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/citizen_screen_window.py" line="97"/>
        <source>Present: %1</source>
        <translation>Til stede: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="76"/>
        <source>Note changed on both laptops</source>
        <translation>Note ændret på begge computere</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="85"/>
        <source>Or write the text to keep</source>
        <translation>Eller skriv den tekst, der skal gælde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="87"/>
        <source>Here (the lane)</source>
        <translation>Her (sporet)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="95"/>
        <source>Keep the text here</source>
        <translation>Behold teksten her</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="96"/>
        <source>Keep the member&apos;s</source>
        <translation>Behold medlemmets</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="97"/>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="98"/>
        <source>Keep my new text</source>
        <translation>Brug min nye tekst</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="100"/>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="122"/>
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>%n konflikt tilbage</numerusform>
            <numerusform>%n konflikter tilbage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="124"/>
        <source>%1&apos;s laptop</source>
        <translation>%1s computer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="126"/>
        <source>(the member deleted the note)</source>
        <translation>(medlemmet har slettet noten)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../rehabmeet/ui/charts.py" line="94"/>
        <source>Waiting times (days)</source>
        <translation>Ventetider (dage)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="50"/>
        <source>Management information</source>
        <translation>Ledelsesinformation</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="56"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="57"/>
        <source>Include citizens&apos; names and CPR in exports</source>
        <translation>Medtag borgernes navne og CPR i eksport</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="60"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="60"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="60"/>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="62"/>
        <source>Review sample</source>
        <translation>Stikprøve til gennemgang</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="82"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="82"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="97"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="98"/>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="115"/>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="122"/>
        <source>%n case(s) heard in the period</source>
        <translation>
            <numerusform>%n sag behandlet i perioden</numerusform>
            <numerusform>%n sager behandlet i perioden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="136"/>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="136"/>
        <source>%1 (median)</source>
        <translation>%1 (median)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="138"/>
        <source>Cases heard</source>
        <translation>Behandlede sager</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="148"/>
        <source>Measures started</source>
        <translation>Indsatser påbegyndt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="149"/>
        <source>Control points met</source>
        <translation>Kontrolpunkter opfyldt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="172"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dashboard_window.py" line="184"/>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
</context>
<context>
    <name>DayPlanTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="38"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="38"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="38"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="38"/>
        <source>Drift</source>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="65"/>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="66"/>
        <source>▶ running</source>
        <translation>▶ i gang</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="67"/>
        <source>⏸ paused</source>
        <translation>⏸ pause</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/day_plan_table_model.py" line="68"/>
        <source>✔ done</source>
        <translation>✔ færdig</translation>
    </message>
</context>
<context>
    <name>DayPlanWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="32"/>
        <source>The day&apos;s plan and prediction</source>
        <translation>Dagens plan og prognose</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="54"/>
        <source>Expected end %1 (planned %2) · %3</source>
        <translation>Forventet slut %1 (planlagt %2) · %3</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="60"/>
        <source>past the end of the day (%1)</source>
        <translation>efter dagens sluttid (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="83"/>
        <source>Shorten the %n remaining timeout(s) by %1 min</source>
        <translation>
            <numerusform>Afkort den resterende timeout med %1 min</numerusform>
            <numerusform>Afkort de %n resterende timeouts med %1 min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="87"/>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="91"/>
        <source>(saves %1 min)</source>
        <translation>(sparer %1 min)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="90"/>
        <source>Move %1 to another day</source>
        <translation>Flyt %1 til en anden dag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/day_plan_widget.py" line="92"/>
        <source>Move %1 to the end of the day (e.g. if the citizen is late)</source>
        <translation>Flyt %1 sidst på dagen (fx hvis borgeren er forsinket)</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="46"/>
        <source>Why the municipality decides as it does</source>
        <translation>Hvorfor kommunen træffer denne afgørelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="47"/>
        <source>The documents and facts the decision relies on</source>
        <translation>De dokumenter og oplysninger, afgørelsen bygger på</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="53"/>
        <source>Heard orally at the table</source>
        <translation>Hørt mundtligt ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="55"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="56"/>
        <source>The citizen was heard orally just now</source>
        <translation>Borgeren er hørt mundtligt netop nu</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="59"/>
        <source>What the citizen said, e.g. agreed</source>
        <translation>Hvad borgeren sagde, fx var enig</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="64"/>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="66"/>
        <source>Reasons</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="67"/>
        <source>Facts relied on</source>
        <translation>Oplysninger lagt til grund</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="68"/>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="73"/>
        <source>Citizen heard at</source>
        <translation>Borgeren hørt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="74"/>
        <source>Hearing note</source>
        <translation>Note om partshøring</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="75"/>
        <source>Takes effect</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_form.py" line="146"/>
        <source>Departs from the team&apos;s indstilling: the case returns to the team.</source>
        <translation>Afviger fra teamets indstilling: sagen skal tilbage til teamet.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="27"/>
        <source>Decision at the table</source>
        <translation>Afgørelse ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="36"/>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="94"/>
        <source>Make the decision</source>
        <translation>Træf afgørelsen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="38"/>
        <source>Lock the decision; it can then go into the decision letter</source>
        <translation>Lås afgørelsen; derefter kan den skrives i afgørelsesbrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="39"/>
        <source>Reopen…</source>
        <translation>Genåbn…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="72"/>
        <source>The municipality decides on the finalised indstilling; finalise it first.</source>
        <translation>Kommunen træffer afgørelse på den afsluttede indstilling; afslut den først.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="74"/>
        <source>Decided (version %1) by %2.</source>
        <translation>Afgjort (version %1) af %2.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="77"/>
        <source>Draft, saved as you type.</source>
        <translation>Kladde, gemmes mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="93"/>
        <source>The decision departs from the indstilling, so the case returns to the team. Decide?</source>
        <translation>Afgørelsen afviger fra indstillingen, så sagen skal tilbage til teamet. Træf afgørelsen?</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="108"/>
        <source>Reopen the decision</source>
        <translation>Genåbn afgørelsen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/decision_panel.py" line="108"/>
        <source>Why is the decision reopened? (logged)</source>
        <translation>Hvorfor genåbnes afgørelsen? (logføres)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="13"/>
        <source>RehabMeet</source>
        <translation>RehabMeet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="18"/>
        <source>Import case bundles</source>
        <translation>Importér sagsbundter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="19"/>
        <source>Case bundles (*.rmb.zip *.zip);;All files (*)</source>
        <translation>Sagsbundter (*.rmb.zip *.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="26"/>
        <source>Import an unpacked case bundle</source>
        <translation>Importér et udpakket sagsbundt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="39"/>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="40"/>
        <location filename="../../rehabmeet/ui/dialogs.py" line="57"/>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="69"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="58"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="59"/>
        <source>RehabMeet packs (*.rmpack)</source>
        <translation>RehabMeet-pakker (*.rmpack)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="61"/>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="86"/>
        <source>Choose pack files</source>
        <translation>Vælg pakkefiler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="87"/>
        <source>RehabMeet packs (*.rmpack);;All files (*)</source>
        <translation>RehabMeet-pakker (*.rmpack);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="70"/>
        <source>Import a signing certificate</source>
        <translation>Importér et signeringscertifikat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="71"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certifikater (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="78"/>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/dialogs.py" line="79"/>
        <source>Passphrase for %1:</source>
        <translation>Adgangskode til %1:</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="67"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="81"/>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../rehabmeet/atomic.py" line="23"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan ikke skrive {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="48"/>
        <source>Finalise with unmet law points</source>
        <translation>Færdiggør med uopfyldte lovkrav</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="52"/>
        <source>These points are required by law and are not met. Complete them, or give a reason for each; the reasons are kept with the indstilling and in the audit log.</source>
        <translation>Disse punkter er lovkrav og er ikke opfyldt. Udfyld dem, eller giv en begrundelse for hvert; begrundelserne gemmes med indstillingen og i revisionsloggen.</translation>
    </message>
</context>
<context>
    <name>FollowThroughWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="52"/>
        <source>After the meeting</source>
        <translation>Efter mødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="59"/>
        <source>Record the decision</source>
        <translation>Registrér afgørelsen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="65"/>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="70"/>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="70"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="70"/>
        <source>Dropped because</source>
        <translation>Opgivet fordi</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="76"/>
        <source>Started on the date above</source>
        <translation>Startet på datoen ovenfor</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="77"/>
        <source>Dropped…</source>
        <translation>Opgivet…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="86"/>
        <source>At the meeting</source>
        <translation>På mødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="86"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="86"/>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="86"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="107"/>
        <source>Municipality&apos;s decision</source>
        <translation>Kommunens afgørelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="109"/>
        <source>Citizen told on</source>
        <translation>Borgeren orienteret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="113"/>
        <source>Recommended measures</source>
        <translation>Anbefalede indsatser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="141"/>
        <source>Decided at the table on the meeting day.</source>
        <translation>Afgjort ved bordet på mødedagen.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="143"/>
        <source>⚠ Departs from the indstilling: the case returns to the team.</source>
        <translation>⚠ Afviger fra indstillingen: sagen skal tilbage til teamet.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="145"/>
        <source>No decision recorded yet.</source>
        <translation>Ingen afgørelse registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="149"/>
        <source>told after %1 day(s)</source>
        <translation>orienteret efter %1 dag(e)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="149"/>
        <source>not told yet, %1 day(s) after</source>
        <translation>ikke orienteret endnu, %1 dag(e) efter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="200"/>
        <source>Measure dropped</source>
        <translation>Indsats opgivet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/follow_through_widget.py" line="200"/>
        <source>Why will the measure not start?</source>
        <translation>Hvorfor starter indsatsen ikke?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="94"/>
        <source>Versions of the indstilling</source>
        <translation>Indstillingens versioner</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="99"/>
        <source>saved while writing</source>
        <translation>gemt under skrivning</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="100"/>
        <source>finalised</source>
        <translation>færdiggjort</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="101"/>
        <source>reopened</source>
        <translation>genåbnet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="107"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../rehabmeet/ui/import_controller.py" line="85"/>
        <source>The import stopped because of an unexpected problem: %1</source>
        <translation>Importen stoppede på grund af et uventet problem: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="34"/>
        <source>Importing case bundles</source>
        <translation>Importerer sagsbundter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="35"/>
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Importerer %n bundt…</numerusform>
            <numerusform>Importerer %n bundter…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="36"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="61"/>
        <source>Stopping after the current document…</source>
        <translation>Stopper efter det aktuelle dokument…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="70"/>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="76"/>
        <source>Import results</source>
        <translation>Resultat af importen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="88"/>
        <source>Put the cases on the agenda of %1</source>
        <translation>Sæt sagerne på dagsordenen for %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="90"/>
        <source>Import changed cases as new versions</source>
        <translation>Importér ændrede sager som nye versioner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="109"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importeret</numerusform>
            <numerusform>%n importeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="111"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="113"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afvist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/import_dialogs.py" line="114"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
</context>
<context>
    <name>ImportResultsTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="41"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="41"/>
        <source>Bundle</source>
        <translation>Bundt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="41"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="41"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="41"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="67"/>
        <source>Ready for the meeting</source>
        <translation>Klar til mødet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="68"/>
        <source>%n readiness finding(s)</source>
        <translation>
            <numerusform>%n parathedsfund</numerusform>
            <numerusform>%n parathedsfund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="73"/>
        <source>✔ Imported</source>
        <translation>✔ Importeret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="74"/>
        <source>= Unchanged</source>
        <translation>= Uændret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="75"/>
        <source>✖ Refused</source>
        <translation>✖ Afvist</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/import_results_table_model.py" line="76"/>
        <source>⏹ Cancelled</source>
        <translation>⏹ Annulleret</translation>
    </message>
</context>
<context>
    <name>Indstilling</name>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="39"/>
        <source>The team recommends</source>
        <translation>Teamet indstiller</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="42"/>
        <source>The team&apos;s assessment of the citizen&apos;s prospects</source>
        <translation>Teamets vurdering af borgerens muligheder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="44"/>
        <source>Factors the team emphasised</source>
        <translation>Forhold teamet har lagt vægt på</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="48"/>
        <source>Afklaret, and why not on ordinary terms</source>
        <translation>Afklaring, og hvorfor ikke på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="53"/>
        <source>Job functions and job goal</source>
        <translation>Arbejdsfunktioner og jobmål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="60"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="61"/>
        <source>Professional explanation</source>
        <translation>Faglig begrundelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="64"/>
        <source>The citizen&apos;s own view</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="73"/>
        <source>Work capacity: {hours} hours a week</source>
        <translation>Arbejdsevne: {hours} timer om ugen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="80"/>
        <source>Expected development by {date}.</source>
        <translation>Forventet udvikling senest {date}.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="85"/>
        <source>Very limited work capacity (LAB § 116, stk. 2): {text}</source>
        <translation>Meget begrænset arbejdsevne (LAB § 116, stk. 2): {text}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="89"/>
        <source>Work capacity and progression</source>
        <translation>Arbejdsevne og progression</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="95"/>
        <source>Special considerations and support</source>
        <translation>Særlige hensyn og støtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="108"/>
        <source>responsible: {who}</source>
        <translation>ansvarlig: {who}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="110"/>
        <source>coordination: {how}</source>
        <translation>koordinering: {how}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="112"/>
        <source>start: {when}</source>
        <translation>start: {when}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="114"/>
        <source>with mentor support</source>
        <translation>med mentorstøtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="118"/>
        <source>No measures: {why}</source>
        <translation>Ingen indsats: {why}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="120"/>
        <source>Measures</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/recommendation/wording.py" line="129"/>
        <source>Dissenting views</source>
        <translation>Afvigende opfattelser</translation>
    </message>
</context>
<context>
    <name>IndstillingEditor</name>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="57"/>
        <source>The caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlerens indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="67"/>
        <source>Use the outcome&apos;s template</source>
        <translation>Brug ordningens skabelon</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="68"/>
        <source>Versions…</source>
        <translation>Versioner…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="69"/>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="70"/>
        <source>Finalise…</source>
        <translation>Færdiggør…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="71"/>
        <source>Reopen for a new version…</source>
        <translation>Genåbn til ny version…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="117"/>
        <source>Select a case on the agenda.</source>
        <translation>Vælg en sag på dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="137"/>
        <source>Finalised, version %1</source>
        <translation>Færdiggjort, version %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="140"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="139"/>
        <source>unsaved changes</source>
        <translation>ikke gemte ændringer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="139"/>
        <source>saved</source>
        <translation>gemt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="145"/>
        <source>The caseworker recommends</source>
        <translation>Sagsbehandleren indstiller</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="145"/>
        <source>named most often in the text</source>
        <translation>nævnt oftest i teksten</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="152"/>
        <source>The team departs from it: it recommends %1.</source>
        <translation>Teamet afviger: det indstiller %1.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="156"/>
        <source>The bundle holds no recommendation from the caseworker.</source>
        <translation>Sagsbundtet indeholder ingen indstilling fra sagsbehandleren.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="193"/>
        <source>saved %1</source>
        <translation>gemt %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="200"/>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="201"/>
        <source>Keep your text (yes) or load theirs (no)?</source>
        <translation>Behold din tekst (ja) eller hent deres (nej)?</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="250"/>
        <source>Reopen the indstilling</source>
        <translation>Genåbn indstillingen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_editor.py" line="250"/>
        <source>Why is the finalised indstilling changed?</source>
        <translation>Hvorfor ændres den færdiggjorte indstilling?</translation>
    </message>
</context>
<context>
    <name>IndstillingForm</name>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="70"/>
        <source>Recommended outcome</source>
        <translation>Indstillet ordning</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="71"/>
        <source>Prospects for work or education (§ 9)</source>
        <translation>Muligheder for arbejde eller uddannelse (§ 9)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="72"/>
        <source>Concrete job goal</source>
        <translation>Konkret jobmål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="73"/>
        <source>Employment, social and health factors emphasised</source>
        <translation>Beskæftigelsesmæssige, sociale og helbredsmæssige forhold</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="76"/>
        <source>Why afklaret, and why not on ordinary terms</source>
        <translation>Hvorfor afklaret, og hvorfor ikke på ordinære vilkår</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="79"/>
        <source>Types of flex job or job functions</source>
        <translation>Typer af fleksjob eller arbejdsfunktioner</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="80"/>
        <source>Special considerations (skånehensyn)</source>
        <translation>Særlige hensyn (skånehensyn)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="81"/>
        <source>Support in a transition period (also &apos;no&apos;)</source>
        <translation>Støtte i en overgangsperiode (også &apos;nej&apos;)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="84"/>
        <source>Special help: personal assistance, aids</source>
        <translation>Særlig hjælp: personlig assistance, hjælpemidler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="85"/>
        <source>A concrete flex job is in view</source>
        <translation>Der er et konkret fleksjob i sigte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="86"/>
        <source>The company has confirmed it (med forbehold)</source>
        <translation>Virksomheden har bekræftet det (med forbehold)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="89"/>
        <source>With the current or last employer (fastholdelse)</source>
        <translation>Hos nuværende eller seneste arbejdsgiver (fastholdelse)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="92"/>
        <source>Can the citizen find a job alone, or is help needed?</source>
        <translation>Kan borgeren selv finde job, eller er der behov for hjælp?</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="95"/>
        <source>Hours per week (1–37)</source>
        <translation>Timer pr. uge (1–37)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="96"/>
        <source>Intensity</source>
        <translation>Intensitet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="97"/>
        <source>Very limited work capacity (LAB § 116, stk. 2)</source>
        <translation>Meget begrænset arbejdsevne (LAB § 116, stk. 2)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="100"/>
        <source>Why capacity can develop within a reasonable period</source>
        <translation>Hvorfor arbejdsevnen kan udvikles inden for en rimelig periode</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="103"/>
        <source>Expected progression</source>
        <translation>Forventet progression</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="104"/>
        <source>Progression deadline</source>
        <translation>Frist for progression</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="105"/>
        <source>Professional explanation (førtidspension)</source>
        <translation>Faglig begrundelse (førtidspension)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="108"/>
        <source>Measures</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="109"/>
        <source>If no measures: the concrete assessment</source>
        <translation>Hvis ingen indsats: den konkrete vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="112"/>
        <source>Follow-up, including mentor support</source>
        <translation>Opfølgning, herunder mentorstøtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="113"/>
        <source>The citizen&apos;s own view</source>
        <translation>Borgerens egen vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="114"/>
        <source>Dissenting views (by name)</source>
        <translation>Afvigende opfattelser (med navn)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="121"/>
        <source>The recommendation</source>
        <translation>Indstillingen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="122"/>
        <source>Fleksjob</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="123"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="124"/>
        <source>Førtidspension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="125"/>
        <source>Measures and follow-up (§ 11)</source>
        <translation>Indsatser og opfølgning (§ 11)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="126"/>
        <source>The citizen and dissent</source>
        <translation>Borgeren og afvigende opfattelser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="177"/>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="184"/>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="197"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="198"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="199"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="200"/>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="201"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="202"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="207"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="209"/>
        <source>Discipline</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="211"/>
        <source>Disagreement</source>
        <translation>Uenighed</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="221"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="222"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_form.py" line="248"/>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
</context>
<context>
    <name>IssuedDocuments</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="18"/>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="19"/>
        <source>Decision (afgørelse)</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="20"/>
        <source>Hand-out for the citizen</source>
        <translation>Udlevering til borgeren</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="27"/>
        <source>Not signed</source>
        <translation>Ikke underskrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="28"/>
        <source>✔ Signed</source>
        <translation>✔ Underskrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="29"/>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsTableModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="39"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="40"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="43"/>
        <source>Signed by</source>
        <translation>Underskrevet af</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="44"/>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="55"/>
        <source>Correction: %1</source>
        <translation>Rettelse: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="57"/>
        <source>Still to sign: %1</source>
        <translation>Mangler underskrift: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/issued_documents_table_model.py" line="63"/>
        <source> (large type)</source>
        <translation> (stor skrift)</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="61"/>
        <source>PDF (signable)</source>
        <translation>PDF (kan underskrives)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="62"/>
        <source>Word (editable)</source>
        <translation>Word (kan redigeres)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="63"/>
        <source>Large type</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="65"/>
        <source>Write document</source>
        <translation>Skriv dokument</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="68"/>
        <source>Write the chosen document from the finalised indstilling (Ctrl+Shift+D)</source>
        <translation>Skriv det valgte dokument ud fra den afsluttede indstilling (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="78"/>
        <source>Written documents</source>
        <translation>Skrevne dokumenter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="80"/>
        <source>Sign…</source>
        <translation>Underskriv…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="81"/>
        <source>Check signatures</source>
        <translation>Kontrollér underskrifter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="82"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="83"/>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="84"/>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="86"/>
        <source>Write a new version with a reason; a signed one is never changed</source>
        <translation>Skriv en ny version med en begrundelse; en underskrevet ændres aldrig</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="151"/>
        <source>Write a document once the indstilling is finalised.</source>
        <translation>Skriv et dokument, når indstillingen er afsluttet.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="153"/>
        <source>Signed documents are read-only; a correction is a new version with a reason.</source>
        <translation>Underskrevne dokumenter kan ikke ændres; en rettelse er en ny version med en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="155"/>
        <source>The Word copy is for filing and editing; the PDF is the one that is signed.</source>
        <translation>Word-kopien er til journalisering og redigering; det er PDF&apos;en, der underskrives.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="189"/>
        <source>Correct a signed document</source>
        <translation>Ret et underskrevet dokument</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="189"/>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="250"/>
        <source>Why is it corrected? (logged)</source>
        <translation>Hvorfor rettes det? (logføres)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="193"/>
        <source>Writing the document…</source>
        <translation>Skriver dokumentet…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="216"/>
        <source>Signing…</source>
        <translation>Underskriver…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="225"/>
        <source>Checking the signatures…</source>
        <translation>Kontrollerer underskrifterne…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="244"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/issued_documents_widget.py" line="250"/>
        <source>Correct the document</source>
        <translation>Ret dokumentet</translation>
    </message>
</context>
<context>
    <name>LaneBox</name>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="45"/>
        <source>Points of %1</source>
        <translation>Punkter fra %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="49"/>
        <source>Add a point (Enter)</source>
        <translation>Tilføj et punkt (Enter)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="50"/>
        <source>New point for %1</source>
        <translation>Nyt punkt for %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="51"/>
        <source>Speaking…</source>
        <translation>Taler…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="66"/>
        <source>Heard</source>
        <translation>Hørt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="68"/>
        <source>Mark as not heard</source>
        <translation>Markér som ikke hørt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="70"/>
        <source>Not heard yet</source>
        <translation>Ikke hørt endnu</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="72"/>
        <source>Mark as heard</source>
        <translation>Markér som hørt</translation>
    </message>
</context>
<context>
    <name>LanesWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="133"/>
        <source>Not heard yet: %1</source>
        <translation>Ikke hørt endnu: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/lanes_widget.py" line="136"/>
        <source>Every lane has been heard</source>
        <translation>Alle faggrupper er hørt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="59"/>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="60"/>
        <source>Summary and documents</source>
        <translation>Resumé og dokumenter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="62"/>
        <source>Running the meeting</source>
        <translation>Mødeafvikling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="64"/>
        <source>The team&apos;s input</source>
        <translation>Teamets input</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="66"/>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="69"/>
        <source>Decision and documents</source>
        <translation>Afgørelse og dokumenter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="157"/>
        <source>Encrypted database</source>
        <translation>Krypteret database</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="157"/>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="158"/>
        <source>User: %1</source>
        <translation>Bruger: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/main_window.py" line="218"/>
        <source>Select a case on the agenda first.</source>
        <translation>Vælg først en sag på dagsordenen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/main_window.py" line="245"/>
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n sag importeret</numerusform>
            <numerusform>%n sager importeret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="35"/>
        <source>There is no team yet. Run `rehabmeet demo`, or set up the team first.</source>
        <translation>Der er endnu intet team. Kør `rehabmeet demo`, eller opret teamet først.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="44"/>
        <source>Create or choose a meeting day first.</source>
        <translation>Opret eller vælg først en mødedag.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="49"/>
        <source>Every imported case is already on this agenda. Import more bundles first.</source>
        <translation>Alle importerede sager er allerede på dagsordenen. Importér flere bundter først.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="53"/>
        <source>must return: the decision departs from the indstilling</source>
        <translation>skal tilbage: afgørelsen afviger fra indstillingen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="54"/>
        <source>must return: the measures have not started in time</source>
        <translation>skal tilbage: indsatserne er ikke startet i tide</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="68"/>
        <source>Postpone the case</source>
        <translation>Udsæt sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_controller.py" line="68"/>
        <source>Why is the case moved to another day?</source>
        <translation>Hvorfor flyttes sagen til en anden dag?</translation>
    </message>
</context>
<context>
    <name>MeetingRunWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="50"/>
        <source>Notes for this case</source>
        <translation>Noter til sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="51"/>
        <source>Notes for this case (saved as you type)</source>
        <translation>Noter til sagen (gemmes, mens du skriver)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="68"/>
        <source>Attendance and quorum</source>
        <translation>Fremmøde og beslutningsdygtighed</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="72"/>
        <source>The day</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="74"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="130"/>
        <source>No case selected</source>
        <translation>Ingen sag valgt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="170"/>
        <source>No quorum</source>
        <translation>Ikke beslutningsdygtigt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="170"/>
        <source>Reason for starting anyway:</source>
        <translation>Begrundelse for alligevel at starte:</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="186"/>
        <source>Postpone the case</source>
        <translation>Udsæt sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_run_widget.py" line="186"/>
        <source>Why is the case moved to another day?</source>
        <translation>Hvorfor flyttes sagen til en anden dag?</translation>
    </message>
</context>
<context>
    <name>MeetingSelector</name>
    <message>
        <location filename="../../rehabmeet/ui/meeting_selector.py" line="25"/>
        <source>Meeting day</source>
        <translation>Mødedag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/meeting_selector.py" line="35"/>
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
        <location filename="../../rehabmeet/ui/itemmodels/meeting_set_tree_model.py" line="119"/>
        <source>%1 of %2 pages</source>
        <translation>%1 af %2 sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/meeting_set_tree_model.py" line="121"/>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/meeting_set_tree_model.py" line="122"/>
        <source>(not in the meeting set)</source>
        <translation>(ikke i mødesættet)</translation>
    </message>
</context>
<context>
    <name>MeetingSetWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="41"/>
        <source>Page budget</source>
        <translation>Sidebudget</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="48"/>
        <source>Documents and pages</source>
        <translation>Dokumenter og sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="52"/>
        <source>Include selected</source>
        <translation>Medtag valgte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="53"/>
        <source>Leave out selected</source>
        <translation>Udelad valgte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="54"/>
        <source>Default selection</source>
        <translation>Standardudvalg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="83"/>
        <source>Includes the summary sheet (%n page(s)).</source>
        <translation>
            <numerusform>Inkl. resuméarket (%n side).</numerusform>
            <numerusform>Inkl. resuméarket (%n sider).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="86"/>
        <source>Over the cap by %1 pages. Reason: %2</source>
        <translation>Over loftet med %1 sider. Begrundelse: %2</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="94"/>
        <source>%1 of %2 pages</source>
        <translation>%1 af %2 sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="120"/>
        <source>Over the page cap</source>
        <translation>Over sideloftet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="120"/>
        <source>Reason for going over the cap:</source>
        <translation>Begrundelse for at gå over loftet:</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/meeting_set_widget.py" line="134"/>
        <source>Select a case first.</source>
        <translation>Vælg først en sag.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="14"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="26"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="40"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="41"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="54"/>
        <source>Meeting day</source>
        <translation>Mødedag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/menus.py" line="61"/>
        <source>Meeting day:</source>
        <translation>Mødedag:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="35"/>
        <source>New meeting day</source>
        <translation>Ny mødedag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="39"/>
        <source>Rehabilitation team meeting</source>
        <translation>Møde i rehabiliteringsteamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="44"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="48"/>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="61"/>
        <source>Members invited</source>
        <translation>Inviterede medlemmer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="55"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="56"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="57"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="58"/>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="59"/>
        <source>Leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/planning_dialogs.py" line="60"/>
        <source>Secretary</source>
        <translation>Referent</translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="40"/>
        <source>Choose a meeting day first.</source>
        <translation>Vælg en mødedag først.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="42"/>
        <source>Where should the agenda packs go?</source>
        <translation>Hvor skal mødepakkerne gemmes?</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="45"/>
        <source>Writing agenda packs…</source>
        <translation>Skriver mødepakker…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="51"/>
        <source>Agenda pack for %1</source>
        <translation>Mødepakke til %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/packs_controller.py" line="57"/>
        <source>%n agenda pack(s) written</source>
        <translation>
            <numerusform>%n mødepakke skrevet</numerusform>
            <numerusform>%n mødepakker skrevet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="77"/>
        <source>%1: already imported</source>
        <translation>%1: allerede importeret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="78"/>
        <source>%1: %2 new, %3 changed, %4 removed, %5 conflicts</source>
        <translation>%1: %2 nye, %3 ændrede, %4 fjernede, %5 konflikter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="85"/>
        <source>Note conflicts</source>
        <translation>Notekonflikter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/packs_controller.py" line="85"/>
        <source>There are no conflicts.</source>
        <translation>Der er ingen konflikter.</translation>
    </message>
</context>
<context>
    <name>PageAnnotator</name>
    <message>
        <location filename="../../rehabmeet/ui/page_annotator.py" line="31"/>
        <source>Page with your notes; click to pin a note, drag to highlight</source>
        <translation>Siden med dine noter; klik for at sætte en note, træk for at markere</translation>
    </message>
</context>
<context>
    <name>PassphrasesDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="33"/>
        <source>Agenda packs written</source>
        <translation>Mødepakker skrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="38"/>
        <source>Give each member their file and, separately (in person or by phone), their passphrase. The passphrases are kept in this computer&apos;s keyring to open the notes that come back.</source>
        <translation>Giv hvert medlem sin fil og, for sig (personligt eller i telefonen), sin adgangskode. Adgangskoderne gemmes i computerens nøglering, så noterne kan åbnes, når de kommer tilbage.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="43"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="43"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="43"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="43"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="43"/>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pack_dialogs.py" line="54"/>
        <source>Copy the list</source>
        <translation>Kopiér listen</translation>
    </message>
</context>
<context>
    <name>PdfViewerWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="42"/>
        <source>Document viewer</source>
        <translation>Dokumentfremviser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="66"/>
        <source>Previous page (Page Up)</source>
        <translation>Forrige side (Page Up)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="67"/>
        <source>Next page (Page Down)</source>
        <translation>Næste side (Page Down)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="68"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom ud (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="69"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="70"/>
        <source>Fit to width (Ctrl+0)</source>
        <translation>Tilpas til bredde (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/pdf_viewer.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="43"/>
        <source>Preparing for the meeting</source>
        <translation>Forberedelse til mødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="49"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="49"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="53"/>
        <source>Previous page (Page Up)</source>
        <translation>Forrige side (Page Up)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="55"/>
        <source>Next page (Page Down)</source>
        <translation>Næste side (Page Down)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="65"/>
        <source>Add a note…</source>
        <translation>Tilføj en note…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="66"/>
        <source>Add a point for the meeting…</source>
        <translation>Tilføj et punkt til mødet…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="67"/>
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="68"/>
        <source>Share / make private</source>
        <translation>Del / gør privat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="69"/>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="227"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="71"/>
        <source>Send my shared notes…</source>
        <translation>Send mine delte noter…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="73"/>
        <source>Click the page to pin a note; drag to highlight. Notes stay private until shared.</source>
        <translation>Klik på siden for at sætte en note; træk for at markere. Noter er private, til du deler dem.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="158"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="187"/>
        <source>A point for the meeting</source>
        <translation>Et punkt til mødet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="187"/>
        <source>A note on the case</source>
        <translation>En note til sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="188"/>
        <source>Text (private until you share it):</source>
        <translation>Tekst (privat, til du deler den):</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="195"/>
        <source>A note on page %1</source>
        <translation>En note på side %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="195"/>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="216"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="204"/>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="204"/>
        <source>A comment (optional):</source>
        <translation>En kommentar (valgfri):</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="216"/>
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/preparation_window.py" line="227"/>
        <source>Delete this note?</source>
        <translation>Slet denne note?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/preparation_window.py" line="243"/>
        <source>%n shared note(s) written to %1. Give the file to the meeting leader.</source>
        <translation>
            <numerusform>%n delt note skrevet til %1. Giv filen til mødelederen.</numerusform>
            <numerusform>%n delte noter skrevet til %1. Giv filen til mødelederen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloudWindow</name>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="134"/>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/indstilling_dialogs.py" line="146"/>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="67"/>
        <source>{document} is missing.</source>
        <translation>{document} mangler.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="75"/>
        <source>{document} is {days} days old (limit {limit} days).</source>
        <translation>{document} er {days} dage gammel (grænse {limit} dage).</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="83"/>
        <source>The summary has no section “{section}”.</source>
        <translation>Resuméet har intet afsnit om “{section}”.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="90"/>
        <source>The citizen&apos;s own job goal is not stated.</source>
        <translation>Borgerens eget jobmål er ikke oplyst.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="97"/>
        <location filename="../../rehabmeet/bundles/readiness.py" line="102"/>
        <source>{days} days since the preparatory part was signed: over {limit} days.</source>
        <translation>{days} dage siden den forberedende del blev underskrevet: over {limit} dage.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="113"/>
        <source>No date of the citizen&apos;s consent to the team&apos;s treatment.</source>
        <translation>Ingen dato for borgerens samtykke til teamets behandling.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/bundles/readiness.py" line="146"/>
        <source>Unknown readiness check “{check}” in the team&apos;s rules.</source>
        <translation>Ukendt parathedstjek “{check}” i teamets regler.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="26"/>
        <source>✔ Ready</source>
        <translation>✔ Klar</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="27"/>
        <source>⚠ Warnings</source>
        <translation>⚠ Advarsler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="28"/>
        <source>✖ Not ready</source>
        <translation>✖ Ikke klar</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="36"/>
        <source>✖ Blocking</source>
        <translation>✖ Blokerende</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="37"/>
        <source>⚠ Warning</source>
        <translation>⚠ Advarsel</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="38"/>
        <source>ℹ Note</source>
        <translation>ℹ Bemærk</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="66"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="67"/>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="68"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="69"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="70"/>
        <source>Employer liaison</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="71"/>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/labels.py" line="72"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>SearchHitsListModel</name>
    <message>
        <location filename="../../rehabmeet/ui/itemmodels/search_hits_list_model.py" line="40"/>
        <source>%1, p. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/itemmodels/search_hits_list_model.py" line="45"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n forekomst</numerusform>
            <numerusform>%n forekomster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="34"/>
        <source>Sign the document</source>
        <translation>Underskriv dokumentet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="42"/>
        <source>The signature box of this role is used: %1</source>
        <translation>Underskriftsfeltet for denne rolle bruges: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="43"/>
        <source>Import certificate…</source>
        <translation>Importér certifikat…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="44"/>
        <source>Create a trial certificate…</source>
        <translation>Opret et prøvecertifikat…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="46"/>
        <source>Sign</source>
        <translation>Underskriv</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="48"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="49"/>
        <source>Sign as</source>
        <translation>Underskriv som</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="55"/>
        <source>The passphrase is taken from this computer&apos;s keyring; nothing is stored elsewhere.</source>
        <translation>Adgangskoden hentes fra computerens nøglering; den gemmes ikke andre steder.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="74"/>
        <source> – trial</source>
        <translation> – prøve</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="97"/>
        <source>Trial certificate</source>
        <translation>Prøvecertifikat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="97"/>
        <source>The signer&apos;s name (for trials, not real cases):</source>
        <translation>Underskriverens navn (til afprøvning, ikke rigtige sager):</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../rehabmeet/services/stats.py" line="84"/>
        <source>Management information</source>
        <translation>Ledelsesinformation</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="8"/>
        <source>Cases by type and recommended outcome</source>
        <translation>Sager efter type og indstillet udfald</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="9"/>
        <source>Cases heard per month</source>
        <translation>Behandlede sager pr. måned</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="10"/>
        <source>Waiting times in days</source>
        <translation>Ventetider i dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="11"/>
        <source>Distribution of waiting times</source>
        <translation>Fordeling af ventetider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="12"/>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="13"/>
        <source>Meeting time per case, planned and actual (minutes)</source>
        <translation>Mødetid pr. sag, planlagt og faktisk (minutter)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="14"/>
        <source>Completeness of the indstilling per control point</source>
        <translation>Indstillingens fuldstændighed pr. kontrolpunkt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="15"/>
        <source>Attendance per discipline</source>
        <translation>Fremmøde pr. faggruppe</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="16"/>
        <source>Recommended and started measures</source>
        <translation>Anbefalede og påbegyndte indsatser</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="17"/>
        <source>Citizen told the indstilling (control point D1)</source>
        <translation>Borgeren orienteret om indstillingen (kontrolpunkt D1)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="18"/>
        <source>Review sample (stratified by caseworker)</source>
        <translation>Stikprøve (fordelt på sagsbehandlere)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="19"/>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="20"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="21"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="22"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="23"/>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="24"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="25"/>
        <source>90th percentile</source>
        <translation>90. percentil</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="26"/>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="27"/>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="28"/>
        <source>Decided at the table</source>
        <translation>Afgjort ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="29"/>
        <source>Share at the table</source>
        <translation>Andel ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="30"/>
        <source>Planned (avg.)</source>
        <translation>Planlagt (gns.)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="31"/>
        <source>Actual (avg.)</source>
        <translation>Faktisk (gns.)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="32"/>
        <source>Control point</source>
        <translation>Kontrolpunkt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="33"/>
        <source>Applies</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="34"/>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="35"/>
        <source>Share met</source>
        <translation>Andel opfyldt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="36"/>
        <source>Discipline</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="37"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="38"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="39"/>
        <source>Written assessment</source>
        <translation>Skriftlig vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="40"/>
        <source>Share present</source>
        <translation>Andel til stede</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="41"/>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="42"/>
        <source>Recommended</source>
        <translation>Anbefalet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="43"/>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="44"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="45"/>
        <source>Share started</source>
        <translation>Andel påbegyndt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="46"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="47"/>
        <source>Signed preparatory part → meeting</source>
        <translation>Underskrevet forberedende del → møde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="48"/>
        <source>Meeting → decision</source>
        <translation>Møde → afgørelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="49"/>
        <source>Meeting → first measure started</source>
        <translation>Møde → første indsats startet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="50"/>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="51"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="52"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="53"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="54"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="55"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="56"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="65"/>
        <source>within {days} days</source>
        <translation>inden for {days} dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/labels.py" line="67"/>
        <source>over {days} days</source>
        <translation>over {days} dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/report_pdf.py" line="78"/>
        <source>{days} days</source>
        <translation>{days} dage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/stats/report_pdf.py" line="81"/>
        <source>Cases heard</source>
        <translation>Behandlede sager</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../rehabmeet/documents/summary_pdf.py" line="40"/>
        <source>Summary sheet</source>
        <translation>Resuméark</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_pdf.py" line="96"/>
        <source>page {page} of {pages}</source>
        <translation>side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="41"/>
        <source>Summary for the rehabilitation team</source>
        <translation>Resumé til rehabiliteringsteamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="77"/>
        <source>Rehabilitation team</source>
        <translation>Rehabiliteringsteamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="83"/>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="98"/>
        <source>Summary: {name}</source>
        <translation>Resumé: {name}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="124"/>
        <source>Case facts</source>
        <translation>Sagens fakta</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="126"/>
        <source>Readiness findings</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="133"/>
        <source>not in the meeting set</source>
        <translation>ikke i mødesættet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="143"/>
        <source>Missing: the caseworker&apos;s summary has no such section.</source>
        <translation>Mangler: sagsbehandlerens resumé har ikke dette afsnit.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="147"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="163"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="164"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="165"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="166"/>
        <source>In the meeting set</source>
        <translation>I mødesættet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="169"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="193"/>
        <source>The meeting reads {chosen} of the case&apos;s {total} pages (page cap {cap}, this sheet included). Pages outside the meeting set are not cut from the case: they can be read in RehabMeet.</source>
        <translation>Mødet læser {chosen} af sagens {total} sider (sideloft {cap} inkl. dette ark). Sider uden for mødesættet er ikke fjernet fra sagen: de kan læses i RehabMeet.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/documents/summary_sheet_pdf.py" line="199"/>
        <source>Documents and the meeting set</source>
        <translation>Dokumenter og mødesæt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="21"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="21"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="22"/>
        <source>{age} years (born {born}); CPR {cpr}</source>
        <translation>{age} år (født {born}); cpr-nr. {cpr}</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="25"/>
        <source>{days} days since the preparatory part was signed ({signed})</source>
        <translation>{days} dage siden den forberedende del blev underskrevet ({signed})</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="30"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="32"/>
        <source>Own job goal</source>
        <translation>Eget jobmål</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="33"/>
        <source>not stated</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="35"/>
        <source>Vocational qualification</source>
        <translation>Erhvervskompetencegivende uddannelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="36"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="38"/>
        <source>Companion</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="39"/>
        <source>none announced</source>
        <translation>ingen anmeldt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="41"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="42"/>
        <source>Waiting time</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="44"/>
        <source>Education member (UU)</source>
        <translation>Uddannelsesrepræsentant (UU)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="45"/>
        <source>must attend</source>
        <translation>skal deltage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/summary_facts.py" line="47"/>
        <source>not required</source>
        <translation>skal ikke deltage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="18"/>
        <source>Preparatory part</source>
        <translation>Forberedende del</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="19"/>
        <source>LÆ 265</source>
        <translation>LÆ 265</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="20"/>
        <source>Health coordinator</source>
        <translation>Sundhedskoordinator</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="21"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="22"/>
        <source>Specialist</source>
        <translation>Speciallæge</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="23"/>
        <source>Record</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="24"/>
        <source>Placement</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="25"/>
        <source>Caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlers indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="26"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/summary/sheet.py" line="111"/>
        <source>{document}, p. {page}</source>
        <translation>{document}, s. {page}</translation>
    </message>
</context>
<context>
    <name>SummarySheetView</name>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="38"/>
        <source>Summary sheet</source>
        <translation>Resuméark</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="48"/>
        <source>Question to the team</source>
        <translation>Spørgsmål til teamet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="65"/>
        <source>Missing: the caseworker&apos;s summary has no such section.</source>
        <translation>Mangler: sagsbehandlerens resumé har ikke dette afsnit.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="69"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="76"/>
        <source>(not in the meeting set)</source>
        <translation>(ikke i mødesættet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="82"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/summary_sheet_view.py" line="88"/>
        <source>Documents (pages in the meeting set)</source>
        <translation>Dokumenter (sider i mødesættet)</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="50"/>
        <source>Time left in the phase</source>
        <translation>Tid tilbage i fasen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="97"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="97"/>
        <source>Press F5 to start the case</source>
        <translation>Tryk F5 for at starte sagen</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="100"/>
        <source>Case finished</source>
        <translation>Sagen er afsluttet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="100"/>
        <source>Total time</source>
        <translation>Samlet tid</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="110"/>
        <source>OVER TIME by %1</source>
        <translation>OVERSKREDET med %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="115"/>
        <source>Under two minutes left</source>
        <translation>Under to minutter tilbage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="119"/>
        <source>left</source>
        <translation>tilbage</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timer_widget.py" line="122"/>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
</context>
<context>
    <name>TimingReport</name>
    <message>
        <location filename="../../rehabmeet/documents/timing_report_pdf.py" line="48"/>
        <source>Timing report</source>
        <translation>Tidsrapport</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="95"/>
        <source>case</source>
        <translation>sag</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="96"/>
        <source>case type</source>
        <translation>sagstype</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="97"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="98"/>
        <source>planned minutes</source>
        <translation>planlagte minutter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="99"/>
        <source>actual minutes</source>
        <translation>faktiske minutter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="100"/>
        <source>overrun minutes</source>
        <translation>overskredne minutter</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="101"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="104"/>
        <source>total</source>
        <translation>i alt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="105"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/services/timing_report.py" line="162"/>
        <source>Planned {planned} min, used {actual} min, over time {over} min; the day&apos;s drift {drift} min.</source>
        <translation>Planlagt {planned} min, brugt {actual} min, overskredet {over} min; dagens afvigelse {drift} min.</translation>
    </message>
</context>
<context>
    <name>TimingReportDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="33"/>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="39"/>
        <source>Timing report</source>
        <translation>Tidsrapport</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="44"/>
        <source>Planned %1 min · used %2 min · the day: %3</source>
        <translation>Planlagt %1 min · brugt %2 min · dagen: %3</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="51"/>
        <source>Save as CSV…</source>
        <translation>Gem som CSV…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="52"/>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/timing_report_dialog.py" line="80"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="113"/>
        <source>Signatures: %1</source>
        <translation>Underskrifter: %1</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="122"/>
        <source>Signer</source>
        <translation>Underskriver</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="123"/>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="124"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="125"/>
        <source>Covers</source>
        <translation>Dækker</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="126"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="140"/>
        <source>✔ Intact</source>
        <translation>✔ Intakt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="140"/>
        <source>✖ Broken</source>
        <translation>✖ Brudt</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="141"/>
        <source>The whole document</source>
        <translation>Hele dokumentet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="141"/>
        <source>✖ Not the whole document</source>
        <translation>✖ Ikke hele dokumentet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="142"/>
        <source>Known here</source>
        <translation>Kendt her</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="142"/>
        <source>Not known on this computer</source>
        <translation>Ukendt på denne computer</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="156"/>
        <source>✖ The stored file differs from the one recorded in the log.</source>
        <translation>✖ Den gemte fil er ikke den, der er registreret i loggen.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="158"/>
        <source>The document is not signed.</source>
        <translation>Dokumentet er ikke underskrevet.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="160"/>
        <source>✔ Every signature is intact and covers the whole document.</source>
        <translation>✔ Alle underskrifter er intakte og dækker hele dokumentet.</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/ui/signing_dialogs.py" line="161"/>
        <source>✖ At least one signature is broken or does not cover the document.</source>
        <translation>✖ Mindst én underskrift er brudt eller dækker ikke hele dokumentet.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="76"/>
        <source>Job clarification (jobafklaringsforløb)</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="77"/>
        <source>Resource programme (ressourceforløb)</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="78"/>
        <source>Flex job (fleksjob)</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="79"/>
        <source>Disability pension (førtidspension)</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="80"/>
        <source>Re-assessment (revurdering)</source>
        <translation>Revurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="81"/>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="124"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="82"/>
        <source>Preparatory part</source>
        <translation>Forberedende del</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="83"/>
        <source>GP certificate (LÆ 265)</source>
        <translation>LÆ 265 (lægeattest)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="84"/>
        <source>Health coordinator statement</source>
        <translation>Sundhedskoordinatorens udtalelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="85"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="86"/>
        <source>Specialist statement</source>
        <translation>Speciallægeerklæring</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="87"/>
        <source>Medical record</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="88"/>
        <source>Work placement report</source>
        <translation>Praktikrapport</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="89"/>
        <source>Caseworker&apos;s recommendation</source>
        <translation>Sagsbehandlers indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="90"/>
        <source>Employment (jobcenter)</source>
        <translation>Beskæftigelse (jobcenter)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="91"/>
        <source>Social services</source>
        <translation>Socialområdet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="92"/>
        <source>Health area</source>
        <translation>Sundhedsområdet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="99"/>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="93"/>
        <source>Health coordinator</source>
        <translation>Sundhedskoordinator</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="94"/>
        <source>Education (UU)</source>
        <translation>Uddannelse (UU)</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="95"/>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="96"/>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="97"/>
        <source>Social work presentation</source>
        <translation>Socialfaglig præsentation</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="98"/>
        <source>Attachment to the labour market</source>
        <translation>Erhvervstilknytning</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="100"/>
        <source>The citizen&apos;s own voice</source>
        <translation>Borgerens egen stemme</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="101"/>
        <source>The caseworker&apos;s assessment</source>
        <translation>Sagsbehandlers vurdering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="102"/>
        <source>Pre-discussion</source>
        <translation>Formøde</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="103"/>
        <source>Citizen session</source>
        <translation>Borgerens deltagelse</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="104"/>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="105"/>
        <source>Announcement</source>
        <translation>Meddelelse af indstilling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="106"/>
        <source>Decision at the table</source>
        <translation>Afgørelse ved bordet</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="107"/>
        <source>Job clarification programme (jobafklaringsforløb)</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="108"/>
        <source>Subsidy for the self-employed</source>
        <translation>Tilskud til selvstændigt erhvervsdrivende</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="109"/>
        <source>Other employment-oriented measure</source>
        <translation>Anden beskæftigelsesrettet indsats</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="110"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="111"/>
        <source>Work placement</source>
        <translation>Virksomhedspraktik</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="112"/>
        <source>Guidance and upskilling</source>
        <translation>Vejledning og opkvalificering</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="113"/>
        <source>Aids</source>
        <translation>Hjælpemidler</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="114"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="115"/>
        <source>Social support</source>
        <translation>Social støtte</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="119"/>
        <source>Job clarification</source>
        <translation>Jobafklaring</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="120"/>
        <source>Resource programme</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="121"/>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="122"/>
        <source>Disability pension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <location filename="../../rehabmeet/domain/vocabulary.py" line="123"/>
        <source>Re-assessment</source>
        <translation>Revurdering</translation>
    </message>
</context>
</TS>
