"""Demo case 4: a førtidspension case (Preben Toft Jakobsen, COPD, heart disease, diabetes and depression).

The longest bundle of the demo day (38 pages, beyond a 30-page cap). All people, companies and texts are
invented. Dates are computed from the meeting day.
"""

from __future__ import annotations

from datetime import date

from rehabmeet.bundles.spec import BundleSpec, CitizenSpec, DocumentSpec, PageSpec
from rehabmeet.services.demo_content.common import (
    KLINISK_FUNKTION,
    MUNICIPALITY,
    age_on,
    ago,
    cpr_for,
    dk,
    dmy,
    document,
    exported_at,
    month_year,
    page,
    section,
)
from rehabmeet.services.demo_content.foertidspension_records import (
    BIRTH,
    CW,
    GP,
    GP_NAME,
    NAME,
    function_assessment,
    gp_journal,
    heart_specialist,
    jobcenter_journal,
    lung_specialist,
    praktik,
    psych_specialist,
    status_report,
    timeline,
)

# ---------------------------------------------------------------------------------------------------
# Case 4 — førtidspension: Preben Toft Jakobsen, former slaughterhouse and warehouse worker.
# Readiness gap: the preparatory part was signed about seven months before the meeting (long wait,
# while specialist statements were obtained).
# ---------------------------------------------------------------------------------------------------

_QUESTION = (
    "Er Prebens arbejdsevne varigt nedsat i et sådant omfang, at han ikke kan forsørge sig selv ved "
    "indtægtsgivende arbejde, heller ikke i et fleksjob, og er de relevante muligheder for at udvikle "
    "arbejdsevnen afprøvet, så teamet kan anbefale førtidspension?"
)


# ---------------------------------------------------------------- d1: the preparatory part


