"""Remote text made safe to show in one line (no XML library needed)."""

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text, limit: int = 200) -> str:
    """Remote text made safe for a one-line message: no control chars, bounded."""
    text = _CONTROL.sub(" ", str(text or ""))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
