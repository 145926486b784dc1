package it.retelavoro.catalogue;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New programmes from administrators, uploaded as YAML files like the shipped ones
 * ({@value Programmes#CLASSPATH_FOLDER}), as {@link CatalogueVersionUploads} does for versions: read and checked in
 * full (every problem with its place, 400), refused on a code already registered (409), otherwise stored, audited
 * and registered in the running {@link Catalogue}. At start-up the stored ones are registered again.
 */
@Service
public class ProgrammeUploads {

    public static final String AUDIT_ACTION = "CATALOGUE_PROGRAMME_UPLOAD";
    public static final String AUDIT_OBJECT = "CATALOGUE_PROGRAMME";

    private static final Logger log = LoggerFactory.getLogger(ProgrammeUploads.class);

    private final Catalogue catalogue;
    private final StoredProgrammes store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    ProgrammeUploads(Catalogue catalogue, StoredProgrammes store, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        ProgrammeReader reader = new ProgrammeReader();
        for (StoredProgrammes.StoredProgramme stored : store.all()) {
            try {
                catalogue.register(reader.read(stored.yaml(), stored.code()));
            } catch (InvalidCatalogueVersionException | CatalogueVersionConflictException e) {
                // Valid when accepted; it can only clash with a programme shipped since. The others still judge.
                log.error("Programma caricato {} non registrato all'avvio: {}", stored.code(), e.getMessage());
            }
        }
    }

    /**
     * Reads, checks, stores and registers a programme (administrators only).
     *
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws InvalidInputException every problem of the file, each with its place as field
     * @throws ConflictException     when its code is registered
     */
    public Programme upload(String yaml, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied(AUDIT_ACTION, AUDIT_OBJECT, null);
            throw new AccessDeniedException("Solo un amministratore può caricare un programma");
        }
        Programme programme;
        try {
            programme = new ProgrammeReader().read(yaml == null ? "" : yaml, "upload");
        } catch (InvalidCatalogueVersionException e) {
            throw refused(e.problems());
        }
        oneAtATime.lock();
        try {
            if (catalogue.programmes().byCode(programme.code()).isPresent()) {
                throw conflict(programme);
            }
            List<String> problems = Programmes.problemsAgainst(programme, catalogue.versions());
            if (!problems.isEmpty()) {
                throw refused(problems);
            }
            try {
                transaction.executeWithoutResult(status -> {
                    store.add(new StoredProgrammes.StoredProgramme(UUID.randomUUID(), programme.code(), yaml,
                            caller.username(), clock.instant()));
                    audit.success(AUDIT_ACTION, AUDIT_OBJECT, programme.code());
                });
            } catch (DuplicateKeyException e) {
                throw conflict(programme);
            }
            catalogue.register(programme);
            return programme;
        } finally {
            oneAtATime.unlock();
        }
    }

    private InvalidInputException refused(List<String> fileProblems) {
        audit.failed(AUDIT_ACTION, AUDIT_OBJECT, null, "INVALID: " + fileProblems.size());
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        for (String problem : fileProblems) {
            int colon = problem.indexOf(": ");
            problems.add(colon > 0 && !problem.substring(0, colon).contains(" ")
                    ? new InvalidInputException.FieldProblem(problem.substring(0, colon), "catalogue.upload.problem",
                            List.of(problem.substring(colon + 2)))
                    : new InvalidInputException.FieldProblem("yaml", "catalogue.upload.problem", List.of(problem)));
        }
        return new InvalidInputException(problems);
    }

    private ConflictException conflict(Programme programme) {
        audit.failed(AUDIT_ACTION, AUDIT_OBJECT, programme.code(), "CONFLICT");
        return new ConflictException("catalogue.upload.conflict",
                List.of("Il programma " + programme.code() + " è già registrato."),
                "/api/v1/catalogue/programmes/" + programme.code());
    }
}
