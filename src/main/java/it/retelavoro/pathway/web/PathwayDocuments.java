package it.retelavoro.pathway.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.retelavoro.pathway.ActionPlan;
import it.retelavoro.pathway.ConditionalityMeasures;
import it.retelavoro.pathway.Pact;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.PrintableDocument;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The Patto and the PAI as the operator hands them over for signature: an XHTML Thymeleaf template
 * (templates/pathway/pdf) rendered to PDF by openhtmltopdf. The read of the data is audited by
 * {@link PactsAndPlans}.
 */
@Component
class PathwayDocuments {

    private static final String STYLES = Objects.requireNonNull(
            PathwayDocuments.class.getResource("/static/css/pathway-document.css")).toExternalForm();

    private final PactsAndPlans plans;
    private final ITemplateEngine templates;
    private final Clock clock;

    PathwayDocuments(PactsAndPlans plans, ITemplateEngine templates, Clock clock) {
        this.plans = plans;
        this.templates = templates;
        this.clock = clock;
    }

    byte[] pact(PersonId personId, CurrentUser caller, Locale locale) {
        return pact(plans.pactForPrint(personId, caller), locale);
    }

    byte[] actionPlan(PersonId personId, CurrentUser caller, Locale locale) {
        return actionPlan(plans.actionPlanForPrint(personId, caller), locale);
    }

    /** A Patto read already (the person's own, issue 17). */
    byte[] pact(Map.Entry<Pact, PrintableDocument> found, Locale locale) {
        Context context = context(found.getValue(), locale);
        context.setVariable("pact", found.getKey());
        return render("pathway/pdf/pact", context);
    }

    /** A PAI read already (the person's own, issue 17). */
    byte[] actionPlan(Map.Entry<ActionPlan, PrintableDocument> found, Locale locale) {
        Context context = context(found.getValue(), locale);
        context.setVariable("plan", found.getKey());
        return render("pathway/pdf/action-plan", context);
    }

    /** The communication to INPS of a confirmed measure of condizionalità. */
    byte[] inpsCommunication(ConditionalityMeasures.InpsCommunication communication, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("c", communication);
        context.setVariable("printedOn", LocalDate.now(clock));
        context.setVariable("zone", clock.getZone());
        context.setVariable("styles", STYLES);
        return render("pathway/pdf/inps-communication", context);
    }

    private Context context(PrintableDocument document, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("document", document);
        context.setVariable("printedOn", LocalDate.now(clock));
        context.setVariable("styles", STYLES);
        return context;
    }

    private byte[] render(String template, Context context) {
        String xhtml = templates.process(template, context);
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

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.inline().filename(fileName).build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(content);
    }
}
