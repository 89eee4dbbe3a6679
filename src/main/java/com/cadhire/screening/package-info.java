/**
 * Contact-information screening engine: finds e-mail addresses, phone numbers, links,
 * social and messenger handles and street addresses in user text, including disguised
 * forms, while leaving engineering text (dimensions, part numbers, standards, file names,
 * G-code ...) alone.
 *
 * <p>
 * Plain Java: depends only on the JDK and libphonenumber. Entry point:
 * {@link com.cadhire.screening.ContactScreener}.
 */
@NullMarked
package com.cadhire.screening;

import org.jspecify.annotations.NullMarked;
