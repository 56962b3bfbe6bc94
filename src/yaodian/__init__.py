"""yaodian (要点): turn Chinese study documents into Anki cloze flashcards."""

from yaodian.errors import Location, YaodianError

__version__ = "0.1.0"
__all__ = ["Location", "YaodianError", "__version__"]
