"""Demo case 1: a jobafklaringsforløb (Tina Holst Kristoffersen, laborant, depression and anxiety).

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
# Case 1 — jobafklaring: Tina Holst Kristoffersen, laborant, depression and anxiety after long strain.
# Readiness gap: the citizen's written consent to the team's treatment is missing.
# ---------------------------------------------------------------------------------------------------

_TINA_BIRTH = date(1974, 5, 9)
_TINA_GP = "Søren Vilstrup, Lægehuset Gug"
_TINA_CW = PersonSpec(
    name="Charlotte Skovgaard",
    unit="Jobcenter Aalborg, Sygedagpenge og Jobafklaring",
    email="csk@example.dk",
)
_TINA_QUESTION = (
    "Hvilke indsatser skal Tinas jobafklaringsforløb indeholde, for at hun kan vende tilbage til "
    "arbejdsmarkedet, og er arbejde som laborant fortsat et realistisk mål?"
)


def _tina_preparatory(m: date, cpr: str) -> DocumentSpec:
    signed = ago(m, 78)
    sick = ago(m, 235)
    dismissed = ago(m, 120)
    transition = ago(m, 70)
    age = age_on(_TINA_BIRTH, signed)
    pages = (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: Tina Holst Kristoffersen, cpr-nr. {cpr}, Hedeagervej 7, 9210 Aalborg SØ. Koordinerende
            sagsbehandler: Charlotte Skovgaard, Jobcenter Aalborg, Sygedagpenge og Jobafklaring. Den
            forberedende del er udarbejdet over tre samtaler og underskrevet af Tina den {dk(signed)}.

            Tina er {age} år og uddannet laborant. Hun har været sygemeldt fra sit job som laborant hos
            NordLab Analyse A/S siden {dk(sick)} med stress, som senere er udredt som en moderat depression
            med angstsymptomer. Ansættelsen ophørte den {dk(dismissed)} i forbindelse med en omstrukturering
            af laboratoriet.

            Sygedagpengene kan ikke forlænges efter de almindelige regler ud over {dk(transition)}. Tina
            overgår derfor til ressourceforløbsydelse under jobafklaringsforløb, og sagen forelægges
            rehabiliteringsteamet, som skal komme med en indstilling om forløbets indhold.

            Spørgsmål til teamet: {_TINA_QUESTION}

            Tina er orienteret om, at hun deltager i cirka 20 minutter af mødet. Hun ønsker at have sin
            ægtefælle, Torben Kristoffersen, med som bisidder. Der er ikke behov for tolk.

            Tina har underskrevet samtykke til, at jobcentret indhenter oplysninger fra egen læge. Hun har
            mundtligt sagt ja til, at sagen forelægges rehabiliteringsteamet, men den skriftlige
            samtykkeerklæring var ikke returneret, da den forberedende del blev underskrevet, og den er
            endnu ikke registreret i sagen.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for beskæftigelse",
            """
            Tina siger om sin situation: »Jeg har altid været den, der fik tingene til at køre i
            laboratoriet. Nu kan jeg ikke engang læse en avisartikel færdig. Jeg vil tilbage, men jeg er
            bange for at gå ned igen.«

            Tinas eget mål er at vende tilbage til arbejde som laborant i et mindre laboratorium med faste
            rutineopgaver, i første omgang på nedsat tid. Hun forestiller sig at starte med 10-12 timer om
            ugen og gradvist øge timetallet, når hun mærker, at hun kan holde til det.

            Tina ønsker ikke at vende tilbage til et miljø med skiftende prioriteringer og mange samtidige
            hasteopgaver, som hun oplevede det det sidste år hos NordLab. Hun lægger vægt på en tydelig
            leder, faste procedurer og kolleger, hun kan sparre med.

            Hvis laborantfaget ikke viser sig realistisk, er Tina åben for at bruge sine kompetencer inden
            for kvalitetssikring og dokumentation, fx i en produktionsvirksomhed med krav til sporbarhed.
            Hun har selv fundet stillinger som kvalitetsassistent på Jobnet, som hun gerne vil drøfte.

            Tina ønsker en plan, hvor behandlingen kan fortsætte, samtidig med at hun afprøver sig selv på
            en arbejdsplads. Hun har bedt om, at en praktik ikke placeres hos hendes tidligere arbejdsgiver.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: folkeskolens 10. klasse, Gug Skole (1991); laborantuddannelsen, Aalborg Tekniske
            Skole (1995); AMU-kursus i intern audit efter ISO 17025 (2012); superbrugerkursus i LIMS (2018).

            1995-2004: laborant, Klinisk Biokemisk Afdeling, Aalborg Sygehus. Opgaver og kompetencer:
            analyser på automatiserede analyseapparater, kalibrering og vedligehold af udstyr, registrering
            af prøvesvar og oplæring af nye kolleger.

            2004-{dismissed.year}: laborant, NordLab Analyse A/S, afdeling for fødevareanalyser. Opgaver og
            kompetencer: mikrobiologiske og kemiske analyser, prøvemodtagelse, registrering i LIMS, intern
            audit og kvalitetsdokumentation. De sidste fem år var Tina superbruger på laboratoriets
            LIMS-system og stod for oplæringen af nye medarbejdere.

            Tina fremhæver selv, at hun er grundig, systematisk og god til at holde overblik over mange
            prøver og frister, når rammerne er klare. Tidligere ledere har beskrevet hende som en stabil og
            fagligt stærk medarbejder, som kolleger gik til med spørgsmål.

            Tina har kørekort og bil. Hun er fortrolig med Office-pakken, LIMS og elektroniske
            kvalitetssystemer.

            Tina har haft {sick.year - 1995} års uafbrudt tilknytning til arbejdsmarkedet uden perioder med
            ledighed. CV'et er udarbejdet sammen med Tina og vedlagt sagen med en beskrivelse af de konkrete
            kompetencer fra hvert job.
            """,
        ),
        page(
            "4. Personlige ressourcer, netværk og udfordringer",
            f"""
            Tina er gift med Torben, som arbejder som elektriker. De bor i eget rækkehus i Gug og har to
            voksne døtre, som er flyttet hjemmefra, men kommer ofte på besøg. Torben er en stor støtte og
            deltager som bisidder på mødet.

            Tinas mor døde i {month_year(ago(m, 400))} efter et længere sygdomsforløb, hvor Tina var den
            primære pårørende. Tina fortæller, at hun i den periode passede sit arbejde og sin mor og ikke
            mærkede efter, hvor slidt hun var.

            Tina har en veninde fra laborantuddannelsen, som hun går ture med hver uge, og hun synger i
            kirkekoret i Gug. Koret har hun holdt fast i gennem sygemeldingen, selv om hun af og til må
            melde afbud.

            Beskæftigelsesmæssige udfordringer: Tina har nedsat koncentration og hukommelse, bliver hurtigt
            udtrættet af mange indtryk og får hjertebanken og uro, når hun skal håndtere flere opgaver på
            én gang. Efter opsigelsen har hun ingen arbejdsplads at vende tilbage til.

            Sociale forhold: Økonomien er presset efter overgangen fra løn til sygedagpenge, men familien
            har ingen gæld ud over boliglånet. Der er ikke oplysninger om misbrug eller andre sociale
            problemer.
            """,
        ),
        page(
            "5. Helbred – borgerens egen vurdering",
            f"""
            Tina fortæller, at hun gennem flere måneder gradvist fik sværere ved at sove, glemte aftaler og
            fik trykken for brystet på vej til arbejde. Hun blev sygemeldt af egen læge efter en dag, hvor
            hun brød sammen i laboratoriet og ikke kunne holde op med at græde.

            Hun er i behandling med sertralin, som efter anbefaling fra speciallægen i psykiatri blev øget
            til 100 mg i {month_year(ago(m, 95))}. Hun har haft 12 samtaler hos psykolog med tilskud fra
            sygesikringen og er henvist til et nyt forløb med fokus på stress og egne krav.

            Tina vurderer selv, at hun har det bedre end for et halvt år siden. Hun sover nu seks timer de
            fleste nætter og kan klare indkøb og madlavning. Hun kan læse en halv time ad gangen, men
            mister tråden, hvis der er uro omkring hende.

            Tina vurderer, at hun nu kan klare 2-3 timers let, struktureret arbejde tre dage om ugen, og at
            det kan øges, hvis hun ikke bliver presset for hurtigt.

            Egen læge er Søren Vilstrup, Lægehuset Gug. LÆ 265 er bestilt til mødet, og speciallægens
            erklæring er vedlagt.
            """,
        ),
        page(
            "6. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: lønmodtager 1995-{sick.year}; sygedagpenge fra {dk(sick)};
            ressourceforløbsydelse under jobafklaringsforløb fra {dk(transition)}. Tina har ikke tidligere
            modtaget offentlig forsørgelse.

            {dk(ago(m, 195))} til {dk(ago(m, 160))}: delvis raskmelding hos NordLab med 8 timer om ugen i
            prøvemodtagelsen. Formål: at fastholde tilknytningen til arbejdspladsen. Udbytte: Tina klarede
            opgaverne fagligt, men fik forværring af søvn og angst, og den delvise raskmelding blev stoppet
            efter fem uger. Forløbet viste, at arbejdet skal foregå uden tidspres.

            Fra {month_year(ago(m, 150))}: jobcentrets mestringsgruppe for sygemeldte med stress, otte gange
            à to timer. Formål: at lære redskaber til at håndtere stress og planlægge hverdagen. Udbytte:
            Tina bruger en dagsplan med faste pauser og har haft gavn af at møde andre i samme situation.

            Samtaler med virksomhedskonsulent. Formål: at afdække realistiske arbejdspladser. Udbytte: to
            laboratorier i Aalborg er positive over for en praktik med lav timestart, men intet er aftalt,
            før teamet har behandlet sagen.

            Tina har deltaget i alle aftalte samtaler og aktiviteter, og der har ikke været fravær ud over
            det, der er begrundet i sygdommen.
            """,
        ),
        page(
            "7. Sagsbehandlers vurdering og forslag til indsatser",
            """
            Det er sagsbehandlers vurdering, at Tina har gode ressourcer i form af en lang og stabil
            erhvervskarriere, solide faglige kompetencer og et støttende netværk. Hun er motiveret for at
            vende tilbage til arbejde og har selv et konkret jobmål.

            Tinas arbejdsevne er aktuelt væsentligt nedsat på grund af depression og angst, men behandlingen
            er ikke afsluttet, og der ses en tydelig bedring over de seneste måneder. Det er derfor for
            tidligt at tage stilling til, om arbejdsevnen er varigt nedsat.

            Sagsbehandler foreslår et jobafklaringsforløb med fortsat psykologbehandling, en mentor de
            første tre måneder og en virksomhedspraktik i et laboratorium med start på 6-8 timer om ugen og
            gradvis optrapning. Praktikken skal have faste opgaver og én fast kontaktperson.

            Sagsbehandler ønsker teamets vurdering af, om der er behov for yderligere helbredsoplysninger,
            og hvordan progressionen bør følges, fx med opfølgning hver fjerde uge med Tina, mentor og
            praktikvejleder.

            Den forberedende del er gennemgået og underskrevet af Tina Holst Kristoffersen (borger) og
            Charlotte Skovgaard (sagsbehandler).
            """,
        ),
    )
    return document("d1", "forberedende_del", "Rehabiliteringsplanens forberedende del", signed, _TINA_CW.name, pages)


