package it.retelavoro.agenda;

import it.retelavoro.agenda.AgendaEvents.AppointmentMoved;
import it.retelavoro.mail.MailId;
import it.retelavoro.mail.Mailer;
import it.retelavoro.mail.OutgoingMail;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comuni;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders of the convocations: a persisted schedule (table {@code agenda_reminder}), one row for each lead
 * time ({@code retelavoro.agenda.reminders}, 2 days and 2 hours before) of each convocation with an e-mail
 * address, for the appointment's start. A job that runs on one instance at a time (ShedLock) takes the due rows
 * ({@code for update skip locked}) and, in the same transaction, writes the mail to the outbox and marks the row
 * sent: each reminder goes once, across restarts and instances. A reminder whose appointment was cancelled, or
 * moved (the move plans new ones), or that is late by more than half its lead (the schedule was stopped), is
 * skipped.
 */
@Component
class ConvocationReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ConvocationReminders.class);
    static final String MAIL_TOPIC = "REMINDER";
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AppointmentRepository appointments;
    private final ConvocationRepository convocations;
    private final ConvocationDocuments documents;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final List<Duration> leads;

    ConvocationReminders(JdbcClient jdbc, PlatformTransactionManager transactions,
            AppointmentRepository appointments, ConvocationRepository convocations, ConvocationDocuments documents,
            NetworkManagement network, Comuni comuni, Mailer mailer, MessageSource messages, Clock clock,
            @Value("${retelavoro.agenda.reminders:P2D,PT2H}") List<Duration> leads) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.appointments = appointments;
        this.convocations = convocations;
        this.documents = documents;
        this.network = network;
        this.comuni = comuni;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.leads = leads.stream().filter(lead -> !lead.isNegative() && !lead.isZero()).distinct().toList();
    }

    /** Plans the reminders of the convocation for the start, those still ahead; none without an e-mail address. */
    void plan(Convocation convocation, Instant start) {
        if (convocation.reminderEmail().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Duration lead : leads) {
            Instant due = start.minus(lead);
            if (due.isAfter(now)) {
                jdbc.sql("""
                        insert into agenda_reminder (id, convocation_id, lead_minutes, for_start, due_at, status)
                        values (:id, :convocation, :lead, :start, :due, 'PLANNED')
                        on conflict (convocation_id, lead_minutes, for_start) do nothing""")
                        .param("id", UUID.randomUUID()).param("convocation", convocation.id().value())
                        .param("lead", lead.toMinutes()).param("start", Timestamp.from(start))
                        .param("due", Timestamp.from(due)).update();
            }
        }
    }

    /** The reminders of a convocation, by when they are due. */
    List<ConvocationReminder> of(ConvocationId convocation) {
        return jdbc.sql("""
                select lead_minutes, for_start, due_at, status, done_at from agenda_reminder
                 where convocation_id = :convocation order by due_at, lead_minutes""")
                .param("convocation", convocation.value())
                .query((rs, n) -> new ConvocationReminder(rs.getLong("lead_minutes"), rs.getTimestamp("for_start").toInstant(),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("status"),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant()))
                .list();
    }

    /** A moved appointment: the reminders for its old start are skipped when due, new ones planned for the new. */
    @EventListener
    void on(AppointmentMoved moved) {
        for (Convocation convocation : convocations.findByAppointment(moved.appointmentId())) {
            plan(convocation, moved.to());
        }
    }

    @Scheduled(fixedDelayString = "${retelavoro.agenda.reminder-check:PT1M}",
            initialDelayString = "${retelavoro.agenda.reminder-check:PT1M}")
    @SchedulerLock(name = "agenda-reminders", lockAtMostFor = "PT15M")
    public void scheduled() {
        sendDue();
    }

    /** Sends the reminders due (writing their mails to the outbox); returns how many were sent or skipped. */
    int sendDue() {
        int done = 0;
        Integer batch;
        do {
            batch = transaction.execute(status -> sendBatch());
            done += batch == null ? 0 : batch;
        } while (batch != null && batch == BATCH);
        return done;
    }

    private int sendBatch() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                select r.id, r.convocation_id, r.lead_minutes, r.for_start from agenda_reminder r
                 where r.status = 'PLANNED' and r.due_at <= :now
                 order by r.due_at, r.id limit :limit for update of r skip locked""")
                .param("now", Timestamp.from(now)).param("limit", BATCH)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class),
                        new ConvocationId(rs.getObject("convocation_id", UUID.class)), rs.getLong("lead_minutes"),
                        rs.getTimestamp("for_start").toInstant())).list();
        for (Due reminder : due) {
            Convocation convocation = convocations.findById(reminder.convocation()).orElseThrow();
            Appointment appointment = appointments.findById(convocation.appointmentId()).orElseThrow();
            // late by more than half its lead (the schedule was stopped): a stale reminder is not sent
            Instant stale = reminder.forStart().minus(Duration.ofMinutes(reminder.leadMinutes() / 2));
            boolean current = appointment.status() == AppointmentStatus.BOOKED
                    && appointment.startsAt().equals(reminder.forStart()) && now.isBefore(stale)
                    && convocation.reminderEmail().isPresent();
            MailId mail = current ? mailer.enqueue(mail(convocation, appointment)) : null;
            jdbc.sql("update agenda_reminder set status = :status, mail_id = :mail, done_at = :now where id = :id")
                    .param("status", current ? "SENT" : "SKIPPED").param("mail", mail == null ? null : mail.value())
                    .param("now", Timestamp.from(now)).param("id", reminder.id()).update();
        }
        if (!due.isEmpty()) {
            LOG.info("Reminders of convocations: {} due handled", due.size());
        }
        return due.size();
    }

    private OutgoingMail mail(Convocation convocation, Appointment appointment) {
        Locale locale = Locale.ITALIAN;
        Site site = network.findSite(appointment.siteId()).orElseThrow();
        var start = appointment.startsAt().atZone(clock.getZone());
        String service = messages.getMessage("catalogue.service." + appointment.service() + ".name", null,
                appointment.service().name(), locale);
        String body = messages.getMessage("agenda.reminder.mail.body", new Object[] {service,
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(start),
                DateTimeFormatter.ofPattern("HH:mm", locale).format(start), site.name(),
                comuni.addressOf(site.address(), site.comuneCode()),
                site.contacts().phone() == null ? "-" : site.contacts().phone()}, locale);
        String subject = messages.getMessage("agenda.reminder.mail.subject",
                new Object[] {DateTimeFormatter.ofPattern("dd/MM/yyyy", locale).format(start)}, locale);
        // the calendar file again, so that a moved appointment reaches the person's calendar with its new time
        byte[] ics = documents.calendar(documents.letter(convocation, appointment, null), locale);
        return new OutgoingMail(MAIL_TOPIC, appointment.id().value(), convocation.reminderEmail().orElseThrow(),
                subject, body, List.of(new OutgoingMail.Attachment(Convocations.fileName(convocation) + ".ics",
                        "text/calendar", ics)));
    }

    private record Due(UUID id, ConvocationId convocation, long leadMinutes, Instant forStart) {
    }
}
