package it.retelavoro.employer.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.retelavoro.employer.CompanyPact;
import it.retelavoro.employer.EmployerFile;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comuni;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The company Patto di Servizio as a PDF: the XHTML template {@code employer/pact-pdf.html} rendered by
 * openhtmltopdf. The template loads nothing from outside the document (no fonts, images or styles by URL).
 */
@Component
class PactPdf {

    private final ITemplateEngine templates;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AtecoClassification ateco;

    PactPdf(ITemplateEngine templates, NetworkManagement network, Comuni comuni, AtecoClassification ateco) {
        this.templates = templates;
        this.network = network;
        this.comuni = comuni;
        this.ateco = ateco;
    }

    /** The signed Patto of the file, or else its latest refusal. */
    byte[] render(EmployerFile file, Locale locale) {
        CompanyPact pact = file.signedPact().or(file::latestPact).orElseThrow();
        Context context = new Context(locale);
        context.setVariable("employer", file.employer());
        context.setVariable("pact", pact);
        context.setVariable("organisation", network.findOrganisation(pact.organisationId()).map(Organisation::name)
                .orElse(""));
        context.setVariable("site", network.findSite(pact.siteId()).map(Site::name).orElse(""));
        context.setVariable("operator", network.findUser(pact.operatorId()).map(UserAccount::fullName).orElse(""));
        context.setVariable("comune", comuni.addressOf(file.employer().address(), file.employer().comuneCode()));
        context.setVariable("ateco", ateco.labelOf(file.employer().atecoCode()));
        String xhtml = templates.process("employer/pact-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