def _tina_lae265(m: date) -> DocumentSpec:
    issued = ago(m, 47)
    pages = (
        page(
            "Anamnese, objektive fund og diagnoser",
            f"""
            Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg til brug for
            rehabiliteringsteamet. Tina har været tilknyttet praksis siden 2001 og har tidligere kun haft
            kortvarige, ukomplicerede sygdomsforløb.

            Tina henvendte sig i {month_year(ago(m, 245))} med søvnbesvær, koncentrationsbesvær,
            hjertebanken og tiltagende tristhed gennem flere måneder. Hun var presset af omlægninger på
            arbejdet og af sin mors sygdom og død. Hun blev sygemeldt den {dk(ago(m, 235))}. Sertralin
            50 mg blev startet i {month_year(ago(m, 220))} og øget til 100 mg i {month_year(ago(m, 95))}
            efter anbefaling fra speciallæge i psykiatri.

            Objektivt: velsoigneret, samarbejdende og relevant i kontakten. Stemningslejet er let sænket,
            affekten afdæmpet. Ingen psykotiske symptomer og ingen aktuelle selvmordstanker. Hamilton-score
            16 ved seneste konsultation mod 24 ved sygemeldingen. Somatisk undersøgelse og blodprøver,
            herunder stofskiftetal, er normale.

            Diagnoser: DF321 Moderat depressiv enkeltepisode; DF411 Generaliseret angst, sekundært til
            depressionen; DZ560 Problemer i forbindelse med beskæftigelse.
            """,
        ),
        page(
            "Behandling, prognose og funktionsevne i forhold til arbejde",
            f"""
            Behandling: sertralin 100 mg dagligt. Afsluttet forløb med 12 psykologsamtaler; henvist til
            yderligere 10 samtaler med kognitiv adfærdsterapi. Speciallægen i psykiatri har bekræftet
            diagnoserne og anbefalet fortsat medicin og psykoterapi.

            Prognose: Der er sket en klar bedring over de seneste tre måneder. Prognosen for yderligere
            bedring vurderes god, hvis behandlingen fortsætter, og tilbagevenden til arbejde sker gradvist.
            Det er for tidligt at vurdere, om der vil være varige begrænsninger.

            Funktionsevne: Tina kan aktuelt varetage enkle, strukturerede opgaver 2-3 timer ad gangen nogle
            dage om ugen. Tempo og koncentration er nedsat, og hun tåler dårligt tidspres, afbrydelser og
            mange samtidige opgaver.

            Skånehensyn: gradvis optrapning, faste opgaver uden hastepres, mulighed for pauser og en fast
            kontaktperson. Laboratoriearbejde er ikke kontraindiceret, når skånehensynene respekteres.

            Det anbefales, at tilbagevenden til arbejde koordineres med behandlingen, og at der følges op i
            praksis hver 4.-6. uge.

            Dato: {dmy(issued)}. Underskrift: Søren Vilstrup, praktiserende læge, Lægehuset Gug.
            """,
        ),
    )
    return document("d2", "lae265", "Lægeattest LÆ 265 til rehabiliteringsteamet", issued, f"læge {_TINA_GP}", pages)


