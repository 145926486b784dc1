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
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New catalogue versions from administrators: a later regional act that adds an output, changes a
 * duration or extends a target's preconditions, uploaded as a YAML file like the shipped ones.
 *
 * <p>An upload is read and checked in full before anything changes: a malformed or inconsistent file is
 * refused with every problem ({@link InvalidInputException}, one problem per place in the file), one that
 * clashes with a registered version with a {@link ConflictException}; in both cases the versions in
 * force are untouched. An accepted upload is stored (so that {@link Catalogue} registers it again at
 * start-up), audited, and then registered in the running {@link Catalogue}.
 */
@Service
public class CatalogueVersionUploads {

    /** The audit action of an upload; the object is the version id. */
    public static final String AUDIT_ACTION = "CATALOGUE_VERSION_UPLOAD";
    public static final String AUDIT_OBJECT = "CATALOGUE_VERSION";

    /** A problem of the reader starts with its place in the file ({@code servizi.A3.modes[0].minMinutes}). */
    private static final Pattern PLACE = Pattern.compile("[A-Za-z0-9_.()\\[\\]-]+");

    private final Catalogue catalogue;
    private final StoredCatalogueVersions store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /**
     * Uploads are checked against the registry and then stored: one at a time, or two versions valid
     * each on its own could both pass the check and clash once registered.
     */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    CatalogueVersionUploads(Catalogue catalogue, StoredCatalogueVersions store, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Reads, checks, stores and registers a version (administrators only).
     *
     * @param yaml   the text of the version file
     * @param caller who uploads it
     * @return the version as registered, with its effective end
     * @throws AccessDeniedException  when the caller is not an administrator
     * @throws InvalidInputException  listing every problem of the file, each with its place as field
     * @throws ConflictException      when the version clashes with a registered one
     */
    public CatalogueVersion upload(String yaml, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied(AUDIT_ACTION, AUDIT_OBJECT, null);
            throw new AccessDeniedException("Solo un amministratore può caricare una versione del repertorio");
        }
        CatalogueVersion version = read(yaml == null ? "" : yaml);
        refuseUncomputableIndicators(version);
        oneAtATime.lock();
        try {
            try {
                catalogue.versions().withVersion(version);
            } catch (CatalogueVersionConflictException e) {
                throw conflict(version, e.getMessage());
            }
            try {
                transaction.executeWithoutResult(status -> {
                    store.add(new StoredCatalogueVersions.StoredVersion(UUID.randomUUID(), version.id(), yaml,
                            caller.username(), clock.instant()));
                    audit.success(AUDIT_ACTION, AUDIT_OBJECT, version.id());
                });
            } catch (DuplicateKeyException e) {
                // Stored before but not registered (it clashed at start-up with a version shipped since).
                throw conflict(version, "La versione " + version.id() + " è già stata caricata.");
            }
            catalogue.register(version);
            return catalogue.versions().byId(version.id()).orElseThrow();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Who uploaded which version and when, oldest first. */
    public List<CatalogueVersionUpload> uploads() {
        return store.all().stream()
                .map(stored -> new CatalogueVersionUpload(stored.versionId(), stored.uploadedBy(), stored.uploadedAt()))
                .toList();
    }

    private CatalogueVersion read(String yaml) {
        try {
            return new CatalogueVersionReader().read(yaml, "upload");
        } catch (InvalidCatalogueVersionException e) {
            throw refused(e.problems());
        }
    }

    /** An indicator that monitoring cannot compute would read zero for ever: the version is refused. */
    private void refuseUncomputableIndicators(CatalogueVersion version) {
        List<String> problems = catalogue.uncomputableIndicators(version);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    /** The problems of the file, each tied to its place in it (or to the whole file), audited. */
    private InvalidInputException refused(List<String> fileProblems) {
        audit.failed(AUDIT_ACTION, AUDIT_OBJECT, null, "INVALID: " + fileProblems.size());
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        for (String problem : fileProblems) {
            int colon = problem.indexOf(": ");
            String place = colon > 0 ? problem.substring(0, colon) : "";
            problems.add(PLACE.matcher(place).matches()
                    ? new InvalidInputException.FieldProblem(place, "catalogue.upload.problem",
                            List.of(problem.substring(colon + 2)))
                    : new InvalidInputException.FieldProblem("yaml", "catalogue.upload.problem", List.of(problem)));
        }
        return new InvalidInputException(problems);
    }

    private ConflictException conflict(CatalogueVersion version, String reason) {
        audit.failed(AUDIT_ACTION, AUDIT_OBJECT, version.id(), "CONFLICT");
        String existing = catalogue.versions().byId(version.id()).isPresent()
                ? "/api/v1/catalogue/versions/" + version.id() : null;
        return new ConflictException("catalogue.upload.conflict", List.of(reason), existing);
    }
}
