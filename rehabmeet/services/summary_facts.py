"""Word the case facts for the summary sheet (type, question, age, caseworker, companion, waiting time)."""

from __future__ import annotations

from datetime import date

from rehabmeet.domain.citizen import masked_cpr
from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.models import CaseVersion
from rehabmeet.services.cases import CaseDetail
from rehabmeet.summary.minimise import Withholding
from rehabmeet.summary.selection import DocumentInfo, Selection
from rehabmeet.summary.sheet import SheetFact, SummarySheet, build_documents, build_sections


def _t(text: str) -> str:
    return translate("Summary", text)


def _facts(detail: CaseDetail) -> tuple[SheetFact, ...]:
    yes, no = _t(QT_TRANSLATE_NOOP("Summary", "yes")), _t(QT_TRANSLATE_NOOP("Summary", "no"))
    age = _t(QT_TRANSLATE_NOOP("Summary", "{age} years (born {born}); CPR {cpr}")).format(
        age=detail.citizen_age, born=detail.citizen_birth_date.strftime("%d.%m.%Y"), cpr=masked_cpr(detail.citizen_cpr)
    )
    waiting = _t(QT_TRANSLATE_NOOP("Summary", "{days} days since the preparatory part was signed ({signed})")).format(
        days=detail.waiting_days, signed=detail.preparatory_part_signed_on.strftime("%d.%m.%Y")
    )
    caseworker = detail.caseworker + (f", {detail.caseworker_unit}" if detail.caseworker_unit else "")
    rows = [
        (QT_TRANSLATE_NOOP("Summary", "Citizen"), age),
        (
            QT_TRANSLATE_NOOP("Summary", "Own job goal"),
            detail.own_job_goal or _t(QT_TRANSLATE_NOOP("Summary", "not stated")),
        ),
        (QT_TRANSLATE_NOOP("Summary", "Vocational qualification"), yes if detail.has_vocational_qualification else no),
        (QT_TRANSLATE_NOOP("Summary", "Caseworker"), caseworker),
        (
            QT_TRANSLATE_NOOP("Summary", "Companion"),
            detail.companion or _t(QT_TRANSLATE_NOOP("Summary", "none announced")),
        ),
        (QT_TRANSLATE_NOOP("Summary", "Interpreter"), yes if detail.needs_interpreter else no),
        (QT_TRANSLATE_NOOP("Summary", "Waiting time"), waiting),
        (
            QT_TRANSLATE_NOOP("Summary", "Education member (UU)"),
            _t(QT_TRANSLATE_NOOP("Summary", "must attend"))
            if detail.education_member_required
            else _t(QT_TRANSLATE_NOOP("Summary", "not required")),
        ),
    ]
    return tuple(SheetFact(_t(key), value) for key, value in rows)


def sheet_for(
    detail: CaseDetail,
    version: CaseVersion,
    infos: list[DocumentInfo],
    selection: Selection,
    cap: int,
    made_on: date,
    withholding: Withholding | None = None,
) -> SummarySheet:
    """Return the summary sheet of ``version`` with the given meeting set.

    Only the documents in ``infos`` are this reader's; a section citing any other document of the
    version is withheld (see :func:`rehabmeet.summary.sheet.build_sections`), and so are the pages and
    sections ``withholding`` names (:mod:`rehabmeet.summary.minimise`).
    """
    withheld = frozenset(d.doc_key for d in version.documents) - {info.doc_key for info in infos}
    pages = dict(withholding.pages or {}) if withholding is not None else {}
    hidden_sections = withholding.sections if withholding is not None else frozenset()
    texts = {
        s.section: (s.text, [(str(src["document"]), int(src["page"])) for src in s.sources])
        for s in version.summary_sections
    }
    findings = tuple(f"{f.message} ({f.check_id})" for f in detail.row.findings)
    return SummarySheet(
        case_ref=detail.row.case_ref,
        version=detail.row.version,
        citizen_name=detail.row.citizen_name,
        case_type=label(detail.row.case_type),
        question=detail.question_to_team,
        facts=_facts(detail),
        findings=findings,
        sections=build_sections(texts, infos, selection, withheld, frozenset(pages), hidden_sections),
        documents=build_documents(infos, {d.doc_key: d.title for d in version.documents}, selection, pages),
        page_cap=cap,
        municipality=version.municipality,
        made_on=made_on,
    )
