package org.verso.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated hostile uploads from a seed: random bytes, truncated and bit-flipped valid files, wrong encodings, huge
 * lines, deep nesting, repetition bombs, duplicated and unbalanced tags, huge attributes, invalid UTF-8 and stray
 * byte order marks. The same seed gives the same inputs, so a failure reproduces.
 */
final class HostileFiles {

    /** One generated upload: what kind it is (for the failure message), its file name and bytes. */
    record Input(int index, String kind, String fileName, byte[] bytes) {

        @Override
        public String toString() {
            return "input #" + index + " (" + kind + ", " + fileName + ", " + bytes.length + " bytes)";
        }
    }

    /** A valid file to start from, with the name that selects its format. */
    record Sample(String fileName, byte[] bytes) {
    }

    private static final int KINDS = 15;

    private final Random random;
    private final List<Sample> samples;

    HostileFiles(long seed, List<Sample> samples) {
        this.random = new Random(seed);
        this.samples = samples;
    }

    Input next(int index) {
        Sample sample = samples.get(random.nextInt(samples.size()));
        int kind = index % KINDS;
        return switch (kind) {
            case 0 -> new Input(index, "random bytes", sample.fileName(), randomBytes(random.nextInt(4096)));
            case 1 -> new Input(index, "truncated", sample.fileName(), truncated(sample.bytes()));
            case 2 -> new Input(index, "bit flips", sample.fileName(), flipped(sample.bytes()));
            case 3 -> new Input(index, "utf-16 without bom", sample.fileName(),
                    new String(sample.bytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
            case 4 -> new Input(index, "latin-1 bytes", sample.fileName(), latin1(sample.bytes()));
            case 5 -> new Input(index, "huge line", sample.fileName(), hugeLine(sample.bytes()));
            case 6 -> new Input(index, "deep nesting", sample.fileName(), deepNesting(sample.fileName()));
            case 7 -> new Input(index, "repetition bomb", sample.fileName(), repeated(sample.bytes()));
            case 8 -> new Input(index, "spliced", sample.fileName(), spliced(sample.bytes()));
            case 9 -> new Input(index, "control characters", sample.fileName(), controls(sample.bytes()));
            case 10 -> new Input(index, "duplicated tags", sample.fileName(), duplicatedTag(sample.bytes()));
            case 11 -> new Input(index, "unbalanced tags", sample.fileName(), unbalanced(sample.bytes()));
            case 12 -> new Input(index, "huge attribute", sample.fileName(), hugeAttribute(sample.bytes()));
            case 13 -> new Input(index, "invalid utf-8", sample.fileName(), invalidUtf8(sample.bytes()));
            default -> new Input(index, "byte order marks", sample.fileName(), byteOrderMarks(sample.bytes()));
        };
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] truncated(byte[] valid) {
        return java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
    }

    private byte[] flipped(byte[] valid) {
        byte[] bytes = valid.clone();
        for (int i = 0, flips = 1 + random.nextInt(8); i < flips && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    /** The text with every non-ASCII character as one ISO-8859-1 byte (or '?'), while it may still claim UTF-8. */
    private static byte[] latin1(byte[] valid) {
        return new String(valid, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A line of up to 512 KiB without a break, put where the file starts or in its middle. */
    private byte[] hugeLine(byte[] valid) {
        byte[] line = "Lorem ipsum dolor ".repeat(1 + random.nextInt(29_000)).getBytes(StandardCharsets.UTF_8);
        int at = random.nextBoolean() ? 0 : valid.length / 2;
        return concat(java.util.Arrays.copyOf(valid, at), line,
                java.util.Arrays.copyOfRange(valid, at, valid.length));
    }

    /** Ten to fifty thousand levels of elements, block quotes or list items, depending on the format. */
    private byte[] deepNesting(String fileName) {
        int depth = 10_000 + random.nextInt(40_000);
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".txt")) {
            return (">".repeat(depth) + " deep\n" + "- ".repeat(depth) + "item\n").getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".csv") || name.endsWith(".po")) {
            return ("\"".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return ("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The middle of a valid file repeated many times: valid-looking, large, cheap to send. */
    private byte[] repeated(byte[] valid) {
        int from = valid.length / 3;
        int to = Math.max(from, 2 * valid.length / 3);
        byte[] middle = java.util.Arrays.copyOfRange(valid, from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, from);
        for (int i = 0, times = 200 + random.nextInt(1800); i < times; i++) {
            out.write(middle, 0, middle.length);
        }
        out.write(valid, to, valid.length - to);
        return out.toByteArray();
    }

    /** A valid file with random bytes pasted at a random place. */
    private byte[] spliced(byte[] valid) {
        int at = random.nextInt(valid.length + 1);
        return concat(java.util.Arrays.copyOf(valid, at), randomBytes(1 + random.nextInt(64)),
                java.util.Arrays.copyOfRange(valid, at, valid.length));
    }

    /** A valid file with NUL, BOMs, bidi controls and lone surrogates' bytes sprinkled in. */
    private byte[] controls(byte[] valid) {
        String[] nasty = {"\u0000", "\uFEFF", "\u202E", "\u2066", "\u0007", "\r", "\u0085", "\uFFFF"};
        String text = new String(valid, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text);
        for (int i = 0, times = 1 + random.nextInt(10); i < times; i++) {
            out.insert(random.nextInt(out.length() + 1), nasty[random.nextInt(nasty.length)]);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? concat(bytes, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}) : bytes;
    }

    /** One of the file's tags (an element, a Markdown mark, a line) repeated up to a thousand times where it was. */
    private byte[] duplicatedTag(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int start = text.indexOf('<', random.nextInt(text.length() + 1));
        start = start < 0 ? text.lastIndexOf('\n', Math.max(0, text.length() - 2)) + 1 : start;
        int end = text.indexOf(start < text.length() && text.charAt(start) == '<' ? '>' : '\n', start);
        end = end < 0 ? text.length() : end + 1;
        String tag = text.substring(start, end);
        return (text.substring(0, end) + tag.repeat(1 + random.nextInt(1000)) + text.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A closing tag removed, or a stray one (of an element the file has, or not) put somewhere. */
    private byte[] unbalanced(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int close = text.indexOf("</", random.nextInt(text.length() + 1));
        if (close >= 0 && random.nextBoolean()) {
            int end = text.indexOf('>', close);
            return (text.substring(0, close) + (end < 0 ? "" : text.substring(end + 1)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        String[] stray = {"</p>", "</body>", "</seg>", "</target>", "</unit>", "</trans-unit>", "</x>", "<b>",
            "<g id=\"9\">"};
        int at = random.nextInt(text.length() + 1);
        return (text.substring(0, at) + stray[random.nextInt(stray.length)] + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An attribute of up to a mebibyte on the first element (or a line that long where there is none). */
    private byte[] hugeAttribute(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        String value = "v".repeat(1 + random.nextInt(1 << 20));
        int element = text.indexOf('<', text.startsWith("<?") ? text.indexOf("?>") + 1 : 0);
        int at = element < 0 ? -1 : text.indexOf('>', element);
        if (at < 0) {
            return ("title=\"" + value + "\"\n" + text).getBytes(StandardCharsets.UTF_8);
        }
        int insert = text.charAt(at - 1) == '/' ? at - 1 : at;
        return (text.substring(0, insert) + " data-huge=\"" + value + "\"" + text.substring(insert))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes no UTF-8 decoder accepts (a bad continuation, an overlong slash, 0xFF, a cut sequence) sprinkled in. */
    private byte[] invalidUtf8(byte[] valid) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        byte[] bytes = valid;
        for (int i = 0, times = 1 + random.nextInt(5); i < times; i++) {
            int at = random.nextInt(bytes.length + 1);
            bytes = concat(java.util.Arrays.copyOf(bytes, at), bad[random.nextInt(bad.length)],
                    java.util.Arrays.copyOfRange(bytes, at, bytes.length));
        }
        return bytes;
    }

    /** A UTF-8 BOM twice, a UTF-16 or UTF-32 BOM before UTF-8 text, or a BOM in the middle. */
    private byte[] byteOrderMarks(byte[] valid) {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return switch (random.nextInt(4)) {
            case 0 -> concat(utf8, utf8, valid);
            case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, valid);
            case 2 -> concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, valid);
            default -> concat(java.util.Arrays.copyOf(valid, valid.length / 2), utf8,
                    java.util.Arrays.copyOfRange(valid, valid.length / 2, valid.length));
        };
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }
}
