package it.retelavoro.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the JSON API accepts, before any service sees it: text without control characters (PostgreSQL
 * refuses NUL, and no field of ours means a control other than tab and line breaks), dates and instants
 * only as ISO strings (a number would silently become a day counted from 1970), and no {@code null}
 * inside a list or set. Each refusal is a {@link MismatchedInputException} with the JSON path of the
 * field, which {@link ApiExceptionHandler} names in its 400 problem.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    private static final Set<Class<?>> DATE_TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            Instant.class, OffsetDateTime.class, ZonedDateTime.class, YearMonth.class);

    @Bean
    JsonMapperBuilderCustomizer strictJsonInputCustomizer() {
        SimpleModule module = new SimpleModule("retelavoro-strict-input");
        module.addDeserializer(String.class, new ControlFreeStringDeserializer());
        module.setDeserializerModifier(new IsoDatesOnly());
        return builder -> builder.addModule(module)
                .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }

    /** A text value that contains a control character. */
    static final class ControlCharacterException extends MismatchedInputException {
        ControlCharacterException(JsonParser parser) {
            super(parser, "Control character in text", String.class);
        }
    }

    /** A date or instant sent as something other than an ISO string. */
    static final class NotIsoDateException extends MismatchedInputException {
        NotIsoDateException(JsonParser parser, Class<?> type) {
            super(parser, "Expected an ISO string for " + type.getSimpleName(), type);
        }
    }

    /** Whether the text holds a C0 control character other than tab, line feed and carriage return. */
    static boolean hasForbiddenControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    static final class ControlFreeStringDeserializer extends StdScalarDeserializer<String> {

        ControlFreeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && hasForbiddenControl(value)) {
                throw new ControlCharacterException(parser);
            }
            return value;
        }
    }

    static final class IsoDatesOnly extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return DATE_TYPES.contains(type) ? new IsoStringOnly(deserializer, type) : deserializer;
        }
    }

    static final class IsoStringOnly extends DelegatingDeserializer {

        private final Class<?> type;

        IsoStringOnly(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new IsoStringOnly(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new NotIsoDateException(parser, type);
            }
            return super.deserialize(parser, context);
        }
    }
}
