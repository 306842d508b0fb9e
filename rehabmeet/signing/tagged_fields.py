"""The pre-made signature fields in a tagged letter's structure tree, so a screen reader finds them.

A widget annotation is content too (ISO 32000-1 § 14.7.4.3): each signature field gets a ``Form``
structure element pointing at it (an object reference, ``OBJR``), a ``/StructParent`` entry in
the parent tree and a ``/TU`` name ("Underskrift Mødeleder") that assistive technology reads out.
This happens in the revision that adds the fields, before the first signature covers it, so
signing later only fills the fields (:mod:`rehabmeet.signing.sign`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def tag_signature_fields(writer: Any, fields_and_roles: Sequence[tuple[str, str]]) -> None:
    """Add a ``Form`` element per (field, role), read right after the role's label (no-op if untagged).

    ``writer`` is pyHanko's ``IncrementalPdfFileWriter`` holding the new fields. The letter titles
    each role's label paragraph with the role (``/T``, :mod:`rehabmeet.letters.pdf_parts`); a field
    whose label is not found is read at the end.
    """
    from pyhanko.pdf_utils import generic as pdf_objects

    generic: Any = pdf_objects  # pyHanko's object constructors are untyped
    root = writer.root
    if "/StructTreeRoot" not in root or "/AcroForm" not in root:
        return
    tree = root["/StructTreeRoot"]
    tops = tree["/K"]
    # pyHanko resolves references on item access; raw_get keeps them (/P, /Obj and /Pg must be references)
    document_ref = tops.raw_get(0) if isinstance(tops, generic.ArrayObject) else tree.raw_get("/K")
    document = document_ref.get_object()
    parent_tree = tree["/ParentTree"]
    numbers = parent_tree["/Nums"]
    key = int(tree["/ParentTreeNextKey"])
    fields = root["/AcroForm"]["/Fields"]
    by_name = {str(fields[n].get("/T")): fields.raw_get(n) for n in range(len(fields))}
    kids = document["/K"]
    for name, role in fields_and_roles:
        widget_ref = by_name[name]
        widget = widget_ref.get_object()
        widget[generic.NameObject("/TU")] = generic.TextStringObject(name)
        widget[generic.NameObject("/StructParent")] = generic.NumberObject(key)
        reference = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/OBJR"),
                generic.NameObject("/Obj"): widget_ref,
                generic.NameObject("/Pg"): widget.raw_get("/P"),
            }
        )
        form = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/StructElem"),
                generic.NameObject("/S"): generic.NameObject("/Form"),
                generic.NameObject("/P"): document_ref,
                generic.NameObject("/Pg"): widget.raw_get("/P"),
                generic.NameObject("/K"): reference,
            }
        )
        form_ref = writer.add_object(form)
        labels = [n for n in range(len(kids)) if kids[n].get("/T") == role]
        kids.insert(labels[0] + 1 if labels else len(kids), form_ref)
        numbers += [generic.NumberObject(key), form_ref]
        key += 1
    tree[generic.NameObject("/ParentTreeNextKey")] = generic.NumberObject(key)
    for container in (tree, parent_tree, document):
        writer.update_container(container)
