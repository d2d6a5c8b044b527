"""Multilingual texts of the fixture web: policy paragraphs and the labels of footers, hubs and decoys.

Hand-written, short and plausible, in the 12 languages discovery supports. `{co}` is the company name.
"""
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "ja", "ko", "ru", "zh-Hans", "zh-Hant"]

L = {
    "en": dict(
        policy="Privacy Policy", title="Privacy Policy", hub="Legal", terms="Terms of Service",
        imprint="Imprint", cookies="Cookie Policy", path="/privacy-policy", home="Welcome to {co}",
        sections=["Information we collect", "How we use information", "Sharing", "Retention", "Your rights"],
        paras=[
            "{co} respects your privacy. This privacy policy explains how we collect, use, disclose and protect "
            "your personal data when you use our websites, apps and services.",
            "We collect personal information you give us, such as your name and email address, and information "
            "collected automatically, such as cookies, log data and device identifiers.",
            "We process personal data for the following purposes: to provide and improve the services, to keep "
            "them secure, to comply with legal obligations and, with your consent, for marketing.",
            "We share personal data with third parties only with service providers acting on our behalf, when "
            "required by law, or with your consent. We never sell personal information.",
            "Retention: we keep personal data only as long as necessary for the purposes described in this "
            "policy. Your rights: you may access, correct, delete or export your personal data and withdraw "
            "your consent at any time. The controller of your data is {co}.",
        ]),
    "de": dict(
        policy="Datenschutzerklärung", title="Datenschutzerklärung", hub="Rechtliches", terms="AGB",
        imprint="Impressum", cookies="Cookie-Richtlinie", path="/datenschutz", home="Willkommen bei {co}",
        sections=["Verantwortliche Stelle", "Erhobene Daten", "Weitergabe", "Speicherdauer", "Ihre Rechte"],
        paras=[
            "Der Schutz Ihrer personenbezogenen Daten ist {co} ein wichtiges Anliegen. Diese "
            "Datenschutzerklärung informiert Sie über die Verarbeitung personenbezogener Daten bei der Nutzung "
            "unserer Dienste.",
            "Verantwortliche Stelle für die Verarbeitung ist {co}. Wir verarbeiten Ihre Daten auf Grundlage Ihrer "
            "Einwilligung oder einer anderen Rechtsgrundlage nach der DSGVO.",
            "Wir erheben Namen, E-Mail-Adresse und Nutzungsdaten. Eine Weitergabe an Dritte erfolgt nur an "
            "Auftragsverarbeiter oder wenn wir gesetzlich dazu verpflichtet sind.",
            "Die Speicherdauer richtet sich nach dem Zweck der Verarbeitung; danach werden die Daten gelöscht.",
            "Als betroffene Person haben Sie das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der "
            "Verarbeitung, Datenübertragbarkeit und Widerspruch. Sie können Ihre Einwilligung jederzeit widerrufen.",
        ]),
    "fr": dict(
        policy="Politique de confidentialité", title="Politique de confidentialité", hub="Informations légales",
        terms="Conditions générales d'utilisation", imprint="Mentions légales", cookies="Gestion des cookies",
        path="/confidentialite", home="Bienvenue chez {co}",
        sections=["Responsable du traitement", "Données collectées", "Destinataires", "Durée de conservation",
                  "Vos droits"],
        paras=[
            "{co} attache une grande importance à la protection de vos données personnelles. La présente "
            "politique de confidentialité décrit le traitement de vos données à caractère personnel.",
            "Le responsable du traitement est {co}. Nous traitons vos données sur la base de votre consentement, "
            "de l'exécution d'un contrat ou de nos intérêts légitimes.",
            "Nous collectons votre nom, votre adresse électronique et des données de navigation. Vos données ne "
            "sont communiquées à des tiers que lorsque la loi l'exige ou à nos sous-traitants.",
            "Durée de conservation : vos données sont conservées pendant la durée nécessaire aux finalités du "
            "traitement, puis supprimées.",
            "Vos droits : vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de "
            "portabilité et d'opposition, et vous pouvez retirer votre consentement à tout moment.",
        ]),
    "es": dict(
        policy="Política de privacidad", title="Política de privacidad", hub="Información legal",
        terms="Términos y condiciones", imprint="Aviso legal", cookies="Política de cookies",
        path="/politica-de-privacidad", home="Bienvenido a {co}",
        sections=["Responsable", "Datos que recogemos", "Destinatarios", "Conservación", "Sus derechos"],
        paras=[
            "{co} se compromete a proteger sus datos personales. Esta política de privacidad explica el "
            "tratamiento de los datos personales que recogemos cuando utiliza nuestros servicios.",
            "El responsable del tratamiento es {co}. Tratamos sus datos con su consentimiento o para ejecutar un "
            "contrato con usted.",
            "Recogemos su nombre, correo electrónico y datos de uso. No cedemos datos a terceros salvo obligación "
            "legal o a nuestros encargados del tratamiento.",
            "Conservamos los datos durante el tiempo necesario para cumplir la finalidad para la que se recogieron.",
            "Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad, "
            "y retirar su consentimiento en cualquier momento.",
        ]),
    "pt": dict(
        policy="Política de Privacidade", title="Política de Privacidade", hub="Informações legais",
        terms="Termos de Uso", imprint="Aviso legal", cookies="Política de Cookies",
        path="/politica-de-privacidade", home="Bem-vindo à {co}",
        sections=["Controlador", "Dados coletados", "Compartilhamento", "Armazenamento", "Seus direitos"],
        paras=[
            "A {co} respeita a sua privacidade. Esta Política de Privacidade descreve como coletamos, usamos e "
            "protegemos os seus dados pessoais, nos termos da LGPD.",
            "O controlador dos dados é a {co}. O tratamento dos dados pessoais ocorre com o seu consentimento ou "
            "para a execução de contrato.",
            "Coletamos nome, e-mail e dados de navegação. Compartilhamos dados com terceiros apenas quando exigido "
            "por lei ou com operadores que tratam dados em nosso nome.",
            "Os dados pessoais são armazenados pelo tempo necessário para cumprir as finalidades do tratamento.",
            "Como titular, você tem direitos de acesso, correção, eliminação e portabilidade, e pode revogar o "
            "consentimento a qualquer momento.",
        ]),
    "it": dict(
        policy="Informativa sulla privacy", title="Informativa sulla privacy", hub="Informazioni legali",
        terms="Termini e condizioni", imprint="Note legali", cookies="Cookie policy", path="/informativa-privacy",
        home="Benvenuti in {co}",
        sections=["Titolare del trattamento", "Dati raccolti", "Comunicazione", "Conservazione", "I tuoi diritti"],
        paras=[
            "{co} tutela la riservatezza dei tuoi dati personali. La presente informativa sulla privacy descrive il "
            "trattamento dei dati personali degli utenti.",
            "Il titolare del trattamento è {co}. Il trattamento si basa sul tuo consenso o sull'esecuzione di un "
            "contratto.",
            "Raccogliamo nome, indirizzo email e dati di navigazione. I dati non sono comunicati a terzi, salvo "
            "obblighi di legge o responsabili del trattamento.",
            "I dati sono conservati per il tempo necessario alle finalità del trattamento.",
            "Hai il diritto di accesso, rettifica, cancellazione, limitazione e portabilità, e puoi revocare il "
            "consenso in qualsiasi momento. Per esercitare i tuoi diritti contatta il titolare.",
        ]),
    "nl": dict(
        policy="Privacyverklaring", title="Privacyverklaring", hub="Juridisch", terms="Algemene voorwaarden",
        imprint="Colofon", cookies="Cookiebeleid", path="/privacyverklaring", home="Welkom bij {co}",
        sections=["Verwerkingsverantwoordelijke", "Gegevens", "Delen met derden", "Bewaartermijn", "Uw rechten"],
        paras=[
            "{co} hecht veel waarde aan de bescherming van uw persoonsgegevens. In deze privacyverklaring leggen "
            "wij uit hoe de verwerking van persoonsgegevens plaatsvindt.",
            "De verwerkingsverantwoordelijke is {co}. Wij verwerken uw gegevens op basis van uw toestemming of ter "
            "uitvoering van een overeenkomst.",
            "Wij verzamelen uw naam, e-mailadres en gebruiksgegevens. Wij delen gegevens alleen met derden als de "
            "wet dat vereist of met verwerkers die in onze opdracht werken.",
            "De bewaartermijn is niet langer dan nodig voor het doel van de verwerking.",
            "U heeft rechten: inzage, correctie, verwijdering en overdraagbaarheid van uw gegevens, en u kunt uw "
            "toestemming altijd intrekken.",
        ]),
    "ja": dict(
        policy="プライバシーポリシー", title="個人情報保護方針", hub="法的情報", terms="利用規約", imprint="会社概要",
        cookies="Cookieポリシー", path="/privacy/", home="{co}へようこそ",
        sections=["個人情報の取得", "利用目的", "第三者提供", "安全管理措置", "開示等の請求"],
        paras=[
            "{co}（以下「当社」）は、お客様の個人情報の保護を重要な責務と考え、以下のとおり個人情報保護方針を定め、"
            "役員及び従業員に周知徹底を図ります。",
            "当社は、適法かつ公正な手段により個人情報を取得し、あらかじめ明示した利用目的の範囲内でのみ利用いたします。",
            "当社は、法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供いたしません。",
            "当社は、個人情報の漏えい、滅失又はき損を防止するため、必要かつ適切な安全管理措置を講じます。",
            "ご本人から個人情報の開示、訂正、利用停止等の請求があった場合には、法令に従い遅滞なく対応いたします。",
        ]),
    "ko": dict(
        policy="개인정보처리방침", title="개인정보처리방침", hub="법적 고지", terms="이용약관", imprint="사업자정보",
        cookies="쿠키 정책", path="/policy/privacy", home="{co}에 오신 것을 환영합니다",
        sections=["수집하는 개인정보", "이용 목적", "제3자 제공", "보유 및 파기", "정보주체의 권리"],
        paras=[
            "{co}(이하 '회사')는 정보주체의 개인정보를 중요시하며 개인정보 보호법을 준수합니다. 본 개인정보처리방침은 "
            "회사가 개인정보를 어떻게 수집하고 이용하는지 설명합니다.",
            "회사는 회원가입, 서비스 제공을 위해 이름, 이메일, 접속 기록 등의 개인정보를 수집합니다.",
            "회사는 정보주체의 동의 없이 개인정보를 제3자에게 제공하지 않습니다.",
            "개인정보는 수집 및 이용 목적이 달성되면 지체 없이 파기하며, 법령에 따른 보유 기간 동안만 보관합니다.",
            "정보주체는 언제든지 개인정보 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다.",
        ]),
    "ru": dict(
        policy="Политика конфиденциальности", title="Политика конфиденциальности", hub="Правовая информация",
        terms="Пользовательское соглашение", imprint="Выходные данные", cookies="Использование файлов cookie",
        path="/politika-konfidencialnosti", home="Добро пожаловать в {co}",
        sections=["Общие положения", "Какие данные мы собираем", "Передача данных", "Хранение", "Права субъекта"],
        paras=[
            "Настоящая политика конфиденциальности определяет порядок обработки персональных данных пользователей "
            "компанией {co}.",
            "Мы собираем имя, адрес электронной почты и технические данные. Обработка персональных данных "
            "осуществляется с согласия субъекта персональных данных.",
            "Мы не передаём персональные данные третьим лицам, за исключением случаев, предусмотренных законом.",
            "Срок хранения персональных данных ограничен целями обработки; по их достижении данные уничтожаются.",
            "Субъект персональных данных вправе получить сведения об обработке, потребовать уточнения или удаления "
            "данных и отозвать согласие.",
        ]),
    "zh-Hans": dict(
        policy="隐私政策", title="隐私政策", hub="法律声明", terms="用户协议", imprint="网站备案信息",
        cookies="Cookie政策", path="/yinsi.html", home="欢迎来到{co}",
        sections=["我们如何收集您的个人信息", "我们如何使用您的个人信息", "我们如何共享您的个人信息", "我们如何保存您的个人信息",
                  "您的权利"],
        paras=[
            "{co}（以下简称“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。本隐私政策说明我们如何收集、"
            "使用、共享和保存您的个人信息。",
            "我们会在您注册账号、使用服务时收集您的姓名、手机号码、电子邮箱等个人信息，并仅在实现本政策所述目的所必需的范围内使用。",
            "未经您的同意，我们不会与任何第三方共享您的个人信息，法律法规另有规定的除外。",
            "我们仅在实现目的所必需的期限内保存您的个人信息，超出保存期限后将删除或匿名化处理。",
            "我们保障您的各项权利：您有权访问、更正、删除您的个人信息，并可以随时撤回您的授权同意。如对本隐私政策有任何疑问，请与我们联系。",
        ]),
    "zh-Hant": dict(
        policy="隱私權政策", title="隱私權政策", hub="法律聲明", terms="服務條款", imprint="公司資訊",
        cookies="Cookie政策", path="/privacy.aspx", home="歡迎來到{co}",
        sections=["個人資料之蒐集", "個人資料之利用", "提供予第三人", "資料保存期間", "您的權利"],
        paras=[
            "{co}（以下簡稱「本公司」）重視您的隱私權，並依個人資料保護法保護您的個人資料。本隱私權政策說明本公司如何蒐集、"
            "處理及利用您的個人資料。",
            "本公司於您註冊會員或使用服務時，蒐集您的姓名、電話、電子郵件等個人資料，並僅於特定目的範圍內利用。",
            "除法律另有規定外，本公司不會將您的個人資料提供予第三人，亦不會與第三方共享。",
            "本公司於蒐集目的存續期間保存您的個人資料，期滿後即予刪除。",
            "您可依法行使查詢、閱覽、更正、停止蒐集及刪除個人資料等權利。",
        ]),
}

