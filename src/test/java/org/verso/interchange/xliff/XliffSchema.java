package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.verso.TestResources;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2.1 schema set (src/test/resources/schemas, see SOURCE.md there), core and modules loaded together: the core checks
 * extension points only laxly, so a module element is validated only when its schema is loaded too.
 */
public final class XliffSchema {

    private static final List<String> FILES = List.of("xliff_core_2.0.xsd", "fs.xsd", "glossary.xsd", "matches.xsd",
            "metadata.xsd", "resource_data.xsd", "size_restriction.xsd", "validation.xsd", "its.xsd", "itsm.xsd",
            "informativeCopiesOf3rdPartySchemas/extensions/change_tracking.xsd");

    private static Schema schema;
    private static Schema strict12;

    private XliffSchema() {
    }

    /** Fails the test with the validator's message, line and column when {@code xliff} is not schema-valid. */
    public static void assertValid(byte[] xliff) {
        validate(schema(), xliff, "2.1 schemas");
    }

    /** The same against the strict XLIFF 1.2 schema. */
    public static void assertValid12(byte[] xliff) {
        validate(strict12(), xliff, "strict 1.2 schema");
    }

    private static void validate(Schema against, byte[] xliff, String name) {
        Validator validator = against.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
        } catch (SAXException e) {
            fail("XLIFF output is not valid against the " + name + ": " + e.getMessage() + "\n"
                    + new String(xliff, StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            fail(e);
        }
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            schema = load(TestResources.path("schemas"));
        }
        return schema;
    }

    private static synchronized Schema strict12() {
        if (strict12 == null) {
            Path schemas = TestResources.path("schemas");
            Path xsd = schemas.resolve("xliff/1.2/xliff-core-1.2-strict.xsd");
            try {
                // strict: the schema imports xml.xsd by its web address, which the catalog maps to the local copy.
                strict12 = factory(schemas, "strict").newSchema(new StreamSource(xsd.toUri().toString()));
            } catch (SAXException e) {
                throw new IllegalStateException("Cannot load the XLIFF 1.2 strict schema " + xsd, e);
            }
        }
        return strict12;
    }

    /** Offline: only local files, the catalog for web addresses, {@code resolve} for what it lacks. */
    private static SchemaFactory factory(Path schemas, String resolve) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(CatalogFeatures.Feature.FILES.getPropertyName(),
                schemas.resolve("catalog.xml").toUri().toString());
        factory.setProperty(CatalogFeatures.Feature.RESOLVE.getPropertyName(), resolve);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static Schema load(Path schemas) {
        Path folder = schemas.resolve("xliff/2.1");
        try {
            // "continue": the XLIFF 2.1 set imports its siblings by relative path, which no catalog lists.
            // The network stays out of reach because only file access is allowed.
            SchemaFactory factory = factory(schemas, "continue");
            Source[] sources = FILES.stream()
                    .map(name -> new StreamSource(folder.resolve(name).toUri().toString()))
                    .toArray(Source[]::new);
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot load the XLIFF 2.1 schemas from " + folder, e);
        }
    }
}
