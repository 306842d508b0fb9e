"""Records for demo case 4 (Preben Toft Jakobsen): specialist statements, praktik, status, journals.

Also holds the case's people and timeline, shared with :mod:`foertidspension`. All people,
companies and texts are invented. Dates are computed from the meeting day.
"""

from __future__ import annotations

from datetime import date

from rehabmeet.bundles.spec import DocumentSpec, PersonSpec
from rehabmeet.services.demo_content.common import (
    ago,
    dk,
    dmy,
    document,
    journal_page,
    month_year,
    page,
)

BIRTH = date(1966, 4, 21)
NAME = "Preben Toft Jakobsen"
GP_NAME = "Karin Winther"
GP = f"{GP_NAME}, Lægehuset Aalborg Øst"
CW = PersonSpec(name="Ole Brøndum", unit="Jobcenter Aalborg, Team Ressourceforløb og Pension", email="obr@example.dk")
EARLIER_CW = "Birgitte Nøhr"


def timeline(m: date) -> dict[str, date]:
    """Return the key dates of the case, counted back from the meeting day."""
    return {
        "infarct": ago(m, 1900),
        "dismissed": ago(m, 1750),
        "jobafklaring": ago(m, 1740),
        "depression": ago(m, 1500),
        "rf1": ago(m, 1200),
        "copd_admission": ago(m, 1030),
        "heart_failure": ago(m, 700),
        "rf2_team": ago(m, 475),
        "rf2": ago(m, 470),
        "pneumonia": ago(m, 400),
        "praktik_start": ago(m, 330),
        "praktik_end": ago(m, 282),
        "signed": ago(m, 212),
    }


# ---------------------------------------------------------------- d5–d7: specialist statements


def lung_specialist(m: date) -> DocumentSpec:
    t = timeline(m)
    issued = ago(m, 160)
    pages = (
        page(
            "Henvisning og anamnese",
            f"""
            Erklæringen er rekvireret af Jobcenter Aalborg via Klinisk Funktion, Region Nordjylland, med
            spørgsmål om lungesygdommens sværhedsgrad, behandlingsmuligheder og betydning for
            arbejdsevnen. Preben er undersøgt i klinikken og har givet samtykke til erklæringen.

            Preben røg cirka 20 cigaretter dagligt fra 15-årsalderen til blodproppen i
            {month_year(t["infarct"])}. KOL blev diagnosticeret i 2017. Han har arbejdet i kolde og fugtige
            lokaler på slagteri og i containerhaller.

            Aktuelt åndenød ved gang på 100-150 meter i roligt tempo og ved påklædning. Morgenhoste med
            sejt, hvidt slim. To indlæggelser med forværring, senest med lungebetændelse i
            {month_year(t["pneumonia"])}, og derudover to-tre forværringer om året behandlet hos egen læge.

            Preben har gennemført et otte ugers KOL-rehabiliteringsforløb og træner derhjemme. Han bruger
            sin inhalationsmedicin korrekt; inhalationsteknikken er kontrolleret ved konsultationen.
            """,
        ),
        page(
            "Undersøgelser",
            """
            Objektivt: afmagret, BMI 20. Taler i hele sætninger i hvile. Forlænget udånding med hvæsende
            lyde over begge lunger. Ingen trommestikfingre.

            Spirometri efter bronkodilatator: FEV1 1,29 liter (42 procent af forventet), FVC 2,87 liter,
            FEV1/FVC 0,45. Uændret i forhold til måling et år tidligere, men faldet fra 48 procent for fem år
            siden.

            Seks minutters gangtest: 290 meter med to pauser. Iltmætning faldende fra 93 til 85 procent.
            Borg-skala for åndenød 7 ved afslutning.

            CT-skanning af lungerne: udbredt emfysem, mest i overlapperne. Ingen tegn på kræft eller
            lungefibrose.

            Arteriepunktur i hvile: ingen indikation for hjemmeilt på nuværende tidspunkt.

            MRC-åndenødsskala: grad 4 (stopper for at få vejret efter cirka 100 meter eller efter nogle
            minutters gang på flad vej).
            """,
        ),
        page(
            "Vurdering og konklusion",
            f"""
            Der er tale om svær KOL med emfysem (GOLD 3, gruppe E) med hyppige forværringer og betydeligt
            nedsat fysisk formåen. Tilstanden forværres yderligere af hjertesvigt, som bidrager til
            åndenøden.

            Den medicinske behandling er optimeret, og rehabilitering er gennemført. Der er ikke yderligere
            behandlingsmuligheder, som kan forventes at forbedre lungefunktionen. Preben er vurderet
            uegnet til lungevolumenreduktion på grund af hjertesygdommen.

            Prognosen er langsomt faldende med risiko for flere forværringer og senere behov for
            hjemmeilt.

            Det er min vurdering, at Preben ikke kan varetage arbejde med fysisk belastning, og at selv let,
            siddende arbejde vil være begrænset af åndenød, træthed og hyppige sygdomsperioder. Jeg finder
            ikke, at arbejdsevnen kan forbedres gennem yderligere behandling.

            Dato: {dmy(issued)}. Karsten Bilde, overlæge, speciallæge i lungesygdomme.
            """,
        ),
    )
    return document(
        "d5",
        "speciallaege",
        "Speciallægeerklæring, lungemedicin (via Klinisk Funktion)",
        issued,
        "overlæge Karsten Bilde, speciallæge i lungesygdomme",
        pages,
    )


