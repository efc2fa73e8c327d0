package org.verso.segmentation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads SRX bytes with the JDK's SAX parser, hardened as the interchange research recommends: a
 * DOCTYPE is refused outright (an SRX file never needs one, and refusing it rules out external
 * entities and entity expansion), secure processing is on, and nothing is ever fetched.
 */
final class SrxParser {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SrxParser() {
    }

    /** Parses and validates {@code srx}; the handler holds the result. */
    static SrxHandler read(byte[] srx) {
        SrxHandler handler = new SrxHandler();
        try {
            XMLReader reader = newParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(srx)));
            return handler;
        } catch (SAXParseException e) {
            if (e.getException() instanceof SrxException srxException) {
                throw srxException;
            }
            throw new SrxException(e.getLineNumber(), describe(e), e);
        } catch (SAXException e) {
            if (e.getException() instanceof SrxException srxException) {
                throw srxException;
            }
            throw new SrxException(0, "the SRX file cannot be read: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new SrxException(0, "the SRX file cannot be read: " + e.getMessage(), e);
        }
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "SRX files must not declare a DOCTYPE; it is refused so that no external entity is ever read";
        }
        return "the SRX file is not well-formed XML: " + message;
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }
}
