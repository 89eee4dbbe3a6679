/**
 * The profiles module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.profiles.web;

import org.jspecify.annotations.NullMarked;
