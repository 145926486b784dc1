package it.retelavoro.interop.co;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a request body of Comunicazioni Obbligatorie: one XML document, or a zip of many (the entries whose
 * name ends in {@code .xml}; directories, other files and macOS's {@code __MACOSX/} and {@code ._} copies
 * are skipped). Each document is read or refused on its own, so one bad document does not lose the others;
 * the body as a whole is refused ({@link CoBatchException}) only when it cannot be opened or goes over the
 * limits: at most {@code maxEntries} entries of any kind and {@code maxTotalBytes} uncompressed bytes in all,
 * counted as they are inflated, never trusted from the zip's headers.
 */
public final class CoBatchReader {

    /** The name of the only entry of a body that is one XML document. */
    public static final String SINGLE_DOCUMENT = "documento.xml";
    public static final int DEFAULT_MAX_ENTRIES = 1_000;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 16L * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private final CoDocumentReader reader;
    private final int maxEntries;
    private final long maxTotalBytes;

    public CoBatchReader() {
        this(new CoDocumentReader(), DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES);
    }

    public CoBatchReader(CoDocumentReader reader, int maxEntries, long maxTotalBytes) {
        if (maxEntries < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.reader = reader;
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * The documents of the body, in their order.
     *
     * @param body        the request body
     * @param contentType its Content-Type: an XML type ({@code application/xml}, {@code text/xml},
     *                    {@code ...+xml}) or a zip type; when absent or {@code application/octet-stream} the
     *                    body's first bytes decide
     */
    public List<CoBatchEntry> read(byte[] body, String contentType) {
        String type = mediaType(contentType);
        boolean zipMagic = startsWith(body, ZIP_MAGIC) || startsWith(body, EMPTY_ZIP_MAGIC);
        if (isZip(type) || (isUnknown(type) && zipMagic)) {
            return readZip(body);
        }
        if (isXml(type) || (isUnknown(type) && looksLikeXml(body))) {
            if (body.length > maxTotalBytes) {
                throw new CoBatchException("Il documento supera il limite di " + maxTotalBytes + " byte.");
            }
            return List.of(entry(SINGLE_DOCUMENT, body));
        }
        throw new CoBatchException("Tipo di contenuto «" + (contentType == null ? "" : contentType)
                + "» non ammesso: inviare un documento XML o un archivio zip di documenti XML.");
    }

    private List<CoBatchEntry> readZip(byte[] body) {
        List<CoBatchEntry> entries = new ArrayList<>();
        int seen = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry zipEntry;
            while ((zipEntry = zip.getNextEntry()) != null) {
                seen++;
                if (seen > maxEntries) {
                    throw new CoBatchException("L'archivio supera il limite di " + maxEntries + " file.");
                }
                if (!isDocument(zipEntry)) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > maxTotalBytes) {
                        throw new CoBatchException("L'archivio supera il limite di " + maxTotalBytes
                                + " byte di documenti decompressi.");
                    }
                    content.write(buffer, 0, read);
                }
                entries.add(entry(zipEntry.getName(), content.toByteArray()));
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException for a damaged archive; IllegalArgumentException for a name not in UTF-8
            throw new CoBatchException("L'archivio zip non è leggibile.", e);
        }
        if (entries.isEmpty()) {
            throw new CoBatchException("L'archivio zip non contiene documenti XML.");
        }
        return entries;
    }

    private CoBatchEntry entry(String name, byte[] raw) {
        try {
            return new CoBatchEntry.Read(name, reader.read(raw), raw);
        } catch (CoDocumentException e) {
            return new CoBatchEntry.Refused(name, e.getMessage(), e.line(), raw);
        }
    }

    private static boolean isDocument(ZipEntry entry) {
        String name = entry.getName();
        String file = name.substring(name.lastIndexOf('/') + 1);
        return !entry.isDirectory() && file.toLowerCase(Locale.ROOT).endsWith(".xml") && !file.startsWith("._")
                && !name.startsWith("__MACOSX/");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isZip(String type) {
        return type.equals("application/zip") || type.equals("application/x-zip-compressed")
                || type.equals("application/x-zip");
    }

    private static boolean isXml(String type) {
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
    }

    private static boolean isUnknown(String type) {
        return type.isEmpty() || type.equals("application/octet-stream");
    }

    /** A UTF-8 BOM and whitespace, then {@code <}. */
    private static boolean looksLikeXml(byte[] body) {
        int i = startsWith(body, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
