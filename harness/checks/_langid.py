"""Language identification with lingua (accurate on short text), loaded once per process."""

from __future__ import annotations

import functools
from typing import Any

from harness.checks._text import mask_code

# The languages the detector chooses among: the ones chat deployments are asked for most.
# Fewer candidates make lingua faster and steadier on short answers; add one here to
# accept it as a `language:` parameter.
LANGUAGES = (
    "ar", "bn", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu",
    "id", "it", "ja", "ko", "nl", "no", "pl", "pt", "ro", "ru", "sv", "sw", "th", "tr",
    "uk", "vi", "zh",
)  # fmt: skip
NAMES = {
    "ar": "Arabic", "bn": "Bengali", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish",
    "sw": "Swahili", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip


def check_code(code: str) -> str:
    """Validate an ISO 639-1 code against the supported languages; ValueError names them."""
    code = code.strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r} (supported: {', '.join(LANGUAGES)})")
    return code


@functools.cache
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [IsoCode639_1.from_str("nb" if c == "no" else c) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when lingua cannot tell."""
    prose = mask_code(text)
    if not any(ch.isalpha() for ch in prose):
        return None
    language = _detector().detect_language_of(prose)
    if language is None:
        return None
    code = str(language.iso_code_639_1.name).lower()
    return "no" if code == "nb" else code


def name(code: str | None) -> str:
    """A language's English name for evidence."""
    return NAMES.get(code or "", "undetermined")
