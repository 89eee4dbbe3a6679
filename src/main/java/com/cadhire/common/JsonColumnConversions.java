package com.cadhire.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

/**
 * Spring Data JDBC's conversions with a JSON reader and writer for every
 * {@link JsonColumn}, on top of the dialect's own (Spring Boot's default backs off when
 * this bean exists).
 */
@Configuration(proxyBeanMethods = false)
class JsonColumnConversions {

	@Bean
	JdbcCustomConversions jsonColumnCustomConversions(JdbcDialect dialect, List<JsonColumn<?>> columns,
			JsonMapper json) {
		List<Object> converters = new ArrayList<>();
		for (JsonColumn<?> column : columns) {
			converters.add(new ToJson(column.type(), json));
			converters.add(new FromJson(column.type(), json));
		}
		return JdbcCustomConversions.of(dialect, converters);
	}

	@WritingConverter
	record ToJson(Class<?> type, JsonMapper json) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(this.type, String.class));
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source != null) ? this.json.writeValueAsString(source) : null;
		}

	}

	@ReadingConverter
	record FromJson(Class<?> type, JsonMapper json) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, this.type));
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source != null) ? this.json.readValue((String) source, this.type) : null;
		}

	}

}
