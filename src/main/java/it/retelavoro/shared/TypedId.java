package it.retelavoro.shared;

import java.io.Serializable;
import java.util.UUID;

/**
 * An identifier with a type of its own ({@code PersonId}, {@code DeliveryId}, ...): a record of one
 * {@link UUID} component called {@code value}. Aggregates hold their ids and their references to other
 * aggregates as typed ids; the platform converts every implementation to and from the database's
 * {@code uuid} column, so no entity keeps a raw {@code UUID} to wrap in a getter.
 */
public interface TypedId extends Serializable {

    UUID value();
}
