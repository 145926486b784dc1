package it.retelavoro.catalogue;

/** Tipologia A (servizi alle persone) or B (servizi ai datori di lavoro). */
public enum ServiceType {
    PERSON, EMPLOYER
}
