"""Hallands Kustbank (Halmstad) - sv-SE - Optimizely CMS 12 (ex-Episerver), Cookiebot, Puzzel chat.

A savings bank's "Så behandlar vi dina personuppgifter": purpose / legal basis / retention table, recipient table,
and a "Versionshistorik" table at the end that gains a row each time the notice is re-issued (silent fixes add no
row). Ordinary bank-site noise: the scam-warning alert bar that comes and goes, the chat launcher's opening status
and queue, the mortgage-rate strip in the footer, anti-forgery tokens and Optimizely asset versions."""
import datetime as dt
import common as C

URL = "https://www.kustbanken.se/privat/om-banken/integritet/sa-behandlar-vi-dina-personuppgifter/"
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def fmt_date(d):
    return "%d %s %d" % (d.day, MANADER[d.month - 1], d.year)


POLICY = """
# Så behandlar vi dina personuppgifter

Senast uppdaterad: {UPDATED}

Hallands Kustbank värnar om din personliga integritet. I den här informationen beskriver vi hur vi samlar in, använder, delar och skyddar dina personuppgifter när du är kund hos oss, när du har kontakt med oss som företrädare för ett företag eller en förening, när du är borgensman, pantsättare, förmånstagare eller fullmaktshavare, och när du besöker våra kontor eller använder våra digitala tjänster. Informationen lämnas enligt artiklarna 13 och 14 i Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen, GDPR).

Vi behandlar personuppgifter i enlighet med dataskyddsförordningen, lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning och de regler om banksekretess som gäller för oss enligt 1 kap. 10 § lagen (2004:297) om bank- och finansieringsrörelse.

## 1. Personuppgiftsansvarig och dataskyddsombud

Personuppgiftsansvarig för behandlingen av dina personuppgifter är Hallands Kustbank AB (publ), organisationsnummer 516406-0831, Storgatan 22, 302 43 Halmstad.

Vi har utsett ett dataskyddsombud som har till uppgift att övervaka att banken följer reglerna om skydd av personuppgifter. Du når dataskyddsombudet på följande sätt:

@ Dataskyddsombudet
@ Hallands Kustbank AB (publ)
@ Box 184
@ 301 04 Halmstad
@ [dataskyddsombud@kustbanken.se](mailto:dataskyddsombud@kustbanken.se)

Om du har frågor om hur vi behandlar dina personuppgifter kan du också kontakta vår kundservice på telefon 035-15 20 00 eller skicka ett meddelande via internetbanken.

## 2. Vilka personuppgifter behandlar vi?

Vilka uppgifter vi behandlar beror på vilka produkter och tjänster du har hos oss och på hur du har kontakt med oss. De kategorier av personuppgifter vi oftast behandlar framgår av tabellen nedan.

| Kategori | Exempel på personuppgifter |
| Identifikationsuppgifter | Namn, personnummer eller samordningsnummer, kopia av id-handling, medborgarskap, kundnummer |
| Kontaktuppgifter | Adress, telefonnummer, e-postadress, önskat språk för kontakt |
| Ekonomiska uppgifter | Inkomst, tillgångar, skulder, anställningsform, kreditupplysning, uppgifter om betalningsanmärkningar |
| Uppgifter om produkter och transaktioner | Kontonummer, kortnummer, transaktioner, betalningsmottagare, lån, säkerheter, sparande och innehav av finansiella instrument |
| Uppgifter för kundkännedom | Syfte med affärsförbindelsen, pengarnas ursprung, skatterättslig hemvist, uppgift om du är en person i politiskt utsatt ställning (PEP) |
| Kommunikation | Inspelade telefonsamtal, chattkonversationer, e-post och meddelanden i internetbanken |
| Tekniska uppgifter | IP-adress, enhetsidentitet, webbläsare, inloggningshistorik, uppgifter från BankID |
| Bild och ljud | Kameraövervakning i våra lokaler och vid våra uttagsautomater |

Vi behandlar i regel inte känsliga personuppgifter, till exempel uppgifter om hälsa. Om du själv lämnar sådana uppgifter, till exempel när du ansöker om betalningsanstånd på grund av sjukdom eller tecknar en låneskyddsförsäkring via oss, behandlar vi dem endast om det är nödvändigt och med ditt uttryckliga samtycke eller om det krävs för att fastställa, göra gällande eller försvara rättsliga anspråk.

## 3. Varifrån hämtar vi uppgifterna?

De flesta uppgifter får vi från dig, till exempel när du blir kund, ansöker om lån eller använder våra tjänster. Vi hämtar också uppgifter från andra källor:

- statens personadressregister (SPAR) och andra offentliga register, för att hålla dina adressuppgifter aktuella;
- kreditupplysningsföretag, till exempel UC AB, när du ansöker om kredit;
- Lantmäteriet, när fastighet eller bostadsrätt lämnas som säkerhet;
- andra banker och betaltjänstleverantörer, när du gör eller tar emot betalningar;
- sanktionslistor och listor över personer i politiskt utsatt ställning som tillhandahålls av externa leverantörer;
- din arbetsgivare eller ditt företag, när du är företrädare för en juridisk person som är kund hos oss.

## 4. Ändamål, rättslig grund och lagringstid

Vi behandlar endast personuppgifter för bestämda, uttryckligt angivna och berättigade ändamål. I tabellen redovisas varför vi behandlar dina uppgifter, med stöd av vilken rättslig grund enligt artikel 6 i dataskyddsförordningen och hur länge vi sparar uppgifterna.

| Ändamål | Rättslig grund | Lagringstid |
| Ingå och administrera avtal om konto, kort, betaltjänster, lån och sparande | Fullgörande av avtal | Tio år efter att avtalet upphört |
| Kreditprövning och riskbedömning inför beviljande av kredit | Fullgörande av avtal och rättslig förpliktelse (konsumentkreditlagen) | Beviljad ansökan: tio år efter att krediten upphört. Avslagen ansökan: sex månader |
| Kundkännedom och åtgärder mot penningtvätt och finansiering av terrorism | Rättslig förpliktelse (lagen (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism) | Fem år efter att affärsförbindelsen upphört |
| Bokföring och redovisning | Rättslig förpliktelse (bokföringslagen (1999:1078)) | Sju år efter utgången av det kalenderår då räkenskapsåret avslutades |
| Rapportering till Skatteverket, inklusive rapportering enligt FATCA och CRS | Rättslig förpliktelse | Sju år |
| Förebygga och upptäcka bedrägerier och kortmissbruk | Berättigat intresse och rättslig förpliktelse | Fem år efter att transaktionen genomfördes |
| Inspelning av telefonsamtal med kundservice | Berättigat intresse (dokumentation och kvalitet) | Ett år |
| Inspelning av samtal om investeringstjänster | Rättslig förpliktelse (lagen (2007:528) om värdepappersmarknaden) | Fem år, eller sju år om Finansinspektionen begär det |
| Marknadsföring och kundanalys | Berättigat intresse, eller samtycke för marknadsföring via e-post och sms | Så länge du är kund, dock längst två år efter senaste kontakt |
| Kameraövervakning i bankens lokaler | Berättigat intresse (säkerhet och brottsförebyggande) | 30 dagar, längre om materialet behövs för en polisanmälan |
| Hantering av klagomål | Rättslig förpliktelse och berättigat intresse | Tre år efter att ärendet avslutades |

När lagringstiden har löpt ut raderar eller anonymiserar vi uppgifterna. Uppgifter kan sparas längre om det krävs för att fastställa, göra gällande eller försvara rättsliga anspråk, till exempel vid en pågående tvist.

När vi behandlar uppgifter med stöd av en intresseavvägning har vi bedömt att vårt berättigade intresse väger tyngre än ditt intresse av skydd för den personliga integriteten. Du kan få mer information om intresseavvägningen genom att kontakta oss.

## 5. Profilering och automatiserade beslut

Profilering innebär att personuppgifter används för att bedöma vissa personliga egenskaper, till exempel din ekonomiska situation. Vi använder profilering för att uppfylla kraven på kundkännedom och för att upptäcka misstänkta penningtvättstransaktioner och bedrägerier. Vi använder också profilering för att anpassa erbjudanden, om du inte har invänt mot det.

Vid ansökan om privatlån och kortkredit i våra digitala kanaler fattas beslutet helt automatiskt utifrån uppgifterna i ansökan, kreditupplysningen och dina tidigare engagemang hos oss. Beslutet är nödvändigt för att ingå avtalet med dig. Du har rätt att begära att en handläggare gör en ny, manuell prövning, att framföra din synpunkt och att bestrida beslutet.

## 6. Telefonsamtal, e-post och chatt

Vi spelar in samtal till vår kundservice för att kunna dokumentera vad som har sagts, utreda klagomål och utbilda våra medarbetare. Samtal som rör investeringstjänster spelas in eftersom lagen kräver det. Du informeras alltid om inspelningen innan samtalet kopplas fram.

Chattkonversationer och meddelanden i internetbanken sparas som en del av din kunddokumentation.

## 7. Vem delar vi dina uppgifter med?

Uppgifter om dig omfattas av banksekretess. Vi lämnar därför endast ut uppgifter när det följer av lag, när det behövs för att fullgöra avtalet med dig eller när du har samtyckt till det.

| Mottagare | Varför vi lämnar ut uppgifter |
| Myndigheter, till exempel Skatteverket, Polismyndigheten, Kronofogdemyndigheten och Finansinspektionen | När vi är skyldiga enligt lag, till exempel vid kontrolluppgifter, utmätning eller rapportering av misstänkt penningtvätt |
| Betalningsinfrastruktur, till exempel Bankgirocentralen BGC AB, Getswish AB och kortnätverken Visa och Mastercard | För att genomföra betalningar som du har begärt |
| Kreditupplysningsföretag | När vi rapporterar krediter och betalningsanmärkningar enligt kreditupplysningslagen (1973:1173) |
| Finansiell ID-Teknik BID AB (BankID) | För att du ska kunna legitimera dig och signera avtal |
| Samarbetspartner, till exempel försäkringsbolag och fondbolag som vi förmedlar produkter för | När du har valt en produkt som tillhandahålls av samarbetspartnern |
| Våra personuppgiftsbiträden, till exempel leverantörer av it-drift, kortproduktion, utskrift och kundtjänstsystem | För att de ska kunna utföra tjänster åt oss enligt våra instruktioner |

Våra personuppgiftsbiträden får endast behandla uppgifterna för vår räkning och enligt ett skriftligt personuppgiftsbiträdesavtal. De omfattas av samma tystnadsplikt som banken.

Vi samarbetar med Kustbanken Fastighetsförmedling AB, som förmedlar bostäder i Halland. När du köper en bostad via mäklaren och samtidigt ansöker om bolån hos oss är banken och mäklarföretaget gemensamt personuppgiftsansvariga för den gemensamma kunddatabasen. Vi har kommit överens om att banken ansvarar för att besvara frågor och begäranden från registrerade som gäller den gemensamma behandlingen.

## 8. Överföring till tredje land

Vi strävar efter att alltid behandla dina personuppgifter inom EU/EES. I vissa fall överförs uppgifter till ett land utanför EU/EES, till exempel när du gör en internationell betalning via SWIFT eller när en av våra leverantörer använder underleverantörer i ett tredje land. Vi säkerställer då att det finns en skyddsnivå som motsvarar den inom EU/EES, antingen genom ett beslut av EU-kommissionen om adekvat skyddsnivå eller genom standardavtalsklausuler som kommissionen har antagit, kompletterade med ytterligare skyddsåtgärder vid behov.

## 9. Hur skyddar vi dina uppgifter?

Vi vidtar tekniska och organisatoriska åtgärder för att skydda dina personuppgifter mot förlust, förstörelse och obehörig åtkomst. Endast medarbetare som behöver uppgifterna i sitt arbete har åtkomst till dem. All kommunikation med internetbanken och appen är krypterad och inloggning sker med BankID eller säkerhetsdosa.

Hallands Kustbank kontaktar dig aldrig för att be dig logga in med BankID, lämna ut koder eller flytta pengar till ett så kallat säkert konto.

## 10. Särskilt om bolån och andra krediter

När du ansöker om bolån behandlar vi, utöver uppgifterna i själva ansökan, uppgifter om den bostad som ska belånas, till exempel köpeskilling, värdering, taxeringsvärde, energiprestanda och uppgifter om bostadsrättsföreningens ekonomi. Vi behöver också uppgifter om ditt hushåll, som antal barn och andra boendekostnader, för att kunna göra en kvar att leva på-kalkyl enligt Finansinspektionens föreskrifter och allmänna råd om krediter i konsumentförhållanden.

Om du har ett bolån hos oss lämnar vi uppgifter om lånet och räntan till Skatteverket som kontrolluppgift. Uppgifter om pantbrev och inteckningar registreras i Lantmäteriets fastighetsregister. Om du får betalningssvårigheter behandlar vi uppgifter om din situation för att kunna erbjuda en avbetalningsplan eller anstånd.

## 11. Särskilt om sparande och investeringar

När du sparar i fonder, aktier eller andra finansiella instrument genom oss måste vi enligt lagen om värdepappersmarknaden bedöma om tjänsten och produkten är lämplig eller passande för dig. Vi behandlar därför uppgifter om dina kunskaper och erfarenheter av investeringar, din ekonomiska situation, din förmåga att bära förluster, din riskvilja och dina hållbarhetspreferenser. Vi rapporterar dina transaktioner till Finansinspektionen enligt förordning (EU) nr 600/2014 (MiFIR), vilket kräver att vi behandlar ditt personnummer och, om du inte är svensk medborgare, annan nationell identifierare.

Om du har ett investeringssparkonto (ISK) eller en kapitalförsäkring lämnar vi eller försäkringsgivaren kontrolluppgift till Skatteverket om kapitalunderlaget. Fondandelar förvaltas av respektive fondbolag, som är självständigt personuppgiftsansvarigt för sin behandling av dina uppgifter i andelsägarregistret.

## 12. Särskilt om kort, Swish och betalningar

När du betalar med kort behandlar vi uppgifter om transaktionen, till exempel belopp, tidpunkt, plats och säljföretag, för att kunna genomföra och bokföra betalningen, för att hantera reklamationer och för att upptäcka bedrägerier. Vi använder automatiserade system som i realtid bedömer om en korttransaktion avviker från ditt vanliga mönster. Om systemet bedömer att det finns risk för bedrägeri kan transaktionen stoppas och vi kan kontakta dig via sms eller i appen.

När du använder Swish lämnar vi ditt namn och telefonnummer till Getswish AB och till mottagarens bank, så att mottagaren kan se vem betalningen kommer från. Om du är registrerad som mottagare av Swish-betalningar visas ditt namn för den som betalar.

## 13. Särskilt om företrädare, verkliga huvudmän och borgensmän

Om du företräder ett företag, en förening eller en stiftelse som är kund hos oss, till exempel som firmatecknare, styrelseledamot eller kontaktperson, behandlar vi uppgifter om dig för att kunna administrera kundförhållandet med den juridiska personen och för att uppfylla våra skyldigheter enligt penningtvättslagen. Vi behandlar då bland annat namn, personnummer, befattning, kontaktuppgifter och behörighet. Uppgifter om verkliga huvudmän hämtar vi från Bolagsverkets register över verkliga huvudmän och från kunden själv.

Om du har gått i borgen för eller pantsatt egendom till säkerhet för någon annans lån behandlar vi uppgifter om dig för att bedöma säkerheten och för att kunna informera dig om förändringar i engagemanget. Vi tar då en kreditupplysning på dig, eftersom vi enligt lag måste bedöma din förmåga att fullgöra borgensåtagandet.

## 14. Särskilt om barn och unga

Barn under 18 år kan ha konto och kort hos oss. Vårdnadshavare företräder barnet och har insyn i barnets engagemang fram till att barnet fyller 18 år, i den utsträckning som följer av föräldrabalken. Från 16 års ålder kan den unge själv logga in i appen med eget BankID och använda de tjänster som vårdnadshavaren har godkänt. Vi skickar inte marknadsföring till barn under 16 år.

## 15. Marknadsföring och erbjudanden

Vi använder uppgifter om vilka produkter du har, din ålder, var du bor och hur du använder våra tjänster för att ge dig relevanta erbjudanden, till exempel om bolån när du har sparat till en kontantinsats eller om pensionssparande när du närmar dig en viss ålder. Marknadsföring via brev, i internetbanken och i appen sker med stöd av en intresseavvägning. Marknadsföring via e-post och sms skickar vi endast om du har samtyckt till det eller om du redan är kund och erbjudandet avser liknande produkter.

Du kan när som helst tacka nej till marknadsföring under Inställningar i internetbanken, genom att kontakta kundservice eller genom att använda avregistreringslänken i våra utskick. Vi respekterar också spärrar i NIX-Telefon.

## 16. Internetbanken, appen och cookies

När du loggar in i internetbanken eller appen registrerar vi tidpunkt, IP-adress och uppgifter om den enhet du använder. Uppgifterna används för att upprätthålla säkerheten, för att upptäcka obehöriga inloggningar och för att felsöka tekniska problem. Vi använder också uppgifter om hur du rör dig i appen, till exempel vilka funktioner som används mest, för att förbättra våra tjänster. Sådan analys sker på aggregerad nivå.

På kustbanken.se använder vi cookies. Nödvändiga cookies behövs för att webbplatsen ska fungera. Övriga cookies, till exempel för statistik och marknadsföring, använder vi endast om du har samtyckt till det i vår cookiebanner. Läs mer i vår [information om cookies](/privat/om-banken/integritet/cookies/).

## 17. Kameraövervakning

Våra kontor, bankfack och uttagsautomater är kameraövervakade för att förebygga och utreda brott samt för att skydda kunder och medarbetare. Kameraövervakningen är skyltad. Inspelat material är krypterat, sparas i 30 dagar och granskas endast av särskilt behörig personal när det finns anledning att misstänka brott. Material kan lämnas ut till Polismyndigheten i samband med en brottsutredning.

## 18. Insättningsgarantin, resolution och sanktioner

Om banken skulle försättas i konkurs eller resolution lämnar vi uppgifter om dig och dina insättningar till Riksgälden, som är insättningsgarantimyndighet och resolutionsmyndighet, så att ersättning kan betalas ut enligt lagen (1995:1571) om insättningsgaranti.

Vi kontrollerar kunder, betalningsmottagare och transaktioner mot sanktionslistor som beslutats av FN, EU, Sverige och, när det är relevant för betalningen, USA och Storbritannien. Om en transaktion träffar en sanktionslista kan vi behöva stoppa betalningen och rapportera den till berörd myndighet.

## 19. Dödsbon och fullmakter

När en kund har avlidit behandlar vi uppgifter om dödsbodelägare, förvaltare och eventuell testamentsexekutor för att kunna avveckla den avlidnes engagemang och lämna upplysningar till dödsboet. Uppgifter om den avlidne omfattas inte av dataskyddsförordningen men omfattas fortfarande av banksekretessen.

Om du har en fullmakt att företräda en kund, eller är god man eller förvaltare, behandlar vi uppgifter om dig för att kontrollera din behörighet och dokumentera vilka åtgärder du vidtar för huvudmannens räkning. Uppgifter om ställföreträdarskap hämtar vi från överförmyndaren.

## 20. Dina rättigheter

Du har följande rättigheter enligt dataskyddsförordningen:

- **Rätt till tillgång (registerutdrag):** du har rätt att få bekräftelse på om vi behandlar personuppgifter om dig och i så fall en kopia av uppgifterna. Registerutdrag beställer du i internetbanken eller genom att kontakta oss.
- **Rätt till rättelse:** du har rätt att begära att felaktiga uppgifter rättas och att ofullständiga uppgifter kompletteras.
- **Rätt till radering:** du kan begära att vi raderar uppgifter om dig. Vi kan dock inte radera uppgifter som vi är skyldiga att spara enligt lag, till exempel enligt bokföringslagen eller penningtvättslagen.
- **Rätt till begränsning:** du kan i vissa fall begära att behandlingen av dina uppgifter begränsas.
- **Rätt att göra invändningar:** du kan invända mot behandling som grundar sig på en intresseavvägning. Du kan alltid invända mot att dina uppgifter används för direktmarknadsföring.
- **Rätt till dataportabilitet:** du har rätt att få ut de uppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format.
- **Rätt att återkalla samtycke:** om behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det.

Du utövar dina rättigheter enklast genom att logga in i internetbanken och välja Profil och inställningar, Mina personuppgifter. Där kan du beställa registerutdrag, rätta dina kontaktuppgifter och hantera samtycken. Du kan också skriva till oss på adressen under avsnitt 1. För att skydda dina uppgifter måste vi kunna säkerställa din identitet innan vi lämnar ut eller ändrar något. Vi skickar därför registerutdrag endast till din folkbokföringsadress eller till din inkorg i internetbanken.

Vi besvarar din begäran utan onödigt dröjsmål och senast inom en månad. Om begäran är komplicerad kan tiden förlängas med ytterligare två månader. Vi meddelar dig i så fall skälen för förlängningen.

## 21. Klagomål

Om du är missnöjd med hur vi behandlar dina personuppgifter ber vi dig att i första hand kontakta vårt dataskyddsombud. Du har också rätt att lämna in klagomål till Integritetsskyddsmyndigheten (IMY), som är tillsynsmyndighet. Mer information finns på [www.datainspektionen.se](https://www.datainspektionen.se).

## 22. Ändringar i denna information

Vi kan komma att ändra den här informationen, till exempel när vi inför nya tjänster eller när lagstiftningen ändras. Den senaste versionen finns alltid på vår webbplats. Vid väsentliga ändringar informerar vi dig via internetbanken eller på annat lämpligt sätt innan ändringarna börjar gälla.

## Versionshistorik

| Version | Datum | Ändring |
| 3.0 | 2 november 2020 | Ny struktur, tabell över ändamål och lagringstider, information om automatiserade kreditbeslut |
| 2.1 | 14 oktober 2019 | Uppdaterad information om kreditupplysningsföretag |
| 2.0 | 25 maj 2018 | Anpassning till dataskyddsförordningen (GDPR) |
"""

