package it.retelavoro.support;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The events an aggregate registered and its repository would publish on save, for plain unit tests of the
 * aggregate (Spring Data keeps {@code domainEvents()} protected).
 */
public final class RegisteredEvents {

    private RegisteredEvents() {
    }

    public static List<Object> of(AbstractAggregateRoot<?> aggregate) {
        try {
            Method events = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
            events.setAccessible(true);
            return List.copyOf((Collection<?>) events.invoke(aggregate));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registered events of one type. */
    public static <T> List<T> of(AbstractAggregateRoot<?> aggregate, Class<T> type) {
        return of(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
