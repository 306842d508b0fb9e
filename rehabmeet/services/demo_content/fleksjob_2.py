"""Demo case 7: a second fleksjob case (Signe Dahl Mortensen, pædagog, after a stroke at 34).

The bundle has no LÆ 265, and its journal is the demo day's one DOCX document. All people, companies
and texts are invented. Dates are computed from the meeting day.
"""

from __future__ import annotations

from datetime import date

from rehabmeet.bundles.spec import BundleSpec, CitizenSpec, DocumentSpec, PageSpec, PersonSpec
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
# Case 7 — fleksjob: Signe Dahl Mortensen, pædagog with brain fatigue after a stroke.
# Readiness gap: no LÆ 265 (requested, reminded twice, not received).
# ---------------------------------------------------------------------------------------------------

_BIRTH = date(1990, 6, 24)
_NAME = "Signe Dahl Mortensen"
_CW = PersonSpec(name="Hanne Vestergaard", unit="Jobcenter Aalborg, Team Fleksjob", email="hve@example.dk")
_QUESTION = (
    "Er Signes arbejdsevne varigt og væsentligt nedsat efter blodproppen i hjernen, så hun kan visiteres "
    "til fleksjob, og hvilket timetal og hvilke skånehensyn skal i givet fald lægges til grund?"
)
_JOB_GOAL = "Fleksjob som pædagog i en mindre børnehave med faste formiddagsopgaver, 10-12 timer om ugen"


def _timeline(m: date) -> dict[str, date]:
    return {
        "stroke": ago(m, 800),
        "pfo": ago(m, 700),
        "jobafklaring": ago(m, 640),
        "return_start": ago(m, 560),
        "return_end": ago(m, 505),
        "dismissed": ago(m, 480),
        "neuro": ago(m, 210),
        "praktik_start": ago(m, 180),
        "praktik_end": ago(m, 55),
        "signed": ago(m, 64),
    }


