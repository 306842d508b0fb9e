"""Demo case 5: a revurdering of a citizen on ledighedsydelse (Nizar Haddad; interpreter needed).

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
# Case 5 — revurdering: Nizar Haddad, former tailor from Syria, visited to fleksjob, on ledighedsydelse.
# Needs an Arabic interpreter; brings a friend as companion.
# Readiness gap: the caseworker's summary has no "borgerens egen stemme" section.
# ---------------------------------------------------------------------------------------------------

_BIRTH = date(1978, 10, 12)
_NAME = "Nizar Haddad"
_GP = "Morten Hyldgaard, Lægerne på Hobrovej"
_CW = PersonSpec(name="Sara Emilie Lund", unit="Jobcenter Aalborg, Team Fleksjob", email="sel@example.dk")
_QUESTION = (
    "Opfylder Nizar fortsat betingelserne for fleksjob, og hvilken målrettet indsats skal der til, for at "
    "han kan komme i et fleksjob, eller har helbredet ændret sig, så der skal ske en ny afklaring?"
)


def _timeline(m: date) -> dict[str, date]:
    return {
        "sick": ago(m, 1450),
        "visitation": ago(m, 545),
        "praktik_start": ago(m, 300),
        "praktik_end": ago(m, 215),
        "worse": ago(m, 250),
        "revurdering": ago(m, 180),
        "signed": ago(m, 75),
    }


def _preparatory(m: date, cpr: str) -> DocumentSpec:
    t = _timeline(m)
    signed = t["signed"]
    pages = (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: {_NAME}, cpr-nr. {cpr}, Annebergvej 12, 1. tv., 9000 Aalborg. Koordinerende
            sagsbehandler: Sara Emilie Lund, Jobcenter Aalborg, Team Fleksjob. Denne opdaterede
            forberedende del er udarbejdet sammen med Nizar over to samtaler med arabisk tolk og
            underskrevet den {dk(signed)}.

            Nizar er {age_on(_BIRTH, signed)} år og kom til Danmark fra Syrien i 2015. Han blev
            visiteret til fleksjob den
            {dk(t["visitation"])} efter indstilling fra rehabiliteringsteamet og har siden modtaget
            ledighedsydelse, fordi det ikke er lykkedes at finde et fleksjob.

            Efter reglerne om ledighedsydelse skal kommunen revurdere, om betingelserne for fleksjob
            fortsat er opfyldt. Revurderingen blev påbegyndt i {month_year(t["revurdering"])}. Da Nizars
            psykiske helbred er forværret i perioden, ønsker jobcentret teamets vurdering.

            Spørgsmål til teamet: {_QUESTION}

            Nizar deltager i cirka 20 minutter af mødet. Der skal bestilles arabisk tolk til mødet. Nizar
            har ønsket at have sin ven Samir Khalil med som bisidder.

            Nizar har den {dk(signed)} givet skriftligt samtykke til, at sagen behandles i
            rehabiliteringsteamet, og til at jobcentret indhenter oplysninger fra egen læge og fra
            Klinisk Funktion. Samtykket er gennemgået med tolk.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for beskæftigelse",
            """
            Nizar siger gennem tolken: »Jeg har syet, siden jeg var 14 år. Mine hænder kan stadig. Det er
            hovedet og ryggen, der ikke kan. Jeg vil ikke sidde derhjemme, mine børn skal se, at deres far
            arbejder.«

            Nizars eget mål er et fleksjob med ændringssyning eller lettere tekstilarbejde, 8-10 timer om
            ugen. Han vil gerne arbejde i et mindre skrædderi eller et renseri med systue, hvor der er ro,
            og hvor han kan arbejde i sit eget tempo.

            Nizar ønsker ikke at vende tilbage til rengøring, fordi det giver smerter i ryggen, og fordi
            han ikke kan klare at arbejde alene om aftenen i store bygninger.

            Nizar er skuffet over, at praktikken i Syhjørnet ikke blev til et fleksjob. Han har selv
            henvendt sig til to skrædderier i Aalborg, men føler, at han ikke kan forklare sig godt nok på
            dansk.

            Han ønsker hjælp fra en virksomhedskonsulent, som kan tage med ud til arbejdsgivere, og han vil
            gerne fortsætte med at lære dansk.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: 9 års skolegang i Homs, Syrien. Oplært som skrædder i sin onkels skrædderi fra
            14-årsalderen. Ingen formel erhvervsuddannelse, der er anerkendt i Danmark. Prøve i Dansk 1
            (2019).

            1992-2012: skrædder i Homs, de sidste ti år med eget værksted med to ansatte. Opgaver og
            kompetencer: tilskæring og syning af herretøj efter mål, ændringer og reparationer,
            kundebetjening og indkøb af stof.

            2017-2018: køkkenmedhjælper i en restaurant i Aalborg, 20 timer om ugen. Opgaver og
            kompetencer: opvask, grøntsagsforberedelse og rengøring af køkken.

            2018-{t["sick"].year}: rengøringsassistent, Rent & Klart ApS, 25 timer om ugen. Opgaver og
            kompetencer: rengøring af kontorer og skoler om aftenen efter faste planer. Fratrådt efter
            længere sygemelding.

            {dk(t["praktik_start"])} til {dk(t["praktik_end"])}: virksomhedspraktik i Syhjørnet,
            ændringsskrædderi, 8 timer om ugen. Kompetencer: oplægning af bukser, udskiftning af
            lynlåse, indsnævring af jakker og betjening af industrisymaskine og overlocker.

            Nizar er præcis og har stor faglig stolthed. Han taler dansk i hverdagen, men har brug for tolk
            ved samtaler om helbred og rettigheder. Han har ikke kørekort og cykler eller tager bus.

            CV'et er udarbejdet med hjælp fra jobcentret og vedlagt.
            """,
        ),
        page(
            "4. Personlige ressourcer, netværk og udfordringer",
            """
            Nizar er gift med Rasha, og de har tre børn på 17, 14 og 9 år. Familien bor i en lejlighed i
            Aalborg. Rasha er i gang med en uddannelse som social- og sundhedshjælper. Børnene klarer sig
            godt i skolen, og den ældste hjælper ofte med breve fra myndighederne.

            Nizar har en god ven, Samir Khalil, fra den arabiske forening, som han ser flere gange om ugen,
            og som deltager som bisidder. Nizar går i moskeen om fredagen og hjælper af og til med at
            reparere tøj for naboer.

            Ressourcer: Nizar er motiveret, har et konkret fagligt håndværk og et stabilt familieliv. Han
            møder til alle aftaler og har deltaget aktivt i de tilbud, han har fået.

            Udfordringer: Nizar har begrænsede danskkundskaber, især på skrift. Han har mareridt og
            koncentrationsbesvær og bliver urolig i larmende omgivelser med mange mennesker. Han kan ikke
            sidde eller stå mere end cirka 30 minutter ad gangen på grund af rygsmerter.

            Økonomien er presset. Familien har ikke gæld, men Nizar har ikke råd til at sende penge til
            sin mor i Libanon, hvilket bekymrer ham meget.
            """,
        ),
        page(
            "5. Helbred – borgerens egen vurdering",
            f"""
            Nizar har kroniske lænderygsmerter med udstråling til venstre ben. Han har været behandlet
            med fysioterapi og smertestillende medicin og har lært øvelser, som han laver hver morgen.

            Nizar har posttraumatisk belastningsreaktion (PTSD) efter krigen i Syrien, hvor han blev
            tilbageholdt i tre uger i 2012, og hvor værkstedet blev ødelagt. Han har været i behandling på
            en klinik for traumatiserede flygtninge.

            Nizar fortæller, at han havde det bedre, da han blev visiteret til fleksjob. I
            {month_year(t["worse"])} fik han besked om, at hans bror var død i Syrien, og siden er
            mareridtene kommet tilbage. Han sover tre-fire timer om natten og er træt om dagen.

            Han er igen henvist til traumeklinikken og er startet på medicin mod depression og angst hos
            egen læge. Han synes, medicinen har hjulpet lidt på søvnen.

            Nizar vurderer selv, at han stadig kan arbejde 8 timer om ugen med syning, hvis der er ro, og
            han kan skifte stilling. Han tror ikke, han kan mere lige nu.

            Egen læge er Morten Hyldgaard, Lægerne på Hobrovej. Ny LÆ 265 er bestilt til mødet.
            """,
        ),
        page(
            "6. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: integrationsydelse 2015-2017; lønmodtager på deltid 2017-{t["sick"].year}
            med supplerende ydelse; sygedagpenge fra {month_year(t["sick"])}; jobafklaringsforløb og
            ressourceforløb; ledighedsydelse fra {dk(t["visitation"])}.

            Ressourceforløb før visitationen med traumebehandling, smertehåndtering og praktik. Formål: at
            stabilisere helbredet og afklare arbejdsevnen. Udbytte: Nizar kunne fastholde 8-10 timers
            arbejde om ugen med skånehensyn, og han blev visiteret til fleksjob.

            Efter visitationen: jobsøgningsforløb for fleksjobvisiterede med virksomhedskonsulent. Formål:
            at finde et konkret fleksjob. Udbytte: to samtaler med arbejdsgivere, men intet job, bl.a. på
            grund af sprogbarrieren.

            Praktik i Syhjørnet med 8 timer om ugen. Formål: at afprøve Nizar som ændringsskrædder med
            henblik på fleksjob. Udbytte: fagligt meget tilfredsstillende, men virksomheden kunne ikke
            garantere nok arbejde til en fast ansættelse. Nizars fremmøde faldt i den sidste måned efter
            dødsfaldet i familien.

            Danskundervisning på sprogcentret én dag om ugen. Formål: at styrke det mundtlige dansk i
            arbejdssammenhæng. Udbytte: Nizar deltager stabilt, men har haft svært ved at koncentrere sig
            den seneste tid.
            """,
        ),
    )
    return document(
        "d1",
        "forberedende_del",
        "Rehabiliteringsplanens forberedende del (opdateret)",
        signed,
        _CW.name,
        pages,
    )


