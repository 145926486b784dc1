package it.retelavoro.network;

import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A site (sede) of an organisation, with the technical and structural features it offers. */
@Table("site")
public class Site {

    /** Longest name and address: the columns' lengths, checked before saving. */
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    /** Longest opening hours, phone and e-mail shown to the public (issue 14). */
    public static final int OPENING_HOURS_MAX = 500;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = 200;

    @Id
    private SiteId id;
    private OrganisationId organisationId;
    private String name;
    private String address;
    private String comuneCode;
    private Instant createdAt;
    private String openingHours;
    private String phone;
    private String email;
    @MappedCollection(idColumn = "site_id")
    private Set<SiteFeatureEntry> features;
    @Version
    private Integer version;

    @PersistenceCreator
    Site(SiteId id, OrganisationId organisationId, String name, String address, String comuneCode, Instant createdAt,
            Set<SiteFeatureEntry> features, Integer version, String openingHours, String phone, String email) {
        this.id = id;
        this.organisationId = organisationId;
        this.name = name;
        this.address = address;
        this.comuneCode = comuneCode;
        this.createdAt = createdAt;
        this.features = features == null ? new HashSet<>() : new HashSet<>(features);
        this.version = version;
        this.openingHours = openingHours;
        this.phone = phone;
        this.email = email;
    }

    static Site open(OrganisationId organisation, String name, String address, String comuneCode,
            Collection<SiteFeature> features, Instant now) {
        Site site = new Site(new SiteId(UUID.randomUUID()), organisation, Objects.requireNonNull(name).strip(),
                address == null || address.isBlank() ? null : address.strip(), comuneCode, now, Set.of(), null, null, null, null);
        site.equip(features);
        return site;
    }

    void describe(String newName, String newAddress, String newComuneCode) {
        this.name = Objects.requireNonNull(newName).strip();
        this.address = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        this.comuneCode = Objects.requireNonNull(newComuneCode);
    }

    /** Sets how the public reaches the site: blank values clear them. */
    void reachableAt(SiteContacts contacts) {
        this.openingHours = blankToNull(contacts.openingHours());
        this.phone = blankToNull(contacts.phone());
        this.email = blankToNull(contacts.email());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Replaces the features the site offers. */
    void equip(Collection<SiteFeature> newFeatures) {
        this.features = newFeatures.stream().map(SiteFeatureEntry::new).collect(Collectors.toCollection(HashSet::new));
    }

    public SiteId id() {
        return id;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String comuneCode() {
        return comuneCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<SiteFeature> features() {
        Set<SiteFeature> result = EnumSet.noneOf(SiteFeature.class);
        features.forEach(entry -> result.add(entry.feature()));
        return result;
    }

    public boolean has(SiteFeature feature) {
        return features.contains(new SiteFeatureEntry(feature));
    }

    /** How the public reaches the site: opening hours, phone and e-mail, each possibly absent. */
    public SiteContacts contacts() {
        return new SiteContacts(openingHours, phone, email);
    }

    public Integer version() {
        return version;
    }

    @Table("site_feature")
    record SiteFeatureEntry(SiteFeature feature) {
    }
}