def _tina_other_documents(m: date) -> tuple[DocumentSpec, ...]:
    coordinator = ago(m, 19)
    sk = document(
        "d3",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        coordinator,
        f"overlæge Lise Munk, {KLINISK_FUNKTION}",
        (
            page(
                "Sundhedsfaglig vurdering og anbefalinger",
                f"""
                Udtalelsen bygger på den forberedende del, LÆ 265 fra læge Søren Vilstrup og
                speciallægeerklæringen fra speciallæge i psykiatri Ulla Rask. Borgeren er ikke undersøgt af
                sundhedskoordinatoren.

                Der er tale om en moderat depression med angstsymptomer, udløst af langvarig belastning på
                arbejdet og i familien. Diagnosen er veldokumenteret, og Tina er i relevant behandling med
                antidepressiv medicin og psykoterapi.

                Forløbet viser en tydelig bedring, og der er ikke holdepunkter for, at tilstanden er varig.
                Helbredsoplysningerne er tilstrækkelige til, at teamet kan tage stilling til indholdet af et
                jobafklaringsforløb. Der er ikke behov for yderligere lægelige oplysninger nu.

                Det anbefales, at forløbet kombinerer fortsat behandling med en tidlig, gradueret
                tilbagevenden til arbejde med faste, velkendte opgaver. En langsom optrapning over 3-6
                måneder er erfaringsmæssigt vigtig for at undgå tilbagefald. Tina bør ikke vende tilbage
                til den arbejdsplads, der udløste belastningen.

                Sundhedskoordinatoren deltager i mødet og kan uddybe udtalelsen.
                Dato: {dmy(coordinator)}. Lise Munk, overlæge.
                """,
            ),
        ),
    )
    cv = document(
        "d4",
        "cv",
        "CV for Tina Holst Kristoffersen",
        ago(m, 84),
        "Tina Holst Kristoffersen",
        (
            page(
                "CV – Tina Holst Kristoffersen",
                f"""
                Hedeagervej 7, 9210 Aalborg SØ. Kørekort: B. Sprog: dansk (modersmål), engelsk (godt,
                også fagligt), tysk (læser).

                Jobmål: laborant eller kvalitetsassistent i en mindre virksomhed, i første omgang på nedsat
                tid.

                Uddannelse: laborant, Aalborg Tekniske Skole (1995). Kurser: intern auditor efter ISO
                17025 (2012), superbruger i LIMS (2018), førstehjælp (2021).

                2004-{ago(m, 120).year}, laborant, NordLab Analyse A/S. Konkrete kompetencer:
                mikrobiologiske og kemiske fødevareanalyser, prøvemodtagelse og registrering i LIMS, intern
                audit, udarbejdelse af arbejdsinstruktioner, oplæring af nye medarbejdere.

                1995-2004, laborant, Klinisk Biokemisk Afdeling, Aalborg Sygehus. Konkrete kompetencer:
                drift af analyseapparater, kalibrering og fejlfinding, kvalitetskontrol, registrering af
                prøvesvar, vejledning af elever.

                Om mig: Jeg er grundig og systematisk og trives med opgaver, hvor kvaliteten skal være i
                orden. Jeg er god til at lære fra mig og har oplært mange nye kolleger.

                IT: Office-pakken, LIMS, elektroniske kvalitetssystemer, Jobnet og Digital Post.
                """,
            ),
        ),
    )
    specialist_date = ago(m, 98)
    specialist = document(
        "d5",
        "speciallaege",
        "Speciallægeerklæring, psykiatri (via Klinisk Funktion)",
        specialist_date,
        "speciallæge i psykiatri Ulla Rask",
        (
            page(
                "Baggrund, anamnese og psykisk status",
                """
                Erklæringen er udarbejdet efter henvisning fra egen læge og rekvireret via Klinisk
                Funktion, Region Nordjylland. Tina er set til to konsultationer af i alt to en halv times
                varighed.

                Ingen tidligere psykiatrisk sygdom og ingen psykiatrisk sygdom i familien. Tina beskriver
                sig som pligtopfyldende og med høje krav til sig selv. Året før sygemeldingen var præget af
                nedskæringer i laboratoriet, øget prøvemængde og morens sygdom, hvor Tina var den primære
                pårørende.

                Aktuelle symptomer: nedtrykthed, indre uro, tidlig opvågning, nedsat koncentration og
                hukommelse samt lette panikagtige anfald ved tanken om arbejdet. Appetit og vægt er stabile.

                Psykisk status: vågen, klar og orienteret. God kontakt. Let sænket stemningsleje,
                grædelabil ved omtale af arbejdet. Ingen psykotiske symptomer og ingen selvmordstanker.
                MoCA-test 28/30.
                """,
            ),
            page(
                "Vurdering og anbefalinger",
                f"""
                Diagnose: moderat depressiv enkeltepisode (DF321) med ledsagende angstsymptomer. Der er
                ikke holdepunkter for personlighedsforstyrrelse eller anden psykiatrisk lidelse.

                Tina har haft delvis effekt af sertralin 50 mg. Det anbefales at øge dosis til 100 mg og
                fortsætte behandlingen mindst et år efter symptomfrihed. Desuden anbefales kognitiv
                adfærdsterapi med fokus på stressmestring og høje krav til egen præstation.

                Prognosen er god. Der må forventes en periode på 6-12 måneder, før arbejdsevnen er
                genvundet. En gradvis tilbagevenden til arbejde med lavt timetal anbefales som en del af
                behandlingen, når søvnen er stabiliseret.

                Tina bør ikke vende tilbage til arbejde med vedvarende tidspres, og hun bør i de første
                måneder undgå opgaver med ansvar for andres arbejde.

                Dato: {dmy(specialist_date)}. Ulla Rask, speciallæge i psykiatri.
                """,
            ),
        ),
    )
    return (sk, cv, specialist)