def _preparatory_pages_1_to_4(m: date, cpr: str) -> tuple[PageSpec, ...]:
    t = _timeline(m)
    signed = t["signed"]
    return (
        page(
            "1. Stamdata og formål med rehabiliteringsteamets behandling",
            f"""
            Borger: {_NAME}, cpr-nr. {cpr}, Birkelunden 23, 9230 Svenstrup J. Koordinerende sagsbehandler:
            Hanne Vestergaard, Jobcenter Aalborg, Team Fleksjob. Den forberedende del er udarbejdet sammen
            med Signe over tre samtaler og underskrevet den {dk(signed)}.

            Signe er {age_on(_BIRTH, signed)} år og uddannet pædagog. Hun fik en blodprop i højre side af
            hjernen den {dk(t["stroke"])}. Hun har genvundet det meste af sin fysiske funktion, men har
            svær hjernetræthed, nedsat tempo og nedsat koncentration. Hun modtager ressourceforløbsydelse
            under jobafklaringsforløb.

            Spørgsmål til teamet: {_QUESTION}

            Signe deltager i cirka 20 minutter af mødet uden bisidder. Hun har bedt om, at mødet holdes i
            et lokale uden skarpt lys, og at hun kan tage en kort pause, hvis hun bliver træt. Der er ikke
            behov for tolk.

            Signe har den {dk(signed)} givet skriftligt samtykke til behandlingen i rehabiliteringsteamet og
            til, at jobcentret indhenter oplysninger fra egen læge, fra Klinisk Funktion og fra
            Neurologisk Afdeling.

            LÆ 265 er rekvireret hos egen læge samtidig med underskrivelsen af den forberedende del.
            """,
        ),
        page(
            "2. Borgerens ønsker og mål for beskæftigelse",
            """
            Signe siger: »Jeg er stadig pædagog inden i. Når jeg sidder med tre børn og en bog om
            formiddagen, er jeg mig selv. Men når der er 20 børn, der larmer, så lukker mit hoved ned, og
            jeg skal sove resten af dagen.«

            Signes eget mål er et fleksjob som pædagog i en mindre børnehave med faste formiddagsopgaver,
            10-12 timer om ugen fordelt på fire dage. Hun vil gerne arbejde med små grupper af børn,
            sprogarbejde og naturaktiviteter.

            Signe ønsker ikke at have ansvar for forældresamtaler, personalemøder om aftenen eller
            lukkevagter. Hun ønsker at arbejde om formiddagen, hvor hun har mest energi.

            Signe håber på sigt at kunne øge timetallet lidt, men har erfaret, at hun får tilbagefald, når
            hun presser sig selv. Hun vil hellere have et stabilt, lavt timetal end et højere timetal, som
            hun ikke kan holde til.

            Signe har selv været med til at skrive målet. Hun er glad for praktikken i Naturbørnehaven
            Egebakken og håber, at den kan føre til et fleksjob.
            """,
        ),
        page(
            "3. Uddannelse, erhvervserfaring og kompetencer",
            f"""
            Uddannelse: studentereksamen, Aalborg (2009); professionsbachelor som pædagog, University
            College Nordjylland (2015). Kurser: sprogvurdering af 3-5-årige (2017), naturvejleder-modul
            for pædagoger (2019).

            2009-2011: pædagogmedhjælper, SFO i Svenstrup. Opgaver og kompetencer: aktiviteter for
            skolebørn, samarbejde med lærere, konfliktløsning.

            2015-{t["dismissed"].year}: pædagog, Børnehuset Mælkebøtten, Svenstrup, 37 timer om ugen.
            Opgaver og kompetencer: ansvar for en børnehavegruppe på 22 børn, sprogvurderinger og
            sprogstimulering, forældresamarbejde, planlægning af naturaktiviteter og vejledning af
            pædagogstuderende. Fratrådt efter længere sygemelding.

            Fra {month_year(t["praktik_start"])}: virksomhedspraktik i Naturbørnehaven Egebakken.
            Opgaver og kompetencer: sprogarbejde og højtlæsning i små grupper, naturaktiviteter med fem
            børn ad gangen, forberedelse af materialer.

            Signe fremhæver selv, at hun er rolig, omsorgsfuld og god til at se det enkelte barn. Hun har
            kørekort, men kører kun korte ture på grund af trætheden. Hun bruger computer, men kan højst
            læse tekst på skærm i 20 minutter ad gangen.

            CV'et er udarbejdet sammen med Signe og vedlagt.
            """,
        ),
        page(
            "4. Personlige ressourcer, netværk og udfordringer",
            """
            Signe bor i rækkehus i Svenstrup med sin mand, Mads, som er IT-supporter, og deres datter på 6
            år. Mads har overtaget en stor del af de praktiske opgaver i hjemmet. Signes mor bor i nærheden
            og henter datteren i børnehaven to dage om ugen.

            Signe har en fast veninde fra studietiden og deltager i en netværksgruppe for unge med
            erhvervet hjerneskade hos Hjerneskadeforeningen. Hun siger, at gruppen har givet hende sprog
            for trætheden.

            Ressourcer: Signe har stor faglig viden og erfaring, et stabilt familieliv og en god indsigt i
            sine egne begrænsninger. Hun planlægger sine dage nøje og bruger en energidagbog.

            Udfordringer: Signe bliver overbelastet af larm, mange samtidige indtryk og skarpt lys. Når hun
            er overbelastet, får hun hovedpine, bliver svimmel og har brug for at sove. Hun har nedsat
            tempo og glemmer beskeder, hvis hun ikke skriver dem ned.

            Signe kan ikke klare et helt familieliv og et arbejde på samme dag uden at være udmattet om
            aftenen. Familiens økonomi er forringet, men stabil. Der er ingen sociale problemer i øvrigt.
            """,
        ),
    )