def heart_specialist(m: date) -> DocumentSpec:
    t = timeline(m)
    issued = ago(m, 150)
    pages = (
        page(
            "Henvisning og anamnese",
            f"""
            Erklæringen er rekvireret af Jobcenter Aalborg via Klinisk Funktion, Region Nordjylland, med
            spørgsmål om hjertesygdommens betydning for arbejdsevnen og om yderligere
            behandlingsmuligheder.

            Preben fik i {month_year(t["infarct"])} en blodprop i hjertet (STEMI) og blev behandlet akut
            med ballonudvidelse og to stents i den forreste kranspulsåre. Han gennemførte
            hjerterehabilitering og har været røgfri siden.

            I {month_year(t["heart_failure"])} blev der ved kontrol fundet nedsat pumpefunktion med en
            uddrivningsfraktion på 35 procent. Efter optimering af hjertesvigtmedicinen er
            uddrivningsfraktionen steget til 40 procent.

            Preben oplyser åndenød ved let anstrengelse, hævede ankler sidst på dagen og perioder med
            hjertebanken. Han har ikke haft brystsmerter siden blodproppen. Han bruger ikke nitroglycerin.

            Aktuel medicin: acetylsalicylsyre, atorvastatin, metoprolol, sacubitril/valsartan,
            eplerenon, empagliflozin og furosemid efter behov.
            """,
        ),
        page(
            "Undersøgelser",
            """
            Objektivt: blodtryk 112/70, puls 72 og regelmæssig. Ingen mislyde over hjertet. Let
            underbensødem. Halsvener ikke stuvede.

            EKG: sinusrytme, tegn på gammelt forvægsinfarkt, ingen akutte forandringer.

            Ekkokardiografi: let dilateret venstre ventrikel med nedsat bevægelighed af forvæggen og
            spidsen. Uddrivningsfraktion 40 procent. Let utæt mitralklap. Ingen tegn på forhøjet tryk i
            lungekredsløbet.

            Holter-monitorering over 48 timer: enkelte ekstraslag, ingen behandlingskrævende
            rytmeforstyrrelser.

            Arbejdstest på cykel: afbrudt ved 60 watt efter fire minutter på grund af åndenød. Ingen
            brystsmerter og ingen iskæmiske forandringer. Maksimal puls 112.

            Blodprøve: NT-proBNP 980 ng/l, forhøjet og forenelig med hjertesvigt.
            """,
        ),
        page(
            "Vurdering og konklusion",
            f"""
            Der er tale om iskæmisk hjertesygdom efter blodprop i hjertet med efterfølgende hjertesvigt
            med let til moderat nedsat pumpefunktion, svarende til NYHA-klasse III, dvs. symptomer ved let
            fysisk aktivitet.

            Behandlingen er optimeret efter gældende retningslinjer. Der er ikke indikation for
            yderligere ballonudvidelse, bypassoperation eller pacemaker/ICD-enhed. En mindre bedring kan
            ikke udelukkes, men det forventes ikke, at funktionsniveauet bedres væsentligt.

            Den nedsatte arbejdskapacitet skyldes en kombination af hjertesvigt og svær KOL, og det er
            ikke muligt at adskille de to sygdommes bidrag. Samlet set vurderes Preben ikke at kunne
            varetage arbejde med fysisk belastning, og selv let arbejde vil være stærkt begrænset af
            udtrætning.

            Fortsat kardiologisk kontrol hver sjette måned anbefales.

            Dato: {dmy(issued)}. Maja Thrane, speciallæge i kardiologi.
            """,
        ),
    )
    return document(
        "d6",
        "speciallaege",
        "Speciallægeerklæring, kardiologi (via Klinisk Funktion)",
        issued,
        "speciallæge i kardiologi Maja Thrane",
        pages,
    )


