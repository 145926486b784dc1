package it.retelavoro.reference;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators replace a reference table (comuni, education levels, occupations) with a newer official
 * file. The file is checked whole, stored in PostgreSQL (so it wins over the shipped file after a restart
 * too) and put in use when the transaction commits. Imports are audited.
 */
@Service
public class ReferenceData {

    /** Files larger than this are refused: the ANPR comuni file is about 300 kB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ImportedFiles files;
    private final List<ImportableTable<?>> tables;
    private final AuditLog audit;
    private final Clock clock;

    ReferenceData(ImportedFiles files, List<ImportableTable<?>> tables, AuditLog audit, Clock clock) {
        this.files = files;
        this.tables = tables;
        this.audit = audit;
        this.clock = clock;
    }

    /** An imported file: which table, how many rows, when and by whom. */
    public record ImportedFile(ReferenceFile file, int rows, Instant importedAt, String importedBy) {
    }

    /**
     * Imports a file for the vocabulary {@code name} ({@code comuni}, {@code education-levels},
     * {@code occupations}).
     *
     * @return the number of rows (units for occupations) now in use
     * @throws InvalidInputException (field {@code file}) when the file is not a valid table
     */
    @Transactional
    public int importFile(String name, byte[] content, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("VOCABULARY_IMPORT", "VOCABULARY", name);
            throw new AccessDeniedException("Solo un amministratore importa i vocabolari");
        }
        ReferenceFile file = ReferenceFile.byVocabulary(name).orElseThrow(() -> new NotFoundException("vocabulary",
                name));
        ImportableTable<?> table = tables.stream().filter(t -> t.file() == file).findFirst().orElseThrow();
        return importInto(table, decode(content), caller);
    }

    private <T> int importInto(ImportableTable<T> table, String text, CurrentUser caller) {
        T parsed = table.parse(text);
        int rows = table.size(parsed);
        files.store(table.file(), text, rows, caller.username(), clock.instant());
        audit.success("VOCABULARY_IMPORT", "VOCABULARY", table.file().vocabulary(), "rows=" + rows);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    table.replace(parsed);
                }
            });
        } else {
            table.replace(parsed);
        }
        return rows;
    }

    private static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "reference.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "reference.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "reference.import.not-utf8");
        }
    }

    /** The files imported so far, for the administrator's page. */
    @Transactional(readOnly = true)
    public List<ImportedFile> imports(CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("VOCABULARY_IMPORT_READ", "VOCABULARY", null);
            throw new AccessDeniedException("Solo un amministratore");
        }
        return files.list();
    }
}
