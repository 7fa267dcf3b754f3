package org.magnolianews.host.rendering;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers for the XML documents (feeds, sitemaps): a writer, and text cleaned of characters XML 1.0 forbids. */
final class XmlText {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlText() {
    }

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException, javax.jcr.RepositoryException;
    }

    static String document(Body body) throws XMLStreamException, javax.jcr.RepositoryException {
        StringWriter out = new StringWriter(32_768);
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        body.write(xml);
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String prefix, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** Drops control characters XML 1.0 cannot carry (an editor's paste can contain them). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
