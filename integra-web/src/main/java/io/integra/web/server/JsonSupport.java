package io.integra.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/** The server's one Jackson mapper (compact; dates as ISO text) and its adapter for Javalin. */
public final class JsonSupport implements io.javalin.json.JsonMapper {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  @Override public String toJsonString(Object obj, Type type) {
    try {
      return MAPPER.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override public <T> T fromJsonString(String json, Type targetType) {
    try {
      return MAPPER.readValue(json, MAPPER.constructType(targetType));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(null, "the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  @Override public <T> T fromJsonStream(InputStream json, Type targetType) {
    try {
      return MAPPER.readValue(json, MAPPER.constructType(targetType));
    } catch (IOException e) {
      throw ApiException.badRequest(null, "the body is not valid JSON");
    }
  }

  public static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
