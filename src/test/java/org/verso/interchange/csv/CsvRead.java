package org.verso.interchange.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.verso.interchange.tbx.GlossaryEntry;
import org.verso.interchange.tbx.GlossaryProblem;

/** Everything one English→Russian read of a CSV glossary produced. */
record CsvRead(List<GlossaryEntry> entries, List<GlossaryProblem> problems) {

    static CsvRead of(String csv) {
        return of(csv.getBytes(StandardCharsets.UTF_8));
    }

    static CsvRead of(byte[] csv) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<GlossaryProblem> problems = new ArrayList<>();
        GlossaryCsvReader.read(new ByteArrayInputStream(csv), "en", "ru", entries::add, problems::add);
        return new CsvRead(entries, problems);
    }

    static GlossaryEntry entry(int line, String source, String target) {
        return new GlossaryEntry(line, "en", "ru", source, target, null, null, null, false);
    }
}
