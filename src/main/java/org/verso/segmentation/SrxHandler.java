package org.verso.segmentation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.verso.segmentation.SrxSchema.Attribute;
import org.verso.segmentation.SrxSchema.Slot;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the SAX events of an SRX file into rules and maps, checking each element against
 * {@link SrxSchema} as it goes, so a mistake is reported at its line. Elements of other namespaces
 * inside {@code <header>} (tool extensions) are skipped whole.
 */
final class SrxHandler extends DefaultHandler {

    /** An element being read: where it is in its content model and the text it holds so far. */
    private static final class Open {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        int slot;
        int count;

        Open(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final List<SrxLanguageRule> languageRules = new ArrayList<>();
    private final List<SrxLanguageMap> maps = new ArrayList<>();
    private final List<SrxRule> rules = new ArrayList<>();
    private Locator locator;
    private int foreignDepth;
    private boolean cascade;
    private String languageRuleName;
    private boolean breaking;
    private String beforeBreak;
    private String afterBreak;
    private int beforeLine;
    private int afterLine;

    boolean cascade() {
        return cascade;
    }

    List<SrxLanguageRule> languageRules() {
        return languageRules;
    }

    List<SrxLanguageMap> maps() {
        return maps;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (foreignDepth > 0 || isForeignInHeader(uri)) {
            foreignDepth++;
            return;
        }
        if (!SrxSchema.NAMESPACE.equals(uri) || !SrxSchema.isElement(localName)) {
            fail(open.isEmpty()
                    ? "the root element must be <srx> in the namespace " + SrxSchema.NAMESPACE + " (SRX 2.0), found <" + qName + ">"
                    : "<" + qName + "> is not an SRX 2.0 element" + (uri.isEmpty() ? " (elements need the namespace "
                            + SrxSchema.NAMESPACE + ")" : ""));
        }
        if (open.isEmpty() ? !localName.equals(SrxSchema.ROOT) : !acceptChild(open.peek(), localName)) {
            fail("<" + localName + "> is not allowed " + (open.isEmpty() ? "as the root element" : "here in <"
                    + open.peek().name + ">") + "; expected " + expected(open.peek()));
        }
        checkAttributes(localName, attributes);
        open.push(new Open(localName, line()));
        begin(localName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (foreignDepth > 0) {
            foreignDepth--;
            return;
        }
        Open element = open.pop();
        List<Slot> slots = SrxSchema.children(element.name);
        for (int i = element.slot; i < slots.size(); i++) {
            int have = i == element.slot ? element.count : 0;
            if (have < slots.get(i).min()) {
                fail("<" + element.name + "> must contain <" + slots.get(i).element() + ">");
            }
        }
        end(element);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (foreignDepth > 0 || open.isEmpty()) {
            return;
        }
        Open element = open.peek();
        if (SrxSchema.holdsText(element.name)) {
            element.text.append(ch, start, length);
        } else if (!new String(ch, start, length).isBlank()) {
            fail("text is not allowed in <" + element.name + ">: \"" + new String(ch, start, length).strip() + "\"");
        }
    }

    private boolean isForeignInHeader(String uri) {
        return !open.isEmpty() && open.peek().name.equals(SrxSchema.HEADER) && !uri.isEmpty()
                && !SrxSchema.NAMESPACE.equals(uri);
    }

    /** Moves {@code parent} along its sequence to a slot for {@code child}; false if there is none. */
    private static boolean acceptChild(Open parent, String child) {
        List<Slot> slots = SrxSchema.children(parent.name);
        while (parent.slot < slots.size()) {
            Slot slot = slots.get(parent.slot);
            if (slot.element().equals(child) && parent.count < slot.max()) {
                parent.count++;
                return true;
            }
            if (parent.count < slot.min()) {
                return false;
            }
            parent.slot++;
            parent.count = 0;
        }
        return false;
    }

    private static String expected(Open parent) {
        if (parent == null) {
            return "<srx>";
        }
        List<Slot> slots = SrxSchema.children(parent.name);
        List<String> names = slots.stream().skip(Math.max(0, parent.slot)).map(s -> "<" + s.element() + ">").toList();
        return names.isEmpty() ? "no child element" : String.join(" or ", names);
    }

    private void checkAttributes(String element, Attributes attributes) throws SAXException {
        List<Attribute> declared = SrxSchema.attributes(element);
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            if (declared.stream().noneMatch(a -> a.name().equals(name))) {
                fail("<" + element + "> has no attribute " + name);
            }
        }
        for (Attribute attribute : declared) {
            String value = attributes.getValue("", attribute.name());
            if (value == null && attribute.required()) {
                fail("<" + element + "> needs the attribute " + attribute.name());
            }
            if (value != null && !attribute.values().isEmpty() && !attribute.values().contains(value)) {
                fail("<" + element + "> " + attribute.name() + "=\"" + value + "\" must be one of "
                        + attribute.values().stream().sorted().toList());
            }
        }
    }

    private void begin(String element, Attributes attributes) {
        switch (element) {
            case "header" -> cascade = "yes".equals(attributes.getValue("", "cascade"));
            case "languagerule" -> {
                languageRuleName = attributes.getValue("", "languagerulename");
                rules.clear();
            }
            case "rule" -> {
                breaking = !"no".equals(attributes.getValue("", "break"));
                beforeBreak = "";
                afterBreak = "";
                beforeLine = line();
                afterLine = line();
            }
            case "languagemap" -> maps.add(new SrxLanguageMap(attributes.getValue("", "languagepattern"),
                    attributes.getValue("", "languagerulename"), line()));
            default -> { }
        }
    }

    private void end(Open element) {
        switch (element.name) {
            case "beforebreak" -> {
                beforeBreak = element.text.toString();
                beforeLine = element.line;
            }
            case "afterbreak" -> {
                afterBreak = element.text.toString();
                afterLine = element.line;
            }
            case "rule" -> rules.add(new SrxRule(breaking, beforeBreak, afterBreak, element.line, beforeLine, afterLine));
            case "languagerule" -> languageRules.add(new SrxLanguageRule(languageRuleName, rules, element.line));
            default -> { }
        }
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    private void fail(String problem) throws SAXException {
        throw new SAXException(new SrxException(line(), problem));
    }
}
