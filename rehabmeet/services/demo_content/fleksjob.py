"""Demo case 3: a fleksjob case (Brian Kjærgaard Poulsen, carpenter with worn knees and an operated shoulder).

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
# Case 3 — fleksjob: Brian Kjærgaard Poulsen, tømrer.
# Readiness gap: the LÆ 265 is about eight months old (stale).
# ---------------------------------------------------------------------------------------------------

_BIRTH = date(1982, 8, 3)
_GP = "Thomas Kirk, Nørresundby Lægecenter"
_CW = PersonSpec(name="Hanne Vestergaard", unit="Jobcenter Aalborg, Team Fleksjob", email="hve@example.dk")
_QUESTION = (
    "Er Brians arbejdsevne varigt og væsentligt nedsat, så han kan visiteres til fleksjob, og hvilke "
    "skånehensyn og hvilket timetal skal indstillingen i givet fald indeholde?"
)
_JOB_GOAL = "Fleksjob med kundeservice og salg til håndværkere i en trælast eller et byggemarked, ca. 15 timer om ugen"


def _timeline(m: date) -> dict[str, date]:
    return {
        "fall": ago(m, 1500),
        "surgery": ago(m, 1440),
        "dismissed": ago(m, 1330),
        "jobafklaring": ago(m, 1340),
        "workshop_start": ago(m, 1100),
        "workshop_end": ago(m, 1058),
        "ressourceforloeb": ago(m, 800),
        "amu": ago(m, 330),
        "praktik_start": ago(m, 215),
        "praktik_end": ago(m, 110),
        "lae": ago(m, 245),
        "signed": ago(m, 84),
    }


def _preparatory(m: date, cpr: str) -> DocumentSpec:
    t = _timeline(m)
    signed = t["signed"]
    pages = (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: Brian Kjærgaard Poulsen, cpr-nr. {cpr}, Skydebanevej 88, 9400 Nørresundby.
            Koordinerende sagsbehandler: Hanne Vestergaard, Jobcenter Aalborg, Team Fleksjob. Den
            forberedende del er udarbejdet sammen med Brian og underskrevet den {dk(signed)}.

            Brian er {age_on(_BIRTH, signed)} år og uddannet tømrer. Han faldt fra en stige på arbejdet i
            {month_year(t["fall"])} og fik en skade i højre skulder, som er opereret. Han har desuden
            slidgigt i begge knæ. Han har ikke arbejdet siden ulykken og modtager ressourceforløbsydelse i
            et ressourceforløb, der startede i {month_year(t["ressourceforloeb"])}.

            Spørgsmål til teamet: {_QUESTION}

            Brian deltager i cirka 20 minutter af mødet og møder uden bisidder. Der er ikke behov for tolk.

            Brian har den {dk(signed)} givet skriftligt samtykke til, at sagen behandles i
            rehabiliteringsteamet, og til at jobcentret indhenter oplysninger fra egen læge, fra
            speciallæge og fra Klinisk Funktion, Region Nordjylland.

            Sagen forelægges nu, fordi praktikken hos Nørresundby Trælast har givet et sikkert billede af,
            hvad Brian kan holde til over tid, og fordi behandlingsmulighederne ifølge speciallægen er
            udtømte.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for beskæftigelse",
            """
            Brian siger: »Jeg har altid været på byggepladsen, og det var hårdt at indse, at kroppen ikke
            kan mere. Men i trælasten kan jeg bruge alt det, jeg ved om byggeri. Håndværkerne spørger efter
            mig.«

            Brians eget mål er et fleksjob med kundeservice og salg til håndværkere i en trælast eller et
            byggemarked, cirka 15 timer om ugen fordelt på fire dage.

            Brian ønsker at bruge sin faglige viden om materialer, konstruktioner og værktøj. Han vil gerne
            rådgive kunder, tage imod ordrer og pakke mindre ordrer, men ved, at han ikke kan løfte tunge
            ting eller arbejde med armene over hovedet.

            Han er motiveret for at arbejde flere timer, men har i praktikken oplevet, at han får mere ondt
            i knæene og skulderen, når han har arbejdet mere end fire timer på en dag. Han ønsker derfor
            korte arbejdsdage frem for få lange dage.

            Brian har selv talt med afdelingslederen i trælasten om muligheden for at fortsætte i et
            fleksjob. Virksomheden er positiv, men har ikke givet tilsagn, før visitationen er afgjort.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: folkeskolens 9. klasse, Nørresundby (1998); tømrer, svendebrev 2002. Kurser:
            stilladsmontage (2005), kranførercertifikat til lastbilmonteret kran (2009), AMU-kursus i salg og
            kundeservice i byggemarked ({t["amu"].year}).

            2002-2013: tømrersvend, Tømrerfirmaet Kjeldgaard & Søn, Nibe. Opgaver og kompetencer:
            tagarbejde, renovering af parcelhuse, døre og vinduer, opmåling og materialebestilling.

            2013-{t["dismissed"].year}: tømrer og bas, Limfjord Byg A/S. Opgaver og kompetencer: ledelse af
            sjak på to til fire mand, nybyggeri af rækkehuse, læsning af tegninger, materialeberegning og
            dialog med bygherre. Fratrådt efter længere sygemelding efter arbejdsulykken.

            Fra {month_year(t["praktik_start"])}: virksomhedspraktik i proffcentret hos Nørresundby Trælast.
            Opgaver og kompetencer: rådgivning af håndværkere, ordremodtagelse i kassesystemet,
            tilbudsberegning på mindre materialelister og klargøring af ordrer uden tunge løft.

            Brian fremhæver selv, at han er mødestabil, praktisk og god til at finde løsninger. Han har
            kørekort til bil og trailer og bruger computer og telefon uden problemer.

            CV'et er udarbejdet sammen med Brian og vedlagt. Det beskriver de konkrete kompetencer fra hvert
            job.
            """,
        ),
        page(
            "4. Personlige ressourcer og netværk",
            """
            Brian bor i eget hus i Nørresundby med sin samlever, Maria, som er social- og
            sundhedsassistent, og deres to børn på 9 og 12 år. Familien fungerer godt, og Maria har overtaget
            mange af de praktiske opgaver i huset og haven.

            Brian har et stort netværk fra byggebranchen og fra den lokale fodboldklub, hvor han tidligere
            var træner for sønnens hold. Han har måttet stoppe som træner, men kommer stadig til kampene.

            Brian har gode sociale kompetencer og beskrives af praktikstedet som vellidt og hjælpsom. Han
            har let ved at tale med kunderne og er vant til at tage ansvar.

            I fritiden fisker Brian fra båd med en ven, når skulderen tillader det, og han går ture med
            familiens hund.

            Brian er realistisk i forhold til sine begrænsninger og har arbejdet aktivt med at finde et nyt
            fagligt ståsted.
            """,
        ),
        page(
            "5. Beskæftigelsesmæssige og sociale udfordringer",
            """
            Brian kan ikke længere arbejde som tømrer. Han kan ikke løfte mere end 5-10 kg, kan ikke arbejde
            med højre arm over skulderhøjde og kan ikke arbejde på knæ, på stiger eller på stilladser.

            Han får tiltagende smerter i knæene efter cirka en times gang eller stående arbejde og skal
            skifte til siddende arbejde. Efter fire timers arbejde har han brug for at hvile resten af
            dagen.

            Brian har svært ved at sove på højre side og vågner ofte af skuldersmerter, hvilket giver
            træthed dagen efter.

            Familiens økonomi er forringet efter overgangen fra tømrerløn til ressourceforløbsydelse.
            Arbejdsskadesagen er anerkendt, og Brian har fået en godtgørelse for varigt mén, men der er ikke
            truffet afgørelse om erstatning for tab af erhvervsevne.

            Der er ikke oplysninger om misbrug eller andre sociale problemer.
            """,
        ),
        page(
            "6. Helbred – borgerens egen vurdering",
            f"""
            Brian fortæller, at knæene begyndte at gøre ondt for mere end ti år siden, og at han er opereret
            for meniskskader i begge knæ. Han kunne arbejde som tømrer med smerter, indtil han i
            {month_year(t["fall"])} faldt fra en stige og fik en skade i højre skulder. Skulderen blev
            opereret i {month_year(t["surgery"])}, men er aldrig blevet god igen.

            Brian træner selv to gange om ugen i et fitnesscenter efter et program fra fysioterapeuten og
            har gennemført et GLA:D-forløb for knæene. Han tager paracetamol fast og ibuprofen ved behov.

            Han beskriver sit helbred som stabilt, men dårligt. Der er ikke sket ændringer, siden egen læge
            skrev LÆ 265 i {month_year(t["lae"])}, og speciallægen har vurderet, at yderligere operation
            ikke vil hjælpe.

            Brian vurderer selv, at han kan arbejde 15 timer om ugen fordelt på fire dage, hvis han kan
            skifte mellem at sidde og stå og undgå tunge løft.

            Egen læge er Thomas Kirk, Nørresundby Lægecenter. LÆ 265 og en speciallægeerklæring fra
            ortopædkirurg er vedlagt.
            """,
        ),
        page(
            "7. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: lønmodtager 1998-{t["fall"].year}; sygedagpenge fra
            {dk(t["fall"])}; ressourceforløbsydelse under jobafklaringsforløb fra
            {month_year(t["jobafklaring"])}; ressourceforløbsydelse i ressourceforløb fra
            {month_year(t["ressourceforloeb"])}.

            Jobafklaringsforløb fra {month_year(t["jobafklaring"])}. Formål: at afslutte genoptræningen efter
            skulderoperationen og afklare, om Brian kunne vende tilbage som tømrer. Udbytte: genoptræningen
            blev gennemført, men skulderen generede fortsat, og arbejde som tømrer blev afskrevet.

            {dk(t["workshop_start"])} til {dk(t["workshop_end"])}: praktik som værkstedsmedhjælper med
            lettere snedkeropgaver. Formål: at afprøve lettere håndværksmæssigt arbejde. Udbytte: stoppet
            efter seks uger på grund af skuldersmerter ved gentagne armbevægelser.

            Ressourceforløb fra {month_year(t["ressourceforloeb"])} med fysioterapeutisk træning, mentor og
            AMU-kursus i salg og kundeservice. Formål: at finde et nyt fagområde, hvor Brian kan bruge sin
            faglige viden. Udbytte: Brian har fået et nyt jobmål og gennemført kurset.

            {dk(t["praktik_start"])} til {dk(t["praktik_end"])}: virksomhedspraktik hos Nørresundby Trælast,
            optrappet fra 10 til 15 timer om ugen. Formål: at afprøve arbejdsevnen i kundeservice og salg og
            afklare timetal og skånehensyn. Udbytte: stabilt fremmøde i 15 timer om ugen fordelt på fire
            dage; forsøg med 20 timer måtte opgives efter to uger.
            """,
        ),
        page(
            "8. Sagsbehandlers vurdering",
            """
            Det er sagsbehandlers vurdering, at Brians arbejdsevne er varigt og væsentligt nedsat. Han kan
            ikke vende tilbage til sit fag, og praktikken har vist, at han heller ikke kan arbejde på
            ordinære vilkår i et andet fag, da han kun kan holde til 15 timer om ugen med skånehensyn.

            Alle relevante indsatser er afprøvet, herunder genoptræning, omskoling via AMU og to
            praktikker. Behandlingsmulighederne er ifølge speciallægen udtømte, og tilstanden er
            stationær. Brian er afklaret i forhold til beskæftigelse og har et konkret og realistisk jobmål.

            Sagsbehandler indstiller til fleksjob med cirka 15 timer om ugen fordelt på fire dage og med
            følgende skånehensyn: ingen løft over 5-10 kg, intet arbejde med højre arm over skulderhøjde,
            intet arbejde på knæ, stiger eller stilladser, mulighed for at veksle mellem at sidde og stå og
            korte arbejdsdage.

            Relevante jobfunktioner er kundeservice, rådgivning, ordremodtagelse og lettere lagerarbejde i
            byggemarked, trælast eller hos en grossist. Nørresundby Trælast er positiv over for et fleksjob,
            med forbehold for visitationen.

            Underskrevet af Brian Kjærgaard Poulsen (borger) og Hanne Vestergaard (sagsbehandler).
            """,
        ),
    )
    return document("d1", "forberedende_del", "Rehabiliteringsplanens forberedende del", signed, _CW.name, pages)


