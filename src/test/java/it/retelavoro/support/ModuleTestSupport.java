package it.retelavoro.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * What a module test (@ApplicationModuleTest, which boots one module without the platform) needs of the
 * platform: the converters of the typed ids, made by the platform's own {@code TypedIdConversions} (package
 * private there, so reached here by reflection rather than copied).
 */
public final class ModuleTestSupport {

    private ModuleTestSupport() {
    }

    /** The platform's converters of every typed id, for a module test's {@code @Bean JdbcCustomConversions}. */
    public static JdbcCustomConversions typedIdConversions() {
        try {
            Class<?> type = Class.forName("it.retelavoro.platform.database.TypedIdConversions");
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Method conversions = type.getDeclaredMethod("jdbcCustomConversions");
            conversions.setAccessible(true);
            return (JdbcCustomConversions) conversions.invoke(constructor.newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the platform's TypedIdConversions cannot be reached", e);
        }
    }
}