def _health_documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    issued = ago(m, 50)
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
                Attesten er udarbejdet efter anmodning fra Jobcenter Aalborg i forbindelse med revurdering
                af fleksjob. Konsultationen er gennemført med arabisk telefontolk.

                Nizar har haft lænderygsmerter siden 2016 med udstråling til venstre ben. MR-skanning har
                vist diskusdegeneration og en mindre diskusprolaps uden tryk på nerverødderne. Ikke
                operationskrævende.

                PTSD efter fængsling og krigsoplevelser i Syrien, diagnosticeret i 2017 og behandlet med
                samtaleterapi med tolk. Tilstanden var stabiliseret ved visitationen til fleksjob. Efter
                broderens død i {month_year(t["worse"])} forværring med mareridt, søvnløshed,
                tilbagevendende erindringer, nedtrykthed og irritabilitet.

                Objektivt: nedsat bevægelighed i lænden, fingerspids-gulv-afstand 30 cm, ingen
                nerveudfald. Psykisk: anspændt, nedtrykt, god kontakt via tolk, ingen selvmordstanker.

                Diagnoser: DF431 Posttraumatisk belastningsreaktion, forværret; DF321 Moderat depressiv
                enkeltepisode; DM545 Kroniske lænderygsmerter; DM513 Diskusdegeneration i lænden.
                """,
            ),
            page(
                "Behandling, prognose og funktionsevne",
                f"""
                Behandling: sertralin 50 mg startet for tre måneder siden, øget til 100 mg. Genhenvist til
                traumebehandling med tolk; første samtale har fundet sted, og der er planlagt et forløb på
                16 samtaler. Paracetamol fast og daglige rygøvelser.

                Prognose: Rygsmerterne er stationære. Den psykiske forværring er opstået efter en konkret
                belastning, og der er erfaring for, at Nizar har effekt af traumebehandling. Det forventes
                derfor, at tilstanden kan bedres over 6-12 måneder, men det er usikkert, om han når samme
                niveau som ved visitationen.

                Funktionsevne: Nizar kan aktuelt varetage let, vekslende arbejde 6-8 timer om ugen fordelt
                på to-tre dage i rolige omgivelser. Han kan ikke klare tunge løft, foroverbøjede stillinger
                i længere tid, natarbejde eller larmende arbejdsmiljøer.

                Det er min vurdering, at arbejdsevnen fortsat er varigt og væsentligt nedsat, og at der ikke
                er grundlag for at antage, at den er blevet så lav, at fleksjob ikke længere er realistisk.

                Dato: {dmy(issued)}. Underskrift: Morten Hyldgaard, praktiserende læge.
                """,
            ),
        ),
    )
    coordinator = ago(m, 17)
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
                Udtalelsen bygger på den opdaterede forberedende del, LÆ 265 fra læge Morten Hyldgaard og
                sagsbehandlers revurderingsnotat. Borgeren er ikke undersøgt af sundhedskoordinatoren.

                Der er tale om kroniske, stationære lænderygsmerter og en PTSD, som er forværret efter et
                dødsfald i familien, nu med en ledsagende moderat depression. Forværringen er reaktiv, og
                Nizar er i relevant behandling med medicin og traumeterapi med tolk.

                Det er sundhedskoordinatorens vurdering, at helbredsoplysningerne ikke giver grundlag for at
                ændre vurderingen af, at arbejdsevnen er varigt og væsentligt nedsat i et omfang svarende
                til fleksjob. En førtidspensionsvurdering er ikke aktuel, mens behandlingen pågår.

                Det anbefales, at et kommende fleksjob starter med 6-8 timer om ugen i rolige omgivelser med
                mulighed for stillingsskift, og at timetallet vurderes igen efter traumebehandlingen.
                Nizar bør have tolk ved samtaler om helbred og plan.

                Sundhedskoordinatoren deltager i mødet. Dato: {dmy(coordinator)}. Erik Stampe, overlæge.
                """,
            ),
        ),
    )
    return (lae, sk)


