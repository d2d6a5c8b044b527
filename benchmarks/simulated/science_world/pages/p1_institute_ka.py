"""TIBR, a biomedical research institute in Tbilisi: Wagtail 5 (Django) with a Bootstrap 5 theme, Georgian.

The legal page is a Wagtail `LegalPage` whose StreamField body renders block by block (`<div class="block-...">`,
the contrib TableBlock's `<table>`). Per visit: Django's masked `csrfmiddlewaretoken` in the sidebar's newsletter
form. Derived from the date: the "upcoming seminars" list (next three Thursday seminars) in the sidebar and the
footer's copyright year. Sticky: the ManifestStaticFilesStorage hashes of the CSS/JS (a deploy now and then) and
the "latest publications" feed. Everything volatile sits outside the declared `article.legal-page`.
"""
import datetime as dt
import html

import common as C

MONTHS = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
          "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
MON_SHORT = ["იან", "თებ", "მარ", "აპრ", "მაი", "ივნ", "ივლ", "აგვ", "სექ", "ოქტ", "ნოე", "დეკ"]
WEEKDAYS = ["ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"]


def fmt_date(d):
    return "%d წლის %d %s" % (d.year, d.day, MONTHS[d.month - 1])


POLICY = """
# კონფიდენციალურობის პოლიტიკა

ბოლო განახლება: {UPDATED}

თბილისის ბიოსამედიცინო კვლევის ინსტიტუტი (შემდგომში „ინსტიტუტი“ ან „ჩვენ“) პატივს სცემს ვებგვერდის მომხმარებლების, სემინარებისა და კონფერენციების მონაწილეების, ვაკანსიებზე განმცხადებლებისა და პარტნიორების პირად ცხოვრებას. ეს პოლიტიკა განმარტავს, რა პერსონალურ მონაცემებს ვაგროვებთ ვებგვერდის www.tibr.org.ge, ელექტრონული ბიულეტენისა და ღონისძიებებზე რეგისტრაციის მეშვეობით, რა მიზნით ვამუშავებთ მათ, ვის შეიძლება გადაეცეს ისინი და რა უფლებები გაქვთ.

პერსონალურ მონაცემებს ვამუშავებთ „პერსონალურ მონაცემთა დაცვის შესახებ“ საქართველოს კანონისა და, როცა ეს გამოიყენება, ევროკავშირის მონაცემთა დაცვის ზოგადი რეგულაციის (GDPR) შესაბამისად.

## 1. ვინ ვართ ჩვენ

მონაცემთა დამმუშავებელია:

@ ა(ა)იპ თბილისის ბიოსამედიცინო კვლევის ინსტიტუტი
@ საიდენტიფიკაციო კოდი: 404512873
@ დავით აღმაშენებლის გამზირი 179ა, 0112 თბილისი, საქართველო
@ ელ. ფოსტა: privacy@tibr.org.ge

პერსონალურ მონაცემთა დაცვის ოფიცერს შეგიძლიათ მისწეროთ მისამართზე [dpo@tibr.org.ge](mailto:dpo@tibr.org.ge) ან დაუკავშირდეთ ტელეფონით: +995 32 224 18 60 (ორშაბათიდან პარასკევამდე, 10:00–17:00).

## 2. რა მონაცემებს ვაგროვებთ

### 2.1. ვებგვერდის მონახულებისას

- IP მისამართი, ბრაუზერის ტიპი და ვერსია, ოპერაციული სისტემა და ენის პარამეტრები;
- მონახულებული გვერდები, მონახულების თარიღი და დრო, ასევე გვერდი, საიდანაც გადმოხვედით;
- ქუქი-ფაილებში შენახული იდენტიფიკატორები (იხ. მე-7 ნაწილი).

### 2.2. როცა გვიკავშირდებით ან რეგისტრირდებით

- სახელი, გვარი, ელექტრონული ფოსტის მისამართი და ტელეფონის ნომერი;
- ორგანიზაცია, თანამდებობა და სამეცნიერო ხარისხი;
- სემინარზე, სკოლაზე ან კონფერენციაზე რეგისტრაციის მონაცემები, მათ შორის კვებასა და ხელმისაწვდომობასთან დაკავშირებული მოთხოვნები, თუ მათ თავად მიუთითებთ;
- ვაკანსიაზე ან სტაჟირებაზე განაცხადის დოკუმენტები: ავტობიოგრაფია (CV), სამოტივაციო წერილი, რეკომენდაციები და პუბლიკაციების სია.

### 2.3. კვლევის მონაწილეები

კლინიკურ და ეპიდემიოლოგიურ კვლევებში მონაწილეთა მონაცემები, მათ შორის ჯანმრთელობის მონაცემები, ამ ვებგვერდის მეშვეობით არ გროვდება. მათ დამუშავებას არეგულირებს თითოეული კვლევის ინფორმირებული თანხმოის ფორმა, რომელიც დამტკიცებულია ინსტიტუტის ბიოეთიკის კომისიის მიერ. ასეთ კვლევასთან დაკავშირებული კითხვებით მიმართეთ კვლევის მთავარ მკვლევარს ან ბიოეთიკის კომისიას მისამართზე [ethics@tibr.org.ge](mailto:ethics@tibr.org.ge).

### 2.4. მომხსენებლები და სტუმარი მკვლევრები

სემინარის ან კონფერენციის მომხსენებლის შემთხვევაში ვებგვერდზე ვაქვეყნებთ თქვენს სახელს, გვარს, აფილიაციას, მოხსენების სათაურსა და ანოტაციას, ასევე, თქვენი თანხმობით, ფოტოსურათს და მოკლე ბიოგრაფიას. სტუმარი მკვლევრების ვიზისა და განთავსების ორგანიზებისთვის შეიძლება დაგვჭირდეს პასპორტის მონაცემები, რომლებსაც მხოლოდ ამ მიზნით ვიყენებთ და ვიზიტის დასრულებიდან 1 წლის შემდეგ ვშლით.

## 3. დამუშავების მიზნები და სამართლებრივი საფუძვლები

| მიზანი | მონაცემები | სამართლებრივი საფუძველი |
| ვებგვერდის უსაფრთხო და გამართული ფუნქციონირება | IP მისამართი, ტექნიკური ჟურნალები | ჩვენი კანონიერი ინტერესი |
| სემინარებსა და ღონისძიებებზე რეგისტრაცია | საკონტაქტო მონაცემები, ორგანიზაცია | ხელშეკრულების შესრულება |
| ელექტრონული ბიულეტენის გაგზავნა | ელ. ფოსტა, სახელი | თქვენი თანხმობა |
| ვაკანსიებზე კანდიდატების შერჩევა | CV და განაცხადის სხვა დოკუმენტები | ხელშეკრულების დადებამდე გადადგმული ნაბიჯები |
| ანგარიშგება დონორებისა და საგრანტო ორგანიზაციების წინაშე | მონაწილეთა რაოდენობა, ორგანიზაციები | სამართლებრივი და სახელშეკრულებო ვალდებულება |
| ვებგვერდის გამოყენების სტატისტიკა | ანალიტიკური ქუქი-ფაილები | თქვენი თანხმობა |

მონაცემებს არ ვიყენებთ ავტომატიზებული გადაწყვეტილების მისაღებად, მათ შორის პროფაილინგისთვის. თუ მონაცემების დამუშავება გვსურს ისეთი მიზნით, რომელიც აქ არ არის აღწერილი, ამის შესახებ წინასწარ გაცნობებთ და, საჭიროების შემთხვევაში, თქვენს თანხმობას ვითხოვთ.

## 4. ვის ვუზიარებთ მონაცემებს

თქვენს მონაცემებს არ ვყიდით და არ ვაქირავებთ. ისინი შეიძლება გადაეცეს მხოლოდ:

- IT და საკომუნიკაციო მომსახურების მომწოდებლებს, რომლებიც ჩვენი დავალებით და წერილობითი ხელშეკრულების საფუძველზე მოქმედებენ;
- საგრანტო ორგანიზაციებს, მაგალითად, შოთა რუსთაველის საქართველოს ეროვნულ სამეცნიერო ფონდს ან ევროკავშირის პროგრამა „ჰორიზონტ ევროპას“, როცა ეს საგრანტო ხელშეკრულებით არის გათვალისწინებული;
- პარტნიორ უნივერსიტეტებს, თუ ღონისძიებას ერთობლივად ვაწყობთ და ამის შესახებ რეგისტრაციისას გაცნობებთ;
- სახელმწიფო ორგანოებს, თუ ამას კანონი მოითხოვს.

ამჟამად ვიყენებთ შემდეგ უფლებამოსილ პირებს (დამმუშავებლებს):

| მომწოდებელი | მომსახურება | მონაცემების მდებარეობა |
| Hetzner Online GmbH | ვებგვერდისა და მონაცემთა ბაზის ჰოსტინგი | გერმანია |
| Google Ireland Limited | ვებანალიტიკა (Google Analytics 4) | ირლანდია / აშშ |
| The Rocket Science Group LLC (Mailchimp) | ელექტრონული ბიულეტენი | აშშ |
| Zoom Video Communications, Inc. | ონლაინ სემინარები და ვებინარები | აშშ |

## 5. მონაცემების გადაცემა საზღვარგარეთ

როცა მონაცემები გადაეცემა ქვეყანაში, რომელიც მონაცემთა დაცვის სათანადო სტანდარტს არ უზრუნველყოფს, ვიყენებთ ევროკომისიის მიერ დამტკიცებულ სტანდარტულ სახელშეკრულებო პირობებს ან კანონით გათვალისწინებულ სხვა გარანტიებს. ამ გარანტიების ასლი შეგიძლიათ მოითხოვოთ ზემოთ მითითებულ მისამართზე.

## 6. შენახვის ვადები

- ვებსერვერის ტექნიკური ჟურნალები — 90 დღე;
- ღონისძიებაზე რეგისტრაციის მონაცემები — ღონისძიების დასრულებიდან 2 წელი, ხოლო საგრანტო ანგარიშგებისთვის საჭირო სიები — პროექტის დახურვიდან 5 წელი;
- ბიულეტენის გამოწერის მონაცემები — გამოწერის გაუქმებამდე;
- კანდიდატების დოკუმენტები — შერჩევის დასრულებიდან 6 თვე, თუ უფრო ხანგრძლივ შენახვაზე თანხმობა არ მოგვეცით.

ვადის გასვლის შემდეგ მონაცემებს ვშლით ან ისე ვაანონიმურებთ, რომ თქვენი იდენტიფიცირება აღარ იყოს შესაძლებელი.

## 7. ქუქი-ფაილები

ჩვენი ვებგვერდი იყენებს მხოლოდ აუცილებელ ქუქი-ფაილებს (მაგალითად, ფორმების დაცვისა და ენის არჩევანის დასამახსოვრებლად) და, თქვენი თანხმობის შემთხვევაში, Google Analytics-ის ანალიტიკურ ქუქი-ფაილებს. ანალიტიკური ქუქი-ფაილები არ ინახება მანამ, სანამ ბანერზე ღილაკს „თანხმობა“ არ დააჭერთ.

თანხმობის გაუქმება ნებისმიერ დროს შეგიძლიათ ვებგვერდის ქვედა ნაწილში არსებული ბმულით „ქუქი-ფაილების პარამეტრები“, ხოლო ქუქი-ფაილების წაშლა ან დაბლოკვა — ბრაუზერის პარამეტრებიდან.

## 8. თქვენი უფლებები

კანონით დადგენილ ფარგლებში გაქვთ უფლება:

- მიიღოთ ინფორმაცია თქვენი მონაცემების დამუშავების შესახებ და მათი ასლი;
- მოითხოვოთ არაზუსტი ან არასრული მონაცემების გასწორება და განახლება;
- მოითხოვოთ მონაცემების წაშლა, დაბლოკვა ან დამუშავების შეწყვეტა;
- ნებისმიერ დროს გამოიხმოთ თანხმობა, რაც არ მოქმედებს გამოხმობამდე განხორციელებული დამუშავების კანონიერებაზე;
- მიმართოთ პერსონალურ მონაცემთა დაცვის სამსახურს ([personaldata.ge](https://personaldata.ge)) ან სასამართლოს.

მოთხოვნის გასაგზავნად მოგვწერეთ მისამართზე [privacy@tibr.org.ge](mailto:privacy@tibr.org.ge). მოთხოვნას განვიხილავთ და პასუხს გაგცემთ არაუგვიანეს 10 სამუშაო დღისა. პირადობის დასადასტურებლად შეიძლება დამატებითი ინფორმაცია მოგთხოვოთ.

## 9. არასრულწლოვნები

ჩვენი ვებგვერდი და ღონისძიებები განკუთვნილია ზრდასრული პირებისთვის. სკოლის მოსწავლეებისთვის განკუთვნილ ღონისძიებებზე, მაგალითად, მეცნიერების ფესტივალზე ან ღია კარის დღეზე, 16 წლამდე მონაწილის რეგისტრაციას ვითხოვთ მხოლოდ მშობლის ან კანონიერი წარმომადგენლის თანხმობით. თუ აღმოაჩენთ, რომ ბავშვის მონაცემები ასეთი თანხმობის გარეშე მოგვაწოდეს, დაგვიკავშირდით და მათ დაუყოვნებლივ წავშლით.

## 10. მონაცემთა უსაფრთხოება

მონაცემებს ვიცავთ ტექნიკური და ორგანიზაციული ზომებით: ვებგვერდთან კავშირი დაშიფრულია (TLS), მონაცემთა ბაზებზე წვდომა აქვთ მხოლოდ იმ თანამშრომლებს, რომლებსაც ეს სამუშაოსთვის სჭირდებათ, სარეზერვო ასლები ინახება დაშიფრული სახით, ხოლო თანამშრომლები ყოველწლიურად გადიან მომზადებას მონაცემთა დაცვის საკითხებში.

## 11. პოლიტიკის ცვლილებები

ეს პოლიტიკა შეიძლება განახლდეს ჩვენი საქმიანობის ან კანონმდებლობის ცვლილებისას. მიმდინარე ვერსია ყოველთვის ამ გვერდზეა გამოქვეყნებული, ხოლო მნიშვნელოვანი ცვლილებების შესახებ ბიულეტენის გამომწერებს ელექტრონული ფოსტით შევატყობინებთ. პოლიტიკის წინა ვერსიები შეგიძლიათ მოითხოვოთ მისამართზე [privacy@tibr.org.ge](mailto:privacy@tibr.org.ge).

თუ ამ პოლიტიკის ქართულ და ინგლისურ ვერსიებს შორის შეუსაბამობა აღმოჩნდება, უპირატესობა ქართულ ვერსიას ენიჭება.
"""