def psych_specialist(m: date) -> DocumentSpec:
    t = timeline(m)
    issued = ago(m, 125)
    pages = (
        page(
            "Henvisning, anamnese og psykisk status",
            f"""
            Erklæringen er rekvireret af Jobcenter Aalborg via Klinisk Funktion, Region Nordjylland.
            Preben er set til to samtaler. Første planlagte samtale blev aflyst, fordi han var syg med
            åndenød.

            Ingen psykiatrisk sygdom før {t["depression"].year}. Depressionen udviklede sig gradvist efter
            blodproppen og tabet af arbejdet. Preben beskriver, at han har mistet sin rolle som den, der
            klarede sig selv og hjalp andre.

            Behandlet med mirtazapin, som er øget til 30 mg, og et afsluttet forløb med 12 psykologsamtaler.
            Lidt bedre søvn og appetit, men fortsat nedtrykthed, træthed, manglende initiativ og
            opgivenhed.

            Psykisk status: velsoigneret, samarbejdende, langsom i tale og motorik. Stemningslejet sænket,
            affekten afdæmpet. Ingen psykotiske symptomer. Passive dødstanker uden planer. Hamilton-score
            19, svarende til moderat depression. Kognitiv screening: let nedsat koncentration og
            arbejdshukommelse.
            """,
        ),
        page(
            "Vurdering og konklusion",
            f"""
            Diagnose: moderat depressiv enkeltepisode (DF321) med langvarigt forløb. Der er ikke tegn på
            bipolar lidelse, personlighedsforstyrrelse eller misbrug.

            Depressionen er tæt forbundet med de fysiske sygdomme og tabet af arbejde og selvstændighed.
            Behandlingsmulighederne er ikke fuldt udtømte; et skift til andet antidepressivt præparat kan
            forsøges, og det er anbefalet egen læge. Det må dog forventes, at depressionen kun bedres i
            begrænset omfang, så længe de fysiske begrænsninger består.

            Den psykiske tilstand medfører nedsat initiativ, udholdenhed og koncentration og bidrager
            selvstændigt til en nedsat arbejdsevne. Jeg finder ikke, at depressionen alene ville forhindre
            ethvert arbejde, men i sammenhæng med de fysiske sygdomme vurderer jeg ikke, at Preben kan
            varetage arbejde.

            Dato: {dmy(issued)}. Jens Overgaard, speciallæge i psykiatri.
            """,
        ),
    )
    return document(
        "d7",
        "speciallaege",
        "Speciallægeerklæring, psykiatri (via Klinisk Funktion)",
        issued,
        "speciallæge i psykiatri Jens Overgaard",
        pages,
    )


# ---------------------------------------------------------------- d8–d10: praktik, status, function