def _preparatory_pages_1_to_4(m: date, cpr: str) -> tuple[PageSpec, ...]:
    t = timeline(m)
    signed = t["signed"]
    return (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: {NAME}, cpr-nr. {cpr}, Tornhøjvej 31, 2. th., 9220 Aalborg Øst. Koordinerende
            sagsbehandler: Ole Brøndum, Jobcenter Aalborg, Team Ressourceforløb og Pension. Den
            forberedende del er udarbejdet sammen med Preben over tre samtaler, hvoraf den ene blev holdt
            i hans hjem, og underskrevet den {dk(signed)}.

            Preben er {age_on(BIRTH, signed)} år. Han har arbejdet som slagteriarbejder og lagerarbejder og
            har været uden for arbejdsmarkedet siden en blodprop i hjertet i {month_year(t["infarct"])}.
            Han har svær KOL, hjertesvigt, type 2-diabetes og en langvarig depression. Han er i sit andet
            ressourceforløb og modtager ressourceforløbsydelse.

            Spørgsmål til teamet: {_QUESTION}

            Sagen har tidligere været behandlet i rehabiliteringsteamet den {dk(t["rf2_team"])}, hvor
            teamet indstillede til et nyt ressourceforløb med en sidste arbejdsprøvning i skånsomme rammer
            og en afklaring af det psykiske helbred. Teamets indstilling og forløbets status er vedlagt.

            Før sagen forelægges igen, indhentes speciallægeerklæringer i lungemedicin, kardiologi og
            psykiatri via Klinisk Funktion, Region Nordjylland, så teamet har et opdateret helbredsmæssigt
            grundlag.

            Preben deltager i cirka 20 minutter af mødet uden bisidder. Hans datter kører ham til mødet.
            Der er ikke behov for tolk, men mødelokalet skal ligge i stueplan. Preben har den {dk(signed)}
            givet skriftligt samtykke til behandlingen i teamet og til indhentning af helbredsoplysninger.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål",
            """
            Preben siger: »Jeg har arbejdet, siden jeg var 17. Jeg ville ønske, jeg kunne noget, men jeg kan
            ikke engang gå op ad trappen uden at stå og hive efter vejret. Jeg er færdig med at prøve, om jeg
            kan det, jeg ikke kan.«

            Preben ser ikke selv realistiske muligheder for at vende tilbage til arbejdsmarkedet, heller
            ikke i et fleksjob med få timer. Han ønsker, at teamet vurderer, om han kan få førtidspension.

            Preben fortæller, at det vigtigste for ham er at få ro på økonomien og at få en bolig, hvor han
            ikke skal gå op ad to etager. Han ønsker at bruge de kræfter, han har, på sine børnebørn og på
            at holde sig i gang med den træning, han kan klare.

            Preben har været med til at formulere afsnittet og har godkendt det. Han siger, at han har
            gjort, hvad han er blevet bedt om i forløbene, og at han er skuffet over, at det ikke har
            hjulpet.

            Preben har ikke et jobmål. Han har fået vejledning om, at teamet også vil drøfte, om der er
            andre muligheder end førtidspension, og han har sagt, at han gerne vil høre teamets vurdering.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: folkeskolens 9. klasse, Aalborg (1982). Ingen erhvervsuddannelse. Kurser:
            truckcertifikat (1990), AMU-kurser i fødevarehygiejne (1995 og 2004), lagerstyring med
            håndterminal (2011).

            1983-2009: slagteriarbejder, Nordjysk Slagteri, Aalborg. Opgaver og kompetencer: udskæring og
            udbening på samlebånd, rengøring efter hygiejneregler, de sidste ti år også truckkørsel og
            oplæring af nye medarbejdere. Fratrådt ved slagteriets lukning.

            2009-{t["dismissed"].year}: lagerarbejder, Aalborg Havn Logistik. Opgaver og kompetencer:
            truckkørsel, plukning med håndterminal, læsning og losning af containere og optælling af
            varer. Fratrådt efter længere sygemelding efter blodproppen.

            Preben fremhæver selv, at han altid har været mødestabil, arbejdsom og en god kollega. Han har
            kun haft få sygedage før blodproppen.

            Preben har kørekort, men har solgt bilen. Han har en smartphone og bruger Digital Post med hjælp
            fra sin datter. Han har ikke erfaring med computer eller kontorarbejde og læser og skriver med
            besvær.

            CV'et er udarbejdet sammen med Preben og vedlagt.
            """,
        ),
        page(
            "4. Personlige ressourcer og netværk",
            """
            Preben er fraskilt og bor alene i en lejet toværelses lejlighed på anden sal uden elevator. Han
            har to voksne børn. Datteren Camilla bor i Aalborg og hjælper ham med indkøb, post og aftaler.
            Sønnen bor i Aarhus og kommer på besøg et par gange om året. Preben har to børnebørn, som han er
            meget glad for.

            Preben har tidligere haft mange venner fra slagteriet og lystfiskerforeningen, men han ser dem
            sjældent nu, fordi han ikke kan klare turene. En gammel kollega besøger ham hver anden uge, og
            de ser fodbold sammen.

            Preben beskriver sig selv som en stille mand, der ikke vil være til besvær. Han har svært ved
            at bede om hjælp og fortæller først om sine problemer, når de er blevet store.

            Preben modtager praktisk hjælp fra hjemmeplejen til rengøring hver 14. dag og har fået bevilget
            en rollator. Han er skrevet op til en lejlighed i stueplan hos sit boligselskab.

            Preben har ressourcer i form af et godt forhold til sine børn, en stor vilje til at gøre det,
            der bliver aftalt, og en lang arbejdsmarkedserfaring.
            """,
        ),
    )


