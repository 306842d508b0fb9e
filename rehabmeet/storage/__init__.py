"""Opening the database: SQLCipher-encrypted SQLite by default, PostgreSQL for a shared team database."""
