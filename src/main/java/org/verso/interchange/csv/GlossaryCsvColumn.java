package org.verso.interchange.csv;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The columns of a glossary CSV file; the first name is the one the writer uses. */
enum GlossaryCsvColumn {
    SOURCE("source", "source_term"),
    TARGET("target", "target_term"),
    PART_OF_SPEECH("pos", "part_of_speech"),
    NOTE("note", "definition"),
    STATUS("status"),
    CASE_SENSITIVE("case_sensitive");

    private final List<String> names;

    GlossaryCsvColumn(String... names) {
        this.names = List.of(names);
    }

    String header() {
        return names.get(0);
    }

    /** Case, surrounding spaces, and a space or hyphen for the underscore do not matter: "Source Term". */
    static GlossaryCsvColumn named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Stream.of(values()).filter(c -> c.names.contains(wanted)).findFirst().orElse(null);
    }

    static String allNames() {
        return String.join(", ", Stream.of(values()).flatMap(c -> c.names.stream()).toList());
    }
}
