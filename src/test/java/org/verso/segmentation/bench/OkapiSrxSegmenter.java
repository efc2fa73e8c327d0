package org.verso.segmentation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.verso.segmentation.Segmenter;

/**
 * Okapi's SRX segmenter with the rules Okapi ships ({@code defaultSegmentation.srx} inside
 * okapi-lib-segmentation; ICU proposes breaks, the SRX rules veto them). Not thread-safe.
 */
final class OkapiSrxSegmenter implements Segmenter {

    static final String DEFAULT_RULES = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";

    private final ISegmenter segmenter;

    OkapiSrxSegmenter(String language) {
        SRXDocument rules = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException("Okapi default rules not on the classpath: " + DEFAULT_RULES);
            }
            rules.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.segmenter = rules.compileLanguageRules(LocaleId.fromBCP47(language), null);
    }

    /** The okapi-lib-segmentation version on the classpath, from its Maven metadata. */
    static String version() {
        Properties pom = new Properties();
        try (InputStream in = SRXDocument.class.getResourceAsStream(
                "/META-INF/maven/net.sf.okapi.lib/okapi-lib-segmentation/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version", "unknown");
    }

    @Override
    public List<String> split(String paragraph) {
        segmenter.computeSegments(paragraph);
        List<String> segments = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            String segment = paragraph.substring(range.start, range.end).strip();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() && !paragraph.isBlank() ? List.of(paragraph.strip()) : segments;
    }
}
