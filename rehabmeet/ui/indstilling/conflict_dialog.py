"""When two people changed the same field of the indstilling: both texts side by side, a choice per field
(the shared dialog, titled with the indstilling form's labels).

Whatever is chosen, the other person's changes to other fields stay, and so do mine
(:meth:`StaleDraftError.resolved`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from rehabmeet.services.indstilling import StaleDraftError

from rehabmeet.ui.indstilling.indstilling_form import field_label
from rehabmeet.ui.shared import conflict_dialog as shared
from rehabmeet.ui.shared.conflict_dialog import Clash, shown_value

__all__ = ["ConflictDialog", "shown_value"]


class ConflictDialog(shared.ConflictDialog):
    """The shared conflict dialog for the indstilling: each box titled with the form's label."""

    def __init__(
        self,
        conflict: StaleDraftError,
        parent: QWidget | None = None,
        *,
        label_of: Callable[[Clash], str] | None = None,
        object_name: str = "indstillingConflictDialog",
    ) -> None:
        super().__init__(
            conflict, parent, label_of=label_of or (lambda clash: field_label(clash.field)), object_name=object_name
        )