EDITS = [
    {"note": "typo fixed in 2.3 (თანხმოის -> თანხმობის), date kept", "bump": False,
     "repl": [("ინფორმირებული თანხმოის ფორმა", "ინფორმირებული თანხმობის ფორმა")]},
    {"note": "Microsoft 365 added to the processors table",
     "repl": [("| Zoom Video Communications, Inc. | ონლაინ სემინარები და ვებინარები | აშშ |",
               "| Zoom Video Communications, Inc. | ონლაინ სემინარები და ვებინარები | აშშ |\n"
               "| Microsoft Ireland Operations Limited | ელ. ფოსტა და Microsoft Teams | ირლანდია / ევროკავშირი |")]},
    {"note": "new section on photo and video recording of seminars inserted before the retention section",
     "repl": [("## 11. პოლიტიკის ცვლილებები", "## 12. პოლიტიკის ცვლილებები"),
              ("## 10. მონაცემთა უსაფრთხოება", "## 11. მონაცემთა უსაფრთხოება"),
              ("## 9. არასრულწლოვნები", "## 10. არასრულწლოვნები"),
              ("## 8. თქვენი უფლებები", "## 9. თქვენი უფლებები"),
              ("## 7. ქუქი-ფაილები", "## 8. ქუქი-ფაილები"),
              ("(იხ. მე-7 ნაწილი)", "(იხ. მე-8 ნაწილი)"),
              ("## 6. შენახვის ვადები",
               "## 6. სემინარების ფოტო და ვიდეოჩანაწერები\n\n"
               "ღია სემინარები და საჯარო ლექციები შეიძლება ჩაიწეროს და გამოქვეყნდეს ინსტიტუტის YouTube-არხსა და "
               "ვებგვერდზე. ჩაწერის შესახებ დარბაზის შესასვლელთან და ონლაინ შეხვედრის დაწყებისას გაფრთხილებთ. თუ არ "
               "გსურთ კადრში მოხვედრა, დაიკავეთ ადგილი მონიშნულ რიგებში ან ონლაინ შეხვედრისას გამორთეთ კამერა. "
               "ჩანაწერიდან თქვენი გამოსახულების ამოღება შეგიძლიათ მოითხოვოთ ნებისმიერ დროს.\n\n"
               "## 7. შენახვის ვადები")]},
    {"note": "retention of web server logs shortened from 90 to 30 days",
     "repl": [("- ვებსერვერის ტექნიკური ჟურნალები — 90 დღე;", "- ვებსერვერის ტექნიკური ჟურნალები — 30 დღე;")]},
    {"note": "DPO phone number and office hours changed",
     "repl": [("+995 32 224 18 60 (ორშაბათიდან პარასკევამდე, 10:00–17:00)",
               "+995 32 219 07 45 (ორშაბათიდან პარასკევამდე, 10:00–18:00)")]},
    {"note": "reference to the new 2023 data protection law (in force 1 March 2024)",
     "repl": [("პერსონალურ მონაცემებს ვამუშავებთ „პერსონალურ მონაცემთა დაცვის შესახებ“ საქართველოს კანონისა",
               "პერსონალურ მონაცემებს ვამუშავებთ 2023 წლის 14 ივნისის „პერსონალურ მონაცემთა დაცვის შესახებ“ "
               "საქართველოს კანონისა (ძალაშია 2024 წლის 1 მარტიდან)")]},
]

