package it.retelavoro.mail.web;

import it.retelavoro.mail.MailId;
import it.retelavoro.mail.MailOutbox;
import it.retelavoro.mail.OutgoingMail;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' outbox ({@code /admin/outbox}): the mails the application sent or holds, each readable. */
@Controller
class OutboxPagesController {

    private final MailOutbox outbox;
    private final Clock clock;

    OutboxPagesController(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/admin/outbox")
    String page(@RequestParam(defaultValue = "0") int page, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "admin-outbox");
        model.addAttribute("outbox", outbox.page(page, caller));
        model.addAttribute("zone", clock.getZone());
        return "admin/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable UUID id, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "admin-outbox");
        model.addAttribute("mail", outbox.message(new MailId(id), caller));
        model.addAttribute("zone", clock.getZone());
        return "admin/outbox-message";
    }

    @GetMapping("/admin/outbox/{id}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position, CurrentUser caller) {
        OutgoingMail.Attachment attachment = outbox.attachment(new MailId(id), position, caller);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.fileName()).build().toString())
                .body(attachment.content());
    }
}
