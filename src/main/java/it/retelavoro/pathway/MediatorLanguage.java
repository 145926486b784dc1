package it.retelavoro.pathway;

import org.springframework.data.relational.core.mapping.Table;

/** A language an external mediator mediates in. */
@Table("pathway_delivery_mediator_language")
record MediatorLanguage(String language) {
}
