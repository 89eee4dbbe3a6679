/**
 * The chat module's page and API controllers: HTTP in, domain calls out.
 */
@NullMarked
package com.cadhire.chat.web;

import org.jspecify.annotations.NullMarked;
