package org.verso.interchange.po;

import org.verso.interchange.InterchangeException;

/** Looks at the first bytes of an upload to turn away what is not a PO file with a message that says why. */
final class PoSniff {

    private PoSniff() {
    }

    static boolean hasUtf8Bom(byte[] start) {
        return start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
    }

    static void refuseNonPo(byte[] start) {
        if (isMo(start)) {
            throw new InterchangeException("The file is a compiled gettext .mo file, not a PO file.");
        }
        if (start.length >= 2 && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
                || (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)) {
            throw new InterchangeException("The PO file is UTF-16 text, which gettext does not read; save it as"
                    + " UTF-8 and upload it again.");
        }
        for (byte b : start) {
            if (b == 0) {
                throw new InterchangeException("The file looks like binary data (it contains NUL bytes), not a"
                        + " PO file.");
            }
        }
    }

    /** The magic number 0x950412de, in either byte order. */
    private static boolean isMo(byte[] start) {
        if (start.length < 4) {
            return false;
        }
        int little = (start[0] & 0xFF) | (start[1] & 0xFF) << 8 | (start[2] & 0xFF) << 16 | (start[3] & 0xFF) << 24;
        int big = (start[3] & 0xFF) | (start[2] & 0xFF) << 8 | (start[1] & 0xFF) << 16 | (start[0] & 0xFF) << 24;
        return little == 0x950412de || big == 0x950412de;
    }
}