def _health_documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    lae = document(
        "d2",
        "lae265",
        "Lægeattest LÆ 265 til rehabiliteringsteamet",
        t["lae"],
        f"læge {_GP}",
        (
            page(
                "Anamnese, objektive fund og diagnoser",
                f"""
                Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg i forbindelse med
                ressourceforløbet. Brian er kendt i praksis siden 2006.

                Knæsmerter siden 2010. Opereret for meniskskade i venstre knæ i 2011 og i højre knæ i 2015.
                Faldt i {month_year(t["fall"])} fra en stige på arbejdet og pådrog sig en ruptur af
                rotatormanchetten i højre skulder, som blev opereret i {month_year(t["surgery"])}. Siden
                vedvarende smerter og nedsat bevægelighed i skulderen trods genoptræning.

                Objektivt: Højre skulder: aktiv abduktion til 100 grader og fleksion til 120 grader med
                smertefuld bue, nedsat kraft ved udadrotation. Knæ: krepitation bilateralt, let hydrops i
                højre knæ, fleksion til 110 grader, ømhed over den mediale ledlinje på begge sider. Let
                haltende gang efter længere tids gang. BMI 29.

                Diagnoser: DM170 Primær artrose i begge knæ; DM751 Rotator cuff-syndrom i højre skulder,
                tilstand efter operation for ruptur; tilstand efter meniskoperation i begge knæ.
                """,
            ),
            page(
                "Behandling, prognose og funktionsevne",
                f"""
                Behandling: genoptræning efter skulderoperationen er afsluttet; to steroidinjektioner i
                højre skulder med kortvarig effekt; gennemført GLA:D-forløb for knæene; selvtræning.
                Medicin: paracetamol 1 g tre gange dagligt og ibuprofen ved behov.

                Brian er vurderet af speciallæge i ortopædkirurgi, som ikke finder indikation for yderligere
                operation. Knæprotese kan blive aktuel på længere sigt.

                Prognose: Tilstanden er stationær med varige begrænsninger. Der forventes ikke væsentlig
                bedring, og knæartrosen må forventes langsomt at forværres.

                Funktionsevne: Brian kan ikke arbejde som tømrer. Han kan varetage let, vekslende arbejde
                12-15 timer om ugen fordelt på fire dage.

                Skånehensyn: ingen løft over 5-10 kg, intet arbejde med højre arm over skulderhøjde, intet
                arbejde på knæ, stiger eller stilladser, mulighed for at veksle mellem at sidde og stå.

                Dato: {dmy(t["lae"])}. Underskrift: Thomas Kirk, praktiserende læge, Nørresundby
                Lægecenter.
                """,
            ),
        ),
    )
    specialist_date = ago(m, 300)
    specialist = document(
        "d6",
        "speciallaege",
        "Speciallægeerklæring, ortopædkirurgi",
        specialist_date,
        "speciallæge i ortopædkirurgi Niels Brask, Ortopædkirurgisk Klinik Aalborg",
        (
            page(
                "Henvisning, anamnese og undersøgelse",
                f"""
                Brian er henvist af egen læge med spørgsmål om yderligere behandlingsmuligheder for højre
                skulder og begge knæ, og om hvilke skånehensyn der må tages i forhold til arbejde.
                Erklæringen er udarbejdet med Brians samtykke til brug i ressourceforløbet.

                Anamnese: tømrer siden 1998. Meniskoperationer i begge knæ. Arbejdsulykke i
                {month_year(t["fall"])} med ruptur af supraspinatussenen i højre skulder, sutureret i
                {month_year(t["surgery"])}. Trods genoptræning vedvarende smerter ved løft og ved
                armbevægelser over skulderhøjde.

                Undersøgelse: Højre skulder med nedsat aktiv bevægelighed, smertefuld bue fra 70 til 110
                grader og nedsat kraft ved udadrotation. Begge knæ med krepitation og ømhed medialt, ingen
                instabilitet.

                Billeddiagnostik: Røntgen af knæene viser moderat artrose medialt, mest udtalt i højre knæ.
                MR-skanning af højre skulder viser tilstand efter sutur af supraspinatussenen med en mindre
                partiel re-ruptur og degenerative forandringer.
                """,
            ),
            page(
                "Vurdering og anbefalinger",
                f"""
                Der er tale om varige følger efter en skulderskade med partiel re-ruptur samt moderat
                knæartrose på begge sider. Der er ikke indikation for ny skulderoperation, da resultatet må
                forventes at blive dårligere end den nuværende funktion. Knæprotese er ikke aktuel nu, men
                kan blive det om 5-10 år.

                Behandlingsmulighederne vurderes hermed udtømte, bortset fra fortsat selvtræning og
                smertestillende behandling efter behov.

                Arbejde som tømrer eller andet arbejde med tunge løft, arbejde over skulderhøjde, knælende
                arbejde og arbejde på stiger er ikke foreneligt med tilstanden. Let, vekslende arbejde med
                mulighed for at sidde og stå vurderes foreneligt, men udholdenheden er nedsat.

                Dato: {dmy(specialist_date)}. Niels Brask, speciallæge i ortopædkirurgi.
                """,
            ),
        ),
    )
    coordinator = ago(m, 21)
    sk = document(
        "d3",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        coordinator,
        f"speciallæge i almen medicin Hans Bøgh, {KLINISK_FUNKTION}",
        (
            page(
                "Grundlag for udtalelsen og bemærkning om LÆ 265",
                f"""
                Udtalelsen bygger på den forberedende del, LÆ 265 fra læge Thomas Kirk, speciallægeerklæringen
                fra speciallæge i ortopædkirurgi Niels Brask og evalueringen fra Nørresundby Trælast.
                Borgeren er ikke undersøgt af sundhedskoordinatoren.

                LÆ 265 er dateret {dk(t["lae"])} og er dermed cirka otte måneder gammel på mødetidspunktet.
                Attesten blev indhentet under ressourceforløbet, før den forberedende del blev udarbejdet.

                Ifølge den forberedende del og praktikevalueringen er der ikke sket ændringer i Brians
                helbred siden. Teamet bør dog tage stilling til, om attesten kan lægges til grund, eller om
                der skal indhentes en kort statusattest fra egen læge, før indstillingen færdiggøres.
                """,
            ),
            page(
                "Sundhedsfaglig vurdering og anbefalinger",
                f"""
                Der er tale om veldokumenterede, varige følger efter en skulderskade og moderat slidgigt i
                begge knæ. Behandlingsmulighederne er udtømte, og tilstanden er stationær. Der er god
                overensstemmelse mellem de lægelige oplysninger, Brians egen beskrivelse og erfaringerne fra
                praktikken.

                Det er sundhedskoordinatorens vurdering, at helbredsoplysningerne understøtter, at
                arbejdsevnen er varigt nedsat i forhold til fysisk belastende arbejde, og at let, vekslende
                arbejde i 12-15 timer om ugen er foreneligt med tilstanden.

                Det anbefales, at et fleksjob tilrettelægges med korte arbejdsdage, mulighed for skift
                mellem siddende og stående arbejde og uden løft over skulderhøjde. Fortsat selvtræning bør
                understøttes. Knæartrosen må forventes at forværres langsomt, og skånehensynene bør
                revurderes ved den lovpligtige opfølgning.

                Sundhedskoordinatoren deltager i mødet. Dato: {dmy(coordinator)}. Hans Bøgh.
                """,
            ),
        ),
    )
    return (lae, sk, specialist)


