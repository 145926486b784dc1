package it.retelavoro.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The maximum lengths of the text fields, as the aggregates declare them ({@code Delivery.NOTES_MAX}), for the
 * templates: every page has them as {@code limits}, so a field writes {@code maxlength=${limits.Delivery.NOTES_MAX}}
 * and reads the one declaration the service validates with and the tests compare with the column. (Templates
 * cannot read the constants with {@code T(...)}: Thymeleaf forbids static access in fragment parameters.)
 *
 * <p>Read once, at start-up, from the public aggregates of the modules' base packages: every {@code public
 * static final int} whose name ends in {@code _MAX}, by the class's simple name (two classes of one simple name
 * with such constants stop the start).
 */
@Component
public class FieldLimits {

    static final String BASE_PACKAGE = "it.retelavoro";

    private final Map<String, Map<String, Integer>> byAggregate;

    public FieldLimits() {
        this.byAggregate = Collections.unmodifiableMap(read());
    }

    /** Aggregate's simple name to constant name to length. */
    public Map<String, Map<String, Integer>> asMap() {
        return byAggregate;
    }

    private static Map<String, Map<String, Integer>> read() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        // The modules' base packages only (it.retelavoro.<module>.<Class>): where aggregates live.
        scanner.addIncludeFilter(new RegexPatternTypeFilter(
                java.util.regex.Pattern.compile("it\\.retelavoro\\.[a-z]+\\.[A-Z][A-Za-z0-9]*")));
        Map<String, Map<String, Integer>> limits = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(),
                    FieldLimits.class.getClassLoader());
            Map<String, Integer> constants = constants(type);
            if (constants.isEmpty()) {
                continue;
            }
            if (limits.putIfAbsent(type.getSimpleName(), constants) != null) {
                throw new IllegalStateException("Two aggregates called " + type.getSimpleName()
                        + " declare maximum lengths: the templates could not tell them apart");
            }
        }
        return limits;
    }

    private static Map<String, Integer> constants(Class<?> type) {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == int.class && field.getName().endsWith("_MAX") && Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                try {
                    constants.put(field.getName(), field.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableMap(constants);
    }
}
