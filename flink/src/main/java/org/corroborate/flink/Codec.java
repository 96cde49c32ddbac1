package org.corroborate.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.corroborate.output.Json;

/** The engine's records as compact JSON, in the field names of output format v1 (one mapper for the job). */
final class Codec {
    private static final ObjectWriter WRITER = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private Codec() {}

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        return read(json, Json.mapper().readerFor(type), type.getSimpleName());
    }

    static <T> T read(String json, TypeReference<T> type) {
        return read(json, Json.mapper().readerFor(type), type.getType().getTypeName());
    }

    private static <T> T read(String json, ObjectReader reader, String what) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a " + what + " in output format v1: " + e.getOriginalMessage(), e);
        }
    }
}
