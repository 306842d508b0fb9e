"""Why a bundle was refused: one line naming the bundle, the member and the problem."""

from __future__ import annotations

from rehabmeet.errors import UserFacingError


class BundleError(UserFacingError):
    """A bundle failed a check; nothing of it was written.

    Attributes:
        bundle: the bundle's file or folder name.
        member: the file inside the bundle (``manifest.json``, ``documents/x.pdf``) or ``None``.
        problem: what is wrong, in one clause.
    """

    def __init__(self, bundle: str, member: str | None, problem: str) -> None:
        self.bundle = bundle
        self.member = member
        self.problem = problem
        where = f"{bundle}: {member}" if member else bundle
        super().__init__(f"{where}: {problem}")


class ChangedContentError(BundleError):
    """The case exists with other content; importing it as a new version would be allowed."""


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""
