package org.verso.interchange.tbx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data for the TBX reader: everything one read produced, and small files built around a body. */
record TbxRead(TbxVersion version, List<GlossaryEntry> entries, List<GlossaryProblem> problems) {

    static TbxRead of(byte[] bytes, String source, String target) {
        return of(new ByteArrayInputStream(bytes), source, target);
    }

    static TbxRead of(InputStream in, String source, String target) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<GlossaryProblem> problems = new ArrayList<>();
        TbxReader reader = TbxReader.open(in);
        reader.read(source, target, entries::add, problems::add);
        return new TbxRead(reader.version(), entries, problems);
    }

    static TbxRead resource(String name, String source, String target) {
        try (InputStream in = TbxRead.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return of(in, source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TBX v3 file whose body starts on line 3 with {@code body}. */
    static byte[] v3(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\""
                + " xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n" + body + "\n</body></text></tbx>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A concept with one term section per language/term pair. */
    static String concept(String... languagesAndTerms) {
        StringBuilder concept = new StringBuilder("<conceptEntry id=\"c\">");
        for (int i = 0; i < languagesAndTerms.length; i += 2) {
            concept.append("<langSec xml:lang=\"").append(languagesAndTerms[i]).append("\"><termSec><term>")
                    .append(languagesAndTerms[i + 1]).append("</term></termSec></langSec>");
        }
        return concept.append("</conceptEntry>").toString();
    }

    List<String> pairs() {
        return entries.stream().map(e -> e.sourceTerm() + " = " + e.targetTerm()).toList();
    }
}