def _cv(m: date) -> DocumentSpec:
    t = _timeline(m)
    return document(
        "d4",
        "cv",
        f"CV for {_NAME}",
        ago(m, 80),
        _NAME,
        (
            page(
                f"CV – {_NAME}",
                f"""
                Annebergvej 12, 1. tv., 9000 Aalborg. Sprog: arabisk (modersmål), dansk (Prøve i Dansk 1,
                taler hverdagsdansk), engelsk (lidt).

                Jobmål: ændringssyning eller lettere tekstilarbejde i fleksjob, 8-10 timer om ugen.

                Praktik {month_year(t["praktik_start"])} til {month_year(t["praktik_end"])}, Syhjørnet,
                Aalborg. Konkrete kompetencer: oplægning og indsnævring, lynlåsskift, reparation af
                foer, industrisymaskine og overlocker, kvalitetskontrol af færdigt arbejde.

                2018-{t["sick"].year}, rengøringsassistent, Rent & Klart ApS. Konkrete kompetencer:
                rengøring efter faste planer, brug af rengøringsmaskiner, selvstændigt aftenarbejde.

                2017-2018, køkkenmedhjælper, restaurant i Aalborg. Konkrete kompetencer: opvask,
                grøntsagsforberedelse, hygiejne i køkken.

                1992-2012, skrædder, eget værksted i Homs, Syrien. Konkrete kompetencer: tilskæring og
                syning af herretøj efter mål, ændringer, kundebetjening, indkøb, ledelse af to ansatte.

                Om mig: Jeg er præcis og stolt af mit håndværk. Jeg kan arbejde selvstændigt og møder altid
                til tiden.
                """,
            ),
        ),
    )


