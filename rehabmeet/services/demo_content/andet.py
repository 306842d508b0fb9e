"""Demo case 6: an "andet" case — subsidy for a self-employed landscape gardener with psoriatic arthritis.

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
    month_year,
    page,
    section,
)

# ---------------------------------------------------------------------------------------------------
# Case 6 — andet: Jesper Krogh Thomsen, anlægsgartner with his own firm. The question is whether he can
# continue as self-employed with a subsidy (tilskud til selvstændigt erhvervsdrivende). Complete case.
# ---------------------------------------------------------------------------------------------------

_BIRTH = date(1976, 1, 30)
_NAME = "Jesper Krogh Thomsen"
_GP = "Anja Frost, Lægehuset i Storvorde"
_CW = PersonSpec(name="Peter Vind", unit="Jobcenter Aalborg, Sygedagpenge og Selvstændige", email="pvi@example.dk")
_QUESTION = (
    "Kan teamet anbefale, at Jesper får tilskud til selvstændigt erhvervsdrivende, så han kan fortsætte "
    "sin virksomhed med nedsat arbejdstid, og hvilket timetal, hvilke skånehensyn og hvilke hjælpemidler "
    "skal lægges til grund?"
)
_JOB_GOAL = (
    "Fortsætte som selvstændig anlægsgartner med tilbud, planlægning, kundekontakt og lettere "
    "anlægsopgaver, ca. 20 timer om ugen"
)


def _timeline(m: date) -> dict[str, date]:
    return {
        "diagnosis": ago(m, 1200),
        "biologic": ago(m, 1000),
        "sick": ago(m, 330),
        "partial": ago(m, 250),
        "staff_cut": ago(m, 300),
        "aids": ago(m, 150),
        "switch": ago(m, 180),
        "signed": ago(m, 66),
    }


def _preparatory(m: date, cpr: str) -> DocumentSpec:
    t = _timeline(m)
    signed = t["signed"]
    pages = (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: {_NAME}, cpr-nr. {cpr}, Bygaden 5, 9280 Storvorde. Koordinerende sagsbehandler: Peter
            Vind, Jobcenter Aalborg, Sygedagpenge og Selvstændige. Den forberedende del er udarbejdet
            sammen med Jesper og underskrevet den {dk(signed)}.

            Jesper er {age_on(_BIRTH, signed)} år, uddannet anlægsgartner og har siden 2009 drevet sin egen
            virksomhed, Krogh Have & Anlæg. Han har psoriasisgigt, som er diagnosticeret i
            {month_year(t["diagnosis"])}. Han har været sygemeldt siden {dk(t["sick"])} og har siden
            {month_year(t["partial"])} arbejdet 10-15 timer om ugen i en delvis raskmelding. Han modtager
            sygedagpenge som selvstændig, og sygedagpengene er forlænget, mens sagen behandles.

            Jesper kan ikke længere udføre det tunge anlægsarbejde, men kan varetage tilbud, planlægning,
            kundekontakt og lettere opgaver. Sagen forelægges for at få teamets vurdering af, om han kan
            fortsætte som selvstændig med tilskud til selvstændigt erhvervsdrivende med varigt og
            væsentligt nedsat arbejdsevne.

            Spørgsmål til teamet: {_QUESTION}

            Jesper deltager i cirka 20 minutter af mødet uden bisidder. Der er ikke behov for tolk.
            Virksomhedens regnskab og driftsbudget fra revisor er vedlagt.

            Jesper har den {dk(signed)} givet skriftligt samtykke til behandlingen i
            rehabiliteringsteamet og til indhentning af helbredsoplysninger og regnskabsoplysninger.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for beskæftigelse",
            """
            Jesper siger: »Jeg har bygget firmaet op fra en trailer og en brugt minigraver. Jeg kan ikke
            længere lægge fliser, men jeg kan stadig se, hvad en have skal bruge, og kunderne ringer til
            mig. Jeg vil ikke lukke det, hvis der er en vej.«

            Jespers mål er at fortsætte som selvstændig anlægsgartner i cirka 20 timer om ugen, hvor han
            selv står for besigtigelse, tilbud, planlægning, kundekontakt, indkøb og lettere opgaver som
            beplantning og maskinarbejde med joystick.

            Det tunge arbejde med fliser, kantsten og beskæring skal udføres af en ansat anlægsgartner. Han
            har tidligere haft tre ansatte og ønsker at genansætte én faglært medarbejder.

            Jesper ønsker at bruge den erfaring og det kundegrundlag, han har opbygget siden 2009. Han
            har overvejet at søge job som formand hos en større anlægsgartner, men frygter, at kravene til
            fremmøde og tempo ikke kan forenes med sygdommens svingninger.

            Jesper er bekymret for økonomien, hvis virksomheden lukker, fordi familien har lånt i huset til
            maskiner.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og virksomheden",
            f"""
            Uddannelse: folkeskolens 10. klasse (1992); anlægsgartner, svendebrev 1996. Kurser:
            maskinførerbevis til gravemaskiner (1999), sprøjtecertifikat (2005), kursus i kalkulation og
            tilbudsgivning for anlægsgartnere (2010).

            1996-2003: anlægsgartner, Park og Vej, Aalborg Kommune. Opgaver og kompetencer: pleje af
            grønne områder, beplantning, belægningsarbejde og maskinkørsel.

            2003-2009: anlægsgartner og senere formand, Limfjordens Anlæg ApS. Opgaver og kompetencer:
            anlæg af haver og fællesarealer, ledelse af sjak, opmåling og materialebestilling.

            2009 og frem: indehaver af Krogh Have & Anlæg, enkeltmandsvirksomhed med op til tre ansatte.
            Opgaver og kompetencer: besigtigelse og rådgivning, tilbudsgivning, planlægning, ledelse af
            ansatte, anlæg af haver, belægninger og beplantning, kundepleje.

            Virksomheden havde omsætning på cirka 3 mio. kr. om året, før Jesper blev syg. I
            {month_year(t["staff_cut"])} måtte han afskedige to ansatte. Én ansat er tilbage på 30 timer om
            ugen, og omsætningen er i de seneste 12 måneder faldet til under halvdelen.

            Jesper har kørekort til bil og trailer (BE). Han bruger pc, tegneprogram til haveplaner og
            regneark til kalkulation. CV'et er vedlagt.
            """,
        ),
        page(
            "4. Personlige ressourcer, netværk og udfordringer",
            """
            Jesper er gift med Lotte, som er bogholder i en vvs-virksomhed og fører virksomhedens regnskab
            om aftenen. De har to børn på 19 og 16 år. Den ældste læser til bygningskonstruktør og har
            hjulpet i firmaet i ferierne. Familien bor i eget hus i Storvorde.

            Jesper har et stort netværk af faste kunder, boligforeninger og andre håndværkere, som han
            samarbejder med. Han er aktiv i den lokale idrætsforening som kasserer.

            Ressourcer: Jesper er struktureret, løsningsorienteret og god til kundekontakt. Han har en
            lang erfaring med at drive virksomhed og kender sine omkostninger.

            Udfordringer: Sygdommen svinger. I dårlige perioder har Jesper hævede fingre og håndled,
            smerter i hælene og morgenstivhed i op til to timer, og han kan ikke holde om værktøj. Han er
            træt om eftermiddagen og har brug for at hvile.

            Økonomien er presset efter faldet i omsætning og afskedigelserne. Familien har et lån i huset,
            som er brugt til maskiner. Der er ikke oplysninger om misbrug eller andre sociale problemer.
            """,
        ),
        page(
            "5. Helbred – borgerens egen vurdering",
            f"""
            Jesper har haft psoriasis i huden siden 20-årsalderen. For cirka fire år siden begyndte han at
            få hævede fingre og smerter i hænder, knæ og hæle, og psoriasisgigten blev diagnosticeret i
            {month_year(t["diagnosis"])}.

            Han blev først behandlet med methotrexat og siden med biologisk medicin. Effekten aftog, og
            han skiftede til et nyt biologisk præparat i {month_year(t["switch"])}. Han synes, det nye
            præparat har hjulpet på huden og hævelserne, men han har stadig smerter og træthed.

            Jesper fortæller, at han kan arbejde 3-4 timer om dagen med let arbejde, men at det er umuligt
            at lægge fliser, bruge hækkeklipper eller løfte sten. Han mærker det i dagevis, hvis han
            presser sig selv.

            Jesper vurderer, at han kan arbejde cirka 20 timer om ugen fordelt på fem dage, hvis han kan
            veksle mellem kontorarbejde og lettere opgaver ude og har hjælpemidler.

            Egen læge er Anja Frost, Lægehuset i Storvorde. Jesper går til kontrol hos reumatolog hver
            tredje måned. LÆ 265 og en speciallægeerklæring indgår i sagen.
            """,
        ),
        page(
            "6. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: lønmodtager 1992-2009; selvstændig fra 2009; sygedagpenge som
            selvstændig fra {dk(t["sick"])} (frivillig forsikring), forlænget under sagens behandling.

            Delvis raskmelding i egen virksomhed fra {dk(t["partial"])} med 10-15 timer om ugen. Formål: at
            fastholde virksomheden og afprøve, hvilke opgaver Jesper kan klare. Udbytte: Jesper kan
            varetage tilbud, planlægning og kundekontakt samt lettere beplantning og maskinarbejde i 3-4
            timer om dagen. Tunge opgaver har ikke kunnet gennemføres.

            Hjælpemiddelvurdering ved ergoterapeut i {month_year(t["aids"])}. Formål: at afdække, hvilke
            hjælpemidler der kan kompensere for nedsat grebsstyrke. Udbytte: anbefaling af
            ergonomisk håndværktøj, elektrisk hækkeklipper med let vægt og minigraver med joystick og
            opvarmet førerhus.

            Samtaler med jobcentrets virksomhedskonsulent for selvstændige. Formål: at vurdere
            virksomhedens bæredygtighed. Udbytte: revisor har udarbejdet regnskabsoversigt og
            driftsbudget, som viser, at virksomheden kan drives med én ansat og Jesper på nedsat tid.

            Jesper har deltaget i alle aftaler og har selv taget initiativ til flere af tiltagene.
            """,
        ),
        page(
            "7. Sagsbehandlers vurdering",
            """
            Det er sagsbehandlers vurdering, at Jespers arbejdsevne er varigt og væsentligt nedsat. Han
            kan ikke længere udføre fysisk krævende anlægsarbejde, og sygdommen er kronisk med
            svingninger. Arbejdsevnen vurderes til cirka 20 timer om ugen med skånehensyn.

            Jesper har gennem den delvise raskmelding vist, at han kan varetage de planlæggende og
            kundevendte opgaver og lettere udendørs arbejde. Revisors driftsbudget viser, at virksomheden
            er levedygtig med én ansat og Jesper i cirka 20 timer om ugen.

            Sagsbehandler finder, at tilskud til selvstændigt erhvervsdrivende er den indsats, der bedst
            udnytter Jespers arbejdsevne, erfaring og kundegrundlag. Alternativet, et fleksjob hos en anden
            arbejdsgiver, vil medføre tab af virksomheden og af de arbejdspladser, den skaber.

            Sagsbehandler ønsker teamets vurdering af timetal og skånehensyn og af, om der bør søges om
            hjælpemidler og personlig assistance efter reglerne om kompensation til handicappede i erhverv.

            Underskrevet af Jesper Krogh Thomsen (borger) og Peter Vind (sagsbehandler).
            """,
        ),
    )
    return document("d1", "forberedende_del", "Rehabiliteringsplanens forberedende del", signed, _CW.name, pages)


def _health_documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    issued = ago(m, 38)
    lae = document(
        "d2",
        "lae265",
        "Lægeattest LÆ 265 til rehabiliteringsteamet",
        issued,
        f"læge {_GP}",
        (
            page(
                "Anamnese, objektive fund og diagnoser",
                f"""
                Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg til brug for
                rehabiliteringsteamet. Jesper har været tilknyttet praksis siden 2004.

                Psoriasis i huden siden ungdommen, behandlet med cremer. Fra cirka fire år siden hævelse af
                fingre, smerter i hænder, knæ og hæle. Psoriasisgigt diagnosticeret i
                {month_year(t["diagnosis"])} på reumatologisk klinik. Behandlet med methotrexat, fra
                {month_year(t["biologic"])} med biologisk medicin (TNF-hæmmer) og fra
                {month_year(t["switch"])} med et nyt biologisk præparat på grund af aftagende effekt.

                Objektivt: hævelse og ømhed af andet og tredje fingerled på højre hånd og af venstre
                håndled. Pølsefinger på venstre langfinger. Ømhed ved akillesseneudspringet bilateralt.
                Nedsat grebsstyrke, målt med dynamometer til 60 procent af forventet. Psoriasisplamager på
                albuer og i hårbunden, i bedring.

                Diagnoser: DL405 Psoriasisartrit; DL400 Psoriasis vulgaris.
                """,
            ),
            page(
                "Behandling, prognose og funktionsevne",
                f"""
                Behandling: biologisk medicin som injektion hver fjerde uge, NSAID ved behov, håndtræning
                efter program fra ergoterapeut. Kontrol hos reumatolog hver tredje måned.

                Prognose: Psoriasisgigt er en kronisk sygdom med svingende aktivitet. Der ses en delvis
                effekt af det nye præparat, men der er allerede varige forandringer i fingerleddene.
                Fysisk tungt arbejde vil forværre sygdomsaktiviteten og øge risikoen for ledskader.

                Funktionsevne: Jesper kan ikke varetage tungt anlægsarbejde med løft, gentagne greb om
                værktøj, vibrerende maskiner eller arbejde i kulde og fugt i længere tid. Han kan varetage
                planlægning, kundekontakt og lettere praktisk arbejde 3-4 timer om dagen, svarende til
                cirka 20 timer om ugen.

                Skånehensyn: ingen løft over 10 kg, ingen gentagne kraftfulde greb, begrænset brug af
                vibrerende værktøj, mulighed for at veksle mellem kontorarbejde og udendørs arbejde og
                varierende arbejdstid efter sygdomsaktivitet.

                Dato: {dmy(issued)}. Underskrift: Anja Frost, praktiserende læge, Lægehuset i Storvorde.
                """,
            ),
        ),
    )
    specialist_date = ago(m, 130)
    specialist = document(
        "d5",
        "speciallaege",
        "Speciallægeerklæring, reumatologi (via Klinisk Funktion)",
        specialist_date,
        "speciallæge i reumatologi Henrik Damsgaard",
        (
            page(
                "Sygdomsforløb og undersøgelse",
                f"""
                Erklæringen er rekvireret via Klinisk Funktion, Region Nordjylland. Jesper har været fulgt i
                klinikken siden diagnosen i {month_year(t["diagnosis"])}.

                Forløb: Methotrexat blev seponeret på grund af kvalme og forhøjede levertal. TNF-hæmmer gav
                god effekt i det første år, herefter tiltagende sygdomsaktivitet. Skift til
                IL-17-hæmmer i {month_year(t["switch"])}.

                Aktuelt: fire hævede og otte ømme led, primært i hænder og håndled, samt entesitis ved
                hælene. CRP let forhøjet. Sygdomsaktivitetsscore moderat, faldende siden præparatskiftet.

                Røntgen af hænder og fødder: erosioner i to fingerled på højre hånd, ikke tidligere set.
                Ingen forandringer i ryggen.
                """,
            ),
            page(
                "Vurdering og anbefalinger",
                f"""
                Der er tale om en aktiv psoriasisartrit med erosive forandringer, som dokumenterer varig
                ledskade. Det nye biologiske præparat forventes at dæmpe sygdomsaktiviteten yderligere over
                de næste 6 måneder, men det forventes ikke, at Jesper igen kan tåle fysisk tungt arbejde.

                Gentagne kraftfulde greb, tunge løft, vibrationer og kulde øger risikoen for nye ledskader
                og bør undgås. Let og varieret arbejde, hvor Jesper selv kan regulere tempo og pauser, er
                foreneligt med sygdommen og gavnligt for funktionen.

                Det anbefales at fortsætte håndtræning, at bruge hjælpemidler, der aflaster grebet, og at
                tilrettelægge arbejdet med mulighed for at skrue ned i perioder med opblussen.

                Dato: {dmy(specialist_date)}. Henrik Damsgaard, speciallæge i reumatologi.
                """,
            ),
        ),
    )
    coordinator = ago(m, 15)
    sk = document(
        "d3",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        coordinator,
        f"speciallæge i almen medicin Hans Bøgh, {KLINISK_FUNKTION}",
        (
            page(
                "Sundhedsfaglig vurdering og anbefalinger",
                f"""
                Udtalelsen bygger på den forberedende del, LÆ 265 fra læge Anja Frost og
                speciallægeerklæringen fra speciallæge i reumatologi Henrik Damsgaard. Borgeren er ikke
                undersøgt af sundhedskoordinatoren.

                Der er tale om en veldokumenteret, kronisk psoriasisgigt med erosive forandringer i
                fingerleddene. Jesper er i relevant behandling, og sygdommen er i bedring efter
                præparatskift, men det forventes ikke, at han igen kan udføre fysisk tungt arbejde.

                Helbredsoplysningerne understøtter, at arbejdsevnen er varigt og væsentligt nedsat i
                forhold til anlægsarbejde, og at let, varieret arbejde på cirka 20 timer om ugen er
                foreneligt med sygdommen. Mulighed for selv at tilrettelægge tempo og pauser er en fordel,
                hvilket taler for, at Jesper fortsætter som selvstændig.

                Det anbefales, at skånehensyn og timetal tager højde for, at sygdomsaktiviteten svinger, og
                at hjælpemidler til aflastning af hænderne prioriteres.

                Sundhedskoordinatoren deltager i mødet. Dato: {dmy(coordinator)}. Hans Bøgh.
                """,
            ),
        ),
    )
    return (lae, sk, specialist)


def _business_documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    y = t["signed"].year
    cv = document(
        "d4",
        "cv",
        f"CV for {_NAME}",
        ago(m, 70),
        _NAME,
        (
            page(
                f"CV – {_NAME}",
                """
                Bygaden 5, 9280 Storvorde. Kørekort: B og BE. Maskinførerbevis og sprøjtecertifikat.

                Jobmål: fortsætte som selvstændig anlægsgartner med tilbud, planlægning, kundekontakt og
                lettere anlægsopgaver, ca. 20 timer om ugen.

                2009 og frem, indehaver, Krogh Have & Anlæg. Konkrete kompetencer: besigtigelse og
                rådgivning, tegning af haveplaner, kalkulation og tilbud, planlægning og ledelse af op til
                tre ansatte, indkøb, fakturering i samarbejde med bogholder, kundepleje.

                2003-2009, anlægsgartner og formand, Limfjordens Anlæg ApS. Konkrete kompetencer: anlæg
                af haver og fællesarealer, belægning, ledelse af sjak, opmåling.

                1996-2003, anlægsgartner, Park og Vej, Aalborg Kommune. Konkrete kompetencer: pleje af
                grønne områder, beplantning, maskinkørsel.

                Uddannelse: anlægsgartner (1996). Kursus i kalkulation og tilbudsgivning (2010).

                IT: tegneprogram til haveplaner, regneark, mail og fakturasystem.
                """,
            ),
        ),
    )
    issued = ago(m, 55)
    accounts = document(
        "d6",
        "andet",
        "Regnskabsoversigt og driftsbudget for Krogh Have & Anlæg",
        issued,
        "registreret revisor Lone Bjerre, Bjerre Revision ApS",
        (
            page(
                "Regnskabsoversigt for de seneste tre år",
                f"""
                Oversigten er udarbejdet på Jespers anmodning til brug for jobcentrets vurdering af
                virksomhedens bæredygtighed. Tallene er hentet fra de godkendte årsregnskaber.

                Omsætning: {y - 3}: 3,1 mio. kr.; {y - 2}: 2,9 mio. kr.; {y - 1}: 2,4 mio. kr.; de seneste
                12 måneder (foreløbig opgørelse): 1,4 mio. kr.

                Resultat før skat og ejeraflønning: {y - 3}: 640.000 kr.; {y - 2}: 520.000 kr.; {y - 1}:
                310.000 kr.; de seneste 12 måneder: 95.000 kr.

                Antal ansatte (årsværk): {y - 3}: 3,0; {y - 2}: 2,8; {y - 1}: 2,4; aktuelt: 0,8.

                Faldet skyldes, at Jesper i takt med sygdommen har måttet skære ned på sin egen arbejdstid,
                og at to ansatte er afskediget i {month_year(t["staff_cut"])}. Kundegrundlaget er intakt:
                70 procent af omsætningen kommer fra faste kunder, herunder to boligforeninger med
                serviceaftaler.

                Virksomheden har maskiner og biler med en samlet bogført værdi på 780.000 kr. og gæld til
                pengeinstitut og leasing på 520.000 kr. Der er ingen restancer til det offentlige.
                """,
            ),
            page(
                "Driftsbudget og revisors vurdering",
                """
                Budgettet for de kommende 12 måneder forudsætter, at Jesper arbejder cirka 20 timer om ugen
                med besigtigelse, tilbud, planlægning, kundekontakt og lettere opgaver, og at der ansættes én
                faglært anlægsgartner på fuld tid ud over den nuværende medarbejder på 30 timer.

                Forventet omsætning: 1,9 mio. kr. Lønomkostninger: 980.000 kr. Materialer og
                underleverandører: 520.000 kr. Øvrige omkostninger inkl. leasing: 240.000 kr. Forventet
                resultat før ejeraflønning og tilskud: 160.000 kr.

                Budgettet bygger på de eksisterende serviceaftaler og på antallet af tilbud, som Jesper har
                givet i de seneste seks måneder.

                Revisors vurdering: Virksomheden vurderes at være levedygtig med den beskrevne bemanding.
                Indtjeningen kan ikke alene sikre Jesper en rimelig indkomst, men sammen med et tilskud til
                selvstændigt erhvervsdrivende vurderes driften at kunne fortsætte på et forsvarligt grundlag.

                Lone Bjerre, registreret revisor.
                """,
            ),
        ),
    )
    return (cv, accounts)


def andet_case(ref: str, m: date) -> BundleSpec:
    """Case 6: "andet" — tilskud til selvstændigt erhvervsdrivende; complete."""
    cpr = cpr_for(_BIRTH, "2753")
    t = _timeline(m)
    lae, sk, specialist = _health_documents(m)
    cv, accounts = _business_documents(m)
    documents = (_preparatory(m, cpr), lae, sk, cv, specialist, accounts)
    summary = (
        section(
            "sagsresume",
            f"""
            Jesper Krogh Thomsen er {age_on(_BIRTH, m)} år, uddannet anlægsgartner og har siden 2009 drevet
            Krogh Have & Anlæg. Han har psoriasisgigt, har været sygemeldt siden {dk(t["sick"])} og
            arbejder nu 10-15 timer om ugen i en delvis raskmelding. Teamet bedes vurdere, om han kan
            fortsætte som selvstændig med tilskud til selvstændigt erhvervsdrivende, og med hvilket timetal
            og hvilke skånehensyn.
            """,
            "d1:1",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Jesper er gift med Lotte, som fører virksomhedens regnskab, og har to børn på 19 og 16 år.
            Han har et stort netværk af faste kunder og samarbejdspartnere. Sygdommen svinger med
            perioder med hævede led og træthed, og familiens økonomi er presset, blandt andet af et lån i
            huset til maskiner.
            """,
            "d1:4",
        ),
        section(
            "erhvervstilknytning",
            """
            Jesper har arbejdet som anlægsgartner siden 1996 og været selvstændig siden 2009 med op til tre
            ansatte. Omsætningen er faldet fra 3,1 mio. kr. til 1,4 mio. kr. i de seneste 12 måneder, og to
            ansatte er afskediget. Revisor
            vurderer, at virksomheden er levedygtig med én ny faglært ansat og Jesper i cirka 20 timer om
            ugen, hvis der gives tilskud.
            """,
            "d1:3",
            "d4:1",
            "d6:1",
            "d6:2",
        ),
        section(
            "helbred",
            """
            Jesper har en kronisk, aktiv psoriasisgigt med erosive forandringer i fingerleddene og
            nedsat grebsstyrke. Han er skiftet til et nyt biologisk præparat med delvis effekt. Egen læge og
            reumatolog vurderer, at han ikke kan udføre tungt anlægsarbejde, men kan varetage let, varieret
            arbejde cirka 20 timer om ugen. Sundhedskoordinatoren støtter vurderingen.
            """,
            "d2:1",
            "d2:2",
            "d5:2",
            "d3:1",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »Jeg kan ikke længere lægge fliser, men jeg kan stadig se, hvad en have skal bruge, og kunderne
            ringer til mig.« Jesper ønsker at fortsætte sin virksomhed i cirka 20 timer om ugen med
            planlægning, kundekontakt og lettere opgaver og lade en ansat tage det tunge arbejde.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at arbejdsevnen er varigt og væsentligt nedsat, og at tilskud til
            selvstændigt erhvervsdrivende bedst udnytter Jespers arbejdsevne og kundegrundlag. Teamet
            bedes tage stilling til timetal, skånehensyn, hjælpemidler og personlig assistance.
            """,
            "d1:7",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="andet",
        question_to_team=_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name=_NAME,
            cpr=cpr,
            birth_date=_BIRTH,
            has_vocational_qualification=True,
            own_job_goal=_JOB_GOAL,
        ),
        caseworker=_CW,
        preparatory_part_signed_on=t["signed"],
        documents=documents,
        summary=summary,
        citizen_consented_on=t["signed"],
        exported_at=exported_at(m),
    )