SEMINARS = [
    ("ნინო ბერიძე", "ფაგოთერაპია ანტიბიოტიკორეზისტენტული ინფექციების დროს"),
    ("Prof. Martin Keller", "Single-cell transcriptomics of the aging hippocampus"),
    ("გიორგი ლომიძე", "ტუბერკულოზის მოლეკულური ეპიდემიოლოგია საქართველოში"),
    ("თამარ ქავთარაძე", "ჰეპატიტი C-ის ელიმინაციის პროგრამის შედეგები"),
    ("Dr. Elena Popescu", "CRISPR screens in primary T cells"),
    ("ლევან გოგიჩაიშვილი", "ანტიმიკრობული პეპტიდები: სტრუქტურა და ფუნქცია"),
    ("ანა მაისურაძე", "ნეიროანთებითი მარკერები პარკინსონის დაავადებისას"),
    ("დავით ჩხეიძე", "ბიოინფორმატიკული პაიპლაინები Nextflow-ზე"),
    ("Dr. Yusuf Demir", "Cryo-EM structures of bacterial efflux pumps"),
    ("მარიამ ჯაფარიძე", "მიკრობიომი და მეტაბოლური სინდრომი"),
    ("ირაკლი წიკლაური", "ზოონოზური ინფექციების მონიტორინგი კავკასიაში"),
    ("ეკა სულაბერიძე", "ბიობანკის მართვა და მონაცემთა ეთიკა"),
    ("Prof. Sarah Lindqvist", "Organoid models of cystic fibrosis"),
]

