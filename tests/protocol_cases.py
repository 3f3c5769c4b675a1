"""Realistic counselling cases for the protocol tests, entered through the Store API.

One case per protocol language (de, en, ar, fa, uk, ru, tr): a client with a name in
Latin letters and in the original script, a foreign qualification with a recognition
procedure and its documents, next steps, a referral, a self-assessment and a next
appointment — as a counsellor would enter them, then finalised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from iqtui.domain.codes import ConsentPurpose
from iqtui.store import Store


@dataclass(frozen=True)
class Case:
    """What a test needs to know about an entered case."""

    language: str
    client_id: str
    contact_id: str
    latin_name: str
    original_name: str
    steps: tuple[str, ...]
    qualification_titles: tuple[str, ...] = field(default=())


def _in(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).strftime("%d.%m.%Y")


CASES: dict[str, dict[str, Any]] = {
    "ar": {
        "client": {
            "family_name": "Al-Ali",
            "given_names": "Mohammed Ahmad",
            "name_original": "محمد أحمد العلي",
            "birth_year": 1988,
            "nationality_1": "SY",
            "document_language": "ar",
            "german_certificate": "B1",
            "german_certificate_name": "telc Deutsch B1",
            "goal": "Als Bauingenieur in einem Planungsbüro in Köln arbeiten.",
            "goal_occupation": "Bauingenieur",
        },
        "contact": {
            "language": "ar",
            "format": "mobile",
            "place": "Bürgerzentrum Ehrenfeld, Köln",
            "interpreter": "yes",
            "topics": ["rec_options", "rec_application", "rec_subsidiary"],
            "concern": "أريد أن أعمل مهندساً مدنياً في ألمانيا. درست في جامعة حلب (2012) "
            "وعملت 8 سنوات في شركة بناء. ما هي الخطوات للاعتراف بشهادتي؟",
            "next_appointment_time": "10:30",
            "next_appointment_note": "Bitte alle Zeugnisse im Original mitbringen.",
        },
        "qualification": {
            "qualification_type": "bachelor",
            "country": "SY",
            "title_original": "بكالوريوس في الهندسة المدنية",
            "title_german": "Bachelor Bauingenieurwesen",
            "institution": "جامعة حلب",
            "year": 2012,
            "work_experience": "abroad",
            "work_experience_years": 8,
            "reference_occupation": "Bauingenieur/in",
            "regulated": "yes",
            "legal_basis": "state",
        },
        "recognition": {
            "procedure": "gwp",
            "authority_name": "Ingenieurkammer-Bau Nordrhein-Westfalen",
            "authority_address": "Zollhof 2, 40221 Düsseldorf",
            "authority_contact": "anerkennung@ikbaunrw.de",
            "work_bundesland": "NW",
            "funding": ["recognition_grant", "jobcenter"],
        },
        "steps": [
            ("Zeugnisse und Fächerübersicht übersetzen lassen", "client", 21),
            ("Antrag bei der Ingenieurkammer-Bau NRW stellen", "both", 45),
            ("Kostenübernahme beim Jobcenter klären", "counsellor", 14),
        ],
    },
    "fa": {
        "client": {
            "family_name": "Ahmadi",
            "given_names": "Zahra",
            "name_original": "زهرا احمدی",
            "birth_year": 1993,
            "nationality_1": "AF",
            "document_language": "fa",
            "german_certificate": "B2",
            "goal": "Als Pflegefachfrau im Krankenhaus arbeiten.",
            "goal_occupation": "Pflegefachfrau",
        },
        "contact": {
            "language": "fa",
            "format": "on_site",
            "place": "IQ Beratungsstelle Köln",
            "interpreter": "no",
            "topics": ["rec_options", "qual_options"],
            "concern": "من در کابل پرستاری خوانده‌ام (۱۳۹۵) و ۵ سال در بیمارستان کار کرده‌ام. "
            "می‌خواهم در آلمان به عنوان پرستار کار کنم.",
        },
        "qualification": {
            "qualification_type": "bachelor",
            "country": "AF",
            "title_original": "لیسانس پرستاری",
            "title_german": "Bachelor Pflege",
            "year": 2016,
            "work_experience": "abroad",
            "work_experience_years": 5,
            "reference_occupation": "Pflegefachfrau / Pflegefachmann",
            "regulated": "yes",
            "legal_basis": "federal",
        },
        "recognition": {
            "procedure": "gwp",
            "authority_name": "Bezirksregierung Münster, Dezernat 24",
            "authority_address": "Domplatz 1–3, 48143 Münster",
            "work_bundesland": "NW",
            "cost_fees": "450",
            "cost_translation": "320,50",
            "funding": ["recognition_grant"],
        },
        "steps": [
            ("Nachweis über die Berufserfahrung (Arbeitszeugnis) besorgen", "client", 30),
            ("Termin zur Vorbereitung auf die Kenntnisprüfung vereinbaren", "counsellor", 60),
        ],
    },
    "uk": {
        "client": {
            "family_name": "Kovalenko",
            "given_names": "Olena",
            "name_original": "Олена Коваленко",
            "birth_year": 1985,
            "nationality_1": "UA",
            "special_status": ["ukraine_refugee"],
            "document_language": "uk",
            "german_certificate": "A2",
            "goal": "Als Steuerfachangestellte in einer Kanzlei arbeiten.",
        },
        "contact": {
            "language": "uk",
            "format": "digital",
            "place": "Videoberatung",
            "topics": ["rec_options", "rec_funding_sgb"],
            "concern": "Я бухгалтер з Харкова. Чи потрібне мені визнання диплома?",
        },
        "qualification": {
            "qualification_type": "vocational",
            "country": "UA",
            "title_original": "Молодший спеціаліст з бухгалтерського обліку",
            "title_german": "Fachkraft für Buchhaltung",
            "year": 2006,
            "work_experience": "abroad",
            "work_experience_years": 15,
            "reference_occupation": "Steuerfachangestellte/r",
            "regulated": "no",
        },
        "recognition": {
            "procedure": "gwp",
            "authority_name": "IHK FOSA",
            "authority_address": "Ulmenstraße 52g, 90443 Nürnberg",
            "funding": ["jobcenter"],
        },
        "steps": [
            ("Berufssprachkurs B2 beim Jobcenter beantragen", "client", 20),
            ("Antrag bei der IHK FOSA online stellen", "client", 40),
        ],
    },
    "ru": {
        "client": {
            "family_name": "Ivanov",
            "given_names": "Dmitri",
            "name_original": "Дмитрий Иванов",
            "birth_year": 1979,
            "nationality_1": "RU",
            "document_language": "ru",
            "german_certificate": "C1",
            "goal": "Approbation als Arzt erhalten.",
        },
        "contact": {
            "language": "ru",
            "format": "on_site",
            "place": "IQ Beratungsstelle Düsseldorf",
            "topics": ["rec_options", "rec_application"],
            "concern": "Я врач-терапевт (Москва, 2003). Как получить апробацию?",
        },
        "qualification": {
            "qualification_type": "master",
            "country": "RU",
            "title_original": "Врач-лечебник",
            "title_german": "Arzt (Allgemeinmedizin)",
            "year": 2003,
            "work_experience": "abroad",
            "work_experience_years": 18,
            "reference_occupation": "Ärztin / Arzt",
            "regulated": "yes",
            "legal_basis": "federal",
        },
        "recognition": {
            "procedure": "approbation",
            "authority_name": "Bezirksregierung Düsseldorf, Approbationsbehörde",
            "authority_address": "Cecilienallee 2, 40474 Düsseldorf",
            "work_bundesland": "NW",
        },
        "steps": [
            ("Fachsprachprüfung bei der Ärztekammer anmelden", "client", 35),
            ("Führungszeugnis beantragen", "client", 15),
        ],
    },
    "tr": {
        "client": {
            "family_name": "Yılmaz",
            "given_names": "Ayşe",
            "name_original": "Ayşe Yılmaz",
            "birth_year": 1990,
            "nationality_1": "TR",
            "document_language": "tr",
            "german_certificate": "B1",
        },
        "contact": {
            "language": "tr",
            "format": "phone",
            "topics": ["rec_options"],
            "concern": "İzmir'de elektrik teknisyeni olarak eğitim aldım. Almanya'da çalışmak "
            "istiyorum.",
        },
        "qualification": {
            "qualification_type": "vocational",
            "country": "TR",
            "title_original": "Elektrik Teknisyeni",
            "title_german": "Elektrotechniker",
            "year": 2010,
            "work_experience": "both",
            "work_experience_years": 9,
            "reference_occupation": "Elektroniker/in für Energie- und Gebäudetechnik",
            "regulated": "no",
        },
        "recognition": {
            "procedure": "gwp",
            "authority_name": "Handwerkskammer zu Köln",
            "authority_address": "Heumarkt 12, 50667 Köln",
        },
        "steps": [("Lebenslauf auf Deutsch schreiben", "client", 10)],
    },
    "en": {
        "client": {
            "family_name": "Mensah",
            "given_names": "Joseph Kwame",
            "name_original": "Joseph Kwame Mensah",
            "birth_year": 1991,
            "nationality_1": "GH",
            "document_language": "en",
            "german_certificate": "none",
        },
        "contact": {
            "language": "en",
            "format": "on_site",
            "place": "IQ Beratungsstelle Bonn",
            "topics": ["rec_options", "rec_alternatives"],
            "concern": "I have a BSc in Computer Science from KNUST (2014) and want to work "
            "as a software developer.",
        },
        "qualification": {
            "qualification_type": "bachelor",
            "country": "GH",
            "title_original": "BSc Computer Science",
            "title_german": "Bachelor Informatik",
            "year": 2014,
            "work_experience": "abroad",
            "work_experience_years": 6,
            "reference_occupation": "Informatiker/in (Hochschulabschluss)",
            "regulated": "no",
            "legal_basis": "university",
        },
        "recognition": {
            "procedure": "zab",
            "authority_name": "Zentralstelle für ausländisches Bildungswesen (ZAB)",
            "authority_address": "Graurheindorfer Straße 157, 53117 Bonn",
        },
        "steps": [
            ("Zeugnisbewertung bei der ZAB online beantragen", "client", 14),
            ("Bewerbungsunterlagen gemeinsam durchsehen", "both", 28),
        ],
    },
    "de": {
        "client": {
            "family_name": "Nowak",
            "given_names": "Katarzyna",
            "name_original": "Katarzyna Nowak",
            "birth_year": 1987,
            "nationality_1": "PL",
            "document_language": "de",
        },
        "contact": {
            "language": "de",
            "format": "on_site",
            "place": "IQ Beratungsstelle Köln",
            "topics": ["rec_options"],
            "concern": "Anerkennung als Physiotherapeutin (Abschluss in Krakau, 2011).",
        },
        "qualification": {
            "qualification_type": "bachelor",
            "country": "PL",
            "title_original": "Licencjat fizjoterapii",
            "title_german": "Bachelor Physiotherapie",
            "year": 2011,
            "work_experience": "abroad",
            "work_experience_years": 10,
            "reference_occupation": "Physiotherapeut/in",
            "regulated": "yes",
            "legal_basis": "federal",
        },
        "recognition": {
            "procedure": "gwp",
            "authority_name": "Bezirksregierung Düsseldorf",
            "authority_address": "Cecilienallee 2, 40474 Düsseldorf",
            "work_bundesland": "NW",
        },
        "steps": [("Antrag auf Berufserlaubnis stellen", "client", 30)],
    },
}

DOCUMENTS = [
    {"kind": "cv", "status": "to_obtain"},
    {"kind": "identity", "status": "available"},
    {
        "kind": "certificates",
        "status": "translation_needed",
        "note": "Übersetzung durch beeidigte Übersetzer*in",
    },
    {"kind": "work_experience", "status": "missing"},
    {"kind": "other", "label": "Nachweis Praktikum", "status": "available"},
]


def enter_case(store: Store, language: str, *, finalise: bool = True) -> Case:
    """Enter the case for ``language`` as a counsellor would, and (by default) finalise it."""
    data = CASES[language]
    client = store.create_client(data["client"])
    contact = store.start_contact(client.id)
    store.update(
        "contact",
        contact.id,
        {**data["contact"], "next_appointment_date": _in(28)},
    )
    qualification = store.add("qualification", client.id, data["qualification"])
    recognition = store.add("recognition", qualification.id, data["recognition"])
    for document in DOCUMENTS:
        store.add("recognition_document", recognition.id, document)
    for what, owner, days in data["steps"]:
        store.add(
            "plan_step",
            client.id,
            {"what": what, "owner": owner, "due_on": _in(days), "status": "open"},
            contact_id=contact.id,
        )
    store.add(
        "referral",
        client.id,
        {
            "target": "job_german",
            "organisation": "Volkshochschule Köln",
            "purpose": "Berufssprachkurs B2",
            "contact_info": "0221 221-0",
        },
        contact_id=contact.id,
    )
    assessment = store.add(
        "assessment",
        client.id,
        {"instrument": "competence_cards", "strengths": "Teamarbeit, Planung, Genauigkeit"},
        contact_id=contact.id,
    )
    store.add(
        "language_skill", assessment.id, {"language": "de", "skill": "reading", "level": "B1"}
    )
    store.add(
        "competence_item",
        assessment.id,
        {"area": "subject_method", "label": "Baustellen organisieren", "self_rating": "3"},
    )
    store.record_consent(
        client.id,
        ConsentPurpose.PROCESSING,
        True,
        text_language=language,
        medium="signature",
        contact_id=contact.id,
    )
    if finalise:
        store.finalise_contact(contact.id)
    c = data["client"]
    return Case(
        language=language,
        client_id=client.id,
        contact_id=contact.id,
        latin_name=f"{c['given_names']} {c['family_name']}",
        original_name=c["name_original"],
        steps=tuple(step[0] for step in data["steps"]),
        qualification_titles=(data["qualification"]["title_original"],),
    )