def _preparatory_pages_5_to_8(m: date) -> tuple[PageSpec, ...]:
    t = timeline(m)
    return (
        page(
            "5. Beskæftigelsesmæssige og sociale udfordringer",
            """
            Preben får åndenød ved let anstrengelse. Han kan gå cirka 100-150 meter i roligt tempo, før han
            skal hvile, og han skal holde pause på trappen mellem etagerne. Han bliver udmattet af
            almindelige daglige gøremål som bad og påklædning og skal hvile efter indkøb.

            Han har perioder med forværring af KOL, især i vinterhalvåret, hvor han ikke kan forlade
            lejligheden i flere uger. Han har været indlagt to gange i løbet af ressourceforløbene.

            Preben er præget af tristhed, træthed og opgivenhed. Han sover meget om dagen og har svært ved
            at tage initiativ. Han har mistet kontakten til mange af sine tidligere venner.

            Økonomien er stram. Preben har en mindre afdragsordning på en gammel forbrugsgæld, som han
            overholder. Der er ikke oplysninger om misbrug. Han holdt op med at ryge efter blodproppen og
            har været røgfri siden.

            Boligen er en væsentlig udfordring, fordi trapperne begrænser, hvor ofte han kan komme ud.
            """,
        ),
        page(
            "6. Helbred – borgerens egen vurdering",
            f"""
            Preben beskriver sit helbred som dårligt og langsomt faldende. Han fik en blodprop i hjertet i
            {month_year(t["infarct"])} og fik lagt to stents. Senere er der fundet nedsat pumpefunktion i
            hjertet. Han har haft KOL i mange år og har sukkersyge, som behandles med tabletter.

            Han fortæller, at åndenøden er det, der begrænser ham mest. Han bliver også hurtigt træt i
            hovedet og har svært ved at koncentrere sig om mere end én ting ad gangen.

            Preben har fået behandling for depression med medicin hos egen læge og har haft samtaler med en
            psykolog. Han synes, det har hjulpet lidt på søvnen, men ikke på humøret.

            Preben har gennemført KOL-rehabilitering og hjerterehabilitering og træner derhjemme efter et
            program. Han går en kort tur med rollator hver dag, når vejret tillader det.

            Preben vurderer ikke, at han kan arbejde, heller ikke få timer om ugen. Han oplever, at han
            bruger alle sine kræfter på at klare sig selv.

            Egen læge er Karin Winther, Lægehuset Aalborg Øst. Relevante helbredsoplysninger fremgår af
            LÆ 265, journaludskrift fra egen læge og de speciallægeerklæringer, der indhentes.
            """,
        ),
        page(
            "7. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: lønmodtager 1983-{t["infarct"].year}; sygedagpenge fra
            {dk(t["infarct"])}; ressourceforløbsydelse under jobafklaringsforløb fra
            {month_year(t["jobafklaring"])}; ressourceforløbsydelse i ressourceforløb fra
            {month_year(t["rf1"])} og i et nyt ressourceforløb fra {month_year(t["rf2"])}.

            Jobafklaringsforløb. Formål: hjerterehabilitering og afklaring af arbejdsevnen efter
            blodproppen. Udbytte: hjerterehabilitering gennemført; arbejde på lager afskrevet på grund af
            åndenød.

            Første ressourceforløb, {month_year(t["rf1"])} til {month_year(t["rf2"])}, med
            KOL-rehabilitering, mentor og samtaler om arbejdsmuligheder. Formål: at forbedre den fysiske
            formåen og afprøve let arbejde. Udbytte: lille bedring i gangdistance efter rehabiliteringen, men
            en indlæggelse med KOL-forværring og fund af hjertesvigt forhindrede arbejdsprøvning.

            Andet ressourceforløb fra {month_year(t["rf2"])} med mentor, psykologsamtaler og
            virksomhedspraktik. Formål: en sidste afprøvning af arbejdsevnen i skånsomme rammer og
            afklaring af det psykiske helbred. Udbytte: se nedenfor og statusrapporten.

            {dk(t["praktik_start"])} til {dk(t["praktik_end"])}: praktik i Cykelværkstedet Genbrug Øst, 4
            timer om ugen fordelt på to dage. Formål: at afprøve, om Preben kan varetage let, siddende
            arbejde få timer om ugen. Udbytte: fremmøde på 60 procent, åndenød og udtrætning allerede efter
            en time; praktikken blev afbrudt efter syv uger.
            """,
        ),
        page(
            "8. Sagsbehandlers vurdering",
            """
            Det er sagsbehandlers foreløbige vurdering, at Prebens arbejdsevne er varigt nedsat i et
            omfang, så han ikke kan forsørge sig selv ved indtægtsgivende arbejde, heller ikke i et
            fleksjob.

            Preben har deltaget i et jobafklaringsforløb og to ressourceforløb med rehabilitering, mentor,
            psykologsamtaler og en meget skånsom praktik med 4 timer om ugen. Han har deltaget aktivt og
            loyalt, men der er ikke sket en progression i arbejdsevnen; tværtimod er helbredet forværret
            med fund af hjertesvigt og hyppigere forværringer af KOL.

            Sagsbehandler vurderer, at det er dokumenteret, at arbejdsevnen ikke kan forbedres, men ønsker,
            at vurderingen bygger på opdaterede speciallægeerklæringer, før sagen forelægges. De indhentes
            via Klinisk Funktion, og sagen forelægges teamet, når de foreligger.

            Sagsbehandler har desuden sat en ansøgning om boligskift i gang og vil sammen med Preben søge
            om en ergoterapeutisk funktionsvurdering, som kan belyse hans formåen i hverdagen.

            Underskrevet af Preben Toft Jakobsen (borger) og Ole Brøndum (sagsbehandler).
            """,
        ),
    )


# ---------------------------------------------------------------- d2, d3: GP certificate and coordinator


def _lae265(m: date) -> DocumentSpec:
    t = timeline(m)
    issued = ago(m, 58)
    pages = (
        page(
            "Anamnese og sygdomsforløb",
            f"""
            Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg til brug for
            rehabiliteringsteamet. Preben har været tilknyttet praksis i over 20 år. Attesten erstatter
            tidligere attester i sagen.

            Type 2-diabetes siden 2014, behandlet med tabletter. KOL diagnosticeret i 2017 efter
            rygning siden 15-årsalderen. Blodprop i hjertet (STEMI) i {month_year(t["infarct"])},
            behandlet med ballonudvidelse og to stents. Røgfri siden. Depression siden
            {t["depression"].year}. Hjertesvigt med nedsat pumpefunktion påvist i
            {month_year(t["heart_failure"])}.

            Indlagt med KOL-forværring i {month_year(t["copd_admission"])} og med lungebetændelse og
            KOL-forværring i {month_year(t["pneumonia"])}. Derudover to-tre forværringer om året, som er
            behandlet i almen praksis med antibiotika og prednisolon.

            Preben beskriver et langsomt faldende funktionsniveau, hvor han bruger sine kræfter på at klare
            sig selv i hjemmet.
            """,
        ),
        page(
            "Objektive fund og diagnoser",
            """
            Almentilstand: afmagret, let cyanotisk om læberne, taler i korte sætninger ved gang i
            konsultationen. Iltmætning i hvile 92 procent, faldende til 86 procent efter gang på trappen.
            Blodtryk 118/72, puls 78, regelmæssig.

            Lunger: forlænget udånding, spredte hvæsende lyde. Hjerte: ingen mislyde. Let hævede ankler.
            Vægt 64 kg, faldende med 5 kg på et år.

            Spirometri: FEV1 42 procent af forventet, FEV1/FVC 0,45. HbA1c 55 mmol/mol. Seneste
            ekkokardiografi: uddrivningsfraktion 40 procent.

            Psykisk: afdæmpet, sænket stemningsleje, opgivende i forhold til fremtiden, ingen
            selvmordstanker. Kognitivt orienteret, men langsom.

            Diagnoser: DJ449 Kronisk obstruktiv lungesygdom, svær (GOLD 3); DI252 Tidligere
            myokardieinfarkt; DI500 Hjerteinsufficiens med nedsat uddrivningsfraktion; DE119 Type
            2-diabetes uden komplikationer; DF321 Moderat depressiv enkeltepisode, langvarigt forløb.
            """,
        ),
        page(
            "Behandling, prognose og funktionsevne",
            f"""
            Behandling: inhalationsmedicin med tre aktive stoffer og anfaldsmedicin; hjertemedicin
            (blodfortyndende, kolesterolsænkende, betablokker, hjertesvigtmedicin og vanddrivende);
            metformin og empagliflozin; mirtazapin 30 mg. Gennemført hjerterehabilitering og
            KOL-rehabilitering. Psykologforløb afsluttet. Årlig influenza- og pneumokokvaccination.

            Prognose: Tilstanden er kronisk og progredierende. Der er ikke yderligere
            behandlingsmuligheder, der kan forventes at bedre funktionsevnen væsentligt. Den psykiske
            tilstand er tæt forbundet med de fysiske begrænsninger.

            Funktionsevne: Preben kan ikke varetage arbejde med fysisk belastning. Han har ikke kunnet
            gennemføre en meget skånsom praktik med 4 timer om ugen. Det er min vurdering, at han ikke kan
            varetage arbejde af økonomisk værdi, heller ikke få timer om ugen.

            Helbredsmæssigt er der ikke noget til hinder for, at Preben deltager i mødet, når der tages
            hensyn til trapper og pauser.

            Dato: {dmy(issued)}. Underskrift: {GP_NAME}, praktiserende læge, Lægehuset Aalborg Øst.
            """,
        ),
    )
    return document("d2", "lae265", "Lægeattest LÆ 265 til rehabiliteringsteamet", issued, f"læge {GP}", pages)


def _coordinator(m: date) -> DocumentSpec:
    issued = ago(m, 18)
    pages = (
        page(
            "Grundlag for udtalelsen",
            """
            Udtalelsen bygger på den forberedende del, LÆ 265 fra læge Karin Winther, journaludskrift fra
            egen læge, speciallægeerklæringer i lungemedicin, kardiologi og psykiatri, den
            ergoterapeutiske funktionsvurdering og evalueringen af praktikken. Borgeren er ikke undersøgt
            af sundhedskoordinatoren.

            Speciallægeerklæringerne er rekvireret via Klinisk Funktion efter den forberedende del blev
            udarbejdet. Der er ikke indhentet hospitalsjournaler ud over de epikriser, som findes i egen
            læges journal.

            Helbredsoplysningerne er omfattende og af nyere dato. De vurderes tilstrækkelige til, at teamet
            kan tage stilling til spørgsmålet om førtidspension.
            """,
        ),
        page(
            "Sundhedsfaglig vurdering og anbefalinger",
            f"""
            Der er tale om svær KOL (FEV1 42 procent, hyppige forværringer), iskæmisk hjertesygdom med
            hjertesvigt og nedsat pumpefunktion, velreguleret type 2-diabetes og en langvarig moderat
            depression. Sygdommene forstærker hinanden, og den samlede belastning er stor.

            Alle tre speciallæger vurderer, at tilstanden er kronisk, og at der ikke er behandlingstilbud,
            der kan forventes at forbedre funktionsevnen væsentligt. Lungemedicineren vurderer, at
            prognosen er langsomt faldende. Psykiateren vurderer, at depressionen næppe vil bedres, så
            længe de fysiske begrænsninger består.

            Der er god overensstemmelse mellem borgerens egen beskrivelse, de lægelige oplysninger,
            praktikevalueringen og den ergoterapeutiske funktionsvurdering.

            Det er sundhedskoordinatorens vurdering, at der ikke er helbredsmæssige muligheder for at
            udvikle arbejdsevnen, og at den helbredsmæssige dokumentation understøtter en indstilling om
            førtidspension. Fortsat træning og lindrende behandling anbefales under alle omstændigheder.

            Sundhedskoordinatoren deltager i mødet. Dato: {dmy(issued)}. Overlæge Lise Munk.
            """,
        ),
    )
    return document(
        "d3",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        issued,
        f"overlæge Lise Munk, {KLINISK_FUNKTION}",
        pages,
    )


def _cv(m: date) -> DocumentSpec:
    t = timeline(m)
    return document(
        "d4",
        "cv",
        f"CV for {NAME}",
        ago(m, 218),
        NAME,
        (
            page(
                f"CV – {NAME}",
                f"""
                Tornhøjvej 31, 2. th., 9220 Aalborg Øst. Kørekort: B. Truckcertifikat. Sprog: dansk.

                Uddannelse: folkeskolens 9. klasse (1982). AMU-kurser: truckcertifikat (1990),
                fødevarehygiejne (1995 og 2004), lagerstyring med håndterminal (2011).

                2009-{t["dismissed"].year}, lagerarbejder, Aalborg Havn Logistik. Konkrete kompetencer:
                truckkørsel, plukning og registrering med håndterminal, læsning og losning af containere,
                vareoptælling.

                1983-2009, slagteriarbejder, Nordjysk Slagteri. Konkrete kompetencer: udskæring og udbening,
                hygiejne og rengøring efter faste procedurer, truckkørsel, oplæring af nye kolleger.

                Om mig: Jeg har altid mødt til tiden og været en god kollega. Jeg er vant til hårdt fysisk
                arbejde og til at arbejde i et fast tempo på et hold.

                Jobmål: Ingen aktuelt. Helbredet forhindrer arbejde.
                """,
            ),
        ),
    )


def foertidspension_case(ref: str, m: date) -> BundleSpec:
    """Case 4: førtidspension, the longest bundle; the preparatory part was signed about seven months ago."""
    cpr = cpr_for(BIRTH, "1139")
    t = timeline(m)
    preparatory = document(
        "d1",
        "forberedende_del",
        "Rehabiliteringsplanens forberedende del",
        t["signed"],
        CW.name,
        (*_preparatory_pages_1_to_4(m, cpr), *_preparatory_pages_5_to_8(m)),
    )
    documents = (
        preparatory,
        _lae265(m),
        _coordinator(m),
        _cv(m),
        lung_specialist(m),
        heart_specialist(m),
        psych_specialist(m),
        praktik(m),
        status_report(m),
        function_assessment(m),
        jobcenter_journal(m),
        gp_journal(m),
    )
    summary = (
        section(
            "sagsresume",
            f"""
            Preben Toft Jakobsen er {age_on(BIRTH, m)} år, ufaglært og har været uden for arbejdsmarkedet
            siden en blodprop i hjertet i {month_year(t["infarct"])}. Han har gennemført et
            jobafklaringsforløb og er i sit andet ressourceforløb. Teamet bedes vurdere, om de relevante
            muligheder er afprøvet, så der kan indstilles til førtidspension.
            """,
            "d1:1",
            "d1:7",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Preben er fraskilt og bor alene på anden sal uden elevator. Datteren hjælper med indkøb og post,
            og han får praktisk hjælp fra hjemmeplejen. Han er blevet isoleret og har en stram økonomi.
            Ergoterapeuten beskriver, at han bruger det meste af sin energi på basale daglige aktiviteter,
            og anbefaler boligskift.
            """,
            "d1:4",
            "d1:5",
            "d10:2",
        ),
        section(
            "erhvervstilknytning",
            """
            Preben arbejdede i 26 år på slagteri og derefter som lagerarbejder. Han har ingen
            erhvervsuddannelse og ingen erfaring med kontorarbejde. En meget skånsom praktik med 4 timer om
            ugen på et cykelværksted gav et fremmøde på 57 procent og blev afbrudt efter syv uger.
            Statusrapporten viser ingen progression i arbejdsevnen.
            """,
            "d4:1",
            "d1:3",
            "d8:2",
            "d9:2",
        ),
        section(
            "helbred",
            """
            Preben har svær KOL (FEV1 42 procent) med hyppige forværringer, hjertesvigt efter en blodprop
            i hjertet, type 2-diabetes og en langvarig moderat depression. Egen læge og speciallæger i
            lungemedicin, kardiologi og psykiatri vurderer tilstanden som kronisk uden behandling, der kan
            forbedre funktionsevnen væsentligt. Sundhedskoordinatoren finder, at dokumentationen
            understøtter førtidspension.
            """,
            "d2:2",
            "d2:3",
            "d5:3",
            "d6:3",
            "d7:2",
            "d3:2",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »Jeg har arbejdet, siden jeg var 17. Jeg ville ønske, jeg kunne noget, men jeg kan ikke engang
            gå op ad trappen uden at stå og hive efter vejret.« Preben ser ingen realistiske muligheder for
            arbejde og ønsker ro på økonomien og en bolig uden trapper.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at arbejdsevnen er varigt nedsat, så Preben ikke kan forsørge sig selv
            ved arbejde, heller ikke i fleksjob. Han har deltaget loyalt i jobafklaring og to
            ressourceforløb uden progression, og helbredet er forværret. Sagen blev holdt tilbage, indtil
            opdaterede speciallægeerklæringer forelå.
            """,
            "d1:8",
            "d11:4",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="foertidspension",
        question_to_team=_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name=NAME,
            cpr=cpr,
            birth_date=BIRTH,
            has_vocational_qualification=False,
            own_job_goal=None,
        ),
        caseworker=CW,
        preparatory_part_signed_on=t["signed"],
        documents=documents,
        summary=summary,
        citizen_consented_on=t["signed"],
        exported_at=exported_at(m),
    )