def _journal(m: date) -> DocumentSpec:
    t = _timeline(m)
    cw = _CW.name
    pages = (
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 530),
                    "Jobsamtale med tolk",
                    """Første samtale efter visitation til fleksjob. Nizar er glad for afgørelsen. Aftalt:
                    jobsøgningsforløb med virksomhedskonsulent og fortsat danskundervisning.""",
                ),
                (
                    ago(m, 470),
                    "Virksomhedskonsulent",
                    """Samtale hos et renseri med systue. Arbejdsgiveren var positiv, men valgte en anden
                    kandidat med bedre dansk.""",
                ),
                (
                    ago(m, 410),
                    "Jobsamtale med tolk",
                    """Nizar har selv søgt fire stillinger. Han er frustreret over, at sproget er en
                    barriere. Aftalt: virksomhedskonsulenten undersøger mindre skrædderier.""",
                ),
                (
                    ago(m, 330),
                    "Virksomhedskonsulent",
                    """Syhjørnet, ændringsskrædderi, vil gerne tage Nizar i praktik med henblik på et
                    muligt fleksjob. Praktikaftale på 8 timer om ugen.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 270),
                    "Opfølgning i praktik",
                    """Indehaveren er meget tilfreds med kvaliteten af Nizars arbejde. Han er hurtig på
                    maskinerne og omhyggelig. Spørgsmålet om ansættelse afklares efter praktikken.""",
                ),
                (
                    t["worse"],
                    "Telefonnotat",
                    """Nizar ringer med hjælp fra sin søn: hans bror er død i Syrien. Han melder fra i
                    praktikken resten af ugen.""",
                ),
                (
                    ago(m, 225),
                    "Opfølgning i praktik",
                    """Nizar har haft fravær fire dage i den seneste måned. Indehaveren kan ikke garantere
                    nok arbejde til en fast ansættelse, men vil gerne bruge Nizar ved travlhed.""",
                ),
                (
                    t["revurdering"],
                    "Revurdering påbegyndt",
                    """Nizar har modtaget ledighedsydelse i 12 måneder. Revurdering påbegyndt. Nizar er
                    informeret med tolk om, hvad revurderingen betyder.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 120),
                    "Jobsamtale med tolk",
                    """Nizar sover dårligt og har mareridt. Egen læge har startet medicin og henvist til
                    traumebehandling igen. Nizar ønsker fortsat fleksjob, men vil gerne starte med færre
                    timer.""",
                ),
                (
                    t["signed"],
                    "Forberedende del",
                    """Opdateret forberedende del gennemgået med tolk og underskrevet. Samtykke modtaget.
                    LÆ 265 rekvireret. Sagen forelægges rehabiliteringsteamet på grund af
                    helbredsforværringen.""",
                ),
                (
                    ago(m, 35),
                    "Revurderingsnotat",
                    """Revurderingsnotat udarbejdet og sendt til Nizar med tolkning via telefon. Nizar har
                    ikke haft bemærkninger ud over, at han ønsker hjælp til at finde et fleksjob.""",
                ),
                (
                    ago(m, 24),
                    "Mødeforberedelse",
                    f"""Arabisk tolk bestilt til rehabiliteringsteamets møde den {dk(m)}. Samir Khalil
                    deltager som bisidder.""",
                ),
            ),
        ),
    )
    return document("d5", "journal", "Journaludskrift, ledighedsydelse", ago(m, 20), f"{cw}, {_CW.unit}", pages)


