/**
 * The contracts module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.contracts.web;

import org.jspecify.annotations.NullMarked;
