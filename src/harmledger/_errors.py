"""The exceptions harmledger raises.

    HarmledgerError                 every error the library raises on purpose
    ├── DateValueError              a date given as a value (an option, a field) that cannot be read
    ├── ConfigError                 a setting or URL that cannot be used
    ├── StoreError                  the database or blob store
    │   ├── NotInitialisedError     the store has not been created yet (run `harmledger init`)
    │   ├── NotFoundError           an id that is not in the store
    │   └── StoreBusyError          other writers held the database for longer than the busy timeout
    ├── InputError                  one input that cannot be ingested or read
    │   ├── UnreadableInputError    cannot be opened, decoded or parsed
    │   ├── EmptyInputError         no text in it
    │   ├── EncryptedInputError     an encrypted PDF
    │   ├── InputTooLargeError      over the configured size limit
    │   ├── MislabelledInputError   the content does not match its extension or type
    │   └── FetchError              an HTTP error or timeout
    ├── ExtractionError             the extractor could not run
    ├── GazetteerError              a gazetteer file that cannot be imported
    ├── LinkError                   the linker could not run
    ├── ReviewError                 an analyst action that is not allowed
    │   ├── PermissionDeniedError   the user's role does not allow it
    │   └── CorrectionError         a correction refused by its checks (E074-E078 below it)
    └── AuditError                  the audit chain does not verify
        ├── AuditChainError         an entry was changed, removed, reordered or its signature is wrong
        ├── AuditHeadError          the log ends before a head recorded elsewhere (its tail was cut)
        ├── AuditKeyError           the audit key is missing, unreadable or not the one the log was signed with
        └── AuditAnchorError        an anchor file that cannot be read or written

Each error carries a short stable ``code`` (like spaCy's E-codes) so users can search for it, and its
message says what to do about it.
"""

from __future__ import annotations


class HarmledgerError(Exception):
    """Base class of every error harmledger raises on purpose."""

    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class DateValueError(HarmledgerError):
    """A date given as a value (an option, a metadata field, a corpus record's ``published``) that
    cannot be read. Ingest, extract and the API all read such values (``harmledger._dates``), so the
    code sits with the base's rather than with one of theirs.

    The message starts with the value quoted, so a caller can put the field's name before it
    ("published '9 Mai 2020' is not a date; ...").
    """

    code = "E001"

    def __init__(self, message: str, *, value: str, recognised: bool = False) -> None:
        super().__init__(message)
        self.value = value
        # The value is in a form that is read, but the date it states does not exist or is out of range:
        # no other reader (dateparser for other languages) should be tried on it.
        self.recognised = recognised


class ConfigError(HarmledgerError):
    code = "E010"


class StoreError(HarmledgerError):
    code = "E020"


class NotInitialisedError(StoreError):
    code = "E021"


class NotFoundError(StoreError):
    code = "E022"


class StoreBusyError(StoreError):
    """A write could not get the database within the busy timeout (other writers held it); try again."""

    code = "E023"


class InputError(HarmledgerError):
    """One input could not be ingested; ``source`` names it (a path or URL)."""

    code = "E030"

    def __init__(self, source: str, reason: str, *, code: str | None = None) -> None:
        super().__init__(f"{source}: {reason}", code=code)
        self.source = source
        self.reason = reason


class UnreadableInputError(InputError):
    code = "E031"


class EmptyInputError(InputError):
    code = "E032"


class EncryptedInputError(InputError):
    code = "E033"


class InputTooLargeError(InputError):
    code = "E034"


class MislabelledInputError(InputError):
    code = "E035"


class FetchError(InputError):
    code = "E036"


class ExtractionError(HarmledgerError):
    code = "E040"


class GazetteerError(HarmledgerError):
    code = "E050"


class LinkError(HarmledgerError):
    code = "E060"


class ReviewError(HarmledgerError):
    code = "E070"


class PermissionDeniedError(ReviewError):
    code = "E071"


class CorrectionError(ReviewError):
    """A correction refused before anything was saved (``review.validate``); ``field`` names the field to fix."""

    code = "E073"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class FigureRangeError(CorrectionError):
    """Casualty figures out of order: low above best or high, or a part above the killed high."""

    code = "E074"


class DateOrderError(CorrectionError):
    """A start date after the end date, or a date in the future."""

    code = "E075"


class UnknownCodeError(CorrectionError):
    """A weapon, target or actor code (or actor role) that is not in the lexicons."""

    code = "E076"


class UnknownPlaceError(CorrectionError):
    """A place_id the gazetteer does not know, or a new place without coordinates."""

    code = "E077"


class ReasonError(CorrectionError):
    """A correction without a reason, or with one too long."""

    code = "E078"


class AuditError(HarmledgerError):
    code = "E080"


class AuditChainError(AuditError):
    code = "E081"


class AuditHeadError(AuditError):
    code = "E082"


class AuditKeyError(AuditError):
    code = "E083"


class AuditAnchorError(AuditError):
    code = "E084"


class ReportError(HarmledgerError):
    """A report that cannot be made (an output it cannot write, a PDF it cannot print)."""

    code = "E100"
