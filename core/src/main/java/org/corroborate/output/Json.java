package org.corroborate.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.corroborate.model.Analysis;

/** Output format v1 as JSON: snake_case names, nulls written out so every documented field is present. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(analysis) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write analysis as JSON", e);
        }
    }

    public static Analysis read(String json) {
        try {
            return MAPPER.readValue(json, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not output format v1: " + e.getOriginalMessage(), e);
        }
    }
}
