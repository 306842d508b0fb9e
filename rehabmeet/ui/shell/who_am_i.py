"""Who am I, asked once at start: when nobody was chosen on this laptop (and neither ``--user``,
``REHABMEET_USER`` nor a person's own database role names someone), the window asks which team
member works here, keeps the choice in the preferences and acts as that person from this start."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.settings.preferences import load_preferences, save_preferences

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shell.splash import close_splash

if TYPE_CHECKING:
    from rehabmeet.services.team import MemberRow


class WhoAmIDialog(QDialog):
    """The team's members in a list (arrow keys, type the first letters, Enter chooses), or a name typed
    below for someone not on the team list.

    Attributes:
        members: the list; each item's user data is the member's name.
        other: a name typed in (used when filled in).
    """

    def __init__(self, members: list[MemberRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoAmIDialog")
        self.setWindowTitle(self.tr("Who am I"))
        intro = QLabel(
            self.tr(
                "Who works at this laptop? The event log, the documents and the other laptops name this "
                "person. The choice is kept on this laptop (View → Who am I… changes it)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Team members"))
        for member in members:
            detail = member.title or labels.vocabulary(member.discipline)
            item = QListWidgetItem(f"{member.name} — {detail}" if detail else member.name, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.name)
        if self.members.count():
            self.members.setCurrentRow(0)
        other_label = QLabel(self.tr("&Someone else (name):"), self)
        self.other = QLineEdit(self)
        self.other.setAccessibleName(self.tr("Someone else's name"))
        other_label.setBuddy(self.other)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.members.itemActivated.connect(self._on_members_item_activated)
        layout = QVBoxLayout(self)
        for widget in (intro, self.members, other_label, self.other, self.buttons):
            layout.addWidget(widget)
        self.members.setFocus()
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.members.item(i).text()) for i in range(self.members.count())), default=0
        )
        self.resize(
            max(widest + metrics.averageCharWidth() * 8, metrics.averageCharWidth() * 60), self.sizeHint().height()
        )

    @Slot(QListWidgetItem)
    def _on_members_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def chosen(self) -> str:
        """The person chosen: the typed name if any, else the selected member ("" for none)."""
        typed = self.other.text().strip()
        if typed:
            return typed[:200]
        item = self.members.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def ask_at_start(context: AppContext, parent: QWidget | None = None) -> None:
    """If nobody chose who works at this laptop, ask; keep the choice and act as that person now.

    Cancelled: this start goes on as the operating-system account, and the next start asks again.
    """
    if context.actor_source != "system":
        return
    from rehabmeet.services.team import TeamService  # the services load after the window's first paint

    team = TeamService(context.database().sessions).team()
    if context.actor_source != "system":  # the database role named the person
        return
    close_splash()
    dialog = WhoAmIDialog(list(team.members) if team is not None else [], parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
        return
    person = dialog.chosen()
    context.actor, context.actor_source = person, "laptop"
    try:
        save_preferences(context.paths.config_dir, replace(load_preferences(context.paths.config_dir), person=person))
    except (UserFacingError, OSError) as exc:
        message = QCoreApplication.translate(
            "WhoAmIDialog", "RehabMeet names %1 now, but could not keep the choice for the next start: %2"
        )
        show_error(parent, message.replace("%1", person).replace("%2", str(exc)))
