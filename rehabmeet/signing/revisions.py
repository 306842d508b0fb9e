"""What each incremental update of a signed PDF did, judged strictly.

A signed RehabMeet letter is a chain of revisions: the rendered letter with one empty signature
field per signing role, then one revision per signature that does nothing but fill one of those
pre-made fields (and update the document information and XMP dates pyHanko writes). A document
timestamp or added validation data (DSS, for B-LT/B-LTA) may follow. Anything else after the
first signature — a new field, a new or changed annotation or appearance, a changed page,
content stream, font or metadata — is a change after signing, reported with the revision it is in.

The judgement is pyHanko's difference analysis (``StandardDiffPolicy``) with stricter rule sets
than its default, which accepts new signature fields with appearances ("signing and form filling")
and so let an overlay pass (issue 16, findings 1 and 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

#: Object types named in "changed after signing: …" messages.
_ANNOT_NAMES = {
    "/Widget": "widget annotation",
    "/FreeText": "text annotation",
    "/Text": "note annotation",
    "/Stamp": "stamp annotation",
    "/Square": "drawn annotation",
    "/Ink": "drawn annotation",
    "/Link": "link annotation",
}


@dataclass(frozen=True, slots=True)
class RevisionCheck:
    """One revision after the first signature.

    Attributes:
        number: 1-based, as a person counts the versions of the file (the rendered letter is 1).
        signature: the field of the signature added in this revision, or ``""`` when none was.
        allowed: the revision only fills the pre-made field of its own signature (or adds validation data).
        changes: what the revision added or changed, in words (``new signature field 'X' on page 1`` …).
        problem: why it is not allowed (pyHanko's finding), ``""`` when allowed.
    """

    number: int
    signature: str
    allowed: bool
    changes: tuple[str, ...]
    problem: str = ""


def check_revisions(reader: Any, embedded: list[Any]) -> tuple[RevisionCheck, ...]:
    """Return a check of every revision after the first signature's (which itself is checked too)."""
    from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification

    if not embedded:
        return ()
    by_revision = {int(sig.signed_revision): sig for sig in embedded}
    first = min(by_revision)
    total = int(reader.xrefs.total_revisions)
    checks: list[RevisionCheck] = []
    for revision in range(max(first, 1), total):
        old = reader.get_historical_resolver(revision - 1)
        new = reader.get_historical_resolver(revision)
        signature = by_revision.get(revision)
        is_timestamp = signature is not None and signature.sig_object_type == "/DocTimeStamp"
        field = str(signature.field_name) if signature is not None else ""
        if signature is None:
            policy, ceiling = _validation_data_policy(), ModificationLevel.LTA_UPDATES
        elif is_timestamp:
            policy, ceiling = _timestamp_policy(), ModificationLevel.LTA_UPDATES
        else:
            policy, ceiling = _signing_policy(certifying=revision == first), ModificationLevel.FORM_FILLING
        problem = ""
        try:
            result = policy.apply(old, new)
        except SuspiciousModification as exc:
            problem = str(exc).split("\n")[0]
        else:
            if result.modification_level > ceiling:
                problem = "more than the signature's own field was changed"
            elif signature is not None and not is_timestamp and set(result.changed_form_fields) - {field}:
                others = ", ".join(sorted(set(result.changed_form_fields) - {field}))
                problem = f"the signature also changed the field(s) {others}"
            elif signature is None and result.changed_form_fields:
                problem = "form fields changed without a signature"
        if signature is not None and not is_timestamp and not problem and not _existed(old, field):
            problem = f"the signature field {field!r} was not in the document before it was signed"
        checks.append(RevisionCheck(revision + 1, field, not problem, describe_changes(old, new), problem))
    return tuple(checks)


def describe_changes(old: Any, new: Any) -> tuple[str, ...]:
    """Return what revision ``new`` added or changed compared with ``old``, one phrase per kind of object."""
    pages = _page_numbers(new)
    phrases: list[str] = []
    for ref in sorted(new.explicit_refs_in_revision(), key=lambda r: (r.idnum, r.generation)):
        existed = old.reader.xrefs.get_historical_ref(ref, old.revision) is not None
        try:
            obj = new(ref)
        except Exception:  # a dangling or malformed object is itself a change worth naming
            phrases.append(f"{'changed' if existed else 'new'} object {ref.idnum}")
            continue
        kind = _kind(obj, pages.get((ref.idnum, ref.generation)))
        if kind is None:
            continue
        phrase = f"{'changed' if existed else 'new'} {kind}"
        if phrase not in phrases:
            phrases.append(phrase)
    for ref in new.refs_freed_in_revision():
        phrases.append(f"removed object {ref.idnum}")
    return tuple(sorted(phrases, key=_weight))


def _weight(phrase: str) -> int:
    """What a reader should see first: fields and annotations, then what is drawn, then bookkeeping."""
    if "field" in phrase or "annotation" in phrase:
        return 0
    if any(word in phrase for word in ("appearance", "content", "page", "font", "image", "removed")):
        return 1
    return 2


def _kind(obj: Any, page_number: int | None) -> str | None:
    from pyhanko.pdf_utils import generic

    if isinstance(obj, generic.StreamObject):
        return _stream_kind(obj)
    if not isinstance(obj, generic.DictionaryObject):
        return "object"
    where = f" on page {page_number}" if page_number else ""
    obj_type, subtype = obj.get("/Type"), obj.get("/Subtype")
    if obj.get("/FT") == "/Sig":
        name = obj.get("/T")
        return f"signature field {str(name)!r}{where}" if name is not None else "signature field"
    if "/FT" in obj:
        return f"form field {str(obj.get('/T', '?'))!r}"
    if subtype in _ANNOT_NAMES or obj_type == "/Annot":
        return f"{_ANNOT_NAMES.get(str(subtype), 'annotation')}{where}"
    if obj_type == "/Page":
        return f"page {page_number}" if page_number else "page"
    return _DICT_KINDS.get(str(obj_type)) or _dict_kind_by_keys(obj)


_DICT_KINDS = {
    "/Pages": "page tree",
    "/Catalog": "document catalogue",
    "/Font": "font",
    "/FontDescriptor": "font",
    "/Sig": "signature value",
    "/DocTimeStamp": "document timestamp",
}


def _dict_kind_by_keys(obj: Any) -> str:
    if "/Fields" in obj:
        return "form (AcroForm)"
    if "/Producer" in obj or "/ModDate" in obj or "/CreationDate" in obj:
        return "document information"
    if "/VRI" in obj or "/OCSPs" in obj or "/CRLs" in obj or "/Certs" in obj:
        return "validation data (DSS)"
    return "object"


def _stream_kind(obj: Any) -> str | None:
    stream_type, subtype = obj.get("/Type"), obj.get("/Subtype")
    if stream_type == "/Metadata" or subtype == "/XML":
        return "metadata (XMP)"
    if subtype == "/Form":
        return "appearance (form XObject)"
    if subtype == "/Image":
        return "image"
    if stream_type in ("/XRef", "/ObjStm"):
        return None
    if "/Length1" in obj or "/Length2" in obj or subtype in ("/Type1C", "/CIDFontType0C", "/OpenType"):
        return "font"
    return "content stream"


def _page_numbers(resolver: Any) -> dict[tuple[int, int], int]:
    """Map page objects and their annotations to 1-based page numbers."""
    from pyhanko.pdf_utils import generic

    numbers: dict[tuple[int, int], int] = {}
    try:
        root = resolver.root
        kids = [root["/Pages"]]
        pages: list[Any] = []
        while kids:
            node = kids.pop(0)
            value = node.get_object() if hasattr(node, "get_object") else node
            if value.get("/Type") == "/Pages":
                kids[0:0] = list(value.raw_get("/Kids"))
            else:
                pages.append(node)
        for n, page in enumerate(pages, start=1):
            if isinstance(page, generic.IndirectObject):
                numbers[(page.idnum, page.generation)] = n
            raw = page.get_object().raw_get("/Annots") if "/Annots" in page.get_object() else None
            if raw is not None:
                for annot in raw.get_object():
                    if isinstance(annot, generic.IndirectObject):
                        numbers[(annot.idnum, annot.generation)] = n
    except Exception:  # a broken page tree: the messages then just lack page numbers
        return numbers
    return numbers


def _existed(resolver: Any, field: str) -> bool:
    """Whether an (unsigned or signed) signature field named ``field`` is in ``resolver``'s revision."""
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        return any(name == field for name, *_ in enumerate_sig_fields(resolver))
    except Exception:  # no form at all
        return False


@cache
def _signing_policy(*, certifying: bool) -> Any:
    """A signature's revision may fill its own pre-made field and update the info/XMP dates, nothing else.

    The first (certification) signature also adds the catalogue's ``/Perms`` (DocMDP).
    """
    from pyhanko.sign.diff_analysis import (
        CatalogModificationRule,
        DocInfoRule,
        FormUpdatingRule,
        MetadataUpdateRule,
        ModificationLevel,
        ObjectStreamRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
        XrefStreamRule,
    )
    from pyhanko.sign.diff_analysis.constants import ROOT_EXEMPT_STRICT_COMPARISON

    exempt = ROOT_EXEMPT_STRICT_COMPARISON | {"/Perms"} if certifying else ROOT_EXEMPT_STRICT_COMPARISON
    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(ignored_keys=exempt),  # type: ignore[no-untyped-call]
            DocInfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
            XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            MetadataUpdateRule().as_qualified(ModificationLevel.LTA_UPDATES),  # type: ignore[no-untyped-call]
        ],
        form_rule=FormUpdatingRule(
            field_rules=[SigFieldModificationRule(allow_in_place_appearance_stream_changes=False)]
        ),
        ignore_orphaned_objects=False,
    )


