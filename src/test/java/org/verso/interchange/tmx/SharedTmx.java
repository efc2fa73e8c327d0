package org.verso.interchange.tmx;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.parsers.SAXParserFactory;

import org.verso.TestResources;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Public TMX material kept in src/test/resources (see the SOURCE.md files there): the sample files of
 * {@code tmx-samples} and the TMX 1.4b DTD of {@code schemas/tmx}, reached through {@code schemas/catalog.xml}.
 */
final class SharedTmx {

    private SharedTmx() {
    }

    /** The files of {@code data/tmx-samples/<kind>}, sorted by name. */
    static List<Path> samples(String kind) {
        Path folder = TestResources.path("tmx-samples/" + kind);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".tmx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sample(String kind, String name) {
        return samples(kind).stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No TMX sample " + kind + "/" + name));
    }

    /**
     * Fails with the validator's message and line when {@code tmx} is not valid against tmx14.dtd. The file
     * must name the DTD in a DOCTYPE: a validating parser has nothing to validate against otherwise.
     */
    static void assertValidAgainstDtd(byte[] tmx) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setValidating(true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            // strict: the DOCTYPE must map to the local DTD through the catalog; the network is never tried.
            reader.setEntityResolver(CatalogManager.catalogResolver(
                    CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "strict").build(),
                    TestResources.path("schemas/catalog.xml").toUri()));
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            reader.setErrorHandler(new Strict());
            reader.parse(new InputSource(new ByteArrayInputStream(tmx)));
        } catch (SAXException e) {
            fail("TMX output is not valid against tmx14.dtd: " + e.getMessage() + "\n"
                    + new String(tmx, StandardCharsets.UTF_8), e);
        } catch (Exception e) {
            throw new AssertionError("Cannot validate against tmx14.dtd", e);
        }
    }

    /** Validity errors are only "errors" to SAX; here they fail like fatal ones. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw new SAXException("line " + e.getLineNumber() + ": " + e.getMessage(), e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
        }
    }
}
