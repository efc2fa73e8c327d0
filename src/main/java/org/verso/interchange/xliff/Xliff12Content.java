package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.StaxInput;

/**
 * Reads the inline content of an XLIFF 1.2 {@code <source>}, {@code <seg-source>} or {@code <target>}:
 * {@code <g>} is a paired code, {@code <bx>}/{@code <ex>} and {@code <bpt>}/{@code <ept>} pair by {@code rid}
 * (or id), {@code <x>}, {@code <ph>} and {@code <it>} stand alone; the native code inside them is not text.
 * {@code <mrk mtype="seg" mid>} marks a segment; other markers are dropped with their text kept.
 */
final class Xliff12Content {

    private final XMLStreamReader xml;

    Xliff12Content(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * From just after a start tag to its end: the segments by mid when there are {@code mrk mtype="seg"}
     * markers, otherwise the whole text under the key "".
     */
    Map<String, String> read(InlineText side) throws XMLStreamException {
        Map<String, String> segments = new LinkedHashMap<>();
        content(side, segments);
        String rest = side.takeSegment();
        if (segments.isEmpty()) {
            segments.put("", rest);
        }
        return segments;
    }

    private void content(InlineText side, Map<String, String> segments) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                side.text(xml.getText());
            } else if (event == START_ELEMENT) {
                element(side, segments);
            } else if (event == END_ELEMENT) {
                return;
            }
        }
    }

    private void element(InlineText side, Map<String, String> segments) throws XMLStreamException {
        if (!Xliff12Reader.NAMESPACE.equals(xml.getNamespaceURI())) {
            throw XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> may not appear inside a source or target.");
        }
        int line = StaxInput.line(xml);
        switch (xml.getLocalName()) {
            case "g" -> {
                String id = XliffChecks.required(xml, "id");
                side.open(id, line);
                content(side, segments);
                side.close(id, StaxInput.line(xml));
                return;
            }
            case "mrk" -> {
                marker(side, segments);
                return;
            }
            case "x", "ph" -> side.standalone(XliffChecks.required(xml, "id"), line);
            case "it" -> isolated(side, line);
            case "bx", "bpt" -> side.open(pairKey(), line);
            case "ex", "ept" -> side.close(pairKey(), line);
            default -> throw XliffChecks.fail(xml, "<" + xml.getLocalName() + "> may not appear inside a source or"
                    + " target.");
        }
        StaxInput.skipElement(xml);
    }

    private void marker(InlineText side, Map<String, String> segments) throws XMLStreamException {
        if (!"seg".equals(StaxInput.attribute(xml, "mtype"))) {
            content(side, segments);
            return;
        }
        String mid = XliffChecks.required(xml, "mid");
        if (segments.containsKey(mid)) {
            throw XliffChecks.fail(xml, "the segment mid \"" + mid + "\" is used twice in one unit.");
        }
        side.takeSegment(); // text between segments is not translated
        content(side, segments);
        segments.put(mid, side.takeSegment());
    }

    /**
     * An isolated code, {@code <it pos="open|close">}, is one end of a code whose other end is in another unit (a
     * code spanning sentences); it pairs by rid when there is one. Without a pos it stands alone.
     */
    private void isolated(InlineText side, int line) {
        String id = XliffChecks.required(xml, "id");
        String pos = StaxInput.attribute(xml, "pos");
        String rid = StaxInput.attribute(xml, "rid");
        if ("open".equals(pos) || "close".equals(pos)) {
            side.isolated(rid != null ? rid : id, "open".equals(pos), line);
        } else {
            side.standalone(id, line);
        }
    }

    /** bx/ex and bpt/ept pair by rid when there is one, by id otherwise. */
    private String pairKey() {
        String rid = StaxInput.attribute(xml, "rid");
        return rid != null ? rid : XliffChecks.required(xml, "id");
    }
}
