/**
 * The accounts module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.accounts.web;

import org.jspecify.annotations.NullMarked;
