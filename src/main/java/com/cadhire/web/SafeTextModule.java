package com.cadhire.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses, while the JSON body is read, every string (a field, an element of a list, a
 * nested value) that breaks the {@link TextInput} rule. Spring Boot adds this module to
 * the application's JSON mapper; the API answers 400 naming the field.
 */
@Component
class SafeTextModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	SafeTextModule() {
		super("cadhire-safe-text");
		addDeserializer(String.class, new SafeStringDeserializer());
	}

	static final class SafeStringDeserializer extends StringDeserializer {

		private static final long serialVersionUID = 1L;

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			if (!TextInput.isAcceptable(value)) {
				throw new UnsafeTextException(p);
			}
			return value;
		}

	}

	/** A string that breaks the rule; Jackson adds the path to the field. */
	static final class UnsafeTextException extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		UnsafeTextException(JsonParser p) {
			super(p, "The text " + TextInput.MESSAGE + ".", null, String.class);
		}

	}

}
