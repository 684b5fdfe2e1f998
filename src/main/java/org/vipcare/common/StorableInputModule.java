package org.vipcare.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Refuses, while a JSON body is read, the values PostgreSQL would refuse later with an error (a NUL in text, a date
 * outside {@link StorableInput}'s years): so they get a 400 naming the field, and nothing is written.
 */
@Singleton
public class StorableInputModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("vipcare-storable-input");
        module.addDeserializer(String.class, new TextDeserializer());
        module.addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(OffsetDateTime.class,
                new InRange<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        // After Quarkus registers the java.time module, so these deserializers are the ones found.
        return MINIMUM_PRIORITY;
    }

    /** A value the field's type can hold but the database cannot; the mapper reports {@link #reason}. */
    public static final class RefusedValueException extends InvalidFormatException {
        public final String reason;

        RefusedValueException(JsonParser parser, String reason, Object value, Class<?> type) {
            super(parser, reason, value, type);
            this.reason = reason;
        }
    }

    static final class TextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (StorableInput.hasNul(value)) {
                throw new RefusedValueException(parser, StorableInput.NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }

    static final class InRange<T extends TemporalAccessor> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final JsonDeserializer<T> delegate;

        InRange(Class<T> type, JsonDeserializer<T> delegate) {
            this.type = type;
            this.delegate = delegate;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            if (!StorableInput.inRange(value)) {
                throw new RefusedValueException(parser, StorableInput.YEAR_MESSAGE, value, type);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