def _work_documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    cv = document(
        "d4",
        "cv",
        "CV for Brian Kjærgaard Poulsen",
        ago(m, 90),
        "Brian Kjærgaard Poulsen",
        (
            page(
                "CV – Brian Kjærgaard Poulsen",
                f"""
                Skydebanevej 88, 9400 Nørresundby. Kørekort: B og BE (trailer). Sprog: dansk (modersmål),
                engelsk (samtaleniveau).

                Jobmål: kundeservice og salg til håndværkere i trælast eller byggemarked, ca. 15 timer om
                ugen.

                Uddannelse: tømrer, svendebrev 2002. Kurser: stilladsmontage (2005), kranførercertifikat
                (2009), AMU i salg og kundeservice i byggemarked ({t["amu"].year}).

                Praktik fra {month_year(t["praktik_start"])}, Nørresundby Trælast, proffcenter. Konkrete
                kompetencer: rådgivning om materialer og konstruktioner, ordremodtagelse i kassesystemet,
                tilbudsberegning på materialelister, klargøring af mindre ordrer.

                2013-{t["dismissed"].year}, tømrer og bas, Limfjord Byg A/S. Konkrete kompetencer: ledelse af
                sjak, planlægning af arbejdsdage, læsning af tegninger, materialeberegning og bestilling,
                dialog med bygherre og andre faggrupper.

                2002-2013, tømrersvend, Tømrerfirmaet Kjeldgaard & Søn. Konkrete kompetencer: tag, døre og
                vinduer, renovering, opmåling, oplæring af lærlinge.

                Om mig: Jeg er mødestabil, praktisk og god til at finde løsninger sammen med kunden. Jeg
                kender byggebranchen indefra og taler håndværkernes sprog.
                """,
            ),
        ),
    )
    report = ago(m, 100)
    praktik = document(
        "d5",
        "praktik",
        "Evaluering af virksomhedspraktik hos Nørresundby Trælast",
        report,
        "afdelingsleder Jan Søgaard, Nørresundby Trælast",
        (
            page(
                "Formål, rammer og arbejdsopgaver",
                f"""
                Praktikken fandt sted i proffcentret hos Nørresundby Trælast fra {dk(t["praktik_start"])}
                til {dk(t["praktik_end"])}. Brian startede med 10 timer om ugen og blev optrappet til 15
                timer fordelt på fire dage. I to uger blev 20 timer afprøvet.

                Formålet var at afprøve Brians arbejdsevne i kundeservice og salg og at afklare, hvilket
                timetal og hvilke skånehensyn der er realistiske.

                Arbejdsopgaver: rådgivning af håndværkere og private kunder ved disken og i telefonen,
                ordremodtagelse i kassesystemet, beregning af materialelister til tilbud og klargøring af
                mindre ordrer. Tunge løft og truckkørsel er varetaget af kolleger.

                Praktikvejleder har været afdelingsleder Jan Søgaard. Der er holdt opfølgning med
                sagsbehandler hver fjerde uge.
                """,
            ),
            page(
                "Fremmøde, observationer og udbytte",
                """
                Fremmøde: stabilt med 15 timer om ugen; fravær på fire dage i hele perioden, alle med
                besked om smerter. I perioden med 20 timer om ugen var Brian syg to dage og oplyste, at
                smerterne i knæene forhindrede ham i at sove.

                Brian er fagligt meget stærk og har hurtigt fået et godt forhold til kunderne. Håndværkerne
                spørger efter ham, fordi han forstår deres behov. Han har lært kassesystemet på få uger.

                Brian skal skifte stilling hver halve time og holder en pause på 10-15 minutter efter cirka
                to timer. Han undgår at gå på lageret, og kolleger henter varer over 5 kg. Arbejdstempoet
                vurderes til cirka 75 procent af en ordinært ansat i samme funktion.

                Udbytte: Praktikken viser, at Brian kan varetage kundeservice og salg i 15 timer om ugen
                fordelt på fire dage med de beskrevne skånehensyn. Timetallet kan ikke øges. Virksomheden er
                positiv over for at ansætte Brian i et fleksjob med forbehold for visitationen.

                Evalueringen er gennemgået med Brian, som er enig i beskrivelsen.
                """,
            ),
        ),
    )
    return (cv, praktik)


