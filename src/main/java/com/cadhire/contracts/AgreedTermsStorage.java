package com.cadhire.contracts;

import com.cadhire.common.JsonColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link AgreedTerms} is stored as JSON text in the aggregates that hold it.
 */
@Configuration(proxyBeanMethods = false)
class AgreedTermsStorage {

	@Bean
	JsonColumn<AgreedTerms> agreedTermsColumn() {
		return JsonColumn.of(AgreedTerms.class);
	}

}
