package com.cadhire.screening;

import java.util.List;

/**
 * One detector of the pipeline. Implementations are stateless and thread-safe.
 */
interface Detector {

	/**
	 * Add the candidates found in a text.
	 * @param text the de-obfuscated text
	 * @param config the configuration
	 * @param out where to add candidates
	 */
	void detect(NormalizedText text, ScreeningConfig config, List<Candidate> out);

}
