package org.verso.interchange.tmx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test data for the TMX reader: everything one read produced, and small files built around a body. */
record TmxRead(TmxHeader header, List<TmxUnit> units, List<TmxProblem> problems) {

    static final String HEADER = "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\""
            + " o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>";

    static TmxRead of(byte[] bytes) {
        return of(new ByteArrayInputStream(bytes));
    }

    static TmxRead of(InputStream in) {
        List<TmxUnit> units = new ArrayList<>();
        List<TmxProblem> problems = new ArrayList<>();
        TmxReader reader = TmxReader.open(in);
        reader.read(units::add, problems::add);
        return new TmxRead(reader.header(), units, problems);
    }

    static TmxRead resource(String name) {
        try (InputStream in = TmxRead.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TmxRead file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 TMX 1.4 file with a valid header and {@code body} as its body, the units starting on line 3. */
    static byte[] withBody(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">" + HEADER + "<body>\n" + body
                + "\n</body></tmx>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A unit with one {@code <tuv>} per language/text pair. */
    static String unit(String... languagesAndTexts) {
        StringBuilder tu = new StringBuilder("<tu>");
        for (int i = 0; i < languagesAndTexts.length; i += 2) {
            tu.append("<tuv xml:lang=\"").append(languagesAndTexts[i]).append("\"><seg>")
                    .append(languagesAndTexts[i + 1]).append("</seg></tuv>");
        }
        return tu.append("</tu>").toString();
    }

    List<String> reasons() {
        return problems.stream().map(TmxProblem::message).toList();
    }
}
