"""Texts of Qt's own dialogs that Qt's Danish catalogue (qtbase_da) lacks, translated in ours.

Qt 6's file dialog says "&Look in:" and "Files of &type:"; qtbase_da only has the older "Look in:"
and "Files of type:", so the Danish file dialog was half English (issue 21). lupdate files these
under Qt's own context, where Qt looks them up; our catalogue answers when Qt's has no entry.
"""

from __future__ import annotations

from rehabmeet.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
