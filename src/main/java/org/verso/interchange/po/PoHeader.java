package org.verso.interchange.po;

import java.nio.charset.Charset;

/**
 * What the header entry (the first entry, with an empty {@code msgid}) says about the file.
 *
 * @param charset the charset the file was decoded with: the header's, UTF-8 when it names none
 * @param language the {@code Language:} field, or null when absent or empty
 */
public record PoHeader(Charset charset, String language) {
}