def praktik(m: date) -> DocumentSpec:
    t = timeline(m)
    report = ago(m, 265)
    pages = (
        page(
            "Formål, rammer og arbejdsopgaver",
            f"""
            Praktikken fandt sted i Cykelværkstedet Genbrug Øst fra {dk(t["praktik_start"])} til
            {dk(t["praktik_end"])}. Værkstedet istandsætter brugte cykler til videresalg og har fire
            faste medarbejdere og et antal frivillige.

            Formålet var at afprøve, om Preben kan varetage let, siddende arbejde i 4 timer om ugen fordelt
            på to dage, og om timetallet kan øges.

            Værkstedet ligger i stueplan tæt på Prebens bopæl, og han blev kørt frem og tilbage i taxa
            betalt af jobcentret. Preben fik en stol ved en fast arbejdsbænk og kunne holde pauser efter
            behov. Praktikvejleder var værkstedsleder Kurt Bang.

            Arbejdsopgaver: afmontering af dele, rensning af kæder og gear, lapning af slanger og sortering
            af reservedele. Preben skulle ikke løfte cykler eller gå på lageret.
            """,
        ),
        page(
            "Fremmøde, observationer og udbytte",
            """
            Fremmøde: 8 af 14 planlagte dage (57 procent). Fraværet skyldtes åndenød, forkølelse og en
            periode med dårlig nattesøvn. Preben gav altid besked.

            Preben er flittig og omhyggelig, når han er til stede, og han har et godt håndelag. Han
            blev hurtigt en del af fællesskabet og var glad for at være sammen med andre.

            Efter cirka en time blev Preben tydeligt forpustet og måtte hvile 15-20 minutter, også ved
            siddende arbejde. Han klarede ikke at bøje sig ned til cyklerne og kunne ikke gå ud til
            containeren med affald. Lugten af olie og affedtning gav hoste.

            Arbejdstempoet var under halvdelen af det, der forventes af en frivillig uden skånehensyn.

            Udbytte: Praktikken viste, at Preben ikke kan opretholde et stabilt fremmøde, selv ved 4 timer
            om ugen under meget skånsomme forhold. Praktikken blev afbrudt efter syv uger efter aftale med
            Preben, sagsbehandler og egen læge. Timetallet kunne ikke øges.
            """,
        ),
    )
    return document(
        "d8",
        "praktik",
        "Evaluering af virksomhedspraktik hos Cykelværkstedet Genbrug Øst",
        report,
        "værkstedsleder Kurt Bang, Cykelværkstedet Genbrug Øst",
        pages,
    )


def status_report(m: date) -> DocumentSpec:
    t = timeline(m)
    issued = ago(m, 230)
    pages = (
        page(
            "Forløbets indhold",
            f"""
            Statusrapporten beskriver det andet ressourceforløb fra {dk(t["rf2"])} til dato. Forløbet
            blev iværksat efter rehabiliteringsteamets indstilling af {dk(t["rf2_team"])}, som lagde vægt
            på en sidste afprøvning af arbejdsevnen i skånsomme rammer og en afklaring af det psykiske
            helbred.

            Forløbet har indeholdt: mentor to timer om ugen, primært i hjemmet; psykologsamtaler via egen
            læge; træning på kommunens sundhedscenter én gang om ugen, når helbredet tillod det; og
            virksomhedspraktik i Cykelværkstedet Genbrug Øst.

            Koordinerende sagsbehandler har holdt samtaler med Preben hver fjerde til sjette uge, de fleste
            i hjemmet på grund af trapperne og åndenøden.
            """,
        ),
        page(
            "Fremmøde og progression",
            f"""
            Mentor: Preben har deltaget i 80 procent af de planlagte møder. Aflysningerne skyldtes sygdom.
            Mentor beskriver en mand, der gerne vil, men som har meget få kræfter og ofte ligger på sofaen
            det meste af dagen.

            Træning: Preben har deltaget i 21 af 36 planlagte træningsgange. Efter indlæggelsen med
            lungebetændelse i {month_year(t["pneumonia"])} var der en pause på to måneder. Gangdistancen er
            ikke forbedret i forløbet.

            Praktik: 8 af 14 planlagte dage á to timer. Praktikken blev afbrudt efter syv uger, se
            evalueringen.

            Psykisk: Preben har gennemført 12 psykologsamtaler og fået mirtazapin øget. Han sover lidt
            bedre, men er fortsat nedtrykt og opgivende.

            Samlet er der ikke set en progression i arbejdsevnen i forløbet. Det fysiske helbred er
            tværtimod forværret.
            """,
        ),
        page(
            "Konklusion og anbefaling",
            """
            Forløbet har afprøvet de indsatser, som rehabiliteringsteamet anbefalede. Preben har deltaget
            loyalt og så meget, som helbredet har tilladt, men han har ikke kunnet opretholde et stabilt
            fremmøde i en meget skånsom praktik med 4 timer om ugen.

            Det er forløbets vurdering, at yderligere arbejdsprøvning ikke vil give ny viden om
            arbejdsevnen og vil belaste Prebens helbred. Det anbefales, at sagen forelægges
            rehabiliteringsteamet med henblik på en vurdering af, om Preben opfylder betingelserne for
            førtidspension.

            Det anbefales samtidig, at der tages stilling til boligskift og fortsat mentorstøtte, indtil
            sagen er afgjort.
            """,
        ),
    )
    return document("d9", "andet", "Statusrapport fra ressourceforløbet", issued, f"{CW.name}, {CW.unit}", pages)