def _preparatory_pages_5_to_7(m: date) -> tuple[PageSpec, ...]:
    t = _timeline(m)
    return (
        page(
            "5. Helbred – borgerens egen vurdering",
            f"""
            Signe fik blodproppen i hjernen en morgen, hvor hun pludselig ikke kunne bruge venstre arm og
            havde svært ved at tale. Hun blev behandlet akut med blodproptrækning og var indlagt og på
            genoptræning i seks uger. Årsagen viste sig at være et lille hul mellem hjertets forkamre, som
            blev lukket i {month_year(t["pfo"])}.

            Signe har genvundet styrken i armen, men har lidt nedsat finmotorik i venstre hånd. Det, der
            fylder mest, er hjernetrætheden: Hun kan være aktiv 3-4 timer om formiddagen, og derefter skal
            hun hvile i et mørkt rum i mindst en time.

            Hun har haft et forløb med neuropsykolog og hjerneskadekoordinator i kommunen og har lært at
            planlægge sin energi. Hun tager blodfortyndende medicin og kolesterolsænkende medicin.

            Signe vurderer selv, at hun kan arbejde 10-12 timer om ugen fordelt på fire formiddage, hvis
            der er ro, små grupper og mulighed for pauser.

            Egen læge er Rikke Bonde, Svenstrup Lægehus. Speciallægeerklæring fra neurolog med
            neuropsykologisk undersøgelse er vedlagt. LÆ 265 er rekvireret.
            """,
        ),
        page(
            "6. Forsørgelseshistorik og tidligere indsatser",
            f"""
            Forsørgelseshistorik: lønmodtager 2009-{t["stroke"].year} (pædagogmedhjælper og pædagog,
            afbrudt af SU under uddannelsen); sygedagpenge fra {dk(t["stroke"])}; ressourceforløbsydelse
            under jobafklaringsforløb fra {month_year(t["jobafklaring"])}.

            Genoptræning efter sundhedsloven og neurorehabilitering. Formål: at genvinde fysiske og
            kognitive funktioner. Udbytte: næsten normal fysisk funktion; vedvarende hjernetræthed.

            {dk(t["return_start"])} til {dk(t["return_end"])}: arbejdsprøvning i egen stilling i
            Børnehuset Mælkebøtten med 8 timer om ugen. Formål: at afprøve tilbagevenden til egen
            stilling. Udbytte: Signe kunne ikke klare larmen i en stor børnegruppe og fik svær hovedpine
            og udtrætning efter to timer. Arbejdsprøvningen blev stoppet efter otte uger, og ansættelsen
            ophørte herefter.

            Jobafklaringsforløb med hjerneskadekoordinator, neuropsykologiske samtaler og mentor. Formål:
            at lære at håndtere trætheden og afklare arbejdsevnen. Udbytte: Signe bruger energidagbog og
            faste hvilepauser og har fået et stabilt dagligt aktivitetsniveau.

            {dk(t["praktik_start"])} til {dk(t["praktik_end"])}: virksomhedspraktik i Naturbørnehaven
            Egebakken, optrappet fra 8 til 12 timer om ugen. Formål: at afprøve arbejdsevnen i et mindre,
            roligere pædagogisk miljø. Udbytte: stabilt fremmøde med 12 timer om ugen fordelt på fire
            formiddage; forsøg med 15 timer medførte tilbagefald efter to uger.
            """,
        ),
        page(
            "7. Sagsbehandlers vurdering",
            """
            Det er sagsbehandlers vurdering, at Signes arbejdsevne er varigt og væsentligt nedsat som følge
            af hjernetræthed og kognitive følger efter blodproppen. Der er gået mere end to år siden
            blodproppen, og neurologen vurderer, at der ikke kan forventes væsentlig yderligere bedring.

            Signe har afprøvet tilbagevenden til egen stilling og en praktik i et roligere miljø. Hun kan
            ikke arbejde på ordinære vilkår, men kan fastholde 12 timer om ugen med skånehensyn. Hun er
            afklaret og har et konkret og realistisk jobmål.

            Sagsbehandler indstiller til fleksjob med 10-12 timer om ugen fordelt på fire formiddage og med
            følgende skånehensyn: små børnegrupper, rolige omgivelser og dæmpet lys, ingen aften- eller
            lukkevagter, ingen forældresamtaler eller personalemøder uden for arbejdstiden, skriftlige
            beskeder og mulighed for pauser.

            Naturbørnehaven Egebakken er positiv over for et fleksjob med forbehold for visitationen.

            Underskrevet af Signe Dahl Mortensen (borger) og Hanne Vestergaard (sagsbehandler).
            """,
        ),
    )


