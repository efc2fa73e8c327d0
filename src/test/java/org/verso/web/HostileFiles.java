package org.verso.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated hostile uploads from a seed: random bytes, truncated and bit-flipped valid files, wrong encodings, huge
 * lines, deep nesting and repetition bombs. The same seed gives the same inputs, so a failure reproduces.
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

    private static final int KINDS = 10;

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
            default -> new Input(index, "control characters", sample.fileName(), controls(sample.bytes()));
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

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }
}