def function_assessment(m: date) -> DocumentSpec:
    issued = ago(m, 95)
    pages = (
        page(
            "Baggrund og observationer i hjemmet",
            """
            Funktionsvurderingen er udført på jobcentrets anmodning som to besøg i Prebens hjem. Formålet
            var at beskrive Prebens formåen i daglige aktiviteter som supplement til de lægelige
            oplysninger.

            Personlig pleje: Preben klarer selv bad og påklædning, men skal sidde ned og holde pauser
            undervejs. Et brusebad tager cirka 40 minutter inklusive hvil, og han er træt resten af
            formiddagen.

            Måltider: Preben laver enkle måltider og bruger færdigretter. Han kan stå ved køkkenbordet i
            cirka 5 minutter og har fået en arbejdsstol.

            Indkøb og transport: Datteren står for de store indkøb. Preben handler selv småting i
            kiosken 150 meter væk med rollator og en pause undervejs. Trappen til anden sal tager cirka
            fire minutter med to pauser.

            Rengøring: praktisk hjælp fra hjemmeplejen hver 14. dag. Preben klarer selv opvask i små
            portioner.
            """,
        ),
        page(
            "Vurdering og anbefalinger",
            """
            Preben har et markant nedsat aktivitetsniveau og bruger det meste af sin energi på basale
            daglige aktiviteter. Han har brug for hvile efter hver aktivitet og kan ikke planlægge mere end
            én aktivitet uden for hjemmet om dagen.

            Målt med en standardiseret vurdering af daglige aktiviteter ligger Prebens motoriske færdigheder
            klart under det niveau, hvor man kan forvente selvstændig og sikker funktion uden støtte, og
            hans indsats er øget i alle aktiviteter.

            Anbefalinger: boligskift til en lejlighed i stueplan eller med elevator; badebænk og
            gribehåndtag; fortsat praktisk hjælp; energiforvaltning med faste hvilepauser.

            Det er ergoterapeutens vurdering, at Prebens aktivitetsniveau ikke levner overskud til
            arbejde.

            Pia Lauridsen, ergoterapeut.
            """,
        ),
    )
    return document(
        "d10",
        "andet",
        "Ergoterapeutisk funktionsvurdering",
        issued,
        "ergoterapeut Pia Lauridsen, Træning og Rehabilitering, Aalborg Kommune",
        pages,
    )


# ---------------------------------------------------------------- d11, d12: journals


