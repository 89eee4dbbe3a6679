/**
 * The notifications module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.notifications.web;

import org.jspecify.annotations.NullMarked;
