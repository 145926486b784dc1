package it.retelavoro.portal;

import it.retelavoro.agenda.PortalBookings;
import it.retelavoro.shared.ClientAddresses;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.SiteId;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's request of an appointment from the portal (issue 16, point 4), with the same defences as a
 * self-application: a limit of requests per address, a signed form token bound to the visitor and used once, a
 * honeypot field answered as a real request and dropped. The answer is the same whoever the person is: the codice
 * fiscale is not looked up, the mail goes to the address given.
 */
@Service
@Transactional
public class AppointmentRequests {

    private final PortalBookings bookings;
    private final FormTokens tokens;
    private final RateLimiter perAddress;

    AppointmentRequests(PortalBookings bookings, FormTokens tokens, RateLimits rateLimits,
            @Value("${retelavoro.portal.bookings-per-address:5}") int perAddressLimit) {
        this.bookings = bookings;
        this.tokens = tokens;
        this.perAddress = rateLimits.limiter("booking-address", perAddressLimit, Duration.ofMinutes(10));
    }

    /** The purpose a booking form's token is issued for: the site. */
    public static String purpose(SiteId site) {
        return "booking:" + site.value();
    }

    /**
     * Sends the request: the mail with the links to confirm and to cancel it goes to the address given.
     *
     * @throws TooManyApplicationsException when the address sent too many lately
     * @throws InvalidInputException        every invalid field, a form token not good for this site and holder
     */
    public void submit(PortalBookings.Request request, Submission submission, String linkBase, Locale locale) {
        perAddress.acquire(ClientAddresses.hostKey(submission.clientAddress()));
        var problems = new InvalidInputException.Collector();
        try {
            bookings.check(request);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(problem.field(), problem.messageKey(),
                    problem.arguments().toArray()));
        }
        try {
            tokens.verify(submission.formToken(), request.siteId() == null ? "" : purpose(request.siteId()),
                    submission.tokenBinding());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(problem.field(), problem.messageKey(),
                    problem.arguments().toArray()));
        }
        problems.throwIfAny();
        tokens.consume(submission.formToken());
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            return;
        }
        bookings.request(request, linkBase, locale);
    }
}