def jobcenter_journal(m: date) -> DocumentSpec:
    t = timeline(m)
    cw = CW.name
    pages = (
        journal_page(
            "Journalnotater",
            EARLIER_CW,
            (
                (
                    t["rf1"],
                    "Opstart af ressourceforløb",
                    """Første samtale efter rehabiliteringsteamets indstilling om ressourceforløb i to år.
                    Preben er skeptisk, men vil gerne prøve. Aftalt: KOL-rehabilitering på
                    sundhedscentret og mentor.""",
                ),
                (
                    ago(m, 1120),
                    "Jobsamtale",
                    """Preben er startet på KOL-rehabilitering to gange om ugen i otte uger. Han er meget
                    træt efter træningen, men møder op.""",
                ),
                (
                    t["copd_admission"],
                    "Telefonnotat",
                    """Datteren ringer: Preben er indlagt med forværring af KOL og kan ikke møde til
                    samtale. Ny tid efter udskrivelsen.""",
                ),
                (
                    ago(m, 960),
                    "Jobsamtale",
                    """Mentor er startet. Fokus på struktur i hverdagen og på at komme ud af lejligheden.
                    Preben fortæller, at han sover meget om dagen.""",
                ),
                (
                    ago(m, 880),
                    "Opfølgning",
                    """KOL-rehabiliteringen er afsluttet. Gangdistancen er øget fra 250 til 320 meter i
                    gangtesten. Preben oplever fortsat udtalt træthed. Aftalt: drøfte let
                    arbejdsprøvning ved næste samtale.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            EARLIER_CW,
            (
                (
                    ago(m, 800),
                    "Jobsamtale",
                    """Drøftet muligheder for en praktik med let, siddende arbejde. Preben er bekymret for
                    at svigte. Aftalt: sagsbehandler undersøger steder tæt på bopælen.""",
                ),
                (
                    t["heart_failure"],
                    "Modtaget dokument",
                    """Epikrise fra kardiologisk ambulatorium via egen læge: nedsat pumpefunktion i
                    hjertet. Medicinen justeres over de næste måneder. Arbejdsprøvning udsættes efter
                    aftale med egen læge.""",
                ),
                (
                    ago(m, 640),
                    "Jobsamtale",
                    """Preben er svimmel og træt under medicinjusteringen. Ingen aktiviteter ud over
                    mentor. Ny vurdering om to måneder.""",
                ),
                (
                    ago(m, 560),
                    "Mentorstatus",
                    """Mentor oplyser, at Preben isolerer sig og har opgivet lystfiskerforeningen. Preben er
                    henvist til psykolog af egen læge.""",
                ),
                (
                    t["rf2_team"],
                    "Rehabiliteringsteam",
                    """Sagen behandlet i rehabiliteringsteamet ved udløb af ressourceforløbet. Teamet
                    indstiller til et nyt ressourceforløb med en sidste afprøvning af arbejdsevnen i
                    skånsomme rammer og afklaring af det psykiske helbred.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 455),
                    "Overdragelse",
                    """Sagen er overdraget til ny sagsbehandler. Første samtale i hjemmet. Preben har
                    fortsat mentor og er startet hos psykolog. Han ønsker at få det afklaret.""",
                ),
                (
                    t["pneumonia"],
                    "Telefonnotat",
                    """Datteren ringer: Preben er indlagt med lungebetændelse og forværring af KOL.
                    Træningen sættes på pause.""",
                ),
                (
                    ago(m, 345),
                    "Virksomhedsbesøg",
                    """Besøg i Cykelværkstedet Genbrug Øst med Preben. Stedet ligger i stueplan tæt på
                    bopælen. Aftalt praktik med 4 timer om ugen fordelt på to dage, siddende arbejde.""",
                ),
                (
                    ago(m, 305),
                    "Opfølgning",
                    """Opfølgning i praktikken. Preben har været der 5 af 7 planlagte dage. Han er glad for
                    fællesskabet, men bliver forpustet efter en time. Værkstedslederen er tilfreds med
                    kvaliteten af arbejdet.""",
                ),
                (
                    t["praktik_end"],
                    "Praktik afbrudt",
                    """Praktikken afbrydes efter aftale med Preben, værkstedsleder og egen læge. Preben er
                    lettet, men ked af det. Evaluering bestilt.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 230),
                    "Statusrapport",
                    """Statusrapport for ressourceforløbet udarbejdet. Ingen progression i arbejdsevnen.
                    Det er aftalt med Preben, at sagen forberedes til rehabiliteringsteamet.""",
                ),
                (
                    t["signed"],
                    "Forberedende del",
                    """Den forberedende del er gennemgået og underskrevet af Preben. Samtykke modtaget.
                    Speciallægeerklæringer i lungemedicin, kardiologi og psykiatri rekvireres via Klinisk
                    Funktion. Forventet svartid seks til otte uger.""",
                ),
                (
                    ago(m, 172),
                    "Rykker",
                    """Rykket Klinisk Funktion. Der er ventetid hos lungemedicineren, og erklæringen
                    forventes om cirka en måned. Preben er orienteret og er frustreret over ventetiden.""",
                ),
                (
                    ago(m, 155),
                    "Modtaget dokument",
                    """Modtaget speciallægeerklæring i lungemedicin. Erklæringen gennemgået med Preben
                    telefonisk.""",
                ),
                (
                    ago(m, 146),
                    "Modtaget dokument",
                    """Modtaget speciallægeerklæring i kardiologi. Psykiatrisk erklæring afventes; Preben
                    måtte aflyse første samtale på grund af åndenød, og der er givet ny tid.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 120),
                    "Modtaget dokument",
                    """Modtaget speciallægeerklæring i psykiatri. Ergoterapeutisk funktionsvurdering
                    bestilt for at belyse Prebens formåen i hverdagen.""",
                ),
                (
                    ago(m, 92),
                    "Modtaget dokument",
                    """Modtaget ergoterapeutisk funktionsvurdering. Anbefaling om boligskift er sendt
                    videre til boligselskabet med Prebens samtykke.""",
                ),
                (
                    ago(m, 70),
                    "LÆ 265 rekvireret",
                    """Da den tidligere lægeattest i sagen er mere end et år gammel, er der rekvireret en
                    ny LÆ 265 hos egen læge.""",
                ),
                (
                    ago(m, 54),
                    "Modtaget dokument",
                    f"""Modtaget LÆ 265. Sagen er komplet og booket til rehabiliteringsteamets møde den
                    {dk(m)}. Preben er orienteret og har fået indkaldelse via Digital Post.""",
                ),
                (
                    ago(m, 22),
                    "Jobsamtale",
                    """Forberedelse til mødet. Preben er nervøs. Datteren kører ham, og der er reserveret
                    et mødelokale i stueplan. Preben ønsker, at teamet hører, at han har prøvet alt.""",
                ),
            ),
        ),
    )
    return document("d11", "journal", "Journaludskrift, Jobcenter Aalborg", ago(m, 20), f"{cw}, {CW.unit}", pages)