ROW0 = "| 3.0 | 2 november 2020 |"

EDITS = [
    {"note": "purposes table: KYC/AML retention cell extended (five years -> up to ten years on request of the supervisory authority); version history row 3.1 added",
     "repl": [("| Fem år efter att affärsförbindelsen upphört |",
               "| Fem år efter att affärsförbindelsen upphört, eller upp till tio år om en behörig myndighet begär det |"),
              (ROW0, "| 3.1 | 10 december 2021 | Ändrad lagringstid för uppgifter om kundkännedom |\n" + ROW0)]},
    {"note": "complaints section: dead datainspektionen.se link replaced by imy.se (silent fix, date not bumped, no history row)", "bump": False,
     "repl": [("[www.datainspektionen.se](https://www.datainspektionen.se)", "[www.imy.se](https://www.imy.se)")]},
    {"note": "new chat-assistant: purposes-table row added, section 6 paragraph on the digital assistant, version row 3.2",
     "repl": [("| Kameraövervakning i bankens lokaler |",
               "| Besvara frågor via vår digitala assistent i chatten | Berättigat intresse (effektiv kundservice) | 90 dagar, därefter sparas endast avidentifierad statistik |\n| Kameraövervakning i bankens lokaler |"),
              ("Chattkonversationer och meddelanden i internetbanken sparas som en del av din kunddokumentation.",
               "Chattkonversationer och meddelanden i internetbanken sparas som en del av din kunddokumentation.\n\nI chatten möts du först av vår digitala assistent Kusten, som besvarar allmänna frågor. Assistenten ser inte dina kontouppgifter och du ska inte lämna personnummer eller kortuppgifter i chatten. Om din fråga kräver handläggning kopplas du vidare till en medarbetare. Tjänsten levereras av ett personuppgiftsbiträde som behandlar konversationerna inom EU/EES."),
              ("| 3.1 | 10 december 2021 |", "| 3.2 | 15 juli 2023 | Ny digital assistent i chatten |\n| 3.1 | 10 december 2021 |")]},
    {"note": "recipients table: debt-collection agency row added (silent, no date bump, no history row)", "bump": False,
     "repl": [("| Finansiell ID-Teknik BID AB (BankID) |",
               "| Inkassoföretag och köpare av förfallna fordringar | När en förfallen fordran överlämnas för indrivning eller överlåts |\n| Finansiell ID-Teknik BID AB (BankID) |")]},
    {"note": "customer-service call recordings retention shortened from one year to six months; DPO e-mail changed; version row 3.3",
     "repl": [("| Berättigat intresse (dokumentation och kvalitet) | Ett år |",
               "| Berättigat intresse (dokumentation och kvalitet) | Sex månader |"),
              ("[dataskyddsombud@kustbanken.se](mailto:dataskyddsombud@kustbanken.se)", "[dpo@kustbanken.se](mailto:dpo@kustbanken.se)"),
              ("| 3.2 | 15 juli 2023 |", "| 3.3 | 17 juli 2025 | Kortare lagringstid för inspelade samtal, ny adress till dataskyddsombudet |\n| 3.2 | 15 juli 2023 |")]},
]

