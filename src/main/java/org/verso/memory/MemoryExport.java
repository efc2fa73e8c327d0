package org.verso.memory;

import java.io.OutputStream;
import java.util.function.LongConsumer;
import org.verso.interchange.tmx.TmxPair;
import org.verso.interchange.tmx.TmxWriter;

/** A pair of the memory written as TMX 1.4b, unit by unit, so a large memory never sits in memory whole. */
final class MemoryExport {

    private MemoryExport() {
    }

    /** An export ready to stream: its file name and the writing itself. */
    record Prepared(String fileName, String sourceLanguage, String targetLanguage, MemoryTable table) {

        void writeTo(OutputStream out) {
            writeTo(out, written -> { });
        }

        /** Writes every unit, telling {@code written} the count after each; it may throw to stop the export. */
        void writeTo(OutputStream out, LongConsumer written) {
            long[] count = new long[1];
            try (TmxWriter writer = new TmxWriter(out, sourceLanguage, "Verso", "1.0")) {
                table.forEachInPair(sourceLanguage, targetLanguage, unit -> {
                    writer.writeUnit(new TmxPair(unit.sourceText(), unit.targetLanguage(), unit.targetText(),
                            "verso-" + unit.id(), unit.createdAt(), unit.createdBy(), unit.changedAt(), unit.origin()));
                    written.accept(++count[0]);
                });
            }
        }
    }
}
