package com.cadhire.hiring;

import com.cadhire.common.JsonColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link Terms} is stored as JSON text in the aggregates that hold it.
 */
@Configuration(proxyBeanMethods = false)
class TermsStorage {

	@Bean
	JsonColumn<Terms> termsColumn() {
		return JsonColumn.of(Terms.class);
	}

}