@cache
def _timestamp_policy() -> Any:
    """A document timestamp's revision: an invisible timestamp field, validation data, the info dates."""
    from pyhanko.sign.diff_analysis import (
        CatalogModificationRule,
        DocInfoRule,
        DSSCompareRule,
        FormUpdatingRule,
        MetadataUpdateRule,
        ModificationLevel,
        ObjectStreamRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
        XrefStreamRule,
    )

    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(),  # type: ignore[no-untyped-call]
            DocInfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
            XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
            MetadataUpdateRule().as_qualified(ModificationLevel.LTA_UPDATES),  # type: ignore[no-untyped-call]
        ],
        form_rule=FormUpdatingRule(
            field_rules=[
                SigFieldCreationRule(approve_widget_bindings=True),  # type: ignore[no-untyped-call]
                SigFieldModificationRule(allow_in_place_appearance_stream_changes=False),
            ]
        ),
        ignore_orphaned_objects=False,
    )


@cache
def _validation_data_policy() -> Any:
    """A revision no signature covers may only add validation data (DSS) — B-LT's job."""
    from pyhanko.sign.diff_analysis import (
        CatalogModificationRule,
        DSSCompareRule,
        ModificationLevel,
        ObjectStreamRule,
        StandardDiffPolicy,
        XrefStreamRule,
    )

    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(),  # type: ignore[no-untyped-call]
            XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
        ],
        form_rule=None,
        ignore_orphaned_objects=False,
    )
