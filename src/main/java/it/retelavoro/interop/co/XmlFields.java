package it.retelavoro.interop.co;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass of StAX over a CO document, keeping the values it may need: every attribute and every non-blank
 * element text, by its path from the root ({@code Lavoratore/AnagraficaCompleta/cognome},
 * {@code DatoreLavoro/@codiceFiscale}, {@code @dataInvio}), the first occurrence only, with its line. Elements
 * the mapping does not ask for are kept and never read, which is what makes the reader tolerant of them.
 * Namespaces are checked on the root only: the children of the Ministry's models are in the root's namespace.
 *
 * <p>Secure by construction: the JDK's own StAX implementation (not whichever is on the classpath), no DTD, no
 * external entity, and a DOCTYPE is refused outright, so neither XXE nor entity expansion can happen. The
 * depth, the number of values kept and the length of a text are bounded.
 */
final class XmlFields {

    static final Set<String> EVENT_ELEMENTS = Set.of("InizioRapporto", "Proroga", "Trasformazione", "Cessazione");
    /** UniSomm's hire: {@code InizioContratto/Inizio}; "Inizio" alone is too common a name to mean it. */
    private static final String MISSION_START = "Inizio";
    private static final String MISSION_START_PARENT = "InizioContratto";
    /**
     * Where an event element may stand: in UniLav a child of the root; in UniSomm also below the user company
     * ({@code DittaUtilizzatrice/InizioContratto/Inizio}, {@code .../Proroga}) or the agency, since the
     * positions of its transformation and cessation could not be confirmed. Elsewhere, or in another
     * namespace (a regional extension), an element of the same name is not an event.
     */
    private static final Map<CoKind, Set<String>> EVENT_PARENTS = Map.of(
            CoKind.UNILAV, Set.of(""),
            CoKind.UNISOMM, Set.of("", "DittaUtilizzatrice", "DittaUtilizzatrice/InizioContratto",
                    "AgenziaSomministrazione"));

    private static final int MAX_DEPTH = 64;
    private static final int MAX_VALUES = 20_000;
    private static final int MAX_TEXT = 10_000;

    /** A value of the document and the line it is on. */
    record Value(String path, String text, int line) {
    }

    /** An element that communicates an event, where it was found. */
    record EventElement(String name, String path, int line) {
    }

    private final CoKind kind;
    private final int rootLine;
    private final Map<String, Value> values;
    private final Map<String, Integer> elementLines;
    private final List<EventElement> events;

    private XmlFields(CoKind kind, int rootLine, Map<String, Value> values, Map<String, Integer> elementLines,
            List<EventElement> events) {
        this.kind = kind;
        this.rootLine = rootLine;
        this.values = values;
        this.elementLines = elementLines;
        this.events = events;
    }

    CoKind kind() {
        return kind;
    }

    int rootLine() {
        return rootLine;
    }

    List<EventElement> events() {
        return events;
    }

    Optional<Value> value(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** The value at {@code prefix/leaf}, or else at the first {@code .../leaf} below {@code prefix}. */
    Optional<Value> inSubtree(String prefix, String leaf) {
        Value direct = values.get(prefix + "/" + leaf);
        if (direct != null) {
            return Optional.of(direct);
        }
        String start = prefix + "/";
        String end = "/" + leaf;
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(start) && e.getKey().endsWith(end))
                .map(Map.Entry::getValue).findFirst();
    }

    boolean hasElement(String path) {
        return elementLines.containsKey(path);
    }