TERMS_EN = [
    "These Terms of Service govern your access to and use of the services of {co}. By using the services you "
    "agree to these terms. If you do not agree, do not use the services.",
    "You must be at least 16 years old to use the services. You are responsible for your account and for "
    "keeping your password secret. We may suspend accounts that break these terms.",
    "Our handling of personal information is described in our Privacy Policy; by using the services you "
    "consent to the collection and processing of personal data as described there, including by third parties "
    "that provide parts of the services.",
    "The services are provided as is. To the extent permitted by law, {co} is not liable for indirect damages. "
    "These terms are governed by the law of the place where {co} has its seat; disputes go to its courts.",
    "We may change these terms; the version in force is the one published on this page. Your rights under "
    "mandatory consumer law are not affected. Contact us with any question about these terms.",
]
COOKIES_EN = [
    "This cookie policy explains how {co} uses cookies and similar technologies to recognise you when you visit "
    "our website. Cookies are small data files placed on your device.",
    "We use strictly necessary cookies, analytics cookies that collect information about how you use the site, "
    "and, with your consent, advertising cookies set by third parties that may process personal data.",
    "You can withdraw your consent and manage your preferences at any time in the cookie settings. Retention of "
    "each cookie is listed in the table below; your rights are described in our privacy policy.",
    "Third party cookies are controlled by the third party; please see their policies for details of their "
    "processing of personal information and the purpose of each cookie.",
]
SECURITY_EN = [
    "Security is at the heart of everything {co} builds. Our security program protects customer data with "
    "encryption in transit and at rest, strict access controls and continuous monitoring.",
    "We collect security logs and process them to detect threats; personal data in logs is kept for a limited "
    "retention period. Third party auditors review our controls every year.",
    "Report a vulnerability to our security team. We run a bug bounty program and respond to every report. "
    "Learn how we protect your privacy and your personal information in our trust documents.",
    "Our data centres are certified ISO 27001 and SOC 2. Consent to penetration testing must be obtained in "
    "writing before any test of our infrastructure.",
]
BLOG_EN = [
    "Today we are publishing an updated privacy policy. We want to explain in plain words what changed and why "
    "your privacy matters to us at {co}.",
    "The new privacy policy describes more clearly which personal data we collect and for what purpose, how "
    "long retention lasts, which third parties we share personal information with, and your rights.",
    "We also made it easier to give and withdraw consent, and we now disclose the list of our processors. The "
    "controller of your data remains {co}.",
    "Thanks for reading! Share this post, and subscribe to our newsletter for more stories from the team.",
]
CHOICES_EN = [
    "Your Privacy Choices. Use this page to opt out of the sale or sharing of your personal information and "
    "of targeted advertising.",
    "Toggle the switches below and press save. Your choices apply to this browser. Read our privacy policy "
    "for more information on how we process personal data and your rights.",
]
IMPRINT_EN = [
    "{co} GmbH, Musterstraße 1, 10115 Berlin. Managing directors: A. Example, B. Sample. Commercial register: "
    "Amtsgericht Berlin HRB 12345. VAT ID DE123456789.",
    "Responsible for content according to § 18 MStV: A. Example. Contact: info@example.test. Data protection "
    "questions: see our privacy policy; our data protection officer can be reached at dpo@example.test.",
]
