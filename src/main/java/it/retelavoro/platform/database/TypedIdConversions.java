package it.retelavoro.platform.database;

import it.retelavoro.shared.TypedId;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.util.ClassUtils;

/**
 * Spring Data JDBC stores every {@link TypedId} of the application as its {@code uuid} and reads it back as its
 * own type: entities hold {@code PersonId}, {@code DeliveryId}, ... and no converter is written by hand. The ids
 * are found once, at start-up, among the application's classes.
 */
@Configuration(proxyBeanMethods = false)
class TypedIdConversions {

    static final String BASE_PACKAGE = "it.retelavoro";

    @Bean
    JdbcCustomConversions jdbcCustomConversions() {
        List<Object> converters = new ArrayList<>();
        for (Class<? extends TypedId> type : typedIds()) {
            converters.add(new Writing(type));
            converters.add(new Reading(type));
        }
        return new JdbcCustomConversions(converters);
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends TypedId>> typedIds() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(TypedId.class));
        List<Class<? extends TypedId>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
            types.add((Class<? extends TypedId>) ClassUtils.resolveClassName(definition.getBeanClassName(),
                    TypedIdConversions.class.getClassLoader()));
        }
        return types;
    }

    /** A typed id written as its uuid. */
    @org.springframework.data.convert.WritingConverter
    record Writing(Class<? extends TypedId> type) implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, UUID.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : ((TypedId) source).value();
        }
    }

    /** A uuid read as the typed id the entity declares. */
    @org.springframework.data.convert.ReadingConverter
    static final class Reading implements GenericConverter {
        private final Class<? extends TypedId> type;
        private final Constructor<? extends TypedId> constructor;

        Reading(Class<? extends TypedId> type) {
            this.type = type;
            try {
                this.constructor = type.getDeclaredConstructor(UUID.class);
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no constructor of one UUID", e);
            }
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(UUID.class, type));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                return constructor.newInstance((UUID) source);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
            }
        }
    }
}