    /** The line of the element at {@code path}, or of its nearest ancestor present, or of the root. */
    int lineOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = elementLines.get(current);
            if (line != null) {
                return line;
            }
            int slash = current.lastIndexOf('/');
            current = slash < 0 ? "" : current.substring(0, slash);
        }
        return rootLine;
    }

    static XmlFields read(InputStream xml) {
        XMLStreamReader reader;
        try {
            reader = factory().createXMLStreamReader(xml);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        try {
            return new Pass(reader).run();
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the document was read or refused already; nothing is left to release but the reader
            }
        }
    }

    /**
     * A factory per thread: making one costs more than reading a document, and a factory is not made to be shared
     * by threads (the JDK's may hand out again the reader it made last).
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlFields::newFactory);

    private static XMLInputFactory factory() {
        return FACTORY.get();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static CoDocumentException malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new CoDocumentException("Il documento non è XML ben formato.", line, e);
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }

    /** The state of one reading. */
    private static final class Pass {
        private final XMLStreamReader reader;
        private final Map<String, Value> values = new LinkedHashMap<>();
        private final Map<String, Integer> elementLines = new LinkedHashMap<>();
        private final List<EventElement> events = new ArrayList<>();
        private final Deque<String> paths = new ArrayDeque<>();
        private final Deque<String> names = new ArrayDeque<>();
        private final Deque<StringBuilder> texts = new ArrayDeque<>();
        private final Deque<Integer> lines = new ArrayDeque<>();
        private CoKind kind;
        private String rootNamespace;
        private int rootLine;

        Pass(XMLStreamReader reader) {
            this.reader = reader;
        }

        XmlFields run() throws XMLStreamException {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new CoDocumentException(
                            "Il documento contiene una dichiarazione DOCTYPE, che non è ammessa.", line(reader));
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new CoDocumentException(
                            "Il documento usa un'entità («&" + reader.getLocalName() + ";»), che non è ammessa.",
                            line(reader));
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions and whitespace outside the root carry nothing
                    }
                }
            }
            if (kind == null) {
                throw new CoDocumentException("Il documento non contiene alcun elemento.", line(reader));
            }
            return new XmlFields(kind, rootLine, values, elementLines, events);
        }

        private void start() {
            int line = line(reader);
            String name = reader.getLocalName();
            String path;
            if (kind == null) {
                kind = rootKind(name, line);
                rootNamespace = namespaceOf(reader);
                rootLine = line;
                path = "";
            } else {
                if (paths.size() >= MAX_DEPTH) {
                    throw new CoDocumentException("Il documento è annidato troppo in profondità.", line);
                }
                String parent = paths.peek();
                path = parent.isEmpty() ? name : parent + "/" + name;
                elementLines.putIfAbsent(path, line);
                if (isEvent(name, parent)) {
                    events.add(new EventElement(name, path, line));
                }
            }
            String prefix = path.isEmpty() ? "@" : path + "/@";
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                keep(prefix + reader.getAttributeLocalName(i), reader.getAttributeValue(i), line);
            }
            paths.push(path);
            names.push(name);
            texts.push(new StringBuilder());
            lines.push(line);
        }

        private boolean isEvent(String name, String parent) {
            boolean named = EVENT_ELEMENTS.contains(name)
                    || MISSION_START.equals(name) && MISSION_START_PARENT.equals(names.peek());
            return named && rootNamespace.equals(namespaceOf(reader)) && EVENT_PARENTS.get(kind).contains(parent);
        }

        private static String namespaceOf(XMLStreamReader reader) {
            String namespace = reader.getNamespaceURI();
            return namespace == null ? "" : namespace;
        }

        private CoKind rootKind(String name, int line) {
            CoKind found = CoKind.byRootElement(name).orElseThrow(() -> new CoDocumentException(
                    "Elemento radice «" + name + "» non riconosciuto: atteso UniLav o UniSomm.", line));
            String namespace = reader.getNamespaceURI();
            // a producer that leaves the namespace out is tolerated; a different one is another model
            if (namespace != null && !namespace.isEmpty() && !namespace.equals(found.namespace())) {
                throw new CoDocumentException("Spazio dei nomi «" + namespace + "» non valido per " + name
                        + ": atteso " + found.namespace() + ".", line);
            }
            return found;
        }

        private void text() {
            StringBuilder text = texts.peek();
            if (text != null) {
                text.append(reader.getText());
                if (text.length() > MAX_TEXT) {
                    throw new CoDocumentException("Un valore del documento supera i " + MAX_TEXT + " caratteri.",
                            line(reader));
                }
            }
        }

        private void end() {
            String path = paths.pop();
            names.pop();
            int line = lines.pop();
            keep(path, texts.pop().toString(), line);
        }

        private void keep(String path, String text, int line) {
            String value = text.strip();
            if (value.isEmpty() || path.isEmpty()) {
                return;
            }
            if (values.size() >= MAX_VALUES) {
                throw new CoDocumentException("Il documento contiene troppi dati (più di " + MAX_VALUES + ").",
                        line);
            }
            values.putIfAbsent(path, new Value(path, value, line));
        }
    }
}