SCAMS = [
    ("Varning för bedrägerier", "Bedragare ringer och utger sig för att vara från banken eller Polisen. Vi ber dig aldrig att logga in med BankID eller flytta pengar i telefon.", "/privat/sakerhet/aktuella-bedragerier/"),
    ("Falska sms i omlopp", "Just nu skickas falska sms om spärrade kort. Klicka inte på länken – vi skickar aldrig länkar till inloggning via sms.", "/privat/sakerhet/falska-sms/"),
    ("Driftstörning", "Vissa kunder kan just nu ha problem att logga in i appen. Vi arbetar med att lösa felet.", "/driftinformation/"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 64), C.uuid4(rng), C.hexs(rng, 16))
    s["alert"] = C.keep_or(rng, prev.get("alert"), 0.45, lambda: rng.choice([None, None, 0, 0, 1, 2]))
    local = when.hour + (2 if 4 <= when.month <= 10 else 1)
    open_ = when.weekday() < 5 and 8 <= local < 18
    s["chat"] = ("open", rng.randint(1, 14)) if open_ else ("closed", 0)
    s["rate"] = C.keep_or(rng, prev.get("rate"), 0.5,
                          lambda: "%.2f" % ((1.35 if when.year < 2022 else 4.2 if when.year < 2025 else 3.05) + rng.randint(-30, 30) / 100))
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: C.hexs(rng, 10))
    return s


