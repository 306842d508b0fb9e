"""Developer tool: autogenerate the next Alembic migration from the models.

Usage: python scripts/new_migration.py "what changed"

It upgrades a scratch SQLite database to the current head, compares it with the models and
writes ``rehabmeet/migrations/versions/<next>_<slug>.py``. Review the file before committing.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from rehabmeet.storage.schema import MIGRATIONS_DIR, known_revisions


def main(message: str) -> None:
    revisions = known_revisions() if any((MIGRATIONS_DIR / "versions").glob("0*.py")) else ()
    next_id = f"{len(revisions) + 1:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'scratch.db'}")
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.set_main_option("file_template", f"%%(rev)s_{slug}")
            config.attributes["connection"] = connection
            if revisions:
                command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        engine.dispose()
    for path in (MIGRATIONS_DIR / "versions").glob(f"{next_id}_*.py"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if "# ### " not in line), encoding="utf-8")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "change")
