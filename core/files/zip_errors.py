"""What reading a damaged zip (a .keras, .npz or workspace file) can raise, beyond BadZipFile.

zipfile checks headers and CRCs (BadZipFile) but lets its decompressors' errors through, and
reports what it cannot handle with other types; a loader catches all of these and says that the
file is damaged. Found by the fuzz tests (tests/core/fuzz/).
"""

from __future__ import annotations

import lzma
import tokenize
import zipfile
import zlib

ZIP_READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,  # no zip directory, a bad header, a CRC mismatch
    EOFError,  # cut short inside a member
    zlib.error,  # damaged deflated data
    lzma.LZMAError,  # damaged LZMA data
    OSError,  # damaged bzip2 data; a damaged offset that seeks before the start of the file
    RuntimeError,  # an encrypted member; NotImplementedError: an unknown compression method or a
                   # damaged "version needed to extract" field
)

# np.load of a damaged .npz adds those of the .npy header parser (ast.literal_eval, and tokenize
# for headers that look like Python 2's): "{[1]: 2}" raises TypeError, an unclosed "(" TokenError.
NPZ_READ_ERRORS: tuple[type[Exception], ...] = (
    ValueError, TypeError, SyntaxError, tokenize.TokenError, *ZIP_READ_ERRORS,
)