LABELS = {
    "tokens": "per-visit tokens (anti-forgery token, Optimizely visitor id, Cookiebot request id)",
    "alert": "site-wide alert bar (scam warning / outage) appears, changes or goes",
    "chat": "Puzzel chat launcher status and queue time",
    "rate": "footer mortgage-rate strip",
    "assets": "Optimizely bundle version query strings",
}


def render(s, blocks, when):
    tok, visitor, req = s["tokens"]
    a = s["assets"]
    h1 = blocks[0]
    body = C.blocks_html(blocks[1:], {"table": "table table--striped"})
    body = body.replace("<table", '<div class="table-wrapper" tabindex="0"><table').replace("</table>", "</table></div>")
    alert = ""
    if s["alert"] is not None:
        t, txt, href = SCAMS[s["alert"]]
        alert = ('<div class="alert-bar alert-bar--%s" role="alert"><div class="container"><strong class="alert-bar__title">%s</strong> '
                 '<span class="alert-bar__text">%s</span> <a class="alert-bar__link" href="%s">Läs mer</a>'
                 '<button class="alert-bar__close" aria-label="Stäng">×</button></div></div>'
                 % ("warning" if s["alert"] < 2 else "info", t, txt, href))
    st, q = s["chat"]
    chat = ('<div id="puzzel-chat" class="chat-launcher chat-launcher--%s" data-queue="privat_chatt">'
            '<button class="chat-launcher__button"><span class="chat-launcher__label">Chatta med oss</span>'
            '<span class="chat-launcher__status">%s</span></button></div>'
            % (st, ("Öppet · väntetid ca %d min" % q) if st == "open" else "Stängt · öppnar vardagar kl. 08.00"))
    nav = "".join('<li class="main-nav__item"><a class="main-nav__link%s" href="%s">%s</a></li>' % (c, h, t) for t, h, c in [
        ("Kort & betala", "/privat/kort-och-betala/", ""), ("Spara", "/privat/spara/", ""), ("Låna", "/privat/lana/", ""),
        ("Bolån", "/privat/bolan/", ""), ("Försäkring", "/privat/forsakring/", ""), ("Om banken", "/privat/om-banken/", " is-active")])
    side = "".join('<li><a href="%s"%s>%s</a></li>' % (h, ' aria-current="page"' if c else "", t) for t, h, c in [
        ("Integritet", "/privat/om-banken/integritet/", 0), ("Så behandlar vi dina personuppgifter", URL, 1),
        ("Cookies", "/privat/om-banken/integritet/cookies/", 0), ("Beställ registerutdrag", "/privat/om-banken/integritet/registerutdrag/", 0),
        ("Säkerhet", "/privat/sakerhet/", 0)])
    return ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            '<title>Så behandlar vi dina personuppgifter | Hallands Kustbank</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="description" content="Information om hur Hallands Kustbank behandlar dina personuppgifter enligt dataskyddsförordningen.">\n'
            '<link rel="canonical" href="%s">\n'
            '<link rel="stylesheet" href="/dist/css/main.css?v=%s">\n'
            '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="8c2f1e4a-5d3b-4f6e-9a7c-2b1d0e9f8a76" data-blockingmode="auto" data-request="%s"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageId":"1873","pageType":"ArticlePage","language":"sv","visitorId":"%s"});</script>\n'
            '</head>\n<body class="page page--article">\n'
            '<a class="skip-link" href="#main">Hoppa till innehåll</a>\n%s\n'
            '<header class="site-header"><div class="site-header__top container"><ul class="segment-nav"><li class="is-active"><a href="/privat/">Privat</a></li>'
            '<li><a href="/foretag/">Företag</a></li><li><a href="/lantbruk/">Lantbruk</a></li></ul>'
            '<a class="site-header__login btn btn--primary" href="https://internetbank.kustbanken.se/login">Logga in</a></div>'
            '<div class="site-header__main container"><a class="site-header__logo" href="/"><img src="/globalassets/logotyper/kustbanken-logo.svg" alt="Hallands Kustbank"></a>'
            '<nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list">%s</ul></nav>'
            '<form class="site-search" action="/sok/" method="get"><input name="__RequestVerificationToken" type="hidden" value="%s">'
            '<label for="q" class="visually-hidden">Sök</label><input id="q" name="q" type="search" placeholder="Sök på kustbanken.se"></form></div></header>\n'
            '<main id="main" class="main">\n<div class="container">\n'
            '<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/privat/">Privat</a></li><li><a href="/privat/om-banken/">Om banken</a></li>'
            '<li><a href="/privat/om-banken/integritet/">Integritet</a></li><li aria-current="page">Så behandlar vi dina personuppgifter</li></ol></nav>\n'
            '<div class="grid"><aside class="grid__col grid__col--3 subnav"><ul class="subnav__list">%s</ul></aside>\n'
            '<article class="grid__col grid__col--9 article-page">\n<header class="article-page__header">%s</header>\n'
            '<div class="article-page__body rich-text" data-epi-property-name="MainBody">\n%s\n</div>\n'
            '<div class="share-links"><a href="#" class="share-links__print" onclick="window.print();return false;">Skriv ut</a></div>\n'
            '<div class="feedback-block" data-page-id="1873"><p class="feedback-block__question">Hittade du det du letade efter?</p>'
            '<button class="btn btn--secondary" data-answer="yes">Ja</button><button class="btn btn--secondary" data-answer="no">Nej</button></div>\n'
            '</article></div>\n</div>\n</main>\n'
            '<footer class="site-footer"><div class="site-footer__rates container"><p>Aktuell bolåneränta 3 mån: <strong>%s %%</strong> '
            '<a href="/privat/bolan/aktuella-rantor/">Se alla räntor</a></p></div>'
            '<div class="site-footer__main container"><div class="site-footer__col"><h2>Kontakt</h2><p>Kundservice 035-15 20 00<br>Vardagar 08.00–18.00</p>'
            '<p>Spärra kort dygnet runt: 08-411 10 11</p></div><div class="site-footer__col"><h2>Om webbplatsen</h2><ul>'
            '<li><a href="/privat/om-banken/integritet/sa-behandlar-vi-dina-personuppgifter/">Personuppgifter</a></li><li><a href="/privat/om-banken/integritet/cookies/">Cookies</a></li>'
            '<li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/insattningsgaranti/">Insättningsgaranti</a></li></ul></div>'
            '<div class="site-footer__col"><p>Hallands Kustbank AB (publ)<br>Org.nr 516406-0831<br>Storgatan 22, 302 43 Halmstad</p></div></div>'
            '<p class="site-footer__copy container">© %d Hallands Kustbank</p></footer>\n%s\n'
            '<script src="/dist/js/main.js?v=%s" defer></script>\n'
            '<script src="https://kustbanken.puzzel.com/chat/loader.js" data-customer="10042"></script>\n'
            '</body>\n</html>\n'
            % (URL, a, req, visitor, alert, nav, tok, side, C.block_html(h1), body, s["rate"].replace(".", ","),
               when.year, chat, a))


PAGE = {
    "service": "Hallands Kustbank", "url": URL, "lang": "sv-SE", "platform": "Optimizely CMS 12",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2021, 3, 8), "end": dt.date(2026, 5, 29),
    "policy": POLICY, "first_updated": dt.date(2020, 11, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article.article-page"], "remove": [".share-links", ".feedback-block"]},
}
