"""Where the compiled translations are."""

from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def translation_file(lang: str):
    path = I18N_DIR / f"datagrandest_{lang}.qm"
    return path if path.is_file() else None
