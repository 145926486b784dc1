package it.retelavoro.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * A vocabulary of fixed codes (an enum of the domain) whose labels live in {@code messages.properties}.
 */
public final class MessageVocabulary<T> implements Vocabulary {

    private final String name;
    private final List<T> values;
    private final Function<T, String> code;
    private final Function<T, String> labelKey;
    private final MessageSource messages;

    public MessageVocabulary(String name, Collection<T> values, Function<T, String> code,
            Function<T, String> labelKey, MessageSource messages) {
        this.name = name;
        this.values = List.copyOf(values);
        this.code = code;
        this.labelKey = labelKey;
        this.messages = messages;
    }

    public static <E extends Enum<E>> MessageVocabulary<E> ofEnum(String name, Class<E> type,
            Function<E, String> labelKey, MessageSource messages) {
        return new MessageVocabulary<>(name, List.of(type.getEnumConstants()), Enum::name, labelKey, messages);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        String wanted = query == null ? "" : Comuni.fold(query);
        return values.stream()
                .map(value -> new VocabularyEntry(code.apply(value),
                        messages.getMessage(labelKey.apply(value), null, locale)))
                .filter(entry -> wanted.isEmpty() || Comuni.fold(entry.label()).contains(wanted)
                        || Comuni.fold(entry.code()).startsWith(wanted))
                .limit(limit)
                .toList();
    }
}