def _documents(m: date) -> tuple[DocumentSpec, ...]:
    t = _timeline(m)
    coordinator = ago(m, 22)
    sk = document(
        "d2",
        "sundhedskoordinator",
        "Udtalelse fra sundhedskoordinator",
        coordinator,
        f"overlæge Lise Munk, {KLINISK_FUNKTION}",
        (
            page(
                "Grundlag for udtalelsen",
                """
                Udtalelsen bygger på den forberedende del, speciallægeerklæringen fra speciallæge i
                neurologi Jakob Riis med neuropsykologisk undersøgelse og evalueringen fra praktikstedet.
                Borgeren er ikke undersøgt af sundhedskoordinatoren.

                LÆ 265 fra egen læge foreligger ikke ved udarbejdelsen af denne udtalelse. Egen læges
                vurdering af helbredet i forhold til arbejde indgår derfor ikke i grundlaget.

                Teamet bør være opmærksomt på, at LÆ 265 skal foreligge, før sagen kan behandles, medmindre
                kommunen har en særlig ordning herfor.
                """,
            ),
            page(
                "Sundhedsfaglig vurdering og anbefalinger",
                """
                Der er tale om følger efter en blodprop i højre hjernehalvdel for godt to år siden, nu med
                svær hjernetræthed, nedsat bearbejdningshastighed og opmærksomhed samt overfølsomhed for lyd
                og lys. De fysiske følger er beskedne. Årsagen, et hul mellem hjertets forkamre, er
                behandlet.

                Neurologens og neuropsykologens vurdering er velbegrundet og i overensstemmelse med
                erfaringerne fra praktikken. Efter mere end to år må de kognitive følger betragtes som
                varige, selv om en mindre bedring over tid ikke kan udelukkes.

                Det er sundhedskoordinatorens vurdering, at de foreliggende speciallægeoplysninger
                understøtter, at arbejdsevnen er varigt og væsentligt nedsat, og at 10-12 timer om ugen i
                rolige rammer er realistisk.

                Det anbefales, at arbejdstiden lægges om formiddagen fordelt på flere korte dage, og at
                timetallet ikke øges uden en plan for opfølgning.
                """,
            ),
        ),
    )
    cv = document(
        "d3",
        "cv",
        f"CV for {_NAME}",
        ago(m, 70),
        _NAME,
        (
            page(
                f"CV – {_NAME}",
                f"""
                Birkelunden 23, 9230 Svenstrup J. Kørekort: B. Sprog: dansk (modersmål), engelsk (godt).

                Jobmål: pædagog i fleksjob i en mindre børnehave med faste formiddagsopgaver, 10-12 timer om
                ugen.

                Praktik fra {month_year(t["praktik_start"])}, Naturbørnehaven Egebakken. Konkrete
                kompetencer: sprogstimulering og dialogisk læsning i små grupper, naturaktiviteter,
                forberedelse af materialer.

                2015-{t["dismissed"].year}, pædagog, Børnehuset Mælkebøtten. Konkrete kompetencer:
                ansvar for børnegruppe, sprogvurderinger, pædagogiske læreplaner, forældresamarbejde,
                vejledning af studerende, planlægning af ture og naturaktiviteter.

                2009-2011, pædagogmedhjælper, SFO i Svenstrup. Konkrete kompetencer: aktiviteter for
                skolebørn, konfliktløsning, samarbejde med lærere.

                Uddannelse: pædagog (2015), student (2009). Kurser: sprogvurdering af 3-5-årige (2017),
                naturvejledning for pædagoger (2019).

                Om mig: Jeg er rolig og omsorgsfuld og god til at se det enkelte barn. Jeg arbejder bedst
                med små grupper og faste rammer.
                """,
            ),
        ),
    )
    report = ago(m, 45)
    praktik = document(
        "d4",
        "praktik",
        "Evaluering af virksomhedspraktik i Naturbørnehaven Egebakken",
        report,
        "leder Dorthe Kjær, Naturbørnehaven Egebakken",
        (
            page(
                "Formål, rammer og arbejdsopgaver",
                f"""
                Praktikken fandt sted fra {dk(t["praktik_start"])} til {dk(t["praktik_end"])}. Signe
                startede med 8 timer om ugen fordelt på fire formiddage og blev optrappet til 12 timer. I to
                uger blev 15 timer afprøvet.

                Formålet var at afprøve Signes arbejdsevne i et mindre og roligere pædagogisk miljø og at
                afklare timetal og skånehensyn.

                Naturbørnehaven har 34 børn fordelt på tre grupper og er meget af dagen udendørs. Signe har
                haft leder Dorthe Kjær som fast kontaktperson.

                Arbejdsopgaver: dialogisk læsning og sprogaktiviteter med tre-fem børn, naturaktiviteter i
                skoven med en lille gruppe, forberedelse af materialer og dokumentation af aktiviteter.
                Signe har ikke haft åbne- eller lukkevagter og har ikke deltaget i forældresamtaler.
                """,
            ),
            page(
                "Fremmøde, observationer og udbytte",
                """
                Fremmøde: stabilt ved 12 timer om ugen med tre fraværsdage i hele perioden. Ved forsøget med
                15 timer fik Signe hovedpine og svimmelhed og måtte melde sig syg to dage.

                Signe er fagligt dygtig og har en rolig, varm tilgang til børnene. Hendes sprogaktiviteter er
                velforberedte, og forældrene har givet positive tilbagemeldinger.

                Efter cirka tre timer bliver Signe tydeligt træt, taler langsommere og trækker sig fra
                fællesskabet. Hun skal have skriftlige beskeder og har svært ved at skifte hurtigt mellem
                opgaver. Hun kan ikke være alene med en stor gruppe børn.

                Udbytte: Praktikken viser, at Signe kan varetage afgrænsede pædagogiske opgaver med små
                grupper 12 timer om ugen fordelt på fire formiddage. Timetallet kan ikke øges. Vi vil gerne
                ansætte Signe i et fleksjob med forbehold for visitationen.
                """,
            ),
        ),
    )
    return (sk, cv, praktik)