def fleksjob_case(ref: str, m: date) -> BundleSpec:
    """Case 3: fleksjob; the LÆ 265 is about eight months old."""
    cpr = cpr_for(_BIRTH, "1957")
    t = _timeline(m)
    lae, sk, specialist = _health_documents(m)
    cv, praktik = _work_documents(m)
    documents = (_preparatory(m, cpr), lae, sk, cv, praktik, specialist)
    summary = (
        section(
            "sagsresume",
            f"""
            Brian Kjærgaard Poulsen er {age_on(_BIRTH, m)} år, uddannet tømrer og bor i Nørresundby. Han
            har ikke arbejdet siden en arbejdsulykke i {month_year(t["fall"])} og er i ressourceforløb.
            Teamet bedes vurdere, om arbejdsevnen er varigt og væsentligt nedsat, så han kan visiteres til
            fleksjob, og med hvilke skånehensyn og hvilket timetal.
            """,
            "d1:1",
            "d1:7",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Brian bor i eget hus med sin samlever og to børn på 9 og 12 år, og familien fungerer godt. Han
            har et stort netværk fra byggebranchen og fodboldklubben. Økonomien er forringet efter
            overgangen til ressourceforløbsydelse; arbejdsskadesagen er anerkendt, men erstatning for tab af
            erhvervsevne er ikke afgjort.
            """,
            "d1:4",
            "d1:5",
        ),
        section(
            "erhvervstilknytning",
            """
            Brian har arbejdet som tømrer fra 1998, de sidste år som bas i Limfjord Byg A/S. Efter ulykken
            er arbejde som tømrer afskrevet. Han har taget et AMU-kursus i salg og kundeservice, og i
            praktik hos Nørresundby Trælast har han haft stabilt fremmøde i 15 timer om ugen, mens et forsøg
            med 20 timer måtte opgives. Virksomheden er positiv over for et fleksjob.
            """,
            "d4:1",
            "d1:3",
            "d5:2",
        ),
        section(
            "helbred",
            f"""
            Brian har moderat slidgigt i begge knæ og varige følger efter en opereret skulderskade med
            partiel re-ruptur. Egen læge og ortopædkirurg vurderer tilstanden som stationær med udtømte
            behandlingsmuligheder og beskriver let, vekslende arbejde 12-15 timer om ugen. LÆ 265 er fra
            {month_year(t["lae"])}, og sundhedskoordinatoren beder teamet tage stilling til, om den kan
            lægges til grund.
            """,
            "d2:1",
            "d2:2",
            "d6:2",
            "d3:1",
            "d3:2",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »I trælasten kan jeg bruge alt det, jeg ved om byggeri. Håndværkerne spørger efter mig.« Brian
            ønsker et fleksjob med kundeservice og salg til håndværkere, cirka 15 timer om ugen fordelt på
            fire korte dage.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at arbejdsevnen er varigt og væsentligt nedsat, at alle relevante
            indsatser er afprøvet, og at Brian er afklaret. Der indstilles til fleksjob med cirka 15 timer
            om ugen og skånehensyn: ingen løft over 5-10 kg, intet arbejde over skulderhøjde, på knæ eller
            stiger og mulighed for at veksle mellem at sidde og stå.
            """,
            "d1:8",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="fleksjob",
        question_to_team=_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name="Brian Kjærgaard Poulsen",
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
