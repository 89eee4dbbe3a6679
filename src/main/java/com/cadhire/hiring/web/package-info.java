/**
 * The hiring module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.hiring.web;

import org.jspecify.annotations.NullMarked;