def _specialist(m: date) -> DocumentSpec:
    t = _timeline(m)
    issued = t["neuro"]
    pages = (
        page(
            "Sygehistorie og aktuelle gener",
            f"""
            Erklæringen er rekvireret via Klinisk Funktion, Region Nordjylland, efter aftale med egen læge.
            Signe er undersøgt i ambulatoriet og har desuden gennemgået en neuropsykologisk undersøgelse.

            Den {dk(t["stroke"])} akut indsættende venstresidig lammelse og talebesvær. MR-skanning viste
            en blodprop i højre midterste hjernearterie. Behandlet med blodproptrækning med godt resultat.
            Udredning fandt et åbentstående foramen ovale, som blev lukket i {month_year(t["pfo"])}.

            Signe har gennemført neurorehabilitering og kommunal genoptræning. Aktuelt let nedsat
            finmotorik i venstre hånd. Hun har udtalt træthed, nedsat tempo, koncentrationsbesvær og
            overfølsomhed for lyd og lys. Ved overbelastning hovedpine og svimmelhed.

            Medicin: acetylsalicylsyre og atorvastatin.
            """,
        ),
        page(
            "Neuropsykologisk undersøgelse",
            """
            Undersøgelsen er udført af neuropsykolog Karen Fogh og omfatter test af opmærksomhed, tempo,
            hukommelse, eksekutive funktioner og sprog.

            Intellektuelt funktionsniveau: gennemsnitligt til over gennemsnittet, svarende til uddannelse.

            Bearbejdningshastighed: betydeligt nedsat, under 5. percentil. Delt og vedvarende opmærksomhed:
            nedsat; præstationen falder markant efter 30-40 minutters testning. Arbejdshukommelse: let
            nedsat. Indlæring og genkaldelse: normal ved skriftligt materiale, let nedsat ved mundtlige
            instruktioner.

            Sprog og visuospatiale funktioner: normale. Ingen tegn på neglekt.

            Selvrapporteret træthed på et valideret spørgeskema: svær hjernetræthed.

            Samlet billede: kognitive følger efter en blodprop i højre hjernehalvdel med nedsat tempo,
            opmærksomhed og mental udholdenhed. Signe har god indsigt og gode kompenserende strategier.
            """,
        ),
        page(
            "Vurdering og konklusion",
            f"""
            Der er tale om følger efter et iskæmisk apopleksi i højre hemisfære (DI634) med vedvarende
            hjernetræthed og kognitive forstyrrelser (DF067). Der er gået mere end halvandet år siden
            blodproppen, og der forventes ikke væsentlig yderligere bedring, men en lille forbedring af den
            mentale udholdenhed over tid kan ikke udelukkes.

            Signe kan ikke varetage et fuldtidsarbejde. Arbejde med mange samtidige indtryk, støj og krav
            om hurtige skift vil medføre overbelastning. Afgrænsede opgaver i rolige omgivelser, med pauser
            og skriftlige instruktioner, vurderes mulige i begrænset omfang, anslået 10-12 timer om ugen
            fordelt på flere korte dage.

            Det anbefales at fortsætte energiforvaltning og at undgå lange arbejdsdage.

            Dato: {dmy(issued)}. Jakob Riis, speciallæge i neurologi.
            """,
        ),
    )
    return document(
        "d5",
        "speciallaege",
        "Speciallægeerklæring, neurologi med neuropsykologisk undersøgelse (via Klinisk Funktion)",
        issued,
        "speciallæge i neurologi Jakob Riis",
        pages,
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
                    ago(m, 600),
                    "Jobsamtale",
                    """Samtale om arbejdsprøvning i egen stilling i Børnehuset Mælkebøtten. Lederen er
                    positiv. Aftalt start med 8 timer om ugen fordelt på fire formiddage.""",
                ),
                (
                    ago(m, 530),
                    "Opfølgning",
                    """Signe har svær hovedpine efter to timer i børnegruppen og sover om eftermiddagen.
                    Aftalt at fortsætte to uger mere og derefter evaluere.""",
                ),
                (
                    t["return_end"],
                    "Opfølgning",
                    """Arbejdsprøvningen stoppes efter aftale med Signe, leder og egen læge. Signe er ked af
                    det, men lettet. Plan: forløb hos hjerneskadekoordinator.""",
                ),
                (
                    ago(m, 330),
                    "Jobsamtale",
                    """Signe bruger energidagbog og har faste hvil. Hun vil gerne prøve et mindre
                    pædagogisk miljø. Aftalt: virksomhedskonsulent kontakter naturbørnehaver.
                    Speciallægeerklæring i neurologi rekvireret via Klinisk Funktion.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    t["neuro"],
                    "Modtaget dokument",
                    """Modtaget speciallægeerklæring fra neurolog med neuropsykologisk undersøgelse.
                    Gennemgået med Signe.""",
                ),
                (
                    ago(m, 195),
                    "Virksomhedsbesøg",
                    """Besøg i Naturbørnehaven Egebakken med Signe. Rolige rammer og små grupper.
                    Praktikaftale med start om to uger, 8 timer om ugen.""",
                ),
                (
                    ago(m, 120),
                    "Opfølgning i praktik",
                    """Signe er optrappet til 12 timer. Stabilt fremmøde. Aftalt at afprøve 15 timer i to
                    uger.""",
                ),
                (
                    ago(m, 95),
                    "Opfølgning i praktik",
                    """Forsøget med 15 timer gav hovedpine og to sygedage. Tilbage til 12 timer efter aftale
                    med Signe og leder.""",
                ),
            ),
        ),
        journal_page(
            "Journalnotater",
            cw,
            (
                (
                    ago(m, 62),
                    "LÆ 265 rekvireret",
                    """Den forberedende del er underskrevet. LÆ 265 rekvireret elektronisk hos egen læge,
                    Rikke Bonde, Svenstrup Lægehus, med svarfrist om tre uger.""",
                ),
                (
                    ago(m, 35),
                    "Rykker",
                    """LÆ 265 ikke modtaget. Rykket elektronisk. Lægehuset oplyser, at egen læge er på orlov,
                    og at en vikar vil se på sagen.""",
                ),
                (
                    ago(m, 22),
                    "Modtaget dokument",
                    """Modtaget udtalelse fra sundhedskoordinator. Sundhedskoordinatoren gør opmærksom på, at
                    LÆ 265 mangler.""",
                ),
                (
                    ago(m, 18),
                    "Rykker",
                    f"""Rykket LÆ 265 telefonisk. Lægehuset lover attesten inden mødet den {dk(m)}. Signe er
                    orienteret om, at sagen risikerer at blive udsat, hvis attesten ikke kommer.""",
                ),
            ),
        ),
    )
    return document(
        "d6",
        "journal",
        "Journaludskrift, Jobcenter Aalborg",
        ago(m, 16),
        f"{cw}, {_CW.unit}",
        pages,
        media_type="docx",
    )


def fleksjob_2_case(ref: str, m: date) -> BundleSpec:
    """Case 7: fleksjob after a stroke; no LÆ 265; the journal is a DOCX document."""
    cpr = cpr_for(_BIRTH, "3508")
    t = _timeline(m)
    preparatory = document(
        "d1",
        "forberedende_del",
        "Rehabiliteringsplanens forberedende del",
        t["signed"],
        _CW.name,
        (*_preparatory_pages_1_to_4(m, cpr), *_preparatory_pages_5_to_7(m)),
    )
    sk, cv, praktik = _documents(m)
    documents = (preparatory, sk, cv, praktik, _specialist(m), _journal(m))
    summary = (
        section(
            "sagsresume",
            f"""
            Signe Dahl Mortensen er {age_on(_BIRTH, m)} år og uddannet pædagog. Hun fik en blodprop i
            hjernen den {dk(t["stroke"])} og er i jobafklaringsforløb. Teamet bedes vurdere, om
            arbejdsevnen er varigt og væsentligt nedsat, så hun kan visiteres til fleksjob, og med hvilket
            timetal og hvilke skånehensyn.
            """,
            "d1:1",
            "d1:6",
        ),
        section(
            "socialfaglig_praesentation",
            """
            Signe bor med sin mand og datter på 6 år i Svenstrup. Manden har overtaget mange praktiske
            opgaver, og hendes mor hjælper med at hente datteren. Signe har god indsigt i sine
            begrænsninger og bruger energidagbog, men bliver overbelastet af larm, lys og mange indtryk.
            """,
            "d1:4",
        ),
        section(
            "erhvervstilknytning",
            """
            Signe har arbejdet som pædagog siden 2015. En arbejdsprøvning i egen stilling med 8 timer om
            ugen måtte stoppes efter otte uger, og ansættelsen ophørte. I praktik i Naturbørnehaven Egebakken
            har hun haft stabilt fremmøde med 12 timer om ugen, mens et forsøg med 15 timer gav tilbagefald.
            Børnehaven vil gerne ansætte hende i fleksjob.
            """,
            "d3:1",
            "d1:6",
            "d4:2",
        ),
        section(
            "helbred",
            """
            Neurolog og neuropsykolog beskriver varige kognitive følger med svær hjernetræthed, nedsat
            tempo og opmærksomhed og vurderer arbejdsevnen til 10-12 timer om ugen i rolige omgivelser.
            Sundhedskoordinatoren støtter vurderingen, men gør opmærksom på, at LÆ 265 fra egen læge
            mangler; den er rekvireret og rykket to gange.
            """,
            "d5:2",
            "d5:3",
            "d2:1",
            "d2:2",
            "d6:3",
        ),
        section(
            "borgerens_egen_stemme",
            """
            »Jeg er stadig pædagog inden i.« Signe ønsker et fleksjob som pædagog med små grupper og faste
            formiddagsopgaver, 10-12 timer om ugen, og vil hellere have et stabilt, lavt timetal end et
            højere, hun ikke kan holde til.
            """,
            "d1:2",
        ),
        section(
            "sagsbehandlers_vurdering",
            """
            Sagsbehandler vurderer, at arbejdsevnen er varigt og væsentligt nedsat, og at Signe er
            afklaret. Der indstilles til fleksjob med 10-12 timer om ugen fordelt på fire formiddage med
            skånehensyn: små grupper, rolige omgivelser, ingen aften- eller lukkevagter, skriftlige beskeder
            og pauser.
            """,
            "d1:7",
        ),
    )
    return BundleSpec(
        case_ref=ref,
        case_type="fleksjob",
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
