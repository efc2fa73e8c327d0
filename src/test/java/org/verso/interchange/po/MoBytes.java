package org.verso.interchange.po;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds MO catalogs for tests: strings as given (plural forms joined by NUL), no hash table. */
public final class MoBytes {

    private final List<String[]> entries = new ArrayList<>();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private int revision;
    private Charset charset = StandardCharsets.UTF_8;

    public MoBytes entry(String msgid, String msgstr) {
        entries.add(new String[] {msgid, msgstr});
        return this;
    }

    public MoBytes bigEndian() {
        order = ByteOrder.BIG_ENDIAN;
        return this;
    }

    MoBytes revision(int value) {
        revision = value;
        return this;
    }

    MoBytes encodedIn(Charset value) {
        charset = value;
        return this;
    }

    public byte[] build() {
        int count = entries.size();
        int originals = 28;
        int translations = originals + 8 * count;
        int strings = translations + 8 * count;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(strings).order(order);
        head.putInt(0x950412de).putInt(revision).putInt(count).putInt(originals).putInt(translations).putInt(0)
                .putInt(strings);
        for (int column = 0; column < 2; column++) {
            for (String[] entry : entries) {
                byte[] bytes = entry[column].getBytes(charset);
                head.putInt(bytes.length).putInt(strings + data.size());
                data.writeBytes(bytes);
                data.write(0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.array());
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }
}
