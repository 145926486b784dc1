package it.retelavoro.interop.co;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A request body of one CO document or a zip of many, each read or refused on its own. */
class CoBatchReaderTest {

    private final CoBatchReader batches = new CoBatchReader();

    @Test
    void reads_each_document_of_a_zip_and_refuses_the_bad_one_with_its_name_line_and_bytes() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("leggimi.txt", "non un documento".getBytes(StandardCharsets.UTF_8));
        files.put("2024/", new byte[0]);
        files.put("2024/assunzione.xml", bytes("unilav-hire.xml"));
        files.put("2024/data-errata.XML", bytes("unilav-bad-date.xml"));
        files.put("__MACOSX/2024/._assunzione.xml", new byte[] {0, 5, 22, 7});
        files.put("somministrazione.xml", bytes("unisomm-hire.xml"));

        List<CoBatchEntry> entries = batches.read(zip(files), "application/zip");

        assertThat(entries).extracting(CoBatchEntry::name)
                .containsExactly("2024/assunzione.xml", "2024/data-errata.XML", "somministrazione.xml");
        assertThat(entries.get(0)).isInstanceOfSatisfying(CoBatchEntry.Read.class,
                read -> assertThat(read.document().code()).isEqualTo(new CoCode("1300000012345678")));
        assertThat(entries.get(1)).isInstanceOfSatisfying(CoBatchEntry.Refused.class, refused -> {
            assertThat(refused.message()).startsWith("Data non valida");
            assertThat(refused.line()).isEqualTo(
                    CoDocumentReaderTest.lineOf("unilav-bad-date.xml", "<data>1985-02-30</data>"));
            assertThat(refused.raw()).isEqualTo(bytes("unilav-bad-date.xml"));
        });
        assertThat(entries.get(2)).isInstanceOfSatisfying(CoBatchEntry.Read.class,
                read -> assertThat(read.document().kind()).isEqualTo(CoKind.UNISOMM));
    }

    @Test
    void reads_a_body_of_one_xml_document() {
        List<CoBatchEntry> entries = batches.read(bytes("unilav-cessation.xml"), "application/xml; charset=UTF-8");

        assertThat(entries).singleElement().isInstanceOfSatisfying(CoBatchEntry.Read.class, read -> {
            assertThat(read.name()).isEqualTo(CoBatchReader.SINGLE_DOCUMENT);
            assertThat(read.document().event()).isInstanceOf(CoEvent.Cessation.class);
            assertThat(read.raw()).isEqualTo(bytes("unilav-cessation.xml"));
        });
    }

    @Test
    void tells_a_zip_from_an_xml_by_its_first_bytes_when_the_type_says_nothing() {
        byte[] zip = zip(Map.of("a.xml", bytes("unilav-hire.xml")));

        assertThat(batches.read(zip, "application/octet-stream")).singleElement()
                .extracting(CoBatchEntry::name).isEqualTo("a.xml");
        assertThat(batches.read(bytes("unilav-hire.xml"), null)).singleElement()
                .extracting(CoBatchEntry::name).isEqualTo(CoBatchReader.SINGLE_DOCUMENT);
    }

    @Test
    void refuses_a_zip_with_more_entries_than_the_limit() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("uno.xml", bytes("unilav-hire.xml"));
        files.put("due.xml", bytes("unilav-extension.xml"));
        files.put("tre.xml", bytes("unilav-cessation.xml"));
        CoBatchReader twoAtMost = new CoBatchReader(new CoDocumentReader(), 2, 1_000_000);

        assertThatThrownBy(() -> twoAtMost.read(zip(files), "application/zip"))
                .isInstanceOf(CoBatchException.class).hasMessage("L'archivio supera il limite di 2 file.");
    }

    @Test
    void refuses_a_zip_that_inflates_beyond_the_limit_of_bytes() {
        // 8 MB of spaces compress to a few kilobytes: a small zip bomb
        byte[] inflated = new byte[8 * 1024 * 1024];
        Arrays.fill(inflated, (byte) ' ');
        byte[] zip = zip(Map.of("bomba.xml", inflated));
        CoBatchReader oneMegabyte = new CoBatchReader(new CoDocumentReader(), 100, 1024 * 1024);

        assertThat(zip.length).isLessThan(100_000);
        assertThatThrownBy(() -> oneMegabyte.read(zip, "application/zip")).isInstanceOf(CoBatchException.class)
                .hasMessage("L'archivio supera il limite di 1048576 byte di documenti decompressi.");
    }

    @Test
    void refuses_a_body_that_is_neither_xml_nor_zip_and_a_zip_without_documents() {
        assertThatThrownBy(() -> batches.read("ciao".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .isInstanceOf(CoBatchException.class).hasMessageStartingWith("Tipo di contenuto «text/plain»");
        assertThatThrownBy(() -> batches.read(zip(Map.of("leggimi.txt", new byte[] {'x'})), "application/zip"))
                .isInstanceOf(CoBatchException.class).hasMessage("L'archivio zip non contiene documenti XML.");
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = CoDocumentReaderTest.resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