def jobafklaring_case(ref: str, m: date) -> BundleSpec:
    """Case 1: jobafklaringsforløb; written consent to the team's treatment is missing."""
    cpr = cpr_for(_TINA_BIRTH, "2318")
    signed = ago(m, 78)
    age = age_on(_TINA_BIRTH, m)
    documents = (_tina_preparatory(m, cpr), _tina_lae265(m), *_tina_other_documents(m))
    summary = (
        section(
            "sagsresume",
            f"""
            Tina Holst Kristoffersen er {age} år, uddannet laborant og bor i Gug. Hun har været sygemeldt
            siden {dk(ago(m, 235))} med depression og angst og har mistet sit job hos NordLab Analyse A/S.
            Sygedagpengene kunne ikke forlænges, og hun er overgået til jobafklaringsforløb. Teamet bedes
            anbefale forløbets indhold.
            """,
            "d1:1",
            "d1:6",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Tina er gift med Torben, som deltager som bisidder, og har to voksne døtre. Hun var den
            primære pårørende under sin mors sygdom og død, hvilket bidrog til belastningen. Hun har et
            godt netværk med en fast veninde og kirkekoret, men økonomien er presset efter overgangen fra
            løn.
            """,
            "d1:4",
        ),
        section(
            "erhvervstilknytning",
            f"""
            Tina har arbejdet som laborant i mere end 30 år, først på Klinisk Biokemisk Afdeling og fra 2004
            hos NordLab Analyse A/S, hvor hun var superbruger på LIMS og oplærte nye kolleger. Ansættelsen
            ophørte den {dk(ago(m, 120))} ved en omstrukturering. En delvis raskmelding med 8 timer om ugen
            blev stoppet efter fem uger på grund af forværring.
            """,
            "d4:1",
            "d1:3",
            "d1:6",
        ),
        section(
            "helbred",
            """
            Egen læge og speciallæge i psykiatri beskriver en moderat depressiv enkeltepisode med
            angstsymptomer. Tina er i behandling med sertralin og psykoterapi, og der ses en klar bedring.
            Prognosen vurderes god, men arbejdsevnen forventes først genvundet over 6-12 måneder med gradvis
            optrapning. Sundhedskoordinatoren finder helbredsoplysningerne tilstrækkelige.
            """,
            "d2:1",
            "d2:2",
            "d5:2",
            "d3:1",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »Jeg vil tilbage, men jeg er bange for at gå ned igen.« Tina ønsker at vende tilbage som
            laborant i et mindre laboratorium med faste rutineopgaver, først 10-12 timer om ugen. Hun ønsker
            ikke praktik hos sin tidligere arbejdsgiver.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at det er for tidligt at tage stilling til, om arbejdsevnen er varigt
            nedsat, da behandlingen virker. Der foreslås et jobafklaringsforløb med fortsat
            psykologbehandling, mentor og virksomhedspraktik i et laboratorium med start på 6-8 timer om ugen
            og opfølgning hver fjerde uge.
            """,
            "d1:7",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="jobafklaring",
        question_to_team=_TINA_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name="Tina Holst Kristoffersen",
            cpr=cpr,
            birth_date=_TINA_BIRTH,
            has_vocational_qualification=True,
            own_job_goal=("Laborant i et mindre laboratorium med faste rutineopgaver, først 10-12 timer om ugen"),
        ),
        caseworker=_TINA_CW,
        preparatory_part_signed_on=signed,
        documents=documents,
        summary=summary,
        companion=PersonSpec(name="Torben Kristoffersen", relation="ægtefælle"),
        citizen_consented_on=None,
        exported_at=exported_at(m),
    )
