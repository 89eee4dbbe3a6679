/**
 * The jobs module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.jobs.web;

import org.jspecify.annotations.NullMarked;