def _revurdering_note(m: date) -> DocumentSpec:
    t = _timeline(m)
    issued = ago(m, 35)
    pages = (
        page(
            "Revurdering af betingelserne for fleksjob",
            f"""
            Nizar blev visiteret til fleksjob den {dk(t["visitation"])} med en arbejdsevne på 8-10 timer om
            ugen og skånehensyn: ingen tunge løft, mulighed for stillingsskift, rolige omgivelser og intet
            natarbejde. Han har modtaget ledighedsydelse siden og har nu modtaget ydelsen i mere end 12
            måneder. Revurderingen er påbegyndt i {month_year(t["revurdering"])}.

            Helbredsmæssige forhold: Rygsmerterne er uændrede. PTSD er forværret efter broderens død, og
            der er tilkommet en moderat depression. Nizar er i medicinsk behandling og genhenvist til
            traumebehandling.

            Indsats i perioden: jobsøgningsforløb med virksomhedskonsulent, to samtaler med
            arbejdsgivere, praktik i Syhjørnet i 8 timer om ugen og fortsat danskundervisning.

            Borgerens egen jobsøgning: Nizar har søgt otte stillinger og selv henvendt sig til to
            skrædderier. Han har deltaget i alle samtaler og aktiviteter.
            """,
        ),
        page(
            "Sagsbehandlers vurdering og forslag",
            """
            Det er sagsbehandlers vurdering, at Nizar fortsat opfylder betingelserne for fleksjob.
            Arbejdsevnen er varigt og væsentligt nedsat, og der er ikke oplysninger, der tyder på, at han
            kan arbejde på ordinære vilkår. Den psykiske forværring har midlertidigt reduceret timetallet
            til 6-8 timer om ugen, men den vurderes behandlelig.

            Det forhold, at Nizar endnu ikke er kommet i fleksjob, skyldes især sprogbarrieren og
            manglen på fleksjob inden for hans fag, ikke manglende indsats fra hans side.

            Sagsbehandler foreslår: fortsat ledighedsydelse; en særligt tilrettelagt indsats med
            virksomhedskonsulent, som tager med til arbejdsgivere; undersøgelse af et fleksjob i
            Syhjørnet med få timer ved travlhed eller i et renseri med systue; mentor med arabisk som
            sprog i de første måneder; og fortsat danskundervisning med fokus på faglige ord.

            Sagsbehandler ønsker teamets vurdering af, om helbredsforværringen giver anledning til en ny
            afklaring, eller om indsatsen kan fortsætte med sigte på fleksjob.

            Sara Emilie Lund, sagsbehandler.
            """,
        ),
    )
    return document(
        "d6",
        "sagsbehandler_indstilling",
        "Revurdering af fleksjob – sagsbehandlers notat",
        issued,
        _CW.name,
        pages,
    )


