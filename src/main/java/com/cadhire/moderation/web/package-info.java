/**
 * The moderation module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.moderation.web;

import org.jspecify.annotations.NullMarked;
