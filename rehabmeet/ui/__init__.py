"""RehabMeet's Qt user interface (PySide6). The only package allowed to import Qt."""