def revurdering_case(ref: str, m: date) -> BundleSpec:
    """Case 5: revurdering with an interpreter and a companion; no "borgerens egen stemme" section."""
    cpr = cpr_for(_BIRTH, "3365")
    t = _timeline(m)
    lae, sk = _health_documents(m)
    documents = (_preparatory(m, cpr), lae, sk, _cv(m), _journal(m), _revurdering_note(m))
    summary = (
        section(
            "sagsresume",
            f"""
            Nizar Haddad er {age_on(_BIRTH, m)} år og kom til Danmark fra Syrien i 2015. Han blev visiteret
            til fleksjob den {dk(t["visitation"])} og har siden modtaget ledighedsydelse uden at finde et
            fleksjob. Revurderingen er påbegyndt, og teamet bedes vurdere, om betingelserne fortsat er
            opfyldt, nu hvor hans psykiske helbred er forværret. Der skal være arabisk tolk.
            """,
            "d1:1",
            "d6:1",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Nizar er gift og har tre børn på 17, 14 og 9 år. Familien fungerer godt, og han har en god ven,
            som deltager som bisidder. Han har begrænsede danskkundskaber, især på skrift, og økonomien er
            presset.
            """,
            "d1:4",
        ),
        section(
            "erhvervstilknytning",
            """
            Nizar var skrædder med eget værksted i Syrien i 20 år og har i Danmark arbejdet som
            køkkenmedhjælper og rengøringsassistent. I praktik som ændringsskrædder i Syhjørnet var
            arbejdet fagligt meget tilfredsstillende, men virksomheden kunne ikke garantere nok arbejde til
            en ansættelse. Sprogbarrieren har stået i vejen ved jobsamtaler.
            """,
            "d4:1",
            "d1:3",
            "d1:6",
            "d5:2",
        ),
        section(
            "helbred",
            """
            Nizar har kroniske lænderygsmerter og PTSD, som er forværret efter broderens død, nu med en
            moderat depression. Egen læge vurderer arbejdsevnen aktuelt til 6-8 timer om ugen og fortsat
            varigt og væsentligt nedsat. Sundhedskoordinatoren finder ikke grundlag for at ændre
            vurderingen, mens traumebehandlingen pågår.
            """,
            "d2:1",
            "d2:2",
            "d3:1",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at Nizar fortsat opfylder betingelserne for fleksjob, og foreslår
            fortsat ledighedsydelse med en målrettet indsats: virksomhedskonsulent, mentor med arabisk,
            fleksjob i et skrædderi eller renseri med få timer og fortsat danskundervisning.
            Den psykiske forværring har midlertidigt reduceret timetallet til 6-8 timer om ugen, men den
            vurderes behandlelig.
            """,
            "d6:2",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="revurdering",
        question_to_team=_QUESTION,
        municipality=MUNICIPALITY,
        citizen=CitizenSpec(
            name=_NAME,
            cpr=cpr,
            birth_date=_BIRTH,
            has_vocational_qualification=False,
            own_job_goal="Fleksjob med ændringssyning eller lettere tekstilarbejde, 8-10 timer om ugen",
            needs_interpreter=True,
        ),
        caseworker=_CW,
        preparatory_part_signed_on=t["signed"],
        documents=documents,
        summary=summary,
        companion=PersonSpec(name="Samir Khalil", relation="ven"),
        citizen_consented_on=t["signed"],
        exported_at=exported_at(m),
    )
