"""Demo case 2: a ressourceforløb for a citizen under 30 without a vocational qualification.

All people, companies and texts are invented. Dates are computed from the meeting day.
"""

from __future__ import annotations

from datetime import date

from rehabmeet.bundles.spec import BundleSpec, CitizenSpec, DocumentSpec, PersonSpec
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
    journal_page,
    month_year,
    page,
    section,
)

# ---------------------------------------------------------------------------------------------------
# Case 2 — ressourceforløb: Freja Lindberg Nørgaard, 23, no vocational qualification (UU required).
# Complete case.
# ---------------------------------------------------------------------------------------------------

_FREJA_BIRTH = date(2003, 2, 17)
_FREJA_CW = PersonSpec(name="Jonas Friis Madsen", unit="Jobcenter Aalborg, Ungeindsatsen", email="jfm@example.dk")
_FREJA_QUESTION = (
    "Kan teamet anbefale et ressourceforløb, der gennem fortsat praktik, mentorstøtte og behandling gør "
    "Freja klar til at starte på erhvervsuddannelsen som dyrepasser, og hvordan skal uddannelsesdelen "
    "tilrettelægges?"
)


def _freja_preparatory(m: date, cpr: str) -> DocumentSpec:
    signed = ago(m, 72)
    y = signed.year
    pages = (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: Freja Lindberg Nørgaard, cpr-nr. {cpr}, Smedegårdsvej 14, st. th., 9220 Aalborg Øst.
            Koordinerende sagsbehandler: Jonas Friis Madsen, Jobcenter Aalborg, Ungeindsatsen. Den
            forberedende del er udarbejdet sammen med Freja og hendes mentor over fire samtaler og
            underskrevet den {dk(signed)}.

            Freja er {age_on(_FREJA_BIRTH, signed)} år. Hun har folkeskolens afgangsprøve, men ingen
            erhvervskompetencegivende uddannelse, og modtager uddannelseshjælp som aktivitetsparat. Da
            hun er under 30 år uden en erhvervsuddannelse, deltager Ungdommens Uddannelsesvejledning i
            teamets behandling af sagen.

            Spørgsmål til teamet: {_FREJA_QUESTION}

            Freja er orienteret om, at hun deltager i cirka 20 minutter af mødet. Hun har ønsket at møde
            uden bisidder, men vil gerne have, at hendes mentor venter uden for mødelokalet. Hun har bedt
            om, at der højst er én person ad gangen, der stiller spørgsmål, og at hun må have sine noter
            med. Der er ikke behov for tolk.

            Freja har den {dk(signed)} givet skriftligt samtykke til, at sagen behandles i
            rehabiliteringsteamet, og til at jobcentret indhenter oplysninger fra egen læge og fra
            Klinisk Funktion, Region Nordjylland.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for uddannelse og beskæftigelse",
            """
            Freja siger: »Dyr er ligeglade med, om jeg siger noget forkert. Jeg vil gerne være dyrepasser,
            men jeg har brug for, at det ikke går så stærkt, og at jeg ved, hvad der skal ske.«

            Frejas eget mål er en erhvervsuddannelse som dyrepasser. Hun har tidligere påbegyndt
            grundforløbet, men stoppede, fordi klassen var stor og larmende. Hun ønsker at prøve igen, når
            hun har haft en længere periode med stabilt fremmøde i praktik.

            Freja ønsker at fortsætte i praktikken på Hammer Bakker Dyrepension og gerne øge timetallet.
            Hun vil helst arbejde om formiddagen, hvor der er færrest kunder, og hun vil gerne have faste
            opgaver med hundene og kattene.

            På længere sigt drømmer Freja om et job på en dyreklinik eller i et dyreinternat, hvor hun kan
            arbejde med pleje og rengøring og ikke skal stå i reception eller tage telefonen.

            Freja har selv været med til at formulere målene og har læst og godkendt afsnittet. Hun er
            bekymret for, om hun kan klare skoledelen, og ønsker, at teamet tager stilling til, hvordan
            uddannelsen kan tilrettelægges med støtte.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: folkeskolens afgangsprøve (2019) med gode karakterer i biologi og matematik. HF
            påbegyndt i 2019 og afbrudt efter syv måneder på grund af fravær. Grundforløb 1 til dyrepasser
            påbegyndt i 2021 og afbrudt efter tre måneder. Forberedende Grunduddannelse (FGU) Aalborg,
            produktionsspor med jordbrug og dyr, {y - 3}, afbrudt efter fem måneder.

            Erhvervserfaring: 2018-2019 fritidsjob som opfylder i et supermarked i Vejgaard, to
            eftermiddage om ugen. Kompetencer: opfyldning, datokontrol og at holde orden på hylderne.

            Fra {month_year(ago(m, 190))}: virksomhedspraktik på Hammer Bakker Dyrepension som led i
            indsatsen. Kompetencer: fodring efter foderplan, rengøring af bure og løbegårde, luftning af
            hunde og registrering af medicin og foder i dyrepensionens skema.

            Frivilligt arbejde: Freja hjælper hver søndag i en lille rideklub i Vejgaard med fodring og
            udmugning og har gjort det i tre år.

            Freja er omhyggelig, tålmodig og god til at følge en fast procedure. Hun har et stort kendskab
            til dyrs adfærd og pleje, som hun har læst sig til. Hun har ikke kørekort, men cykler og tager
            bussen. Hun bruger computer og telefon uden problemer og foretrækker skriftlig kommunikation.

            CV'et er udarbejdet sammen med mentor og vedlagt sagen.
            """,
        ),
        page(
            "4. Personlige ressourcer og netværk",
            f"""
            Freja bor alene i en ungdomsbolig i Aalborg Øst med sin kat. Hun klarer selv indkøb,
            madlavning og rengøring, men har svært ved at åbne post og ringe til myndigheder. Siden {y - 3}
            har hun haft socialpædagogisk støtte efter servicelovens § 85 tre timer om ugen, som hjælper
            hende med breve, økonomi og planlægning.

            Freja har tæt kontakt til sin mor og stedfar, som bor i Vejgaard, og spiser hos dem hver
            fredag. Hun har en lillebror på 15 år, som hun er glad for. Kontakten til hendes far, der bor i
            Esbjerg, er sparsom.

            Freja har en veninde fra FGU, som hun ser et par gange om måneden, og en fast gruppe venner,
            hun spiller computer med online. Hun fortæller, at hun har det bedst med få mennesker ad
            gangen.

            Ressourcer: Freja er pligtopfyldende, når hun ved, hvad der forventes, og hun er stabil i de
            aktiviteter, hun selv har valgt, fx rideklubben. Hun er ærlig om sine vanskeligheder og er god
            til at bruge sin mentor.

            Freja har en lille opsparing og ingen gæld. Støttekontaktpersonen hjælper hende med et budget.
            """,
        ),
        page(
            "5. Beskæftigelsesmæssige og sociale udfordringer",
            """
            Freja har autisme og bliver hurtigt overbelastet af larm, mange mennesker og uforudsete
            ændringer. Når hun bliver overbelastet, trækker hun sig og kan have svært ved at møde op de
            følgende dage.

            Hun har social angst og undgår at tale i telefon og at henvende sig til fremmede. I skolen har
            det især været fremlæggelser, gruppearbejde og store klasser, der har fået hende til at stoppe.

            Freja har haft perioder med depression, hvor hun har isoleret sig i sin lejlighed i flere uger.
            Den seneste periode var for godt et år siden, før mentorforløbet startede.

            Frejas døgnrytme har tidligere været forskudt, men hun har i praktikperioden fået en fast rytme
            med at stå op kl. 7 på hverdage.

            Der er ikke oplysninger om misbrug, gæld eller kriminalitet. Boligen er stabil.

            Det er en udfordring for Freja at overskue flere aktiviteter på samme dag. Hun har derfor brug
            for, at aftaler med jobcenter, behandling og praktik koordineres og samles på faste ugedage.
            """,
        ),
        page(
            "6. Helbred – borgerens egen vurdering",
            """
            Freja blev som 19-årig udredt i voksenpsykiatrien og fik diagnosen Aspergers syndrom. Hun har
            desuden tilbagevendende depression og social angst. Hun fortæller, at diagnosen var en lettelse,
            fordi hun fik en forklaring på, hvorfor skolen altid har været så hård.

            Freja tager escitalopram 15 mg dagligt og går til samtaler hos en psykolog i psykiatrien hver
            tredje uge. Hun har deltaget i et psykoedukationsforløb for unge med autisme og har lært at
            bruge et skema til at planlægge energi over ugen.

            Freja vurderer selv, at hun har det bedre end for et år siden. Hun sover bedre og har ikke haft
            en periode med depression, siden hun startede i praktikken. Hun bliver dog stadig meget træt
            efter dage med mange indtryk og skal have en rolig dag bagefter.

            Freja vurderer, at hun kan arbejde 10-12 timer om ugen nu fordelt på tre formiddage, og at hun
            kan øge timetallet langsomt, hvis opgaverne er de samme.

            Egen læge er Ida Brandt, Lægerne i Vejgaard. LÆ 265 og udtalelse fra sundhedskoordinatoren
            indhentes til mødet.
            """,
        ),
        page(
            "7. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: SU under HF 2019-2020; uddannelseshjælp fra 2021 og frem, med status som
            aktivitetsparat fra {y - 3}. Freja har ikke haft ordinær beskæftigelse ud over fritidsjobbet.

            {y - 3}: FGU Aalborg, produktionsspor med jordbrug og dyr. Formål: at opbygge faglige og sociale
            kompetencer før en erhvervsuddannelse. Udbytte: Freja var glad for det praktiske arbejde, men
            stoppede efter fem måneder på grund af angst i de store fællestimer.

            Fra {month_year(ago(m, 420))}: mentor to timer om ugen. Formål: at skabe struktur i hverdagen og
            støtte Freja i kontakten med jobcenter og praktiksted. Udbytte: Freja møder stabilt til
            samtaler og har fået en fast ugeplan. Mentor har været afgørende for, at praktikken kom i gang.

            {dk(ago(m, 190))} til {dk(ago(m, 96))}: virksomhedspraktik på Hammer Bakker Dyrepension, start 6
            timer om ugen, optrappet til 10 timer fordelt på tre formiddage. Formål: at afprøve Frejas
            arbejdsevne og trivsel i et praktisk job med dyr. Udbytte: fremmøde på 85 procent, godt
            arbejde med dyrene, men behov for skriftlig dagsplan og skærmning mod kunder. Praktikken er
            forlænget, mens sagen behandles.

            Samtale med UU-vejleder i {month_year(ago(m, 110))}. Formål: at afklare mulighederne for at
            starte på dyrepasseruddannelsen med støtte. Udbytte: erhvervsskolen kan tilbyde en mindre
            klasse og specialpædagogisk støtte (SPS) med studiestøttetimer.
            """,
        ),
        page(
            "8. Sagsbehandlers vurdering",
            """
            Det er sagsbehandlers vurdering, at Freja har komplekse problemer i form af autisme, social
            angst og tilbagevendende depression, som gør, at hun ikke aktuelt kan gennemføre en
            erhvervsuddannelse eller arbejde på almindelige vilkår. Ordinære tilbud, herunder FGU og
            grundforløbet, er afprøvet uden at lykkes.

            Freja har samtidig tydelige ressourcer: hun er motiveret, har et realistisk uddannelsesmål og
            har i praktikken vist, at hun kan møde stabilt, når rammerne er faste og forudsigelige.

            Sagsbehandler indstiller til et ressourceforløb på to år med fortsat praktik og gradvis
            optrapning til 15 timer om ugen, fortsat mentorstøtte, koordinering med behandlingen i
            psykiatrien og et planlagt brobygningsforløb til dyrepasseruddannelsen i samarbejde med UU og
            erhvervsskolen. Den socialpædagogiske støtte bør fortsætte.

            Sagsbehandler ønsker teamets vurdering af, hvornår det er realistisk at starte på
            grundforløbet, og hvordan overgangen fra praktik til skole bedst tilrettelægges.

            Underskrevet af Freja Lindberg Nørgaard (borger) og Jonas Friis Madsen (sagsbehandler).
            """,
        ),
    )
    return document("d1", "forberedende_del", "Rehabiliteringsplanens forberedende del", signed, _FREJA_CW.name, pages)


def _freja_health_documents(m: date) -> tuple[DocumentSpec, ...]:
    issued = ago(m, 40)
    lae = document(
        "d2",
        "lae265",
        "Lægeattest LÆ 265 til rehabiliteringsteamet",
        issued,
        "læge Ida Brandt, Lægerne i Vejgaard",
        (
            page(
                "Anamnese, objektive fund og diagnoser",
                f"""
                Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg, Ungeindsatsen. Freja har
                været tilknyttet praksis hele sit liv.

                Freja blev i 2022 henvist til udredning i voksenpsykiatrien på grund af langvarige sociale
                vanskeligheder, angst og perioder med nedtrykthed. Udredningen viste Aspergers syndrom. Hun
                har haft to depressive episoder af moderat grad, den seneste i {month_year(ago(m, 480))}.

                Objektivt: Freja møder til tiden og er velsoigneret. Hun har sparsom øjenkontakt og svarer
                kort, men relevant. Stemningslejet er neutralt. Ingen tegn på psykose og ingen
                selvmordstanker. Hun er somatisk rask og har normal vægt.

                Diagnoser: DF845 Aspergers syndrom; DF331 Periodisk depression, aktuelt i remission; DF401
                Socialfobi.
                """,
            ),
            page(
                "Behandling, prognose og funktionsevne",
                f"""
                Behandling: escitalopram 15 mg dagligt siden {ago(m, 72).year - 3}; samtaler med psykolog i
                psykiatrien hver tredje uge; afsluttet psykoedukationsforløb for unge med autisme.

                Prognose: Autismen er en varig tilstand, men funktionsniveauet kan forbedres betydeligt med
                de rette rammer. Depressionen er i remission, og angsten er bedret, efter at Freja har fået
                en fast struktur i hverdagen. Prognosen for at gennemføre en uddannelse vurderes rimelig,
                hvis der gives tid og støtte.

                Funktionsevne: Freja kan aktuelt varetage praktisk arbejde med faste rutiner 10-12 timer om
                ugen fordelt på formiddage. Hun tåler dårligt larm, mange mennesker, uforudsete ændringer
                og telefonopgaver.

                Skånehensyn: fast kontaktperson, skriftlig dagsplan, mulighed for at trække sig ved
                overbelastning, gradvis optrapning og varsling af ændringer i god tid.

                Det anbefales, at skoledelen af en uddannelse indledes med nedsat skema og støtte, og at
                behandlingen i psykiatrien fortsætter under forløbet.

                Dato: {dmy(issued)}. Underskrift: Ida Brandt, praktiserende læge, Lægerne i Vejgaard.
                """,
            ),
        ),
    )
    coordinator = ago(m, 16)
    sk = document(
        "d3",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        coordinator,
        f"overlæge Erik Stampe, {KLINISK_FUNKTION}",
        (
            page(
                "Sundhedsfaglig vurdering og anbefalinger",
                f"""
                Udtalelsen bygger på den forberedende del, LÆ 265 fra læge Ida Brandt og evalueringen fra
                praktikstedet. Borgeren er ikke undersøgt af sundhedskoordinatoren.

                Freja har en veldokumenteret autismespektrumforstyrrelse (Aspergers syndrom) med ledsagende
                social angst og periodisk depression, som aktuelt er i remission. Hun er i relevant
                behandling i psykiatrien, og behandlingen bør fortsætte.

                Autismen er varig, men det er sundhedskoordinatorens vurdering, at Frejas funktionsniveau
                kan udvikles over de kommende år med forudsigelige rammer, gradvis eksponering og støtte.
                Praktikken viser allerede en positiv udvikling i fremmøde og døgnrytme.

                Helbredsoplysningerne er tilstrækkelige til, at teamet kan tage stilling til et
                ressourceforløb. Det anbefales, at overgangen fra praktik til skole planlægges i god tid
                og i samarbejde med behandleren, da skift og nye grupper er de største risici for
                tilbagefald i depression.

                Sundhedskoordinatoren deltager i mødet. Dato: {dmy(coordinator)}. Erik Stampe, overlæge.
                """,
            ),
        ),
    )
    return (lae, sk)


def _freja_other_documents(m: date) -> tuple[DocumentSpec, ...]:
    start, end, report = ago(m, 190), ago(m, 96), ago(m, 88)
    cv = document(
        "d4",
        "cv",
        "CV for Freja Lindberg Nørgaard",
        ago(m, 80),
        "Freja Lindberg Nørgaard",
        (
            page(
                "CV – Freja Lindberg Nørgaard",
                f"""
                Smedegårdsvej 14, st. th., 9220 Aalborg Øst. Kontakt helst via mail eller sms. Sprog: dansk
                (modersmål), engelsk (godt, læser og skriver).

                Mål: erhvervsuddannelse som dyrepasser og på sigt job på en dyreklinik eller i et internat.

                Uddannelse: folkeskolens afgangsprøve (2019). Påbegyndt HF (2019-2020), grundforløb til
                dyrepasser (2021) og FGU, produktionsspor med jordbrug og dyr ({ago(m, 72).year - 3}).

                Praktik fra {month_year(start)}, Hammer Bakker Dyrepension. Konkrete kompetencer: fodring
                efter foderplan, rengøring og desinfektion af bure og løbegårde, luftning af hunde,
                registrering af medicin og foder, observation af dyrenes trivsel.

                2018-2019, fritidsjob som opfylder i et supermarked. Konkrete kompetencer: opfyldning,
                datokontrol og oprydning efter en fast plan.

                Frivilligt: hjælper i en rideklub hver søndag (fodring, udmugning, pleje af heste).

                Om mig: Jeg er omhyggelig og tålmodig og rigtig god til dyr. Jeg arbejder bedst, når jeg
                ved, hvad der skal ske, og når der ikke er for meget larm.

                IT: Word, Excel på begynderniveau, Digital Post og Jobnet.
                """,
            ),
        ),
    )
    praktik = document(
        "d5",
        "praktik",
        "Evaluering af virksomhedspraktik hos Hammer Bakker Dyrepension",
        report,
        "indehaver Bente Hald, Hammer Bakker Dyrepension",
        (
            page(
                "Formål, rammer og arbejdsopgaver",
                f"""
                Praktikken har fundet sted fra {dk(start)} til {dk(end)} og er herefter forlænget, mens
                sagen behandles. Freja startede med 6 timer om ugen fordelt på tre formiddage og blev efter
                seks uger optrappet til 10 timer.

                Formålet var at afprøve Frejas arbejdsevne og trivsel i et praktisk job med dyr og at
                afklare, hvilke rammer hun har brug for, hvis hun skal i gang med en uddannelse.

                Dyrepensionen har plads til 40 hunde og 25 katte og har fire ansatte. Freja har haft
                indehaveren som fast kontaktperson.

                Arbejdsopgaver: morgenfodring efter foderplan, rengøring og desinfektion af bure og
                løbegårde, luftning af hunde to og to, pleje af katte, vask af tæpper og skåle samt
                registrering af foder og medicin i pensionens skema.
                """,
            ),
            page(
                "Fremmøde, observationer og udbytte",
                """
                Fremmøde: 41 af 48 planlagte dage (85 procent). Fraværet lå især i en
                ferieperiode, hvor der var mange kunder i modtagelsen. Efter at Freja blev flyttet til
                hundegården i travle perioder, har fremmødet været stabilt.

                Freja er meget omhyggelig og rolig med dyrene, også med de hunde, der er utrygge. Hun
                opdager hurtigt, hvis et dyr ikke trives, og giver besked skriftligt i logbogen. Hun
                arbejder i et jævnt tempo og bliver færdig med sine opgaver.

                Freja har brug for en skriftlig plan for dagen og for at blive varslet om ændringer. Hun
                har svært ved at tale med kunder og tager ikke telefonen. Hun fungerer bedst, når hun
                arbejder alene eller sammen med én kollega.

                Udbytte: Praktikken viser, at Freja kan udføre praktisk dyrepasserarbejde på et
                tilfredsstillende niveau 10 timer om ugen, og at hun har udviklet sig i løbet af
                perioden. Vi vurderer, at timetallet kan øges gradvist.

                Dyrepensionen er godkendt som praktiksted for dyrepasserelever og er åben for at indgå en
                uddannelsesaftale med Freja, hvis hun gennemfører grundforløbet.
                """,
            ),
        ),
    )
    cw = _FREJA_CW.name
    journal = document(
        "d6",
        "journal",
        "Journaludskrift, Ungeindsatsen",
        ago(m, 14),
        cw,
        (
            journal_page(
                "Journalnotater",
                cw,
                (
                    (
                        ago(m, 420),
                        "Opstart af mentor",
                        """Første møde med Freja og mentor Karina Sand. Freja fortæller, at hun de seneste
                        måneder kun har været ude for at handle. Aftalt: mentor kommer hjemme hos Freja
                        hver tirsdag de første fire uger.""",
                    ),
                    (
                        ago(m, 375),
                        "Jobsamtale",
                        """Samtale på jobcentret med mentor til stede. Freja har mødt op til alle
                        mentoraftaler. Hun fortæller om dyrene i rideklubben og lyser op. Aftalt:
                        sagsbehandler undersøger praktikmuligheder med dyr.""",
                    ),
                    (
                        ago(m, 320),
                        "Telefonnotat",
                        """Mentor oplyser, at Freja har haft en svær uge efter et brev om tilbagebetaling
                        af ydelse, som viste sig at være en fejl. Støttekontaktpersonen har hjulpet med at
                        få sagen rettet.""",
                    ),
                    (
                        ago(m, 260),
                        "Jobsamtale",
                        """Virksomhedskonsulenten har fundet en mulig praktik på Hammer Bakker
                        Dyrepension. Freja er nervøs, men vil gerne se stedet. Aftalt: besøg sammen med
                        mentor.""",
                    ),
                    (
                        ago(m, 205),
                        "Virksomhedsbesøg",
                        """Besøg på dyrepensionen med Freja og mentor. Indehaveren viste rundt, og Freja
                        spurgte selv ind til hundenes foderplan. Praktikaftale underskrevet med start om
                        to uger, 6 timer om ugen.""",
                    ),
                ),
            ),
            journal_page(
                "Journalnotater",
                cw,
                (
                    (
                        ago(m, 150),
                        "Opfølgning",
                        """Opfølgning med indehaver og mentor. Freja møder stabilt og er god ved hundene.
                        Hun har brug for en skriftlig plan for dagen. Aftalt: optrapning til 10 timer om
                        ugen.""",
                    ),
                    (
                        ago(m, 125),
                        "Telefonnotat",
                        """Indehaveren ringer: Freja har haft tre fraværsdage efter en travl dag med mange
                        kunder. Aftalt med Freja og mentor, at hun i travle perioder arbejder i
                        hundegården og ikke i modtagelsen.""",
                    ),
                    (
                        ago(m, 110),
                        "Samtale med UU",
                        """Fælles samtale med UU-vejleder om dyrepasseruddannelsen. Erhvervsskolen kan
                        tilbyde et mindre hold og SPS. Freja vil gerne, men først når hun har været stabil
                        i praktik i længere tid.""",
                    ),
                    (
                        ago(m, 72),
                        "Forberedende del",
                        """Den forberedende del er gennemgået og underskrevet af Freja. Skriftligt
                        samtykke til behandling i rehabiliteringsteamet modtaget. LÆ 265 rekvireret hos
                        egen læge.""",
                    ),
                    (
                        ago(m, 30),
                        "Jobsamtale",
                        """Forberedelse til mødet i rehabiliteringsteamet. Freja har skrevet noter om,
                        hvad hun vil sige, og kan pege på dem, hvis hun går i stå. Praktikken fortsætter
                        med 10 timer om ugen uden fravær den seneste måned.""",
                    ),
                ),
            ),
        ),
    )
    return (cv, praktik, journal)


def ressourceforloeb_case(ref: str, m: date) -> BundleSpec:
    """Case 2: ressourceforløb for a citizen under 30 without a vocational qualification; complete."""
    cpr = cpr_for(_FREJA_BIRTH, "4786")
    signed = ago(m, 72)
    documents = (_freja_preparatory(m, cpr), *_freja_health_documents(m), *_freja_other_documents(m))
    summary = (
        section(
            "sagsresume",
            f"""
            Freja Lindberg Nørgaard er {age_on(_FREJA_BIRTH, m)} år, bor alene i Aalborg Øst og modtager
            uddannelseshjælp som aktivitetsparat. Hun har folkeskolens afgangsprøve, men ingen
            erhvervsuddannelse, og UU deltager derfor i mødet. Teamet bedes vurdere, om et ressourceforløb
            kan gøre hende klar til dyrepasseruddannelsen.
            """,
            "d1:1",
            "d1:7",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Freja klarer sin egen hverdag med socialpædagogisk støtte tre timer om ugen og har tæt kontakt
            til sin mor og stedfar. Hun har få, men stabile venskaber og hjælper hver søndag i en rideklub.
            Larm, mange mennesker og uforudsete ændringer overbelaster hende, og hun har svært ved telefon
            og post.
            """,
            "d1:4",
            "d1:5",
        ),
        section(
            "erhvervstilknytning",
            """
            Freja har afbrudt HF, grundforløbet til dyrepasser og FGU. Hendes eneste erhvervserfaring er
            et fritidsjob som opfylder. I praktik på Hammer Bakker Dyrepension er hun optrappet fra 6 til 10
            timer om ugen med 85 procent fremmøde, og stedet er åbent for en senere uddannelsesaftale.
            """,
            "d1:3",
            "d4:1",
            "d5:2",
        ),
        section(
            "helbred",
            """
            Freja har Aspergers syndrom, periodisk depression i remission og socialfobi og behandles med
            escitalopram og samtaler i psykiatrien. Egen læge vurderer, at hun kan arbejde 10-12 timer om
            ugen med faste rutiner. Sundhedskoordinatoren vurderer, at funktionsniveauet kan udvikles med
            forudsigelige rammer, og at overgangen til skole skal planlægges omhyggeligt.
            """,
            "d2:1",
            "d2:2",
            "d3:1",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »Dyr er ligeglade med, om jeg siger noget forkert.« Freja vil være dyrepasser og ønsker at
            fortsætte i praktikken med flere timer. Hun er bekymret for skoledelen og ønsker, at
            uddannelsen tilrettelægges med støtte og i et roligt tempo.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Ordinære tilbud er afprøvet uden at lykkes, men Freja har vist progression i praktikken.
            Sagsbehandler indstiller til et toårigt ressourceforløb med fortsat praktik og optrapning til
            15 timer om ugen, mentor, koordinering med psykiatrien og brobygning til dyrepasseruddannelsen
            i samarbejde med UU og erhvervsskolen.
            """,
            "d1:8",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="ressourceforloeb",
        question_to_team=_FREJA_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name="Freja Lindberg Nørgaard",
            cpr=cpr,
            birth_date=_FREJA_BIRTH,
            has_vocational_qualification=False,
            own_job_goal=("Erhvervsuddannelse som dyrepasser og på sigt job på en dyreklinik eller i et internat"),
        ),
        caseworker=_FREJA_CW,
        preparatory_part_signed_on=signed,
        documents=documents,
        summary=summary,
        citizen_consented_on=signed,
        exported_at=exported_at(m),
    )
