"""RehabMeet: runs Danish municipal rehabiliteringsteam meetings from a laptop."""

__version__ = "0.1.0"

#: Reverse-DNS application id, shared by the .desktop file, AppStream metainfo and Qt.
APP_ID = "dk.rehabmeet.RehabMeet"
APP_NAME = "RehabMeet"