def gp_journal(m: date) -> DocumentSpec:
    t = timeline(m)
    pages = (
        journal_page(
            "Journalnotater, egen læge",
            GP_NAME,
            (
                (
                    ago(m, 1901),
                    "Akut konsultation",
                    """Brystsmerter siden i nat, koldsved. EKG med ST-elevation i forvægsafledningerne.
                    Ambulance tilkaldt, indlagt akut.""",
                ),
                (
                    ago(m, 1893),
                    "Epikrise modtaget",
                    """Kardiologisk afdeling: akut forvægsinfarkt behandlet med ballonudvidelse og to
                    stents. Startet blodfortyndende, kolesterolsænkende og betablokker. Rygestop.""",
                ),
                (
                    ago(m, 1860),
                    "Konsultation",
                    """Røgfri siden indlæggelsen. Træt og åndenød ved trapper. Fortsat sygemeldt. Henvist
                    til hjerterehabilitering i kommunen.""",
                ),
                (
                    ago(m, 1700),
                    "Årskontrol, KOL",
                    """Spirometri: FEV1 48 procent af forventet. Inhalationsbehandling udvidet. Gennemgået
                    inhalationsteknik.""",
                ),
                (
                    t["depression"],
                    "Konsultation",
                    """Nedtrykt, sover dårligt, har mistet lysten til at gå ud. Depressionsskala svarende
                    til moderat depression. Startet mirtazapin 15 mg. Kontrol om fire uger.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater, egen læge",
            GP_NAME,
            (
                (
                    ago(m, 1300),
                    "Diabeteskontrol",
                    """HbA1c 58. Empagliflozin tillagt metformin. Fødder uden sår, følesans normal.""",
                ),
                (
                    ago(m, 1024),
                    "Epikrise modtaget",
                    """Lungemedicinsk afdeling: indlagt fem dage med forværring af KOL. Behandlet med
                    antibiotika og prednisolon. Udskrevet uden ilt.""",
                ),
                (
                    ago(m, 880),
                    "Konsultation",
                    """KOL-rehabilitering afsluttet, lidt længere gangdistance. Fortsat udtalt træthed.
                    Hævede ankler om aftenen; henvist til ekkokardiografi.""",
                ),
                (
                    ago(m, 705),
                    "Epikrise modtaget",
                    """Kardiologisk ambulatorium: uddrivningsfraktion 35 procent, hjertesvigt. Opstart og
                    optrapning af hjertesvigtmedicin over de kommende måneder.""",
                ),
                (
                    ago(m, 565),
                    "Konsultation",
                    """Depressionen ikke i bedring. Mirtazapin øget til 30 mg. Henvist til psykolog med
                    tilskud.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater, egen læge",
            GP_NAME,
            (
                (
                    ago(m, 392),
                    "Epikrise modtaget",
                    """Lungemedicinsk afdeling: indlagt otte dage med lungebetændelse og KOL-forværring.
                    Iltmætning 86 procent ved indlæggelsen. Udskrevet uden hjemmeilt.""",
                ),
                (
                    ago(m, 380),
                    "Konsultation",
                    """Efter indlæggelsen: meget træt, kan gå cirka 100 meter. Opfølgning på
                    lungebetændelsen, lungerne nu uden tegn på infektion.""",
                ),
                (
                    ago(m, 300),
                    "Telefonkonsultation",
                    """Preben fortæller, at han har svært ved at klare praktikken på cykelværkstedet på
                    grund af åndenød og hoste ved lugten af olie. Aftalt kontrol.""",
                ),
                (
                    ago(m, 250),
                    "Årskontrol, KOL",
                    """FEV1 42 procent af forventet. Seks minutters gangtest 290 meter. Vægttab på 4 kg.
                    Kostvejledning. Vaccinationer givet.""",
                ),
                (
                    ago(m, 205),
                    "Henvisning",
                    """Efter anmodning fra jobcentret er der sendt oplysninger til Klinisk Funktion med
                    henblik på speciallægeerklæringer i lungemedicin, kardiologi og psykiatri.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater, egen læge",
            GP_NAME,
            (
                (
                    ago(m, 165),
                    "Diabeteskontrol",
                    """HbA1c 55. Blodtryk 118/72. Fødder uden bemærkninger. Fortsat samme behandling.""",
                ),
                (
                    ago(m, 132),
                    "Konsultation",
                    """Hjertebanken ved anstrengelse. EKG med sinusrytme. Kardiologen har udført
                    Holter-monitorering uden behandlingskrævende rytmeforstyrrelser.""",
                ),
                (
                    ago(m, 100),
                    "Konsultation",
                    """Depressionen let bedret; sover bedre, men opgivende i forhold til fremtiden. Ingen
                    selvmordstanker. Psykiaterens forslag om præparatskift drøftet; Preben ønsker at vente
                    til efter mødet i rehabiliteringsteamet.""",
                ),
                (
                    ago(m, 62),
                    "Konsultation",
                    """Undersøgt med henblik på LÆ 265 til rehabiliteringsteamet. Se attesten.""",
                ),
            ),
        ),
    )
    return document("d12", "journal", "Journaludskrift fra egen læge", ago(m, 60), f"læge {GP}", pages)
