"""The letters the meeting hands out: indstilling, afgørelse and the citizen's hand-out.

``model`` is the format-neutral letter, ``compose_*`` build it from the case's facts and the
municipality's templates, ``pdf`` and ``docx`` render it.
"""
