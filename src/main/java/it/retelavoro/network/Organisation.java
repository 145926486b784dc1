package it.retelavoro.network;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member of the network: a CPI, an accredited agency, or the Region that governs them. */
@Table("organisation")
public class Organisation {

    /** Longest name and accreditation reference: the columns' lengths, checked before saving. */
    public static final int NAME_MAX = 200;
    public static final int ACCREDITATION_REFERENCE_MAX = 100;

    @Id
    private OrganisationId id;
    private String name;
    private OrganisationKind kind;
    private String fiscalCode;
    private String accreditationReference;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Organisation(OrganisationId id, String name, OrganisationKind kind, String fiscalCode,
            String accreditationReference, Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.fiscalCode = fiscalCode;
        this.accreditationReference = accreditationReference;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Organisation register(String name, OrganisationKind kind, String fiscalCode,
            String accreditationReference, Instant now) {
        return new Organisation(new OrganisationId(UUID.randomUUID()), Objects.requireNonNull(name).strip(),
                Objects.requireNonNull(kind), fiscalCode, blankToNull(accreditationReference), now, null);
    }

    void rename(String newName, String newAccreditationReference) {
        this.name = Objects.requireNonNull(newName).strip();
        this.accreditationReference = blankToNull(newAccreditationReference);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OrganisationId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String fiscalCode() {
        return fiscalCode;
    }

    public String accreditationReference() {
        return accreditationReference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer version() {
        return version;
    }
}
