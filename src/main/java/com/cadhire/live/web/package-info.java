/**
 * The live module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.live.web;

import org.jspecify.annotations.NullMarked;
