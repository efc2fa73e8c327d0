package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verso.TestResources;
import org.xml.sax.SAXException;

/**
 * The checks SrxDocument makes in code agree with the SRX 2.0 XSD (src/test/resources/schemas, used offline
 * through its catalog): the bundled rules and every valid fixture pass both, every invalid fixture
 * fails both.
 */
class SrxSchemaConformanceTest {

    private static final Path SCHEMAS = TestResources.path("schemas");

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(CatalogFeatures.Feature.FILES.getPropertyName(), SCHEMAS.resolve("catalog.xml").toUri().toString());
        factory.setProperty(CatalogFeatures.Feature.RESOLVE.getPropertyName(), "strict");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(SCHEMAS.resolve("srx/srx20.xsd").toFile());
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return validator;
    }

    @TestFactory
    Stream<DynamicTest> bundledRulesAreValidSrx() throws IOException {
        return Stream.of(dynamicTest(Segmenters.BUNDLED_RULES, () -> {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(Segmenters.BUNDLED_RULES)) {
                validator().validate(new StreamSource(in));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> validFixturesPassTheSchemaAndTheParser() {
        return SrxFixtures.in("valid").stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            validator().validate(new StreamSource(file.toFile()));
            assertDoesNotThrow(() -> SrxDocument.parse(Files.readAllBytes(file)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixturesFailTheSchemaAndTheParserAtALine() {
        return SrxFixtures.in("invalid").stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Validator validator = validator();
            assertThrows(SAXException.class, () -> validator.validate(new StreamSource(file.toFile())));
            SrxException error = assertThrows(SrxException.class, () -> SrxDocument.parse(Files.readAllBytes(file)));
            assertTrue(error.line() > 0, error.getMessage());
        }));
    }

    @TestFactory
    Stream<DynamicTest> semanticFixturesPassTheSchemaButNotTheParser() {
        return SrxFixtures.in("semantic").stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            validator().validate(new StreamSource(file.toFile()));
            SrxException error = assertThrows(SrxException.class, () -> SrxDocument.parse(Files.readAllBytes(file)));
            assertTrue(error.line() > 0, error.getMessage());
        }));
    }
}
