package org.verso.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of Verso: session and API tokens (random, so no slow hash is needed), the machine-translation
 * cache's keys and the quality dismissals' fingerprints all store the hex digest of their UTF-8 text.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of the text's UTF-8 bytes as 64 lower-case hex digits. */
    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