PUBS = [
    ("Phage cocktail efficacy against multidrug-resistant Pseudomonas aeruginosa isolates", "Viruses", "2023"),
    ("Hepatitis C reinfection after successful treatment in Georgia: a cohort study", "J Viral Hepat", "2022"),
    ("Genomic surveillance of Mycobacterium tuberculosis lineage 2 in the South Caucasus", "Microb Genom", "2023"),
    ("Serum neurofilament light chain in early Parkinson's disease", "Mov Disord", "2022"),
    ("Antimicrobial peptides from Caucasian amphibian skin secretions", "Peptides", "2024"),
    ("Gut microbiota composition in Georgian adults with metabolic syndrome", "Nutrients", "2023"),
    ("Seroprevalence of Crimean-Congo haemorrhagic fever virus in livestock workers", "Vector Borne Zoonotic Dis", "2021"),
    ("A reproducible Nextflow pipeline for phage genome annotation", "Bioinformatics", "2024"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    d = when.date()
    ahead = (3 - d.weekday()) % 7 or 7
    nxt = [d + dt.timedelta(days=ahead + 7 * k) for k in range(3)]
    sem = tuple((x.isoformat(),) + SEMINARS[(x.toordinal() // 7) % len(SEMINARS)] for x in nxt)
    return {
        "csrf": C.alnum(rng, 64),
        "seminars": sem,
        "year": when.year,
        "static": C.keep_or(rng, prev.get("static"), 0.12, lambda: (C.hexs(rng, 12), C.hexs(rng, 12))),
        "pubs": C.keep_or(rng, prev.get("pubs"), 0.3, lambda: tuple(rng.sample(range(len(PUBS)), 3))),
    }


LABELS = {"csrf": "csrfmiddlewaretoken of the newsletter form", "seminars": "upcoming seminars list",
          "year": "footer copyright year", "static": "hashed static file names (deploy)",
          "pubs": "latest publications feed"}


def body_html(blocks):
    out = []
    for b in blocks[1:]:
        kind = b[0]
        if kind in ("h2", "h3"):
            out.append('<div class="block-heading">%s</div>' % C.block_html(b))
        elif kind == "table":
            rows = b[1]
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in rows[0])
            body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in rows[1:])
            out.append('<div class="block-table"><div class="table-responsive"><table class="table table-striped">'
                       "\n<thead>\n<tr>%s</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table></div></div>" % (head, body))
        elif kind == "addr":
            out.append('<div class="block-address"><address>%s</address></div>'
                       % "<br>\n".join(C.inline_html(x) for x in b[1]))
        else:
            out.append('<div class="block-paragraph">%s</div>' % C.block_html(b))
    return "\n".join(out)


def render(s, blocks, when):
    css, js = s["static"]
    sem = "\n".join(
        '<li class="seminar-list__item"><time datetime="%sT16:00:00+04:00" class="seminar-list__date">'
        '<span class="day">%d</span> <span class="month">%s</span></time>'
        '<div class="seminar-list__body"><p class="seminar-list__speaker">%s</p>'
        '<a class="seminar-list__title stretched-link" href="/ka/seminars/%s/">%s</a>'
        '<p class="seminar-list__meta">%s, 16:00 · აუდიტორია 204 / Zoom</p></div></li>'
        % (d, int(d[8:]), MON_SHORT[int(d[5:7]) - 1], html.escape(sp), d, html.escape(t),
           WEEKDAYS[dt.date.fromisoformat(d).weekday()]) for d, sp, t in s["seminars"])
    pubs = "\n".join(
        '<li><a href="/ka/publications/%d/">%s</a> <span class="text-muted">— <em>%s</em>, %s</span></li>'
        % (1200 + k, html.escape(PUBS[k][0]), PUBS[k][1], PUBS[k][2]) for k in s["pubs"])
    title = blocks[0][1]
    return """<!DOCTYPE html>
<html lang="ka" class="no-js">
<head>
<meta charset="utf-8">
<title>%(title)s | თბილისის ბიოსამედიცინო კვლევის ინსტიტუტი</title>
<meta name="description" content="">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.tibr.org.ge/ka/privacy-policy/">
<link rel="alternate" hreflang="ka" href="https://www.tibr.org.ge/ka/privacy-policy/">
<link rel="alternate" hreflang="en" href="https://www.tibr.org.ge/en/privacy-policy/">
<link rel="icon" href="/static/img/favicon.3b1e0f6a7c2d.png">
<link rel="stylesheet" href="/static/css/tibr.%(css)s.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9TB4X"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-7QK2M9TB4X', {'anonymize_ip': true});
</script>
</head>
<body class="template-legal-page">
<a class="visually-hidden-focusable" href="#main">გადასვლა მთავარ შინაარსზე</a>
<header class="site-header">
<div class="topbar bg-dark text-white small">
<div class="container d-flex justify-content-between">
<span><i class="bi bi-geo-alt"></i> დ. აღმაშენებლის გამზ. 179ა, თბილისი</span>
<ul class="list-inline mb-0 lang-switch"><li class="list-inline-item"><a class="active" href="/ka/privacy-policy/" lang="ka">ქარ</a></li><li class="list-inline-item"><a href="/en/privacy-policy/" lang="en">ENG</a></li></ul>
</div>
</div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
<div class="container">
<a class="navbar-brand" href="/ka/"><img src="/media/images/tibr-logo.width-240.png" width="240" height="56" alt="TIBR — თბილისის ბიოსამედიცინო კვლევის ინსტიტუტი"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="მენიუ"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav">
<ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="/ka/about/">ინსტიტუტი</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/research/">კვლევა</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/labs/">ლაბორატორიები</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/publications/">პუბლიკაციები</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/seminars/">სემინარები</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/vacancies/">ვაკანსიები</a></li>
<li class="nav-item"><a class="nav-link" href="/ka/contact/">კონტაქტი</a></li>
</ul>
<form class="d-flex ms-lg-3" action="/ka/search/" method="get" role="search"><input class="form-control form-control-sm" type="search" name="query" placeholder="ძიება" aria-label="ძიება"></form>
</div>
</div>
</nav>
</header>
<main id="main">
<div class="container py-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/ka/">მთავარი</a></li><li class="breadcrumb-item active" aria-current="page">%(title)s</li></ol></nav>
<div class="row g-5">
<article class="col-lg-8 legal-page">
<h1 class="page-title">%(title)s</h1>
%(body)s
</article>
<aside class="col-lg-4 sidebar">
<section class="sidebar-box seminar-list">
<h2 class="sidebar-box__title">მომავალი სემინარები</h2>
<ul class="list-unstyled">
%(sem)s
</ul>
<a class="btn btn-outline-primary btn-sm" href="/ka/seminars/">ყველა სემინარი</a>
</section>
<section class="sidebar-box latest-pubs">
<h2 class="sidebar-box__title">უახლესი პუბლიკაციები</h2>
<ul class="list-unstyled small">
%(pubs)s
</ul>
</section>
<section class="sidebar-box newsletter">
<h2 class="sidebar-box__title">ბიულეტენი</h2>
<p class="small">მიიღეთ ინფორმაცია სემინარების, ვაკანსიებისა და ახალი პუბლიკაციების შესახებ.</p>
<form method="post" action="/ka/newsletter/subscribe/" class="newsletter-form">
<input type="hidden" name="csrfmiddlewaretoken" value="%(csrf)s">
<label class="visually-hidden" for="id_email">ელ. ფოსტა</label>
<input type="email" name="email" class="form-control mb-2" placeholder="ელ. ფოსტა" required id="id_email">
<div class="form-check small"><input type="checkbox" name="consent" class="form-check-input" required id="id_consent"><label class="form-check-label" for="id_consent">ვეთანხმები <a href="/ka/privacy-policy/">კონფიდენციალურობის პოლიტიკას</a></label></div>
<button type="submit" class="btn btn-primary btn-sm mt-2">გამოწერა</button>
</form>
</section>
</aside>
</div>
</div>
</main>
<footer class="site-footer bg-dark text-white-50 py-5">
<div class="container">
<div class="row">
<div class="col-md-5">
<p class="text-white fw-bold">თბილისის ბიოსამედიცინო კვლევის ინსტიტუტი</p>
<p>დავით აღმაშენებლის გამზირი 179ა, 0112 თბილისი<br>ტელ.: +995 32 224 18 00<br>info@tibr.org.ge</p>
</div>
<div class="col-md-4">
<ul class="list-unstyled">
<li><a href="/ka/privacy-policy/">კონფიდენციალურობის პოლიტიკა</a></li>
<li><a href="/ka/terms/">ვებგვერდის გამოყენების პირობები</a></li>
<li><a href="#" data-cc="show-preferencesModal">ქუქი-ფაილების პარამეტრები</a></li>
<li><a href="/ka/open-access/">ღია წვდომის პოლიტიკა</a></li>
</ul>
</div>
<div class="col-md-3 funders">
<img src="/media/images/srnsfg.height-48.png" height="48" alt="შოთა რუსთაველის საქართველოს ეროვნული სამეცნიერო ფონდი">
<img src="/media/images/eu-horizon.height-48.png" height="48" alt="Horizon Europe">
</div>
</div>
<p class="small mt-4 mb-0">© 2009–%(year)d TIBR. ყველა უფლება დაცულია.</p>
</div>
</footer>
<script src="/static/js/tibr.%(js)s.js"></script>
<script src="/static/js/cookieconsent.umd.3f0c6e5b2a91.js"></script>
</body>
</html>
""" % {"title": html.escape(title), "css": css, "js": js, "body": body_html(blocks), "sem": sem, "pubs": pubs,
       "csrf": s["csrf"], "year": s["year"]}


PAGE = {
    "service": "TIBR",
    "url": "https://www.tibr.org.ge/ka/privacy-policy/",
    "lang": "ka",
    "platform": "Wagtail 5 (Django), Bootstrap 5 theme",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Frame-Options", "DENY"), ("Vary", "Cookie, Accept-Language"),
                      ("Content-Language", "ka"), ("Referrer-Policy", "same-origin"),
                      ("Cross-Origin-Opener-Policy", "same-origin")),
    "n": 30,
    "start": dt.date(2021, 3, 1),
    "end": dt.date(2024, 2, 28),
    "policy": POLICY,
    "first_updated": dt.date(2020, 11, 16),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.tibr.org.ge/ka/privacy-policy/", "select": "article.legal-page"},
}
