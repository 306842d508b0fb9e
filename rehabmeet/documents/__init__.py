"""Document rendering: fonts, PDF and DOCX output (reportlab, python-docx), pure Python."""
