package org.verso.interchange.xliff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verso.interchange.XmlChars;
import org.verso.interchange.InlineCodes;

/**
 * The XLIFF-specific side of writing XML: indented structure, text with characters XML cannot carry written as
 * {@code <cp/>}, and {@code xml:space="preserve"} exactly where the whitespace of a text would otherwise be lost.
 */
final class XliffOutput {

    private static final String INDENT = "  ";
    /** XML whitespace a reader may collapse or trim unless told to preserve it. */
    private static final Pattern FRAGILE_WHITESPACE = Pattern.compile("^[ \\t\\r\\n]|[ \\t\\r\\n]$|[\\t\\r\\n]| {2}");
    private static final char REPLACEMENT = '\uFFFD';

    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements, so its end tag goes on its own line. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XliffOutput(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** What a writer does with the output, from the XML declaration to the end. */
    interface Body {
        void write(XliffOutput out) throws XMLStreamException;
    }

    /** The bytes of a UTF-8 file written by {@code body}. */
    static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // The JDK writer, not whatever StAX implementation happens to be on the classpath.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            body.write(new XliffOutput(xml));
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XLIFF to memory failed", e);
        }
        return bytes.toByteArray();
    }

    void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
    }

    void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        open.push(false);
    }

    /** An element of another namespace, declared on the root with {@code prefix}. */
    void start(String prefix, String namespace, String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(prefix, name, namespace);
        open.push(false);
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters("\n" + INDENT.repeat(open.size()));
    }

    void end() throws XMLStreamException {
        if (open.pop()) {
            xml.writeCharacters("\n" + INDENT.repeat(open.size()));
        }
        xml.writeEndElement();
    }

    void namespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
    }

    void namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
    }

    /** Writes nothing for null, so optional attributes need no condition at the call site. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, replaceNonXml(value));
        }
    }

    /** Text of an element that cannot hold inline elements (a note). */
    void text(String value) throws XMLStreamException {
        xml.writeCharacters(replaceNonXml(value));
    }

    /** A {@code <source>} or {@code <target>}: inline content, whitespace kept exactly. */
    void content(String name, String value) throws XMLStreamException {
        start(name);
        if (needsPreserve(value)) {
            preserveSpace();
        }
        writeInline(value, true);
        end();
    }

    /**
     * An XLIFF 1.2 {@code <source>} or {@code <target>}, which has no {@code <cp>}: a character XML cannot carry
     * becomes U+FFFD. A target carries its {@code state}. Whitespace is kept by {@link #preserveSpace} on the enclosing trans-unit.
     */
    void content12(String name, String value, String state) throws XMLStreamException {
        start(name);
        attribute("state", state);
        writeInline(value, false);
        end();
    }

    /** xml:space="preserve" on the element just started. */
    void preserveSpace() throws XMLStreamException {
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
    }

    /** True when a reader could collapse or trim the text's whitespace unless told to preserve it. */
    static boolean needsPreserve(String value) {
        return value != null && FRAGILE_WHITESPACE.matcher(value).find();
    }

    /**
     * Text with Verso's inline codes as XLIFF inline elements: in 2.x a code whose ends are both in the text is a
     * {@code <pc>} (or, when a translation misnests it, {@code <sc>}/{@code <ec startRef>}), a standalone one a
     * {@code <ph>}, an end whose partner is in another segment an isolated {@code <sc>}/{@code <ec>}; in 1.2
     * {@code <g>}, {@code <x>}, {@code <bx>}/{@code <ex>} and {@code <it>}. Ids are the code numbers.
     */
    private void writeInline(String value, boolean xliff2) throws XMLStreamException {
        List<InlineCodes.Token> tokens = withoutStrayEnds(InlineCodes.tokens(value));
        Set<Integer> nested = properlyNested(tokens);
        Set<Integer> present = new HashSet<>();
        Set<Integer> closed = new HashSet<>();
        for (InlineCodes.Token token : tokens) {
            if (token.kind() == InlineCodes.Kind.OPEN) {
                present.add(token.number());
            } else if (token.kind() == InlineCodes.Kind.CLOSE && present.contains(token.number())) {
                closed.add(token.number());
            }
        }
        Set<String> written = new HashSet<>();
        for (InlineCodes.Token token : tokens) {
            String id = String.valueOf(token.number());
            boolean fresh = token.kind() == InlineCodes.Kind.TEXT || written.add(token.kind() + id);
            switch (token.kind()) {
                case TEXT -> writeText(token.text(), xliff2);
                case STANDALONE -> {
                    if (fresh) {
                        xml.writeEmptyElement(xliff2 ? "ph" : "x");
                        xml.writeAttribute("id", id);
                    }
                }
                case OPEN -> {
                    if (!fresh) {
                        continue;
                    }
                    if (nested.contains(token.number())) {
                        xml.writeStartElement(xliff2 ? "pc" : "g");
                        xml.writeAttribute("id", id);
                    } else {
                        boolean paired = closed.contains(token.number());
                        xml.writeEmptyElement(xliff2 ? "sc" : paired ? "bx" : "it");
                        xml.writeAttribute("id", id);
                        if (xliff2 && !paired) {
                            xml.writeAttribute("isolated", "yes");
                        } else if (!xliff2 && !paired) {
                            xml.writeAttribute("pos", "open");
                            xml.writeAttribute("rid", id);
                        } else if (!xliff2) {
                            xml.writeAttribute("rid", id);
                        }
                    }
                }
                case CLOSE -> {
                    if (!fresh) {
                        continue;
                    }
                    if (nested.contains(token.number())) {
                        xml.writeEndElement();
                    } else if (present.contains(token.number())) {
                        xml.writeEmptyElement(xliff2 ? "ec" : "ex");
                        if (xliff2) {
                            xml.writeAttribute("startRef", id);
                        } else {
                            xml.writeAttribute("id", id + "-end");
                            xml.writeAttribute("rid", id);
                        }
                    } else {
                        xml.writeEmptyElement(xliff2 ? "ec" : "it");
                        xml.writeAttribute("id", xliff2 ? id : id + "-end");
                        xml.writeAttribute(xliff2 ? "isolated" : "pos", xliff2 ? "yes" : "close");
                        if (!xliff2) {
                            xml.writeAttribute("rid", id);
                        }
                    }
                }
            }
        }
    }

    /**
     * The tokens without an end that comes before its own start ("</1> … <1>…</1>", a translator's slip): written,
     * it would close the enclosing element, and no XLIFF element can say it.
     */
    private static List<InlineCodes.Token> withoutStrayEnds(List<InlineCodes.Token> tokens) {
        Set<Integer> laterOpened = new HashSet<>();
        List<InlineCodes.Token> kept = new ArrayList<>(tokens.size());
        for (int i = tokens.size() - 1; i >= 0; i--) {
            InlineCodes.Token token = tokens.get(i);
            if (token.kind() == InlineCodes.Kind.OPEN) {
                laterOpened.add(token.number());
            }
        }
        Set<Integer> opened = new HashSet<>();
        for (InlineCodes.Token token : tokens) {
            if (token.kind() == InlineCodes.Kind.OPEN) {
                opened.add(token.number());
            } else if (token.kind() == InlineCodes.Kind.CLOSE && !opened.contains(token.number())
                    && laterOpened.contains(token.number())) {
                continue;
            }
            kept.add(token);
        }
        return kept;
    }

    /** The codes whose open and close are both in the text and nest properly: those can be one element. */
    private static Set<Integer> properlyNested(List<InlineCodes.Token> tokens) {
        Set<Integer> nested = new HashSet<>();
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (InlineCodes.Token token : tokens) {
            if (token.kind() == InlineCodes.Kind.OPEN && seen.add(token.number())) {
                stack.push(token.number());
            } else if (token.kind() == InlineCodes.Kind.CLOSE && !stack.isEmpty()
                    && stack.peek() == token.number()) {
                nested.add(stack.pop());
            } else if (token.kind() == InlineCodes.Kind.CLOSE) {
                stack.remove(token.number());
            }
        }
        return nested;
    }

    private void writeText(String value, boolean codePoints) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (XmlChars.isAllowed(c) && c != '\r') {
                run.appendCodePoint(c);
                continue;
            }
            xml.writeCharacters(run.toString());
            run.setLength(0);
            if (c == '\r') {
                xml.writeEntityRef("#xD"); // a literal CR would be read back as LF
            } else if (!codePoints) {
                run.append(REPLACEMENT);
            } else {
                xml.writeEmptyElement("cp");
                xml.writeAttribute("hex", String.format("%04X", c));
            }
        }
        xml.writeCharacters(run.toString());
    }

    private static String replaceNonXml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(XmlChars.isAllowed(c) ? c : REPLACEMENT));
        return out.toString();
    }
}
