package it.retelavoro.interop.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.retelavoro.interop.sap.Sap;
import it.retelavoro.interop.sap.SapXmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The SAP as a file: XML ({@link SapXmlWriter}) or a printable PDF, the XHTML Thymeleaf template
 * {@code interop/sap-pdf} rendered by openhtmltopdf as the Patto and the PAI are (the standard Helvetica, A4, the
 * style sheet {@code css/sap-document.css}, nothing loaded from outside the application).
 */
@Component
class SapDocuments {

    private static final String STYLES = Objects.requireNonNull(
            SapDocuments.class.getResource("/static/css/sap-document.css")).toExternalForm();

    private final ITemplateEngine templates;

    SapDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(Sap sap, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("sap", sap);
        context.setVariable("styles", STYLES);
        String xhtml = templates.process("interop/sap-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, STYLES);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] content) {
        return file(content, MediaType.APPLICATION_PDF, "scheda-sap.pdf");
    }

    static ResponseEntity<byte[]> xmlResponse(Sap sap) {
        return file(SapXmlWriter.write(sap), new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8),
                "scheda-sap.xml");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.inline().filename(fileName).build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(content);
    }
}
